"""How issuers write money: capital numerals, 万元 and 千元 figures, grouped digits.

Written from the national bookkeeping rules for capital amounts (会计基础工作规范 第五十二条),
not from any parser: 零 collapses, 整/正 ends a whole amount, 圆 or 元 as the issuer likes.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL = ("", "拾", "佰", "仟")
BIG = ("", "万", "亿", "万亿")


def _four(n: int) -> str:
    """A group of up to four digits, with inner zeros collapsed to one 零."""
    out = ""
    zero = False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[d] + SMALL[pos]
    return out


def capital(amount: Decimal, yuan: str = "元", whole: str = "整") -> str:
    """``2450000`` -> ``贰佰肆拾伍万元整``; ``1234.50`` -> ``壹仟贰佰叁拾肆元伍角``."""
    amount = amount.quantize(Decimal("0.01"), ROUND_HALF_UP)
    integer = int(amount)
    fen_total = int((amount - integer) * 100)
    jiao, fen = divmod(fen_total, 10)
    groups = []
    n = integer
    while n:
        groups.append(n % 10000)
        n //= 10000
    text = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(text)
            continue
        # a 0 between the groups (1,30|5,500 or 1,305|0,500) is written 零 once
        if text and (need_zero or group < 1000 or groups[index + 1] % 10 == 0):
            text += "零"
        text += _four(group) + BIG[index]
        need_zero = False
    if not text:
        text = "零"
    text += yuan
    if jiao == 0 and fen == 0:
        return text + whole
    if jiao:
        text += DIGITS[jiao] + "角"
    elif integer:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    return text


def grouped(amount: Decimal) -> str:
    """``2450000`` -> ``2,450,000.00``."""
    return f"{amount.quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"


def plain(amount: Decimal) -> str:
    """``2450000`` -> ``2450000.00`` (how some issuers print figures, no grouping)."""
    return f"{amount.quantize(Decimal('0.01'), ROUND_HALF_UP):.2f}"


def in_units(amount: Decimal, unit: int, places: int = 2) -> Decimal:
    """The figure printed under a 万元 (10000) or 千元 (1000) header, rounded half up."""
    step = Decimal(1).scaleb(-places)
    return (amount / unit).quantize(step, ROUND_HALF_UP)


def back_from_units(figure: Decimal, unit: int) -> Decimal:
    """The yuan value a figure in 万元/千元 stands for (what the truth records)."""
    return (figure * unit).quantize(Decimal("0.01"))


def money(value: Decimal) -> str:
    """A truth money string: exactly two decimals."""
    return f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):.2f}"


def cn_date(day, style: str = "cn") -> str:  # type: ignore[no-untyped-def]
    """A date as issuers print it: ``2024年3月5日``, ``2024年03月05日``, ``2024.3.5``, ``2024-03-05``."""
    if style == "cn0":
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    if style == "dot":
        return f"{day.year}.{day.month}.{day.day}"
    if style == "iso":
        return day.isoformat()
    if style == "caps":
        return upper_date(day)
    return f"{day.year}年{day.month}月{day.day}日"


_LOWER = "〇一二三四五六七八九"


def upper_date(day) -> str:  # type: ignore[no-untyped-def]
    """``二〇二四年三月五日``: the date style of official letters and seals."""

    def small(n: int) -> str:
        if n < 10:
            return _LOWER[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _LOWER[tens]) + "十" + (_LOWER[ones] if ones else "")

    year = "".join(_LOWER[int(c)] for c in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"
