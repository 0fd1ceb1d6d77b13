"""Vector drawing of paper documents on PyMuPDF pages, logging every text line it writes.

The log lets a scanned copy carry an invisible OCR text layer (render mode 3) at the places
where the image shows the same words.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import pymupdf

A4 = (595.0, 842.0)
CJK = "china-s"
CJK_SANS = "china-ss"
RED = (0.84, 0.08, 0.1)
BLACK = (0, 0, 0)


LATIN = "helv"


def _latin(ch: str) -> bool:
    return ord(ch) < 0x2000


def runs(text: str) -> list[tuple[str, bool]]:
    """Split a line into runs of Latin (set in Helvetica) and CJK characters (set in the CJK font)."""
    out: list[tuple[str, bool]] = []
    for ch in text:
        lat = _latin(ch)
        if out and out[-1][1] == lat:
            out[-1] = (out[-1][0] + ch, lat)
        else:
            out.append((ch, lat))
    return out


def width(text: str, size: float, fontname: str = CJK) -> float:
    """Advance of a line: PyMuPDF's built-in CJK fonts set every character on a full em; Latin runs use Helvetica."""
    del fontname
    return sum(
        sum(pymupdf.get_text_length(ch, fontname=LATIN, fontsize=size) for ch in run)
        if lat
        else len(run) * size
        for run, lat in runs(text)
    )


@dataclass
class Line:
    """One run of text as drawn (the OCR layer of a searchable scan redraws it invisibly)."""

    page: int
    x: float
    y: float
    text: str
    size: float
    fontname: str = CJK


