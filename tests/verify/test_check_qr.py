"""QR_MISMATCH: decoded QR payloads against the printed invoice and license."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from verify_builders import CODE, codes, context, declaration, invoice, license_doc, run, valid_code

from jianzheng.verify.checks import qr


def test_invoice_qr_payload_is_parsed():
    number, amount, date = qr.parse_invoice_qr("01,32,,24652000000012345678,1000000.00,20241202,,A1B2")
    assert (
        number == "24652000000012345678" and amount == Decimal("1000000.00") and date == dt.date(2024, 12, 2)
    )
    assert qr.parse_invoice_qr("http://example.invalid") == (None, None, None)


def test_invoice_qr_disagreeing_with_the_printed_amount():
    doc = invoice(qr="01,32,,24652000000012345678,100000.00,20241202,,A1B2")
    found = run(qr.qr_mismatch, context(declaration(), [doc]))
    assert codes(found) == ["QR_MISMATCH"]
    assert "金额" in found[0].message


def test_a_total_the_invoice_prints_in_capital_numerals_beside_a_misread_figure_agrees():
    # OCR lost the 1 of ¥1,296,000.00; the words beside it and the QR say 1,296,000.
    from dataclasses import replace

    from jianzheng.models import Page, TextSource, Word

    doc = invoice(total="296000.00", qr="01,32,,24652000000012345678,1296000.00,20241202,,A1B2")
    line = "价税合计（大写） 壹佰贰拾玖万陆仟元整 （小写）¥296,000.00"
    page = Page(
        file=doc.file,
        number=doc.pages[0],
        width=595,
        height=842,
        text_source=TextSource.ocr,
        words=[Word(text=line, bbox=(40, 400, 40 + 9 * len(line), 412), source=TextSource.ocr)],
    )
    ctx = replace(context(declaration(), [doc]), pages={page.key: page})
    assert run(qr.qr_mismatch, ctx) == []
    assert codes(run(qr.qr_mismatch, context(declaration(), [doc]))) == ["QR_MISMATCH"]  # nothing shown


def test_invoice_qr_with_the_amount_before_vat_agrees():
    doc = invoice(total="1060000.00", qr="01,32,,24652000000012345678,1000000.00,20241202,,A1B2")
    assert run(qr.qr_mismatch, context(declaration(), [doc])) == []


def test_tax_rounded_line_by_line_on_a_long_goods_list_still_agrees():
    # A real 5-page e-invoice: 10000.00 in all, 9709.00 before 3 % tax rounded per line (291.00).
    assert qr.qr_amount_agrees(Decimal("9709.00"), Decimal("10000.00"))
    assert not qr.qr_amount_agrees(Decimal("1197310.00"), Decimal("1097310.00"))


def test_invoice_qr_number_and_date():
    doc = invoice(qr="01,32,,24652000000099999999,1000000.00,20241203,,A1B2")
    found = run(qr.qr_mismatch, context(declaration(), [doc]))
    assert codes(found) == ["QR_MISMATCH"]
    assert "发票号码" in found[0].message and "开票日期" in found[0].message


def test_license_qr_credit_code():
    other = valid_code("91650104MA79K8L9X")
    link = f"http://www.gsxt.gov.cn/index.html?uniscid={other}"
    assert codes(run(qr.qr_mismatch, context(declaration(), [license_doc(qr=link)]))) == ["QR_MISMATCH"]
    same = f"http://www.gsxt.gov.cn/index.html?uniscid={CODE}"
    assert run(qr.qr_mismatch, context(declaration(), [license_doc(qr=same)])) == []
    opaque = "http://www.gsxt.gov.cn/corp-query-entprise-info-xxx.html?id=A1B2C3"
    assert run(qr.qr_mismatch, context(declaration(), [license_doc(qr=opaque)])) == []
