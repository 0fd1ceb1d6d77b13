"""The facts behind one generated submission: the company, its years, projects and staff.

Documents are rendered from these facts and the declaration is written from
them; a planted problem changes one side only, so the truth knows exactly
which finding it should cause.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

from . import names
from .credit_code import make_credit_code

FEE_LABELS: dict[str, tuple[str, ...]] = {
    "software_development": ("软件开发费", "软件开发", "应用软件开发费用"),
    "consulting_design": ("咨询设计费", "方案咨询设计费", "咨询设计"),
    "integration_implementation": ("系统集成实施费", "集成实施费", "安装调试及集成费"),
    "operation_maintenance": ("运行维护费", "运维服务费", "运行维护服务费"),
    "data_processing": ("数据处理费", "数据处理服务费", "数据迁移及处理费"),
    "operation_service": ("运营服务费", "运营服务", "平台运营服务费"),
    "self_made_hardware": ("自制硬件费", "自研硬件设备费", "自制设备费"),
    "hardware_purchase": ("硬件设备购置费", "硬件购置费", "设备采购费"),
    "software_purchase": ("软件购置费", "第三方软件采购费", "商用软件购置费"),
    "other": ("其他费用", "其他", "培训及其他费用"),
}
"""Spellings of each fee line in contracts' fee tables."""

RECOGNISED_CERTS: tuple[tuple[str, str], ...] = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("系统分析师", "高级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
    ("信息系统监理师", "中级"),
    ("网络规划设计师", "高级"),
    ("系统规划与管理师", "高级"),
    ("软件设计师", "中级"),
    ("HCIE 专家级网络工程师（华为认证）", "专家级"),
    ("HCIP 高级网络工程师（华为认证）", "高级"),
    ("CCNP 网络高级工程师（Cisco 认证）", "高级"),
    ("数据库专家 OCP 认证（Oracle 认证）", "无"),
    ("IT 服务经理（ITSS）", "无"),
    ("信息系统集成实施工程经理", "中级"),
    ("信息系统集成实施高级工程经理", "高级"),
)
"""Certificates on the seed-000 list of valid certificates (with level)."""

CERT_ALIASES: tuple[tuple[str, str], ...] = (
    ("软考高项", "高级"),
    ("系统集成中项", "中级"),
    ("HCIE-Datacom", "专家级"),
    ("HCIP-Datacom", "高级"),
    ("CCNP", "高级"),
    ("ITSS服务经理", "无"),
)
"""Aliases people write for certificates on the list (still recognised)."""

UNRECOGNISED_CERTS: tuple[tuple[str, str], ...] = (
    ("二级建造师（机电工程）", "无"),
    ("PMP项目管理专业人士", "无"),
    ("程序员（软考初级）", "初级"),
    ("网络管理员", "初级"),
)
"""Certificates that are not on the inspection's list."""

GRADE_RULES = {
    "甲": (40, 12, 30_000_000),
    "乙": (30, 8, 10_000_000),
    "丙": (20, 5, 5_000_000),
    "丁": (6, 0, 0),
}
"""Per grade: technical staff, certified staff, three-year project total (seed 000 §二.1, 3)."""


@dataclass
class Company:
    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    valid_until: dt.date | str
    address: str
    company_type: str
    scope: str
    city: str
    district: str
    grade: str


@dataclass
class Project:
    id: str
    name: str
    client: str
    signed_on: dt.date
    accepted_on: dt.date
    field: str
    location: str
    fees: dict[str, Decimal]
    contract_number: str
    supervisor: str | None = None

    @property
    def services_total(self) -> Decimal:
        return sum((self.fees[k] for k in SERVICE_FEE_KEYS), Decimal(0))

    @property
    def contract_amount(self) -> Decimal:
        return sum((self.fees[k] for k in FEE_KEYS), Decimal(0))


@dataclass
class Finance:
    year: int
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    total_assets: Decimal
    own_revenue: Decimal | None = None
    """For a group's consolidated report: the declaring company's own revenue."""


@dataclass
class CertRow:
    holder: str
    certificate: str
    level: str
    number: str


@dataclass
class World:
    company: Company
    year: int
    finance: list[Finance]
    projects: list[Project]
    staff_total: int
    certs: list[CertRow]
    innovations: list[dict[str, str]] = field(default_factory=list)


