"""wujiaqu: an independent sample family (五家渠市 / 第六师, 阜康市, 米东区 (米泉)); inspection year 2024.

Written from CONTRACT.md, DESIGN.md, seeds/, models/ and the other families' READMEs only, to measure how the
checker generalises to uploads nobody tuned on: one big bundle PDF per filing (封面, 目录, several projects'
中标通知书, contracts with 补充协议, 初验 and 终验 reports with an expert panel and a 监理 sheet, bank receipts 2-up,
paper invoices), pages stored sideways or upside down, 数电票 PDFs, declaration.xlsx, audit reports in 千元.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from .build import Knobs, Layout, finance, lay_out, make_firm, make_project
from .filing import Filing
from .model import Firm, Proj
from .people import sister_name

Scenario = Callable[[Filing], None]


def _projects(
    f: Filing, firm_grade: str, knobs: list[Knobs], place: str | None = None
) -> tuple[Firm, list[Proj]]:
    rng = f.rng
    firm = make_firm(rng, firm_grade, place)
    used: set[int] = set()
    projs = [make_project(rng, firm, f"P{n}", used, k) for n, k in enumerate(knobs, start=1)]
    return firm, projs


def wq01_liushi_bundle_clean(f: Filing) -> None:
    """五家渠 丙: P1 数据局 with 中标通知书, contract + 补充协议 (price raised; declared = amended), 初验, 终验 with
    experts and 监理 sheet (expert page stored sideways), bank receipts 2-up; P2 教育局 itemised contract (signature
    page upside down), 终验 only, two 数电票."""
    firm, projs = _projects(
        f,
        "丙",
        [
            Knobs(
                lo=400,
                hi=520,
                supervisor=True,
                notice=True,
                supplement=True,
                payments=2,
                client=1,
                kind="hardware",
            ),
            Knobs(lo=130, hi=220, itemised=True, e_invoices=2, client=0, initial=False),
        ],
        "五家渠",
    )
    lay = Layout(
        turns={("P1", "final", 1): 1, ("P2", "contract", 2): 2},
        twoup_receipts=True,
        scanned_contract={"P2"},
    )
    lay_out(f, firm, projs, finance(f.rng, projs), lay)


def wq02_fukang_xlsx_provisional_clean(f: Filing) -> None:
    """阜康 丁, declaration.xlsx (元): P1 人民医院 contract at a 暂定价, settled lower in the 终验 report, two 数电票
    for the 结算价, 中标通知书 as a phone photo; P2 自然资源局 itemised contract with 角分 and a paper invoice scan."""
    firm, projs = _projects(
        f,
        "丁",
        [
            Knobs(lo=90, hi=160, provisional=True, e_invoices=2, notice=True, client=5, kind="service"),
            Knobs(lo=40, hi=90, itemised=True, paper_invoices=1, client=7, cents=True),
        ],
        "阜康",
    )
    f.xlsx_unit = "元"
    lay = Layout(notice_photo="P1", audit="scan", scanned_contract={"P1"})
    lay_out(f, firm, projs, finance(f.rng, projs), lay)


def wq03_midong_twoup_clean(f: Filing) -> None:
    """米东 丁: P1 卫健委 with 监理; its 终验 report and expert page reduced 2-up on one landscape sheet; two paper
    invoice scans; P2 城管局 contract with an upside-down first page, receipts 2-up, one 数电票; audit scanned."""
    firm, projs = _projects(
        f,
        "丁",
        [
            Knobs(lo=70, hi=150, supervisor=True, client=8, paper_invoices=2),
            Knobs(lo=30, hi=80, initial=False, client=9, e_invoices=1, payments=2),
        ],
        "米东",
    )
    lay = Layout(
        turns={("P2", "contract", 0): 2},
        twoup_final="P1",
        twoup_receipts=True,
        audit="scan",
        scanned_contract={"P2"},
    )
    lay_out(f, firm, projs, finance(f.rng, projs), lay)


def wq04_tuanchang_xlsx_wan_clean(f: Filing) -> None:
    """五家渠 丙, declaration.xlsx in 万元 (all amounts whole hundreds of yuan): 一〇二团 (中标通知书, 监理; signature
    page sideways), 芳草湖农场 (one 数电票), 第六师医院 (itemised, 终验 only, first page upside down); licence phone photo."""
    firm, projs = _projects(
        f,
        "丙",
        [
            Knobs(lo=270, hi=340, unit=Decimal(100), client=3, kind="hardware", supervisor=True, notice=True),
            Knobs(lo=150, hi=220, unit=Decimal(100), client=4, e_invoices=1),
            Knobs(lo=100, hi=140, unit=Decimal(100), client=2, itemised=True, initial=False),
        ],
        "五家渠",
    )
    f.xlsx_unit = "万元"
    lay = Layout(
        turns={("P1", "contract", 2): 1, ("P3", "final", 0): 2},
        licence="photo",
        scanned_contract={"P2"},
    )
    lay_out(f, firm, projs, finance(f.rng, projs), lay)


def wq05_invoice_exceeds(f: Filing) -> None:
    """Plant INVOICE_EXCEEDS_CONTRACT: P2's three 数电票 add up to 110–120 % of its contract amount (no 补充协议);
    the third (latest) invoice is the one that crosses the amount."""
    share = f.rng.uniform(1.1, 1.2)
    firm, projs = _projects(
        f,
        "丁",
        [Knobs(lo=60, hi=120, e_invoices=1), Knobs(lo=50, hi=90, e_invoices=3, invoice_share=share)],
    )
    built = lay_out(f, firm, projs, finance(f.rng, projs), Layout(scanned_contract={"P2"}))
    last = len(projs[1].invoices) - 1
    total = sum(i.amount for i in projs[1].invoices)
    f.plant(
        "INVOICE_EXCEEDS_CONTRACT",
        built.papers[("P2", f"einv{last}")],
        0,
        "P2",
        f"three 数电票 total {total} > contract {projs[1].amount}",
    )


def wq06_final_acceptance_2025(f: Filing) -> None:
    """Plant ACCEPTANCE_OUT_OF_PERIOD: P1's 初验 is in Nov/Dec 2024 but its 竣工（终验） is in January 2025; the
    declared accepted_on is the 终验 date."""
    firm, projs = _projects(
        f, "丁", [Knobs(lo=80, hi=150, supervisor=True, final_2025=True), Knobs(lo=40, hi=80, e_invoices=1)]
    )
    built = lay_out(f, firm, projs, finance(f.rng, projs), Layout())
    f.plant(
        "ACCEPTANCE_OUT_OF_PERIOD",
        built.papers[("P1", "final")],
        0,
        "P1",
        f"终验 {projs[0].final} is in 2025 (初验 {projs[0].initial})",
    )


def wq07_missing_contract(f: Filing) -> None:
    """Plant PROJECT_EVIDENCE_MISSING: P3 is declared (the largest row) but nothing of it is attached."""
    firm, projs = _projects(
        f,
        "丁",
        [Knobs(lo=50, hi=90, e_invoices=1), Knobs(lo=40, hi=80), Knobs(lo=100, hi=160)],
    )
    projs[2].bundled = False
    lay_out(f, firm, projs, finance(f.rng, projs), Layout(twoup_receipts=True, scanned_contract={"P1"}))
    f.plant(
        "PROJECT_EVIDENCE_MISSING", None, None, "P3", "no contract, acceptance or invoice of P3 in the bundle"
    )


def wq08_supplement_ignored(f: Filing) -> None:
    """Plant AMOUNT_MISMATCH: P1's 补充协议 (bound right after its contract) raises the price; the row declares the
    original price."""
    firm, projs = _projects(
        f,
        "丁",
        [
            Knobs(lo=90, hi=170, supplement=True, declare_original=True, notice=True),
            Knobs(lo=40, hi=80, e_invoices=1),
        ],
    )
    built = lay_out(f, firm, projs, finance(f.rng, projs), Layout(scanned_contract={"P2"}))
    p = projs[0]
    f.plant(
        "AMOUNT_MISMATCH",
        built.papers[("P1", "contract")],
        3,
        "P1",
        f"补充协议 raised {p.original} to {p.amount}; declared {p.declared_amount}",
    )


def wq09_sister_company(f: Filing) -> None:
    """Plant PARTY_MISMATCH: P2's contract (and its acceptance) name the declaring firm's sister company as 乙方."""
    firm, projs = _projects(f, "丁", [Knobs(lo=60, hi=120, e_invoices=1), Knobs(lo=50, hi=100)])
    p = projs[1]
    p.party_b = sister_name(
        {"prefix": _prefix(firm.name, firm.brand), "brand": firm.brand, "trade": firm.name}, f.rng
    )
    built = lay_out(f, firm, projs, finance(f.rng, projs), Layout(scanned_contract={"P1"}))
    f.plant(
        "PARTY_MISMATCH", built.papers[("P2", "contract")], 0, "P2", f"乙方 {p.party_b} is not {firm.name}"
    )


def _prefix(name: str, brand: str) -> str:
    return name.split(brand)[0]


def wq10_qualified_audit(f: Filing) -> None:
    """Plant AUDIT_OPINION_NOT_CLEAN: the 2024 audit report gives a 保留意见 (qualified); its figures agree with
    the declaration (declaration.xlsx in 元)."""
    firm, projs = _projects(
        f, "丁", [Knobs(lo=60, hi=130, e_invoices=2, supervisor=True), Knobs(lo=30, hi=70)]
    )
    f.xlsx_unit = "元"
    built = lay_out(f, firm, projs, finance(f.rng, projs), Layout(audit="scan"), qualified=True)
    f.plant("AUDIT_OPINION_NOT_CLEAN", built.audit, 0, None, "审计报告 gives a 保留意见")


SCENARIOS: list[Scenario] = [
    wq01_liushi_bundle_clean,
    wq02_fukang_xlsx_provisional_clean,
    wq03_midong_twoup_clean,
    wq04_tuanchang_xlsx_wan_clean,
    wq05_invoice_exceeds,
    wq06_final_acceptance_2025,
    wq07_missing_contract,
    wq08_supplement_ignored,
    wq09_sister_company,
    wq10_qualified_audit,
]


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, scenario in enumerate(SCENARIOS, start=1):
        name = scenario.__name__
        if only and name not in only:
            continue
        f = Filing(name, seed, random.Random(seed * 1000 + i))
        scenario(f)
        f.write(out)
        written.append(name)
    return written
