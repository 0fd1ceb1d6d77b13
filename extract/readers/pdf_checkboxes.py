"""Checkboxes a viewer shows on a PDF page but its text layer does not: form widgets and drawn boxes.

An acceptance form prints its options as text (合格 不合格) and marks the chosen one with a
checkbox that is no character: a live form field (a CheckBox widget, its state in the field) or,
once the form was flattened, a small square drawn beside the option with a tick drawn inside it.
Read as text alone, the row says both 合格 and 不合格. Each such box becomes a word of its own,
☑ or ☐, where it stands, so that the option row reads as the viewer shows it (☑合格 ☐不合格).

A box that is already a character of the text layer (□, ☑, Wingdings glyphs mapped to them) is
left to the text layer. No library reads drawn checkboxes: PyMuPDF gives the paths; the square
and the tick inside it are judged here.
"""

from __future__ import annotations

import pymupdf

from jianzheng.models import BBox, TextSource, Word

CHECKED = "☑"
EMPTY = "☐"

_SIDE = (5.0, 16.0)  # points: a checkbox is about the height of a line of body text
_SQUARE = 0.2  # most the sides of a box may differ, as a share of the longer one
_MAX_PATHS = 4000  # a page of vector art (a drawing, a chart) has no form to read
_OFF = {"", "off", "false", "0", "no"}


# Symbol fonts print boxes and ticks as letters: Word's ☑ is "R" in Wingdings 2, a form field's tick
# "4" in ZapfDingbats. The text layer then holds the letter (or its private-use code, U+F000 + it);
# mapped to the symbol shown, an option row reads ☑合格 □不合格 instead of R合格£不合格.
_SYMBOLS: dict[str, dict[str, str]] = {
    "wingdings2": {"R": "☑", "T": "☒", "S": "☒", "Q": "☒", "P": "✓", "O": "✗", "£": "□", "*": "□"},
    "wingdings": {"þ": "☑", "ý": "☒", "ü": "✓", "û": "✗", "¨": "□", "o": "□", "q": "□", "n": "■", "l": "●"},
    "zapfdingbats": {
        "3": "✓",
        "4": "✔",
        "8": "✗",
        "n": "■",
        "o": "□",
        "p": "□",
        "q": "□",
        "r": "□",
        "l": "●",
    },
}


def _symbol_table(font: str) -> dict[str, str] | None:
    name = "".join(c for c in font.lower() if c.isalnum())
    if "wingdings2" in name:
        return _SYMBOLS["wingdings2"]
    if "wingdings" in name:
        return _SYMBOLS["wingdings"]
    if "dingbats" in name or name.startswith("zadb"):
        return _SYMBOLS["zapfdingbats"]
    return None


def symbol_text(font: str, text: str) -> str:
    """A span's text as the symbols its font draws (Wingdings, ZapfDingbats), else unchanged."""
    table = _symbol_table(font)
    if table is None:
        return text
    return "".join(
        table.get(c) or table.get(chr(ord(c) - 0xF000), c) if ord(c) >= 0xF000 else table.get(c, c)
        for c in text
    )


def _is_box(rect: pymupdf.Rect) -> bool:
    w, h = rect.width, rect.height
    return _SIDE[0] <= w <= _SIDE[1] and _SIDE[0] <= h <= _SIDE[1] and abs(w - h) <= _SQUARE * max(w, h)


def _inside(inner: pymupdf.Rect, outer: pymupdf.Rect) -> bool:
    return pymupdf.Rect(outer.x0 - 1, outer.y0 - 1, outer.x1 + 1, outer.y1 + 1).contains(inner)


def _dark(colour: object) -> bool:
    return isinstance(colour, tuple | list) and len(colour) >= 3 and sum(colour[:3]) < 1.5


def _widget_boxes(pdf_page: pymupdf.Page) -> list[tuple[BBox, bool]]:
    kinds = (pymupdf.PDF_WIDGET_TYPE_CHECKBOX, pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON)  # type: ignore[attr-defined]
    boxes: list[tuple[BBox, bool]] = []
    for widget in pdf_page.widgets(types=kinds) or []:
        if not _is_box(widget.rect):
            continue
        value = widget.field_value
        on = value is True or (isinstance(value, str) and value.strip().lower() not in _OFF)
        r = widget.rect
        boxes.append(((r.x0, r.y0, r.x1, r.y1), on))
    return boxes


def _drawn_boxes(drawings: list[dict]) -> list[tuple[BBox, bool]]:
    """Small squares stroked on the page, ticked when a filled square or a mark stands inside."""
    squares = [
        d
        for d in drawings
        if len(d.get("items", [])) == 1 and d["items"][0][0] == "re" and _is_box(pymupdf.Rect(d["rect"]))
    ]
    boxes: list[tuple[BBox, bool]] = []
    for square in squares:
        rect = pymupdf.Rect(square["rect"])
        filled = _dark(square.get("fill"))
        marked = any(
            d is not square
            and _inside(pymupdf.Rect(d["rect"]), rect)
            and any(item[0] in ("l", "c", "qu") for item in d.get("items", []))
            for d in drawings
        )
        boxes.append(((rect.x0, rect.y0, rect.x1, rect.y1), filled or marked))
    return boxes


def checkbox_words(pdf_page: pymupdf.Page, words: list[Word]) -> list[Word]:
    """A ☑ or ☐ word for each checkbox the page shows that no character of ``words`` stands on."""
    try:
        drawings = pdf_page.get_drawings()
    except (RuntimeError, ValueError):
        drawings = []
    found = _widget_boxes(pdf_page)
    if len(drawings) <= _MAX_PATHS:
        found += _drawn_boxes(drawings)
    added: list[Word] = []
    for box, on in found:
        rect = pymupdf.Rect(box)
        if any(rect.intersects(pymupdf.Rect(w.bbox)) for w in [*words, *added]):
            continue  # a glyph already (□ in the text), or a tick drawn over a printed option
        added.append(
            Word(
                text=CHECKED if on else EMPTY,
                bbox=box,
                size=rect.height,
                source=TextSource.text,
                confidence=1.0,
            )
        )
    return added
