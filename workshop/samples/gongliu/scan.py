"""An office MFP as this family imagines it: grey or colour, 200-300 dpi, a little skew, soft optics,
grain and JPEG. A scanned page is an image-only PDF page; the licence is a JPEG of its own."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass(frozen=True)
class Device:
    dpi: int
    grey: bool
    skew: float
    blur: float
    noise: float
    quality: int
    paper: int  # background level of the paper, 0-255

    def describe(self) -> dict[str, object]:
        return {
            "dpi": self.dpi,
            "grey": self.grey,
            "skew_deg": round(self.skew, 2),
            "blur": round(self.blur, 2),
            "noise": round(self.noise, 1),
            "jpeg_quality": self.quality,
        }


def office_mfp(rng: random.Random, grey: bool = True) -> Device:
    return Device(
        dpi=rng.choice([200, 200, 240, 300]),
        grey=grey,
        skew=rng.uniform(-0.7, 0.7),
        blur=rng.uniform(0.35, 0.75),
        noise=rng.uniform(3.0, 7.0),
        quality=rng.randint(72, 86),
        paper=rng.randint(236, 248),
    )


def capture(page: pymupdf.Page, device: Device, seed: int) -> Image.Image:
    """The page as the scanner sees it."""
    cs = pymupdf.csGRAY if device.grey else pymupdf.csRGB
    pix = page.get_pixmap(dpi=device.dpi, colorspace=cs, alpha=False)
    channels = 1 if device.grey else 3
    raw: Any = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, channels)
    h, w = raw.shape[:2]
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), device.skew, 1.0)
    turned: Any = cv2.warpAffine(raw, rot, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    soft: Any = cv2.GaussianBlur(turned, (0, 0), device.blur)
    if soft.ndim == 2:
        soft = soft[..., None]
    out = soft.astype(np.float32)
    gen = np.random.default_rng(seed)
    # paper: ink stays dark, white becomes the paper's tone, with a slow lamp fall-off across the page
    fall = np.linspace(1.0, 0.97, w, dtype=np.float32)[None, :, None]
    tint = np.array([1.0, 0.99, 0.955], dtype=np.float32) if channels == 3 else np.float32(1.0)
    out *= fall * tint * np.float32(device.paper / 255.0)
    out += gen.standard_normal(out.shape, dtype=np.float32) * np.float32(device.noise)
    np.clip(out, 0, 255, out=out)
    final = out.astype(np.uint8)
    return Image.fromarray(final[..., 0] if channels == 1 else final)


def jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def scanned_pdf(
    src: pymupdf.Document, pages: list[int], device: Device, seed: int, producer: str
) -> pymupdf.Document:
    """An image-only PDF of ``src``'s pages (0-based indexes) as the MFP writes it."""
    out = pymupdf.open()
    for k, index in enumerate(pages):
        page = src[index]
        img = capture(page, device, seed + k)
        target = out.new_page(width=page.rect.width, height=page.rect.height)
        target.insert_image(target.rect, stream=jpeg(img, device.quality))
    out.set_metadata({"producer": producer, "creator": producer, "title": ""})
    return out
