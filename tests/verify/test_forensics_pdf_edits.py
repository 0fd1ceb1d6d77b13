"""PDF_EDITED: editing tools in the metadata, incremental revisions, and signatures."""

from __future__ import annotations

import pymupdf
from forensics_planted import contract_pdf, incremental_edit, signed_pdf

from jianzheng.models import Code
from jianzheng.verify.forensics.pdf_revisions import (
    editing_tool,
    parse_pdf_date,
    pdf_edit_signals,
    revision_ends,
)
from jianzheng.verify.forensics.signals import KeyArea
from jianzheng.verify.forensics.signatures import signature_signals


def test_a_clean_pdf_says_nothing():
    assert pdf_edit_signals(contract_pdf(), "c.pdf") == []


def test_an_incremental_save_quotes_the_first_revisions_amount():
    edited = incremental_edit(contract_pdf(), "204.50", "245.00")
    assert len(revision_ends(edited)) == 2
    area = KeyArea("contract_amount", 1, (72, 190, 400, 210), "")
    [signal] = pdf_edit_signals(edited, "c.pdf", {1}, [area])
    assert signal.code == Code.PDF_EDITED and signal.page == 1
    assert "204.50" in signal.earlier and "245.00" in signal.later
    assert "「合同金额」在首个版本中为" in signal.message
    x0, y0, x1, y1 = signal.bbox
    assert 72 < x0 < x1 < 400 and 180 < y0 < y1 < 215


def test_an_editing_tool_and_a_late_modification_date_are_named():
    doc = pymupdf.open(stream=contract_pdf(), filetype="pdf")
    doc.set_metadata(
        {
            "producer": "Foxit PhantomPDF 10.1",
            "creationDate": "D:20240305100000",
            "modDate": "D:20241201090000",
        }
    )
    [signal] = pdf_edit_signals(doc.tobytes(), "c.pdf")
    assert "Foxit PhantomPDF" in signal.message and "2024-12-01" in signal.message


def test_an_office_suite_exporting_through_its_own_pdf_engine_is_no_edit():
    # WPS 文字 exports as "WPS PDF", made and saved in the same minute, one revision.
    doc = pymupdf.open(stream=contract_pdf(), filetype="pdf")
    doc.set_metadata(
        {
            "creator": "WPS 文字",
            "producer": "WPS PDF",
            "creationDate": "D:20250128001600+08'00'",
            "modDate": "D:20250128001600+08'00'",
        }
    )
    assert pdf_edit_signals(doc.tobytes(), "c.pdf") == []


def test_metadata_helpers():
    assert editing_tool({"producer": "WPS PDF 11.1", "creator": ""}) == "WPS PDF 11.1"
    assert editing_tool({"producer": "Microsoft® Word 2016", "creator": "Microsoft® Word 2016"}) is None
    assert parse_pdf_date("D:20240305103000+08'00'").day == 5
    assert parse_pdf_date("garbage") is None


def test_an_intact_signature_is_a_reason_for_trust():
    [signal] = signature_signals(signed_pdf(contract_pdf()), "s.pdf")
    assert signal.code == Code.SIGNATURE_VALID and "测试签章有限公司" in signal.message


def test_a_change_after_signing_is_quoted_from_the_signed_revision():
    tampered = incremental_edit(signed_pdf(contract_pdf()), "204.50", "245.00")
    signals = signature_signals(tampered, "s.pdf")
    assert [s.code for s in signals] == [Code.PDF_EDITED]
    assert "签名时的版本" in signals[0].message and "204.50" in signals[0].earlier


def test_a_pdf_without_signatures_has_no_signature_signals():
    assert signature_signals(contract_pdf(), "c.pdf") == []
    assert signature_signals(b"%PDF-1.7 broken", "c.pdf") == []


def test_a_template_filled_months_later_by_a_library_is_no_edit():
    # e-invoices: a template PDF made in 2018 filled with the invoice's data in 2019 by iText.
    doc = pymupdf.open(stream=contract_pdf(), filetype="pdf")
    doc.set_metadata(
        {
            "producer": "iText 5.5.10; modified using iText 5.5.10",
            "creationDate": "D:20181019081724+08'00'",
            "modDate": "D:20190919194433+08'00'",
        }
    )
    assert pdf_edit_signals(doc.tobytes(), "invoice.pdf") == []


def test_real_e_invoices_are_not_edited(real_docs):
    for name in ("henan_vat_e_invoice.pdf", "shenzhen_vat_e_invoice.pdf"):
        assert pdf_edit_signals((real_docs / "invoice" / name).read_bytes(), name) == []
