"""Turning drawn pages into what an office machine or a phone makes of them.

``colour`` and ``grey`` are a flatbed scan (paper tone, lamp fall-off, sensor noise, a small skew,
blur, JPEG); ``photocopy`` is a grey copy of a copy (harder contrast, toner specks, a dark band
where the lid did not close); a ``screenshot`` is the phone's own rendering, clean PNG.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
import pymupdf
from PIL import Image, ImageFilter


@dataclass(frozen=True)
class ScanStyle:
    mode: str
    dpi: int
    skew: float
    blur: float
    quality: int
    noise: float


def style(rng: random.Random, mode: str) -> ScanStyle:
    return ScanStyle(
        mode=mode,
        dpi=rng.choice([150, 200]) if mode != "photocopy" else 200,
        skew=rng.uniform(-1.2, 1.2),
        blur=rng.uniform(0.3, 0.8),
        quality=rng.randint(72, 88),
        noise=rng.uniform(2.0, 5.0),
    )


def _render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return (
        np.frombuffer(pix.samples, dtype=np.uint8)
        .reshape(pix.height, pix.width, pix.n)[:, :, :3]
        .astype(np.float32)
    )


def scan(page: pymupdf.Page, st: ScanStyle, rng: random.Random) -> bytes:
    """JPEG bytes of the page as scanned."""
    img = _render(page, st.dpi)
    h, w = img.shape[:2]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ramp = np.linspace(1.0, rng.uniform(0.93, 0.99), w, dtype=np.float32)[None, :, None]
    if st.mode == "colour":
        tone = np.array(
            [rng.uniform(0.95, 0.99), rng.uniform(0.94, 0.98), rng.uniform(0.88, 0.95)], dtype=np.float32
        )
        img = img * tone * ramp
    else:
        img = img.mean(axis=2, keepdims=True).repeat(3, axis=2) * ramp
    if st.mode == "photocopy":
        img = np.clip((img - 40) * 1.25, 0, 255)
        specks = gen.random((h, w)) < 0.0006
        img[specks] = 30
        band = int(w * rng.uniform(0.015, 0.03))
        img[:, :band] *= np.linspace(0.35, 1.0, band, dtype=np.float32)[None, :, None]
    img = img + gen.normal(0, st.noise, img.shape).astype(np.float32)
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    fill = (238, 236, 230) if st.mode == "colour" else (235, 235, 235)
    pil = pil.rotate(st.skew, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    pil = pil.filter(ImageFilter.GaussianBlur(st.blur))
    if st.mode != "colour":
        pil = pil.convert("L")
    buf = io.BytesIO()
    pil.save(buf, "JPEG", quality=st.quality)
    return buf.getvalue()


def screenshot(page: pymupdf.Page, scale: float = 3.0) -> bytes:
    """PNG bytes of a phone screen drawn at 1/scale (a 360-point page becomes 1080 pixels)."""
    pix = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
    return pix.tobytes("png")


def place(out: pymupdf.Document, page: pymupdf.Page, jpeg: bytes) -> None:
    """A new page of the source page's size showing the scan."""
    target = out.new_page(width=page.rect.width, height=page.rect.height)
    target.insert_image(target.rect, stream=jpeg)
