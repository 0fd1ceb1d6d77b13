"""One A4 page drawn as vector PDF that remembers every line of text it printed.

CJK runs use PyMuPDF's built-in ``china-s`` face, ASCII runs Helvetica, as office software exports them.
Seals, handwritten signatures, tick boxes, QR codes and the CMA / CNAS marks of a testing lab are drawn
here too; none of them is recorded as a printed line (they are marks, not text the page states).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import numpy as np
import pymupdf

A4 = (595.0, 842.0)
CJK = "cjk"
LATIN = "helv"
_CJK_FONT = pymupdf.Font("china-s")
_CJK_BUFFER = _CJK_FONT.buffer
"""The Droid Sans Fallback face PyMuPDF ships; embedded in every page and subset when a file is saved."""
_LATIN_FONT = pymupdf.Font(LATIN)
RED = (0.82, 0.08, 0.1)
BLUE_INK = (0.1, 0.15, 0.45)
BLACK = (0, 0, 0)


def _runs(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch in text:
        face = LATIN if ord(ch) < 0x2000 and ch != "·" else CJK
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out


def width(text: str, size: float) -> float:
    total = 0.0
    for face, run in _runs(text):
        font = _LATIN_FONT if face == LATIN else _CJK_FONT
        total += font.text_length(run, size)
    return total


@dataclass
class Line:
    text: str
    bbox: tuple[float, float, float, float]


@dataclass
class Sheet:
    """A page being drawn; ``lines`` are what it printed, in order."""

    w: float = A4[0]
    h: float = A4[1]
    lines: list[Line] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=self.w, height=self.h)
        self.page.insert_font(fontname=CJK, fontbuffer=_CJK_BUFFER)

    # --- text -------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        bold: bool = False,
        color: tuple[float, float, float] = BLACK,
        record: bool = True,
    ) -> float:
        """Draw ``s`` with its baseline at ``y``; returns the x after it."""
        cx = x
        for face, run in _runs(s):
            self.page.insert_text(
                (cx, y),
                run,
                fontname=face,
                fontsize=size,
                color=color,
                render_mode=2 if bold else 0,
                border_width=0.04 if bold else 0.05,
            )
            font = _LATIN_FONT if face == LATIN else _CJK_FONT
            cx += font.text_length(run, size)
        if record and s.strip():
            self.lines.append(Line(s, (x, y - size * 0.88, cx, y + size * 0.2)))
        return cx

    def center(self, y: float, s: str, size: float = 10.5, bold: bool = False, x0: float = 0, x1: float = 0) -> None:
        x1 = x1 or self.w
        self.text(x0 + (x1 - x0 - width(s, size)) / 2, y, s, size, bold)

    def right(self, x_right: float, y: float, s: str, size: float = 10.5) -> None:
        self.text(x_right - width(s, size), y, s, size)

    def para(self, x: float, y: float, w: float, s: str, size: float = 10.5, leading: float = 1.6, indent: bool = True) -> float:
        """Wrap ``s`` into ``w`` points; returns the baseline below the last line."""
        line = "　　" if indent else ""
        for ch in s:
            if width(line + ch, size) > w:
                self.text(x, y, line, size)
                y += size * leading
                line = ""
            line += ch
        if line.strip():
            self.text(x, y, line, size)
            y += size * leading
        return y

    # --- tables -----------------------------------------------------------------------------
    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 10,
        row_h: float = 22,
        heights: list[float] | None = None,
        center_cols: set[int] | None = None,
    ) -> float:
        """A ruled grid; each cell's text on one or more wrapped lines. Returns y below the table."""
        center_cols = center_cols or set()
        top = y
        for r, row in enumerate(rows):
            h = heights[r] if heights else row_h
            cx = x
            for c, cell in enumerate(row):
                cw = widths[c]
                self.page.draw_rect(pymupdf.Rect(cx, y, cx + cw, y + h), color=BLACK, width=0.6)
                if cell:
                    chunks = self._wrap(cell, cw - 8, size)
                    ty = y + (h - len(chunks) * size * 1.35) / 2 + size * 1.05
                    for chunk in chunks:
                        tx = cx + (cw - width(chunk, size)) / 2 if c in center_cols else cx + 4
                        self.text(tx, ty, chunk, size)
                        ty += size * 1.35
                cx += cw
            y += h
        _ = top
        return y

    @staticmethod
    def _wrap(s: str, w: float, size: float) -> list[str]:
        out = [""]
        for ch in s:
            if width(out[-1] + ch, size) > w and out[-1]:
                out.append("")
            out[-1] += ch
        return out

    def hline(self, x0: float, y: float, x1: float, w: float = 0.6) -> None:
        self.page.draw_line((x0, y), (x1, y), color=BLACK, width=w)

    def box(self, x: float, y: float, size: float, checked: bool) -> None:
        """A tick box whose top-left is (x, y); a pen tick when checked."""
        self.page.draw_rect(pymupdf.Rect(x, y, x + size, y + size), color=BLACK, width=0.7)
        if checked:
            self.page.draw_polyline(
                [(x + 1.5, y + size * 0.5), (x + size * 0.42, y + size - 1.5), (x + size + 2, y - 2)],
                color=BLUE_INK,
                width=1.4,
            )

    def ticks(self, x: float, y: float, options: list[str], chosen: str, size: float = 10.5) -> str:
        """A row of tick boxes; returns the line as a reader would write it (☑ chosen, □ others)."""
        cx = x
        said = []
        for opt in options:
            self.box(cx, y - size * 0.85, size * 0.9, opt == chosen)
            cx = self.text(cx + size * 1.2, y, opt, size, record=False) + size * 1.2
            said.append(("☑" if opt == chosen else "□") + opt)
        line = " ".join(said)
        self.lines.append(Line(line, (x, y - size, cx, y + size * 0.2)))
        return line

    # --- marks ------------------------------------------------------------------------------
    def seal(self, cx: float, cy: float, name: str, rng: random.Random, r: float = 42, inner: str = "", star: bool = True) -> None:
        """A round red seal: ring, the unit's name arced over the top, a star, an optional bottom word."""
        ink = (RED[0] + rng.uniform(-0.08, 0.08), RED[1], RED[2] + rng.uniform(0, 0.08))
        opacity = rng.uniform(0.72, 0.9)
        self.page.draw_circle((cx, cy), r, color=ink, width=r * 0.06, stroke_opacity=opacity)
        n = len(name)
        span = min(250.0, 22.0 * n)
        size = min(r * 0.32, (2 * math.pi * r * 0.78 * span / 360) / max(n, 1) * 0.95)
        for i, ch in enumerate(name):
            ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            px = cx + (r * 0.72) * math.cos(ang)
            py = cy + (r * 0.72) * math.sin(ang)
            rot = math.degrees(ang) + 90
            pivot = pymupdf.Point(px, py)
            mat = pymupdf.Matrix(-rot)
            self.page.insert_text(
                (px - size / 2, py + size / 2.6),
                ch,
                fontname=CJK,
                fontsize=size,
                color=ink,
                morph=(pivot, mat),
                fill_opacity=opacity,
            )
        if star:
            pts = []
            for k in range(10):
                rr = r * (0.28 if k % 2 == 0 else 0.11)
                a = math.radians(-90 + 36 * k)
                pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
            pts.append(pts[0])
            self.page.draw_polyline(pts, color=ink, fill=ink, width=0.3, fill_opacity=opacity, stroke_opacity=opacity)
        if inner:
            isz = r * 0.22
            self.page.insert_text(
                (cx - width(inner, isz) / 2, cy + r * 0.55), inner, fontname=CJK, fontsize=isz, color=ink, fill_opacity=opacity
            )

    def signature(self, x: float, y: float, w: float, rng: random.Random, color: tuple[float, float, float] = BLUE_INK) -> None:
        """A handwritten-looking scribble on baseline y, about w wide."""
        strokes = rng.randint(2, 4)
        cx = x
        for _ in range(strokes):
            seg = w / strokes * rng.uniform(0.7, 1.1)
            ts = np.linspace(0, 1, 40)
            amp = rng.uniform(5, 10)
            freq = rng.uniform(0.8, 2.0)
            phase = rng.uniform(0, 3)
            slant = rng.uniform(0.1, 0.35)
            pts = [
                (
                    cx + t * seg + slant * amp * math.sin(freq * 2 * math.pi * t + phase),
                    y - amp * (0.5 + 0.5 * math.sin(freq * 2 * math.pi * t + phase)) - 3 * t * rng.uniform(-1, 1),
                )
                for t in ts
            ]
            self.page.draw_polyline(pts, color=color, width=rng.uniform(0.8, 1.3))
            cx += seg * rng.uniform(0.85, 1.05)

    def handwritten_date(self, x: float, y: float, s: str, rng: random.Random, size: float = 11) -> None:
        """A date written by pen: slightly rotated and jittered characters in ink, recorded as printed."""
        cx = x
        for ch in s:
            face = LATIN if ord(ch) < 0x2000 else CJK
            jitter = rng.uniform(-1.2, 1.2)
            self.page.insert_text((cx, y + jitter), ch, fontname=face, fontsize=size * rng.uniform(0.95, 1.08), color=BLUE_INK)
            cx += (_LATIN_FONT if face == LATIN else _CJK_FONT).text_length(ch, size) * rng.uniform(1.0, 1.12)
        self.lines.append(Line(s, (x, y - size, cx, y + size * 0.25)))

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        import cv2

        enc = cv2.QRCodeEncoder.create()
        img = enc.encode(payload)
        n = img.shape[0]
        cell = size / n
        for r in range(n):
            for c in range(n):
                if img[r, c] == 0:
                    self.page.draw_rect(
                        pymupdf.Rect(x + c * cell, y + r * cell, x + (c + 1) * cell, y + (r + 1) * cell),
                        color=None,
                        fill=BLACK,
                        width=0,
                    )

    def lab_marks(self, x: float, y: float, cma: str, cnas: str) -> None:
        """The CMA (资质认定) and CNAS (认可) marks a testing lab prints at the top of its reports."""
        self.page.draw_rect(pymupdf.Rect(x, y, x + 46, y + 30), color=(0.1, 0.3, 0.6), width=1.2)
        self.page.insert_text((x + 6, y + 20), "CMA", fontname="hebo", fontsize=15, color=(0.1, 0.3, 0.6))
        self.text(x - 4, y + 42, cma.replace("CMA ", ""), 7)
        self.page.draw_oval(pymupdf.Rect(x + 70, y, x + 126, y + 30), color=(0.1, 0.3, 0.6), width=1.2)
        self.page.insert_text((x + 77, y + 20), "CNAS", fontname="hebo", fontsize=13, color=(0.1, 0.3, 0.6))
        self.text(x + 72, y + 42, cnas.replace("CNAS ", ""), 7)

    def page_number(self, n: int, total: int) -> None:
        self.center(self.h - 28, f"第 {n} 页 共 {total} 页", 8)

    def pdf(self) -> pymupdf.Document:
        return self.doc
