"""Drawing on a PyMuPDF page: mixed CJK/Latin text runs, wrapped paragraphs, ruled tables, pictures.

CJK runs use PyMuPDF's built-in ``china-s`` font (Droid Sans Fallback, the only CJK face available offline);
ASCII runs use a base-14 Latin face (Times for contracts and letters, Helvetica for forms, Courier for
cipher areas), as a Word document sets 宋体 beside Times New Roman.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pymupdf as fitz

BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
BROWN = (0.55, 0.27, 0.12)
"""The ink of tax forms (发票 frames and labels)."""
RED = (0.78, 0.12, 0.14)
BLUE = (0.05, 0.15, 0.45)

CJK = "china-s"
_FONTS: dict[str, fitz.Font] = {}
LATIN_BOLD = {"tiro": "tibo", "helv": "hebo", "cour": "cobo"}


_WIDTHS: dict[tuple[str, str], float] = {}


def font(name: str) -> fitz.Font:
    if name not in _FONTS:
        _FONTS[name] = fitz.Font(name)
    return _FONTS[name]


def advance(name: str, text: str, size: float) -> float:
    """Width of ``text`` in the named font, from per-character advances cached at size 1 (MuPDF's own
    measuring re-encodes every character on every call, the generator's hottest spot)."""
    total = 0.0
    for char in text:
        key = (name, char)
        width = _WIDTHS.get(key)
        if width is None:
            width = _WIDTHS[key] = font(name).text_length(char, fontsize=1)
        total += width
    return total * size


BOXES = "☑□"
"""Tick boxes: the CJK face has no glyph for them, so they are drawn."""


def _runs(text: str) -> list[tuple[bool, str]]:
    """Split into (is_ascii, chunk) runs; each tick box is a run of its own."""
    runs: list[tuple[bool, str]] = []
    for char in text:
        ascii_char = ord(char) < 128
        if char in BOXES or (runs and runs[-1][1] in BOXES):
            runs.append((ascii_char, char))
        elif runs and runs[-1][0] == ascii_char:
            runs[-1] = (ascii_char, runs[-1][1] + char)
        else:
            runs.append((ascii_char, char))
    return runs


@dataclass
class Style:
    size: float = 10.5
    latin: str = "tiro"
    color: tuple[float, float, float] = BLACK
    bold: bool = False


class Sheet:
    """One page to draw on, with a default text style."""

    def __init__(self, page: fitz.Page, latin: str = "tiro") -> None:
        self.page = page
        self.latin = latin
        self.width = page.rect.width
        self.height = page.rect.height
        self._shape: fitz.Shape | None = None

    @property
    def shape(self) -> fitz.Shape:
        """One shape collects the page's text and lines (a shape per call costs a content-stream rewrite)."""
        if self._shape is None:
            self._shape = self.page.new_shape()
        return self._shape

    def flush(self) -> None:
        """Commit what was drawn so far (before a picture goes on top of it, and when the page is done)."""
        if self._shape is not None:
            self._shape.commit()
            self._shape = None

    # ---- text -------------------------------------------------------------------------------------------
    def measure(self, text: str, size: float, latin: str | None = None) -> float:
        latin = latin or self.latin
        total = 0.0
        for is_ascii, chunk in _runs(text):
            total += size if chunk in BOXES else advance(latin if is_ascii else CJK, chunk, size)
        return total

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10.5,
        color: Sequence[float] = BLACK,
        bold: bool = False,
        align: str = "left",
        latin: str | None = None,
        spacing: float = 0.0,
    ) -> float:
        """Write one line with its baseline at ``y``; returns the x where it ends.

        ``spacing`` adds that many points after each CJK character (titles set 名  称 wide).
        """
        latin = latin or self.latin
        width = self.measure(text, size, latin) + spacing * sum(1 for c in text if ord(c) >= 128)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        for is_ascii, chunk in _runs(text):
            if chunk in BOXES:
                side = size * 0.78
                top = y - size * 0.78
                self.shape.draw_rect(fitz.Rect(x + 0.5, top, x + 0.5 + side, top + side))
                self.shape.finish(color=color, width=0.7)
                if chunk == "☑":
                    self.shape.draw_polyline(
                        [
                            (x + side * 0.25, top + side * 0.5),
                            (x + side * 0.45, top + side * 0.8),
                            (x + side * 0.95, top + side * 0.1),
                        ]
                    )
                    self.shape.finish(color=color, width=1.1, closePath=False)
                x += size
                continue
            if is_ascii:
                name = LATIN_BOLD.get(latin, latin) if bold else latin
                self.shape.insert_text((x, y), chunk, fontsize=size, fontname=name, color=color)
                x += advance(name, chunk, size)
            else:
                for char in chunk if spacing else [chunk]:
                    if bold:
                        self.shape.insert_text(
                            (x, y),
                            char,
                            fontsize=size,
                            fontname=CJK,
                            color=color,
                            fill=color,
                            render_mode=2,
                            border_width=0.035,
                        )
                    else:
                        self.shape.insert_text((x, y), char, fontsize=size, fontname=CJK, color=color)
                    x += advance(CJK, char, size) + spacing
        return x

    def wrap(
        self, text: str, width: float, size: float, latin: str | None = None, indent: int = 0
    ) -> list[str]:
        """Greedy line breaking: CJK breaks anywhere, an ASCII word (an amount, a code) stays whole, a newline
        starts a new line, closing punctuation never starts one."""
        lines: list[str] = []
        for number, part in enumerate(text.split("\n")):
            lines += self._wrap_one(part, width, size, latin, indent if number == 0 else 0)
        return lines

    def _wrap_one(self, text: str, width: float, size: float, latin: str | None, indent: int) -> list[str]:
        tokens: list[str] = []
        for is_ascii, chunk in _runs(text):
            if is_ascii:
                parts = chunk.split(" ")
                for i, part in enumerate(parts):
                    tokens.append(part + (" " if i < len(parts) - 1 else ""))
            else:
                tokens.extend(chunk)
        lines: list[str] = []
        line = "\u3000" * indent
        for token in tokens:
            if line and self.measure(line + token, size, latin) > width:
                if token in "，。、；：）》”":
                    line += token
                    token = ""
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line += token
        if line or not lines:
            lines.append(line)
        return lines

    def para(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 10.5,
        leading: float = 1.75,
        indent: int = 2,
        color: Sequence[float] = BLACK,
        bold: bool = False,
    ) -> float:
        """A wrapped paragraph starting with its first baseline at ``y``; returns the next free baseline."""
        for part in text.split("\n"):
            for line in self.wrap(part, width, size, indent=indent):
                self.text(x, y, line, size, color, bold)
                y += size * leading
        return y

    # ---- lines and tables -------------------------------------------------------------------------------
    def line(
        self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, color: Sequence[float] = BLACK
    ) -> None:
        self.shape.draw_line((x0, y0), (x1, y1))
        self.shape.finish(color=color, width=width)

    def frame(
        self, rect: fitz.Rect | Sequence[float], width: float = 0.8, color: Sequence[float] = BLACK
    ) -> None:
        self.shape.draw_rect(fitz.Rect(rect))
        self.shape.finish(color=color, width=width)

    def cell(
        self,
        rect: fitz.Rect,
        text: str,
        size: float,
        align: str = "center",
        color: Sequence[float] = BLACK,
        bold: bool = False,
        pad: float = 2.5,
        leading: float = 1.25,
    ) -> None:
        """Text inside a box, wrapped to its width and centred vertically."""
        lines = self.wrap(text, rect.width - 2 * pad, size) if text else []
        block = len(lines) * size * leading
        y = rect.y0 + (rect.height - block) / 2 + size * 0.92
        for line in lines:
            if align == "center":
                self.text((rect.x0 + rect.x1) / 2, y, line, size, color, bold, "center")
            elif align == "right":
                self.text(rect.x1 - pad, y, line, size, color, bold, "right")
            else:
                self.text(rect.x0 + pad, y, line, size, color, bold)
            y += size * leading

    def row_height(
        self, widths: Sequence[float], row: Sequence[str], size: float, minimum: float, pad: float = 2.5
    ) -> float:
        lines = max(
            (len(self.wrap(text, w - 2 * pad, size)) if text else 1)
            for w, text in zip(widths, row, strict=True)
        )
        return max(minimum, lines * size * 1.25 + 2 * pad)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        size: float = 9,
        minimum: float = 18,
        aligns: Sequence[str] | None = None,
        header: int = 1,
        color: Sequence[float] = BLACK,
        ink: Sequence[float] = BLACK,
        spans: dict[int, int] | None = None,
        bold_rows: Sequence[int] = (),
    ) -> float:
        """A ruled table; returns its bottom. ``spans``: row index → number of leading cells merged into one."""
        aligns = aligns or ["center"] * len(widths)
        spans = spans or {}
        top = y
        for index, row in enumerate(rows):
            merged = spans.get(index, 1)
            cells_w = [sum(widths[:merged]), *widths[merged:]]
            cells_t = [row[0], *row[merged:]]
            height = self.row_height(cells_w, cells_t, size, minimum)
            xs = x
            for j, (w, text) in enumerate(zip(cells_w, cells_t, strict=True)):
                align = "center" if index < header else aligns[0 if j == 0 else j + merged - 1]
                self.cell(
                    fitz.Rect(xs, y, xs + w, y + height),
                    text,
                    size,
                    align,
                    ink,
                    index < header or index in bold_rows,
                )
                xs += w
                self.line(xs, y, xs, y + height, 0.6, color)
            self.line(x, y + height, x + sum(widths), y + height, 0.6, color)
            y += height
        self.line(x, top, x + sum(widths), top, 0.8, color)
        self.line(x, top, x, y, 0.8, color)
        return y

    # ---- pictures ---------------------------------------------------------------------------------------
    def circle(
        self, centre: tuple[float, float], radius: float, width: float = 0.6, color: Sequence[float] = BLACK
    ) -> None:
        self.shape.draw_circle(centre, radius)
        self.shape.finish(color=color, width=width)

    def picture(self, rect: fitz.Rect | Sequence[float], png: bytes) -> None:
        self.flush()
        self.page.insert_image(fitz.Rect(rect), stream=png, overlay=True)

    def picture_mm(self, cx: float, cy: float, png: bytes, width_mm: float, height_mm: float) -> None:
        """Place a picture centred on (cx, cy) at its physical size."""
        w, h = width_mm * 72 / 25.4, height_mm * 72 / 25.4
        self.picture(fitz.Rect(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), png)
