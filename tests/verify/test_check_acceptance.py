"""Acceptance checks on each declared project's acceptance report."""

from __future__ import annotations

import datetime as dt

from verify_builders import acceptance, codes, context, contract, declaration, invoice, project_row, run

from jianzheng.models import TextSource
from jianzheng.verify.checks import acceptance as acc
from jianzheng.verify.checks.contract import signing


def test_acceptance_missing_when_a_contract_has_neither_report_nor_invoice():
    found = run(acc.acceptance_missing, context(declaration(), [contract()]))
    assert codes(found) == ["ACCEPTANCE_MISSING"]
    assert found[0].evidence[0].document == "D2"
    assert run(acc.acceptance_missing, context(declaration(), [contract(), acceptance()])) == []
    assert run(acc.acceptance_missing, context(declaration(), [contract(), invoice()])) == []
    assert run(acc.acceptance_missing, context(declaration(), [])) == []  # no contract: another code


def test_acceptance_before_signing():
    docs = [contract(signed="2024-03-05"), acceptance(accepted="2024-02-01")]
    found = run(acc.acceptance_before_signing, context(declaration(), docs))
    assert codes(found) == ["ACCEPTANCE_BEFORE_SIGNING"]
    assert found[0].message == "验收日期 2024-02-01 早于合同签订日期 2024-03-05"
    assert run(acc.acceptance_before_signing, context(declaration(), [contract(), acceptance()])) == []


def test_a_contract_dated_after_its_acceptance_against_an_earlier_declared_date_is_one_cause():
    # Declared signed 2024-03-05, accepted 2024-06-01; the contract prints 2024-07-10. The contract's
    # date is the one cause: DATE_MISMATCH says it (and that it falls after the acceptance).
    decl = declaration(projects=[project_row(accepted="2024-06-01")])
    docs = [contract(signed="2024-07-10"), acceptance(accepted="2024-06-01")]
    assert run(acc.acceptance_before_signing, context(decl, docs)) == []
    found = run(signing.contract_signed_on, context(decl, docs))
    assert codes(found) == ["DATE_MISMATCH"]
    assert "晚于申报的验收日期 2024-06-01" in found[0].message


def test_acceptance_out_of_period_outside_the_year_or_in_the_future():
    decl = declaration(projects=[project_row(accepted="2023-12-20")])
    found = run(acc.acceptance_out_of_period, context(decl, [contract(), acceptance(accepted="2023-12-20")]))
    assert codes(found) == ["ACCEPTANCE_OUT_OF_PERIOD"]
    assert "不在 2024 年度内" in found[0].message
    future = context(declaration(), [contract(), acceptance()], today=dt.date(2024, 11, 1))
    assert codes(run(acc.acceptance_out_of_period, future)) == ["ACCEPTANCE_OUT_OF_PERIOD"]
    assert run(acc.acceptance_out_of_period, context(declaration(), [contract(), acceptance()])) == []


def test_a_final_report_and_the_sheet_bound_after_it_out_of_the_year_are_one_finding():
    # 竣工（终验）验收报告 and the 监理 sign-off sheet after it, both dated 2025-01-21.
    decl = declaration(projects=[project_row(accepted="2025-01-21")])
    docs = [contract(), acceptance(accepted="2025-01-21"), acceptance("D4", accepted="2025-01-21")]
    [finding] = run(acc.acceptance_out_of_period, context(decl, docs))
    assert finding.code == "ACCEPTANCE_OUT_OF_PERIOD"
    assert finding.documents == ["D3", "D4"]
    assert len(finding.evidence) == 2


def _faintly_dated(accepted: str):
    report = acceptance(accepted=accepted)
    assert report.fields.accepted_on is not None
    faint = report.fields.accepted_on.model_copy(update={"confidence": 0.5})
    fields = report.fields.model_copy(update={"accepted_on": faint})
    return report.model_copy(update={"text_source": TextSource.ocr, "fields": fields})


def test_a_faint_date_out_of_the_year_needs_review_unless_the_declaration_states_it_too():
    declared_in_year = declaration(projects=[project_row(accepted="2024-06-20")])
    found = run(
        acc.acceptance_out_of_period, context(declared_in_year, [contract(), _faintly_dated("2023-12-18")])
    )
    assert codes(found) == ["NEEDS_REVIEW"]
    # The enterprise declares the same date the report shows: the two agree, the date is plain.
    declared_same = declaration(projects=[project_row(accepted="2023-12-18")])
    found = run(
        acc.acceptance_out_of_period, context(declared_same, [contract(), _faintly_dated("2023-12-18")])
    )
    assert codes(found) == ["ACCEPTANCE_OUT_OF_PERIOD"]


