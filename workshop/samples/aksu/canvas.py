"""A sheet of paper in PDF points: printed text and rules drawn as vectors, ink added later.

A ``Sheet`` holds what the printer put on the page (drawn into a PyMuPDF page) and a list
of ``Ink`` marks that people added afterwards (seals, signatures, dates, ticks, copy
stamps, highlighter). Born-digital pages keep the printed layer as real text; scanned
pages rasterise both and pass through the scanner (scan.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pymupdf

from .text import cjk_font, width

A4 = (595.0, 842.0)
A5 = (420.0, 595.0)
A4_LANDSCAPE = (842.0, 595.0)


@dataclass
class Ink:
    """A mark added by hand or by a stamp, placed in points; drawn by marks.py at raster time."""

    kind: str
    x: float
    y: float
    args: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sheet:
    """One side of paper: its size, the drawing of its print, and the ink on it."""

    size: tuple[float, float] = A4
    draw: Callable[[Painter], None] | None = None
    ink: list[Ink] = field(default_factory=list)
    blank: bool = False
    fx: list[str] = field(default_factory=list)
    """Scanner effects this sheet gets on top of its file's device (scan.py names)."""

    def add(self, kind: str, x: float, y: float, **args: Any) -> Sheet:
        """Add an ink mark; returns the sheet for chaining."""
        self.ink.append(Ink(kind, x, y, args))
        return self


class Painter:
    """Draws print onto a PyMuPDF page with the family's CJK font, in points from the top left."""

    def __init__(
        self, page: pymupdf.Page, dark: tuple[float, float, float] = (0, 0, 0), sheet: Sheet | None = None
    ) -> None:
        self.page = page
        self.sheet = sheet or Sheet()
        """The sheet being drawn: a drawing whose ink depends on where its text ended adds it here."""
        self.dark = dark
        # one TextWriter per colour and weight, written at the end: inserting the big CJK face
        # page by page costs a full glyph-width table each time
        self.writers: dict[tuple[tuple[float, float, float], int], pymupdf.TextWriter] = {}

    def flush(self) -> None:
        """Write the collected text onto the page."""
        for (color, mode), tw in self.writers.items():
            tw.write_text(self.page, color=color, render_mode=mode)
        self.writers.clear()

    @property
    def w(self) -> float:
        """Page width in points."""
        return float(self.page.rect.width)

    @property
    def h(self) -> float:
        """Page height in points."""
        return float(self.page.rect.height)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        align: str = "left",
        bold: bool = False,
        color: tuple[float, float, float] | None = None,
        spacing: float = 0.0,
    ) -> float:
        """Write one line with its baseline at ``y``; returns the right edge.

        ``spacing`` adds letter spacing (headings of Chinese forms are spread out).
        """
        if spacing:
            s = s.strip()
            total = width(s, size) + spacing * (len(s) - 1)
            x0 = x - total / 2 if align == "center" else x - total if align == "right" else x
            for ch in s:
                self.text(x0, y, ch, size, bold=bold, color=color)
                x0 += width(ch, size) + spacing
            return x0
        wd = width(s, size)
        if align == "center":
            x -= wd / 2
        elif align == "right":
            x -= wd
        # render_mode 2 (fill+stroke) thickens strokes: the face has no bold weight.
        key = (color or self.dark, 2 if bold else 0)
        if key not in self.writers:
            self.writers[key] = pymupdf.TextWriter(self.page.rect)
        self.writers[key].append((x, y), s, font=cjk_font(), fontsize=size)
        return x + wd

    def wrap(self, s: str, max_w: float, size: float) -> list[str]:
        """Break ``s`` into lines no wider than ``max_w`` (CJK breaks anywhere; keeps digit runs)."""
        lines: list[str] = []
        cur = ""
        tokens: list[str] = []
        for ch in s:
            if (
                tokens
                and (ch.isascii() and ch not in " ")
                and tokens[-1][-1:].isascii()
                and tokens[-1] != " "
            ):
                tokens[-1] += ch
            else:
                tokens.append(ch)
        for tok in tokens:
            if tok == "\n":
                lines.append(cur)
                cur = ""
                continue
            if width(cur + tok, size) > max_w and cur:
                lines.append(cur)
                cur = tok.lstrip()
            else:
                cur += tok
        if cur:
            lines.append(cur)
        return lines

    def para(
        self,
        x: float,
        y: float,
        s: str,
        max_w: float,
        size: float = 10.5,
        lead: float = 1.65,
        indent: bool = True,
    ) -> float:
        """A wrapped paragraph (first line indented two characters); returns the next baseline."""
        body = ("\u3000\u3000" if indent else "") + s
        for line in self.wrap(body, max_w, size):
            self.text(x, y, line, size)
            y += size * lead
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        """A straight rule."""
        self.page.draw_line((x0, y0), (x1, y1), color=self.dark, width=w)

    def rect(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, fill: Any = None) -> None:
        """A box."""
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=self.dark if w else None, width=w, fill=fill)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        size: float = 10.0,
        row_h: float = 22.0,
        heights: Sequence[float] | None = None,
        center_cols: Sequence[int] = (),
    ) -> float:
        """A ruled table; a cell's text wraps inside it; returns the bottom edge.

        Label and value sit in separate cells, as on the forms reviewers receive.
        """
        total = sum(widths)
        cy = y
        for r, row in enumerate(rows):
            rh = heights[r] if heights else row_h
            cx = x
            for c, cell in enumerate(row):
                cw = widths[c]
                lines = self.wrap(cell, cw - 8, size) if cell else []
                top = cy + (rh - len(lines) * size * 1.3) / 2 + size * 0.95
                for i, ln in enumerate(lines):
                    if c in center_cols:
                        self.text(cx + cw / 2, top + i * size * 1.3, ln, size, align="center")
                    else:
                        self.text(cx + 4, top + i * size * 1.3, ln, size)
                cx += cw
            cy += rh
        # rules after the text so that they stay on top, as on a printed form
        cy = y
        self.line(x, y, x + total, y)
        for r in range(len(rows)):
            cy += heights[r] if heights else row_h
            self.line(x, cy, x + total, cy)
        cx = x
        for cw in [0.0, *widths]:
            cx += cw
            self.line(cx, y, cx, cy)
        return cy


