"""The inspection's rules as data: thresholds, tolerances, name vocabularies, the certificate list.

The numbers live in ``inspection.toml`` and ``certificates.toml`` beside this
module (each section names the seed it comes from); they are loaded once into
pydantic models. A malformed file raises RuleError naming the file, so a bad
edit fails at start-up rather than silently changing a verdict.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from jianzheng.models import Grade
from jianzheng.models.rules_file import load_rules_file

RULES_DIR = Path(__file__).resolve().parent


class _Rules(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MoneyRules(_Rules):
    default_unit: Decimal
    part_of_price: list[str]
    ceiling_of_price: list[str]


class NameRules(_Rules):
    project_suffixes: list[str]
    region_prefixes: list[str]
    superior_prefixes: list[str]
    party_labels: list[str]
    min_party_chars: int = Field(ge=1)
    company_forms: list[tuple[str, str]]
    same_company_min: float = Field(gt=0, le=1)
    misread_max_substitutions: int = Field(ge=0)
    unsure_below: float = Field(ge=0, le=1)
    unsure_same_min: float = Field(gt=0, le=1)
    slip_below: float = Field(gt=0, le=1)
    project_name_weak_below: float = Field(gt=0, le=1)


class MatchingRules(_Rules):
    name_weight: float = Field(ge=0)
    client_weight: float = Field(ge=0)
    amount_weight: float = Field(ge=0)
    date_weight: float = Field(ge=0)
    amount_zero_at: float = Field(gt=0)
    date_zero_at_days: int = Field(gt=0)
    min_score: float = Field(ge=0, le=1)
    name_floor: float = Field(ge=0, le=1)
    nameless_min_score: float = Field(ge=0, le=1)
    same_file_bonus: float = Field(ge=0, le=1)
    piece_party_floor: float = Field(ge=0, le=1)
    piece_fragment_ratio: float = Field(ge=0, le=100)


class GradeRules(_Rules):
    technical_staff: int | None = None
    certified_staff: int | None = None
    three_year_projects: Decimal | None = None


class InvoiceRules(_Rules):
    vat_rates: list[Decimal]
    vat_rounding: Decimal
    vat_rounding_share: Decimal


class CertaintyRules(_Rules):
    min_confidence: float = Field(ge=0, le=1)


class TextLayerRules(_Rules):
    min_shown_confidence: float = Field(ge=0, le=1)
    same_name_min: float = Field(gt=0, le=1)
    max_quoted: int = Field(ge=1)


class SigningRules(_Rules):
    seal_words: list[str] = Field(min_length=1)
    sign_words: list[str] = Field(min_length=1)
    other_roles: list[str]


class InspectionRules(_Rules):
    money: MoneyRules
    certainty: CertaintyRules
    names: NameRules
    matching: MatchingRules
    grades: dict[Grade, GradeRules]
    invoices: InvoiceRules
    text_layer: TextLayerRules
    signing: SigningRules


class CertificateRule(_Rules):
    name: str
    level: str | None = None
    aliases: list[str] = Field(default_factory=list)
    codes: list[str] = Field(default_factory=list)


class CertificateList(_Rules):
    certificates: list[CertificateRule] = Field(min_length=1)


def load_inspection_rules(path: Path | None = None) -> InspectionRules:
    """The thresholds and tolerances (``inspection.toml`` unless another path is given)."""
    return load_rules_file(path or RULES_DIR / "inspection.toml", InspectionRules)


def load_certificate_list(path: Path | None = None) -> CertificateList:
    """The valid-certificate table (``certificates.toml`` unless another path is given)."""
    return load_rules_file(path or RULES_DIR / "certificates.toml", CertificateList)


@lru_cache(maxsize=1)
def rules() -> InspectionRules:
    """The inspection rules shipped with the package, loaded once."""
    return load_inspection_rules()


@lru_cache(maxsize=1)
def certificate_list() -> CertificateList:
    """The valid-certificate list shipped with the package, loaded once."""
    return load_certificate_list()
