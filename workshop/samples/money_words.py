"""Amounts as Chinese paperwork prints them: capital numerals and figure spellings.

The capital-numeral writer is done by hand because cn2an writes 大写 digits
but not the accounting form (…元…角…分 / 元整 with 零 rules) used on
contracts and invoices; tests cross-check it against cn2an for whole yuan.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")


def _four(n: int) -> str:
    """Capital numerals of 0 < n < 10000 with inner zeros collapsed to one 零."""
    out: list[str] = []
    zero = False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[d] + _SMALL_UNITS[pos])
    return "".join(out)


def integer_words(n: int) -> str:
    """Capital numerals of a whole number, e.g. 2450000 -> 贰佰肆拾伍万."""
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    need_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or g < 1000):
            out += "零"
        out += _four(g) + _BIG_UNITS[i]
        need_zero = False
    return out


def amount_words(amount: Decimal, prefix: str = "") -> str:
    """Accounting capital numerals: 贰佰肆拾伍万元整, 壹万贰仟叁佰肆拾伍元陆角柒分."""
    cents = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    text = integer_words(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return prefix + (text or "零元") + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    else:
        text += "整"
    return prefix + text


def figures(amount: Decimal, style: str) -> str:
    """One of the figure spellings of an amount in yuan.

    Styles: ``yen`` ¥2,450,000.00, ``yuan`` 2450000元, ``yuan2`` 2,450,000.00元,
    ``wan`` 245万元, ``wan2`` 245.00万元, ``rmb`` RMB 2,450,000.00.
    """
    q = amount.quantize(Decimal("0.01"))
    wan = (amount / 10000).quantize(Decimal("0.01"))
    if style == "yen":
        return f"¥{q:,.2f}"
    if style == "yuan":
        return f"{q.normalize():f}元" if q == q.to_integral() else f"{q}元"
    if style == "yuan2":
        return f"{q:,.2f}元"
    if style == "wan":
        return f"{wan.normalize():f}万元"
    if style == "wan2":
        return f"{wan}万元"
    if style == "rmb":
        return f"RMB {q:,.2f}"
    raise ValueError(f"unknown money style: {style}")


def exact_styles(amount: Decimal) -> list[str]:
    """Figure styles that print this amount without rounding it."""
    styles = ["yen", "yuan", "yuan2", "rmb"]
    if (amount * 100 / 10000) == (amount * 100 / 10000).to_integral():
        styles += ["wan", "wan2"]
    return styles


def contract_amount_line(rng: random.Random, amount: Decimal) -> tuple[str, str]:
    """A contract's amount phrase and the capital numerals inside it.

    For example ``人民币贰佰肆拾伍万元整（¥2,450,000.00）`` or
    ``¥2,450,000.00（大写：人民币贰佰肆拾伍万元整）``.
    """
    words = amount_words(amount)
    fig = figures(amount, rng.choice(["yen", "yen", "yuan2", "yuan"]))
    form = rng.randrange(4)
    if form == 0:
        return f"人民币{words}（{fig}）", f"人民币{words}"
    if form == 1:
        return f"{fig}（大写：人民币{words}）", f"人民币{words}"
    if form == 2:
        return f"大写：{words}，小写：{fig}", words
    return f"人民币（大写）{words}（小写：{fig}）", words
