"""This family's scanner: a drawn page becomes a photograph of paper (tone, skew, blur, grain, a
darker binding edge, JPEG), kept legible: 170–220 dpi, skew under 1.3°, mild blur."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
import pymupdf
from PIL import Image, ImageFilter


@dataclass(frozen=True)
class ScanStyle:
    dpi: int
    skew: float
    blur: float
    grain: float
    quality: int
    tone: tuple[int, int, int]
    edge: float
    gray: bool


def style(rng: random.Random, *, gray: bool = False) -> ScanStyle:
    return ScanStyle(
        dpi=rng.choice((170, 180, 200, 200, 210)),
        skew=rng.uniform(-1.2, 1.2),
        blur=rng.uniform(0.25, 0.6),
        grain=rng.uniform(1.8, 4.0),
        quality=rng.randint(70, 84),
        tone=(rng.randint(240, 250), rng.randint(236, 246), rng.randint(226, 238)),
        edge=rng.uniform(0.0, 0.12),
        gray=gray,
    )


def scan_image(page: pymupdf.Page, st: ScanStyle, seed: int, color: bool = True) -> bytes:
    """The page as a scanner's JPEG: colour where the page carries a seal, grey otherwise."""
    color = color and not st.gray
    pix = page.get_pixmap(dpi=st.dpi, alpha=False, colorspace=pymupdf.csRGB if color else pymupdf.csGRAY)
    channels = 3 if color else 1
    arr = (
        np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, channels).astype(np.float32)
    )
    tone = np.array(st.tone if color else (sum(st.tone) / 3,), dtype=np.float32) / 255.0
    arr = arr * tone
    h, w = arr.shape[:2]
    if st.edge:
        ramp = np.linspace(1.0 - st.edge, 1.0, max(2, w // 12), dtype=np.float32)
        arr[:, : ramp.size] *= ramp[None, :, None]
    gen = np.random.default_rng(seed)
    arr += gen.normal(0.0, st.grain, size=(h, w, 1)).astype(np.float32)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr[:, :, 0] if channels == 1 else arr, "L" if channels == 1 else "RGB")
    fill: int | tuple[int, ...] = tuple(int(c) for c in st.tone) if color else int(sum(st.tone) / 3)
    img = img.rotate(st.skew, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=fill)
    img = img.filter(ImageFilter.GaussianBlur(st.blur))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=st.quality, dpi=(st.dpi, st.dpi))
    return out.getvalue()


def scanned_page(
    out: pymupdf.Document, page: pymupdf.Page, st: ScanStyle, seed: int, color: bool = True
) -> None:
    """Append the scan of ``page`` to ``out`` as an image-only page of the same size."""
    data = scan_image(page, st, seed, color)
    new = out.new_page(width=page.rect.width, height=page.rect.height)
    new.insert_image(new.rect, stream=data)
