"""A thin drawing layer over PyMuPDF: CJK text, wrapped paragraphs, ruled tables, images.

Every template draws through :class:`Sheet`, so all documents embed the same CJK font
(Droid Sans Fallback, shipped inside PyMuPDF) and a serif Latin face for figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pymupdf

A4 = (595.0, 842.0)
BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
RED = (0.78, 0.1, 0.1)
CJK = "kcjk"
SERIF = "kserif"
SERIF_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


@lru_cache(maxsize=1)
def cjk_buffer() -> bytes:
    """The CJK font PyMuPDF ships (Droid Sans Fallback)."""
    return pymupdf.Font("china-s").buffer


@lru_cache(maxsize=4)
def measure_font(name: str) -> pymupdf.Font:
    """A font object for measuring text widths."""
    if name == SERIF and SERIF_FILE.exists():
        return pymupdf.Font(fontfile=str(SERIF_FILE))
    return pymupdf.Font(fontbuffer=cjk_buffer())


@lru_cache(maxsize=20000)
def advance(font: str, char: str) -> float:
    """Advance width of one character in em (cached: measuring is the slow part of drawing)."""
    return measure_font(font).text_length(char, fontsize=1)


@dataclass
class Cell:
    """One table cell: text, horizontal alignment (l, c, r) and how many columns it spans."""

    text: str
    align: str = "l"
    span: int = 1
    font: str = CJK
    bold: bool = False


class Sheet:
    """One page being drawn; ``y`` positions are baselines in points from the top."""

    def __init__(self, doc: pymupdf.Document, size: tuple[float, float] = A4) -> None:
        self.page = doc.new_page(width=size[0], height=size[1])
        self.width, self.height = size

    def length(self, text: str, size: float, font: str = CJK) -> float:
        """Width of ``text`` at ``size`` points."""
        return sum(advance(font, char) for char in text) * size

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10.5,
        font: str = CJK,
        color: tuple[float, float, float] = BLACK,
        bold: bool = False,
    ) -> pymupdf.Rect:
        """Draw one line with its baseline at ``y``; returns the line's box."""
        if font == SERIF and not SERIF_FILE.exists():
            font = CJK
        writer = pymupdf.TextWriter(self.page.rect)
        writer.append((x, y), text, font=measure_font(font), fontsize=size)
        writer.write_text(self.page, color=color, render_mode=2 if bold else 0)
        return pymupdf.Rect(x, y - size * 0.9, x + self.length(text, size, font), y + size * 0.25)

    def center(self, y: float, text: str, size: float = 16, bold: bool = False, spacing: float = 0) -> None:
        """A centred line, optionally letter-spaced (``spacing`` points between characters)."""
        if spacing:
            text_w = sum(self.length(c, size) for c in text) + spacing * (len(text) - 1)
            x = (self.width - text_w) / 2
            for char in text:
                self.text(x, y, char, size, bold=bold)
                x += self.length(char, size) + spacing
            return
        self.text((self.width - self.length(text, size)) / 2, y, text, size, bold=bold)

    def wrap(self, text: str, width: float, size: float, indent: int = 0) -> list[str]:
        """Break ``text`` into lines of at most ``width`` points (CJK breaks anywhere)."""
        lines: list[str] = []
        current = "\u3000" * indent
        for char in text:
            if self.length(current + char, size) > width and current.strip():
                if char in "，。、；：）》”":
                    current += char
                    continue
                lines.append(current)
                current = ""
            current += char
        if current:
            lines.append(current)
        return lines

    def para(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 10.5,
        leading: float = 1.7,
        indent: int = 2,
    ) -> float:
        """A paragraph starting at baseline ``y``; returns the baseline after it."""
        for line in self.wrap(text, width, size, indent):
            self.text(x, y, line, size)
            y += size * leading
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6) -> None:
        """A straight rule."""
        self.page.draw_line((x0, y0), (x1, y1), color=BLACK, width=width)

    def rect(
        self,
        rect: pymupdf.Rect | Sequence[float],
        width: float = 0.6,
        fill: tuple[float, float, float] | None = None,
    ) -> None:
        """A rectangle outline (and fill)."""
        self.page.draw_rect(pymupdf.Rect(rect), color=BLACK if width else None, fill=fill, width=width)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[Cell | str]],
        size: float = 9.5,
        row_h: float = 20,
        heights: Sequence[float] | None = None,
    ) -> list[list[pymupdf.Rect]]:
        """A fully ruled table with its top left at (x, y); returns each cell's box by row."""
        boxes: list[list[pymupdf.Rect]] = []
        top = y
        for r, row in enumerate(rows):
            h = heights[r] if heights else row_h
            col = 0
            left = x
            row_boxes = []
            for raw in row:
                cell = raw if isinstance(raw, Cell) else Cell(raw)
                w = sum(widths[col : col + cell.span])
                box = pymupdf.Rect(left, top, left + w, top + h)
                self.rect(box)
                self._cell_text(box, cell, size)
                row_boxes.append(box)
                left += w
                col += cell.span
            boxes.append(row_boxes)
            top += h
        return boxes

    def _cell_text(self, box: pymupdf.Rect, cell: Cell, size: float) -> None:
        lines = self.wrap(cell.text, box.width - 6, size) if cell.text else []
        total = len(lines) * size * 1.25
        y = box.y0 + (box.height - total) / 2 + size * 0.95
        for line in lines:
            width = self.length(line, size, cell.font)
            if cell.align == "c":
                lx = box.x0 + (box.width - width) / 2
            elif cell.align == "r":
                lx = box.x1 - width - 4
            else:
                lx = box.x0 + 4
            self.text(lx, y, line, size, font=cell.font, bold=cell.bold)
            y += size * 1.25

    def image(self, rect: Sequence[float], png: bytes, rotate: int = 0) -> None:
        """Place a PNG (with alpha, e.g. a seal or handwriting) over the page."""
        self.page.insert_image(pymupdf.Rect(rect), stream=png, rotate=rotate, overlay=True)


def save_pdf(doc: pymupdf.Document, path: Path, title: str = "", producer: str = "WPS 文字") -> None:
    """Write ``doc`` deterministically: fixed dates, no new file id, fonts subset."""
    stamp = "D:20260105093000+08'00'"
    doc.set_metadata(
        {"title": title, "producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp}
    )
    doc.subset_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path), garbage=3, deflate=True, no_new_id=True)
