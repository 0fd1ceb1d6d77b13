"""The ten filings. Each builds its firm and two projects from ``random.Random(seed * 1000 + index)``; what is
planted, in which file and on which page, does not change with the seed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from . import papers as paper_mod
from .build import SCAN_PRODUCERS, WORD_PRODUCERS, YEAR, Builder
from .filing import Paper
from .invoices import Invoice
from .numerals import q2
from .world import R13, Project

D = Decimal
YEAR_END = dt.date(YEAR, 12, 31)


def _d(b: Builder, base: dt.date, lo: int, hi: int) -> dt.date:
    return base + dt.timedelta(days=b.rng.randint(lo, hi))


def _mid(b: Builder, p: Project) -> dt.date:
    span = (p.accepted - p.signed).days
    return p.signed + dt.timedelta(days=max(20, span // 2 + b.rng.randint(-10, 10)))


def _tail(b: Builder, p: Project, late: bool = False) -> dt.date:
    """The 尾款 date: after acceptance, inside the year unless ``late`` (January–February of the next year)."""
    if late:
        return dt.date(YEAR + 1, b.rng.randint(1, 2), b.rng.randint(5, 25))
    return min(_d(b, p.accepted, 3, 20), dt.date(YEAR, 12, 30))


def _stages(labels: list[tuple[str, str]]) -> list[tuple[str, Decimal]]:
    return [(label, D(frac)) for label, frac in labels]


STD = _stages([("预付款", "0.3"), ("进度款", "0.4"), ("尾款", "0.3")])


def _producer(b: Builder, scanned: bool) -> str:
    return b.rng.choice(SCAN_PRODUCERS if scanned else WORD_PRODUCERS)


def _contract_file(b: Builder, rel: str, papers: list[Paper], when: dt.date) -> str:
    scanned = any(p.scan is not None for p in papers)
    return b.filing.pdf(rel, papers, _producer(b, scanned), b._when(when))


def _clean_second(b: Builder, folder: str) -> None:
    """A plain second project: contract and acceptance in one scan, one 数电票 for 60–100 %."""
    p = b.project("P2")
    frac = b.rng.choice((D("0.6"), D("1")))
    stages = _stages([("预付款", "0.6"), ("尾款", "0.4")]) if frac < 1 else _stages([("全款", "1")])
    sc = b.scan()
    _contract_file(
        b, f"{folder}/合同及验收报告.pdf", [b.contract(p, stages, sc), b.acceptance(p, sc)], p.accepted
    )
    when = _d(b, p.signed, 5, 15) if frac < 1 else _tail(b, p)
    inv = b.invoice(p, "sdp", stages[0][0], b.lines(b.split(p, [frac])[0], full=frac == 1), when)
    b.sdp_pdf(folder, inv, p)


# ---------------------------------------------------------------- clean


def bc01(b: Builder) -> str:
    """P1: three 数电票 (30/40/30) and no acceptance report; P2: contract + acceptance scanned, one 数电票 with a
    13 % line and a 6 % line."""
    b.license_file()
    b.audit_file()
    p1 = b.project("P1", b.rng.choice(("om", "gov_data")))
    c1 = b.contract(p1, STD)
    _contract_file(b, f"项目1/{p1.name}合同.pdf", [c1], p1.signed)
    parts = b.split(p1, [s[1] for s in STD])
    dates = [_d(b, p1.signed, 5, 15), _mid(b, p1), _tail(b, p1)]
    for (label, _), part, when in zip(STD, parts, dates, strict=True):
        b.sdp_pdf("项目1/发票", b.invoice(p1, "sdp", label, b.lines(part, full=False), when), p1)
    p2 = b.project("P2", b.rng.choice(("edu_cloud", "his", "media")))
    st2 = _stages([("全款", "1")])
    sc = b.scan(grey=False)
    _contract_file(
        b, "项目2/合同及验收报告扫描件.pdf", [b.contract(p2, st2, sc), b.acceptance(p2, sc)], p2.accepted
    )
    inv = b.invoice(p2, "sdp", "全款", b.lines(b.split(p2, [D(1)])[0], full=True), _tail(b, p2))
    b.sdp_pdf("项目2", inv, p2, name="发票.pdf")
    b.facts["projects"]["P1"]["evidence"] = "three 数电票, no acceptance report"
    return b.finish(
        "P1 is evidenced by three part-payment 数电票 only (30/40/30, adding up to the contract); P2 by an acceptance and a two-rate 数电票."
    )


def bc02(b: Builder) -> str:
    """A project spanning the invoice reform: a scanned paper 增值税专用发票 (2024), then 数电专票 (2025); a second
    project with an old 增值税电子普通发票 and a 尾款 数电票 issued after the year-end."""
    b.license_file()
    b.audit_file()
    p1 = b.project(
        "P1",
        "his",
        client="图木舒克市人民医院",
        signed_range=(dt.date(2024, 4, 8), dt.date(2024, 6, 20)),
        accepted_by=dt.date(2025, 6, 28),
    )
    b.accept_on(p1, max(p1.accepted, dt.date(2025, 3, 3) + dt.timedelta(days=b.rng.randint(0, 90))))
    sc = b.scan(grey=True)
    _contract_file(b, "项目1_合同及验收.pdf", [b.contract(p1, STD, sc), b.acceptance(p1, sc)], p1.accepted)
    parts = b.split(p1, [s[1] for s in STD])
    pre = b.invoice(
        p1, "paper_special", "预付款", b.lines(parts[0], full=False), _d(b, p1.signed, 6, 20), special=True
    )
    b.filing.jpg("项目1_发票/预付款专票扫描.jpg", b.invoice_paper(pre, p1, b.scan(grey=True, on_a4=True)))
    mid = b.invoice(
        p1,
        "sdp",
        "进度款",
        b.lines(parts[1], full=False),
        dt.date(2024, 12, b.rng.randint(2, 26)),
        special=True,
    )
    b.sdp_pdf("项目1_发票", mid, p1)
    tail = b.invoice(p1, "sdp", "尾款", b.lines(parts[2], full=False), _tail(b, p1), special=True)
    b.sdp_pdf("项目1_发票", tail, p1)
    p2 = b.project(
        "P2",
        client=b.rng.choice(("第三师图木舒克市教育局", "第三师图木舒克市数据局")),
        signed_range=(dt.date(2024, 3, 4), dt.date(2024, 5, 30)),
    )
    b.accept_on(p2, dt.date(2025, b.rng.choice((11, 12)), b.rng.randint(1, 15)))
    st2 = _stages([("预付款", "0.5"), ("尾款", "0.5")])
    _contract_file(b, "项目2/合同.pdf", [b.contract(p2, st2)], p2.signed)
    b.filing.jpg("项目2/验收报告.jpg", b.acceptance(p2, b.scan(grey=True)))
    parts2 = b.split(p2, [s[1] for s in st2])
    old = b.invoice(p2, "vat_e", "预付款", b.lines(parts2[0], full=False), _d(b, p2.signed, 5, 20))
    b.filing.pdf(
        "项目2/预付款电子发票.pdf",
        [b.invoice_paper(old, p2)],
        "iText® 5.5.13 ©2000-2020 iText Group NV (AGPL-version)",
        b._when(old.issued),
    )
    late = b.invoice(p2, "sdp", "尾款", b.lines(parts2[1], full=False), _tail(b, p2, late=True))
    b.sdp_pdf("项目2", late, p2)
    return b.finish(
        "P1 (signed 2024) is invoiced on a paper 专票 in 2024 and on 数电专票 after; P2 has an old 增值税电子普通发票 "
        "and a 尾款 数电票 dated after the inspection year-end, for a project accepted in the year."
    )


def bc03(b: Builder) -> str:
    """Declaration as a workbook; P1 invoiced by an OFD 数电票 and an XML 数电票; P2 a works contract at 9 % + 13 %
    whose one invoice's 金额 is below the contract (the 价税合计 equals it)."""
    b.license_file()
    b.audit_file()
    p1 = b.project("P1", b.rng.choice(("om", "gov_data")))
    st1 = _stages([("预付款", "0.3"), ("尾款", "0.7")])
    _contract_file(b, "1.合同及验收报告.pdf", [b.contract(p1, st1), b.acceptance(p1)], p1.accepted)
    parts = b.split(p1, [s[1] for s in st1])
    pre = b.invoice(p1, "sdp", "预付款", b.lines(parts[0], full=False), _d(b, p1.signed, 5, 15))
    b.sdp_ofd("1.发票", pre, p1)
    tail = b.invoice(p1, "sdp", "尾款", b.lines(parts[1], full=False), _tail(b, p1))
    b.sdp_xml("1.发票", tail, p1)
    p2 = b.project("P2", "video")
    st2 = _stages([("全款", "1")])
    sc = b.scan()
    _contract_file(b, "2.合同及验收报告.pdf", [b.contract(p2, st2, sc), b.acceptance(p2, sc)], p2.accepted)
    inv = b.invoice(p2, "sdp", "全款", b.lines(b.split(p2, [D(1)])[0], full=True), _tail(b, p2), special=True)
    b.sdp_pdf("2.发票", inv, p2)
    b.facts["projects"]["P2"]["invoice_amount_without_tax"] = f"{inv.amount:.2f}"
    return b.finish(
        "P1's invoices are an OFD and an XML 数电票; P2's one 数电专票 has 金额 below the contract and 价税合计 equal to it.",
        xlsx=True,
    )


