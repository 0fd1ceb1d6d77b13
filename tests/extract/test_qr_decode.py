"""QR codes are decoded with their payload and bbox in points."""

from __future__ import annotations

import numpy as np
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
