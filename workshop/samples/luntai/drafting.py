"""The facts of one filing before any paper is drawn: firm, projects, invoices, audited year, staff."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import people
from .filing import Staff
from .finance import audited_year
from .model import Deal, Finance, Invoice, split_fees
from .people import PREFECTURE, Firm
from .spelling import money

CERTIFICATES = (
    ("系统集成项目管理工程师", "中级"),
    ("信息系统项目管理师", "高级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("软件设计师", "中级"),
)
"""Certificates from the inspection's list (seed 000), spelt as the list spells them."""

CONTRACT_PREFIX = {"轮台县": "LT", "库尔勒市": "KEL", "尉犁县": "YL", "和硕县": "HS"}


@dataclass
class Facts:
    firm: Firm
    established: dt.date
    grade: str
    staff: Staff
    finance: Finance
    deals: list[Deal]
    audit_firm: tuple[str, str]
    auditors: tuple[str, str]
    audit_signed: dt.date


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def invoice_number(rng: random.Random, year: int) -> str:
    """A 数电票 number: two digits of the year, 65 for Xinjiang, then sixteen digits."""
    return f"{year % 100:02d}65{rng.randrange(10**15, 10**16)}"


def make_invoice(rng: random.Random, target: Decimal, issued: dt.date, hardware: bool) -> Invoice:
    rate = 13 if hardware else 6
    net = money(target / (1 + Decimal(rate) / 100))
    item = (
        "*计算机网络设备*网络及安防设备"
        if hardware
        else rng.choice(("*信息技术服务*信息系统集成服务", "*信息技术服务*系统集成实施服务"))
    )
    return Invoice(invoice_number(rng, issued.year), issued, net, rate, item)


def deal(
    rng: random.Random,
    firm: Firm,
    index: int,
    taken_clients: set[str],
    amount_range: tuple[int, int],
    year: int = 2024,
    county: str | None = None,
) -> Deal:
    client = people.client(rng, county or firm.county, taken_clients)
    name = client.name + client.subject
    amount = money(Decimal(rng.randrange(amount_range[0] // 100, amount_range[1] // 100) * 100))
    kind = (
        "software"
        if "平台" in name or ("系统" in name and rng.random() < 0.4)
        else rng.choice(("hardware", "mixed"))
    )
    fees = split_fees(rng, amount, kind)
    signed = _day(rng, dt.date(year, 2, 20), dt.date(year, 7, 20))
    days = rng.choice((60, 90, 120))
    start = signed + dt.timedelta(days=rng.randrange(3, 12))
    finish = signed + dt.timedelta(days=days - rng.randrange(0, 15))
    accepted = min(finish + dt.timedelta(days=rng.randrange(5, 26)), dt.date(year, 12, 26))
    prefix = CONTRACT_PREFIX[client.county]
    number = rng.choice(
        (
            f"{prefix}{rng.choice(('JY', 'ZF', 'CG', 'XX'))}-{signed.year}-{rng.randrange(1, 99):03d}",
            f"BZCG{signed.year}{rng.randrange(100, 999)}-{rng.randrange(1, 9)}",
            f"{prefix}-XXH-{signed.year}{rng.randrange(1, 60):02d}",
        )
    )
    d = Deal(
        id=f"P{index}",
        name=name,
        client=client,
        party_b=firm,
        contract_number=number,
        signed_on=signed,
        accepted_on=accepted,
        start_on=start,
        finish_on=finish,
        fees=fees,
        printed_amount=amount,
        itemised=rng.random() < 0.55,
        location=f"新疆维吾尔自治区{PREFECTURE}{client.county}",
        days=days,
        supervisor=rng.choice(people.SUPERVISORS) if rng.random() < 0.35 else None,
        signer_a=client.contact,
        signer_b=rng.choice((firm.legal_rep, firm.contact)),
    )
    hardware = fees["hardware_purchase"] > amount / 2
    plan = rng.choice(("none", "advance", "final", "both"))
    if plan in ("advance", "both"):
        d.invoices.append(
            make_invoice(
                rng,
                money(amount * Decimal("0.3")),
                signed + dt.timedelta(days=rng.randrange(8, 20)),
                hardware,
            )
        )
    if plan in ("final", "both"):
        issued = min(accepted + dt.timedelta(days=rng.randrange(3, 15)), dt.date(year, 12, 30))
        d.invoices.append(make_invoice(rng, money(amount * Decimal("0.65")), issued, hardware))
    return d


def facts(
    rng: random.Random,
    county: str,
    grade: str = "丁",
    projects: int = 2,
    legacy: bool = False,
    amount_range: tuple[int, int] = (300_000, 2_400_000),
) -> Facts:
    firm = people.firm(rng, county, legacy=legacy)
    established = (
        _day(rng, dt.date(2003, 3, 1), dt.date(2013, 12, 1))
        if legacy
        else _day(rng, dt.date(2015, 6, 1), dt.date(2021, 10, 1))
    )
    taken: set[str] = set()
    deals = [deal(rng, firm, k + 1, taken, amount_range) for k in range(projects)]
    total = sum((d.amount for d in deals), Decimal(0))
    revenue = money(max(Decimal(rng.randrange(3_000_000, 12_000_000)), total * Decimal("1.6")))
    paid_in = money(Decimal(firm.capital) * Decimal(rng.choice(("1", "1", "0.6", "0.5"))))
    finance = audited_year(rng, revenue, rng.uniform(0.58, 0.8), paid_in)
    if grade == "丙":
        technical, certs = rng.randrange(21, 30), rng.randrange(5, 8)
    else:
        technical, certs = rng.randrange(7, 16), rng.randrange(1, 4)
    holders = set()
    certificates: list[tuple[str, str, str, str]] = []
    while len(certificates) < certs:
        holder = people.han_name(rng)
        if holder in holders:
            continue
        holders.add(holder)
        title, level = rng.choice(CERTIFICATES)
        certificates.append(
            (holder, title, level, f"{rng.randrange(2014, 2024)}{rng.randrange(10**9, 10**10)}")
        )
    staff = Staff(technical, certificates)
    audit = rng.choice(people.AUDIT_FIRMS)
    return Facts(
        firm=firm,
        established=established,
        grade=grade,
        staff=staff,
        finance=finance,
        deals=deals,
        audit_firm=audit,
        auditors=(people.han_name(rng), people.han_name(rng)),
        audit_signed=_day(rng, dt.date(2025, 1, 6), dt.date(2025, 2, 10)),
    )
