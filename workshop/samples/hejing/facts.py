"""The facts of a filing before anything is drawn: the firm, its projects, invoices and audited year."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from . import places
from .numerals import money

INSPECTION_YEAR = 2025
HUNDRED = Decimal(100)


@dataclass
class Firm:
    name: str
    code: str
    place: places.Place
    legal_rep: str
    capital: Decimal
    established: dt.date
    registered: dt.date
    """Date of the licence's latest issue (登记机关 date)."""
    address: str
    grade: str
    technical_total: int
    certificates: list[tuple[str, str, str, str]]
    """(holder, title, level, number)."""
    staff: list[str]
    seal_code: str


@dataclass
class Client:
    name: str
    code: str
    place: places.Place
    kind: places.ClientKind


@dataclass
class Invoice:
    number: str
    issued_on: dt.date
    net: Decimal
    tax: Decimal
    rate: int
    item: str
    check: str

    @property
    def total(self) -> Decimal:
        return self.net + self.tax

    def qr_payload(
        self, number: str | None = None, net: Decimal | None = None, issued_on: dt.date | None = None
    ) -> str:
        """The 数电票 QR: version, kind, number, amount without tax, date, check code."""
        day = issued_on or self.issued_on
        return f"01,32,,{number or self.number},{money(net if net is not None else self.net)},{day:%Y%m%d},,{self.check}"


@dataclass
class Deal:
    """One declared project and what its papers say."""

    id: str
    name: str
    client: Client
    signed_on: dt.date
    accepted_on: dt.date
    fees: dict[str, Decimal]
    contract_no: str
    days: int
    """履行期限 in days after signing."""
    site: str
    members: list[tuple[str, str, str]]
    """Acceptance team: (name, unit, title)."""
    summary: str
    invoices: list[Invoice] = field(default_factory=list)

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))

    @property
    def services(self) -> Decimal:
        return sum((self.fees[k] for k in SERVICE_KEYS), Decimal(0))


FEE_KEYS = (
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
)
SERVICE_KEYS = FEE_KEYS[:6]
FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他",
}


@dataclass
class Audit:
    firm: str
    prefix: str
    number: str
    year: int
    revenue: Decimal
    si_revenue: Decimal
    other_it: Decimal
    cost: Decimal
    taxes: Decimal
    selling: Decimal
    admin: Decimal
    rnd: Decimal
    finance_cost: Decimal
    other_income: Decimal
    income_tax: Decimal
    signed: dt.date
    cpas: tuple[str, str]

    @property
    def operating_profit(self) -> Decimal:
        return (
            self.revenue - self.cost - self.taxes - self.selling - self.admin - self.rnd - self.finance_cost
        )

    @property
    def total_profit(self) -> Decimal:
        return self.operating_profit + self.other_income

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax


def round_to(value: Decimal, step: Decimal = HUNDRED) -> Decimal:
    return (value / step).to_integral_value() * step


def draft_firm(rng: random.Random, place: places.Place, grade: str = "丁") -> Firm:
    established = dt.date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))
    staff_count = {"丁": rng.randint(8, 16), "丙": rng.randint(21, 28)}[grade]
    cert_count = {"丁": rng.randint(2, 4), "丙": rng.randint(5, 7)}[grade]
    holders = places.people(rng, cert_count + 1)
    certificates = []
    for holder in holders[1:]:
        title, level = rng.choice(places.CERTIFICATES)
        number = f"{'S' if level == '高级' else 'M'}{rng.randint(2012, 2023)}{rng.randint(1, 9)}{rng.randint(10000000, 99999999)}"
        certificates.append((holder, title, level, number))
    return Firm(
        name=places.firm_name(rng, place),
        code=places.credit_code(rng, place.region),
        place=place,
        legal_rep=holders[0],
        capital=Decimal(rng.choice((200, 300, 500, 800, 1000, 1200, 2000))) * 10000,
        established=established,
        registered=dt.date(
            rng.randint(max(established.year, 2019), 2024), rng.randint(1, 12), rng.randint(1, 28)
        ),
        address=places.address(rng, place),
        grade=grade,
        technical_total=staff_count,
        certificates=certificates,
        staff=places.people(rng, 6),
        seal_code=place.region + str(rng.randint(10**6, 10**7 - 1)) + str(rng.randint(100000, 999999)),
    )


