"""Writes one filing: the attachment files (scanned or born digital), declaration.json, truth.json and
printed.json (the money facts every paper prints, beside the truth, for the selfcheck)."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf as fitz

from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .model import Deal, Paper
from .scan import Scanner, scan_page
from .world import Firm, money


@dataclass
class Attachment:
    name: str
    papers: list[Paper]
    scanned: bool = True
    jpeg: bool = False
    """A single-page file written as the scanner's JPEG."""


@dataclass
class Plant:
    code: str
    paper: Paper | None
    mark: str | int | None
    project_id: str | None
    note: str


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    firm: Firm
    scanner: Scanner
    declaration: dict[str, Any]
    attachments: list[Attachment] = field(default_factory=list)
    plants: list[Plant] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    stamp: dt.datetime = dt.datetime(2025, 3, 10, 9, 30)


def _pdf_date(t: dt.datetime) -> str:
    return t.strftime("D:%Y%m%d%H%M%S+08'00'")


def write(filing: Filing, out: Path) -> None:
    target = out / filing.name
    if target.exists():
        shutil.rmtree(target)
    sub = target / "submission"
    sub.mkdir(parents=True)
    rng = filing.rng
    pages: list[TruthPage] = []
    documents: list[TruthDocument] = []
    printed: list[dict[str, Any]] = []
    where: dict[int, tuple[str, int]] = {}
    n_doc = 0
    t = filing.stamp
    for att in filing.attachments:
        path = sub / att.name
        path.parent.mkdir(parents=True, exist_ok=True)
        t += dt.timedelta(minutes=rng.randint(1, 9), seconds=rng.randint(0, 59))
        if att.jpeg:
            (paper,) = att.papers
            path.write_bytes(scan_page(paper.doc[0], paper.canvases[0].seals, filing.scanner, rng))
        else:
            doc = fitz.open()
            for paper in att.papers:
                if att.scanned:
                    for k, canvas in enumerate(paper.canvases):
                        source = paper.doc[k]
                        jpg = scan_page(source, canvas.seals, filing.scanner, rng)
                        page = doc.new_page(width=source.rect.width, height=source.rect.height)
                        page.insert_image(page.rect, stream=jpg)
                else:
                    doc.insert_pdf(paper.doc)
            software = filing.scanner.model.split(" / ")[0] if att.scanned else "WPS 文字"
            doc.set_metadata(
                {
                    "creator": software,
                    "producer": software if att.scanned else "WPS 文字",
                    "creationDate": _pdf_date(t),
                    "modDate": _pdf_date(t),
                    "title": "",
                    "author": "",
                }
            )
            doc.save(path, garbage=3, deflate=True, no_new_id=True)
        first = 1
        for paper in att.papers:
            n_doc += 1
            doc_id = f"D{n_doc}"
            numbers = list(range(first, first + paper.pages))
            where[id(paper)] = (att.name, first)
            for p in numbers:
                pages.append(
                    TruthPage(file=att.name, page=p, type=paper.type, document=doc_id, scanned=att.scanned)
                )  # type: ignore[arg-type]
            documents.append(
                TruthDocument(
                    id=doc_id,
                    file=att.name,
                    pages=numbers,
                    type=paper.type,  # type: ignore[arg-type]
                    scanned=att.scanned,
                    project_id=paper.project_id,
                    fields=paper.fields,
                )
            )
            for fact in paper.printed:
                printed.append(
                    {**fact, "document": doc_id, "file": att.name, "page": first + int(fact["page"])}
                )
            for k, canvas in enumerate(paper.canvases):
                printed.append(
                    {
                        "what": "seals",
                        "document": doc_id,
                        "file": att.name,
                        "page": first + k,
                        "count": len(canvas.seals),
                    }
                )
            for mark, k in paper.marks.items():
                printed.append(
                    {"what": "mark", "name": mark, "document": doc_id, "file": att.name, "page": first + k}
                )
            first += paper.pages
    findings = []
    for plant in filing.plants:
        file: str | None = None
        number: int | None = None
        if plant.paper is not None:
            file, first = where[id(plant.paper)]
            offset = plant.paper.marks[plant.mark] if isinstance(plant.mark, str) else int(plant.mark or 0)
            number = first + offset
        findings.append(
            TruthFinding(
                code=plant.code, project_id=plant.project_id, file=file, page=number, note=plant.note
            )  # type: ignore[arg-type]
        )
    truth = Truth(
        name=filing.name,
        seed=filing.seed,
        clean=not filing.plants,
        pages=pages,
        documents=documents,
        findings=findings,
    )
    (target / "truth.json").write_text(
        json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    (sub / "declaration.json").write_text(
        json.dumps(filing.declaration, ensure_ascii=False, indent=2, default=_json) + "\n", encoding="utf-8"
    )
    (target / "printed.json").write_text(
        json.dumps(printed, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def _json(value: object) -> object:
    if isinstance(value, Decimal):
        return money(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value))
