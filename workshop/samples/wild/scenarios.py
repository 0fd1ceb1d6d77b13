"""The wild family's submissions: three clean ones and six that each plant a few findings with
exactly one cause each. Every scenario is a function of its own random generator."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from jianzheng.models.declaration import SERVICE_FEE_KEYS

from . import assemble as A
from . import facts
from . import names as N
from .clean import photo as _photo
from .clean import w01_clean_text, w02_clean_scanned, w03_clean_photos
from .clean import year as _year
from .declform import declaration_form
from .finance import audit_report
from .license import new_license, old_license
from .scanner import Profile
from .writer import File, Plant, Scenario


def w04_amounts(rng: random.Random) -> Scenario:
    """AMOUNT_MISMATCH, AMOUNT_WORDS_MISMATCH, FEE_MISMATCH, DECLARED_SUM_MISMATCH: one per project."""
    w = facts.world(rng, _year(rng), 4)
    p1, p2, p3, p4 = w.projects
    wrong = (p1.amount * Decimal("0.83")).quantize(Decimal("100"))
    moved = Decimal(rng.choice([30000, 50000, 80000]))
    lines = [k for k, v in p3.fees.items() if v]
    if len(lines) < 2:
        lines.append("other" if lines[0] != "other" else "software_purchase")
    p3.fees[lines[1]] += moved + Decimal(100000)
    rows = [A.row(p) for p in w.projects]
    # the declaration shifts money between two fees; the contract itemises only the first
    rows[2]["fees"][lines[0]] = f"{p3.fees[lines[0]] + moved:.2f}"
    rows[2]["fees"][lines[1]] = f"{p3.fees[lines[1]] - moved:.2f}"
    services = sum((Decimal(rows[2]["fees"][k]) for k in SERVICE_FEE_KEYS), Decimal(0))
    rows[2]["services_total"] = f"{services:.2f}"
    fee_lines = {lines[0]: p3.fees[lines[0]]}
    rows[3]["services_total"] = f"{p4.services + Decimal(100000):.2f}"
    files = [
        File(
            "营业执照.pdf", [new_license(w.company, rng, "副本", landscape=False)], "scan", Profile.draw(rng)
        ),
        File(
            "审计报告.pdf", [audit_report(w.company, w.finance[0], rng.choice(N.AUDIT_FIRMS), rng, 1, False)]
        ),
        File(
            "合同1.pdf",
            [A.contract(w, p1, rng, "gov", amount=wrong), A.acceptance(w, p1, rng, "form")],
            "scan",
            Profile.draw(rng),
        ),
        File(
            "合同2.pdf",
            [A.contract(w, p2, rng, "build", words_amount=p2.amount + Decimal(rng.choice([10000, 90000])))],
        ),
        File(
            "合同3.pdf", [A.contract(w, p3, rng, "tech-开发", itemise=fee_lines)], "scan", Profile.draw(rng)
        ),
        File("合同4.pdf", [A.contract(w, p4, rng, "gov")]),
        File(
            "验收材料.pdf",
            [A.acceptance(w, p, rng, rng.choice(["form", "letter"])) for p in (p2, p3, p4)],
            "scan",
            Profile.draw(rng),
        ),
    ]
    findings = [
        {
            "code": "AMOUNT_MISMATCH",
            "project_id": "P1",
            "file": "合同1.pdf",
            "note": f"合同 {wrong} vs 申报 {p1.amount}",
        },
        {
            "code": "AMOUNT_WORDS_MISMATCH",
            "project_id": "P2",
            "file": "合同2.pdf",
            "note": "大写与小写不一致",
        },
        {
            "code": "FEE_MISMATCH",
            "project_id": "P3",
            "file": "合同3.pdf",
            "note": f"{lines[0]} 申报多 {moved}",
        },
        {"code": "DECLARED_SUM_MISMATCH", "project_id": "P4", "note": "services_total 比六项之和多 100000"},
    ]
    return Scenario("w04_amounts", A.declaration(w, rows), files, findings)


def w05_parties_dates(rng: random.Random) -> Scenario:
    """PARTY_MISMATCH (a subcontract), DATE_MISMATCH, ACCEPTANCE_OUT_OF_PERIOD, PROJECT_EVIDENCE_MISSING."""
    w = facts.world(rng, _year(rng), 4)
    p1, p2, p3, _p4 = w.projects
    general = facts.replace(p1.client, name=rng.choice(N.GENERAL_CONTRACTORS))
    late = dt.date(w.year + 1, 1, rng.randint(8, 25))
    p3.accepted_on = late
    printed = p2.signed_on + dt.timedelta(days=rng.randint(40, 90))
    files = [
        File("营业执照.jpg", [new_license(w.company, rng)], "jpg", _photo(rng)),
        File(
            "审计报告.pdf",
            [audit_report(w.company, w.finance[0], rng.choice(N.AUDIT_FIRMS), rng, 1, True)],
            "scan",
            Profile.draw(rng),
        ),
        File(
            "分包合同.pdf",
            [A.contract(w, p1, rng, "build", a=general), A.acceptance(w, p1, rng, "form")],
            "scan",
            Profile.draw(rng),
        ),
        File(
            "合同及验收2.pdf",
            [A.contract(w, p2, rng, "gov", signed_on=printed), A.acceptance(w, p2, rng, "letter")],
        ),
        File(
            "合同及验收3.pdf",
            [A.contract(w, p3, rng, "tech-服务"), A.acceptance(w, p3, rng, "form"), A.bill(w, p3, rng)],
            "scan",
            Profile.draw(rng),
        ),
    ]
    findings = [
        {"code": "PARTY_MISMATCH", "project_id": "P1", "file": "分包合同.pdf", "note": "甲方为总包单位"},
        {"code": "DATE_MISMATCH", "project_id": "P2", "note": f"合同签订 {printed} vs 申报 {p2.signed_on}"},
        {"code": "ACCEPTANCE_OUT_OF_PERIOD", "project_id": "P3", "note": f"验收 {late}"},
        {"code": "PROJECT_EVIDENCE_MISSING", "project_id": "P4"},
    ]
    rows = [A.row(p) for p in w.projects]
    return Scenario("w05_parties_dates", A.declaration(w, rows), files, findings)


def w06_acceptance(rng: random.Random) -> Scenario:
    """ACCEPTANCE_NOT_PASSED (整改后复验), SEAL_MISSING, ACCEPTANCE_MISSING."""
    w = facts.world(rng, _year(rng), 3)
    p1, p2, p3 = w.projects
    files = [
        File("执照.pdf", [new_license(w.company, rng, "副本", landscape=False)]),
        File(
            "审计.pdf", [audit_report(w.company, w.finance[0], rng.choice(N.AUDIT_FIRMS), rng, 10000, True)]
        ),
        File("项目一/合同.pdf", [A.contract(w, p1, rng, "gov")], "scan", Profile.draw(rng)),
        File(
            "项目一/验收单.jpg",
            [A.acceptance(w, p1, rng, "form", conclusion="整改后复验")],
            "jpg",
            Profile.draw(rng),
        ),
        File(
            "项目二/合同及验收意见.pdf",
            [A.contract(w, p2, rng, "tech-开发"), A.acceptance(w, p2, rng, "letter", seal=False)],
            "scan",
            Profile.draw(rng),
        ),
        File("项目三/合同.pdf", [A.contract(w, p3, rng, "build")]),
    ]
    findings = [
        {
            "code": "ACCEPTANCE_NOT_PASSED",
            "project_id": "P1",
            "file": "项目一/验收单.jpg",
            "note": "整改后复验",
        },
        {
            "code": "SEAL_MISSING",
            "project_id": "P2",
            "file": "项目二/合同及验收意见.pdf",
            "note": "验收意见无公章",
        },
        {"code": "ACCEPTANCE_MISSING", "project_id": "P3"},
    ]
    return Scenario("w06_acceptance", A.declaration(w), files, findings)


def w07_license_audit(rng: random.Random) -> Scenario:
    """LICENSE_EXPIRED (an old license whose term ended), LICENSE_FIELD_MISMATCH, AUDIT_FIGURE_MISMATCH."""
    w = facts.world(rng, _year(rng), 2)
    c = w.company
    c.established_on = dt.date(w.year - 20, rng.randint(1, 12), rng.randint(1, 28))
    c.valid_until = dt.date(w.year, rng.randint(3, 10), rng.randint(1, 28))
    p1, p2 = w.projects
    on_license = facts.replace(c, legal_rep=facts.person(rng))
    decl = A.declaration(w)
    decl["finance"][0]["net_profit"] = (
        f"{w.finance[0].net_profit + Decimal(rng.choice([120000, 350000])):.2f}"
    )
    files = [
        File(
            "营业执照副本.pdf",
            [old_license(on_license, rng, mark="仅供年检使用")],
            "scan",
            Profile(dpi=600, mode="bilevel", blur=0.8, noise=4.0, skew=0.6),
        ),
        File(
            "审计报告.pdf",
            [audit_report(c, w.finance[0], rng.choice(N.AUDIT_FIRMS), rng, 1, True)],
            "scan",
            Profile.draw(rng),
        ),
        File(
            "合同验收.pdf",
            [
                A.contract(w, p1, rng, "gov"),
                A.acceptance(w, p1, rng, "form"),
                A.contract(w, p2, rng, "tech-咨询"),
                A.acceptance(w, p2, rng, "letter"),
            ],
        ),
    ]
    findings = [
        {"code": "LICENSE_EXPIRED", "file": "营业执照副本.pdf", "note": f"营业期限至 {c.valid_until}"},
        {"code": "LICENSE_FIELD_MISMATCH", "file": "营业执照副本.pdf", "note": "法定代表人"},
        {"code": "AUDIT_FIGURE_MISMATCH", "note": "净利润"},
    ]
    return Scenario("w07_license_audit", decl, files, findings, xlsx_wan=False)


def w08_identity(rng: random.Random) -> Scenario:
    """LICENSE_NAME_MISMATCH (the license still bears the old name), CREDIT_CODE_MISMATCH,
    DECLARATION_FORM_MISMATCH (the stamped form states other staff numbers)."""
    w = facts.world(rng, _year(rng), 2)
    c = w.company
    old_name = c.name.replace(c.name[2:4], rng.choice(N.FIRM_WORDS), 1)
    on_license = facts.replace(c, name=old_name, credit_code=facts.credit_code(rng))
    p1, p2 = w.projects
    files = [
        File("营业执照.pdf", [new_license(on_license, rng)], "scan", Profile.draw(rng)),
        File("审计报告.pdf", [audit_report(c, w.finance[0], rng.choice(N.AUDIT_FIRMS), rng, 1, False)]),
        File("合同/合同一.pdf", [A.contract(w, p1, rng, "gov"), A.bill(w, p1, rng)]),
        File(
            "合同/合同二.pdf",
            [A.contract(w, p2, rng, "build"), A.acceptance(w, p2, rng, "supervisor")],
            "scan",
            Profile.draw(rng),
        ),
        File(
            "申报表盖章.pdf",
            [declaration_form(w, rng, technical=w.technical_total + 7)],
            "scan",
            Profile.draw(rng),
        ),
    ]
    findings = [
        {"code": "LICENSE_NAME_MISMATCH", "file": "营业执照.pdf", "note": f"执照名称 {old_name}"},
        {"code": "CREDIT_CODE_MISMATCH", "file": "营业执照.pdf"},
        {"code": "DECLARATION_FORM_MISMATCH", "file": "申报表盖章.pdf", "note": "技术人员总数"},
    ]
    return Scenario("w08_identity", A.declaration(w), files, findings)


def w09_forensics(rng: random.Random) -> Scenario:
    """IMAGE_TAMPERED twice (a pasted amount block, a copy-moved seal), PDF_EDITED, DUPLICATE_DOCUMENT."""
    w = facts.world(rng, _year(rng), 3)
    p1, p2, p3 = w.projects
    state = rng.getstate()
    genuine = A.contract(w, p1, rng, "gov", amount=(p1.amount * Decimal("0.7")).quantize(Decimal("1000")))
    rng.setstate(state)
    forged = A.contract(w, p1, rng, "gov")
    invoice1 = A.bill(w, p1, rng)
    form2 = A.acceptance(w, p2, rng, "form", seal_b=False)
    state = rng.getstate()
    genuine3 = A.contract(w, p3, rng, "gov", amount=(p3.amount * Decimal("0.8")).quantize(Decimal("1000")))
    rng.setstate(state)
    forged3 = A.contract(w, p3, rng, "gov")
    genuine.fields = forged.fields
    genuine3.fields = forged3.fields
    files = [
        File("执照.jpg", [new_license(w.company, rng)], "jpg", Profile.draw(rng)),
        File("审计.pdf", [audit_report(w.company, w.finance[0], rng.choice(N.AUDIT_FIRMS), rng, 1, True)]),
        File(
            "合同1及发票.pdf",
            [genuine, invoice1],
            "scan",
            Profile.draw(rng),
            [Plant("paste", 0, 1, "amount", forged)],
        ),
        File("验收2.pdf", [form2], "scan", Profile.draw(rng), []),
        File("合同2.pdf", [A.contract(w, p2, rng, "tech-服务")]),
        File("合同3.pdf", [genuine3], "text", None, [Plant("edit", 0, 1, "amount", forged3)]),
        File("验收3.pdf", [A.acceptance(w, p3, rng, "letter")], "scan", Profile.draw(rng)),
        File("发票补充.jpg", [invoice1], "jpg", Profile.draw(rng)),
    ]
    to = form2.marks[0]["seal_b"]
    files[3].plants.append(Plant("clone", 0, 0, "seal_a", None, (to.x0, to.y0)))
    findings: list[dict] = [
        {"code": "IMAGE_TAMPERED", "file": "合同1及发票.pdf", "page": 2, "note": "金额段落由另一扫描件粘贴"},
        {"code": "IMAGE_TAMPERED", "file": "验收2.pdf", "page": 1, "note": "建设单位公章复制到承建单位处"},
        {"code": "PDF_EDITED", "file": "合同3.pdf", "note": "金额经 Acrobat 修改后增量保存"},
        {"code": "DUPLICATE_DOCUMENT", "note": "同一张发票扫描两次"},
    ]
    return Scenario("w09_forensics", A.declaration(w), files, findings)


SCENARIOS: list[Callable[[random.Random], Scenario]] = [
    w01_clean_text,
    w02_clean_scanned,
    w03_clean_photos,
    w04_amounts,
    w05_parties_dates,
    w06_acceptance,
    w07_license_audit,
    w08_identity,
    w09_forensics,
]
