"""Money and date spellings as Chinese contracts print them, with an independent reader for the selfcheck."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")
CN_DIGITS = "〇一二三四五六七八九"

CENT = Decimal("0.01")


def money(value: Decimal | int | str) -> Decimal:
    """A money value rounded to the fen."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def yuan_str(value: Decimal) -> str:
    """The report's and truth's spelling: "2450000.00"."""
    return f"{money(value):.2f}"


def figures(value: Decimal) -> str:
    """Grouped figures as contracts print them: 2,450,000.00."""
    return f"{money(value):,.2f}"


def wan(value: Decimal, places: int = 2) -> str:
    """万元 figure with the given decimals: 245.00."""
    return f"{(money(value) / Decimal(10000)):.{places}f}"


def _group(number: int) -> str:
    """Capital numerals for 0 < number < 10000 (no leading 零)."""
    out: list[str] = []
    zero = False
    for position in range(3, -1, -1):
        digit = (number // 10**position) % 10
        if digit == 0:
            if out:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[digit] + SMALL_UNITS[position])
    return "".join(out)


def capital(value: Decimal) -> str:
    """人民币大写 without the 人民币 prefix: 壹佰贰拾叁万肆仟伍佰元整, 叁仟元零伍角, 零元整."""
    amount = money(value)
    if amount < 0:
        raise ValueError("negative amount")
    fen_total = int(amount * 100)
    integer, fraction = divmod(fen_total, 100)
    jiao, fen = divmod(fraction, 10)
    parts: list[str] = []
    groups = []
    rest = integer
    while rest:
        groups.append(rest % 10000)
        rest //= 10000
    if len(groups) > 3:
        raise ValueError("amount too large")
    text = ""
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(text)
            continue
        if text and (pending_zero or group < 1000):
            text += "零"
        text += _group(group) + BIG_UNITS[index]
        pending_zero = False
    if text:
        parts.append(text + "元")
    if jiao == 0 and fen == 0:
        return (parts[0] if parts else "零元") + "整"
    if jiao:
        if parts and integer % 10 == 0:
            parts.append("零")
        parts.append(DIGITS[jiao] + "角")
    if fen:
        if not jiao and parts:
            parts.append("零")
        parts.append(DIGITS[fen] + "分")
    return "".join(parts)


_DIGIT_VALUE = {ch: i for i, ch in enumerate(DIGITS)} | {"两": 2, "〇": 0}
_SMALL_VALUE = {"拾": 10, "佰": 100, "仟": 1000}


def read_capital(text: str) -> Decimal:
    """Read a capital-numeral amount back (independent of ``capital``): 壹佰万元整 -> 1000000."""
    body = text.replace("人民币", "").replace("（大写）", "").replace("大写", "").strip("：: ")
    body = body.rstrip("整正")
    total = Decimal(0)
    section = 0
    digit = 0
    yi_part = Decimal(0)
    fraction = Decimal(0)
    for ch in body:
        if ch in _DIGIT_VALUE:
            digit = _DIGIT_VALUE[ch]
        elif ch in _SMALL_VALUE:
            section += (digit or 1) * _SMALL_VALUE[ch]
            digit = 0
        elif ch == "万":
            total += Decimal(section + digit) * 10000
            section = digit = 0
        elif ch == "亿":
            yi_part = (total + section + digit) * Decimal(10) ** 8
            total = Decimal(0)
            section = digit = 0
        elif ch in "元圆":
            total += section + digit
            section = digit = 0
        elif ch == "角":
            fraction += Decimal(digit) / 10
            digit = 0
        elif ch == "分":
            fraction += Decimal(digit) / 100
            digit = 0
        else:
            raise ValueError(f"unexpected character {ch!r} in {text!r}")
    return money(yi_part + total + section + digit + fraction)


def date_cn(day: dt.date) -> str:
    """2025年3月5日."""
    return f"{day.year}年{day.month}月{day.day}日"


def date_cn_padded(day: dt.date) -> str:
    """2025年03月05日."""
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def date_dot(day: dt.date) -> str:
    """2025.3.5."""
    return f"{day.year}.{day.month}.{day.day}"


def _cn_number(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else CN_DIGITS[tens] + "十"
    return head + (CN_DIGITS[ones] if ones else "")


def date_upper(day: dt.date) -> str:
    """二〇二五年三月五日 (the date under a seal)."""
    year = "".join(CN_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"


def date_spellings(day: dt.date) -> list[str]:
    """Every spelling this family prints a date in."""
    return [date_cn(day), date_cn_padded(day), date_dot(day), date_upper(day), day.isoformat()]


def money_spellings(value: Decimal) -> list[str]:
    """Every spelling this family prints an amount in (figures, plain, 万元)."""
    amount = money(value)
    return [figures(amount), f"{amount:.2f}", f"{wan(amount)}万元", f"{wan(amount, 4)}万元"]
