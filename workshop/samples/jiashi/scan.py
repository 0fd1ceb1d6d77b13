"""Turn born-digital pages into scans: render, tint, tilt, blur a little, add grain, JPEG-encode."""

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
    tilt: float
    quality: int
    noise: float
    blur: float

    def describe(self) -> str:
        return f"{self.dpi} dpi {'grey' if self.grey else 'colour'}, tilt {self.tilt:+.2f}°, JPEG q{self.quality}"


def settings(rng: random.Random, grey: bool | None = None) -> ScanSettings:
    """Readable office scans: 150–240 dpi, under a degree of tilt, mild grain."""
    return ScanSettings(
        dpi=rng.choice([150, 180, 200, 200, 240]),
        grey=rng.random() < 0.5 if grey is None else grey,
        tilt=round(rng.uniform(-0.7, 0.7), 2),
        quality=rng.randint(68, 88),
        noise=round(rng.uniform(2.0, 6.0), 1),
        blur=round(rng.uniform(0.0, 0.5), 2),
    )


def raster(page: pymupdf.Page, s: ScanSettings, seed: int) -> Image.Image:
    pix = page.get_pixmap(dpi=s.dpi, alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.float32)
    # paper tint and uneven light
    tint = np.array([252, 249, 240] if not s.grey else [246, 246, 246], dtype=np.float32) / 255.0
    arr = arr * tint
    w = arr.shape[1]
    shade = 1.0 - 0.05 * np.linspace(0, 1, w)[None, :] * rng.uniform(0.3, 1.0)
    arr = (arr * shade[:, :, None] + rng.normal(0, s.noise, size=arr.shape)).astype(np.float32)
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if s.grey:
        img = img.convert("L")
    fill = 238 if s.grey else (240, 238, 230)
    img = img.rotate(s.tilt, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    if s.blur:
        img = img.filter(ImageFilter.GaussianBlur(s.blur))
    return img


def jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def scan_pdf(pdf: bytes, s: ScanSettings, seed: int) -> bytes:
    """Every page of ``pdf`` as an image-only page of the same size (no text layer)."""
    src = pymupdf.open(stream=pdf, filetype="pdf")
    out = pymupdf.open()
    for i in range(len(src)):
        page = src[i]
        img = raster(page, s, seed + i)
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, stream=jpeg(img, s.quality))
    out.set_metadata({"producer": "Scanner PDF", "creator": "ScanToPDF"})
    return bytes(out.tobytes(garbage=3, deflate=True))


def scan_jpg(pdf: bytes, s: ScanSettings, seed: int) -> bytes:
    """The first page of ``pdf`` as a JPEG file (a phone or flatbed image uploaded as is)."""
    src = pymupdf.open(stream=pdf, filetype="pdf")
    return jpeg(raster(src[0], s, seed), s.quality)
