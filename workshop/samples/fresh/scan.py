"""The fresh family's own scan model: a multi-function printer (paper tone, faded toner, lid
shadow at the edges, punched holes, grain, slight skew, JPEG) and a phone photo at an angle."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image

MM = 72 / 25.4


def render(page: fitz.Page, dpi: int) -> np.ndarray:
    """A page as an RGB array at ``dpi``."""
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


@dataclass
class Scanner:
    """How one machine on one day scans: the knobs of the model."""

    dpi: int = 300
    paper: tuple[float, float, float] = (0.97, 0.96, 0.93)
    black: float = 40.0
    """Darkest ink after fading (0 is perfect toner; 90 is a tired cartridge)."""
    grain: float = 4.0
    blur: float = 0.7
    skew: float = 0.0
    border: float = 0.0
    """Width of the lid shadow along the edges, in mm (0: none)."""
    holes: bool = False
    quality: int = 80

    @classmethod
    def draw(cls, rng: random.Random, **override: float | int | bool) -> Scanner:
        s = cls(
            dpi=rng.choice((200, 240, 300, 300, 400)) if rng.random() < 0.8 else 200,
            paper=(rng.uniform(0.93, 0.99), rng.uniform(0.92, 0.98), rng.uniform(0.86, 0.96)),
            black=rng.uniform(15, 70),
            grain=rng.uniform(2.5, 7.0),
            blur=rng.uniform(0.4, 1.0),
            skew=rng.uniform(-1.4, 1.4),
            border=rng.choice((0.0, 0.0, 2.5, 4.0, 6.0)),
            holes=rng.random() < 0.3,
            quality=rng.randint(60, 90),
        )
        for key, value in override.items():
            setattr(s, key, value)
        return s

    def scan(self, img: np.ndarray, rng: random.Random) -> np.ndarray:
        """Print-and-scan a clean rendering (RGB uint8 at ``self.dpi``)."""
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        h, w = img.shape[:2]
        px_mm = self.dpi / 25.4
        ink = img.astype(np.float32) / 255.0
        paper = np.array(self.paper, dtype=np.float32) * 255
        out: Any = self.black + (paper - self.black) * ink
        # uneven illumination: a low-frequency field
        low = nrng.normal(0, 1, (6, 5)).astype(np.float32)
        field = cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)
        out *= (1 + 0.015 * field)[..., None]
        if self.holes:
            for cy in (h / 2 - 40 * px_mm, h / 2 + 40 * px_mm):
                cv2.circle(out, (int(12 * px_mm), int(cy)), int(3 * px_mm), (70, 70, 72), -1, cv2.LINE_AA)
        if self.skew:
            m = cv2.getRotationMatrix2D((w / 2, h / 2), self.skew, 1.0)
            out = cv2.warpAffine(
                out,
                m,
                (w, h),
                flags=cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_CONSTANT,
                borderValue=tuple(float(v) for v in paper),
            )
        if self.border:
            band = int(self.border * px_mm)
            edges = rng.sample(("top", "bottom", "left", "right"), rng.randint(1, 3))
            for edge in edges:
                width = max(2, int(band * rng.uniform(0.5, 1.2)))
                ramp = np.linspace(0.25, 1.0, width, dtype=np.float32)
                if edge == "top":
                    out[:width] *= ramp[:, None, None]
                elif edge == "bottom":
                    out[h - width :] *= ramp[::-1][:, None, None]
                elif edge == "left":
                    out[:, :width] *= ramp[None, :, None]
                else:
                    out[:, w - width :] *= ramp[::-1][None, :, None]
        if self.blur:
            out = cv2.GaussianBlur(out, (0, 0), self.blur * self.dpi / 300)
        out += nrng.normal(0, self.grain, out.shape[:2]).astype(np.float32)[..., None]
        out += nrng.normal(0, self.grain * 0.4, out.shape).astype(np.float32)
        return np.clip(out, 0, 255).astype(np.uint8)


def on_glass(
    img: np.ndarray,
    dpi: int,
    quarter_turns: int = 0,
    size_mm: tuple[float, float] = (210, 297),
    at_mm: tuple[float, float] = (8, 10),
) -> np.ndarray:
    """A small paper (an invoice) laid on an A4 glass, possibly turned by quarter turns."""
    piece = np.rot90(img, k=quarter_turns).copy()
    px_mm = dpi / 25.4
    canvas = np.full((int(size_mm[1] * px_mm), int(size_mm[0] * px_mm), 3), 255, dtype=np.uint8)
    y0, x0 = int(at_mm[1] * px_mm), int(at_mm[0] * px_mm)
    ph, pw = min(piece.shape[0], canvas.shape[0] - y0), min(piece.shape[1], canvas.shape[1] - x0)
    canvas[y0 : y0 + ph, x0 : x0 + pw] = piece[:ph, :pw]
    # the edge of the smaller sheet shows as a faint line
    cv2.rectangle(canvas, (x0, y0), (x0 + pw - 1, y0 + ph - 1), (200, 200, 200), 1)
    return canvas


def phone_photo(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A page photographed on a desk: perspective, uneven light, soft focus."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    h, w = img.shape[:2]
    scale = 1800 / w
    img = cv2.resize(img, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    h, w = img.shape[:2]
    ch, cw = int(h * 1.16), int(w * 1.2)
    desk = np.empty((ch, cw, 3), dtype=np.float32)
    base = np.array(rng.choice(((120, 95, 70), (150, 150, 145), (95, 80, 60))), dtype=np.float32)
    grad = np.linspace(0.8, 1.1, cw, dtype=np.float32)[None, :, None]
    desk[:] = base
    desk *= grad
    desk += nrng.normal(0, 6, desk.shape).astype(np.float32)
    j = lambda a: rng.uniform(0, a)  # noqa: E731
    dx, dy = (cw - w) / 2, (ch - h) / 2
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array(
        [
            [dx + j(0.09 * w), dy + j(0.05 * h)],
            [dx + w - j(0.05 * w), dy + j(0.02 * h)],
            [dx + w + j(0.06 * w), dy + h - j(0.04 * h)],
            [dx - j(0.05 * w), dy + h + j(0.03 * h)],
        ],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(src, dst)
    paper: Any = cv2.warpPerspective(
        img.astype(np.float32),
        m,
        (cw, ch),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(-1, -1, -1),
    )
    mask = paper[..., 0] >= 0
    out = np.where(mask[..., None], paper, desk)
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    light = 1.05 - 0.25 * (((xx - cw * 0.35) / cw) ** 2 + ((yy - ch * 0.3) / ch) ** 2)
    out *= light[..., None] * np.array([1.0, 0.98, 0.93], dtype=np.float32)
    out = cv2.GaussianBlur(out, (0, 0), 1.1)
    out += nrng.normal(0, 3, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def jpeg(img: np.ndarray, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


def png(img: np.ndarray, dpi: int, grey: bool = False) -> bytes:
    buf = io.BytesIO()
    pil = Image.fromarray(img)
    if grey:
        pil = pil.convert("L")
    pil.save(buf, format="PNG", dpi=(dpi, dpi), optimize=False)
    return buf.getvalue()


def image_page(out: fitz.Document, data: bytes, width_pt: float, height_pt: float) -> None:
    """Append an image-only page (what a scanner's PDF mode writes)."""
    page = out.new_page(width=width_pt, height=height_pt)
    page.insert_image(page.rect, stream=data)
