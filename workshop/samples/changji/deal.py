"""The facts behind one project's papers, and how papers print its dates and parties."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from jianzheng.models.declaration import FEE_KEYS

from .cast import Company
from .numerals import money_text

FEE_LABELS: dict[str, str] = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "外购软件费",
    "other": "其他费用",
}


@dataclass
class Deal:
    """What a project's contract and acceptance papers say (which may differ from the form)."""

    pid: str
    name: str
    client: Company
    supplier: Company
    fees: dict[str, Decimal]
    signed_on: dt.date
    accepted_on: dt.date
    number: str
    county: str
    field_name: str = "党政"
    words_amount: Decimal | None = None
    """The amount the capital numerals spell, where it is not the figure."""
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def amount(self) -> Decimal:
        return sum((self.fees.get(k, Decimal(0)) for k in FEE_KEYS), Decimal(0))

    def fee_fields(self) -> dict[str, str]:
        return {k: money_text(v) for k, v in self.fees.items() if k in FEE_KEYS}


def cn_date(day: dt.date, padded: bool = False) -> str:
    if padded:
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    return f"{day.year}年{day.month}月{day.day}日"


def dotted(day: dt.date) -> str:
    return f"{day.year}.{day.month}.{day.day}"


def iso(day: dt.date) -> str:
    return day.isoformat()


CN_DIGITS = "〇一二三四五六七八九"


def upper_date(day: dt.date) -> str:
    """二〇二五年十一月二十日, as formal reports and seals' dates are printed."""
    year = "".join(CN_DIGITS[int(c)] for c in str(day.year))

    def small(n: int) -> str:
        if n < 10:
            return CN_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")

    return f"{year}年{small(day.month)}月{small(day.day)}日"
