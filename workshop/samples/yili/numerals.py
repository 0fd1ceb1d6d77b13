"""Money and identity strings as Chinese paperwork prints them (written for the yili family)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")


def _group(value: int) -> str:
    out = ""
    gap = False
    for pos in (3, 2, 1, 0):
        d = value // 10**pos % 10
        if d == 0:
            gap = bool(out)
            continue
        if gap:
            out += "零"
            gap = False
        out += DIGITS[d] + SMALL_UNITS[pos]
    return out


def _integer(value: int) -> str:
    if value == 0:
        return "零"
    groups: list[int] = []
    while value:
        groups.append(value % 10000)
        value //= 10000
    out = ""
    gap = False
    for index in reversed(range(len(groups))):
        g = groups[index]
        if g == 0:
            gap = bool(out)
            continue
        if out and (g < 1000 or gap):
            out += "零"
        out += _group(g) + BIG_UNITS[index]
        gap = False
    return out


def capital(amount: Decimal) -> str:
    """人民币大写: 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 / …元整."""
    cents = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    text = _integer(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    return text


def yuan(amount: Decimal) -> str:
    """Two decimals, as the report writes money."""
    return str(amount.quantize(Decimal("0.01")))


def grouped(amount: Decimal) -> str:
    """1,356,000.00"""
    return f"{amount.quantize(Decimal('0.01')):,}"


def wan(amount: Decimal) -> str:
    """Amount in 万元 with as few decimals as it needs (186.5, 52.36, 1200)."""
    value = (amount / Decimal(10000)).normalize()
    text = format(value, "f")
    return text


def cn_date(day: object) -> str:
    import datetime as dt

    assert isinstance(day, dt.date)
    return f"{day.year}年{day.month}月{day.day}日"


def cn_date0(day: object) -> str:
    import datetime as dt

    assert isinstance(day, dt.date)
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def credit_code(region: str, body: str) -> str:
    """A GB 32100-2015 code: 9 1 + region (6) + organisation code (8 + GB 11714 check) + check."""
    org_sum = sum(ORG_CHARS.index(c) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    org_check = 11 - org_sum % 11
    org = body + ("X" if org_check == 10 else "0" if org_check == 11 else str(org_check))
    stem = "91" + region + org
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(stem, CODE_WEIGHTS, strict=True))
    check = (31 - total % 31) % 31
    return stem + CODE_CHARS[check]
