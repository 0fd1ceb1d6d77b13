"""The committed sample submissions: clean ones and ones with planted problems.

Each scenario builds a world, renders its documents, plants its problems
and records the findings they should cause. Together they plant every
finding code of CONTRACT 2.3 (see samples/README.md).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from jianzheng.models.finding import Code

from . import names
from .build import FilePlan, Part, Submission
from .draw import CJK_FONTS, LATIN_FONTS, Mark, Style
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
    _set_fee(rows["P1"], key, p1.fees[key] + bump)
    f1 = kit.bundle([kit.render_contract(c1), kit.render_acceptance(kit.acceptance(p1))], "scan")
    sub.expect(C.AMOUNT_MISMATCH, "P1", note=f"申报 {rows['P1']['contract_amount']}，合同 {c1.amount:.2f}")
    # P2: same total, a fee moved from one line to another.
    c2 = kit.contract(p2, 1, itemise=True)
    used = [k for k, v in p2.fees.items() if v]
    moved = Decimal(50000)
    _set_fee(rows["P2"], used[0], p2.fees[used[0]] - moved)
    _set_fee(rows["P2"], used[1], p2.fees[used[1]] + moved)
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


def s10_files(seed: int) -> tuple[Submission, Kit]:
    """Files: a truncated PDF and an encrypted one, a page scanned far too blurred, the same
    acceptance page reused for a second project; declaration.xlsx in 元."""
    rng = random.Random(seed)
    w = make_world(rng, grade="丙", n_projects=3)
    kit = Kit(w, rng, seed)
    sub = new_submission("s10_files", seed, w)
    sub.declaration_format = "xlsx-yuan"
    sub.files.append(kit.license_file("pdf"))
    sub.files += kit.audit_files()
    p1, p2, p3 = w.projects
    acc1 = kit.render_acceptance(kit.acceptance(p1))
    sub.files.append(kit.bundle([kit.render_contract(kit.contract(p1, 0)), acc1], "scan"))
    c2 = kit.render_contract(kit.contract(p2, 1))
    inv2 = [kit.render_invoice(s) for s in kit.invoices(p2, (0.5,))]
    dup = kit.bundle([c2, acc1, *inv2], "scan")
    sub.files.append(dup)
    sub.expect(C.DUPLICATE_DOCUMENT, file=dup.name, page=c2.page_count + 1, note="与 P1 验收报告为同一页")
    c3 = kit.render_contract(kit.contract(p3, 2))
    low = kit.bundle([c3, kit.render_acceptance(kit.acceptance(p3))], "scan")
    low.parts[0].low_pages = {c3.page_count - 1}
    sub.files.append(low)
    sub.expect(C.SCAN_QUALITY_LOW, file=low.name, page=c3.page_count, note="72 DPI 且严重模糊")
    broken = kit.statements_file(w.year)
    broken.name = kit.name("财务报表(加密).pdf")
    broken.broken = "encrypted"
    sub.files.append(broken)
    sub.expect(C.FILE_UNREADABLE, file=broken.name, note="加密 PDF")
    cut = kit.audit_files(years=[w.year])[0]
    cut.name = kit.name("附件{n}.pdf")
    cut.broken = "corrupt"
    sub.files.append(cut)
    sub.expect(C.FILE_UNREADABLE, file=cut.name, note="文件被截断")
    return sub, kit


def s11_forensics(seed: int) -> tuple[Submission, Kit]:
    """Forgeries: an incrementally edited amount (P1), a white box over the amount (P2), an amount
    in another font (P3), a pasted amount in a scanned page (P4), an invoice QR amount that differs (P5).
    Every forged amount equals the (inflated) declared amount."""
    from . import plant
    from .money_words import amount_words, figures

    rng = random.Random(seed)
    w = make_world(rng, grade="丙", n_projects=5)
    kit = Kit(w, rng, seed)
    sub = new_submission("s11_forensics", seed, w)
    rows = {r["id"]: r for r in sub.declaration["projects"]}  # type: ignore[index]
    sub.files.append(kit.license_file("pdf"))
    sub.files += kit.audit_files()

    def inflate(pid: str, p_fees: dict[str, Decimal], extra: Decimal) -> Decimal:
        key = next(k for k, v in p_fees.items() if v)
        _set_fee(rows[pid], key, p_fees[key] + extra)
        return Decimal(rows[pid]["contract_amount"])

    def forged_line(doc_marks: dict, old_amount: Decimal, new_amount: Decimal) -> tuple[str, str, int]:
        mark = doc_marks["contract_amount"]
        old = mark.text
        new = old.replace(amount_words(old_amount), amount_words(new_amount))
        for style in ("yen", "yuan2", "yuan", "wan2", "wan"):
            new = new.replace(figures(old_amount, style), figures(new_amount, style))
        return old, new, mark.page

    for idx, (pid, how) in enumerate((("P1", "edited"), ("P2", "overlay"), ("P3", "font"), ("P4", "image"))):
        p = w.projects[idx]
        new_amount = inflate(pid, p.fees, Decimal(rng.choice([200000, 350000, 500000])))
        spec = kit.contract(
            p, idx, itemise=False, style=Style(font=rng.choice(CJK_FONTS), latin=rng.choice(LATIN_FONTS))
        )
        doc = kit.render_contract(spec)
        old, new, page = forged_line(doc.marks, spec.amount, new_amount)
        doc.fields["contract_amount"] = f"{new_amount:.2f}"
        doc.fields["amount_in_words"] = doc.fields["amount_in_words"].replace(
            amount_words(spec.amount), amount_words(new_amount)
        )
        mark = doc.marks["contract_amount"]
        acc = kit.render_acceptance(kit.acceptance(p))
        if how == "edited":
            f = kit.bundle([doc, acc], "pdf")
            f.post = _edit_post(page, old, new, mark, rng.choice(plant.EDITOR_PRODUCERS))
            sub.expect(C.PDF_EDITED, pid, file=f.name, page=page + 1, note="增量保存改写金额")
        elif how == "overlay":
            plant.overlay(doc.doc, page, old, new, mark)
            f = kit.bundle([doc, acc], "pdf")
            sub.expect(C.OVERLAY_DETECTED, pid, file=f.name, page=page + 1, note="白框覆盖原金额")
        elif how == "font":
            plant.restyle(doc.doc, page, old, new, mark)
            f = kit.bundle([doc, acc], "pdf")
            sub.expect(C.FONT_INCONSISTENT, pid, file=f.name, page=page + 1, note="金额字体字号与上下文不同")
        else:
            from .build import Tamper

            f = kit.bundle([doc, acc], "scan")
            f.parts[0].scan = kit.flat_scan()
            f.parts[0].turns = {}
            f.parts[0].tamper = Tamper(page, old, new, mark)
            sub.expect(C.IMAGE_TAMPERED, pid, file=f.name, page=page + 1, note="金额区域为粘贴图块")
        sub.files.append(f)
    p5 = w.projects[4]
    invs = kit.invoices(p5, (0.4, 0.3))
    invs[1].qr_total = invs[1].total + Decimal(100000)
    c5 = kit.render_contract(kit.contract(p5, 4))
    inv_docs = [kit.render_invoice(s) for s in invs]
    f5 = kit.bundle([c5, *inv_docs], "pdf")
    sub.files.append(f5)
    sub.expect(C.QR_MISMATCH, "P5", file=f5.name, page=c5.page_count + 2, note="二维码金额与票面不符")
    return sub, kit


def s12_no_declaration(seed: int) -> tuple[Submission, Kit]:
    """Attachments only: the declaration was never exported."""
    rng = random.Random(seed)
    w = make_world(rng, grade="丁", n_projects=1)
    kit = Kit(w, rng, seed)
    sub = new_submission("s12_no_declaration", seed, w)
    sub.declaration = None
    sub.files.append(kit.license_file("scan"))
    sub.files += kit.audit_files(years=[w.year])
    sub.expect(C.MISSING_DECLARATION)
    return sub, kit


def s13_bad_xlsx(seed: int) -> tuple[Submission, Kit]:
    """declaration.xlsx whose 项目汇总 sheet lacks the 合同金额 column."""
    from openpyxl import load_workbook

    from .declaration_io import save_reproducibly, write_xlsx

    rng = random.Random(seed)
    w = make_world(rng, grade="丁", n_projects=2)
    kit = Kit(w, rng, seed)
    sub = new_submission("s13_bad_xlsx", seed, w)
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "declaration.xlsx"
        assert sub.declaration is not None
        write_xlsx(sub.declaration, path, rng)
        wb = load_workbook(path)
        wb["项目汇总"].delete_cols(19)
        save_reproducibly(wb, path)
        data = path.read_bytes()
    sub.declaration_raw = ("declaration.xlsx", data)
    sub.files.append(kit.license_file("pdf"))
    sub.files += kit.audit_files(years=[w.year])
    sub.expect(C.DECLARATION_INVALID, file="declaration.xlsx", note="项目汇总 缺少 合同金额 列")
    return sub, kit


def s14_bad_json(seed: int) -> tuple[Submission, Kit]:
    """declaration.json that is not valid JSON (a trailing comma and a truncated tail)."""
    import json

    rng = random.Random(seed)
    w = make_world(rng, grade="丁", n_projects=2)
    kit = Kit(w, rng, seed)
    sub = new_submission("s14_bad_json", seed, w)
    text = json.dumps(sub.declaration, ensure_ascii=False, indent=2)
    text = text.replace('"grade": "丁",', '"grade": "丁",,', 1)
    sub.declaration_raw = ("declaration.json", text.encode("utf-8"))
    sub.files.append(kit.license_file("jpg"))
    sub.files += kit.audit_files(years=[w.year])
    sub.expect(C.DECLARATION_INVALID, file="declaration.json", note="JSON 语法错误")
    return sub, kit


def s15_clean_photos(seed: int) -> tuple[Submission, Kit]:
    """Clean, grade 丁: phone photos and screenshots: an upside-down scanned contract, an acceptance
    photo, a contract as a grayscale TIFF with its e-invoice as a PNG screenshot."""
    from .scan import ScanParams

    rng = random.Random(seed)
    w = make_world(rng, grade="丁", n_projects=2)
    kit = Kit(w, rng, seed)
    sub = new_submission("s15_clean_photos", seed, w)
    sub.clean = True
    sub.files.append(kit.license_file("jpg"))
    sub.files += kit.audit_files()
    p1, p2 = w.projects
    upside = kit.bundle([kit.render_contract(kit.contract(p1, 0))], "scan")
    upside.parts[0].turns = {i: 2 for i in range(upside.parts[0].doc.page_count)}
    sub.files.append(upside)
    photo = kit.render_acceptance(kit.acceptance(p1))
    sub.files.append(
        FilePlan(kit.name("IMG_2024{d:04d}.jpg"), [Part(photo, kit.scan(photo=True, dpi=130))], kind="jpg")
    )
    sub.files.append(kit.bundle([kit.render_contract(kit.contract(p2, 1))], "tiff"))
    inv_specs = kit.invoices(p2, (0.5, 0.2))
    inv = kit.render_invoice(inv_specs[0])
    shot = ScanParams(dpi=150, noise=0.0, tint=(1.0, 1.0, 1.0))
    sub.files.append(FilePlan(kit.name("微信图片_2024{d:04d}.png"), [Part(inv, shot)], kind="png"))
    # The second invoice as the tax bureau's XML file.
    from .templates.invoice import invoice_number
    from .templates.invoice_xml import render_invoice_xml

    inv_specs[1].layout = "digital"
    inv_specs[1].number = invoice_number(rng, inv_specs[1].issued_on.year, "digital")
    xml_doc, xml_bytes = render_invoice_xml(inv_specs[1])
    sub.files.append(FilePlan(f"dzfp_{inv_specs[1].number}.xml", [Part(xml_doc)], kind="xml", raw=xml_bytes))
    return sub, kit


def s16_declaration_form(seed: int) -> tuple[Submission, Kit]:
    """Declaration form: a stamped scan printed before the filing was edited (one project's amount and
    the year's operating revenue differ from the declaration), and the downloaded form uploaded
    unstamped as a text PDF."""
    rng = random.Random(seed)
    w = make_world(rng, grade="丙", n_projects=2)
    kit = Kit(w, rng, seed)
    sub = new_submission("s16_declaration_form", seed, w)
    # Text-layer attachments keep the committed corpus small; the forms are under test.
    sub.files.append(kit.license_file("pdf"))
    sub.files += kit.audit_files()
    for i, p in enumerate(w.projects):
        sub.files.append(kit.project_bundle(p, i, "pdf", "acceptance"))
    # The stamped scan: printed from an earlier draft of the filing.
    draft = kit.declaration_form()
    bump = Decimal(rng.choice([300000, 450000, 120000]))
    draft.projects[0].amount += bump
    year, revenue, si, profit = draft.finance[-1]
    more = Decimal(rng.choice([1200000, 800000, 2500000]))
    draft.finance[-1] = (year, revenue + more, si, profit)
    stamped = FilePlan(
        kit.name("申报表盖章版.pdf"),
        [Part(kit.render_declaration_form(draft), kit.scan(rot90=0, gray=False))],
    )
    sub.files.append(stamped)
    sub.expect(
        C.DECLARATION_FORM_MISMATCH,
        file=stamped.name,
        note=f"申报表合同金额合计多 {bump:.2f}，{year} 年营业收入多 {more:.2f}",
    )
    # The form as downloaded, never stamped.
    plain = FilePlan(
        kit.name("年检申报表.pdf"), [Part(kit.render_declaration_form(kit.declaration_form(seal=False)))]
    )
    sub.files.append(plain)
    sub.expect(C.DECLARATION_FORM_MISMATCH, file=plain.name, note="申报表未加盖企业印章")
    return sub, kit


def s17_declaration_form_clean(seed: int) -> tuple[Submission, Kit]:
    """Clean, with the stamped declaration form scanned in colour (grade 乙 spelled 乙级 or 二级)."""
    rng = random.Random(seed)
    w = make_world(rng, grade="乙", n_projects=2)
    kit = Kit(w, rng, seed)
    sub = new_submission("s17_declaration_form_clean", seed, w)
    sub.clean = True
    # Text-layer attachments keep the committed corpus small; the form is the scan under test.
    sub.files.append(kit.license_file("pdf"))
    sub.files += kit.audit_files()
    for i, p in enumerate(w.projects):
        sub.files.append(kit.project_bundle(p, i, "pdf", "both"))
    form = kit.render_declaration_form(kit.declaration_form())
    sub.files.append(FilePlan(kit.name("申报表（盖章）.pdf"), [Part(form, kit.scan(rot90=0, gray=False))]))
    return sub, kit


SCENARIOS: tuple[Callable[[int], tuple[Submission, Kit]], ...] = (
    s01_clean_text,
    s02_clean_scanned,
    s03_clean_mixed,
    s04_amounts,
    s05_parties_dates,
    s06_acceptance,
    s07_license_a,
    s08_license_b_audit,
    s09_scope_staff,
    s10_files,
    s11_forensics,
    s12_no_declaration,
    s13_bad_xlsx,
    s14_bad_json,
    s15_clean_photos,
    s16_declaration_form,
    s17_declaration_form_clean,
)


# helpers ------------------------------------------------------------------


def _set_fee(row: dict, key: str, value: Decimal) -> None:
    """Change one declared fee and recompute both totals so that the identities still hold."""
    from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

    row["fees"][key] = f"{value:.2f}"
    row["services_total"] = f"{sum(Decimal(row['fees'][k]) for k in SERVICE_FEE_KEYS):.2f}"
    row["contract_amount"] = f"{sum(Decimal(row['fees'][k]) for k in FEE_KEYS):.2f}"


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


def _edit_post(page: int, old: str, new: str, mark: Mark, producer: str) -> Callable[[Path], None]:
    from . import plant

    def post(path: Path) -> None:
        plant.edit_incrementally(path, page, old, new, mark, producer)

    return post
