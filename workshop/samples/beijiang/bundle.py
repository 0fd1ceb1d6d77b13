"""Writing attachments (text PDFs, scans, photos, Office and OFD files) and keeping the truth about them."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from . import ink
from .cast import Paper
from .scanners import Duplex, Mfp, Phone, Scan, pdf_of

PRODUCERS = ("WPS 文字", "Microsoft® Word 2016", "Microsoft® Word for Microsoft 365")


@dataclass
class Book:
    """The truth of one submission, filled in as files are written."""

    name: str
    seed: int
    root: Path
    clean: bool = False
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sub(self) -> Path:
        return self.root / self.name / "submission"

    def _doc(self, rel: str, paper: Paper, pages: list[int], scanned: bool) -> str:
        did = f"T{len(self.documents) + 1}"
        self.documents.append(
            {
                "id": did,
                "file": rel,
                "pages": pages,
                "type": paper.type,
                "scanned": scanned,
                "project_id": paper.project_id,
                "fields": paper.fields,
            }
        )
        for p in pages:
            self.pages.append(
                {"file": rel, "page": p, "type": paper.type, "document": did, "scanned": scanned}
            )
        return did

    def _path(self, rel: str) -> Path:
        path = self.sub / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def text_pdf(self, rel: str, papers: list[Paper], rng: random.Random) -> None:
        """Papers concatenated into one text-layer PDF, as exported from Word/WPS."""
        out = ink.new_doc()
        n = 1
        for paper in papers:
            k = paper.doc.page_count
            out.insert_pdf(paper.doc)
            self._doc(rel, paper, list(range(n, n + k)), False)
            n += k
        prod = rng.choice(PRODUCERS)
        f = papers[0].fields
        when = f.get("signed_on") or f.get("accepted_on") or f.get("issued_on")
        if when is None and "fiscal_year" in f:
            when = f"{f['fiscal_year'] + 1}-03-18"
        self._path(rel).write_bytes(ink.finish(out, prod, prod, when))

    def scanned_pdf(self, rel: str, papers: list[Paper], scanner: Duplex | Mfp) -> None:
        """Papers fed through a scanner into one PDF; a duplex scanner keeps each sheet's blank back."""
        scans: list[Scan] = []
        for paper in papers:
            first = len(scans) + 1
            for pno in range(paper.doc.page_count):
                page = paper.doc[pno]
                if isinstance(scanner, Duplex):
                    scans += scanner.scan(page, with_back=True)
                else:
                    scans += scanner.scan(page)
            self._doc(rel, paper, list(range(first, len(scans) + 1)), True)
        self._path(rel).write_bytes(pdf_of(scans, scanner.dpi))

    def photo(self, rel: str, paper: Paper, phone: Phone) -> None:
        """A single-page paper photographed with a phone, saved as JPEG."""
        self._path(rel).write_bytes(phone.photo(paper.doc[0]))
        self._doc(rel, paper, [1], True)

    def raw(self, rel: str, data: bytes, paper: Paper | None, pages: list[int] | None = None) -> None:
        self._path(rel).write_bytes(data)
        if paper is not None:
            self._doc(rel, paper, pages or [1], False)

    def find(self, code: str, **keys: Any) -> None:
        self.findings.append({"code": code, **{k: v for k, v in keys.items() if v is not None}})

    def save(self) -> None:
        truth = {
            "schema": "jianzheng.truth/1",
            "name": self.name,
            "seed": self.seed,
            "clean": self.clean,
            "pages": self.pages,
            "documents": self.documents,
            "findings": self.findings,
        }
        (self.root / self.name / "truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8"
        )


def copy_stamp(paper: Paper, rng: random.Random, pages: list[int] | None = None) -> None:
    """Stamp 复印件与原件一致 with a signature on the pages of a paper copy (before it is scanned)."""
    png = ink.copy_stamp_png(rng)
    for i in range(paper.doc.page_count):
        page = paper.doc[i]
        if pages is not None and i not in pages:
            continue
        x = rng.uniform(330, 400)
        y = rng.uniform(690, 740)
        page.insert_image(pymupdf.Rect(x, y, x + 150, y + 54), stream=png, overlay=True)
        sh = ink.Sheet.__new__(ink.Sheet)
        sh.doc, sh.pno, sh._page, sh.w, sh.h, sh.rng = (
            paper.doc,
            i,
            page,
            page.rect.width,
            page.rect.height,
            rng,
        )
        sh.signature(x + 40, y + 74, 60)
