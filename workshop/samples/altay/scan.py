"""Scanner and phone-camera effects, and writing image pages into PDFs, JPEGs and PNGs."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter

from .paint import Sheet, ocr_layer, pil_font, raster

AGED = (244, 233, 205)
WHITE = (252, 251, 248)


@dataclass
class Scan:
    """How one page was scanned."""

    dpi: int = 200
    paper: tuple[int, int, int] = WHITE
    grey: bool = False
    skew: float = 0.0
    fmt: str = "jpeg"  # jpeg or png
    quality: int = 80
    blotch: bool = False


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randint(0, 2**31))


def scan(sheet: Sheet, how: Scan, rng: random.Random) -> Image.Image:
    img = raster(sheet, how.dpi, how.paper)
    arr = np.asarray(img).astype(np.float32)
    g = _np_rng(rng)
    h, w = arr.shape[:2]
    if how.blotch:
        # aged paper: low-frequency stains and darker edges
        small = g.uniform(0.93, 1.0, (max(2, h // 180), max(2, w // 180))).astype(np.float32)
        stain = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
        ex = 1 - 0.06 * (np.abs(np.arange(w, dtype=np.float32) / w - 0.5) * 2) ** 4
        ey = 1 - 0.06 * (np.abs(np.arange(h, dtype=np.float32) / h - 0.5) * 2) ** 4
        arr *= (stain * ey[:, None] * ex[None, :])[..., None]
    tile = g.standard_normal((256, 256), dtype=np.float32) * 4.0
    arr += np.tile(tile, (h // 256 + 1, w // 256 + 1))[:h, :w, None]
    out = cv2.GaussianBlur(arr.clip(0, 255).astype(np.uint8), (0, 0), 0.5 * how.dpi / 200)
    if how.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), how.skew, 1.0)
        out = cv2.warpAffine(
            out, m, (w, h), flags=cv2.INTER_CUBIC, borderValue=tuple(float(c) for c in how.paper)
        )
    res = Image.fromarray(out)
    if how.grey:
        res = res.convert("L")
    return res


def phone_photo(img: Image.Image, rng: random.Random, glare: bool = True) -> Image.Image:
    """The page lying on a desk, shot at a slight angle, with a lamp's glare spot."""
    g = _np_rng(rng)
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    pad = int(w * 0.08)
    out_w, out_h = w + 2 * pad, h + 2 * pad
    j = [rng.uniform(-0.035, 0.035) * w for _ in range(8)]
    dst = np.array(
        [
            [pad + j[0], pad + j[1]],
            [pad + w + j[2], pad + j[3]],
            [pad + w + j[4], pad + h + j[5]],
            [pad + j[6], pad + h + j[7]],
        ],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), dst)
    desk = np.array(rng.choice([(92, 70, 52), (60, 62, 66), (140, 120, 96)]), dtype=np.uint8)
    warped = cv2.warpPerspective(
        src, m, (out_w, out_h), borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(int(c) for c in desk)
    )
    arr: np.ndarray = warped.astype(np.float32)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    light = 0.82 + 0.2 * (1 - ((xx / out_w - rng.uniform(0.3, 0.7)) ** 2 + (yy / out_h - 0.3) ** 2))
    arr *= light[..., None]
    arr = arr * np.array([1.02, 1.0, 0.94], dtype=np.float32)  # warm lamp
    if glare:
        gx, gy = rng.uniform(0.55, 0.8) * out_w, rng.uniform(0.62, 0.8) * out_h
        rad = rng.uniform(0.07, 0.1) * out_w
        spot = np.exp(-(((xx - gx) ** 2 + ((yy - gy) * 1.4) ** 2) / (2 * rad**2)))
        arr = arr + spot[..., None] * 230
    arr += g.normal(0, 5.0, arr.shape[:2])[..., None]
    photo = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return photo.filter(ImageFilter.GaussianBlur(radius=0.8))


def watermark(img: Image.Image, text: str, rng: random.Random) -> Image.Image:
    """A grey diagonal watermark repeated across the picture, as people add before uploading a licence."""
    base = img.convert("RGBA")
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    fs = int(base.width * 0.06)
    font = pil_font(fs)
    step_x = int(fs * len(text) * 1.4)
    step_y = int(fs * 4)
    for row, y in enumerate(range(-base.height, base.height * 2, step_y)):
        for x in range(-base.width + (row % 2) * step_x // 2, base.width * 2, step_x):
            d.text((x, y), text, font=font, fill=(120, 120, 120, 95))
    layer = layer.rotate(
        rng.uniform(28, 38), resample=Image.Resampling.BICUBIC, center=(base.width / 2, base.height / 2)
    )
    return Image.alpha_composite(base, layer).convert("RGB")


def encode(img: Image.Image, fmt: str, quality: int = 80) -> bytes:
    buf = io.BytesIO()
    if fmt == "png":
        img.save(buf, "PNG", optimize=False, compress_level=1)
    else:
        img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


@dataclass
class ImagePage:
    img: Image.Image
    dpi: int
    fmt: str = "jpeg"
    quality: int = 80
    ocr: Sheet | None = None
    ocr_replace: dict[str, str] | None = None


def write_image_pdf(path: Path, pages: list[ImagePage]) -> None:
    doc = pymupdf.open()
    for p in pages:
        w_pt = p.img.width / p.dpi * 72
        h_pt = p.img.height / p.dpi * 72
        page = doc.new_page(width=w_pt, height=h_pt)
        page.insert_image(page.rect, stream=encode(p.img, p.fmt, p.quality))
        if p.ocr is not None:
            ocr_layer(p.ocr, page, p.ocr_replace)
    doc.set_metadata({"producer": "Scanner PDF", "creator": "Canon DR-C225 CaptureOnTouch"})
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path, garbage=1, deflate=True, no_new_id=True)
    doc.close()


def write_image(path: Path, img: Image.Image, quality: int = 82) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".png":
        img.save(path, "PNG")
    else:
        img.convert("RGB").save(path, "JPEG", quality=quality)


def skew_angle(rng: random.Random) -> float:
    return rng.choice([-1, 1]) * rng.uniform(1.0, 3.0)
