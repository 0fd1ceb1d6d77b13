"""Money precision, CONTRACT 1.1: two amounts agree when they are equal at the coarser of their precisions.

An amount's precision is the place value of the last digit it was stated
with: a declared 2450000.00 is exact to the fen, a declared 245.00 万元 to 100
yuan, a printed 396.29万元 to 100 yuan, 贰佰伍拾万元整 to one yuan. This module
is the only place that rounds amounts to compare them.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..text import compact
from .capital import UPPER_DIGITS
from .figures import FIGURE, printed_unit
from .types import CENT


def money_precision(text: str) -> Decimal:
    """The place value, in yuan, of the last digit printed (245万元 → 10000, 245.00万 → 100,
    396.29 under 单位：万元 → 100).

    Capital numerals are exact to the yuan unless they print 角 or 分. A consumer comparing a
    read amount with a declared one compares at this precision (the Extracted text is what was
    printed, with the header's unit note when the unit came from a header).
    """
    s = compact(text)
    match = FIGURE.search(s)
    if match is None or (any(ch in UPPER_DIGITS for ch in s) and match["unit"] is None):
        return Decimal("0.01") if ("角" in s or "分" in s) else Decimal(1)
    decimals = len(match["num"].split(".")[1]) if "." in match["num"] else 0
    return printed_unit(s) * Decimal(1).scaleb(-decimals)


def precision_of(value: Decimal) -> Decimal:
    """The place value of the last digit written: Decimal("2450000.00") → 0.01, Decimal(245) → 1.

    A declared figure's precision (CONTRACT 1.1): what a person typed, before any unit is applied.
    """
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):  # NaN or Infinity has no last digit
        raise ValueError(f"{value} is not a finite amount")
    try:
        return Decimal(1).scaleb(exponent)
    except ArithmeticError as exc:  # decimal's InvalidOperation or Overflow: 1e999999999, 1e-999999999
        raise ValueError(f"{value} is out of any amount's range") from exc


def round_to(value: Decimal, unit: Decimal) -> Decimal:
    """``value`` rounded half-up to a multiple of ``unit``."""
    return (value / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit


def amounts_agree(a: Decimal, a_unit: Decimal, b: Decimal, b_unit: Decimal) -> bool:
    """CONTRACT 1.1: two amounts agree when equal at the coarser of their two precisions.

    A contract that prints 396.29万元 (precision 100) agrees with a declared 3962949.86 (0.01);
    a declared 245.00 万元 (100) agrees with a contract of ¥2,450,030.00 (0.01). No precision is
    finer than the fen that money is kept to.
    """
    unit = max(a_unit, b_unit, CENT)
    return round_to(a, unit) == round_to(b, unit)
