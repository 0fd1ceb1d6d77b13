"""How a licence reaches the upload: this family's own scanner, copier and phone camera.

Every capture starts from papers rendered to pixels (``Sheet.pixels``) and returns an RGB array:

- ``flatbed``: papers laid on an A4 glass (offset, a small skew), colour or grey, paper tint, optics
  blur, sensor grain; ``cut`` loses a strip of the paper past the glass edge.
- ``photocopy``: a grey copy of a copy: hard contrast, toner dust, a streak, dark glass edges.
- ``phone``: the paper on a desk shot at an angle (perspective), uneven light with a shadow and a
  glare spot of the ceiling lamp, vignetting, JPEG.
- ``framed``: the 正本 behind glass in a frame on the office wall, shot from below and aside, with
  window reflections across the glass.
- ``watermark``: 仅供…使用 text stamped across the fields by the enterprise after capture.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageFilter

A4 = (210.0, 297.0)


@dataclass
class Placed:
    """A paper on the glass: its pixels (at the glass dpi), where its top-left lies (mm) and its skew."""

    pixels: np.ndarray
    x: float
    y: float
    angle: float = 0.0


def _rotate(img: np.ndarray, angle: float, fill: int = 255) -> np.ndarray:
    if abs(angle) < 1e-3:
        return img
    pil = Image.fromarray(img)
    return np.array(
        pil.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(fill, fill, fill))
    )


def glass(items: list[Placed], size_mm: tuple[float, float], dpi: int) -> np.ndarray:
    """Lay papers on a white glass of ``size_mm`` (w, h); what lies past its edges is lost."""
    w = round(size_mm[0] / 25.4 * dpi)
    h = round(size_mm[1] / 25.4 * dpi)
    canvas = np.full((h, w, 3), 252, dtype=np.uint8)
    for item in items:
        img = _rotate(item.pixels, item.angle)
        x = round(item.x / 25.4 * dpi)
        y = round(item.y / 25.4 * dpi)
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(w, x + img.shape[1]), min(h, y + img.shape[0])
        if x1 <= x0 or y1 <= y0:
            continue
        patch = img[y0 - y : y1 - y, x0 - x : x1 - x]
        region = canvas[y0:y1, x0:x1]
        canvas[y0:y1, x0:x1] = np.minimum(region, patch)
    return canvas


def _grain(img: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    noise = np.random.default_rng(rng.randint(0, 2**31)).standard_normal(img.shape, dtype=np.float32) * sigma
    return np.clip(img.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def _blur(img: np.ndarray, radius: float) -> np.ndarray:
    return np.array(Image.fromarray(img).filter(ImageFilter.GaussianBlur(radius)))


def flatbed(canvas: np.ndarray, rng: random.Random, *, grey: bool = False) -> np.ndarray:
    """A flatbed pass: paper tint, a little blur and grain, gamma."""
    img = canvas.astype(np.float32)
    tint = np.array(
        [rng.uniform(0.96, 0.99), rng.uniform(0.95, 0.98), rng.uniform(0.9, 0.95)], dtype=np.float32
    )
    img = img * tint
    img = (255 * (img / 255) ** rng.uniform(0.92, 1.08)).astype(np.float32)
    out = _blur(np.clip(img, 0, 255).astype(np.uint8), rng.uniform(0.5, 0.8))
    out = _grain(out, rng, rng.uniform(2.0, 3.5))
    if grey:
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = np.stack([g, g, g], axis=2)
    return out


def photocopy(canvas: np.ndarray, rng: random.Random) -> np.ndarray:
    """A grey photocopy: hard contrast, toner dust, a faint streak, dark margins where the lid was."""
    g = cv2.cvtColor(canvas, cv2.COLOR_RGB2GRAY).astype(np.float32)
    g = np.clip((g - 40) * 1.35, 0, 255)
    g = 255 * (g / 255) ** 1.25
    h, w = g.shape
    r = np.random.default_rng(rng.randint(0, 2**31))
    dust = r.random((h, w)) < 0.0009
    g[dust] = r.uniform(20, 120, dust.sum())
    col = rng.randint(int(w * 0.1), int(w * 0.9))
    g[:, col : col + rng.randint(2, 4)] *= 0.86
    edge = max(4, int(w * 0.012))
    g[:, :edge] *= 0.35
    g[:edge, :] *= 0.5
    out = _blur(np.clip(g, 0, 255).astype(np.uint8), 0.7)
    out = _grain(out, rng, 4.0)
    return np.stack([out, out, out], axis=2)


def cut(img: np.ndarray, side: str, fraction: float) -> np.ndarray:
    """The paper lay over the glass edge: a strip of ``fraction`` of it on ``side`` is black, then cropped."""
    h, w = img.shape[:2]
    out = img.copy()
    if side == "bottom":
        k = int(h * fraction)
        out = out[: h - k]
        out[-6:] = out[-6:] // 3
    elif side == "right":
        k = int(w * fraction)
        out = out[:, : w - k]
        out[:, -6:] = out[:, -6:] // 3
    elif side == "top":
        k = int(h * fraction)
        out = out[k:]
        out[:6] = out[:6] // 3
    else:
        k = int(w * fraction)
        out = out[:, k:]
        out[:, :6] = out[:, :6] // 3
    return out


def _warp(
    paper: np.ndarray, corners: np.ndarray, size: tuple[int, int], background: np.ndarray
) -> np.ndarray:
    h, w = paper.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    warped = cv2.warpPerspective(
        paper, m, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=0
    )
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, size, flags=cv2.INTER_LINEAR)
    a = (mask.astype(np.float32) / 255)[..., None]
    return (warped * a + background * (1 - a)).astype(np.uint8)


def _desk(rng: random.Random, size: tuple[int, int]) -> np.ndarray:
    w, h = size
    base = np.array(rng.choice([(122, 86, 58), (150, 150, 146), (88, 70, 60), (196, 190, 178)]), np.float32)
    r = np.random.default_rng(rng.randint(0, 2**31))
    grain = r.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32)
    grain = np.asarray(cv2.resize(cv2.GaussianBlur(grain, (0, 0), 1.5), (w, h)), dtype=np.float32)
    stripes = np.sin(np.linspace(0, rng.uniform(30, 60), w))[None, :] * 6
    img = base[None, None, :] + (grain * 10 + stripes)[..., None]
    return np.clip(img, 0, 255)


def _light(
    img: np.ndarray, rng: random.Random, *, glare: tuple[float, float] | None, shadow: bool
) -> np.ndarray:
    """Uneven room light: a gradient, an optional soft shadow band, an optional glare spot (relative x, y)."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = ((xx / w - 0.5) * np.cos(ang) + (yy / h - 0.5) * np.sin(ang)) * rng.uniform(0.25, 0.4)
    f *= (1 - grad)[..., None]
    vignette = 1 - 0.28 * (((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 2)
    f *= vignette[..., None]
    if shadow:
        # the photographer's arm and phone: a soft dark band from one edge
        edge = rng.choice(["left", "bottom", "right"])
        if edge == "left":
            d = xx / w
        elif edge == "right":
            d = 1 - xx / w
        else:
            d = 1 - yy / h
        band = np.clip((0.3 - d) / 0.3, 0, 1) ** 1.5 * 0.42
        f *= (1 - band)[..., None]
    if glare:
        gx, gy = glare[0] * w, glare[1] * h
        rx, ry = w * rng.uniform(0.07, 0.1), h * rng.uniform(0.05, 0.08)
        spot = np.exp(-(((xx - gx) / rx) ** 2 + ((yy - gy) / ry) ** 2))
        strength = rng.uniform(0.5, 0.62)
        f = f * (1 - strength * spot[..., None]) + 255 * strength * spot[..., None]
    return np.clip(f, 0, 255).astype(np.uint8)


def phone(
    paper: np.ndarray,
    rng: random.Random,
    *,
    glare: tuple[float, float] | None,
    shadow: bool = True,
    tilt: float = 0.09,
) -> np.ndarray:
    """A phone photo of a paper on a desk: perspective (``tilt`` of the side), light, glare, JPEG later."""
    ph, pw = paper.shape[:2]
    landscape = pw > ph
    size = (2400, 1800) if landscape else (1800, 2400)
    w, h = size
    scale = min(w * 0.86 / pw, h * 0.86 / ph)
    cw, ch = pw * scale, ph * scale
    x0, y0 = (w - cw) / 2 + rng.uniform(-40, 40), (h - ch) / 2 + rng.uniform(-40, 40)
    t = tilt * cw
    near_top = rng.random() < 0.5
    corners = np.array(
        [
            [x0 + (t if near_top else 0) + rng.uniform(-15, 15), y0 + rng.uniform(-20, 20)],
            [x0 + cw - (t if near_top else 0) + rng.uniform(-15, 15), y0 + rng.uniform(-20, 20)],
            [x0 + cw - (0 if near_top else t) + rng.uniform(-15, 15), y0 + ch + rng.uniform(-20, 20)],
            [x0 + (0 if near_top else t) + rng.uniform(-15, 15), y0 + ch + rng.uniform(-20, 20)],
        ]
    )
    rot = np.radians(rng.uniform(-4, 4))
    c = corners.mean(axis=0)
    corners = (corners - c) @ np.array([[np.cos(rot), -np.sin(rot)], [np.sin(rot), np.cos(rot)]]).T + c
    photo = _warp(paper, corners, size, _desk(rng, size))
    photo = _light(photo, rng, glare=glare, shadow=shadow)
    photo = _blur(photo, rng.uniform(0.6, 1.0))
    return _grain(photo, rng, 3.0)


def framed(paper: np.ndarray, rng: random.Random) -> np.ndarray:
    """The 正本 framed on the office wall, photographed: mat, wooden frame, wall, glass reflections."""
    ph, pw = paper.shape[:2]
    mat = int(pw * 0.035)
    wood = int(pw * 0.045)
    inner = np.full((ph + 2 * mat, pw + 2 * mat, 3), 238, np.uint8)
    inner[mat : mat + ph, mat : mat + pw] = paper
    fh, fw = inner.shape[0] + 2 * wood, inner.shape[1] + 2 * wood
    frame = np.zeros((fh, fw, 3), np.float32)
    colour = np.array(rng.choice([(92, 58, 34), (40, 36, 34), (150, 118, 60)]), np.float32)
    frame[:] = colour
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    bevel = np.minimum(np.minimum(xx, fw - 1 - xx), np.minimum(yy, fh - 1 - yy)) / wood
    frame *= (0.75 + 0.35 * np.clip(bevel, 0, 1))[..., None]
    frame[wood : wood + inner.shape[0], wood : wood + inner.shape[1]] = inner
    # glass: a window's reflection (a soft bright quadrilateral) and a diagonal sheen
    gh, gw = inner.shape[:2]
    gy, gx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    sheen_pos = rng.uniform(0.2, 0.7)
    d = (gx / gw + gy / gh * 0.6) - sheen_pos * 1.6
    sheen = np.exp(-((d / 0.07) ** 2)) * rng.uniform(0.22, 0.3)
    wx0, wx1 = sorted((rng.uniform(0.05, 0.35), rng.uniform(0.45, 0.7)))
    wy0, wy1 = sorted((rng.uniform(0.02, 0.12), rng.uniform(0.2, 0.3)))
    window = ((gx / gw > wx0) & (gx / gw < wx1) & (gy / gh > wy0) & (gy / gh < wy1)).astype(np.float32)
    window = cv2.GaussianBlur(window, (0, 0), gw * 0.02) * 0.2
    light = np.clip(sheen + window, 0, 0.5)[..., None]
    glass_part = frame[wood : wood + gh, wood : wood + gw]
    frame[wood : wood + gh, wood : wood + gw] = glass_part * (1 - light) + 250 * light
    frame_img = np.clip(frame, 0, 255).astype(np.uint8)
    size = (2400, 1800)
    w, h = size
    scale = min(w * 0.82 / fw, h * 0.82 / fh)
    cw, ch = fw * scale, fh * scale
    x0, y0 = (w - cw) / 2, (h - ch) / 2 + rng.uniform(-30, 30)
    t = rng.uniform(0.03, 0.06) * ch
    corners = np.array([[x0, y0 + t], [x0 + cw, y0], [x0 + cw, y0 + ch], [x0, y0 + ch - t]])
    wall = np.zeros((h, w, 3), np.float32)
    wall[:] = np.array(rng.choice([(228, 222, 206), (214, 216, 210), (232, 226, 214)]), np.float32)
    photo = _warp(frame_img, corners, size, wall)
    photo = _light(photo, rng, glare=None, shadow=False)
    photo = _blur(photo, 0.8)
    return _grain(photo, rng, 3.0)


def watermark(img: np.ndarray, text: str, rng: random.Random, colour=(0.55, 0.55, 0.55)) -> np.ndarray:
    """Diagonal repeated ``text`` stamped over the image (the enterprise's 仅供…使用 overlay)."""
    h, w = img.shape[:2]
    doc = pymupdf.open()
    page = doc.new_page(width=w, height=h)
    page.insert_image(
        page.rect, pixmap=pymupdf.Pixmap(pymupdf.csRGB, w, h, np.ascontiguousarray(img).tobytes(), False)
    )
    size = w / 26
    angle = rng.choice([25, 30, 35])
    step_y = size * 5.2
    y = -h * 0.2
    row = 0
    while y < h * 1.3:
        x = -w * 0.3 + (row % 2) * size * 3
        while x < w * 1.1:
            p = pymupdf.Point(x, y)
            page.insert_text(
                p,
                text,
                fontsize=size,
                fontname="china-s",
                color=colour,
                fill_opacity=0.38,
                morph=(p, pymupdf.Matrix(angle)),
            )
            x += size * (len(text) + 4)
        y += step_y
        row += 1
    pix = page.get_pixmap(matrix=pymupdf.Matrix(1, 1), alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, 3).copy()


def _encode(img: np.ndarray, fmt: str, quality: int = 85) -> bytes:
    buf = io.BytesIO()
    pil = Image.fromarray(img)
    if fmt == "JPEG":
        if (
            img.ndim == 3
            and np.array_equal(img[..., 0], img[..., 1])
            and np.array_equal(img[..., 1], img[..., 2])
        ):
            pil = pil.convert("L")
        pil.save(buf, "JPEG", quality=quality, optimize=True)
    else:
        pil.save(buf, fmt)
    return buf.getvalue()


def jpeg(img: np.ndarray, quality: int) -> bytes:
    return _encode(img, "JPEG", quality)


def pdf(pages: list[tuple[np.ndarray, tuple[float, float]]], quality: int, producer: str) -> bytes:
    """Image-only PDF, one page per (pixels, page size in mm), as a scanner driver writes it."""
    doc = pymupdf.open()
    for img, (wmm, hmm) in pages:
        page = doc.new_page(width=wmm / 25.4 * 72, height=hmm / 25.4 * 72)
        page.insert_image(page.rect, stream=jpeg(img, quality))
    stamp = "D:20260118093012+08'00'"
    doc.set_metadata({"producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp})
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)
