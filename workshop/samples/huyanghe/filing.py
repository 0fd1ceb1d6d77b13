"""Writes one submission: PDFs the way their exporters write them, JPEG scans, the declaration, the truth."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf as fitz

from jianzheng.models import Declaration, Truth

from . import paint as P
from .paint import Sheet
from .scan import Scanner, scan

PRODUCERS: dict[str, tuple[str, str]] = {
    # exporter: (Creator, Producer)
    "word": ("Microsoft® Word 2016", "Microsoft® Word 2016"),
    "wps": ("WPS 文字", "WPS 文字"),
    "wps_kangxi": ("WPS 文字", "WPS 文字"),
    "mac": ("Pages", "macOS 版本14.4（版号23E214） Quartz PDFContext"),
    "printer": ("Foxit PDF Printer Version 11.2.1.53537", "Foxit PDF Printer Version 11.2.1.53537"),
    "ghostscript": ("PScript5.dll Version 5.2.2", "GPL Ghostscript 9.54.0"),
    "scanner": ("Canon iR-ADV C3530 PDF", "Adobe PSL 1.3e for Canon"),
    "scanner2": ("KYOCERA MFP Scan", "KYOCERA Document Solutions"),
    "acrobat": ("Adobe Acrobat Pro (64-bit) 24.2.20687", "Adobe Acrobat Pro (64-bit) 24.2.20687"),
    "einvoice": (
        "国家税务总局全国统一电子发票服务平台",
        "iText® 5.5.13 ©2000-2020 iText Group NV (AGPL-version)",
    ),
    "audit": ("Microsoft® Excel® 2019 / Microsoft® Word 2019", "Microsoft® Word 2019"),
}


@dataclass
class Part:
    """One document of the truth: its sheets, how each is drawn, and its fields."""

    type: str
    sheets: list[Sheet]
    fields: dict[str, Any] = field(default_factory=dict)
    project_id: str | None = None
    modes: list[str] | None = None  # per sheet: runs | glyphs | outline | scan
    scanner: Scanner | None = None


@dataclass
class Filing:
    root: Path
    name: str
    seed: int
    rng: random.Random
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sub(self) -> Path:
        return self.root / self.name / "submission"

    def start(self) -> None:
        if (self.root / self.name).exists():
            shutil.rmtree(self.root / self.name)
        self.sub.mkdir(parents=True)

    def _record(self, fname: str, part: Part, first: int, n: int, scanned: list[bool]) -> str:
        did = f"T{len(self.documents) + 1}"
        pages = list(range(first, first + n))
        for p, sc in zip(pages, scanned, strict=True):
            self.pages.append({"file": fname, "page": p, "type": part.type, "document": did, "scanned": sc})
        doc: dict[str, Any] = {
            "id": did,
            "file": fname,
            "pages": pages,
            "type": part.type,
            "scanned": all(scanned),
            "fields": part.fields,
        }
        if part.project_id:
            doc["project_id"] = part.project_id
        self.documents.append(doc)
        return did

    def pdf(
        self, fname: str, parts: list[Part], exporter: str, when: dt.datetime, fontmap: str = "plain"
    ) -> list[int]:
        """Write parts into one PDF; returns the first page number of each part."""
        doc = fitz.open()
        used: set[str] = set()
        firsts = []
        for part in parts:
            modes = part.modes or ["runs"] * len(part.sheets)
            firsts.append(doc.page_count + 1)
            scanned = []
            for sheet, mode in zip(part.sheets, modes, strict=True):
                page = doc.new_page(width=sheet.w, height=sheet.h)
                if mode == "scan":
                    sc = part.scanner or Scanner.draw(self.rng)
                    page.insert_image(page.rect, stream=scan(sheet, sc, self.rng))
                    scanned.append(True)
                    continue
                if mode == "outline":
                    P.outline(page, sheet)
                    scanned.append(True)  # no text layer: a reader must OCR it
                else:
                    P.paint(page, sheet, "glyphs" if mode == "glyphs" else "runs", used)
                    scanned.append(False)
                P.paint_marks(page, sheet, used)
            self._record(fname, part, firsts[-1], len(part.sheets), scanned)
        doc.subset_fonts()
        P.remap(doc, used, fontmap)
        creator, producer = PRODUCERS[exporter]
        stamp = when.strftime("D:%Y%m%d%H%M%S+08'00'")
        doc.set_metadata(
            {
                "creator": creator,
                "producer": producer,
                "creationDate": stamp,
                "modDate": stamp,
                "title": "",
                "author": "",
            }
        )
        doc.save(self.sub / fname, garbage=3, deflate=True, deflate_images=True)
        return firsts

    def scanned_pdf_with_mark(
        self, fname: str, part: Part, sc: Scanner, mark: str, when: dt.datetime
    ) -> None:
        """A scan put in a PDF, then a visible diagonal watermark typed over it (it is in the text layer)."""
        doc = fitz.open()
        used: set[str] = set()
        sheet = part.sheets[0]
        page = doc.new_page(width=sheet.w, height=sheet.h)
        page.insert_image(page.rect, stream=scan(sheet, sc, self.rng))
        over = Sheet(sheet.w, sheet.h)
        over.watermark(mark, size=30, angle=28, rows=2, cols=2, color=(0.55, 0.55, 0.55), opacity=0.5)
        P.paint_marks(page, over, used)
        doc.subset_fonts()
        creator, producer = PRODUCERS["acrobat"]
        stamp = when.strftime("D:%Y%m%d%H%M%S+08'00'")
        doc.set_metadata({"creator": creator, "producer": producer, "creationDate": stamp, "modDate": stamp})
        doc.save(self.sub / fname, garbage=3, deflate=True)
        self._record(fname, part, 1, 1, [True])

    def jpeg(self, fname: str, part: Part, sc: Scanner) -> None:
        (self.sub / fname).write_bytes(scan(part.sheets[0], sc, self.rng))
        self._record(fname, part, 1, 1, [True])

    def plant(self, code: str, file: str, page: int, project_id: str | None, note: str) -> None:
        f: dict[str, Any] = {"code": code, "file": file, "page": page, "note": note}
        if project_id:
            f["project_id"] = project_id
        self.findings.append(f)

    def finish(self, declaration: dict[str, Any], clean: bool) -> None:
        Declaration.model_validate(declaration)
        (self.sub / "declaration.json").write_text(
            json.dumps(declaration, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        truth = {
            "schema": "jianzheng.truth/1",
            "name": self.name,
            "seed": self.seed,
            "clean": clean,
            "pages": self.pages,
            "documents": self.documents,
            "findings": self.findings,
        }
        Truth.model_validate(truth)
        (self.root / self.name / "truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
