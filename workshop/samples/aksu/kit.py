"""Shared building steps of the aksu scenarios: a company with its staff and books, projects
with their fees, the standard papers, copy stamps, and the declaration form."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from stdnum.cn import uscc

from . import acceptance as acc
from . import contracts as con
from . import corp
from .canvas import Paper
from .declaration import build
from .filing import Filing
from .world import Company, Fees, Project, client, client_field, make_company, person

CERTS = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("HCIP 高级网络工程师（华为认证）", "高级"),
    ("信息系统监理师", "中级"),
    ("软件设计师", "中级"),
]
GRADE_MIN = {"甲": (40, 12), "乙": (30, 8), "丙": (20, 5), "丁": (6, 0)}
# Seed 000: three years' projects 甲 ≥ 3000万, 乙 ≥ 1000万, 丙 ≥ 500万, 丁 none.
GRADE_PROJECTS = {"甲": 30_000_000, "乙": 10_000_000, "丙": 5_000_000, "丁": 0}


@dataclass
class Firm:
    """A declaring enterprise with everything it declares."""

    co: Company
    grade: str
    technical: int
    certs: list[tuple[str, str, str, str]]
    books: corp.Books
    projects: list[Project] = field(default_factory=list)
    innovations: list[dict[str, str]] = field(default_factory=list)

    def finance(self) -> list[tuple[int, Decimal, Decimal, Decimal]]:
        """The finance rows as declared (the audited books)."""
        b = self.books
        return [(b.year, b.revenue, b.si_revenue, b.net_profit)]

    def declared_grade(self) -> str:
        """The grade declared: the firm's own, or the highest below it whose project bar the declared
        rows reach (random amounts must not leave a filing short of its grade unplanned)."""
        total = sum((p.amount for p in self.projects), Decimal(0))
        grades = list(GRADE_PROJECTS)
        return next(g for g in grades[grades.index(self.grade) :] if total >= GRADE_PROJECTS[g])

    def declaration(self, **over: object) -> dict[str, object]:
        """The declaration dict of this firm."""
        return build(
            self.co,
            self.declared_grade(),
            (self.technical, self.certs),
            self.finance(),
            self.projects,
            self.innovations or None,
            **over,  # type: ignore[arg-type]
        )


def firm(
    rng: random.Random,
    name: str,
    county: str,
    grade: str,
    established: dt.date,
    capital: int,
    revenue: int,
    legal_rep: str = "",
) -> Firm:
    """An enterprise of ``grade`` with staff above the grade's thresholds and audited 2025 books."""
    co = make_company(rng, name, county, established, capital, legal_rep)
    tech_min, cert_min = GRADE_MIN[grade]
    ncert = max(cert_min, 3) + rng.randint(0, 2)
    certs = []
    for i in range(ncert):
        title, level = CERTS[i % len(CERTS)]
        certs.append(
            (
                person(rng),
                title,
                level,
                f"{rng.choice(['S', 'C'])}{rng.randint(2016, 2024)}{rng.randint(10**7, 10**8 - 1)}",
            )
        )
    rev = Decimal(revenue) + Decimal(rng.randint(0, 99999)) + Decimal(rng.randint(0, 99)) / 100
    si = (rev * Decimal(str(round(rng.uniform(0.55, 0.75), 3)))).quantize(Decimal("0.01"))
    np_ = (rev * Decimal(str(round(rng.uniform(0.05, 0.11), 3)))).quantize(Decimal("0.01"))
    ta = (rev * Decimal(str(round(rng.uniform(0.8, 1.3), 3)))).quantize(Decimal("0.01"))
    return Firm(co, grade, tech_min + rng.randint(2, 9), certs, corp.Books(2025, rev, si, np_, ta))


def fees(rng: random.Random, total: int, kinds: dict[str, float], step: int = 1) -> Fees:
    """Split about ``total`` yuan over fee ``kinds`` by weight; each fee a multiple of ``step``."""
    out: dict[str, Decimal] = {}
    wsum = sum(kinds.values())
    for k, w in kinds.items():
        v = int(total * w / wsum * rng.uniform(0.93, 1.07))
        out[k] = Decimal(v - v % step)
    return Fees(out)


