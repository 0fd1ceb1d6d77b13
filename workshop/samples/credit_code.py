"""Unified social credit codes (GB 32100-2015) for generated companies.

The final check character comes from python-stdnum; the organisation-code
check digit in position 17 (GB 11714) is computed here because stdnum has no
module for it, and real codes carry a valid one.
"""

from __future__ import annotations

import random

from stdnum.cn import uscc

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""Characters allowed in a credit code (no I, O, S, V, Z)."""

REGIONS: tuple[str, ...] = (
    "650100",  # 乌鲁木齐市
    "650102",  # 天山区
    "650103",  # 沙依巴克区
    "650104",  # 新市区
    "650105",  # 水磨沟区
    "650106",  # 头屯河区
    "650200",  # 克拉玛依市
    "652301",  # 昌吉市
    "652801",  # 库尔勒市
    "653101",  # 喀什市
    "654002",  # 伊宁市
    "650402",  # 吐鲁番市高昌区
)

_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_check_char(body: str) -> str:
    """GB 11714 check character of an 8-character organisation-code body."""
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def make_credit_code(rng: random.Random, region: str | None = None) -> str:
    """A valid 18-character credit code of a company registered in Xinjiang."""
    region = region or rng.choice(REGIONS)
    if rng.random() < 0.6:
        # Codes issued after 2015 carry an organisation code starting with MA.
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    org = body + org_check_char(body)
    first17 = "91" + region + org
    return first17 + uscc.calc_check_digit(first17)


def break_check_char(code: str) -> str:
    """The same code with a wrong final check character (a planted typo)."""
    good = code[-1]
    bad = ALPHABET[(ALPHABET.index(good) + 7) % len(ALPHABET)]
    return code[:-1] + bad
