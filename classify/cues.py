"""The page-type cues (cues.toml) as typed data, loaded once and checked loudly."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from jianzheng.models import DocType
from jianzheng.models.rules_file import load_rules_file

CUES_FILE = Path(__file__).with_name("cues.toml")

Weights = dict[str, float]


class TypeCues(BaseModel):
    """What makes a page look like one document type; every cue is a phrase and its weight."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    titles: Weights = Field(default_factory=dict)
    part_titles: Weights = Field(default_factory=dict)
    labels: Weights = Field(default_factory=dict)
    seal_texts: Weights = Field(default_factory=dict)
    negative: Weights = Field(default_factory=dict)
    seal: float = 0.0
    qr_code: float = 0.0
    amount_table: float = 0.0
    first_page: list[str] = Field(default_factory=list)
    """Labels only a document's first page carries (an invoice's 价税合计): a second page showing
    them, without any title, opens the next document of the same type."""
    first_page_min: int = Field(default=1, ge=1)

    @field_validator("titles", "part_titles", "labels", "seal_texts", "negative")
    @classmethod
    def _phrases_and_weights(cls, value: Weights) -> Weights:
        for phrase, weight in value.items():
            if not phrase.strip():
                raise ValueError("an empty phrase")
            if weight < 0:
                raise ValueError(f"negative weight for {phrase!r} (use the `negative` table instead)")
        return value


class ClassifyThresholds(BaseModel):
    """Thresholds of scoring and segmentation (see the comments in cues.toml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    temperature: float = Field(gt=0)
    other_prior: float = Field(ge=0)
    undecided_confidence: float = Field(ge=0, le=1)
    label_cap: float = Field(gt=0)
    body_title_factor: float = Field(ge=0, le=1)
    fuzzy_factor: float = Field(ge=0, le=1)
    title_top_fraction: float = Field(gt=0, le=1)
    title_size_ratio: float = Field(ge=1)
    title_max_chars: int = Field(gt=0)
    title_start_min: float = Field(default=6.0, ge=0)
    amount_table_min: int = Field(gt=0)
    min_text_chars: int = Field(ge=0)
    switch_score: float = Field(ge=0)
    switch_margin: float = Field(ge=0)
    continuation_bonus: float = Field(ge=0)
    cover_max_chars: int = Field(ge=0)
    shared_sheet_types: list[DocType] = Field(default_factory=list)
    shared_sheet_min_lines: int = Field(default=4, ge=1)
    container_share: float = Field(default=0.75, gt=0, le=1)


class Continuation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    phrases: list[str]


class Cues(BaseModel):
    """The whole cues file: thresholds, continuation phrases, absorption, and cues for every document type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    thresholds: ClassifyThresholds
    continuation: Continuation
    absorb: dict[DocType, dict[DocType, list[str]]] = Field(default_factory=dict)
    """container type -> part type -> phrases one of which the part page must show (none: always)."""
    types: dict[DocType, TypeCues]

    @field_validator("types")
    @classmethod
    def _every_type(cls, value: dict[DocType, TypeCues]) -> dict[DocType, TypeCues]:
        missing = [t.value for t in DocType if t not in value]
        if missing:
            raise ValueError(f"no cues for {', '.join(missing)}")
        return value


def load_cues(path: Path = CUES_FILE) -> Cues:
    """Read and validate a cues file; a malformed one raises RuleError naming the file and key."""
    return load_rules_file(path, Cues)


@cache
def default_cues() -> Cues:
    """The cues shipped with the package, read once (at the latest when the pipeline starts)."""
    return load_cues(CUES_FILE)
