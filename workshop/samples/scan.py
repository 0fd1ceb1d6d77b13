"""Scanner and phone-camera degradations of rendered pages.

A page is rendered to pixels, then rotated, skewed, blurred, tinted, noised
and JPEG-compressed; phone photos also get a perspective warp and a shadow.
Red stays red: tint and noise act on all channels alike.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass(frozen=True)
class ScanParams:
    """How one page is scanned."""

    dpi: int = 200
    skew: float = 0.0
    """Small rotation in degrees (scanner feed)."""
    rot90: int = 0
    """Quarter turns counter-clockwise (a page fed sideways or upside down)."""
    noise: float = 3.0
    blur: float = 0.0
    """Gaussian sigma in pixels."""
    quality: int = 75
    tint: tuple[float, float, float] = (1.0, 0.98, 0.93)
    gray: bool = False
    photo: bool = False

    def worse(self) -> ScanParams:
        """A low-quality variant: heavy blur, low resolution (SCAN_QUALITY_LOW)."""
        return replace(self, dpi=72, blur=2.2, quality=45, noise=8.0)


def random_params(rng: np.random.Generator, dpi: int | None = None) -> ScanParams:
    """Plausible scan settings: mostly 150-200 DPI, small skew."""
    return ScanParams(
        dpi=dpi or int(rng.choice([150, 150, 150, 150, 150, 150, 200])),
        skew=float(rng.normal(0, 0.9)),
        noise=float(rng.uniform(1.2, 2.6)),
        blur=float(rng.choice([0.0, 0.0, 0.5, 0.8])),
        quality=int(rng.integers(58, 72)),
        tint=(1.0, float(rng.uniform(0.96, 1.0)), float(rng.uniform(0.88, 0.97))),
        gray=bool(rng.random() < 0.15),
    )


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    """RGB pixels of a page at ``dpi``."""
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def degrade(img: np.ndarray, p: ScanParams, rng: np.random.Generator) -> np.ndarray:
    """Apply the scan's geometric and photometric damage to an RGB image."""
    out: np.ndarray = img.astype(np.float32)
    out *= np.array(p.tint, dtype=np.float32)
    if p.photo:
        out = _photo(out, rng)
    if abs(p.skew) > 0.05:
        h, w = out.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), p.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 248, 240))
    if p.blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), p.blur)
    if p.noise > 0:
        out += rng.normal(0, p.noise, out.shape[:2])[..., None].astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if p.rot90:
        out = np.ascontiguousarray(np.rot90(out, p.rot90))
    if p.gray:
        out = np.repeat(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)[..., None], 3, axis=2)
    return out


def _photo(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A phone photo of the page on a desk: perspective, a darker desk border, a soft shadow."""
    h, w = img.shape[:2]
    pad = int(0.06 * max(h, w))
    canvas = np.full((h + 2 * pad, w + 2 * pad, 3), (96, 84, 70), dtype=np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    jitter = rng.uniform(-0.04, 0.04, (4, 2)) * np.array([w, h], dtype=np.float32)
    dst = (src + pad + jitter).astype(np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(img, m, (canvas.shape[1], canvas.shape[0]), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (canvas.shape[1], canvas.shape[0]))
    canvas = canvas * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0 : canvas.shape[0], 0 : canvas.shape[1]].astype(np.float32)
    # A soft shadow: light falls off smoothly from one side (a hand or the phone above the page).
    angle = rng.uniform(0, 2 * np.pi)
    ramp = np.cos(angle) * (xx / canvas.shape[1] - 0.5) + np.sin(angle) * (yy / canvas.shape[0] - 0.5)
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1e-6)
    shade = 0.70 + 0.30 * ramp
    return canvas * shade[..., None]


def decode(data: bytes) -> np.ndarray:
    """RGB pixels of JPEG (or PNG) bytes."""
    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if bgr is None:
        raise ValueError("image bytes could not be decoded")
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def jpeg(img: np.ndarray, quality: int) -> bytes:
    """JPEG bytes of an RGB image."""
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return buf.tobytes()


def png(img: np.ndarray) -> bytes:
    """PNG bytes of an RGB image (a palette-free lossless screenshot-like file)."""
    out = io.BytesIO()
    Image.fromarray(img).quantize(16).save(out, format="PNG", optimize=True)
    return out.getvalue()


def tiff(images: list[np.ndarray], dpi: int, quality: int) -> bytes:
    """A multi-page grayscale TIFF (JPEG-compressed frames), as office scanners write."""
    out = io.BytesIO()
    frames = [Image.fromarray(i).convert("L") for i in images]
    frames[0].save(
        out,
        format="TIFF",
        save_all=True,
        append_images=frames[1:],
        compression="jpeg",
        quality=quality,
        dpi=(dpi, dpi),
    )
    return out.getvalue()


def add_image_page(doc: pymupdf.Document, data: bytes, width_px: int, height_px: int, dpi: int) -> None:
    """Append an image-only page sized so that the image prints at ``dpi``."""
    w, h = width_px * 72 / dpi, height_px * 72 / dpi
    page = doc.new_page(width=w, height=h)
    page.insert_image(page.rect, stream=data)
