"""Names the filing's own papers tie together: a renamed firm, a client merged by 机构改革."""

from __future__ import annotations

from dataclasses import replace

from verify_builders import ENTERPRISE, audit_doc, codes, context, contract, declaration, doc, run

from jianzheng.models import DocType, Page, Word
from jianzheng.verify.checks.contract import parties
from jianzheng.verify.former_names import former_names, other_names
from jianzheng.verify.lookup import document_lines
from jianzheng.verify.normalise import normalise_company

FORMER = "新疆天山电子工程有限公司"


def _page(file: str, *lines: str) -> Page:
    words = [Word(text=t, bbox=(60, 100 + 20 * i, 540, 118 + 20 * i)) for i, t in enumerate(lines)]
    return Page(file=file, number=1, width=595.0, height=842.0, words=words)


def went_by(pairs: list[tuple[str, str]], declared: str, read: str) -> bool:
    # the way the party check asks: a name the filing ties to the declared one, standing in the read one
    return any(
        normalise_company(name).endswith(normalise_company(read)) for name in other_names(pairs, declared)
    )


def _pairs(*lines: str) -> list[tuple[str, str]]:
    page = _page("x.pdf", *lines)
    return former_names(
        document_lines({page.key: page}, doc("D9", DocType.other, None, file="x.pdf", pages=[1]))
    )


def test_the_spellings_that_tie_a_former_name_to_the_current_one():
    said = [
        # an audit report's opening
        ("我们审计了新疆天山云数信息技术有限公司（原名新疆天山电子工程有限公司，以下简称“贵公司”）",),
        # the registrar's change notice: 名称 | 变更前 | 变更后
        ("变更事项 变更前 变更后", f"名称 {FORMER} {ENTERPRISE}"),
        (f"经核准，企业名称由{FORMER}变更为{ENTERPRISE}。",),
    ]
    for lines in said:
        assert went_by(_pairs(*lines), ENTERPRISE, FORMER), lines
    # a client merged into another body, in its successor's letter; and an acceptance's note
    merged = _pairs("组建博乐市数据局，将原博乐市信息中心的职责整合划入博乐市数据局，不再保留。")
    assert went_by(merged, "博乐市数据局", "博乐市信息中心")
    assert went_by(_pairs("建设单位 博乐市数据局（原博乐市信息中心）"), "博乐市信息中心", "博乐市数据局")


def test_a_name_that_only_looks_alike_is_tied_to_nothing():
    assert not went_by(
        _pairs("乙方：新疆天山云数信息科技有限公司"), ENTERPRISE, "新疆天山云数信息科技有限公司"
    )
    assert not went_by(
        _pairs(f"变更事项 名称 {FORMER} {ENTERPRISE}"), ENTERPRISE, FORMER
    )  # no 变更前/后 table


def test_a_contract_signed_under_the_former_name_is_the_enterprises_when_the_filing_says_so():
    signed = contract(party_b=FORMER, file="合同.pdf")
    page = _page("合同.pdf", "甲方：乌鲁木齐市沙依巴克区数据局", f"乙方：{FORMER}")
    audit = audit_doc()
    audit = audit.model_copy(update={"file": "审计报告.pdf", "pages": [1]})
    opening = _page("审计报告.pdf", f"我们审计了{ENTERPRISE}（原名{FORMER}，以下简称“贵公司”）")
    alone = replace(context(declaration(), [signed]), pages={page.key: page})
    assert codes(run(parties.contract_parties, alone)) == ["PARTY_MISMATCH"]
    told = replace(context(declaration(), [signed, audit]), pages={page.key: page, opening.key: opening})
    assert run(parties.contract_parties, told) == []


def _signed(party_b: str, code: str) -> Page:
    return _page(
        "合同.pdf",
        "甲方（采购人）：乌鲁木齐市沙依巴克区数据局",
        "统一社会信用代码：11650103MB1746290A",
        f"乙方（供应商）：{party_b}",
        f"统一社会信用代码：{code}",
    )


def test_the_code_under_party_b_says_which_company_signed():
    from verify_builders import CODE, valid_code

    from jianzheng.models import Extracted

    lookalike = "新疆天山云数信息枝术有限公司"  # one character off: an OCR slip by its name alone
    other_code = valid_code("91650100MA78XYWQ3")
    for name, code, expected in (
        (lookalike, other_code, ["PARTY_MISMATCH"]),  # another company's code
        (FORMER, CODE, []),  # the enterprise's own code under its former name
        (f"{ENTERPRISE}阿拉山口分公司", other_code, ["NEEDS_REVIEW"]),  # its branch: its own code
        (ENTERPRISE, other_code, []),  # its name to the letter: the declared code is what is wrong
    ):
        page = _signed(name, code)
        party = Extracted[str](value=name, page=1, bbox=(60, 140, 540, 158), text=name)
        signed = contract(party_b=None, file="合同.pdf")
        signed = signed.model_copy(update={"fields": signed.fields.model_copy(update={"party_b": party})})
        ctx = replace(context(declaration(), [signed]), pages={page.key: page})
        assert codes(run(parties.contract_parties, ctx)) == expected, name
