"""The twelve Karamay scenarios: four clean filings, eight with one or two planted causes each."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np

from . import docs, ink, pools
from .filing import YEAR, Filing, make_firm, money, project_row, split_fees
from .scan import Profile, scan_profile
from .sheet import Sheet, put
from .text import capital, grouped, q2, wan

DIGITAL = Profile(kind="digital")


def _start(name: str, seed: int, index: int, clean: bool) -> Filing:
    rng = random.Random(seed * 1000 + index)
    district = rng.choice(pools.DISTRICTS)
    firm = make_firm(rng, district)
    return Filing(name=name, seed=seed, rng=rng, firm=firm, clean=clean)


def _licence(
    fl: Filing, file: str, profile: Profile, variant: str, watermark: str | None = None
) -> dict[str, Any]:
    s = docs.licence(fl.rng, fl.firm, variant, watermark)
    return fl.add(file, profile, "business_license", [s], fields=docs.licence_fields(fl.firm))


def _audit(
    fl: Filing,
    file: str,
    profile: Profile,
    unit: str = "元",
    prev_first: bool = True,
    total_line: bool = True,
    declare_prev: bool = False,
) -> dict[str, Any]:
    rng = fl.rng
    revenue = money(rng, 8_000_000, 60_000_000)
    books = docs.Books(
        year=YEAR,
        revenue=revenue,
        revenue_prev=q2(revenue * Decimal(rng.uniform(0.7, 0.92))),
        profit=q2(revenue * Decimal(rng.uniform(0.04, 0.09))),
        profit_prev=q2(revenue * Decimal(rng.uniform(0.03, 0.07))),
        assets=q2(revenue * Decimal(rng.uniform(0.8, 1.4))),
        unit=unit,
        prev_first=prev_first,
        total_revenue_line=total_line,
    )
    firm_name = rng.choice(pools.AUDIT_FIRMS)
    number = f"克{rng.choice(('恒', '正', '瑞'))}审字〔{YEAR + 1}〕第{rng.randint(10, 480):04d}号"
    sheets = docs.audit_report(rng, fl.firm, books, firm_name, number)
    doc = fl.add(file, profile, "audit_report", sheets, fields=docs.audit_fields(books, firm_name, number))
    declared_rev = books.revenue_prev if declare_prev else books.revenue
    fl.finance.append(
        {
            "year": YEAR,
            "operating_revenue": f"{declared_rev:.2f}",
            "system_integration_revenue": f"{q2(declared_rev * Decimal('0.78')):.2f}",
            "net_profit": f"{books.profit:.2f}",
        }
    )
    return doc


def _dates(rng: random.Random) -> tuple[dt.date, dt.date]:
    signed = dt.date(2024, 9, 1) + dt.timedelta(days=rng.randint(0, 210))
    accepted = signed + dt.timedelta(days=rng.randint(70, 160))
    accepted = max(dt.date(2025, 2, 10), min(accepted, dt.date(2025, 11, 28)))
    return signed, accepted


def _deal(fl: Filing, amount: Decimal, **over: Any) -> tuple[docs.Deal, str, str, dt.date]:
    """A contract of the firm with an agency of its district; returns (deal, client, field, accepted_on)."""
    rng = fl.rng
    avoid = tuple(p["name"] for p in fl.projects)
    client, project, fld = pools.client_and_project(rng, fl.firm.district, avoid)
    signed, accepted = _dates(rng)
    deal = docs.Deal(
        project=project,
        number=f"KLMY-{signed.year}-{rng.choice(('CG', 'XX', 'JC', 'ZF'))}{rng.randint(10, 999):03d}",
        party_a=client,
        party_b=fl.firm.name,
        amount=amount,
        signed_on=signed,
        place=f"新疆克拉玛依市{fl.firm.district}",
        tax_rate=rng.choice((13, 9, 6)),
        date_style=rng.choice(("cn", "cn0", "numerals", "dot", "slash", "iso")),
        printed_total=rng.randint(5, 9),
        layout=rng.choice(("table", "lines")),
        title=rng.choice(("合同书", "采购合同", "系统集成项目合同")),
    )
    for k, v in over.items():
        setattr(deal, k, v)
    return deal, client, fld, accepted


def _row(
    fl: Filing, pid: str, deal: docs.Deal, client: str, fld: str, accepted: dt.date, fees: dict[str, Decimal]
) -> dict[str, Any]:
    row = project_row(pid, deal.project, client, deal.signed_on, accepted, fld, fl.firm.district, fees)
    fl.projects.append(row)
    return row


def _acceptance(fl: Filing, deal: docs.Deal, accepted: dt.date, **over: Any) -> docs.Acceptance:
    a = docs.Acceptance(
        project=deal.project,
        party_a=deal.party_a,
        party_b=deal.party_b,
        number=deal.number,
        accepted_on=accepted,
        verdict=fl.rng.choice(("验收结论：通过", "验收结论：验收合格", "验收结论：合格，同意通过验收")),
        date_style=fl.rng.choice(("cn", "cn0", "dot", "iso")),
    )
    for k, v in over.items():
        setattr(a, k, v)
    return a


def _members(fl: Filing) -> list[str]:
    return pools.people(fl.rng, 5)


# ------------------------------------------------------------------------- scenarios


def ky01_clean_digital(seed: int, index: int) -> Filing:
    """Born-digital contract with a text layer and a fee table; e-licence printout; ADF-scanned papers."""
    fl = _start("ky01_clean_digital", seed, index, True)
    rng = fl.rng
    adf = scan_profile(rng, streaks=rng.randint(2, 4), grey=True)
    _licence(fl, "电子营业执照.jpg", scan_profile(rng, skew=rng.uniform(-0.8, 0.8)), "electronic")
    _audit(fl, f"{YEAR}年度审计报告.pdf", adf, unit="元", prev_first=True, total_line=True)
    amount = money(rng, 900_000, 4_800_000)
    fees = split_fees(rng, amount)
    deal, client, fld, accepted = _deal(fl, amount, fees=fees, amount_style="yuan", layout="table")
    c = docs.contract(rng, deal)
    fl.add("合同-" + deal.number + ".pdf", DIGITAL, "contract", c.sheets, "P1", docs.contract_fields(deal))
    a = _acceptance(fl, deal, accepted)
    fl.add(
        "验收报告.pdf",
        adf,
        "acceptance_report",
        docs.acceptance_report(rng, a, _members(fl)),
        "P1",
        docs.acceptance_fields(a),
    )
    _row(fl, "P1", deal, client, fld, accepted, fees)
    return fl


def ky02_clean_threeparty_wan(seed: int, index: int) -> Filing:
    """Three-party contract (丙方 监理) priced only in 万元, a 监理 sign-off, a watermarked licence photo, 万元 books."""
    fl = _start("ky02_clean_threeparty_wan", seed, index, True)
    rng = fl.rng
    _licence(
        fl,
        "IMG_2025" + f"{rng.randint(1000, 9999)}.jpg",
        Profile(kind="photo", dpi=200, quality=rng.randint(70, 88)),
        "portrait",
        "仅供2025年度年检使用",
    )
    _audit(fl, "审计报告.pdf", scan_profile(rng, lid=True), unit="万元", prev_first=False, total_line=True)
    amount = money(rng, 1_200_000, 6_000_000)
    supervisor = rng.choice(pools.SUPERVISORS)
    deal, client, fld, accepted = _deal(
        fl, amount, party_c=supervisor, party_c_role="监理单位", amount_style="wan", layout="table"
    )
    c = docs.contract(rng, deal, bar_c=deal.party_b)
    prof = scan_profile(rng, lid=True, quality=rng.randint(70, 85))
    file = "项目合同及验收资料.pdf"
    fl.add(file, prof, "contract", c.sheets, "P1", docs.contract_fields(deal))
    a = _acceptance(fl, deal, accepted, supervisor=supervisor)
    fl.add(
        file,
        prof,
        "acceptance_report",
        [docs.supervisor_signoff(rng, a, pools.person(rng))],
        "P1",
        docs.acceptance_fields(a),
    )
    # declared to the yuan; the contract prints 万元 with two decimals: equal at the coarser precision
    _row(fl, "P1", deal, client, fld, accepted, split_fees(rng, amount))
    return fl


def ky03_clean_twoup_supplement(seed: int, index: int) -> Filing:
    """A contract scanned two pages per sheet, a separate 补充协议, a 到货验收单 and a 验收证书."""
    fl = _start("ky03_clean_twoup_supplement", seed, index, True)
    rng = fl.rng
    fl.xlsx = True
    _licence(fl, "营业执照副本.pdf", scan_profile(rng, holes=True), "portrait")
    _audit(
        fl,
        "财务审计报告2025.pdf",
        scan_profile(rng),
        unit="元",
        prev_first=rng.random() < 0.5,
        total_line=False,
    )
    amount = money(rng, 700_000, 3_500_000)
    fees = split_fees(rng, amount, ("hardware_purchase", "software_purchase", "integration_implementation"))
    deal, client, fld, accepted = _deal(fl, amount, fees=fees, amount_style="prose", printed_total=8)
    c = docs.contract(rng, deal)
    if len(c.sheets) < 3:  # a third key page: the technical annex's first page
        annex = Sheet(rng)
        annex.text(297, 90, "附件：技术规格及供货清单", 15, align="center")
        annex.para(
            60,
            130,
            "本附件为合同不可分割的组成部分。设备清单、技术参数、实施计划及培训内容详见各分项说明。",
            475,
        )
        annex.header_footer(deal.number, 2, deal.printed_total, 0)
        c.sheets.insert(1, annex)
    twoup = scan_profile(rng, kind="twoup", skew=0.3, dpi=300)
    fl.add("合同扫描件.pdf", twoup, "contract", c.sheets, "P1", docs.contract_fields(deal))
    sup_on = deal.signed_on + dt.timedelta(days=rng.randint(30, 60))
    sup = docs.supplement(rng, deal, sup_on, deal.number + "-BC01")
    fl.add(
        "补充协议.pdf",
        scan_profile(rng),
        "contract",
        [sup],
        "P1",
        {
            "project_name": deal.project,
            "contract_number": deal.number + "-BC01",
            "party_a": deal.party_a,
            "party_b": deal.party_b,
            "signed_on": sup_on.isoformat(),
        },
    )
    prof = scan_profile(rng, streaks=1)
    a = _acceptance(fl, deal, accepted)
    arrival = deal.signed_on + dt.timedelta(days=rng.randint(15, 40))
    fl.add(
        "验收.pdf",
        prof,
        "other",
        [docs.delivery_note(rng, deal, arrival)],
        "P1",
        {"project_name": deal.project},
    )
    fl.add(
        "验收.pdf",
        prof,
        "acceptance_report",
        [docs.acceptance_certificate(rng, a)],
        "P1",
        docs.acceptance_fields(a),
    )
    _row(fl, "P1", deal, client, fld, accepted, fees)
    return fl


def ky04_clean_merged(seed: int, index: int) -> Filing:
    """One declared row merging two one-page contracts (one with a 担保 丙方); grey scans with punch holes."""
    fl = _start("ky04_clean_merged", seed, index, True)
    rng = fl.rng
    _licence(fl, "yyzz.jpg", scan_profile(rng, low_contrast=True), rng.choice(("portrait", "electronic")))
    _audit(fl, "audit.pdf", scan_profile(rng, holes=True, low_contrast=True, ocr_layer=True), prev_first=True)
    prof = scan_profile(rng, holes=True, low_contrast=True, ocr_layer=True)
    a1 = money(rng, 300_000, 900_000)
    a2 = money(rng, 200_000, 700_000)
    d1, client, fld, acc1 = _deal(fl, a1, one_page=True, amount_style="yuan")
    d2, _, _, _ = _deal(
        fl,
        a2,
        one_page=True,
        amount_style="yuan",
        party_a=client,
        party_c=rng.choice(pools.GUARANTORS),
        party_c_role="担保方",
    )
    d2.project = (
        d1.project.replace("项目", "（二期）项目") if "项目" in d1.project else d1.project + "（二期）"
    )
    acc2 = max(acc1, d2.signed_on + dt.timedelta(days=60))
    acc2 = min(acc2, dt.date(2025, 11, 28))
    for k, (d, acc) in enumerate(((d1, acc1), (d2, acc2)), start=1):
        c = docs.contract(rng, d)
        file = f"合同{k}.pdf"
        fl.add(file, prof, "contract", c.sheets, "P1", docs.contract_fields(d))
        a = _acceptance(fl, d, acc)
        fl.add(
            file,
            prof,
            "acceptance_report",
            [docs.acceptance_certificate(rng, a)],
            "P1",
            docs.acceptance_fields(a),
        )
    fees = split_fees(rng, a1 + a2)
    row = project_row(
        "P1",
        d1.project,
        client,
        min(d1.signed_on, d2.signed_on),
        max(acc1, acc2),
        fld,
        fl.firm.district,
        fees,
    )
    fl.projects.append(row)
    return fl


def ky05_amount_mismatch(seed: int, index: int) -> Filing:
    """The declared contract amount is plainly not the one printed (含税 total with 不含税 and 税额 beside it)."""
    fl = _start("ky05_amount_mismatch", seed, index, False)
    rng = fl.rng
    _licence(fl, "营业执照.jpg", scan_profile(rng), "electronic")
    _audit(fl, "审计报告.pdf", scan_profile(rng, holes=True))
    amount = money(rng, 800_000, 3_000_000)
    deal, client, fld, accepted = _deal(fl, amount, amount_style="yuan")
    c = docs.contract(rng, deal)
    prof = scan_profile(rng, holes=True, low_contrast=True)
    doc = fl.add("P1-合同及验收.pdf", prof, "contract", c.sheets, "P1", docs.contract_fields(deal))
    a = _acceptance(fl, deal, accepted)
    fl.add(
        "P1-合同及验收.pdf",
        prof,
        "acceptance_report",
        docs.acceptance_report(rng, a, _members(fl), with_roster=False),
        "P1",
        docs.acceptance_fields(a),
    )
    declared = q2(amount * Decimal(rng.choice(("1.35", "1.6", "0.62"))) + Decimal(rng.randint(1000, 9000)))
    _row(fl, "P1", deal, client, fld, accepted, split_fees(rng, declared))
    fl.plant(
        "AMOUNT_MISMATCH",
        doc["file"],
        doc["pages"][c.amount_page - 1],
        "P1",
        f"declared {declared:.2f}, contract prints ¥{grouped(amount)} (含税)",
    )
    return fl


def ky06_date_party(seed: int, index: int) -> Filing:
    """Signing date months away from the declared one; party B is another firm. Skewed ADF scan."""
    fl = _start("ky06_date_party", seed, index, False)
    rng = fl.rng
    _licence(fl, "license.pdf", scan_profile(rng, lid=True), "portrait")
    _audit(fl, "2025审计报告.pdf", scan_profile(rng, streaks=2))
    amount = money(rng, 500_000, 2_500_000, cents=False)
    other = pools.firm(rng, fl.firm.district, avoid=(fl.firm.name,))
    deal, client, fld, accepted = _deal(fl, amount, party_b=other, date_style="numerals", layout="lines")
    c = docs.contract(rng, deal)
    prof = scan_profile(rng, skew=rng.choice((-1.6, 1.7)), streaks=rng.randint(3, 5))
    doc = fl.add("合同.pdf", prof, "contract", c.sheets, "P1", docs.contract_fields(deal))
    a = _acceptance(fl, deal, accepted)
    fl.add(
        "验收报告.pdf",
        scan_profile(rng),
        "acceptance_report",
        docs.acceptance_report(rng, a, _members(fl), with_roster=False),
        "P1",
        docs.acceptance_fields(a),
    )
    declared_signed = deal.signed_on - dt.timedelta(days=rng.randint(75, 140))
    row = _row(fl, "P1", deal, client, fld, accepted, split_fees(rng, amount))
    row["signed_on"] = declared_signed.isoformat()
    fl.plant(
        "DATE_MISMATCH",
        doc["file"],
        doc["pages"][c.signed_page - 1],
        "P1",
        f"declared signed_on {declared_signed}, contract 签订日期 {deal.signed_on}",
    )
    fl.plant("PARTY_MISMATCH", doc["file"], doc["pages"][c.parties_page - 1], "P1", f"乙方 is {other}")
    return fl


def ky07_words_fee(seed: int, index: int) -> Filing:
    """Capital numerals disagree with the figures; the fee table splits the price otherwise than declared."""
    fl = _start("ky07_words_fee", seed, index, False)
    rng = fl.rng
    _licence(fl, "营业执照扫描.jpg", scan_profile(rng), rng.choice(("portrait", "electronic")))
    _audit(fl, "审计报告.pdf", scan_profile(rng), unit=rng.choice(("元", "万元")), prev_first=True)
    amount = money(rng, 1_000_000, 5_000_000, cents=False)
    fees = split_fees(
        rng, amount, ("software_development", "integration_implementation", "hardware_purchase")
    )
    wrong_words = capital(amount + Decimal(rng.choice((100_000, 10_000, 200_000))))
    deal, client, fld, accepted = _deal(
        fl, amount, fees=fees, words=wrong_words, amount_style="yuan", layout="table"
    )
    c = docs.contract(rng, deal)
    prof = scan_profile(rng, dpi=300, quality=rng.randint(80, 90))
    doc = fl.add("项目合同.pdf", prof, "contract", c.sheets, "P1", docs.contract_fields(deal))
    a = _acceptance(fl, deal, accepted)
    fl.add(
        "项目合同.pdf",
        prof,
        "acceptance_report",
        docs.acceptance_report(rng, a, _members(fl), with_roster=False),
        "P1",
        docs.acceptance_fields(a),
    )
    declared = dict(fees)
    shift = (fees["integration_implementation"] / 2).quantize(Decimal(1000))
    declared["software_development"] += shift
    declared["integration_implementation"] -= shift
    _row(fl, "P1", deal, client, fld, accepted, declared)
    fl.plant(
        "AMOUNT_WORDS_MISMATCH",
        doc["file"],
        doc["pages"][c.amount_page - 1],
        "P1",
        f"figures ¥{grouped(amount)}, words 人民币{wrong_words}",
    )
    assert c.fees_page is not None
    fl.plant(
        "FEE_MISMATCH",
        doc["file"],
        doc["pages"][c.fees_page - 1],
        "P1",
        f"软件开发费/集成实施费 in the table differ from the declared by {shift}",
    )
    return fl


def ky08_not_passed_seal(seed: int, index: int) -> Filing:
    """The acceptance report (a phone photo) says 不通过, 整改后复验; the contract's signature page has no seal."""
    fl = _start("ky08_not_passed_seal", seed, index, False)
    rng = fl.rng
    _licence(fl, "营业执照.jpg", scan_profile(rng), "electronic")
    _audit(fl, "审计报告.pdf", scan_profile(rng, grey=True), total_line=False)
    amount = money(rng, 400_000, 1_800_000)
    deal, client, fld, accepted = _deal(fl, amount, seals=False, amount_style="prose", one_page=True)
    c = docs.contract(rng, deal)
    doc = fl.add("合同.pdf", scan_profile(rng), "contract", c.sheets, "P1", docs.contract_fields(deal))
    a = _acceptance(fl, deal, accepted, passed=False, verdict="验收结论：不通过（整改后复验）")
    acc = fl.add(
        "微信图片_验收.jpg",
        Profile(kind="photo", dpi=200, quality=rng.randint(65, 85)),
        "acceptance_report",
        docs.acceptance_report(rng, a, _members(fl), with_roster=False),
        "P1",
        docs.acceptance_fields(a),
    )
    _row(fl, "P1", deal, client, fld, accepted, split_fees(rng, amount))
    fl.plant("ACCEPTANCE_NOT_PASSED", acc["file"], 1, "P1", "验收结论：不通过（整改后复验）")
    fl.plant(
        "SEAL_MISSING", doc["file"], doc["pages"][c.sign_page - 1], "P1", "signature page carries no seal"
    )
    return fl


