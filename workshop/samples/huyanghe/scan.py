"""The office scanner: a sheet printed, put on the glass and saved as JPEG."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from .paint import Sheet, render


@dataclass
class Scanner:
    dpi: int = 200
    grey: bool = True
    skew: float = 0.0  # degrees
    blur: float = 0.5  # Gaussian sigma in pixels
    noise: float = 3.0
    quality: int = 75
    tint: tuple[int, int, int] = (250, 248, 242)
    resave: int = 0  # a second JPEG pass (the office re-saving the file); 0: none

    @classmethod
    def draw(cls, rng: random.Random, colour: bool = False) -> Scanner:
        return cls(
            dpi=rng.choice([200, 240, 300]),
            grey=not colour,
            skew=rng.choice([0.0, rng.uniform(-0.8, 0.8)]),
            blur=rng.uniform(0.35, 0.8),
            noise=rng.uniform(2.0, 4.5),
            quality=rng.randrange(68, 86),
            tint=(rng.randrange(244, 254), rng.randrange(240, 251), rng.randrange(228, 246)),
            resave=rng.choice([0, 0, rng.randrange(70, 85)]),
        )


def scan(sheet: Sheet, sc: Scanner, rng: random.Random) -> bytes:
    """JPEG bytes of the scanned sheet."""
    rgb = render(sheet, sc.dpi)
    img: Any
    if sc.grey:
        img = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)[:, :, None]
        tint = np.array([sum(sc.tint) / 3], dtype=np.float32)
    else:
        img = rgb.astype(np.float32)
        tint = np.array(sc.tint, dtype=np.float32)
    # paper tone: white goes to the paper's tint, ink stays dark
    img = img * (tint / 255.0)
    h, w = img.shape[:2]
    # lamp fall-off along the long edge
    img = img * np.linspace(1.0, rng.uniform(0.93, 0.99), w, dtype=np.float32)[None, :, None]
    if sc.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), sc.skew, 1.0)
        border = tuple(float(t) for t in tint) if not sc.grey else float(tint[0])
        img = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    if img.ndim == 2:
        img = img[:, :, None]
    if sc.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), sc.blur)
        if img.ndim == 2:
            img = img[:, :, None]
    gen = np.random.default_rng(rng.randrange(1 << 30))
    img = img + gen.normal(0, sc.noise, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    img = img[:, :, 0] if sc.grey else cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, sc.quality])
    assert ok
    if sc.resave:
        again = cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)
        assert again is not None
        ok, buf = cv2.imencode(".jpg", again, [cv2.IMWRITE_JPEG_QUALITY, sc.resave])
        assert ok
    return _jfif_dpi(bytes(buf), sc.dpi)


def _jfif_dpi(jpg: bytes, dpi: int) -> bytes:
    """Write the scan resolution into the JFIF header, as scanners do."""
    if jpg[2:4] == b"\xff\xe0" and jpg[6:11] == b"JFIF\x00":
        head = bytearray(jpg)
        head[13] = 1
        head[14:16] = dpi.to_bytes(2, "big")
        head[16:18] = dpi.to_bytes(2, "big")
        return bytes(head)
    return jpg
