"""Projects without contracts (the ten-largest rule), documents without projects, innovations."""

from __future__ import annotations

from verify_builders import acceptance, codes, context, contract, declaration, ip_doc, project_row, run

from jianzheng.models import Declaration, Extracted, Page, Severity, TextSource, Word
from jianzheng.verify import CheckContext
from jianzheng.verify.checks import evidence, innovation


def test_project_evidence_missing_is_an_error_among_the_ten_largest_and_info_below():
    rows = [
        project_row(f"P{i}", f"阿勒泰地区第{i}号基站改造", "阿勒泰地区通信管理局", f"{i}00000.00")
        for i in range(1, 13)
    ]
    found = run(evidence.project_evidence_missing, context(declaration(projects=rows), []))
    assert codes(found) == ["PROJECT_EVIDENCE_MISSING"] * 12
    severity = {f.project_id: f.severity for f in found}
    assert severity["P12"] == Severity.error and severity["P3"] == Severity.error
    assert severity["P1"] == Severity.info and severity["P2"] == Severity.info


def test_project_with_its_contract_has_evidence():
    assert run(evidence.project_evidence_missing, context(declaration(), [contract()])) == []


def test_document_unmatched_for_contracts_and_acceptance_reports_of_no_declared_project():
    stray = contract(
        "D8", name="喀什地区疏附县农村饮水安全工程", party_a="疏附县水利局", amount="3300000.00", file="z.pdf"
    )
    stray_acc = acceptance("D9", name="喀什地区疏附县农村饮水安全工程", party_a="疏附县水利局", file="z2.pdf")
    found = run(evidence.document_unmatched, context(declaration(), [contract(), stray, stray_acc]))
    assert codes(found) == ["DOCUMENT_UNMATCHED", "DOCUMENT_UNMATCHED"]
    assert all(f.severity == Severity.info for f in found)
    assert [f.documents for f in found] == [["D8"], ["D9"]]


def test_the_other_orders_and_copies_of_a_declared_projects_contract_are_not_unmatched():
    # A framework's orders in one file, each naming the project; the row declares one of them.
    declared = contract("D2", amount="2450000.00", file="框架协议及订单.pdf")
    first = contract("D3", amount="880000.00", file="框架协议及订单.pdf")
    # Filed apart, the same project with its client as party A is a copy or draft of the row's
    # contract; with another party A it is some other contract of that name.
    copy = contract("D4", amount="880000.00", file="合同（定稿）.docx")
    other = contract("D5", party_a="和田地区财政局", amount="880000.00", file="另一份.pdf")
    # A draft whose project name reads longer, but which bears the signed contract's number.
    draft = _numbered(
        contract("D6", name="乌鲁木齐市沙依巴克区政务云平台建设项目系统集成项目", file="稿.docx")
    )
    ctx = context(declaration(), [_numbered(declared), first, copy, other, draft])
    assert "D6" not in ctx.matched_ids()
    assert [f.documents for f in run(evidence.document_unmatched, ctx)] == [["D5"]]


def test_last_years_contract_of_the_same_title_renewed_is_unmatched():
    # nileke's 运维服务合同: signed each December with the same title, client and price.
    this_year = contract("D2", signed="2024-12-23", file="运维服务合同2025.pdf")
    last_year = contract("D4", signed="2023-12-26", file="附_2024年度运维服务合同.pdf")
    ctx = context(declaration(projects=[project_row(signed="2024-12-23")]), [this_year, last_year])
    assert [f.documents for f in run(evidence.document_unmatched, ctx)] == [["D4"]]
    # A 补充协议 filed apart, numbered after its contract: the row matched it (it states the new total
    # declared), and the contract it amends is the same project's.
    base = _numbered(contract("D2", amount="2200000.00", file="HIS合同.pdf"), "YNXRMYY-2025-HT015")
    supplement = _numbered(
        contract("D4", signed="2025-06-02", file="补充协议.pdf"), "YNXRMYY-2025-HT015-BC01"
    )
    ctx = context(declaration(), [supplement, base])
    assert "D4" in ctx.matched_ids() and run(evidence.document_unmatched, ctx) == []
    # Numbered on its own, the 补充协议 quotes its contract's number (nileke seed 2).
    own = _numbered(contract("D4", signed="2025-06-02", file="补充协议.pdf", pages=[1]), "YLZC2025-741-3")
    ctx = context(declaration(), [own, base])
    pages = {
        ("补充协议.pdf", 1): Page(
            file="补充协议.pdf",
            number=1,
            width=595,
            height=842,
            words=[
                Word(text="原合同编号：YNXRMYY-2025-HT015", bbox=(72, 100, 400, 114), source=TextSource.ocr)
            ],
        )
    }
    ctx = CheckContext(declaration=ctx.declaration, documents=ctx.documents, matches=ctx.matches, pages=pages)
    assert "D4" in ctx.matched_ids() and run(evidence.document_unmatched, ctx) == []


