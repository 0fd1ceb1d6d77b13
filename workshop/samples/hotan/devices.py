"""Devices that turn vector pages into what enterprises upload: born-digital PDFs, copier scans,
phone scanner apps, photos, WeChat-forwarded JPEGs, phone screenshots, TIFF faxes.

Each device draws its own settings from the scenario's Random, so other seeds vary them.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

from .paper import CJK

FIXED_DATE = "D:20260115093000+08'00'"
_FONT_CACHE: dict[int, ImageFont.FreeTypeFont] = {}


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    if size not in _FONT_CACHE:
        _FONT_CACHE[size] = ImageFont.truetype(io.BytesIO(CJK.buffer), size)
    return _FONT_CACHE[size]


@dataclass
class Device:
    kind: str = "copier"
    """digital, copier, phone_app, photo, wechat, screenshot, fax."""
    dpi: int = 200
    gray: bool = True
    quality: int = 75
    blur: float = 0.6
    skew: float = 0.0
    tint: tuple[int, int, int] = (250, 248, 242)
    noise: float = 2.5
    contrast: float = 1.0
    app_mark: str = ""
    show_through: float = 0.0
    perspective: float = 0.0
    landscape: set[int] = field(default_factory=set)
    """Output page indices scanned sideways (the page image is turned 90 degrees)."""
    two_up: bool = False
    text_layer: bool = False
    """A hidden OCR text layer under the scan (what scanner apps and copiers with OCR write)."""
    max_width: int = 0
    """Downscale the final image to this width (WeChat forwards at 1080 px)."""
    producer: str = "HP Scan"


def copier(rng: random.Random, **kw: object) -> Device:
    d = Device(
        kind="copier",
        dpi=rng.choice((200, 200, 240, 300)),
        gray=rng.random() < 0.7,
        quality=rng.randrange(60, 90),
        blur=rng.uniform(0.4, 1.0),
        skew=rng.uniform(-1.2, 1.2),
        tint=(rng.randrange(240, 256), rng.randrange(238, 252), rng.randrange(228, 246)),
        noise=rng.uniform(1.5, 4.0),
        show_through=rng.choice((0.0, 0.0, 0.06, 0.1)),
        producer=rng.choice(
            ("Canon iR-ADV C3525", "RICOH MP 2014", "KONICA MINOLTA bizhub 287", "HP LaserJet MFP")
        ),
    )
    for k, v in kw.items():
        setattr(d, k, v)
    return d


def phone_app(rng: random.Random, **kw: object) -> Device:
    d = Device(
        kind="phone_app",
        dpi=rng.choice((150, 170, 200)),
        gray=True,
        quality=rng.randrange(55, 80),
        blur=rng.uniform(0.5, 1.2),
        skew=rng.uniform(-0.8, 0.8),
        tint=(255, 255, 255),
        noise=rng.uniform(1.0, 2.5),
        contrast=rng.uniform(1.8, 2.6),
        app_mark=rng.choice(("扫描全能宝 · 扫描件", "轻松扫描 QuickScan", "全能扫描王")),
        producer="Android PDF Scanner",
    )
    for k, v in kw.items():
        setattr(d, k, v)
    return d


def photo(rng: random.Random, **kw: object) -> Device:
    d = Device(
        kind="photo",
        dpi=rng.choice((130, 150)),
        gray=False,
        quality=rng.randrange(70, 92),
        blur=rng.uniform(0.5, 1.1),
        skew=rng.uniform(-4, 4),
        tint=(rng.randrange(236, 252), rng.randrange(232, 248), rng.randrange(215, 236)),
        noise=rng.uniform(2.0, 4.5),
        perspective=rng.uniform(0.02, 0.05),
        max_width=1080,
    )
    for k, v in kw.items():
        setattr(d, k, v)
    return d


def wechat(rng: random.Random, **kw: object) -> Device:
    d = copier(rng, kind="wechat", gray=False, quality=rng.randrange(50, 72), max_width=1080)
    for k, v in kw.items():
        setattr(d, k, v)
    return d


def digital(**kw: object) -> Device:
    d = Device(kind="digital", producer="Microsoft® Word 2016")
    for k, v in kw.items():
        setattr(d, k, v)
    return d


# rendering -------------------------------------------------------------------------------------


def raster(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def two_up(left: np.ndarray, right: np.ndarray | None) -> np.ndarray:
    """Two portrait pages side by side on one landscape sheet (a 2-up copy)."""
    h, w, _ = left.shape
    canvas = np.full((w, h, 3), 255, np.uint8)
    scale = min((h / 2) / w, w / h) * 0.96
    for i, img in enumerate((left, right)):
        if img is None:
            continue
        small = cv2.resize(img, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
        y0 = (w - small.shape[0]) // 2
        x0 = i * (h // 2) + (h // 2 - small.shape[1]) // 2
        canvas[y0 : y0 + small.shape[0], x0 : x0 + small.shape[1]] = small
    return canvas


def degrade(img: np.ndarray, dev: Device, rng: random.Random, back: np.ndarray | None = None) -> np.ndarray:
    """Paper, light and optics: show-through, tint, skew, perspective, blur, noise, contrast."""
    out: Any = img.astype(np.float32)
    if back is not None and dev.show_through > 0 and back.shape == img.shape:
        ink = 1.0 - cv2.flip(back, 1).astype(np.float32) / 255.0
        out *= 1.0 - dev.show_through * ink
    out *= np.array(dev.tint, np.float32) / 255.0
    h, w = out.shape[:2]
    if dev.perspective:
        p = dev.perspective
        src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
        j = [rng.uniform(0.3, 1.0) * p for _ in range(8)]
        pad = int(max(w, h) * p * 1.4)
        dst = np.array(
            [
                [pad + j[0] * w, pad + j[1] * h],
                [pad + w - j[2] * w, pad + j[3] * h],
                [pad + w - j[4] * w, pad + h - j[5] * h],
                [pad + j[6] * w, pad + h - j[7] * h],
            ],
            dtype=np.float32,
        )
        m = cv2.getPerspectiveTransform(src, dst)
        desk = (rng.uniform(60, 120), rng.uniform(55, 100), rng.uniform(40, 80))
        out = cv2.warpPerspective(out, m, (w + 2 * pad, h + 2 * pad), borderValue=desk)
        h, w = out.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        light = 0.82 + 0.22 * (xx / w) * rng.uniform(0.6, 1.0) + 0.06 * (yy / h)
        out *= light[..., None]
    if dev.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), dev.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), borderValue=tuple(float(c) for c in dev.tint))
    if dev.blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), dev.blur * dev.dpi / 200)
    if dev.noise > 0:
        nrng = np.random.default_rng(rng.randrange(2**32))
        out += nrng.normal(0, dev.noise, out.shape).astype(np.float32)
    if dev.contrast != 1.0:
        grey = out.mean(axis=2, keepdims=True)
        out = np.clip((grey - 128) * dev.contrast + 150, 0, 255).repeat(3, axis=2)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if dev.gray:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    return out


def stamp_app_mark(img: np.ndarray, text: str) -> np.ndarray:
    pil = Image.fromarray(img)
    draw = ImageDraw.Draw(pil)
    size = max(12, pil.width // 55)
    font = pil_font(size)
    tw = draw.textlength(text, font=font)
    fill = 120 if pil.mode == "L" else (120, 120, 120)
    draw.text((pil.width - tw - size, pil.height - 2 * size), text, font=font, fill=fill)
    return np.asarray(pil)


def encode(img: np.ndarray, quality: int, fmt: str = "JPEG") -> bytes:
    pil = Image.fromarray(img)
    buf = io.BytesIO()
    if fmt == "JPEG":
        pil.save(buf, "JPEG", quality=quality, optimize=False)
    elif fmt == "PNG":
        pil.save(buf, "PNG", optimize=False)
    else:
        pil.save(buf, fmt)
    return buf.getvalue()


def finish_image(img: np.ndarray, dev: Device, index: int) -> np.ndarray:
    if dev.app_mark:
        img = stamp_app_mark(img, dev.app_mark)
    if index in dev.landscape:
        img = np.ascontiguousarray(np.rot90(img, rng_turn(index)))
    if dev.max_width and img.shape[1] > dev.max_width:
        h = int(img.shape[0] * dev.max_width / img.shape[1])
        img = cv2.resize(img, (dev.max_width, h), interpolation=cv2.INTER_AREA)
    return img


def rng_turn(index: int) -> int:
    return 1 if index % 2 == 0 else 3


def fix_metadata(doc: pymupdf.Document, producer: str, title: str = "") -> None:
    doc.set_metadata(
        {
            "creationDate": FIXED_DATE,
            "modDate": FIXED_DATE,
            "producer": producer,
            "creator": producer,
            "title": title,
            "author": "",
            "subject": "",
            "keywords": "",
        }
    )


def save_pdf(doc: pymupdf.Document, producer: str) -> bytes:
    fix_metadata(doc, producer)
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def hidden_words(
    page: pymupdf.Page, words: list[tuple[float, float, float, float, str]], swap: dict[str, str]
) -> None:
    """Write an invisible OCR layer: each word at its box, render mode 3 (neither fill nor stroke)."""
    tw = pymupdf.TextWriter(page.rect)
    for x0, y0, _x1, y1, text in words:
        for old, new in swap.items():
            text = text.replace(old, new)
        size = max(4.0, (y1 - y0) * 0.85)
        tw.append((x0, y1 - (y1 - y0) * 0.2), text, font=CJK, fontsize=size)
    tw.write_text(page, render_mode=3)
