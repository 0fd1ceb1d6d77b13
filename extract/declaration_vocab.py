"""The label vocabulary of declaration.xlsx, as data (declaration_labels.toml).

Sheet names, column headers and field labels vary between exports and between
people typing them; the spellings live in one TOML file loaded into pydantic,
and a malformed file fails loudly with its name (RuleError).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from jianzheng.models.rules_file import load_rules_file
from jianzheng.models.text import compact_lower

VOCAB_FILE = Path(__file__).with_name("declaration_labels.toml")

# A trailing bracketed part of a header is its unit: 合同金额(万元), 合同金额（元）,
# 合同金额[单位:万元]. NFKC has already turned full-width brackets into ASCII.
_UNIT_SUFFIX = re.compile(r"^(?P<label>.*?)[(\[](?P<unit>[^()\[\]]*)[)\]]$")
_UNIT_PREFIX = re.compile(r"^(单位|币种|金额单位)[:]?")


def normalise_label(text: str) -> str:
    """A label as compared: NFKC, no whitespace, no '*' markers or trailing colon, lower case."""
    return compact_lower(text).replace("*", "").rstrip(":")


def split_unit(header: str) -> tuple[str, str | None]:
    """Split a header into its normalised label and the unit it carries, if any.

    >>> split_unit("合同金额（万元）")
    ('合同金额', '万元')
    """
    label = normalise_label(header)
    found = _UNIT_SUFFIX.match(label)
    if not found or not found.group("label"):
        return label, None
    unit = _UNIT_PREFIX.sub("", found.group("unit"))
    return found.group("label"), unit


class SheetVocab(BaseModel):
    """One sheet: the names it goes by, its columns (key → spellings), which are required."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    names: list[str]
    required: bool = False
    columns: dict[str, list[str]]
    required_columns: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> SheetVocab:
        unknown = set(self.required_columns) - set(self.columns)
        if unknown:
            raise ValueError(f"required_columns names unknown keys: {sorted(unknown)}")
        seen: dict[str, str] = {}
        for key, spellings in self.columns.items():
            for spelling in spellings:
                label = normalise_label(spelling)
                if seen.setdefault(label, key) != key:
                    raise ValueError(f"spelling {spelling!r} is listed for both {seen[label]} and {key}")
        return self

    def key_of(self, label: str) -> str | None:
        """The column key a normalised label stands for, or None."""
        return self._lookup().get(label)

    def is_sheet(self, name: str) -> bool:
        """Whether a workbook sheet name is one of this sheet's names."""
        return normalise_label(name) in {normalise_label(n) for n in self.names}

    def first_spelling(self, key: str) -> str:
        """The canonical header of a column key (its first spelling), for messages."""
        return self.columns[key][0]

    def _lookup(self) -> dict[str, str]:
        return {normalise_label(s): key for key, spellings in self.columns.items() for s in spellings}


class Sheets(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    enterprise: SheetVocab
    finance: SheetVocab
    projects: SheetVocab
    certificates: SheetVocab
    innovations: SheetVocab


class Rows(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    totals: list[str]
    notes: list[str]


class DeclarationVocab(BaseModel):
    """Everything declaration_labels.toml holds."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rows: Rows
    grades: dict[str, list[str]]
    innovation_kinds: dict[str, list[str]]
    sheets: Sheets

    def grade_of(self, text: str) -> str | None:
        """The grade (甲 乙 丙 丁) a spelling stands for."""
        return _reverse(self.grades).get(normalise_label(text))

    def innovation_kind_of(self, text: str) -> str:
        """The innovation kind a spelling stands for; "other" when none."""
        return _reverse(self.innovation_kinds).get(normalise_label(text), "other")

    def is_total_row(self, text: str) -> bool:
        """Whether a cell marks a totals row (合计) rather than a project."""
        return normalise_label(text) in {normalise_label(t) for t in self.rows.totals}

    def is_note_row(self, text: str) -> bool:
        """Whether a row's first text starts like a note under a table (注：, 填表说明)."""
        label = normalise_label(text)
        return any(label.startswith(normalise_label(n)) for n in self.rows.notes)


def _reverse(table: dict[str, list[str]]) -> dict[str, str]:
    return {normalise_label(s): key for key, spellings in table.items() for s in spellings}


def read_vocab(path: Path) -> DeclarationVocab:
    """Load and validate a vocabulary file; RuleError naming the file and key when it is malformed."""
    return load_rules_file(path, DeclarationVocab)


@cache
def load_vocab() -> DeclarationVocab:
    """The shipped vocabulary (loaded once, at the latest when the pipeline starts)."""
    return read_vocab(VOCAB_FILE)