def draft_client(rng: random.Random, place: places.Place, kind: places.ClientKind | None = None) -> Client:
    kind = kind or rng.choice(places.CLIENT_KINDS)
    return Client(
        places.client_name(place, kind), places.credit_code(rng, place.region, head="11"), place, kind
    )


def split_fees(rng: random.Random, amount: Decimal) -> dict[str, Decimal]:
    """Share ``amount`` out over three to five fee keys, each a whole hundred, the rest to the last."""
    keys = ["software_development", "integration_implementation", "hardware_purchase"]
    keys += rng.sample(["consulting_design", "operation_maintenance", "software_purchase"], rng.randint(0, 2))
    weights = [rng.uniform(0.5, 2.0) for _ in keys]
    fees = dict.fromkeys(FEE_KEYS, Decimal(0))
    left = amount
    for key, weight in zip(keys[:-1], weights[:-1], strict=True):
        share = round_to(amount * Decimal(str(weight / sum(weights))))
        fees[key] = share
        left -= share
    fees[keys[-1]] = left
    return fees


def draft_deal(
    rng: random.Random,
    deal_id: str,
    firm: Firm,
    client: Client,
    amount: Decimal,
    topic: str | None = None,
    signed_on: dt.date | None = None,
    accepted_on: dt.date | None = None,
) -> Deal:
    topic = topic or rng.choice(client.kind.topics)
    if signed_on is None:
        start = dt.date(2024, 9, 1) if rng.random() < 0.3 else dt.date(2025, 1, 6)
        signed_on = start + dt.timedelta(days=rng.randint(0, 150))
    if accepted_on is None:
        accepted_on = min(signed_on + dt.timedelta(days=rng.randint(70, 210)), dt.date(2025, 12, 19))
        accepted_on = max(accepted_on, dt.date(2025, 1, 15))
    members = [
        (name, unit, title)
        for name, (unit, title) in zip(
            places.people(rng, 4),
            [
                (client.name, "分管领导"),
                (client.name, rng.choice(("信息中心主任", "办公室主任", "项目负责人"))),
                ("特邀专家", rng.choice(("高级工程师", "副教授", "工程师"))),
                (firm.name, "项目经理"),
            ],
            strict=True,
        )
    ]
    year = signed_on.year
    return Deal(
        id=deal_id,
        name=f"{client.name}{topic}项目",
        client=client,
        signed_on=signed_on,
        accepted_on=accepted_on,
        fees=split_fees(rng, amount),
        contract_no=f"{client.place.short.upper()[:2]}{rng.choice(('CG', 'JS', 'FW'))}-{year}-{rng.randint(1, 199):03d}",
        days=rng.choice((60, 90, 120, 150)),
        site=f"{rng.choice(client.place.streets)}{rng.randint(1, 99)}号{rng.choice(('办公楼', '项目现场', '综合楼'))}",
        members=members,
        summary=rng.choice(
            (
                "完成系统软硬件的采购、安装、调试和部署，实现与现有业务系统的对接",
                "完成平台软件开发、数据迁移、网络设备安装和系统联调",
                "完成设备供货、综合布线、系统集成及人员培训",
            )
        ),
    )


