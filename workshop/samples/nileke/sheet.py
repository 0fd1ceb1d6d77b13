"""A page being drawn: PyMuPDF vector text in Droid Sans Fallback, ruled tables, and ink images; every run is recorded."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pymupdf
from PIL import Image

from . import ink

A4 = (595.28, 841.89)
MM = 72 / 25.4
BLACK = (0, 0, 0)
NO_LINE_START = "，。；：、）》”！？,.;:)%"


@lru_cache(maxsize=1)
def _font() -> pymupdf.Font:
    return pymupdf.Font("china-s")


@lru_cache(maxsize=8192)
def _advance(ch: str) -> float:
    return float(_font().glyph_advance(ord(ch)))


def text_width(text: str, size: float) -> float:
    return sum(_advance(ch) for ch in text) * size


def _tokens(text: str) -> list[str]:
    """Characters, with runs of Latin letters, digits and money punctuation kept whole."""
    out: list[str] = []
    word = ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".,¥-/%:()"):
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        out.append(ch)
    if word:
        out.append(word)
    return out


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (the first line indented by ``indent`` points)."""
    lines: list[str] = []
    line = ""
    avail = width - indent
    for token in _tokens(text):
        if line and text_width(line + token, size) > avail and token[0] not in NO_LINE_START:
            lines.append(line)
            line = token.lstrip(" ")
            avail = width
        else:
            line += token
    if line:
        lines.append(line)
    return lines


