"""The real PP-OCR model end to end: accuracy on a real invoice render, upright turning, seal lifting."""

from __future__ import annotations

from collections import Counter
from functools import cache

import cv2
import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageDraw

from jianzheng.extract.ocr.rapid import RapidOcrEngine
from jianzheng.extract.read import read_file
from jianzheng.extract.readers.source import SourcePage
from jianzheng.extract.reading_rules import rules
from jianzheng.extract.scan import build_page

pytestmark = pytest.mark.slow

# Measured on the Henan e-invoice render (96 DPI): 0.967 of the text layer's
# characters are found (bag of characters, order-free). The bar leaves room for
# thread-count and platform differences of ONNX Runtime.
MIN_CHAR_RECALL = 0.93


@cache
def engine() -> RapidOcrEngine:
    return RapidOcrEngine()


def _bag(text: str) -> Counter[str]:
    return Counter("".join(text.split()))


def test_invoice_render_ocr_matches_its_text_layer(real_docs):
    folder = real_docs / "invoice"
    with pymupdf.open(folder / "henan_vat_e_invoice.pdf") as doc:
        truth = _bag(doc[0].get_text())
    path = folder / "henan_vat_e_invoice_render.png"
    (page,) = list(read_file(path, path.name, engine=engine()))
    found = _bag(page.text)
    recall = sum((truth & found).values()) / sum(truth.values())
    assert recall >= MIN_CHAR_RECALL
    assert "32321709" in page.text.replace(" ", "")


def _rendered_text_page(lines: list[str]) -> np.ndarray:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=420)
    for i, line in enumerate(lines):
        page.insert_text((60, 80 + i * 40), line, fontname="china-s", fontsize=16)
    pix = page.get_pixmap(dpi=200)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)[:, :, :3].copy()


def _scan(pixels: np.ndarray, dpi: float = 200.0) -> SourcePage:
    return SourcePage(
        number=1,
        width=pixels.shape[1] * 72 / dpi,
        height=pixels.shape[0] * 72 / dpi,
        scan=True,
        effective_dpi=dpi,
        render=lambda _dpi: (pixels, dpi),
    )


LINES = [
    "合同总价：人民币贰佰肆拾伍万元整",
    "甲方：乌鲁木齐市数据局",
    "乙方：新疆天山云数信息技术有限公司",
    "签订日期：2024年3月5日",
]


@pytest.mark.parametrize("turn", [cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_180, cv2.ROTATE_90_COUNTERCLOCKWISE])
def test_rotated_page_is_turned_upright(turn):
    upright = _rendered_text_page(LINES)
    page = build_page(_scan(cv2.rotate(upright, turn)), file="t.png", engine=engine(), rules=rules())
    assert page.width > page.height  # back to landscape as drawn
    assert "贰佰肆拾伍万元整" in page.text and "2024年3月5日" in page.text


def test_text_under_a_red_seal_is_read():
    pixels = _rendered_text_page(LINES)
    image = Image.fromarray(pixels)
    draw = ImageDraw.Draw(image)
    # A 42 mm round seal (330 px at 200 DPI) centred on the amount line, ring, star and a filled band.
    cx, cy, r = 420, 225, 165
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(230, 30, 40), width=12)
    draw.ellipse((cx - r + 40, cy - r + 40, cx + r - 40, cy + r - 40), outline=(230, 30, 40), width=8)
    draw.regular_polygon((cx, cy, 45), 5, fill=(230, 30, 40))
    stamped = np.asarray(image).copy()
    # Seal ink over black text: multiply, so text stays dark where it lies under red.
    page = build_page(_scan(np.minimum(stamped, pixels)), file="s.png", engine=engine(), rules=rules())
    assert len(page.seals) == 1
    x0, y0, x1, y1 = page.seals[0].bbox
    assert abs((x0 + x1) / 2 - cx * 72 / 200) < 10 and abs((y0 + y1) / 2 - cy * 72 / 200) < 10
    assert "贰佰肆拾伍万元整" in page.text.replace(" ", "")


def test_a_line_the_seal_band_cuts_through_is_detected_again_whole():
    # The band of rows re-detected after a seal is lifted starts a fifth of the seal's height above it:
    # a line just above the seal, its centre inside that band, is detected again whole, not halved.
    pixels = _rendered_text_page(LINES)
    detected = engine()._detect(pixels)
    line = max(detected, key=lambda box: float(np.ptp(box[:, 0])))  # the widest: 乙方's line
    top, bottom = int(line[:, 1].min()), int(line[:, 1].max())
    middle = (top + bottom) // 2
    engine()._keep(pixels, detected)
    lifted = pixels.copy()
    engine().rows_changed(pixels, lifted, [(middle - 2, middle + 200)])
    # Its upper half cut off, 天 read as 大.
    assert "新疆天山云数信息技术有限公司" in "".join(found.text for found in engine().recognize(lifted))


def _untagged_jpeg(tmp_path, name: str, size_pt: tuple[float, float], font_pt: float, dpi: float):
    doc = pymupdf.open()
    page = doc.new_page(width=size_pt[0], height=size_pt[1])
    for i in range(6):
        page.insert_text(
            (40, 60 + i * 2.2 * font_pt),
            "购买方名称新疆信息技术有限公司",
            fontname="china-s",
            fontsize=font_pt,
        )
    pix = page.get_pixmap(dpi=dpi)
    pixels = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)[:, :, :3]
    path = tmp_path / name
    Image.fromarray(pixels).save(path, quality=90)  # no DPI tag: a forwarded photo
    return path


def test_an_untagged_invoice_picture_is_judged_by_its_texts_size(tmp_path):
    # A whole invoice (240 x 140 mm) forwarded at 1080 px: taken as A4 it would be 92 DPI, but its
    # 10-pt text is 15 px a character, as readable as 100-DPI body text.
    invoice = _untagged_jpeg(tmp_path, "invoice.jpg", (680, 397), 10.0, 114)
    (page,) = list(read_file(invoice, invoice.name, engine=engine()))
    assert page.quality is not None and page.quality.readable
    # An A4 page at 80 DPI with body-size text stays too coarse: its text is as small as the guess says.
    coarse = _untagged_jpeg(tmp_path, "coarse.jpg", (595, 842), 10.5, 80)
    (page,) = list(read_file(coarse, coarse.name, engine=engine()))
    assert page.quality is not None and not page.quality.readable
