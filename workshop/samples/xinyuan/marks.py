"""Raster marks placed on papers: bilingual round seals (the Chinese name on the upper arc, the Uyghur or Kazakh name
on the lower arc, upright, shaped by raqm), signatures, the licence's emblem and QR code. Each returns PNG bytes
with an alpha channel."""

from __future__ import annotations

import functools
import io
import math
import random

import cv2
import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .sheet import DEJAVU_BOLD, cjk_buffer

PX_PER_MM = 12.0
SEAL_RED = (205, 28, 38)


@functools.cache
def _cjk(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(cjk_buffer()), size)


@functools.cache
def _arabic(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(DEJAVU_BOLD), size, layout_engine=ImageFont.Layout.RAQM)


def _strip_cjk(text: str, height: int) -> np.ndarray:
    font = _cjk(height)
    top = font.getbbox(text)[1]
    gap = int(height * 0.12)
    width = sum(int(font.getlength(ch)) + gap for ch in text)
    image = Image.new("L", (max(width, 1), height + 4), 0)
    draw = ImageDraw.Draw(image)
    x = 0
    for ch in text:
        draw.text((x, -top + 2), ch, font=font, fill=255)
        x += int(font.getlength(ch)) + gap
    image = image.filter(ImageFilter.MaxFilter(3))
    return np.asarray(image, dtype=np.float32) / 255


def _strip_arabic(text: str, height: int, lang: str) -> np.ndarray:
    font = _arabic(height)
    left, top, right, bottom = font.getbbox(text, direction="rtl", language=lang)
    image = Image.new("L", (int(right - left) + 4, int(bottom - top) + 4), 0)
    ImageDraw.Draw(image).text((2 - left, 2 - top), text, font=font, fill=255, direction="rtl", language=lang)
    return np.asarray(image, dtype=np.float32) / 255


def _arc(strip: np.ndarray, size: int, r_outer: float, r_inner: float, span: float, top: bool) -> np.ndarray:
    """Bend a horizontal text strip onto an arc of the circle centred in a ``size`` square (radians ``span``)."""
    h, w = strip.shape
    c = (size - 1) / 2
    ys, xs = np.mgrid[0:size, 0:size].astype(np.float32)
    dx, dy = xs - c, ys - c
    r = np.hypot(dx, dy)
    if top:
        phi = np.arctan2(dx, -dy)  # 0 straight up, positive to the right
        u = (phi + span / 2) / span * (w - 1)
        v = (r_outer - r) / (r_outer - r_inner) * (h - 1)
    else:
        psi = np.arctan2(-dx, dy)  # 0 straight down, positive to the left
        u = (span / 2 - psi) / span * (w - 1)
        v = (r - r_inner) / (r_outer - r_inner) * (h - 1)
    inside = (u >= 0) & (u <= w - 1) & (v >= 0) & (v <= h - 1)
    out = cv2.remap(strip, u.astype(np.float32), v.astype(np.float32), cv2.INTER_LINEAR, borderValue=0)
    return np.where(inside, out, 0)


def _star(size: int, centre: tuple[float, float], radius: float) -> np.ndarray:
    image = Image.new("L", (size, size), 0)
    points = []
    for k in range(10):
        angle = -math.pi / 2 + k * math.pi / 5
        rr = radius if k % 2 == 0 else radius * 0.38
        points.append((centre[0] + rr * math.cos(angle), centre[1] + rr * math.sin(angle)))
    ImageDraw.Draw(image).polygon(points, fill=255)
    return np.asarray(image, dtype=np.float32) / 255


def _text_centered(size: int, text: str, centre: tuple[float, float], height: int) -> np.ndarray:
    font = _cjk(height)
    image = Image.new("L", (size, size), 0)
    ImageDraw.Draw(image).text(centre, text, font=font, fill=255, anchor="mm")
    return np.asarray(image.filter(ImageFilter.MaxFilter(3)), dtype=np.float32) / 255


