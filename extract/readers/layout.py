"""A synthesised page geometry for documents that state text but no page layout (.docx, .xlsx).

Word and Excel files say what text there is and in which order, not where a
printer would put it (that takes a layout engine). The field parsers and the
report want words with boxes in PDF points, so the text is laid out here the
plain way a PDF text layer would show it: lines top to bottom at a fixed size,
the cells of a table row side by side on one line, a cell's text wrapped inside
its column. The boxes are then consistent with each other (label and value on
one line, a column's cells one above the other), not with any printed page.
"""

from __future__ import annotations

import io
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageOps

from jianzheng.models import BBox, TextSource, Word

from .image import on_white
from .source import RegionRenderer, SourcePage

A4 = (595.0, 842.0)
MARGIN = 56.0  # 2 cm
FONT_SIZE = 10.5  # 五号, the body size of Chinese contracts
LINE_HEIGHT = 16.0  # 1.5 lines, as Word's default spacing for Chinese documents
GAP = FONT_SIZE  # between neighbouring cells of a row


@dataclass(frozen=True)
class Cell:
    """Text (one entry per line it holds) placed between two fractions of the text width."""

    lines: tuple[str, ...]
    start: float = 0.0
    end: float = 1.0
    size: float = FONT_SIZE
    """The font size (points) the document gives this text; a title's is larger."""


@dataclass(frozen=True)
class Picture:
    """A picture in the text (a seal, a QR code, a logo): its file bytes and printed size in points."""

    blob: bytes
    width: float
    height: float


@dataclass
class Row:
    """One line of the document (a paragraph), one table row (cells side by side), or a picture."""

    cells: list[Cell] = field(default_factory=list)
    break_before: bool = False
    picture: Picture | None = None


