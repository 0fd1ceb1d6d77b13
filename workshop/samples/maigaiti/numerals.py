"""Money as contracts print it: figures with thousands separators and the capital-numeral 大写."""

from __future__ import annotations

from decimal import Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿")


def figures(amount: Decimal) -> str:
    """486300.5 -> 486,300.50."""
    return f"{amount.quantize(Decimal('0.01')):,}"


def _four(group: int) -> str:
    """A group of up to four digits, with 零 for the gaps inside it."""
    text = ""
    zero = False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += _DIGITS[digit] + _SMALL_UNITS[position]
    return text


def capital(amount: Decimal) -> str:
    """The 大写 of a yuan amount: 贰佰肆拾伍万零叁佰元整, 壹拾贰万叁仟肆佰伍拾陆元柒角捌分."""
    cents = int((amount * 100).to_integral_value())
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    groups: list[int] = []
    while yuan:
        yuan, group = divmod(yuan, 10000)
        groups.append(group)
    text = ""
    gap = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            gap = bool(text)
            continue
        if text and (gap or group < 1000):
            text += "零"
        text += _four(group) + _BIG_UNITS[index]
        gap = False
    text = (text or "零") + "元"
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif text != "零元":
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    return text


_VALUES = {c: i for i, c in enumerate(_DIGITS)}
_UNIT_VALUES = {"拾": 10, "佰": 100, "仟": 1000}


def read_capital(text: str) -> Decimal:
    """The amount a 大写 states (the inverse of ``capital``, for the selfcheck)."""
    text = text.removeprefix("人民币").removesuffix("整").removesuffix("正")
    yuan_part, _, small = text.partition("元")
    total = 0
    section = 0
    digit = 0
    for ch in yuan_part:
        if ch in _VALUES:
            digit = _VALUES[ch]
        elif ch in _UNIT_VALUES:
            section += digit * _UNIT_VALUES[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100000000
            section = digit = 0
    total += section + digit
    cents = 0
    for ch, unit in (("角", 10), ("分", 1)):
        before, sep, small = small.partition(ch)
        if sep:
            cents += _VALUES[before[-1]] * unit
        else:
            small = before
    return Decimal(total) + Decimal(cents) / 100
