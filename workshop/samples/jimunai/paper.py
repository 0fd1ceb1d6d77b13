"""A printed sheet: a PyMuPDF page in millimetres that records every line, stamp and signature it prints."""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import dataclass, field

import numpy as np
import pymupdf
from PIL import Image

MM = 72 / 25.4
FONT = "china-s"
LATIN = "helv"
_MEASURE = pymupdf.Font(FONT)
_MEASURE_LATIN = pymupdf.Font(LATIN)
BLACK = (0.08, 0.08, 0.08)
RED = (0.86, 0.1, 0.12)
BLUE = (0.1, 0.15, 0.45)

A4 = (210.0, 297.0)
A4_LAND = (297.0, 210.0)
A3_LAND = (420.0, 297.0)
INVOICE = (241.0, 140.0)


def runs(text: str) -> list[tuple[bool, str]]:
    """Split a line into (latin, run) pieces: figures and Latin letters print in Helvetica, the rest in CJK."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        latin = (ord(ch) < 0x100 and ch != " ") or (ch == " " and bool(out) and out[-1][0])
        if out and out[-1][0] == latin:
            out[-1] = (latin, out[-1][1] + ch)
        else:
            out.append((latin, ch))
    return out


def width_mm(text: str, size: float) -> float:
    total = 0.0
    for latin, run in runs(text):
        font = _MEASURE_LATIN if latin else _MEASURE
        total += font.text_length(run, fontsize=size)
    return total / MM


@dataclass
class Paper:
    """One side of one sheet as the office printed it (before any scanner)."""

    w: float
    h: float
    doc: str
    label: str
    lines: list[str] = field(default_factory=list)
    seals: list[str] = field(default_factory=list)
    signatures: int = 0
    blank: bool = False

    def __post_init__(self) -> None:
        self._pdf = pymupdf.open()
        self.page = self._pdf.new_page(width=self.w * MM, height=self.h * MM)

    # ---- text ----
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        align: str = "left",
        color: tuple[float, float, float] = BLACK,
        record: bool = True,
    ) -> float:
        """Print one line with its baseline at y (mm); returns its width in mm."""
        wid = width_mm(s, size)
        if align == "center":
            x -= wid / 2
        elif align == "right":
            x -= wid
        cursor = x * MM
        for latin, run in runs(s):
            font = LATIN if latin else FONT
            self.page.insert_text((cursor, y * MM), run, fontname=font, fontsize=size, color=color)
            cursor += (_MEASURE_LATIN if latin else _MEASURE).text_length(run, fontsize=size)
        if record and s.strip():
            self.lines.append(s)
        return wid

    def para(
        self, x: float, y: float, width: float, s: str, size: float = 10.5, leading: float = 1.75
    ) -> float:
        """A wrapped paragraph (first line indented two characters); returns the y after it."""
        step = size * leading / MM
        line = "　　"
        for ch in s:
            if width_mm(line + ch, size) > width:
                self.text(x, y, line, size)
                y += step
                line = ""
            line += ch
        if line.strip():
            self.text(x, y, line, size)
            y += step
        return y

    def rule(self, x0: float, y0: float, x1: float, y1: float, wid: float = 0.5, color=BLACK) -> None:
        self.page.draw_line((x0 * MM, y0 * MM), (x1 * MM, y1 * MM), color=color, width=wid)

    def table(
        self,
        x: float,
        y: float,
        cols: list[float],
        rows: list[list[str]],
        row_h: float = 8.0,
        size: float = 9.5,
        aligns: list[str] | None = None,
    ) -> float:
        """A ruled table; every cell is one recorded line. Returns the y below it."""
        total = sum(cols)
        for r, row in enumerate(rows):
            top = y + r * row_h
            self.rule(x, top, x + total, top)
            cx = x
            for c, cell in enumerate(row):
                align = (aligns or ["left"] * len(cols))[c]
                if cell:
                    if align == "right":
                        self.text(cx + cols[c] - 1.8, top + row_h * 0.68, cell, size, "right")
                    elif align == "center":
                        self.text(cx + cols[c] / 2, top + row_h * 0.68, cell, size, "center")
                    else:
                        self.text(cx + 1.8, top + row_h * 0.68, cell, size)
                cx += cols[c]
        bottom = y + len(rows) * row_h
        self.rule(x, bottom, x + total, bottom)
        cx = x
        for wcol in [*cols, 0]:
            self.rule(cx, y, cx, bottom)
            cx += wcol
        return bottom

    def box(self, x: float, y: float, ticked: bool, size: float = 10.5) -> None:
        """A tick box whose top-left is at (x, y - size)."""
        side = size * 0.85 / MM
        top = y - side
        self.page.draw_rect(pymupdf.Rect(x * MM, top * MM, (x + side) * MM, y * MM), color=BLACK, width=0.6)
        if ticked:
            pts = [
                (x + side * 0.15, top + side * 0.5),
                (x + side * 0.42, top + side * 0.85),
                (x + side * 0.95, top - side * 0.2),
            ]
            for a, b in itertools.pairwise(pts):
                self.rule(a[0], a[1], b[0], b[1], 1.1, BLUE)

    # ---- marks ----
    def seal(
        self, cx: float, cy: float, name: str, rng: random.Random, bottom: str = "", radius: float = 20.0
    ) -> None:
        """A round red seal: ring, star, the unit's name on the upper arc, an optional bottom line."""
        r = radius * MM
        c = pymupdf.Point(cx * MM, cy * MM)
        ink = (0.85 + rng.uniform(-0.05, 0.08), 0.08 + rng.uniform(0, 0.08), 0.1 + rng.uniform(0, 0.06))
        opacity = rng.uniform(0.75, 0.92)
        self.page.draw_circle(c, r, color=ink, width=2.2, stroke_opacity=opacity)
        star = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rad = r * (0.22 if k % 2 == 0 else 0.09)
            star.append(pymupdf.Point(c.x + rad * math.cos(ang), c.y + rad * math.sin(ang)))
        self.page.draw_polyline([*star, star[0]], color=ink, fill=ink, width=0.3, fill_opacity=opacity)
        n = len(name)
        span = min(250.0, 22.0 * n)
        size = min(r * 0.3, 0.78 * r * math.radians(span) / max(n, 1) * 0.95)
        tilt = rng.uniform(-20, 20)
        for i, ch in enumerate(name):
            ang = math.radians(90 + span / 2 - span * i / max(n - 1, 1) + tilt)
            px = c.x + (r - size * 1.05) * math.cos(ang)
            py = c.y - (r - size * 1.05) * math.sin(ang)
            rot = math.degrees(ang) - 90
            p = pymupdf.Point(px, py)
            m = pymupdf.Matrix(rot)
            self.page.insert_text(
                (px - size / 2, py + size * 0.35),
                ch,
                fontname=FONT,
                fontsize=size,
                color=ink,
                morph=(p, m),
                fill_opacity=opacity,
            )
        if bottom:
            bs = r * 0.2
            bw = _MEASURE.text_length(bottom, fontsize=bs)
            self.page.insert_text(
                (c.x - bw / 2, c.y + r * 0.6),
                bottom,
                fontname=FONT,
                fontsize=bs,
                color=ink,
                fill_opacity=opacity,
            )
        self.seals.append(name)

    def signature(self, x: float, y: float, rng: random.Random, width: float = 26.0) -> None:
        """A quick pen signature: a few connected strokes."""
        pts = []
        steps = rng.randint(7, 11)
        for k in range(steps):
            pts.append(
                pymupdf.Point(
                    (x + width * k / (steps - 1) + rng.uniform(-1.5, 1.5)) * MM,
                    (y + rng.uniform(-4.0, 2.0)) * MM,
                )
            )
        shape = self.page.new_shape()
        for a, b in itertools.pairwise(pts):
            mid = pymupdf.Point((a.x + b.x) / 2, min(a.y, b.y) - rng.uniform(2, 9))
            shape.draw_bezier(a, mid, mid, b)
        shape.finish(color=BLUE, width=rng.uniform(0.7, 1.1), closePath=False)
        shape.commit()
        self.signatures += 1

    def footer(self, s: str) -> None:
        self.text(self.w / 2, self.h - 12, s, 9, "center")

    # ---- output ----
    def render(self, dpi: int) -> Image.Image:
        pix = self.page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB, alpha=False)
        arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3)
        return Image.fromarray(arr.copy())

    def record(self) -> dict[str, object]:
        return {
            "doc": self.doc,
            "paper": self.label,
            "size_mm": [self.w, self.h],
            "lines": self.lines,
            "seals": self.seals,
            "signatures": self.signatures,
            "blank": self.blank,
        }
