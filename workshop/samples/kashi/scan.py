"""Scanner and camera simulations applied to rendered pages (numpy + OpenCV).

A page is rendered at the profile's resolution, then aged: paper tone, sensor noise,
slight blur and skew, halftone moiré, punch holes, staple shadows, a phone's perspective
and lighting, JPEG compression. Everything is driven by a seeded ``random.Random``.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, replace

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass(frozen=True)
class Profile:
    """How one scanner (or phone) turns paper into pixels."""

    dpi: int = 200
    grey: bool = False
    paper: tuple[int, int, int] = (250, 249, 245)
    noise: float = 3.0
    blur: float = 0.5
    skew: float = 0.5
    jpeg: int = 72
    holes: bool = False
    staple: bool = False
    halftone: bool = False
    phone: bool = False
    contrast: float = 1.0


GREY_300 = Profile(
    dpi=300, grey=True, paper=(238, 238, 238), noise=4.0, blur=0.6, skew=0.4, jpeg=68, contrast=1.1
)
YELLOW_COLOUR = Profile(dpi=200, paper=(246, 236, 205), noise=5.0, blur=0.7, skew=0.8, jpeg=70)
OFFICE_MFP = Profile(
    dpi=200, grey=True, paper=(245, 245, 245), noise=3.0, blur=0.8, skew=1.0, jpeg=60, holes=True
)
COPIER_HALFTONE = Profile(
    dpi=200,
    grey=True,
    paper=(236, 236, 236),
    noise=5.0,
    blur=0.9,
    skew=0.6,
    jpeg=65,
    halftone=True,
    staple=True,
)
PHONE = Profile(dpi=160, paper=(236, 232, 222), noise=6.0, blur=1.1, skew=0.0, jpeg=80, phone=True)
CLEAN_COLOUR = Profile(dpi=200, paper=(252, 252, 250), noise=2.0, blur=0.4, skew=0.3, jpeg=82)


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    """The page as an RGB array at ``dpi``."""
    pix = page.get_pixmap(dpi=dpi, alpha=False, colorspace=pymupdf.csRGB)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def _paper(img: np.ndarray, tone: tuple[int, int, int], rng: np.random.Generator) -> np.ndarray:
    """Multiply white paper to ``tone`` with a faint large-scale unevenness."""
    h, w = img.shape[:2]
    low = cv2.resize(rng.normal(1.0, 0.012, (8, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    if img.ndim == 2:
        return img.astype(np.float32) * (sum(tone) / 3 / 255.0) * low
    return img.astype(np.float32) * (np.array(tone, dtype=np.float32) / 255.0) * low[..., None]


def _halftone(img: np.ndarray, dpi: int) -> np.ndarray:
    """A copier's screen: a fine rotated dot grid that beats against the pixel grid (moiré)."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    period = dpi / 85.0
    a = np.deg2rad(45)
    u = (xx * np.cos(a) + yy * np.sin(a)) * 2 * np.pi / period
    v = (-xx * np.sin(a) + yy * np.cos(a)) * 2 * np.pi / period
    screen = (1 - 0.06 * (np.cos(u) * np.cos(v) + 1)).astype(np.float32)
    return img * (screen if img.ndim == 2 else screen[..., None])


def _holes(img: np.ndarray, dpi: int) -> np.ndarray:
    """Two filing punch holes on the left margin, dark where the lid's black shows through."""
    h = img.shape[0]
    r = int(dpi * 0.125)
    x = int(dpi * 0.45)
    for cy in (int(h / 2 - dpi * 1.6), int(h / 2 + dpi * 1.6)):
        cv2.circle(img, (x, cy), r, (55, 55, 55), -1, lineType=cv2.LINE_AA)
        cv2.circle(img, (x + 2, cy + 2), r, (90, 90, 90), 2, lineType=cv2.LINE_AA)
    return img


