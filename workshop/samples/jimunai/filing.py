"""Papers → documents with truth fields; shots → files; files, ``truth.json`` and ``printed.json`` on disk."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.finding import Code
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from . import docs
from .paper import Paper
from .people import daxie
from .scan import Shot, scan
from .world import FEE_LABELS, YEAR, Project, World, declaration, money


@dataclass
class Doc:
    id: str
    type: str
    project: str | None
    fields: dict[str, Any]
    papers: list[Paper]


@dataclass
class Plant:
    code: str
    project: str | None = None
    paper: Paper | None = None
    file: str | None = None
    note: str = ""


@dataclass
class FileSpec:
    name: str
    shots: list[Shot]
    producer: str


@dataclass
class Filing:
    name: str
    world: World
    docs: list[Doc]
    files: list[FileSpec] = field(default_factory=list)
    plants: list[Plant] = field(default_factory=list)


class Kit:
    """Every paper of one world, grouped by document, with the truth fields each document prints."""

    def __init__(self, world: World, rng: random.Random, equipment: dict[str, str] | None = None) -> None:
        self.world = world
        self.docs: list[Doc] = []
        firm = world.firm
        lic = docs.licence(world, self._next(), rng)
        cap = firm.capital
        self.licence = self._add(
            "business_license",
            None,
            {
                "company_name": firm.name,
                "credit_code": firm.code,
                "legal_representative": firm.legal,
                "registered_capital": money(cap),
                "company_type": "有限责任公司（自然人投资或控股）",
                "established_on": firm.established.isoformat(),
                "valid_until": "长期",
                "address": firm.address,
            },
            [lic],
        )
        a = world.audit
        self.audit = self._add(
            "audit_report",
            None,
            {
                "audit_firm": a.firm,
                "report_number": a.number,
                "fiscal_year": YEAR,
                "opinion": "unqualified",
                "operating_revenue": money(a.revenue),
                "net_profit": money(a.net_profit),
                "system_integration_revenue": money(a.si_revenue),
                "consolidated": False,
            },
            docs.audit_pages(world, self._next(), rng),
        )
        equipment = equipment or {}
        self.contract: dict[str, Doc] = {}
        self.acceptance: dict[str, Doc] = {}
        self.invoices: dict[str, list[Doc]] = {}
        for p in world.projects:
            kind = equipment.get(p.id, "a4")
            did = self._next()
            papers = docs.contract_pages(p, firm, did, rng, equipment=kind == "a4")
            if kind == "a3":
                papers.append(docs.a3_quote(p, did))
            self.contract[p.id] = self._add("contract", p.id, self._contract_fields(p), papers)
            if p.acceptance:
                did = self._next()
                self.acceptance[p.id] = self._add(
                    "acceptance_report",
                    p.id,
                    {
                        "project_name": p.name,
                        "party_a": p.acceptance_organiser or p.party_a,
                        "party_b": firm.name,
                        "accepted_on": p.accepted.isoformat(),
                        "conclusion": p.conclusion,
                        "has_seal": True,
                    },
                    [docs.acceptance(p, firm, did, rng)],
                )
            self.invoices[p.id] = []
            for inv in p.invoices:
                did = self._next()
                self.invoices[p.id].append(
                    self._add(
                        "invoice",
                        p.id,
                        {
                            "invoice_number": inv.number,
                            "issued_on": inv.issued.isoformat(),
                            "buyer": p.client,
                            "seller": firm.name,
                            "total_amount": money(inv.total),
                        },
                        [docs.invoice(p, inv, firm, did, rng)],
                    )
                )

    def _next(self) -> str:
        return f"D{len(self.docs) + 1}"

    def _add(self, kind: str, project: str | None, fields: dict[str, Any], papers: list[Paper]) -> Doc:
        doc = Doc(papers[0].doc, kind, project, fields, papers)
        self.docs.append(doc)
        return doc

    def _contract_fields(self, p: Project) -> dict[str, Any]:
        out: dict[str, Any] = {
            "project_name": p.name,
            "contract_number": p.number,
            "party_a": p.party_a,
            "party_b": self.world.firm.name,
            "contract_amount": money(p.amount),
            "amount_in_words": daxie(p.amount),
            "signed_on": p.signed.isoformat(),
        }
        if p.itemised:
            out["fees"] = {k: money(p.fees[k]) for k in FEE_LABELS}
        return out

    def filing(self, name: str) -> Filing:
        return Filing(name, self.world, self.docs)


def _page_doc(shot: Shot) -> str:
    return shot.parts[-1].doc


def write(filing: Filing, out: Path, seed: int, rng: random.Random) -> None:
    target = out / filing.name
    if target.exists():
        shutil.rmtree(target)
    sub = target / "submission"
    sub.mkdir(parents=True)
    (sub / "declaration.json").write_text(
        json.dumps(declaration(filing.world), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    by_id = {d.id: d for d in filing.docs}
    truth_pages: list[TruthPage] = []
    doc_pages: dict[str, list[int]] = {}
    doc_file: dict[str, str] = {}
    where: dict[int, tuple[str, int]] = {}
    printed: dict[str, Any] = {"files": {}, "documents": {}}
    for spec in filing.files:
        path = sub / spec.name
        path.parent.mkdir(parents=True, exist_ok=True)
        records = []
        pdf = pymupdf.open() if spec.name.endswith(".pdf") else None
        for index, shot in enumerate(spec.shots, start=1):
            jpeg, w, h = scan(shot, rng)
            w_pt, h_pt = w * 72 / shot.dpi, h * 72 / shot.dpi
            if pdf is not None:
                page = pdf.new_page(width=w_pt, height=h_pt)
                page.insert_image(page.rect, stream=jpeg)
            else:
                if len(spec.shots) != 1:
                    raise ValueError(f"{spec.name}: an image file holds one shot")
                path.write_bytes(jpeg)
            main = _page_doc(shot)
            truth_pages.append(
                TruthPage(file=spec.name, page=index, type=by_id[main].type, document=main, scanned=True)  # type: ignore[arg-type]
            )
            for part in shot.parts:
                where[id(part)] = (spec.name, index)
                if index not in doc_pages.setdefault(part.doc, []):
                    doc_pages[part.doc].append(index)
                if doc_file.setdefault(part.doc, spec.name) != spec.name:
                    raise ValueError(f"document {part.doc} spans two files")
            records.append(
                {
                    "page": index,
                    "size_pt": [round(w_pt, 2), round(h_pt, 2)],
                    "pixels": [w, h],
                    "geometry": shot.describe(),
                    "document": main,
                    "parts": [p.record() for p in shot.parts],
                    "showthrough_of": shot.showthrough.label if shot.showthrough else None,
                }
            )
        if pdf is not None:
            stamp = f"D:{YEAR + 1}02{rng.randint(10, 27)}{rng.randint(8, 18):02d}{rng.randint(10, 59)}{rng.randint(10, 59)}+08'00'"
            pdf.set_metadata(
                {"producer": spec.producer, "creator": spec.producer, "creationDate": stamp, "modDate": stamp}
            )
            pdf.save(path, garbage=3, deflate=True, no_new_id=True)
            pdf.close()
        printed["files"][spec.name] = records
    documents = []
    for d in filing.docs:
        if d.id not in doc_pages:
            continue  # a paper this filing leaves out (never uploaded)
        documents.append(
            TruthDocument(
                id=d.id,
                file=doc_file[d.id],
                pages=doc_pages[d.id],
                type=d.type,  # type: ignore[arg-type]
                scanned=True,
                project_id=d.project,
                fields=d.fields,
            )
        )
        printed["documents"][d.id] = {"type": d.type, "papers": [p.label for p in d.papers]}
    findings = []
    for plant in filing.plants:
        plant_file: str | None = plant.file
        plant_page: int | None = None
        if plant.paper is not None:
            plant_file, plant_page = where[id(plant.paper)]
        findings.append(
            TruthFinding(
                code=Code(plant.code),
                project_id=plant.project,
                file=plant_file,
                page=plant_page,
                note=plant.note,
            )
        )
    truth = Truth(
        name=filing.name,
        seed=seed,
        clean=not filing.plants,
        pages=truth_pages,
        documents=documents,
        findings=findings,
    )
    (target / "truth.json").write_text(
        truth.model_dump_json(by_alias=True, indent=2) + "\n", encoding="utf-8"
    )
    (target / "printed.json").write_text(
        json.dumps(printed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
