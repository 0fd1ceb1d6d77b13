"""The declaring enterprise: licence facts, staff and certificates, and audited figures that add up."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .places import Party
from .spelling import cents

CERTIFICATES = (
    ("系统集成项目管理工程师", "中级"),
    ("信息系统项目管理师", "高级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统规划与管理师", "高级"),
    ("数据库系统工程师", "中级"),
    ("信息系统监理师", "中级"),
)

SCOPE = (
    "许可项目：建设工程施工；建筑智能化系统设计。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；数据处理和存储支持服务；安全技术防范系统设计施工服务；"
    "计算机系统服务；网络设备销售；计算机软硬件及辅助设备零售；电子产品销售；安防设备销售。"
    "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)


@dataclass
class Statement:
    """One year's audited figures (元)."""

    year: int
    revenue_si: Decimal
    revenue_dev: Decimal
    revenue_service: Decimal
    cost_si: Decimal
    cost_dev: Decimal
    cost_service: Decimal
    surtax: Decimal
    selling: Decimal
    admin: Decimal
    research: Decimal
    finance: Decimal
    other_income: Decimal
    non_op_income: Decimal
    non_op_expense: Decimal
    income_tax: Decimal
    assets: dict[str, Decimal] = field(default_factory=dict)
    liabilities: dict[str, Decimal] = field(default_factory=dict)
    paid_in: Decimal = Decimal(0)
    surplus_reserve: Decimal = Decimal(0)

    @property
    def revenue(self) -> Decimal:
        return self.revenue_si + self.revenue_dev + self.revenue_service

    @property
    def cost(self) -> Decimal:
        return self.cost_si + self.cost_dev + self.cost_service

    @property
    def operating_profit(self) -> Decimal:
        return (
            self.revenue
            - self.cost
            - self.surtax
            - self.selling
            - self.admin
            - self.research
            - self.finance
            + self.other_income
        )

    @property
    def total_profit(self) -> Decimal:
        return self.operating_profit + self.non_op_income - self.non_op_expense

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax

    @property
    def total_assets(self) -> Decimal:
        return sum(self.assets.values(), Decimal(0))

    @property
    def total_liabilities(self) -> Decimal:
        return sum(self.liabilities.values(), Decimal(0))

    @property
    def undistributed(self) -> Decimal:
        return self.total_assets - self.total_liabilities - self.paid_in - self.surplus_reserve


def _amount(rng: random.Random, base: Decimal, low: float, high: float) -> Decimal:
    return cents(base * Decimal(rng.uniform(low, high)))


def draw_statement(
    rng: random.Random, year: int, revenue: Decimal, capital: Decimal, si_floor: Decimal
) -> Statement:
    """A year of figures around ``revenue``; the system-integration line is at least ``si_floor`` (the year's projects)."""
    si = max(_amount(rng, revenue, 0.55, 0.8), cents(si_floor * Decimal("1.02")))
    dev = _amount(rng, revenue - si, 0.4, 0.7) if revenue > si else Decimal(0)
    service = max(revenue - si - dev, Decimal(0))
    st = Statement(
        year=year,
        revenue_si=si,
        revenue_dev=dev,
        revenue_service=service,
        cost_si=_amount(rng, si, 0.76, 0.84),
        cost_dev=_amount(rng, dev, 0.45, 0.6),
        cost_service=_amount(rng, service, 0.5, 0.65),
        surtax=_amount(rng, revenue, 0.003, 0.006),
        selling=_amount(rng, revenue, 0.01, 0.025),
        admin=_amount(rng, revenue, 0.04, 0.06),
        research=_amount(rng, revenue, 0.01, 0.03),
        finance=_amount(rng, revenue, 0.0005, 0.003),
        other_income=_amount(rng, revenue, 0.0, 0.002),
        non_op_income=_amount(rng, revenue, 0.0, 0.001),
        non_op_expense=_amount(rng, revenue, 0.0, 0.0008),
        income_tax=Decimal(0),
    )
    st.income_tax = cents(max(st.total_profit, Decimal(0)) * Decimal(rng.choice(("0.05", "0.1", "0.15"))))
    st.assets = {
        "货币资金": _amount(rng, revenue, 0.08, 0.2),
        "应收账款": _amount(rng, revenue, 0.15, 0.3),
        "预付款项": _amount(rng, revenue, 0.01, 0.04),
        "其他应收款": _amount(rng, revenue, 0.005, 0.02),
        "存货": _amount(rng, revenue, 0.03, 0.09),
        "合同资产": _amount(rng, revenue, 0.02, 0.06),
        "固定资产": _amount(rng, revenue, 0.02, 0.06),
        "无形资产": _amount(rng, revenue, 0.0, 0.015),
    }
    st.liabilities = {
        "短期借款": Decimal(rng.choice((0, 0, 500000, 1000000))),
        "应付账款": _amount(rng, revenue, 0.1, 0.2),
        "合同负债": _amount(rng, revenue, 0.01, 0.05),
        "应付职工薪酬": _amount(rng, revenue, 0.005, 0.015),
        "应交税费": _amount(rng, revenue, 0.005, 0.015),
        "其他应付款": _amount(rng, revenue, 0.005, 0.03),
    }
    st.paid_in = capital
    st.surplus_reserve = cents(capital * Decimal(rng.uniform(0.02, 0.08)))
    return st


