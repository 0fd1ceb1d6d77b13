"""Things put on paper by hand or by stamp: red seals, handwritten dates, ticks and initials.

Each function returns PNG bytes with an alpha channel, to be laid over a page.
"""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .canvas import cjk_buffer

SEAL_RED = (214, 38, 44)
BLUE_INK = (28, 52, 150)


@lru_cache(maxsize=16)
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    """The CJK font at ``size`` pixels for Pillow."""
    return ImageFont.truetype(io.BytesIO(cjk_buffer()), size)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, colour: tuple[int, ...]) -> None:
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.382
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=colour)


def _char_on_arc(
    image: Image.Image, char: str, cx: float, cy: float, radius: float, angle: float, size: int
) -> None:
    """Stamp one character upright along a circle (``angle`` in radians, 0 = top)."""
    tile = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(tile).text((size, size), char, font=pil_font(size), fill=255, anchor="mm")
    tile = tile.rotate(-math.degrees(angle), resample=Image.Resampling.BICUBIC)
    x = cx + radius * math.sin(angle) - size
    y = cy - radius * math.cos(angle) - size
    red = Image.new("RGBA", tile.size, (*SEAL_RED, 255))
    image.paste(red, (int(x), int(y)), tile)


def _ink_texture(image: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    """Uneven stamp pressure: fade the alpha in blotches."""
    arr = np.asarray(image).copy()
    h, w = arr.shape[:2]
    noise = np.random.default_rng(rng.randrange(2**32)).random((h // 24 + 2, w // 24 + 2))
    blotch = np.asarray(
        Image.fromarray((noise * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC)
    )
    fine = np.random.default_rng(rng.randrange(2**32)).random((h, w))
    factor = 1 - strength * (blotch / 255.0) - 0.25 * strength * fine
    arr[..., 3] = (arr[..., 3] * np.clip(factor, 0.15, 1)).astype(np.uint8)
    return Image.fromarray(arr)


def round_seal(name: str, rng: random.Random, bottom: str = "", code: str = "", px: int = 520) -> bytes:
    """A red circular company seal: ring, five-point star, name along the upper arc.

    ``bottom`` is the horizontal line under the star (合同专用章, 财务专用章); ``code`` the
    13-digit seal number printed small along the lower arc.
    """
    image = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = px / 2
    ring = px * 0.035
    draw.ellipse(
        (ring / 2, ring / 2, px - ring / 2, px - ring / 2), outline=(*SEAL_RED, 255), width=int(ring)
    )
    _star(draw, c, c, px * 0.15, (*SEAL_RED, 255))
    size = int(px * (0.13 if len(name) <= 14 else 0.11))
    span = math.radians(min(250, 17 * len(name) + 40))
    for k, char in enumerate(name):
        angle = -span / 2 + span * (k + 0.5) / len(name)
        _char_on_arc(image, char, c, c, px * 0.36, angle, size)
    if bottom:
        draw.text(
            (c, c + px * 0.25), bottom, font=pil_font(int(px * 0.085)), fill=(*SEAL_RED, 255), anchor="mm"
        )
    if code:
        small = int(px * 0.05)
        arc = math.radians(70)
        for k, char in enumerate(code):
            angle = math.pi + arc / 2 - arc * (k + 0.5) / len(code)
            tile = Image.new("L", (small * 2, small * 2), 0)
            ImageDraw.Draw(tile).text((small, small), char, font=pil_font(small), fill=255, anchor="mm")
            tile = tile.rotate(-math.degrees(angle) + 180, resample=Image.Resampling.BICUBIC)
            x = c + px * 0.42 * math.sin(angle) - small
            y = c - px * 0.42 * math.cos(angle) - small
            image.paste(Image.new("RGBA", tile.size, (*SEAL_RED, 255)), (int(x), int(y)), tile)
    image = image.rotate(rng.uniform(-14, 14), resample=Image.Resampling.BICUBIC)
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    return _png(_ink_texture(image, rng, 0.45))


def oval_seal(name: str, rng: random.Random, px: int = 520) -> bytes:
    """An oval seal (发票专用章) with name on the arc and the credit code across the middle."""
    w, h = px, int(px * 0.68)
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((6, 6, w - 6, h - 6), outline=(*SEAL_RED, 255), width=10)
    lines = name.split("\n")
    first = int(min(h * 0.13, w * 0.74 / max(1, len(lines[0]))))
    draw.text((w / 2, h * 0.3), lines[0], font=pil_font(first), fill=(*SEAL_RED, 255), anchor="mm")
    if len(lines) > 1:
        draw.text(
            (w / 2, h * 0.52), lines[1], font=pil_font(int(h * 0.12)), fill=(*SEAL_RED, 255), anchor="mm"
        )
    draw.text(
        (w / 2, h * 0.76), "发票专用章", font=pil_font(int(h * 0.12)), fill=(*SEAL_RED, 255), anchor="mm"
    )
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    return _png(_ink_texture(image, rng, 0.3))


def handwriting(
    text: str, rng: random.Random, colour: tuple[int, int, int] = BLUE_INK, px: int = 90
) -> bytes:
    """Handwritten-looking text: every character jittered, tilted and slightly resized."""
    w = int(px * 1.05 * len(text) + px)
    h = int(px * 1.8)
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    x = px * 0.8
    slope = rng.uniform(-0.06, 0.04)
    for char in text:
        size = int(px * rng.uniform(0.82, 1.08) * (0.85 if char.isdigit() else 1.0))
        tile = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(tile).text(
            (size, size), char, font=pil_font(size), fill=255, anchor="mm", stroke_width=1
        )
        tile = tile.transform(
            tile.size, Image.Transform.AFFINE, (1, rng.uniform(0.15, 0.35), -size * 0.2, 0, 1, 0)
        )
        tile = tile.rotate(rng.uniform(-7, 7), resample=Image.Resampling.BICUBIC)
        y = h / 2 + slope * x + rng.uniform(-px * 0.06, px * 0.06) - size
        image.paste(Image.new("RGBA", tile.size, (*colour, 235)), (int(x - size * 0.5), int(y)), tile)
        x += size * (0.62 if char.isdigit() else 1.0) + rng.uniform(-2, 6)
    return _png(image.filter(ImageFilter.GaussianBlur(0.7)))


def tick(rng: random.Random, px: int = 120) -> bytes:
    """A ballpoint tick mark in blue."""
    image = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    a = (px * 0.1, px * rng.uniform(0.5, 0.6))
    b = (px * rng.uniform(0.35, 0.42), px * 0.85)
    c = (px * 0.92, px * rng.uniform(0.08, 0.18))
    draw.line([a, b, c], fill=(*BLUE_INK, 230), width=max(3, px // 22), joint="curve")
    return _png(image.filter(ImageFilter.GaussianBlur(0.6)))


def scribble_signature(rng: random.Random, px: int = 240) -> bytes:
    """A loose pen scrawl standing in for a signature (initials over a flourish)."""
    w, h = px, px // 2
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for k in range(40):
        t = k / 39
        x = w * (0.05 + 0.9 * t)
        y = h * (0.5 + 0.32 * math.sin(t * rng.uniform(9, 14) + rng.uniform(0, 3)) * (1 - 0.4 * t))
        points.append((x, y))
    draw.line(points, fill=(20, 20, 40, 230), width=3, joint="curve")
    return _png(image.filter(ImageFilter.GaussianBlur(0.5)))


def emblem(px: int = 300) -> bytes:
    """A plain red national-emblem stand-in: a disc with five stars and a gate outline."""
    image = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse(
        (px * 0.08, px * 0.08, px * 0.92, px * 0.92),
        fill=(205, 30, 35, 255),
        outline=(230, 180, 60, 255),
        width=8,
    )
    _star(draw, px * 0.5, px * 0.3, px * 0.11, (240, 200, 70, 255))
    for k in range(4):
        angle = math.radians(-60 + k * 40)
        _star(
            draw,
            px * 0.5 + px * 0.22 * math.sin(angle),
            px * 0.33 - px * 0.12 * math.cos(angle) + px * 0.05,
            px * 0.04,
            (240, 200, 70, 255),
        )
    draw.rectangle((px * 0.3, px * 0.55, px * 0.7, px * 0.72), outline=(240, 200, 70, 255), width=6)
    return _png(image)
