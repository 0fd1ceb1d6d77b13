"""Pictures pressed onto papers: round and oval seals, pen signatures, QR codes (PNG with alpha)."""

from __future__ import annotations

import io
import math
import random
import tempfile
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image, ImageDraw, ImageFilter, ImageFont

PX_PER_MM = 12
"""Seals and signatures are drawn at about 300 dpi."""
SEAL_RED = (214, 38, 46)


@cache
def _font_file() -> str:
    """PyMuPDF's CJK face written once to a temporary file, so that each size PIL opens reads it from disk
    instead of holding its own 3.5 MB copy."""
    path = Path(tempfile.gettempdir()) / "xinxing-droid-sans-fallback.ttf"
    buffer = fitz.Font("china-s").buffer
    if not path.exists() or path.stat().st_size != len(buffer):
        path.write_bytes(buffer)
    return str(path)


@cache
def _face(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_font_file(), size)


def _glyph(char: str, size: int, color: tuple[int, int, int]) -> Image.Image:
    face = _face(size)
    box = face.getbbox(char)
    image = Image.new("RGBA", (size + 8, size + 8), (0, 0, 0, 0))
    ImageDraw.Draw(image).text(
        (4 - box[0] + (size - (box[2] - box[0])) / 2, 4 - box[1] + (size - (box[3] - box[1])) / 2),
        char,
        font=face,
        fill=(*color, 255),
    )
    return image


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False, compress_level=3)
    return buffer.getvalue()


def _ink(image: Image.Image, rng: random.Random, strength: float = 0.35) -> Image.Image:
    """Uneven stamp ink: blotchy alpha, a few dry spots, a slightly soft edge."""
    arr = np.array(image).astype(np.float32)
    h, w = arr.shape[:2]
    np_rng = np.random.default_rng(rng.randrange(2**32))
    low = cv2.resize(
        np_rng.random((max(2, h // 40), max(2, w // 40))).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_CUBIC,
    )
    grain = np_rng.random((h, w)).astype(np.float32)
    factor = np.clip(1 - strength * low - 0.25 * (grain > 0.93), 0.25, 1)
    arr[..., 3] *= factor * rng.uniform(0.8, 0.95)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGBA")
    return out.filter(ImageFilter.GaussianBlur(0.6))


def _arc_text(
    image: Image.Image,
    text: str,
    cx: float,
    cy: float,
    rx: float,
    ry: float,
    size: int,
    span: float,
    color: tuple[int, int, int],
    outward: bool = True,
) -> None:
    """Characters along the upper arc of an ellipse (``span`` degrees, centred on the top), tops outward."""
    count = len(text)
    for i, char in enumerate(text):
        theta = math.radians(-span / 2 + span * (i + 0.5) / count) if count > 1 else 0.0
        x = cx + rx * math.sin(theta)
        y = cy - ry * math.cos(theta)
        glyph = _glyph(char, size, color).rotate(
            -math.degrees(theta) if outward else 180 - math.degrees(theta),
            resample=Image.Resampling.BICUBIC,
            expand=True,
        )
        image.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))


def _bottom_arc_text(
    image: Image.Image,
    text: str,
    cx: float,
    cy: float,
    r: float,
    size: int,
    span: float,
    color: tuple[int, int, int],
) -> None:
    """Characters along the lower arc, read left to right, upright toward the centre (the seal's 13-digit code)."""
    count = len(text)
    for i, char in enumerate(text):
        theta = math.radians(-span / 2 + span * (i + 0.5) / count)
        x = cx + r * math.sin(theta)
        y = cy + r * math.cos(theta)
        glyph = _glyph(char, size, color).rotate(
            math.degrees(theta), resample=Image.Resampling.BICUBIC, expand=True
        )
        image.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, color: tuple[int, int, int]) -> None:
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.382
        angle = math.radians(-90 + 36 * k)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=(*color, 255))


