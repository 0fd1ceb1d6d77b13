"""Money as documents print it: yuan with separators, 万元, and capital numerals (大写)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
WAN = Decimal(10000)
DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")


def yuan(value: Decimal) -> str:
    """``1234567.8`` → ``1,234,567.80`` (the figure as contracts print it)."""
    return f"{value.quantize(CENT, ROUND_HALF_UP):,.2f}"


def plain(value: Decimal) -> str:
    """Two decimals, no separators: the form truth and declarations use."""
    return f"{value.quantize(CENT, ROUND_HALF_UP):.2f}"


def wan(value: Decimal, places: int = 2) -> str:
    """Yuan → the 万元 figure with ``places`` decimals (``3865000`` → ``386.50``)."""
    q = Decimal(1).scaleb(-places)
    return f"{(value / WAN).quantize(q, ROUND_HALF_UP):,.{places}f}"


def _integer_words(number: int) -> str:
    """Capital numerals of a whole number of yuan: ``1005000`` → ``壹佰万零伍仟``."""
    if number == 0:
        return "零"
    digits = [int(c) for c in str(number)]
    out: list[str] = []
    pending_zero = False
    for index, digit in enumerate(digits):
        power = len(digits) - 1 - index
        if digit == 0:
            pending_zero = bool(out)
        else:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(DIGITS[digit] + SMALL_UNITS[power % 4])
        if power % 4 == 0 and power:
            group = digits[max(0, index - 3) : index + 1]
            if any(group):
                out.append(BIG_UNITS[power // 4])
    return "".join(out)


def capital(value: Decimal) -> str:
    """``1500300.95`` → ``壹佰伍拾万零叁佰元玖角伍分``; whole amounts end in 整."""
    value = value.quantize(CENT, ROUND_HALF_UP)
    integer = int(value)
    fen_total = int((value - integer) * 100)
    jiao, fen = divmod(fen_total, 10)
    words = _integer_words(integer) + "元" if integer else ""
    if jiao == 0 and fen == 0:
        return words + "整"
    if jiao:
        words += DIGITS[jiao] + "角"
    elif integer:
        words += "零"
    if fen:
        words += DIGITS[fen] + "分"
    else:
        words += "整"
    return words
