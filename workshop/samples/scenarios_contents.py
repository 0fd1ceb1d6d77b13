"""The sample submissions about what documents say: the clean ones (s01-s03), and problems
planted in the declared rows' contracts, acceptances, license, audit and staff (s04-s09).

scenarios.py lists every scenario in order; scenarios_files.py holds the ones about the files.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from jianzheng.models.finding import Code

from . import names
from .build import FilePlan, Part, Submission
from .declaration_io import set_fee
from .kit import Kit, new_submission
from .world import World, make_world

C = Code


def s01_clean_text(seed: int) -> tuple[Submission, Kit]:
    """Clean: every file a text-layer PDF, declaration.json, stand-alone statements too."""
    rng = random.Random(seed)
    w = make_world(rng, grade="乙", n_projects=3)
    kit = Kit(w, rng, seed)
    sub = new_submission("s01_clean_text", seed, w)
    sub.clean = True
    sub.files.append(kit.license_file("pdf"))
    sub.files += kit.audit_files()
    sub.files.append(kit.statements_file(w.year))
    for i, p in enumerate(w.projects):
        sub.files.append(kit.project_bundle(p, i, "pdf", ["acceptance", "both", "invoices"][i % 3]))
    return sub, kit


def s02_clean_scanned(seed: int) -> tuple[Submission, Kit]:
    """Clean: scanned PDFs and a phone photo of the license, declaration.xlsx in 万元."""
    rng = random.Random(seed)
    w = make_world(rng, grade="丙", n_projects=3)
    _round_fees(w, 100)
    kit = Kit(w, rng, seed)
    sub = new_submission("s02_clean_scanned", seed, w)
    sub.clean = True
    sub.declaration_format = "xlsx"
    sub.files.append(kit.license_file("jpg"))
    sub.files += kit.audit_files(scanned={w.year})
    for i, p in enumerate(w.projects):
        if i == 1:
            # The contract scanned, its acceptance report photographed with a phone.
            sub.files.append(kit.bundle([kit.render_contract(kit.contract(p, i))], "scan"))
            photo = kit.render_acceptance(kit.acceptance(p))
            sub.files.append(
                FilePlan(kit.name("IMG_2024{d:04d}.jpg"), [Part(photo, kit.scan(photo=True))], kind="jpg")
            )
            continue
        sub.files.append(kit.project_bundle(p, i, "scan", ["both", "acceptance", "invoices"][i % 3]))
    return sub, kit


def s03_clean_mixed(seed: int) -> tuple[Submission, Kit]:
    """Clean: PNG license, consolidated audit with the company's own statements, TIFF and mixed
    bundles, a software-copyright certificate for the declared innovation, certificate aliases."""
    rng = random.Random(seed)
    w = make_world(rng, grade="乙", n_projects=4)
    w.certs = _certs(rng, w, aliases=3)
    kit = Kit(w, rng, seed)
    title = rng.choice(names.SOFTWARE_TITLES) + "V1.0"
    number = f"{w.year}SR{rng.randint(10**6, 10**7 - 1):07d}"
    got = dt.date(w.year, rng.randint(2, 10), rng.randint(1, 28))
    w.innovations = [
        {"kind": "software_copyright", "title": title, "number": number, "obtained_on": got.isoformat()}
    ]
    sub = new_submission("s03_clean_mixed", seed, w)
    sub.clean = True
    sub.files.append(kit.license_file("png"))
    sub.files += kit.audit_files(consolidated={w.year: "both"})
    modes = ["tiff", "mixed", "pdf", "scan"]
    for i, p in enumerate(w.projects):
        plan = kit.project_bundle(p, i, modes[i], ["acceptance", "both", "acceptance", "invoices"][i])
        if i == 2:
            plan.name = "项目资料/" + plan.name
        sub.files.append(plan)
    from .templates.ipcert import render_software_copyright

    cert = render_software_copyright(rng, title, w.company.name, number, got)
    sub.files.append(FilePlan(kit.name("软著证书{n}.jpg"), [Part(cert, kit.scan(photo=True))], kind="jpg"))
    return sub, kit


def s04_amounts(seed: int) -> tuple[Submission, Kit]:
    """Amounts: declared contract amount inflated (P1), a fee moved between lines (P2),
    capital numerals disagreeing with figures (P3), a row whose services_total breaks the identity (P4)."""
    rng = random.Random(seed)
    w = make_world(rng, grade="丙", n_projects=4)
    kit = Kit(w, rng, seed)
    sub = new_submission("s04_amounts", seed, w)
    sub.files.append(kit.license_file("scan"))
    sub.files += kit.audit_files()
    rows = {r["id"]: r for r in sub.declaration["projects"]}  # type: ignore[index]
    p1, p2, p3, p4 = w.projects
    # P1: the declaration says more than the contract.
    c1 = kit.contract(p1, 0, itemise=False)
    bump = Decimal(rng.choice([300000, 450000, 120000]))
    key = next(k for k, v in p1.fees.items() if v)
    set_fee(rows["P1"], key, p1.fees[key] + bump)
    f1 = kit.bundle([kit.render_contract(c1), kit.render_acceptance(kit.acceptance(p1))], "scan")
    sub.expect(C.AMOUNT_MISMATCH, "P1", note=f"申报 {rows['P1']['contract_amount']}，合同 {c1.amount:.2f}")
    # P2: same total, a fee moved from one line to another.
    c2 = kit.contract(p2, 1, itemise=True)
    used = [k for k, v in p2.fees.items() if v]
    moved = Decimal(50000)
    set_fee(rows["P2"], used[0], p2.fees[used[0]] - moved)
    set_fee(rows["P2"], used[1], p2.fees[used[1]] + moved)
    f2 = kit.bundle([kit.render_contract(c2), *map(kit.render_invoice, kit.invoices(p2))], "pdf")
    sub.expect(C.FEE_MISMATCH, "P2", note=f"{used[0]} / {used[1]} 相差 50000.00")
    # P3: words say another amount than the figures.
    wrong = p3.contract_amount - Decimal(rng.choice([405000, 90000, 1000000]))
    c3 = kit.contract(p3, 2, words_amount=wrong, itemise=False)
    f3 = kit.bundle([kit.render_contract(c3), kit.render_acceptance(kit.acceptance(p3))], "mixed")
    sub.expect(C.AMOUNT_WORDS_MISMATCH, "P3", file=f3.name, page=_amount_page(f3), note=f"大写 {wrong:.2f}")
    # P4: services_total typed wrong in the form.
    rows["P4"]["services_total"] = f"{Decimal(rows['P4']['services_total']) + Decimal(80000):.2f}"
    f4 = kit.project_bundle(p4, 3, "pdf", "both")
    sub.expect(C.DECLARED_SUM_MISMATCH, "P4", note="services_total 多 80000.00")
    sub.files += [f1, f2, f3, f4]
    return sub, kit


def s05_parties_dates(seed: int) -> tuple[Submission, Kit]:
    """Parties and dates: party B another company (P1), a weakly matching declared name (P2),
    a declared signing date off by months (P3), acceptance dated before signing (P4)."""
    rng = random.Random(seed)
    w = make_world(rng, grade="丙", n_projects=4)
    p4 = w.projects[3]
    p4.signed_on = dt.date(w.year, 6, rng.randint(10, 28))
    p4.accepted_on = dt.date(w.year, 4, rng.randint(1, 28))
    kit = Kit(w, rng, seed)
    sub = new_submission("s05_parties_dates", seed, w)
    rows = {r["id"]: r for r in sub.declaration["projects"]}  # type: ignore[index]
    sub.files.append(kit.license_file("pdf"))
    sub.files += kit.audit_files(scanned={w.year - 1})
    p1, p2, p3, _ = w.projects
    other = names.company_name(rng, "乌鲁木齐市")
    c1 = kit.contract(p1, 0, party_b=other)
    a1 = kit.acceptance(p1, party_b=other)
    sub.files.append(kit.bundle([kit.render_contract(c1), kit.render_acceptance(a1)], "scan"))
    sub.expect(C.PARTY_MISMATCH, "P1", note=f"乙方为{other}")
    rows["P2"]["name"] = p2.client.removeprefix("新疆维吾尔自治区") + rng.choice(
        ["信息化建设项目", "综合信息化改造工程", "智能化升级项目"]
    )
    sub.files.append(kit.project_bundle(p2, 1, "pdf", "both"))
    sub.expect(C.PROJECT_NAME_MISMATCH, "P2", note=f"申报名称 {rows['P2']['name']}")
    wrong = p3.signed_on.replace(
        month=p3.signed_on.day % 12 + 1 if p3.signed_on.day != p3.signed_on.month else 12,
        day=min(p3.signed_on.month, 28),
    )
    if wrong == p3.signed_on or wrong >= p3.accepted_on:
        wrong = p3.signed_on - dt.timedelta(days=47)
    rows["P3"]["signed_on"] = wrong.isoformat()
    sub.files.append(kit.project_bundle(p3, 2, "mixed", "acceptance"))
    sub.expect(C.DATE_MISMATCH, "P3", note=f"申报签订 {wrong}，合同 {p3.signed_on}")
    sub.files.append(kit.project_bundle(p4, 3, "scan", "acceptance"))
    sub.expect(C.ACCEPTANCE_BEFORE_SIGNING, "P4", note=f"验收 {p4.accepted_on} 早于签订 {p4.signed_on}")
    return sub, kit


def s06_acceptance(seed: int) -> tuple[Submission, Kit]:
    """Acceptance problems: accepted the year before (P1), not passed (P2), no seal (P3),
    no acceptance nor invoice (P4), invoices above the contract amount (P5)."""
    rng = random.Random(seed)
    w = make_world(rng, grade="丙", n_projects=5)
    p1 = w.projects[0]
    p1.signed_on = dt.date(w.year - 1, rng.randint(2, 5), rng.randint(1, 28))
    p1.accepted_on = dt.date(w.year - 1, rng.randint(9, 12), rng.randint(1, 28))
    kit = Kit(w, rng, seed)
    sub = new_submission("s06_acceptance", seed, w)
    sub.files.append(kit.license_file("jpg"))
    sub.files += kit.audit_files()
    _, p2, p3, p4, p5 = w.projects
    sub.files.append(kit.project_bundle(p1, 0, "pdf", "acceptance"))
    sub.expect(C.ACCEPTANCE_OUT_OF_PERIOD, "P1", note=f"验收 {p1.accepted_on} 不在 {w.year} 年度")
    f2 = kit.bundle(
        [kit.render_contract(kit.contract(p2, 1)), kit.render_acceptance(kit.acceptance(p2, passed=False))],
        "scan",
    )
    sub.files.append(f2)
    sub.expect(C.ACCEPTANCE_NOT_PASSED, "P2", file=f2.name, page=f2.parts[0].doc.page_count + 1)
    f3 = kit.bundle(
        [kit.render_contract(kit.contract(p3, 2)), kit.render_acceptance(kit.acceptance(p3, seals=False))],
        "pdf",
    )
    sub.files.append(f3)
    sub.expect(C.SEAL_MISSING, "P3", file=f3.name, page=f3.parts[0].doc.page_count + 1)
    sub.files.append(kit.bundle([kit.render_contract(kit.contract(p4, 3))], "scan"))
    sub.expect(C.ACCEPTANCE_MISSING, "P4")
    invs = kit.invoices(p5, (0.6, 0.55))
    sub.files.append(
        kit.bundle([kit.render_contract(kit.contract(p5, 4)), *map(kit.render_invoice, invs)], "mixed")
    )
    sub.expect(
        C.INVOICE_EXCEEDS_CONTRACT,
        "P5",
        note=f"发票合计 {sum(i.total for i in invs):.2f} > 合同 {p5.contract_amount:.2f}",
    )
    return sub, kit


def s07_license_a(seed: int) -> tuple[Submission, Kit]:
    """License: the former company name, a credit code with a wrong check character (declared the
    same way), and a legal representative who differs from the declaration."""
    from .credit_code import break_check_char

    rng = random.Random(seed)
    w = make_world(rng, grade="丁", n_projects=2)
    w.company.credit_code = break_check_char(w.company.credit_code)
    kit = Kit(w, rng, seed)
    sub = new_submission("s07_license_a", seed, w)
    ent = sub.declaration["enterprise"]  # type: ignore[index]
    old_name = _former_name(w.company.name)
    declared_rep = names.person(rng)
    while declared_rep == w.company.legal_rep:
        declared_rep = names.person(rng)
    ent["legal_representative"] = declared_rep
    lic = kit.license_file("scan", name=old_name)
    sub.files.append(lic)
    sub.expect(C.LICENSE_NAME_MISMATCH, file=lic.name, note=f"执照名称 {old_name}")
    sub.expect(C.CREDIT_CODE_INVALID, file=lic.name, note=f"{w.company.credit_code} 校验位错误")
    sub.expect(
        C.LICENSE_FIELD_MISMATCH,
        file=lic.name,
        note=f"法定代表人 执照 {w.company.legal_rep}，申报 {declared_rep}",
    )
    sub.files += kit.audit_files()
    for i, p in enumerate(w.projects):
        sub.files.append(kit.project_bundle(p, i, ["pdf", "scan"][i % 2], "acceptance"))
    return sub, kit


def s08_license_b_audit(seed: int) -> tuple[Submission, Kit]:
    """License expired during the year and a declared credit code that differs from it; audit
    report of the first year missing, a declared revenue off, a qualified opinion."""
    from .credit_code import make_credit_code

    rng = random.Random(seed)
    w = make_world(rng, grade="丙", n_projects=3)
    w.company.valid_until = dt.date(w.year, rng.randint(3, 9), rng.randint(1, 28))
    kit = Kit(w, rng, seed)
    sub = new_submission("s08_license_b_audit", seed, w)
    ent = sub.declaration["enterprise"]  # type: ignore[index]
    ent["credit_code"] = make_credit_code(rng)
    lic = kit.license_file("pdf")
    sub.files.append(lic)
    sub.expect(C.LICENSE_EXPIRED, file=lic.name, note=f"营业期限至 {w.company.valid_until}")
    sub.expect(
        C.CREDIT_CODE_MISMATCH, file=lic.name, note=f"执照 {w.company.credit_code}，申报 {ent['credit_code']}"
    )
    fin = {f["year"]: f for f in sub.declaration["finance"]}  # type: ignore[index]
    audits = kit.audit_files(years=[w.year - 1, w.year], opinions={w.year - 1: "qualified"}, scanned={w.year})
    sub.files += audits
    sub.expect(C.AUDIT_REPORT_MISSING, note=f"缺 {w.year - 2} 年度审计报告")
    sub.expect(C.AUDIT_OPINION_NOT_CLEAN, file=audits[0].name, page=1, note="保留意见")
    fin[w.year]["operating_revenue"] = f"{Decimal(fin[w.year]['operating_revenue']) + Decimal(1200000):.2f}"
    sub.expect(C.AUDIT_FIGURE_MISMATCH, file=audits[1].name, note=f"{w.year} 营业收入多报 1200000.00")
    for i, p in enumerate(w.projects):
        sub.files.append(kit.project_bundle(p, i, ["scan", "pdf", "tiff"][i], "both"))
    return sub, kit


def s09_scope_staff(seed: int) -> tuple[Submission, Kit]:
    """No license; consolidated-only audit; a declared patent with no certificate; unrecognised
    staff certificates leaving the grade short; an extra undeclared contract; a project without evidence."""
    from .world import UNRECOGNISED_CERTS, CertRow

    rng = random.Random(seed)
    w = make_world(rng, grade="乙", n_projects=3)
    w.certs = w.certs[:7] + [
        CertRow(names.person(rng), c, lvl, f"ZJ{rng.randint(10**6, 10**7)}")
        for c, lvl in UNRECOGNISED_CERTS[:2]
    ]
    w.innovations = [
        {
            "kind": "patent",
            "title": "一种基于边缘计算的视频数据分发装置",
            "number": f"ZL{w.year - 1}2{rng.randint(10**7, 10**8)}.X",
            "obtained_on": dt.date(w.year, 5, 16).isoformat(),
        }
    ]
    kit = Kit(w, rng, seed)
    sub = new_submission("s09_scope_staff", seed, w)
    sub.expect(C.LICENSE_MISSING)
    audits = kit.audit_files(consolidated={w.year: "only"})
    sub.files += audits
    sub.expect(C.AUDIT_CONSOLIDATED_ONLY, file=audits[-1].name, note=f"{w.year} 年度仅有合并报表")
    sub.expect(C.INNOVATION_EVIDENCE_MISSING, note="专利无证书")
    for row in w.certs[7:]:
        sub.expect(C.CERTIFICATE_NOT_RECOGNISED, note=f"{row.holder} {row.certificate}")
    sub.expect(C.GRADE_THRESHOLD_NOT_MET, note="认可的持证人员 7 人 < 乙级 8 人")
    p1, p2, _p3 = w.projects
    sub.files.append(kit.project_bundle(p1, 0, "pdf", "acceptance"))
    sub.files.append(kit.project_bundle(p2, 1, "scan", "both"))
    sub.expect(C.PROJECT_EVIDENCE_MISSING, "P3")
    # An older contract nobody declared.
    from .world import make_project

    extra = make_project(rng, "X1", w.year - 1, 900_000)
    extra.signed_on = dt.date(w.year - 2, 9, 14)
    spec = kit.contract(extra, 2)
    spec.project_id = ""
    doc = kit.render_contract(spec)
    doc.project_id = None
    f = kit.bundle([doc], "pdf")
    sub.files.append(f)
    sub.expect(C.DOCUMENT_UNMATCHED, file=f.name, page=1, note="未申报的合同")
    return sub, kit


CONTENT_SCENARIOS: tuple[Callable[[int], tuple[Submission, Kit]], ...] = (
    s01_clean_text,
    s02_clean_scanned,
    s03_clean_mixed,
    s04_amounts,
    s05_parties_dates,
    s06_acceptance,
    s07_license_a,
    s08_license_b_audit,
    s09_scope_staff,
)


# helpers ------------------------------------------------------------------


def _round_fees(w: World, step: int) -> None:
    for p in w.projects:
        for k, v in p.fees.items():
            p.fees[k] = Decimal(int(v) // step * step)


def _certs(rng: random.Random, w: World, aliases: int) -> list:
    from .world import GRADE_RULES, make_certs

    return make_certs(rng, GRADE_RULES[w.company.grade][1] + 2, aliases=aliases)


def _former_name(name: str) -> str:
    """The company's name before a rename (another trade word)."""
    for a, b in (
        ("信息技术", "网络科技"),
        ("信息科技", "电子信息"),
        ("网络科技", "信息技术"),
        ("智能科技", "数字科技"),
        ("数字科技", "智能科技"),
        ("计算机系统工程", "信息技术"),
        ("软件", "信息科技"),
        ("电子信息", "软件"),
    ):
        if a in name:
            return name.replace(a, b, 1)
    return name.replace("有限公司", "有限责任公司")


def _amount_page(f: FilePlan) -> int:
    return f.parts[0].doc.marks["contract_amount"].page + 1
