"""数电 (fully digital) e-invoice as the tax bureau's XML file (the structured twin of the PDF)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from xml.etree import ElementTree as ET

import pymupdf

from jianzheng.models.document import DocType

from ..money_words import amount_words
from . import Rendered
from .invoice import InvoiceSpec


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


def invoice_xml(spec: InvoiceSpec) -> bytes:
    """The XML of a 数电 invoice: header, seller, buyer, totals, one item line, supervision info."""
    rate = Decimal("0.06") if "服务" in spec.item else Decimal("0.13")
    net = (spec.total / (1 + rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    tax = spec.total - net
    root = ET.Element("EInvoice")
    header = _sub(root, "Header")
    _sub(header, "EIid", spec.number)
    _sub(header, "EInvoiceTag", "SWEI6500")
    _sub(header, "Version", "0.32")
    data = _sub(root, "EInvoiceData")
    seller = _sub(data, "SellerInformation")
    _sub(seller, "SellerIdNum", spec.seller_code)
    _sub(seller, "SellerName", spec.seller)
    buyer = _sub(data, "BuyerInformation")
    _sub(buyer, "BuyerIdNum", spec.buyer_code)
    _sub(buyer, "BuyerName", spec.buyer)
    basic = _sub(data, "BasicInformation")
    _sub(basic, "TotalAmWithoutTax", f"{net:.2f}")
    _sub(basic, "TotalTaxAm", f"{tax:.2f}")
    _sub(basic, "TotalTax-includedAmount", f"{spec.total:.2f}")
    _sub(basic, "TotalTax-includedAmountInChinese", amount_words(spec.total))
    _sub(basic, "Drawer", "李娜")
    _sub(basic, "RequestTime", f"{spec.issued_on:%Y-%m-%d} 10:21:07")
    items = _sub(data, "IssuItemInformation")
    _sub(items, "ItemName", spec.item)
    _sub(items, "Quantity", "1")
    _sub(items, "Price", f"{net:.2f}")
    _sub(items, "Amount", f"{net:.2f}")
    _sub(items, "TaxRate", f"{rate:.2f}")
    _sub(items, "ComTaxAm", f"{tax:.2f}")
    info = _sub(root, "TaxSupervisionInfo")
    _sub(info, "InvoiceNumber", spec.number)
    _sub(info, "IssueTime", f"{spec.issued_on:%Y-%m-%d} 10:21:07")
    _sub(info, "TaxBureauCode", "16500000000")
    _sub(info, "TaxBureauName", "国家税务总局新疆维吾尔自治区税务局")
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def render_invoice_xml(spec: InvoiceSpec) -> tuple[Rendered, bytes]:
    """The XML bytes and a Rendered whose truth fields are the invoice's (one page, no QR)."""
    placeholder = pymupdf.open()
    placeholder.new_page()
    fields = {
        "invoice_number": spec.number,
        "issued_on": spec.issued_on.isoformat(),
        "buyer": spec.buyer,
        "seller": spec.seller,
        "total_amount": f"{spec.total:.2f}",
    }
    return Rendered(DocType.invoice, placeholder, fields, project_id=spec.project_id), invoice_xml(spec)
