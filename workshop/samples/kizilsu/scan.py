"""A scanner and a phone camera of our own: vector page → pixels → image bytes.

Scanner: render at the scan's dpi (grey or colour), paper tone, sensor noise, skew (rotation about
the centre, paper-coloured border), Gaussian blur, then encode: bilevel (1-bit PNG after a noisy
threshold), grey or colour JPEG at the given quality. Phone: the page lies on a desk, photographed
at an angle (perspective), with light falling off from one corner and a little motion blur.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, replace
from typing import Literal

import cv2
import numpy as np
import pymupdf
from PIL import Image

Mode = Literal["bilevel", "grey", "colour"]


@dataclass(frozen=True)
class Scanner:
    dpi: int = 200
    mode: Mode = "grey"
    quality: int = 75
    """JPEG quality (grey, colour); unused for bilevel."""
    blur: float = 0.0
    """Gaussian sigma in pixels."""
    skew: float = 0.0
    """Degrees, counter-clockwise positive."""
    threshold: int = 150
    noise: float = 3.0
    paper: tuple[int, int, int] = (246, 244, 238)

    def varied(self, rng: random.Random, skew: float = 0.6) -> Scanner:
        """The same scanner on the next sheet: the feeder skews each page a little differently."""
        return replace(self, skew=rng.uniform(-skew, skew))


def _render(page: pymupdf.Page, dpi: int, colour: bool) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB if colour else pymupdf.csGRAY, alpha=False)
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    return arr.copy() if colour else arr[:, :, 0].copy()


def _rotate(img: np.ndarray, deg: float, border: tuple[int, ...] | int) -> np.ndarray:
    if abs(deg) < 0.01:
        return img
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)


def scan(page: pymupdf.Page, s: Scanner, rng: random.Random) -> tuple[bytes, int, int]:
    """The page as a scanner delivers it: (image bytes, width px, height px)."""
    colour = s.mode == "colour"
    img: np.ndarray = _render(page, s.dpi, colour).astype(np.float32)
    nprng = np.random.default_rng(rng.randrange(2**32))
    if colour:
        img = img * (np.array(s.paper, dtype=np.float32) / 255.0)
    else:
        img = img * (sum(s.paper) / 3 / 255.0)
    # uneven lamp: a faint gradient across the sheet
    h, w = img.shape[:2]
    ramp = np.linspace(1.0, rng.uniform(0.94, 1.0), w, dtype=np.float32)[None, :]
    img = img * (ramp[..., None] if colour else ramp)
    img = img + nprng.normal(0, s.noise, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    border: tuple[int, ...] | int = s.paper if colour else int(sum(s.paper) / 3)
    img = _rotate(img, s.skew, border)
    if s.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), s.blur)
    if s.mode == "bilevel":
        jitter = nprng.normal(0, 6, img.shape[:2]).astype(np.float32)
        bw = (img.astype(np.float32) + jitter) > s.threshold
        buf = io.BytesIO()
        Image.fromarray(bw).convert("1").save(buf, format="PNG", optimize=True)
        return buf.getvalue(), w, h
    if colour:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ok, jpg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, s.quality])
    assert ok
    return jpg.tobytes(), w, h


def phone_photo(page: pymupdf.Page, rng: random.Random, dpi: int = 130) -> bytes:
    """A phone photo of the paper: desk around it, perspective, light falling off, JPEG."""
    img: np.ndarray = _render(page, dpi, True)
    h, w = img.shape[:2]
    pad = int(0.12 * max(w, h))
    cw, ch = w + 2 * pad, h + 2 * pad
    desk = np.zeros((ch, cw, 3), np.uint8)
    base = np.array([rng.randint(90, 140), rng.randint(80, 120), rng.randint(60, 100)], np.uint8)
    desk[:] = base
    nprng = np.random.default_rng(rng.randrange(2**32))
    desk = np.clip(desk.astype(np.int16) + nprng.normal(0, 6, desk.shape), 0, 255).astype(np.uint8)

    def j(v: float) -> float:
        return v + rng.uniform(-0.05, 0.05) * w

    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array(
        [
            [pad + j(0), pad + j(0)],
            [pad + w - rng.uniform(0.02, 0.08) * w, pad + j(0)],
            [pad + w + j(0), pad + h + j(0)],
            [pad + j(0) + rng.uniform(0.0, 0.05) * w, pad + h - rng.uniform(0.0, 0.04) * h],
        ],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(src, dst)
    paper = cv2.warpPerspective(img, m, (cw, ch), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (cw, ch))
    out: np.ndarray = np.where(mask[..., None] > 127, paper, desk).astype(np.float32)
    # light: brighter near one corner, darker at the opposite one, a warm cast
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    cx, cy = rng.uniform(0, cw), rng.uniform(0, ch * 0.5)
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(cw, ch)
    light = 1.08 - rng.uniform(0.3, 0.45) * dist
    out = out * light[..., None] * np.array([0.97, 1.0, 1.04], np.float32)  # RGB: a little warm
    out = np.clip(out + nprng.normal(0, 4, out.shape), 0, 255).astype(np.uint8)
    k = rng.choice((3, 5))
    kernel = np.zeros((k, k), np.float32)
    kernel[k // 2, :] = 1.0 / k
    out = cv2.filter2D(out, -1, kernel)
    ok, jpg = cv2.imencode(".jpg", cv2.cvtColor(out, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 82])
    assert ok
    return jpg.tobytes()