@dataclass
class Paper:
    """One document as printed: its type, sheets, and the key fields a reviewer reads on it.

    ``spots`` names the sheet (0-based) where a reviewer sees a thing ("amount", "sign",
    "date", "conclusion", "fees", "name"), so a planted finding can point at its page.
    ``boxes`` holds a region in points by name (the amount line a forger may paste over).
    """

    type: str
    sheets: list[Sheet]
    fields: dict[str, Any] = field(default_factory=dict)
    project_id: str | None = None
    spots: dict[str, int] = field(default_factory=dict)
    boxes: dict[str, tuple[int, tuple[float, float, float, float]]] = field(default_factory=dict)
    label: str = ""
    lines: list[tuple[str, int, bool]] = field(default_factory=list)
    """For a Word attachment: its paragraphs (text, size in points, bold)."""


def render_print(sheet: Sheet, doc: pymupdf.Document) -> pymupdf.Page:
    """Add a page of ``sheet.size`` to ``doc`` and draw the sheet's print on it."""
    page = doc.new_page(width=sheet.size[0], height=sheet.size[1])
    if sheet.draw is not None and not sheet.blank:
        painter = Painter(page, sheet=sheet)
        sheet.draw(painter)
        painter.flush()
    return page


def placed(draw: Callable[[Painter], None], size: tuple[float, float] = A4) -> Sheet:
    """A sheet whose drawing adds its own ink (seals placed under text whose height varies).

    The drawing runs once here to place the ink; a later render re-runs it, so the marks it
    placed the time before are taken off first (marks added by others stay).
    """
    sheet = Sheet(size, None)
    own: list[Ink] = []

    def run(p: Painter) -> None:
        for m in own:
            sheet.ink.remove(m)
        before = len(sheet.ink)
        draw(p)
        own[:] = sheet.ink[before:]

    sheet.draw = run
    doc = pymupdf.open()
    render_print(sheet, doc)
    doc.close()
    return sheet
