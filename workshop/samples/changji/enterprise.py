"""The declaring enterprise of a scenario: its registration, books, staff and the papers that
every filing carries (licence, audit report), plus the web form built from the same facts."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, replace
from decimal import Decimal

from . import cast
from .audit import Books
from .cast import Company
from .declaring import Form, Staff
from .licences import Registration

YEAR = 2025
"""The inspection year of this family: projects accepted in 2025, FY2025 audited early in 2026."""

SCOPE = (
    "计算机信息系统集成服务；软件开发；信息技术咨询服务；数据处理和存储支持服务；网络与信息安全软件开发；"
    "安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)

CERTIFICATES = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("信息系统监理师", "中级"),
)


@dataclass
class Profile:
    """One declaring enterprise, as the registry, its auditors and its staff records know it."""

    company: Company
    county: str
    grade: str
    capital_wan: int
    established: dt.date
    technical: int
    certified: int
    books: list[Books]
    until: dt.date | None = None
    kind: str = "有限责任公司（自然人投资或控股）"
    holders: list[tuple[str, str, str]] = field(default_factory=list)

    def registration(self, issued: dt.date, company: Company | None = None) -> Registration:
        authority = f"{'昌吉回族自治州' if self.county == '昌吉市' else ''}{self.county}市场监督管理局"
        return Registration(
            company or self.company,
            self.kind,
            self.capital_wan,
            self.established,
            self.until,
            SCOPE,
            authority,
            issued,
        )

    def form(self, rng: random.Random) -> Form:
        if not self.holders:
            self.holders = [
                (cast.person(rng), *CERTIFICATES[k % len(CERTIFICATES)]) for k in range(self.certified)
            ]
        return Form(
            name=self.company.name,
            credit_code=self.company.credit_code,
            legal_rep=self.company.legal_rep,
            capital=Decimal(self.capital_wan * 10000),
            established=self.established,
            grade=self.grade,
            year=YEAR,
            staff=Staff(self.technical, self.holders),
            finance=[(b.year, b.revenue, b.integration, b.net_profit) for b in self.books],
        )


def make_company(rng: random.Random, name: str, county: str, street: str, rep: str | None = None) -> Company:
    c = cast.company(rng, name, county, street)
    if rep:
        c = replace(c, legal_rep=rep)
    return c


def public_body(rng: random.Random, name: str, county: str, street: str) -> Company:
    return cast.agency(name, county, street, rng)
