"""Scanner and camera models: flat scans, low-light grey scans, photos on a desk, crops, copy-move clones."""

from __future__ import annotations

import io
import random
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageFilter


def jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert(img.mode)


def _noise(arr: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(2**32)).normal(0, sigma, arr.shape)
    return np.clip(arr.astype(np.float32) + g, 0, 255).astype(np.uint8)


def flat(img: Image.Image, rng: random.Random) -> Image.Image:
    """A flatbed scan: a small skew, a little blur and noise, a warm paper tint."""
    img = img.rotate(rng.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, fillcolor=(250, 250, 248))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    arr = np.asarray(img).astype(np.float32)
    arr = arr * np.array([1.0, 0.99, 0.965]) + rng.uniform(-6, 2)
    return Image.fromarray(_noise(np.clip(arr, 0, 255), rng, rng.uniform(2, 4)))


def grey_lowlight(img: Image.Image, rng: random.Random) -> Image.Image:
    """A dim grey scan: squeezed contrast, darker toward one side, grain."""
    g: npt.NDArray[np.floating[Any]] = np.asarray(
        img.convert("L").filter(ImageFilter.GaussianBlur(0.6))
    ).astype(np.float32)
    lo, hi = rng.uniform(35, 55), rng.uniform(165, 190)
    g = lo + g / 255.0 * (hi - lo)
    w = g.shape[1]
    ramp = np.linspace(1.0, rng.uniform(0.8, 0.9), w)[None, :]
    if rng.random() < 0.5:
        ramp = ramp[:, ::-1]
    g = g * ramp
    return Image.fromarray(_noise(g, rng, rng.uniform(4, 6))).convert("RGB")


def desk_photo(img: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the sheet lying on a dark desk: perspective, uneven light, heavy JPEG."""
    src = np.asarray(img)
    h, w = src.shape[:2]
    pad = int(max(w, h) * 0.12)
    W, H = w + 2 * pad, h + 2 * pad
    desk = np.zeros((H, W, 3), np.float32)
    base = np.array([rng.randint(40, 70), rng.randint(30, 50), rng.randint(20, 35)], np.float32)
    desk[:] = base
    desk = _noise(desk, rng, 8).astype(np.float32)
    j = lambda: rng.uniform(-0.05, 0.05) * w  # noqa: E731
    dst = np.array(
        [
            [pad + j(), pad + j()],
            [pad + w + j(), pad + j()],
            [pad + w + j(), pad + h + j()],
            [pad + j(), pad + h + j()],
        ],
        dtype=np.float32,
    )
    srcq = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H)) > 0
    out = desk.copy()
    out[mask] = warped[mask].astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.6) * H
    light = 1.05 - 0.35 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9])
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (3, 3), 0)
    photo = Image.fromarray(_noise(out, rng, 3))
    scale = rng.uniform(0.8, 0.95)
    photo = photo.resize((int(W * scale), int(H * scale)), Image.Resampling.BILINEAR)
    return jpeg(photo, rng.randint(35, 50))


def crop_bottom(img: Image.Image, keep: int) -> Image.Image:
    """Keep the top ``keep`` pixels: a photo that missed the sheet's lower edge."""
    return img.crop((0, 0, img.width, keep))


def clone(img: Image.Image, src_box, dst_xy) -> Image.Image:
    """Copy-move: the pixels of ``src_box`` pasted unchanged at ``dst_xy`` on the same image."""
    out = img.copy()
    out.paste(img.crop(src_box), dst_xy)
    return out


def flat_noskew(img: Image.Image, rng: random.Random) -> Image.Image:
    """A flat scan without skew (a page later edited pixel by pixel)."""
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
    arr = np.asarray(img).astype(np.float32) * np.array([1.0, 0.99, 0.965])
    return Image.fromarray(_noise(np.clip(arr, 0, 255), rng, rng.uniform(2, 3.5)))
