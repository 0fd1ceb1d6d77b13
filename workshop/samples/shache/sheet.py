"""A raster sheet measured in mm that remembers every line it prints (for the selfcheck)."""

from __future__ import annotations

import io
import math
import random
from functools import cache

import fitz
from PIL import Image, ImageDraw, ImageFont

PX_PER_MM = 5.0  # 127 dpi: a page that a phone app shows about 1000 px wide


@cache
def _font_bytes() -> bytes:
    return bytes(fitz.Font("china-s").buffer)


@cache
def font(size_pt: float) -> ImageFont.FreeTypeFont:
    px = max(8, round(size_pt * 0.3528 * PX_PER_MM))
    return ImageFont.truetype(io.BytesIO(_font_bytes()), px)


class Sheet:
    def __init__(self, w_mm: float = 210, h_mm: float = 297, tone: tuple[int, int, int] = (255, 255, 255)):
        self.w_mm, self.h_mm = w_mm, h_mm
        self.img = Image.new("RGB", (round(w_mm * PX_PER_MM), round(h_mm * PX_PER_MM)), tone)
        self.draw = ImageDraw.Draw(self.img)
        self.lines: list[str] = []
        self.seals: list[str] = []

    @staticmethod
    def px(mm: float) -> int:
        return round(mm * PX_PER_MM)

    def text(
        self, x: float, y: float, s: str, size: float = 11, fill: str = "#1a1a1a", anchor: str = "la"
    ) -> float:
        """Draw one line; returns its width in mm."""
        f = font(size)
        self.draw.text((self.px(x), self.px(y)), s, font=f, fill=fill, anchor=anchor)
        self.lines.append(s)
        return self.draw.textlength(s, font=f) / PX_PER_MM

    def center(self, y: float, s: str, size: float = 11, fill: str = "#1a1a1a") -> None:
        self.text(self.w_mm / 2, y, s, size, fill, anchor="ma")

    def para(self, x: float, y: float, s: str, width: float, size: float = 11, lead: float = 1.7) -> float:
        """Wrap a paragraph; returns the y below it."""
        f = font(size)
        line = ""
        step = size * 0.3528 * lead
        for ch in s:
            if self.draw.textlength(line + ch, font=f) / PX_PER_MM > width:
                self.text(x, y, line, size)
                y += step
                line = ""
            line += ch
        if line:
            self.text(x, y, line, size)
            y += step
        return y

    def rule(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.3, fill: str = "#222222") -> None:
        self.draw.line(
            [(self.px(x0), self.px(y0)), (self.px(x1), self.px(y1))], fill=fill, width=max(1, self.px(w))
        )

    def table(
        self, x: float, y: float, widths: list[float], rows: list[list[str]], h: float = 9, size: float = 10.5
    ) -> float:
        """A ruled table; each row's cells are recorded as one line joined by spaces too."""
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * h
            self.rule(x, top, x + total, top)
            cx = x
            for wdt, cell in zip(widths, row, strict=True):
                if cell:
                    self.text(cx + 2, top + h / 2, cell, size, anchor="lm")
                cx += wdt
        bottom = y + len(rows) * h
        self.rule(x, bottom, x + total, bottom)
        cx = x
        for wdt in [0.0, *widths]:
            cx += wdt
            self.rule(cx, y, cx, bottom)
        return bottom

    def seal(
        self, cx: float, cy: float, name: str, rng: random.Random, r: float = 20, label: str = ""
    ) -> None:
        """A red round seal: ring, star, the name around the top arc, a label across the bottom."""
        layer = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        d = ImageDraw.Draw(layer)
        red = (205 + rng.randint(-15, 20), 30, 35, 200)
        R = self.px(r)
        c = (self.px(cx), self.px(cy))
        d.ellipse([c[0] - R, c[1] - R, c[0] + R, c[1] + R], outline=red, width=max(3, R // 14))
        star = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rad = R * (0.26 if i % 2 == 0 else 0.11)
            star.append((c[0] + rad * math.cos(ang), c[1] + rad * math.sin(ang)))
        d.polygon(star, fill=red)
        f = ImageFont.truetype(io.BytesIO(_font_bytes()), max(10, int(R * 0.24)))
        n = len(name)
        span = min(math.radians(250), math.radians(22) * n)
        for i, ch in enumerate(name):
            ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
            gx, gy = c[0] + 0.74 * R * math.cos(ang), c[1] + 0.74 * R * math.sin(ang)
            g = Image.new("RGBA", (int(R * 0.4), int(R * 0.4)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=red, anchor="mm")
            g = g.rotate(-math.degrees(ang) - 90, resample=Image.Resampling.BICUBIC)
            layer.alpha_composite(g, (int(gx - g.width / 2), int(gy - g.height / 2)))
        if label:
            d.text((c[0], c[1] + R * 0.5), label, font=f, fill=red, anchor="mm")
        base = self.img.convert("RGBA")
        base.alpha_composite(layer)
        self.img = base.convert("RGB")
        self.draw = ImageDraw.Draw(self.img)
        self.seals.append(name)

    def signature(self, x: float, y: float, name: str, rng: random.Random) -> None:
        """A hurried hand signature: the name's glyphs slanted and joined by a stroke."""
        f = font(15)
        layer = Image.new("RGBA", (self.px(60), self.px(14)), (0, 0, 0, 0))
        d = ImageDraw.Draw(layer)
        d.text((4, layer.height // 2), name.split("·")[0], font=f, fill=(20, 25, 80, 235), anchor="lm")
        layer = layer.transform(layer.size, Image.Transform.AFFINE, (1, 0.35, -layer.height * 0.17, 0, 1, 0))
        pts = [
            (self.px(x) + i * 6, self.px(y) + self.px(9) + int(3 * math.sin(i * 0.9 + rng.random())))
            for i in range(14)
        ]
        self.img.paste(layer, (self.px(x), self.px(y)), layer)
        ImageDraw.Draw(self.img).line(pts, fill=(20, 25, 80), width=2)
        self.draw = ImageDraw.Draw(self.img)