def ky09_licence(seed: int, index: int) -> Filing:
    """The licence's term ended in mid-2025; the declared legal representative is not the licence's."""
    fl = _start("ky09_licence", seed, index, False)
    rng = fl.rng
    f = fl.firm
    f.established = dt.date(2005, rng.randint(1, 12), rng.randint(1, 28))
    f.valid_until = dt.date(2025, rng.randint(3, 8), rng.randint(1, 28))
    lic = _licence(fl, "营业执照（副本）.pdf", scan_profile(rng, lid=True, holes=True), "portrait")
    other = pools.person(rng)
    while other == f.legal_rep:
        other = pools.person(rng)
    fl.declared["legal_representative"] = other
    _audit(fl, "审计报告.pdf", scan_profile(rng))
    amount = money(rng, 600_000, 2_000_000)
    deal, client, fld, accepted = _deal(fl, amount, amount_style="yuan", one_page=True)
    c = docs.contract(rng, deal)
    prof = scan_profile(rng)
    fl.add("合同.pdf", prof, "contract", c.sheets, "P1", docs.contract_fields(deal))
    a = _acceptance(fl, deal, accepted)
    fl.add(
        "合同.pdf",
        prof,
        "acceptance_report",
        [docs.acceptance_certificate(rng, a)],
        "P1",
        docs.acceptance_fields(a),
    )
    _row(fl, "P1", deal, client, fld, accepted, split_fees(rng, amount))
    fl.plant("LICENSE_EXPIRED", lic["file"], 1, None, f"营业期限至 {f.valid_until}")
    fl.plant("LICENSE_FIELD_MISMATCH", lic["file"], 1, None, f"法定代表人 {f.legal_rep}, declared {other}")
    return fl


