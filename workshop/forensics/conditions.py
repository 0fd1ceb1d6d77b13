"""Scan conditions for the forensic matrix: how a rendered page becomes the image a checker sees.

Each ``Condition`` varies one or two axes from a base scan (colour, 200 dpi,
optical blur 0.8 px, noise 2, JPEG quality 75, a faint paper tint): the image
mode (grey, grey stored as an RGB JPEG with chroma noise, bilevel), paper
tint, resolution, JPEG quality and re-saving, blur, noise, a phone photo
(perspective, shadow, glare), and red seals and a signature on the paper.
The sample generator's scanner (workshop/samples/scan.py) does the blur, tint and
noise; the rest is here. A measuring tool, not part of the pipeline.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

import cv2
import numpy as np
from PIL import Image

from jianzheng_workshop.samples import scan

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Condition:
    """One cell of the matrix: the scan settings every page of the cell goes through."""

    name: str
    dpi: int = 200
    blur: float = 0.8
    noise: float = 2.0
    quality: int = 75
    tint: tuple[float, float, float] = (1.0, 0.98, 0.93)
    mode: str = "colour"
    """colour, grey (a one-channel JPEG), grey_rgb (grey stored as RGB with chroma noise), bilevel."""
    resaves: int = 0
    """Times the JPEG is opened and saved again (at qualities around the first)."""
    photo: bool = False
    vignette: bool = False
    """With ``photo``: the light falls off from the middle of the sheet to its edges on a dark
    desk (a phone held over a desk lamp), not along one side with a glare spot."""
    seals: int = 0
    signature: bool = False
    page_share: float = 1.0
    """Share of the run's pages scanned in this cell (a 600-dpi page takes ten times as long)."""


BASE = Condition("base: colour 200 dpi, blur 0.8, q75")
CONDITIONS: list[Condition] = [
    BASE,
    replace(BASE, name="grey (one-channel JPEG)", mode="grey"),
    replace(BASE, name="grey saved as RGB JPEG, chroma noise", mode="grey_rgb"),
    replace(BASE, name="bilevel (1-bit)", mode="bilevel"),
    replace(BASE, name="yellowed paper tint", tint=(1.0, 0.94, 0.80)),
    replace(BASE, name="150 dpi", dpi=150),
    replace(BASE, name="300 dpi", dpi=300),
    replace(BASE, name="600 dpi", dpi=600, blur=2.4, page_share=0.25),
    replace(BASE, name="JPEG q50", quality=50),
    replace(BASE, name="JPEG q95", quality=95),
    replace(BASE, name="JPEG q75 re-saved twice", resaves=2),
    replace(BASE, name="blur 0 (render-sharp)", blur=0.0),
    replace(BASE, name="blur 0.4", blur=0.4),
    replace(BASE, name="blur 0.65", blur=0.65),
    replace(BASE, name="blur 1.2", blur=1.2),
    replace(BASE, name="noise 5", noise=5.0),
    replace(BASE, name="grey, blur 0.4, q60", mode="grey", blur=0.4, quality=60),
    replace(BASE, name="phone photo (perspective, shadow, glare)", photo=True, blur=1.0),
    replace(
        BASE, name="phone photo on a dark desk, light falling off, q45", photo=True, vignette=True, quality=45
    ),
    replace(BASE, name="one red seal + signature", seals=1, signature=True),
    replace(BASE, name="three red seals + signature", seals=3, signature=True),
    replace(BASE, name="two red seals, 150 dpi, q60", seals=2, dpi=150, quality=60),
    replace(BASE, name="two red seals, blur 0.4, q60", seals=2, blur=0.4, quality=60),
]
"""The matrix's cells; 600 dpi pairs with a blur of the same optics (0.8 px at 200 dpi)."""


def signature(image: np.ndarray, at: tuple[int, int], scale: float, rng: np.random.Generator) -> None:
    """Draw a handwritten-looking signature (smooth pen strokes of varying slant) in place."""
    x, y = at
    ink = (int(rng.integers(10, 40)), int(rng.integers(20, 50)), int(rng.integers(60, 120)))
    for _ in range(int(rng.integers(3, 5))):
        t = np.linspace(0, 1, 60)
        width = rng.uniform(40, 90) * scale
        loops = rng.uniform(2, 5)
        xs = x + t * width + np.sin(t * np.pi * loops) * 6 * scale
        ys = y + np.sin(t * np.pi * loops * 1.7 + rng.uniform(0, 3)) * rng.uniform(6, 14) * scale
        points = np.stack([xs, ys], axis=1).astype(np.int32)
        cv2.polylines(image, [points], False, ink, max(1, int(1.6 * scale)), cv2.LINE_AA)
        x += int(width * 0.8)


def phone_photo(
    image: np.ndarray, rng: np.random.Generator, vignette: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """A phone photo of the page on a desk: perspective, shadow and a glare spot (or, with
    ``vignette``, light falling off from the middle on a dark desk); and its homography."""
    h, w = image.shape[:2]
    pad = int(0.06 * max(h, w))
    size = (w + 2 * pad, h + 2 * pad)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = (src + pad + rng.uniform(-0.04, 0.04, (4, 2)) * np.array([w, h])).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    desk = np.full((size[1], size[0], 3), (40, 42, 34) if vignette else (96, 84, 70), np.float32)
    warped = cv2.warpPerspective(image.astype(np.float32), matrix, size)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), matrix, size)[..., None]
    out = desk * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0 : size[1], 0 : size[0]].astype(np.float32)
    if vignette:
        cx, cy = rng.uniform(0.4, 0.6) * size[0], rng.uniform(0.35, 0.55) * size[1]
        r2 = ((xx - cx) / size[0]) ** 2 + ((yy - cy) / size[1]) ** 2
        light = 0.95 - rng.uniform(0.3, 0.8) * r2
        return np.clip(out * light[..., None], 0, 255).astype(np.uint8), matrix
    angle = rng.uniform(0, 2 * np.pi)
    ramp = np.cos(angle) * (xx / size[0] - 0.5) + np.sin(angle) * (yy / size[1] - 0.5)
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1e-6)
    gx, gy = rng.uniform(0.25, 0.75) * size[0], rng.uniform(0.2, 0.8) * size[1]
    glare = np.exp(-(((xx - gx) / (0.12 * size[0])) ** 2 + ((yy - gy) / (0.08 * size[1])) ** 2))
    out = out * (0.7 + 0.3 * ramp)[..., None] + 70 * glare[..., None]
    return np.clip(out, 0, 255).astype(np.uint8), matrix


