"""Born-digital pages drawn with PyMuPDF; every line printed is recorded (for truth and the selfcheck)."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pymupdf

A4 = (595.0, 842.0)
A5 = (420.0, 595.0)
CJK = "china-s"
RED = (0.85, 0.08, 0.1)
INK = (0.08, 0.08, 0.1)
MONEY = re.compile(r"¥?[0-9][0-9,]*\.[0-9]{2}")


def runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font, run): Latin letters, figures and ASCII signs in Helvetica, the rest in the CJK face."""
    out: list[tuple[str, str]] = []
    for ch in text:
        face = "helv" if ord(ch) < 128 else CJK
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out


def width(text: str, size: float) -> float:
    total = 0.0
    for face, run in runs(text):
        if face == CJK:
            total += len(run) * size  # the built-in CJK face is set with a default width of one em per glyph
        else:
            total += float(pymupdf.get_text_length(run, fontname="helv", fontsize=size))
    return total


@dataclass
class Sheet:
    """One paper: its size, what is printed on it (lines with boxes) and its marks (seals, signatures)."""

    size: tuple[float, float] = A4
    lines: list[dict[str, Any]] = field(default_factory=list)
    marks: list[dict[str, Any]] = field(default_factory=list)
    ops: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, size: float = 11, color: tuple[float, ...] = INK) -> float:
        """Print ``s`` with its baseline at ``y``; returns the x after it."""
        w = width(s, size)
        self.lines.append(
            {
                "text": s,
                "bbox": [round(x, 1), round(y - size * 0.88, 1), round(x + w, 1), round(y + size * 0.2, 1)],
                "size": size,
            }
        )
        self.ops.append(("text", (x, y, s, size, color)))
        return x + w

    def center(self, y: float, s: str, size: float = 11) -> None:
        self.text((self.size[0] - width(s, size)) / 2, y, s, size)

    def para(
        self, x: float, y: float, s: str, size: float = 10.5, right: float | None = None, lead: float = 1.7
    ) -> float:
        """Wrap ``s`` between x and right; returns the next baseline."""
        right = right if right is not None else self.size[0] - 62
        line = ""
        for ch in s:
            if width(line + ch, size) > right - x:
                self.text(x, y, line, size)
                y += size * lead
                line = ch
            else:
                line += ch
        if line:
            self.text(x, y, line, size)
            y += size * lead
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.ops.append(("line", (x0, y0, x1, y1, w)))

    def box(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.ops.append(("rect", (x0, y0, x1, y1, w)))

    def grid(
        self, x: float, y: float, cols: list[float], rows: list[list[str]], h: float = 22, size: float = 10
    ) -> float:
        """A ruled table; returns the y under it."""
        total = sum(cols)
        for r, row in enumerate(rows):
            top = y + r * h
            self.line(x, top, x + total, top)
            cx = x
            for c, cell in enumerate(row):
                if cell:
                    if c > 0 and MONEY.fullmatch(cell):
                        self.text(cx + cols[c] - 6 - width(cell, size), top + h / 2 + size * 0.38, cell, size)
                    else:
                        self.text(cx + 6, top + h / 2 + size * 0.38, cell, size)
                cx += cols[c]
        bottom = y + len(rows) * h
        self.line(x, bottom, x + total, bottom)
        cx = x
        for step in [*cols, 0.0]:
            self.line(cx, y, cx, bottom)
            cx += step
        return bottom

    def seal(
        self, cx: float, cy: float, owner: str, sub: str = "", rng: random.Random | None = None, r: float = 42
    ) -> None:
        turn = rng.uniform(-12, 12) if rng else 0.0
        self.marks.append(
            {"kind": "seal", "owner": owner, "sub": sub, "center": [round(cx, 1), round(cy, 1)]}
        )
        self.ops.append(("seal", (cx, cy, owner, sub, r, round(turn, 1))))

    def sign(self, x: float, y: float, who: str, rng: random.Random, w: float = 60) -> None:
        pts = []
        n = 7 + len(who) * 2
        for i in range(n):
            pts.append((x + w * i / (n - 1) + rng.uniform(-3, 3), y + rng.uniform(-7, 5)))
        self.marks.append({"kind": "signature", "who": who, "at": [round(x, 1), round(y, 1)]})
        self.ops.append(("sign", (tuple(pts),)))

    def texts(self) -> list[str]:
        return [ln["text"] for ln in self.lines]


@lru_cache(maxsize=64)
def seal_png(owner: str, sub: str, r: float, turn: float) -> bytes:
    """A round red seal (company name on the arc, a star, the seal's purpose below) as a transparent PNG."""
    doc = pymupdf.open()
    d = 2 * r + 4
    page = doc.new_page(width=d, height=d)
    c = pymupdf.Point(d / 2, d / 2)
    page.draw_circle(c, r, color=RED, width=r / 14)
    n = len(owner)
    span = min(250.0, 18.0 * n)
    fs = min(r * 0.34, 2 * math.pi * r * 0.72 * span / 360 / max(n, 1))
    for i, ch in enumerate(owner):
        ang = -span / 2 + span * (i + 0.5) / n + turn
        a = math.radians(ang)
        rr = r * 0.78
        px = c.x + rr * math.sin(a)
        py = c.y - rr * math.cos(a)
        p = pymupdf.Point(px, py)
        start = pymupdf.Point(p.x - fs / 2 * math.cos(a), p.y - fs / 2 * math.sin(a))
        page.insert_text(start, ch, fontname=CJK, fontsize=fs, color=RED, morph=(start, pymupdf.Matrix(-ang)))
    star = []
    for k in range(10):
        rad = r * (0.26 if k % 2 == 0 else 0.11)
        a = math.radians(k * 36 + turn)
        star.append(pymupdf.Point(c.x + rad * math.sin(a), c.y - rad * math.cos(a)))
    page.draw_polyline([*star, star[0]], color=RED, fill=RED, width=0.1)
    if sub:
        sfs = r * 0.2
        w = width(sub, sfs)
        page.insert_text(
            pymupdf.Point(c.x - w / 2, c.y + r * 0.58), sub, fontname=CJK, fontsize=sfs, color=RED
        )
    pix = page.get_pixmap(dpi=300, alpha=True)
    return bytes(pix.tobytes("png"))


def draw(sheet: Sheet, page: pymupdf.Page, text_layer: bool = True) -> None:
    """Draw ``sheet`` on ``page`` (the page has the sheet's size)."""
    shape = page.new_shape()
    for kind, args in sheet.ops:
        if kind == "line":
            x0, y0, x1, y1, w = args
            shape.draw_line((x0, y0), (x1, y1))
            shape.finish(color=INK, width=w)
        elif kind == "rect":
            x0, y0, x1, y1, w = args
            shape.draw_rect(pymupdf.Rect(x0, y0, x1, y1))
            shape.finish(color=INK, width=w)
        elif kind == "sign":
            (pts,) = args
            shape.draw_polyline([pymupdf.Point(*p) for p in pts])
            shape.finish(color=(0.05, 0.1, 0.35), width=1.3, closePath=False)
    shape.commit()
    for kind, args in sheet.ops:
        if kind == "text":
            x, y, s, size, color = args
            for face, run in runs(s):
                page.insert_text(
                    (x, y), run, fontname=face, fontsize=size, color=color, render_mode=0 if text_layer else 3
                )
                x += width(run, size)
    for kind, args in sheet.ops:
        if kind == "seal":
            cx, cy, owner, sub, r, turn = args
            png = seal_png(owner, sub, r, turn)
            d = 2 * r + 4
            page.insert_image(
                pymupdf.Rect(cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2), stream=png, overlay=True
            )


def born_digital(sheets: list[Sheet]) -> pymupdf.Document:
    doc = pymupdf.open()
    for sh in sheets:
        page = doc.new_page(width=sh.size[0], height=sh.size[1])
        draw(sh, page)
    return doc


def picture(sheet: Sheet, dpi: int) -> Any:
    """The sheet rendered as a PIL RGB image at ``dpi``."""
    from PIL import Image

    doc = born_digital([sheet])
    pix = doc[0].get_pixmap(dpi=dpi, alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    doc.close()
    return img
