"""The sample submissions about the files themselves: broken and forged files (s10, s11), a
declaration missing or broken (s12-s14), phone photos (s15) and the stamped declaration form
(s16, s17).

scenarios.py lists every scenario in order; scenarios_contents.py holds the ones about what
documents say.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from jianzheng.models.finding import Code

from .build import FilePlan, Part, Submission
from .declaration_io import set_fee
from .draw import CJK_FONTS, LATIN_FONTS, Mark, Style
from .kit import Kit, new_submission
from .world import make_world

C = Code


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
        set_fee(rows[pid], key, p_fees[key] + extra)
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


FILE_SCENARIOS: tuple[Callable[[int], tuple[Submission, Kit]], ...] = (
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


def _edit_post(page: int, old: str, new: str, mark: Mark, producer: str) -> Callable[[Path], None]:
    from . import plant

    def post(path: Path) -> None:
        plant.edit_incrementally(path, page, old, new, mark, producer)

    return post