def _ink(mask: np.ndarray, rng: random.Random, colour: tuple[int, int, int], load: float) -> bytes:
    """Give a mask the look of an impression (uneven load, worn specks, soft edge) and encode as RGBA PNG."""
    gen = np.random.default_rng(rng.randrange(2**32))
    h, w = mask.shape
    low = cv2.resize(gen.random((max(h // 40, 2), max(w // 40, 2))).astype(np.float32), (w, h))
    fine = gen.random((h, w)).astype(np.float32)
    alpha = mask * (load * (0.72 + 0.28 * low)) * np.where(fine < 0.06, 0.35, 1.0)
    alpha = cv2.GaussianBlur(alpha, (0, 0), 0.8)
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = colour
    rgba[..., 3] = np.clip(alpha * 255, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(buf, "PNG", compress_level=3)
    return buf.getvalue()


def seal(
    rng: random.Random,
    zh: str,
    *,
    ring: str | None = None,
    ring_lang: str = "ug",
    label: str | None = None,
    diameter_mm: float = 42.0,
    load: float = 0.9,
) -> bytes:
    """A round seal: ``zh`` on the upper arc, ``ring`` (Uyghur or Kazakh) upright on the lower arc, star, label."""
    size = int(diameter_mm * PX_PER_MM)
    r = size / 2 - 2
    border = 1.1 * PX_PER_MM
    ys, xs = np.mgrid[0:size, 0:size].astype(np.float32)
    dist = np.hypot(xs - (size - 1) / 2, ys - (size - 1) / 2)
    mask = ((dist <= r) & (dist >= r - border)).astype(np.float32)
    text_h = int(diameter_mm * (0.15 if ring else 0.17) * PX_PER_MM)
    r_out = r - border - 0.7 * PX_PER_MM
    strip = _strip_cjk(zh, text_h)
    max_span = math.radians(200 if ring else 250)
    r_mid = r_out - text_h / 2
    span = max_span if strip.shape[1] / r_mid > max_span * 0.8 else strip.shape[1] / r_mid
    if ring:
        span = max(min(span, max_span), math.radians(150))
    mask = np.maximum(mask, _arc(strip, size, r_out, r_out - text_h, span, top=True))
    if ring:
        ug_h = int(diameter_mm * 0.12 * PX_PER_MM)
        ug_strip = _strip_arabic(ring, ug_h, ring_lang)
        ug_span = min(ug_strip.shape[1] / (r_out - ug_h / 2), math.radians(118))
        mask = np.maximum(mask, _arc(ug_strip, size, r_out, r_out - ug_h, ug_span, top=False))
    star_y = size / 2 - (0.05 * size if label else 0)
    mask = np.maximum(mask, _star(size, (size / 2, star_y), size * 0.14))
    if label:
        label_y = size * (0.66 if ring else 0.72)
        mask = np.maximum(mask, _text_centered(size, label, (size / 2, label_y), int(size * 0.085)))
    angle = rng.uniform(-14, 14)
    rot = cv2.getRotationMatrix2D(((size - 1) / 2, (size - 1) / 2), angle, 1.0)
    mask = cv2.warpAffine(mask, rot, (size, size), flags=cv2.INTER_LINEAR, borderValue=0)
    return _ink(np.clip(mask, 0, 1), rng, SEAL_RED, load)


def signature(rng: random.Random, width_mm: float = 30, height_mm: float = 11) -> bytes:
    """A fast cursive scribble in blue-black ballpoint."""
    w, h = int(width_mm * PX_PER_MM), int(height_mm * PX_PER_MM)
    image = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(image)
    x0 = w * 0.04
    pen = max(2, int(0.32 * PX_PER_MM))
    for part in range(rng.randint(2, 3)):
        length = w * rng.uniform(0.26, 0.4)
        loops = rng.randint(3, 5)
        phase = rng.uniform(0, 2 * math.pi)
        tilt = rng.uniform(-0.12, 0.12)
        points = []
        for k in range(120):
            t = k / 119
            turn = 2 * math.pi * loops * t + phase
            swell = 0.55 + 0.45 * math.sin(part * 1.7 + 5.3 * t + phase)
            x = x0 + t * length + 0.5 * swell * length / loops * math.sin(turn)
            y = h * (0.52 + tilt * (t - 0.5) - 0.34 * swell * math.cos(turn))
            points.append((x, y))
        draw.line(points, fill=255, width=pen, joint="curve")
        x0 += length * rng.uniform(0.95, 1.15)
    end = (min(w - 3, x0 + w * 0.18), h * rng.uniform(0.25, 0.45))
    draw.line([(x0 - w * 0.1, h * 0.7), end], fill=255, width=pen)
    mask = np.asarray(image.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32) / 255
    return _ink(mask, rng, (28, 36, 92), 0.95)


def emblem(diameter_mm: float = 24) -> bytes:
    """A stylised national emblem: red disc, gold ring and five gold stars."""
    size = int(diameter_mm * PX_PER_MM)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse(
        (2, 2, size - 3, size - 3), fill=(200, 30, 35, 255), outline=(222, 176, 60, 255), width=size // 14
    )
    gold = (240, 200, 70, 255)

    def star(cx: float, cy: float, rad: float) -> None:
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = rad if k % 2 == 0 else rad * 0.38
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        draw.polygon(pts, fill=gold)

    star(size * 0.36, size * 0.36, size * 0.14)
    for k, (dx, dy) in enumerate(((0.58, 0.2), (0.66, 0.3), (0.66, 0.44), (0.58, 0.54))):
        star(size * dx, size * dy, size * (0.05 + 0.002 * k))
    draw.rectangle((size * 0.25, size * 0.62, size * 0.75, size * 0.72), fill=gold)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def qr(payload: str) -> bytes:
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    array = np.asarray(barcode.to_image(scale=6, add_quiet_zones=True))
    buf = io.BytesIO()
    Image.fromarray(array).save(buf, "PNG")
    return buf.getvalue()
