"""Vector drawing on PyMuPDF pages: CJK text, wrapped paragraphs, ruled tables, seals, pen strokes, QR."""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Sequence

import cv2
import pymupdf

A4 = (595.0, 842.0)
A4_LAND = (842.0, 595.0)
A5_LAND = (595.0, 420.0)

FONT = "china-s"
_FONT = pymupdf.Font(FONT)
BLACK = (0.0, 0.0, 0.0)
RED = (0.86, 0.1, 0.12)
BLUE = (0.05, 0.15, 0.55)
INVOICE_BROWN = (0.55, 0.32, 0.12)


LATIN = "helv"
"""Digits and Latin letters are set in Helvetica beside the CJK font, as Word and WPS documents do."""


def _latin(ch: str) -> bool:
    return ord(ch) < 128 or ch == "¥"


def runs(text: str) -> list[tuple[str, str]]:
    """Split a line into (font, text) runs: Helvetica for ASCII and ¥, the CJK font for the rest."""
    out: list[tuple[str, str]] = []
    for ch in text:
        font = LATIN if _latin(ch) else FONT
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


@functools.lru_cache(maxsize=8192)
def _char_w(ch: str) -> float:
    """Advance of one character at size 1."""
    if _latin(ch):
        return float(pymupdf.get_text_length(ch, fontname=LATIN, fontsize=1))
    return float(_FONT.text_length(ch, fontsize=1))


def width(text: str, size: float) -> float:
    return sum(_char_w(ch) for ch in text) * size


