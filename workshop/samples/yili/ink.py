"""Drawing on PDF pages with PyMuPDF: CJK text, tables, seals, signatures, QR codes."""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Sequence

import cv2
import numpy as np
import pymupdf

FONT = "droid"
_MEASURE = pymupdf.Font("china-s")
FONT_BUFFER = _MEASURE.buffer


def embed(page: pymupdf.Page) -> None:
    """Embed the CJK font (proportional Latin glyphs, unlike the built-in CJK font's fixed cells)."""
    page.insert_font(fontname=FONT, fontbuffer=FONT_BUFFER)


BLACK = (0.0, 0.0, 0.0)
RED = (0.86, 0.08, 0.1)
INK = (0.05, 0.1, 0.35)
A4 = (595.0, 842.0)


def width(text: str, size: float) -> float:
    return float(_MEASURE.text_length(text, fontsize=size))


class Sheet:
    """One page being drawn, with a cursor for flowing text."""

    def __init__(self, doc: pymupdf.Document, size: tuple[float, float] = A4) -> None:
        self.page = doc.new_page(width=size[0], height=size[1])
        embed(self.page)
        self.w, self.h = size
        self.y = 72.0
        self.left = 72.0
        self.right = size[0] - 72.0

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: Sequence[float] = BLACK,
        bold: bool = False,
    ) -> None:
        if bold:
            self.page.insert_text(
                (x, y),
                s,
                fontname=FONT,
                fontsize=size,
                color=color,
                fill=color,
                render_mode=2,
                border_width=0.03,
            )
        else:
            self.page.insert_text((x, y), s, fontname=FONT, fontsize=size, color=color)

    def center(
        self, y: float, s: str, size: float = 10.5, bold: bool = False, color: Sequence[float] = BLACK
    ) -> None:
        self.text((self.w - width(s, size)) / 2, y, s, size, color, bold)

    def spaced(self, y: float, s: str, size: float, gap: float, bold: bool = True) -> None:
        """A letter-spaced title (合 同 书)."""
        total = sum(width(c, size) for c in s) + gap * (len(s) - 1)
        x = (self.w - total) / 2
        for c in s:
            self.text(x, y, c, size, bold=bold)
            x += width(c, size) + gap

    def lines(self, s: str, size: float, avail: float, indent: float = 0.0) -> list[str]:
        out: list[str] = []
        cur = ""
        first = True
        for c in s:
            limit = avail - (indent if first else 0.0)
            # 避头尾: closing punctuation stays on the line it closes, a little past the margin.
            if width(cur + c, size) > limit and c not in "，。、；：）》”！？":
                out.append(cur)
                cur = c
                first = False
            else:
                cur += c
        if cur:
            out.append(cur)
        return out

    def para(
        self, s: str, size: float = 10.5, leading: float = 1.75, indent: bool = True, x: float | None = None
    ) -> None:
        x0 = self.left if x is None else x
        ind = 2 * size if indent else 0.0
        for i, ln in enumerate(self.lines(s, size, self.right - x0, ind)):
            self.text(x0 + (ind if i == 0 else 0.0), self.y, ln, size)
            self.y += size * leading

    def line(
        self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color: Sequence[float] = BLACK
    ) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color: Sequence[float] = BLACK
    ) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, width=w)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        row_h: float = 22.0,
        size: float = 10.0,
        align: Sequence[str] | None = None,
        color: Sequence[float] = BLACK,
    ) -> float:
        """Draw a ruled table; a cell's text wraps inside the cell (a row grows to fit). Returns the bottom y."""
        top = y
        xs = [x]
        for wd in widths:
            xs.append(xs[-1] + wd)
        for row in rows:
            wrapped = [
                self.lines(cell, size, wd - 8) if cell else [""]
                for cell, wd in zip(row, widths, strict=False)
            ]
            n = max(len(w) for w in wrapped)
            h = max(row_h, n * size * 1.35 + 8)
            for ci, cell_lines in enumerate(wrapped):
                block = len(cell_lines) * size * 1.35
                ty = y + (h - block) / 2 + size * 1.05
                for ln in cell_lines:
                    a = align[ci] if align else "l"
                    if a == "r":
                        tx = xs[ci + 1] - 4 - width(ln, size)
                    elif a == "c":
                        tx = (xs[ci] + xs[ci + 1] - width(ln, size)) / 2
                    else:
                        tx = xs[ci] + 4
                    self.text(tx, ty, ln, size, color)
                    ty += size * 1.35
            self.line(x, y, xs[-1], y, color=color)
            y += h
        self.line(x, y, xs[-1], y, color=color)
        for xv in xs:
            self.line(xv, top, xv, y, color=color)
        return y

    def box(self, x: float, y: float, checked: bool, label: str, size: float = 10.5) -> float:
        """A tick box and its label; returns the x after the label."""
        self.rect(x, y - size * 0.85, x + size * 0.9, y + size * 0.05, w=0.7)
        if checked:
            self.text(x + 0.5, y, "√", size * 1.05, bold=True)
        self.text(x + size * 1.2, y, label, size)
        return x + size * 1.2 + width(label, size) + size

    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        sub: str = "",
        r: float = 42.0,
        seed: int = 0,
        tilt: float = 0.0,
    ) -> None:
        png = seal_png(name, sub, round(r), seed, round(tilt))
        self.page.insert_image(pymupdf.Rect(cx - r, cy - r, cx + r, cy + r), stream=png, overlay=True)

    def signature(self, x: float, y: float, rng: random.Random, w: float = 60.0, strokes: int = 3) -> None:
        """A quick handwritten-looking scrawl in blue-black ink, baseline y."""
        shape = self.page.new_shape()
        cx = x
        for _ in range(strokes):
            seg = w / strokes
            n = 22
            amp = rng.uniform(5, 10)
            fr = rng.uniform(1.5, 3.2)
            ph = rng.uniform(0, 6.3)
            pts = []
            for i in range(n):
                t = i / (n - 1)
                px = cx + t * seg * 1.1 + math.sin(t * 9 + ph) * 2.5
                py = y - amp * (0.5 + 0.5 * math.sin(t * fr * 6.28 + ph)) + rng.uniform(-0.6, 0.6)
                pts.append(pymupdf.Point(px, py))
            shape.draw_polyline(pts)
            cx += seg
        shape.draw_bezier((x - 2, y + 2), (x + w * 0.3, y + 6), (x + w * 0.7, y - 4), (x + w + 4, y))
        shape.finish(color=INK, width=1.1, closePath=False, lineCap=1, lineJoin=1)
        shape.commit()

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        self.page.insert_image(pymupdf.Rect(x, y, x + size, y + size), stream=qr_png(payload))


