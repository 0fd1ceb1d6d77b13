"""Drawn marks as PNG images: QR codes, round company seals, oval 发票专用章, the tax bureau's 监制章, signatures."""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .sheet import font_bytes

SEAL_RED = (214, 30, 36)


@lru_cache(maxsize=64)
def _face(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(font_bytes()), px)


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=3)
    return buf.getvalue()


def qr_png(payload: str, module_px: int = 8, ec: str = "M") -> bytes:
    """A QR code, 2 modules of quiet zone, black on white."""
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ec)
    bits = np.array(code.to_image(scale=1, add_quiet_zones=False)) < 128
    n = bits.shape[0] + 4
    img = np.full((n, n), 255, np.uint8)
    img[2:-2, 2:-2][bits] = 0
    big = np.kron(img, np.ones((module_px, module_px), np.uint8))
    return _png(Image.fromarray(big, "L"))


def decode_qr(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


def _ink(layer: Image.Image, rng: random.Random, color: tuple[int, int, int], strength: float) -> Image.Image:
    """Turn a white-on-black mask into uneven red ink on transparency."""
    mask = np.asarray(layer, dtype=np.float32) / 255.0
    h, w = mask.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))  # seeded: the same seed gives the same ink
    coarse = gen.random((h // 6 + 1, w // 6 + 1), dtype=np.float32)
    noise = np.asarray(
        Image.fromarray((coarse * 255).astype(np.uint8), "L").resize((w, h), Image.Resampling.BILINEAR),
        dtype=np.float32,
    )
    noise = (noise - noise.min()) / (np.ptp(noise) + 1e-6)
    alpha = mask * (0.55 + 0.45 * noise) * strength
    speck = gen.random((h, w), dtype=np.float32)
    alpha = np.where(speck < 0.12 * rng.random(), alpha * 0.3, alpha)
    out = np.zeros((h, w, 4), np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = color
    out[..., 3] = np.clip(alpha * 235, 0, 255).astype(np.uint8)
    img = Image.fromarray(out, "RGBA")
    return img.filter(ImageFilter.BoxBlur(0.6))


def _arc_text(
    draw_on: Image.Image,
    text: str,
    cx: float,
    cy: float,
    rx: float,
    ry: float,
    px: int,
    start: float,
    end: float,
    outward: bool = True,
) -> None:
    """Characters along an ellipse from angle ``start`` to ``end`` (degrees, 0 = up, clockwise)."""
    n = len(text)
    for i, ch in enumerate(text):
        a = start + (end - start) * (i + 0.5) / n if n > 1 else (start + end) / 2
        rad = math.radians(a)
        x = cx + rx * math.sin(rad)
        y = cy - ry * math.cos(rad)
        glyph = Image.new("L", (px * 2, px * 2), 0)
        ImageDraw.Draw(glyph).text((px, px), ch, fill=255, font=_face(px), anchor="mm")
        rot = glyph.rotate(-a if outward else 180 - a, resample=Image.Resampling.BICUBIC)
        draw_on.paste(255, (int(x - px), int(y - px)), rot)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.4
        a = math.radians(-90 + k * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=255)


def round_seal(
    rng: random.Random, name: str, bottom: str = "", size_px: int = 480, number: str = ""
) -> bytes:
    """A round official seal: ring, the name on the upper arc, a star, an optional bottom line (合同专用章)."""
    s = size_px
    layer = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(layer)
    c = s / 2
    ring = s * 0.035
    d.ellipse((ring, ring, s - ring, s - ring), outline=255, width=int(s * 0.032))
    n = len(name)
    span = min(250.0, 120 + n * 9)
    px = int(s * (0.13 if n <= 12 else 0.11 if n <= 16 else 0.095))
    _arc_text(layer, name, c, c, s * 0.36, s * 0.36, px, -span / 2, span / 2)
    _star(d, c, c, s * 0.13)
    if bottom:
        bpx = int(s * 0.085)
        d.text((c, c + s * 0.24), bottom, fill=255, font=_face(bpx), anchor="mm")
    if number:
        _arc_text(layer, number, c, c, s * 0.40, s * 0.40, int(s * 0.045), 150, 210, outward=False)
    img = _ink(layer, rng, SEAL_RED, 0.85 + 0.15 * rng.random())
    img = img.rotate(rng.uniform(-14, 14), resample=Image.Resampling.BICUBIC)
    return _png(img)


def oval_seal(rng: random.Random, name: str, tax_id: str, size_px: int = 520) -> bytes:
    """The oval 发票专用章: seller's name on the upper arc, its tax number across, 发票专用章 below."""
    w, h = size_px, int(size_px * 0.7)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    m = w * 0.03
    d.ellipse((m, m, w - m, h - m), outline=255, width=int(w * 0.022))
    n = len(name)
    px = int(w * (0.085 if n <= 14 else 0.07))
    _arc_text(layer, name, w / 2, h / 2, w * 0.38, h * 0.34, px, -min(115, 40 + n * 6), min(115, 40 + n * 6))
    tf = _face(int(w * 0.052))
    d.text((w / 2, h * 0.55), tax_id, fill=255, font=tf, anchor="mm")
    d.text((w / 2, h * 0.77), "发票专用章", fill=255, font=_face(int(w * 0.075)), anchor="mm")
    img = _ink(layer, rng, SEAL_RED, 0.9)
    return _png(img.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC))


def bureau_seal(rng: random.Random, region: str = "新疆维吾尔自治区税务局") -> bytes:
    """The oval 全国统一发票监制章 printed behind an invoice's title."""
    w, h = 600, 400
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse((10, 10, w - 10, h - 10), outline=255, width=9)
    _arc_text(layer, "全国统一发票监制章", w / 2, h / 2, w * 0.37, h * 0.33, 46, -80, 80)
    d.text((w / 2, h * 0.53), "国家税务总局", fill=255, font=_face(50), anchor="mm")
    d.line((w * 0.2, h * 0.64, w * 0.8, h * 0.64), fill=255, width=4)
    d.text((w / 2, h * 0.77), region, fill=255, font=_face(34 if len(region) > 8 else 44), anchor="mm")
    mask = np.asarray(layer, dtype=np.float32) / 255.0
    out = np.zeros((h, w, 4), np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = (200, 40, 40)
    out[..., 3] = (mask * 150).astype(np.uint8)
    return _png(Image.fromarray(out, "RGBA"))


def signature(
    rng: random.Random, w_px: int = 420, h_px: int = 140, color: tuple[int, int, int] = (20, 30, 90)
) -> bytes:
    """A pen scrawl."""
    img = Image.new("RGBA", (w_px, h_px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    x = w_px * 0.06
    y = h_px * 0.55
    pts = [(x, y)]
    for _ in range(rng.randint(14, 22)):
        x += rng.uniform(w_px * 0.02, w_px * 0.07)
        y = h_px * 0.5 + rng.uniform(-h_px * 0.35, h_px * 0.35)
        pts.append((min(x, w_px * 0.95), y))
    d.line(pts, fill=(*color, 230), width=max(2, w_px // 120), joint="curve")
    d.line(
        [(w_px * 0.1, h_px * 0.7), (w_px * rng.uniform(0.6, 0.9), h_px * rng.uniform(0.55, 0.8))],
        fill=(*color, 200),
        width=max(2, w_px // 150),
    )
    return _png(img.filter(ImageFilter.GaussianBlur(0.7)))
