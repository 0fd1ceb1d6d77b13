"""Turn a drawn page into what a scanner or a phone gives back: no text layer, paper tone, skew, blur, grain.

Kept readable on purpose (200–300 dpi, mild blur): SCAN_QUALITY_LOW is never expected from this family.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import numpy as np
import pymupdf
from PIL import Image


@dataclass(frozen=True)
class ScanStyle:
    dpi: int
    grey: bool
    skew: float
    blur: float
    noise: float
    tone: tuple[int, int, int]
    quality: int
    streak: bool = False


def style(rng: random.Random, grey: bool | None = None) -> ScanStyle:
    return ScanStyle(
        dpi=rng.choice([200, 240, 300]),
        grey=rng.random() < 0.4 if grey is None else grey,
        skew=rng.uniform(-1.4, 1.4),
        blur=rng.uniform(0.2, 0.6),
        noise=rng.uniform(2.0, 6.0),
        tone=(rng.randint(238, 250), rng.randint(234, 246), rng.randint(222, 236)),
        quality=rng.randint(72, 88),
        streak=rng.random() < 0.3,
    )


def render(page: pymupdf.Page, st: ScanStyle, rng: random.Random) -> Image.Image:
    import cv2

    pix = page.get_pixmap(dpi=st.dpi, alpha=False)
    img: Any = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3)
    h, w = img.shape[:2]
    # paper tone (white goes to the tone, ink stays dark), one lookup table per channel
    lut = np.stack([np.clip(np.arange(256) * (t / 255.0), 0, 255) for t in st.tone], axis=1).astype(np.uint8)
    img = cv2.LUT(img, lut.reshape(256, 1, 3))
    # uneven light: darker towards one edge of the glass, applied on a coarse map
    fall = rng.uniform(0.93, 1.0)
    ramp = np.linspace(1.0, fall, 64, dtype=np.float32)[None, :].repeat(8, axis=0)
    light = cv2.resize(ramp, (w, h), interpolation=cv2.INTER_LINEAR)
    img = cv2.multiply(img, cv2.merge([light, light, light]), dtype=cv2.CV_8U)
    if st.streak:
        x = rng.randint(w // 6, w - w // 6)
        img[:, x : x + 2, :] = (img[:, x : x + 2, :] * 0.82).astype(np.uint8)
    noise: Any = np.zeros((h, w, 3), dtype=np.int16)
    cv2.randn(noise, 0.0, float(st.noise))  # type: ignore[call-overload]
    img = cv2.add(img.astype(np.int16), noise, dtype=cv2.CV_16S).clip(0, 255).astype(np.uint8)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), st.skew, 1.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=st.tone)
    img = cv2.GaussianBlur(img, (0, 0), st.blur)
    out = Image.fromarray(img, "RGB")
    if st.grey:
        out = out.convert("L")
    return out


def jpeg(img: Image.Image, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


def scanned_page(out: pymupdf.Document, src: pymupdf.Page, st: ScanStyle, rng: random.Random) -> None:
    """Append ``src`` to ``out`` as an image-only page of the same size."""
    img = render(src, st, rng)
    page = out.new_page(width=src.rect.width, height=src.rect.height)
    page.insert_image(page.rect, stream=jpeg(img, st.quality, st.dpi))


def phone_photo(src: pymupdf.Page, rng: random.Random) -> bytes:
    """A phone photo of a page lying on a desk: perspective, warm light, vignette; JPEG bytes."""
    import cv2

    st = ScanStyle(
        dpi=200, grey=False, skew=0.0, blur=0.5, noise=4.0, tone=(246, 238, 222), quality=84, streak=False
    )
    img: Any = np.asarray(render(src, st, rng))
    h, w = img.shape[:2]
    pad = int(0.08 * w)
    desk = np.full((h + 2 * pad, w + 2 * pad, 3), (96, 84, 70), dtype=np.uint8)
    desk[pad : pad + h, pad : pad + w] = img
    H, W = desk.shape[:2]
    j = lambda a: rng.uniform(0, a) * W  # noqa: E731
    srcq: Any = np.array([[0, 0], [W, 0], [W, H], [0, H]], dtype=np.float32)
    dstq: Any = np.array(
        [[j(0.05), j(0.03)], [W - j(0.06), j(0.01)], [W - j(0.03), H - j(0.05)], [j(0.01), H - j(0.02)]],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(srcq, dstq)
    warped = cv2.warpPerspective(desk, m, (W, H), borderValue=(70, 60, 50))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cy, cx = H * rng.uniform(0.35, 0.6), W * rng.uniform(0.35, 0.65)
    d = np.sqrt(((yy - cy) / H) ** 2 + ((xx - cx) / W) ** 2)
    light = (1.05 - 0.35 * d)[..., None]
    out = np.clip(warped.astype(np.float32) * light * np.array([1.02, 1.0, 0.94]), 0, 255).astype(np.uint8)
    scale = 2000 / max(H, W)
    im = Image.fromarray(out).resize((int(W * scale), int(H * scale)), Image.Resampling.LANCZOS)
    return jpeg(im, 84, 200)
