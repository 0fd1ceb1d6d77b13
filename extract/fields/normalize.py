"""Text normalisation shared by the field parsers.

Printed and OCR'd Chinese documents mix full-width and half-width forms
(１２３，：（）￥), so every parser folds them first with NFKC, which maps the
full-width ASCII block onto ASCII and leaves the CJK ideographs alone.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Full-width digits, letters and punctuation folded to ASCII (NFKC); ideographs kept.

    The ideographic full stop and the Chinese comma stay as they are (they are
    not in the full-width block), so callers that care treat them explicitly.
    """
    return unicodedata.normalize("NFKC", text)


def compact(text: str) -> str:
    """The text normalised with every whitespace removed (OCR spaces out labels: 甲 方：)."""
    return _SPACES.sub("", normalize(text))


def is_han(char: str) -> bool:
    """Whether a character is a CJK unified ideograph (or 〇, which numerals use)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or char == "〇"
