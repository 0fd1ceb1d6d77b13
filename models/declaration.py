"""The declared form data of one annual-inspection filing (CONTRACT 1.1)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .money import Money

MONEY_CEILING = Decimal(10) ** 12
"""No declared figure of a system-integration filing comes near a trillion yuan; a larger one
(1e30, a 32-digit string) is a typing error or an attack, refused as DECLARATION_INVALID rather
than carried into arithmetic that cannot hold it."""


def _sane(value: Decimal) -> Decimal:
    if value.copy_abs() > MONEY_CEILING:  # copy_abs, unlike abs(), never rounds: 1E+1000000 cannot overflow
        raise ValueError(f"amount out of range (more than 10^12 yuan): {value}")
    return value


def _non_negative(value: Decimal) -> Decimal:
    if value < 0:
        raise ValueError(f"amount cannot be negative: {value}")
    return _sane(value)


DeclaredMoney = Annotated[Money, AfterValidator(_non_negative)]
"""A declared amount: non-negative, at most two decimals, at most 10^12 yuan."""
SignedMoney = Annotated[Money, AfterValidator(_sane)]
"""A declared figure that may be negative (net profit: a loss), within 10^12 yuan."""

NAME_MAX = 200
"""Longest name, client, title or place (the longest real company names are under 60 characters;
the service's database keeps 200)."""
ID_MAX = 40
"""Longest project id, credit code or certificate number."""
ROWS_MAX = 2000
"""Most rows of one list (projects, certificates, innovations); a real form has tens."""

Name = Annotated[str, StringConstraints(max_length=NAME_MAX)]
Ident = Annotated[str, StringConstraints(max_length=ID_MAX)]
Count = Annotated[int, Field(ge=0, le=1_000_000)]
Year = Annotated[int, Field(ge=1900, le=2200)]

FEE_KEYS: tuple[str, ...] = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
)
"""The ten fee keys of a project row, in the form's order."""

SERVICE_FEE_KEYS: tuple[str, ...] = FEE_KEYS[:6]
"""The six software-and-IT-service fees whose sum is services_total (seed 001)."""


class Grade(StrEnum):
    jia = "甲"
    yi = "乙"
    bing = "丙"
    ding = "丁"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Certificate(_Frozen):
    holder: Name | None = None
    certificate: Name
    level: Name | None = None
    number: Ident | None = None


class Staff(_Frozen):
    technical_total: Count | None = None
    certified_total: Count | None = None
    certificates: list[Certificate] = Field(default_factory=list, max_length=ROWS_MAX)


class Enterprise(_Frozen):
    name: Name
    credit_code: Ident | None = None
    legal_representative: Name | None = None
    registered_capital: DeclaredMoney | None = None
    established_on: dt.date | None = None
    grade: Grade | None = None
    inspection_year: Year
    staff: Staff = Field(default_factory=Staff)


class FinanceYear(_Frozen):
    year: Year
    operating_revenue: DeclaredMoney | None = None
    system_integration_revenue: DeclaredMoney | None = None
    net_profit: SignedMoney | None = None


class Fees(_Frozen):
    """The ten fees of a project row, in yuan. A fee left blank is zero."""

    software_development: DeclaredMoney = Decimal(0)
    consulting_design: DeclaredMoney = Decimal(0)
    integration_implementation: DeclaredMoney = Decimal(0)
    operation_maintenance: DeclaredMoney = Decimal(0)
    data_processing: DeclaredMoney = Decimal(0)
    operation_service: DeclaredMoney = Decimal(0)
    self_made_hardware: DeclaredMoney = Decimal(0)
    hardware_purchase: DeclaredMoney = Decimal(0)
    software_purchase: DeclaredMoney = Decimal(0)
    other: DeclaredMoney = Decimal(0)

    def services_sum(self) -> Decimal:
        """Sum of the six service fees (the identity behind services_total)."""
        return sum((getattr(self, k) for k in SERVICE_FEE_KEYS), Decimal(0))

    def total(self) -> Decimal:
        """Sum of all ten fees (the identity behind contract_amount)."""
        return sum((getattr(self, k) for k in FEE_KEYS), Decimal(0))


class Project(_Frozen):
    id: Ident
    name: Name
    client: Name | None = None
    signed_on: dt.date | None = None
    accepted_on: dt.date | None = None
    field: Name | None = None
    location: Name | None = None
    fees: Fees = Field(default_factory=Fees)
    services_total: DeclaredMoney | None = None
    contract_amount: DeclaredMoney | None = None


class InnovationKind(StrEnum):
    software_copyright = "software_copyright"
    patent = "patent"
    software_product = "software_product"
    other = "other"


class Innovation(_Frozen):
    kind: InnovationKind = InnovationKind.other
    title: Name
    number: Ident | None = None
    obtained_on: dt.date | None = None


class Declaration(_Frozen):
    """What the enterprise declared on the web form."""

    enterprise: Enterprise
    finance: list[FinanceYear] = Field(default_factory=list, max_length=50)
    projects: list[Project] = Field(default_factory=list, max_length=ROWS_MAX)
    innovations: list[Innovation] = Field(default_factory=list, max_length=ROWS_MAX)
    precision: dict[str, Decimal] = Field(default_factory=dict, exclude=True)
    """Per money path ("projects.P1.contract_amount"), the unit of the declared
    figure's last digit (Decimal("100") for a figure typed in 万元 with two
    decimals). Filled by the importer; absent means one fen (0.01)."""