class Sheet:
    """One page being drawn."""

    def __init__(self, page: pymupdf.Page, rng: random.Random) -> None:
        self.page = page
        self.rng = rng
        self.w = page.rect.width
        self.h = page.rect.height

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: tuple[float, float, float] = BLACK,
        align: str = "left",
        box_w: float = 0.0,
    ) -> float:
        """Draw one line with its baseline at y; returns the x where it ends."""
        w = width(s, size)
        if align == "center":
            x = x + (box_w - w) / 2 if box_w else x - w / 2
        elif align == "right":
            x = x + box_w - w if box_w else x - w
        xx = x
        for font, run in runs(s):
            self.page.insert_text((xx, y), run, fontname=font, fontsize=size, color=color)
            xx += width(run, size)
        return x + w

    def title(self, y: float, s: str, size: float = 18, spaced: bool = False) -> None:
        if spaced:
            s = " ".join(s)
        self.text(self.w / 2, y, s, size=size, align="center")

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 10.5,
        lead: float = 1.75,
        indent: bool = True,
    ) -> float:
        """Wrapped paragraph starting at baseline y; returns the baseline after it."""
        line = "\u3000\u3000" if indent else ""
        lw = width(line, size)
        for ch in s:
            cw = _char_w(ch) * size
            if lw + cw > w:
                self.text(x, y, line, size)
                y += size * lead
                line = ""
                lw = 0.0
            line += ch
            lw += cw
        if line:
            self.text(x, y, line, size)
            y += size * lead
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color=BLACK) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def rect(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color=BLACK) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, width=w)

    def table(
        self,
        x: float,
        y: float,
        cols: Sequence[float],
        rows: Sequence[Sequence[str]],
        row_h: float = 22.0,
        size: float = 10.0,
        aligns: Sequence[str] | None = None,
        color: tuple[float, float, float] = BLACK,
    ) -> float:
        """A ruled table; cells are single lines, wrapped when too long. Returns its bottom y."""
        total = sum(cols)
        heights = []
        for row in rows:
            lines = 1
            for cw, cell in zip(cols, row, strict=False):
                lines = max(lines, math.ceil(width(cell, size) / max(cw - 6, 1)) or 1)
            heights.append(row_h if lines == 1 else size * 1.45 * lines + 8)
        yy = y
        self.line(x, yy, x + total, yy, color=color)
        for row, rh in zip(rows, heights, strict=True):
            xx = x
            for i, (cw, cell) in enumerate(zip(cols, row, strict=False)):
                al = aligns[i] if aligns else "left"
                if width(cell, size) <= cw - 6:
                    base = yy + rh / 2 + size * 0.36
                    if al == "center":
                        self.text(xx, base, cell, size, color=BLACK, align="center", box_w=cw)
                    elif al == "right":
                        self.text(xx, base, cell, size, color=BLACK, align="right", box_w=cw - 4)
                    else:
                        self.text(xx + 4, base, cell, size)
                else:
                    chunk = ""
                    base = yy + size + 3
                    for ch in cell:
                        if width(chunk + ch, size) > cw - 8:
                            self.text(xx + 4, base, chunk, size)
                            base += size * 1.45
                            chunk = ""
                        chunk += ch
                    if chunk:
                        self.text(xx + 4, base, chunk, size)
                xx += cw
            yy += rh
            self.line(x, yy, x + total, yy, color=color)
        xx = x
        for cw in [0.0, *cols]:
            xx += cw
            self.line(xx, y, xx, yy, color=color)
        return yy

    def seal(self, cx: float, cy: float, name: str, inner: str = "", r: float = 42.0) -> None:
        """A round red company seal: ring, five-pointed star, name along the upper arc, a word below."""
        rng = self.rng
        tilt = rng.uniform(-25, 25)
        ink = (rng.uniform(0.78, 0.92), rng.uniform(0.05, 0.16), rng.uniform(0.08, 0.18))
        self.page.draw_circle((cx, cy), r, color=ink, width=2.4)
        self.page.draw_circle((cx, cy), r - 3.2, color=ink, width=0.5)
        star = []
        for k in range(10):
            rr = r * 0.27 if k % 2 == 0 else r * 0.11
            a = math.radians(-90 + k * 36 + tilt * 0)
            star.append(pymupdf.Point(cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.page.draw_polyline([*star, star[0]], color=ink, fill=ink, width=0.3)
        n = len(name)
        size = min(11.0, r * 0.34)
        span = min(250.0, 22.0 * n)
        for i, ch in enumerate(name):
            ang = -90 - span / 2 + span * (i + 0.5) / n + tilt
            a = math.radians(ang)
            rr = r - 6 - size * 0.8
            px = cx + rr * math.cos(a)
            py = cy + rr * math.sin(a)
            m = pymupdf.Matrix(-(ang + 90))
            self.page.insert_text(
                (px - size / 2, py + size / 2),
                ch,
                fontname=FONT,
                fontsize=size,
                color=ink,
                morph=(pymupdf.Point(px, py), m),
            )
        if inner:
            self.text(cx, cy + r * 0.55, inner, size=size * 0.85, color=ink, align="center")

    def pen(self, x: float, y: float, w: float = 55.0, color=BLUE) -> None:
        """A scrawled signature."""
        rng = self.rng
        pts = []
        steps = 26
        for i in range(steps + 1):
            t = i / steps
            pts.append(
                pymupdf.Point(
                    x + w * t + rng.uniform(-2, 2),
                    y + 7 * math.sin(t * rng.uniform(9, 15)) + rng.uniform(-3, 3),
                )
            )
        self.page.draw_polyline(pts, color=color, width=rng.uniform(0.8, 1.3))

    def qr(self, x: float, y: float, payload: str, side: float = 62.0) -> None:
        enc = cv2.QRCodeEncoder.create()
        img = enc.encode(payload)
        img = cv2.resize(img, (img.shape[1] * 8, img.shape[0] * 8), interpolation=cv2.INTER_NEAREST)
        ok, png = cv2.imencode(".png", img)
        assert ok
        self.page.insert_image(pymupdf.Rect(x, y, x + side, y + side), stream=png.tobytes())


def new_sheet(doc: pymupdf.Document, rng: random.Random, size: tuple[float, float] = A4) -> Sheet:
    return Sheet(doc.new_page(width=size[0], height=size[1]), rng)
