"""This family's own scanner: a page rendered at 200–300 dpi, on slightly tinted paper, skewed a little, softened,
with grain, grey or colour, JPEG-encoded; written as an image-only PDF page or a JPEG file."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass(frozen=True)
class Scan:
    dpi: int = 200
    colour: bool = True
    skew: float = 0.0
    """Degrees, counter-clockwise."""
    blur: float = 0.6
    grain: float = 3.0
    quality: int = 84
    tint: tuple[float, float, float] = (0.985, 0.975, 0.95)

    def describe(self) -> dict[str, Any]:
        return {
            "dpi": self.dpi,
            "colour": self.colour,
            "skew": round(self.skew, 2),
            "blur": round(self.blur, 2),
            "grain": round(self.grain, 2),
            "quality": self.quality,
        }


def draw_scan(rng: random.Random, *, colour: bool | None = None, dpi: tuple[int, int] = (200, 300)) -> Scan:
    return Scan(
        dpi=rng.choice([d for d in (200, 240, 250, 300) if dpi[0] <= d <= dpi[1]]),
        colour=rng.random() < 0.5 if colour is None else colour,
        skew=rng.uniform(-0.7, 0.7),
        blur=rng.uniform(0.45, 0.8),
        grain=rng.uniform(2.0, 4.5),
        quality=rng.randint(76, 88),
        tint=(rng.uniform(0.97, 0.99), rng.uniform(0.96, 0.98), rng.uniform(0.92, 0.95)),
    )


def capture(page: pymupdf.Page, scan: Scan, seed: int) -> np.ndarray:
    """The page as the scanner sees it: an RGB (colour) or L (grey) array at ``scan.dpi``."""
    pix = page.get_pixmap(dpi=scan.dpi, alpha=False)
    image: Any = (
        np.frombuffer(pix.samples, dtype=np.uint8)
        .reshape(pix.height, pix.width, pix.n)[..., :3]
        .astype(np.float32)
    )
    gen = np.random.default_rng(seed)
    h, w = image.shape[:2]
    # paper: a tint with a slow unevenness of light across the glass
    light = cv2.resize(
        gen.uniform(0.965, 1.0, (4, 3)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    paper = np.array(scan.tint, dtype=np.float32) * 255 * light[..., None]
    ink = 1 - image / 255
    image = paper * (1 - ink * 0.97)
    centre = (w / 2, h / 2)
    rot = cv2.getRotationMatrix2D(centre, scan.skew, 1.0)
    border = tuple(float(v) for v in paper[0, 0])
    image = cv2.warpAffine(image, rot, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    image = cv2.GaussianBlur(image, (0, 0), scan.blur)
    image = image + gen.normal(0, scan.grain, image.shape[:2])[..., None].astype(np.float32)
    image = np.clip(image, 0, 255).astype(np.uint8)
    if not scan.colour:
        grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        return np.clip((grey.astype(np.float32) - 18) * 1.08, 0, 255).astype(np.uint8)
    return image


def jpeg(array: np.ndarray, scan: Scan) -> bytes:
    mode = "RGB" if array.ndim == 3 else "L"
    buf = io.BytesIO()
    Image.fromarray(array, mode).save(
        buf, "JPEG", quality=scan.quality, dpi=(scan.dpi, scan.dpi), optimize=True
    )
    return buf.getvalue()


SCANNERS = (
    "Canon iR-ADV C5535",
    "HP LaserJet MFP M227fdw",
    "EPSON WF-C5790",
    "Kyocera TASKalfa 2554ci",
    "RICOH IM C3000",
)


def image_pdf(pages: list[tuple[bytes, float, float]], producer: str, stamp: str, file_id: str) -> bytes:
    """An image-only PDF: one JPEG per page at the page's size in points; creation = modification date, both
    halves of the trailer /ID equal (a file never saved again)."""
    doc = pymupdf.open()
    for data, width, height in pages:
        page = doc.new_page(width=width, height=height)
        page.insert_image(page.rect, stream=data)
    doc.set_metadata({"producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp})
    return finish_pdf(doc, file_id)


def finish_pdf(doc: pymupdf.Document, file_id: str) -> bytes:
    """Save with a trailer /ID of our own, so that a seed writes the same bytes every time."""
    doc.xref_set_key(-1, "ID", f"[<{file_id}><{file_id}>]")
    return doc.tobytes(garbage=4, deflate=True, no_new_id=True)
