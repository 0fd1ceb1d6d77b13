"""One submission under construction: its firm, papers, uploads, declaration and truth."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from decimal import Decimal
from pathlib import Path

from jianzheng.models.truth import Truth, TruthFinding

from . import audit as audit_mod
from . import declare, invoice, license, world
from .bundle import Binder, Upload
from .model import Deal, Finance, Firm, Paper
from .numerals import invoice_number, yuan

YEAR = 2024


class Kit:
    def __init__(
        self,
        out: Path,
        name: str,
        seed: int,
        city: str,
        grade: str = "丁",
        certified: int = 2,
        technical: int = 9,
    ):
        self.name = name
        self.seed = seed
        self.rng = random.Random(f"nanjiang/{name}/{seed}")
        self.firm: Firm = world.make_firm(self.rng, city, grade, certified, technical)
        self.root = out / name
        if self.root.exists():
            shutil.rmtree(self.root)
        self.sub = self.root / "submission"
        self.sub.mkdir(parents=True)
        self.binder = Binder(self.sub, random.Random(self.rng.randrange(1 << 30)))
        self.deals: list[Deal] = []
        self.finance: list[Finance] = []
        self.findings: list[TruthFinding] = []
        self.uploads: list[Upload] = []

    # -- the papers every filing carries ----------------------------------
    def license(self) -> Paper:
        return license.business_license(self.firm, self.rng)

    def audit(
        self,
        unit: str,
        *,
        notes: bool = True,
        cf: bool = True,
        cover: bool = False,
        shown_revenue: Decimal | None = None,
    ) -> Paper:
        """The FY audit; the declared finance row is derived from what the statements show."""
        r = self.rng
        revenue = world.money(r, 9_000_000, 30_000_000, 1) + Decimal(r.randrange(100)) / 100
        si = yuan(revenue * Decimal(str(r.uniform(0.72, 0.88))))
        net = yuan(revenue * Decimal(str(r.uniform(0.04, 0.09))))
        firm_name, prefix = r.choice(world.AUDIT_FIRMS)
        cpas = (world.person(r), world.person(r))
        paper = audit_mod.audit_report(
            self.firm,
            YEAR,
            shown_revenue if shown_revenue is not None else revenue,
            si,
            net,
            r,
            unit,
            firm_name,
            audit_mod.report_number(r, prefix, YEAR),
            cpas,
            audit_mod.signed_date(r, YEAR),
            with_cf=cf,
            with_notes=notes,
            cover=cover,
        )
        shown = {k: Decimal(paper.fields[k]) for k in ("operating_revenue", "net_profit")}
        shown_si = Decimal(paper.fields.get("system_integration_revenue", s2_(si)))

        def declared(v: Decimal) -> Decimal:
            # a 千元 statement rounds the ledger: the declaration carries the exact yuan figure
            return v if unit == "元" else v + Decimal(r.randrange(-40000, 40000)) / 100

        dec_rev = revenue if shown_revenue is not None else declared(shown["operating_revenue"])
        self.finance = [Finance(YEAR, dec_rev, declared(shown_si), declared(shown["net_profit"]))]
        return paper

    def invoice_for(
        self, d: Deal, share: Decimal, on: dt.date, item: str, rate: str, special: bool, seal: bool = False
    ) -> Paper:
        r = self.rng
        gross = yuan(d.amount * share)
        buyer_code = _office_code(r, self.firm.city)
        return invoice.invoice(
            r,
            d.pid,
            invoice_number(r, on.year),
            on,
            d.client,
            buyer_code,
            self.firm.name,
            self.firm.credit_code,
            [(item, "", "项", Decimal(1), gross)],
            Decimal(rate),
            special,
            world.person(r),
            seal,
        )

    # -- planting ------------------------------------------------------------
    def expect(
        self,
        code: str,
        project_id: str | None = None,
        file: str | None = None,
        page: int | None = None,
        note: str = "",
    ) -> None:
        self.findings.append(TruthFinding(code=code, project_id=project_id, file=file, page=page, note=note))  # type: ignore[arg-type]

    def add(self, up: Upload) -> Upload:
        self.uploads.append(up)
        return up

    def page_of(self, up: Upload, paper: Paper, page_in_paper: int = 0) -> int:
        n = 0
        for p in up.papers:
            if p is paper:
                return n + page_in_paper + 1
            n += p.pdf.page_count
        raise KeyError(paper.id)

    # -- writing ---------------------------------------------------------------
    def finish(self, fmt: str = "json", unit: str = "元", as_numbers: bool = False) -> str:
        for up in self.uploads:
            self.binder.write(up)
        data = declare.declaration(self.firm, YEAR, self.finance, self.deals, as_numbers)
        if fmt == "json":
            declare.write_json(self.sub / "declaration.json", data)
        else:
            declare.write_xlsx(self.sub / "declaration.xlsx", data, unit)
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=not self.findings,
            pages=self.binder.pages,
            documents=self.binder.documents,
            findings=self.findings,
        )
        (self.root / "truth.json").write_text(
            json.dumps(
                truth.model_dump(mode="json", by_alias=True, exclude_none=True), ensure_ascii=False, indent=2
            ),
            encoding="utf-8",
        )
        return self.name


def s2_(v: Decimal) -> str:
    return f"{v:.2f}"


def _office_code(r: random.Random, city: str) -> str:
    from .numerals import credit_code

    return credit_code(r, world.CITIES[city].region, r.choice(["11", "12"]))
