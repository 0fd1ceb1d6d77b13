"""Text normalisation: the one place that says how printed and OCR'd text is folded before it is compared.

Printed and OCR'd Chinese documents mix full-width and half-width forms
(１２３，：（）￥), so every parser folds them first with NFKC, which maps the
full-width ASCII block onto ASCII and leaves the CJK ideographs alone. OCR
also spaces characters out (甲 方：), so most comparisons drop whitespace too.

The functions build on each other, from the lightest fold to the heaviest:
``normalise`` (NFKC), ``compact`` (and no whitespace), ``fold`` (and no
punctuation, upper case: the skeleton of a name or a number).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_SPACES = re.compile(r"\s+")
# Everything that is not a letter or digit of any script: punctuation, brackets,
# quotes, spaces, middle dots in names (阿不都·热合曼).
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Full-width digits, letters and punctuation folded to ASCII (NFKC); ideographs kept.

    The ideographic full stop and the Chinese comma stay as they are (they are
    not in the full-width block), so callers that care treat them explicitly.
    The length may change only for characters documents do not use (ligatures).
    """
    return unicodedata.normalize("NFKC", text)


def compact(text: str) -> str:
    """The text normalised with every whitespace removed (OCR spaces out labels: 甲 方：)."""
    return _SPACES.sub("", normalise(text))


@cache
def compact_lower(text: str) -> str:
    """``compact`` with Latin letters lower-cased: how cues and labels are matched (PDF, pdf).

    Cached: the classifier calls it on every word of every page.
    """
    return compact(text).lower()


def fold(text: str) -> str:
    """Full/half width, case and punctuation folded away: the skeleton of a name or number."""
    return _NOT_WORD.sub("", normalise(text).upper())


def is_han(char: str) -> bool:
    """Whether a character is a CJK unified ideograph (or 〇, which numerals use)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or char == "〇"
