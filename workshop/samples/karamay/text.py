"""Numerals, money and date spellings, and credit codes, written for this family alone."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL = "〇一二三四五六七八九"
CENT = Decimal("0.01")


def q2(value: Decimal) -> Decimal:
    """Round to fen."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _section(n: int) -> str:
    units = ("", "拾", "佰", "仟")
    out = ""
    pending_zero = False
    for power in range(3, -1, -1):
        digit = n // 10**power % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out += "零"
            pending_zero = False
        out += DIGITS[digit] + units[power]
    return out


def _integer_words(n: int) -> str:
    if n == 0:
        return "零"
    parts = ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, ""))
    out = ""
    need_zero = False
    for value, unit in parts:
        if value == 0:
            need_zero = need_zero or bool(out)
            continue
        if out and (need_zero or value < 1000):
            out += "零"
        out += _section(value) + unit
        need_zero = False
    return out


def capital(amount: Decimal) -> str:
    """Capital numerals of a yuan amount: 壹佰贰拾叁万肆仟伍佰陆拾柒元整 (no 人民币 prefix)."""
    amount = q2(amount)
    fen_total = int(amount * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    out = _integer_words(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    return out


def grouped(amount: Decimal) -> str:
    """1,234,567.00"""
    return f"{q2(amount):,.2f}"


def plain(amount: Decimal) -> str:
    """1234567.00"""
    return f"{q2(amount):.2f}"


def wan(amount: Decimal, places: int = 2) -> str:
    """Yuan as 万元 figures: 123.46"""
    exp = Decimal(1).scaleb(-places)
    return f"{(amount / 10000).quantize(exp, rounding=ROUND_HALF_UP):,.{places}f}"


def money_str(amount: Decimal) -> str:
    """Money as the truth and the declaration write it."""
    return plain(amount)


def _small_number(n: int) -> str:
    if n < 10:
        return SMALL[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else SMALL[tens] + "十"
    return head + (SMALL[ones] if ones else "")


def date_cn_numerals(d: dt.date) -> str:
    """二〇二五年三月十二日"""
    year = "".join(SMALL[int(c)] for c in str(d.year))
    return f"{year}年{_small_number(d.month)}月{_small_number(d.day)}日"


def date_styles(d: dt.date) -> dict[str, str]:
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "numerals": date_cn_numerals(d),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "iso": d.isoformat(),
    }


def date_in(rng: random.Random, style: str, d: dt.date) -> str:
    if style == "any":
        style = rng.choice(["cn", "cn0", "numerals", "dot", "slash", "iso"])
    return date_styles(d)[style]


# Unified social credit code (GB 32100-2015) with a valid organisation code (GB 11714).
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

AREA_CODES = {"克拉玛依区": "650203", "独山子区": "650202", "白碱滩区": "650204", "乌尔禾区": "650205"}


def credit_code(rng: random.Random, district: str) -> str:
    area = AREA_CODES.get(district, "650200")
    body = "MA" + "".join(rng.choice(_ORG_CHARS) for _ in range(6))
    total = 0
    for ch, weight in zip(body, _ORG_WEIGHTS, strict=True):
        value = int(ch) if ch.isdigit() else ord(ch) - 55
        total += value * weight
    c9 = 11 - total % 11
    org_check = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    code17 = "91" + area + body + org_check
    s = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(code17, _USCC_WEIGHTS, strict=True))
    return code17 + _USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    s = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(code[:17], _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - s % 31) % 31] == code[17]
