"""PDF pages whose text layer a viewer cannot (or can) see, and an OCR stand-in that reads what a
page shows (shared helper, not a test)."""

from __future__ import annotations

import io

import numpy as np
import pymupdf
from PIL import Image

from jianzheng.extract.ocr import OcrEngine, OcrLine

A4 = (595.0, 842.0)
# Where each line is written (baseline at y + 12) and the point box a reader finds it in.
ROWS = [(72.0, 100.0), (72.0, 130.0), (72.0, 160.0), (72.0, 190.0)]

FORGED_LAYER = [
    "建设工程合同书",
    "乙方：新疆天山云数信息技术有限公司",
    "合同总价：¥2,450,000.00",
    "签订日期：2024年3月5日",
]
SHOWN = [
    "建设工程合同书",
    "乙方：新疆天山云数信息技术有限公司",
    "合同总价：人民币204.50万元",
    "签订日期：2024年3月5日",
]


def box_of(index: int, text: str) -> tuple[float, float, float, float]:
    """The point box of line ``index`` as insert_text lays it out at 12 pt."""
    x, y = ROWS[index]
    return (x, y - 11.0, x + 12.0 * len(text), y + 3.0)


def write(page: pymupdf.Page, lines: list[str], **options: object) -> None:
    for (x, y), text in zip(ROWS, lines, strict=False):
        page.insert_text((x, y), text, fontname="china-s", fontsize=12, **options)


def picture_of(lines: list[str], *, background: str = "white") -> bytes:
    """A PNG of an A4 page showing ``lines`` where ROWS puts them (150 DPI), as a scanner would make it."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    write(page, lines)
    pix = page.get_pixmap(dpi=150, alpha=False)
    image = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    if background != "white":
        image = Image.blend(image, Image.new("RGB", image.size, background), 0.1)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def text_under_picture(layer: list[str], shown: list[str]) -> bytes:
    """A digital page whose text is then covered by a full-page picture showing other text."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    write(page, layer)
    page.insert_image(page.rect, stream=picture_of(shown))
    return doc.tobytes()


def scan_with_invisible_layer(layer: list[str], shown: list[str]) -> bytes:
    """A scanned page (a picture) with an OCR layer in render mode 3 over it, as scanners write them."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_image(page.rect, stream=picture_of(shown))
    write(page, layer, render_mode=3)
    return doc.tobytes()


def text_pdf(lines: list[str]) -> bytes:
    doc = pymupdf.open()
    write(doc.new_page(width=A4[0], height=A4[1]), lines)
    return doc.tobytes()


class ShownTextEngine(OcrEngine):
    """Reads the given lines where ROWS puts them (what the picture shows), with one confidence."""

    name = "shown-text"

    def __init__(self, lines: list[str], confidence: float = 0.97) -> None:
        self.lines = lines
        self.confidence = confidence
        self.calls = 0

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        self.calls += 1
        scale = image.shape[1] / A4[0]  # pixels per point of the rendered page
        return [
            OcrLine(text=text, box=tuple(v * scale for v in box_of(i, text)), confidence=self.confidence)
            for i, text in enumerate(self.lines)
        ]
