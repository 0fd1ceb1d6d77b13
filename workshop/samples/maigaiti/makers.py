"""Builders of a filing's parts: the firm, its deals, its audited books, its standard attachments."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from .facts import Books, Deal, Firm
from .filing import Attachment, Filing
from .papers_firm import audit_report, licence
from .places import AUDIT_FIRMS, Organisation, client, firm, person

AGENCY = "新疆喀什诚信招标代理有限公司"
"""The tender agency that issues the 中标通知书 of the family's projects."""
PREFIX = {"麦盖提县": "MGT", "巴楚县": "BC", "岳普湖县": "YPH", "伽师县": "JS"}
SUFFIXES = ("建设项目", "升级改造项目", "系统集成项目", "（二期）建设项目")
FEE_PLANS = (
    {"software_development": 0.35, "integration_implementation": 0.15, "hardware_purchase": 0.5},
    {
        "software_development": 0.55,
        "consulting_design": 0.05,
        "integration_implementation": 0.1,
        "software_purchase": 0.3,
    },
    {"integration_implementation": 0.2, "operation_maintenance": 0.1, "hardware_purchase": 0.7},
    {"operation_maintenance": 0.85, "data_processing": 0.15},
)


def day(year: int, month: int, lo: int, hi: int, rng: random.Random) -> dt.date:
    """A day of ``month`` between ``lo`` and ``hi``."""
    return dt.date(year, month, rng.randint(lo, hi))


def start(name: str, seed: int, county: str, index: int) -> tuple[Filing, random.Random]:
    """A filing of a firm of ``county`` with a 长期 licence and three or four certificate holders."""
    rng = random.Random(seed * 1000 + index)
    org = firm(rng, county)
    established = dt.date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))
    the_firm = Firm(
        org=org,
        legal=person(rng),
        capital=Decimal(rng.choice((200, 300, 500, 800, 1000))) * 10000,
        established=established,
        term_end=None,
        licence_issued=dt.date(rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28)),
    )
    people = [person(rng) for _ in range(rng.randint(3, 4))]
    filing = Filing(
        name=name, seed=seed, firm=the_firm, books=[], deals=[], people=people, technical=rng.randint(8, 16)
    )
    return filing, rng


def deal(
    rng: random.Random,
    filing: Filing,
    pid: str,
    signed: dt.date,
    accepted: dt.date,
    looks: dict[str, str],
    invoice_after: int | None = None,
    plan: int | None = None,
    works: tuple[dt.date, dt.date] | None = None,
    suffix: str | None = None,
) -> Deal:
    """A project of a client in the firm's county, its amount split by a fee plan."""
    county = filing.firm.org.county
    taken = {d.client.name for d in filing.deals}
    buyer: Organisation = client(rng, county, taken)
    total = Decimal(rng.randint(180, 2600)) * 1000 + Decimal(rng.choice((0, 0, 300, 500, 800)))
    shares = FEE_PLANS[rng.randrange(len(FEE_PLANS)) if plan is None else plan]
    fees: dict[str, Decimal] = {}
    for key, share in list(shares.items())[:-1]:
        fees[key] = (total * Decimal(str(share))).quantize(Decimal("100"))
    last = list(shares)[-1]
    fees[last] = total - sum(fees.values(), Decimal(0))
    if works is None:
        works = (
            signed + dt.timedelta(days=rng.randint(4, 15)),
            accepted - dt.timedelta(days=rng.randint(6, 20)),
        )
    number = f"{PREFIX[county]}-HT-{signed.year}-{rng.randint(11, 189):03d}"
    the_deal = Deal(
        id=pid,
        name=f"{buyer.name}{buyer.system}{suffix or rng.choice(SUFFIXES)}",
        client=buyer,
        fees=fees,
        signed=signed,
        accepted=accepted,
        number=number,
        works_start=works[0],
        works_end=works[1],
        notice=signed - dt.timedelta(days=rng.randint(6, 24)),
        warranty_years=rng.choice((1, 2, 3)),
        looks=looks,
    )
    if invoice_after is not None:
        issued = accepted + dt.timedelta(days=invoice_after)
        part = Decimal(rng.choice(("0.65", "0.95", "0.3")))
        number = f"{issued.year % 100}65{rng.randint(10**15, 10**16 - 1)}"
        the_deal.invoice = (number, issued, (the_deal.amount * part).quantize(Decimal("0.01")))
    filing.deals.append(the_deal)
    return the_deal


def books(rng: random.Random, filing: Filing, years: tuple[int, ...] = (2025,)) -> None:
    """Audited books for ``years``: revenue well above the declared projects, reports dated the next spring."""
    declared = sum((d.amount for d in filing.deals), Decimal(0))
    auditor = rng.choice(AUDIT_FIRMS)
    short = auditor[:2] if auditor.startswith("喀什") else auditor[2:4]
    for year in years:
        scale = Decimal(rng.randint(180, 320)) / 100 if year == 2025 else Decimal(rng.randint(120, 260)) / 100
        revenue = (declared * scale).quantize(Decimal("0.01")) + Decimal(rng.randint(0, 99999)) / 100
        integration = (revenue * Decimal(rng.randint(62, 80)) / 100).quantize(Decimal("0.01"))
        service = (revenue * Decimal(rng.randint(8, 18)) / 100).quantize(Decimal("0.01"))
        assets = (revenue * Decimal(rng.randint(70, 130)) / 100).quantize(Decimal("0.01"))
        filing.books.append(
            Books(
                year=year,
                revenue=revenue,
                integration=integration,
                service=service,
                goods=revenue - integration - service,
                net_profit=(revenue * Decimal(rng.randint(25, 90)) / 1000).quantize(Decimal("0.01")),
                prior_revenue=(revenue * Decimal(rng.randint(70, 120)) / 100).quantize(Decimal("0.01")),
                prior_profit=(revenue * Decimal(rng.randint(20, 80)) / 1000).quantize(Decimal("0.01")),
                total_assets=assets,
                prior_assets=(assets * Decimal(rng.randint(80, 110)) / 100).quantize(Decimal("0.01")),
                auditor=auditor,
                report_number=f"{short}审字〔{year + 1}〕第{rng.randint(12, 480):04d}号",
                report_date=dt.date(year + 1, rng.choice((3, 4)), rng.randint(2, 28)),
                cpas=(person(rng), person(rng)),
            )
        )


def firm_attachments(
    rng: random.Random, filing: Filing, licence_name: str = "营业执照.jpg"
) -> list[Attachment]:
    """The licence (a picture or a scanned PDF) and one audit report per audited year."""
    jpeg = licence_name.endswith(".jpg")
    out = [
        Attachment(
            licence_name, [(licence(rng, filing.firm), True)], jpeg=jpeg, photo=jpeg and rng.random() < 0.5
        )
    ]
    for b in filing.books:
        scanned = rng.random() < 0.5
        style = rng.choice(("han", "han", "cn"))
        out.append(
            Attachment(
                f"财务/{b.year}年度审计报告.pdf", [(audit_report(rng, filing.firm, b, style), scanned)]
            )
        )
    return out