def balanced(text: str, width: float, size: float) -> list[str]:
    """Title lines of about equal length (no lone last character), as typesetters break a long title."""
    lines = wrap(text, width, size)
    if len(lines) < 2:
        return lines
    count = len(lines)
    per = -(-len(text) // count)
    out = [text[k : k + per] for k in range(0, len(text), per)]
    if any(text_width(line, size) > width for line in out):
        return lines
    return out


@dataclass
class Sheet:
    """One page: a one-page PyMuPDF document plus the record of what was printed, written and stamped on it."""

    rng: random.Random
    size: tuple[float, float] = A4
    runs: list[dict[str, Any]] = field(default_factory=list)
    marks: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=self.size[0], height=self.size[1])

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    # ------------------------------------------------------------ text

    def _write(
        self,
        x: float,
        baseline: float,
        text: str,
        size: float,
        bold: bool,
        colour: tuple[float, float, float],
    ) -> None:
        writer = pymupdf.TextWriter(self.page.rect)
        writer.append((x, baseline), text, font=_font(), fontsize=size)
        writer.write_text(self.page, color=colour, render_mode=2 if bold else 0)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10.5,
        bold: bool = False,
        colour: tuple[float, float, float] = BLACK,
        kind: str = "print",
    ) -> float:
        """Print ``text`` with its top at ``y``; returns its width."""
        if not text:
            return 0.0
        self._write(x, y + size * 0.88, text, size, bold, colour)
        w = text_width(text, size)
        self.runs.append(
            {
                "text": text,
                "bbox": [round(x, 1), round(y, 1), round(x + w, 1), round(y + size * 1.1, 1)],
                "kind": kind,
            }
        )
        return w

    def center(
        self,
        y: float,
        text: str,
        size: float = 10.5,
        bold: bool = False,
        x0: float | None = None,
        x1: float | None = None,
        colour: tuple[float, float, float] = BLACK,
    ) -> None:
        left = 0.0 if x0 is None else x0
        right = self.width if x1 is None else x1
        self.text(left + (right - left - text_width(text, size)) / 2, y, text, size, bold, colour)

    def right(self, x1: float, y: float, text: str, size: float = 10.5, bold: bool = False) -> None:
        self.text(x1 - text_width(text, size), y, text, size, bold)

    def spaced(self, y: float, text: str, size: float, gap: float, bold: bool = True) -> None:
        """A title with its characters spread apart (合 同 书), recorded as one run."""
        total = sum(text_width(ch, size) for ch in text) + gap * (len(text) - 1)
        x = (self.width - total) / 2
        start = x
        for ch in text:
            self._write(x, y + size * 0.88, ch, size, bold, BLACK)
            x += text_width(ch, size) + gap
        self.runs.append(
            {
                "text": text,
                "bbox": [round(start, 1), round(y, 1), round(x, 1), round(y + size * 1.1, 1)],
                "kind": "print",
            }
        )

    def para(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 10.5,
        leading: float = 1.75,
        indent: int = 2,
    ) -> float:
        """A wrapped paragraph, first line indented by ``indent`` characters; returns the y below it."""
        first = indent * size
        for k, line in enumerate(wrap(text, width, size, first)):
            self.text(x + (first if k == 0 else 0), y, line, size)
            y += size * leading
        return y

    # ------------------------------------------------------------ lines and tables

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        width: float = 0.7,
        colour: tuple[float, float, float] = BLACK,
    ) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=colour, width=width)

    def rect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        width: float = 0.7,
        colour: tuple[float, float, float] = BLACK,
        fill: tuple[float, float, float] | None = None,
    ) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=colour, width=width, fill=fill)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 10.0,
        row_h: float = 22.0,
        align: str | list[str] = "l",
        bold_rows: tuple[int, ...] = (0,),
        spans: dict[tuple[int, int], int] | None = None,
    ) -> float:
        """A ruled table; long cells wrap and grow their row. ``spans`` maps (row, col) to a column span.
        Returns the y below the table."""
        spans = spans or {}
        aligns = (
            list(align)
            if isinstance(align, str) and len(align) == len(widths)
            else (align if isinstance(align, list) else [align] * len(widths))
        )
        top = y
        for r, row in enumerate(rows):
            cells: list[tuple[float, float, str, str]] = []
            col = 0
            cx = x
            for text in row:
                if col >= len(widths):
                    break
                span = spans.get((r, col), 1)
                w = sum(widths[col : col + span])
                cells.append((cx, w, text, aligns[col]))
                cx += w
                col += span
            heights = [max(row_h, len(wrap(t, w - 8, size)) * size * 1.45 + 9) for (_, w, t, _) in cells]
            h = max(heights) if heights else row_h
            for cx0, w, text, al in cells:
                self.rect(cx0, y, cx0 + w, y + h, width=0.6)
                lines = wrap(text, w - 8, size)
                ty = y + (h - len(lines) * size * 1.45) / 2 + size * 0.2
                for line in lines:
                    lw = text_width(line, size)
                    tx = cx0 + 4 if al == "l" else (cx0 + w - 4 - lw if al == "r" else cx0 + (w - lw) / 2)
                    self.text(tx, ty, line, size, bold=r in bold_rows)
                    ty += size * 1.45
            y += h
        self.line(x, top, x + sum(widths), top, 1.0)
        return y

    def box(
        self,
        x: float,
        y: float,
        size: float = 9.0,
        checked: bool = False,
        colour: tuple[int, int, int] = ink.PEN_BLUE,
    ) -> None:
        """A tick box, ticked by pen when ``checked``."""
        self.rect(x, y + 1, x + size, y + 1 + size, width=0.6)
        if checked:
            self.image(x - 1, y - 3, ink.tick(self.rng, size / MM * 1.3, colour), kind="tick")

    # ------------------------------------------------------------ ink

    def image(
        self, x: float, y: float, picture: Image.Image, kind: str = "image", scale: float = 1.0
    ) -> pymupdf.Rect:
        w = picture.width / ink.PX_PER_MM * MM * scale
        h = picture.height / ink.PX_PER_MM * MM * scale
        rect = pymupdf.Rect(x, y, x + w, y + h)
        self.page.insert_image(rect, stream=ink.png_bytes(picture))
        return rect

    def seal(self, cx: float, cy: float, picture: Image.Image, owner: str, role: str = "seal") -> None:
        w = picture.width / ink.PX_PER_MM * MM
        h = picture.height / ink.PX_PER_MM * MM
        rect = self.image(cx - w / 2, cy - h / 2, picture, kind=role)
        self.marks.append(
            {
                "kind": role,
                "owner": owner,
                "bbox": [round(v, 1) for v in (rect.x0, rect.y0, rect.x1, rect.y1)],
            }
        )

    def hand(
        self,
        x: float,
        y: float,
        text: str,
        height_mm: float = 4.6,
        colour: tuple[int, int, int] = ink.PEN_BLUE,
    ) -> float:
        """Write ``text`` by pen with its line's top near ``y``; returns its width."""
        picture = ink.handwriting(self.rng, text, height_mm, colour)
        rect = self.image(x, y - height_mm * MM * 0.45, picture)
        self.runs.append(
            {
                "text": text,
                "bbox": [round(v, 1) for v in (rect.x0, rect.y0, rect.x1, rect.y1)],
                "kind": "hand",
            }
        )
        return rect.width

    def qr(self, x: float, y: float, payload: str, side: float) -> None:
        picture = ink.qr(payload)
        rect = pymupdf.Rect(x, y, x + side, y + side)
        self.page.insert_image(rect, stream=ink.png_bytes(picture))
        self.marks.append(
            {
                "kind": "qr",
                "payload": payload,
                "bbox": [round(v, 1) for v in (rect.x0, rect.y0, rect.x1, rect.y1)],
            }
        )

    def record(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "marks": self.marks,
            "size": [round(self.size[0], 2), round(self.size[1], 2)],
        }

    def all_text(self) -> str:
        return "\n".join(run["text"] for run in self.runs)
