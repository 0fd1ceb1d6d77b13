"""The twelve scenarios. Each builds one filing from its own rng; the planted causes are fixed,
everything else (firm, people, amounts, dates, layouts, scan settings) follows the seed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal

import pymupdf
from PIL import Image

from . import templates as T
from .build import YEAR, Scenario
from .draw import A4, A4_LANDSCAPE, ImagePainter, Run
from .files import PdfFile, save_encrypted, save_tiff, sheet
from .kit import (
    acceptance_fields,
    acceptance_of,
    audit_file,
    contract_fields,
    contract_pages,
    finance_for,
    invoice_fields,
    invoice_of,
    licence_fields,
    licence_of,
    licence_pdf,
    licence_photo,
    make_contract,
    new_firm,
    old_licence_fields,
    project_basics,
    put_pages,
    scan_mode,
)
from .money import capital, figures, q2, s2
from .scan import degrade, finish, settings_for
from .world import Client, amount, date_between, firm, person, split_fees

FIELD_LOCATION = "新疆维吾尔自治区塔城地区"


def _declare(
    sc: Scenario,
    pid: str,
    c: T.Contract,
    cl: Client,
    accepted: dt.date,
    fees: dict[str, Decimal] | None = None,
) -> dict:
    return sc.project(
        pid,
        c.project,
        cl.name,
        c.signed,
        accepted,
        cl.field,
        FIELD_LOCATION + cl.place,
        fees if fees is not None else c.fees,
    )


def _fees(
    sc: Scenario,
    total: Decimal,
    keys: tuple[str, ...] = ("software_development", "integration_implementation", "hardware_purchase"),
) -> dict[str, Decimal]:
    return split_fees(sc.rng, total, list(keys))


def _name(sc: Scenario, *choices: str) -> str:
    return sc.rng.choice(choices)


# 1 -------------------------------------------------------------------------------------------
def tc01_govproc_clean(sc: Scenario) -> None:
    """Clean. 政府采购合同 in the 采购人/供应商 form with a fee table; a 技术服务合同 on one page with an
    e-invoice whose 价税合计 equals it; a consolidated audit report whose 母公司 column is declared."""
    rng = sc.rng
    f = new_firm(sc, "塔城市")
    sc.enterprise(f)
    lic = licence_of(f, rng)
    pdf, _ = licence_pdf(sc, lic, _name(sc, "营业执照.pdf", "营业执照副本.pdf"))
    pdf.save(sc.sub)
    cl1, pn1, sg1, ac1 = project_basics(sc, f)
    c1 = make_contract(
        sc, f, cl1, pn1, _fees(sc, amount(rng, 600_000, 2_400_000)), "gov", sg1, fee_style="table"
    )
    cl2, pn2, sg2, ac2 = project_basics(sc, f, {cl1.name})
    c2 = make_contract(
        sc,
        f,
        cl2,
        pn2,
        _fees(sc, amount(rng, 150_000, 600_000, 10), ("software_development", "operation_maintenance")),
        "service",
        sg2,
    )
    au = finance_for(sc, f, c1.amount + c2.amount, consolidated=True, unit="元")
    au.group_revenue = q2(au.revenue * Decimal("1.37"))
    au.group_profit = q2(au.profit * Decimal("1.22"))
    apdf, _ = audit_file(sc, au, f"{YEAR}年度审计报告.pdf", "vector")
    apdf.save(sc.sub)
    mode = scan_mode(rng)
    name1 = f"项目一_{cl1.name}.pdf"
    p1 = PdfFile(name1)
    pages = put_pages(p1, contract_pages(c1, rng), rng, mode)
    sc.doc(name1, pages, "contract", contract_fields(c1), "P1", scanned=True)
    a1 = acceptance_of(sc, c1, ac1, conclusion=rng.choice(("验收合格", "同意通过验收")))
    pg = put_pages(p1, [lambda p: T.acceptance(p, a1, rng)], rng, mode)
    sc.doc(name1, pg, "acceptance_report", acceptance_fields(a1), "P1", scanned=True)
    p1.save(sc.sub)
    _declare(sc, "P1", c1, cl1, ac1)
    name2 = f"项目二_{cl2.name}.pdf"
    p2 = PdfFile(name2)
    pages = put_pages(p2, contract_pages(c2, rng, one_page=True), rng, mode)
    sc.doc(name2, pages, "contract", contract_fields(c2), "P2", scanned=True)
    inv = invoice_of(sc, f, cl2, c2, ac2)
    p2.vector(T.invoice, inv, rng, size=T.INVOICE_SIZE)
    sc.doc(name2, [p2.count], "invoice", invoice_fields(inv), "P2")
    p2.save(sc.sub)
    _declare(sc, "P2", c2, cl2, ac2)


# 2 -------------------------------------------------------------------------------------------
def tc02_quote_twostage_clean(sc: Scenario) -> None:
    """Clean. The price is only in the attached 分项报价表 (body: 详见附件); a 试运行报告, an 初验报告
    and a 终验报告 (the final one decides); audit report in 千元 with 上年同期 columns."""
    rng = sc.rng
    f = new_firm(sc, "乌苏市")
    sc.enterprise(f)
    lic = licence_of(f, rng)
    pdf, _ = licence_pdf(sc, lic, "营业执照.pdf", "grey")
    pdf.save(sc.sub)
    cl, pn, sg, ac = project_basics(sc, f)
    fees = _fees(
        sc,
        amount(rng, 800_000, 3_000_000, 10),
        (
            "consulting_design",
            "software_development",
            "integration_implementation",
            "hardware_purchase",
            "software_purchase",
        ),
    )
    c = make_contract(sc, f, cl, pn, fees, "quote", sg, fee_style="quote")
    au = finance_for(sc, f, c.amount, unit="千元")
    apdf, _ = audit_file(sc, au, "审计报告2025.pdf", "grey")
    apdf.save(sc.sub)
    # declared finance: the yuan figures, which round to the 千元 figures printed (CONTRACT 1.1)
    name = f"{c.project}.pdf"
    pdf = PdfFile(name)
    mode = scan_mode(rng)
    pages = put_pages(pdf, contract_pages(c, rng), rng, mode)
    sc.doc(name, pages, "contract", contract_fields(c), "P1", scanned=True)
    final = ac
    first = final - dt.timedelta(days=rng.randint(40, 75))
    trial = T.TrialRun(
        c.project, c.party_a, c.party_b, first + dt.timedelta(days=1), final - dt.timedelta(days=3)
    )
    pg = put_pages(pdf, [lambda p: T.trial_run(p, trial, rng)], rng, mode)
    sc.doc(name, pg, "other", {}, "P1", scanned=True)
    a1 = acceptance_of(sc, c, first, title="初步验收报告", conclusion="同意通过初步验收，进入试运行")
    pg = put_pages(pdf, [lambda p: T.acceptance(p, a1, rng)], rng, mode)
    sc.doc(name, pg, "acceptance_report", acceptance_fields(a1), "P1", scanned=True)
    a2 = acceptance_of(sc, c, final, title="项目终验报告", conclusion="同意通过验收")
    pg = put_pages(pdf, [lambda p: T.acceptance(p, a2, rng)], rng, mode)
    sc.doc(name, pg, "acceptance_report", acceptance_fields(a2), "P1", scanned=True)
    pdf.save(sc.sub)
    _declare(sc, "P1", c, cl, final)


# 3 -------------------------------------------------------------------------------------------
def tc03_yi_tiff_clean(sc: Scenario) -> None:
    """Clean. A contract above 1亿 in 万元 with four decimals and capital numerals with 亿, the fee
    split in prose (其中：…元); contract and acceptance in one multi-page bilevel TIFF (G4); the licence
    a sideways phone photo."""
    rng = sc.rng
    f = new_firm(sc, "沙湾市", "乙")
    sc.enterprise(f)
    licence_photo(
        sc, licence_of(f, rng), f"IMG_{YEAR + 1}01{rng.randint(10, 28)}_{rng.randint(100000, 235959)}.jpg"
    )
    cl, pn, sg, ac = project_basics(sc, f)
    total = Decimal(rng.randint(100_000_000, 168_000_000))
    fees = split_fees(rng, total, ["software_development", "integration_implementation", "hardware_purchase"])
    fees["hardware_purchase"] += Decimal(
        rng.randint(1, 99)
    )  # figures to the yuan, as 万元 with 4 decimals shows them
    c = make_contract(sc, f, cl, pn, fees, "build", sg, fee_style="prose", amount_style="wan4")
    c.amount = sum(fees.values(), Decimal(0))
    c.words = capital(c.amount)
    au = finance_for(sc, f, c.amount)
    apdf, _ = audit_file(sc, au, "财务审计报告.pdf", "vector")
    apdf.save(sc.sub)
    name = "合同及验收报告.tif"
    frames = []
    a = acceptance_of(
        sc, c, ac, wrap_b=True, third_party=f"新疆{rng.choice(('天正', '华源', '恒信'))}工程监理咨询有限公司"
    )
    for tpl in [*contract_pages(c, rng), lambda p: T.acceptance(p, a, rng)]:
        p = ImagePainter(A4, 200)
        tpl(p)
        st = settings_for(rng, "bw", dpi=200)
        frames.append(finish(degrade(p.img, rng, st), st))
    save_tiff(frames, sc.sub / name, 200)
    sc.doc(name, [1, 2], "contract", contract_fields(c), "P1", scanned=True)
    sc.doc(name, [3], "acceptance_report", acceptance_fields(a), "P1", scanned=True)
    _declare(sc, "P1", c, cl, ac)


# 4 -------------------------------------------------------------------------------------------
def tc04_fax_rotated_clean(sc: Scenario) -> None:
    """Clean. A fax-like 1-bit PDF (CCITT G4): the signature page upside down, the acceptance report
    turned 90°; the client declared with half-width brackets, printed with full-width ones; the old
    注册号 licence filed beside the current one."""
    rng = sc.rng
    f = new_firm(sc, "额敏县")
    f.established = date_between(rng, dt.date(2008, 1, 1), dt.date(2013, 12, 31))
    sc.enterprise(f)
    lic = licence_of(f, rng)
    old = dataclasses.replace(lic, issued=date_between(rng, f.established, dt.date(2015, 9, 30)))
    name = "营业执照（新、旧）.pdf"
    pdf = PdfFile(name)
    st = settings_for(rng, "grey")
    pdf.scanned(
        degrade(sheet(T.licence_new, lic, rng, size=A4_LANDSCAPE, dpi=st.dpi).img, rng, st).convert("L"),
        st.dpi,
        st.quality,
    )
    sc.doc(name, [1], "business_license", licence_fields(lic), scanned=True)
    st = settings_for(rng, "grey")
    pdf.scanned(
        degrade(sheet(T.licence_old, old, rng, dpi=st.dpi).img, rng, st).convert("L"), st.dpi, st.quality
    )
    sc.doc(name, [2], "business_license", old_licence_fields(old), scanned=True)
    pdf.save(sc.sub)
    cl_name = f"{f.place}人民医院（{f.place}中医医院）"
    cl = Client(cl_name, "医疗卫生", f.place)
    pn = f"{f.place}人民医院{rng.choice(('电子病历系统升级改造项目', '区域影像云平台建设项目'))}"
    sg = date_between(rng, dt.date(YEAR - 1, 10, 1), dt.date(YEAR, 4, 30))
    ac = date_between(rng, sg + dt.timedelta(days=70), dt.date(YEAR, 12, 10))
    c = make_contract(
        sc, f, cl, pn, _fees(sc, amount(rng, 300_000, 1_500_000)), "build", sg, fee_style="table"
    )
    au = finance_for(sc, f, c.amount)
    apdf, _ = audit_file(sc, au, "2025审计报告.pdf", "vector")
    apdf.save(sc.sub)
    name = f"scan_{rng.randint(1, 99):04d}.pdf"
    pdf = PdfFile(name)
    a = acceptance_of(sc, c, ac, conclusion="同意通过验收", wrap_b=True)
    pages = put_pages(
        pdf,
        [*contract_pages(c, rng), lambda p: T.acceptance(p, a, rng)],
        rng,
        "bw",
        [0, 180, rng.choice((90, 270))],
    )
    sc.doc(name, pages[:2], "contract", contract_fields(c), "P1", scanned=True)
    sc.doc(name, pages[2:], "acceptance_report", acceptance_fields(a), "P1", scanned=True)
    pdf.save(sc.sub)
    row = _declare(sc, "P1", c, cl, ac)
    row["client"] = cl_name.replace("（", "(").replace("）", ")")


# 5 -------------------------------------------------------------------------------------------
def tc05_amount_date(sc: Scenario) -> None:
    """AMOUNT_MISMATCH (contract page 1: the contract says another total than the row) and
    DATE_MISMATCH (the acceptance report is dated otherwise than the declared acceptance)."""
    rng = sc.rng
    f = new_firm(sc, "托里县")
    sc.enterprise(f)
    pdf, _ = licence_pdf(sc, licence_of(f, rng), "营业执照.pdf", "grey")
    pdf.save(sc.sub)
    cl, pn, sg, ac = project_basics(sc, f)
    ac = min(ac, dt.date(YEAR, 11, 20))
    total = amount(rng, 400_000, 1_800_000, 1000)
    c = make_contract(sc, f, cl, pn, _fees(sc, total), "gov", sg)
    au = finance_for(sc, f, c.amount)
    apdf, _ = audit_file(sc, au, "审计报告.pdf", "vector")
    apdf.save(sc.sub)
    name = "合同+验收.pdf"
    pdf = PdfFile(name)
    mode = scan_mode(rng)
    pages = put_pages(pdf, contract_pages(c, rng, one_page=True), rng, mode)
    sc.doc(name, pages, "contract", contract_fields(c), "P1", scanned=True)
    a = acceptance_of(sc, c, ac)
    pg = put_pages(pdf, [lambda p: T.acceptance(p, a, rng)], rng, mode)
    sc.doc(name, pg, "acceptance_report", acceptance_fields(a), "P1", scanned=True)
    pdf.save(sc.sub)
    # the row: hardware raised by a round sum nowhere in the contract; acceptance 2–5 weeks later
    delta = Decimal(rng.choice((90_000, 120_000, 180_000, 250_000)))
    declared = dict(c.fees)
    declared["hardware_purchase"] += delta
    _declare(sc, "P1", c, cl, ac + dt.timedelta(days=rng.randint(14, 35)), declared)
    sc.plant(
        "AMOUNT_MISMATCH", name, pages[0], "P1", f"contract {s2(c.amount)}, declared {s2(c.amount + delta)}"
    )
    sc.plant(
        "DATE_MISMATCH", name, pg[0], "P1", "acceptance report dated weeks before the declared accepted_on"
    )


# 6 -------------------------------------------------------------------------------------------
def tc06_party_fee(sc: Scenario) -> None:
    """PARTY_MISMATCH (P1: party B and its seal are a sister company, not the declaring enterprise)
    and FEE_MISMATCH (P2: the prose fee split differs from the declared fees; the total agrees)."""
    rng = sc.rng
    f = new_firm(sc, "裕民县")
    sc.enterprise(f)
    pdf, _ = licence_pdf(sc, licence_of(f, rng), "营业执照副本.pdf", "vector")
    pdf.save(sc.sub)
    sister = firm(rng, "塔城市", {f.name})
    cl1, pn1, sg1, ac1 = project_basics(sc, f)
    c1 = make_contract(sc, f, cl1, pn1, _fees(sc, amount(rng, 300_000, 1_200_000)), "service", sg1)
    c1.party_b = sister.name
    c1.b_rep = sister.legal_rep
    cl2, pn2, sg2, ac2 = project_basics(sc, f, {cl1.name})
    fees2 = _fees(sc, amount(rng, 500_000, 2_000_000))
    c2 = make_contract(sc, f, cl2, pn2, fees2, "build", sg2, fee_style="prose")
    au = finance_for(sc, f, c1.amount + c2.amount)
    apdf, _ = audit_file(sc, au, "审计报告（2025年度）.pdf", "grey")
    apdf.save(sc.sub)
    mode = scan_mode(rng)
    n1 = f"01_{cl1.name}_合同验收.pdf"
    p1 = PdfFile(n1)
    pages1 = put_pages(p1, contract_pages(c1, rng), rng, mode)
    sc.doc(n1, pages1, "contract", contract_fields(c1), "P1", scanned=True)
    a1 = acceptance_of(sc, c1, ac1)
    pg = put_pages(p1, [lambda p: T.acceptance(p, a1, rng)], rng, mode)
    sc.doc(n1, pg, "acceptance_report", acceptance_fields(a1), "P1", scanned=True)
    p1.save(sc.sub)
    _declare(sc, "P1", c1, cl1, ac1)
    n2 = f"02_{cl2.name}_合同验收.pdf"
    p2 = PdfFile(n2)
    pages2 = put_pages(p2, contract_pages(c2, rng, one_page=True), rng, mode)
    sc.doc(n2, pages2, "contract", contract_fields(c2), "P2", scanned=True)
    a2 = acceptance_of(sc, c2, ac2)
    pg = put_pages(p2, [lambda p: T.acceptance(p, a2, rng)], rng, mode)
    sc.doc(n2, pg, "acceptance_report", acceptance_fields(a2), "P2", scanned=True)
    p2.save(sc.sub)
    shift = Decimal(rng.choice((60_000, 85_000, 110_000)))
    declared = dict(fees2)
    declared["software_development"] += shift
    declared["hardware_purchase"] -= shift
    _declare(sc, "P2", c2, cl2, ac2, declared)
    sc.plant("PARTY_MISMATCH", n1, pages1[0], "P1", f"party B {sister.name}")
    sc.plant(
        "FEE_MISMATCH",
        n2,
        pages2[0],
        "P2",
        "software_development and hardware_purchase differ by the same sum",
    )


# 7 -------------------------------------------------------------------------------------------
def tc07_words_seal(sc: Scenario) -> None:
    """AMOUNT_WORDS_MISMATCH (P1: the capital numerals say another sum than the figures) and
    SEAL_MISSING (P2: an acceptance report with signatures but no seal at all)."""
    rng = sc.rng
    f = new_firm(sc, "和布克赛尔县")
    sc.enterprise(f)
    pdf, _ = licence_pdf(sc, licence_of(f, rng), "营业执照.pdf", "vector")
    pdf.save(sc.sub)
    cl1, pn1, sg1, ac1 = project_basics(sc, f)
    c1 = make_contract(sc, f, cl1, pn1, _fees(sc, amount(rng, 400_000, 2_000_000, 1000)), "gov", sg1)
    wrong = (
        c1.amount + Decimal(rng.choice((100_000, 200_000, 300_000)))
        if c1.amount < 1_500_000
        else c1.amount - Decimal(200_000)
    )
    c1.words = capital(wrong)
    cl2, pn2, sg2, ac2 = project_basics(sc, f, {cl1.name})
    c2 = make_contract(
        sc,
        f,
        cl2,
        pn2,
        _fees(sc, amount(rng, 100_000, 500_000, 10), ("software_development", "data_processing")),
        "service",
        sg2,
    )
    au = finance_for(sc, f, c1.amount + c2.amount)
    apdf, _ = audit_file(sc, au, "审计报告.pdf", "vector")
    apdf.save(sc.sub)
    mode = scan_mode(rng)
    n1 = f"{c1.project}.pdf"
    p1 = PdfFile(n1)
    pages1 = put_pages(p1, contract_pages(c1, rng), rng, mode)
    sc.doc(n1, pages1, "contract", contract_fields(c1), "P1", scanned=True)
    a1 = acceptance_of(sc, c1, ac1)
    pg = put_pages(p1, [lambda p: T.acceptance(p, a1, rng)], rng, mode)
    sc.doc(n1, pg, "acceptance_report", acceptance_fields(a1), "P1", scanned=True)
    p1.save(sc.sub)
    _declare(sc, "P1", c1, cl1, ac1)
    n2 = f"{c2.project}.pdf"
    p2 = PdfFile(n2)
    pages2 = put_pages(p2, contract_pages(c2, rng, one_page=True), rng, mode)
    sc.doc(n2, pages2, "contract", contract_fields(c2), "P2", scanned=True)
    a2 = acceptance_of(sc, c2, ac2, sealed=False)
    pg2 = put_pages(p2, [lambda p: T.acceptance(p, a2, rng)], rng, mode)
    sc.doc(n2, pg2, "acceptance_report", acceptance_fields(a2), "P2", scanned=True)
    p2.save(sc.sub)
    _declare(sc, "P2", c2, cl2, ac2)
    sc.plant("AMOUNT_WORDS_MISMATCH", n1, pages1[0], "P1", f"figures {s2(c1.amount)}, words {s2(wrong)}")
    sc.plant("SEAL_MISSING", n2, pg2[0], "P2", "acceptance report signed, no seal")


# 8 -------------------------------------------------------------------------------------------
def tc08_not_passed_licfield(sc: Scenario) -> None:
    """ACCEPTANCE_NOT_PASSED (验收结论：不予通过) and LICENSE_FIELD_MISMATCH (the licence photo
    names another legal representative than the declaration)."""
    rng = sc.rng
    f = new_firm(sc, "乌苏市")
    sc.enterprise(f)
    other_rep = person(rng, 0.2)
    while other_rep == f.legal_rep:
        other_rep = person(rng, 0.2)
    lic_name = f"IMG_{rng.randint(1000, 9999)}.jpg"
    licence_photo(sc, licence_of(f, rng, legal_rep=other_rep), lic_name)
    cl, pn, sg, ac = project_basics(sc, f)
    c = make_contract(sc, f, cl, pn, _fees(sc, amount(rng, 300_000, 1_500_000)), "gov", sg, fee_style="table")
    au = finance_for(sc, f, c.amount)
    apdf, _ = audit_file(sc, au, "审计报告.pdf", "vector")
    apdf.save(sc.sub)
    name = f"{cl.name}项目资料.pdf"
    pdf = PdfFile(name)
    mode = scan_mode(rng)
    pages = put_pages(pdf, contract_pages(c, rng), rng, mode)
    sc.doc(name, pages, "contract", contract_fields(c), "P1", scanned=True)
    a = acceptance_of(
        sc,
        c,
        ac,
        conclusion="不予通过",
        opinion="经现场检查和功能测试，系统部分功能模块未按合同要求完成，数据对接接口尚未联调，技术文档不齐全。验收组意见：限期整改，整改完成后重新组织验收。",
    )
    pg = put_pages(pdf, [lambda p: T.acceptance(p, a, rng)], rng, mode)
    sc.doc(name, pg, "acceptance_report", acceptance_fields(a), "P1", scanned=True)
    pdf.save(sc.sub)
    _declare(sc, "P1", c, cl, ac)
    sc.plant("ACCEPTANCE_NOT_PASSED", name, pg[0], "P1", "验收结论：不予通过")
    sc.plant(
        "LICENSE_FIELD_MISMATCH",
        lic_name,
        1,
        None,
        f"licence legal representative {other_rep}, declared {f.legal_rep}",
    )


# 9 -------------------------------------------------------------------------------------------
def tc09_expired_audit(sc: Scenario) -> None:
    """LICENSE_EXPIRED (营业期限 ends in the inspection year) and AUDIT_FIGURE_MISMATCH (declared
    operating revenue is not the audited one; two digits swapped)."""
    rng = sc.rng
    f = new_firm(sc, "沙湾市")
    f.established = date_between(rng, dt.date(2005, 3, 1), dt.date(2005, 8, 31))
    sc.enterprise(f)
    until = dt.date(YEAR, f.established.month, f.established.day) - dt.timedelta(days=1)
    pdf, lp = licence_pdf(sc, licence_of(f, rng, valid_until=until), "营业执照.pdf", scan_mode(rng))
    pdf.save(sc.sub)
    cl, pn, sg, ac = project_basics(sc, f)
    c = make_contract(sc, f, cl, pn, _fees(sc, amount(rng, 200_000, 900_000)), "service", sg)
    au = finance_for(sc, f, c.amount)
    text = f"{au.revenue:.2f}"
    digits = [
        i
        for i in range(len(text) - 4)
        if text[i].isdigit() and text[i + 1].isdigit() and text[i] != text[i + 1] and i + 1 < len(text) - 3
    ]
    if digits:
        i = digits[min(1, len(digits) - 1)]
        swapped = Decimal(text[:i] + text[i + 1] + text[i] + text[i + 2 :])
    else:
        swapped = au.revenue + Decimal(1_000_000)
    sc.declaration["finance"][0]["operating_revenue"] = s2(swapped)
    apdf, _ = audit_file(sc, au, "2025年审计报告.pdf", "vector")
    apdf.save(sc.sub)
    name = "项目合同及发票.pdf"
    pdf = PdfFile(name)
    pages = put_pages(pdf, contract_pages(c, rng, one_page=True), rng, scan_mode(rng))
    sc.doc(name, pages, "contract", contract_fields(c), "P1", scanned=True)
    inv = invoice_of(sc, f, cl, c, ac)
    pdf.vector(T.invoice, inv, rng, size=T.INVOICE_SIZE)
    sc.doc(name, [pdf.count], "invoice", invoice_fields(inv), "P1")
    pdf.save(sc.sub)
    _declare(sc, "P1", c, cl, ac)
    sc.plant("LICENSE_EXPIRED", "营业执照.pdf", lp, None, f"营业期限至{until.isoformat()}")
    sc.plant(
        "AUDIT_FIGURE_MISMATCH",
        "2025年审计报告.pdf",
        2,
        None,
        f"operating revenue audited {s2(au.revenue)}, declared {s2(swapped)}",
    )


# 10 ------------------------------------------------------------------------------------------
def tc10_duplicate(sc: Scenario) -> None:
    """DUPLICATE_DOCUMENT: project 1's acceptance report, scanned again on another scanner, is filed
    in project 2's file as well (project 2 also has its invoice)."""
    rng = sc.rng
    f = new_firm(sc, "塔城市")
    sc.enterprise(f)
    pdf, _ = licence_pdf(sc, licence_of(f, rng), "营业执照.pdf", "vector")
    pdf.save(sc.sub)
    cl1, pn1, sg1, ac1 = project_basics(sc, f)
    c1 = make_contract(
        sc, f, cl1, pn1, _fees(sc, amount(rng, 300_000, 1_500_000)), "build", sg1, fee_style="table"
    )
    cl2, pn2, sg2, ac2 = project_basics(sc, f, {cl1.name})
    c2 = make_contract(sc, f, cl2, pn2, _fees(sc, amount(rng, 200_000, 800_000)), "service", sg2)
    au = finance_for(sc, f, c1.amount + c2.amount)
    apdf, _ = audit_file(sc, au, "审计报告.pdf", "vector")
    apdf.save(sc.sub)
    a1 = acceptance_of(sc, c1, ac1)
    paper = sheet(T.acceptance, a1, rng, dpi=200).img
    n1 = "项目1.pdf"
    p1 = PdfFile(n1)
    pages = put_pages(p1, contract_pages(c1, rng, one_page=True), rng, "grey")
    sc.doc(n1, pages, "contract", contract_fields(c1), "P1", scanned=True)
    st = settings_for(rng, "grey", dpi=200)
    p1.scanned(finish(degrade(paper, rng, st), st), 200, st.quality)
    sc.doc(n1, [p1.count], "acceptance_report", acceptance_fields(a1), "P1", scanned=True)
    p1.save(sc.sub)
    _declare(sc, "P1", c1, cl1, ac1)
    n2 = "项目2.pdf"
    p2 = PdfFile(n2)
    pages = put_pages(p2, contract_pages(c2, rng, one_page=True), rng, "colour")
    sc.doc(n2, pages, "contract", contract_fields(c2), "P2", scanned=True)
    inv = invoice_of(sc, f, cl2, c2, ac2)
    p2.vector(T.invoice, inv, rng, size=T.INVOICE_SIZE)
    sc.doc(n2, [p2.count], "invoice", invoice_fields(inv), "P2")
    st2 = settings_for(rng, "colour", dpi=150)
    small = paper.resize((round(paper.width * 0.75), round(paper.height * 0.75)), Image.Resampling.LANCZOS)
    p2.scanned(finish(degrade(small, rng, st2), st2), 150, st2.quality)
    dup = p2.count
    sc.doc(n2, [dup], "acceptance_report", acceptance_fields(a1), "P1", scanned=True)
    p2.save(sc.sub)
    _declare(sc, "P2", c2, cl2, ac2)
    sc.plant("DUPLICATE_DOCUMENT", n2, dup, "P2", f"re-scan of {n1} page 2 (project 1's acceptance report)")