@dataclass
class Firm:
    party: Party
    place: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    valid_until: dt.date | None
    """None: 长期."""
    licence_issued: dt.date
    company_type: str
    grade: str
    technical_total: int
    certificates: list[tuple[str, str, str, str]]
    """(holder, certificate, level, number)."""
    statement: Statement
    previous: Statement
    audit_firm: str
    audit_number: str
    audit_date: dt.date
    auditors: tuple[str, str]
    staff: list[str]
    """Managers and engineers who sign papers."""

    @property
    def name(self) -> str:
        return self.party.name


def capital_words(capital: Decimal) -> str:
    """``伍佰万元整`` → as the licence prints 注册资本 (万元 in capital numerals)."""
    from .spelling import capital as words

    wan = int(capital // 10000)
    return words(Decimal(wan)).replace("元整", "万元整")


AUDIT_SHORT = {
    "新疆驼峰正信会计师事务所有限公司": "驼峰正信审字",
    "哈密瀚正联合会计师事务所（普通合伙）": "哈瀚正审字",
    "新疆东天山华审会计师事务所有限责任公司": "东天山华审审字",
    "新疆砺诚信达会计师事务所（特殊普通合伙）": "砺诚信达审字",
}


def draw_firm(rng: random.Random, place_key: str, grade: str, project_total: Decimal) -> Firm:
    """An invented firm of the place, its staff at the grade's thresholds, and two years of figures whose
    2024 system-integration revenue covers the year's declared projects."""
    from .people import people
    from .places import AUDIT_FIRMS, PLACES, firm_name, party

    place = PLACES[place_key]
    name, _ = firm_name(rng, place, set())
    firm_party = party(rng, name, place, "91")
    established = dt.date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))
    capital = Decimal(rng.choice((2000000, 3000000, 5000000, 5000000, 10000000, 12000000)))
    names = people(rng, 16, place_key)
    if grade == "丙":
        technical, certified = rng.randint(22, 30), rng.randint(5, 7)
    else:
        technical, certified = rng.randint(8, 16), rng.randint(2, 4)
    certificates = []
    for holder in names[4 : 4 + certified]:
        cert, level = rng.choice(CERTIFICATES)
        certificates.append(
            (holder, cert, level, f"S{rng.randint(2014, 2023)}65{rng.randint(10000000, 99999999)}")
        )
    revenue = cents(project_total / Decimal("1.06") / Decimal(rng.uniform(0.35, 0.6)))
    statement = draw_statement(rng, 2024, revenue, capital, project_total / Decimal("1.06"))
    previous = draw_statement(
        rng, 2023, cents(revenue * Decimal(rng.uniform(0.75, 1.1))), capital, Decimal(0)
    )
    for st in (statement, previous):
        equity = st.total_assets - st.total_liabilities
        st.paid_in = min(capital, cents(equity * Decimal("0.6")).quantize(Decimal(10000)))
        st.surplus_reserve = cents(st.paid_in * Decimal("0.05"))
    previous.paid_in = statement.paid_in
    audit_firm = rng.choice(AUDIT_FIRMS)
    valid = (
        None
        if rng.random() < 0.6
        else dt.date(established.year + 30, established.month, established.day) - dt.timedelta(days=1)
    )
    return Firm(
        party=firm_party,
        place=place_key,
        legal_rep=names[0],
        capital=capital,
        established=established,
        valid_until=valid,
        licence_issued=established
        + dt.timedelta(days=rng.randint(0, (dt.date(2024, 3, 1) - established).days)),
        company_type=rng.choice(
            ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司")
        ),
        grade=grade,
        technical_total=technical,
        certificates=certificates,
        statement=statement,
        previous=previous,
        audit_firm=audit_firm,
        audit_number=f"{AUDIT_SHORT[audit_firm]}〔2025〕第{rng.randint(12, 460):04d}号",
        audit_date=dt.date(2025, rng.randint(3, 4), rng.randint(1, 28)),
        auditors=(names[1], names[2]),
        staff=names[3:],
    )
