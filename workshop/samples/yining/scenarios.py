"""The ten filings: who files, for which clients, which papers go into which file, and the one planted
cause of each planted filing. Values are drawn from the scenario's own ``random.Random``; the causes, their
files and pages do not depend on the seed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from .corp import project_invoice
from .model import Audit, Filing, Project, split_fees
from .numerals import q2
from .world import (
    AUDIT_ABBR,
    AUDIT_FIRMS,
    DOTS,
    SUPERVISORS,
    Body,
    Person,
    distinct_people,
    han_person,
    kazakh_person,
    make_body,
    make_firm,
    staffing,
    uyghur_person,
)

YEAR = 2025


@dataclass(frozen=True)
class Spec:
    """One project of a scenario: its client, its papers and how they are filed."""

    place: str
    kind: str
    kazakh: bool = False
    layout: str = "procurement"
    """procurement or cover"""
    acceptance: str = "report"
    """report, opinion or none"""
    invoices: int = 0
    fee_table: bool = True
    seal: str = "lower"
    """lower (Chinese above, second language below) or outer (second language round the rim)"""
    contract_digital: bool = False
    size: tuple[int, int] = (60, 180)
    """contract amount range in 万元"""


@dataclass(frozen=True)
class Knobs:
    name: str
    firm_place: str
    trade: str
    legal: str
    """uyghur, kazakh, han or xibe"""
    grade: str
    decl: str
    """json or xlsx"""
    projects: tuple[Spec, ...]
    plant: str | None = None
    licence_jpg: bool = True
    audit_scanned: bool = False
    dots: str = "mixed"
    """mixed: each paper its own dot; std: the standard U+00B7 everywhere but one paper"""


SCENARIOS: tuple[Knobs, ...] = (
    Knobs(
        "yn01_yining_edu_clean",
        "伊宁市",
        "uyghur",
        "uyghur",
        "丁",
        "json",
        (
            Spec("伊宁市", "edu", layout="procurement", acceptance="report", size=(120, 260)),
            Spec(
                "伊宁县",
                "hosp",
                layout="cover",
                acceptance="opinion",
                invoices=1,
                seal="outer",
                size=(40, 90),
            ),
        ),
    ),
    Knobs(
        "yn02_chapchal_xlsx_clean",
        "察布查尔",
        "xibe",
        "xibe",
        "丙",
        "xlsx",
        (
            Spec("察布查尔", "culture", layout="cover", acceptance="report", seal="outer", size=(300, 360)),
            Spec("察布查尔", "hosp", layout="procurement", acceptance="opinion", invoices=1, size=(160, 220)),
            Spec(
                "伊宁县",
                "water",
                layout="procurement",
                acceptance="none",
                invoices=2,
                fee_table=False,
                size=(45, 80),
            ),
        ),
        audit_scanned=True,
        licence_jpg=False,
    ),
    Knobs(
        "yn03_tekes_kazakh_clean",
        "特克斯县",
        "kazakh",
        "kazakh",
        "丁",
        "json",
        (
            Spec(
                "特克斯县",
                "hosp",
                kazakh=True,
                layout="procurement",
                acceptance="report",
                seal="outer",
                contract_digital=True,
                size=(90, 200),
            ),
            Spec("新源县", "edu", kazakh=True, layout="cover", acceptance="opinion", size=(50, 110)),
        ),
    ),
    Knobs(
        "yn04_huocheng_dots_clean",
        "霍城县",
        "kazakh",
        "uyghur",
        "丁",
        "json",
        (
            Spec("霍城县", "police", layout="procurement", acceptance="report", invoices=1, size=(80, 160)),
            Spec(
                "伊宁市",
                "health",
                layout="cover",
                acceptance="opinion",
                fee_table=False,
                seal="outer",
                size=(40, 95),
            ),
        ),
        licence_jpg=False,
        dots="all_different",
    ),
    Knobs(
        "yn05_party_uyghur_line",
        "伊宁市",
        "uyghur",
        "han",
        "丁",
        "json",
        (
            Spec("伊宁县", "hosp", layout="procurement", acceptance="report", size=(110, 220)),
            Spec("伊宁市", "land", layout="cover", acceptance="opinion", invoices=1, size=(35, 80)),
        ),
        plant="party",
    ),
    Knobs(
        "yn06_gongliu_seal_missing",
        "新源县",
        "kazakh",
        "kazakh",
        "丁",
        "json",
        (
            Spec(
                "巩留县",
                "hosp",
                kazakh=True,
                layout="procurement",
                acceptance="report",
                seal="outer",
                size=(70, 150),
            ),
            Spec(
                "新源县",
                "edu",
                kazakh=True,
                layout="procurement",
                acceptance="opinion",
                invoices=1,
                size=(30, 70),
            ),
        ),
        plant="seal",
    ),
    Knobs(
        "yn07_yiningxian_amount",
        "伊宁县",
        "uyghur",
        "uyghur",
        "丁",
        "json",
        (
            Spec("伊宁县", "agri", layout="cover", acceptance="report", fee_table=False, size=(90, 190)),
            Spec("伊宁县", "edu", layout="procurement", acceptance="opinion", size=(40, 90)),
        ),
        plant="amount",
        audit_scanned=True,
    ),
    Knobs(
        "yn08_police_accepted_2026",
        "伊宁市",
        "kazakh",
        "uyghur",
        "丁",
        "json",
        (
            Spec("伊宁市", "police", layout="procurement", acceptance="report", invoices=1, size=(100, 240)),
            Spec("察布查尔", "edu", layout="cover", acceptance="opinion", seal="outer", size=(35, 75)),
        ),
        plant="period",
    ),
    Knobs(
        "yn09_nilka_not_passed",
        "伊宁市",
        "xibe",
        "han",
        "丁",
        "json",
        (
            Spec(
                "尼勒克县",
                "edu",
                kazakh=True,
                layout="cover",
                acceptance="opinion",
                invoices=1,
                size=(80, 150),
            ),
            Spec("伊宁市", "school3", layout="procurement", acceptance="report", size=(30, 70)),
        ),
        plant="failed",
        licence_jpg=False,
    ),
    Knobs(
        "yn10_licence_new_legal",
        "伊宁市",
        "uyghur",
        "uyghur",
        "丁",
        "json",
        (
            Spec("伊宁市", "stats", layout="procurement", acceptance="opinion", size=(60, 120)),
            Spec(
                "霍城县", "hosp", layout="cover", acceptance="report", invoices=1, seal="outer", size=(40, 90)
            ),
        ),
        plant="licence",
    ),
)

PLACE_ABBR = {
    "伊宁市": "YNS",
    "伊宁县": "YNX",
    "察布查尔": "CX",
    "霍城县": "HC",
    "巩留县": "GL",
    "新源县": "XY",
    "昭苏县": "ZS",
    "特克斯县": "TKS",
    "尼勒克县": "NLK",
}
KIND_ABBR = {
    "edu": "JY",
    "hosp": "YY",
    "police": "GA",
    "water": "SL",
    "agri": "NY",
    "health": "WJ",
    "land": "ZR",
    "culture": "WL",
    "school3": "SZ",
    "stats": "TJ",
}


def _person(rng: random.Random, kind: str) -> Person:
    if kind == "uyghur":
        return uyghur_person(rng)
    if kind == "kazakh":
        return kazakh_person(rng)
    return han_person(rng, xibe=kind == "xibe")


def _project_name(body: Body, kind: str, stem: str) -> str:
    if kind == "hosp":
        return body.cn + stem.removeprefix("医院")
    if kind == "school3":
        return body.cn + stem
    return body.place.cn + stem


def _dates(rng: random.Random, late: bool = False) -> tuple[dt.date, dt.date, dt.date, int]:
    if late:
        signed = dt.date(YEAR, rng.randint(8, 9), rng.randint(1, 28))
        days = rng.choice((90, 100, 120))
        finished = dt.date(YEAR, 12, rng.randint(10, 26))
        accepted = dt.date(YEAR + 1, 1, rng.randint(6, 20))
        return signed, finished, accepted, days
    signed = dt.date(YEAR, rng.randint(2, 7), rng.randint(1, 28))
    days = rng.choice((60, 75, 90, 120))
    finished = signed + dt.timedelta(days=days - rng.randint(0, 12))
    accepted = finished + dt.timedelta(days=rng.randint(5, 24))
    if accepted > dt.date(YEAR, 12, 18):
        accepted = dt.date(YEAR, 12, rng.randint(10, 18))
        finished = accepted - dt.timedelta(days=rng.randint(4, 9))
    return signed, finished, accepted, days


def _amount(rng: random.Random, lo: int, hi: int, odd: bool) -> Decimal:
    base = Decimal(rng.randint(lo * 100, hi * 100)) * 100
    if odd:
        base += (
            Decimal(rng.randint(1, 99)) * 10 if rng.random() < 0.5 else Decimal(rng.randint(1, 9999)) / 100
        )
    return q2(base)


def _transposed(amount: Decimal) -> Decimal:
    """The declared figure with two adjacent digits of the 万 part swapped (1,268,000 → 1,286,000)."""
    digits = list(str(int(amount)))
    for i in range(1, len(digits) - 4):
        if digits[i] != digits[i + 1]:
            digits[i], digits[i + 1] = digits[i + 1], digits[i]
            break
    return Decimal("".join(digits)) + (amount - int(amount))


def build(k: Knobs, rng: random.Random) -> Filing:
    legal = _person(rng, k.legal)
    established = dt.date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    firm = make_firm(rng, k.firm_place, k.trade, legal, established)
    projects: list[Project] = []
    used: set[str] = set()
    for i, spec in enumerate(k.projects, start=1):
        body = make_body(rng, spec.place, spec.kind, kazakh=spec.kazakh)
        stem = rng.choice([s for s in body.stems if s not in used] or list(body.stems))
        used.add(stem)
        odd = k.decl == "json" and i == len(k.projects) and rng.random() < 0.7
        amount = _amount(rng, *spec.size, odd=odd)
        signed, finished, accepted, days = _dates(rng, late=k.plant == "period" and i == 1)
        unit = 100 if k.decl == "xlsx" else rng.choice((100, 10, 1))
        fees = split_fees(rng, amount, stem, unit=unit if amount % 100 == 0 else 1)
        members = distinct_people(rng, rng.randint(5, 7))
        p = Project(
            pid=f"P{i}",
            name=_project_name(body, spec.kind, stem),
            client=body,
            amount=amount,
            signed=signed,
            finished=finished,
            accepted=accepted,
            contract_no=f"{PLACE_ABBR[spec.place]}{KIND_ABBR[spec.kind]}-HT-{YEAR}-{rng.randint(3, 96):03d}",
            procurement_no=f"{PLACE_ABBR[spec.place]}ZC{YEAR}-{rng.choice(('GK', 'JC', 'XJ'))}-{rng.randint(12, 180):03d}",
            contract_layout=spec.layout,
            fees=fees,
            fee_table=spec.fee_table,
            client_rep=members[0],
            firm_rep=firm.legal,
            acceptance=spec.acceptance,
            members=members,
            seal_layout=spec.seal,
            contract_digital=spec.contract_digital,
            duration_days=days,
            third_party=rng.choice(SUPERVISORS)
            if spec.acceptance == "report" and rng.random() < 0.4
            else None,
        )
        for n in range(spec.invoices):
            share = Decimal("0.3") if n == 0 else Decimal("0.65")
            issued = (
                signed + dt.timedelta(days=rng.randint(8, 20))
                if n == 0
                else accepted + dt.timedelta(days=rng.randint(3, 12))
            )
            if issued.year > YEAR and k.plant != "period":
                issued = dt.date(YEAR, 12, 28)
            p.invoices.append(project_invoice(rng, p, share, issued, rng.choice(("专票", "普票"))))
        projects.append(p)
    _plant(k, rng, projects)
    dots = _dots(k, rng)
    staff = staffing(rng, k.grade)
    audit = _audit(rng, firm.capital_wan, projects)
    licence_legal = legal
    if k.plant == "licence":
        licence_legal = kazakh_person(rng) if k.legal != "kazakh" else uyghur_person(rng)
    return Filing(k.name, firm, k.grade, staff, projects, audit, licence_legal, dots)


def _plant(k: Knobs, rng: random.Random, projects: list[Project]) -> None:
    p1 = projects[0]
    if k.plant == "party":
        # the paper's party A is 伊宁县人民医院; the row declares 伊宁市人民医院, and the contract's party block keeps
        # the Uyghur line of the 伊宁市 hospital (copied from the firm's earlier contract with it)
        declared = make_body(rng, "伊宁市", "hosp")
        p1.declared_client = declared.cn
        p1.party_a_second = declared.second
    elif k.plant == "seal":
        p1.acceptance_sealed = False
    elif k.plant == "amount":
        p1.declared_amount = _transposed(p1.amount)
        p1.declared_fees = split_fees(rng, p1.declared_amount, p1.name, unit=100)
    elif k.plant == "failed":
        p1.passed = False


def _dots(k: Knobs, rng: random.Random) -> dict[str, str]:
    papers = ("declaration", "licence", "contract", "acceptance", "audit")
    if k.dots == "all_different":
        order = list(DOTS)
        rng.shuffle(order)
        if order[0] == "·":  # the declaration types something other than the standard dot here
            order[0], order[1] = order[1], order[0]
        return dict(zip(papers, order, strict=True))
    return {"declaration": "·" if rng.random() < 0.7 else rng.choice(DOTS)} | {
        paper: rng.choice(DOTS) for paper in papers[1:]
    }


def _audit(rng: random.Random, capital_wan: int, projects: list[Project]) -> Audit:
    total = sum((p.amount for p in projects), Decimal(0))
    revenue = q2(total / Decimal("1.06") * Decimal(str(rng.uniform(1.2, 1.8))))
    si = q2(revenue * Decimal(str(rng.uniform(0.66, 0.84))))
    service = q2(revenue * Decimal(str(rng.uniform(0.08, 0.2))))
    goods = revenue - si - service

    def pct(lo: float, hi: float, base: Decimal = revenue) -> Decimal:
        return q2(base * Decimal(str(rng.uniform(lo, hi))))

    taxes, selling, admin, rnd = pct(0.004, 0.008), pct(0.01, 0.03), pct(0.05, 0.09), pct(0.01, 0.04)
    finance = pct(0.001, 0.003)
    other_income = pct(0.0, 0.004)
    margin = Decimal(str(rng.uniform(0.05, 0.1)))
    cost = q2(revenue * (1 - margin)) - taxes - selling - admin - rnd - finance + other_income
    nonop_in, nonop_out = pct(0.0, 0.001), pct(0.0, 0.001)
    op = revenue - cost - taxes - selling - admin - rnd - finance + other_income
    income_tax = q2((op + nonop_in - nonop_out) * Decimal("0.05"))
    prior_rev = pct(0.7, 1.05)
    prior: dict[str, Decimal] = {"revenue": prior_rev}
    prior["si_revenue"] = q2(prior_rev * Decimal(str(rng.uniform(0.6, 0.8))))
    prior["service_revenue"] = q2(prior_rev * Decimal(str(rng.uniform(0.1, 0.2))))
    prior["goods_revenue"] = prior_rev - prior["si_revenue"] - prior["service_revenue"]
    for key, (lo, hi) in {
        "taxes": (0.004, 0.008),
        "selling": (0.01, 0.03),
        "admin": (0.05, 0.09),
        "rnd": (0.01, 0.03),
        "finance_cost": (0.001, 0.003),
        "other_income": (0.0, 0.003),
        "nonop_in": (0.0, 0.001),
        "nonop_out": (0.0, 0.001),
    }.items():
        prior[key] = pct(lo, hi, prior_rev)
    prior["cost"] = (
        q2(prior_rev * Decimal(str(1 - rng.uniform(0.04, 0.09))))
        - prior["taxes"]
        - prior["selling"]
        - prior["admin"]
        - prior["rnd"]
        - prior["finance_cost"]
        + prior["other_income"]
    )
    prior["operating_profit"] = (
        prior_rev
        - prior["cost"]
        - prior["taxes"]
        - prior["selling"]
        - prior["admin"]
        - prior["rnd"]
        - prior["finance_cost"]
        + prior["other_income"]
    )
    prior["total_profit"] = prior["operating_profit"] + prior["nonop_in"] - prior["nonop_out"]
    prior["income_tax"] = q2(prior["total_profit"] * Decimal("0.05"))
    prior["net_profit"] = prior["total_profit"] - prior["income_tax"]
    firm = rng.choice(AUDIT_FIRMS)
    a = Audit(
        firm=firm,
        number=f"{AUDIT_ABBR[firm]}审字〔{YEAR + 1}〕第{rng.randint(21, 388):04d}号",
        date=dt.date(YEAR + 1, rng.randint(1, 3), rng.randint(5, 28)),
        cpas=[
            (p.name(), f"6501{rng.randint(10000000, 99999999)}") for p in (han_person(rng), han_person(rng))
        ],
        revenue=revenue,
        si_revenue=si,
        service_revenue=service,
        goods_revenue=goods,
        cost=cost,
        taxes=taxes,
        selling=selling,
        admin=admin,
        rnd=rnd,
        finance_cost=finance,
        other_income=other_income,
        nonop_in=nonop_in,
        nonop_out=nonop_out,
        income_tax=income_tax,
        prior=prior,
        balance={},
    )
    a.balance = _balance(rng, capital_wan, a.net_profit, prior["net_profit"], revenue)
    return a


def _balance(
    rng: random.Random, capital_wan: int, net: Decimal, net_prior: Decimal, revenue: Decimal
) -> dict[str, Decimal]:
    b: dict[str, Decimal] = {}
    b["paid_in"] = Decimal(capital_wan * 10000) * Decimal(rng.choice(("0.2", "0.3", "0.5", "0.6")))
    b["surplus_p"] = q2(Decimal(rng.randint(5, 40)) * 10000 + Decimal(rng.randint(0, 999999)) / 100)
    b["retained_p"] = q2(Decimal(rng.randint(20, 300)) * 10000 + Decimal(rng.randint(0, 999999)) / 100)
    b["surplus"] = b["surplus_p"] + q2(net * Decimal("0.1"))
    b["retained"] = b["retained_p"] + (net - q2(net * Decimal("0.1")))
    b["equity_p"] = b["paid_in"] + b["surplus_p"] + b["retained_p"]
    b["equity"] = b["paid_in"] + b["surplus"] + b["retained"]
    for suffix, equity, rev in (("", b["equity"], revenue), ("_p", b["equity_p"], revenue * Decimal("0.85"))):
        liab = q2(rev * Decimal(str(rng.uniform(0.25, 0.45))))
        ap = q2(liab * Decimal(str(rng.uniform(0.4, 0.6))))
        cl = q2(liab * Decimal(str(rng.uniform(0.1, 0.25))))
        pay = q2(liab * Decimal(str(rng.uniform(0.05, 0.1))))
        b["ap" + suffix], b["contract_liab" + suffix], b["payroll" + suffix] = ap, cl, pay
        b["tax_payable" + suffix] = liab - ap - cl - pay
        b["liab" + suffix] = liab
        assets = liab + equity
        b["assets" + suffix] = assets
        ar = q2(assets * Decimal(str(rng.uniform(0.25, 0.4))))
        pre = q2(assets * Decimal(str(rng.uniform(0.02, 0.05))))
        inv = q2(assets * Decimal(str(rng.uniform(0.05, 0.12))))
        fixed = q2(assets * Decimal(str(rng.uniform(0.05, 0.1))))
        intang = q2(assets * Decimal(str(rng.uniform(0.01, 0.03))))
        b["ar" + suffix], b["prepaid" + suffix], b["inventory" + suffix] = ar, pre, inv
        b["fixed" + suffix], b["intangible" + suffix] = fixed, intang
        b["nca" + suffix] = fixed + intang
        b["cash" + suffix] = assets - ar - pre - inv - fixed - intang
        b["ca" + suffix] = b["cash" + suffix] + ar + pre + inv
    del net_prior
    return b