# 11 ------------------------------------------------------------------------------------------
def tc11_overlay_textlayer(sc: Scenario) -> None:
    """OVERLAY_DETECTED (P1: a born-digital contract whose amount line is covered by a white box with
    a new line on top) and TEXT_LAYER_MISMATCH (P2: a searchable scan whose hidden OCR layer carries
    another amount than the image)."""
    rng = sc.rng
    f = new_firm(sc, "额敏县")
    sc.enterprise(f)
    pdf, _ = licence_pdf(sc, licence_of(f, rng), "营业执照.pdf", "grey")
    pdf.save(sc.sub)
    cl1, pn1, sg1, ac1 = project_basics(sc, f)
    c1 = make_contract(sc, f, cl1, pn1, _fees(sc, amount(rng, 300_000, 1_500_000, 1000)), "build", sg1)
    cl2, pn2, sg2, ac2 = project_basics(sc, f, {cl1.name})
    c2 = make_contract(sc, f, cl2, pn2, _fees(sc, amount(rng, 200_000, 900_000)), "service", sg2)
    au = finance_for(sc, f, c1.amount + c2.amount)
    apdf, _ = audit_file(sc, au, "审计报告.pdf", "vector")
    apdf.save(sc.sub)
    # P1: the original contract said less; a white box and a new sentence cover it
    n1 = f"{c1.project}合同.pdf"
    p1 = PdfFile(n1)
    original = dataclasses.replace(c1, amount=c1.amount - Decimal(rng.choice((150_000, 230_000, 300_000))))
    original.words = capital(original.amount)
    painter = p1.vector(lambda p: T.contract_body(p, original, rng))
    x0, y0, x1, y1 = painter.marks["amount"]
    painter.page.draw_rect(pymupdf.Rect(x0 - 2, y0 - 2, x1 + 4, y1 + 2), color=None, fill=(1, 1, 1), width=0)
    painter.text(x0, y0, T._amount_sentence(c1), 10.5)
    painter.finish()
    p1.vector(lambda p: T.contract_signature_page(p, c1, rng))
    sc.doc(n1, [1, 2], "contract", contract_fields(c1), "P1")
    a1 = acceptance_of(sc, c1, ac1)
    pg = put_pages(p1, [lambda p: T.acceptance(p, a1, rng)], rng, "grey")
    sc.doc(n1, pg, "acceptance_report", acceptance_fields(a1), "P1", scanned=True)
    p1.save(sc.sub)
    _declare(sc, "P1", c1, cl1, ac1)
    # P2: searchable scan; the OCR layer was edited to another amount
    n2 = f"{c2.project}.pdf"
    p2 = PdfFile(n2)
    body = ImagePainter(A4, 200)
    T.contract_body(body, c2, rng, one_page=True)
    st = settings_for(rng, "grey", dpi=200)
    st.skew = 0.0
    img = finish(degrade(body.img, rng, st), st)
    forged = c2.amount + Decimal(rng.choice((100_000, 180_000, 260_000)))
    fig_old, fig_new = figures(c2.amount), figures(forged)
    runs = [
        Run(r.x, r.y, r.text.replace(fig_old, fig_new).replace(c2.words, capital(forged)), r.size)
        for r in body.runs
    ]
    p2.scanned(img, 200, st.quality, ocr=runs)
    sc.doc(n2, [1], "contract", contract_fields(c2), "P2", scanned=True)
    a2 = acceptance_of(sc, c2, ac2)
    ap = ImagePainter(A4, 200)
    T.acceptance(ap, a2, rng)
    st = settings_for(rng, "grey", dpi=200)
    st.skew = 0.0
    p2.scanned(finish(degrade(ap.img, rng, st), st), 200, st.quality, ocr=ap.runs)
    sc.doc(n2, [2], "acceptance_report", acceptance_fields(a2), "P2", scanned=True)
    p2.save(sc.sub)
    _declare(sc, "P2", c2, cl2, ac2)
    sc.plant(
        "OVERLAY_DETECTED", n1, 1, "P1", f"white box over {s2(original.amount)}, new text {s2(c1.amount)}"
    )
    sc.plant("TEXT_LAYER_MISMATCH", n2, 1, "P2", f"image {s2(c2.amount)}, text layer {s2(forged)}")


