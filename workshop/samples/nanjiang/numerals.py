"""Money, dates and identifiers written the way Chinese paperwork writes them."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿")


def yuan(value: Decimal | int | str) -> Decimal:
    """A Decimal rounded to fen."""
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def s2(value: Decimal) -> str:
    """The truth's money form: "2450000.00"."""
    return f"{yuan(value):.2f}"


def comma(value: Decimal, decimals: int = 2) -> str:
    """1,234,567.89; negatives stay with a minus sign."""
    q = Decimal(1).scaleb(-decimals)
    return f"{Decimal(value).quantize(q, rounding=ROUND_HALF_UP):,.{decimals}f}"


def paren(value: Decimal, decimals: int = 2) -> str:
    """Statement style: negatives in parentheses, zero as a dash."""
    if value == 0:
        return "-"
    if value < 0:
        return f"({comma(-value, decimals)})"
    return comma(value, decimals)


def _four(n: int) -> str:
    out = ""
    zero = False
    for i in range(3, -1, -1):
        d = (n // 10**i) % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[d] + _SMALL_UNITS[i]
    return out


def capital(value: Decimal) -> str:
    """人民币 capital numerals: 壹佰贰拾叁万肆仟元整, 捌拾陆万伍仟元整, 壹万零伍拾元伍角."""
    v = yuan(value)
    whole = int(v)
    fen_total = int((v - whole) * 100)
    jiao, fen = divmod(fen_total, 10)
    if whole == 0:
        text = ""
    else:
        groups = []
        n = whole
        while n:
            groups.append(n % 10000)
            n //= 10000
        text = ""
        pending_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                pending_zero = bool(text)
                continue
            if text and (pending_zero or g < 1000):
                text += "零"
            pending_zero = False
            text += _four(g) + _BIG_UNITS[idx]
        text += "元"
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif whole:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    else:
        text += "整"
    return text


def wan(value: Decimal) -> str:
    """86.5 for 865000 (trailing zeros dropped), as offices print ￥86.5万元."""
    w = (Decimal(value) / 10000).normalize()
    return format(w, "f")


def cn_date(d: dt.date, pad: bool = False) -> str:
    """2024年3月5日 (or 2024年03月05日)."""
    if pad:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


CN_NUM = "〇一二三四五六七八九"


def upper_date(d: dt.date) -> str:
    """Seal-date style: 二〇二四年三月五日."""
    y = "".join(CN_NUM[int(c)] for c in str(d.year))

    def small(n: int) -> str:
        if n < 10:
            return CN_NUM[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_NUM[tens]) + "十" + (CN_NUM[ones] if ones else "")

    return f"{y}年{small(d.month)}月{small(d.day)}日"


# --- unified social credit code (GB 32100-2015) and organisation code (GB 11714) ---
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A well-formed 18-character code: 91 (company) or 11/12 (office) + region + org code + check."""
    body = ("MA" if kind == "91" else rng.choice(["00", "01", "45", "73"])) + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6)
    )
    c9 = 11 - sum(_org_value(c) * w for c, w in zip(body, _ORG_W, strict=True)) % 11
    org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    first17 = kind + region + org
    return first17 + credit_check(first17)


def credit_check(first17: str) -> str:
    total = sum(_CC.index(c) * w for c, w in zip(first17, _CC_W, strict=True))
    return _CC[(31 - total % 31) % 31]


def vary_credit_code(rng: random.Random, code: str) -> str:
    """Another valid code of the same region, differing in two clearly different digits."""
    chars = list(code[:17])
    for pos in rng.sample(range(10, 16), 2):
        old = chars[pos]
        choices = [c for c in "2345679" if c != old and {c, old} not in ({"5", "6"}, {"2", "7"})]
        chars[pos] = rng.choice(choices)
    first17 = "".join(chars)
    org = first17[8:16]
    c9 = 11 - sum(_org_value(c) * w for c, w in zip(org, _ORG_W, strict=True)) % 11
    first17 = first17[:16] + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    return first17 + credit_check(first17)


def invoice_number(rng: random.Random, year: int) -> str:
    """A 20-digit 数电票 number: year, province 65, office code, serial."""
    return f"{year % 100:02d}65{rng.randint(2000, 2999)}0000{rng.randint(0, 99999999):08d}"[:20]


def phone(rng: random.Random, area: str) -> str:
    return f"{area}-{rng.randint(2000000, 8999999)}"
