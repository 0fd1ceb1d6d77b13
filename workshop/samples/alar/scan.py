"""The family's devices: a 200 dpi colour flatbed on yellowish paper (mild blur, JPEG 80) and a phone photo."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw

from .paint import pil_font


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def jpeg(img: np.ndarray, quality: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return buf.tobytes()


def flatbed(page: pymupdf.Page, rng: random.Random, dpi: int = 200) -> bytes:
    """Colour flatbed scan: yellowish paper, lamp falloff, slight skew, noise, mild blur, JPEG 80."""
    img = render(page, dpi)
    h, w = img.shape[:2]
    tint = np.array([rng.uniform(0.965, 0.99), rng.uniform(0.93, 0.96), rng.uniform(0.80, 0.87)], np.float32)
    xx = np.linspace(0, 1, 64, dtype=np.float32)[None, :]
    yy = np.linspace(0, 1, 64, dtype=np.float32)[:, None]
    lamp = 1.0 - rng.uniform(0.02, 0.06) * (xx if rng.random() < 0.5 else 1 - xx) - 0.02 * (yy - 0.5) ** 2
    gain = cv2.resize(lamp, (w, h), interpolation=cv2.INTER_LINEAR)[..., None] * tint
    noise = np.random.default_rng(rng.randint(0, 2**31)).standard_normal((h, w), dtype=np.float32) * 3.0
    out = img.astype(np.float32)
    cv2.multiply(out, gain.astype(np.float32), out)
    cv2.add(out, cv2.merge((noise, noise, noise)), out)
    img = cv2.convertScaleAbs(out)
    ang = rng.uniform(-0.6, 0.6)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    border = tuple(int(v * 245) for v in tint)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.55, 0.85))
    return jpeg(img, 80)


def _watermark(img: Image.Image, text: str, rng: random.Random) -> Image.Image:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    fs = int(img.width / 13)
    font = pil_font(fs)
    tile = Image.new("RGBA", (int(fs * len(text) * 1.1), int(fs * 1.4)), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((0, 0), text, font=font, fill=(120, 120, 120, 80))
    tile = tile.rotate(rng.uniform(22, 30), expand=True, resample=Image.Resampling.BICUBIC)
    for fx, fy in ((0.05, 0.08), (0.50, 0.22), (0.18, 0.58)):
        layer.alpha_composite(tile, (int(img.width * fx), int(img.height * fy)))
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def photo(page: pymupdf.Page, rng: random.Random, watermark: str = "") -> bytes:
    """A phone photo of a landscape licence on a desk, at an angle, with a digital watermark overlay."""
    src = render(page, 170)
    sh, sw = src.shape[:2]
    cw, ch = int(sw * 1.12), int(sh * 1.16)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array(rng.choice(((150, 112, 78), (176, 150, 120), (92, 90, 96))), np.float32)
    grain = cv2.GaussianBlur(gen.random((ch // 8, cw // 8)).astype(np.float32), (0, 0), 1.5)
    grain = cv2.resize(grain, (cw, ch), interpolation=cv2.INTER_LINEAR)
    desk = (0.85 + 0.3 * grain)[..., None] * base
    mx, my = cw * 0.06, ch * 0.06
    jit = [rng.uniform(-0.03, 0.03) for _ in range(8)]
    tilt = rng.uniform(0.02, 0.05)  # one side nearer the camera
    dst = np.array(
        [
            [mx + cw * (jit[0] + tilt), my + ch * jit[1]],
            [cw - mx + cw * (jit[2] - tilt), my + ch * (jit[3] + tilt * 0.6)],
            [cw - mx + cw * jit[4], ch - my + ch * (jit[5] - tilt * 0.6)],
            [mx + cw * jit[6], ch - my + ch * jit[7]],
        ],
        dtype=np.float32,
    )
    srcq = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (cw, ch), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (cw, ch))
    mask3 = cv2.merge((mask, mask, mask))
    img = warped.astype(np.float32) * mask3 + desk * (1 - mask3)
    sy, sx = np.mgrid[0:64, 0:64].astype(np.float32) / 64
    cx, cy = rng.uniform(0.35, 0.65), rng.uniform(0.3, 0.6)
    light = 1.06 - 0.35 * np.sqrt((sx - cx) ** 2 + (sy - cy) ** 2) ** 1.6
    light = cv2.resize(light.astype(np.float32), (cw, ch), interpolation=cv2.INTER_LINEAR)
    warm = np.array([1.0, 0.98, 0.93], np.float32)
    img = img * light[..., None] * warm
    noise = gen.standard_normal((ch, cw), dtype=np.float32) * 3.0
    img += noise[..., None]
    img = cv2.convertScaleAbs(img)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.7, 1.0))
    scale = 2200 / max(cw, ch)
    if scale < 1:
        img = cv2.resize(img, (int(cw * scale), int(ch * scale)), interpolation=cv2.INTER_AREA)
    out = Image.fromarray(img)
    if watermark:
        out = _watermark(out, watermark, rng)
    arr = np.array(out)
    return jpeg(arr, rng.randint(84, 90))
