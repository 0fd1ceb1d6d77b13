"""What a filing is about: the firm, its staff and books, its deals with government clients, and the declaration
that states them. Papers print these facts; a plant changes one fact on one paper or in the declaration."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .numerals import money
from .world import (
    COMPANY_TYPE_UG,
    INDUSTRIES,
    SUFFIXES,
    TRADES,
    Client,
    Place,
    client,
    credit_code,
    firm_name,
    person,
)

YEAR = 2025
"""The inspection year of every filing."""

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
FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件产品购置费",
    "other": "其他费用",
}

TOPICS = {
    "教育局": ("智慧教育云平台建设项目", "中小学校园网络升级改造项目", "教育城域网等级保护建设项目"),
    "人民医院": (
        "医院信息系统（HIS）升级改造项目",
        "医学影像归档和通信系统建设项目",
        "互联网医院平台建设项目",
    ),
    "自然资源局": ("不动产登记信息平台升级项目", "国土空间基础信息平台建设项目"),
    "公安局": ("视频监控联网共享平台建设项目", "指挥中心大屏显示系统集成项目"),
    "水利局": ("水资源监测信息化系统建设项目", "灌区信息化改造项目"),
    "融媒体中心": ("融媒体指挥调度平台建设项目", "演播室系统集成项目"),
    "疾病预防控制中心": ("实验室信息管理系统建设项目", "疫苗冷链监测系统建设项目"),
    "市场监督管理局": ("智慧市场监管平台建设项目", "食品安全追溯系统建设项目"),
    "农业农村局": ("智慧农业物联网监测平台建设项目", "农村集体资产管理平台建设项目"),
    "第一中学": ("智慧校园建设项目", "录播教室系统集成项目"),
    "人民政府办公室": ("政务外网升级改造项目", "视频会议系统集成项目"),
}

CERTIFICATES = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
)

SCOPES = (
    "计算机系统集成；信息技术咨询服务；软件开发；网络与信息安全软件开发；安全技术防范系统设计施工服务；"
    "计算机软硬件及辅助设备零售；办公设备销售；通讯设备销售；数据处理服务。"
    "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；信息系统集成服务；"
    "信息系统运行维护服务；计算机软硬件及外围设备制造；电子产品销售；智能控制系统集成；物联网技术服务。"
    "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
)


def hundreds(value: float) -> Decimal:
    return Decimal(int(value) // 100 * 100)


@dataclass
class Firm:
    name: str
    ug: str
    ug_alt: str
    """Another honest Uyghur rendering (the trade name translated rather than transliterated)."""
    place: Place
    code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    valid_until: dt.date | None
    company_type: str
    company_type_ug: str
    address: str
    scope: str
    licence_issued: dt.date
    staff: int
    certificates: list[dict[str, str]]


@dataclass
class Deal:
    pid: str
    name: str
    client: Client
    number: str
    amount: Decimal
    fees: dict[str, Decimal]
    signed: dt.date
    accepted: dt.date
    itemised: bool = False
    signer_a: str = ""
    signer_b: str = ""


@dataclass
class Books:
    year: int
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    lines: dict[str, Decimal] = field(default_factory=dict)
    previous: dict[str, Decimal] = field(default_factory=dict)


def make_firm(rng: random.Random, place: Place, *, trade_index: int | None = None) -> Firm:
    trade = TRADES[trade_index if trade_index is not None else rng.randrange(len(TRADES))]
    industry = rng.choice(INDUSTRIES)
    suffix = rng.randrange(2)
    prefix_zh, prefix_ug = ("新疆", "شىنجاڭ") if rng.random() < 0.6 else (place.zh, place.ug)
    zh, ug = firm_name(prefix_zh, prefix_ug, (trade[0], trade[1]), industry, suffix)
    _, ug_alt = firm_name(prefix_zh, prefix_ug, (trade[0], trade[2]), industry, suffix)
    established = dt.date(rng.randint(2009, 2019), rng.randint(1, 12), rng.randint(1, 28))
    ctype = SUFFIXES[suffix][2]
    certs = rng.sample(CERTIFICATES, rng.randint(2, 4))
    holders = {person(rng) for _ in range(12)}
    rows = [
        {
            "holder": h,
            "certificate": c,
            "level": lv,
            "number": f"S{rng.randint(2015, 2023)}{rng.randrange(10**8):08d}",
        }
        for (c, lv), h in zip(certs, sorted(holders), strict=False)
    ]
    return Firm(
        name=zh,
        ug=ug,
        ug_alt=ug_alt,
        place=place,
        code=credit_code(rng, place.region),
        legal_rep=person(rng),
        capital=Decimal(rng.choice((200, 300, 500, 600, 800, 1000, 1200, 2000))) * 10000,
        established=established,
        valid_until=None
        if rng.random() < 0.6
        else established.replace(year=established.year + 30) - dt.timedelta(days=1),
        company_type=ctype,
        company_type_ug=COMPANY_TYPE_UG[ctype],
        address=f"新疆{place.prefecture}{place.zh}{rng.choice(place.streets)}{rng.randint(3, 188)}号",
        scope=rng.choice(SCOPES),
        licence_issued=dt.date(rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28)),
        staff=rng.randint(8, 16),
        certificates=rows,
    )


def make_deal(
    rng: random.Random,
    pid: str,
    place: Place,
    unit: str,
    *,
    tag: str,
    itemised: bool = False,
    span: tuple[int, int] = (60, 150),
) -> Deal:
    customer = client(place, unit)
    name = place.zh + rng.choice(TOPICS[unit])
    amount = hundreds(rng.uniform(380_000, 2_600_000))
    shares = {
        "software_development": rng.uniform(0.18, 0.4),
        "integration_implementation": rng.uniform(0.08, 0.18),
        "operation_maintenance": rng.choice((0.0, rng.uniform(0.03, 0.08))),
        "software_purchase": rng.choice((0.0, rng.uniform(0.04, 0.1))),
    }
    fees = {key: hundreds(float(amount) * share) for key, share in shares.items() if share}
    fees["hardware_purchase"] = amount - sum(fees.values(), Decimal(0))
    signed = dt.date(YEAR, rng.randint(2, 6), rng.randint(1, 28))
    accepted = signed + dt.timedelta(days=rng.randint(*span))
    accepted = min(accepted, dt.date(YEAR, 12, 18))
    return Deal(
        pid=pid,
        name=name,
        client=customer,
        number=f"{tag}-{YEAR}-{rng.randrange(10, 999):03d}",
        amount=amount,
        fees={k: fees.get(k, Decimal(0)) for k in FEE_KEYS},
        signed=signed,
        accepted=accepted,
        itemised=itemised,
        signer_a=person(rng),
        signer_b=person(rng),
    )


def make_books(rng: random.Random, deals: list[Deal]) -> Books:
    projects = sum((d.amount for d in deals), Decimal(0))
    si = (projects * Decimal(str(round(rng.uniform(1.15, 1.9), 3)))).quantize(Decimal("0.01"))
    service = (si * Decimal(str(round(rng.uniform(0.08, 0.25), 3)))).quantize(Decimal("0.01"))
    goods = Decimal(rng.randrange(50_000_00, 600_000_00)) / 100
    revenue = si + service + goods
    cost = (revenue * Decimal(str(round(rng.uniform(0.68, 0.78), 3)))).quantize(Decimal("0.01"))
    taxes = (revenue * Decimal("0.006")).quantize(Decimal("0.01"))
    selling = (revenue * Decimal(str(round(rng.uniform(0.02, 0.04), 3)))).quantize(Decimal("0.01"))
    admin = (revenue * Decimal(str(round(rng.uniform(0.06, 0.09), 3)))).quantize(Decimal("0.01"))
    rnd = (revenue * Decimal(str(round(rng.uniform(0.02, 0.04), 3)))).quantize(Decimal("0.01"))
    fin = Decimal(rng.randrange(1_000_00, 30_000_00)) / 100
    operating = revenue - cost - taxes - selling - admin - rnd - fin
    other_in = Decimal(rng.randrange(0, 80_000_00)) / 100
    other_out = Decimal(rng.randrange(0, 20_000_00)) / 100
    total = operating + other_in - other_out
    tax = (total * Decimal("0.05")).quantize(Decimal("0.01")) if total > 0 else Decimal(0)
    net = total - tax
    lines = {
        "营业收入": revenue,
        "营业成本": cost,
        "税金及附加": taxes,
        "销售费用": selling,
        "管理费用": admin,
        "研发费用": rnd,
        "财务费用": fin,
        "营业利润": operating,
        "营业外收入": other_in,
        "营业外支出": other_out,
        "利润总额": total,
        "所得税费用": tax,
        "净利润": net,
        "系统集成收入": si,
        "技术服务收入": service,
        "商品销售收入": goods,
    }
    factor = Decimal(str(round(rng.uniform(0.7, 0.95), 3)))
    previous = {k: (v * factor).quantize(Decimal("0.01")) for k, v in lines.items()}
    return Books(YEAR, revenue, si, net, lines, previous)


def declaration(firm: Firm, books: Books, deals: list[Deal]) -> dict[str, Any]:
    """The declaration.json that states these facts (CONTRACT 1.1)."""
    projects = []
    for deal in deals:
        services = sum((deal.fees[k] for k in FEE_KEYS[:6]), Decimal(0))
        projects.append(
            {
                "id": deal.pid,
                "name": deal.name,
                "client": deal.client.zh,
                "signed_on": deal.signed.isoformat(),
                "accepted_on": deal.accepted.isoformat(),
                "field": deal.client.field,
                "location": f"新疆维吾尔自治区{deal.client.place.prefecture}{deal.client.place.zh}",
                "fees": {k: money(v) for k, v in deal.fees.items()},
                "services_total": money(services),
                "contract_amount": money(sum(deal.fees.values(), Decimal(0))),
            }
        )
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.code,
            "legal_representative": firm.legal_rep,
            "registered_capital": money(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": "丁",
            "inspection_year": YEAR,
            "staff": {
                "technical_total": firm.staff,
                "certified_total": len(firm.certificates),
                "certificates": firm.certificates,
            },
        },
        "finance": [
            {
                "year": books.year,
                "operating_revenue": money(books.revenue),
                "system_integration_revenue": money(books.si_revenue),
                "net_profit": money(books.net_profit),
            }
        ],
        "projects": projects,
    }


def replace(obj: Any, **changes: Any) -> Any:
    return dataclasses.replace(obj, **changes)
