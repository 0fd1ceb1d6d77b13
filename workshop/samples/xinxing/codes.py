"""Identifiers the papers print: GB 32100 credit codes, bank accounts, invoice and serial numbers."""

from __future__ import annotations

import datetime as dt
import random

CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters of GB 32100-2015 (no I, O, S, V, Z)."""
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ORG_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_check(body: str) -> str:
    """GB 11714 check character of an 8-character organisation-code body."""
    total = sum(int(c, 36) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def credit_check(first17: str) -> str:
    """GB 32100 check character of the first 17 characters."""
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A valid credit code: ``91`` enterprise, ``11`` organ, ``12`` public institution; region as 6 digits.

    Enterprises registered since 2015 carry an ``MA``-style organisation code; organs and institutions an
    older all-digit one. The organisation code's own GB 11714 check character is kept valid too, and the
    code is redrawn until that character is one GB 32100 allows.
    """
    while True:
        if kind == "91":
            body = "MA" + "".join(rng.choice(ORG_BODY) for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        org = body + _org_check(body)
        if all(c in CREDIT_ALPHABET for c in org):
            first17 = kind + region + org
            return first17 + credit_check(first17)


def is_valid_credit_code(code: str) -> bool:
    """GB 32100 check (used by the selfcheck)."""
    return len(code) == 18 and all(c in CREDIT_ALPHABET for c in code) and credit_check(code[:17]) == code[17]


def bank_account(rng: random.Random, bank: str) -> str:
    """An account number in the bank's usual length and grouping-free spelling."""
    lengths = {
        "中国农业银行": 15,
        "中国建设银行": 20,
        "中国工商银行": 19,
        "哈密市商业银行": 18,
        "中国银行": 12,
    }
    prefix = {
        "中国农业银行": "3064",
        "中国建设银行": "6505",
        "中国工商银行": "3004",
        "哈密市商业银行": "8201",
        "中国银行": "1080",
    }
    length = lengths.get(bank, 18)
    return prefix.get(bank, "6") + "".join(
        rng.choice("0123456789") for _ in range(length - len(prefix.get(bank, "6")))
    )


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def einvoice_number(rng: random.Random, year: int) -> str:
    """20-digit 数电票 number: two-digit year, 65 (Xinjiang), channel digit, then the serial."""
    return f"{year % 100:02d}65" + rng.choice("12") + "000000" + digits(rng, 9)


def paper_invoice_code(rng: random.Random, year: int) -> str:
    """10-digit 发票代码 of a paper 专票/普票 printed for Xinjiang."""
    return f"6500{(year - 1) % 100:02d}" + rng.choice("13") + "1" + rng.choice("37") + "0"


def red_confirmation_number(rng: random.Random, day: dt.date) -> str:
    """红字发票信息确认单编号: 20 digits beginning with the tax office and the date."""
    return "6505" + day.strftime("%y%m%d") + digits(rng, 10)


def check_code(rng: random.Random) -> str:
    """The 20-digit 校验码 of a paper 普票, printed in four groups of five."""
    return " ".join(digits(rng, 5) for _ in range(4))


def cipher_area(rng: random.Random) -> list[str]:
    """Four 28-character lines of a paper invoice's 密码区."""
    alphabet = "0123456789+-*/<>"
    return ["".join(rng.choice(alphabet) for _ in range(28)) for _ in range(4)]


def serial(rng: random.Random, prefix: str, count: int) -> str:
    return prefix + digits(rng, count)