def round_seal(
    rng: random.Random, name: str, centre: str = "", code: str = "", diameter_mm: float = 42
) -> bytes:
    """A company's round seal: ring, name on the arc, star, an optional line under it (合同专用章), and
    on newer seals a 13-digit code along the bottom. The same seal is one engraving; each impression
    turns and inks it anew."""
    image = _round_engraving(name, centre, code, diameter_mm)
    return _png(_ink(image.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC), rng))


@cache
def _round_engraving(name: str, centre: str, code: str, diameter_mm: float) -> Image.Image:
    d = int(diameter_mm * PX_PER_MM)
    image = Image.new("RGBA", (d + 20, d + 20), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = (d + 20) / 2
    ring = 1.2 * PX_PER_MM
    draw.ellipse((c - d / 2, c - d / 2, c + d / 2, c + d / 2), outline=(*SEAL_RED, 255), width=int(ring))
    span = max(170, min(250, 18 * len(name) + 40))
    radius = d / 2 - ring - d * 0.085
    size = int(min(d * 0.15, 0.92 * radius * math.radians(span) / len(name)))
    _arc_text(image, name, c, c, d / 2 - ring - size * 0.62, d / 2 - ring - size * 0.62, size, span, SEAL_RED)
    _star(draw, c, c, d * 0.16, SEAL_RED)
    if centre:
        face = _face(int(d * 0.095))
        width = face.getlength(centre)
        draw.text((c - width / 2, c + d * 0.2), centre, font=face, fill=(*SEAL_RED, 255))
    if code:
        _bottom_arc_text(image, code, c, c, d / 2 - ring - d * 0.05, int(d * 0.055), 70, SEAL_RED)
    return image


def oval_seal(
    rng: random.Random, name: str, middle: str, bottom: str, width_mm: float = 40, height_mm: float = 30
) -> bytes:
    """The oval 发票专用章 (tax number in the middle) or a bank's 电子回单专用章."""
    return _png(_ink(_oval_engraving(name, middle, bottom, width_mm, height_mm), rng, 0.25))


@cache
def _oval_engraving(name: str, middle: str, bottom: str, width_mm: float, height_mm: float) -> Image.Image:
    w, h = int(width_mm * PX_PER_MM), int(height_mm * PX_PER_MM)
    image = Image.new("RGBA", (w + 20, h + 20), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    cx, cy = (w + 20) / 2, (h + 20) / 2
    draw.ellipse(
        (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), outline=(*SEAL_RED, 255), width=int(1.0 * PX_PER_MM)
    )
    span = min(210, 14 * len(name) + 40)
    mean_radius = (w + h) / 4 - h * 0.12
    size = int(min(h * 0.14, 0.85 * mean_radius * math.radians(span) / len(name)))
    _arc_text(image, name, cx, cy, w / 2 - size * 0.95, h / 2 - size * 0.85, size, span, SEAL_RED)
    if middle:
        face = _face(int(h * 0.14))
        strip = Image.new("RGBA", (int(face.getlength(middle)) + 4, int(h * 0.2)), (0, 0, 0, 0))
        ImageDraw.Draw(strip).text((2, 0), middle, font=face, fill=(*SEAL_RED, 255))
        strip = strip.resize((int(w * 0.74), int(h * 0.14)), Image.Resampling.LANCZOS)
        image.alpha_composite(strip, (int(cx - strip.width / 2), int(cy - h * 0.02)))
    if bottom:
        face = _face(int(h * 0.13))
        tw = face.getlength(bottom)
        draw.text((cx - tw / 2, cy + h * 0.16), bottom, font=face, fill=(*SEAL_RED, 255))
    return image


def square_seal(rng: random.Random, lines: list[str], width_mm: float = 38, height_mm: float = 20) -> bytes:
    """A CPA's rectangular name seal."""
    w, h = int(width_mm * PX_PER_MM), int(height_mm * PX_PER_MM)
    image = Image.new("RGBA", (w + 10, h + 10), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((5, 5, w + 5, h + 5), outline=(*SEAL_RED, 255), width=int(0.7 * PX_PER_MM))
    face = _face(int(h / (len(lines) + 1.2)))
    for i, line in enumerate(lines):
        tw = face.getlength(line)
        draw.text(
            ((w + 10 - tw) / 2, 5 + h * (i + 0.35) / len(lines)), line, font=face, fill=(*SEAL_RED, 255)
        )
    return _png(_ink(image, rng, 0.3))


def signature(
    rng: random.Random, name: str, height_mm: float = 9, color: tuple[int, int, int] = (25, 30, 80)
) -> bytes:
    """A pen signature: the name's glyphs thinned, slanted, each a little off its neighbours, warped smoothly."""
    size = int(height_mm * PX_PER_MM)
    chars = [c for c in name if c != "·"]
    canvas = Image.new("L", (int(size * (len(chars) * 0.8 + 1)), size * 2), 0)
    x = size * 0.3
    for char in chars:
        face = _face(int(size * rng.choice((0.88, 0.96, 1.04))))
        ImageDraw.Draw(canvas).text(
            (x, size * 0.4 + rng.uniform(-0.12, 0.12) * size), char, font=face, fill=255
        )
        x += size * rng.uniform(0.62, 0.78)
    arr = np.array(canvas)
    arr = cv2.erode(arr, np.ones((3, 3), np.uint8), iterations=1)
    h, w = arr.shape
    shear = rng.uniform(0.2, 0.4)
    matrix = np.array([[1, -shear, shear * h / 2], [0, 1, 0]], dtype=np.float32)
    arr = cv2.warpAffine(arr, matrix, (w, h))
    np_rng = np.random.default_rng(rng.randrange(2**32))
    dx = cv2.GaussianBlur(np_rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 12) * 60
    dy = cv2.GaussianBlur(np_rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 12) * 60
    gx, gy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    arr = cv2.remap(arr, gx + dx, gy + dy, cv2.INTER_LINEAR)
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., :3] = color
    rgba[..., 3] = (arr.astype(np.float32) * rng.uniform(0.8, 0.95)).astype(np.uint8)
    image = Image.fromarray(rgba, "RGBA").rotate(
        rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=True
    )
    return _png(image.crop(image.getbbox() or (0, 0, w, h)))


def qr_png(payload: str, modules_px: int = 8) -> bytes:
    """A QR code (OpenCV's encoder) with its quiet zone, black on white."""
    encoder = cv2.QRCodeEncoder.create()
    matrix = encoder.encode(payload)
    big = cv2.resize(
        matrix, (matrix.shape[1] * modules_px, matrix.shape[0] * modules_px), interpolation=cv2.INTER_NEAREST
    )
    ok, data = cv2.imencode(".png", big)
    if not ok:
        raise RuntimeError("QR encoding failed")
    return bytes(data)


def emblem(rng: random.Random, diameter_mm: float = 22) -> bytes:
    """A plain red national-emblem-like roundel for the licence head (not the real emblem: rings and a star)."""
    d = int(diameter_mm * PX_PER_MM)
    image = Image.new("RGBA", (d + 10, d + 10), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = (d + 10) / 2
    draw.ellipse((c - d / 2, c - d / 2, c + d / 2, c + d / 2), fill=(200, 30, 35, 255))
    draw.ellipse(
        (c - d * 0.36, c - d * 0.36, c + d * 0.36, c + d * 0.36),
        outline=(240, 200, 60, 255),
        width=int(d * 0.04),
    )
    _star(draw, c, c - d * 0.05, d * 0.18, (240, 200, 60))
    for k in range(4):
        _star(draw, c - d * 0.28 + k * d * 0.18, c + d * 0.22, d * 0.05, (240, 200, 60))
    return _png(image)
