"""The ten filings: which reports each uploads, in what form, and what (if anything) is planted.

Filing *i* draws everything from ``random.Random(seed * 1000 + i)``; the layout of each filing and the
place of its plant do not change with the seed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from .audit import Built, ReportSpec, build_report, build_statements
from .books import Books, chain, group, grow
from .filing import Filing, write_json, write_xlsx
from .papers import Deal, acceptance, contract, licence
from .scan import Device, office_mfp
from .world import (
    CERTIFICATES,
    COUNTIES,
    Firm,
    agree,
    client_pool,
    make_audit_firm,
    make_firm,
    make_subsidiary,
    money,
    person,
    report_number,
)

INSPECTION_YEAR = 2025


@dataclass(frozen=True)
class Report:
    """One audit report (or, with ``standalone``, unaudited statements) a filing uploads."""

    years: tuple[int, ...]
    kind: str = "single"  # single | group_separate | group_columns | group_only
    unit: int = 1
    template: str = "general"
    split_income: bool = False
    si_subtotal: bool = True
    opinion: str = "unqualified"
    emphasis: bool = False
    scan: bool = False
    standalone: bool = False
    contents: bool = False
    file: str = ""


@dataclass(frozen=True)
class Spec:
    name: str
    years: tuple[int, ...]  # declared finance years
    reports: tuple[Report, ...]
    xlsx: bool = False
    projects: int = 2
    project_scan: bool = False
    plant: str = (
        ""  # prior_year_revenue | group_revenue | net_profit_digit | qualified | group_only | missing_year
    )
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


Y = INSPECTION_YEAR
SPECS: list[Spec] = [
    Spec(
        "gl01_group_parent_clean",
        (Y,),
        (Report((Y,), kind="group_separate", template="total", split_income=True, contents=True),),
        note="合并 and 母公司 statements on separate pages, 合并利润表 over two pages; declared = 母公司",
    ),
    Spec(
        "gl02_wan_emphasis_scan_clean",
        (Y,),
        (Report((Y,), unit=10000, emphasis=True, scan=True),),
        project_scan=True,
        note="grey scan in 万元 with a 强调事项 paragraph; declared exact yuan",
    ),
    Spec(
        "gl03_two_year_report_clean",
        (Y - 1, Y),
        (Report((Y - 1, Y), unit=1000),),
        projects=1,
        note="one report auditing 2024 and 2025 (columns 2025年度 | 2024年度), in 千元",
    ),
    Spec(
        "gl04_total_revenue_xlsx_clean",
        (Y,),
        (Report((Y,), template="total", si_subtotal=False, scan=True),),
        xlsx=True,
        project_scan=True,
        note="营业总收入 > 营业收入 (手续费及佣金收入); workbook in 万元; note without a 系统集成收入 subtotal",
    ),
    Spec(
        "gl05_prior_year_revenue",
        (Y,),
        (Report((Y,)),),
        plant="prior_year_revenue",
        note="declared 营业收入 = the 利润表's 上期金额",
    ),
    Spec(
        "gl06_group_figure_declared",
        (Y,),
        (Report((Y,), kind="group_columns", scan=True),),
        project_scan=True,
        plant="group_revenue",
        note="合并 | 母公司 columns side by side; declared 营业收入 = the 合并 column",
    ),
    Spec(
        "gl07_net_profit_digit",
        (Y,),
        (Report((Y,), split_income=True, scan=True),),
        plant="net_profit_digit",
        note="利润表 over two pages; declared 净利润 has one digit wrong",
    ),
    Spec(
        "gl08_qualified_opinion",
        (Y,),
        (Report((Y,), unit=1000, opinion="qualified", scan=True),),
        project_scan=True,
        plant="qualified",
        note="保留意见 (receivables); figures agree",
    ),
    Spec(
        "gl09_consolidated_only",
        (Y,),
        (Report((Y,), kind="group_only", contents=True),),
        plant="group_only",
        note="合并 statements only; declared = the 合并 figures",
    ),
    Spec(
        "gl10_statements_without_report",
        (Y - 2, Y - 1, Y),
        (
            Report((Y,), file="财务资料/{y}年度审计报告.pdf"),
            Report((Y - 1,), unit=10000, scan=True, file="财务资料/{y}年度审计报告.pdf"),
            Report((Y - 2,), standalone=True, scan=True, file="财务资料/{y}年财务报表.pdf"),
        ),
        projects=1,
        plant="missing_year",
        note="three years declared; 2023 backed by unaudited statements only",
    ),
]

NAMES = [s.name for s in SPECS]


def _deals(rng: random.Random, firm: Firm, count: int, budget: Decimal) -> list[Deal]:
    pool = client_pool(rng, firm.county)
    deals = []
    for k in range(count):
        client, fld, name = pool[k]
        signed = dt.date(Y, rng.randint(2, 6), rng.randint(1, 28))
        accepted = signed + dt.timedelta(days=rng.randint(60, 150))
        total = Decimal(rng.randint(300, 2600)) * 1000
        total = min(total, money(budget / count / 100) * 100)
        keys = rng.sample(
            [
                "hardware_purchase",
                "software_development",
                "integration_implementation",
                "software_purchase",
                "operation_maintenance",
            ],
            rng.randint(2, 4),
        )
        shares = [rng.uniform(0.5, 2.0) for _ in keys]
        fees: dict[str, Decimal] = {}
        left = total
        for key, share in zip(keys[:-1], shares[:-1], strict=True):
            fee = Decimal(int(total * Decimal(str(share / sum(shares))) / 100) * 100)
            fees[key] = money(fee)
            left -= fee
        fees[keys[-1]] = money(left)
        county = next(c for c in COUNTIES if client.startswith(c))
        deals.append(
            Deal(
                pid=f"P{k + 1}",
                name=name,
                client=client,
                field=fld,
                location=f"新疆维吾尔自治区伊犁哈萨克自治州{county}",
                number=f"{rng.choice(['ZFCG', 'YLZC', 'XJHT', 'GLCG', 'TKS'])}-{Y}-{rng.randint(11, 389):03d}",
                signed=signed,
                accepted=accepted,
                fees=fees,
            )
        )
    return deals


def _project_row(d: Deal) -> dict[str, Any]:
    keys = [
        "software_development",
        "consulting_design",
        "integration_implementation",
        "operation_maintenance",
        "data_processing",
        "operation_service",
        "self_made_hardware",
        "hardware_purchase",
        "software_purchase",
        "other",
    ]
    fees = {k: f"{d.fees.get(k, Decimal(0)):.2f}" for k in keys}
    services = sum((d.fees.get(k, Decimal(0)) for k in keys[:6]), Decimal("0.00"))
    return {
        "id": d.pid,
        "name": d.name,
        "client": d.client,
        "signed_on": d.signed.isoformat(),
        "accepted_on": d.accepted.isoformat(),
        "field": d.field,
        "location": d.location,
        "fees": fees,
        "services_total": f"{services:.2f}",
        "contract_amount": f"{d.amount:.2f}",
    }


def _one_digit_off(value: Decimal, rng: random.Random) -> Decimal:
    """The figure with one digit (in the 万 to 百万 places) typed wrong."""
    text = f"{value:.2f}"
    whole = text.split(".")[0]
    places = [k for k in range(len(whole)) if 4 <= len(whole) - 1 - k <= 6]
    k = rng.choice(places)
    digit = whole[k]
    new = rng.choice([d for d in "0123456789" if d != digit and not (k == 0 and d == "0")])
    return Decimal(whole[:k] + new + whole[k + 1 :] + "." + text.split(".")[1])


def build(spec: Spec, index: int, seed: int, out: Path) -> str:
    rng = random.Random(seed * 1000 + index)
    counties = list(COUNTIES)
    county = counties[(index + seed) % len(counties)]
    firm = make_firm(rng, county)
    filing = Filing(spec.name, seed, out / spec.name, clean=not spec.plant)
    filing.submission.mkdir(parents=True, exist_ok=True)

    # -- books: the company's own, the group's where it has a subsidiary
    first = min(min(r.years) for r in spec.reports) - 1
    latest = Y
    revenue = money(Decimal(rng.randint(600, 3800)) * Decimal(10000) + Decimal(rng.randint(0, 999999)) / 100)
    revenues = {latest: revenue}
    for yy in range(latest - 1, first - 1, -1):
        revenues[yy] = grow(rng, revenues[yy + 1])
    if spec.plant == "prior_year_revenue":  # revenue fell: last year's column is the larger, plausible figure
        revenues[latest - 1] = money(revenue * Decimal(str(rng.uniform(1.12, 1.35))))
    is_group = any(r.kind != "single" for r in spec.reports)
    minority = Decimal(rng.choice(["0.30", "0.35", "0.49"]))
    sub_capital = money(rng.choice([100, 200, 300]) * 10000)
    own = chain(
        rng,
        revenues,
        firm.capital,
        total_template=any(r.template == "total" and r.kind == "single" for r in spec.reports),
        split_si=all(r.si_subtotal for r in spec.reports),
        lt_invest=money(sub_capital * (1 - minority)) if is_group else Decimal("0.00"),
    )
    grp: Books | None = group(rng, own, firm.capital, minority) if is_group else None
    subsidiary = make_subsidiary(rng, firm) if is_group else ""

    # -- the licence
    doc = pymupdf.open()
    registrar = f"{county}市场监督管理局"
    issued = dt.date(rng.randint(2020, 2024), rng.randint(1, 12), rng.randint(1, 28))
    sheet, lic_fields = licence(doc, firm, registrar, issued, rng)
    lic_name = rng.choice(["营业执照.jpg", "营业执照副本.jpg", "01营业执照.jpg"])
    filing.write_jpeg(lic_name, sheet, "licence", office_mfp(rng, grey=False), seed * 7 + index)
    filing.document(lic_name, [1], "business_license", lic_fields, scanned=True)

    # -- reports
    used: set[str] = set()
    built_reports: list[tuple[str, Built, Report]] = []
    for rep in spec.reports:
        auditor = make_audit_firm(rng, used)
        last = max(rep.years)
        signed = dt.date(last + 1, rng.randint(2, 4), rng.randint(1, 28))
        unit = Decimal(rep.unit)
        if rep.standalone:
            built = build_statements(firm, own, last, unit, rng)
        else:
            kind_books = grp if rep.kind != "single" else None
            rs = ReportSpec(
                firm=firm,
                auditor=auditor,
                number=report_number(rng, auditor, last + 1),
                years=list(rep.years),
                unit=unit,
                kind=rep.kind,
                template=rep.template,
                split_income=rep.split_income,
                si_subtotal=rep.si_subtotal,
                opinion=rep.opinion,
                emphasis=rep.emphasis,
                signed_on=signed,
                own=own,
                group=kind_books,
                subsidiary=subsidiary,
                zero=rng.choice(["-", "", "0.00"]) if unit == 1 else "-",
                contents=rep.contents,
            )
            built = build_report(rs, rng)
        if rep.file:
            rel = rep.file.format(y=last)
        elif len(rep.years) == 2:
            rel = f"{rep.years[0]}-{rep.years[1]}年度审计报告.pdf"
        else:
            rel = rng.choice(
                [f"{last}年度审计报告.pdf", f"{firm.short}{last}年审计报告.pdf", f"审计报告{last}.pdf"]
            )
        device: Device | None = office_mfp(rng, grey=True) if rep.scan else None
        when = dt.datetime(signed.year, signed.month, signed.day, rng.randint(9, 17), rng.randint(0, 59))
        filing.write_pdf(
            rel, built.doc, built.sheets, built.roles, device=device, when=when, seed=seed * 131 + index
        )
        built_reports.append((rel, built, rep))

    # -- the declared finance rows: the company's own figures (the group's where the report has no others)
    finance: list[dict[str, Any]] = []
    for yy in spec.years:
        basis = grp if (grp is not None and spec.plant == "group_only") else own
        inc = basis.years[yy].income
        finance.append(
            {
                "year": yy,
                "operating_revenue": f"{inc.revenue:.2f}",
                "system_integration_revenue": f"{inc.si_total:.2f}",
                "net_profit": f"{inc.net_profit:.2f}",
            }
        )
    latest_row = finance[-1]
    if spec.plant == "prior_year_revenue":
        latest_row["operating_revenue"] = f"{own.years[Y - 1].income.revenue:.2f}"
    elif spec.plant == "group_revenue":
        assert grp is not None
        latest_row["operating_revenue"] = f"{grp.years[Y].income.revenue:.2f}"
    elif spec.plant == "net_profit_digit":
        latest_row["net_profit"] = f"{_one_digit_off(own.years[Y].income.net_profit, rng):.2f}"

    # -- truth of the reports, and the plants
    for rel, built, rep in built_reports:
        _report_truth(filing, rel, built, rep, firm)
    _plant(filing, spec, built_reports)

    # -- projects
    si = Decimal(latest_row["system_integration_revenue"])
    deals = _deals(rng, firm, spec.projects, si * Decimal("0.6"))
    for deal in deals:
        doc = pymupdf.open()
        pages, c_fields = contract(doc, firm, deal, rng)
        acc, a_fields = acceptance(doc, firm, deal, rng)
        short = deal.client.split("县")[-1] if "县" in deal.client else deal.client[-6:]
        rel = rng.choice(
            [f"{deal.pid}_{short}合同及验收报告.pdf", f"项目{deal.pid[1:]}_合同关键页及验收.pdf"]
        )
        device = office_mfp(rng, grey=rng.random() < 0.6) if spec.project_scan else None
        when = dt.datetime(Y, deal.accepted.month, deal.accepted.day, 15, rng.randint(0, 59))
        filing.write_pdf(
            rel,
            doc,
            [*pages, acc],
            ["contract", "contract", "acceptance"],
            device=device,
            when=when,
            seed=seed * 17 + index,
        )
        scanned = device is not None
        filing.document(rel, [1, 2], "contract", c_fields, scanned=scanned, project_id=deal.pid)
        filing.document(rel, [3], "acceptance_report", a_fields, scanned=scanned, project_id=deal.pid)

    # -- staff and the declaration
    certs = []
    for _ in range(rng.randint(2, 4)):
        title, level = rng.choice(CERTIFICATES)
        certs.append(
            {
                "holder": person(rng),
                "certificate": title,
                "level": level,
                "number": f"{rng.randint(10**9, 10**10 - 1)}",
            }
        )
    staff: dict[str, Any] = {"technical_total": rng.randint(8, 18)}
    if not spec.xlsx:
        staff.update({"certified_total": len(certs), "certificates": certs})
    data = {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.credit_code,
            "legal_representative": firm.legal_rep,
            "registered_capital": f"{firm.capital:.2f}",
            "established_on": firm.established.isoformat(),
            "grade": "丁",
            "inspection_year": Y,
            "staff": staff,
        },
        "finance": finance,
        "projects": [_project_row(d) for d in deals],
    }
    if spec.xlsx:
        write_xlsx(filing.submission / "declaration.xlsx", data)
    else:
        write_json(filing.submission / "declaration.json", data)
    filing.printed["spec"] = {"name": spec.name, "plant": spec.plant, "note": spec.note, "county": county}
    filing.write_truth()
    return spec.name


def _report_truth(filing: Filing, rel: str, built: Built, rep: Report, firm: Firm) -> None:
    pages = list(range(1, len(built.sheets) + 1))
    scanned = rep.scan
    last = max(rep.years)
    unit = Decimal(rep.unit)
    if rep.standalone:
        bal = next(
            c
            for c in built.cells
            if c["statement"] == "balance" and c["label"] == "资产总计" and c["header"] == "期末余额"
        )
        filing.document(
            rel,
            [bal["page"]],
            "financial_statement",
            {
                "statement_kind": "balance_sheet",
                "company_name": firm.name,
                "fiscal_year": last,
                "total_assets": _printed_value(bal, unit),
            },
            scanned=scanned,
        )
        inc_page = built.roles.index("income_own") + 1
        rev = _cell(built, "income", "own", last, ("一、营业收入",))
        net = _cell(built, "income", "own", last, ("四、净利润",))
        filing.document(
            rel,
            [inc_page],
            "financial_statement",
            {
                "statement_kind": "income_statement",
                "company_name": firm.name,
                "fiscal_year": last,
                "operating_revenue": _printed_value(rev, unit),
                "net_profit": _printed_value(net, unit),
            },
            scanned=scanned,
        )
        filing.printed["audits"].append({"file": rel, **built.facts, "cells": built.cells})
        return
    entity = {"single": "own", "group_only": "group"}.get(rep.kind, "parent")
    rev = _cell(built, "income", entity, last, ("一、营业收入", "其中：营业收入"))
    net = _cell(built, "income", entity, last, ("四、净利润", "五、净利润"))
    fields: dict[str, Any] = {
        "audit_firm": built.facts["auditor"],
        "report_number": built.facts["number"],
        "fiscal_year": last,
        "opinion": rep.opinion,
        "operating_revenue": _printed_value(rev, unit),
        "net_profit": _printed_value(net, unit),
        "consolidated": rep.kind != "single",
        "company_name": firm.name,
    }
    si_entity = "group" if rep.kind == "group_only" else entity
    si_cells = [
        c
        for c in built.cells
        if c["statement"] == "note"
        and c["entity"] == si_entity
        and c["year"] == last
        and c["label"] == "系统集成收入"
    ]
    if si_cells:
        fields["system_integration_revenue"] = _printed_value(si_cells[0], unit)
    filing.document(rel, pages, "audit_report", fields, scanned=scanned)
    filing.printed["audits"].append({"file": rel, **built.facts, "cells": built.cells})


def _cell(built: Built, statement: str, entity: str, year: int, labels: tuple[str, ...]) -> dict[str, Any]:
    for c in built.cells:
        if (
            c["statement"] == statement
            and c["entity"] == entity
            and c["year"] == year
            and c["label"].startswith(labels)
        ):
            if c["header"] in ("上期金额", "上年金额"):
                continue
            return c
    raise LookupError(f"no {labels} of {entity} {year} in {statement}")


def _printed_value(cell: dict[str, Any], unit: Decimal) -> str:
    """The figure as printed, in yuan: 1,234.57 under 万元 → 12345700.00."""
    number = Decimal(cell["text"].replace(",", ""))
    return f"{number * unit:.2f}"


def _plant(filing: Filing, spec: Spec, reports: list[tuple[str, Built, Report]]) -> None:
    if not spec.plant:
        return
    rel, built, rep = reports[0]
    plant: dict[str, Any] = {"kind": spec.plant, "file": rel}
    if spec.plant in ("prior_year_revenue", "group_revenue"):
        entity = "own" if rep.kind == "single" else "parent"
        cell = _cell(built, "income", entity, Y, ("一、营业收入", "其中：营业收入"))
        filing.finding(
            "AUDIT_FIGURE_MISMATCH", rel, cell["page"], "declared 营业收入 is another column's figure"
        )
        plant.update({"page": cell["page"], "figure": "operating_revenue", "printed": cell["text"]})
    elif spec.plant == "net_profit_digit":
        cell = _cell(built, "income", "own", Y, ("四、净利润",))
        filing.finding("AUDIT_FIGURE_MISMATCH", rel, cell["page"], "declared 净利润 has one digit wrong")
        plant.update({"page": cell["page"], "figure": "net_profit", "printed": cell["text"]})
    elif spec.plant == "qualified":
        page = built.facts["opinion_page"]
        filing.finding("AUDIT_OPINION_NOT_CLEAN", rel, page, "保留意见")
        plant.update({"page": page})
    elif spec.plant == "group_only":
        page = built.roles.index("income_group") + 1
        filing.finding("AUDIT_CONSOLIDATED_ONLY", rel, page, "合并 statements only, no 母公司 figures")
        plant.update({"page": page})
    elif spec.plant == "missing_year":
        filing.finding("AUDIT_REPORT_MISSING", None, None, f"{Y - 2}: unaudited statements only")
        plant.update({"year": Y - 2, "file": reports[2][0]})
    filing.printed["plants"].append(plant)


def check_agreement(
    declared: Decimal, declared_unit: Decimal, printed: Decimal, printed_unit: Decimal
) -> bool:
    return agree(declared, declared_unit, printed, printed_unit)
