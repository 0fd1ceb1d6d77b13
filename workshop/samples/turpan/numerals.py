"""Money as Turpan paperwork prints it: capital numerals, 万元 figures, thousands separators."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")


def _four(group: int) -> str:
    """A group of up to four digits, with inner 零 runs collapsed to one 零."""
    out, zero = "", False
    for pos in range(3, -1, -1):
        digit = group // 10**pos % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[digit] + SMALL_UNITS[pos]
    return out


def capital(amount: Decimal, *, suffix: str = "整", prefix: str = "") -> str:
    """``Decimal('10203000.50')`` -> ``壹仟零贰拾万叁仟元伍角``; ``suffix`` is 整 or 正 for whole yuan."""
    amount = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    yuan = int(amount)
    fen_total = int((amount - yuan) * 100)
    jiao, fen = divmod(fen_total, 10)
    groups = []
    rest = yuan
    while rest:
        groups.append(rest % 10000)
        rest //= 10000
    text, pending_zero = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(text)
            continue
        if text and (pending_zero or group < 1000):
            text += "零"
        pending_zero = False
        unit = BIG_UNITS[index] if index < 3 else "万亿"
        text += _four(group) + unit
    if not text:
        text = "零"
    text += "元"
    if jiao == 0 and fen == 0:
        text += suffix
    else:
        if jiao:
            text += DIGITS[jiao] + "角"
        elif yuan:
            text += "零"
        if fen:
            text += DIGITS[fen] + "分"
    return prefix + text


def figures(amount: Decimal, *, sep: bool = True, decimals: int = 2) -> str:
    q = Decimal(1).scaleb(-decimals)
    value = amount.quantize(q, rounding=ROUND_HALF_UP)
    return f"{value:,}" if sep else f"{value}"


def wan(amount: Decimal, decimals: int = 4) -> str:
    """Yuan -> a 万元 figure with ``decimals`` places (``386.4250``)."""
    return figures(amount / Decimal(10000), sep=False, decimals=decimals)


def yuan_str(amount: Decimal) -> str:
    return f"{amount.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}"


def round_to(amount: Decimal, unit: Decimal) -> Decimal:
    """Round yuan to a printed precision (``Decimal(100)`` for 万元 with two decimals)."""
    return (amount / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit
