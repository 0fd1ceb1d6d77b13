"""Lays papers into files (born-digital PDF, scanned PDF or JPEG, OFD, XML) and records truth and what was printed.

``OUT/<name>/submission/`` is what the enterprise uploads; ``truth.json`` (models.Truth) and ``printed.json`` (every
run printed per file page, QR payloads, seals, the plants and the story) sit beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from . import scan as scanner
from .invoices import Invoice
from .ofd import write_ofd
from .sheet import MM, Sheet, draw_pdf_page, new_pdf, pdf_bytes

SEVERITY = {
    "INVOICE_EXCEEDS_CONTRACT": "warning",
    "QR_MISMATCH": "warning",
    "ACCEPTANCE_MISSING": "warning",
    "PARTY_MISMATCH": "error",
}


@dataclass
class Paper:
    type: str
    sheets: list[Sheet]
    fields: dict[str, Any]
    project_id: str | None = None
    scan: scanner.ScanSettings | None = None
    invoice: Invoice | None = None
    label: str = ""


@dataclass
class Filing:
    root: Path
    name: str
    seed: int
    rng: random.Random
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    printed: dict[str, Any] = field(default_factory=dict)
    invoices: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.root.exists():
            shutil.rmtree(self.root)
        (self.root / "submission").mkdir(parents=True)

    @property
    def sub(self) -> Path:
        return self.root / "submission"

    # ------------------------------------------------------------ bookkeeping
    def _document(self, rel: str, paper: Paper, pages: list[int], scanned: bool) -> str:
        doc_id = f"D{len(self.documents) + 1}"
        self.documents.append(
            {
                "id": doc_id,
                "file": rel,
                "pages": pages,
                "type": paper.type,
                "scanned": scanned,
                **({"project_id": paper.project_id} if paper.project_id else {}),
                "fields": paper.fields,
            }
        )
        for n in pages:
            self.pages.append(
                {"file": rel, "page": n, "type": paper.type, "document": doc_id, "scanned": scanned}
            )
        if paper.invoice is not None:
            inv = paper.invoice
            self.invoices.append(
                {
                    "document": doc_id,
                    "file": rel,
                    "page": pages[0],
                    "project_id": paper.project_id,
                    "kind": inv.kind,
                    "number": inv.number,
                    "code": inv.code,
                    "issued_on": inv.issued.isoformat(),
                    "buyer": inv.buyer.name,
                    "seller": inv.seller.name,
                    "amount": f"{inv.amount:.2f}",
                    "tax": f"{inv.tax:.2f}",
                    "total": f"{inv.total:.2f}",
                    "words": inv.words(),
                    "lines": [
                        {
                            "item": ln.item,
                            "amount": f"{ln.amount:.2f}",
                            "rate": f"{ln.rate:.2f}",
                            "tax": f"{ln.tax:.2f}",
                        }
                        for ln in inv.lines
                    ],
                    "qr": inv.qr,
                    "honest_qr": inv.honest_qr(),
                    "red_of": inv.red_of,
                    "stage": inv.stage,
                }
            )
        return doc_id

    def _page_record(
        self,
        sheet: Sheet | None,
        scanned: bool,
        doc_id: str,
        origin: tuple[float, float] = (0, 0),
        size: tuple[float, float] | None = None,
    ) -> dict[str, Any]:
        if sheet is None:
            return {"scanned": scanned, "document": doc_id, "lines": [], "qr": [], "seals": []}
        ox, oy = origin[0] * MM, origin[1] * MM
        lines = []
        for ln in sheet.lines():
            bbox = ln["bbox"]
            assert isinstance(bbox, list)
            lines.append(
                {
                    **ln,
                    "bbox": [
                        round(bbox[0] + ox, 1),
                        round(bbox[1] + oy, 1),
                        round(bbox[2] + ox, 1),
                        round(bbox[3] + oy, 1),
                    ],
                }
            )
        w, h = size or (sheet.width, sheet.height)
        return {
            "scanned": scanned,
            "document": doc_id,
            "size_pt": [round(w * MM, 1), round(h * MM, 1)],
            "lines": lines,
            "qr": [p.note for p in sheet.pictures if p.kind == "qr"],
            "seals": [p.note for p in sheet.pictures if p.kind == "seal"],
        }

    # ------------------------------------------------------------ files
    def pdf(self, rel: str, papers: list[Paper], producer: str, created: dt.datetime) -> str:
        """A PDF of consecutive papers; a paper with scan settings is rendered and scanned (image only)."""
        doc = new_pdf(Path(rel).stem, producer, _pdf_date(created))
        records: list[dict[str, Any]] = []
        for paper in papers:
            first = len(doc) + 1
            page_nos = list(range(first, first + len(paper.sheets)))
            doc_id = self._document(rel, paper, page_nos, paper.scan is not None)
            for sheet in paper.sheets:
                if paper.scan is None:
                    draw_pdf_page(doc, sheet)
                    records.append(self._page_record(sheet, False, doc_id))
                else:
                    img, size, origin = scanner.scan_image(sheet, paper.scan, self.rng)
                    data = scanner.jpeg(img, paper.scan.quality, paper.scan.dpi)
                    scanner.add_image_page(doc, data, size)
                    records.append(self._page_record(sheet, True, doc_id, origin, size))
        path = self.sub / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pdf_bytes(doc))
        self.printed[rel] = {"format": "pdf", "producer": producer, "pages": records}
        return rel

    def jpg(self, rel: str, paper: Paper) -> str:
        assert paper.scan is not None and len(paper.sheets) == 1
        doc_id = self._document(rel, paper, [1], True)
        img, size, origin = scanner.scan_image(paper.sheets[0], paper.scan, self.rng)
        path = self.sub / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(scanner.jpeg(img, paper.scan.quality, paper.scan.dpi))
        self.printed[rel] = {
            "format": "jpg",
            "pages": [self._page_record(paper.sheets[0], True, doc_id, origin, size)],
        }
        return rel

    def ofd(self, rel: str, paper: Paper, custom: dict[str, str], created: dt.date) -> str:
        assert paper.scan is None and len(paper.sheets) == 1
        doc_id = self._document(rel, paper, [1], False)
        data = write_ofd(paper.sheets[0], custom, created.isoformat(), f"{self.rng.getrandbits(128):032x}")
        path = self.sub / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.printed[rel] = {"format": "ofd", "pages": [self._page_record(paper.sheets[0], False, doc_id)]}
        return rel

    def xml(self, rel: str, paper: Paper, data: bytes) -> str:
        doc_id = self._document(rel, paper, [1], False)
        path = self.sub / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.printed[rel] = {"format": "xml", "pages": [self._page_record(None, False, doc_id)]}
        return rel

    def raw(self, rel: str, data: bytes) -> None:
        path = self.sub / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    # ------------------------------------------------------------ truth
    def plant(self, code: str, project_id: str | None, file: str | None, page: int | None, note: str) -> None:
        self.findings.append(
            {
                "code": code,
                **({"project_id": project_id} if project_id else {}),
                **({"file": file} if file else {}),
                **({"page": page} if page else {}),
                "note": f"{SEVERITY[code]}: {note}",
            }
        )

    def write(
        self, declaration: dict[str, Any], story: str, facts: dict[str, Any], xlsx: bytes | None = None
    ) -> None:
        if xlsx is not None:
            (self.sub / "declaration.xlsx").write_bytes(xlsx)
        else:
            (self.sub / "declaration.json").write_text(
                json.dumps(declaration, ensure_ascii=False, indent=2, default=_plain), encoding="utf-8"
            )
        truth = {
            "schema": "jianzheng.truth/1",
            "name": self.name,
            "seed": self.seed,
            "clean": not self.findings,
            "pages": self.pages,
            "documents": self.documents,
            "findings": self.findings,
        }
        (self.root / "truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        record = {
            "story": story,
            "declaration": declaration,
            "files": self.printed,
            "invoices": self.invoices,
            "facts": facts,
        }
        (self.root / "printed.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1, default=_plain), encoding="utf-8"
        )


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value))


def _pdf_date(when: dt.datetime) -> str:
    return when.strftime("D:%Y%m%d%H%M%S+08'00'")


def open_pdf(path: Path) -> pymupdf.Document:
    return pymupdf.open(path)
