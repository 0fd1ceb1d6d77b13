"""This family's own scanner: sheets rendered, laid on the A4 glass, turned grey or kept in colour, a little
skewed, softened and grained, saved as JPEG; image-only PDFs of such pages."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
import pymupdf
from PIL import Image, ImageFilter

from .sheet import MM, Sheet, render


@dataclass(frozen=True)
class ScanSettings:
    dpi: int = 200
    grey: bool = True
    skew: float = 0.4  # degrees
    quality: int = 82
    blur: float = 0.5
    noise: float = 4.0
    tone: float = 0.96  # paper brightness
    on_a4: bool = False  # a paper invoice laid on the glass, scanned as a landscape A4 page
    offset_mm: tuple[float, float] = (12.0, 14.0)


def draw_settings(
    rng: random.Random, grey: bool | None = None, dpi: tuple[int, int] = (170, 220)
) -> ScanSettings:
    return ScanSettings(
        dpi=rng.randint(*dpi) // 10 * 10,
        grey=rng.random() < 0.6 if grey is None else grey,
        skew=rng.uniform(-0.7, 0.7),
        quality=rng.randint(74, 88),
        blur=rng.uniform(0.3, 0.7),
        noise=rng.uniform(2.5, 5.5),
        tone=rng.uniform(0.93, 0.98),
    )


def scan_image(
    sheet: Sheet, settings: ScanSettings, rng: random.Random
) -> tuple[Image.Image, tuple[float, float], tuple[float, float]]:
    """The scanned page as an image, the page size in mm, and where the sheet's origin lies on it (mm)."""
    raw = render(sheet, settings.dpi, settings.skew)
    if settings.on_a4:
        px_per_mm = settings.dpi / 25.4
        # landscape A4: a 240 × 140 mm paper invoice does not fit the glass upright
        page = Image.new("RGB", (round(297 * px_per_mm), round(210 * px_per_mm)), (255, 255, 255))
        ox, oy = settings.offset_mm
        page.paste(raw, (round(ox * px_per_mm), round(oy * px_per_mm)))
        size = (297.0, 210.0)
        origin = (ox, oy)
    else:
        page = raw
        size = (sheet.width, sheet.height)
        origin = (0.0, 0.0)
    if settings.grey:
        page = page.convert("L")
    arr = np.asarray(page, dtype=np.float32)  # the skew is rendered in: the paper lies turned on the glass
    w = arr.shape[1]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # paper tone with uneven light along the scan direction, then sensor grain
    light = np.linspace(1.0, 1.0 - rng.uniform(0.01, 0.05), w, dtype=np.float32)[None, :]
    if settings.grey:
        arr *= settings.tone * light
    else:
        arr *= (np.array([1.0, 0.988, 0.955], np.float32) * settings.tone)[None, None, :] * light[..., None]
    arr += gen.standard_normal(arr.shape, dtype=np.float32) * settings.noise
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L" if settings.grey else "RGB")
    img = img.filter(ImageFilter.BoxBlur(settings.blur))
    return img, size, origin


def jpeg(img: Image.Image, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return buf.getvalue()


def add_image_page(doc: pymupdf.Document, data: bytes, size_mm: tuple[float, float]) -> None:
    page = doc.new_page(width=size_mm[0] * MM, height=size_mm[1] * MM)
    page.insert_image(page.rect, stream=data)
