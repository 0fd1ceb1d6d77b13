"""Identifiers: unified social credit codes (GB 32100-2015), invoice and contract numbers."""

from __future__ import annotations

import random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_code(rng: random.Random) -> str:
    """A nine-character organisation code (GB 11714) with its check character."""
    body = "MA" + "".join(rng.choice(ORG_CHARS) for _ in range(6))  # codes issued since 2015 start with MA
    total = sum(int(c, 36) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def credit_code(rng: random.Random, region: str = "653101") -> str:
    """A valid 18-character code for an enterprise registered in ``region`` (653101: 喀什市)."""
    body = "91" + region + _org_code(rng)
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def invoice_number_digital(rng: random.Random, year: int) -> str:
    """A 20-digit 数电 invoice number: two digits of year, 65 (Xinjiang), then serial digits."""
    return f"{year % 100:02d}65" + "".join(rng.choice("0123456789") for _ in range(16))


def invoice_code(rng: random.Random, year: int) -> str:
    """A 10-digit 增值税专用发票 code of the Xinjiang tax bureau."""
    return f"65000{year % 100:02d}" + "".join(rng.choice("0123456789") for _ in range(3))


def serial(rng: random.Random, length: int) -> str:
    """``length`` random digits."""
    return "".join(rng.choice("0123456789") for _ in range(length))