# 12 ------------------------------------------------------------------------------------------
def tc12_tamper_locked(sc: Scenario) -> None:
    """IMAGE_TAMPERED (P1: the amount lines of a scanned contract are a pasted patch of clean paper)
    and FILE_UNREADABLE (a password-protected PDF of supplementary material)."""
    rng = sc.rng
    f = new_firm(sc, "托里县")
    sc.enterprise(f)
    pdf, _ = licence_pdf(sc, licence_of(f, rng), "营业执照.pdf", "vector")
    pdf.save(sc.sub)
    cl, pn, sg, ac = project_basics(sc, f)
    c = make_contract(sc, f, cl, pn, _fees(sc, amount(rng, 400_000, 1_600_000, 1000)), "gov", sg)
    au = finance_for(sc, f, c.amount)
    apdf, _ = audit_file(sc, au, "审计报告.pdf", "vector")
    apdf.save(sc.sub)
    name = "合同验收.pdf"
    pdf = PdfFile(name)
    original = dataclasses.replace(c, amount=c.amount - Decimal(rng.choice((120_000, 200_000, 260_000))))
    original.words = capital(original.amount)
    dpi = 200
    k = dpi / 72
    old = ImagePainter(A4, dpi)
    T.contract_body(old, original, random.Random(sc.seed))
    new = ImagePainter(A4, dpi)
    T.contract_body(new, c, random.Random(sc.seed))
    st = settings_for(rng, "colour", dpi=dpi)
    st.skew = 0.0
    scanned = degrade(old.img, rng, st)
    ax0, ay0, ax1, _ay1 = new.marks["amount"]
    wx0, _wy0, wx1, wy1 = new.marks["words"]
    box = (
        round((min(ax0, wx0) - 4) * k),
        round((ay0 - 3) * k),
        round((max(ax1, wx1) + 60) * k),
        round((wy1 + 3) * k),
    )
    scanned.paste(new.img.crop(box), box[:2])
    pdf.scanned(finish(scanned, st), dpi, 88)
    p2 = put_pages(pdf, [lambda p: T.contract_signature_page(p, c, rng)], rng, "colour")
    sc.doc(name, [1, *p2], "contract", contract_fields(c), "P1", scanned=True)
    a = acceptance_of(sc, c, ac)
    pg = put_pages(pdf, [lambda p: T.acceptance(p, a, rng)], rng, "colour")
    sc.doc(name, pg, "acceptance_report", acceptance_fields(a), "P1", scanned=True)
    pdf.save(sc.sub)
    _declare(sc, "P1", c, cl, ac)
    locked = PdfFile("补充材料.pdf")
    locked.vector(
        lambda p: T.trial_run(
            p,
            T.TrialRun(
                c.project, c.party_a, c.party_b, ac - dt.timedelta(days=40), ac - dt.timedelta(days=5)
            ),
            rng,
        )
    )
    save_encrypted(locked, sc.sub, f"{rng.randint(100000, 999999)}")
    sc.plant("IMAGE_TAMPERED", name, 1, "P1", f"patch over the amount lines (was {s2(original.amount)})")
    sc.plant("FILE_UNREADABLE", "补充材料.pdf", None, None, "password-protected PDF")


SCENARIOS = [
    tc01_govproc_clean,
    tc02_quote_twostage_clean,
    tc03_yi_tiff_clean,
    tc04_fax_rotated_clean,
    tc05_amount_date,
    tc06_party_fee,
    tc07_words_seal,
    tc08_not_passed_licfield,
    tc09_expired_audit,
    tc10_duplicate,
    tc11_overlay_textlayer,
    tc12_tamper_locked,
]
