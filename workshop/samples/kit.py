"""Building blocks shared by the scenarios: specs from facts, file names, bundles."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import numpy as np

from jianzheng.models.declaration import FEE_KEYS

from . import names, scan
from .build import FilePlan, Part, Submission
from .credit_code import make_credit_code
from .scan import ScanParams
from .templates import Rendered
from .templates.acceptance import AcceptanceSpec, render_acceptance
from .templates.audit import render_audit
from .templates.contract import KINDS, ContractSpec, render_contract
from .templates.declaration_form import FormProject, FormSpec, render_declaration_form
from .templates.invoice import InvoiceSpec, invoice_number, render_invoice
from .templates.license import render_license
from .templates.statements import render_statements
from .world import Project, World

_BUNDLE_NAMES = (
    "扫描件_{n:02d}.pdf",
    "附件{n}.pdf",
    "合同及验收{n}.pdf",
    "项目{n}合同关键页.pdf",
    "scan{n:04d}.pdf",
    "新建 Microsoft Word 文档({n}).pdf",
    "HT-{n:03d}.pdf",
    "doc{n:05d}.pdf",
)


class Kit:
    """Specs and files for one submission, drawn from one random stream."""

    def __init__(self, world: World, rng: random.Random, seed: int) -> None:
        self.world = world
        self.rng = rng
        self.nrng = np.random.default_rng(seed)
        self._names: set[str] = set()
        self.kinds = list(KINDS)
        rng.shuffle(self.kinds)

    # names -------------------------------------------------------------
    def name(self, pattern: str | None = None) -> str:
        """A file name not used yet in this submission."""
        for attempt in range(100):
            n = self.rng.randint(1, 40)
            name = (pattern or self.rng.choice(_BUNDLE_NAMES)).format(n=n, d=self.rng.randint(101, 1231))
            if attempt > 10:
                # A fixed name uploaded twice gets the browser's " (2)" suffix.
                stem, dot, ext = name.rpartition(".")
                name = f"{stem} ({attempt - 9}){dot}{ext}"
            if name not in self._names:
                self._names.add(name)
                return name
        raise RuntimeError("no free file name")

    # scans -------------------------------------------------------------
    def scan(self, **kw: object) -> ScanParams:
        """Scan settings for a file; keyword arguments override the random ones."""
        from dataclasses import replace

        return replace(scan.random_params(self.nrng), **kw)  # type: ignore[arg-type]

    def flat_scan(self) -> ScanParams:
        """A scan with no turned pages (for pages a plant edits in place)."""
        return self.scan(rot90=0, skew=0.0)

    # specs -------------------------------------------------------------
    def contract(self, p: Project, i: int, **kw: object) -> ContractSpec:
        c = self.world.company
        spec = ContractSpec(
            project_id=p.id,
            project_name=p.name,
            number=p.contract_number,
            party_a=p.client,
            party_b=c.name,
            fees=dict(p.fees),
            signed_on=p.signed_on,
            kind=self.kinds[i % len(self.kinds)],
            itemise=self.rng.random() < 0.5,
            legal_b=c.legal_rep if self.rng.random() < 0.5 else "",
            legal_a=names.person(self.rng) if self.rng.random() < 0.5 else "",
            address_b=c.address if self.rng.random() < 0.4 else "",
            key_pages_only=self.rng.random() < 0.6,
        )
        for k, v in kw.items():
            setattr(spec, k, v)
        return spec

    def acceptance(self, p: Project, **kw: object) -> AcceptanceSpec:
        spec = AcceptanceSpec(
            project_id=p.id,
            project_name=p.name,
            party_a=p.client,
            party_b=self.world.company.name,
            accepted_on=p.accepted_on,
            contract_number=p.contract_number if self.rng.random() < 0.5 else "",
            third_party=p.supervisor,
        )
        for k, v in kw.items():
            setattr(spec, k, v)
        return spec

    def invoices(self, p: Project, shares: tuple[float, ...] = (0.3, 0.4)) -> list[InvoiceSpec]:
        """Part-payment invoices of a project, issued between signing and acceptance (or after)."""
        out = []
        layout = self.rng.choice(["digital", "digital", "vat"])
        buyer_code = make_credit_code(self.rng, "650100").replace("91", "11", 1)
        from stdnum.cn import uscc

        buyer_code = buyer_code[:17] + uscc.calc_check_digit(buyer_code[:17])
        for share in shares:
            total = (p.contract_amount * Decimal(str(share))).quantize(Decimal("0.01"))
            span = max(1, (p.accepted_on - p.signed_on).days)
            issued = p.signed_on + dt.timedelta(days=self.rng.randint(1, span))
            issued = max(issued, dt.date(self.world.year, 1, 5))
            out.append(
                InvoiceSpec(
                    project_id=p.id,
                    number=invoice_number(self.rng, issued.year, layout),
                    issued_on=issued,
                    buyer=p.client,
                    buyer_code=buyer_code,
                    seller=self.world.company.name,
                    seller_code=self.world.company.credit_code,
                    total=total,
                    layout=layout,
                )
            )
        return out

    def declaration_form(self, **kw: object) -> FormSpec:
        """The form the web system prints for this world's filing (a plant overrides a value)."""
        w = self.world
        c = w.company
        spec = FormSpec(
            year=w.year,
            company=c.name,
            credit_code=c.credit_code,
            grade=c.grade,
            legal_rep=c.legal_rep,
            technical_total=w.staff_total,
            certified_total=len(w.certs),
            finance=[(f.year, f.revenue, f.si_revenue, f.net_profit) for f in w.finance],
            projects=[FormProject(p.name, p.client, p.accepted_on, p.contract_amount) for p in w.projects],
            signed_on=dt.date(w.year + 1, self.rng.randint(1, 2), self.rng.randint(5, 27)),
        )
        for k, v in kw.items():
            setattr(spec, k, v)
        return spec

    # documents ---------------------------------------------------------
    def render_declaration_form(self, spec: FormSpec) -> Rendered:
        return render_declaration_form(self.rng, spec)

    def render_contract(self, spec: ContractSpec) -> Rendered:
        return render_contract(self.rng, spec)

    def render_acceptance(self, spec: AcceptanceSpec) -> Rendered:
        return render_acceptance(self.rng, spec)

    def render_invoice(self, spec: InvoiceSpec) -> Rendered:
        return render_invoice(self.rng, spec)

    def license_file(self, mode: str = "pdf", **kw: object) -> FilePlan:
        """The license as a text PDF, a scanned PDF, a JPG photo or a PNG."""
        from dataclasses import replace

        company = replace(self.world.company, **kw)  # type: ignore[arg-type]
        doc = render_license(self.rng, company)
        names = {
            "pdf": "营业执照.pdf",
            "scan": "营业执照副本.pdf",
            "jpg": "IMG_2025{d:04d}.jpg",
            "png": "营业执照.png",
        }
        name = self.name(names[mode])
        if mode == "pdf":
            return FilePlan(name, [Part(doc)])
        params = self.scan(rot90=0, photo=mode == "jpg", dpi=150)
        if mode == "png":
            # A PNG license is a screen capture of the e-license: sharp, no scanner noise.
            params = scan.ScanParams(dpi=150, noise=0.0, tint=(1.0, 1.0, 1.0))
        return FilePlan(name, [Part(doc, params)], kind={"scan": "pdf", "jpg": "jpg", "png": "png"}[mode])

    def audit_files(
        self,
        years: list[int] | None = None,
        scanned: set[int] | None = None,
        opinions: dict[int, str] | None = None,
        consolidated: dict[int, str] | None = None,
    ) -> list[FilePlan]:
        """One audit report file per year (with its bound statements)."""
        scanned = scanned or set()
        opinions = opinions or {}
        consolidated = consolidated or {}
        firm = self.rng.randrange(6)
        plans = []
        for f in self.world.finance:
            if years is not None and f.year not in years:
                continue
            doc = render_audit(
                self.rng,
                self.world.company.name,
                f,
                opinion=opinions.get(f.year, "unqualified"),
                consolidated=consolidated.get(f.year, "no"),
                firm_index=firm,
            )
            name = self.name(
                self.rng.choice(["{y}年度审计报告.pdf", "审计报告{y}.pdf", "{y}财务审计报告.pdf"]).replace(
                    "{y}", str(f.year)
                )
            )
            params = self.scan(rot90=0) if f.year in scanned else None
            plans.append(FilePlan(name, [Part(doc, params)]))
        return plans

    def statements_file(self, year: int) -> FilePlan:
        f = next(x for x in self.world.finance if x.year == year)
        docs = render_statements(
            self.rng, self.world.company.name, f, ("balance_sheet", "income_statement", "cash_flow")
        )
        return FilePlan(self.name(f"{year}年财务报表.pdf"), [Part(d) for d in docs])

    def bundle(self, docs: list[Rendered], mode: str = "pdf", name: str | None = None) -> FilePlan:
        """Several documents in one file: ``pdf`` text, ``scan`` scanned PDF, ``mixed`` (first text,
        rest scanned), ``tiff`` multi-page TIFF."""
        if mode == "pdf":
            parts = [Part(d) for d in docs]
        elif mode == "mixed":
            parts = [Part(docs[0])] + [Part(d, self.scan()) for d in docs[1:]]
        else:
            params = self.scan()
            parts = [Part(d, params) for d in docs]
        for part in parts:
            if part.scan is not None:
                part.turns = {
                    i: int(self.nrng.choice([1, 2, 3]))
                    for i in range(part.doc.page_count)
                    if self.nrng.random() < 0.1
                }
        kind = "tiff" if mode == "tiff" else "pdf"
        if name is None:
            name = self.name("扫描_{n:02d}.tif" if kind == "tiff" else None)
        return FilePlan(name, parts, kind=kind)

    def project_bundle(self, p: Project, i: int, mode: str = "pdf", evidence: str = "acceptance") -> FilePlan:
        """A project's contract key pages followed by its acceptance report and/or invoices."""
        docs = [self.render_contract(self.contract(p, i))]
        if evidence in ("acceptance", "both"):
            docs.append(self.render_acceptance(self.acceptance(p)))
        if evidence in ("invoices", "both"):
            docs += [self.render_invoice(s) for s in self.invoices(p)]
        return self.bundle(docs, mode)


def fees_total(fees: dict[str, Decimal]) -> Decimal:
    return sum((fees[k] for k in FEE_KEYS), Decimal(0))


def new_submission(name: str, seed: int, world: World) -> Submission:
    from .declaration_io import declaration_dict

    return Submission(name=name, seed=seed, declaration=declaration_dict(world))
