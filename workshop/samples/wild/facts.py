"""The world a wild submission describes: the enterprise, its clients, projects and figures.

Facts are drawn once per scenario; renderers print them, plants alter copies of them, and the
writer derives the declaration and the truth from them, so the three never drift apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from stdnum.cn import uscc
from stdnum.iso7064 import mod_11_10

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

from . import names as N


@dataclass
class Party:
    """A contracting party as its bank-account block prints it."""

    name: str
    legal_rep: str
    address: str
    phone: str
    bank: str
    account: str
    credit_code: str


@dataclass
class Company(Party):
    """The declaring enterprise, with what its business license says."""

    registered_capital: Decimal = Decimal(0)
    established_on: dt.date = dt.date(2015, 1, 1)
    company_type: str = ""
    valid_until: dt.date | None = None
    """None: 长期."""
    scope: str = ""
    reg_no: str = ""
    """The 15-digit 注册号 of a pre-2016 license."""


@dataclass
class Project:
    """One declared project and the contract behind it."""

    id: str
    name: str
    client: Party
    field: str
    location: str
    signed_on: dt.date
    accepted_on: dt.date
    fees: dict[str, Decimal]
    kind: str
    contract_number: str = ""

    @property
    def amount(self) -> Decimal:
        """The contract amount: all ten fees."""
        return sum(self.fees.values(), Decimal(0))

    @property
    def services(self) -> Decimal:
        """services_total: the six service fees."""
        return sum((self.fees.get(k, Decimal(0)) for k in SERVICE_FEE_KEYS), Decimal(0))


@dataclass
class Finance:
    """One fiscal year's audited figures, in yuan."""

    year: int
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    total_assets: Decimal
    total_liabilities: Decimal
    cost: Decimal


@dataclass
class World:
    """Everything one submission is about."""

    company: Company
    year: int
    projects: list[Project]
    finance: list[Finance]
    grade: str = "丁"
    technical_total: int = 12
    certificates: list[tuple[str, str, str]] = field(default_factory=list)


def person(rng: random.Random) -> str:
    """A person's name as it is printed on a license or signature line."""
    if rng.random() < 0.12:
        return rng.choice(N.UYGHUR)
    return rng.choice(N.SURNAMES[:20]) + rng.choice(N.GIVEN)


