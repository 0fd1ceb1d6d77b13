"""A filing's facts: the firm, its books, staff and deals, and the declaration they give."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from .docs import Books, Deal, plain
from .people import PLACES, Firm, client, credit_code, firm, person

YEAR = 2025
ABBR = {"青河县": "QH", "富蕴县": "FY", "阿勒泰市": "ALT", "布尔津县": "BEJ"}

TOPICS: dict[str, tuple[str, str]] = {
    "教育局": ("智慧校园网络及多媒体教室建设", "教育"),
    "人民医院": ("医院信息集成平台及机房改造", "医疗卫生"),
    "公安局": ("城区视频监控联网扩容", "党政"),
    "自然资源局": ("不动产登记信息化升级改造", "党政"),
    "水利局": ("水资源监测信息化平台建设", "农林牧渔、水利"),
    "融媒体中心": ("融媒体指挥调度系统建设", "文化、体育、娱乐"),
    "卫生健康委员会": ("基层医疗卫生信息系统建设", "医疗卫生"),
    "农业农村局": ("数字农业监测平台建设", "农林牧渔、水利"),
    "政务服务和公共资源交易中心": ("政务服务大厅智能化改造", "党政"),
    "疾病预防控制中心": ("实验室信息管理系统建设", "医疗卫生"),
    "文化体育广播电视和旅游局": ("智慧旅游服务平台建设", "文化、体育、娱乐"),
    "应急管理局": ("应急指挥中心信息化建设", "党政"),
}

CERTS = (
    ("系统集成项目管理工程师", "中级"),
    ("信息系统项目管理师", "高级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("网络规划设计师", "高级"),
    ("软件设计师", "中级"),
)

FEE_PLANS = (
    {
        "software_development": 0.30,
        "integration_implementation": 0.15,
        "hardware_purchase": 0.45,
        "software_purchase": 0.10,
    },
    {
        "software_development": 0.45,
        "consulting_design": 0.05,
        "integration_implementation": 0.20,
        "hardware_purchase": 0.30,
    },
    {
        "integration_implementation": 0.25,
        "operation_maintenance": 0.10,
        "hardware_purchase": 0.55,
        "software_purchase": 0.10,
    },
    {
        "software_development": 0.55,
        "data_processing": 0.10,
        "integration_implementation": 0.15,
        "hardware_purchase": 0.20,
    },
)


def bureau_of(name: str, county: str) -> str:
    return name[len(county) :]


def split_fees(total: Decimal, plan: dict[str, float]) -> dict[str, Decimal]:
    keys = list(plan)
    fees: dict[str, Decimal] = {}
    rest = total
    for k in keys[:-1]:
        v = (total * Decimal(str(plan[k])) / 100).quantize(Decimal("1")) * 100
        fees[k] = v
        rest -= v
    fees[keys[-1]] = rest
    return fees


def gov_code(rng: random.Random, county: str) -> str:
    return "11" + credit_code(rng, PLACES[county])[2:-1] + "X"


@dataclass
class World:
    name: str
    county: str
    firm: Firm
    grade: str
    staff_total: int
    certificates: list[dict[str, Any]]
    books: Books
    deals: list[Deal]
    declared: list[Deal] = field(default_factory=list)
    licence_until: dt.date | None = None
    licence_issued: dt.date = dt.date(2023, 1, 1)
    fmt: str = "json"

    def declaration(self) -> dict[str, Any]:
        projects = []
        for d in self.declared or self.deals:
            fees = {
                k: plain(d.fees.get(k, Decimal(0)))
                for k in (
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
            }
            services = sum((Decimal(fees[k]) for k in list(fees)[:6]), Decimal(0))
            projects.append(
                {
                    "id": d.pid,
                    "name": d.name,
                    "client": d.client,
                    "signed_on": d.signed.isoformat(),
                    "accepted_on": d.accepted.isoformat(),
                    "field": d.field,
                    "location": d.location,
                    "fees": fees,
                    "services_total": plain(services),
                    "contract_amount": plain(d.amount),
                }
            )
        f = self.firm
        return {
            "enterprise": {
                "name": f.name,
                "credit_code": f.credit_code,
                "legal_representative": f.legal_rep,
                "registered_capital": plain(Decimal(f.capital_wan) * 10000),
                "established_on": dt.date(*f.established).isoformat(),
                "grade": self.grade,
                "inspection_year": YEAR,
                "staff": {
                    "technical_total": self.staff_total,
                    "certified_total": len(self.certificates),
                    "certificates": self.certificates,
                },
            },
            "finance": [
                {
                    "year": self.books.year,
                    "operating_revenue": plain(self.books.revenue),
                    "system_integration_revenue": plain(self.books.si_revenue),
                    "net_profit": plain(self.books.net_profit),
                }
            ],
            "projects": projects,
        }


def make_world(
    name: str, county: str, rng: random.Random, grade: str = "丁", n_projects: int = 2, fmt: str = "json"
) -> World:
    used: set[str] = set()
    f = firm(rng, county, used)
    clients: set[str] = set()
    deals: list[Deal] = []
    big = grade == "丙"
    for i in range(n_projects):
        c = client(rng, county, clients)
        topic, fld = TOPICS[bureau_of(c, county)]
        amount = Decimal(rng.randint(18000, 26000) if big else rng.randint(3500, 22000)) * 100
        signed = dt.date(YEAR, rng.randint(2, 6), rng.randint(1, 28))
        accepted = signed + dt.timedelta(days=rng.randint(60, 150))
        deals.append(
            Deal(
                pid=f"P{i + 1}",
                name=f"{c}{topic}项目",
                client=c,
                client_code=gov_code(rng, county),
                signed=signed,
                accepted=accepted,
                field=fld,
                location=f"新疆维吾尔自治区阿勒泰地区{county}",
                fees=split_fees(amount, rng.choice(FEE_PLANS)),
                number=f"{ABBR[county]}{rng.choice(('ZC', 'CG', 'XX', 'JS'))}-{YEAR}-{rng.randint(1, 99):03d}",
                place=f"新疆阿勒泰地区{county}",
            )
        )
    total = sum((d.amount for d in deals), Decimal(0))
    si = (total * Decimal(rng.uniform(1.3, 1.9))).quantize(Decimal("1")) * 1
    revenue = (si * Decimal(rng.uniform(1.15, 1.45))).quantize(Decimal("1"))
    profit = (revenue * Decimal(rng.uniform(0.04, 0.09))).quantize(Decimal("0.01"))
    books = Books(
        YEAR,
        revenue + Decimal(rng.randint(0, 99)) / 100,
        si,
        profit,
        (revenue * Decimal(rng.uniform(0.8, 1.1))).quantize(Decimal("0.01")),
        (profit * Decimal(rng.uniform(0.7, 1.2))).quantize(Decimal("0.01")),
    )
    staff = rng.randint(22, 31) if big else rng.randint(8, 18)
    n_cert = rng.randint(5, 8) if big else rng.randint(2, 4)
    certs = []
    for _ in range(n_cert):
        title, level = rng.choice(CERTS)
        certs.append(
            {
                "holder": person(rng),
                "certificate": title,
                "level": level,
                "number": f"{rng.randint(2012, 2024)}{rng.randint(10**7, 10**8 - 1)}",
            }
        )
    issued = dt.date(rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28))
    return World(name, county, f, grade, staff, certs, books, deals, licence_issued=issued, fmt=fmt)


def declared_copy(d: Deal, **changes: Any) -> Deal:
    changes.setdefault("fees", dict(d.fees))
    return replace(d, **changes)
