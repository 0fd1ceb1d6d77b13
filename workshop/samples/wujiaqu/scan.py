"""This family's scanner model (flatbed / sheet-fed MFP) and phone photos.

A page is rendered from its vector drawing, then: show-through of a mirrored back page, paper tint and
uneven lamp, punch holes or a staple, skew, Gaussian blur, sensor noise, colour or grey, a quarter or half
turn as stored, JPEG.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf


@dataclass
class Profile:
    dpi: int = 200
    grey: bool = False
    tint: tuple[int, int, int] = (250, 248, 240)
    blur: float = 0.7
    noise: float = 2.5
    jpeg: int = 75
    skew: float = 0.0
    holes: bool = False
    staple: bool = False
    show_through: float = 0.0
    turn: int = 0
    """Clockwise quarter turns of the stored image (1 = sideways, 2 = upside down)."""


def profile(rng: random.Random, **over: object) -> Profile:
    p = Profile(
        dpi=rng.choice([150, 150, 200]),
        grey=rng.random() < 0.65,
        tint=(rng.randint(240, 253), rng.randint(236, 250), rng.randint(222, 244)),
        blur=rng.uniform(0.5, 1.0),
        noise=rng.uniform(1.2, 2.8),
        jpeg=rng.randint(60, 76),
        skew=rng.uniform(-1.5, 1.5),
        holes=rng.random() < 0.3,
        staple=rng.random() < 0.25,
        show_through=rng.choice([0.0, 0.0, rng.uniform(0.04, 0.09)]),
    )
    for k, v in over.items():
        setattr(p, k, v)
    if p.dpi >= 300:
        p.grey = True  # 300 dpi colour pages would be too heavy for the corpus
        p.jpeg = min(p.jpeg, 72)
    return p


def render(page: pymupdf.Page, dpi: int, grey: bool = False) -> np.ndarray:
    """The page as float32 H×W×3 (RGB) or H×W×1 (grey)."""
    pix = page.get_pixmap(dpi=dpi, alpha=False, colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB)
    n = 1 if grey else 3
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, n)
    return arr.astype(np.float32)


def scan_page(page: pymupdf.Page, rng: random.Random, p: Profile, back: pymupdf.Page | None = None) -> bytes:
    """Scan one drawn page; returns JPEG bytes."""
    img = render(page, p.dpi, p.grey)
    h, w = img.shape[:2]
    nch = img.shape[2]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    if p.show_through > 0 and back is not None:
        b = render(back, 40, p.grey)  # the back shows through blurred: a coarse render is enough
        b = cv2.GaussianBlur(cv2.resize(b, (w, h))[:, ::-1], (0, 0), 1.5).reshape(h, w, nch)
        img = img * (1 - p.show_through * (1 - b / 255.0))
    # paper tint and an uneven lamp (brighter in the middle, darker towards one edge)
    tint = np.array(p.tint, np.float32) / 255.0
    if nch == 1:
        tint = tint.mean(keepdims=True)
    ramp = np.linspace(rng.uniform(0.93, 0.99), 1.0, w, dtype=np.float32)[None, :, None]
    if rng.random() < 0.5:
        ramp = ramp[:, ::-1]
    img = img * tint * ramp
    # toner: lift the blacks a little
    black = rng.uniform(12, 35)
    img = black + img * (255 - black) / 255
    if p.holes:
        r = int(p.dpi * 0.11)
        cx = int(p.dpi * 0.5)
        for cy in (h // 2 - int(p.dpi * 1.57), h // 2 + int(p.dpi * 1.57)):
            cv2.circle(img, (cx, cy), r, (70.0, 70.0, 72.0), -1, lineType=cv2.LINE_AA)
            img = img.reshape(h, w, nch)
    if p.staple:
        x0, y0 = int(p.dpi * 0.35), int(p.dpi * 0.3)
        cv2.line(img, (x0, y0 + int(p.dpi * 0.35)), (x0 + int(p.dpi * 0.35), y0), (90.0, 90.0, 95.0), 3)
        cv2.line(
            img, (x0 + 3, y0 + int(p.dpi * 0.35) + 3), (x0 + int(p.dpi * 0.35) + 3, y0 + 3), (180.0,) * 3, 1
        )
        img = img.reshape(h, w, nch)
    if abs(p.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), p.skew, 1.0)
        edge = tuple(float(v) for v in np.array(p.tint) * 0.97)
        img = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=edge).reshape(
            h, w, nch
        )
    # sensor noise, then the optics' blur (which also softens the grain, as on real scans)
    img += nrng.standard_normal((h, w), dtype=np.float32)[:, :, None] * np.float32(p.noise)
    sigma = p.blur * p.dpi / 200
    img = cv2.GaussianBlur(img, (0, 0), sigma)
    out: np.ndarray = np.clip(img, 0, 255).astype(np.uint8)
    if not p.grey:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2BGR)
    if p.turn:
        out = np.ascontiguousarray(np.rot90(out, k=-p.turn))
    ok, jpg = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, p.jpeg])
    assert ok
    return jpg.tobytes()


def photo_page(page: pymupdf.Page, rng: random.Random) -> bytes:
    """A phone photo of the sheet lying on a desk: perspective, shading, soft focus, JPEG."""
    img = render(page, 170)
    h, w = img.shape[:2]
    pad = int(0.09 * max(h, w))
    oh, ow = h + 2 * pad, w + 2 * pad
    desk = np.zeros((oh, ow, 3), np.float32)
    base = np.array([rng.randint(90, 150), rng.randint(80, 120), rng.randint(60, 100)], np.float32)
    desk[:] = base
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    grain = cv2.GaussianBlur(nrng.normal(0, 14, (oh, ow)).astype(np.float32), (0, 0), 5)
    desk += grain[:, :, None]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)

    def j(v: float) -> float:
        return v + rng.uniform(-0.035, 0.035) * w

    dst = np.array(
        [
            [pad + j(0), pad + j(0)],
            [pad + w + j(0), pad + j(0)],
            [pad + w + j(0), pad + h + j(0)],
            [pad + j(0), pad + h + j(0)],
        ],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(src, dst)
    paper = img * (np.array([252, 250, 246], np.float32) / 255.0)
    warped = cv2.warpPerspective(paper, m, (ow, oh), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (ow, oh))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[:, :, None]
    out = warped * mask + desk * (1 - mask)
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    cx, cy = ow * rng.uniform(0.3, 0.7), oh * rng.uniform(0.3, 0.7)
    light = 1.0 - 0.28 * (((xx - cx) / ow) ** 2 + ((yy - cy) / oh) ** 2)
    out = out * light[:, :, None] * np.array([1.0, 0.98, 0.93], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.3))
    out = out + nrng.normal(0, 3.0, out.shape).astype(np.float32)
    res = np.clip(out, 0, 255).astype(np.uint8)
    res = cv2.cvtColor(res, cv2.COLOR_RGB2BGR)
    ok, jpg = cv2.imencode(".jpg", res, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(72, 85)])
    assert ok
    return jpg.tobytes()
