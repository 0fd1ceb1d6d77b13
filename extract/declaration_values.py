"""Parsing the values of a declaration: money with its unit and precision, dates, counts.

These are pure functions over one cell or JSON value. They raise CellError with
a reason in Chinese that the importer places at its file, sheet, row and column.
Declared values are typed by people into a form or a spreadsheet, so they are
plain figures; the capital numerals and OCR confusions that documents carry
are the document parsers' business, not this module's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.utils.datetime import from_excel

from jianzheng.models import Code, Evidence, Finding
from jianzheng.models.declaration import MONEY_CEILING
from jianzheng.models.money import CENT, parse_typed, precision_of, unit_factor
from jianzheng.models.text import normalise

from .fields.dates import find_dates


class CellError(ValueError):
    """A value that cannot be read; the message is the reason, in Chinese."""


@dataclass(frozen=True)
class DeclaredAmount:
    """A declared amount in yuan and the unit of its last digit, in yuan (its CONTRACT 1.1 precision)."""

    yuan: Decimal
    precision: Decimal


def decimals_of_format(number_format: str | None) -> int | None:
    """Decimals an Excel number format shows ("#,##0.00" → 2, "0" → 0); None for General.

    Excel writes what a person saw, so the format's decimals are the precision
    the figure was declared with.
    """
    if not number_format or number_format.lower() == "general" or "@" in number_format:
        return None
    section = number_format.split(";")[0]
    section = re.sub(r'"[^"]*"|\[[^\]]*\]', "", section)  # literal text and colours
    if "0" not in section and "#" not in section:
        return None
    found = re.search(r"\.([0#]+)", section)
    return len(found.group(1)) if found else 0


def parse_amount(
    value: object,
    *,
    factor: Decimal = Decimal(1),
    number_format: str | None = None,
) -> DeclaredAmount | None:
    """A money cell or JSON value in yuan with its precision; None when blank.

    ``factor`` is the yuan per unit that the column header states (万元 → 10000).
    A unit written after a text value ("245万") overrides it, looked up in the
    money units (models/money/units.toml). Floats come from spreadsheets; their shortest repr is
    what was typed, and binary noise below the fen is rounded away.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError(f"{value!r} 不是金额")
    if isinstance(value, int | Decimal):
        number = Decimal(value)
    elif isinstance(value, float):
        # The shortest repr is what was typed; a whole float (245.0) shows as 245 in Excel.
        number = Decimal(int(value)) if value.is_integer() else Decimal(repr(value))
    elif isinstance(value, str):
        typed = parse_typed(value)
        if typed is None:
            raise CellError(f"{value!r} 不是金额")
        number, unit = typed
        if unit is not None:
            looked_up = unit_factor(unit)
            if looked_up is None:
                raise CellError(f"{value!r} 的单位“{unit}”无法识别")
            factor = looked_up
    else:
        raise CellError(f"{value!r} 不是金额")
    if not number.is_finite():
        raise CellError(f"{value!r} 不是金额")
    if number.copy_abs() > MONEY_CEILING / factor:
        # Before any rounding: a 1e30 or 32-digit cell has more digits than decimal arithmetic holds.
        raise CellError(f"{repr(value)[:40]} 超出允许范围（金额最多 10^12 元）")
    try:
        precision = precision_of(number)
    except ValueError as exc:
        raise CellError(f"{repr(value)[:40]} 不是金额") from exc
    decimals = decimals_of_format(number_format)
    if decimals is not None:
        precision = min(precision, Decimal(1).scaleb(-decimals))
    yuan = number * factor
    if yuan != yuan.quantize(CENT):
        if isinstance(value, float) and abs(yuan - yuan.quantize(CENT)) < Decimal("0.000001"):
            yuan = yuan.quantize(CENT)
        else:
            raise CellError(f"{value!r} 折合人民币 {yuan} 元，精确到分以下")
    elif yuan.as_tuple().exponent < -2:  # type: ignore[operator]
        yuan = yuan.quantize(CENT)
    return DeclaredAmount(yuan=yuan, precision=max(precision * factor, CENT))


# A spreadsheet may keep a time after the date (2024-03-05 10:00) or the digits alone (20240305).
_TIME_OF_DAY = re.compile(r"[T\s]\d{1,2}:\d{2}(?::\d{2})?$")
_DATE_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
# Shaped like a date (year, month, day) whatever the values: one that reads as none is invalid.
_DATE_SHAPED = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")
# Excel day serials of 1930..2099: a number in a date column in that range is a date.
_SERIAL_RANGE = (10959, 73050)


def parse_date_cell(value: object) -> dt.date | None:
    """A date cell or JSON value: a date, an Excel serial, or a text that is one whole date.

    The text is read by the one date parser (extract/fields/dates.py), so a declaration takes
    every spelling a document does (2024-03-05, 2024年3月5日, 二〇二四年三月五日), but only as the
    whole cell and only to the day.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            converted = from_excel(value)
            if isinstance(converted, dt.datetime):
                return converted.date()
        value = str(value)
    if isinstance(value, str):
        text = _TIME_OF_DAY.sub("", normalise(value).strip())
        text = _DATE_COMPACT.sub(r"\g<y>-\g<m>-\g<d>", text)
        found = find_dates(text)
        if len(found) == 1 and found[0].text == text and isinstance(found[0].value, dt.date):
            return found[0].value
        if _DATE_SHAPED.match(text):
            raise CellError(f"{value!r} 不是有效日期")
    raise CellError(f"{value!r} 不是日期（应为 YYYY-MM-DD）")


_COUNT_TEXT = re.compile(r"^(?P<n>\d+)(?:\.0+)?\s*(人|名|年|年度|个|项)?$")


def parse_count(value: object) -> int | None:
    """A whole number (a head count, a year): 34, 34.0, "34人", "2024年"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError(f"{value!r} 不是整数")
    if isinstance(value, int):
        return value
    if isinstance(value, float | Decimal) and value == int(value):
        return int(value)
    if isinstance(value, str):
        found = _COUNT_TEXT.match(normalise(value).strip())
        if found:
            return int(found["n"])
    raise CellError(f"{value!r} 不是整数")


def parse_text(value: object) -> str | None:
    """A text cell, stripped; numbers written as text ("123" for 123.0); None when blank."""
    if value is None:
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    text = str(value).strip()
    return text or None


class Problems:
    """The DECLARATION_INVALID findings of one declaration file, each placed where it is.

    Importers go on after a problem where they can, so that a reviewer sees every
    bad cell at once; any problem means the declaration as a whole is not used.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.findings: list[Finding] = []

    def add(
        self, why: str, *, sheet: str | None = None, row: int | None = None, column: str | None = None
    ) -> None:
        """Record one problem: ``declaration.xlsx 项目汇总 第4行 合同金额(万元)：'二百万' 不是金额``."""
        parts = [self.file]
        if sheet:
            parts.append(sheet)
        if row is not None:
            parts.append(f"第{row}行")
        if column:
            parts.append(column)
        where = " ".join(parts)
        self.findings.append(
            Finding(
                code=Code.DECLARATION_INVALID,
                message=f"申报数据有误：{where}：{why}",
                evidence=[Evidence(file=self.file, text=f"{where}：{why}")],
            )
        )

    def __bool__(self) -> bool:
        return bool(self.findings)