def bc04(b: Builder) -> str:
    """P1: a 进度款 billed at 70 % instead of 40 %, cancelled by a 红字 数电票 and issued again; 尾款 in January
    after the year-end; P2: a grey scanned paper 增值税普通发票 (2024) and a 数电票 (2025)."""
    b.license_file()
    b.audit_file()
    p1 = b.project("P1", accepted_by=dt.date(2025, 12, 15))
    b.accept_on(p1, max(p1.accepted, dt.date(2025, 11, 20) + dt.timedelta(days=b.rng.randint(0, 20))))
    sc = b.scan(grey=False)
    _contract_file(b, "项目一/合同.pdf", [b.contract(p1, STD, sc)], p1.signed)
    b.filing.jpg("项目一/验收报告.jpg", b.acceptance(p1, b.scan(grey=False)))
    parts = b.split(p1, [s[1] for s in STD])
    wrong_parts = b.split(p1, [D("0.7")])[0]
    d_pre = _d(b, p1.signed, 5, 15)
    d_mid = _mid(b, p1)
    d_red = d_mid + dt.timedelta(days=b.rng.randint(2, 9))
    pre = b.invoice(p1, "sdp", "预付款", b.lines(parts[0], full=False), d_pre)
    wrong = b.invoice(p1, "sdp", "进度款", b.lines(wrong_parts, full=False), d_mid)
    red = b.red(p1, wrong, d_red)
    again = b.invoice(p1, "sdp", "进度款", b.lines(parts[1], full=False), d_red)
    tail = b.invoice(p1, "sdp", "尾款", b.lines(parts[2], full=False), _tail(b, p1, late=True))
    papers = [b.invoice_paper(i, p1) for i in (pre, wrong, red, again, tail)]
    b.filing.pdf("项目一/发票汇总.pdf", papers, "PDFsam Basic v5.2.0", b._when(tail.issued))
    b.facts["projects"]["P1"]["red"] = {"blue": wrong.number, "red": red.number, "again": again.number}
    p2 = b.project("P2", signed_range=(dt.date(2024, 8, 1), dt.date(2024, 10, 15)))
    st2 = _stages([("预付款", "0.3"), ("尾款", "0.7")])
    _contract_file(b, "项目二/合同及验收.pdf", [b.contract(p2, st2), b.acceptance(p2)], p2.accepted)
    parts2 = b.split(p2, [s[1] for s in st2])
    paper = b.invoice(p2, "paper_ordinary", "预付款", b.lines(parts2[0], full=False), _d(b, p2.signed, 5, 20))
    b.filing.jpg("项目二/预付款发票.jpg", b.invoice_paper(paper, p2, b.scan(grey=True, on_a4=True)))
    b.sdp_pdf("项目二", b.invoice(p2, "sdp", "尾款", b.lines(parts2[1], full=False), _tail(b, p2)), p2)
    return b.finish(
        "P1's blue invoices alone add up to 170 % of the contract; with the 红字 invoice they add up to exactly 100 %. "
        "The 尾款 is dated after the year-end. P2 mixes a 2024 paper 普票 and a 2025 数电票."
    )


