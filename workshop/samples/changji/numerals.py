"""Money as people print it on Chinese business papers: capital numerals, figures, 万元.

Written for this family alone: ``capital`` spells an amount the way a contract's
大写 line does (零 between non-adjacent digits, 亿/万 sections, 角/分 or 整),
``figures`` prints ¥-style numbers with or without thousands separators and
``wan`` prints the same amount in 万元.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("", "拾", "佰", "仟")
SECTIONS = ("", "万", "亿", "万亿")
CENT = Decimal("0.01")


def _section(value: int) -> str:
    """One four-digit section (1..9999) in capital numerals, 零 between gaps."""
    out = ""
    gap = False
    for place in (3, 2, 1, 0):
        digit = value // 10**place % 10
        if digit == 0:
            gap = bool(out)
            continue
        if gap:
            out += "零"
            gap = False
        out += DIGITS[digit] + PLACES[place]
    return out


def _integer(value: int) -> str:
    if value == 0:
        return "零"
    sections: list[int] = []
    while value:
        sections.append(value % 10000)
        value //= 10000
    out = ""
    skipped = False
    for index in reversed(range(len(sections))):
        part = sections[index]
        if part == 0:
            skipped = bool(out)
            continue
        if out and (part < 1000 or skipped):
            out += "零"
        out += _section(part) + SECTIONS[index]
        skipped = False
    return out


def capital(amount: Decimal, *, jiao_zheng: bool = False) -> str:
    """``Decimal("1286400")`` -> 壹佰贰拾捌万陆仟肆佰元整; 角 and 分 where the amount has them."""
    amount = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    yuan = int(amount)
    cents = int((amount - yuan) * 100)
    jiao, fen = divmod(cents, 10)
    head = _integer(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return head + "整"
    if fen == 0:
        return head + DIGITS[jiao] + "角" + ("整" if jiao_zheng else "")
    if jiao == 0:
        return head + ("零" if yuan else "") + DIGITS[fen] + "分"
    return head + DIGITS[jiao] + "角" + DIGITS[fen] + "分"


def figures(amount: Decimal, *, separators: bool = True, decimals: int = 2) -> str:
    """``Decimal("1286400")`` -> ``1,286,400.00`` (or ``1286400.00`` without separators)."""
    quantum = Decimal(1).scaleb(-decimals)
    value = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{value:,.{decimals}f}" if separators else f"{value:.{decimals}f}"


def wan(amount: Decimal, decimals: int = 2) -> str:
    """The amount in 万元 with a fixed number of decimals: 1286400 -> ``128.64``."""
    quantum = Decimal(1).scaleb(-decimals)
    return f"{(amount / 10000).quantize(quantum, rounding=ROUND_HALF_UP):.{decimals}f}"


def thousands(amount: Decimal) -> str:
    """The amount in 千元, whole, with separators: 18452300 -> ``18,452``."""
    return f"{(amount / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP):,.0f}"


def money_text(amount: Decimal) -> str:
    """How the truth writes money: a string with exactly two decimals."""
    return f"{amount.quantize(CENT, rounding=ROUND_HALF_UP):.2f}"