@functools.lru_cache(maxsize=64)
def qr_png(payload: str) -> bytes:
    matrix = cv2.QRCodeEncoder.create().encode(payload)
    big = cv2.resize(matrix, (matrix.shape[1] * 8, matrix.shape[0] * 8), interpolation=cv2.INTER_NEAREST)
    ok, buf = cv2.imencode(".png", big)
    assert ok
    return bytes(buf.tobytes())


@functools.lru_cache(maxsize=64)
def seal_png(name: str, sub: str, r: int, seed: int, tilt: int) -> bytes:
    """A red round seal: the organisation's name on the ring, a five-point star, the seal's use below."""
    doc = pymupdf.open()
    page = doc.new_page(width=2 * r, height=2 * r)
    embed(page)
    c = pymupdf.Point(r, r)
    red = (0.85, 0.05, 0.08)
    page.draw_circle(c, r * 0.95, color=red, width=r * 0.06)
    star = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = r * 0.24 if k % 2 == 0 else r * 0.095
        star.append(pymupdf.Point(c.x + rad * math.cos(ang), c.y + rad * math.sin(ang)))
    page.draw_polyline([*star, star[0]], color=red, fill=red, width=0.1)
    n = len(name)
    span = min(270.0, 19.0 * n + 40.0)
    ring = r * 0.72
    fs = min(r * 0.28, ring * math.radians(span) / max(n, 1) * 0.92)
    for i, ch in enumerate(name):
        deg = -span / 2 + span * (i + 0.5) / n + tilt
        a = math.radians(deg)
        px = c.x + ring * math.sin(a)
        py = c.y - ring * math.cos(a)
        org = pymupdf.Point(px - fs / 2, py + fs * 0.38)
        page.insert_text(
            org,
            ch,
            fontname=FONT,
            fontsize=fs,
            color=red,
            morph=(pymupdf.Point(px, py), pymupdf.Matrix(-deg)),
        )
    if sub:
        sfs = r * 0.17
        page.insert_text(
            (c.x - width(sub, sfs) / 2, c.y + r * 0.55), sub, fontname=FONT, fontsize=sfs, color=red
        )
    pix = page.get_pixmap(dpi=72 * 5, alpha=True)
    doc.close()
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n).copy()
    rng = np.random.default_rng(seed)
    alpha = arr[:, :, 3].astype(np.float32)
    alpha *= rng.uniform(0.55, 1.0, size=alpha.shape).astype(np.float32) ** 0.5
    blot = cv2.GaussianBlur(
        rng.uniform(0, 1, size=(pix.height // 16 + 1, pix.width // 16 + 1)).astype(np.float32), (3, 3), 0
    )
    blot = cv2.resize(blot, (pix.width, pix.height))
    alpha *= np.clip(0.55 + blot, 0.0, 1.0)
    arr[:, :, 3] = np.clip(alpha * 0.88, 0, 255).astype(np.uint8)
    arr[:, :, 0] = 215
    arr[:, :, 1] = 25
    arr[:, :, 2] = 35
    ok, buf = cv2.imencode(".png", cv2.cvtColor(arr, cv2.COLOR_RGBA2BGRA))
    assert ok
    return bytes(buf.tobytes())