def credit_code(rng: random.Random, region: str = "6501") -> str:
    """A unified social credit code with a correct GB 32100-2015 check character."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = (
        "91"
        + region
        + rng.choice("0123")
        + rng.choice("0123456789")
        + "".join(rng.choice(alphabet) for _ in range(9))
    )
    return body + uscc.calc_check_digit(body)


def reg_number(rng: random.Random) -> str:
    """A 15-digit pre-2016 registration number (GB 15407: ISO 7064 MOD 11,10 check digit)."""
    body = "650100" + "".join(rng.choice("0123456789") for _ in range(8))
    return body + mod_11_10.calc_check_digit(body)


def place(rng: random.Random) -> tuple[str, str, str]:
    """(city, district, street address)."""
    city, districts = rng.choice(N.CITIES)
    district = rng.choice(districts)
    street = f"{rng.choice(N.STREETS)}{rng.randint(1, 899)}号"
    if rng.random() < 0.4:
        street += f"{rng.choice(['科技大厦', '创业园', '软件园', '金融大厦'])}{rng.randint(2, 23)}层"
    return city, district, street


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"0991-{rng.randint(2000000, 8999999)}"
    return f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}"


def _bank(rng: random.Random) -> tuple[str, str]:
    branch = rng.choice(["红山", "友好", "北京路", "高新区", "南湖", "新华北路", "会展"])
    account = "".join(rng.choice("0123456789") for _ in range(rng.choice([17, 19, 20])))
    return rng.choice(N.BANKS).format(branch), account


def company(rng: random.Random, year: int, long_name: bool = False) -> Company:
    """The declaring enterprise."""
    city, district, street = place(rng)
    word = rng.choice(N.FIRM_WORDS) + rng.choice(N.FIRM_WORDS)
    if long_name:
        name = f"{rng.choice(N.LONG_GROUPS)}{word}{rng.choice(N.FIRM_TRADES)}有限公司"
    else:
        prefix = rng.choice(["新疆", "新疆", "乌鲁木齐", "新疆" + word[:0]])
        name = f"{prefix}{word}{rng.choice(N.FIRM_TRADES)}{rng.choice(N.FIRM_FORMS)}"
    bank, account = _bank(rng)
    established = dt.date(rng.randint(2006, year - 4), rng.randint(1, 12), rng.randint(1, 28))
    return Company(
        name=name.replace("科技科技", "科技"),
        legal_rep=person(rng),
        address=f"新疆{city}{district}{street}",
        phone=_phone(rng),
        bank=bank,
        account=account,
        credit_code=credit_code(rng),
        registered_capital=Decimal(rng.choice([500, 1000, 1008, 2000, 3000, 5000, 1200])) * 10000,
        established_on=established,
        company_type=rng.choice(N.COMPANY_TYPES),
        valid_until=None if rng.random() < 0.6 else established.replace(year=established.year + 30),
        scope=N.SCOPE,
        reg_no=reg_number(rng),
    )


def client(rng: random.Random) -> tuple[Party, str, str, str]:
    """A buying agency, its project field, its location and its district."""
    city, district, street = place(rng)
    agency = rng.choice(N.AGENCIES)
    owner = rng.choice([city, district, city + district, "新疆维吾尔自治区"])
    bank, account = _bank(rng)
    party = Party(
        name=owner + agency,
        legal_rep=person(rng),
        address=f"{city}{district}{street}",
        phone=_phone(rng),
        bank=bank,
        account=account,
        credit_code="12" + credit_code(rng)[2:-1] + "X",
    )
    return party, N.AGENCY_FIELD.get(agency, "党政"), f"新疆维吾尔自治区{city}{district}", district


_KIND_FEES = {
    "integration": (
        "integration_implementation",
        "hardware_purchase",
        "software_purchase",
        "software_development",
    ),
    "maintenance": ("operation_maintenance", "operation_service"),
    "software": ("software_development", "consulting_design", "software_purchase"),
    "data": ("data_processing", "software_development"),
}


def _fee(rng: random.Random, low: int, high: int) -> Decimal:
    """A fee as real budgets have them: mostly round, sometimes to the fen."""
    base = Decimal(rng.randint(low, high)) * 100
    roll = rng.random()
    if roll < 0.25:
        return base + Decimal(rng.randint(1, 9999)) / 100
    if roll < 0.6:
        return (base / 1000).to_integral_value() * 1000
    return base


def project(rng: random.Random, pid: str, year: int, index: int) -> Project:
    """A completed project signed and accepted within the inspection year."""
    party, fld, location, district = client(rng)
    subject, kind = rng.choice(N.SUBJECTS)
    # as buyers title projects: agency + subject, the year first, the district only, or 年度…采购项目
    name = rng.choice(
        [
            f"{party.name}{subject}项目",
            f"{year}年{party.name}{subject}项目",
            f"{district}{subject}项目",
            f"{party.name}{year}年度{subject}采购项目",
        ]
    )
    fees = {key: Decimal(0) for key in FEE_KEYS}
    for n, key in enumerate(_KIND_FEES[kind]):
        if n == 0 or rng.random() < 0.6:
            fees[key] = _fee(rng, 800, 18000)
    signed = dt.date(year, rng.randint(1, 6), rng.randint(1, 28))
    accepted = signed + dt.timedelta(days=rng.randint(60, 170))
    number = rng.choice(
        [
            f"XJZC{year}-{rng.randint(100, 999)}",
            f"HT-{year}{rng.randint(1000, 9999)}",
            f"{rng.randint(1, 99):02d}-{year}-XX{index}",
        ]
    )
    return Project(pid, name, party, fld, location, signed, accepted, fees, kind, number)


def finance(rng: random.Random, year: int, projects: list[Project]) -> Finance:
    """Audited figures consistent with the projects (system-integration revenue covers them)."""
    si = sum((p.amount for p in projects), Decimal(0)) + Decimal(rng.randint(50, 900)) * 10000
    si = si.quantize(Decimal("0.01"))
    revenue = si + Decimal(rng.randint(30, 800)) * 10000 + Decimal(rng.randint(0, 99999999)) / 100
    profit = (revenue * Decimal(rng.randint(2, 11)) / 100).quantize(Decimal("0.01"))
    assets = (revenue * Decimal(rng.randint(80, 160)) / 100).quantize(Decimal("0.01"))
    liab = (assets * Decimal(rng.randint(25, 70)) / 100).quantize(Decimal("0.01"))
    cost = (revenue * Decimal(rng.randint(60, 80)) / 100).quantize(Decimal("0.01"))
    return Finance(year, revenue, si, profit, assets, liab, cost)


def world(rng: random.Random, year: int, n_projects: int, long_name: bool = False) -> World:
    """A consistent world: one enterprise, its projects of the year, its audited figures."""
    co = company(rng, year, long_name)
    projects = [project(rng, f"P{i}", year, i) for i in range(1, n_projects + 1)]
    fin = [finance(rng, year, projects)]
    certs = [(person(rng), *rng.choice(N.CERTIFICATES)) for _ in range(rng.randint(1, 4))]
    return World(co, year, projects, fin, "丁", rng.randint(8, 30), certs)


def replace(obj, **changes):  # type: ignore[no-untyped-def]
    """A changed copy of a fact (plants never alter the world in place)."""
    return dataclasses.replace(obj, **changes)
