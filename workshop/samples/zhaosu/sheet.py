"""A PDF page drawn with PyMuPDF that records every line it prints (for truth and the selfcheck)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import pymupdf as fitz

FONT = "china-s"
LATIN = "helv"


def runs(s: str) -> list[tuple[str, str]]:
    """``s`` cut into runs of printable ASCII (Helvetica) and the rest (the CJK font)."""
    out: list[tuple[str, str]] = []
    for ch in s:
        font = LATIN if " " <= ch <= "~" else FONT
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + ch, font)
        else:
            out.append((ch, font))
    return out


def width(s: str, size: float) -> float:
    return sum(fitz.get_text_length(r, fontname=f, fontsize=size) for r, f in runs(s))


A4 = (595.0, 842.0)
RED = (0.86, 0.1, 0.12)
BLACK = (0, 0, 0)


@dataclass
class Sheet:
    """One page of a document: the fitz page and the lines printed on it."""

    page: fitz.Page
    lines: list[str] = field(default_factory=list)
    seals: list[str] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, size: float = 10.5, color: tuple = BLACK) -> float:
        """Print ``s`` with its baseline at y; returns the x where it ends."""
        for r, font in runs(s):
            self.page.insert_text((x, y), r, fontname=font, fontsize=size, color=color)
            x += fitz.get_text_length(r, fontname=font, fontsize=size)
        self.lines.append(s)
        return x

    def centre(self, y: float, s: str, size: float = 16) -> None:
        w = width(s, size)
        self.text((self.page.rect.width - w) / 2, y, s, size)

    def right(self, x1: float, y: float, s: str, size: float = 10.5) -> None:
        w = width(s, size)
        self.text(x1 - w, y, s, size)

    def para(self, x: float, y: float, s: str, wrap: float, size: float = 10.5, lead: float = 1.6) -> float:
        """Wrap ``s`` into ``width``; returns the y under the last line."""
        line = ""
        for ch in s:
            if width(line + ch, size) > wrap:
                self.text(x, y, line, size)
                y += size * lead
                line = ""
            line += ch
        if line:
            self.text(x, y, line, size)
            y += size * lead
        return y

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 9,
        height: float = 18,
        align: list[str] | None = None,
        merged_header: list[tuple[int, int, str]] | None = None,
    ) -> float:
        """A ruled table; ``merged_header`` adds a row above with cells spanning columns (start, span, text)."""
        shape = self.page.new_shape()
        total = sum(widths)
        if merged_header:
            xs = [x + sum(widths[:i]) for i in range(len(widths) + 1)]
            shape.draw_rect(fitz.Rect(x, y, x + total, y + height))
            for start, span, s in merged_header:
                x0, x1 = xs[start], xs[start + span]
                shape.draw_line((x0, y), (x0, y + height))
                w = width(s, size)
                self.text((x0 + x1 - w) / 2, y + height * 0.68, s, size)
            y += height
        for r, row in enumerate(rows):
            cx = x
            for c, (cell, w) in enumerate(zip(row, widths, strict=True)):
                shape.draw_rect(fitz.Rect(cx, y, cx + w, y + height))
                if cell:
                    fs = size
                    while fs > 5 and width(cell, fs) > w - 4:
                        fs -= 0.5
                    tw = width(cell, fs)
                    a = (align[c] if align else "l") if r else "c"
                    tx = cx + 2 if a == "l" else cx + w - 2 - tw if a == "r" else cx + (w - tw) / 2
                    self.text(tx, y + height * 0.68, cell, fs)
                cx += w
            y += height
        shape.finish(color=BLACK, width=0.6)
        shape.commit()
        return y

    def seal(
        self, cx: float, cy: float, name: str, rng: random.Random, r: float = 42, kind: str = ""
    ) -> None:
        """A round red company seal: ring, star, the name around the top, an optional kind below."""
        shape = self.page.new_shape()
        shape.draw_circle((cx, cy), r)
        shape.finish(color=RED, width=2.2, stroke_opacity=0.85)
        star = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r * 0.26 if i % 2 == 0 else r * 0.11
            star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        shape.draw_polyline([*star, star[0]])
        shape.finish(color=RED, fill=RED, width=0.5, fill_opacity=0.85)
        shape.commit()
        chars = list(name)
        span = min(math.radians(250), math.radians(22) * len(chars))
        size = min(r * 0.3, 11.0)
        for i, ch in enumerate(chars):
            a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(chars)
            px, py = cx + (r - size * 0.95) * math.cos(a), cy + (r - size * 0.95) * math.sin(a)
            rot = math.degrees(a + math.pi / 2)
            m = fitz.Matrix(1, 1).prerotate(-rot)
            self.page.insert_text(
                (px - size / 2, py + size / 2),
                ch,
                fontname=FONT,
                fontsize=size,
                color=RED,
                morph=(fitz.Point(px, py), m),
            )
        if kind:
            w = width(kind, size * 0.8)
            self.page.insert_text(
                (cx - w / 2, cy + r * 0.55), kind, fontname=FONT, fontsize=size * 0.8, color=RED
            )
        self.seals.append(name)

    def signature(self, x: float, y: float, rng: random.Random, width: float = 50) -> None:
        """A scribbled handwritten signature (a few Bezier strokes)."""
        shape = self.page.new_shape()
        px, py = x, y
        for _ in range(rng.randint(3, 5)):
            nx, ny = px + rng.uniform(8, width / 3), y + rng.uniform(-6, 4)
            c1 = (px + rng.uniform(0, 10), py - rng.uniform(4, 12))
            c2 = (nx - rng.uniform(0, 10), ny + rng.uniform(2, 10))
            shape.draw_bezier((px, py), c1, c2, (nx, ny))
            px, py = nx, ny
        shape.finish(color=(0.1, 0.1, 0.35), width=1.1, closePath=False)
        shape.commit()


class Paper:
    """A multi-page document under construction."""

    def __init__(self, size: tuple[float, float] = A4) -> None:
        self.doc = fitz.open()
        self.size = size
        self.sheets: list[Sheet] = []

    def new(self, size: tuple[float, float] | None = None) -> Sheet:
        w, h = size or self.size
        s = Sheet(self.doc.new_page(width=w, height=h))
        self.sheets.append(s)
        return s
