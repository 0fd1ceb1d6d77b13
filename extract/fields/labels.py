"""The label vocabulary (labels.toml), loaded once into pydantic.

A malformed file fails loudly with its name (RuleError), never half-loads.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from jianzheng.models import FEE_KEYS, Grade
from jianzheng.models.rules_file import load_rules_file
from jianzheng.models.text import compact

LABELS_FILE = Path(__file__).with_name("labels.toml")


def _compact_all(values: list[str]) -> list[str]:
    cleaned = [compact(v) for v in values]
    if any(not v for v in cleaned):
        raise ValueError("empty label")
    return cleaned


class Parties(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    a: list[str]
    b: list[str]
    owner: list[str]
    """Party-A labels that name the project's owner rather than a contract's party: they give party A
    only where no other party-A label does."""

    _clean = field_validator("a", "b", "owner")(_compact_all)


class Shapes(BaseModel):
    """What a field's value must look like (labels.toml ``[shapes]``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    not_names: list[str]
    generic_names: list[str]
    placeholders: list[str]
    third_party_words: list[str]
    signing_service_words: list[str]
    signing_record_words: list[str]
    branch_suffixes: list[str]
    company_words: list[str]
    public_body_ends: list[str]

    _clean = field_validator(
        "not_names",
        "generic_names",
        "third_party_words",
        "signing_service_words",
        "signing_record_words",
        "branch_suffixes",
        "company_words",
        "public_body_ends",
    )(_compact_all)


class Trust(BaseModel):
    """When a field read from a poor page is capped to a low confidence (labels.toml ``[trust]``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_dpi: float = Field(gt=0)
    min_ocr_confidence: float = Field(ge=0, le=1)
    untrusted_confidence: float = Field(ge=0, le=1)


class FeeRule(BaseModel):
    """A fee row belongs to ``key`` when its label holds one word of every group in ``all`` and
    none of the words in ``none``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    all: list[list[str]]
    none: list[str] = []

    def matches(self, label: str) -> bool:
        """Whether the row label satisfies every group and names none of the excluded words."""
        return all(any(word in label for word in group) for group in self.all) and not any(
            word in label for word in self.none
        )


class Vocabulary(BaseModel):
    """Labels by field, party labels, fee-row labels by fee key, and cue words."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    decorations: list[str]
    org_suffixes: list[str]
    legal_forms: list[str]
    fee_rules: list[FeeRule]
    shapes: Shapes
    trust: Trust
    fields: dict[str, list[str]]
    parties: Parties
    fees: dict[str, list[str]]
    cues: dict[str, list[str]]
    form_fields: dict[str, list[str]] = Field(default_factory=dict)
    """Labels of the stamped declaration form's own fields (kept apart from ``fields`` so that
    they bound no value on other documents)."""
    grades: dict[Grade, list[str]] = Field(default_factory=dict)
    """How a form spells each qualification grade (乙级, 二级, 贰级)."""

    @field_validator("decorations", "org_suffixes", "legal_forms")
    @classmethod
    def _clean_list(cls, values: list[str]) -> list[str]:
        return _compact_all(values)

    @field_validator("fields", "fees", "cues", "form_fields", "grades")
    @classmethod
    def _clean_map(cls, values: dict[str, list[str]]) -> dict[str, list[str]]:
        return {key: _compact_all(labels) for key, labels in values.items()}

    @field_validator("fees")
    @classmethod
    def _fee_keys(cls, values: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = set(values) - set(FEE_KEYS)
        if unknown:
            raise ValueError(f"unknown fee keys: {sorted(unknown)}")
        return values

    @field_validator("fee_rules")
    @classmethod
    def _rule_keys(cls, rules: list[FeeRule]) -> list[FeeRule]:
        unknown = {r.key for r in rules} - set(FEE_KEYS)
        if unknown:
            raise ValueError(f"unknown fee keys in fee_rules: {sorted(unknown)}")
        return rules

    def fee_key(self, label: str) -> str | None:
        """The fee key of a row label: an exact [fees] label first, else the first matching rule."""
        text = compact(label)
        for key, labels in self.fees.items():
            if text in labels:
                return key
        return next((rule.key for rule in self.fee_rules if rule.matches(text)), None)

    def labels(self, field: str) -> list[str]:
        """The labels of one field (KeyError names a field missing from the file)."""
        return self.fields[field]

    def cue(self, name: str) -> list[str]:
        """The cue words of one kind."""
        return self.cues[name]


def load_vocabulary(path: Path) -> Vocabulary:
    """Read and validate a vocabulary file; RuleError naming the file and key if it is malformed."""
    return load_rules_file(path, Vocabulary)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The project's label vocabulary (labels.toml beside this module), loaded once."""
    return load_vocabulary(LABELS_FILE)
