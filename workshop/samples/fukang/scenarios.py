"""The ten filings: four clean, six planted. Each docstring says what the filing shows and what is planted where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .filing import Filing, incremental_fix, make_invoice, new_filing
from .papers import (
    AcceptanceStyle,
    ContractStyle,
    acceptance_pdf,
    audit_pdf,
    contract_pdf,
    declaration_form_pdf,
    invoice_pdf,
    invoice_xml,
    license_pdf,
)
from .world import SIBLING, figures, money, words

SUPERVISORS = ("新疆天宇工程监理有限公司", "昌吉州建信工程咨询监理有限公司", "新疆正衡项目管理咨询有限公司")


def _firm_papers(f: Filing, heading_font: bool = False) -> None:
    data, fields = license_pdf(f.firm, f.rng)
    f.add("营业执照（电子）.pdf", [(data, "business_license", fields, None)])
    data, fields = audit_pdf(f.firm, f.audit, f.rng, heading_font)
    f.add(f"{f.audit.year}年度审计报告.pdf", [(data, "audit_report", fields, None)])


def _project(
    f: Filing,
    i: int,
    cst: ContractStyle,
    ast: AcceptanceStyle | None,
    invoice: str = "",
    fname: str | None = None,
    party_a: str | None = None,
) -> dict[str, int]:
    """Contract (+ acceptance) in one merged file; invoice '' none, 'pdf', 'pdf+xml', 'pdfa' (XML embedded)."""
    d = f.deals[i]
    fname = fname or f"{d.id}-{d.name[:14]}（合同及验收）.pdf"
    cdata, cfields, _ = contract_pdf(d, f.firm, cst, f.rng)
    parts: list[tuple[bytes, str, dict[str, Any], str | None]] = [(cdata, "contract", cfields, d.id)]
    if ast is not None:
        adata, afields = acceptance_pdf(d, f.firm, ast, f.rng, party_a=party_a)
        parts.append((adata, "acceptance_report", afields, d.id))
    firsts = f.add(fname, parts)
    pages = {"contract": firsts[0], "acceptance": firsts[1] if len(firsts) > 1 else 0}
    if invoice:
        inv = make_invoice(f.rng, d, f.rng.randint(30, 45))
        d.invoices.append(inv)
        from .filing import buyer_code

        code = buyer_code(f.rng, d.client)
        idata, ifields = invoice_pdf(inv, d, f.firm, code, embed_xml=invoice == "pdfa")
        base = f"dzfp_{inv.number}"
        f.add(base + ".pdf", [(idata, "invoice", ifields, d.id)])
        if invoice == "pdf+xml":
            xfields = {k: v for k, v in ifields.items() if k != "qr"}
            f.add_raw(base + ".xml", invoice_xml(inv, d, f.firm, code), "invoice", xfields, d.id)
    return pages


def fk01_live_forms(seed: int) -> Filing:
    """Clean (米东区). P1: 合同要素 page as a live AcroForm (values only in widgets' appearance streams), acceptance
    form with live widgets and a checked 合格 checkbox, seals as vector Stamp annotations; one merged file. P2: plain
    WPS contract, acceptance live form, 数电票 PDF with its XML beside it."""
    f = new_filing("fk01_live_forms", seed, 1, "米东区")
    _firm_papers(f)
    _project(f, 0, ContractStyle(form=True), AcceptanceStyle())
    _project(f, 1, ContractStyle(), AcceptanceStyle(), invoice="pdf+xml")
    return f


def fk02_rotated_cropped(seed: int) -> Filing:
    """Clean (昌吉市). P1: 报价单 pages landscape stored with /Rotate 90, portrait pages with a CropBox inside a
    bleed MediaBox (crop marks outside), a 草稿 watermark and template help in an optional-content layer that is off;
    seals as image Stamp annotations; flattened acceptance form. P2: /Rotate 270 报价单. Stamped 申报表 (Rotate 270)."""
    f = new_filing("fk02_rotated_cropped", seed, 2, "昌吉市")
    _firm_papers(f)
    _project(
        f,
        0,
        ContractStyle(rotate=90, bleed=18, draft_layer=True, stamp_image=True),
        AcceptanceStyle(flatten=True, stamp_image=True),
    )
    _project(
        f,
        1,
        ContractStyle(rotate=270, producer="Microsoft® Word 2019"),
        AcceptanceStyle(flatten=True),
        invoice="pdf",
    )
    data, fields = declaration_form_pdf(
        f.firm, f.grade, f.firm.staff, len(f.firm.certs), f.audit, f.deals, 2025
    )
    f.add("申报表盖章版.pdf", [(data, "declaration_form", fields, None)])
    return f


def fk03_fonts_glyphs(seed: int) -> Filing:
    """Clean (呼图壁县), declaration.xlsx. Headings in a subset font without ToUnicode (audit and contracts), the
    contracts' body text drawn one glyph per show operation; P1's 数电票 PDF/A-like with its XML embedded."""
    f = new_filing("fk03_fonts_glyphs", seed, 3, "呼图壁县")
    f.xlsx = True
    _firm_papers(f, heading_font=True)
    _project(f, 0, ContractStyle(heading_font=True, per_glyph=True), AcceptanceStyle(), invoice="pdfa")
    _project(
        f,
        1,
        ContractStyle(heading_font=True, per_glyph=True, form=True, flatten=True),
        AcceptanceStyle(flatten=True),
    )
    return f


def fk04_flattened_vector(seed: int) -> Filing:
    """Clean (昌吉市), three projects. Forms half flattened into page content, half live; seals drawn as vector
    paths in the page content, partly over the signature block; a 监理单位 on P3's acceptance; P2 backed by its
    invoice only (no acceptance)."""
    f = new_filing("fk04_flattened_vector", seed, 4, "昌吉市", n_projects=3)
    _firm_papers(f)
    _project(
        f, 0, ContractStyle(form=True, flatten=True, vector_seals=True), AcceptanceStyle(vector_seals=True)
    )
    _project(
        f,
        1,
        ContractStyle(vector_seals=True, bleed=12),
        None,
        invoice="pdf",
        fname=f"{f.deals[1].id}合同.pdf",
    )
    sup = f.rng.choice(SUPERVISORS)
    _project(
        f,
        2,
        ContractStyle(vector_seals=True),
        AcceptanceStyle(flatten=True, vector_seals=True, third_party=sup),
    )
    return f


def fk05_widget_amount(seed: int) -> Filing:
    """AMOUNT_MISMATCH + FEE_MISMATCH (P1, contract p1 / p3). The live 合同要素 form shows a price 8–14 % below the
    row (words and figures agree); the 报价单's 硬件购置费 is the part that is smaller, and its total (p3) is the shown
    price. The declaration carries the larger hardware figure."""
    f = new_filing("fk05_widget_amount", seed, 5, "米东区")
    _firm_papers(f)
    d = f.deals[0]
    cut = (d.amount * Decimal(f.rng.randint(8, 14)) / 100).quantize(Decimal("1000"))
    declared_hw = d.fees["hardware_purchase"]
    d.fees["hardware_purchase"] = declared_hw - cut
    pages = _project(f, 0, ContractStyle(form=True), AcceptanceStyle())
    shown = d.amount
    d.fees["hardware_purchase"] = declared_hw
    fname = f"{d.id}-{d.name[:14]}（合同及验收）.pdf"
    f.plant(
        "AMOUNT_MISMATCH",
        d.id,
        fname,
        pages["contract"],
        f"申报 {money(d.amount)}，合同要素表 {money(shown)}",
    )
    f.plant(
        "FEE_MISMATCH",
        d.id,
        fname,
        pages["contract"] + 2,
        f"hardware_purchase 申报 {money(declared_hw)}，报价单 {money(declared_hw - cut)}",
    )
    _project(f, 1, ContractStyle(), AcceptanceStyle(flatten=True), invoice="pdf")
    return f


def fk06_checkbox_failed(seed: int) -> Filing:
    """ACCEPTANCE_NOT_PASSED (P2, acceptance page). The live acceptance form's 不合格 checkbox is on (合格 off), the
    opinion widgets say the acceptance is refused; the row declares the form's date as accepted_on."""
    f = new_filing("fk06_checkbox_failed", seed, 6, "呼图壁县")
    _firm_papers(f)
    _project(f, 0, ContractStyle(form=True, flatten=True), AcceptanceStyle(flatten=True), invoice="pdf")
    pages = _project(f, 1, ContractStyle(), AcceptanceStyle(passed=False))
    d = f.deals[1]
    fname = f"{d.id}-{d.name[:14]}（合同及验收）.pdf"
    f.plant("ACCEPTANCE_NOT_PASSED", d.id, fname, pages["acceptance"], "验收结论复选框：不合格")
    return f


def fk07_unsealed_signature(seed: int) -> Filing:
    """SEAL_MISSING (P1, contract signature page p4). Signature lines and pen signatures, no seal of either party
    (no Stamp annotation, no seal paths); the acceptance after it carries all seals."""
    f = new_filing("fk07_unsealed_signature", seed, 7, "昌吉市")
    _firm_papers(f)
    pages = _project(f, 0, ContractStyle(seal_firm=False, seal_client=False), AcceptanceStyle())
    d = f.deals[0]
    fname = f"{d.id}-{d.name[:14]}（合同及验收）.pdf"
    f.plant("SEAL_MISSING", d.id, fname, pages["contract"] + 3, "合同签署页只有签字，无印章")
    _project(f, 1, ContractStyle(form=True), AcceptanceStyle(), invoice="pdf")
    return f


def fk08_hidden_text_layer(seed: int) -> Filing:
    """TEXT_LAYER_MISMATCH (P1, contract p1). The 小写 figure is drawn as glyph outlines showing the declared price;
    an invisible text run (render mode 3) at the same place says a price 10–20 % lower. The words, the 报价单 and the
    declaration all agree with what the viewer shows."""
    f = new_filing("fk08_hidden_text_layer", seed, 8, "米东区")
    _firm_papers(f)
    d = f.deals[0]
    hidden = (d.amount * Decimal(100 - f.rng.randint(10, 20)) / 100).quantize(Decimal("100"))
    pages = _project(f, 0, ContractStyle(outline_amount=d.amount, hidden_amount=hidden), AcceptanceStyle())
    fname = f"{d.id}-{d.name[:14]}（合同及验收）.pdf"
    f.plant(
        "TEXT_LAYER_MISMATCH",
        d.id,
        fname,
        pages["contract"],
        f"页面显示 ¥{figures(d.amount)}，文本层 ¥{figures(hidden)}",
    )
    _project(f, 1, ContractStyle(), AcceptanceStyle(), invoice="pdf")
    return f


def fk09_incremental_edit(seed: int) -> Filing:
    """PDF_EDITED (P2, contract p1). The contract form was saved with a wrong 小写 figure, then reopened in an
    editor and the figure retyped: a second revision appended to the file (incremental update) whose widget
    appearance shows the declared price. What the viewer shows agrees with the declaration."""
    f = new_filing("fk09_incremental_edit", seed, 9, "呼图壁县")
    _firm_papers(f)
    _project(f, 0, ContractStyle(), AcceptanceStyle(), invoice="pdf")
    d = f.deals[1]
    wrong = d.amount + Decimal(f.rng.choice((-1, 1)) * f.rng.randint(3, 9)) * 10000
    cdata, cfields, _ = contract_pdf(
        d, f.firm, ContractStyle(form=True, first_figures="¥" + figures(wrong)), f.rng
    )
    edited_on = d.signed + dt.timedelta(days=f.rng.randint(20, 60))
    cdata = incremental_fix(cdata, "field_5", "¥" + figures(d.amount), f"D:{edited_on:%Y%m%d}143207+08'00'")
    fname = f"{d.id}合同.pdf"
    f.add(fname, [(cdata, "contract", cfields, d.id)])
    adata, afields = acceptance_pdf(d, f.firm, AcceptanceStyle(flatten=True), f.rng)
    f.add(f"{d.id}验收报告.pdf", [(adata, "acceptance_report", afields, d.id)])
    f.plant("PDF_EDITED", d.id, fname, 1, f"增量更新把小写金额由 {money(wrong)} 改为 {money(d.amount)}")
    return f


def fk10_party_and_date(seed: int) -> Filing:
    """PARTY_MISMATCH (P1, contract p1) and DATE_MISMATCH (P2, acceptance). P1's contract (CropBox page, bleed)
    and acceptance name a sibling body of the declared client as 甲方 / 建设单位; P2's flattened acceptance form is
    dated 9–25 days after the declared accepted_on (still in 2025, after signing)."""
    f = new_filing("fk10_party_and_date", seed, 10, "昌吉市")
    used = {d.client for d in f.deals}
    from .filing import make_deal

    client = f.rng.choice([c for c in SIBLING if c not in used])
    f.deals[0] = make_deal(f.rng, 1, f.firm, used, client=client)
    _firm_papers(f)
    d = f.deals[0]
    other = SIBLING[d.client]
    pages = _project(f, 0, ContractStyle(shown_party_a=other, bleed=18), AcceptanceStyle(), party_a=other)
    fname = f"{d.id}-{d.name[:14]}（合同及验收）.pdf"
    f.plant("PARTY_MISMATCH", d.id, fname, pages["contract"], f"甲方 {other}，申报 {d.client}")
    e = f.deals[1]
    shown = e.accepted + dt.timedelta(days=f.rng.randint(9, 25))
    if shown.year > 2025:
        e.accepted = e.accepted - dt.timedelta(days=30)
        shown = e.accepted + dt.timedelta(days=12)
    pages = _project(
        f, 1, ContractStyle(form=True, flatten=True), AcceptanceStyle(flatten=True, shown_date=shown)
    )
    fname2 = f"{e.id}-{e.name[:14]}（合同及验收）.pdf"
    f.plant(
        "DATE_MISMATCH",
        e.id,
        fname2,
        pages["acceptance"],
        f"验收日期 {shown.isoformat()}，申报 {e.accepted.isoformat()}",
    )
    return f


SCENARIOS: list[Callable[[int], Filing]] = [
    fk01_live_forms,
    fk02_rotated_cropped,
    fk03_fonts_glyphs,
    fk04_flattened_vector,
    fk05_widget_amount,
    fk06_checkbox_failed,
    fk07_unsealed_signature,
    fk08_hidden_text_layer,
    fk09_incremental_edit,
    fk10_party_and_date,
]
_ = words
