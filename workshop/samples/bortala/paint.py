"""Drawing pages as images: an A4 canvas at a fixed resolution, CJK text, grids, seals, ticks, ink."""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache
from typing import Any

import pymupdf
from PIL import Image, ImageDraw, ImageFont

DPI = 150
A4 = (round(210 / 25.4 * DPI), round(297 / 25.4 * DPI))
INK = (25, 25, 30)
PEN = (28, 40, 120)
SEAL_RED = (205, 30, 35)


@lru_cache(maxsize=1)
def _font_bytes() -> bytes:
    return pymupdf.Font("cjk").buffer


@lru_cache(maxsize=64)
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_font_bytes()), size)


def font_bytes() -> bytes:
    return _font_bytes()


class Page:
    """One sheet of paper; coordinates in pixels at DPI, top-left origin."""

    def __init__(self, landscape: bool = False, paper=(255, 255, 255)):
        w, h = A4
        self.size = (h, w) if landscape else (w, h)
        self.landscape = landscape
        self.img = Image.new("RGB", self.size, paper)
        self.draw = ImageDraw.Draw(self.img)
        # Positions and texts a page's maker records for later edits (amount cell, term line, ...).
        self.extras: dict[str, Any] = {}

    @property
    def w(self) -> int:
        return self.size[0]

    @property
    def h(self) -> int:
        return self.size[1]

    def text(self, x, y, s, size=26, fill=INK, anchor="la", bold=False):
        f = font(size)
        if bold:
            self.draw.text((x, y), s, font=f, fill=fill, anchor=anchor, stroke_width=1, stroke_fill=fill)
        else:
            self.draw.text((x, y), s, font=f, fill=fill, anchor=anchor)
        return self.draw.textbbox((x, y), s, font=f, anchor=anchor)

    def center(self, y, s, size=40, bold=True):
        return self.text(self.w // 2, y, s, size=size, anchor="ma", bold=bold)

    def char_box(self, x, y, s, index, size=26):
        """Pixel box of character ``index`` of ``s`` drawn at (x, y) with anchor la."""
        f = font(size)
        x0 = x + f.getlength(s[:index])
        x1 = x + f.getlength(s[: index + 1])
        top, bottom = f.getbbox("0123456789¥")[1], f.getbbox("0123456789¥")[3]
        return (int(x0), int(y + top) - 2, math.ceil(x1), int(y + bottom) + 2)

    def para(self, x, y, s, width, size=24, gap=1.6):
        """Wrap ``s`` into lines of at most ``width`` pixels; returns the y after the last line."""
        f = font(size)
        line = ""
        for ch in s:
            if f.getlength(line + ch) > width:
                self.text(x, y, line, size)
                y += int(size * gap)
                line = ch
            else:
                line += ch
        if line:
            self.text(x, y, line, size)
            y += int(size * gap)
        return y

    def grid(self, x, y, widths, rows, size=24, row_h=52, width=2):
        """A ruled table; ``rows`` is a list of lists of cell strings. Returns cell origins and bottom."""
        origins = []
        total = sum(widths)
        cy = y
        for row in rows:
            cx = x
            cells = []
            for w, cell in zip(widths, row, strict=False):
                tx, ty = cx + 10, cy + (row_h - size) // 2 - 2
                if cell:
                    self.text(tx, ty, cell, size)
                cells.append((tx, ty))
                cx += w
            origins.append(cells)
            cy += row_h
        for i in range(len(rows) + 1):
            self.draw.line([(x, y + i * row_h), (x + total, y + i * row_h)], fill=INK, width=width)
        cx = x
        for w in [0, *widths]:
            cx += w
            self.draw.line([(cx, y), (cx, cy)], fill=INK, width=width)
        return origins, cy

    def checkbox(self, x, y, label, ticked, size=28, rng: random.Random | None = None):
        s = size
        self.draw.rectangle([x, y + 4, x + s, y + 4 + s], outline=INK, width=2)
        if ticked:
            r = rng or random.Random(0)
            jx, jy = r.randint(-2, 2), r.randint(-2, 2)
            pts = [
                (x + 4 + jx, y + s // 2 + 4 + jy),
                (x + s // 2 - 1, y + s + jy),
                (x + s + 8 + jx, y - 6 + jy),
            ]
            self.draw.line(pts, fill=PEN, width=4, joint="curve")
        self.text(x + s + 10, y, label, size)

    def hand(self, x, y, s, rng: random.Random, size=34, fill=PEN):
        """Handwriting: the same face, jittered per character, in pen ink, slightly slanted."""
        cx = x
        for ch in s:
            sz = size + rng.randint(-3, 3)
            f = font(sz)
            tile = Image.new("L", (sz * 2, sz * 2), 0)
            ImageDraw.Draw(tile).text(
                (sz // 2, sz // 2), ch, font=f, fill=255, stroke_width=1, stroke_fill=255
            )
            tile = tile.rotate(rng.uniform(-9, 5), resample=Image.Resampling.BICUBIC)
            colour = Image.new("RGB", tile.size, fill)
            self.img.paste(colour, (int(cx - sz // 2), int(y - sz // 2 + rng.randint(-3, 3))), tile)
            cx += f.getlength(ch) * rng.uniform(0.88, 1.05)
        return cx

    def seal(self, cx, cy, name, rng: random.Random, bottom="", radius=118, oval=False):
        """A red round (or oval) seal: ring, star, name along the arc, a bottom line; multiplied onto the paper."""
        d = radius * 2 + 20
        layer = Image.new("L", (d, d), 0)
        dr = ImageDraw.Draw(layer)
        c = d // 2
        ry = int(radius * (0.72 if oval else 1))
        dr.ellipse([c - radius, c - ry, c + radius, c + ry], outline=255, width=7)
        if not oval:
            star = []
            for k in range(10):
                r = radius * (0.26 if k % 2 == 0 else 0.1)
                a = -math.pi / 2 + k * math.pi / 5
                star.append((c + r * math.cos(a), c + r * math.sin(a)))
            dr.polygon(star, fill=255)
        n = len(name)
        span = min(250.0, 22.0 * n) if not oval else min(200.0, 18.0 * n)
        fsz = int(radius * (0.30 if n < 14 else 0.24))
        f = font(fsz)
        for i, ch in enumerate(name):
            ang = -90 - span / 2 + span * (i + 0.5) / n
            rad = math.radians(ang)
            rr = radius - fsz * 0.85
            px, py = c + rr * math.cos(rad), c + (ry - fsz * 0.85) * math.sin(rad)
            tile = Image.new("L", (fsz * 2, fsz * 2), 0)
            ImageDraw.Draw(tile).text((fsz, fsz), ch, font=f, fill=255, anchor="mm")
            tile = tile.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
            layer.paste(255, (int(px - fsz), int(py - fsz)), tile)
        if bottom:
            fb = font(int(radius * 0.2))
            dr.text((c, c + radius * (0.5 if not oval else 0.3)), bottom, font=fb, fill=255, anchor="mm")
        layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
        alpha = layer.point(lambda v: int(v * rng.uniform(0.78, 0.9)))
        box = (int(cx - c), int(cy - c))
        red = Image.new("RGB", layer.size, SEAL_RED)
        region = self.img.crop((box[0], box[1], box[0] + d, box[1] + d))
        from PIL import ImageChops

        mixed = ImageChops.multiply(region, red)
        region.paste(mixed, (0, 0), alpha)
        self.img.paste(region, box)