def ky10_audit_duplicate(seed: int, index: int) -> Filing:
    """Declared revenue is last year's column (printed first); one acceptance report uploaded twice."""
    fl = _start("ky10_audit_duplicate", seed, index, False)
    rng = fl.rng
    _licence(fl, "营业执照.jpg", scan_profile(rng), "portrait")
    audit = _audit(
        fl, "审计报告.pdf", scan_profile(rng), unit="元", prev_first=True, total_line=True, declare_prev=True
    )
    amount = money(rng, 500_000, 2_200_000)
    deal, client, fld, accepted = _deal(fl, amount, amount_style="yuan", one_page=True)
    c = docs.contract(rng, deal)
    fl.add("合同关键页.pdf", scan_profile(rng), "contract", c.sheets, "P1", docs.contract_fields(deal))
    a = _acceptance(fl, deal, accepted)
    page = docs.acceptance_report(rng, a, _members(fl), with_roster=False)
    fl.add("验收报告.pdf", scan_profile(rng), "acceptance_report", page, "P1", docs.acceptance_fields(a))
    dup = fl.add(
        "附件4-验收.jpg",
        scan_profile(rng, dpi=200, skew=0.6),
        "acceptance_report",
        page,
        "P1",
        docs.acceptance_fields(a),
    )
    _row(fl, "P1", deal, client, fld, accepted, split_fees(rng, amount))
    fl.plant(
        "AUDIT_FIGURE_MISMATCH",
        audit["file"],
        audit["pages"][1],
        None,
        "declared operating revenue is the 上期金额 column (printed left of 本期金额)",
    )
    fl.plant(
        "DUPLICATE_DOCUMENT",
        dup["file"],
        1,
        "P1",
        "the same acceptance report as 验收报告.pdf page 1, scanned again",
    )
    return fl


