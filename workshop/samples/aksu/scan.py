"""From paper to file: rasterising sheets, what scanners and phones do to them, and the writers.

Each effect takes and returns a PIL image and draws only from the ``random.Random`` it is
given, so a scenario's seed fixes every pixel. Writers fix every date and id so that the
same seed writes the same bytes.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw

from .canvas import Sheet, render_print
from .marks import apply_ink

PDF_DATE = "D:20260212093015+08'00'"


def rasterise(sheet: Sheet, dpi: int, rng: random.Random) -> Image.Image:
    """The sheet's print and ink as an RGB image at ``dpi``."""
    doc = pymupdf.open()
    page = render_print(sheet, doc)
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    doc.close()
    return apply_ink(img, sheet.ink, dpi / 72.0, rng)


def _np(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _pil(arr: np.ndarray) -> Image.Image:
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")


def paper(img: Image.Image, rng: random.Random, tone: float = 0.0) -> Image.Image:
    """Paper is never white: a faint warm tone, sensor noise and slightly soft print."""
    a = cv2.GaussianBlur(np.asarray(img.convert("RGB")), (0, 0), rng.uniform(0.3, 0.7)).astype(np.float32)
    t = tone or rng.uniform(4, 14)
    a = a * np.float32(1 - t / 255) - np.array([0, 0.3, 1.8], dtype=np.float32)
    a += _grain(a.shape[:2], rng.uniform(1.5, 3.5), rng)[..., None]
    return _pil(a)


def _grain(shape: tuple[int, ...], sigma: float, rng: random.Random) -> np.ndarray:
    """Sensor grain: a 256-pixel tile of Gaussian noise, tiled with a random offset (a full-page
    draw costs a second a page at 300 dpi and looks no different)."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    tile = nrng.normal(0, sigma, (256, 256)).astype(np.float32)
    h, w = shape[0], shape[1]
    reps = (h // 256 + 2, w // 256 + 2)
    dy, dx = rng.randrange(256), rng.randrange(256)
    return np.tile(tile, reps)[dy : dy + h, dx : dx + w]


def show_through(img: Image.Image, back: Image.Image, rng: random.Random) -> Image.Image:
    """The back side's print showing through thin paper: mirrored, blurred and faint."""
    b = np.asarray(back.transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize(img.size).convert("L"))
    ink = 255 - cv2.GaussianBlur(b, (0, 0), 2.2).astype(np.float32)
    return _pil(_np(img) - ink[..., None] * np.float32(rng.uniform(0.07, 0.13)))


def staple(img: Image.Image, rng: random.Random) -> Image.Image:
    """A staple at the top-left corner with its shadow and the punctures of a removed one."""
    d = ImageDraw.Draw(img := img.copy())
    w, h = img.size
    s = w / 600
    x, y = int(w * rng.uniform(0.04, 0.08)), int(h * rng.uniform(0.025, 0.05))
    ang = rng.uniform(-50, -30)
    dx, dy = np.cos(np.radians(ang)) * 32 * s, np.sin(np.radians(ang)) * 32 * s
    d.line([(x, y), (x + dx, y + dy)], fill=(95, 95, 98), width=max(2, int(3 * s)))
    d.line(
        [(x + 2 * s, y + 3 * s), (x + dx + 2 * s, y + dy + 3 * s)],
        fill=(175, 175, 175),
        width=max(1, int(2 * s)),
    )
    for k in (0, 1):
        px, py = x + 50 * s + k * 30 * s, y + 8 * s
        d.ellipse((px - 1.5 * s, py - 1.5 * s, px + 1.5 * s, py + 1.5 * s), fill=(120, 120, 120))
    return img


def punch_holes(img: Image.Image, rng: random.Random) -> Image.Image:
    """Two filing holes on the left margin, dark because the scanner lid behind them is."""
    img = img.copy()
    d = ImageDraw.Draw(img)
    w, h = img.size
    r = w * 0.012
    x = w * rng.uniform(0.03, 0.045)
    for cy in (h * 0.5 - w * 0.07, h * 0.5 + w * 0.07):
        d.ellipse((x - r, cy - r, x + r, cy + r), fill=(52, 52, 56), outline=(140, 140, 140))
    return img


def fold(img: Image.Image, rng: random.Random) -> Image.Image:
    """A crease across the page where it was folded for posting: a dark line with a light edge."""
    a = _np(img)
    h = a.shape[0]
    y = int(h * rng.uniform(0.45, 0.55))
    ys = np.arange(h, dtype=np.float32)[:, None, None]
    a -= 40 * np.exp(-(((ys - y) / (h * 0.0025)) ** 2))
    a += 14 * np.exp(-(((ys - y - h * 0.006) / (h * 0.004)) ** 2))
    return _pil(a)


def lid_border(img: Image.Image, rng: random.Random) -> Image.Image:
    """The dark band a scanner leaves where the lid did not cover the glass."""
    a = _np(img)
    h, w = a.shape[:2]
    bw = int(w * rng.uniform(0.012, 0.03))
    side = rng.choice(["right", "bottom", "both"])
    if side in ("right", "both"):
        a[:, w - bw :] = a[:, w - bw :] * 0.15 + 20
    if side in ("bottom", "both"):
        a[h - bw // 2 :, :] = a[h - bw // 2 :, :] * 0.15 + 20
    return _pil(a)


def rotate(img: Image.Image, deg: float, fill: tuple[int, int, int] = (238, 238, 235)) -> Image.Image:
    """Rotate counter-clockwise by ``deg`` keeping the page size (a page laid crooked on the glass)."""
    return img.rotate(deg, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)


def portrait_holder(img: Image.Image, clockwise: bool) -> Image.Image:
    """A landscape page fed in portrait: the image is turned by 90 degrees."""
    return img.transpose(Image.Transpose.ROTATE_270 if clockwise else Image.Transpose.ROTATE_90)


def two_up(top: Image.Image, bottom: Image.Image, rng: random.Random) -> Image.Image:
    """Two A5 sheets laid on one A4 glass, one above the other, each a little crooked."""
    w = top.width
    h = int(w * 842 / 595)
    canvas = Image.new("RGB", (w, h), (232, 232, 229))
    for i, part in enumerate((top, bottom)):
        p = part.resize((int(w * 0.96), int(w * 0.96 * part.height / part.width)))
        p = p.rotate(rng.uniform(-1.2, 1.2), expand=True, fillcolor=(232, 232, 229))
        canvas.paste(p, (int(w * 0.02), int(h * 0.01 + i * h * 0.5)))
    return canvas


def grey_rgb(img: Image.Image, rng: random.Random) -> Image.Image:
    """A grey scan saved as colour JPEG: the channels drift apart by a little chroma noise."""
    g = _np(img.convert("L").convert("RGB"))
    nrng = np.random.default_rng(rng.randrange(2**32))
    noise = nrng.normal(0, 3.2, (g.shape[0] // 2 + 1, g.shape[1] // 2 + 1, 3)).astype(np.float32)
    noise = np.repeat(np.repeat(noise, 2, axis=0), 2, axis=1)[: g.shape[0], : g.shape[1]]
    return _pil(g + noise)


def bilevel(img: Image.Image, rng: random.Random) -> Image.Image:
    """A fax: one bit per pixel at a fixed threshold, with a few speckles."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    g = g + nrng.normal(0, 18, g.shape).astype(np.float32)
    return Image.fromarray(((g > 150) * 255).astype(np.uint8), "L").convert("1")


def phone_photo(img: Image.Image, rng: random.Random, glare: bool = True) -> Image.Image:
    """A phone photo of the paper on a desk: perspective, uneven light, a glare spot, soft focus."""
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    W, H = int(w * 1.18), int(h * 1.14)
    j = [rng.uniform(0.02, 0.07) for _ in range(8)]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array(
        [
            [W * (0.06 + j[0] * 0.6), H * (0.05 + j[1] * 0.5)],
            [W * (0.94 - j[2] * 0.4), H * (0.04 + j[3] * 0.3)],
            [W * (0.96 - j[4] * 0.3), H * (0.95 - j[5] * 0.3)],
            [W * (0.03 + j[6] * 0.5), H * (0.96 - j[7] * 0.4)],
        ],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(src, dst)
    desk = (int(rng.uniform(70, 110)), int(rng.uniform(60, 90)), int(rng.uniform(45, 70)))
    out = cv2.warpPerspective(a, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=desk).astype(np.float32)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 0.82 + 0.2 * (xs / W) * rng.uniform(0.5, 1.0) + 0.06 * (ys / H)
    out *= light[..., None]
    if glare:
        gx, gy = W * rng.uniform(0.55, 0.8), H * rng.uniform(0.2, 0.45)
        rad = W * rng.uniform(0.08, 0.14)
        out += 150 * np.exp(-(((xs - gx) ** 2 + (ys - gy) ** 2) / (2 * rad**2)))[..., None]
    return _pil(cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.1)))


def jpeg(img: Image.Image, quality: int, times: int = 1) -> Image.Image:
    """Round-trip through JPEG (``times`` > 1: saved again by another program)."""
    for k in range(times):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=max(20, quality - 7 * k), optimize=False)
        img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return img


def jpeg_bytes(img: Image.Image, quality: int, dpi: int) -> bytes:
    """Encode as JPEG with a density tag (grey images stay one channel)."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=False)
    return buf.getvalue()


@dataclass
class Scanned:
    """One scanned page ready for a file: the image and how it is to be stored."""

    img: Image.Image
    dpi: int
    quality: int = 85
    page_pt: tuple[float, float] | None = None
    """Page size in points; by default from the pixels and dpi."""
    extra: dict[str, object] = field(default_factory=dict)


def fixed_metadata(doc: pymupdf.Document, creator: str, producer: str, title: str = "") -> None:
    """Fix metadata dates so that the same seed writes the same bytes."""
    doc.set_metadata(
        {
            "creator": creator,
            "producer": producer,
            "title": title,
            "creationDate": PDF_DATE,
            "modDate": PDF_DATE,
            "author": "",
            "subject": "",
            "keywords": "",
        }
    )


def save_pdf(doc: pymupdf.Document) -> bytes:
    """Serialise without a fresh random /ID."""
    return bytes(doc.tobytes(garbage=3, deflate=True, no_new_id=True))


def image_pdf(pages: list[Scanned], creator: str = "Scan2PDF", producer: str = "Canon iR-ADV C5535") -> bytes:
    """An image-only PDF, one JPEG per page, as a copier's scan-to-PDF writes it."""
    doc = pymupdf.open()
    for p in pages:
        w_pt, h_pt = p.page_pt or (p.img.width * 72 / p.dpi, p.img.height * 72 / p.dpi)
        page = doc.new_page(width=w_pt, height=h_pt)
        page.insert_image(page.rect, stream=jpeg_bytes(p.img, p.quality, p.dpi))
    fixed_metadata(doc, creator, producer)
    data = save_pdf(doc)
    doc.close()
    return data


def tiff_bytes(pages: list[Image.Image], dpi: int) -> bytes:
    """A multi-frame CCITT G4 TIFF, as a fax server stores one."""
    buf = io.BytesIO()
    frames = [p.convert("1") for p in pages]
    frames[0].save(buf, "TIFF", compression="group4", dpi=(dpi, dpi), save_all=True, append_images=frames[1:])
    return buf.getvalue()
