"""Page images with evidence boxes drawn, for the reviewer's pages and the API."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageOps

from jianzheng.extract.readers.image import image_dpi
from jianzheng.models import Report

MAX_SIDE_PX = 1600
"""Longest side of a rendered page: enough to read, small enough to send."""
BOX = (220, 30, 30)
HIGHLIGHT = (255, 140, 0)


class PageNotFound(LookupError):
    """The file has no such page, or cannot be rendered."""


def page_boxes(report: Report, layout_name: str, page: int) -> list[tuple[int, tuple[float, ...]]]:
    """(finding index, bbox) of every evidence box on one page of one file."""
    documents = {d.id: d.file for d in report.documents}
    boxes = []
    for index, finding in enumerate(report.findings):
        for ev in finding.evidence:
            file = ev.file or (documents.get(ev.document) if ev.document else None)
            if file == layout_name and ev.page == page and ev.bbox is not None:
                boxes.append((index, tuple(ev.bbox)))
    return boxes


def _pdf_page(path: Path, page: int) -> tuple[Image.Image, float]:
    """A PDF page as an image and its pixels per point."""
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several unrelated types for bad files
        raise PageNotFound(f"无法打开文件：{exc}") from exc
    with doc:
        if doc.needs_pass or not 1 <= page <= doc.page_count:
            raise PageNotFound(f"没有第 {page} 页")
        pdf_page = doc[page - 1]
        rect = pdf_page.rect
        scale = min(2.0, MAX_SIDE_PX / max(rect.width, rect.height, 1))
        pix = pdf_page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        return Image.frombytes("RGB", (pix.width, pix.height), pix.samples), scale


def _image_page(path: Path, page: int) -> tuple[Image.Image, float]:
    """A frame of an image file and its pixels per point, with the reader's geometry (upright, its DPI)."""
    try:
        with Image.open(path) as image:
            if not 1 <= page <= getattr(image, "n_frames", 1):
                raise PageNotFound(f"没有第 {page} 页")
            image.seek(page - 1)
            frame = image.copy()
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PageNotFound(f"无法打开文件：{exc}") from exc
    upright = (ImageOps.exif_transpose(frame) or frame).convert("RGB")
    px_per_pt = image_dpi(frame, upright.width, upright.height) / 72.0
    shrink = min(1.0, MAX_SIDE_PX / max(upright.width, upright.height, 1))
    if shrink < 1.0:
        upright = upright.resize((round(upright.width * shrink), round(upright.height * shrink)))
    return upright, px_per_pt * shrink


def render_page(
    path: Path, media: str, page: int, boxes: Iterable[tuple[int, tuple[float, ...]]], highlight: int | None
) -> bytes:
    """PNG of one page (1-based) with boxes in PDF points drawn; the highlighted finding's boxes stand out."""
    image, scale = _pdf_page(path, page) if media == "pdf" else _image_page(path, page)
    draw = ImageDraw.Draw(image)
    for index, bbox in sorted(boxes, key=lambda b: b[0] == highlight):
        x0, y0, x1, y1 = (v * scale for v in bbox[:4])
        strong = index == highlight
        draw.rectangle(
            (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)),
            outline=HIGHLIGHT if strong else BOX,
            width=5 if strong else 2,
        )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
