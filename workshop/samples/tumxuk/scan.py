"""Our own scanner and phone-camera model: page → image bytes (JPEG or 1-bit PNG)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass
class Scanner:
    """Settings of one pass through a scanner."""

    dpi: int = 200
    mode: str = "grey"  # colour | grey | grey_rgb | bilevel
    blur: float = 0.8
    noise: float = 3.0
    tint: tuple[float, float, float] = (1.0, 0.985, 0.95)
    quality: int = 82
    resave: int = 0  # extra decode/encode passes, each at a lower quality
    skew: float = 0.0
    lamp: float = 0.04


def random_scanner(rng: random.Random, **fixed) -> Scanner:
    s = Scanner(
        dpi=rng.choice([150, 200, 200, 300]),
        mode=rng.choice(["grey", "grey_rgb", "colour"]),
        blur=rng.uniform(0.5, 1.2),
        noise=rng.uniform(1.0, 2.6),
        tint=(1.0, rng.uniform(0.97, 0.995), rng.uniform(0.91, 0.97)),
        quality=rng.randint(50, 90),
        resave=rng.choice([0, 1, 2]),
        skew=rng.uniform(-0.9, 0.9),
        lamp=rng.uniform(0.0, 0.07),
    )
    for k, v in fixed.items():
        setattr(s, k, v)
    return s


def render(page: pymupdf.Page, dpi: int, grey: bool = False) -> np.ndarray:
    """RGB (or, for ``grey``, single-channel H×W×1) render of a page."""
    pix = page.get_pixmap(dpi=dpi, alpha=False, colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB)
    n = 1 if grey else 3
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, n).copy()


def degrade(img: np.ndarray, s: Scanner, rng: random.Random) -> np.ndarray:
    """Paper tint, uneven lamp, skew, optical blur and sensor noise on an RGB render (float32 0..255)."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    k = np.float32(rng.uniform(0.86, 0.97))  # toner never quite black
    tint = np.array(s.tint, dtype=np.float32) if img.shape[2] == 3 else np.float32(sum(s.tint) / 3)
    out: Any = img.astype(np.float32)
    out *= k * tint
    out += np.float32(255) * (1 - k) * tint
    h, w = out.shape[:2]
    if s.lamp:
        ramp = np.linspace(1.0, 1.0 - s.lamp, w, dtype=np.float32)
        if rng.random() < 0.5:
            ramp = ramp[::-1]
        out *= ramp[None, :, None]
    if abs(s.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), s.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 248, 240))
        if out.ndim == 2:
            out = out[..., None]
    out = cv2.GaussianBlur(out, (0, 0), s.blur)
    if out.ndim == 2:
        out = out[..., None]
    out += (nrng.standard_normal(out.shape[:2], dtype=np.float32) * np.float32(s.noise))[..., None]
    return np.clip(out, 0, 255)


def encode(arr: np.ndarray, s: Scanner, rng: random.Random) -> tuple[bytes, str]:
    """Final image bytes and extension for the scanner's mode."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    if s.mode == "bilevel":
        bw = (
            arr[..., 0] > rng.uniform(150, 175)
            if arr.shape[2] == 1
            else arr.mean(axis=2) > rng.uniform(150, 175)
        )
        buf = io.BytesIO()
        Image.fromarray(bw).convert("1").save(buf, format="PNG")
        return buf.getvalue(), "png"
    if s.mode in ("grey", "grey_rgb"):
        grey = arr[..., 0] if arr.shape[2] == 1 else arr @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        if s.mode == "grey":
            img = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
        else:
            chroma = nrng.normal(0, 1.1, (*grey.shape, 3)).astype(np.float32)
            img = Image.fromarray(np.clip(grey[..., None] + chroma, 0, 255).astype(np.uint8), "RGB")
    else:
        img = Image.fromarray(np.repeat(arr, 3 // arr.shape[2], axis=2).astype(np.uint8), "RGB")
    q = s.quality
    data = _jpeg(img, q)
    for _ in range(s.resave):
        q = max(50, q - rng.randint(3, 12))
        data = _jpeg(Image.open(io.BytesIO(data)), q)
    return data, "jpg"


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, dpi=(200, 200))
    return buf.getvalue()


def scan_page(page: pymupdf.Page, s: Scanner, rng: random.Random) -> tuple[bytes, str]:
    grey = s.mode in ("bilevel", "grey") or s.dpi > 400
    return encode(degrade(render(page, s.dpi, grey), s, rng), s, rng)


def phone_photo(page: pymupdf.Page, rng: random.Random, quality: int | None = None) -> bytes:
    """A phone photograph of a sheet on a desk: perspective, shadow from one side, a glare spot."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    sheet = render(page, 170).astype(np.float32)
    sheet *= np.array((1.0, 0.98, 0.94), dtype=np.float32)
    h, w = sheet.shape[:2]
    W, H = int(w * 1.22), int(h * 1.14)
    desk = np.empty((H, W, 3), dtype=np.float32)
    desk[:] = np.array((rng.uniform(70, 110), rng.uniform(60, 90), rng.uniform(45, 70)), dtype=np.float32)
    desk += nrng.normal(0, 6, (H, W, 1)).astype(np.float32)
    j = lambda a: rng.uniform(-a, a)  # noqa: E731
    ox, oy = (W - w) / 2, (H - h) / 2
    dst = np.array(
        [
            [ox + j(40), oy + j(30)],
            [ox + w + j(40), oy + j(30)],
            [ox + w + j(25), oy + h + j(25)],
            [ox + j(25), oy + h + j(25)],
        ],
        dtype=np.float32,
    )
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(sheet, m, (W, H), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))
    out = desk * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    side = rng.choice([0, 1])
    shade = 1.0 - rng.uniform(0.18, 0.35) * np.clip(((xx / W) if side else (1 - xx / W)) * 1.6 - 0.6, 0, 1)
    gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.5) * H
    glare = rng.uniform(25, 55) * np.exp(-(((xx - gx) / (0.18 * W)) ** 2 + ((yy - gy) / (0.12 * H)) ** 2))
    out = out * shade[..., None] + glare[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.1))
    out += nrng.normal(0, 2.2, out.shape[:2])[..., None].astype(np.float32)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality or rng.randint(72, 88))
    return buf.getvalue()