@dataclass
class Sheet:
    """A paper document being drawn: its PDF, the current page and a cursor."""

    doc: pymupdf.Document = field(default_factory=pymupdf.open)
    lines: list[Line] = field(default_factory=list)
    y: float = 60.0
    margin: float = 64.0
    size: tuple[float, float] = A4

    @property
    def page(self) -> pymupdf.Page:
        return self.doc[-1]

    def new_page(self, size: tuple[float, float] | None = None) -> pymupdf.Page:
        w, h = size or self.size
        self.doc.new_page(width=w, height=h)
        self.y = 64.0
        return self.page

    @property
    def right(self) -> float:
        return float(self.page.rect.width) - self.margin

    def text(
        self, x: float, y: float, text: str, size: float = 10.5, fontname: str = CJK, color=BLACK
    ) -> None:
        for run, lat in runs(text):
            fn = LATIN if lat else fontname
            self.page.insert_text((x, y), run, fontname=fn, fontsize=size, color=color)
            self.lines.append(Line(self.page.number or 0, x, y, run, size, fn))
            x += width(run, size)

    def centred(self, text: str, size: float = 16, fontname: str = CJK_SANS, gap: float = 10) -> None:
        w = width(text, size, fontname)
        self.y += size
        self.text((float(self.page.rect.width) - w) / 2, self.y, text, size, fontname)
        self.y += gap

    def para(
        self, text: str, size: float = 10.5, indent: bool = True, gap: float = 5, x0: float | None = None
    ) -> None:
        left = self.margin if x0 is None else x0
        avail = self.right - left
        first = ("\u3000\u3000" if indent else "") + text
        line = ""
        for ch in first:
            if width(line + ch, size) > avail:
                self.y += size + gap
                self.text(left, self.y, line, size)
                line = ""
            line += ch
        if line:
            self.y += size + gap
            self.text(left, self.y, line, size)
        self.y += 2

    def gap(self, dy: float) -> None:
        self.y += dy

    def table(
        self,
        rows: list[list[str]],
        widths: list[float],
        size: float = 10,
        row_h: float = 22,
        x0: float | None = None,
        bold_first: bool = False,
    ) -> list[pymupdf.Rect]:
        """A ruled table; long cell text wraps inside its cell. Returns each row's rectangle."""
        left = self.margin if x0 is None else x0
        total = sum(widths)
        scale = (self.right - left) / total
        ws = [w * scale for w in widths]
        rects = []
        for r, row in enumerate(rows):
            wrapped = [self._wrap(cell, ws[i] - 8, size) for i, cell in enumerate(row)]
            height = max(row_h, max(len(c) for c in wrapped) * (size + 4) + 8)
            x = left
            for i, cell_lines in enumerate(wrapped):
                rect = pymupdf.Rect(x, self.y, x + ws[i], self.y + height)
                self.page.draw_rect(rect, color=BLACK, width=0.6)
                ty = self.y + (height - len(cell_lines) * (size + 4)) / 2 + size
                for ln in cell_lines:
                    fn = CJK_SANS if (bold_first and (r == 0 or i == 0)) else CJK
                    self.text(x + 4, ty, ln, size, fn)
                    ty += size + 4
                x += ws[i]
            rects.append(pymupdf.Rect(left, self.y, x, self.y + height))
            self.y += height
        self.y += 6
        return rects

    @staticmethod
    def _wrap(text: str, avail: float, size: float) -> list[str]:
        out, line = [], ""
        for ch in text:
            if ch == "\n":
                out.append(line)
                line = ""
                continue
            if width(line + ch, size) > avail and line:
                out.append(line)
                line = ""
            line += ch
        out.append(line)
        return out

    def seal(
        self, cx: float, cy: float, name: str, rng: random.Random, radius: float = 40, caption: str = ""
    ) -> None:
        """A round red company seal: ring, star, the name along the upper arc, a caption under the star."""
        page = self.page
        page.draw_circle((cx, cy), radius, color=RED, width=2.4, stroke_opacity=0.85)
        page.draw_circle((cx, cy), radius - 3.5, color=RED, width=0.5, stroke_opacity=0.7)
        star = []
        for k in range(10):
            r = radius * (0.26 if k % 2 == 0 else 0.11)
            a = -math.pi / 2 + k * math.pi / 5
            star.append(pymupdf.Point(cx + r * math.cos(a), cy + r * math.sin(a)))
        page.draw_polyline([*star, star[0]], color=RED, fill=RED, width=0.2, fill_opacity=0.85)
        n = len(name)
        span = min(250.0, 20.0 * n)
        size = min(radius * 0.3, 2 * math.pi * (radius - 11) * span / 360 / max(n, 1) * 0.95)
        for k, ch in enumerate(name):
            ang = -90 - span / 2 + span * (k + 0.5) / n
            rad = math.radians(ang)
            px = cx + (radius - 8 - size * 0.8) * math.cos(rad)
            py = cy + (radius - 8 - size * 0.8) * math.sin(rad)
            rot = pymupdf.Matrix(ang + 90)
            base = pymupdf.Point(px - size / 2, py + size / 2)
            page.insert_text(
                base, ch, fontname=CJK, fontsize=size, color=RED, morph=(pymupdf.Point(px, py), rot)
            )
        if caption:
            cs = radius * 0.22
            page.insert_text(
                (cx - width(caption, cs) / 2, cy + radius * 0.55),
                caption,
                fontname=CJK,
                fontsize=cs,
                color=RED,
            )
        del rng

    def signature(self, x: float, y: float, name: str, rng: random.Random) -> None:
        """A pen signature: the name slanted in blue-black, with a flourish."""
        size = rng.uniform(13, 16)
        rot = pymupdf.Matrix(rng.uniform(-8, 4))
        self.page.insert_text(
            (x, y),
            name,
            fontname=CJK_SANS,
            fontsize=size,
            color=(0.1, 0.12, 0.35),
            morph=(pymupdf.Point(x, y), rot),
        )
        w = width(name, size)
        pts = [
            pymupdf.Point(x + w * t, y + 4 + 3 * math.sin(t * 7 + rng.random()))
            for t in (0, 0.3, 0.6, 1.0, 1.2)
        ]
        self.page.draw_polyline(pts, color=(0.1, 0.12, 0.35), width=0.8)

    def watermark(self, text: str, opacity: float = 0.22) -> None:
        page = self.page
        w, h = page.rect.width, page.rect.height
        for k in range(3):
            cx, cy = w * 0.5, h * (0.25 + 0.25 * k)
            size = 30
            tw = width(text, size)
            page.insert_text(
                (cx - tw / 2, cy),
                text,
                fontname=CJK_SANS,
                fontsize=size,
                color=(0.45, 0.45, 0.45),
                fill_opacity=opacity,
                morph=(pymupdf.Point(cx, cy), pymupdf.Matrix(-30)),
            )

    def border(self, inset: float = 22, color=(0.55, 0.35, 0.1)) -> None:
        r = self.page.rect
        self.page.draw_rect(
            pymupdf.Rect(inset, inset, r.width - inset, r.height - inset), color=color, width=3
        )
        self.page.draw_rect(
            pymupdf.Rect(inset + 6, inset + 6, r.width - inset - 6, r.height - inset - 6),
            color=color,
            width=0.8,
        )
