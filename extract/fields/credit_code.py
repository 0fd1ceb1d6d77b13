"""Unified social credit codes (统一社会信用代码, GB 32100-2015), with OCR confusions repaired.

The check character is python-stdnum's (``stdnum.cn.uscc``). What OCR confuses
is data (credit_code.toml): letters the code never uses, read for the
character they stand for (O for 0), and look-alike pairs inside its alphabet
(0/D, 8/B, 2/7). Before a code is called invalid, each single swap is tried,
and a repair is accepted only when exactly one candidate validates, so that a
repair never picks among several. The same data tells a misreading from
another code when two codes are compared (``codes_equivalent``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator
from stdnum.cn import uscc

from jianzheng.models.rules_file import load_rules_file
from jianzheng.models.text import compact, fold, normalise

CONFUSIONS_FILE = Path(__file__).with_name("credit_code.toml")

ALPHABET = set("0123456789ABCDEFGHJKLMNPQRTUWXY")
"""The code's 31 characters: digits and capitals without I, O, S, V, Z."""


class Confusions(BaseModel):
    """credit_code.toml: what OCR reads for what in a credit code."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    outside_alphabet: dict[str, str]
    ocr_confusions: list[tuple[str, str]]

    @field_validator("outside_alphabet")
    @classmethod
    def _outside(cls, values: dict[str, str]) -> dict[str, str]:
        wrong = [f"{k}={v}" for k, v in values.items() if k in ALPHABET or v not in ALPHABET]
        if wrong:
            raise ValueError(f"each key must be outside the code's alphabet and its value inside: {wrong}")
        return values

    @field_validator("ocr_confusions")
    @classmethod
    def _inside(cls, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        wrong = [f"{a}/{b}" for a, b in pairs if not {a, b} <= ALPHABET or a == b]
        if wrong:
            raise ValueError(
                f"both characters of a pair must be distinct and in the code's alphabet: {wrong}"
            )
        return pairs

    def alternatives(self, char: str) -> str:
        """The characters OCR may have misread as ``char``, each pair either way round."""
        return "".join(b if a == char else a for a, b in self.ocr_confusions if char in (a, b))


@cache
def confusions() -> Confusions:
    """credit_code.toml, loaded once; RuleError naming the file and key when it is malformed."""
    return load_rules_file(CONFUSIONS_FILE, Confusions)


_CANDIDATE = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")


@dataclass(frozen=True)
class CreditCodeCheck:
    """What the printed code says and what it most likely is."""

    printed: str
    code: str
    """The printed code, or its repair when exactly one OCR-confusion repair validates."""
    printed_valid: bool
    valid: bool
    repaired: bool


def is_valid_code(code: str) -> bool:
    """Whether the code passes GB 32100-2015's format and check character."""
    return len(code) == 18 and set(code) <= ALPHABET and bool(uscc.is_valid(code))


def _single_repairs(code: str) -> set[str]:
    found: set[str] = set()
    for i, ch in enumerate(code):
        for alt in confusions().alternatives(ch):
            candidate = code[:i] + alt + code[i + 1 :]
            if is_valid_code(candidate):
                found.add(candidate)
    return found


def check_credit_code(text: str) -> CreditCodeCheck | None:
    """Check an 18-character code as printed (spaces and case ignored); None if not code-shaped.

    >>> check_credit_code("91440300MA5F5KP94F").valid
    True
    >>> check_credit_code("9I440300MA5F5KP94F").code  # OCR read 1 as I
    '91440300MA5F5KP94F'
    """
    printed = compact(text).upper()
    if len(printed) != 18 or not printed.isalnum() or not printed.isascii():
        return None
    if is_valid_code(printed):
        return CreditCodeCheck(printed, printed, True, True, False)
    forced = canonical_code(printed)
    if forced != printed and is_valid_code(forced):
        return CreditCodeCheck(printed, forced, False, True, True)
    repairs = _single_repairs(forced)
    if len(repairs) == 1:
        return CreditCodeCheck(printed, repairs.pop(), False, True, True)
    return CreditCodeCheck(printed, printed, False, False, False)


def find_credit_codes(text: str) -> list[tuple[int, int, str]]:
    """Code-shaped runs (18 letters/digits) in a line: (start, end, run).

    Runs are looked for in the line as printed first; only when there is
    none is the line searched with its spaces removed (OCR may put spaces
    inside a code), and the offsets then index that compacted text.
    """
    for s in (normalise(text).upper(), compact(text).upper()):
        found = [
            (m.start(), m.end(), m.group(0))
            for m in _CANDIDATE.finditer(s)
            if any(c.isdigit() for c in m.group(0))
        ]
        if found:
            return found
    return []


def canonical_code(text: str) -> str:
    """A code as printed, folded, with letters the code never uses read as what they stand for."""
    mapping = confusions().outside_alphabet
    return "".join(mapping.get(ch, ch) for ch in fold(text))


def codes_equivalent(printed: str, declared: str) -> bool:
    """Whether two codes are the same once OCR's confusable characters are allowed for."""
    a, b = canonical_code(printed), canonical_code(declared)
    if a == b:
        return True
    if len(a) != len(b):
        return False
    pairs = {frozenset(p) for p in confusions().ocr_confusions}
    return all(x == y or frozenset((x, y)) in pairs for x, y in zip(a, b, strict=True))