# ---------------------------------------------------------------- planted


def bc05(b: Builder) -> str:
    """P1's three 数电票 add up to 112 % of the contract: the 尾款 bills 增补 work the row does not declare."""
    b.license_file()
    b.audit_file()
    p1 = b.project("P1")
    _contract_file(b, "项目1/合同及验收资料.pdf", [b.contract(p1, STD), b.acceptance(p1)], p1.accepted)
    parts = b.split(p1, [D("0.3"), D("0.4"), D("0.42")])
    dates = [_d(b, p1.signed, 5, 15), _mid(b, p1), _tail(b, p1)]
    numbers = []
    for label, part, when in zip(("预付款", "进度款", "尾款（含增补）"), parts, dates, strict=True):
        inv = b.invoice(p1, "sdp", label, b.lines(part, full=False), when)
        b.sdp_pdf("项目1/发票", inv, p1)
        numbers.append(inv)
    total = sum((i.total for i in numbers), D(0))
    b.filing.plant(
        "INVOICE_EXCEEDS_CONTRACT",
        "P1",
        None,
        None,
        f"three 数电票 add up to {total:.2f}, more than the contract's {p1.amount:.2f} (the 尾款 bills 42 %)",
    )
    _clean_second(b, "项目2")
    return b.finish("P1's 数电票 add up to 112 % of the declared (and signed) contract amount.")


