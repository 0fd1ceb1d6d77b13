"""Our own scanner and phone-camera models.

A scan renders the vector page at 200–400 dpi, tints the paper, blurs by 0.4–0.9 px, adds sensor
noise and a slight skew, and encodes colour or grey JPEG (quality 70–92) or bilevel PNG. A photo
lays the page on a wooden desk with perspective and a soft shadow across one side.
"""

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
class ScanSpec:
    dpi: int = 200
    mode: str = "grey"  # colour | grey | bilevel
    blur: float = 0.6
    noise: float = 3.0
    quality: int = 82
    skew: float = 0.0
    tint: tuple[int, int, int] = (250, 248, 242)


def random_spec(rng: random.Random, mode: str | None = None, dpi: int | None = None) -> ScanSpec:
    mode = mode or rng.choice(("colour", "grey", "grey"))
    return ScanSpec(
        dpi=dpi or rng.choice((200, 200, 240)),
        mode=mode,
        blur=round(rng.uniform(0.4, 0.9), 2),
        noise=round(rng.uniform(2.0, 5.0), 2),
        quality=rng.randint(70, 92),
        skew=round(rng.uniform(-0.8, 0.8), 2),
        tint=(rng.randint(240, 252), rng.randint(236, 250), rng.randint(226, 242)),
    )


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def scan(page: pymupdf.Page, spec: ScanSpec, rng: random.Random) -> tuple[bytes, str]:
    """Scan one page; returns encoded image bytes and the format ("jpeg" or "png")."""
    colour = spec.mode == "colour"
    img: Any
    if colour:
        img = render(page, spec.dpi).astype(np.float32)
        paper = np.array(spec.tint, dtype=np.float32)
    else:
        pix = page.get_pixmap(dpi=spec.dpi, colorspace=pymupdf.csGRAY, alpha=False)
        img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).astype(np.float32)
        paper = np.array([sum(spec.tint) / 3], dtype=np.float32)
    img *= paper / np.float32(255.0)  # paper tint multiplies white, keeps black
    h, w = img.shape[:2]
    if spec.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), spec.skew, 1.0)
        border = tuple(float(v) for v in paper)
        img = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    noise = nrng.standard_normal((h, w), dtype=np.float32) * np.float32(spec.noise)
    img += noise[..., None] if colour else noise
    img = cv2.GaussianBlur(img, (0, 0), spec.blur)
    # the scanner's white clip: near-white paper comes out flat, as real scanners' gamma does
    flat = float(np.min(paper))
    img = np.where(img > np.float32(flat - 6), np.float32(flat), img) if not colour else img
    img = np.clip(img, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    if spec.mode == "bilevel":
        bw = Image.fromarray(np.where(img > 165, 255, 0).astype(np.uint8)).convert("1")
        bw.save(buf, "PNG", optimize=True, dpi=(spec.dpi, spec.dpi))
        return buf.getvalue(), "png"
    pil = Image.fromarray(img)
    pil.save(buf, "JPEG", quality=spec.quality, dpi=(spec.dpi, spec.dpi))
    return buf.getvalue(), "jpeg"


def photo(page: pymupdf.Page, rng: random.Random) -> bytes:
    """A phone photo of the sheet lying on a desk: perspective, a shadow over one side, JPEG."""
    sheet = render(page, 170).astype(np.float32) * np.array([0.97, 0.95, 0.9], dtype=np.float32)
    sh, sw = sheet.shape[:2]
    W, H = int(sw * 1.25), int(sh * 1.2)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    grain = np.sin(xx / 9.0 + np.sin(yy / 70.0) * 3) * 10 + nrng.normal(0, 4, (H, W))
    desk = np.stack([120 + grain, 84 + grain * 0.8, 52 + grain * 0.6], axis=2).astype(np.float32)
    mx, my = W * 0.1, H * 0.08
    j = [rng.uniform(-0.025, 0.025) * W for _ in range(8)]
    src = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], dtype=np.float32)
    dst = np.array(
        [
            [mx + j[0], my + j[1]],
            [W - mx + j[2], my + j[3]],
            [W - mx + j[4], H - my + j[5]],
            [mx + j[6], H - my + j[7]],
        ],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(sheet, m, (W, H), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))[..., None]
    img = desk * (1 - mask) + warped * mask
    # a soft shadow (a hand or the phone) falling from one side
    side = rng.choice(("left", "top", "right"))
    ramp = {"left": xx / W, "right": 1 - xx / W, "top": yy / H}[side]
    shade = 0.55 + 0.45 * np.clip((ramp - 0.05) / 0.35, 0, 1)
    light = 1.0 + 0.06 * np.exp(-(((xx - W * 0.6) / (W * 0.3)) ** 2 + ((yy - H * 0.4) / (H * 0.3)) ** 2))
    img = img * (shade * light)[..., None]
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.6, 0.9))
    img += nrng.normal(0, 3.0, img.shape).astype(np.float32)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=rng.randint(78, 88))
    return buf.getvalue()
