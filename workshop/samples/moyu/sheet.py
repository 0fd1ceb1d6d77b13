"""A PyMuPDF page that records every run of text it prints, plus seals, signatures and digit grids.

The CJK face is MuPDF's Droid Sans Fallback, embedded (and subset on save) so that the text layer
holds ⊗, ￥ and full-width digits as printed. Seals and signatures are images, as on real born-digital
papers, so they never enter the text layer.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from functools import cache

import pymupdf

from .numerals import GRID_HEADS

A4 = pymupdf.paper_rect("a4")
CJK = "cjk"
RED = (0.85, 0.1, 0.12)
INK = (0.05, 0.05, 0.05)


@cache
def _cjk_buffer() -> bytes:
    return bytes(pymupdf.Font("cjk").buffer)


@cache
def _cjk_font() -> pymupdf.Font:
    return pymupdf.Font("cjk")


def text_width(text: str, size: float) -> float:
    """Width of ``text`` in points in the CJK face."""
    return float(_cjk_font().text_length(text, fontsize=size))


@dataclass
class Run:
    text: str
    bbox: tuple[float, float, float, float]


@dataclass
class Sheet:
    """One page being drawn; ``runs`` is what a perfect reader would see on it."""

    doc: pymupdf.Document
    rect: pymupdf.Rect = field(default_factory=lambda: pymupdf.Rect(A4))
    runs: list[Run] = field(default_factory=list)
    stamps: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.page = self.doc.new_page(width=self.rect.width, height=self.rect.height)
        self.page.insert_font(fontname=CJK, fontbuffer=_cjk_buffer())

    def text(
        self, x: float, y: float, text: str, size: float = 10.5, color: tuple[float, float, float] = INK
    ) -> float:
        """Print ``text`` with its baseline at ``y``; returns the x where it ends."""
        if not text:
            return x
        self.page.insert_text((x, y), text, fontname=CJK, fontsize=size, color=color)
        width = text_width(text, size)
        self.runs.append(
            Run(text, (round(x, 1), round(y - size, 1), round(x + width, 1), round(y + size * 0.25, 1)))
        )
        return x + width

    def centred(self, y: float, text: str, size: float = 16, x0: float = 0, x1: float | None = None) -> None:
        x1 = self.rect.width if x1 is None else x1
        self.text(x0 + (x1 - x0 - text_width(text, size)) / 2, y, text, size)

    def right(self, x1: float, y: float, text: str, size: float = 10.5) -> None:
        self.text(x1 - text_width(text, size), y, text, size)

    def paragraph(
        self, x: float, y: float, text: str, width: float, size: float = 10.5, lead: float = 1.75
    ) -> float:
        """Wrap ``text`` into lines of ``width`` points (CJK wraps anywhere); returns the next baseline."""
        line = ""
        for ch in text:
            if text_width(line + ch, size) > width and line:
                self.text(x, y, line, size)
                y += size * lead
                line = ch
            else:
                line += ch
        if line:
            self.text(x, y, line, size)
            y += size * lead
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, color=INK) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def box(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, color=INK) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, width=width)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        row_h: float = 22,
        size: float = 9.5,
        align: list[str] | None = None,
    ) -> float:
        """A ruled table; cells align l(eft), c(entre) or r(ight). Returns the y under it."""
        align = align or ["l"] * len(widths)
        for r, row in enumerate(rows):
            top = y + r * row_h
            cx = x
            for c, (w, cell) in enumerate(zip(widths, row, strict=True)):
                self.box(cx, top, cx + w, top + row_h)
                base = top + row_h / 2 + size * 0.38
                if cell:
                    tw = text_width(cell, size)
                    if align[c] == "c" or r == 0:
                        self.text(cx + (w - tw) / 2, base, cell, size)
                    elif align[c] == "r":
                        self.text(cx + w - tw - 4, base, cell, size)
                    else:
                        self.text(cx + 4, base, cell, size)
                cx += w
        return y + len(rows) * row_h

    def digit_grid(
        self, x: float, y: float, cells: list[str], heads: str = GRID_HEADS, cell_w: float = 15
    ) -> float:
        """Boxes headed 亿 千 百 十 万 千 百 十 元 角 分, one digit a box; returns the x where it ends."""
        for i, (head, cell) in enumerate(zip(heads, cells, strict=True)):
            x0 = x + i * cell_w
            self.box(x0, y, x0 + cell_w, y + 14, width=0.4)
            self.box(x0, y + 14, x0 + cell_w, y + 32, width=0.4)
            self.text(x0 + (cell_w - 8) / 2, y + 11, head, 8)
            if cell:
                self.text(x0 + (cell_w - text_width(cell, 11)) / 2, y + 28, cell, 11)
        return x + len(heads) * cell_w

    def image(self, rect: pymupdf.Rect, png: bytes) -> None:
        self.page.insert_image(rect, stream=png, overlay=True)

    def seal(
        self, cx: float, cy: float, name: str, rng: random.Random, caption: str = "", r: float = 42
    ) -> None:
        """A round red seal with the name on its arc, stamped at a slight angle."""
        self.image(
            pymupdf.Rect(cx - r, cy - r, cx + r, cy + r),
            seal_png(name, caption, rng.uniform(-18, 18), rng.random()),
        )
        self.stamps.append(f"seal:{name}{caption}")

    def signature(self, x: float, y: float, name: str, rng: random.Random) -> None:
        """A pen signature (an image, slanted)."""
        w = (36 * len(name) + 40) * 0.5
        self.image(pymupdf.Rect(x, y - 26, x + w, y + 10), signature_png(name, rng.uniform(-12, -4)))
        self.stamps.append(f"signature:{name}")


def seal_png(name: str, caption: str, angle: float, wear: float) -> bytes:
    """Render a seal (ring, star, name around the upper arc, caption below) as a transparent PNG."""
    size = 200
    doc = pymupdf.open()
    page = doc.new_page(width=size, height=size)
    page.insert_font(fontname=CJK, fontbuffer=_cjk_buffer())
    c = pymupdf.Point(size / 2, size / 2)
    red = (0.86, 0.08 + 0.08 * wear, 0.1)
    page.draw_circle(c, size / 2 - 6, color=red, width=5)
    star = [
        pymupdf.Point(
            c.x + (22 if i % 2 == 0 else 9) * math.sin(math.pi * i / 5),
            c.y - (22 if i % 2 == 0 else 9) * math.cos(math.pi * i / 5),
        )
        for i in range(10)
    ]
    page.draw_polyline([*star, star[0]], color=red, fill=red, width=0.5)
    n = len(name)
    span = min(270.0, 27.0 * n)
    fs = 24 if n < 12 else 20
    for i, ch in enumerate(name):
        a = math.radians(-span / 2 + span * (i + 0.5) / n)
        p = pymupdf.Point(c.x + 68 * math.sin(a), c.y - 68 * math.cos(a))
        mat = pymupdf.Matrix(math.degrees(a))
        page.insert_text(
            p + pymupdf.Point(-fs / 2, fs / 2), ch, fontname=CJK, fontsize=fs, color=red, morph=(p, mat)
        )
    if caption:
        w = text_width(caption, 15)
        page.insert_text((c.x - w / 2, c.y + 52), caption, fontname=CJK, fontsize=15, color=red)
    pix = page.get_pixmap(alpha=True, matrix=pymupdf.Matrix(2, 2).prerotate(angle))
    return bytes(pix.tobytes("png"))


def signature_png(name: str, slant: float) -> bytes:
    """A name in blue-black pen, slanted and a little larger than print."""
    doc = pymupdf.open()
    w = 36 * len(name) + 40
    page = doc.new_page(width=w, height=72)
    page.insert_font(fontname=CJK, fontbuffer=_cjk_buffer())
    p = pymupdf.Point(8, 46)
    page.insert_text(
        p, name, fontname=CJK, fontsize=32, color=(0.1, 0.12, 0.35), morph=(p, pymupdf.Matrix(slant))
    )
    return bytes(page.get_pixmap(alpha=True).tobytes("png"))
