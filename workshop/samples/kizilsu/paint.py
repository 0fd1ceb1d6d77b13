"""Drawing on PyMuPDF pages: text runs, wrapped paragraphs, ruled tables, tick boxes, seals, pen.

Everything is vector (CJK in the built-in ``china-s`` / ``china-ss`` fonts); scanning turns it into
pixels later (scan.py). Coordinates are PDF points from the top left; A4 is 595 x 842.
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
import pymupdf

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)
BLACK = (0.0, 0.0, 0.0)
SEAL_RED = (0.86, 0.1, 0.12)
INK_BLUE = (0.1, 0.16, 0.45)
GREY = (0.45, 0.45, 0.45)
SONG = "china-s"
HEI = "china-ss"


NO_LINE_START = set("，。、；：？！）》”’」%")
LATIN = {SONG: "tiro", HEI: "helv"}
"""ASCII runs are set in a Latin font beside the CJK one, as word processors do."""


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into (run, font) pieces: ASCII in the Latin partner of ``font``, the rest in ``font``."""
    latin = LATIN.get(font)
    if latin is None:
        return [(text, font)]
    out: list[tuple[str, str]] = []
    for ch in text:
        f = latin if ch.isascii() else font
        if out and out[-1][1] == f:
            out[-1] = (out[-1][0] + ch, f)
        else:
            out.append((ch, f))
    return out


def width(text: str, size: float, font: str = SONG) -> float:
    return sum(pymupdf.get_text_length(r, fontname=f, fontsize=size) for r, f in runs(text, font))


