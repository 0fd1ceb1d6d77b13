"""Page images with evidence boxes drawn, for the reviewer's pages and the API."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw

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


def render_page(
    path: Path, media: str, page: int, boxes: Iterable[tuple[int, tuple[float, ...]]], highlight: int | None
) -> bytes:
    """PNG of one page (1-based) with boxes in PDF points drawn; the highlighted finding's boxes stand out.

    PyMuPDF opens PDFs and images (a TIFF's frames as pages) alike and gives
    each page its size in points, the unit of the report's boxes.
    """
    try:
        doc = pymupdf.open(path, filetype=media)
    except Exception as exc:  # PyMuPDF raises several unrelated types for bad files
        raise PageNotFound(f"无法打开文件：{exc}") from exc
    with doc:
        if doc.needs_pass or not 1 <= page <= doc.page_count:
            raise PageNotFound(f"没有第 {page} 页")
        pdf_page = doc[page - 1]
        rect = pdf_page.rect
        scale = min(2.0, MAX_SIDE_PX / max(rect.width, rect.height, 1))
        pix = pdf_page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        image = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
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
    image.save(out, "PNG", optimize=False)
    return out.getvalue()