def test_a_preliminary_acceptance_before_the_year_is_a_stage_of_a_project_completed_in_it():
    # 初验 2023-11-08, 终验 2024-07-19 (declared): the project was completed in 2024.
    decl = declaration(projects=[project_row(accepted="2024-07-19")])
    staged = [contract(), acceptance("D3", accepted="2023-11-08"), acceptance("D4", accepted="2024-07-19")]
    assert run(acc.acceptance_out_of_period, context(decl, staged)) == []
    # The last acceptance after the year is the completion: out of period.
    late = [contract(), acceptance("D3", accepted="2024-11-08"), acceptance("D4", accepted="2025-01-19")]
    found = run(acc.acceptance_out_of_period, context(decl, late, today=dt.date(2025, 3, 1)))
    assert codes(found) == ["ACCEPTANCE_OUT_OF_PERIOD"]
    assert found[0].documents == ["D4"]


def test_a_declared_acceptance_date_outside_the_year_counts_when_no_report_gives_one():
    decl = declaration(projects=[project_row(accepted="2025-01-10")])
    found = run(acc.acceptance_out_of_period, context(decl, [contract()], today=dt.date(2025, 2, 1)))
    assert codes(found) == ["ACCEPTANCE_OUT_OF_PERIOD"]


def test_acceptance_not_passed():
    found = run(acc.acceptance_not_passed, context(declaration(), [contract(), acceptance(passed=False)]))
    assert codes(found) == ["ACCEPTANCE_NOT_PASSED"]
    assert run(acc.acceptance_not_passed, context(declaration(), [contract(), acceptance(passed=True)])) == []
    assert run(acc.acceptance_not_passed, context(declaration(), [contract(), acceptance(passed=None)])) == []


def test_acceptance_seal_missing():
    found = run(acc.acceptance_seal, context(declaration(), [contract(), acceptance(seal=False)]))
    assert codes(found) == ["SEAL_MISSING"]
    assert run(acc.acceptance_seal, context(declaration(), [contract(), acceptance(seal=True)])) == []


def test_acceptance_date_mismatch_with_the_declared_date():
    found = run(acc.acceptance_date, context(declaration(), [contract(), acceptance(accepted="2024-10-20")]))
    assert codes(found) == ["DATE_MISMATCH"]
    assert found[0].declared == "2024-11-20" and found[0].found == "2024-10-20"
    two = [contract(), acceptance("D3", accepted="2024-10-20"), acceptance("D4", accepted="2024-11-20")]
    assert run(acc.acceptance_date, context(declaration(), two)) == []


def test_the_declared_date_on_an_undated_acceptance_paper_of_the_project_agrees():
    # A dated 测试报告 (2024-10-20) and a 终验报告 whose date stands alone on its cover, unread as a
    # field: the reviewer finds the declared 2024-11-20 there.
    from dataclasses import replace

    from jianzheng.models import Page, Word

    date = Word(text="2024年11月20日", bbox=(250.0, 700.0, 350.0, 712.0), confidence=0.95, source="ocr")
    cover = Page(file="final.pdf", number=4, width=595.0, height=842.0, text_source="ocr", words=[date])
    docs = [
        contract(),
        acceptance("D3", accepted="2024-10-20"),
        acceptance("D4", accepted=None, file="final.pdf"),
    ]
    assert codes(run(acc.acceptance_date, context(declaration(), docs))) == ["DATE_MISMATCH"]
    with_cover = replace(context(declaration(), docs), pages={("final.pdf", 4): cover})
    assert run(acc.acceptance_date, with_cover) == []


def _pages(file: str, seal_on: set[int], *, photo: bool = False, **quality):
    from jianzheng.models import Page, PageQuality, Seal

    return {
        (file, n): Page(
            file=file,
            number=n,
            width=595.0,
            height=842.0,
            text_source="ocr",
            seals=[Seal(bbox=(80.0, 440.0, 200.0, 560.0))] if n in seal_on else [],
            quality=PageQuality(**quality) if quality else None,
            sheet=[(0.0, 0.0), (595.0, 0.0), (595.0, 842.0), (0.0, 842.0)] if photo else None,
        )
        for n in (1, 2, 3, 4)
    }


def test_no_seal_on_a_scan_is_decided_where_the_reader_would_have_seen_one():
    from dataclasses import replace

    scanned = acceptance(seal=False).model_copy(update={"text_source": "ocr"})
    ctx = context(declaration(), [contract(), scanned])
    # A seal seen elsewhere in the file: the detector sees this scan's seals.
    colour = replace(ctx, pages=_pages("scan_01.pdf", {3}))
    assert codes(run(acc.acceptance_seal, colour)) == ["SEAL_MISSING"]
    # A readable grey scan: red seals lose their colour, not their outline (seal-recall).
    grey = replace(ctx, pages=_pages("scan_01.pdf", set(), dpi=200.0))
    assert codes(run(acc.acceptance_seal, grey)) == ["SEAL_MISSING"]
    # A 1-bit scan may have dropped a pale seal, a seal over a table may be unconfirmed; a photo's glare may hide one; a page too poor to
    # read shows nothing for sure; a page of unknown quality says nothing.
    for unsure in (
        _pages("scan_01.pdf", set(), dpi=200.0, seals_certain=False),
        # ...even where the reader saw a seal on another page of that 1-bit file.
        _pages("scan_01.pdf", {3}, dpi=200.0, seals_certain=False),
        _pages("scan_01.pdf", set(), photo=True, dpi=200.0),
        _pages("scan_01.pdf", set(), dpi=60.0, readable=False),
        _pages("scan_01.pdf", set()),
    ):
        assert run(acc.acceptance_seal, replace(ctx, pages=unsure)) == []


