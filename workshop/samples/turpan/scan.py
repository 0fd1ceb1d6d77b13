"""Scanner, fax, photocopier and phone-camera models: a Sheet becomes pixels the way Turpan offices make them."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image

from .sheet import Sheet


@dataclass
class Device:
    mode: str = "grey"  # colour, grey, bilevel
    dpi: int = 200
    blur: float = 0.8
    quality: int = 80
    skew: float = 0.0
    noise: float = 3.0
    tint: bool = False
    show_through: float = 0.0
    fax: bool = False


def draw_device(rng: random.Random, **force) -> Device:
    dev = Device(
        mode=rng.choice(("colour", "colour", "grey", "grey", "bilevel")),
        dpi=rng.choice((150, 200, 200, 240, 300, 300, 400)),
        blur=round(rng.uniform(0.5, 1.1), 2),
        quality=rng.randint(55, 90),
        skew=round(rng.uniform(-1.5, 1.5), 2),
        noise=round(rng.uniform(1.5, 6.0), 1),
        tint=rng.random() < 0.35,
        show_through=rng.choice((0.0, 0.0, 0.05, 0.08)),
    )
    for key, value in force.items():
        setattr(dev, key, value)
    if dev.dpi > 300 and dev.mode != "bilevel":
        dev.dpi = 300  # keep files and time modest
    return dev


def render(sheet: Sheet, dpi_x: float, dpi_y: float | None = None) -> np.ndarray:
    """Paint ``sheet`` and rasterise it to an RGB array."""
    doc = fitz.open()
    page = doc.new_page(width=sheet.width, height=sheet.height)
    sheet.paint(page)
    mat = fitz.Matrix(dpi_x / 72, (dpi_y or dpi_x) / 72)
    pix = page.get_pixmap(matrix=mat, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def _blur(img: np.ndarray, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(img, (0, 0), sigma) if sigma > 0.05 else img


def _noise(img: np.ndarray, sigma: float, rng: random.Random) -> np.ndarray:
    gen = np.random.default_rng(rng.getrandbits(32))
    out = img.astype(np.float32) + gen.normal(0, sigma, img.shape[:2])[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def _skew(img: np.ndarray, deg: float) -> np.ndarray:
    if abs(deg) < 0.05:
        return img
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 248))


def _threshold(img: np.ndarray, level: int = 165) -> np.ndarray:
    grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    bw = np.where(grey < level, 0, 255).astype(np.uint8)
    return cv2.cvtColor(bw, cv2.COLOR_GRAY2RGB)


def process(img: np.ndarray, dev: Device, rng: random.Random, back: np.ndarray | None = None) -> np.ndarray:
    """Paper, optics and sensor: tint, show-through, blur, skew, noise, colour mode."""
    if dev.show_through and back is not None:
        ghost = cv2.resize(back[:, ::-1], (img.shape[1], img.shape[0]))
        img = np.minimum(img, (255 - (255 - ghost) * dev.show_through).astype(np.uint8))
    if dev.tint:
        img = (img.astype(np.float32) * np.array([1.0, 0.975, 0.86])).astype(np.uint8)
    img = _blur(img, dev.blur * dev.dpi / 200)
    img = _skew(img, dev.skew)
    img = _noise(img, dev.noise, rng)
    if dev.mode == "grey":
        img = cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    elif dev.mode == "bilevel":
        img = _threshold(img)
    return img


def scan(sheet: Sheet, dev: Device, rng: random.Random, back: Sheet | None = None) -> np.ndarray:
    if dev.fax:
        return fax(sheet, rng)
    img = render(sheet, dev.dpi)
    ghost = render(back, dev.dpi) if back is not None and dev.show_through else None
    return process(img, dev, rng, ghost)


def fax(sheet: Sheet, rng: random.Random) -> np.ndarray:
    """A fax page: 200×100 dpi bilevel, stretched back to square pixels."""
    img = render(sheet, 200, 100)
    img = _noise(_blur(img, 0.6), 8, rng)
    img = _threshold(img, 150)
    img = cv2.resize(img, (img.shape[1], img.shape[0] * 2), interpolation=cv2.INTER_NEAREST)
    return _skew(img, rng.uniform(-0.8, 0.8))


def photocopy(sheet: Sheet, rng: random.Random, generations: int = 2, dpi: int = 200) -> np.ndarray:
    """A copy of a copy: each generation blurs, thresholds softly and adds toner noise."""
    img = render(sheet, dpi)
    for _ in range(generations):
        img = _blur(img, 1.0)
        grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
        grey = np.clip((grey - 90) * 2.2, 0, 255)
        gen = np.random.default_rng(rng.getrandbits(32))
        specks = gen.random(grey.shape) < 0.0015
        grey[specks] = 40
        img = cv2.cvtColor(grey.astype(np.uint8), cv2.COLOR_GRAY2RGB)
        img = _skew(img, rng.uniform(-0.7, 0.7))
    return img


def glass_photo(sheet: Sheet, rng: random.Random, long_side: int = 2000) -> np.ndarray:
    """A phone photo of a framed licence: perspective, a glare band, soft reflections, warm light."""
    img = render(sheet, 160)
    h, w = img.shape[:2]
    pad = int(0.06 * w)
    canvas = np.full((h + 2 * pad, w + 2 * pad, 3), (120, 92, 60), np.uint8)  # wooden frame
    canvas[pad : pad + h, pad : pad + w] = img
    H, W = canvas.shape[:2]
    j = lambda: rng.uniform(0, 0.035)  # noqa: E731
    src = np.array([[0, 0], [W, 0], [W, H], [0, H]], np.float32)
    dst = np.array(
        [
            [W * j(), H * j()],
            [W * (1 - j()), H * j()],
            [W * (1 - j()), H * (1 - j())],
            [W * j(), H * (1 - j())],
        ],
        np.float32,
    )
    img = cv2.warpPerspective(canvas, cv2.getPerspectiveTransform(src, dst), (W, H), borderValue=(70, 64, 58))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    angle = rng.uniform(0.6, 1.1)
    centre = rng.uniform(0.3, 0.7) * W
    dist = np.abs((xx - centre) * np.cos(angle) + (yy - H / 2) * np.sin(angle))
    glare = np.exp(-((dist / (0.05 * W)) ** 2)) * rng.uniform(90, 140)
    spot = (
        np.exp(
            -(
                ((xx - rng.uniform(0.1, 0.9) * W) ** 2 + (yy - rng.uniform(0.1, 0.9) * H) ** 2)
                / (0.1 * W) ** 2
            )
        )
        * 50
    )
    out = img.astype(np.float32) * np.array([1.0, 0.96, 0.88]) + (glare + spot)[..., None]
    out = _noise(np.clip(out, 0, 255).astype(np.uint8), 4, rng)
    out = _blur(out, 1.0)
    scale = long_side / max(out.shape[:2])
    return cv2.resize(
        out, (int(out.shape[1] * scale), int(out.shape[0] * scale)), interpolation=cv2.INTER_AREA
    )


def jpeg(img: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def unjpeg(data: bytes) -> np.ndarray:
    return np.array(Image.open(io.BytesIO(data)).convert("RGB"))


def resaved(img: np.ndarray, first: int, second: int) -> bytes:
    """JPEG saved, opened and saved again (a forwarded WeChat image)."""
    return jpeg(unjpeg(jpeg(img, first)), second)


def png(img: np.ndarray, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "PNG", dpi=(dpi, dpi) if dpi else None, optimize=False)
    return buf.getvalue()


def encode(img: np.ndarray, dev: Device) -> bytes:
    """The scanner's own output: bilevel as PNG (lossless), others as JPEG at the device quality."""
    if dev.mode == "bilevel" or dev.fax:
        grey = Image.fromarray(img).convert("1")
        buf = io.BytesIO()
        grey.save(buf, "PNG")
        return buf.getvalue()
    return jpeg(img, dev.quality)


def paste_patch(
    img: np.ndarray, patch_sheet: Sheet, box: tuple[float, float, float, float], dpi: int, rng: random.Random
) -> np.ndarray:
    """Paste ``box`` (points) of another scan of ``patch_sheet`` — sharper, cleaner, its own JPEG history."""
    other = render(patch_sheet, dpi)
    other = _noise(_blur(other, 0.3), 0.8, rng)
    other = unjpeg(jpeg(other, 97))
    s = dpi / 72
    x0, y0, x1, y1 = (round(v * s) for v in box)
    out = img.copy()
    region = other[y0:y1, x0:x1]
    if img.ndim == 3 and np.allclose(img[..., 0], img[..., 1]):
        region = cv2.cvtColor(cv2.cvtColor(region, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    out[y0:y1, x0:x1] = region
    return out
