"""Vector drawing of paper pages on PyMuPDF: text, wrapped text, ruled tables, seals, handwriting.

Every document is first drawn as vector pages here; the devices in ``devices.py`` then either keep
them (a born-digital PDF) or photograph/scan them.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import pymupdf

CJK = pymupdf.Font(fontbuffer=pymupdf.Font("cjk").buffer)
LATIN = pymupdf.Font(fontfile="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BLACK = (0.0, 0.0, 0.0)
RED = (0.86, 0.08, 0.1)
INK = (0.08, 0.12, 0.42)
GREY = (0.55, 0.55, 0.55)
A4 = (595.0, 842.0)


def width(text: str, size: float) -> float:
    return CJK.text_length(text, fontsize=size)


def split_lines(text: str, size: float, max_w: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if cur and width(cur + ch, size) > max_w:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Sheet:
    """One vector page with a random source for layout jitter."""

    def __init__(self, doc: pymupdf.Document, rng: random.Random, size: tuple[float, float] = A4) -> None:
        self.page = doc.new_page(width=size[0], height=size[1])
        self.rng = rng
        self.w, self.h = size

    # text ---------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: tuple[float, float, float] = BLACK,
        bold: bool = False,
        angle: float = 0.0,
        opacity: float = 1.0,
    ) -> float:
        """Write ``s`` with its baseline at y; returns the x where it ends."""
        offsets = (0.0, 0.35) if bold else (0.0,)
        for dx in offsets:
            tw = pymupdf.TextWriter(self.page.rect, color=color, opacity=opacity)
            tw.append((x + dx, y), s, font=CJK, fontsize=size)
            morph = (pymupdf.Point(x, y), pymupdf.Matrix(-angle)) if angle else None
            tw.write_text(self.page, morph=morph)
        return x + width(s, size)

    def center(self, y: float, s: str, size: float = 16, bold: bool = True, color: tuple = BLACK) -> None:
        self.text((self.w - width(s, size)) / 2, y, s, size, color=color, bold=bold)

    def right(self, x1: float, y: float, s: str, size: float = 10.5) -> None:
        self.text(x1 - width(s, size), y, s, size)

    def para(
        self, x: float, y: float, s: str, size: float = 10.5, max_w: float | None = None, lead: float = 1.6
    ) -> float:
        """Wrapped paragraph from baseline y; returns the next baseline."""
        max_w = max_w if max_w is not None else self.w - x - 60
        for line in split_lines(s, size, max_w):
            self.text(x, y, line, size)
            y += size * lead
        return y

    def hline(self, x0: float, x1: float, y: float, w: float = 0.6, color: tuple = BLACK) -> None:
        self.page.draw_line((x0, y), (x1, y), color=color, width=w)

    def rect(
        self, r: pymupdf.Rect, w: float = 0.6, color: tuple | None = BLACK, fill: tuple | None = None
    ) -> None:
        self.page.draw_rect(r, color=color, fill=fill, width=w)

    def table(
        self,
        x: float,
        y: float,
        cols: Sequence[float],
        rows: list[list[str]],
        size: float = 9.5,
        pad: float = 3.0,
        min_h: float = 18.0,
        bold_first: bool = False,
        align: list[str] | None = None,
    ) -> float:
        """A ruled table from top y; cells wrap; returns the bottom y."""
        x_edges = [x]
        for c in cols:
            x_edges.append(x_edges[-1] + c)
        top = y
        for r_i, row in enumerate(rows):
            cells = [split_lines(cell, size, cols[i] - 2 * pad) for i, cell in enumerate(row)]
            h = max(min_h, max(len(c) for c in cells) * size * 1.35 + 2 * pad)
            for i, lines in enumerate(cells):
                ty = y + (h - len(lines) * size * 1.35) / 2 + size
                for line in lines:
                    if align and align[i] == "r":
                        tx = x_edges[i + 1] - pad - width(line, size)
                    elif align and align[i] == "c":
                        tx = (x_edges[i] + x_edges[i + 1] - width(line, size)) / 2
                    else:
                        tx = x_edges[i] + pad
                    self.text(tx, ty, line, size, bold=bold_first and r_i == 0)
                    ty += size * 1.35
            self.hline(x, x_edges[-1], y)
            y += h
        self.hline(x, x_edges[-1], y)
        for xe in x_edges:
            self.page.draw_line((xe, top), (xe, y), color=BLACK, width=0.6)
        return y

    # ink ----------------------------------------------------------------
    def hand(self, x: float, y: float, s: str, size: float = 13, color: tuple = INK) -> float:
        """Handwriting: every character leans and sits a little off the line."""
        for ch in s:
            lean = self.rng.uniform(-9, 6)
            dy = self.rng.uniform(-1.2, 1.2)
            tw = pymupdf.TextWriter(self.page.rect, color=color)
            sz = size * self.rng.uniform(0.9, 1.12)
            tw.append((x, y + dy), ch, font=CJK, fontsize=sz)
            tw.write_text(self.page, morph=(pymupdf.Point(x, y + dy), pymupdf.Matrix(lean)))
            tw2 = pymupdf.TextWriter(self.page.rect, color=color)
            tw2.append((x + 0.3, y + dy + 0.2), ch, font=CJK, fontsize=sz)
            tw2.write_text(self.page, morph=(pymupdf.Point(x, y + dy), pymupdf.Matrix(lean)))
            x += CJK.text_length(ch, fontsize=sz) * self.rng.uniform(0.82, 1.0)
        return x

    def signature(self, x: float, y: float, name: str) -> None:
        end = self.hand(x, y, name.split("·")[0], size=self.rng.uniform(13, 17))
        shape = self.page.new_shape()
        p0 = pymupdf.Point(x - 2, y + 4)
        shape.draw_bezier(p0, (x + 20, y + 10), (end - 10, y - 6), (end + 12, y + 2))
        shape.finish(color=INK, width=0.9)
        shape.commit()

    def seal(
        self,
        cx: float,
        cy: float,
        owner: str,
        label: str = "",
        r: float = 42.0,
        color: tuple = RED,
        code: str = "",
    ) -> None:
        """A round official seal: ring, star, the owner's name along the arc, a label below."""
        rot = self.rng.uniform(-12, 12)
        shape = self.page.new_shape()
        shape.draw_circle((cx, cy), r)
        shape.finish(color=color, width=r * 0.055)
        star = []
        for k in range(10):
            rad = r * (0.26 if k % 2 == 0 else 0.105)
            ang = math.radians(rot - 90 + 36 * k)
            star.append(pymupdf.Point(cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
        shape.draw_polyline([*star, star[0]])
        shape.finish(color=color, fill=color, width=0.1)
        shape.commit()
        n = len(owner)
        span = min(240.0, 19.0 * n)
        size = min(r * 0.26, (2 * math.pi * r * 0.66) * (span / 360) / max(n, 1) * 1.0)
        for i, ch in enumerate(owner):
            deg = rot - 90 - span / 2 + span * (i + 0.5) / n
            a = math.radians(deg)
            rr = r * 0.7
            px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
            # the character stands on the arc, its foot towards the centre
            tilt = deg + 90
            tw = pymupdf.TextWriter(self.page.rect, color=color)
            tw.append((px - size / 2, py + size * 0.38), ch, font=CJK, fontsize=size)
            tw.write_text(self.page, morph=(pymupdf.Point(px, py), pymupdf.Matrix(-tilt)))
        if label:
            ls = r * 0.2
            lw = width(label, ls)
            self.text(cx - lw / 2, cy + r * 0.5, label, ls, color=color)
        if code:
            cs = r * 0.11
            self.text(cx - width(code, cs) / 2, cy + r * 0.8, code, cs, color=color)

    def watermark(self, s: str, size: float = 38, opacity: float = 0.18) -> None:
        for k in range(3):
            y = self.h * (0.3 + 0.28 * k)
            self.text(self.w * 0.12, y, s, size, color=GREY, angle=28, opacity=opacity)

    def uyghur(
        self, x: float, y: float, s: str, size: float = 8.5, w: float = 260, align: str = "left"
    ) -> None:
        """A Uyghur line (Arabic script, shaped by the Story engine) with its top at y."""
        html = f'<p style="font-family:sans-serif;font-size:{size}px;text-align:{align};margin:0" dir="rtl">{s}</p>'
        self.page.insert_htmlbox(pymupdf.Rect(x, y, x + w, y + size * 2.2), html)

    def qr(self, x: float, y: float, side: float, payload_rng: random.Random) -> None:
        """A QR-looking block of modules (it decodes to nothing; the truth leaves ``qr`` out)."""
        n = 25
        m = side / n
        shape = self.page.new_shape()
        for i in range(n):
            for j in range(n):
                finder = any(
                    i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0))
                )
                if finder:
                    ii = min(i % 18 if i >= 18 else i, 6) if i < 7 or i >= 18 else 0
                    di = i if i < 7 else i - (n - 7)
                    dj = j if j < 7 else j - (n - 7)
                    on = di in (0, 6) or dj in (0, 6) or (2 <= di <= 4 and 2 <= dj <= 4)
                    del ii
                else:
                    on = payload_rng.random() < 0.5
                if on:
                    shape.draw_rect(pymupdf.Rect(x + j * m, y + i * m, x + (j + 1) * m, y + (i + 1) * m))
        shape.finish(color=None, fill=BLACK, width=0)
        shape.commit()
