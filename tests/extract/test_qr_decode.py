"""QR codes are decoded with their payload and bbox in points."""

from __future__ import annotations

import numpy as np
import pymupdf
import zxingcpp

from jianzheng.extract.qr import decode_codes

PAYLOAD = "01,10,041001900111,32321709,91.59,20190919,66881990002947147011,89B0,"


def test_qr_payload_and_box_in_points():
    barcode = zxingcpp.create_barcode(PAYLOAD, zxingcpp.BarcodeFormat.QRCode)
    symbol = np.asarray(barcode.to_image(scale=6))
    page = np.full((1000, 800), 255, np.uint8)
    page[200 : 200 + symbol.shape[0], 100 : 100 + symbol.shape[1]] = symbol
    (code,) = decode_codes(page, dpi=200)
    assert code.payload == PAYLOAD
    x0, y0, x1, y1 = code.bbox
    assert 100 * 72 / 200 - 10 <= x0 <= x1 <= (100 + symbol.shape[1]) * 72 / 200 + 10
    assert 200 * 72 / 200 - 10 <= y0 <= y1 <= (200 + symbol.shape[0]) * 72 / 200 + 10


def test_page_without_codes():
    assert decode_codes(np.full((300, 300), 255, np.uint8), dpi=200) == []


def test_qr_drawn_as_vector_squares_on_a_text_page(tmp_path):
    # Some e-invoice exporters draw the code as one filled path of small squares, not a picture.
    from ocr_fakes import FakeEngine

    from jianzheng.extract.read import read_file

    modules = np.asarray(zxingcpp.create_barcode(PAYLOAD, zxingcpp.BarcodeFormat.QRCode).to_image(scale=1))
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text(
        (120, 60), "电子发票（普通发票） 发票号码：32321709 开票日期：2019年09月19日", fontname="china-s"
    )
    shape = page.new_shape()
    size = 2.0  # points a module: 21-odd modules, about 15 mm a side
    for row, col in zip(*np.nonzero(modules < 128), strict=True):
        shape.draw_rect(
            pymupdf.Rect(30 + col * size, 30 + row * size, 30 + (col + 1) * size, 30 + (row + 1) * size)
        )
    shape.finish(fill=(0, 0, 0), color=None)
    shape.commit()
    path = tmp_path / "数电票.pdf"
    doc.save(path)

    (read,) = list(read_file(path, path.name, engine=FakeEngine()))
    assert [code.payload for code in read.codes] == [PAYLOAD]
