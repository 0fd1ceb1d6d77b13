"""The office's colour MFP: 300 dpi, red seal ink pressed into the pixels, paper tone, light falloff, slight
blur and noise, a small skew, the lid's shadow on one edge, JPEG.

Stamps are multiplied into the page (ink over toner keeps the toner dark), never pasted: a seal over a
date leaves the date readable, as on paper.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf
from PIL import Image

from .canvas import Sheet

DPI = 300


@dataclass(frozen=True)
class Scanner:
    producer: str
    quality: tuple[int, int]
    blur: tuple[float, float]
    noise: tuple[float, float]
    skew: tuple[float, float]
    tint: tuple[float, float, float]
    """Paper colour (RGB, 0-1) as this device sees it."""


SCANNERS = (
    Scanner(
        "KONICA MINOLTA bizhub C300i", (74, 82), (0.55, 0.8), (1.2, 2.0), (0.15, 0.9), (0.985, 0.978, 0.962)
    ),
    Scanner("Canon iR-ADV C3826", (76, 84), (0.5, 0.75), (1.0, 1.8), (0.1, 0.8), (0.975, 0.975, 0.97)),
    Scanner("RICOH IM C2000", (72, 80), (0.6, 0.85), (1.3, 2.2), (0.2, 1.0), (0.99, 0.982, 0.958)),
    Scanner("SHARP BP-50C26", (75, 83), (0.55, 0.8), (1.0, 1.9), (0.15, 0.85), (0.98, 0.976, 0.965)),
)


_FIELD: np.ndarray | None = None


def _noise_field() -> np.ndarray:
    """Grey noise around 128 (σ 2, grain of two pixels), 3 channels, big enough for an A4 page either way
    round at 300 dpi; made once per process."""
    global _FIELD
    if _FIELD is None:
        side = 3600
        g: np.ndarray = (
            np.random.default_rng(20250101).normal(128.0, 2.0, (side // 2, side // 2)).astype(np.float32)
        )
        g = cv2.resize(g, (side, side), interpolation=cv2.INTER_LINEAR)
        u = np.clip(g + 0.5, 0, 255).astype(np.uint8)
        _FIELD = cv2.merge((u, u, u))
    return _FIELD


def press(img: np.ndarray, sheet: Sheet) -> None:
    """Multiply each stamp's ink into the rendered page (uint8 RGB, in place), region by region."""
    scale = DPI / 72
    h, w, _ = img.shape
    for st in sheet.stamps:
        x0, y0 = round(st.rect.x0 * scale), round(st.rect.y0 * scale)
        tw = max(1, round(st.rect.width * scale))
        th = max(1, round(st.rect.height * scale))
        stamp = st.image if st.image.size == (tw, th) else st.image.resize((tw, th), Image.Resampling.LANCZOS)
        a = np.asarray(stamp, dtype=np.float32) / 255
        xa, ya = max(0, x0), max(0, y0)
        xb, yb = min(w, x0 + tw), min(h, y0 + th)
        if xb <= xa or yb <= ya:
            continue
        col = a[ya - y0 : yb - y0, xa - x0 : xb - x0, :3]
        alpha = a[ya - y0 : yb - y0, xa - x0 : xb - x0, 3:4]
        region = img[ya:yb, xa:xb].astype(np.float32)
        img[ya:yb, xa:xb] = np.clip(region * (1 - alpha * (1 - col)) + 0.5, 0, 255).astype(np.uint8)


def scan(sheet: Sheet, rng: random.Random, dev: Scanner, *, skew: bool = True) -> bytes:
    """Render, press the stamps, and pass the sheet through the scanner; returns JPEG bytes (300 dpi)."""
    pix = sheet.page.get_pixmap(dpi=DPI, colorspace=pymupdf.csRGB, alpha=False)
    img: np.ndarray = np.frombuffer(pix.samples_mv, dtype=np.uint8).reshape(pix.height, pix.width, 3)
    if not img.flags.writeable:
        img = img.copy()
    press(img, sheet)
    h, w, _ = img.shape
    # toner is not pure black, paper is not pure white: one lookup table per channel
    black = rng.uniform(0.09, 0.15) * 255
    tint = np.array(dev.tint, dtype=np.float32) * rng.uniform(0.985, 1.0) * 255
    ramp = np.arange(256, dtype=np.float32) / 255
    lut = np.stack([np.clip(black + (t - black) * ramp + 0.5, 0, 255) for t in tint], axis=1).astype(np.uint8)
    img = cv2.LUT(img, lut.reshape(256, 1, 3))
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(*dev.blur))
    if skew:
        angle = rng.uniform(*dev.skew) * rng.choice((-1, 1))
        shift = (rng.uniform(-12, 12), rng.uniform(-10, 10))
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        m[:, 2] += np.array(shift)
        border = tuple(float(v) * 0.97 for v in tint)
        img = cv2.warpAffine(
            img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
        )
    # the lid's shadow along one edge
    if rng.random() < 0.6:
        band = rng.randint(6, 16)
        fade = np.linspace(0.55, 1.0, band, dtype=np.float32)
        if rng.random() < 0.5:
            img[:band] = (img[:band] * fade[:, None, None]).astype(np.uint8)
        else:
            img[:, :band] = (img[:, :band] * fade[None, :, None]).astype(np.uint8)
    # sensor noise, grey (the three channels move together): a crop of this process's noise field at a random
    # offset, scaled to the device's level
    field = _noise_field()
    level = rng.uniform(*dev.noise) / 2.0
    dy, dx = rng.randrange(field.shape[0] - h + 1), rng.randrange(field.shape[1] - w + 1)
    img = cv2.addWeighted(img, 1.0, field[dy : dy + h, dx : dx + w], level, -128.0 * level)
    del pix
    buf = io.BytesIO()
    Image.fromarray(img, "RGB").save(
        buf, format="JPEG", quality=rng.randint(*dev.quality), subsampling=2, dpi=(DPI, DPI)
    )
    return buf.getvalue()


def jpeg_size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as im:
        return im.size
