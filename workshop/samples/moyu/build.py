"""A spec → firm, deals, papers in files, declaration and the planted cause's truth finding."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from jianzheng.models.finding import Code
from jianzheng.models.truth import TruthFinding

from . import contract as contract_papers
from . import declare, firmpapers, receipts
from .deals import SERVICE_KEYS, Deal, add_invoices, books, make_deal
from .filing import FileBuilder, Filing, write
from .numerals import HUNDRED, WAN, capital, q2, to_unit
from .paper import cn_date
from .people import CERTIFICATES, COUNTIES, firm, person
from .scanner import settings
from .scenarios import Plan, Spec


def transposed(value: Decimal, step: Decimal) -> Decimal:
    """``value`` with two adjacent unequal digits swapped, at or above ``step`` (a typist's slip)."""
    whole = int(value)
    text = str(whole)
    low = len(str(int(step))) - 1
    candidates = [i for i in range(len(text) - 1 - low) if text[i] != text[i + 1] and (i or text[1] != "0")]
    if not candidates:
        raise ValueError(f"no digits to swap in {value}")
    i = min(candidates, key=lambda j: abs(j - (len(text) - low) / 2))
    swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return Decimal(swapped) + (value - whole)


def _deal(rng: random.Random, spec: Spec, plan: Plan, pid: str, county: str) -> Deal:
    for _ in range(400):
        deal = make_deal(
            rng,
            pid,
            county,
            plan.kind,
            size_wan=plan.size,
            keys=plan.keys,
            unit=plan.unit,
            tax_rate=plan.tax,
            cents=plan.cents,
            serial=int(pid[1:]),
        )
        if plan.target is not None:
            diff = plan.target(rng) - deal.total
            deal.fees[plan.keys[0]] += diff
            if deal.fees[plan.keys[0]] <= deal.total * Decimal("0.2"):
                continue
        if spec.decl == "xlsx_wan":
            rounded = sum((to_unit(v, HUNDRED) for v in deal.fees.values()), Decimal(0))
            if rounded != to_unit(deal.total, HUNDRED):
                continue
        if (
            plan.style.clause in ("wan_then_words",)
            or plan.style.figure == "wan2"
            or plan.style.table in ("万元", "人民币万元")
        ):
            if deal.total % HUNDRED:
                continue
        return deal
    raise RuntimeError(f"{spec.name} {pid}: no deal fits the plan")


def _declared_fees(spec: Spec, plan_index: int, deal: Deal, rng: random.Random) -> dict[str, Decimal]:
    fees = dict(deal.fees)
    if spec.decl == "xlsx_wan":
        return {k: to_unit(v, HUNDRED) for k, v in fees.items()}
    if spec.finer_yuan and plan_index == 0:
        for _ in range(100):
            deltas = {
                k: Decimal(rng.randint(-3000, 3000)) / 100 if v else Decimal(0) for k, v in fees.items()
            }
            if abs(sum(deltas.values(), Decimal(0))) < 40:
                return {k: v + deltas[k] for k, v in fees.items()}
    return fees


def _files_for(filing: Filing, plan: Plan, deal: Deal, who: Any, rng: random.Random) -> dict[str, Any]:
    """Draw one project's papers into files; returns the papers by role."""
    short = deal.client
    papers: dict[str, Any] = {}
    if plan.bundle:
        f = filing.file(f"{deal.id}_{short}项目合同及验收资料.pdf")
        papers["contract"] = f.add(
            contract_papers.contract(f.src, deal, who, plan.style, rng), plan.contract_scanned
        )
        papers["acceptance"] = f.add(
            contract_papers.acceptance(f.src, deal, who, rng, plan.accept_amount), True
        )
        inv_file: FileBuilder | None = f
        slip_file: FileBuilder | None = f
    else:
        f = filing.file(
            rng.choice((f"合同-{short}.pdf", f"{deal.id}合同关键页.pdf", f"{short}合同扫描件.pdf"))
        )
        papers["contract"] = f.add(
            contract_papers.contract(f.src, deal, who, plan.style, rng), plan.contract_scanned
        )
        af = filing.file(
            f"验收报告-{short}.jpg" if plan.accept_jpg else f"{deal.id}验收报告.pdf", jpg=plan.accept_jpg
        )
        papers["acceptance"] = af.add(
            contract_papers.acceptance(af.src, deal, who, rng, plan.accept_amount), True
        )
        inv_file = filing.file(f"发票-{short}.pdf") if plan.invoices_one_file else None
        slip_file = None
    papers["invoices"] = []
    for inv in deal.invoices:
        target = inv_file or filing.file(f"发票/{inv.number}.pdf")
        # e-invoices are born digital unless printed and scanned into the project's bundle
        papers["invoices"].append(
            target.add(receipts.invoice(target.src, inv, deal, who, rng), scanned=plan.bundle)
        )
    if plan.slip:
        amount = deal.invoices[0].total if deal.invoices else q2(deal.total * Decimal("0.3"))
        when = deal.invoices[0].issued_on if deal.invoices else deal.signed_on
        sf = slip_file or filing.file(f"{deal.id}回单.jpg", jpg=True)
        maker = receipts.bank_slip if plan.slip == "bank" else receipts.receipt
        papers["slip"] = sf.add(maker(sf.src, deal, who, amount, cn_date(when), rng), True)
    return papers


def build(spec: Spec, seed: int, index: int, out: Path) -> None:
    """Generate filing ``spec`` (the ``index``-th) under ``out``."""
    rng = random.Random(seed * 1000 + index)
    spec = replace(spec, plans=list(spec.plans))
    filing = Filing(spec.name, seed, settings(rng), rng)
    who = firm(rng, spec.county, set())
    counties = list(COUNTIES)
    deals: list[Deal] = []
    for i, plan in enumerate(spec.plans):
        county = spec.county if i == 0 else rng.choice(counties)
        plan = replace(plan, style=replace(plan.style, words={**_words(rng), **plan.style.words}))
        spec.plans[i] = plan
        deal = _deal(rng, spec, plan, f"P{i + 1}", county)
        if spec.plant == "words" and i == 0:
            step = HUNDRED if deal.total % HUNDRED == 0 else Decimal(1000)
            plan.style.words_value = transposed(deal.total, max(step, Decimal(1000)))
        add_invoices(rng, deal, who, list(plan.shares))
        deals.append(deal)

    lic = filing.file(rng.choice(("营业执照.jpg", "营业执照副本.jpg", "01营业执照.jpg")), jpg=True)
    lic.add(firmpapers.licence(lic.src, who, rng), True)
    unit = HUNDRED if spec.audit_wan else Decimal("0.01")
    total = sum((d.total for d in deals), Decimal(0))
    now, before = books(rng, total, unit), books(rng, total * Decimal("0.8"), unit)
    af = filing.file("2025年度审计报告.pdf")
    af.add(firmpapers.audit_report(af.src, who, 2025, now, before, rng, spec.audit_wan), spec.audit_scanned)

    rows = []
    project_papers = []
    for i, (plan, deal) in enumerate(zip(spec.plans, deals, strict=True)):
        project_papers.append(_files_for(filing, plan, deal, who, rng))
        facts = {
            "name": deal.name,
            "client": deal.client,
            "signed_on": deal.signed_on.isoformat(),
            "accepted_on": deal.accepted_on.isoformat(),
            "field": deal.sector,
            "location": deal.location,
        }
        fees = _declared_fees(spec, i, deal, rng)
        amount = None
        if i == 0 and spec.plant:
            fees, amount = _plant_row(spec, filing, deal, fees, project_papers[0], rng)
        rows.append(declare.project_row(deal.id, facts, fees, amount))

    certs = rng.sample(CERTIFICATES, rng.randint(2, 4))
    declaration: dict[str, Any] = {
        "enterprise": {
            "name": who.name,
            "credit_code": who.credit_code,
            "legal_representative": who.legal_representative,
            "registered_capital": f"{who.registered_capital}.00",
            "established_on": who.established_on,
            "grade": "丁",
            "inspection_year": 2025,
            "staff": {
                "technical_total": rng.randint(8, 19),
                "certified_total": len(certs),
                "certificates": [
                    {
                        "holder": person(rng),
                        "certificate": c,
                        "level": lvl,
                        "number": f"{'S' if lvl == '高级' else 'M'}"
                        f"{rng.randint(2015, 2024)}{rng.randint(10**7, 10**8 - 1)}",
                    }
                    for c, lvl in certs
                ],
            },
        },
        "finance": [
            {
                "year": 2025,
                "operating_revenue": f"{now.revenue:.2f}",
                "system_integration_revenue": f"{now.si_revenue:.2f}",
                "net_profit": f"{now.net_profit:.2f}",
            }
        ],
        "projects": rows,
    }
    writer = declare.write_xlsx_wan if spec.decl == "xlsx_wan" else declare.write_json
    if spec.decl == "xlsx_wan":
        declaration["enterprise"]["staff"] = {
            "technical_total": declaration["enterprise"]["staff"]["technical_total"]
        }
    filing.plant.setdefault("kind", spec.plant)
    write(filing, out, writer, declaration, clean=spec.plant is None)


def _plant_row(
    spec: Spec,
    filing: Filing,
    deal: Deal,
    fees: dict[str, Decimal],
    papers: dict[str, Any],
    rng: random.Random,
) -> tuple[dict[str, Decimal], Decimal | None]:
    """Apply the planted cause to P1's declared row and record the truth finding."""
    contract = papers["contract"]
    if spec.plant == "words":
        file, page = filing.page_of(contract, 0)
        words_value = spec.plans[0].style.words_value
        filing.findings.append(
            TruthFinding(
                code=Code.AMOUNT_WORDS_MISMATCH,
                project_id=deal.id,
                file=file,
                page=page,
                note=f"figures {deal.total:.2f}, capital numerals {words_value:.2f}",
            )
        )
        filing.plant.update(words_value=f"{words_value:.2f}", figures=f"{deal.total:.2f}")
        return fees, None
    if spec.plant == "declared_amount":
        declared = transposed(deal.total, Decimal(1000))
        biggest = max(fees, key=lambda k: fees[k])
        fees = {**fees, biggest: fees[biggest] + declared - deal.total}
        file, page = filing.page_of(contract, 0)
        filing.findings.append(
            TruthFinding(
                code=Code.AMOUNT_MISMATCH,
                project_id=deal.id,
                file=file,
                page=page,
                note=f"declared {declared:.2f}, contract {deal.total:.2f}",
            )
        )
        filing.plant.update(declared=f"{declared:.2f}", contract=f"{deal.total:.2f}")
        return fees, None
    if spec.plant == "fee_shift":
        moved = to_unit(fees["hardware_purchase"] * Decimal("0.3"), WAN)
        if not WAN <= moved < fees["hardware_purchase"]:
            raise RuntimeError(f"{spec.name}: hardware line too small to move {moved}")
        fees = {
            **fees,
            "hardware_purchase": fees["hardware_purchase"] - moved,
            "software_development": fees["software_development"] + moved,
        }
        file, page = filing.page_of(contract, 1)
        filing.findings.append(
            TruthFinding(
                code=Code.FEE_MISMATCH,
                project_id=deal.id,
                file=file,
                page=page,
                note=f"{moved:.2f} moved from hardware_purchase to software_development",
            )
        )
        filing.plant.update(moved=f"{moved:.2f}", keys=["hardware_purchase", "software_development"])
        return fees, None
    if spec.plant == "tax_sum":
        net = {k: q2(v / (1 + deal.tax_rate)) for k, v in fees.items()}
        first = next(k for k in net if net[k])
        net[first] += deal.net - sum(net.values(), Decimal(0))
        filing.findings.append(
            TruthFinding(
                code=Code.DECLARED_SUM_MISMATCH,
                project_id=deal.id,
                note=f"fees add up to 不含税价 {deal.net:.2f}, contract_amount {deal.total:.2f} 含税",
            )
        )
        filing.plant.update(net=f"{deal.net:.2f}", gross=f"{deal.total:.2f}")
        return net, deal.total
    if spec.plant == "invoices_over":
        file = filing.page_of(papers["invoices"][0], 0)[0]
        over = sum((inv.total for inv in deal.invoices), Decimal(0))
        filing.findings.append(
            TruthFinding(
                code=Code.INVOICE_EXCEEDS_CONTRACT,
                project_id=deal.id,
                file=file,
                note=f"invoices {over:.2f} against contract {deal.total:.2f}",
            )
        )
        filing.plant.update(invoices=f"{over:.2f}", contract=f"{deal.total:.2f}")
        return fees, None
    raise ValueError(f"unknown plant {spec.plant!r}")


def _words(rng: random.Random) -> dict[str, Any]:
    return {
        "end": rng.choice(("整", "整", "正")),
        "yuan": rng.choice(("元", "元", "圆")),
        "extra_zero": rng.random() < 0.4,
    }


__all__ = ["SERVICE_KEYS", "build", "capital", "transposed"]
