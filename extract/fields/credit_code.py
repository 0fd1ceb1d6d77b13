"""Unified social credit codes (统一社会信用代码, GB 32100-2015), with OCR confusions repaired.

The check character is python-stdnum's (``stdnum.cn.uscc``). OCR confuses
look-alike characters (0/O, 1/I, 8/B, 2/Z, 5/S); before a code is called
invalid, each single confusion is tried, and a repair is accepted only when
exactly one candidate validates, so that a repair never picks among several.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.cn import uscc

from jianzheng.models.text import compact, normalise

ALPHABET = set("0123456789ABCDEFGHJKLMNPQRTUWXY")
"""The code's 31 characters: digits and capitals without I, O, S, V, Z."""

# Characters outside the alphabet that OCR reads for one inside it.
_FORCED = {"O": "0", "I": "1", "S": "5", "Z": "2", "V": "U"}
# Look-alike pairs, both inside the alphabet, tried one at a time.
_CONFUSIONS: dict[str, str] = {
    "0": "DQ", "D": "0", "Q": "0",
    "1": "LT", "L": "1", "T": "1",
    "8": "B", "B": "8",
    "2": "", "5": "", "6": "G", "G": "6",
    "U": "", "Y": "", "N": "", "M": "N",
}  # fmt: skip

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
        for alt in _CONFUSIONS.get(ch, ""):
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
    forced = "".join(_FORCED.get(ch, ch) for ch in printed)
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
