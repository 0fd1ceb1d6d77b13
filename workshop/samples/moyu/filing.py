"""Files of one submission: papers drawn into a working PDF, then written born-digital, scanned or as JPEG;
the truth (models.Truth) and printed.json follow the pages as they are written."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .paper import Paper
from .scanner import ScanSettings, jpeg, raster

WORD_PRODUCERS = ("Microsoft® Word 2016", "Microsoft® Word 适用于 Microsoft 365", "WPS Office", "WPS 文字")
SCAN_PRODUCERS = ("Canon iR-ADV C3530 PDF", "KONICA MINOLTA bizhub C266", "EPSON Scan", "HP Digital Sending")


@dataclass
class FileBuilder:
    """One attachment; papers are drawn into ``src`` in page order, each marked scanned or not."""

    name: str
    jpg: bool = False
    src: pymupdf.Document = field(default_factory=pymupdf.open)
    parts: list[tuple[Paper, bool]] = field(default_factory=list)

    def add(self, paper: Paper, scanned: bool) -> Paper:
        self.parts.append((paper, scanned))
        return paper


@dataclass
class Filing:
    name: str
    seed: int
    scan: ScanSettings
    rng: random.Random
    files: list[FileBuilder] = field(default_factory=list)
    findings: list[TruthFinding] = field(default_factory=list)
    plant: dict[str, Any] = field(default_factory=dict)

    def file(self, name: str, jpg: bool = False) -> FileBuilder:
        f = FileBuilder(name, jpg)
        self.files.append(f)
        return f

    def page_of(self, paper: Paper, sheet_index: int) -> tuple[str, int]:
        """(file, 1-based page) of one sheet of ``paper``."""
        for f in self.files:
            page = 0
            for p, _ in f.parts:
                if p is paper:
                    return f.name, page + sheet_index + 1
                page += len(p.sheets)
        raise KeyError("paper not in any file")


def _write_file(
    f: FileBuilder, target: Path, scan: ScanSettings, rng: random.Random, when: dt.datetime
) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = [scanned for paper, scanned in f.parts for _ in paper.sheets]
    if f.jpg:
        if len(flags) != 1 or not flags[0]:
            raise ValueError(f"{f.name}: a JPEG holds one scanned page")
        target.write_bytes(jpeg(raster(f.src[0], scan, rng), scan.quality, scan.dpi))
        return
    out = pymupdf.open()
    for i, scanned in enumerate(flags):
        page = f.src[i]
        if scanned:
            new = out.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, stream=jpeg(raster(page, scan, rng), scan.quality, scan.dpi))
        else:
            out.insert_pdf(f.src, from_page=i, to_page=i)
    stamp = when.strftime("D:%Y%m%d%H%M%S+08'00'")
    producer = rng.choice(SCAN_PRODUCERS if all(flags) else WORD_PRODUCERS)
    out.set_metadata({"producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp})
    out.subset_fonts()
    out.save(target, garbage=3, deflate=True)


def write(
    filing: Filing, out: Path, declaration_writer: Any, declaration: dict[str, Any], clean: bool
) -> None:
    """Write the submission folder, truth.json and printed.json of ``filing``."""
    root = out / filing.name
    sub = root / "submission"
    sub.mkdir(parents=True, exist_ok=True)
    declaration_writer(sub, declaration)
    pages: list[TruthPage] = []
    documents: list[TruthDocument] = []
    printed_files: dict[str, Any] = {}
    printed_docs: list[dict[str, Any]] = []
    n = 0
    for f in filing.files:
        when = dt.datetime(2026, 1, 5, 9, 0) + dt.timedelta(hours=filing.rng.randint(0, 900))
        _write_file(f, sub / f.name, filing.scan, filing.rng, when)
        page_no = 0
        runs: list[dict[str, Any]] = []
        for paper, scanned in f.parts:
            n += 1
            doc_id = f"T{n}"
            first = page_no + 1
            for sheet in paper.sheets:
                page_no += 1
                pages.append(
                    TruthPage(file=f.name, page=page_no, type=paper.type, document=doc_id, scanned=scanned)
                )  # type: ignore[arg-type]
                runs.append(
                    {
                        "page": page_no,
                        "scanned": scanned,
                        "runs": [{"text": r.text, "bbox": list(r.bbox)} for r in sheet.runs],
                        "stamps": sheet.stamps,
                    }
                )
            doc_pages = list(range(first, page_no + 1))
            documents.append(
                TruthDocument(
                    id=doc_id,
                    file=f.name,
                    pages=doc_pages,
                    type=paper.type,  # type: ignore[arg-type]
                    scanned=scanned,
                    project_id=paper.project_id,
                    fields=paper.fields,
                )
            )
            printed_docs.append(
                {
                    "id": doc_id,
                    "file": f.name,
                    "type": paper.type,
                    "project_id": paper.project_id,
                    "field_pages": {k: first + v for k, v in paper.field_sheet.items()},
                    "amounts": paper.amounts,
                }
            )
        printed_files[f.name] = runs
    truth = Truth(
        name=filing.name,
        seed=filing.seed,
        clean=clean,
        pages=pages,
        documents=documents,
        findings=filing.findings,
    )
    (root / "truth.json").write_text(truth.model_dump_json(by_alias=True, indent=1), encoding="utf-8")
    printed = {
        "scan": filing.scan.describe(),
        "files": printed_files,
        "documents": printed_docs,
        "declaration": declaration,
        "plant": filing.plant,
    }
    (root / "printed.json").write_text(
        json.dumps(printed, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
    )
