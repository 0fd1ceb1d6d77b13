"""Traditional characters that OCR read on a simplified-Chinese page, back to simplified.

PP-OCR's dictionary holds both scripts; on a worn or blurred glyph it now and then
returns the traditional form (乌魯木齐 for 乌鲁木齐), which then no longer matches the
declared name. Only characters outside GB 2312 (the simplified set every filing is
printed in) are converted, so a simplified character with a traditional reading of
its own (乾县 is not 干县) stays as read. OpenCC holds the conversion table; writing
it by hand would copy thousands of pairs.
"""

from __future__ import annotations

from functools import cache

import opencc


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def _simplified(char: str) -> str:
    try:
        char.encode("gb2312")
        return char
    except UnicodeEncodeError:
        converted = _converter().convert(char)
        return converted if len(converted) == 1 else char


def to_simplified(text: str) -> str:
    """``text`` with every traditional character outside GB 2312 in its simplified form."""
    if text.isascii():
        return text
    return "".join(_simplified(c) if ord(c) >= 0x3400 else c for c in text)
