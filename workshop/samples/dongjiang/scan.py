"""Scanner and camera models: what happens to a printed page between the desk and the upload.

Each model takes a rendered page (RGB uint8, white paper) and a seeded ``random.Random`` and returns
a PIL image plus the resolution it claims. Nothing here knows what is printed on the page.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image


def render(page: fitz.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def _nprng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**31))


# --------------------------------------------------------------------------- paper defects


def skew(img: np.ndarray, deg: float, fill: tuple[int, int, int] = (250, 250, 248)) -> np.ndarray:
    h, w = img.shape[:2]
    m: Any = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    return cv2.warpAffine(
        img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill
    )


def staple(img: np.ndarray, rng: random.Random) -> np.ndarray:
    h, w = img.shape[:2]
    s = w / 600
    x, y = int(w * rng.uniform(0.03, 0.07)), int(h * rng.uniform(0.02, 0.05))
    ang = rng.uniform(-50, -30)
    length = int(22 * s)
    dx, dy = int(length * np.cos(np.radians(ang))), int(length * np.sin(np.radians(ang)))
    cv2.line(img, (x, y), (x + dx, y + dy), (95, 95, 100), max(1, int(2.2 * s)), cv2.LINE_AA)
    cv2.line(img, (x + 3, y + 3), (x + dx + 3, y + dy + 3), (200, 200, 200), max(1, int(1 * s)), cv2.LINE_AA)
    # the two holes of a removed staple next to it
    cv2.circle(img, (x + int(8 * s), y + int(30 * s)), max(1, int(1.3 * s)), (70, 70, 70), -1)
    cv2.circle(img, (x + int(8 * s) + dx, y + int(30 * s) + dy), max(1, int(1.3 * s)), (70, 70, 70), -1)
    return img


def punch_holes(img: np.ndarray, rng: random.Random) -> np.ndarray:
    h, w = img.shape[:2]
    r = int(w * 0.012)
    x = int(w * rng.uniform(0.025, 0.04))
    for fy in (0.38, 0.62):
        y = int(h * fy + rng.uniform(-5, 5))
        cv2.circle(img, (x, y), r, (40, 40, 42), -1, cv2.LINE_AA)
        cv2.circle(img, (x + 2, y + 2), r, (120, 120, 120), 1, cv2.LINE_AA)
    return img


def crease(img: np.ndarray, rng: random.Random, horizontal: bool = True) -> np.ndarray:
    h, w = img.shape[:2]
    out: Any = img.astype(np.float32)
    if horizontal:
        pos = int(h * rng.uniform(0.45, 0.55))
        yy: Any = np.arange(h, dtype=np.float32)[:, None]
        prof: Any = -28 * np.exp(-((yy - pos) ** 2) / (2 * (h * 0.002) ** 2)) + 10 * np.exp(
            -((yy - pos - h * 0.006) ** 2) / (2 * (h * 0.004) ** 2)
        )
        out += prof[:, :, None]
    else:
        pos = int(w * rng.uniform(0.45, 0.55))
        xx: Any = np.arange(w, dtype=np.float32)[None, :]
        prof = -28 * np.exp(-((xx - pos) ** 2) / (2 * (w * 0.002) ** 2))
        out += prof[:, :, None]
    return np.clip(out, 0, 255).astype(np.uint8)


def crop_edge(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """The page slipped on the glass: a strip of one edge is lost."""
    h, w = img.shape[:2]
    side = rng.choice(("right", "bottom"))
    if side == "right":
        return img[:, : int(w * rng.uniform(0.965, 0.985))]
    return img[: int(h * rng.uniform(0.97, 0.985))]


# --------------------------------------------------------------------------- models


@dataclass
class Scanner:
    """A scan model with its settings; ``apply`` turns a page into an uploaded image."""

    kind: str
    dpi: int = 200
    quality: int = 85
    skew_deg: float = 0.0
    tint: tuple[float, float, float] = (1.0, 1.0, 1.0)
    defects: list[str] = field(default_factory=list)
    fmt: str = "JPEG"

    def apply(self, page: fitz.Page, rng: random.Random) -> Image.Image:
        if self.kind == "phone":
            return phone_photo(render(page, 170), rng, self.quality)
        img = render(page, self.dpi)
        for d in self.defects:
            if d == "staple":
                img = staple(img, rng)
            elif d == "holes":
                img = punch_holes(img, rng)
            elif d == "crease":
                img = crease(img, rng, horizontal=page.rect.height > page.rect.width)
        if self.skew_deg:
            img = skew(img, self.skew_deg)
        if "crop" in self.defects:
            img = crop_edge(img, rng)
        if self.kind == "fax":
            return fax(img, rng)
        if self.kind == "grey":
            return grey_chroma(img, rng)
        return flatbed(img, rng, self.tint)

    def encode(self, im: Image.Image) -> tuple[bytes, str]:
        buf = io.BytesIO()
        if self.kind == "fax" or self.fmt == "PNG":
            im.save(buf, format="PNG", dpi=(self.dpi, self.dpi), optimize=False)
            return buf.getvalue(), "png"
        im.save(buf, format="JPEG", quality=self.quality, dpi=(self.dpi, self.dpi), subsampling=2)
        return buf.getvalue(), "jpg"


def flatbed(img: np.ndarray, rng: random.Random, tint: tuple[float, float, float]) -> Image.Image:
    g = _nprng(rng)
    f: Any = img.astype(np.float32)
    # paper tint on the light parts, ink untouched
    light: Any = f / 255.0
    f = f * (1 - light) + f * light * np.array(tint, dtype=np.float32)
    f += g.normal(0, 2.2, f.shape).astype(np.float32)
    # the lamp falls off a little toward one side
    w = f.shape[1]
    ramp = np.linspace(1.0, rng.uniform(0.93, 0.99), w, dtype=np.float32)[None, :, None]
    f *= ramp
    f = cv2.GaussianBlur(f, (0, 0), 0.6)
    return Image.fromarray(np.clip(f, 0, 255).astype(np.uint8))


def grey_chroma(img: np.ndarray, rng: random.Random) -> Image.Image:
    """A grey scan saved as RGB JPEG: the channels differ only by noise."""
    g = _nprng(rng)
    grey: Any = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
    grey = grey * 0.94 + 8
    base: Any = np.repeat(grey[:, :, None], 3, axis=2)
    base += g.normal(0, 3.0, base.shape).astype(np.float32)
    base += g.normal(0, 1.5, grey.shape).astype(np.float32)[:, :, None]
    base = cv2.GaussianBlur(base, (0, 0), 0.7)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def fax(img: np.ndarray, rng: random.Random) -> Image.Image:
    """A fax-quality bilevel scan: no greys, ragged strokes, speckle."""
    g = _nprng(rng)
    grey: Any = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
    grey += g.normal(0, 18, grey.shape).astype(np.float32)
    thr = rng.uniform(150, 175)
    bw: Any = (grey > thr).astype(np.uint8) * 255
    speck = g.random(bw.shape) < 0.0009
    bw[speck] = 0
    return Image.fromarray(bw).convert("1")


def phone_photo(img: np.ndarray, rng: random.Random, quality: int) -> Image.Image:
    """A phone photo of a page on a desk: perspective, a hand's shadow, uneven light, glare, blur."""
    g = _nprng(rng)
    h, w = img.shape[:2]
    cw, ch = int(w * 1.25), int(h * 1.18)
    desk_col = np.array(
        rng.choice([(120, 98, 74), (160, 150, 140), (90, 80, 70), (185, 180, 170)]), dtype=np.float32
    )
    desk: Any = np.ones((ch, cw, 3), np.float32) * desk_col
    desk += g.normal(0, 6, desk.shape).astype(np.float32)
    src: Any = np.array([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (cw - w) / 2, (ch - h) / 2
    j = w * 0.06
    dst: Any = np.array(
        [
            [ox + rng.uniform(-j, j), oy + rng.uniform(-j, j * 0.5)],
            [ox + w + rng.uniform(-j, j), oy + rng.uniform(-j, j * 0.5)],
            [ox + w + rng.uniform(-j * 0.4, j * 0.4), oy + h + rng.uniform(-j * 0.5, j * 0.3)],
            [ox + rng.uniform(-j * 0.4, j * 0.4), oy + h + rng.uniform(-j * 0.5, j * 0.3)],
        ]
    )
    m: Any = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))
    paper: Any = cv2.warpPerspective(
        img.astype(np.float32), m, (cw, ch), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0)
    )
    mask: Any = cv2.warpPerspective(np.ones((h, w), np.float32), m, (cw, ch), flags=cv2.INTER_LINEAR)
    out: Any = desk * (1 - mask[:, :, None]) + paper * mask[:, :, None]
    # uneven light: a broad gradient
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light: Any = 0.86 + 0.14 * ((xx / cw - 0.5) * gx + (yy / ch - 0.5) * gy + 0.5)
    out *= light[:, :, None]
    # a soft shadow of the hand or phone over one corner, and a glare spot: drawn small, scaled up
    sw, sh = max(cw // 8, 1), max(ch // 8, 1)
    shadow: Any = np.zeros((sh, sw), np.float32)
    cx = rng.choice([0.0, 1.0]) * sw
    cy = rng.uniform(0.6, 1.0) * sh
    cv2.ellipse(
        shadow,
        (int(cx), int(cy)),
        (int(sw * rng.uniform(0.25, 0.4)), int(sh * rng.uniform(0.18, 0.3))),
        rng.uniform(0, 180),
        0,
        360,
        1.0,
        -1,
    )
    shadow = cv2.resize(cv2.GaussianBlur(shadow, (0, 0), sw * 0.05), (cw, ch), interpolation=cv2.INTER_LINEAR)
    out *= (1 - 0.38 * shadow)[:, :, None]
    glare: Any = np.zeros((sh, sw), np.float32)
    gxp, gyp = int(sw * rng.uniform(0.25, 0.75)), int(sh * rng.uniform(0.15, 0.35))
    cv2.circle(glare, (gxp, gyp), max(1, int(sw * rng.uniform(0.05, 0.09))), 1.0, -1)
    glare = cv2.resize(cv2.GaussianBlur(glare, (0, 0), sw * 0.04), (cw, ch), interpolation=cv2.INTER_LINEAR)
    out = out + glare[:, :, None] * 120
    # warm indoor white balance
    out *= np.array([1.03, 1.0, 0.93], np.float32)
    # slight motion blur
    k = rng.choice((3, 5))
    kern: Any = np.zeros((k, k), np.float32)
    kern[k // 2, :] = 1.0 / k
    rot = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), rng.uniform(0, 180), 1.0)
    kern = cv2.warpAffine(kern, rot, (k, k))
    kern /= max(kern.sum(), 1e-6)
    out = cv2.filter2D(out, -1, kern)
    out += g.normal(0, 4, out.shape).astype(np.float32)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


# --------------------------------------------------------------------------- presets


def flatbed_colour(rng: random.Random, dpi: int = 300, **kw: Any) -> Scanner:
    tint = (1.0, rng.uniform(0.96, 0.985), rng.uniform(0.86, 0.92))
    return Scanner(
        "flatbed", dpi=dpi, quality=rng.randint(78, 90), skew_deg=rng.uniform(-1.5, 1.5), tint=tint, **kw
    )


def grey(rng: random.Random, dpi: int = 200, **kw: Any) -> Scanner:
    return Scanner("grey", dpi=dpi, quality=rng.randint(70, 85), skew_deg=rng.uniform(-2.5, 2.5), **kw)


def faxlike(rng: random.Random, **kw: Any) -> Scanner:
    return Scanner("fax", dpi=rng.choice((150, 200)), skew_deg=rng.uniform(-3, 3), **kw)


def phone(rng: random.Random, **kw: Any) -> Scanner:
    return Scanner("phone", dpi=150, quality=rng.randint(60, 85), **kw)
