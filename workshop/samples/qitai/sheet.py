"""A sheet of paper as a raster (Pillow, 200 dpi, mm coordinates) that remembers every line it prints."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

DPI = 200
A4 = (210.0, 297.0)
A3_LANDSCAPE = (420.0, 297.0)
RED = (205, 35, 40)
BLUE = (30, 45, 140)
BLACK = (25, 25, 30)


def px(mm: float) -> int:
    return round(mm * DPI / 25.4)


@lru_cache(maxsize=64)
def font(size_pt: float, latin: bool = False) -> ImageFont.FreeTypeFont:
    import pymupdf as fitz

    name = "helv" if latin else "china-s"
    return ImageFont.truetype(io.BytesIO(fitz.Font(name).buffer), max(6, round(size_pt * DPI / 72)))


@dataclass
class Sheet:
    """One side of one sheet. ``lines`` is what it prints (for the selfcheck), ``facts`` its key values."""

    size: tuple[float, float] = A4
    lines: list[str] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    seals: int = 0
    boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    colour: bool = False
    blank: bool = False

    def __post_init__(self) -> None:
        self.image = Image.new("RGB", (px(self.size[0]), px(self.size[1])), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)

    # text -------------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 11,
        fill=BLACK,
        bold: bool = False,
        anchor: str = "la",
        key: str | None = None,
    ) -> float:
        """Print ``s`` with its top-left at (x, y) mm; returns its width in mm."""
        f = font(size)
        pos = (px(x), px(y))
        self.draw.text(pos, s, font=f, fill=fill, anchor=anchor)
        if bold:
            self.draw.text((pos[0] + 1, pos[1]), s, font=f, fill=fill, anchor=anchor)
        x0, y0, x1, y1 = self.draw.textbbox(pos, s, font=f, anchor=anchor)
        self.lines.append(s)
        if key:
            self.boxes[key] = (x0 * 25.4 / DPI, y0 * 25.4 / DPI, x1 * 25.4 / DPI, y1 * 25.4 / DPI)
        return (x1 - x0) * 25.4 / DPI

    def centre(self, y: float, s: str, size: float = 11, bold: bool = False, key: str | None = None) -> None:
        self.text(self.size[0] / 2, y, s, size, bold=bold, anchor="ma", key=key)

    def para(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: float = 11,
        lead: float = 1.75,
        indent: bool = True,
    ) -> float:
        """Wrap ``s`` into ``width`` mm; returns the y below it. Runs between ‹› are never broken."""
        f = font(size)
        limit = px(width)
        pieces: list[str] = []
        for chunk in s.replace("›", "‹").split("‹"):
            pieces.append(chunk)
        tokens: list[str] = []
        for i, chunk in enumerate(pieces):
            tokens.extend([chunk] if i % 2 else list(chunk))
        line = "\u3000\u3000" if indent else ""
        step = size * 25.4 / 72 * lead
        for token in tokens:
            if self.draw.textlength(line + token, font=f) > limit and line.strip():
                self.text(x, y, line, size)
                y += step
                line = ""
            line += token
        if line:
            self.text(x, y, line, size)
            y += step
        return y

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        height: float = 9,
        size: float = 10.5,
        head: bool = True,
    ) -> float:
        """A ruled table; each cell's text is one printed line. Returns the y below it."""
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * height
            self.draw.rectangle([px(x), px(top), px(x + total), px(top + height)], outline=BLACK, width=2)
            cx = x
            for w, cell in zip(widths, row, strict=True):
                self.draw.line([px(cx), px(top), px(cx), px(top + height)], fill=BLACK, width=2)
                if cell:
                    self.text(cx + 1.8, top + height / 2 - size * 0.19, cell, size, bold=head and r == 0)
                cx += w
        return y + len(rows) * height

    def rule(self, x0: float, y0: float, x1: float, y1: float, width: int = 2) -> None:
        self.draw.line([px(x0), px(y0), px(x1), px(y1)], fill=BLACK, width=width)

    # ink --------------------------------------------------------------------------------------
    def ink(
        self, mask: np.ndarray, left: int, top: int, colour: tuple[int, int, int], strength: float = 0.85
    ) -> None:
        """Multiply ink (mask 0..1) into the sheet at pixel (left, top)."""
        arr = np.asarray(self.image, dtype=np.float32)
        h, w = mask.shape
        H, W = arr.shape[:2]
        x0, y0 = max(0, left), max(0, top)
        x1, y1 = min(W, left + w), min(H, top + h)
        if x1 <= x0 or y1 <= y0:
            return
        m = mask[y0 - top : y1 - top, x0 - left : x1 - left, None] * strength
        tint = np.array(colour, dtype=np.float32) / 255.0
        region = arr[y0:y1, x0:x1]
        arr[y0:y1, x0:x1] = region * (1 - m + m * tint)
        self.image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        self.draw = ImageDraw.Draw(self.image)

    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        rng: random.Random,
        bottom: str = "",
        radius: float = 20,
        colour=RED,
    ) -> None:
        """A round seal: ring, star, ``name`` on the upper arc, ``bottom`` straight below the star."""
        size = px(radius * 2) + 8
        layer = Image.new("L", (size, size), 0)
        d = ImageDraw.Draw(layer)
        c = size / 2
        r = px(radius)
        d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(3, px(1.1)))
        star_r = px(radius * 0.3)
        points = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rad = star_r if k % 2 == 0 else star_r * 0.4
            points.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
        d.polygon(points, fill=255)
        char_pt = radius * 0.42 * 72 / 25.4
        f = font(char_pt)
        n = len(name)
        span = min(250.0, 18.0 * n + 20)
        for i, ch in enumerate(name):
            ang = -90 - span / 2 + span * (i + 0.5) / n
            glyph = Image.new("L", (px(radius), px(radius)), 0)
            ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=f, fill=255, anchor="mm")
            glyph = glyph.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
            gx = c + (r * 0.72) * math.cos(math.radians(ang)) - glyph.width / 2
            gy = c + (r * 0.72) * math.sin(math.radians(ang)) - glyph.height / 2
            layer.paste(255, (int(gx), int(gy)), glyph)
        if bottom:
            d.text((c, c + r * 0.55), bottom, font=font(char_pt * 0.8), fill=255, anchor="mm")
        mask = np.asarray(layer, dtype=np.float32) / 255.0
        # uneven ink: a soft gradient and speckled gaps
        gen = np.random.default_rng(rng.randrange(1 << 30))
        yy, xx = np.mgrid[0:size, 0:size] / size
        angle = rng.uniform(0, 2 * math.pi)
        grad = 0.7 + 0.3 * (np.cos(angle) * xx + np.sin(angle) * yy)
        mask = mask * grad * (gen.random(mask.shape) > 0.08)
        tilt = rng.uniform(-12, 12)
        mask_img = Image.fromarray((mask * 255).astype(np.uint8)).rotate(
            tilt, resample=Image.Resampling.BICUBIC
        )
        self.ink(
            np.asarray(mask_img, dtype=np.float32) / 255.0,
            px(cx) - size // 2,
            px(cy) - size // 2,
            colour,
            0.8,
        )
        self.seals += 1
        self.colour = True

    def pen(
        self, x: float, y: float, rng: random.Random, width: float = 28, colour=BLUE, height: float = 8
    ) -> None:
        """A handwritten signature: a few looping strokes."""
        w, h = px(width), px(height)
        layer = Image.new("L", (w + 20, h + 20), 0)
        d = ImageDraw.Draw(layer)
        for _stroke in range(rng.randint(2, 4)):
            sx = rng.uniform(0, w * 0.6)
            pts = []
            phase = rng.uniform(0, 6.28)
            length = rng.uniform(w * 0.3, w * 0.7)
            for k in range(40):
                t = k / 39
                pts.append(
                    (
                        10 + sx + t * length,
                        10 + h / 2 + math.sin(phase + t * rng.uniform(6, 14)) * h * 0.4 * (1 - 0.3 * t),
                    )
                )
            d.line(pts, fill=255, width=3)
        self.ink(np.asarray(layer, dtype=np.float32) / 255.0, px(x) - 10, px(y) - 10, colour, 0.9)

    def tick(self, x: float, y: float, colour=RED, size: float = 6) -> None:
        """A handwritten ✓."""
        s = px(size)
        layer = Image.new("L", (s + 10, s + 10), 0)
        ImageDraw.Draw(layer).line(
            [(5, s * 0.55), (s * 0.38, s), (s + 4, 4)], fill=255, width=4, joint="curve"
        )
        self.ink(np.asarray(layer, dtype=np.float32) / 255.0, px(x) - 5, px(y) - 5, colour, 0.9)

    def highlight(self, box: tuple[float, float, float, float], colour=(250, 238, 60)) -> None:
        """A highlighter stroke over a box (mm), slightly wider than the text."""
        x0, y0, x1, y1 = box
        w, h = px(x1 - x0 + 3), px(y1 - y0 + 1.6)
        mask = np.ones((h, w), dtype=np.float32)
        mask[:, : px(1)] = 0.5
        mask[:, -px(1) :] = 0.5
        self.ink(mask, px(x0 - 1.5), px(y0 - 0.8), colour, 0.95)
        self.colour = True