def bc06(b: Builder) -> str:
    """P1's 验收款 数电票 prints 70 % of the contract; its QR carries a tenth of that amount."""
    b.license_file()
    b.audit_file()
    p1 = b.project("P1")
    st = _stages([("预付款", "0.3"), ("验收款", "0.7")])
    sc = b.scan()
    _contract_file(b, "P1_合同及验收.pdf", [b.contract(p1, st, sc), b.acceptance(p1, sc)], p1.accepted)
    parts = b.split(p1, [s[1] for s in st])
    pre = b.invoice(p1, "sdp", "预付款", b.lines(parts[0], full=False), _d(b, p1.signed, 5, 15))
    b.sdp_pdf("P1_发票", pre, p1)
    tail = b.invoice(p1, "sdp", "验收款", b.lines(parts[1], full=False), _tail(b, p1))
    small = q2(tail.total / 10)
    tail.qr_override = tail.honest_qr().replace(f",{tail.total:.2f},", f",{small:.2f},")
    rel = b.sdp_pdf("P1_发票", tail, p1)
    b.filing.plant(
        "QR_MISMATCH",
        "P1",
        rel,
        1,
        f"printed 价税合计 {tail.total:.2f} (金额 {tail.amount:.2f}); the QR code's amount is {small:.2f}",
    )
    p2 = b.project("P2")
    st2 = _stages([("预付款", "0.5"), ("尾款", "0.5")])
    _contract_file(b, "P2_合同.pdf", [b.contract(p2, st2)], p2.signed)
    b.filing.pdf("P2_验收报告.pdf", [b.acceptance(p2, b.scan())], _producer(b, True), b._when(p2.accepted))
    b.sdp_pdf(
        "",
        b.invoice(
            p2, "sdp", "预付款", b.lines(b.split(p2, [D("0.5")])[0], full=False), _d(b, p2.signed, 5, 15)
        ),
        p2,
    )
    return b.finish("P1's 验收款 数电票 was inflated tenfold in print; its QR still holds the real amount.")


