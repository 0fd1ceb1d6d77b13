"""The facts of one Hotan enterprise and its projects, from which papers and declarations are drawn."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal

from . import people
from .numerals import yuan

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
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他",
}
VALID_CERTS = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("信息系统监理师", "中级"),
    ("网络规划设计师", "高级"),
]


@dataclass
class Firm:
    county: str
    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    company_type: str
    grade: str
    technical_total: int
    certified_total: int
    certificates: list[dict[str, str]]
    bank: tuple[str, str]
    phone: str
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    scope: str = "计算机软硬件及辅助设备批发零售；信息系统集成服务；信息技术咨询服务；软件开发；网络与信息安全软件开发；安全技术防范系统设计施工服务；数据处理和存储支持服务；建筑智能化工程施工（依法须经批准的项目，经相关部门批准后方可开展经营活动）"


@dataclass
class Project:
    id: str
    name: str
    client: str
    county: str
    field: str
    signed_on: dt.date
    accepted_on: dt.date
    fees: dict[str, Decimal]
    number: str
    extra: dict[str, object] = dc_field(default_factory=dict)

    @property
    def services(self) -> Decimal:
        return sum((self.fees[k] for k in FEE_KEYS[:6]), Decimal(0))

    @property
    def amount(self) -> Decimal:
        return sum((self.fees[k] for k in FEE_KEYS), Decimal(0))

    @property
    def location(self) -> str:
        return f"新疆维吾尔自治区和田地区{self.county}"


def make_firm(rng: random.Random, county: str, grade: str = "丙", long_name: bool = False) -> Firm:
    staff = {"甲": (45, 14), "乙": (34, 9), "丙": (24, 6), "丁": (9, 2)}[grade]
    tech = staff[0] + rng.randrange(0, 8)
    cert = staff[1] + rng.randrange(0, 3)
    certs = []
    for _ in range(cert):
        title, level = rng.choice(VALID_CERTS)
        certs.append(
            {
                "holder": people.person(rng),
                "certificate": title,
                "level": level,
                "number": f"{'S' if level == '高级' else 'M'}{rng.randrange(2016, 2024)}{rng.randrange(10**8, 10**9)}",
            }
        )
    revenue = yuan(
        rng.randrange(900, 4800) * 10000 + rng.randrange(0, 10000) + Decimal(rng.randrange(100)) / 100
    )
    si = yuan(revenue * Decimal(rng.uniform(0.55, 0.85)))
    profit = yuan(revenue * Decimal(rng.uniform(0.02, 0.09)))
    return Firm(
        county=county,
        name=people.firm(rng, county, long_name),
        credit_code=people.credit_code(rng, people.COUNTIES[county]),
        legal_rep=people.person(rng),
        capital=Decimal(rng.choice((500, 800, 1000, 1200, 2000, 3000))) * 10000,
        established=dt.date(rng.randrange(2012, 2020), rng.randrange(1, 13), rng.randrange(1, 29)),
        address=people.address(rng, county),
        company_type=rng.choice(
            ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司")
        ),
        grade=grade,
        technical_total=tech,
        certified_total=cert,
        certificates=certs,
        bank=people.bank_block(rng),
        phone=people.phone(rng),
        revenue=revenue,
        si_revenue=si,
        net_profit=profit,
    )


def make_fees(rng: random.Random, total_wan: int, keys: list[str]) -> dict[str, Decimal]:
    """Split a contract total (in 万元) over some fee keys, each a round hundred yuan."""
    fees = {k: Decimal(0) for k in FEE_KEYS}
    total = Decimal(total_wan * 10000 + rng.randrange(0, 100) * 100)
    weights = [rng.uniform(0.5, 2.0) for _ in keys]
    left = total
    for i, k in enumerate(keys):
        if i == len(keys) - 1:
            fees[k] = left
        else:
            part = (total * Decimal(weights[i] / sum(weights))).quantize(Decimal("1E2"))
            fees[k] = part
            left -= part
    return fees


def make_project(
    rng: random.Random,
    pid: str,
    county: str,
    year: int = 2025,
    wan: tuple[int, int] = (60, 480),
    keys: list[str] | None = None,
    used: set[str] | None = None,
) -> Project:
    kinds = [k for k in people.PROJECT_KINDS if used is None or k[0] not in used]
    kind, fld = rng.choice(kinds)
    if used is not None:
        used.add(kind)
    client = people.client(rng, county)
    prefix = client if client.endswith(("医院", "中学")) else county
    name = f"{prefix}{kind}"
    if rng.random() < 0.35:
        name = f"{year}年{name}"
    signed = dt.date(year, rng.randrange(1, 6), rng.randrange(1, 28))
    accepted = signed + dt.timedelta(days=rng.randrange(60, 200))
    if accepted.year != year:
        accepted = dt.date(year, 12, rng.randrange(1, 20))
    keys = keys or rng.choice(
        [
            ["software_development", "integration_implementation", "hardware_purchase"],
            ["integration_implementation", "hardware_purchase", "software_purchase"],
            ["software_development", "consulting_design", "integration_implementation"],
            ["operation_maintenance", "integration_implementation", "hardware_purchase", "other"],
        ]
    )
    fees = make_fees(rng, rng.randrange(*wan), keys)
    number = f"HTCG-{year}-{rng.randrange(1, 999):03d}"
    return Project(pid, name, client, county, fld, signed, accepted, fees, number)
