"""This family's scanner and phone-camera model: a drawn page becomes an image-only PDF page."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image


@dataclass
class Look:
    """How a sheet went through the office copier (or under a phone)."""

    dpi: int = 200
    skew: float = 0.0
    grey: bool = True
    quality: int = 80
    camera: bool = False
    toner_streak: bool = False
    stamp_bleed: float = 0.0


def look_for(rng: random.Random, camera: bool = False) -> Look:
    return Look(
        dpi=rng.choice((200, 200, 240)),
        skew=rng.uniform(-1.8, 1.8),
        grey=rng.random() < 0.55,
        quality=rng.randint(74, 88),
        camera=camera,
        toner_streak=rng.random() < 0.35,
    )


def rasterise(page: fitz.Page, look: Look, rng: random.Random) -> bytes:
    """The page as a degraded JPEG: paper tone, skew, soft optics, grain, a toner streak, or a phone's view."""
    pix = page.get_pixmap(dpi=look.dpi, alpha=False)
    img: Any = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).astype(np.float32)
    tone = np.array([rng.uniform(236, 248), rng.uniform(234, 246), rng.uniform(225, 240)], dtype=np.float32)
    img = img / 255.0 * tone
    h, w = img.shape[:2]
    if look.toner_streak:
        x = rng.randint(w // 8, w - w // 8)
        img[:, x : x + rng.randint(2, 5)] *= 0.82
    if look.camera:
        d = 0.035
        src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
        jit = [(rng.uniform(0, d) * w, rng.uniform(0, d) * h) for _ in range(4)]
        dst = np.array(
            [
                [jit[0][0], jit[0][1]],
                [w - jit[1][0], jit[1][1]],
                [w - jit[2][0], h - jit[2][1]],
                [jit[3][0], h - jit[3][1]],
            ],
            dtype=np.float32,
        )
        m = cv2.getPerspectiveTransform(src, dst)
        img = cv2.warpPerspective(img, m, (w, h), borderValue=(90, 85, 80))
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.2, 0.5) * h
        light = 1.0 - 0.22 * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
        img *= light[..., None]
    else:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), look.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), borderValue=tuple(float(t) for t in tone))
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.45, 0.8))
    nprng = np.random.default_rng(rng.randint(0, 2**31))
    img += nprng.normal(0, 4.5, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(img)
    if look.grey:
        pil = pil.convert("L")
    buf = io.BytesIO()
    pil.save(buf, "JPEG", quality=look.quality)
    return buf.getvalue()


def scanned_page(out: fitz.Document, page: fitz.Page, look: Look, rng: random.Random) -> None:
    """Append the page to ``out`` as an image-only page of the same size."""
    data = rasterise(page, look, rng)
    new = out.new_page(width=page.rect.width, height=page.rect.height)
    new.insert_image(new.rect, stream=data)
