"""The family's scanner: 400 dpi grey, optical blur 0.4–0.7 px, JPEG 50–60 saved twice, coffee stains, folded corners.

A page goes: render at 400 dpi grey → paper tone (white to 232–246, ink lifted to 18–40) → optional coffee stain and
folded corner → optical Gaussian blur (σ 0.4–0.7 px) → sensor noise (a tiled noise field) → tiny skew → JPEG at
quality 50–60 → decoded and saved again at 50–60 (the office re-saved the scan before uploading). A pasted block
(the tamper plant) goes in after the first save and before the second, clean: white background, sharp, no noise.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf
from PIL import Image

DPI = 400


@dataclass
class Settings:
    blur: float
    q1: int
    q2: int
    paper: int
    ink: int
    noise: float
    skew: float
    stain: bool = False
    fold: bool = False


def settings(rng: random.Random, stain: bool = False, fold: bool = False) -> Settings:
    return Settings(
        blur=rng.uniform(0.4, 0.7),
        q1=rng.randint(50, 60),
        q2=rng.randint(50, 60),
        paper=rng.randint(232, 246),
        ink=rng.randint(18, 40),
        noise=1.7,
        skew=rng.uniform(-0.35, 0.35) if rng.random() < 0.3 else 0.0,
        stain=stain,
        fold=fold,
    )


_NOISE: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}
_PAD = 96


def _noise(shape: tuple[int, int], sigma: float, rng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    """A Gaussian sensor-noise field split into its positive and negative parts (uint8); each page takes a window at a
    random offset of one field drawn per page size, so no two pages share a pattern at the same place."""
    key = (shape[0], shape[1])
    if key not in _NOISE:
        gen = np.random.default_rng(shape[0] * 7 + shape[1])
        n = gen.standard_normal((shape[0] + _PAD, shape[1] + _PAD), dtype=np.float32) * np.float32(sigma)
        _NOISE[key] = (
            np.clip(np.rint(n), 0, 255).astype(np.uint8),
            np.clip(np.rint(-n), 0, 255).astype(np.uint8),
        )
    pos, neg = _NOISE[key]
    oy, ox = rng.randint(0, _PAD - 1), rng.randint(0, _PAD - 1)
    return pos[oy : oy + shape[0], ox : ox + shape[1]], neg[oy : oy + shape[0], ox : ox + shape[1]]


def render(page: pymupdf.Page, dpi: int = DPI) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w).copy()


def _tone(img: np.ndarray, s: Settings) -> np.ndarray:
    lut = np.array([round(s.ink + (s.paper - s.ink) * (v / 255.0)) for v in range(256)], np.uint8)
    return cv2.LUT(img, lut)


def _stain(img: np.ndarray, rng: random.Random) -> None:
    """A coffee-cup ring: darker rim, faint fill, somewhere in the lower or outer part of the page."""
    h, w = img.shape
    r = int(rng.uniform(0.07, 0.11) * w)
    cx = int(rng.uniform(0.62, 0.86) * w)
    cy = int(rng.uniform(0.55, 0.85) * h)
    x0, y0 = max(cx - r - 40, 0), max(cy - r - 40, 0)
    x1, y1 = min(cx + r + 40, w), min(cy + r + 40, h)
    small = 4
    mh, mw = (y1 - y0) // small + 1, (x1 - x0) // small + 1
    mask = np.zeros((mh, mw), np.float32)
    ccx, ccy = (cx - x0) // small, (cy - y0) // small
    axes = (r // small, int(r * rng.uniform(0.88, 1.0)) // small)
    cv2.ellipse(mask, (ccx, ccy), axes, rng.uniform(0, 180), 0, 360, 0.16, -1)
    cv2.ellipse(
        mask,
        (ccx, ccy),
        axes,
        rng.uniform(0, 180),
        rng.uniform(0, 60),
        rng.uniform(250, 350),
        0.42,
        max(2, r // small // 14),
    )
    mask = cv2.GaussianBlur(mask, (0, 0), 2.2)
    big = cv2.resize(mask, (mw * small, mh * small), interpolation=cv2.INTER_LINEAR)[: y1 - y0, : x1 - x0]
    region = img[y0:y1, x0:x1].astype(np.float32)
    img[y0:y1, x0:x1] = np.clip(region * (1.0 - big * 0.55), 0, 255).astype(np.uint8)


def _fold(img: np.ndarray, rng: random.Random, paper: int) -> None:
    """A folded top-right corner: the flap (blank back of the paper) lies over the page, the corner shows the lid."""
    _h, w = img.shape
    s = int(rng.uniform(0.06, 0.09) * w)
    yy, xx = np.mgrid[0:s, w - s : w]
    dx = (w - 1 - xx).astype(np.float32)
    dy = yy.astype(np.float32)
    u = dx + dy
    region = img[0:s, w - s : w].astype(np.float32)
    corner = u < s
    region[corner] = 252.0
    flap = ~corner
    region[flap] = paper - 16 + (u[flap] - s) * 10.0 / s
    region[np.abs(u - s) < 3] = paper - 80
    img[0:s, w - s : w] = np.clip(region, 0, 255).astype(np.uint8)


def degrade(img: np.ndarray, s: Settings, rng: random.Random) -> np.ndarray:
    """Everything up to and including the first JPEG save; returns the decoded first save."""
    out = _tone(img, s)
    if s.stain:
        _stain(out, rng)
    if s.fold:
        _fold(out, rng, s.paper)
    out = cv2.GaussianBlur(out, (0, 0), s.blur)
    pos, neg = _noise(out.shape, s.noise, rng)
    out = cv2.subtract(cv2.add(out, pos), neg)
    if abs(s.skew) > 0.05:
        h, w = out.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), s.skew, 1.0)
        out = cv2.warpAffine(
            out, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=s.paper
        )
    ok, first = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, s.q1])
    assert ok
    decoded = cv2.imdecode(first, cv2.IMREAD_GRAYSCALE)
    assert decoded is not None
    return np.asarray(decoded, np.uint8)


def paste(img: np.ndarray, block: np.ndarray, x: int, y: int) -> None:
    """Paste a clean rendered block (pure white ground, sharp glyphs) at (x, y)."""
    h, w = block.shape
    img[y : y + h, x : x + w] = block


def jpeg(img: np.ndarray, quality: int, dpi: int = DPI) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


def spread(left: np.ndarray, right: np.ndarray, paper: int) -> np.ndarray:
    """Two A4 pages side by side on an A3 scanner bed, with the binding gutter's shadow between them."""
    h = max(left.shape[0], right.shape[0])
    gutter = 24
    out = np.full((h, left.shape[1] + right.shape[1] + gutter), 255, np.uint8)
    out[: left.shape[0], : left.shape[1]] = left
    out[: right.shape[0], left.shape[1] + gutter :] = right
    g0 = left.shape[1] - 30
    ramp = np.concatenate([np.linspace(255, 150, 42), np.linspace(150, 255, 42)]).astype(np.float32)
    ramp = np.clip(ramp, 0, 255)
    band = out[:, g0 : g0 + 84].astype(np.float32)
    out[:, g0 : g0 + 84] = np.minimum(band, ramp[None, :]).astype(np.uint8)
    return out