def test_an_acceptance_naming_another_company_as_contractor_is_a_party_mismatch():
    other = acceptance(party_b="新疆某某智能科技有限公司")
    found = run(acc.acceptance_contractor, context(declaration(), [contract(), other]))
    assert codes(found) == ["PARTY_MISMATCH"]
    assert found[0].message.startswith("验收报告承建单位与申报企业不一致")
    assert found[0].found == "新疆某某智能科技有限公司"


def test_an_acceptance_naming_the_enterprise_the_client_or_no_company_is_left_alone():
    ours = acceptance()
    # A subcontract: the end client accepted the general contractor, the contract's 甲方.
    upstream = acceptance(party_b="乌鲁木齐市沙依巴克区数据局")
    lab = acceptance(party_b="新疆维吾尔自治区软件测评中心")
    silent = acceptance(party_b=None)
    for doc in (ours, upstream, lab, silent):
        assert run(acc.acceptance_contractor, context(declaration(), [contract(), doc])) == []


def _titled(file: str, title: str):
    from jianzheng.models import Page, Word

    word = Word(text=title, bbox=(200.0, 60.0, 400.0, 80.0), confidence=0.99, source="ocr")
    return {(file, 4): Page(file=file, number=4, width=595.0, height=842.0, text_source="ocr", words=[word])}


def test_the_declared_date_of_a_preliminary_acceptance_when_a_later_one_passes_is_a_date_mismatch():
    from dataclasses import replace

    # Declared 2024-11-20: the 初验's date; the 终验 passed on 2024-12-10.
    docs = [
        contract(),
        acceptance("D3", accepted="2024-11-20", file="prelim.pdf"),
        acceptance("D4", accepted="2024-12-10", file="final.pdf"),
    ]
    titled = _titled("prelim.pdf", "项目初步验收报告") | _titled("final.pdf", "项目终验报告")
    found = run(acc.acceptance_date, replace(context(declaration(), docs), pages=titled))
    assert codes(found) == ["DATE_MISMATCH"]
    assert found[0].found == "2024-12-10" and "初步验收" in found[0].message
    # Two reports neither of which says it is preliminary: the declared date is on one of them.
    plain = _titled("prelim.pdf", "项目验收报告") | _titled("final.pdf", "项目验收报告")
    assert run(acc.acceptance_date, replace(context(declaration(), docs), pages=plain)) == []


def test_a_failed_acceptance_followed_by_a_later_pass_is_a_stage():
    docs = [
        contract(),
        acceptance("D3", accepted="2024-11-01", passed=False, file="first.pdf"),
        acceptance("D4", accepted="2024-11-20", passed=True, file="recheck.pdf"),
    ]
    assert run(acc.acceptance_not_passed, context(declaration(), docs)) == []
    # The pass came first, the failure last: the project's verdict is the failure.
    docs[1], docs[2] = (
        acceptance("D3", accepted="2024-11-20", passed=False, file="first.pdf"),
        acceptance("D4", accepted="2024-11-01", passed=True, file="recheck.pdf"),
    )
    assert codes(run(acc.acceptance_not_passed, context(declaration(), docs))) == ["ACCEPTANCE_NOT_PASSED"]


def test_an_acceptance_naming_another_client_is_a_party_mismatch():
    other = acceptance(party_a="乌鲁木齐市沙依巴克区发展和改革委员会")
    found = run(acc.acceptance_client, context(declaration(), [contract(), other]))
    assert codes(found) == ["PARTY_MISMATCH"]
    assert found[0].found == "乌鲁木齐市沙依巴克区发展和改革委员会"
    # A letter's signer (read at 0.8, no role label) may act for the client: not compared.
    signer = other.fields.party_a.model_copy(update={"confidence": 0.8})
    letter = other.model_copy(update={"fields": other.fields.model_copy(update={"party_a": signer})})
    assert run(acc.acceptance_client, context(declaration(), [contract(), letter])) == []
    # The contract's own 甲方, the enterprise, or no client named: nothing to say here.
    for party_a in ("乌鲁木齐市沙依巴克区数据局", None):
        assert (
            run(acc.acceptance_client, context(declaration(), [contract(), acceptance(party_a=party_a)]))
            == []
        )