def draft_invoices(rng: random.Random, deal: Deal, shares: tuple[float, ...]) -> list[Invoice]:
    """One 数电票 per share of the contract amount, 6 % or 13 % VAT, all inside the contract."""
    invoices = []
    day = deal.signed_on + dt.timedelta(days=rng.randint(5, 20))
    for share in shares:
        total = round_to(deal.amount * Decimal(str(share)), Decimal("0.01"))
        rate = rng.choice((6, 13))
        net = round_to(total / (1 + Decimal(rate) / 100), Decimal("0.01"))
        invoices.append(
            Invoice(
                number=f"25652{rng.randint(0, 9)}{rng.randint(10**13, 10**14 - 1)}",
                issued_on=min(day, dt.date(2025, 12, 28)),
                net=net,
                tax=total - net,
                rate=rate,
                item=f"*信息技术服务*{deal.client.kind.topics[0]}服务"
                if rate == 6
                else "*计算机网络设备*系统集成设备",
                check=f"{rng.randint(0, 99999):05d}",
            )
        )
        day = max(
            day + dt.timedelta(days=rng.randint(40, 90)),
            deal.accepted_on + dt.timedelta(days=rng.randint(1, 9)),
        )
    return invoices


def draft_audit(rng: random.Random, deals: list[Deal]) -> Audit:
    si = round_to(sum((d.amount for d in deals), Decimal(0)) * Decimal(str(rng.uniform(1.15, 1.6))))
    other_it = round_to(si * Decimal(str(rng.uniform(0.05, 0.25))))
    revenue = si + other_it
    cost = round_to(revenue * Decimal(str(rng.uniform(0.62, 0.72))), Decimal("0.01"))
    firm_name, prefix = rng.choice(places.AUDIT_FIRMS)
    return Audit(
        firm=firm_name,
        prefix=prefix,
        number=f"{prefix}〔{INSPECTION_YEAR + 1}〕第{rng.randint(12, 388):04d}号",
        year=INSPECTION_YEAR,
        revenue=revenue,
        si_revenue=si,
        other_it=other_it,
        cost=cost,
        taxes=round_to(revenue * Decimal("0.006"), Decimal("0.01")),
        selling=round_to(revenue * Decimal(str(rng.uniform(0.03, 0.05))), Decimal("0.01")),
        admin=round_to(revenue * Decimal(str(rng.uniform(0.08, 0.12))), Decimal("0.01")),
        rnd=round_to(revenue * Decimal(str(rng.uniform(0.02, 0.05))), Decimal("0.01")),
        finance_cost=round_to(revenue * Decimal("0.002"), Decimal("0.01")),
        other_income=round_to(Decimal(rng.randint(0, 60000)), Decimal("0.01")),
        income_tax=round_to(revenue * Decimal("0.004"), Decimal("0.01")),
        signed=dt.date(INSPECTION_YEAR + 1, rng.randint(1, 2), rng.randint(5, 25)),
        cpas=tuple(places.people(rng, 2)),  # type: ignore[arg-type]
    )


def declaration(firm: Firm, deals: list[Deal], audit: Audit) -> dict[str, object]:
    """The declaration as JSON (CONTRACT 1.1), money as strings with two decimals."""
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.code,
            "legal_representative": firm.legal_rep,
            "registered_capital": money(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": firm.grade,
            "inspection_year": INSPECTION_YEAR,
            "staff": {
                "technical_total": firm.technical_total,
                "certified_total": len(firm.certificates),
                "certificates": [
                    {"holder": h, "certificate": t, "level": lv, "number": n}
                    for h, t, lv, n in firm.certificates
                ],
            },
        },
        "finance": [
            {
                "year": audit.year,
                "operating_revenue": money(audit.revenue),
                "system_integration_revenue": money(audit.si_revenue),
                "net_profit": money(audit.net_profit),
            }
        ],
        "projects": [
            {
                "id": d.id,
                "name": d.name,
                "client": d.client.name,
                "signed_on": d.signed_on.isoformat(),
                "accepted_on": d.accepted_on.isoformat(),
                "field": d.client.kind.field,
                "location": places.location(d.client.place),
                "fees": {k: money(v) for k, v in d.fees.items()},
                "services_total": money(d.services),
                "contract_amount": money(d.amount),
            }
            for d in deals
        ],
    }