def ky11_overlay_docx(seed: int, index: int) -> Filing:
    """A born-digital contract with a white box over the price and a new price typed on top; a .docx draft beside it."""
    fl = _start("ky11_overlay_docx", seed, index, False)
    rng = fl.rng
    _licence(fl, "电子营业执照.pdf", scan_profile(rng), "electronic")
    _audit(fl, "审计报告.pdf", scan_profile(rng))
    original = money(rng, 600_000, 2_000_000, cents=False)
    shown = original + Decimal(rng.choice((300_000, 500_000, 800_000)))
    deal, client, fld, accepted = _deal(fl, original, amount_style="yuan", layout="table")
    c = docs.contract(rng, deal)
    p1 = c.sheets[c.amount_page - 1]
    x0, y0 = c.amount_rect[0], c.amount_rect[1]
    box = (x0 - 2, y0 - 2, 520.0, y0 + 58)
    p1.rect(box, w=0, fill=(1, 1, 1))
    net = q2(shown / (1 + Decimal(deal.tax_rate) / 100))
    lines = [
        f"合同总价（含税）：¥{grouped(shown)}",
        f"大写：人民币{capital(shown)}",
        f"其中：不含税金额 ¥{grouped(net)}    税额 ¥{grouped(shown - net)}（税率 {deal.tax_rate}%）",
    ]
    for i, ln in enumerate(lines):
        put(p1.page, x0, y0 + 11 + 20 * i, ln, 10.5)
    file = "合同-" + deal.number + ".pdf"
    fields = docs.contract_fields(deal)
    fields["contract_amount"] = f"{shown:.2f}"
    fields["amount_in_words"] = "人民币" + capital(shown)
    doc = fl.add(file, DIGITAL, "contract", c.sheets, "P1", fields)
    a = _acceptance(fl, deal, accepted)
    fl.add(
        "验收报告.pdf",
        scan_profile(rng),
        "acceptance_report",
        [docs.acceptance_certificate(rng, a)],
        "P1",
        docs.acceptance_fields(a),
    )
    _row(fl, "P1", deal, client, fld, accepted, split_fees(rng, shown))
    fl.extra_files["合同（定稿）.docx"] = _docx(deal)
    fl.plant(
        "OVERLAY_DETECTED",
        doc["file"],
        doc["pages"][c.amount_page - 1],
        "P1",
        f"white box over ¥{grouped(original)}; ¥{grouped(shown)} typed on top",
    )
    fl.plant(
        "FILE_UNREADABLE", "合同（定稿）.docx", None, None, "a Word file is not a supported attachment type"
    )
    return fl


