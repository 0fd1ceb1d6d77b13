"""Ink laid on paper after printing: round seals, 骑缝章 strips, certified-copy stamps, pen writing, QR codes.

Each mark is an RGBA image (colour + coverage) multiplied onto a sheet, so that text under a seal stays
visible through it as on real paper.
"""

from __future__ import annotations

import math
import random

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter

from .sheet import MM_PER_INCH, font

RED = (205, 32, 40)
SEAL_RED = (214, 40, 48)
BLUE = (38, 62, 168)
PEN_BLUE = (28, 40, 120)
PEN_BLACK = (25, 25, 30)


def px(mm: float, dpi: int) -> int:
    return max(1, round(mm * dpi / MM_PER_INCH))


def multiply(page: Image.Image, ink: Image.Image, left: int, top: int) -> None:
    """Multiply the RGBA ``ink`` onto the RGB ``page`` in place (clipped to the page)."""
    x0, y0 = max(left, 0), max(top, 0)
    x1, y1 = min(left + ink.width, page.width), min(top + ink.height, page.height)
    if x1 <= x0 or y1 <= y0:
        return
    region = np.asarray(page.crop((x0, y0, x1, y1)), dtype=np.float32)
    mark = np.asarray(ink.crop((x0 - left, y0 - top, x1 - left, y1 - top)), dtype=np.float32) / 255.0
    alpha = mark[..., 3:4]
    out = region * (1 - alpha + alpha * mark[..., :3])
    page.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (x0, y0))


