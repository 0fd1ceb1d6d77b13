"""Marks drawn as RGBA images: round seals, handwriting, ticks and QR codes (Pillow, OpenCV, numpy)."""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

PX_PER_MM = 12  # about 300 dpi
SEAL_RED = (205, 32, 45)
PEN_BLUE = (28, 44, 128)
PEN_BLACK = (25, 25, 30)


@lru_cache(maxsize=1)
def font_bytes() -> bytes:
    """Droid Sans Fallback as PyMuPDF ships it (the CJK face of this family)."""
    return bytes(pymupdf.Font("china-s").buffer)


@lru_cache(maxsize=64)
def pil_font(size_px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(font_bytes()), size_px)


def _glyph(ch: str, size_px: int, bold: float = 0.0) -> Image.Image:
    """One character as an L mask, roughly square."""
    font = pil_font(size_px)
    pad = size_px // 4
    img = Image.new("L", (size_px + 2 * pad, int(size_px * 1.25) + 2 * pad), 0)
    draw = ImageDraw.Draw(img)
    stroke = max(0, round(bold * size_px))
    draw.text((pad, pad), ch, font=font, fill=255, stroke_width=stroke, stroke_fill=255)
    return img


def _paste_mask(canvas: Image.Image, mask: Image.Image, cx: float, cy: float) -> None:
    x = round(cx - mask.width / 2)
    y = round(cy - mask.height / 2)
    canvas.paste(255, (x, y), mask)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.382
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=255)


