"""Money spelling (figures, 万元, capital numerals) and unified social credit codes (GB 32100-2015)."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ("", "拾", "佰", "仟")


def _four(n: int) -> str:
    """Capital numerals of 0 < n < 10000, with inner zeros spoken once."""
    out, zero = "", False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[d] + _SMALL[pos]
    return out


def capital(amount: Decimal, unit: str = "元") -> str:
    """人民币 capital numerals as written on contracts: 贰佰肆拾伍万元整, 壹亿零贰佰万元整, 叁仟元伍角整."""
    amount = amount.quantize(Decimal("0.01"), ROUND_HALF_UP)
    yuan = int(amount)
    fen_total = int((amount - yuan) * 100)
    jiao, fen = divmod(fen_total, 10)
    groups = [(yuan // 10**8), (yuan // 10**4) % 10**4, yuan % 10**4]
    names = ("亿", "万", "")
    text, pending_zero = "", False
    for value, name in zip(groups, names, strict=True):
        if value == 0:
            if text:
                pending_zero = True
            continue
        if text and (pending_zero or value < 1000):
            text += "零"
        text += _four(value) + name
        pending_zero = False
    if not text:
        text = "零"
    text += unit
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif fen:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    else:
        text += "整"
    return text


def money(value: Decimal) -> str:
    """The truth form of an amount: two decimals, no separators."""
    return f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP)}"


def figure(value: Decimal, sep: bool = True) -> str:
    """A printed figure: 2,450,000.00 or 2450000.00."""
    q = value.quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{q:,.2f}" if sep else f"{q:.2f}"


def wan(value: Decimal) -> str:
    """The amount in 万元 with two decimals, as audit statements and forms print it."""
    return f"{(value / 10000).quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"


def wan_plain(value: Decimal) -> Decimal:
    return (value / 10000).quantize(Decimal("0.01"), ROUND_HALF_UP)


def cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def cn_date_padded(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y}年{m}月{d}日"


_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_check(body: str) -> str:
    w = (3, 7, 9, 10, 5, 8, 4, 2)
    s = sum(int(c, 36) * wi for c, wi in zip(body, w, strict=True))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_code(rng: random.Random, area: str) -> str:
    """A unified social credit code 91 + area + organisation code, both check characters valid."""
    while True:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        org = body + _org_check(body)
        if org[-1] in _ORG_CHARS:
            break
    head = "91" + area + org
    s = sum(_CODE_CHARS.index(c) * w for c, w in zip(head, _CODE_W, strict=True))
    return head + _CODE_CHARS[(31 - s % 31) % 31]


def recheck(code17: str) -> str:
    """Complete 17 characters with their GB 32100 check character."""
    s = sum(_CODE_CHARS.index(c) * w for c, w in zip(code17, _CODE_W, strict=True))
    return code17 + _CODE_CHARS[(31 - s % 31) % 31]
