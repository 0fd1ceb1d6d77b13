"""Four scan models written from scratch: 高拍仪, office MFP (bilevel), phone scanning app, flatbed.

Each takes a rendered page (numpy, RGB uint8) and returns the image the device would save plus its
nominal resolution, so the PDF page it lands on keeps the paper's size.
"""

from __future__ import annotations

import io
import math
import random
from typing import Any

import cv2
import numpy as np
import pymupdf
from PIL import Image

RGB = Any


def render(page: pymupdf.Page, dpi: float) -> RGB:
    pix = page.get_pixmap(dpi=int(dpi), alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, 3).copy()


def _noise(rng: np.random.Generator, img: Any, sigma: float) -> Any:
    """Sensor noise, drawn at half resolution (grain is never single-pixel after demosaicing)."""
    h, w = img.shape[:2]
    small = rng.standard_normal(((h + 1) // 2, (w + 1) // 2), dtype=np.float32) * sigma
    grain = cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
    if img.ndim == 3:
        grain = grain[..., None]
    out = img.astype(np.float32)
    out += grain
    np.clip(out, 0, 255, out=out)
    return out.astype(np.uint8)


def _rotate(img: np.ndarray, deg: float, fill: int | tuple[int, ...]) -> np.ndarray:
    if abs(deg) < 1e-3:
        return img
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    fv = fill if isinstance(fill, tuple) else (fill, fill, fill)
    return cv2.warpAffine(
        img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fv
    )


def jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, subsampling=2 if img.mode == "RGB" else 0)
    return buf.getvalue()


def flatbed(
    page: pymupdf.Page, r: random.Random, skew: float = 0.0, upside_down: bool = False, dpi: int = 300
) -> tuple[Image.Image, int]:
    """Ordinary flatbed, grey 300 dpi: paper tone, faint lid shadow, light sensor noise."""
    n = np.random.default_rng(r.randrange(1 << 30))
    g = cv2.cvtColor(render(page, dpi), cv2.COLOR_RGB2GRAY).astype(np.float32)
    tone = r.uniform(228, 242)
    g = g / 255.0 * tone + r.uniform(4, 12) * (1 - g / 255.0) * 0
    g = np.minimum(g, tone)
    g = np.asarray(cv2.GaussianBlur(g, (0, 0), 0.7), np.float32)
    _h, w = g.shape
    shade = np.linspace(0, 1, w, dtype=np.float32)[None, :] ** 6 * r.uniform(10, 30)
    g = g - shade
    img = _noise(n, np.clip(g, 0, 255).astype(np.uint8), 2.5)
    img = _rotate(img, skew, int(tone))
    if upside_down:
        img = img[::-1, ::-1].copy()
    return Image.fromarray(img, "L"), dpi


def mfp_bilevel(
    page: pymupdf.Page, r: random.Random, skew: float = 0.0, dpi: int = 200
) -> tuple[Image.Image, int]:
    """Sheet-fed MFP saving 1-bit 200 dpi: a fixed threshold, toner spread, dust specks."""
    n = np.random.default_rng(r.randrange(1 << 30))
    g = cv2.cvtColor(render(page, dpi), cv2.COLOR_RGB2GRAY).astype(np.float32)
    g = np.asarray(cv2.GaussianBlur(g, (0, 0), 0.6), np.float32)
    g = g + n.standard_normal(g.shape, dtype=np.float32) * np.float32(10)
    thr = r.uniform(150, 175)
    bw = (g > thr).astype(np.uint8) * 255
    specks = n.random(bw.shape) < 0.0004
    bw[specks] = 0
    bw = _rotate(bw, skew, 255)
    bw = np.where(bw > 127, 255, 0).astype(np.uint8)
    return Image.fromarray(bw, "L").convert("1"), dpi


def _perspective(
    img: np.ndarray, r: random.Random, amount: float, out: tuple[int, int], offset=(0, 0), border=(0, 0, 0)
) -> np.ndarray:
    h, w = img.shape[:2]
    ox, oy = offset
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = np.array(
        [[ox + r.uniform(-amount, amount) * w, oy + r.uniform(-amount, amount) * h] for _ in range(4)],
        np.float32,
    )
    dst += src
    m = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(
        img,
        m,
        out,
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_TRANSPARENT,
        dst=np.full((out[1], out[0], 3), border, np.uint8),
    )


def _barrel(img: Any, k: float) -> Any:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2, h / 2
    nx, ny = (xx - cx) / cx, (yy - cy) / cy
    rr = nx * nx + ny * ny
    f = 1 + k * rr
    return cv2.remap(
        img,
        (nx * f * cx + cx).astype(np.float32),
        (ny * f * cy + cy).astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )


def _light(h: int, w: int, r: random.Random, falloff: float) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lx, ly = r.uniform(0.3, 0.7) * w, r.uniform(0.2, 0.5) * h
    d = np.sqrt(((xx - lx) / w) ** 2 + ((yy - ly) / h) ** 2)
    return (1.0 - falloff * d**1.6).clip(0.4, 1.0)


def _finger(canvas: np.ndarray, r: random.Random, side: str) -> None:
    h, w = canvas.shape[:2]
    fw, fl = int(w * 0.07), int(h * 0.16)
    layer = np.zeros((h, w), np.uint8)
    if side == "left":
        cy = int(h * r.uniform(0.55, 0.8))
        cv2.ellipse(layer, (0, cy), (fl // 2, fw // 2), r.uniform(-15, 15), 0, 360, 255, -1)
    else:
        cx = int(w * r.uniform(0.25, 0.75))
        cv2.ellipse(layer, (cx, h), (fw // 2, fl // 2), r.uniform(-15, 15), 0, 360, 255, -1)
    ys, xs = np.nonzero(layer)
    y0, y1 = max(0, ys.min() - 40), min(h, ys.max() + 40)
    x0, x1 = max(0, xs.min() - 40), min(w, xs.max() + 40)
    roi = layer[y0:y1, x0:x1]
    mask = cv2.GaussianBlur(roi, (0, 0), 6).astype(np.float32)[..., None] / 255.0
    small = cv2.resize(
        roi, (max(1, roi.shape[1] // 8), max(1, roi.shape[0] // 8)), interpolation=cv2.INTER_AREA
    )
    shade = (
        cv2.resize(cv2.GaussianBlur(small, (0, 0), fw / 24), (roi.shape[1], roi.shape[0])).astype(np.float32)[
            ..., None
        ]
        / 255.0
    )
    skin = np.array([196, 150, 122], np.float32)
    col = skin * (0.65 + 0.35 * shade)
    part = canvas[y0:y1, x0:x1].astype(np.float32)
    canvas[y0:y1, x0:x1] = (part * (1 - mask) + col * mask).astype(np.uint8)


def doc_camera(
    page: pymupdf.Page,
    r: random.Random,
    frame: tuple[int, int] = (1944, 2592),
    finger: bool = True,
    skew: float = 0.0,
) -> tuple[Image.Image, int]:
    """高拍仪: a top-down camera frame of the sheet on a dark desk, JPEG."""
    n = np.random.default_rng(r.randrange(1 << 30))
    fw, fh = frame
    pw, ph = page.rect.width, page.rect.height
    fill = r.uniform(0.86, 0.92)
    scale = min(fw * fill / pw, fh * fill / ph)
    dpi = scale * 72
    sheet = render(page, dpi)
    sheet = _rotate(sheet, skew, (0, 0, 0)) if skew else sheet
    sh, sw = sheet.shape[:2]
    desk = np.array([r.randint(40, 70), r.randint(38, 60), r.randint(35, 55)], np.uint8)
    canvas = np.empty((fh, fw, 3), np.uint8)
    canvas[:] = desk
    canvas = _noise(n, canvas, 6)
    off = ((fw - sw) // 2 + r.randint(-20, 20), (fh - sh) // 2 + r.randint(-20, 20))
    warped = _perspective(sheet, r, 0.008, (fw, fh), off, tuple(int(c) for c in desk))
    mask = _perspective(np.full_like(sheet, 255), r, 0.0, (fw, fh), off)
    m = (mask[..., :1] > 128).astype(np.float32)
    canvas = (warped * m + canvas * (1 - m)).astype(np.uint8)
    canvas = _barrel(canvas, r.uniform(0.01, 0.025))
    light = _light(fh, fw, r, r.uniform(0.25, 0.45))[..., None]
    warm = np.array([1.0, r.uniform(0.96, 0.99), r.uniform(0.88, 0.95)], np.float32)
    img = canvas.astype(np.float32) * light * warm
    if finger:
        tmp = img.clip(0, 255).astype(np.uint8)
        _finger(tmp, r, r.choice(["left", "bottom"]))
        img = tmp.astype(np.float32)
    img = cv2.GaussianBlur(img, (0, 0), 0.8)
    img = _noise(n, img.clip(0, 255).astype(np.uint8), 3.5)
    return Image.fromarray(img, "RGB"), round(dpi)


def phone_app(
    page: pymupdf.Page, r: random.Random, dpi: int = 180, skew: float = 0.0
) -> tuple[Image.Image, int]:
    """扫描全能王-style output: flattened, whitened, contrast pushed, oversharpened."""
    n = np.random.default_rng(r.randrange(1 << 30))
    img = render(page, dpi).astype(np.float32)
    h, w = img.shape[:2]
    img = img * _light(h, w, r, 0.35)[..., None]
    img = cv2.GaussianBlur(img, (0, 0), 1.1)
    img = _noise(n, img.clip(0, 255).astype(np.uint8), 4)
    img = _perspective(img, r, 0.004, (w, h), (0, 0), (255, 255, 255))
    img = _rotate(img, skew, (255, 255, 255))
    f = img.astype(np.float32)
    bg = cv2.GaussianBlur(cv2.dilate(f, np.ones((9, 9), np.uint8)), (0, 0), 25)
    flat = (f / np.maximum(bg, 1) * 255).clip(0, 255)
    flat = ((flat - 40) * 255 / 200).clip(0, 255)
    blur = cv2.GaussianBlur(flat, (0, 0), 1.6)
    sharp = (flat * 2.2 - blur * 1.2).clip(0, 255)
    return Image.fromarray(sharp.astype(np.uint8), "RGB"), dpi


def glass_photo(
    page: pymupdf.Page, r: random.Random, frame: tuple[int, int] = (2448, 3264)
) -> tuple[Image.Image, int]:
    """A 副本 hanging framed under glass, photographed: frame moulding, mat, glare streak."""
    n = np.random.default_rng(r.randrange(1 << 30))
    fw, fh = frame
    pw, ph = page.rect.width, page.rect.height
    scale = min(fw * 0.8 / pw, fh * 0.8 / ph)
    dpi = scale * 72
    sheet = render(page, dpi)
    sh, sw = sheet.shape[:2]
    wall = np.array([r.randint(200, 225), r.randint(195, 215), r.randint(185, 205)], np.uint8)
    canvas = np.empty((fh, fw, 3), np.uint8)
    canvas[:] = wall
    ox, oy = (fw - sw) // 2, (fh - sh) // 2
    wood = np.array([110, 70, 38], np.uint8)
    b = int(fw * 0.045)
    cv2.rectangle(
        canvas,
        (ox - b - 30, oy - b - 30),
        (ox + sw + b + 30, oy + sh + b + 30),
        tuple(int(c) for c in wood),
        -1,
    )
    cv2.rectangle(canvas, (ox - 30, oy - 30), (ox + sw + 30, oy + sh + 30), (238, 236, 230), -1)
    canvas[oy : oy + sh, ox : ox + sw] = sheet
    canvas = _perspective(canvas, r, 0.012, (fw, fh), (0, 0), tuple(int(c) for c in wall))
    img = canvas.astype(np.float32) * _light(fh, fw, r, 0.3)[..., None]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    ang = math.radians(r.uniform(25, 40))
    cx, cy = fw * r.uniform(0.55, 0.75), fh * r.uniform(0.12, 0.2)
    d = np.abs((xx - cx) * math.sin(ang) - (yy - cy) * math.cos(ang))
    along = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (fw * 0.35) ** 2)))
    glare = np.exp(-(d**2) / (2 * (fw * 0.05) ** 2)) * along * r.uniform(70, 100)
    img = img + glare[..., None] * np.array([1.0, 1.0, 1.0], np.float32)
    img = cv2.GaussianBlur(img, (0, 0), 0.9)
    img = _noise(n, img.clip(0, 255).astype(np.uint8), 4)
    return Image.fromarray(img, "RGB"), round(dpi)


def paste_clean_patch(
    img: Image.Image, page: pymupdf.Page, rect: tuple[float, float, float, float], dpi: int
) -> Image.Image:
    """A local edit: the region re-rendered crisp and pure white, pasted over the scanned paper."""
    clean = Image.fromarray(cv2.cvtColor(render(page, dpi), cv2.COLOR_RGB2GRAY), "L")
    k = dpi / 72
    x0, y0, x1, y1 = (int(v * k) for v in rect)
    box = (x0, y0, x1, y1)
    patch = clean.crop(box)
    out = img.copy()
    out.paste(patch, (x0, y0))
    return out
