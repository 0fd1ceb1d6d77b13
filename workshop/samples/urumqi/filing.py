"""One submission on disk: born-digital and scanned files, truth pages and documents, plants, declaration."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.document import DocType
from jianzheng.models.finding import Code
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from . import scan
from .paint import A4

Draw = Callable[[pymupdf.Page], None]


@dataclass
class Sheet:
    draw: Draw
    size: tuple[float, float] = A4
    scanner: scan.Scanner | None = None
    """Overrides the file's scanner for this sheet (a page scanned apart, saved again, more skewed)."""
    with_next: bool = False
    """Scanned together with the next sheet as one landscape spread."""


@dataclass
class Doc:
    id: str
    type: DocType
    sheets: list[Sheet]
    fields: dict[str, Any] = field(default_factory=dict)
    project_id: str | None = None


@dataclass
class Filing:
    root: Path
    name: str
    seed: int
    rng: random.Random
    pages: list[TruthPage] = field(default_factory=list)
    documents: list[TruthDocument] = field(default_factory=list)
    findings: list[TruthFinding] = field(default_factory=list)
    where: dict[str, tuple[str, list[int]]] = field(default_factory=dict)
    """Document id → (file, pages)."""

    @property
    def sub(self) -> Path:
        return self.root / self.name / "submission"

    def _record(self, filename: str, doc: Doc, pages: list[int], scanned: bool) -> None:
        self.where[doc.id] = (filename, pages)
        for p in pages:
            self.pages.append(
                TruthPage(file=filename, page=p, type=doc.type, document=doc.id, scanned=scanned)
            )
        self.documents.append(
            TruthDocument(
                id=doc.id,
                file=filename,
                pages=pages,
                type=doc.type,
                scanned=scanned,
                project_id=doc.project_id,
                fields=doc.fields,
            )
        )

    def digital(
        self,
        filename: str,
        docs: list[Doc],
        producer: str = "Microsoft® Word 2019",
        made: dt.date | None = None,
    ) -> None:
        """A born-digital PDF, saved once (creation = modification)."""
        out = pymupdf.open()
        for doc in docs:
            pages = []
            for sh in doc.sheets:
                page = out.new_page(width=sh.size[0], height=sh.size[1])
                sh.draw(page)
                pages.append(out.page_count)
            self._record(filename, doc, pages, scanned=False)
        stamp = (made or dt.date(2024, 12, 1)).strftime("D:%Y%m%d093000+08'00'")
        out.set_metadata(
            {
                "producer": producer,
                "creator": producer.replace("®", ""),
                "creationDate": stamp,
                "modDate": stamp,
            }
        )
        self._save(out, filename)

    def scanned(self, filename: str, docs: list[Doc], scanner: scan.Scanner) -> None:
        """A scanned PDF: each sheet (or spread of two) rendered, degraded and placed as one JPEG page."""
        out = pymupdf.open()
        for doc in docs:
            pages = []
            i = 0
            while i < len(doc.sheets):
                sh = doc.sheets[i]
                s = sh.scanner or scanner
                img = self._render(sh, s.dpi)
                if sh.with_next:
                    img = scan.spread(img, self._render(doc.sheets[i + 1], s.dpi))
                    i += 1
                img = scan.degrade(img, s, self.rng)
                data = scan.jpeg(img, s, self.rng)
                h, w = img.shape[:2]
                page = out.new_page(width=w * 72 / s.dpi, height=h * 72 / s.dpi)
                page.insert_image(page.rect, stream=data)
                pages.append(out.page_count)
                i += 1
            self._record(filename, doc, pages, scanned=True)
        out.set_metadata({"producer": "Canon iR-ADV C5535 PDF", "creator": "Canon ScanGear"})
        self._save(out, filename)

    def image(self, filename: str, doc: Doc, scanner: scan.Scanner) -> None:
        """A single scanned page written as a JPEG file."""
        img = scan.degrade(self._render(doc.sheets[0], scanner.dpi), scanner, self.rng)
        path = self.sub / filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(scan.jpeg(img, scanner, self.rng))
        self._record(filename, doc, [1], scanned=True)

    @staticmethod
    def _render(sh: Sheet, dpi: int) -> Any:
        tmp = pymupdf.open()
        page = tmp.new_page(width=sh.size[0], height=sh.size[1])
        sh.draw(page)
        img = scan.render(page, dpi)
        tmp.close()
        return img

    def _save(self, doc: pymupdf.Document, filename: str) -> None:
        path = self.sub / filename
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(path, garbage=3, deflate=True)
        doc.close()

    def plant(self, code: Code, doc_id: str, sheet: int | None, project_id: str | None, note: str) -> None:
        """A finding the checker should raise, on the page where ``doc_id``'s sheet landed (or the file)."""
        file, pages = self.where[doc_id]
        self.findings.append(
            TruthFinding(
                code=code,
                project_id=project_id,
                file=file,
                page=None if sheet is None else pages[sheet],
                note=note,
            )
        )

    def write(self, declaration: dict[str, Any], clean: bool) -> None:
        self.sub.mkdir(parents=True, exist_ok=True)
        (self.sub / "declaration.json").write_text(
            json.dumps(declaration, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=clean,
            pages=self.pages,
            documents=self.documents,
            findings=self.findings,
        )
        (self.root / self.name / "truth.json").write_text(
            truth.model_dump_json(by_alias=True, indent=2) + "\n", encoding="utf-8"
        )

    def reset(self) -> None:
        target = self.root / self.name
        if target.exists():
            shutil.rmtree(target)
