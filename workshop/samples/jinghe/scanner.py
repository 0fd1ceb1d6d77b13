"""An office flatbed and a phone, as they turn a printed page into pixels: paper tone, a small skew,
toner noise, light blur, JPEG; the phone adds a desk around the sheet, perspective and shading."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
import pymupdf
from PIL import Image, ImageFilter


@dataclass(frozen=True)
class ScanSetting:
    dpi: int
    skew: float
    quality: int
    grey: bool
    blur: float
    phone: bool = False


def flatbed(rng: random.Random, grey: bool | None = None) -> ScanSetting:
    return ScanSetting(
        dpi=rng.choice((180, 200, 200, 240)),
        skew=rng.uniform(-0.9, 0.9),
        quality=rng.randint(72, 88),
        grey=rng.random() < 0.3 if grey is None else grey,
        blur=rng.uniform(0.2, 0.55),
    )


def phone(rng: random.Random) -> ScanSetting:
    return ScanSetting(
        dpi=rng.choice((170, 190)),
        skew=rng.uniform(-2.0, 2.0),
        quality=rng.randint(70, 84),
        grey=False,
        blur=rng.uniform(0.3, 0.6),
        phone=True,
    )


def raster(page: pymupdf.Page, setting: ScanSetting, rng: random.Random) -> Image.Image:
    pix = page.get_pixmap(dpi=setting.dpi, alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr = np.asarray(img).astype(np.float32)
    # paper tone and the lamp's fall-off towards one edge
    tone = np.array([rng.uniform(236, 248), rng.uniform(234, 246), rng.uniform(226, 240)], dtype=np.float32)
    h, w = arr.shape[:2]
    ramp = np.linspace(1.0, rng.uniform(0.93, 0.99), w, dtype=np.float32)[None, :, None]
    arr = arr / 255.0 * tone * ramp
    # toner: dark pixels a little lighter in places, paper a little dirty
    arr += nrng.normal(0, 3.2, arr.shape).astype(np.float32)
    for _ in range(rng.randint(3, 12)):
        y, x = rng.randrange(h), rng.randrange(w)
        arr[max(0, y - 1) : y + 2, max(0, x - 1) : x + 2] *= 0.55
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if setting.phone:
        img = _on_desk(img, rng, nrng)
    img = img.rotate(
        setting.skew,
        resample=Image.Resampling.BILINEAR,
        expand=False,
        fillcolor=(250, 250, 248) if not setting.phone else (70, 62, 55),
    )
    img = img.filter(ImageFilter.GaussianBlur(setting.blur))
    if setting.grey:
        img = img.convert("L")
    return img


def _on_desk(img: Image.Image, rng: random.Random, nrng: np.random.Generator) -> Image.Image:
    """The sheet photographed on a desk: a dark border, a gentle keystone, shading from one side."""
    w, h = img.size
    m = int(w * rng.uniform(0.04, 0.07))
    desk = Image.new(
        "RGB", (w + 2 * m, h + 2 * m), (rng.randint(55, 90), rng.randint(48, 75), rng.randint(40, 62))
    )
    desk.paste(img, (m, m))
    W, H = desk.size
    k = rng.uniform(0.008, 0.02) * W
    # quad of the source that maps onto the output rectangle
    quad = (k, 0, 0, H, W, H, W - k, 0)
    out = desk.transform((W, H), Image.Transform.QUAD, quad, resample=Image.Resampling.BICUBIC)
    arr = np.asarray(out).astype(np.float32)
    yy = np.linspace(0, 1, H, dtype=np.float32)[:, None, None]
    arr *= 1.0 - rng.uniform(0.05, 0.12) * yy
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def jpeg(img: Image.Image, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return buf.getvalue()


def image_pdf(pages: list[tuple[bytes, tuple[float, float]]], producer: str, when: str) -> bytes:
    """A scanner's PDF: one JPEG per page, no text layer."""
    doc = pymupdf.open()
    for data, size in pages:
        page = doc.new_page(width=size[0], height=size[1])
        page.insert_image(page.rect, stream=data)
    doc.set_metadata({"producer": producer, "creator": producer, "creationDate": when, "modDate": when})
    out = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return bytes(out)
