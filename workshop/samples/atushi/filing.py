"""Writing one filing: drawn papers laid into files (born digital, scanned, photocopied or a phone
screenshot), ``declaration.json``, ``truth.json`` and ``printed.json``."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from jianzheng.models import Declaration, Truth, TruthDocument, TruthFinding, TruthPage

from .scanner import place, scan, screenshot, style
from .sheet import Sheet


@dataclass
class Paper:
    """One truth document, drawn in a scratch PDF of its own."""

    doc_type: str
    doc: pymupdf.Document
    sheets: list[Sheet]
    fields: dict[str, object]
    field_pages: dict[str, int]
    project_id: str | None = None
    raster: str = "born"
    """born, colour, grey, photocopy or screenshot."""
    paper_pages: set[int] = field(default_factory=set)
    """Pages of a born-digital paper that are scans all the same (copies bound into it)."""
    marks: dict[str, int] = field(default_factory=dict)
    precision: str = "0.01"
    """The place value of the paper's money figures (100 for a report in 万元)."""

    def scanned(self, page: int) -> bool:
        return self.raster != "born" or page in self.paper_pages


@dataclass
class Attachment:
    name: str
    papers: list[Paper]


@dataclass
class Plant:
    """An expected finding: the paper and the page (by mark or number) where a reviewer sees it."""

    code: str
    paper: Paper | None = None
    mark: str | int | None = None
    note: str = ""


@dataclass
class Filing:
    name: str
    seed: int
    declaration: Declaration
    attachments: list[Attachment]
    plants: list[Plant]


def write(filing: Filing, out: Path, rng: random.Random) -> None:
    root = out / filing.name
    if root.exists():
        shutil.rmtree(root)
    sub = root / "submission"
    sub.mkdir(parents=True)
    (sub / "declaration.json").write_text(
        json.dumps(filing.declaration.model_dump(mode="json"), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    pages: list[TruthPage] = []
    documents: list[TruthDocument] = []
    printed_files: dict[str, list[dict[str, object]]] = {}
    printed_docs: list[dict[str, object]] = []
    located: dict[int, tuple[str, int]] = {}  # id(paper) -> (file, first page)
    counter = 0
    for att in filing.attachments:
        path = sub / att.name
        path.parent.mkdir(parents=True, exist_ok=True)
        entries: list[dict[str, object]] = []
        if att.name.endswith(".png"):
            paper = att.papers[0]
            path.write_bytes(screenshot(paper.sheets[0].page))
            entries.append(_entry(paper.sheets[0], True))
            page_map = [(paper, 1, 1)]
        else:
            out_doc = pymupdf.open()
            page_map = []
            for paper in att.papers:
                st = style(rng, paper.raster if paper.raster != "born" else "colour")
                for i, sheet in enumerate(paper.sheets, start=1):
                    if paper.scanned(i):
                        place(out_doc, sheet.page, scan(sheet.page, st, rng))
                    else:
                        out_doc.insert_pdf(paper.doc, from_page=sheet.page.number, to_page=sheet.page.number)
                    entries.append(_entry(sheet, paper.scanned(i)))
                    page_map.append((paper, i, out_doc.page_count))
            out_doc.set_metadata({"producer": "", "creator": ""})
            out_doc.save(path, garbage=3, deflate=True)
        printed_files[att.name] = entries
        by_paper: dict[int, list[int]] = {}
        for paper, _, file_page in page_map:
            by_paper.setdefault(id(paper), []).append(file_page)
        for paper in att.papers:
            counter += 1
            doc_id = f"T{counter}"
            file_pages = by_paper[id(paper)]
            located[id(paper)] = (att.name, file_pages[0])
            all_scanned = all(paper.scanned(i) for i in range(1, len(file_pages) + 1))
            documents.append(
                TruthDocument(
                    id=doc_id,
                    file=att.name,
                    pages=file_pages,
                    type=paper.doc_type,
                    scanned=all_scanned,
                    project_id=paper.project_id,
                    fields=paper.fields,
                )
            )
            for i, fp in enumerate(file_pages, start=1):
                pages.append(
                    TruthPage(
                        file=att.name, page=fp, type=paper.doc_type, document=doc_id, scanned=paper.scanned(i)
                    )
                )
            printed_docs.append(
                {
                    "id": doc_id,
                    "field_pages": {k: file_pages[0] + v - 1 for k, v in paper.field_pages.items()},
                    "marks": {k: file_pages[0] + v - 1 for k, v in paper.marks.items()},
                    "precision": paper.precision,
                }
            )
    findings = []
    for plant in filing.plants:
        file = page = None
        if plant.paper is not None:
            file, first = located[id(plant.paper)]
            offset = plant.paper.marks[plant.mark] if isinstance(plant.mark, str) else (plant.mark or 1)
            page = first + offset - 1
        findings.append(TruthFinding(code=plant.code, file=file, page=page, note=plant.note))
    truth = Truth(
        name=filing.name,
        seed=filing.seed,
        clean=not filing.plants,
        pages=pages,
        documents=documents,
        findings=findings,
    )
    (root / "truth.json").write_text(
        json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
        encoding="utf-8",
    )
    printed = {"files": printed_files, "documents": printed_docs}
    (root / "printed.json").write_text(json.dumps(printed, ensure_ascii=False, indent=1), encoding="utf-8")


def _entry(sheet: Sheet, scanned: bool) -> dict[str, object]:
    return {"lines": sheet.lines, "stamps": sheet.stamps, "scanned": scanned}