def project(
    rng: random.Random,
    f: Firm,
    pid: str,
    name: str,
    client_name: str,
    signed: dt.date,
    accepted: dt.date,
    fz: Fees,
    number: str,
) -> Project:
    """A declared project of firm ``f`` (appended to its projects)."""
    c = client(rng, client_name)
    county = next(
        (
            k
            for k in (
                "阿克苏市",
                "库车市",
                "温宿县",
                "沙雅县",
                "新和县",
                "拜城县",
                "乌什县",
                "阿瓦提县",
                "柯坪县",
            )
            if k[:2] in client_name
        ),
        "阿克苏市",
    )
    p = Project(
        pid,
        name,
        c,
        signed,
        accepted,
        client_field(client_name),
        f"新疆维吾尔自治区阿克苏地区{county}",
        fz,
        number,
    )
    f.projects.append(p)
    return p


def terms(f: Firm, p: Project, **over: object) -> con.Terms:
    """Contract terms printing exactly what was declared, unless ``over`` says otherwise."""
    t = con.Terms(
        name=p.name, number=p.contract_no, client=p.client, vendor=f.co, amount=p.amount, signed=p.signed
    )
    for k, v in over.items():
        setattr(t, k, v)
    return t


def accept(f: Firm, p: Project, **over: object) -> acc.Acc:
    """Acceptance facts as declared, unless ``over`` says otherwise."""
    a = acc.Acc(name=p.name, client=p.client, vendor=f.co, date=p.accepted, contract_no=p.contract_no)
    for k, v in over.items():
        setattr(a, k, v)
    return a


def tag(paper: Paper, pid: str | None) -> Paper:
    """Attach the paper to project ``pid``."""
    paper.project_id = pid
    return paper


def copies(paper: Paper, f: Firm, rng: random.Random, every: bool = True, blue: bool = False) -> Paper:
    """Stamp 此复印件与原件一致 with a clerk's signature and date on the paper's sheets."""
    clerk = person(rng)
    day = dt.date(2026, 2, rng.randint(3, 9))
    for i, sh in enumerate(paper.sheets):
        if sh.blank or (not every and i > 0):
            continue
        x = rng.uniform(300, sh.size[0] - 200)
        y = sh.size[1] - rng.uniform(95, 130)
        sh.add("copy", x, y, px=10, blue=blue).add("sign", x + 8, y + 36, name=clerk, px=11).add(
            "hand", x + 80, y + 38, text=f"{day.month}.{day.day}", px=10
        )
    return paper


def form_for(f: Firm, rng: random.Random, **over: object) -> Paper:
    """The stamped 申报表 printing the declaration (``over`` changes what it prints)."""
    d = corp.FormData(
        company=f.co,
        grade=f.declared_grade(),
        technical=f.technical,
        certified=len(f.certs),
        finance=f.finance(),
        projects=[(p.name, p.client.name, p.accepted, p.amount) for p in f.projects],
        year=2025,
    )
    for k, v in over.items():
        setattr(d, k, v)
    return corp.declaration_form(d, rng)


def audit(f: Firm, rng: random.Random, unit: str, books: corp.Books | None = None) -> Paper:
    """The 2025 audit report of ``f`` in ``unit``."""
    from .world import AUDIT_FIRMS

    firm_name = rng.choice(AUDIT_FIRMS)
    short = {"新疆天衡信诚": "新天衡", "阿克苏正信": "阿正", "新疆宏昌联合": "新宏昌", "新疆多浪": "新多浪"}
    prefix = next(v for k, v in short.items() if firm_name.startswith(k))
    number = f"{prefix}会审字〔2026〕第{rng.randint(10, 399):03d}号"
    return corp.audit_report(
        f.co,
        books or f.books,
        firm_name,
        number,
        unit,
        dt.date(2026, rng.randint(1, 3), rng.randint(5, 28)),
        rng,
    )


def invoices(f: Firm, p: Project, parts: list[Decimal], rng: random.Random, start: dt.date) -> list[Paper]:
    """数电票 of ``parts`` (yuan, tax included) for project ``p``, a month apart."""
    out = []
    for i, amt in enumerate(parts):
        number = f"25652000000{rng.randint(10**8, 10**9 - 1)}"
        on = start + dt.timedelta(days=31 * i + rng.randint(0, 5))
        head = f"12652900{rng.randint(10**8, 10**9 - 1)}"[:17]
        buyer_code = head + uscc.calc_check_digit(head)
        paper = corp.invoice(
            number, on, p.client, buyer_code, f.co, amt, "*信息技术服务*信息系统集成服务", person(rng)
        )
        out.append(tag(paper, p.id))
    return out


def filing(name: str, seed: int, f: Firm, fmt: str = "json", **decl_over: object) -> Filing:
    """A Filing of firm ``f``'s declaration."""
    return Filing(name, seed, f.declaration(**decl_over), fmt)
