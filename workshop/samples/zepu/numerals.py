"""人民币大写 (writer and an independent reader), figures and date spellings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_CN_SMALL = "〇一二三四五六七八九"


def _section(value: int) -> str:
    """A four-digit section (0 < value < 10000) in capitals, zeros folded to one 零."""
    out = ""
    zero = False
    for pos in range(3, -1, -1):
        digit = value // 10**pos % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[digit] + _UNITS[pos]
    return out


def capitals(amount: Decimal) -> str:
    """``Decimal("1204500.50")`` → ``壹佰贰拾万肆仟伍佰元伍角``; whole amounts end in 元整."""
    fen_total = int((amount * 100).to_integral_value())
    yuan, fen_part = divmod(fen_total, 100)
    jiao, fen = divmod(fen_part, 10)
    out = ""
    sections = [(yuan // 10**8) % 10**4, (yuan // 10**4) % 10**4, yuan % 10**4]
    names = ("亿", "万", "")
    started = False
    pending_zero = False
    for value, name in zip(sections, names, strict=True):
        if value == 0:
            if started:
                pending_zero = True
            continue
        if started and (pending_zero or value < 1000):
            out += "零"
        out += _section(value) + name
        started = True
        pending_zero = False
    if not started:
        out = "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += _DIGITS[fen] + "分"
    return out


def read_capitals(text: str) -> Decimal | None:
    """Read ``人民币壹佰贰拾万肆仟伍佰元整`` back to a Decimal; None if it is not such a text."""
    text = text.removeprefix("人民币").removeprefix("（大写）").removeprefix("(大写)").strip()
    if not text or "元" not in text:
        return None
    yuan_text, _, small = text.partition("元")
    total = 0
    section = 0
    digit = 0
    for char in yuan_text:
        if char in _DIGITS:
            digit = _DIGITS.index(char)
        elif char in "拾佰仟":
            section += (digit or 1) * 10 ** ("拾佰仟".index(char) + 1)
            digit = 0
        elif char == "万":
            total += (section + digit) * 10**4
            section = digit = 0
        elif char == "亿":
            total = (total + section + digit) * 10**8
            section = digit = 0
        else:
            return None
    total += section + digit
    cents = 0
    digit = 0
    for char in small:
        if char in _DIGITS:
            digit = _DIGITS.index(char)
        elif char == "角":
            cents += digit * 10
            digit = 0
        elif char == "分":
            cents += digit
            digit = 0
        elif char in "整正":
            break
        else:
            return None
    return Decimal(total) + Decimal(cents) / 100


def figures(amount: Decimal) -> str:
    """``1,204,500.00``."""
    return f"{amount:,.2f}"


def wan(amount: Decimal) -> str:
    """``120.45`` (万元, as acceptance forms write it); exact only for whole hundreds."""
    return f"{amount / 10000:.2f}"


def date_cn(day: dt.date) -> str:
    """``2025年3月5日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def date_dots(day: dt.date) -> str:
    """``2025.3.5``, as people write a date by hand."""
    return f"{day.year}.{day.month}.{day.day}"


def date_small(day: dt.date) -> str:
    """``二〇二五年三月五日`` (the seal-date spelling)."""
    year = "".join(_CN_SMALL[int(c)] for c in str(day.year))
    return f"{year}年{_small_number(day.month)}月{_small_number(day.day)}日"


def _small_number(value: int) -> str:
    if value < 10:
        return _CN_SMALL[value]
    tens, ones = divmod(value, 10)
    return ("" if tens == 1 else _CN_SMALL[tens]) + "十" + (_CN_SMALL[ones] if ones else "")


def date_spellings(day: dt.date) -> set[str]:
    """Every spelling this family prints or writes for ``day``."""
    return {
        date_cn(day),
        date_dots(day),
        date_small(day),
        f"{day.year}年{day.month:02d}月{day.day:02d}日",
        day.isoformat(),
    }


def money_spellings(amount: Decimal) -> set[str]:
    """Every spelling of ``amount`` this family prints or writes."""
    return {figures(amount), f"¥{figures(amount)}", f"{amount:.2f}", f"{wan(amount)}万元", capitals(amount)}
