"""The family's scanner: a sheet-fed document scanner (ADF) at 300 dpi grey, saved as an RGB JPEG.

What the office scanner of a small 库车 firm does to a page: paper a little darker than white and ink not quite
black, a slight feed skew, soft optics, sensor noise; the grey image written as a colour JPEG whose chroma
carries blotchy noise; a dark shadow along one edge where the sheet lifted off the glass strip; the red seals,
themselves photocopies printed as halftone, beat against the 300 dpi grid (moiré); some pages opened and saved
again (two JPEG generations).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pymupdf as fitz

DPI = 300


@dataclass(frozen=True)
class Scanner:
    """Settings of one filing's scanner (drawn once per scenario)."""

    quality: int
    """JPEG quality 55–75."""
    paper: int
    ink: int
    blur: float
    noise: float
    chroma: float
    shadow_side: str
    """"left", "right" or "top": where the sheet's edge throws its shadow."""
    shadow_px: int
    resave: float
    """Chance that a page is opened and saved again."""
    skew: float
    """Largest feed skew in degrees."""
    model: str


MODELS = (
    ("PaperStream Capture", "fi-7160"),
    ("Canon CaptureOnTouch", "DR-C225 II"),
    ("Epson Scan 2", "DS-530 II"),
    ("Kodak Capture Pro", "S2040"),
)


def draw_scanner(rng: random.Random) -> Scanner:
    software, model = rng.choice(MODELS)
    return Scanner(
        quality=rng.randint(55, 75),
        paper=rng.randint(226, 244),
        ink=rng.randint(14, 42),
        blur=rng.uniform(0.55, 0.95),
        noise=rng.uniform(2.5, 5.5),
        chroma=rng.uniform(3.0, 7.0),
        shadow_side=rng.choice(("left", "right", "top")),
        shadow_px=rng.randint(28, 70),
        resave=rng.uniform(0.2, 0.5),
        skew=rng.uniform(0.15, 0.6),
        model=f"{software} / {model}",
    )


def _moire(img: np.ndarray, box: tuple[int, int, int, int], rng: random.Random) -> None:
    """Halftone beat on a seal: modulate the mid-tones (the red ink, grey in the scan), leave black text."""
    x0, y0, x1, y1 = box
    h, w = img.shape
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    if x1 <= x0 or y1 <= y0:
        return
    region = img[y0:y1, x0:x1].astype(np.float32)
    yy, xx = np.mgrid[0 : y1 - y0, 0 : x1 - x0].astype(np.float32)
    angle = math.radians(rng.uniform(10, 40))
    period = rng.uniform(5.2, 6.8)
    beat = rng.uniform(0.9, 1.15)
    u = (xx * math.cos(angle) + yy * math.sin(angle)) * (2 * math.pi / period)
    v = (-xx * math.sin(angle) + yy * math.cos(angle)) * (2 * math.pi / (period * beat))
    pattern = np.cos(u) * np.cos(v)
    mid = ((region > 60) & (region < 215)).astype(np.float32)
    region += mid * pattern * rng.uniform(16, 26)
    img[y0:y1, x0:x1] = np.clip(region, 0, 255).astype(np.uint8)


def scan_page(
    page: fitz.Page, seals: list[tuple[float, float, float, float]], sc: Scanner, rng: random.Random
) -> bytes:
    """The page as this scanner's JPEG bytes."""
    cv2.setRNGSeed(rng.randrange(2**31))
    pix = page.get_pixmap(dpi=DPI, colorspace=fitz.csGRAY, alpha=False)
    img: Any = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).copy()
    scale = DPI / 72
    for x0, y0, x1, y1 in seals:
        _moire(img, (int(x0 * scale), int(y0 * scale), int(x1 * scale), int(y1 * scale)), rng)
    # tone: paper and ink levels
    lut = np.array([sc.ink + (sc.paper - sc.ink) * (i / 255) ** 1.1 for i in range(256)], dtype=np.float32)
    img = cv2.LUT(img, np.clip(lut, 0, 255).astype(np.uint8))
    img = cv2.GaussianBlur(img, (0, 0), sc.blur)
    # feed skew
    angle = rng.uniform(-sc.skew, sc.skew)
    h, w = img.shape
    if abs(angle) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=int(sc.paper))
    # sensor noise (signed, added with saturation)
    noise = np.empty((h, w), np.int8)
    cv2.randn(noise, 0, sc.noise)  # type: ignore[call-overload]
    pos = np.maximum(noise, 0).view(np.uint8)
    neg = np.maximum(np.negative(np.maximum(noise, -127)), 0).view(np.uint8)
    img = cv2.subtract(cv2.add(img, pos), neg)
    # edge shadow
    n = sc.shadow_px + rng.randint(-6, 6)
    ramp = (np.linspace(0.0, 1.0, n) ** 0.6 * 0.55 + 0.45).astype(np.float32)
    ramp[: max(2, n // 12)] = 0.22
    if sc.shadow_side == "left":
        img[:, :n] = (img[:, :n] * ramp[None, :]).astype(np.uint8)
    elif sc.shadow_side == "right":
        img[:, w - n :] = (img[:, w - n :] * ramp[::-1][None, :]).astype(np.uint8)
    else:
        img[:n, :] = (img[:n, :] * ramp[:, None]).astype(np.uint8)
    # grey written as colour with blotchy chroma noise (positive and negative parts, upsampled)
    small = np.zeros((max(2, h // 10), max(2, w // 10), 3), np.float32)
    cv2.randn(small, 0, sc.chroma)  # type: ignore[call-overload]
    up = cv2.resize(np.clip(small, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
    down = cv2.resize(np.clip(-small, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
    rgb = cv2.subtract(cv2.add(cv2.merge((img, img, img)), up), down)
    ok, buf = cv2.imencode(".jpg", rgb, [cv2.IMWRITE_JPEG_QUALITY, sc.quality])
    assert ok
    if rng.random() < sc.resave:
        again: Any = cv2.imdecode(buf, cv2.IMREAD_COLOR)
        ok, buf = cv2.imencode(
            ".jpg", again, [cv2.IMWRITE_JPEG_QUALITY, max(50, sc.quality - rng.randint(0, 8))]
        )
        assert ok
    return buf.tobytes()
