"""Scanner and camera effects, and writing pages out as text PDFs, scanned PDFs and images."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass
class Scanner:
    """How one file's pages were scanned. Every field varies with the seed except what a scenario pins."""

    dpi: int = 200
    grey: bool = False
    keep_seal_colour: bool = True
    jpeg: int = 80
    skew: float = 0.0
    rotate: int = 0
    """0, 90, 180, 270: the page lies that way on the scan (clockwise)."""
    blur: float = 0.0
    noise: float = 4.0
    moire: bool = False
    photo: bool = False
    """A phone photo: perspective, uneven light, a table-top frame."""
    per_page_rotate: dict[int, int] = field(default_factory=dict)
    per_page_dpi: dict[int, int] = field(default_factory=dict)


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def degrade(img: np.ndarray, sc: Scanner, rng: random.Random, rotate: int | None = None) -> np.ndarray:
    """Apply one scanner's effects to an RGB page image."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    out: Any = img.astype(np.float32)
    # paper tone and toner unevenness
    out = out * rng.uniform(0.93, 0.99) + rng.uniform(0, 10)
    if sc.moire:
        h, w = out.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w]
        period = rng.uniform(3.2, 4.5)
        ang = rng.uniform(0.3, 0.9)
        pattern = np.sin((xx * np.cos(ang) + yy * np.sin(ang)) * 2 * np.pi / period)
        beat = np.sin((xx * np.cos(ang + 0.06) + yy * np.sin(ang + 0.06)) * 2 * np.pi / (period * 1.03))
        dark = out.mean(axis=2, keepdims=True) < 200
        out = out + (pattern * beat)[..., None] * 16 - dark * 8
    out += nrng.normal(0, sc.noise, out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if sc.grey:
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        grey = np.stack([g, g, g], axis=2)
        if sc.keep_seal_colour:
            r, gg, b = (out[..., i].astype(np.int16) for i in range(3))
            seal = (r - gg > 50) & (r - b > 40)
            seal = cv2.dilate(seal.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
            grey[seal] = out[seal]
        out = grey
    if sc.blur > 0:
        k = int(sc.blur * 2) * 2 + 1
        out = cv2.GaussianBlur(out, (k, k), sc.blur)
    if sc.skew:
        h, w = out.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), sc.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), borderValue=(245, 245, 245))
    if sc.photo:
        out = _photo(out, rng)
    rot = sc.rotate if rotate is None else rotate
    if rot == 90:
        out = cv2.rotate(out, cv2.ROTATE_90_CLOCKWISE)
    elif rot == 180:
        out = cv2.rotate(out, cv2.ROTATE_180)
    elif rot == 270:
        out = cv2.rotate(out, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return out


def _photo(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A phone photo of a sheet on a desk: dark wooden frame, slight perspective, light falling off."""
    h, w = img.shape[:2]
    pad = int(min(h, w) * 0.07)
    canvas = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.uint8)
    canvas[:] = (92, 70, 52)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    j = [rng.uniform(-0.025, 0.025) * min(h, w) for _ in range(8)]
    dst = np.array(
        [
            [pad + j[0], pad + j[1]],
            [pad + w + j[2], pad + j[3]],
            [pad + w + j[4], pad + h + j[5]],
            [pad + j[6], pad + h + j[7]],
        ],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        img, m, (canvas.shape[1], canvas.shape[0]), borderMode=cv2.BORDER_TRANSPARENT, dst=canvas
    )
    yy, xx = np.mgrid[0 : warped.shape[0], 0 : warped.shape[1]]
    cx, cy = rng.uniform(0.3, 0.7) * warped.shape[1], rng.uniform(0.3, 0.7) * warped.shape[0]
    fall = 1 - 0.18 * (((xx - cx) ** 2 + (yy - cy) ** 2) / (warped.shape[0] ** 2 + warped.shape[1] ** 2)) * 2
    return np.clip(warped * fall[..., None], 0, 255).astype(np.uint8)


def two_up(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """A book-style scan: two A4 pages side by side on one landscape image, a dark gutter between."""
    h = max(left.shape[0], right.shape[0])
    gutter = np.full((h, max(8, h // 120), 3), 70, np.uint8)

    def fit(a: np.ndarray) -> np.ndarray:
        if a.shape[0] == h:
            return a
        pad = np.full((h - a.shape[0], a.shape[1], 3), 235, np.uint8)
        return np.vstack([a, pad])

    return np.hstack([fit(left), gutter, fit(right)])


def encode(img: np.ndarray, quality: int, fmt: str = "JPEG") -> bytes:
    buf = io.BytesIO()
    pil = Image.fromarray(img)
    if fmt == "JPEG":
        pil.save(buf, "JPEG", quality=quality, subsampling=2 if quality < 70 else 0)
    else:
        pil.save(buf, fmt)
    return buf.getvalue()


def images_to_pdf(images: list[tuple[bytes, int, int, int]], producer: str = "") -> bytes:
    """(encoded image, width px, height px, dpi) per page, each page sized so the image is at its dpi."""
    doc = pymupdf.open()
    for data, w, h, dpi in images:
        page = doc.new_page(width=w * 72 / dpi, height=h * 72 / dpi)
        page.insert_image(page.rect, stream=data)
    if producer:
        doc.set_metadata({"producer": producer, "creator": producer})
    return bytes(doc.tobytes(garbage=3, deflate=True))
