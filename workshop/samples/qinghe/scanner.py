"""How a page becomes a picture: flatbed colour / grey / bilevel scans and phone photos, with their settings."""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from .paper import Sheet, picture


@dataclass(frozen=True)
class Scan:
    """Scan settings: colour mode, resolution, skew and paper tone."""

    mode: str = "colour"  # colour | grey | bilevel | photo
    dpi: int = 200
    skew: float = 0.0
    tone: int = 0
    noise: float = 2.0
    threshold: int = 168


def _skew(img: Image.Image, deg: float, fill: tuple[int, int, int]) -> Image.Image:
    if abs(deg) < 0.01:
        return img
    return img.rotate(deg, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)


def scan(sheet: Sheet, s: Scan, rng: random.Random) -> Image.Image:
    """The sheet as the scanner wrote it (RGB, L or 1), upright."""
    img = picture(sheet, s.dpi)
    paper = (250 - s.tone, 248 - s.tone, 240 - s.tone)
    arr = np.asarray(img).astype(np.float32)
    arr = arr * (np.array(paper, dtype=np.float32) / 255.0)
    seed = rng.randrange(2**31)
    gen = np.random.default_rng(seed)
    arr += gen.normal(0.0, s.noise, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "RGB").filter(ImageFilter.GaussianBlur(0.35))
    img = _skew(img, s.skew, paper)
    if s.mode == "grey":
        return img.convert("L")
    if s.mode == "bilevel":
        grey = img.convert("L")
        return grey.point(lambda v: 255 if v > s.threshold else 0, mode="1")
    return img


def photo(sheet: Sheet, rng: random.Random, long_side: int = 4000, doc_share: float = 0.82) -> Image.Image:
    """A phone photo of the sheet lying on a desk: the page smaller than the frame, a slight tilt, uneven light."""
    w_pt, h_pt = sheet.size
    portrait = h_pt >= w_pt
    frame = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    doc_px = int(frame[1 if portrait else 0] * doc_share)
    dpi = doc_px / ((h_pt if portrait else w_pt) / 72.0)
    page = picture(sheet, max(60, int(dpi)))
    base = rng.choice(((120, 96, 70), (70, 74, 80), (150, 140, 125)))
    canvas = Image.new("RGB", frame, base)
    tilt = rng.uniform(-2.5, 2.5)
    pg = page.convert("RGBA").rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True)
    ox = (frame[0] - pg.width) // 2 + rng.randint(-40, 40)
    oy = (frame[1] - pg.height) // 2 + rng.randint(-40, 40)
    canvas.paste(pg, (ox, oy), pg)
    small = (max(8, frame[0] // 16), max(8, frame[1] // 16))
    yy, xx = np.mgrid[0 : small[1], 0 : small[0]].astype(np.float32)
    cx, cy = small[0] * rng.uniform(0.3, 0.7), small[1] * rng.uniform(0.3, 0.7)
    light = 1.0 - 0.18 * (((xx - cx) / small[0]) ** 2 + ((yy - cy) / small[1]) ** 2)
    tint = np.stack([light * 255, light * 250, light * 237], axis=-1).clip(0, 255).astype(np.uint8)
    shade = Image.fromarray(tint, "RGB").resize(frame, Image.Resampling.BILINEAR)
    canvas = ImageChops.multiply(canvas, shade)
    return canvas.filter(ImageFilter.GaussianBlur(0.6))
