"""Page thumbnails for the HTML report: a downscaled JPEG of a page and its size in PDF points.

The evidence boxes of a finding are in PDF points from the page's top left
(CONTRACT 2); a thumbnail carries the page's size in points so that an SVG
overlay with that viewBox draws the boxes where they are, at any scale.
"""

from __future__ import annotations

import base64
import io
import logging
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from jianzheng.extract.readers.image import image_dpi

log = logging.getLogger(__name__)

THUMB_WIDTH_PX = 560
"""Wide enough to read a heading and see where a box sits; an A4 page comes to ~60 KB."""
JPEG_QUALITY = 65
_IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp"}


@dataclass(frozen=True)
class Thumbnail:
    """A page picture as a data URI, and the page's size in PDF points."""

    data_uri: str
    width_pt: float
    height_pt: float


def _jpeg_uri(image: Image.Image) -> str:
    image = image.convert("RGB")
    if image.width > THUMB_WIDTH_PX:
        image = image.resize((THUMB_WIDTH_PX, round(image.height * THUMB_WIDTH_PX / image.width)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _pdf_page(path: Path, number: int) -> Thumbnail | None:
    with pymupdf.open(path) as doc:
        if doc.needs_pass or not 1 <= number <= doc.page_count:
            return None
        page = doc[number - 1]
        rect = page.rect
        zoom = THUMB_WIDTH_PX / max(rect.width, 1.0)
        pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        image = Image.frombytes("RGB", (pixmap.width, pixmap.height), pixmap.samples)
        return Thumbnail(_jpeg_uri(image), rect.width, rect.height)


def _image_page(path: Path, number: int) -> Thumbnail | None:
    with Image.open(path) as image:
        for index, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if index == number:
                upright = ImageOps.exif_transpose(frame) or frame
                # The same points-per-pixel as the reader, so the boxes land on the picture.
                dpi = image_dpi(frame, upright.width, upright.height)
                return Thumbnail(_jpeg_uri(upright), upright.width * 72 / dpi, upright.height * 72 / dpi)
    return None


def render_thumbnail(root: Path, file: str, page: int) -> Thumbnail | None:
    """The thumbnail of one page of an attachment, or None when it cannot be had.

    A file outside the submission folder, a missing file or page, or a file
    the renderer cannot open gives None: the finding is still shown, without
    its picture.
    """
    base = root.resolve()
    path = (base / file).resolve()
    if not path.is_relative_to(base) or not path.is_file():
        return None
    try:
        if path.suffix.lower() in _IMAGE_SUFFIXES:
            return _image_page(path, page)
        return _pdf_page(path, page)
    except (UnidentifiedImageError, OSError, ValueError, EOFError) as exc:
        log.warning("no thumbnail for %s page %s: %s", file, page, exc)
        return None
    except Exception as exc:  # PyMuPDF raises several unrelated types for bad files; a thumbnail is optional
        log.warning("no thumbnail for %s page %s: %s: %s", file, page, type(exc).__name__, exc)
        return None
