"""A paper (one document of the filing): its sheets, its truth fields and the sheet each field sits on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .sheet import Sheet


@dataclass
class Paper:
    type: str
    sheets: list[Sheet]
    fields: dict[str, Any] = field(default_factory=dict)
    field_sheet: dict[str, int] = field(default_factory=dict)
    """Field name → index of the sheet (in ``sheets``) it is printed on."""
    project_id: str | None = None
    amounts: dict[str, str] = field(default_factory=dict)
    """Field name → the text printed for a money field (for the selfcheck)."""


def money(value: Decimal) -> str:
    """A money field as the report writes it."""
    return f"{value:.2f}"


def cn_date(d: dt.date, pad: bool = False) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def upper_date(d: dt.date) -> str:
    """二〇二五年三月五日."""
    digits = "〇一二三四五六七八九"
    nums = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    def small(n: int) -> str:
        if n <= 10:
            return nums[n]
        if n < 20:
            return "十" + nums[n - 10]
        return nums[n // 10] + "十" + nums[n % 10]

    return "".join(digits[int(c)] for c in str(d.year)) + f"年{small(d.month)}月{small(d.day)}日"
