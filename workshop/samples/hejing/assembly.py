"""What every filing does alike: draft the firm and its projects, file the licence and the audit."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import facts, papers, places
from .files import Filing


@dataclass
class Context:
    filing: Filing
    rng: random.Random
    firm: facts.Firm
    deals: list[facts.Deal]
    audit: facts.Audit


@dataclass(frozen=True)
class DealPlan:
    """What a scenario fixes about one project; everything else is drawn."""

    low: int = 400_000
    high: int = 2_400_000
    client: int | None = None
    """Index of an earlier deal whose client this one shares."""
    topic: str | None = None
    """A topic from the client's list, or "+…": the shared client's earlier project's topic with this added."""
    signed_on: dt.date | None = None
    accepted_on: dt.date | None = None
    shares: tuple[float, ...] = ()
    """Invoices, as shares of the contract amount."""
    predated: bool = False
    """Signed in May–July 2025 and accepted 12–45 days before it was signed."""


def start(
    name: str, seed: int, index: int, place: places.Place, plans: list[DealPlan], grade: str = "丁"
) -> Context:
    rng = random.Random(seed * 1000 + index)
    firm = facts.draft_firm(rng, place, grade)
    deals: list[facts.Deal] = []
    kinds = rng.sample(places.CLIENT_KINDS, len(plans))
    for number, (plan, kind) in enumerate(zip(plans, kinds, strict=True), start=1):
        client = (
            deals[plan.client].client if plan.client is not None else facts.draft_client(rng, place, kind)
        )
        amount = facts.round_to(Decimal(rng.randint(plan.low, plan.high)))
        if rng.random() < 0.3:
            amount += Decimal(rng.randint(1, 99))
        signed_on, accepted_on = plan.signed_on, plan.accepted_on
        if plan.predated:
            signed_on = dt.date(2025, 5, 20) + dt.timedelta(days=rng.randint(0, 60))
            accepted_on = signed_on - dt.timedelta(days=rng.randint(12, 45))
        topic = plan.topic
        if topic and topic.startswith("+") and plan.client is not None:
            topic = short(deals[plan.client]) + topic[1:]
        deal = facts.draft_deal(rng, f"P{number}", firm, client, amount, topic, signed_on, accepted_on)
        deal.invoices = facts.draft_invoices(rng, deal, plan.shares) if plan.shares else []
        deals.append(deal)
    audit = facts.draft_audit(rng, deals)
    filing = Filing(name, seed, rng, facts.declaration(firm, deals, audit))
    return Context(filing, rng, firm, deals, audit)


def file_firm_papers(
    ctx: Context, licence_name: str = "营业执照副本.pdf", audit_name: str = "2025年度审计报告.pdf"
) -> None:
    ctx.filing.scan(licence_name, [papers.licence(ctx.rng, ctx.firm)])
    ctx.filing.scan(audit_name, [papers.audit_report(ctx.rng, ctx.firm, ctx.audit)])


def short(deal: facts.Deal) -> str:
    """The project's name without its client, as people name files."""
    return deal.name.removeprefix(deal.client.name).removesuffix("项目")


def invoices(ctx: Context, deal: facts.Deal) -> list[papers.Paper]:
    return [papers.invoice(ctx.rng, bill, deal, ctx.firm) for bill in deal.invoices]


def scanned_bundle(
    ctx: Context, deal: facts.Deal, path: str, itemised: bool | None = None, title: str = "项目验收报告"
) -> tuple[papers.Paper, papers.Paper]:
    """Contract key pages, acceptance and invoices of one project scanned into one file."""
    contract = papers.contract(
        ctx.rng, deal, ctx.firm, itemised=ctx.rng.random() < 0.5 if itemised is None else itemised
    )
    report = papers.acceptance(ctx.rng, deal, ctx.firm, title)
    ctx.filing.scan(path, [contract, report, *invoices(ctx, deal)])
    return contract, report