def _coverage(mask: Image.Image, rng: random.Random, wear: float) -> Image.Image:
    """Uneven inking: low-frequency density and small dropouts on a coverage mask."""
    a = np.asarray(mask, dtype=np.float32) / 255.0
    h, w = a.shape
    low = np.asarray(
        Image.fromarray(
            (np.random.default_rng(rng.randrange(2**32)).random((6, 6)) * 255).astype(np.uint8)
        ).resize((w, h), Image.Resampling.BICUBIC),
        dtype=np.float32,
    )
    density = 1.0 - wear * (low / 255.0)
    grain = np.random.default_rng(rng.randrange(2**32)).random((h, w)) > wear * 0.35
    a = a * density * grain
    return Image.fromarray((a.clip(0, 1) * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


def _rgba(mask: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    out = Image.new("RGBA", mask.size, (*colour, 0))
    out.putalpha(mask)
    return out


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.382
        angle = math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    draw.polygon(points, fill=255)


def _glyph(char: str, size: int) -> Image.Image:
    face = font("cjk" if ord(char) > 0x2E80 else "helv", size)
    box = face.getbbox(char)
    g = Image.new("L", (size + 4, size + 4), 0)
    ImageDraw.Draw(g).text(
        ((size + 4 - (box[2] - box[0])) / 2 - box[0], (size + 4) / 2), char, font=face, fill=255, anchor="lm"
    )
    return g


def round_seal(
    name: str,
    dpi: int,
    rng: random.Random,
    diameter_mm: float = 40.0,
    centre_text: str = "",
    number: str = "",
    colour: tuple[int, int, int] = SEAL_RED,
    wear: float = 0.35,
) -> Image.Image:
    """A round official seal: ring, star, the name along the upper arc, an optional 合同专用章 line."""
    d = px(diameter_mm, dpi)
    scale = 2  # drawn at twice the size, then reduced: smooth arcs
    size = d * scale
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    ring = size * 0.035
    draw.ellipse([ring / 2, ring / 2, size - ring / 2, size - ring / 2], outline=255, width=round(ring))
    _star(draw, size / 2, size / 2, size * 0.15)
    glyph_px = round(size * (0.15 if len(name) <= 12 else 0.125 if len(name) <= 18 else 0.105))
    radius = size / 2 - ring * 1.6 - glyph_px * 0.62
    span = min(250.0, 20.0 * len(name) * glyph_px / (size * 0.13))
    for k, char in enumerate(name):
        theta = -span / 2 + span * (k + 0.5) / len(name)
        g = _glyph(char, glyph_px).resize((glyph_px + 4, round((glyph_px + 4) * 1.18)))
        g = g.rotate(-theta, expand=True, resample=Image.Resampling.BICUBIC)
        t = math.radians(theta)
        cx = size / 2 + radius * math.sin(t)
        cy = size / 2 - radius * math.cos(t)
        mask.paste(255, (round(cx - g.width / 2), round(cy - g.height / 2)), g)
    if centre_text:
        small = round(size * 0.105)
        face = font("cjk", small)
        draw.text((size / 2, size * 0.76), centre_text, font=face, fill=255, anchor="mm")
    if number:
        small = round(size * 0.055)
        nspan = 70.0
        for k, char in enumerate(number):
            theta = 180 + nspan / 2 - nspan * (k + 0.5) / len(number)
            g = _glyph(char, small).rotate(180 - theta, expand=True)
            t = math.radians(theta)
            r = size / 2 - ring - small * 0.9
            mask.paste(
                255,
                (
                    round(size / 2 + r * math.sin(t) - g.width / 2),
                    round(size / 2 - r * math.cos(t) - g.height / 2),
                ),
                g,
            )
    mask = mask.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC).resize(
        (d, d), Image.Resampling.LANCZOS
    )
    return _rgba(_coverage(mask, rng, wear), colour)


def handwriting(
    text: str, dpi: int, rng: random.Random, height_mm: float = 6.0, colour=PEN_BLUE, cursive: float = 0.2
) -> Image.Image:
    """Pen writing: every character tilted, shifted and sized a little on its own, strokes thickened."""
    h = px(height_mm, dpi)
    chars = []
    for char in text:
        size = round(h * rng.uniform(0.85, 1.1) * (0.75 if ord(char) < 0x2E80 else 1.0))
        g = _glyph(char, size)
        g = g.transform(
            g.size,
            Image.Transform.AFFINE,
            (1, cursive, -cursive * size / 2, 0, 1, 0),
            Image.Resampling.BICUBIC,
        )
        g = g.rotate(rng.uniform(-7, 7), expand=True, resample=Image.Resampling.BICUBIC)
        chars.append(g)
    width = sum(int(g.width * 0.82) for g in chars) + h
    mask = Image.new("L", (width, h * 2), 0)
    x = h // 4
    for char, g in zip(text, chars, strict=True):
        mask.paste(255, (x, h - g.height // 2 + rng.randint(-h // 10, h // 10)), g)
        x += int(g.width * (rng.uniform(0.72, 0.86) if ord(char) > 0x2E80 else rng.uniform(0.45, 0.55)))
    mask = mask.filter(ImageFilter.MaxFilter(3)) if dpi >= 250 else mask
    mask = mask.crop((0, 0, x + h // 4, h * 2))
    return _rgba(_coverage(mask, rng, 0.12), colour)


def signature(name: str, dpi: int, rng: random.Random, colour=PEN_BLACK) -> Image.Image:
    """A quick signature: the name written fast and slanted, with an underline flourish."""
    sig = handwriting(name, dpi, rng, rng.uniform(6.5, 8.5), colour, cursive=rng.uniform(0.25, 0.45))
    draw = ImageDraw.Draw(sig)
    y = sig.height * rng.uniform(0.72, 0.82)
    draw.line(
        [(sig.width * 0.05, y + 4), (sig.width * 0.95, y - 6)], fill=(*colour, 210), width=max(2, dpi // 120)
    )
    return sig


def certified_stamp(
    lines: tuple[str, ...], dpi: int, rng: random.Random, colour: tuple[int, int, int] = RED
) -> Image.Image:
    """The rectangular 此复印件与原件一致 stamp (double frame) that offices ink onto copies."""
    char = px(4.6, dpi)
    face = font("cjk", char)
    width = max(face.getlength(line) for line in lines) + char * 1.6
    height = char * (1.55 * len(lines) + 0.9)
    mask = Image.new("L", (round(width), round(height)), 0)
    draw = ImageDraw.Draw(mask)
    outer = max(2, px(0.7, dpi))
    draw.rectangle([0, 0, mask.width - 1, mask.height - 1], outline=255, width=outer)
    inset = outer + px(0.6, dpi)
    draw.rectangle(
        [inset, inset, mask.width - 1 - inset, mask.height - 1 - inset], outline=255, width=max(1, outer // 2)
    )
    for k, line in enumerate(lines):
        draw.text((mask.width / 2, char * (1.2 + 1.5 * k)), line, font=face, fill=255, anchor="mm")
    mask = mask.rotate(rng.uniform(-3.5, 3.5), expand=True, resample=Image.Resampling.BICUBIC)
    return _rgba(_coverage(mask, rng, 0.45), colour)


def qr(payload: str, module_px: int) -> Image.Image:
    """A QR code as an RGBA ink (black modules, transparent ground)."""
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    modules = np.asarray(code.to_image(scale=1))
    mask = Image.fromarray(((modules < 128) * 255).astype(np.uint8)).resize(
        (modules.shape[1] * module_px, modules.shape[0] * module_px), Image.Resampling.NEAREST
    )
    return _rgba(mask, (10, 10, 10))


def strip(seal: Image.Image, index: int, count: int) -> Image.Image:
    """The ``index``-th of ``count`` vertical slices of a seal stamped across fanned page edges (骑缝章)."""
    w = seal.width / count
    return seal.crop((round(w * index), 0, round(w * (index + 1)), seal.height))
