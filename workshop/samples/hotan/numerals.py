"""Money and date spellings as Hotan filings print them: capital numerals, 万元, Chinese dates."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLAIN = "〇一二三四五六七八九"
CENT = Decimal("0.01")


def yuan(value: Decimal | int | str) -> Decimal:
    """A money value rounded to the fen."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def truth_money(value: Decimal) -> str:
    return f"{yuan(value):.2f}"


def _four(n: int) -> str:
    out = ""
    pending = False
    for step, unit in zip((1000, 100, 10, 1), ("仟", "佰", "拾", ""), strict=True):
        d = n // step % 10
        if d == 0:
            pending = bool(out)
            continue
        if pending:
            out += "零"
            pending = False
        out += DIGITS[d] + unit
    return out


def integer_words(n: int) -> str:
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    units = ("", "万", "亿", "万亿")
    out = ""
    gap = False
    for idx in reversed(range(len(groups))):
        v = groups[idx]
        if v == 0:
            gap = bool(out)
            continue
        if out and (gap or v < 1000):
            out += "零"
        out += _four(v) + units[idx]
        gap = False
    return out


def capital(value: Decimal, prefix: str = "人民币") -> str:
    """人民币壹佰贰拾叁万零伍佰元整 / …元伍角陆分 / …元零陆分."""
    v = yuan(value)
    whole = int(v)
    frac = int((v - whole) * 100)
    jiao, fen = divmod(frac, 10)
    out = prefix + integer_words(whole) + "元"
    if frac == 0:
        return out + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif whole:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    else:
        out += "整"
    return out


def figures(value: Decimal, sep: bool = True, decimals: int = 2) -> str:
    q = Decimal(1).scaleb(-decimals)
    v = Decimal(value).quantize(q, rounding=ROUND_HALF_UP)
    return f"{v:,.{decimals}f}" if sep else f"{v:.{decimals}f}"


def wan(value: Decimal, decimals: int = 2) -> str:
    """Figures in 万元 (value in yuan)."""
    return figures(Decimal(value) / 10000, sep=False, decimals=decimals)


def fullwidth(text: str) -> str:
    table = {ord(c): ord(c) + 0xFEE0 for c in "0123456789,.%"}
    table[ord(",")] = ord("，")
    table[ord(".")] = ord("．")
    return text.translate(table)


def paren_negative(value: Decimal, decimals: int = 2) -> str:
    """Accounting style: a negative figure in parentheses."""
    s = figures(abs(value), decimals=decimals)
    return f"({s})" if value < 0 else s


def _plain_number(n: int) -> str:
    if n < 10:
        return "十" if n == 10 else PLAIN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else PLAIN[tens]) + "十" + (PLAIN[ones] if ones else "")


def date_cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def date_upper(d: dt.date) -> str:
    """二〇二五年三月五日."""
    year = "".join(PLAIN[int(c)] for c in str(d.year))
    return f"{year}年{_plain_number(d.month)}月{_plain_number(d.day)}日"


def date_dots(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def date_dash(d: dt.date) -> str:
    return d.isoformat()


def date_padded(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"
