"""One logical page drawn as vector PDF (A4, points, top-left origin), remembering the text it holds."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pymupdf
from PIL import Image

from . import ink

A4 = (595.0, 842.0)
FONT = "kmy"
"""The name the embedded CJK font (PyMuPDF's Droid Sans Fallback, proportional Latin) has on every page."""


@lru_cache(maxsize=1)
def _measure() -> pymupdf.Font:
    return pymupdf.Font("china-s")


@lru_cache(maxsize=1)
def font_buffer() -> bytes:
    return bytes(_measure().buffer)


def put(
    page: pymupdf.Page,
    x: float,
    y: float,
    s: str,
    size: float,
    color: tuple[float, float, float] = (0, 0, 0),
    render_mode: int = 0,
    morph: tuple[pymupdf.Point, pymupdf.Matrix] | None = None,
    opacity: float = 1.0,
) -> None:
    """Write ``s`` with its baseline at (x, y) in the embedded CJK font (proportional Latin)."""
    tw = pymupdf.TextWriter(page.rect, color=color)
    tw.append((x, y), s, font=_measure(), fontsize=size)
    tw.write_text(page, render_mode=render_mode, morph=morph, opacity=opacity)


def width(text: str, size: float) -> float:
    return float(_measure().text_length(text, fontsize=size))


@dataclass
class Span:
    text: str
    x: float
    y: float
    size: float


@dataclass
class Sheet:
    """A page being drawn; ``spans`` is what a scanner's OCR layer would say it holds."""

    rng: random.Random
    size: tuple[float, float] = A4
    doc: pymupdf.Document = field(init=False)
    spans: list[Span] = field(default_factory=list)
    raster_edit: Callable[[np.ndarray, float], np.ndarray] | None = None
    """Edits applied to the page's raster after scanning (a pasted patch, a cloned block)."""
    layer_swap: dict[str, str] = field(default_factory=dict)
    """Text-layer strings that differ from what the page shows: shown -> hidden."""

    def __post_init__(self) -> None:
        self.doc = pymupdf.open()
        self.doc.new_page(width=self.size[0], height=self.size[1])

    @property
    def page(self) -> pymupdf.Page:
        return self.doc[0]

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: tuple[float, float, float] = (0, 0, 0),
        align: str = "left",
        record: bool = True,
    ) -> float:
        """Write ``s`` with its baseline at ``y``; returns the x where it ends."""
        w = width(s, size)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        put(self.page, x, y, s, size, color)
        if record:
            self.spans.append(Span(s, x, y, size))
        return x + w

    def para(self, x: float, y: float, s: str, max_w: float, size: float = 10.5, lead: float = 1.75) -> float:
        """Wrap ``s`` into lines of at most ``max_w``; returns the next baseline."""
        line = ""
        for ch in s:
            if width(line + ch, size) > max_w:
                self.text(x, y, line, size)
                y += size * lead
                line = ""
            line += ch
        if line:
            self.text(x, y, line, size)
            y += size * lead
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=w)

    def rect(
        self, r: tuple[float, float, float, float], w: float = 0.6, fill: tuple[float, ...] | None = None
    ) -> None:
        self.page.draw_rect(pymupdf.Rect(*r), color=(0, 0, 0) if w else None, fill=fill, width=w)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        row_h: float = 22.0,
        size: float = 10.0,
        aligns: list[str] | None = None,
    ) -> float:
        """A ruled table; returns the y below it."""
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * row_h
            self.line(x, top, x + total, top)
            cx = x
            for c, cell in enumerate(row):
                a = (aligns or ["left"] * len(widths))[c]
                if a == "right":
                    self.text(cx + widths[c] - 5, top + row_h * 0.68, cell, size, align="right")
                elif a == "center":
                    self.text(cx + widths[c] / 2, top + row_h * 0.68, cell, size, align="center")
                elif cell:
                    self.text(cx + 5, top + row_h * 0.68, cell, size)
                cx += widths[c]
        bottom = y + len(rows) * row_h
        self.line(x, bottom, x + total, bottom)
        cx = x
        for wdt in [*widths, 0]:
            self.line(cx, y, cx, bottom)
            cx += wdt
        return bottom

    def image(self, img: Image.Image, x: float, y: float, w: float) -> tuple[float, float, float, float]:
        h = w * img.height / img.width
        r = (x, y, x + w, y + h)
        self.page.insert_image(pymupdf.Rect(*r), stream=ink.png(img), keep_proportion=False)
        return r

    def seal(
        self, name: str, cx: float, cy: float, d: float = 118, bottom: str = "", oval: bool = False
    ) -> None:
        img = ink.seal(self.rng, name, bottom, oval=oval)
        self.image(img, cx - d / 2, cy - d * img.height / img.width / 2, d)

    def sign(self, text: str, x: float, y: float, h: float = 20, ink_color: str = "blue") -> None:
        """Handwriting whose baseline sits near ``y``."""
        img = ink.handwriting(self.rng, text, ink=ink_color)
        w = h * img.width / img.height
        self.image(img, x, y - h * 0.85, w)

    def header_footer(self, number: str | None, page_no: int, pages: int, style: int) -> None:
        w, h = self.size
        if number:
            self.text(w - 50, 40, f"合同编号：{number}", 9, align="right")
            self.line(50, 46, w - 50, 46, 0.4)
        footer = (f"第 {page_no} 页 共 {pages} 页", f"第{page_no}页/共{pages}页", f"- {page_no} -")[style % 3]
        self.text(w / 2, h - 30, footer, 9, align="center")