def _docx(deal: docs.Deal) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_heading(deal.project + deal.title, level=1)
    d.add_paragraph(f"合同编号：{deal.number}")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "甲方（采购人）", deal.party_a
    table.cell(1, 0).text, table.cell(1, 1).text = "乙方（供应商）", deal.party_b
    d.add_paragraph(f"合同总价（含税）：¥{grouped(deal.amount)}（大写：人民币{capital(deal.amount)}）")
    d.add_paragraph("本合同自双方签字盖章之日起生效。")
    d.core_properties.author = "admin"
    d.core_properties.created = dt.datetime(
        deal.signed_on.year, deal.signed_on.month, deal.signed_on.day, 9, 0
    )
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def ky12_tamper_textlayer(seed: int, index: int) -> Filing:
    """A searchable scan whose 万元 price was pasted over in the image; its OCR text layer keeps the old price."""
    fl = _start("ky12_tamper_textlayer", seed, index, False)
    rng = fl.rng
    _licence(fl, "营业执照.jpg", scan_profile(rng), "portrait")
    _audit(fl, "审计报告.pdf", scan_profile(rng), unit="万元")
    original = money(rng, 400_000, 1_500_000)
    shown = original + Decimal(rng.choice((400_000, 700_000, 1_100_000))) + Decimal(rng.randint(0, 9999))
    deal, client, fld, accepted = _deal(fl, shown, amount_style="wan", layout="table")
    c = docs.contract(rng, deal)
    p1 = c.sheets[c.amount_page - 1]
    new_fig, old_fig = wan(shown), wan(original)
    line = next(sp.text for sp in p1.spans if "合同金额：人民币" in sp.text)
    p1.layer_swap[line] = line.replace(new_fig, old_fig)
    target = docs.text_at(p1, new_fig + "万元")
    p1.raster_edit = _paste_patch(rng, target, new_fig + "万元")
    prof = scan_profile(rng, skew=0.0, lid=False, ocr_layer=True, quality=rng.randint(75, 88))
    doc = fl.add("合同扫描件（可检索）.pdf", prof, "contract", c.sheets, "P1", docs.contract_fields(deal))
    a = _acceptance(fl, deal, accepted)
    fl.add(
        "验收证书.jpg",
        scan_profile(rng),
        "acceptance_report",
        [docs.acceptance_certificate(rng, a)],
        "P1",
        docs.acceptance_fields(a),
    )
    _row(fl, "P1", deal, client, fld, accepted, split_fees(rng, shown))
    page = doc["pages"][c.amount_page - 1]
    fl.plant("IMAGE_TAMPERED", doc["file"], page, "P1", f"{new_fig}万元 pasted over the printed figure")
    fl.plant(
        "TEXT_LAYER_MISMATCH",
        doc["file"],
        page,
        "P1",
        f"text layer says {old_fig}万元, the image {new_fig}万元",
    )
    return fl


