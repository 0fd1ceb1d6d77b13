"""One filing under construction: its world, its projects and the truth book.

Scenarios (scenarios.py) say what goes into a filing; this module holds the shared steps: the
enterprise, a project's contract and acceptance data, the finance figures, and writing the
declaration and truth.json at the end.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from jianzheng.models.declaration import Declaration

from . import codes, decl, world
from .acceptance import Closing
from .audit import AuditSpec, books, report_number
from .binder import Attachment, Book, Placed
from .contract import Deal, Party


@dataclass
class Plan:
    """A declared project: its contract terms, its acceptance, and its declaration row."""

    deal: Deal
    closing: Closing
    client: world.Client
    fees: dict[str, Decimal]
    row: dict[str, Any]

    @property
    def pid(self) -> str:
        return self.deal.project_id


class Filing:
    def __init__(self, out: Path, name: str, seed: int, clean: bool, year: int | None = None) -> None:
        self.rng = random.Random(f"hami/{name}/{seed}")
        self.name = name
        self.seed = seed
        self.year = year or self.rng.choice((2024, 2024, 2025))
        self.dir = out / name
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.sub = self.dir / "submission"
        self.sub.mkdir(parents=True)
        self.book = Book(name, seed, clean)
        self.used: set[str] = set()
        self.used_clients: set[str] = set()
        self.plans: list[Plan] = []

    # ---- people and firms -------------------------------------------------------------------
    def firm(self, established_before: int = 2019, capital: Decimal | None = None) -> world.Firm:
        f = world.firm(self.rng, self.used, established_before)
        if capital is not None:
            f.capital = capital
        return f

    def party_b(self, f: world.Firm) -> Party:
        seal_no = f.credit_code[2:8] + "".join(self.rng.choice("0123456789") for _ in range(7))
        return Party(
            f.name,
            f.legal_rep,
            world.person_name(self.rng),
            f.address,
            f.phone,
            f.bank,
            f.account,
            seal_no=seal_no,
        )

    def party_a(self, c: world.Client) -> Party:
        return Party(
            c.name, world.person_name(self.rng, uyghur=0.3), c.contact, c.address, c.phone, c.bank, c.account
        )

    # ---- projects -----------------------------------------------------------------------------
    def plan(
        self,
        pid: str,
        f: world.Firm,
        amount: Decimal,
        fee_kind: str,
        project_kind: str | None = None,
        signed_last_year: bool = False,
        lab: bool = False,
        supervisor: bool = False,
        long_client: bool = False,
    ) -> Plan:
        rng = self.rng
        cl = world.client(rng, self.used_clients, long_client)
        idea = world.project(rng, cl, self.year, project_kind)
        if signed_last_year:
            signed = world.day_in(rng, self.year - 1, 9, 12)
        else:
            signed = world.day_in(rng, self.year, 1, 5)
        start = signed + dt.timedelta(days=rng.randint(3, 15))
        finish = start + dt.timedelta(days=rng.randint(90, 170))
        if finish.year > self.year or finish > dt.date(self.year, 11, 30):
            finish = dt.date(self.year, rng.randint(9, 11), rng.randint(1, 28))
        accepted = finish + dt.timedelta(days=rng.randint(5, 25))
        if accepted.year != self.year:
            accepted = dt.date(self.year, 12, rng.randint(1, 20))
        fees = decl.fee_split(amount, fee_kind, rng)
        number = contract_number(rng, self.year if not signed_last_year else self.year - 1)
        a, b = self.party_a(cl), self.party_b(f)
        deal = Deal(
            pid,
            idea.name,
            number,
            a,
            b,
            amount,
            signed,
            start,
            finish,
            idea.lines,
            fees={k: v for k, v in fees.items() if v},
        )
        closing = Closing(
            pid,
            idea.name,
            number,
            a,
            b,
            start,
            finish,
            accepted,
            idea.lines,
            supervisor=rng.choice(world.SUPERVISORS) if supervisor else "",
            lab=rng.choice(world.LABS) if lab else "",
        )
        row = decl.project_row(pid, idea.name, cl.name, signed, accepted, cl.field, cl.location, fees)
        p = Plan(deal, closing, cl, fees, row)
        self.plans.append(p)
        return p

    # ---- finance --------------------------------------------------------------------------------
    def audit_spec(
        self,
        company: world.Firm,
        revenue: Decimal,
        net: Decimal,
        unit: int,
        layout: str,
        old: bool = False,
        si: Decimal | None = None,
    ) -> AuditSpec:
        rng = self.rng
        firm = rng.choice(world.AUDIT_FIRMS)
        prior_rev = (revenue * Decimal(str(round(rng.uniform(0.75, 1.1), 3)))).quantize(Decimal("0.01"))
        prior_net = (net * Decimal(str(round(rng.uniform(0.6, 1.3), 3)))).quantize(Decimal("0.01"))
        issued = dt.date(self.year + 1, rng.randint(2, 4), rng.randint(1, 28))
        return AuditSpec(
            company=company.name,
            short=company.short,
            year=self.year,
            firm=firm,
            number=report_number(firm, self.year, rng),
            issued=issued,
            current=books(revenue, net, rng),
            prior=books(prior_rev, prior_net, rng),
            unit=unit,
            layout=layout,
            old_opinion=old,
            si_revenue=si,
            cpas=(world.person_name(rng, 0.1), world.person_name(rng, 0.1)),
            city=rng.choice(("乌鲁木齐", "哈密")),
        )

    def revenue_for(self, project_total: Decimal) -> tuple[Decimal, Decimal, Decimal]:
        """Operating revenue, system-integration revenue and net profit of a year whose declared
        projects add up to ``project_total``."""
        rng = self.rng
        si = (project_total * Decimal(str(round(rng.uniform(1.05, 1.6), 4)))).quantize(Decimal("0.01"))
        revenue = (si * Decimal(str(round(rng.uniform(1.1, 1.45), 4)))).quantize(Decimal("0.01"))
        net = (revenue * Decimal(str(round(rng.uniform(0.03, 0.09), 4)))).quantize(Decimal("0.01"))
        return revenue, si, net

    # ---- output ---------------------------------------------------------------------------------
    def attach(self, att: Attachment) -> list[Placed]:
        return self.book.attach(att, self.sub)

    def declaration(
        self,
        f: world.Firm,
        grade: str,
        finance: list[dict[str, Any]],
        credit_code: str | None = "",
        capital: Decimal | None = None,
    ) -> Declaration:
        people = [world.person_name(self.rng, 0.2) for _ in range(20)]
        data = {
            "enterprise": {
                "name": f.name,
                "credit_code": f.credit_code if credit_code == "" else credit_code,
                "legal_representative": f.legal_rep,
                "registered_capital": f"{(capital if capital is not None else f.capital):.2f}",
                "established_on": f.established.isoformat(),
                "grade": grade,
                "inspection_year": self.year,
                "staff": decl.staff(grade, self.rng, people, self.year),
            },
            "finance": finance,
            "projects": [p.row for p in self.plans],
        }
        d = decl.build(data)
        total = sum((p.contract_amount or Decimal(0) for p in d.projects), Decimal(0))
        tech, cert, need = decl.GRADE_RULES[grade]
        # no filing of this family plants a grade shortfall: every one meets its grade
        assert total >= need, f"{self.name}: projects {total} below the {grade} threshold {need}"
        assert (d.enterprise.staff.technical_total or 0) >= tech and (
            d.enterprise.staff.certified_total or 0
        ) >= cert
        return d

    def finish(self, d: Declaration, xlsx: bool = False, wan: bool = False) -> str:
        if xlsx:
            decl.write_xlsx(d, self.sub / "declaration.xlsx", wan)
        else:
            decl.write_json(d, self.sub / "declaration.json")
        truth = self.book.truth()
        (self.dir / "truth.json").write_text(
            json.dumps(
                truth.model_dump(mode="json", by_alias=True, exclude_none=True), ensure_ascii=False, indent=2
            ),
            encoding="utf-8",
        )
        return self.name


def contract_number(rng: random.Random, year: int) -> str:
    return rng.choice(
        (
            f"HM-XXJC-{year}-{rng.randint(1, 199):03d}",
            f"HMZC{year}{rng.randint(1000, 9999)}",
            f"YZ{year}-{rng.choice(('JS', 'FW', 'CG'))}-{rng.randint(10, 99)}",
            f"XJHM-{year}-{rng.randint(100, 999)}",
        )
    )


def swap_digits(amount: Decimal, rng: random.Random, up: bool = False, span: int = 4) -> Decimal:
    """The amount with two of its leading non-zero digits swapped (a plausible typing slip
    that changes neither the number of digits nor where the zeros are). ``up``: a larger one;
    ``span``: among the first ``span`` non-zero digits."""
    digits = list(f"{amount:.2f}")
    idx = [i for i, ch in enumerate(digits[:-3]) if ch not in "0.,"][:span]
    pairs = [
        (i, j)
        for i in idx
        for j in idx
        if i < j and digits[i] != digits[j] and (not up or digits[j] > digits[i])
    ]
    if not pairs:
        raise ValueError(f"no two different digits to swap in {amount}")
    i, j = rng.choice(pairs)
    digits[i], digits[j] = digits[j], digits[i]
    return Decimal("".join(digits))


def round_amount(rng: random.Random, lo: int, hi: int, step: int = 1000) -> Decimal:
    """An amount whose leading digits differ (so a swap is visible), in whole ``step`` yuan."""
    while True:
        v = Decimal(rng.randrange(lo // step, hi // step) * step)
        lead = f"{v:.0f}"[:3]
        if len(set(lead)) == 3 and "0" not in lead:
            return v


def q2(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def client_code(rng: random.Random) -> str:
    return codes.uscc(rng, prefix=rng.choice(("11", "12")), letters=False)
