"""Amounts and dates as the papers print them, and the reader the selfcheck uses to read them back."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
GROUP_UNITS = ("", "万", "亿")
CENT = Decimal("0.01")


def money(value: Decimal) -> str:
    """Two decimals, no separators: the form of truth and declaration ("1234567.80")."""
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def figures(value: Decimal) -> str:
    """Figures with thousands separators: 1,234,567.80."""
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"


def _group(number: int) -> str:
    out = ""
    zero = False
    for position in (3, 2, 1, 0):
        digit = number // 10**position % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[digit] + SMALL_UNITS[position]
    return out


def capital(value: Decimal) -> str:
    """人民币 capital numerals: 壹佰贰拾万零伍佰元整, 叁万元伍角, 壹仟元零捌分."""
    cents = int((value.quantize(CENT) * 100).to_integral_value())
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    groups = []
    rest = yuan
    while rest:
        groups.append(rest % 10000)
        rest //= 10000
    text = ""
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(text)
            continue
        if text and (pending_zero or group < 1000):
            text += "零"
        pending_zero = False
        text += _group(group) + GROUP_UNITS[index]
    if text:
        text += "元"
    if jiao == 0 and fen == 0:
        return (text or "零元") + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif text:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    return text


def read_capital(text: str) -> Decimal:
    """Read capital numerals back (the selfcheck's own reader, strict about the characters)."""
    text = text.removeprefix("人民币").rstrip("整正")
    total = Decimal(0)
    section = Decimal(0)
    digit = Decimal(0)
    units = {"拾": 10, "佰": 100, "仟": 1000}
    for char in text:
        if char in DIGITS:
            digit = Decimal(DIGITS.index(char))
        elif char in units:
            section += (digit or 1) * units[char]
            digit = Decimal(0)
        elif char == "万":
            total += (section + digit) * 10000
            section = digit = Decimal(0)
        elif char == "亿":
            total = (total + section + digit) * 100000000
            section = digit = Decimal(0)
        elif char in "元圆":
            total += section + digit
            section = digit = Decimal(0)
        elif char == "角":
            total += digit / 10
            digit = Decimal(0)
        elif char == "分":
            total += digit / 100
            digit = Decimal(0)
        else:
            raise ValueError(f"not a capital numeral: {char!r} in {text!r}")
    return (total + section + digit).quantize(CENT)


def date_cn(day: dt.date) -> str:
    """2025年3月12日."""
    return f"{day.year}年{day.month}月{day.day}日"


def date_cn0(day: dt.date) -> str:
    """2025年03月12日."""
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def date_spellings(day: dt.date) -> tuple[str, ...]:
    """Every way this family prints a date."""
    return (date_cn(day), date_cn0(day), day.isoformat(), f"{day.year}.{day.month}.{day.day}")


def money_spellings(value: Decimal) -> tuple[str, ...]:
    """Every way this family prints an amount in figures."""
    return (figures(value), money(value))
