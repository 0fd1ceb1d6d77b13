"""One invoice uploaded twice, known by its number, 价税合计 and date (repeats.invoice_repeats)."""

from __future__ import annotations

from verify_builders import invoice

from jianzheng.models import Code, Evidence, Finding, Match
from jianzheng.verify.forensics.repeats import invoice_repeats


def test_the_same_invoice_in_two_files_is_one_document_twice():
    first = invoice("D4", number="74617595", total="1035810.00", file="终验报告及发票.pdf")
    again = invoice("D9", number="74617595", total="1035810.00", file="发票扫描.jpg")
    [finding] = invoice_repeats([first, again], [])
    assert finding.code == Code.DUPLICATE_DOCUMENT
    assert finding.documents == ["D9", "D4"]
    assert "74617595" in finding.message and "终验报告及发票.pdf" in finding.message


def test_another_amount_or_date_is_another_invoice():
    first = invoice("D4", number="74617595", total="1035810.00", file="a.pdf")
    assert (
        invoice_repeats([first, invoice("D9", number="74617595", total="35810.00", file="b.jpg")], []) == []
    )
    assert (
        invoice_repeats([first, invoice("D9", number="74617595", issued="2024-11-02", file="b.jpg")], [])
        == []
    )


def test_a_pair_the_page_comparison_reported_is_not_said_twice():
    first = invoice("D4", number="74617595", file="a.pdf")
    again = invoice("D9", number="74617595", file="b.jpg")
    pages = [Finding(code=Code.DUPLICATE_DOCUMENT, message="…", evidence=[Evidence(file="b.jpg", page=5)])]
    assert invoice_repeats([first, again], pages) == []


def test_an_e_invoice_in_two_formats_for_one_project_is_one_invoice():
    # The tax bureau issues a 数电票 as PDF and XML at once; both filed for P1 are no reuse.
    pdf = invoice("D6", number="25652000000234770583", file="dzfp.pdf")
    xml = invoice("D7", number="25652000000234770583", file="dzfp.xml")
    same = [Match(project_id="P1", documents=["D6", "D7"], score=1.0)]
    assert invoice_repeats([pdf, xml], [], same) == []
    # Filed for two projects, the one invoice backs both: that is the reuse a reviewer looks for.
    apart = [
        Match(project_id="P1", documents=["D6"], score=1.0),
        Match(project_id="P2", documents=["D7"], score=1.0),
    ]
    [finding] = invoice_repeats([pdf, xml], [], apart)
    assert finding.documents == ["D7", "D6"]
