"""QR codes on page images, decoded with zxing-cpp (payloads and where they are, in points)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

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


def parse_invoice_qr(payload: str) -> tuple[str | None, Decimal | None, dt.date | None]:
    """Number, amount and date of an invoice QR payload ("01,32,,number,amount,YYYYMMDD,…").

    The layout is the tax bureau's: version, invoice type, invoice code (empty on 全电
    invoices), number, amount, date, check code. A part that does not parse is None.
    """
    parts = [p.strip() for p in payload.split(",")]
    if len(parts) < 6:
        return None, None, None
    number = parts[3] or None
    try:
        amount: Decimal | None = Decimal(parts[4]) if parts[4] else None
    except InvalidOperation:
        amount = None
    try:
        date: dt.date | None = dt.datetime.strptime(parts[5], "%Y%m%d").date()
    except ValueError:
        date = None
    return number, amount, date