def bc07(b: Builder) -> str:
    """P1 (signed 2024): contract, paper 增值税专用发票 and acceptance scanned into one file; the 专票's QR holds
    another invoice number than the red No printed."""
    b.license_file()
    b.audit_file()
    p1 = b.project("P1", signed_range=(dt.date(2024, 7, 1), dt.date(2024, 9, 30)))
    st = _stages([("预付款", "0.4"), ("尾款", "0.6")])
    parts = b.split(p1, [s[1] for s in st])
    pre = b.invoice(
        p1, "paper_special", "预付款", b.lines(parts[0], full=False), _d(b, p1.signed, 6, 20), special=True
    )
    other = pre.number
    for k in range(3, 7):  # two neighbouring digits swapped, as a retyped number often has them
        if other[k] != other[k + 1]:
            other = other[:k] + other[k + 1] + other[k] + other[k + 2 :]
            break
    else:
        other = other[:4] + str((int(other[4]) + 3) % 10) + other[5:]
    pre.qr_override = pre.honest_qr().replace(f",{pre.number},", f",{other},")
    sc = b.scan(grey=True)
    inv_scan = replace(b.scan(grey=True, on_a4=True), dpi=sc.dpi, quality=sc.quality)
    rel = _contract_file(
        b,
        "项目1合同发票验收扫描件.pdf",
        [b.contract(p1, st, sc), b.invoice_paper(pre, p1, inv_scan), b.acceptance(p1, sc)],
        p1.accepted,
    )
    b.filing.plant("QR_MISMATCH", "P1", rel, 3, f"printed No {pre.number}; the QR code's number is {other}")
    b.sdp_pdf("", b.invoice(p1, "sdp", "尾款", b.lines(parts[1], full=False), _tail(b, p1), special=True), p1)
    p2 = b.project("P2")
    st2 = _stages([("全款", "1")])
    _contract_file(b, "项目2合同.pdf", [b.contract(p2, st2)], p2.signed)
    b.filing.jpg("项目2验收报告.jpg", b.acceptance(p2, b.scan(grey=False)))
    b.sdp_pdf("", b.invoice(p2, "sdp", "全款", b.lines(b.split(p2, [D(1)])[0], full=True), _tail(b, p2)), p2)
    return b.finish("P1's paper 专票 (scan page 3) prints one number, its QR code another.")


def bc08(b: Builder) -> str:
    """P1 has no acceptance report; of its two 数电票 the 尾款 one is issued by another company of the county."""
    b.license_file()
    b.audit_file()
    p1 = b.project("P1")
    st = _stages([("预付款", "0.3"), ("尾款", "0.7")])
    _contract_file(b, "项目1/合同.pdf", [b.contract(p1, st, b.scan(grey=False))], p1.signed)
    parts = b.split(p1, [s[1] for s in st])
    b.sdp_pdf(
        "项目1", b.invoice(p1, "sdp", "预付款", b.lines(parts[0], full=False), _d(b, p1.signed, 5, 15)), p1
    )
    other = b.other_company()
    foreign = b.invoice(p1, "sdp", "尾款", b.lines(parts[1], full=False), _tail(b, p1), seller=other)
    rel = b.sdp_pdf("项目1", foreign, p1)
    b.facts["projects"]["P1"]["foreign_seller"] = other.name
    b.filing.plant(
        "PARTY_MISMATCH", "P1", rel, 1, f"销售方 of the 尾款 数电票 is {other.name}, not the declaring firm"
    )
    _clean_second(b, "项目2")
    return b.finish(
        "P1's 尾款 数电票 was issued by another company (销售方), not by the firm that declares the project."
    )


