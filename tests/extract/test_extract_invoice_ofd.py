"""Invoice fields of real OFD e-invoices, read by the project's reader, against their embedded tax-bureau XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from jianzheng.extract.fields.dates import parse_date
from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.extract.ocr import get_engine
from jianzheng.extract.read import read_file
from jianzheng.models import DocType
from jianzheng.models.settings import Settings

NS = {"fp": "http://www.edrm.org.cn/schema/e-invoice/2019"}


def xml_truth(path: Path) -> dict[str, str]:
    root = ET.parse(path).getroot()
    names = {"number": "InvoiceNo", "date": "IssueDate", "buyer": "BuyerName", "seller": "SellerName"}
    out = {
        key: (root.findtext(f".//fp:{tag}", default="", namespaces=NS) or "").strip()
        for key, tag in names.items()
    }
    out["total"] = (root.findtext(".//fp:TaxInclusiveTotalAmount", default="", namespaces=NS) or "").strip()
    return out


def _pairs(real_docs: Path) -> list[tuple[Path, Path]]:
    folder = real_docs / "ofd"
    return [
        (folder / x.name.replace(".original_invoice.xml", ".ofd"), x) for x in sorted(folder.glob("*.xml"))
    ]


def test_ofd_e_invoices_agree_with_their_xml(real_docs):
    checked = 0
    for ofd, xml in _pairs(real_docs):
        truth = xml_truth(xml)
        pages = list(read_file(ofd, ofd.name, engine=get_engine(Settings(ocr_engine="null"))))
        fields = EXTRACTORS[DocType.invoice](Reading.of(pages[:1]))
        assert fields.invoice_number and fields.invoice_number.value == truth["number"], ofd.name
        assert fields.total_amount and fields.total_amount.value == Decimal(truth["total"]), ofd.name
        if truth["date"]:
            assert fields.issued_on and fields.issued_on.value == parse_date(truth["date"]), ofd.name
        for key in ("buyer", "seller"):
            if (
                len(re.findall(r"[\u4e00-\u9fff]", truth[key])) >= 4
            ):  # a company name, not 个人 or a test label
                found = getattr(fields, key)
                assert found and found.value == truth[key], (ofd.name, key)
        checked += 1
    if not checked:
        pytest.skip("no OFD e-invoices with XML beside them")
