"""Pictures placed on a page: seals, date stamps, handwriting. Each returns PNG bytes with alpha."""

from __future__ import annotations

import io
import math
import random
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .sheet import DEJAVU, cjk_font

RED = (205, 32, 38)
BLUE_STAMP = (40, 60, 170)
INK = (25, 35, 95)


@cache
def _font(size: int, latin: bool = False) -> ImageFont.FreeTypeFont:
    if latin:
        return ImageFont.truetype(str(DEJAVU / "DejaVuSans-Oblique.ttf"), size)
    return ImageFont.truetype(io.BytesIO(cjk_font().buffer), size)


def _png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _ink(img: Image.Image, rng: random.Random, colour: tuple[int, int, int], patchy: float) -> Image.Image:
    """Colour an ink mask (L) unevenly, as a rubber stamp or pen leaves it."""
    mask = np.asarray(img, dtype=np.float32) / 255.0
    h, w = mask.shape
    gen = np.random.default_rng(rng.randrange(2**32))
    coarse = gen.random((max(2, h // 24), max(2, w // 24))).astype(np.float32)
    blotch = (
        np.asarray(
            Image.fromarray((coarse * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC),
            np.float32,
        )
        / 255
    )
    alpha = mask * np.clip(1.0 - patchy * (blotch - 0.35) - patchy * 0.5 * gen.random((h, w)), 0.15, 1.0)
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = colour
    rgba[..., 3] = (np.clip(alpha, 0, 1) * 235).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def seal(rng: random.Random, owner: str, bottom: str = "", colour: tuple[int, int, int] = RED) -> bytes:
    """A round official seal: the owner's name round the top, a star, an optional line below it."""
    size = 360
    img = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(img)
    c = size / 2
    draw.ellipse((8, 8, size - 8, size - 8), outline=255, width=11)
    star = [
        (
            c + (58 if k % 2 == 0 else 23) * math.sin(math.pi * k / 5),
            c - (58 if k % 2 == 0 else 23) * math.cos(math.pi * k / 5),
        )
        for k in range(10)
    ]
    draw.polygon(star, fill=255)
    n = len(owner)
    span = min(250.0, 18.0 * n + 40)
    font = _font(38 if n < 14 else 32)
    for i, ch in enumerate(owner):
        angle = -span / 2 + span * (i + 0.5) / n
        glyph = Image.new("L", (56, 56), 0)
        ImageDraw.Draw(glyph).text((28, 28), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.Resampling.BICUBIC)
        rad = math.radians(angle)
        gx = c + 128 * math.sin(rad) - 28
        gy = c - 128 * math.cos(rad) - 28
        img.paste(255, (int(gx), int(gy)), glyph)
    if bottom:
        draw.text((c, c + 92), bottom, font=_font(30), fill=255, anchor="mm")
    img = img.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    return _png(_ink(img, rng, colour, patchy=0.55))


def date_stamp(rng: random.Random, text: str, head: str = "", colour: tuple[int, int, int] = RED) -> bytes:
    """A rubber date stamp: a double-ruled frame round the date (and a word above it)."""
    font = _font(44, latin=False)
    tw = int(font.getlength(text)) + 40
    h = 120 if head else 80
    img = Image.new("L", (tw + 20, h + 20), 0)
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((6, 6, tw + 14, h + 14), radius=14, outline=255, width=5)
    draw.rounded_rectangle((14, 14, tw + 6, h + 6), radius=10, outline=255, width=2)
    if head:
        draw.text(((tw + 20) / 2, 44), head, font=_font(32), fill=255, anchor="mm")
        draw.text(((tw + 20) / 2, 92), text, font=font, fill=255, anchor="mm")
    else:
        draw.text(((tw + 20) / 2, (h + 20) / 2), text, font=font, fill=255, anchor="mm")
    img = img.rotate(rng.uniform(-4, 4), expand=True, resample=Image.Resampling.BICUBIC)
    return _png(_ink(img, rng, colour, patchy=0.45))


def stamp_ratio(text: str, head: str = "") -> float:
    """Width over height of ``date_stamp`` for ``text`` (to size its box on the page)."""
    tw = _font(44).getlength(text) + 40
    return (tw + 20) / (140 if head else 100)


def handwriting(rng: random.Random, text: str, colour: tuple[int, int, int] = INK) -> tuple[bytes, float]:
    """Text written by hand: each character its own size, slant and baseline; returns (PNG, width/height)."""
    px = 64
    cells: list[Image.Image] = []
    for ch in text:
        latin = ch.isascii()
        size = int(px * rng.uniform(0.85, 1.08) * (0.95 if latin else 1.0))
        glyph = Image.new("L", (px + 24, px + 30), 0)
        ImageDraw.Draw(glyph).text(
            ((px + 24) / 2, (px + 30) / 2 + rng.uniform(-4, 4)),
            ch,
            font=_font(size, latin=latin),
            fill=255,
            anchor="mm",
            stroke_width=1,
            stroke_fill=255,
        )
        glyph = glyph.rotate(rng.uniform(-9, 6), resample=Image.Resampling.BICUBIC)
        glyph = glyph.transform(
            glyph.size, Image.Transform.AFFINE, (1, 0.18, -10, 0, 1, 0), Image.Resampling.BICUBIC
        )
        keep = int((px * 0.62 if latin or ch in ".-/" else px * 0.98) * rng.uniform(0.92, 1.05))
        if ch in ".":
            keep = int(px * 0.35)
        cells.append(glyph.crop(((glyph.width - keep) // 2, 0, (glyph.width + keep) // 2, glyph.height)))
    total = sum(cell.width for cell in cells) + 16
    img = Image.new("L", (total, px + 30), 0)
    x = 8
    for cell in cells:
        img.paste(255, (x, 0), cell)
        x += cell.width
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return _png(_ink(img, rng, colour, patchy=0.15)), img.width / img.height
