"""A flatbed scanner written for this family: render, paper tint, blur, skew, noise, grey, JPEG (re-saved)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, replace

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass(frozen=True)
class Scanner:
    dpi: int = 200
    colour: str = "rgb"
    """``rgb`` colour; ``grey`` 8-bit grey JPEG; ``grey_rgb`` grey content saved as RGB with chroma noise."""
    quality: int = 85
    blur: float = 0.6
    """Gaussian sigma in pixels."""
    skew: float = 0.0
    """Degrees, counter-clockwise positive."""
    tint: tuple[int, int, int] = (250, 248, 240)
    noise: float = 1.2
    resaves: int = 0
    """Extra JPEG decode/encode rounds (a page opened and saved again)."""

    def but(self, **kw: object) -> Scanner:
        return replace(self, **kw)  # type: ignore[arg-type]


def random_scanner(rng: random.Random, **fixed: object) -> Scanner:
    s = Scanner(
        dpi=rng.choice((200, 200, 240, 300)),
        colour=rng.choice(("rgb", "rgb", "grey", "grey_rgb")),
        quality=rng.randint(78, 90),
        blur=round(rng.uniform(0.4, 0.9), 2),
        skew=round(rng.uniform(-1.2, 1.2), 2),
        tint=(rng.randint(244, 253), rng.randint(240, 250), rng.randint(228, 242)),
        noise=round(rng.uniform(0.8, 2.0), 1),
    )
    return s.but(**fixed)


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    return arr[:, :, :3].copy()


def degrade(img: np.ndarray, s: Scanner, rng: random.Random) -> np.ndarray:
    """Paper, optics and sensor on a clean RGB render."""
    nrng = np.random.default_rng(rng.getrandbits(32))
    f: np.ndarray = img.astype(np.float32) / 255.0
    tint = np.array(s.tint, dtype=np.float32)
    f = f * tint  # ink stays dark, white becomes paper
    h, w = f.shape[:2]
    # uneven lamp: slightly darker toward one edge
    ramp = np.linspace(1.0, 1.0 - rng.uniform(0.01, 0.05), w, dtype=np.float32)
    f *= ramp[None, :, None]
    if s.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), s.skew, 1.0)
        f = np.asarray(
            cv2.warpAffine(f, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=tuple(float(t) for t in s.tint))
        )
    if s.blur > 0:
        f = np.asarray(cv2.GaussianBlur(f, (0, 0), s.blur))
    f += nrng.normal(0, s.noise, size=(h, w, 1)).astype(np.float32)
    out = np.clip(f, 0, 255).astype(np.uint8)
    if s.colour in ("grey", "grey_rgb"):
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        if s.colour == "grey":
            return g
        rgb = np.repeat(g[:, :, None], 3, axis=2).astype(np.int16)
        rgb += nrng.normal(0, 1.6, size=rgb.shape).astype(np.int16)  # chroma noise of a cheap colour sensor
        return np.clip(rgb, 0, 255).astype(np.uint8)
    return out


def jpeg(arr: np.ndarray, s: Scanner, rng: random.Random) -> bytes:
    q = s.quality
    data = _encode(arr, q, s.dpi)
    for _ in range(s.resaves):
        q = max(60, q - rng.randint(3, 10))
        data = _encode(np.asarray(Image.open(io.BytesIO(data))), q, s.dpi)
    return data


def _encode(arr: np.ndarray, q: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=q, dpi=(dpi, dpi), subsampling=2)
    return buf.getvalue()


def spread(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Two facing pages on the glass at once: side by side, a shadow along the fold."""
    h = max(left.shape[0], right.shape[0])
    pad = [np.pad(a, ((0, h - a.shape[0]), (0, 0), (0, 0)), constant_values=255) for a in (left, right)]
    img = np.concatenate(pad, axis=1).astype(np.float32)
    mid = pad[0].shape[1]
    xs = np.arange(img.shape[1], dtype=np.float32)
    shade = 1.0 - 0.35 * np.exp(-(((xs - mid) / (img.shape[1] * 0.012)) ** 2))
    img *= shade[None, :, None]
    return np.clip(img, 0, 255).astype(np.uint8)