def _staple(img: np.ndarray, dpi: int) -> np.ndarray:
    """A staple at the top left corner with its shadow and the crease it leaves."""
    x0, y0 = int(dpi * 0.35), int(dpi * 0.42)
    length = int(dpi * 0.5)
    end = (x0 + int(length * 0.8), y0 - int(length * 0.55))
    cv2.line(img, (x0 + 4, y0 + 5), (end[0] + 4, end[1] + 5), (150, 150, 150), max(3, dpi // 40), cv2.LINE_AA)
    cv2.line(img, (x0, y0), end, (70, 70, 75), max(2, dpi // 60), cv2.LINE_AA)
    shade = np.ones(img.shape[:2], dtype=np.float32)
    size = int(dpi * 1.2)
    ramp = np.linspace(0.9, 1.0, size, dtype=np.float32)
    shade[:size, :size] = np.minimum(ramp[None, :], ramp[:, None])
    return img * (shade if img.ndim == 2 else shade[..., None])


def _rotate_small(img: np.ndarray, degrees: float, fill: tuple[int, int, int]) -> np.ndarray:
    h, w = img.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)


def _phone(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Photograph the page on a desk: perspective, lighting falloff, a wooden background."""
    h, w = img.shape[:2]
    pad = int(w * 0.12)
    canvas_w, canvas_h = w + 2 * pad, h + 2 * pad
    yy, xx = np.mgrid[0:canvas_h, 0:canvas_w].astype(np.float32)
    wood = 120 + 18 * np.sin(xx / 23.0 + np.sin(yy / 140.0) * 3)
    desk = np.stack([wood * 1.05, wood * 0.8, wood * 0.55], axis=-1)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    jitter = [rng.uniform(-0.04, 0.04) * w for _ in range(8)]
    dst = np.array(
        [
            [pad + jitter[0] + w * 0.03, pad + jitter[1]],
            [pad + w + jitter[2] - w * 0.02, pad + jitter[3] + w * 0.02],
            [pad + w + jitter[4], pad + h + jitter[5]],
            [pad + jitter[6], pad + h + jitter[7] - w * 0.01],
        ],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(img, matrix, (canvas_w, canvas_h), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), matrix, (canvas_w, canvas_h))
    out = warped * mask[..., None] + desk * (1 - mask[..., None])
    cx, cy = canvas_w * rng.uniform(0.3, 0.7), canvas_h * rng.uniform(0.2, 0.5)
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(canvas_w, canvas_h)
    light = 1.05 - 0.45 * dist**1.5
    return out * light[..., None]


def age(img: np.ndarray, profile: Profile, rng: random.Random) -> np.ndarray:
    """Turn a clean render into what the scanner (or phone) delivers, as uint8 RGB or grey."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    if profile.grey:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    work = _paper(img, profile.paper, nrng)
    if profile.contrast != 1.0:
        work = (work - 128) * profile.contrast + 128
    if profile.halftone:
        work = _halftone(work, profile.dpi)
    work = np.clip(work, 0, 255).astype(np.uint8)
    if profile.holes:
        work = _holes(work, profile.dpi)
    if profile.staple:
        work = np.clip(_staple(work.astype(np.float32), profile.dpi), 0, 255).astype(np.uint8)
    if profile.blur:
        work = cv2.GaussianBlur(work, (0, 0), profile.blur)
    if profile.skew:
        fill = (int(sum(profile.paper) / 3),) * 3 if profile.grey else profile.paper
        work = _rotate_small(work, rng.uniform(-profile.skew, profile.skew), fill)
    if profile.phone:
        work = np.clip(_phone(work.astype(np.float32), rng), 0, 255).astype(np.uint8)
        work = cv2.GaussianBlur(work, (0, 0), 0.8)
    noisy = work.astype(np.float32) + nrng.standard_normal(work.shape, dtype=np.float32) * profile.noise
    return np.clip(noisy, 0, 255).astype(np.uint8)


def blank_back(
    size: tuple[int, int], front: np.ndarray | None, profile: Profile, rng: random.Random
) -> np.ndarray:
    """The empty back of a sheet in a duplex scan, with the front faintly showing through."""
    w, h = size
    img = np.full((h, w, 3), 255, dtype=np.uint8)
    if front is not None:
        ghost = cv2.resize(front if front.ndim == 3 else cv2.cvtColor(front, cv2.COLOR_GRAY2RGB), (w, h))
        ghost = cv2.GaussianBlur(ghost[:, ::-1], (0, 0), 2.5)
        img = (255 - (255 - ghost.astype(np.float32)) * 0.06).astype(np.uint8)
    return age(img, replace(profile, holes=profile.holes, staple=False, halftone=False), rng)


def turn(img: np.ndarray, quarter_turns: int) -> np.ndarray:
    """Rotate by 90° steps counter-clockwise (a page fed sideways or upside down)."""
    return np.ascontiguousarray(np.rot90(img, quarter_turns))


def jpeg_bytes(img: np.ndarray, quality: int) -> bytes:
    """Encode as baseline JPEG without EXIF (deterministic)."""
    buffer = io.BytesIO()
    Image.fromarray(img).save(buffer, format="JPEG", quality=quality, optimize=False)
    return buffer.getvalue()


def paste_patch(
    scanned: np.ndarray, clean: np.ndarray, box: tuple[int, int, int, int], tint: int
) -> np.ndarray:
    """Local edit: replace ``box`` of a scan with the same box of a clean, noise-free render.

    The patch keeps the clean render's flat paper (lifted by ``tint``), so noise and
    compression differ inside it: what an edit in an image editor leaves behind.
    """
    x0, y0, x1, y1 = box
    lifted = clean[y0:y1, x0:x1].astype(np.int16) - tint
    patch: np.ndarray = np.clip(lifted, 0, 255).astype(np.uint8)
    if scanned.ndim == 2 and patch.ndim == 3:
        patch = cv2.cvtColor(patch, cv2.COLOR_RGB2GRAY)
    out = scanned.copy()
    out[y0:y1, x0:x1] = patch
    return out