def _round_amount(rng: random.Random, lo: int, hi: int, step: int) -> Decimal:
    return Decimal(rng.randrange(lo // step, hi // step) * step)


def make_fees(rng: random.Random, total_hint: int) -> dict[str, Decimal]:
    """A fee breakdown of about ``total_hint`` yuan, in round-ish amounts."""
    fees = dict.fromkeys(FEE_KEYS, Decimal(0))
    step = rng.choice([1000, 5000, 10000, 100])
    used = rng.sample(list(FEE_KEYS), rng.randint(2, 5))
    if "software_development" not in used and "integration_implementation" not in used:
        used[0] = "integration_implementation"
    weights = [rng.random() + 0.2 for _ in used]
    for key, w in zip(used, weights, strict=True):
        fees[key] = Decimal(max(step, int(total_hint * w / sum(weights)) // step * step))
    return fees


def make_company(rng: random.Random, year: int, grade: str) -> Company:
    """A company registered in Xinjiang some years before the inspection."""
    city, district = rng.choice(names.CITIES)
    established = dt.date(year - rng.randint(4, 15), rng.randint(1, 12), rng.randint(1, 28))
    term = "长期" if rng.random() < 0.5 else established.replace(year=established.year + rng.choice([20, 30]))
    return Company(
        name=names.company_name(rng, city),
        credit_code=make_credit_code(rng),
        legal_rep=names.person(rng),
        capital=Decimal(rng.choice([500, 1000, 2000, 3000, 5000, 1010, 1200]) * 10000),
        established=established,
        valid_until=term,
        address=names.address(rng, city, district),
        company_type=rng.choice(
            [
                "有限责任公司（自然人投资或控股）",
                "有限责任公司（自然人独资）",
                "其他有限责任公司",
                "股份有限公司（非上市、自然人投资或控股）",
            ]
        ),
        scope=(
            "计算机信息系统集成；软件开发；信息技术咨询服务；网络与信息安全软件开发；"
            "数据处理和存储支持服务；安全技术防范系统设计施工服务；计算机及通讯设备租赁；"
            "电子产品销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
        ),
        city=city,
        district=district,
        grade=grade,
    )


def make_project(rng: random.Random, pid: str, year: int, total_hint: int) -> Project:
    """A project signed in the year or the one before, accepted in the inspection year."""
    client_name, city, _district = names.client(rng)
    pname, pfield = names.project(rng, client_name)
    signed = dt.date(year - rng.choice([0, 0, 1]), rng.randint(1, 8), rng.randint(1, 28))
    accepted = dt.date(
        year, rng.randint(max(1, signed.month + 2) if signed.year == year else 1, 12), rng.randint(1, 28)
    )
    num_form = rng.choice(["XJ-{y}-{n:03d}", "HT{y}{n:04d}", "{abbr}采〔{y}〕{n}号", "ZC{y}-{n:03d}"])
    number = num_form.format(
        y=signed.year, n=rng.randint(1, 999), abbr=rng.choice(["乌", "克", "昌", "喀", "伊"])
    )
    return Project(
        id=pid,
        name=pname,
        client=client_name,
        signed_on=signed,
        accepted_on=accepted,
        field=pfield,
        location=f"新疆维吾尔自治区{city}",
        fees=make_fees(rng, total_hint),
        contract_number=number,
        supervisor=rng.choice(names.SUPERVISORS) if rng.random() < 0.4 else None,
    )


def make_certs(rng: random.Random, count: int, aliases: int = 1) -> list[CertRow]:
    """Certificate rows from the valid list, ``aliases`` of them spelled as people write them."""
    rows = []
    for i in range(count):
        cert, level = rng.choice(CERT_ALIASES) if i < aliases else rng.choice(RECOGNISED_CERTS)
        number = (
            f"{rng.choice(['S', 'Z', 'XJ', 'HW', ''])}{rng.randint(2016, 2024)}{rng.randint(100000, 999999)}"
        )
        rows.append(CertRow(names.person(rng), cert, level, number))
    return rows


def make_world(rng: random.Random, year: int = 2024, grade: str = "乙", n_projects: int = 3) -> World:
    """A consistent world: every identity holds, every threshold of the grade is met."""
    staff_min, cert_min, total_min = GRADE_RULES[grade]
    company = make_company(rng, year, grade)
    per = max(total_min // n_projects + 600_000, rng.randint(800_000, 3_000_000))
    projects = [
        make_project(rng, f"P{i + 1}", year, per + rng.randint(0, 2_000_000)) for i in range(n_projects)
    ]
    projects.sort(key=lambda p: p.signed_on)
    for i, p in enumerate(projects):
        p.id = f"P{i + 1}"
    finance = []
    base = sum(p.contract_amount for p in projects)
    for y in (year - 2, year - 1, year):
        revenue = (base * Decimal(rng.uniform(1.1, 1.6)) * Decimal(0.85 ** (year - y))).quantize(
            Decimal("0.01")
        )
        si = (revenue * Decimal(rng.uniform(0.6, 0.9))).quantize(Decimal("0.01"))
        profit = (revenue * Decimal(rng.uniform(0.03, 0.12))).quantize(Decimal("0.01"))
        assets = (revenue * Decimal(rng.uniform(0.8, 1.5))).quantize(Decimal("0.01"))
        finance.append(Finance(y, revenue, si, profit, assets))
    certs = make_certs(rng, cert_min + rng.randint(1, 3))
    return World(company, year, finance, projects, staff_min + rng.randint(2, 12), certs)
