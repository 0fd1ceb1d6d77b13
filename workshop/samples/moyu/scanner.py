"""An office flatbed: page → raster with the scanner's traces (tone, skew, noise, JPEG) → image-only page."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
import pymupdf
from PIL import Image, ImageFilter


@dataclass(frozen=True)
class ScanSettings:
    dpi: int
    grey: bool
    skew: float
    quality: int
    blur: float
    tone: int

    def describe(self) -> str:
        return (
            f"{self.dpi} dpi {'grey' if self.grey else 'colour'} skew {self.skew:+.2f}° JPEG {self.quality}"
        )


def settings(rng: random.Random) -> ScanSettings:
    """Readable settings drawn per filing: 200–240 dpi, skew under 0.8°, JPEG 72–88."""
    return ScanSettings(
        dpi=rng.choice((200, 200, 220, 240)),
        grey=rng.random() < 0.45,
        skew=round(rng.uniform(-0.8, 0.8), 2),
        quality=rng.randint(72, 88),
        blur=round(rng.uniform(0.0, 0.5), 2),
        tone=rng.randint(236, 250),
    )


def raster(page: pymupdf.Page, s: ScanSettings, rng: random.Random) -> Image.Image:
    """The page as the scanner sees it."""
    pix = page.get_pixmap(dpi=s.dpi)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    arr = np.asarray(img).astype(np.float32)
    paper = np.array([s.tone, s.tone - 3, s.tone - 10], dtype=np.float32)
    arr = arr / 255.0 * paper
    h, w = arr.shape[:2]
    yy = np.linspace(-1, 1, h)[:, None]
    xx = np.linspace(-1, 1, w)[None, :]
    falloff = 1.0 - 0.05 * (xx**2 + yy**2)
    arr = (arr * falloff[..., None]).astype(np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 3.0, arr.shape[:2])
    arr = np.clip(arr + noise[..., None], 0, 255).astype(np.uint8)
    out = Image.fromarray(arr)
    if s.blur:
        out = out.filter(ImageFilter.GaussianBlur(s.blur))
    out = out.rotate(s.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(s.tone,) * 3)
    return out.convert("L") if s.grey else out


def jpeg(img: Image.Image, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


def scanned_pdf(source: pymupdf.Document, s: ScanSettings, rng: random.Random) -> pymupdf.Document:
    """Every page of ``source`` replaced by its scan (no text layer), page size kept."""
    out = pymupdf.open()
    for index in range(len(source)):
        page = source[index]
        data = jpeg(raster(page, s, rng), s.quality, s.dpi)
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, stream=data)
    return out
