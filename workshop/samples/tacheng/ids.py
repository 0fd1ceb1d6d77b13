"""Identifiers with valid check characters: 统一社会信用代码 (GB 32100), 注册号, invoice numbers."""

from __future__ import annotations

import random

CC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

REGION_CODES = {
    "塔城市": "654201",
    "乌苏市": "654202",
    "沙湾市": "654203",
    "额敏县": "654221",
    "托里县": "654224",
    "裕民县": "654225",
    "和布克赛尔县": "654226",
}


def cc_check(body17: str) -> str:
    """The 18th character of a unified social credit code."""
    total = sum(CC_ALPHABET.index(c) * w for c, w in zip(body17, _CC_WEIGHTS, strict=True))
    return CC_ALPHABET[(31 - total % 31) % 31]


def cc_valid(code: str) -> bool:
    """True when the code has 18 characters of the alphabet and a correct check character."""
    return len(code) == 18 and all(c in CC_ALPHABET for c in code) and cc_check(code[:17]) == code[17]


def _org_code(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(8))
    c = 11 - sum(int(ch) * w for ch, w in zip(body, _ORG_WEIGHTS, strict=True)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(rng: random.Random, place: str) -> str:
    """A valid code of a company registered in ``place``: 91 + region + organisation code + check."""
    body = "91" + REGION_CODES[place] + _org_code(rng)
    if "X" in body[8:]:
        body = body[:16] + "0"
    return body + cc_check(body)


def registration_number(rng: random.Random, place: str) -> str:
    """An old 15-digit 注册号 with its ISO 7064 MOD 11,10 check digit."""
    body = REGION_CODES[place] + "0" + "".join(rng.choice("0123456789") for _ in range(7))
    p = 10
    for ch in body:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    check = (11 - p) % 10
    return body + str(check)


def invoice_number(rng: random.Random, year: int) -> str:
    """A 20-digit 数电票 number: year, region 65, then digits."""
    return f"{year % 100:02d}652000000" + "".join(rng.choice("0123456789") for _ in range(9))
