"""Page thumbnails for the HTML report: a downscaled JPEG of a page and its size in PDF points.

The evidence boxes of a finding are in PDF points from the page's top left
(CONTRACT 2); a thumbnail carries the page's size in points so that an SVG
overlay with that viewBox draws the boxes where they are, at any scale.
"""

from __future__ import annotations

import base64
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

import numpy as np
import pymupdf
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from jianzheng.extract.flatten import flatten, page_quad
from jianzheng.extract.orient import to_gray
from jianzheng.extract.readers.image import image_dpi
from jianzheng.extract.reading_rules import rules as reading_rules

log = logging.getLogger(__name__)
T = TypeVar("T")

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


def _jpeg_uri(image: Image.Image, max_width: int = THUMB_WIDTH_PX) -> str:
    image = image.convert("RGB")
    if image.width > max_width:
        image = image.resize((max_width, max(1, round(image.height * max_width / image.width))))
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


def _as_read(upright: Image.Image) -> Image.Image:
    """The picture as the reader read it: a phone photo's sheet flattened (Page.sheet), else unchanged.

    Words on a flattened photo are placed on the flattened sheet, so its
    thumbnail must be that sheet for their boxes to land on them.
    """
    rgb = np.asarray(upright.convert("RGB"))
    quad = page_quad(to_gray(rgb), reading_rules().photo)
    if quad is None:
        return upright
    flat, _ = flatten(rgb, quad)
    return Image.fromarray(flat)


def _frame_as_read(image: Image.Image, number: int) -> tuple[Image.Image, float] | None:
    """Frame ``number`` (from 1) of an open image file as the reader read it, and its DPI; None past the end."""
    for index, frame in enumerate(ImageSequence.Iterator(image), start=1):
        if index == number:
            upright = ImageOps.exif_transpose(frame) or frame
            # The same points-per-pixel as the reader (of the picture as uploaded), so the boxes land.
            dpi = image_dpi(frame, upright.width, upright.height)
            return _as_read(upright), dpi
    return None


def _image_page(path: Path, number: int) -> Thumbnail | None:
    with Image.open(path) as image:
        found = _frame_as_read(image, number)
        if found is None:
            return None
        picture, dpi = found
        return Thumbnail(_jpeg_uri(picture), picture.width * 72 / dpi, picture.height * 72 / dpi)


CROP_ZOOM = 2.5
"""A crop around the evidence is rendered at 180 DPI, so that 9-pt print reads clearly."""
CROP_MAX_PX = 900
_CROP_PAD_PT = (24.0, 10.0)

Box = tuple[float, float, float, float]


def crop_region(boxes: list[Box], width_pt: float, height_pt: float) -> Box | None:
    """The padded union of a page's evidence boxes, inside the page; None when it is most of the page."""
    if not boxes:
        return None
    x0 = max(min(b[0] for b in boxes) - _CROP_PAD_PT[0], 0.0)
    y0 = max(min(b[1] for b in boxes) - _CROP_PAD_PT[1], 0.0)
    x1 = min(max(b[2] for b in boxes) + _CROP_PAD_PT[0], width_pt)
    y1 = min(max(b[3] for b in boxes) + _CROP_PAD_PT[1], height_pt)
    if x1 <= x0 or y1 <= y0 or (x1 - x0) * (y1 - y0) > 0.5 * width_pt * height_pt:
        return None
    return (x0, y0, x1, y1)


def _pdf_crop(path: Path, number: int, region: Box) -> str | None:
    with pymupdf.open(path) as doc:
        if doc.needs_pass or not 1 <= number <= doc.page_count:
            return None
        zoom = min(CROP_ZOOM, CROP_MAX_PX / max(region[2] - region[0], 1.0))
        pixmap = doc[number - 1].get_pixmap(
            matrix=pymupdf.Matrix(zoom, zoom), clip=pymupdf.Rect(*region), alpha=False
        )
        image = Image.frombytes("RGB", (pixmap.width, pixmap.height), pixmap.samples)
        return _jpeg_uri(image, max_width=CROP_MAX_PX)


def _image_crop(path: Path, number: int, region: Box) -> str | None:
    with Image.open(path) as image:
        found = _frame_as_read(image, number)
        if found is None:
            return None
        picture, dpi = found
        scale = dpi / 72
        pixels = tuple(round(v * scale) for v in region)
        return _jpeg_uri(picture.crop(pixels), max_width=CROP_MAX_PX)  # type: ignore[arg-type]


def render_crop(root: Path, file: str, page: int, region: Box) -> str | None:
    """A sharper picture of one region of a page (PDF points), as a data URI; None when it cannot be had."""
    return _picture(
        root, file, page, "crop", partial(_image_crop, region=region), partial(_pdf_crop, region=region)
    )


def _inside(root: Path, file: str) -> Path | None:
    """The attachment's path if it is a file inside the submission folder."""
    base = root.resolve()
    path = (base / file).resolve()
    return path if path.is_relative_to(base) and path.is_file() else None


def render_thumbnail(root: Path, file: str, page: int) -> Thumbnail | None:
    """The thumbnail of one page of an attachment, or None when it cannot be had.

    A file outside the submission folder, a missing file or page, or a file
    the renderer cannot open gives None: the finding is still shown, without
    its picture.
    """
    return _picture(root, file, page, "thumbnail", _image_page, _pdf_page)


def _picture(
    root: Path,
    file: str,
    page: int,
    what: str,
    from_image: Callable[[Path, int], T | None],
    from_pdf: Callable[[Path, int], T | None],
) -> T | None:
    """A picture (``what``: a thumbnail or a crop) of a page of an attachment inside ``root``, or None."""
    path = _inside(root, file)
    if path is None:
        return None
    try:
        if path.suffix.lower() in _IMAGE_SUFFIXES:
            return from_image(path, page)
        return from_pdf(path, page)
    except (UnidentifiedImageError, OSError, ValueError, EOFError) as exc:
        log.warning("no %s for %s page %s: %s", what, file, page, exc)
        return None
    except Exception as exc:  # PyMuPDF raises several unrelated types for bad files; a picture is optional
        log.warning("no %s for %s page %s: %s: %s", what, file, page, type(exc).__name__, exc)
        return None