def test_a_page_of_a_matched_contract_uploaded_on_its_own_is_not_unmatched():
    first = contract(file="合同第1页.jpg", pages=[1])
    page_two = contract(
        "D5", name=None, party_a=None, party_b=None, signed=None, file="合同第2页.jpg", pages=[1]
    )
    ctx = context(declaration(), [first, page_two])
    assert run(evidence.document_unmatched, ctx) == []


def _numbered(doc, number: str = "XJ-HT-2024-0311"):
    fields = doc.fields.model_copy(update={"contract_number": Extracted(value=number, page=1, text=number)})
    return doc.model_copy(update={"fields": fields})


def _with_innovation(**row) -> Declaration:
    base = declaration().model_dump()
    innovation_row = {
        "kind": "software_copyright",
        "title": "天山云数政务数据共享平台V1.0",
        "number": "2024SR0123456",
    }
    return Declaration.model_validate(base | {"innovations": [innovation_row | row]})


def test_innovation_evidence_missing_without_certificate_or_with_another_holder():
    assert codes(run(innovation.innovations, context(_with_innovation(), []))) == [
        "INNOVATION_EVIDENCE_MISSING"
    ]
    other = ip_doc(holder="新疆某某软件有限公司")
    found = run(innovation.innovations, context(_with_innovation(), [other]))
    assert codes(found) == ["INNOVATION_EVIDENCE_MISSING"] and "权利人" in found[0].message
    assert run(innovation.innovations, context(_with_innovation(), [ip_doc()])) == []


def test_innovation_matches_a_certificate_by_title_when_no_number_was_declared():
    decl = _with_innovation(number=None, title="天山云数政务数据共享平台 V1.0")
    assert run(innovation.innovations, context(decl, [ip_doc(number=None)])) == []


def test_every_finding_of_a_bad_submission_carries_declared_found_and_evidence():
    from verify_builders import audit_doc, invoice, license_doc

    from jianzheng.verify import run_checks

    decl = _with_innovation()
    docs = [
        license_doc(name="新疆某某科技有限公司", until="2024-01-31", legal="李四"),
        audit_doc(revenue="1.00", opinion="adverse", consolidated=True),
        contract(
            amount="2045000.00",
            words="2000000.00",
            party_b="新疆某某科技有限公司",
            signed="2024-12-30",
            seal=False,
        ),
        acceptance(accepted="2023-11-20", passed=False, seal=False),
        invoice(total="9000000.00", seller="新疆某某商贸有限公司", qr="01,32,,1,5.00,20200101,,X"),
        contract(
            "D9",
            name="喀什地区疏附县农村饮水安全工程",
            party_a="疏附县水利局",
            amount="3300000.00",
            file="z.pdf",
        ),
    ]
    from jianzheng.verify import CHECKS

    families = (
        "acceptance",
        "audit",
        "contract",
        "evidence",
        "innovation",
        "invoice",
        "license",
        "qr",
        "staff",
    )
    ctx = context(decl, docs)
    findings = [f for c in CHECKS if c.name.split(".")[0] in families for f in c.fn(ctx)]
    assert len({f.code for f in findings}) >= 15
    for finding in findings:
        assert finding.message and finding.evidence, finding.code
        assert finding.declared is not None and finding.found is not None, finding.code
    assert not [f for f in run_checks(ctx) if f.code.value == "CHECK_FAILED"]