def char_width(ch: str, size: float = FONT_SIZE) -> float:
    """Advance of one character: CJK and full-width glyphs are square, others about half as wide."""
    wide = unicodedata.east_asian_width(ch) in "WF" or "\u3400" <= ch <= "\u9fff"
    return size * (1.0 if wide else 0.55)


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Width of a line of text at ``size``."""
    return sum(char_width(ch, size) for ch in text)


def wrap(text: str, width: float, size: float = FONT_SIZE) -> list[str]:
    """Split a line into pieces no wider than ``width``; a run of letters and digits (an amount,
    a code) is never cut unless it alone is wider than the line."""
    pieces: list[str] = []
    current, used = "", 0.0
    for token in _tokens(text):
        advance = text_width(token, size)
        if current and used + advance > width:
            pieces.append(current.rstrip())
            current, used = "", 0.0
            token = token.lstrip()
            advance = text_width(token, size)
        while advance > width and len(token) > 1:  # a single token wider than the line
            cut = _fit(token, width, size)
            pieces.append(token[:cut])
            token = token[cut:]
            advance = text_width(token, size)
        current += token
        used += advance
    if current.strip():
        pieces.append(current.rstrip())
    return pieces or [""]


def _tokens(text: str) -> Iterator[str]:
    """Characters one by one, except that ASCII letters, digits and number punctuation stay together."""
    run = ""
    for ch in text:
        if (ch.isascii() and ch.isalnum()) or ch in ",.¥￥$%-/:":
            run += ch
            continue
        if run:
            yield run
            run = ""
        yield ch
    if run:
        yield run


def _fit(token: str, width: float, size: float) -> int:
    used = 0.0
    for index, ch in enumerate(token):
        used += char_width(ch, size)
        if used > width:
            return max(index, 1)
    return len(token)


def lay_out(
    rows: Iterable[Row], *, page_width: float = A4[0], page_height: float = A4[1]
) -> list[SourcePage]:
    """Pages of words: rows top to bottom, a new page at a row's explicit break or when a page is full."""
    usable = page_width - 2 * MARGIN
    bottom = page_height - MARGIN
    pages: list[list[Word]] = [[]]
    pictures: list[list[tuple[BBox, Picture]]] = [[]]
    y = MARGIN

    def new_page() -> None:
        nonlocal y
        if pages[-1] or pictures[-1]:
            pages.append([])
            pictures.append([])
        y = MARGIN

    for row in rows:
        if row.break_before:
            new_page()
        if row.picture is not None:
            scale = min(1.0, usable / row.picture.width, (bottom - MARGIN) / row.picture.height)
            width, height = row.picture.width * scale, row.picture.height * scale
            if y + height > bottom:
                new_page()
            pictures[-1].append(((MARGIN, y, MARGIN + width, y + height), row.picture))
            y += height
            continue
        placed = [_place_cell(cell, usable) for cell in row.cells]
        depth = max((len(pieces) for _, _, pieces in placed), default=0)
        step = max((_line_height(size) for _, size, pieces in placed if pieces), default=LINE_HEIGHT)
        # A row taller than a page (a long cell) goes on in pieces of a page each.
        per_page = max(int((bottom - MARGIN) // step), 1)
        for first in range(0, depth, per_page):
            chunk = min(depth - first, per_page)
            if y + chunk * step > bottom:
                new_page()
            for x0, size, pieces in placed:
                for offset, piece in enumerate(pieces[first : first + chunk]):
                    if not piece.strip():
                        continue
                    top = y + offset * step
                    bbox = (x0, top, x0 + text_width(piece, size), top + size)
                    pages[-1].append(Word(text=piece, bbox=bbox, size=size, source=TextSource.text))
            y += chunk * step
    kept = [(words, placed) for words, placed in zip(pages, pictures, strict=True) if words or placed]
    return [
        SourcePage(
            number=n,
            width=page_width,
            height=page_height,
            words=words,
            text_usable=True,
            has_images=bool(placed),
            image_regions=sorted((box for box, _ in placed), key=lambda b: -(b[2] - b[0]) * (b[3] - b[1])),
            render_region=picture_renderer(placed) if placed else None,
        )
        for n, (words, placed) in enumerate(kept, start=1)
    ]


def picture_renderer(placed: list[tuple[BBox, Picture]], max_pixels: int = 12_000_000) -> RegionRenderer:
    """render_region for laid-out pictures: the picture at its box's size and the asked DPI.

    A picture that cannot be decoded (EMF, a broken file) or is absurdly large
    renders as white paper: it holds no seal or code to find, and a page's text
    does not depend on it.
    """

    def render(dpi: float, box: BBox) -> np.ndarray:
        size = (max(int((box[2] - box[0]) * dpi / 72), 1), max(int((box[3] - box[1]) * dpi / 72), 1))
        picture = next((p for b, p in placed if b == box), None)
        blank = np.full((size[1], size[0], 3), 255, dtype=np.uint8)
        if picture is None or size[0] * size[1] > max_pixels:
            return blank
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(io.BytesIO(picture.blob)) as image:
                    if image.width * image.height > max_pixels:
                        return blank
                    upright = ImageOps.exif_transpose(image) or image
                    return np.asarray(on_white(upright).resize(size))
        except (
            OSError,
            ValueError,
            SyntaxError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ):
            return blank

    return render


def _line_height(size: float) -> float:
    return max(LINE_HEIGHT, size * LINE_HEIGHT / FONT_SIZE)


def _place_cell(cell: Cell, usable: float) -> tuple[float, float, list[str]]:
    """Where a cell's text starts (points), its size, and its lines wrapped to the cell's width."""
    x0 = MARGIN + cell.start * usable
    size = min(max(cell.size, 4.0), 72.0)
    width = max((cell.end - cell.start) * usable - GAP, size)
    # A figure is never cut in two (2,477,550. over 00 reads as two amounts, neither the cell's):
    # a cell too narrow for its widest figure is set smaller, as a word processor shrinks to fit.
    figures = [t for text in cell.lines for t in _tokens(text) if any(c.isdigit() for c in t)]
    widest = max((text_width(t, size) for t in figures), default=0.0)
    if widest > width:
        size = max(0.98 * size * width / widest, 4.0)
        width = max((cell.end - cell.start) * usable - GAP, size)
    pieces = [piece for text in cell.lines for piece in wrap(" ".join(text.split()), width, size)]
    while pieces and not pieces[-1].strip():
        pieces.pop()
    return x0, size, pieces
