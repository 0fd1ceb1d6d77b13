"""Amounts as Chinese papers print them: capital numerals, grouped figures, 万元 and 千元.

Written for the 哈密 family alone; every function takes a ``Decimal`` in yuan.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
CENT = Decimal("0.01")


def _yuan_words(yuan: int) -> str:
    """Capital numerals of a whole number of yuan, 零 written once for each run of zeros."""
    digits = str(yuan)
    out = ""
    zero = False
    group_has = False
    for i, ch in enumerate(digits):
        pos = len(digits) - 1 - i
        d = int(ch)
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += DIGITS[d] + SMALL_UNITS[pos % 4]
            group_has = True
        if pos % 4 == 0 and pos > 0:
            if group_has:
                out += "万" if pos % 8 == 4 else "亿"
            group_has = False
    return out


def capital(amount: Decimal) -> str:
    """人民币大写 of an amount: 1234500 -> 壹佰贰拾叁万肆仟伍佰元整; 108560000 -> 壹亿零捌佰伍拾陆万元整."""
    amount = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    cents = int(amount * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    out = _yuan_words(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return (out or "零元") + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    else:
        out += "整"
    return out


def grouped(amount: Decimal) -> str:
    """1234500 -> '1,234,500.00'."""
    return f"{amount.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"


def plain(amount: Decimal) -> str:
    """1234500 -> '1234500.00'."""
    return f"{amount.quantize(CENT, rounding=ROUND_HALF_UP):.2f}"


def in_unit(amount: Decimal, unit: int) -> Decimal:
    """The figure printed for ``amount`` under a unit of ``unit`` yuan, two decimals."""
    return (amount / Decimal(unit)).quantize(CENT, rounding=ROUND_HALF_UP)


def as_printed(amount: Decimal, unit: int) -> Decimal:
    """What a figure printed in ``unit`` is worth in yuan (the truth convention: printed x unit)."""
    return (in_unit(amount, unit) * unit).quantize(CENT)


def wan(amount: Decimal) -> str:
    """1234500 -> '123.45' (no unit word)."""
    return f"{in_unit(amount, 10000):.2f}"


def cn_date(d: object, style: str = "ymd") -> str:
    """2024-03-05 as 2024年3月5日 ('ymd'), 2024年03月05日 ('ymd0') or 二〇二四年三月五日 ('hanzi')."""
    import datetime as dt

    assert isinstance(d, dt.date)
    if style == "ymd0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "hanzi":
        return f"{hz_year(d.year)}年{hz_num(d.month)}月{hz_num(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    return f"{d.year}年{d.month}月{d.day}日"


_HZ = "〇一二三四五六七八九"


def hz_year(y: int) -> str:
    return "".join(_HZ[int(c)] for c in str(y))


def hz_num(n: int) -> str:
    if n < 10:
        return _HZ[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + _HZ[n % 10]
    return _HZ[n // 10] + "十" + (_HZ[n % 10] if n % 10 else "")