def _ink(
    mask: Image.Image, colour: tuple[int, int, int], rng: random.Random, load: float, wear: float
) -> Image.Image:
    """Colour a mask as ink: uneven load, worn patches, soft edges."""
    arr = np.asarray(mask.filter(ImageFilter.GaussianBlur(0.7)), dtype=np.float32) / 255.0
    h, w = arr.shape
    np_rng = np.random.default_rng(rng.randrange(2**32))
    coarse: np.ndarray = np_rng.random((max(2, h // 40), max(2, w // 40))).astype(np.float32)
    coarse = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    fine = np_rng.random((h, w)).astype(np.float32)
    alpha = arr * load * (1.0 - wear * np.clip(coarse - 0.35, 0, 1) * 1.6) * (0.85 + 0.15 * fine)
    alpha = np.clip(alpha, 0, 1)
    out = np.zeros((h, w, 4), dtype=np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = colour
    out[..., 3] = (alpha * 255).astype(np.uint8)
    return Image.fromarray(out, "RGBA")


def round_seal(
    rng: random.Random,
    name: str,
    bottom: str = "",
    number: str = "",
    diameter_mm: float = 42.0,
    angle: float = 0.0,
    load: float = 0.85,
    wear: float = 0.35,
) -> Image.Image:
    """A round seal: name along the upper arc, a star, ``bottom`` straight under it, ``number`` along the lower arc."""
    size = int(diameter_mm * PX_PER_MM)
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    c = size / 2
    ring = max(3, int(1.1 * PX_PER_MM))
    draw.ellipse((ring / 2, ring / 2, size - ring / 2, size - ring / 2), outline=255, width=ring)
    _star(draw, c, c, size * 0.16)
    span = min(230.0 if number else 250.0, 24.0 * len(name) + 40.0)
    char_px = int(6.2 * PX_PER_MM * diameter_mm / 42.0)
    for _ in range(2):
        radius = c - ring - char_px * 0.62
        char_px = int(
            min(6.2 * PX_PER_MM * diameter_mm / 42.0, 1.02 * radius * math.radians(span) / len(name))
        )
    radius = c - ring - char_px * 0.62
    for k, ch in enumerate(name):
        theta = -90.0 - span / 2 + span * (k + 0.5) / len(name)
        glyph = _glyph(ch, char_px, bold=0.03)
        glyph = glyph.resize((int(glyph.width * 0.78), glyph.height), resample=Image.Resampling.BICUBIC)
        glyph = glyph.rotate(-(theta + 90.0), resample=Image.Resampling.BICUBIC, expand=True)
        _paste_mask(
            mask,
            glyph,
            c + radius * math.cos(math.radians(theta)),
            c + radius * math.sin(math.radians(theta)),
        )
    if bottom:
        bpx = int(4.2 * PX_PER_MM * diameter_mm / 42.0)
        font = pil_font(bpx)
        width = draw.textlength(bottom, font=font)
        draw.text((c - width / 2, c + size * 0.13), bottom, font=font, fill=255)
    if number:
        npx = int(2.4 * PX_PER_MM)
        nr = c - ring - npx * 0.7
        nspan = 6.5 * len(number)
        for k, ch in enumerate(number):
            theta = 90.0 + nspan / 2 - nspan * (k + 0.5) / len(number)
            glyph = _glyph(ch, npx).rotate(-(theta - 90.0), resample=Image.Resampling.BICUBIC, expand=True)
            _paste_mask(
                mask, glyph, c + nr * math.cos(math.radians(theta)), c + nr * math.sin(math.radians(theta))
            )
    image = _ink(mask, SEAL_RED, rng, load, wear)
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False)


def oval_seal(rng: random.Random, name: str, middle: str, bottom: str, angle: float = 0.0) -> Image.Image:
    """An oval seal (audit firm's 报告专用章 style): name along the upper arc, a middle line, a bottom word."""
    w, h = int(44 * PX_PER_MM), int(30 * PX_PER_MM)
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    ring = int(0.9 * PX_PER_MM)
    draw.ellipse((ring / 2, ring / 2, w - ring / 2, h - ring / 2), outline=255, width=ring)
    char_px = int(min(4.2 * PX_PER_MM, 2.1 * w / max(len(name), 1)))
    span = 210.0
    for k, ch in enumerate(name):
        theta = -90.0 - span / 2 + span * (k + 0.5) / len(name)
        x = w / 2 + (w / 2 - ring - char_px * 0.65) * math.cos(math.radians(theta))
        y = h / 2 + (h / 2 - ring - char_px * 0.65) * math.sin(math.radians(theta))
        glyph = _glyph(ch, char_px)
        glyph = glyph.resize((int(glyph.width * 0.7), glyph.height), resample=Image.Resampling.BICUBIC)
        glyph = glyph.rotate(-(theta + 90.0), resample=Image.Resampling.BICUBIC, expand=True)
        _paste_mask(mask, glyph, x, y)
    for text, y, px in ((middle, h * 0.5, int(3.0 * PX_PER_MM)), (bottom, h * 0.72, int(4.0 * PX_PER_MM))):
        font = pil_font(px)
        width = draw.textlength(text, font=font)
        draw.text((w / 2 - width / 2, y - px / 2), text, font=font, fill=255)
    return _ink(mask, SEAL_RED, rng, 0.85, 0.3).rotate(angle, resample=Image.Resampling.BICUBIC, expand=False)


def handwriting(
    rng: random.Random,
    text: str,
    height_mm: float = 5.0,
    colour: tuple[int, int, int] = PEN_BLUE,
    slant: float = 0.18,
) -> Image.Image:
    """Text written by a pen: each glyph turned, shifted and scaled a little, the whole line slanted."""
    px = int(height_mm * PX_PER_MM)
    advance = 0.0
    placed = []
    for ch in text:
        scale = rng.uniform(0.86, 1.1) * (0.62 if ch.isascii() else 1.0)
        glyph = _glyph(ch, max(8, int(px * scale)), bold=0.025)
        glyph = glyph.rotate(rng.uniform(-7, 7), resample=Image.Resampling.BICUBIC, expand=True)
        placed.append((glyph, advance, rng.uniform(-0.08, 0.08) * px))
        width_px = pil_font(max(8, int(px * scale))).getlength(ch)
        advance += width_px * rng.uniform(0.84, 0.98)
    width = int(advance + px * 1.2)
    height = int(px * 2.0)
    mask = Image.new("L", (width, height), 0)
    for glyph, x, dy in placed:
        mask.paste(255, (int(x), int(height / 2 - glyph.height / 2 + dy)), glyph)
    shear = (1, slant, -slant * height / 2, 0, 1, 0)
    mask = mask.transform(mask.size, Image.Transform.AFFINE, shear, resample=Image.Resampling.BICUBIC)
    return _ink(mask, colour, rng, 0.95, 0.05)


def tick(rng: random.Random, size_mm: float = 4.0, colour: tuple[int, int, int] = PEN_BLUE) -> Image.Image:
    px = int(size_mm * PX_PER_MM)
    mask = Image.new("L", (px, px), 0)
    draw = ImageDraw.Draw(mask)
    j = lambda: rng.uniform(-0.06, 0.06) * px  # noqa: E731
    draw.line(
        [
            (0.1 * px + j(), 0.55 * px + j()),
            (0.4 * px + j(), 0.88 * px + j()),
            (0.95 * px + j(), 0.12 * px + j()),
        ],
        fill=255,
        width=max(2, px // 10),
        joint="curve",
    )
    return _ink(mask, colour, rng, 0.95, 0.05)


def qr(payload: str, module_px: int = 8) -> Image.Image:
    """A QR code (OpenCV's encoder) as an RGBA image with a quiet zone."""
    encoder = cv2.QRCodeEncoder.create()
    code = encoder.encode(payload)
    code = cv2.resize(
        code, (code.shape[1] * module_px, code.shape[0] * module_px), interpolation=cv2.INTER_NEAREST
    )
    code = cv2.copyMakeBorder(
        code, 2 * module_px, 2 * module_px, 2 * module_px, 2 * module_px, cv2.BORDER_CONSTANT, value=255
    )
    rgb = np.stack([code] * 3, axis=-1).astype(np.uint8)
    alpha = np.full(code.shape, 255, dtype=np.uint8)
    return Image.fromarray(np.dstack([rgb, alpha]), "RGBA")


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()
