"""The "alt" sample set: the same worlds rendered with the alt template family (workshop/samples/templates_alt).

A held-out-style set for measuring how extraction generalises: most pages
scanned, several documents per file (contract key pages + acceptance +
invoices; license + audit report), a few planted problems. Generate with
``jianzheng-dev samples --family alt --out DIR``; it is never committed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from jianzheng.models.finding import Code

from . import names
from .build import FilePlan, Part, Submission
from .declaration_io import set_fee
from .kit import Kit, new_submission
from .templates import Rendered
from .templates.acceptance import AcceptanceSpec
from .templates_alt.acceptance import render_alt_acceptance
from .templates_alt.audit import render_alt_audit
from .templates_alt.contract import LAYOUTS, AltContractSpec, render_alt_contract
from .templates_alt.license import render_alt_license
from .world import Project, make_world

C = Code


class AltKit(Kit):
    """A Kit whose documents come from the alt templates."""

    def alt_contract(self, p: Project, i: int, **kw: object) -> AltContractSpec:
        c = self.world.company
        spec = AltContractSpec(
            project_id=p.id,
            project_name=p.name,
            number=p.contract_number,
            party_a=p.client,
            party_b=c.name,
            fees=dict(p.fees),
            signed_on=p.signed_on,
            layout=LAYOUTS[i % len(LAYOUTS)],
            itemise=self.rng.random() < 0.6,
            address_b=c.address,
            legal_b=c.legal_rep,
            legal_a=names.person(self.rng),
        )
        for k, v in kw.items():
            setattr(spec, k, v)
        return spec

    def render_contract(self, spec: object) -> Rendered:
        assert isinstance(spec, AltContractSpec)
        return render_alt_contract(self.rng, spec)

    def contract(self, p: Project, i: int, **kw: object) -> AltContractSpec:  # type: ignore[override]
        return self.alt_contract(p, i, **kw)

    def render_acceptance(self, spec: AcceptanceSpec, kind: str | None = None) -> Rendered:
        return render_alt_acceptance(self.rng, spec, kind)

    def alt_license(self, **kw: object) -> Rendered:
        from dataclasses import replace

        return render_alt_license(self.rng, replace(self.world.company, **kw))  # type: ignore[arg-type]

    def alt_audit(self, year: int, opinion: str = "unqualified") -> Rendered:
        by_year = {f.year: f for f in self.world.finance}
        return render_alt_audit(
            self.rng, self.world.company.name, by_year[year], by_year.get(year - 1), opinion
        )

    def alt_audit_files(self, scanned: set[int], skip: set[int] | None = None) -> list[FilePlan]:
        """One file per year not in ``skip``: scanned or text layer."""
        plans = []
        for f in self.world.finance:
            if skip and f.year in skip:
                continue
            doc = self.alt_audit(f.year)
            name = self.name(f"{f.year}年审计报告.pdf")
            plans.append(FilePlan(name, [Part(doc, self.scan(rot90=0) if f.year in scanned else None)]))
        return plans


def _world(seed: int, grade: str, n: int) -> tuple[random.Random, AltKit, object]:
    rng = random.Random(seed)
    w = make_world(rng, grade=grade, n_projects=n)
    return rng, AltKit(w, rng, seed), w


def a01_clean_bundled(seed: int) -> tuple[Submission, Kit]:
    """Clean, all scanned: license + latest audit report in one scan; each project's contract,
    acceptance and invoices in one scan."""
    _rng, kit, w = _world(seed, "丙", 3)
    sub = new_submission("a01_clean_bundled", seed, w)  # type: ignore[arg-type]
    sub.clean = True
    year = kit.world.year
    sub.files.append(
        kit.bundle([kit.alt_license(), kit.alt_audit(year)], "scan", name="营业执照及审计报告.pdf")
    )
    sub.files += kit.alt_audit_files(scanned=set(), skip={year})
    for i, p in enumerate(kit.world.projects):
        sub.files.append(kit.project_bundle(p, i, "scan", ["both", "acceptance", "invoices"][i % 3]))
    return sub, kit


def a02_clean_mixed(seed: int) -> tuple[Submission, Kit]:
    """Clean: text-layer license, a TIFF bundle, an acceptance photo, a mixed bundle."""
    _rng, kit, w = _world(seed, "乙", 3)
    sub = new_submission("a02_clean_mixed", seed, w)  # type: ignore[arg-type]
    sub.clean = True
    sub.declaration_format = "xlsx"
    sub.files.append(FilePlan(kit.name("营业执照.pdf"), [Part(kit.alt_license())]))
    sub.files += kit.alt_audit_files(scanned={kit.world.year})
    p1, p2, p3 = kit.world.projects
    sub.files.append(kit.project_bundle(p1, 0, "tiff", "acceptance"))
    sub.files.append(kit.bundle([kit.render_contract(kit.contract(p2, 1))], "scan"))
    photo = kit.render_acceptance(kit.acceptance(p2), "form")
    sub.files.append(
        FilePlan(kit.name("IMG_2024{d:04d}.jpg"), [Part(photo, kit.scan(photo=True))], kind="jpg")
    )
    sub.files.append(kit.project_bundle(p3, 2, "mixed", "both"))
    return sub, kit


def a03_amounts(seed: int) -> tuple[Submission, Kit]:
    """Declared amount inflated (P1), capital numerals that disagree (P2), a fee moved (P3)."""
    rng, kit, w = _world(seed, "丙", 3)
    sub = new_submission("a03_amounts", seed, w)  # type: ignore[arg-type]
    rows = {r["id"]: r for r in sub.declaration["projects"]}  # type: ignore[index]
    sub.files.append(
        FilePlan(kit.name("营业执照.pdf"), [Part(kit.alt_license(), kit.scan(rot90=0, dpi=150))])
    )
    sub.files += kit.alt_audit_files(scanned=set())
    p1, p2, p3 = kit.world.projects
    key = next(k for k, v in p1.fees.items() if v)
    set_fee(rows["P1"], key, p1.fees[key] + Decimal(300000))
    f1 = kit.bundle(
        [kit.render_contract(kit.contract(p1, 0, itemise=False)), kit.render_acceptance(kit.acceptance(p1))],
        "scan",
    )
    sub.expect(C.AMOUNT_MISMATCH, "P1")
    wrong = p2.contract_amount - Decimal(rng.choice([90000, 405000]))
    c2 = kit.render_contract(kit.contract(p2, 1, words_amount=wrong, itemise=False))
    f2 = kit.bundle([c2, kit.render_acceptance(kit.acceptance(p2))], "scan")
    sub.expect(C.AMOUNT_WORDS_MISMATCH, "P2", file=f2.name, page=c2.marks["amount_page"].page + 1)
    used = [k for k, v in p3.fees.items() if v]
    set_fee(rows["P3"], used[0], p3.fees[used[0]] - Decimal(50000))
    set_fee(rows["P3"], used[1], p3.fees[used[1]] + Decimal(50000))
    f3 = kit.bundle(
        [kit.render_contract(kit.contract(p3, 2, itemise=True)), *map(kit.render_invoice, kit.invoices(p3))],
        "scan",
    )
    sub.expect(C.FEE_MISMATCH, "P3")
    sub.files += [f1, f2, f3]
    return sub, kit


def a04_parties_dates(seed: int) -> tuple[Submission, Kit]:
    """Party B another company (P1), declared signing date off (P2), acceptance before signing (P3)."""
    rng, kit, w = _world(seed, "丙", 3)
    p3 = kit.world.projects[2]
    p3.signed_on = dt.date(kit.world.year, 7, rng.randint(10, 28))
    p3.accepted_on = dt.date(kit.world.year, 5, rng.randint(1, 28))
    sub = new_submission("a04_parties_dates", seed, w)  # type: ignore[arg-type]
    rows = {r["id"]: r for r in sub.declaration["projects"]}  # type: ignore[index]
    sub.files.append(kit.bundle([kit.alt_license(), kit.alt_audit(kit.world.year)], "scan"))
    sub.files += kit.alt_audit_files(scanned=set(), skip={kit.world.year})
    p1, p2, _ = kit.world.projects
    other = names.company_name(rng, "乌鲁木齐市")
    sub.files.append(
        kit.bundle(
            [
                kit.render_contract(kit.contract(p1, 0, party_b=other)),
                kit.render_acceptance(kit.acceptance(p1, party_b=other)),
            ],
            "scan",
        )
    )
    sub.expect(C.PARTY_MISMATCH, "P1")
    wrong = p2.signed_on - dt.timedelta(days=61)
    rows["P2"]["signed_on"] = wrong.isoformat()
    sub.files.append(kit.project_bundle(p2, 1, "scan", "acceptance"))
    sub.expect(C.DATE_MISMATCH, "P2")
    sub.files.append(kit.project_bundle(p3, 2, "scan", "acceptance"))
    sub.expect(C.ACCEPTANCE_BEFORE_SIGNING, "P3")
    return sub, kit


def a05_acceptance(seed: int) -> tuple[Submission, Kit]:
    """Acceptance not passed, ticked on a form (P1); accepted the year before (P2); no acceptance
    nor invoice (P3)."""
    rng, kit, w = _world(seed, "丙", 3)
    p2 = kit.world.projects[1]
    p2.signed_on = dt.date(kit.world.year - 1, rng.randint(2, 5), rng.randint(1, 28))
    p2.accepted_on = dt.date(kit.world.year - 1, rng.randint(9, 12), rng.randint(1, 28))
    sub = new_submission("a05_acceptance", seed, w)  # type: ignore[arg-type]
    sub.files.append(
        FilePlan(
            kit.name("营业执照副本.jpg"),
            [Part(kit.alt_license(), kit.scan(rot90=0, photo=True, dpi=150))],
            kind="jpg",
        )
    )
    sub.files += kit.alt_audit_files(scanned={kit.world.year - 1})
    p1, _, p3 = kit.world.projects
    c1 = kit.render_contract(kit.contract(p1, 0))
    f1 = kit.bundle([c1, kit.render_acceptance(kit.acceptance(p1, passed=False), "form")], "scan")
    sub.files.append(f1)
    sub.expect(C.ACCEPTANCE_NOT_PASSED, "P1", file=f1.name, page=c1.page_count + 1)
    sub.files.append(kit.project_bundle(p2, 1, "scan", "acceptance"))
    sub.expect(C.ACCEPTANCE_OUT_OF_PERIOD, "P2")
    sub.files.append(kit.bundle([kit.render_contract(kit.contract(p3, 2))], "scan"))
    sub.expect(C.ACCEPTANCE_MISSING, "P3")
    return sub, kit


def a06_license_audit(seed: int) -> tuple[Submission, Kit]:
    """License expired and a declared credit code that differs; a qualified opinion and a declared
    revenue that differs from the audit report."""
    from .credit_code import make_credit_code

    rng, kit, w = _world(seed, "丙", 2)
    kit.world.company.valid_until = dt.date(kit.world.year, rng.randint(3, 9), rng.randint(1, 28))
    sub = new_submission("a06_license_audit", seed, w)  # type: ignore[arg-type]
    ent = sub.declaration["enterprise"]  # type: ignore[index]
    ent["credit_code"] = make_credit_code(rng)
    year = kit.world.year
    lic = kit.alt_license()
    bundle = kit.bundle([lic, kit.alt_audit(year, opinion="qualified")], "scan")
    sub.files.append(bundle)
    sub.expect(C.LICENSE_EXPIRED, file=bundle.name)
    sub.expect(C.CREDIT_CODE_MISMATCH, file=bundle.name)
    sub.expect(C.AUDIT_OPINION_NOT_CLEAN, file=bundle.name, page=3)
    others = kit.alt_audit_files(scanned={year - 1}, skip={year})
    sub.files += others
    fin = {f["year"]: f for f in sub.declaration["finance"]}  # type: ignore[index]
    fin[year - 1]["operating_revenue"] = (
        f"{Decimal(fin[year - 1]['operating_revenue']) + Decimal(800000):.2f}"
    )
    sub.expect(C.AUDIT_FIGURE_MISMATCH, file=others[1].name)
    for i, p in enumerate(kit.world.projects):
        sub.files.append(kit.project_bundle(p, i, "scan", "both"))
    return sub, kit


SCENARIOS_ALT: tuple[Callable[[int], tuple[Submission, Kit]], ...] = (
    a01_clean_bundled,
    a02_clean_mixed,
    a03_amounts,
    a04_parties_dates,
    a05_acceptance,
    a06_license_audit,
)
