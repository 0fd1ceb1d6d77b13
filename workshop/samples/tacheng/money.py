"""Money as the documents print it: figures with thousands separators, 万元, capital numerals."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_SECTIONS = ("", "万", "亿", "万亿")


def q2(value: Decimal | int | str) -> Decimal:
    """Round to the fen."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def s2(value: Decimal | int | str) -> str:
    """The contract's money string: "1234567.00"."""
    return f"{q2(value):.2f}"


def figures(value: Decimal) -> str:
    """1,234,567.00 as printed on contracts and invoices."""
    return f"{q2(value):,.2f}"


def wan(value: Decimal, places: int = 4) -> str:
    """An amount in 万元 with the given decimals: 12,345.6789."""
    shown = (Decimal(value) / 10000).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{shown:,.{places}f}"


def _section(n: int) -> str:
    out, pending_zero = "", False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            pending_zero = bool(out)
        else:
            if pending_zero:
                out += "零"
                pending_zero = False
            out += _DIGITS[d] + _UNITS[i]
    return out


def capital(value: Decimal) -> str:
    """人民币大写 without the 人民币 prefix: 壹亿贰仟零叁拾万元整, 伍仟元零伍分."""
    value = q2(value)
    yuan = int(value)
    cents = int((value - yuan) * 100)
    jiao, fen = divmod(cents, 10)
    secs = []
    n = yuan
    while n:
        secs.append(n % 10000)
        n //= 10000
    out, need_zero = "", False
    for idx in range(len(secs) - 1, -1, -1):
        v = secs[idx]
        if v == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or v < 1000):
            out += "零"
        out += _section(v) + _SECTIONS[idx]
        need_zero = False
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if fen == 0:
        return out + _DIGITS[jiao] + "角整"
    return out + (_DIGITS[jiao] + "角" if jiao else "零") + _DIGITS[fen] + "分"


def round_to(value: Decimal, unit: Decimal) -> Decimal:
    """Round to a multiple of ``unit`` (half up), the coarser-precision rule of CONTRACT 1.1."""
    return (Decimal(value) / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit
