"""A printed sheet as a raster: text runs, wrapped paragraphs, ruled tables, tick boxes.

Everything is drawn with Pillow at the sheet's resolution in millimetres from the top left. CJK runs
use the Droid Sans Fallback face that PyMuPDF carries (no CJK font needs to be on disk); Latin and
digits use PyMuPDF's Helvetica or Times, as office documents mix a 宋体/黑体 with a Latin face.
"""

from __future__ import annotations

import io
from functools import lru_cache

import pymupdf
from PIL import Image, ImageDraw, ImageFont

MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH
A4 = (210.0, 297.0)

Ink = tuple[int, int, int]
BLACK: Ink = (20, 20, 22)


@lru_cache(maxsize=8)
def _face_bytes(name: str) -> bytes:
    return pymupdf.Font(name).buffer


@lru_cache(maxsize=256)
def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    """A Pillow font from PyMuPDF's bundled faces: ``cjk``, ``helv``, ``hebo``, ``tiro``, ``tibo``, ``cour``."""
    return ImageFont.truetype(io.BytesIO(_face_bytes(name)), max(px, 4))


def is_latin(char: str) -> bool:
    return ord(char) < 0x2000


def runs(text: str) -> list[tuple[bool, str]]:
    """Split text into (latin?, run) pieces."""
    out: list[tuple[bool, str]] = []
    for char in text:
        latin = is_latin(char)
        if out and out[-1][0] == latin:
            out[-1] = (latin, out[-1][1] + char)
        else:
            out.append((latin, char))
    return out


class Sheet:
    """One side of paper at ``dpi``, white, drawn in millimetres."""

    def __init__(self, dpi: int, size_mm: tuple[float, float] = A4, latin: str = "helv") -> None:
        self.dpi = dpi
        self.size_mm = size_mm
        self.latin = latin
        self.image = Image.new("RGB", (self.px(size_mm[0]), self.px(size_mm[1])), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)

    def px(self, mm: float) -> int:
        return round(mm * self.dpi / MM_PER_INCH)

    def size_px(self, pt: float) -> int:
        return round(pt / 72 * self.dpi)

    def _fonts(self, pt: float, bold: bool) -> tuple[ImageFont.FreeTypeFont, ImageFont.FreeTypeFont]:
        latin = self.latin
        if bold:
            latin = {"helv": "hebo", "tiro": "tibo"}.get(latin, latin)
        return font("cjk", self.size_px(pt)), font(latin, self.size_px(pt * 0.98))

    def width(self, text: str, pt: float, bold: bool = False) -> float:
        """Width in millimetres."""
        cjk, lat = self._fonts(pt, bold)
        px = sum((lat if latin else cjk).getlength(run) for latin, run in runs(text))
        return px * MM_PER_INCH / self.dpi

    def text(
        self,
        x: float,
        y: float,
        text: str,
        pt: float = 10.5,
        bold: bool = False,
        ink: Ink = BLACK,
        align: str = "l",
        spacing: float = 0.0,
    ) -> float:
        """Draw ``text`` with its baseline at ``y`` mm; returns the x where it ends (mm).

        ``spacing`` adds that many mm after each character (titles set as 验 收 报 告).
        """
        total = self.width(text, pt, bold) + spacing * max(len(text) - 1, 0)
        if align == "c":
            x -= total / 2
        elif align == "r":
            x -= total
        cjk, lat = self._fonts(pt, bold)
        stroke = max(1, self.dpi // 250) if bold else 0
        cursor = self.px(x) * 1.0
        base = self.px(y)
        for latin, run in runs(text):
            face = lat if latin else cjk
            pieces = list(run) if spacing else [run]
            for piece in pieces:
                self.draw.text((cursor, base), piece, font=face, fill=ink, anchor="ls", stroke_width=stroke)
                cursor += face.getlength(piece) + (self.px(spacing) if spacing else 0)
        return cursor * MM_PER_INCH / self.dpi

    def tokens(self, text: str) -> list[str]:
        """Break points: every CJK character alone, Latin words and numbers whole."""
        out: list[str] = []
        for latin, run in runs(text):
            if latin:
                word = ""
                for char in run:
                    word += char
                    if char == " ":
                        out.append(word)
                        word = ""
                if word:
                    out.append(word)
            else:
                for char in run:
                    # a date or amount never breaks between its digits and 年/月/日/元/万
                    if out and char in "年月日号元万" and out[-1][-1:].isdigit():
                        out[-1] += char
                    else:
                        out.append(char)
        return out

    def wrap(self, text: str, width: float, pt: float, first_indent: float = 0.0) -> list[str]:
        lines: list[str] = []
        line = ""
        limit = width - first_indent
        for token in self.tokens(text):
            if line and self.width(line + token, pt) > limit:
                if token in "，。；：、）》”":  # 避头点: punctuation never opens a line
                    line += token
                    continue
                lines.append(line)
                line = token.lstrip()
                limit = width
            else:
                line += token
        if line:
            lines.append(line)
        return lines

    def para(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        pt: float = 10.5,
        leading: float = 1.7,
        indent: bool = True,
        ink: Ink = BLACK,
        bold: bool = False,
    ) -> float:
        """A wrapped paragraph whose first baseline is at ``y``; returns the next baseline."""
        step = pt / PT_PER_MM * leading
        first = 2 * pt / PT_PER_MM if indent else 0.0
        for number, line in enumerate(self.wrap(text, width, pt, first)):
            self.text(x + (first if number == 0 else 0), y, line, pt, bold=bold, ink=ink)
            y += step
        return y

    def line(
        self, x0: float, y0: float, x1: float, y1: float, width_mm: float = 0.25, ink: Ink = BLACK
    ) -> None:
        self.draw.line(
            [(self.px(x0), self.px(y0)), (self.px(x1), self.px(y1))],
            fill=ink,
            width=max(1, self.px(width_mm)),
        )

    def box(
        self, x0: float, y0: float, x1: float, y1: float, width_mm: float = 0.25, ink: Ink = BLACK
    ) -> None:
        self.draw.rectangle(
            [self.px(x0), self.px(y0), self.px(x1), self.px(y1)], outline=ink, width=max(1, self.px(width_mm))
        )

    def tick_box(self, x: float, y: float, ticked: bool, size: float = 3.2, ink: Ink = BLACK) -> None:
        """A □ whose bottom sits on baseline ``y``; ticked draws a √ through it."""
        self.box(x, y - size, x + size, y, 0.2, ink)
        if ticked:
            pts = [(x + 0.5, y - size * 0.5), (x + size * 0.42, y - 0.4), (x + size + 0.8, y - size - 1.0)]
            self.draw.line([(self.px(a), self.px(b)) for a, b in pts], fill=ink, width=max(1, self.px(0.35)))

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str | None]],
        pt: float = 10.0,
        row_h: float = 8.0,
        align: list[str] | None = None,
        bold_rows: tuple[int, ...] = (),
    ) -> float:
        """A ruled table; a cell of None extends the cell on its left (a column span).

        Text wraps inside its cell and the row grows; returns the y of the bottom rule.
        """
        align = align or ["l"] * len(widths)
        lead = pt / PT_PER_MM * 1.45
        top = y
        for number, row in enumerate(rows):
            cells: list[tuple[int, int, str]] = []  # first column, span, text
            for col, cell in enumerate(row):
                if cell is None and cells:
                    first, span, text = cells[-1]
                    cells[-1] = (first, span + 1, text)
                else:
                    cells.append((col, 1, cell or ""))
            wrapped = []
            height = row_h
            for first, span, text in cells:
                w = sum(widths[first : first + span]) - 2.4
                lines = self.wrap(text, w, pt) if text else []
                wrapped.append(lines)
                height = max(height, len(lines) * lead + 3.0)
            left = x
            for (first, span, _), lines in zip(cells, wrapped, strict=True):
                w = sum(widths[first : first + span])
                base = top + (height - len(lines) * lead) / 2 + lead * 0.78
                for line in lines:
                    a = align[first] if span == 1 else ("c" if len(lines) == 1 and number == 0 else "l")
                    if a == "c":
                        self.text(left + w / 2, base, line, pt, bold=number in bold_rows, align="c")
                    elif a == "r":
                        self.text(left + w - 1.4, base, line, pt, bold=number in bold_rows, align="r")
                    else:
                        self.text(left + 1.2, base, line, pt, bold=number in bold_rows)
                    base += lead
                self.line(left, top, left, top + height, 0.2)
                left += w
            self.line(left, top, left, top + height, 0.2)
            self.line(x, top, left, top, 0.2)
            top += height
        self.line(x, top, x + sum(widths), top, 0.2)
        return top

    def paste(self, ink: Image.Image, x: float, y: float, centre: bool = True) -> None:
        """Multiply an RGBA ink image (seal, signature) onto the sheet at (x, y) mm."""
        from .ink import multiply

        left = self.px(x) - (ink.width // 2 if centre else 0)
        top = self.px(y) - (ink.height // 2 if centre else 0)
        multiply(self.image, ink, left, top)
