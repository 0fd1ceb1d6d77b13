"""DECLARATION_FORM_MISMATCH: the stamped form against the declaration, on hand-built forms."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from verify_builders import CODE, ENTERPRISE, codes, context, declaration, doc, project_row, run

from jianzheng.models import (
    DeclarationFormFields,
    DocType,
    Extracted,
    FormFinanceRow,
    Page,
    Seal,
    TextSource,
    Word,
)
from jianzheng.verify import CheckContext
from jianzheng.verify.checks.declaration_form import declaration_form_matches

FINANCE_TEXT = "年度 营业收入(万元) 系统集成收入(万元) 净利润(万元) / 2024 5230.00 4180.00 310.00"


def read(value: Any, text: str, confidence: float = 1.0, page: int = 1) -> Extracted[Any]:
    return Extracted(
        value=value, confidence=confidence, page=page, bbox=(60.0, 300.0, 500.0, 320.0), text=text
    )


def form_fields(**changes: Any) -> DeclarationFormFields:
    """A form that says what verify_builders.declaration() declares, figures printed in 万元."""
    row = FormFinanceRow(
        year=2024,
        operating_revenue=Decimal("52300000.00"),
        system_integration_revenue=Decimal("41800000.00"),
        net_profit=Decimal("3100000.00"),
    )
    values: dict[str, Any] = {
        "company_name": read(ENTERPRISE, f"企业名称 {ENTERPRISE}"),
        "credit_code": read(CODE, f"统一社会信用代码 {CODE}"),
        "grade": read("乙", "资质等级 二级"),
        "technical_total": read(34, "技术人员总数 34人"),
        "certified_total": read(9, "持证项目经理人数 9"),
        "finance": read([row], FINANCE_TEXT),
        "project_count": read(1, "完成项目数 1个"),
        "project_total": read(Decimal("2450000.00"), "合同金额合计(万元) 245.00"),
        "has_seal": read(True, "印章"),
    }
    values.update(changes)
    return DeclarationFormFields(**{k: v for k, v in values.items() if v is not None})


def form(fields: DeclarationFormFields, text_source: str = "text", file: str = "申报表.pdf") -> Any:
    return doc("D9", DocType.declaration_form, fields, file=file, text_source=text_source)


def check(fields: DeclarationFormFields, decl: Any = None, **kw: Any) -> list[Any]:
    return run(declaration_form_matches, context(decl or declaration(), [form(fields, **kw)]))


def test_a_form_that_says_what_was_declared_raises_nothing():
    assert check(form_fields()) == []


def test_no_form_says_nothing():
    assert run(declaration_form_matches, context(declaration(), [])) == []


def test_every_differing_field_in_one_finding():
    total = read(Decimal("2900000.00"), "合同金额合计(万元) 290.00")
    row = FormFinanceRow(
        year=2024,
        operating_revenue=Decimal("64300000.00"),
        system_integration_revenue=Decimal("41800000.00"),
        net_profit=Decimal("3100000.00"),
    )
    finance = read([row], FINANCE_TEXT.replace("5230.00", "6430.00"))
    (finding,) = check(form_fields(project_total=total, finance=finance, grade=read("丙", "资质等级 三级")))
    assert finding.code.value == "DECLARATION_FORM_MISMATCH" and finding.severity.value == "error"
    assert "合同金额合计 申报 245.00 万元，申报表 290.00 万元" in finding.message
    assert "2024 年营业收入 申报 5230.00 万元，申报表 6430.00 万元" in finding.message
    assert "资质等级 申报 乙，申报表 丙" in finding.message
    assert "合同金额合计=2450000.00" in (finding.declared or "")
    assert {e.text for e in finding.evidence} >= {"合同金额合计(万元) 290.00", "资质等级 三级"}


def test_money_matches_at_the_coarser_precision_of_form_and_declaration():
    # The form prints 245.00 万元 (to 100 yuan); the declaration says 2450030.00.
    decl = declaration(projects=[project_row(amount="2450030.00")])
    assert check(form_fields(), decl) == []
    # 245.01 万元 is 100 yuan off at the form's own precision: a difference.
    off = read(Decimal("2450100.00"), "合同金额合计(万元) 245.01")
    assert codes(check(form_fields(project_total=off))) == ["DECLARATION_FORM_MISMATCH"]


def test_staff_counts_and_project_count_differ():
    (finding,) = check(
        form_fields(technical_total=read(28, "技术人员总数 28人"), project_count=read(2, "项目数 2"))
    )
    assert "技术人员总数 申报 34，申报表 28" in finding.message
    assert "项目数 申报 1，申报表 2" in finding.message


def test_other_enterprise_and_other_code_are_errors():
    other = "新疆昆仑云图数据科技有限公司"
    code = CODE[:-3] + "X7" + CODE[-1]
    found = check(form_fields(company_name=read(other, f"企业名称 {other}"), credit_code=read(code, code)))
    assert codes(found) == ["DECLARATION_FORM_MISMATCH"]
    assert "企业名称" in found[0].message and "统一社会信用代码" in found[0].message


def test_company_form_spellings_are_the_same_company():
    spelled = ENTERPRISE.replace("有限公司", "有限责任公司")
    assert check(form_fields(company_name=read(spelled, spelled))) == []


def test_an_unsure_reading_is_needs_review_not_an_error():
    unsure = read(Decimal("2900000.00"), "合计 290.00", confidence=0.6)
    (finding,) = check(form_fields(project_total=unsure), text_source="ocr")
    assert finding.code.value == "NEEDS_REVIEW" and finding.severity.value == "warning"
    assert "declaration_form" in finding.message and "第 1 页读得 290.00 万元" in finding.message


def test_a_declared_value_printed_elsewhere_on_the_form_is_no_plain_difference():
    # The labelled total reads 290.00, but the form also prints the declared 245.00 (a table row).
    total = read(Decimal("2900000.00"), "合同金额合计(万元) 290.00 其中 245.00")
    assert codes(check(form_fields(project_total=total))) == ["NEEDS_REVIEW"]


def test_unread_fields_are_needs_review():
    (finding,) = check(form_fields(project_total=None, finance=None))
    assert finding.code.value == "NEEDS_REVIEW"
    assert "合同金额合计 申报 245.00 万元" in finding.message and "未读出" in finding.message


def test_a_text_layer_form_without_seal_is_a_mismatch():
    (finding,) = check(form_fields(has_seal=read(False, "", confidence=0.6)))
    assert finding.code.value == "DECLARATION_FORM_MISMATCH" and "企业印章" in finding.message


def _page(number: int, seals: list[Seal]) -> Page:
    word = Word(text="年检申报表", bbox=(200.0, 60.0, 300.0, 80.0), confidence=0.95, source=TextSource.ocr)
    return Page(
        file="申报表.pdf", number=number, width=595.0, height=842.0, words=[word],
        text_source=TextSource.ocr, seals=seals,
    )  # fmt: skip


def test_a_grey_scan_without_seal_cannot_say_the_seal_is_missing():
    fields = form_fields(has_seal=read(False, "", confidence=0.8))
    document = form(fields, text_source="ocr")
    decl = declaration()
    grey = CheckContext(declaration=decl, documents=[document], pages={("申报表.pdf", 1): _page(1, [])})
    (finding,) = run(declaration_form_matches, grey)
    assert finding.code.value == "NEEDS_REVIEW" and "企业印章" in finding.message
    # A colour scan of the same file shows a seal elsewhere: absence on the form is believed.
    seal = Seal(bbox=(300.0, 600.0, 400.0, 700.0), confidence=0.9)
    pages = {("申报表.pdf", 1): _page(1, []), ("申报表.pdf", 2): _page(2, [seal])}
    colour = CheckContext(declaration=decl, documents=[document], pages=pages)
    assert codes(run(declaration_form_matches, colour)) == ["DECLARATION_FORM_MISMATCH"]


def test_a_page_typed_as_a_form_on_little_evidence_raises_no_error():
    # A tax return mistyped as the form: the enterprise's name and no seal, none of the form's own fields.
    bare = DeclarationFormFields(
        company_name=read(ENTERPRISE, f"纳税人名称 {ENTERPRISE}"), has_seal=read(False, "", confidence=0.6)
    )
    (finding,) = check(bare)
    assert finding.code.value == "NEEDS_REVIEW" and "企业印章" in finding.message


def test_a_scanned_code_one_character_off_is_a_misreading_to_review():
    last = "0" if CODE[-2] != "0" else "1"
    misread = CODE[:-2] + last + CODE[-1]
    scanned = check(form_fields(credit_code=read(misread, misread)), text_source="ocr")
    assert codes(scanned) == ["NEEDS_REVIEW"]
    # The same code in a text layer is what the company printed: a difference.
    assert codes(check(form_fields(credit_code=read(misread, misread)))) == ["DECLARATION_FORM_MISMATCH"]
