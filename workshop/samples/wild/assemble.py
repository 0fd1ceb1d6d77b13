"""Helpers the scenarios share: the declaration a world yields, and each kind of paper for a project."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from jianzheng.models.declaration import FEE_KEYS

from . import acceptance as acc
from . import contract as con
from . import names as N
from .facts import Project, World
from .invoice import invoice
from .numerals import money
from .office import docx_contract
from .page import Paper


def row(p: Project) -> dict:
    """The declared row of a project, as the form computes it."""
    return {
        "id": p.id,
        "name": p.name,
        "client": p.client.name,
        "signed_on": p.signed_on.isoformat(),
        "accepted_on": p.accepted_on.isoformat(),
        "field": p.field,
        "location": p.location,
        "fees": {k: money(p.fees.get(k, Decimal(0))) for k in FEE_KEYS},
        "services_total": money(p.services),
        "contract_amount": money(p.amount),
    }


def declaration(w: World, rows: list[dict] | None = None) -> dict:
    """CONTRACT 1.1 declaration of a world (rows given when a scenario changes or merges them)."""
    c = w.company
    return {
        "enterprise": {
            "name": c.name,
            "credit_code": c.credit_code,
            "legal_representative": c.legal_rep,
            "registered_capital": money(c.registered_capital),
            "established_on": c.established_on.isoformat(),
            "grade": w.grade,
            "inspection_year": w.year,
            "staff": {
                "technical_total": w.technical_total,
                "certified_total": len(w.certificates),
                "certificates": [
                    {"holder": h, "certificate": cert, "level": lv} for h, cert, lv in w.certificates
                ],
            },
        },
        "finance": [
            {
                "year": f.year,
                "operating_revenue": money(f.revenue),
                "system_integration_revenue": money(f.si_revenue),
                "net_profit": money(f.net_profit),
            }
            for f in w.finance
        ],
        "projects": rows if rows is not None else [row(p) for p in w.projects],
    }


def terms(w: World, p: Project, rng: random.Random, **changes) -> con.Terms:  # type: ignore[no-untyped-def]
    """The contract a project's facts yield; ``changes`` plant or vary what it states."""
    t = con.Terms(
        name=p.name,
        number=p.contract_number,
        a=p.client,
        b=w.company,
        amount=p.amount,
        signed_on=p.signed_on,
        pid=p.id,
        category=rng.choice(["系统集成项目", "信息技术服务", "软件开发项目"]),
    )
    for key, value in changes.items():
        setattr(t, key, value)
    return t


def itemised(p: Project, rng: random.Random) -> dict[str, Decimal]:
    """The non-zero fees a contract lists under 其中 (at most three)."""
    lines = [(k, v) for k, v in p.fees.items() if v]
    return dict(lines[:3]) if rng.random() < 0.7 else {}


def contract(w: World, p: Project, rng: random.Random, style: str, **changes) -> Paper:  # type: ignore[no-untyped-def]
    """One contract paper in ``style``: gov, build, tech-开发/服务/咨询, docx."""
    t = terms(w, p, rng, **changes)
    if style == "gov":
        return con.government(t, rng)
    if style == "build":
        return con.construction(t, rng)
    if style.startswith("tech"):
        return con.technology(t, rng, "技术" + style.split("-")[1])
    if style == "docx":
        data, fields, pages = docx_contract(t, rng)
        paper = con.government(t, random.Random(0))
        paper.fields, paper.docx = fields, data
        assert len(paper.pdf) == pages  # the truth counts the docx page break as the same two pages
        return paper
    raise ValueError(style)


def acceptance(w: World, p: Project, rng: random.Random, style: str, **changes) -> Paper:  # type: ignore[no-untyped-def]
    """One acceptance paper in ``style``: form, letter, lab, supervisor."""
    x = acc.Acceptance(
        p.name, p.client, w.company, p.accepted_on, rng.choice(list(acc.PASSES)[:4]), True, p.id
    )
    for key, value in changes.items():
        setattr(x, key, value)
    if style == "form":
        return acc.form(x, rng)
    if style == "letter":
        return acc.letter(x, rng)
    if style == "lab":
        return acc.lab_report(x, rng.choice(N.LABS), rng)
    return acc.supervisor(x, rng.choice(N.SUPERVISORS), rng)


def bill(w: World, p: Project, rng: random.Random, share: Decimal = Decimal("0.6")) -> Paper:
    """A part-payment invoice of the project, issued some days after acceptance."""
    total = (p.amount * share).quantize(Decimal("0.01"))
    on = min(p.accepted_on + dt.timedelta(days=rng.randint(3, 20)), dt.date(w.year, 12, 30))
    return invoice(w.company, p.client, total, on, p.name[-14:], rng, p.id)


def round_fees(w: World) -> None:
    """Fees to whole hundreds of yuan, so that a 万元 workbook states them exactly."""
    for p in w.projects:
        for k, v in p.fees.items():
            p.fees[k] = (v / 100).to_integral_value() * 100