def bc09(b: Builder) -> str:
    """P2 has a contract and a bank 电子回单 for the payment, but neither an acceptance report nor an invoice."""
    b.license_file()
    b.audit_file()
    p1 = b.project("P1")
    st = _stages([("预付款", "0.5"), ("尾款", "0.5")])
    _contract_file(
        b, "项目1/合同及验收报告.pdf", [b.contract(p1, st), b.acceptance(p1, b.scan())], p1.accepted
    )
    parts = b.split(p1, [s[1] for s in st])
    b.sdp_pdf(
        "项目1", b.invoice(p1, "sdp", "预付款", b.lines(parts[0], full=False), _d(b, p1.signed, 5, 15)), p1
    )
    b.sdp_pdf("项目1", b.invoice(p1, "sdp", "尾款", b.lines(parts[1], full=False), _tail(b, p1)), p1)
    p2 = b.project("P2")
    st2 = _stages([("全款", "1")])
    rel = _contract_file(b, "项目2/合同.pdf", [b.contract(p2, st2, b.scan())], p2.signed)
    when = dt.datetime.combine(
        _tail(b, p2), dt.time(b.rng.randint(9, 18), b.rng.randint(0, 59), b.rng.randint(0, 59))
    )
    receipt = paper_mod.bank_receipt_sheet(b.firm, p2, p2.amount, when, b.rng)
    b.filing.jpg(
        "项目2/回款凭证.jpg", Paper("other", [receipt], {}, "P2", b.scan(grey=False), label="P2 bank receipt")
    )
    b.filing.plant(
        "ACCEPTANCE_MISSING",
        "P2",
        rel,
        None,
        "the contract has neither an acceptance report nor an invoice (only a bank 电子回单)",
    )
    return b.finish(
        "P2 is backed by its contract and a bank 电子回单 only: no acceptance report, no invoice."
    )


def bc10(b: Builder) -> str:
    """P1's 进度款 was first billed at 13 % on a service, then issued again at 6 %; the 红字 invoice is not uploaded."""
    b.license_file()
    b.audit_file()
    p1 = b.project("P1", b.rng.choice(("om", "gov_data")))
    sc = b.scan()
    _contract_file(b, "P1_合同及验收.pdf", [b.contract(p1, STD, sc), b.acceptance(p1, sc)], p1.accepted)
    parts = b.split(p1, [s[1] for s in STD])
    d_mid = _mid(b, p1)
    d_again = d_mid + dt.timedelta(days=b.rng.randint(3, 12))
    issued: list[Invoice] = [
        b.invoice(p1, "sdp", "预付款", b.lines(parts[0], full=False), _d(b, p1.signed, 5, 15)),
        b.invoice(p1, "sdp", "进度款", b.lines(parts[1], full=False, rate_override=R13), d_mid),
        b.invoice(p1, "sdp", "进度款", b.lines(parts[1], full=False), d_again),
        b.invoice(p1, "sdp", "尾款", b.lines(parts[2], full=False), _tail(b, p1)),
    ]
    for inv in issued:
        b.sdp_pdf("P1_发票", inv, p1)
    total = sum((i.total for i in issued), D(0))
    b.filing.plant(
        "INVOICE_EXCEEDS_CONTRACT",
        "P1",
        None,
        None,
        f"four blue 数电票 add up to {total:.2f} against a contract of {p1.amount:.2f}: the 13 % 进度款 was reissued at 6 % but its 红字 invoice is missing",
    )
    _clean_second(b, "P2")
    return b.finish(
        "P1's wrong-rate 进度款 and its reissue are both uploaded, the 红字 invoice that cancels the first is not."
    )


SCENARIOS: list[tuple[str, str, Callable[[Builder], str]]] = [
    ("bc01_bachu_parts_no_acceptance_clean", "bachu", bc01),
    ("bc02_tumxuk_reform_years_clean", "tumxuk", bc02),
    ("bc03_awat_ofd_xml_clean", "awat", bc03),
    ("bc04_kalpin_red_reissue_clean", "kalpin", bc04),
    ("bc05_bachu_over_invoiced", "bachu", bc05),
    ("bc06_tumxuk_qr_amount", "tumxuk", bc06),
    ("bc07_awat_qr_number", "awat", bc07),
    ("bc08_kalpin_foreign_seller", "kalpin", bc08),
    ("bc09_bachu_no_evidence", "bachu", bc09),
    ("bc10_tumxuk_red_missing", "tumxuk", bc10),
]


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (name, place, build) in enumerate(SCENARIOS, start=1):
        if only and name not in only:
            continue
        written.append(build(Builder(out, name, seed, index, place)))
    return written
