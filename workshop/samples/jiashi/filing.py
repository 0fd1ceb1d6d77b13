"""Lay a filing out on disk: the submission's files, ``truth.json`` and ``printed.json``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models import Code, DocType, Truth, TruthDocument, TruthFinding, TruthPage

from .scan import scan_jpg, scan_pdf
from .scenarios import SCENARIOS, build
from .world import Filing


def _merge(pdfs: list[bytes]) -> bytes:
    out = pymupdf.open()
    for pdf in pdfs:
        out.insert_pdf(pymupdf.open(stream=pdf, filetype="pdf"))
    out.set_metadata({"producer": "pymupdf", "creator": "WPS Office" if len(pdfs) > 1 else "Microsoft Word"})
    out.subset_fonts()
    return bytes(out.tobytes(garbage=3, deflate=True))


def write(filing: Filing, out: Path, seed: int) -> None:
    root = out / filing.name
    if root.exists():
        shutil.rmtree(root)
    sub = root / "submission"
    sub.mkdir(parents=True)
    (sub / "declaration.json").write_text(
        json.dumps(filing.declaration, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    pages: list[TruthPage] = []
    documents: list[TruthDocument] = []
    printed_files: dict[str, Any] = {}
    printed_docs: dict[str, Any] = {}
    where_paper: dict[int, tuple[str, int]] = {}  # id(paper) -> (file, first file page)
    names: set[str] = set()
    n = 0
    for k, spec in enumerate(filing.files):
        name = spec.name
        if name in names:
            name = f"{k}-{name}"
        names.add(name)
        spec.name = name
        merged = _merge([p.pdf for p in spec.papers])
        if spec.mode == "digital":
            data = merged
        elif spec.mode == "scan":
            assert spec.scan is not None
            data = scan_pdf(merged, spec.scan, seed * 7919 + k)
        else:
            assert spec.scan is not None and len(spec.papers) == 1 and len(spec.papers[0].records) == 1
            data = scan_jpg(merged, spec.scan, seed * 7919 + k)
        target = sub / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        scanned = spec.mode != "digital"
        page_no = 1
        file_pages: list[dict[str, Any]] = []
        for paper in spec.papers:
            n += 1
            doc_id = f"D{n}"
            first = page_no
            where_paper[id(paper)] = (name, first)
            numbers = list(range(first, first + len(paper.records)))
            for p in numbers:
                pages.append(
                    TruthPage(file=name, page=p, type=DocType(paper.kind), document=doc_id, scanned=scanned)
                )
            documents.append(
                TruthDocument(
                    id=doc_id,
                    file=name,
                    pages=numbers,
                    type=DocType(paper.kind),
                    scanned=scanned,
                    project_id=paper.project_id,
                    fields=paper.fields,
                )
            )
            printed_docs[doc_id] = {
                "file": name,
                "pages": numbers,
                "role": paper.role,
                "project_id": paper.project_id,
                "where": {f: first + i for f, i in paper.where.items()},
                "marks": {m: first + i for m, i in paper.marks.items()},
                "note": paper.note,
            }
            file_pages.extend(r.dump() for r in paper.records)
            page_no += len(paper.records)
        printed_files[name] = {
            "mode": spec.mode,
            "scan": spec.scan.describe() if spec.scan else None,
            "pages": file_pages,
        }
    findings = []
    for plant in filing.plants:
        fname, first = where_paper[id(plant.paper)]
        findings.append(
            TruthFinding(
                code=Code(plant.code),
                project_id=plant.project_id,
                file=fname,
                page=first + plant.paper.marks[plant.mark],
                note=plant.note,
            )
        )
    truth = Truth(
        name=filing.name, seed=seed, clean=filing.clean, pages=pages, documents=documents, findings=findings
    )
    (root / "truth.json").write_text(truth.model_dump_json(by_alias=True, indent=2), encoding="utf-8")
    printed = {
        "name": filing.name,
        "clean": filing.clean,
        "files": printed_files,
        "documents": printed_docs,
        "facts": filing.facts,
    }
    (root / "printed.json").write_text(json.dumps(printed, ensure_ascii=False, indent=1), encoding="utf-8")


def write_all(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (name, _, _) in enumerate(SCENARIOS):
        if only and name not in only:
            continue
        write(build(index, seed), out, seed)
        written.append(name)
    return written
