"""QR codes on page images, decoded with zxing-cpp (payloads and where they are, in points)."""

from __future__ import annotations

import numpy as np
import zxingcpp

from jianzheng.models import PageCode


def decode_codes(image: np.ndarray, dpi: float) -> list[PageCode]:
    """Every QR (and Micro/rMQR) code zxing-cpp finds on an RGB or gray page image."""
    to_pt = 72.0 / dpi
    codes = []
    formats = zxingcpp.BarcodeFormats([zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode])
    for found in zxingcpp.read_barcodes(np.ascontiguousarray(image), formats=formats):
        if not found.valid or not found.text:
            continue
        pos = found.position
        xs = [pos.top_left.x, pos.top_right.x, pos.bottom_left.x, pos.bottom_right.x]
        ys = [pos.top_left.y, pos.top_right.y, pos.bottom_left.y, pos.bottom_right.y]
        codes.append(
            PageCode(
                payload=found.text,
                bbox=(min(xs) * to_pt, min(ys) * to_pt, max(xs) * to_pt, max(ys) * to_pt),
                format=str(found.format).rsplit(".", 1)[-1],
            )
        )
    return codes
