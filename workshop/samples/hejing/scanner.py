"""From a drawn page to the picture a flatbed scanner hands back.

The page is rendered at the scan resolution, the hand-made marks are multiplied in as ink, and then the
scanner's own traces are added: paper tone and uneven light, a little blur, skew, sensor noise and
dust. The result stays an array until the file is written, so a forger's paste can happen in between.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf
from PIL import Image

from .ink import Mark
from .sheet import Sheet

SCAN_DPI = 200


@dataclass(frozen=True)
class Scanner:
    """One pass through one machine."""

    dpi: int
    paper: tuple[int, int, int]
    light: float
    """How much darker the far edge is than the near one (0 = even)."""
    blur: float
    skew: float
    """Degrees, counter-clockwise."""
    noise: float
    dust: int
    quality: int

    @classmethod
    def draw(cls, rng: random.Random, dpi: int = SCAN_DPI) -> Scanner:
        base = rng.randint(236, 248)
        return cls(
            dpi=dpi,
            paper=(base + rng.randint(0, 6), base + rng.randint(-1, 4), base - rng.randint(2, 10)),
            light=rng.uniform(0.0, 0.05),
            blur=rng.uniform(0.45, 0.85),
            skew=rng.choice((-1, 1)) * rng.uniform(0.1, 0.9),
            noise=rng.uniform(1.0, 2.2),
            dust=rng.randint(20, 90),
            quality=rng.randint(70, 84),
        )


def render(sheet: Sheet, marks: list[Mark], dpi: int = SCAN_DPI) -> np.ndarray:
    """The page as printed and marked by hand, on white paper (RGB, uint8)."""
    pix = sheet.page.get_pixmap(dpi=dpi, alpha=False)
    raster = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()
    for mark in marks:
        multiply(raster, mark, dpi)
    return raster


def multiply(raster: np.ndarray, mark: Mark, dpi: int) -> None:
    """Ink of ``mark`` over ``raster`` where its centre says (the mark's dpi must equal the raster's)."""
    if mark.dpi != dpi:
        raise ValueError(f"mark at {mark.dpi} dpi on a {dpi} dpi raster")
    h, w = mark.rgba.shape[:2]
    x0 = round(mark.centre[0] / 72 * dpi - w / 2)
    y0 = round(mark.centre[1] / 72 * dpi - h / 2)
    xa, ya = max(x0, 0), max(y0, 0)
    xb, yb = min(x0 + w, raster.shape[1]), min(y0 + h, raster.shape[0])
    if xb <= xa or yb <= ya:
        return
    piece = mark.rgba[ya - y0 : yb - y0, xa - x0 : xb - x0].astype(np.float32)
    alpha = piece[..., 3:4] / 255.0
    region = raster[ya:yb, xa:xb].astype(np.float32)
    raster[ya:yb, xa:xb] = np.clip(region * (1 - alpha + alpha * piece[..., :3] / 255.0), 0, 255).astype(
        np.uint8
    )


def scan(raster: np.ndarray, scanner: Scanner, rng: random.Random) -> np.ndarray:
    """Paper tone, light, blur, skew, noise and dust over a rendered page."""
    h, w = raster.shape[:2]
    image: np.ndarray = raster.astype(np.float32) / 255.0
    image *= np.array(scanner.paper, dtype=np.float32) / 255.0
    ramp = np.linspace(1.0, 1.0 - scanner.light, w, dtype=np.float32)
    image *= ramp[None, :, None]
    image = cv2.GaussianBlur(image, (0, 0), scanner.blur)
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), scanner.skew, 1.0)
    border = tuple(float(c) / 255.0 * (1.0 - scanner.light / 2) for c in scanner.paper)
    image = cv2.warpAffine(
        image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    noise = np.random.default_rng(rng.getrandbits(32))
    image = image * 255.0 + noise.normal(0.0, scanner.noise, image.shape[:2])[..., None]
    for _ in range(scanner.dust):
        x, y = rng.randrange(w), rng.randrange(h)
        cv2.circle(image, (x, y), rng.choice((1, 1, 2)), (90.0, 90.0, 90.0), -1)
    return np.clip(image, 0, 255).astype(np.uint8)


def moved(point_pt: tuple[float, float], shape: tuple[int, ...], scanner: Scanner) -> tuple[float, float]:
    """Where a point of the page (points) lands on the skewed scan (pixels)."""
    h, w = shape[:2]
    x = point_pt[0] / 72 * scanner.dpi
    y = point_pt[1] / 72 * scanner.dpi
    angle = math.radians(scanner.skew)
    cx, cy = w / 2, h / 2
    dx, dy = x - cx, y - cy
    return (
        cx + dx * math.cos(angle) + dy * math.sin(angle),
        cy - dx * math.sin(angle) + dy * math.cos(angle),
    )


def jpeg(raster: np.ndarray, quality: int) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(raster, "RGB").save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def png(raster: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(raster, "RGB").save(buffer, "PNG", optimize=False, compress_level=6)
    return buffer.getvalue()


def decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def image_page(doc: pymupdf.Document, data: bytes, size: tuple[float, float]) -> None:
    """Append a page showing ``data`` (JPEG or PNG bytes) edge to edge."""
    page = doc.new_page(width=size[0], height=size[1])
    page.insert_image(page.rect, stream=data)
