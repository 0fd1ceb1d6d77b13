"""Registration numbers with their check characters, computed here from the public standards.

- unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters, the last a check
  character over the 31-character alphabet;
- organisation code (组织机构代码), GB 11714-1997: 8 characters and a check character (0-9, X);
- the pre-2015 15-digit registration number (工商注册号), ISO 7064 MOD 11,10.
"""

from __future__ import annotations

import random

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

HAMI_REGIONS = ("650502", "650521", "650522", "650500")
"""伊州区, 巴里坤哈萨克自治县, 伊吾县, 哈密市 (the prefecture-level city since 2016)."""
OLD_HAMI_REGIONS = ("652201", "652222", "652223", "652200")
"""The same places under their pre-2016 codes (哈密地区, 哈密市 county-level, 巴里坤, 伊吾)."""


def _org_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body: str) -> str:
    """The check character of an 8-character organisation code body."""
    total = sum(_org_value(c) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(body: str) -> str:
    """The check character of the first 17 characters of a credit code."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_valid(code: str) -> bool:
    return len(code) == 18 and all(c in USCC_ALPHABET for c in code) and uscc_check(code[:17]) == code[17]


def org_code(rng: random.Random, letters: bool = False) -> str:
    """A 9-character organisation code (8 + check). ``letters``: the post-2015 'MA' style body."""
    if letters:
        pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "MA" + "".join(rng.choice(pool) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
        if body[0] == "0":
            body = "7" + body[1:]
    return body + org_check(body)


def uscc(
    rng: random.Random,
    region: str | None = None,
    org: str | None = None,
    letters: bool = True,
    prefix: str = "91",
) -> str:
    """A valid credit code of a Hami body: prefix 91 an enterprise (工商, 企业), 11 an organ of
    state (机构编制, 机关), 12 a public institution (事业单位)."""
    region = region or rng.choice(HAMI_REGIONS)
    org = org or org_code(rng, letters=letters)
    body = prefix + region + org
    return body + uscc_check(body)


def registration_number(rng: random.Random, region: str | None = None) -> str:
    """A 15-digit 工商注册号 with its ISO 7064 MOD 11,10 check digit."""
    region = region or rng.choice(OLD_HAMI_REGIONS)
    body = region + "0" + "".join(rng.choice("0123456789") for _ in range(7))
    p = 10
    for ch in body:
        s = (p + int(ch)) % 10 or 10
        p = s * 2 % 11
    return body + str((11 - p) % 10)


def other_valid_code(rng: random.Random, code: str) -> str:
    """A different valid credit code that shares the region and most of the body with ``code``
    (what a filing gets when someone copies a sister company's code)."""
    while True:
        chars = list(code[:17])
        for i in rng.sample(range(10, 17), 2):
            chars[i] = rng.choice(USCC_ALPHABET[:10])
        body = "".join(chars)
        out = body + uscc_check(body)
        if out != code:
            return out