def warp_box(box: Box, matrix: np.ndarray | None) -> Box:
    """A pixel box carried through a photo's homography (its bounding box); unchanged without one."""
    if matrix is None:
        return box
    x0, y0, x1, y1 = box
    corners = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], np.float32)
    moved = cv2.perspectiveTransform(corners, matrix)[0]
    return (
        int(moved[:, 0].min()),
        int(moved[:, 1].min()),
        int(moved[:, 0].max()) + 1,
        int(moved[:, 1].max()) + 1,
    )


def degrade(
    image: np.ndarray, cond: Condition, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    """The scanner's (or camera's) damage before saving, in RGB; and the photo's homography if any."""
    params = scan.ScanParams(dpi=cond.dpi, noise=0.0, blur=cond.blur, quality=cond.quality, tint=cond.tint)
    out = scan.degrade(image, params, rng)
    matrix = None
    if cond.photo:
        out, matrix = phone_photo(out, rng, cond.vignette)
    noisy = out.astype(np.float32) + rng.normal(0, cond.noise, out.shape[:2])[..., None]
    return np.clip(noisy, 0, 255).astype(np.uint8), matrix


def paste_block(page: np.ndarray, clean: np.ndarray, box: Box, cond: Condition) -> None:
    """Paste a clean render's block (tinted like the paper, compressed at quality 97 first) in place."""
    x0, y0, x1, y1 = box
    block = clean[y0:y1, x0:x1].astype(np.float32) * np.array(cond.tint, np.float32)
    page[y0:y1, x0:x1] = scan.decode(scan.jpeg(np.clip(block, 0, 255).astype(np.uint8), 97))


def paste_into_saved(data: bytes, clean: np.ndarray, box: Box, cond: Condition) -> bytes:
    """The same paste made in the saved file itself (an image editor opening a 1-bit scan, where a
    paste before the scanner's threshold would keep to its two levels), written back losslessly in grey."""
    page = scan.decode(data)
    paste_block(page, clean, box, cond)
    out = io.BytesIO()
    Image.fromarray(cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)).save(out, format="PNG")
    return out.getvalue()


def paint_white(page: np.ndarray, clean: np.ndarray, box: Box) -> None:
    """Paint the box white and set its text again, render-sharp (an image editor's white box with
    the amount retyped on it), in place."""
    x0, y0, x1, y1 = box
    page[y0:y1, x0:x1] = clean[y0:y1, x0:x1]


def clone_block(page: np.ndarray, source: Box, target: tuple[int, int]) -> None:
    """Copy the source box of the scanned page to ``target`` (its new top-left), in place."""
    x0, y0, x1, y1 = source
    tx, ty = target
    page[ty : ty + y1 - y0, tx : tx + x1 - x0] = page[y0:y1, x0:x1].copy()


def save(page: np.ndarray, cond: Condition, rng: np.random.Generator) -> bytes:
    """The file the scanner (and a later re-save) writes, per the condition's image mode."""
    grey = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    out = io.BytesIO()
    if cond.mode == "bilevel":
        Image.fromarray(grey).point(lambda v: 255 if v > 150 else 0).convert("1").save(out, format="PNG")
        return out.getvalue()
    if cond.mode == "grey":
        Image.fromarray(grey).save(out, format="JPEG", quality=cond.quality)
        data = out.getvalue()
    else:
        if cond.mode == "grey_rgb":
            page = grey_as_rgb(grey, rng)
        data = scan.jpeg(page, cond.quality)
    for i in range(cond.resaves):
        data = scan.jpeg(scan.decode(data), cond.quality + (5 if i % 2 else -5))
    return data


def grey_as_rgb(grey: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A grey scan stored as RGB by a colour sensor: per-channel noise, blotchy chroma, colour fringes.

    The red and blue channels sit a fraction of a pixel off the green (the sensor's
    colour rows), so every stroke gets a red fringe on one side and a blue one on the
    other; the chroma noise is partly low-frequency (blotches a few blocks wide).
    """
    g = grey.astype(np.float32)
    h, w = g.shape
    out = np.empty((h, w, 3), np.float32)
    for channel, shift in ((0, 0.2), (1, 0.0), (2, -0.2)):
        matrix = np.array([[1, 0, shift], [0, 1, shift / 2]], np.float32)
        moved = cv2.warpAffine(g, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)
        coarse = np.asarray(rng.normal(0, 1, (h // 4 + 1, w // 4 + 1)), np.float32)
        blotch = cv2.GaussianBlur(coarse, (0, 0), 3)
        blotch = cv2.resize(np.asarray(blotch * (0.3 / max(float(blotch.std()), 1e-6)), np.float32), (w, h))
        out[..., channel] = moved + blotch + rng.normal(0, 0.8, (h, w))
    return np.clip(out, 0, 255).astype(np.uint8)
