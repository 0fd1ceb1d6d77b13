"""Money spellings: figures with commas or spaces, RMB prefixes, 万元, capital numerals with 角/分."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ["", "拾", "佰", "仟"]


def s2(v: Decimal) -> str:
    """The report's form: "1234567.00"."""
    return f"{v.quantize(Decimal('0.01'))}"


def grouped(v: Decimal, sep: str = ",") -> str:
    whole, frac = f"{v.quantize(Decimal('0.01'))}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sep.join(groups) + "." + frac


def wan(v: Decimal) -> str:
    """ "123.46" (万元, two decimals, rounded)."""
    return f"{(v / Decimal(10000)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}"


def _four(n: int) -> str:
    out = ""
    zero = False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += DIGITS[d] + UNITS[pos]
    return out


def capital(v: Decimal) -> str:
    """人民币 capital numerals: 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 / ...元整."""
    fen_total = int((v * 100).quantize(Decimal("1")))
    whole, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    parts = []
    yi, rest = divmod(whole, 10**8)
    wan_, low = divmod(rest, 10**4)
    text = ""
    if yi:
        text += _four(yi) + "亿"
    if wan_:
        if yi and wan_ < 1000:
            text += "零"
        text += _four(wan_) + "万"
    elif yi and low:
        text += "零"
    if low:
        if (yi or wan_) and low < 1000 and not text.endswith("零"):
            text += "零"
        text += _four(low)
    if not text:
        text = "零"
    parts.append(text + "元")
    if jiao == 0 and fen == 0:
        parts.append("整")
    else:
        if jiao:
            parts.append(DIGITS[jiao] + "角")
        elif fen:
            parts.append("零")
        if fen:
            parts.append(DIGITS[fen] + "分")
    return "".join(parts)