def _paste_patch(
    rng: random.Random, box: tuple[float, float, float, float], text: str
) -> Callable[[np.ndarray, float], np.ndarray]:
    """A pasted patch: a flat white rectangle with the figure re-set in a slightly larger, crisper type."""
    grow = rng.uniform(1.04, 1.1)

    def edit(arr: np.ndarray, k: float) -> np.ndarray:
        from PIL import Image, ImageDraw

        x0, y0, x1, y1 = (int(v * k) for v in box)
        x0, y0, x1, y1 = x0 - 3, y0 - 3, x1 + int((x1 - x0) * (grow - 1)) + 6, y1 + 3
        patch = Image.new("RGB", (x1 - x0, y1 - y0), (255, 255, 255))
        size = int((box[3] - box[1]) * k * 0.85 * grow)
        ImageDraw.Draw(patch).text((3, 2), text, font=ink.font(size), fill=(8, 8, 8))
        out = arr.copy()
        out[y0:y1, x0:x1] = np.asarray(patch)
        return out

    return edit


SCENARIOS: tuple[Callable[[int, int], Filing], ...] = (
    ky01_clean_digital,
    ky02_clean_threeparty_wan,
    ky03_clean_twoup_supplement,
    ky04_clean_merged,
    ky05_amount_mismatch,
    ky06_date_party,
    ky07_words_fee,
    ky08_not_passed_seal,
    ky09_licence,
    ky10_audit_duplicate,
    ky11_overlay_docx,
    ky12_tamper_textlayer,
)
