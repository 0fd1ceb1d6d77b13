"""A small drawing layer over PyMuPDF: every paper is first a text-layer PDF page."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from typing import Any

import pymupdf
from PIL import Image

FONT = pymupdf.Font("china-s")
"""Droid Sans Fallback, shipped inside PyMuPDF; embedded as a subset on save."""
FONT_NAME = "cjk"
A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)
BLACK = (0.0, 0.0, 0.0)
RED = (0.78, 0.08, 0.08)
INVOICE_BROWN = (0.55, 0.30, 0.12)

_NO_LINE_START = set("，。、；：？！）》」』”’%．,.;:)")


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


class Sheet:
    """One page; coordinates are PDF points from the top left, ``y`` is a line's top."""

    def __init__(
        self, doc: pymupdf.Document, size: tuple[float, float] = A4, rng: random.Random | None = None
    ):
        self.page = doc.new_page(width=size[0], height=size[1])
        self.page.insert_font(fontname=FONT_NAME, fontbuffer=FONT.buffer)
        self.w, self.h = size
        r = rng or random.Random(0)
        self.dx = r.uniform(-4, 4)
        self.dy = r.uniform(-4, 4)

    # -- text -------------------------------------------------------------
    @staticmethod
    def width(s: str, size: float, spacing: float = 0.0) -> float:
        return FONT.text_length(s, fontsize=size) + spacing * max(len(s) - 1, 0)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        bold: bool = False,
        color: tuple[float, float, float] = BLACK,
        align: str = "left",
        spacing: float = 0.0,
    ) -> float:
        """Draw one line; returns its right end."""
        w = self.width(s, size, spacing)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        base = y + size * 0.9
        kw: dict[str, Any] = {"fontname": FONT_NAME, "fontsize": size, "color": color}
        if bold:
            kw.update(render_mode=2, border_width=0.035, fill=color)
        if spacing:
            cx = x
            for ch in s:
                self.page.insert_text((cx + self.dx, base + self.dy), ch, **kw)
                cx += FONT.text_length(ch, fontsize=size) + spacing
        else:
            self.page.insert_text((x + self.dx, base + self.dy), s, **kw)
        return x + w

    def wrap(self, s: str, width: float, size: float, first_indent: float = 0.0) -> list[str]:
        lines: list[str] = []
        cur = ""
        avail = width - first_indent
        for ch in s:
            if self.width(cur + ch, size) > avail and cur:
                if ch in _NO_LINE_START:
                    cur += ch
                    continue
                lines.append(cur)
                cur = ch
                avail = width
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: float = 10.5,
        leading: float = 1.75,
        indent: bool = True,
        color: tuple[float, float, float] = BLACK,
    ) -> float:
        """A wrapped paragraph (first line indented two characters); returns the y below it."""
        ind = size * 2 if indent else 0.0
        for i, line in enumerate(self.wrap(s, width, size, ind)):
            self.text(x + (ind if i == 0 else 0), y, line, size, color=color)
            y += size * leading
        return y

    # -- lines and boxes -------------------------------------------------
    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color=BLACK) -> None:
        self.page.draw_line((x0 + self.dx, y0 + self.dy), (x1 + self.dx, y1 + self.dy), color=color, width=w)

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color=BLACK, fill=None
    ) -> None:
        r = pymupdf.Rect(x0 + self.dx, y0 + self.dy, x1 + self.dx, y1 + self.dy)
        self.page.draw_rect(r, color=color, fill=fill, width=w)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        size: float = 9.5,
        row_h: float = 20.0,
        aligns: str | None = None,
        bold_rows: Sequence[int] = (0,),
        color=BLACK,
        lw: float = 0.6,
    ) -> float:
        """A ruled table; cells wrap; aligns per column: l, c, r. Returns the y under it."""
        aligns = aligns or "l" * len(widths)
        xs = [x]
        for wd in widths:
            xs.append(xs[-1] + wd)
        top = y
        for ri, row in enumerate(rows):
            wrapped = [self.wrap(str(c), widths[ci] - 6, size) if c else [] for ci, c in enumerate(row)]
            n = max([len(w) for w in wrapped] + [1])
            h = max(row_h, n * size * 1.35 + 8)
            for ci, lines in enumerate(wrapped):
                ty = y + (h - len(lines) * size * 1.35) / 2 + size * 0.1
                for ln in lines:
                    a = aligns[ci]
                    if a == "c":
                        self.text((xs[ci] + xs[ci + 1]) / 2, ty, ln, size, ri in bold_rows, color, "center")
                    elif a == "r":
                        self.text(xs[ci + 1] - 4, ty, ln, size, ri in bold_rows, color, "right")
                    else:
                        self.text(xs[ci] + 4, ty, ln, size, ri in bold_rows, color)
                    ty += size * 1.35
            self.line(x, y + h, xs[-1], y + h, lw, color)
            y += h
        self.line(x, top, xs[-1], top, lw, color)
        for xv in xs:
            self.line(xv, top, xv, y, lw, color)
        return y

    def image(self, x0: float, y0: float, x1: float, y1: float, img: Image.Image) -> None:
        r = pymupdf.Rect(x0 + self.dx, y0 + self.dy, x1 + self.dx, y1 + self.dy)
        self.page.insert_image(r, stream=png(img))

    def rect_of(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """A box in page coordinates (jitter applied), for planting edits later."""
        return (x0 + self.dx, y0 + self.dy, x1 + self.dx, y1 + self.dy)