class Pen:
    """One page and the helpers that draw papers on it."""

    def __init__(self, page: pymupdf.Page, rng: random.Random) -> None:
        self.page = page
        self.rng = rng
        self.w = page.rect.width
        self.h = page.rect.height

    # -------------------------------------------------------------- text

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        font: str = SONG,
        color: tuple[float, float, float] = BLACK,
        opacity: float = 1.0,
    ) -> float:
        """Write ``s`` with its baseline at ``y``; returns the x after it."""
        for run, f in runs(s, font):
            if run.strip():
                self.page.insert_text(
                    (x, y), run, fontname=f, fontsize=size, color=color, fill_opacity=opacity
                )
            x += pymupdf.get_text_length(run, fontname=f, fontsize=size)
        return x

    def center(self, y: float, s: str, size: float = 16, font: str = HEI, spacing: float = 0) -> None:
        if spacing:
            s = (" " * int(spacing)).join(s)
        self.text((self.w - width(s, size, font)) / 2, y, s, size, font)

    def right(self, x1: float, y: float, s: str, size: float = 10.5, font: str = SONG) -> None:
        self.text(x1 - width(s, size, font), y, s, size, font)

    def para(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        right: float | None = None,
        leading: float = 1.75,
        indent: bool = True,
        font: str = SONG,
    ) -> float:
        """A wrapped paragraph from baseline ``y``; returns the baseline after its last line."""
        x1 = right if right is not None else self.w - 72
        line, cur_x = "", x + (2 * size if indent else 0)
        start = cur_x
        for ch in s:
            # a closing mark never starts a line (避头): it hangs into the margin instead
            if cur_x + width(line + ch, size, font) > x1 and line and ch not in NO_LINE_START:
                self.text(start, y, line, size, font)
                y += size * leading
                line, start, cur_x = "", x, x
            line += ch
        if line:
            self.text(start, y, line, size, font)
            y += size * leading
        return y

    def label_value(self, x: float, y: float, label: str, value: str, size: float = 10.5) -> float:
        x2 = self.text(x, y, label, size, HEI)
        return self.text(x2, y, value, size)

    # -------------------------------------------------------------- lines and tables

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color=BLACK) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, w: float = 0.8, color=BLACK, fill=None
    ) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, width=w, fill=fill)

    def grid(self, x: float, y: float, widths: list[float], heights: list[float], w: float = 0.7) -> None:
        total_w, total_h = sum(widths), sum(heights)
        cy = y
        for h in [0.0, *heights]:
            cy += h
            self.line(x, cy, x + total_w, cy, w)
        cx = x
        for wd in [0.0, *widths]:
            cx += wd
            self.line(cx, y, cx, y + total_h, w)

    def cell(
        self, x: float, y: float, h: float, s: str, size: float = 10, font: str = SONG, pad: float = 5
    ) -> None:
        """Text vertically centred in a row of height ``h`` starting at top ``y``."""
        self.text(x + pad, y + h / 2 + size * 0.36, s, size, font)

    def tickbox(self, x: float, y: float, ticked: bool, size: float = 9, pen: bool = False) -> float:
        """A square box with its bottom at ``y``; ticked by printer (black) or pen (blue). Returns x after."""
        self.rect(x, y - size, x + size, y, 0.7)
        if ticked:
            color = INK_BLUE if pen else BLACK
            j = self.rng.uniform(-0.8, 0.8) if pen else 0
            self.page.draw_polyline(
                [(x + 1.5, y - size * 0.5 + j), (x + size * 0.4, y - 1.2), (x + size + 2, y - size - 2 + j)],
                color=color,
                width=1.3 if pen else 1.0,
            )
        return x + size + 3

    # -------------------------------------------------------------- seals and pen

    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        r: float = 42,
        bottom: str = "",
        star: bool = True,
        color=SEAL_RED,
        opacity: float = 0.82,
    ) -> None:
        """A round seal: ring, the name along the upper arc, a star, a line at the bottom (合同专用章)."""
        rng = self.rng
        rot = rng.uniform(-14, 14)
        self.page.draw_circle((cx, cy), r, color=color, width=r / 16, stroke_opacity=opacity)
        self.page.draw_circle((cx, cy), r - r / 10, color=color, width=0.4, stroke_opacity=opacity * 0.6)
        n = len(name)
        span = min(250.0, 18.0 * n + 30)
        size = min(r * 0.36, (2 * math.pi * r * 0.7 * span / 360) / max(n, 1) * 1.05)
        for i, ch in enumerate(name):
            ang = -90 - span / 2 + span * (i + 0.5) / n + rot
            rad = math.radians(ang)
            px = cx + (r * 0.72) * math.cos(rad)
            py = cy + (r * 0.72) * math.sin(rad)
            # glyph's baseline tangent to the ring, its top towards the outside
            m = pymupdf.Matrix(-(ang + 90))
            pt = pymupdf.Point(px - size / 2, py + size / 2)
            self.page.insert_text(
                pt,
                ch,
                fontname=SONG,
                fontsize=size,
                color=color,
                fill_opacity=opacity,
                morph=(pymupdf.Point(px, py), m),
            )
        if star:
            self._star(cx, cy + r * 0.02, r * 0.3, color, opacity)
        if bottom:
            bs = min(r * 0.26, 1.5 * r / max(len(bottom), 1))
            self.page.insert_text(
                (cx - width(bottom, bs) / 2, cy + r * 0.62),
                bottom,
                fontname=SONG,
                fontsize=bs,
                color=color,
                fill_opacity=opacity,
            )

    def _star(self, cx: float, cy: float, r: float, color, opacity: float) -> None:
        pts = []
        for k in range(10):
            rr = r if k % 2 == 0 else r * 0.4
            a = math.radians(-90 + 36 * k)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        pts.append(pts[0])
        self.page.draw_polyline(
            pts, color=color, fill=color, width=0.3, stroke_opacity=opacity, fill_opacity=opacity
        )

    def oval_seal(self, cx: float, cy: float, name: str, code: str, opacity: float = 0.85) -> None:
        """The oval 发票专用章: name along the top, the tax number across, 发票专用章 below."""
        rx, ry = 52, 34
        self.page.draw_oval(
            pymupdf.Rect(cx - rx, cy - ry, cx + rx, cy + ry),
            color=SEAL_RED,
            width=2.2,
            stroke_opacity=opacity,
        )
        n = len(name)
        size = min(8.5, 150 / max(n, 1))
        for i, ch in enumerate(name):
            ang = math.radians(-160 + 140 * (i + 0.5) / n)
            px, py = cx + rx * 0.78 * math.cos(ang), cy + ry * 0.72 * math.sin(ang)
            m = pymupdf.Matrix(-(math.degrees(ang) + 90) * 0.7)
            self.page.insert_text(
                (px - size / 2, py + size / 2),
                ch,
                fontname=SONG,
                fontsize=size,
                color=SEAL_RED,
                fill_opacity=opacity,
                morph=(pymupdf.Point(px, py), m),
            )
        self.page.insert_text(
            (cx - width(code, 8, "helv") / 2, cy + 5),
            code,
            fontname="helv",
            fontsize=8,
            color=SEAL_RED,
            fill_opacity=opacity,
        )
        self.page.insert_text(
            (cx - width("发票专用章", 8) / 2, cy + 20),
            "发票专用章",
            fontname=SONG,
            fontsize=8,
            color=SEAL_RED,
        )

    def hand(self, x: float, y: float, s: str, size: float = 13, color=INK_BLUE) -> float:
        """Handwriting: each glyph jittered in size, baseline and slant (a pen, not a printer)."""
        rng = self.rng
        for ch in s:
            sz = size * rng.uniform(0.85, 1.12)
            dy = rng.uniform(-1.6, 1.6)
            ang = rng.uniform(-9, 7)
            font = "tiit" if ch.isascii() else SONG
            pt = pymupdf.Point(x, y + dy)
            self.page.insert_text(
                pt,
                ch,
                fontname=font,
                fontsize=sz,
                color=color,
                morph=(pt, pymupdf.Matrix(1, 0, 0.18, 1, 0, 0) * pymupdf.Matrix(ang)),
            )
            x += width(ch, sz, font) * rng.uniform(0.92, 1.08) + (0.5 if ch.isascii() else 0)
        return x

    def signature(self, x: float, y: float, name: str) -> None:
        """A signed name: handwriting, a little smaller and slanted."""
        self.hand(x, y, name, size=12)

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        enc = cv2.QRCodeEncoder.create()
        img = enc.encode(payload)
        img = cv2.resize(img, (img.shape[1] * 8, img.shape[0] * 8), interpolation=cv2.INTER_NEAREST)
        ok, png = cv2.imencode(".png", img)
        assert ok
        self.page.insert_image(pymupdf.Rect(x, y, x + size, y + size), stream=png.tobytes())

    def watermark(self, text: str, size: float = 40, opacity: float = 0.22, angle: float = 30) -> None:
        """Diagonal repeated watermark over the page (仅供年检使用)."""
        w = width(text, size)
        for cy in np.arange(self.h * 0.2, self.h, self.h * 0.33):
            cx = self.w / 2
            pt = pymupdf.Point(cx - w / 2, cy)
            self.page.insert_text(
                pt,
                text,
                fontname=HEI,
                fontsize=size,
                color=(0.55, 0.55, 0.55),
                fill_opacity=opacity,
                morph=(pymupdf.Point(cx, cy), pymupdf.Matrix(-angle)),
            )

    def cma(self, x: float, y: float) -> None:
        """The CMA 资质认定 mark: the letters in a bold outline with the licence number under it."""
        self.page.insert_text((x, y + 26), "CMA", fontname="hebo", fontsize=30, color=(0.1, 0.25, 0.6))
        self.rect(x - 4, y - 2, x + 72, y + 32, 1.2, (0.1, 0.25, 0.6))
        num = "".join(str(self.rng.randrange(10)) for _ in range(12))
        self.text(x + 4, y + 44, num, 7)
