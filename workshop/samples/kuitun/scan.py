"""The kuitun scanner and phone-camera models, plus the copy-move clone used by one plant.

A scan renders the vector page at the scanner's dpi, lays it on tinted paper under an uneven lamp,
skews it a little, blurs (optics), adds sensor noise, turns it grey, colour or bilevel and encodes it
(JPEG 60–92, sometimes decoded and saved again at a lower quality; bilevel pages are PNG).
A phone photo warps the page in perspective onto a desk, darkens one side (a hand's shadow) and may
add a glare spot from a ceiling lamp.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass(frozen=True)
class Scanner:
    dpi: int
    mode: str  # colour, grey, bilevel
    quality: int
    blur: float
    noise: float
    tint: tuple[int, int, int]
    skew: float
    resave: int | None = None


def pick_scanner(rng: random.Random, mode: str | None = None, dpi: int | None = None) -> Scanner:
    mode = mode or rng.choice(("colour", "grey", "grey", "colour"))
    return Scanner(
        dpi=dpi or rng.choice((150, 200, 200, 240, 300)),
        mode=mode,
        quality=rng.randint(60, 86),
        blur=round(rng.uniform(0.5, 1.1), 2),
        noise=round(rng.uniform(1.5, 4.0), 1),
        tint=(rng.randint(238, 252), rng.randint(236, 250), rng.randint(222, 244)),
        skew=round(rng.uniform(-1.0, 1.0), 2),
        resave=rng.choice((None, None, rng.randint(60, 80))),
    )


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, alpha=False, colorspace=pymupdf.csRGB)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def degrade(img: np.ndarray, sc: Scanner, rng: random.Random) -> np.ndarray:
    """Paper, lamp, skew, blur and noise; returns float32 RGB 0..255."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a: np.ndarray = img.astype(np.float32)
    h, w = a.shape[:2]
    tint = np.array(sc.tint, dtype=np.float32) / 255.0
    a *= 0.95  # toner a little lighter than pure black
    a += 255.0 * 0.05
    lamp = np.linspace(rng.uniform(0.95, 1.0), rng.uniform(0.97, 1.02), w, dtype=np.float32)
    a *= lamp[None, :, None] * tint[None, None, :]
    if abs(sc.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), sc.skew, 1.0)
        border = tuple(float(v) for v in (np.array(sc.tint) * 0.97))
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    blurred = np.asarray(cv2.GaussianBlur(a, (0, 0), sc.blur), dtype=np.float32)
    noise = nrng.standard_normal((h, w, 1), dtype=np.float32)
    noise *= sc.noise
    blurred += noise
    return np.clip(blurred, 0, 255, out=blurred)


def encode(a: np.ndarray, sc: Scanner) -> tuple[bytes, str]:
    """Encode a degraded page; returns (bytes, extension)."""
    u8 = a.astype(np.uint8)
    if sc.mode == "bilevel":
        grey = cv2.cvtColor(u8, cv2.COLOR_RGB2GRAY)
        bw = Image.fromarray(grey).point(lambda v: 255 if v > 165 else 0).convert("1")
        buf = io.BytesIO()
        bw.save(buf, "PNG", optimize=True)
        return buf.getvalue(), "png"
    im = Image.fromarray(u8)
    if sc.mode == "grey":
        im = im.convert("L")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=sc.quality, dpi=(sc.dpi, sc.dpi))
    if sc.resave:
        again = Image.open(io.BytesIO(buf.getvalue()))
        buf = io.BytesIO()
        again.save(buf, "JPEG", quality=sc.resave, dpi=(sc.dpi, sc.dpi))
    return buf.getvalue(), "jpg"


def scan_page(
    page: pymupdf.Page, sc: Scanner, rng: random.Random, clone: Clone | None = None
) -> tuple[bytes, str]:
    a = degrade(render(page, sc.dpi), sc, rng)
    if clone is not None:
        a = clone.apply(a, sc.dpi)
    return encode(a, sc)


@dataclass(frozen=True)
class Clone:
    """Copy a block of the scanned page (in PDF points) onto another place of the same page."""

    src: tuple[float, float, float, float]
    dst_xy: tuple[float, float]

    def apply(self, a: np.ndarray, dpi: int) -> np.ndarray:
        k = dpi / 72.0
        x0, y0, x1, y1 = (round(v * k) for v in self.src)
        dx, dy = (round(v * k) for v in self.dst_xy)
        block = a[y0:y1, x0:x1].copy()
        out = a.copy()
        out[dy : dy + block.shape[0], dx : dx + block.shape[1]] = block
        return out


def photo(page: pymupdf.Page, rng: random.Random, glare: bool = True, dpi: int = 150) -> bytes:
    """A phone photo of the page: perspective, desk around it, shadow, optional lamp glare, JPEG."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    src: np.ndarray = render(page, dpi).astype(np.float32)
    src = src * (np.array((rng.randint(242, 252), rng.randint(240, 250), rng.randint(232, 246))) / 255.0)
    h, w = src.shape[:2]
    margin = int(max(w, h) * 0.09)
    cw, ch = w + 2 * margin, h + 2 * margin
    j = max(w, h) * 0.045

    def jit() -> float:
        return rng.uniform(-j, j)

    dst = np.array(
        [
            [margin + jit(), margin + jit()],
            [margin + w + jit(), margin + jit()],
            [margin + w + jit(), margin + h + jit()],
            [margin + jit(), margin + h + jit()],
        ],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), dst)
    desk = np.array((rng.randint(90, 150), rng.randint(70, 120), rng.randint(50, 90)), dtype=np.float32)
    canvas = np.empty((ch, cw, 3), dtype=np.float32)
    canvas[:] = desk
    canvas += nrng.standard_normal((ch, cw, 1), dtype=np.float32) * 8
    warped = cv2.warpPerspective(src, m, (cw, ch), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (cw, ch))[..., None]
    out = canvas * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    side = rng.choice((0, 1))
    shade = 1.0 - 0.28 * np.clip(((xx / cw) if side else (1 - xx / cw)) - 0.35, 0, 1)
    out = out * shade[..., None]
    if glare:
        gx, gy = rng.uniform(0.3, 0.7) * cw, rng.uniform(0.25, 0.6) * ch
        sx, sy = cw * rng.uniform(0.08, 0.14), ch * rng.uniform(0.06, 0.1)
        g = np.exp(-(((xx - gx) / sx) ** 2 + ((yy - gy) / sy) ** 2))
        out = out + 150 * g[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.0))
    out += nrng.standard_normal((ch, cw, 1), dtype=np.float32) * 3.5
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=rng.randint(80, 90))
    return buf.getvalue()
