"""Vector drawing on PyMuPDF pages: CJK text, wrapped paragraphs, ruled tables, seals, pen strokes.

Every seal drawn is remembered on the :class:`Canvas` (its box in points) so that the scanner model can print
it as halftone (the moiré of a copied red seal) and the selfcheck can tell a sealed page from an unsealed one.
"""

from __future__ import annotations

import functools
import math
import random
from dataclasses import dataclass, field

import pymupdf as fitz

FONT = "china-s"
_FONT = fitz.Font(FONT)

BLACK = (0.0, 0.0, 0.0)
INK = (0.08, 0.12, 0.38)
"""Blue-black pen."""
RED = (0.82, 0.1, 0.12)
BROWN = (0.55, 0.33, 0.2)

A4 = (595.28, 841.89)
INVOICE = (683.15, 396.85)
"""240 × 140 mm, the paper 增值税专用发票 (发票联)."""


def _runs(text: str) -> list[tuple[str, str]]:
    """Split into (font, run): ASCII in Helvetica, everything else in the CJK face."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = "helv" if " " <= ch < "\x7f" else FONT
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


@functools.cache
def _char_width(ch: str) -> float:
    if " " <= ch < "\x7f":
        return fitz.get_text_length(ch, "helv", 1.0)
    return _FONT.text_length(ch, fontsize=1.0)


def width(text: str, size: float) -> float:
    return size * sum(_char_width(ch) for ch in text)


@dataclass
class Canvas:
    page: fitz.Page
    rng: random.Random
    seals: list[tuple[float, float, float, float]] = field(default_factory=list)

    # ------------------------------------------------------------ text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: tuple[float, float, float] = BLACK,
        bold: bool = False,
    ) -> float:
        """Write ``s`` with its baseline at ``y``; returns the x after it."""
        for font, run in _runs(s):
            if bold:
                self.page.insert_text(
                    (x, y), run, fontsize=size, fontname=font, color=color, render_mode=2, border_width=0.04
                )
            else:
                self.page.insert_text((x, y), run, fontsize=size, fontname=font, color=color)
            x += width(run, size)
        return x

    def center(
        self, cx: float, y: float, s: str, size: float = 10.5, bold: bool = False, **kw: object
    ) -> None:
        self.text(cx - width(s, size) / 2, y, s, size, bold=bold)

    def right(self, rx: float, y: float, s: str, size: float = 10.5) -> None:
        self.text(rx - width(s, size), y, s, size)

    def spaced(self, cx: float, y: float, s: str, size: float, gap: float, bold: bool = True) -> None:
        """A title with letter spacing: 技 术 服 务 合 同."""
        total = sum(width(c, size) for c in s) + gap * (len(s) - 1)
        x = cx - total / 2
        for c in s:
            self.text(x, y, c, size, bold=bold)
            x += width(c, size) + gap

    def wrap(self, s: str, size: float, line_width: float, indent: int = 0) -> list[str]:
        lines: list[str] = []
        current = "\u3000" * indent
        used = width(current, size)
        for ch in s:
            w = _char_width(ch) * size
            if used + w > line_width and current.strip():
                if ch in "，。、；：）》”":
                    lines.append(current + ch)
                    current, used = "", 0.0
                    continue
                lines.append(current)
                current, used = "", 0.0
            current += ch
            used += w
        if current:
            lines.append(current)
        return lines

    def para(
        self,
        x: float,
        y: float,
        line_width: float,
        s: str,
        size: float = 10.5,
        leading: float = 1.75,
        indent: int = 2,
    ) -> float:
        """A paragraph with a first-line indent of ``indent`` characters; returns the baseline after it."""
        for line in self.wrap(s, size, line_width, indent):
            self.text(x, y, line, size)
            y += size * leading
        return y

    # ------------------------------------------------------------ lines
    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color: tuple = BLACK) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def rect(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color: tuple = BLACK) -> None:
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, width=w)

    def grid(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        heights: list[float] | float = 22.0,
        size: float = 9.5,
        align: list[str] | None = None,
        bold_first: bool = False,
        lw: float = 0.6,
        color: tuple = BLACK,
    ) -> float:
        """A ruled table; a cell text wraps inside its cell; "" cells that follow a text are merged into it
        when the text starts with "<<" (col span). Returns the y under the table."""
        hs = heights if isinstance(heights, list) else [heights] * len(rows)
        total_w = sum(widths)
        top = y
        for r, row in enumerate(rows):
            h = hs[r]
            self.line(x, y, x + total_w, y, lw, color)
            cx = x
            c = 0
            while c < len(widths):
                cell = row[c] if c < len(row) else ""
                span = 1
                if cell.startswith("<<"):
                    cell = cell[2:]
                    while c + span < len(widths) and (c + span >= len(row) or row[c + span] == ""):
                        span += 1
                w = sum(widths[c : c + span])
                self.line(cx, y, cx, y + h, lw, color)
                if cell:
                    lines = self.wrap(cell, size, w - 6)
                    lh = size * 1.35
                    ty = y + (h - lh * len(lines)) / 2 + size * 0.95
                    how = (align[c] if align and c < len(align) else "l") if not cell.startswith("¥") else "r"
                    for ln in lines:
                        if how == "c":
                            tx = cx + (w - width(ln, size)) / 2
                        elif how == "r":
                            tx = cx + w - 4 - width(ln, size)
                        else:
                            tx = cx + 3.5
                        self.text(tx, ty, ln, size, bold=bold_first and r == 0)
                        ty += lh
                cx += w
                c += span
            self.line(x + total_w, y, x + total_w, y + h, lw, color)
            y += h
        self.line(x, y, x + total_w, y, lw, color)
        del top
        return y

    # ------------------------------------------------------------ seals
    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        bottom: str = "",
        radius: float = 60.0,
        code: str = "",
    ) -> None:
        """A round red company seal: ring, star, ``name`` along the upper arc, ``bottom`` under the star."""
        rng = self.rng
        tilt = rng.uniform(-12, 12)
        ink = (rng.uniform(0.75, 0.9), rng.uniform(0.05, 0.16), rng.uniform(0.08, 0.18))
        self.page.draw_circle((cx, cy), radius, color=ink, width=radius * 0.045)
        # star
        r_out, r_in = radius * 0.26, radius * 0.105
        pts = []
        for k in range(10):
            ang = math.radians(90 + tilt + k * 36)
            rr = r_out if k % 2 == 0 else r_in
            pts.append((cx + rr * math.cos(ang), cy - rr * math.sin(ang)))
        pts.append(pts[0])
        self.page.draw_polyline(pts, color=ink, fill=ink, width=0.3)
        # name on the arc
        n = len(name)
        size = min(radius * 0.25, radius * 3.7 / max(n, 1))
        span = min(250.0, 14.5 * n + 40)
        start = 90 + tilt + span / 2
        r_text = radius * 0.68
        for i, ch in enumerate(name):
            theta = math.radians(start - (span * (i + 0.5) / n))
            px = cx + r_text * math.cos(theta)
            py = cy - r_text * math.sin(theta)
            rot = math.degrees(theta) - 90
            # insertion point: half a glyph back along the tangent
            ix, iy = px - math.sin(theta) * size / 2, py - math.cos(theta) * size / 2
            self.page.insert_text(
                (ix, iy),
                ch,
                fontsize=size,
                fontname=FONT,
                color=ink,
                morph=(fitz.Point(ix, iy), fitz.Matrix(rot)),
            )
        if bottom:
            bs = radius * 0.19
            bw = width(bottom, bs)
            self.page.insert_text(
                (cx - bw / 2, cy + radius * 0.58), bottom, fontsize=bs, fontname=FONT, color=ink
            )
        if code:
            cs = radius * 0.1
            self.page.insert_text(
                (cx - width(code, cs) / 2, cy + radius * 0.38), code, fontsize=cs, fontname="helv", color=ink
            )
        self.seals.append((cx - radius - 3, cy - radius - 3, cx + radius + 3, cy + radius + 3))

    def oval_seal(self, cx: float, cy: float, name: str, tax_id: str) -> None:
        """The oval 发票专用章 (40 × 30 mm): name on the arc, the seller's tax id across, 发票专用章 below."""
        rx, ry = 56.0, 42.0
        ink = (0.85, 0.1, 0.12)
        self.page.draw_oval(fitz.Rect(cx - rx, cy - ry, cx + rx, cy + ry), color=ink, width=2.0)
        n = len(name)
        size = min(10.5, 300 / max(n * 2.2, 1))
        span = 200.0
        for i, ch in enumerate(name):
            theta = math.radians(90 + span / 2 - span * (i + 0.5) / n)
            px = cx + rx * 0.76 * math.cos(theta)
            py = cy - ry * 0.72 * math.sin(theta)
            rot = math.degrees(theta) - 90
            ix, iy = px - math.sin(theta) * size / 2, py - math.cos(theta) * size / 2
            self.page.insert_text(
                (ix, iy),
                ch,
                fontsize=size,
                fontname=FONT,
                color=ink,
                morph=(fitz.Point(ix, iy), fitz.Matrix(rot)),
            )
        self.page.insert_text(
            (cx - fitz.get_text_length(tax_id, "helv", 8.5) / 2, cy + 6),
            tax_id,
            fontsize=8.5,
            fontname="helv",
            color=ink,
        )
        self.page.insert_text(
            (cx - width("发票专用章", 9) / 2, cy + 25), "发票专用章", fontsize=9, fontname=FONT, color=ink
        )
        self.seals.append((cx - rx - 3, cy - ry - 3, cx + rx + 3, cy + ry + 3))

    # ------------------------------------------------------------ pen
    def signature(self, x: float, y: float, w: float = 60.0) -> None:
        """A quick pen signature: a few connected loops."""
        rng = self.rng
        pts = []
        steps = rng.randint(18, 30)
        for k in range(steps):
            t = k / (steps - 1)
            pts.append(
                (
                    x + t * w + rng.uniform(-2, 2),
                    y - 4 + math.sin(t * math.pi * rng.uniform(3, 6)) * rng.uniform(3, 8),
                )
            )
        self.page.draw_polyline(pts, color=INK, width=rng.uniform(0.9, 1.3))
        self.page.draw_line(
            (x + rng.uniform(0, w * 0.3), y + 2),
            (x + w * rng.uniform(0.7, 1.0), y - rng.uniform(2, 8)),
            color=INK,
            width=0.9,
        )

    def hand(self, x: float, y: float, s: str, size: float = 12.0) -> float:
        """Handwritten characters: blue-black, each glyph tilted and jittered."""
        rng = self.rng
        for ch in s:
            rot = rng.uniform(-7, 7)
            yy = y + rng.uniform(-1.2, 1.2)
            sz = size * rng.uniform(0.92, 1.08)
            fontname = "helv" if ch.isascii() else FONT
            self.page.insert_text(
                (x, yy),
                ch,
                fontsize=sz,
                fontname=fontname,
                color=INK,
                morph=(fitz.Point(x, yy), fitz.Matrix(rot)),
            )
            x += (fitz.get_text_length(ch, "helv", sz) if ch.isascii() else width(ch, sz)) + rng.uniform(
                0.3, 1.8
            )
        return x
