"""Scanner and phone-camera models: a drawn page becomes the image an office machine would make."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass(frozen=True)
class Model:
    """How one device turns paper into pixels."""

    name: str
    dpi: int = 200
    colour: bool = False
    quality: int = 80
    skew: float = 0.8
    tint: tuple[int, int, int] = (250, 248, 240)
    noise: float = 3.0
    staple: bool = False
    bilevel: bool = False
    phone: bool = False
    glare: bool = False
    blur: float = 0.0


CANON_GREY = Model("Canon iR-ADV 4525 grey 200", dpi=200, quality=78, skew=0.9)
KONICA_COLOUR = Model(
    "KONICA MINOLTA bizhub C368 colour 300", dpi=300, colour=True, quality=85, skew=-0.6, noise=2.0
)
RICOH_LOW = Model(
    "RICOH MP 2014 grey 150", dpi=150, quality=62, skew=1.7, tint=(243, 240, 228), noise=4.5, staple=True
)
HP_COLOUR = Model(
    "HP LaserJet MFP M227 colour 200", dpi=200, colour=True, quality=72, skew=-1.2, tint=(248, 244, 232)
)
FAX = Model("fax bilevel 200", dpi=200, bilevel=True, skew=0.6, noise=0.0)
PHONE = Model("phone photo", dpi=160, colour=True, quality=84, skew=3.0, phone=True, glare=True, noise=3.5)
BROTHER_GREY = Model(
    "Brother MFC-7860 grey 240", dpi=240, quality=88, skew=0.5, tint=(246, 246, 246), noise=2.5
)


def render(page: pymupdf.Page, dpi: int, colour: bool) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB if colour else pymupdf.csGRAY, alpha=False)
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    return arr.copy() if colour else arr[:, :, 0].copy()


def _rotate(img: np.ndarray, deg: float, fill: int | tuple[int, ...]) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    border = fill if isinstance(fill, int) else tuple(int(v) for v in fill)
    return cv2.warpAffine(
        img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )


def scan(page: pymupdf.Page, model: Model, seed: int) -> Image.Image:
    """The page as this model's device would capture it."""
    rng = np.random.default_rng(seed)
    colour = model.colour or model.phone
    img: Any = render(page, model.dpi, colour).astype(np.float32)
    h, w = img.shape[:2]
    # Paper tint: ink stays dark, white paper takes the tint.
    if colour:
        tint = np.array(model.tint, dtype=np.float32)
        img = img / 255.0 * tint
    else:
        img = img / 255.0 * float(np.mean(model.tint))
    # Uneven illumination: a soft gradient across the sheet.
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grad = 1.0 - 0.05 * (xx / w) - 0.03 * (yy / h) * rng.uniform(0.5, 1.5)
    img = img * (grad[..., None] if colour else grad)
    if model.staple:
        cx, cy = int(w * 0.06), int(h * 0.04)
        shadow = np.exp(-(((xx - cx) / (w * 0.05)) ** 2 + ((yy - cy) / (h * 0.012)) ** 2)) * 70
        img = img - (shadow[..., None] if colour else shadow)
        cv2.line(img, (cx - 25, cy - 6), (cx + 25, cy + 6), (90, 90, 90) if colour else 90, 3)
    if model.blur:
        img = cv2.GaussianBlur(img, (0, 0), model.blur)
    if model.noise:
        img = img + rng.normal(0, model.noise, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    skew = model.skew * rng.uniform(0.7, 1.2)
    if model.phone:
        img = _photo(img, rng, model.glare)
    else:
        img = _rotate(img, skew, tuple(int(v) for v in model.tint) if colour else int(np.mean(model.tint)))
    if model.bilevel:
        img = cv2.GaussianBlur(img, (0, 0), 0.6)
        thr = (img > 150 + rng.normal(0, 12, img.shape)).astype(np.uint8) * 255
        # A fax's vertical resolution is half its horizontal one.
        small = cv2.resize(thr, (w, h // 2), interpolation=cv2.INTER_AREA)
        thr = cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
        return Image.fromarray(np.where(thr > 127, 255, 0).astype(np.uint8)).convert("1")
    pil = Image.fromarray(img)
    # A pass through the device's JPEG encoder.
    buf = io.BytesIO()
    pil.save(buf, "JPEG", quality=model.quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB" if colour else "L")


def _photo(img: np.ndarray, rng: np.random.Generator, glare: bool) -> np.ndarray:
    """Paper lying on a desk, photographed from a little to one side."""
    h, w = img.shape[:2]
    pad_x, pad_y = int(w * 0.12), int(h * 0.09)
    desk: Any = np.zeros((h + 2 * pad_y, w + 2 * pad_x, 3), dtype=np.float32)
    desk[:] = (118, 96, 78)
    desk += rng.normal(0, 6, desk.shape).astype(np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    j = lambda s: float(rng.uniform(-s, s))  # noqa: E731
    dst = np.array(
        [
            [pad_x + w * 0.04 + j(8), pad_y + h * 0.02 + j(8)],
            [pad_x + w * 0.97 + j(8), pad_y + j(8)],
            [pad_x + w + j(8), pad_y + h * 0.99 + j(8)],
            [pad_x + j(8), pad_y + h * 0.96 + j(8)],
        ]
    )
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(
        img.astype(np.float32), m, (desk.shape[1], desk.shape[0]), borderValue=(0, 0, 0)
    )
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (desk.shape[1], desk.shape[0]))
    out: Any = desk * (1 - mask[..., None]) + warped * mask[..., None]
    hh, ww = out.shape[:2]
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    vign = 1.0 - 0.25 * (((xx - ww / 2) / ww) ** 2 + ((yy - hh / 2) / hh) ** 2) * 2
    out = out * vign[..., None]
    if glare:
        gx, gy = ww * rng.uniform(0.55, 0.75), hh * rng.uniform(0.2, 0.35)
        blob = np.exp(-(((xx - gx) / (ww * 0.14)) ** 2 + ((yy - gy) / (hh * 0.08)) ** 2))
        out = out + blob[..., None] * 55
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    small = cv2.resize(
        np.clip(out, 0, 255).astype(np.uint8), (int(ww * 0.85), int(hh * 0.85)), interpolation=cv2.INTER_AREA
    )
    return small


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()
