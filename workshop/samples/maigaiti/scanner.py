"""This family's scanner: a page rendered at the scanner's resolution, set a little askew on the
glass, on slightly toned paper, with sensor noise and a soft focus, saved as JPEG.

A phone photo (``photo=True``) adds uneven light and a wider margin of desk round the paper.
"""

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
    photo: bool = False

    @classmethod
    def draw(cls, rng: random.Random, photo: bool = False) -> ScanSettings:
        return cls(
            dpi=rng.choice((150, 200, 200, 240)),
            grey=rng.random() < 0.35,
            skew=rng.uniform(-0.7, 0.7),
            quality=rng.randint(68, 88),
            photo=photo,
        )


def scan(page: pymupdf.Page, settings: ScanSettings, rng: random.Random) -> bytes:
    """The JPEG a scanner (or phone) makes of ``page``."""
    pix = page.get_pixmap(dpi=settings.dpi, alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    warm = rng.randint(0, 8)
    base = rng.randint(244, 253)
    tone = np.array([base, base - warm // 2, base - warm], np.float32) / 255.0
    arr = np.asarray(img, np.float32) * tone
    gen = np.random.default_rng(rng.randrange(2**32))
    arr += gen.normal(0.0, rng.uniform(2.5, 6.0), arr.shape)
    if settings.photo:
        h, w = arr.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w]
        light = 1.0 - 0.18 * ((xx / w - rng.uniform(0.2, 0.8)) ** 2 + (yy / h - rng.uniform(0.2, 0.8)) ** 2)
        arr *= light[..., None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    fill = (70, 62, 55) if settings.photo else (250, 250, 250)
    img = img.rotate(settings.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if settings.grey:
        img = img.convert("L")
    out = io.BytesIO()
    img.save(out, "JPEG", quality=settings.quality, dpi=(settings.dpi, settings.dpi))
    return out.getvalue()
