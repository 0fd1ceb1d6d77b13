"""Raster marks drawn with Pillow: round seals, half seals, handwriting, QR codes (PNG bytes with alpha)."""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont


@lru_cache(maxsize=1)
def _font_bytes() -> bytes:
    return bytes(pymupdf.Font("china-s").buffer)


@lru_cache(maxsize=64)
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_font_bytes()), size)


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _glyph(ch: str, size: int, color: tuple[int, int, int, int]) -> Image.Image:
    f = font(size)
    box = f.getbbox(ch)
    w, h = box[2] - box[0] + 4, box[3] - box[1] + 4
    im = Image.new("RGBA", (int(max(w, 4)), int(max(h, 4))), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((2 - box[0], 2 - box[1]), ch, font=f, fill=color)
    return im


def seal(
    rng: random.Random, name: str, bottom: str = "", px: int = 420, oval: bool = False, fade: float = 0.0
) -> Image.Image:
    """A red round (or oval) seal: the name along the upper arc, a star, a bottom line."""
    red = (rng.randint(200, 230), rng.randint(20, 50), rng.randint(25, 55), 255)
    w = px
    h = int(px * 0.7) if oval else px
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    ring = max(6, px // 42)
    d.ellipse((ring, ring, w - ring, h - ring), outline=red, width=ring)
    cx, cy = w / 2, h / 2
    rx, ry = w / 2 - ring * 3.6, h / 2 - ring * 3.6
    size = int(px * (0.12 if len(name) <= 14 else 0.1))
    span = math.radians(min(250, 18 * len(name) + 30))
    for i, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(name)
        g = _glyph(ch, size, red).rotate(
            -math.degrees(a) - 90, expand=True, resample=Image.Resampling.BICUBIC
        )
        x = cx + (rx - size * 0.45) * math.cos(a) - g.width / 2
        y = cy + (ry - size * 0.45) * math.sin(a) - g.height / 2
        im.alpha_composite(g, (int(x), int(y)))
    star_r = px * 0.12
    pts = []
    for k in range(10):
        r = star_r if k % 2 == 0 else star_r * 0.4
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=red)
    if bottom:
        f = font(int(px * 0.085))
        tw = d.textlength(bottom, font=f)
        d.text((cx - tw / 2, cy + h * 0.2), bottom, font=f, fill=red)
    arr = np.array(im)
    noise = np.random.default_rng(rng.randint(0, 2**31)).random(arr.shape[:2])
    keep = noise > (0.08 + fade)
    arr[..., 3] = np.where(keep, (arr[..., 3] * rng.uniform(0.7, 0.9)).astype(np.uint8), 0)
    out = Image.fromarray(arr, "RGBA").rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    return out


def slices(img: Image.Image, n: int) -> list[Image.Image]:
    """Cut a seal into n vertical strips (a 骑缝章 across n sheets)."""
    w = img.width
    return [img.crop((w * i // n, 0, w * (i + 1) // n, img.height)) for i in range(n)]


def handwriting(rng: random.Random, text: str, height: int = 90, ink: str = "blue") -> Image.Image:
    """Text as a quick pen scrawl: sheared, wobbling, uneven strokes."""
    size = height
    f = font(size)
    box = f.getbbox(text)
    w, h = box[2] - box[0] + size, box[3] - box[1] + size // 2
    im = Image.new("L", (int(w), int(h)), 0)
    d = ImageDraw.Draw(im)
    x = size // 3
    for ch in text:
        y = size // 5 + rng.randint(-size // 10, size // 10)
        d.text((x - box[0], y - box[1]), ch, font=font(int(size * rng.uniform(0.85, 1.1))), fill=255)
        x += int(d.textlength(ch, font=f) * rng.uniform(0.72, 0.95))
    arr = np.array(im)[:, : max(x + size // 3, 10)]
    shear = rng.uniform(0.15, 0.35)
    m = np.array([[1, -shear, shear * arr.shape[0]], [0, 1, 0]], dtype=np.float32)
    arr = cv2.warpAffine(arr, m, (arr.shape[1] + int(shear * arr.shape[0]), arr.shape[0]))
    yy, xx = np.mgrid[0 : arr.shape[0], 0 : arr.shape[1]].astype(np.float32)
    phase = rng.uniform(0, 6)
    map_x = xx + 2.5 * np.sin(yy / 9.0 + phase)
    map_y = yy + 3.0 * np.sin(xx / 23.0 + phase)
    arr = cv2.remap(arr, map_x, map_y, cv2.INTER_LINEAR)
    arr = cv2.erode(arr, np.ones((2, 2), np.uint8)) if rng.random() < 0.5 else arr
    color = (20, 40, 140) if ink == "blue" else (25, 25, 30)
    rgba = np.zeros((*arr.shape, 4), np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = color
    rgba[..., 3] = arr
    return Image.fromarray(rgba, "RGBA")


def qr(payload: str, scale: int = 6) -> Image.Image:
    import zxingcpp

    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    arr = np.asarray(code.to_image(scale=scale))
    return Image.fromarray(arr.astype(np.uint8)).convert("RGBA")


def emblem(px: int = 160) -> Image.Image:
    """A plain red roundel standing in for the national emblem at a licence's head."""
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((4, 4, px - 4, px - 4), fill=(200, 30, 30, 255))
    d.ellipse(
        (px * 0.22, px * 0.22, px * 0.78, px * 0.78), outline=(240, 200, 60, 255), width=max(2, px // 25)
    )
    for k in range(5):
        a = -math.pi / 2 + k * 2 * math.pi / 5
        x, y = px / 2 + px * 0.2 * math.cos(a), px / 2 + px * 0.2 * math.sin(a)
        d.ellipse((x - px * 0.05, y - px * 0.05, x + px * 0.05, y + px * 0.05), fill=(240, 200, 60, 255))
    return im
