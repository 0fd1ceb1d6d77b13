"""This family's own scanner and phone camera.

A profile says how paper became pixels: resolution, colour mode (colour, grey, grey saved as an
RGB JPEG with chroma noise, bilevel), paper tint, optical blur, sensor noise, skew, JPEG quality
(sometimes saved twice), and for phones perspective, shadow and glare on a desk.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pymupdf


@dataclass(frozen=True)
class Profile:
    """How one file was scanned or photographed."""

    dpi: int = 200
    mode: str = "colour"
    """colour, grey, grey_rgb (grey saved as RGB with chroma noise), bilevel."""
    tint: tuple[int, int, int] = (250, 248, 240)
    blur: float = 0.6
    noise: float = 3.0
    skew: float = 0.0
    quality: int = 80
    twice: bool = False
    photo: bool = False

    @classmethod
    def draw(cls, rng: random.Random, photo: bool = False) -> Profile:
        """A random profile in the ranges real scanners and phones produce."""
        mode = rng.choice(["colour", "colour", "grey", "grey_rgb", "bilevel"]) if not photo else "colour"
        return cls(
            dpi=rng.choice([150, 200, 200, 240, 300]) if not photo else 150,
            mode=mode,
            tint=(rng.randint(236, 255), rng.randint(234, 252), rng.randint(222, 245)),
            blur=rng.uniform(0.4, 1.2),
            noise=rng.uniform(1.0, 6.0),
            skew=rng.uniform(-1.8, 1.8),
            quality=rng.randint(50, 95),
            twice=rng.random() < 0.3,
            photo=photo,
        )


def raster(page: pymupdf.Page, dpi: int) -> np.ndarray:
    """The page as an RGB array at ``dpi``."""
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def _photo(img: np.ndarray, rng: random.Random, nrng: np.random.Generator) -> np.ndarray:
    """Paper on a desk, shot at an angle: perspective, a shadow band, a glare spot."""
    h, w = img.shape[:2]
    pad = int(0.08 * max(h, w))
    desk = np.full(
        (h + 2 * pad, w + 2 * pad, 3),
        (rng.randint(60, 140), rng.randint(50, 120), rng.randint(40, 100)),
        np.uint8,
    )
    desk[pad : pad + h, pad : pad + w] = img
    H, W = desk.shape[:2]
    src: Any = np.array([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]], np.float32)
    j = lambda: rng.uniform(-0.045, 0.045) * W  # noqa: E731
    dst: Any = np.array(
        [
            [pad + j(), pad + j()],
            [pad + w + j(), pad + j()],
            [pad + w + j(), pad + h + j()],
            [pad + j(), pad + h + j()],
        ],
        np.float32,
    )
    warped = cv2.warpPerspective(
        desk, cv2.getPerspectiveTransform(src, dst), (W, H), borderMode=cv2.BORDER_REPLICATE
    )
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    angle = rng.uniform(0, np.pi)
    ramp = np.cos(angle) * xx / W + np.sin(angle) * yy / H
    shadow = 1 - rng.uniform(0.15, 0.4) * np.clip(ramp - rng.uniform(0.2, 0.8), 0, 1) * 2
    gx, gy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    glare = np.exp(-(((xx - gx) / (0.12 * W)) ** 2 + ((yy - gy) / (0.08 * H)) ** 2)) * rng.uniform(40, 90)
    out = warped.astype(np.float32) * shadow[..., None] + glare[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def scan(page: pymupdf.Page, profile: Profile, rng: random.Random) -> np.ndarray:
    """What the device saw: an RGB (or single-channel) uint8 array, before file encoding."""
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    img: Any = raster(page, profile.dpi).astype(np.float32)
    tint = np.array(profile.tint, np.float32) / 255
    img = img * tint
    if profile.skew:
        h, w = img.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), profile.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), borderValue=tuple(float(v) for v in profile.tint))
    img = cv2.GaussianBlur(img, (0, 0), profile.blur * profile.dpi / 200)
    img = img + nrng.normal(0, profile.noise, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if profile.photo:
        return _photo(img, rng, nrng)
    if profile.mode in ("grey", "grey_rgb", "bilevel"):
        grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
        if profile.mode == "bilevel":
            return np.where(grey > rng.randint(150, 185), 255, 0).astype(np.uint8)
        if profile.mode == "grey_rgb":
            rgb = np.repeat(grey[..., None], 3, axis=2).astype(np.float32)
            rgb += nrng.normal(0, 2.5, rgb.shape).astype(np.float32)
            return np.clip(rgb, 0, 255).astype(np.uint8)
        return grey
    return img


def encode(img: np.ndarray, profile: Profile, fmt: str = "jpg") -> bytes:
    """File bytes: JPEG at the profile's quality (twice if it was re-saved), or PNG/TIFF lossless."""
    bgr = img if img.ndim == 2 else cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    if fmt == "png" or profile.mode == "bilevel":
        ok, buf = cv2.imencode(".png", bgr)
        return buf.tobytes()
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, profile.quality])
    if profile.twice:
        again: Any = cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)
        ok, buf = cv2.imencode(".jpg", again, [cv2.IMWRITE_JPEG_QUALITY, max(50, profile.quality - 12)])
    assert ok
    return buf.tobytes()


def to_pdf_page(out: pymupdf.Document, data: bytes, img: np.ndarray, dpi: int) -> None:
    """Append one scanned page to a PDF, sized so the image is at its scan resolution."""
    h, w = img.shape[:2]
    page = out.new_page(width=w * 72 / dpi, height=h * 72 / dpi)
    page.insert_image(page.rect, stream=data)
