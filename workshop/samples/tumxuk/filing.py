"""One submission being written: attachments (digital, scanned, searchable, photographed) and its truth."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .paint import Sheet
from .scan import Scanner, phone_photo, scan_page


@dataclass
class Part:
    """One document of a file: the drawn sheet, its type, project and visible fields."""

    sheet: Sheet
    type: str
    project_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    overrides: dict[int, bytes] = field(default_factory=dict)
    """Sheet page index → ready-made image bytes (a pasted or re-scanned page)."""
    layer_edit: dict[int, Callable[[str], str]] = field(default_factory=dict)
    """Sheet page index → rewrite of the invisible OCR layer's lines (a forged layer)."""


def _meta(doc: pymupdf.Document, producer: str, creator: str, when: str) -> None:
    doc.set_metadata({"producer": producer, "creator": creator, "creationDate": when, "modDate": when})


class Filing:
    def __init__(self, name: str, seed: int) -> None:
        self.name = name
        self.seed = seed
        self.files: dict[str, bytes] = {}
        self.pages: list[TruthPage] = []
        self.documents: list[TruthDocument] = []
        self.findings: list[TruthFinding] = []

    def _record(self, fname: str, part: Part, first: int, count: int, scanned: bool) -> None:
        doc_id = f"T{len(self.documents) + 1}"
        pages = list(range(first, first + count))
        for p in pages:
            self.pages.append(TruthPage(file=fname, page=p, type=part.type, document=doc_id, scanned=scanned))  # type: ignore[arg-type]
        self.documents.append(
            TruthDocument(
                id=doc_id,
                file=fname,
                pages=pages,
                type=part.type,  # type: ignore[arg-type]
                scanned=scanned,
                project_id=part.project_id,
                fields=part.fields,
            )
        )

    def digital(
        self, fname: str, parts: list[Part], when: str, producer: str = "Microsoft® Word 2019"
    ) -> None:
        out = pymupdf.open()
        for part in parts:
            first = out.page_count + 1
            out.insert_pdf(part.sheet.doc)
            self._record(fname, part, first, part.sheet.doc.page_count, False)
        _meta(out, producer, "Microsoft® Word 2019", when)
        self.files[fname] = out.tobytes(garbage=3, deflate=True)

    def scanned(
        self,
        fname: str,
        parts: list[Part],
        scanner: Scanner,
        rng: random.Random,
        when: str,
        searchable: bool = False,
        producer: str = "Kyocera TASKalfa 3253ci",
    ) -> None:
        """Each page rendered through the scanner into an image-only PDF page; ``searchable`` adds
        the scanner's OCR text layer (render mode 3) at the places where the image shows the words."""
        out = pymupdf.open()
        for part in parts:
            first = out.page_count + 1
            for idx in range(part.sheet.doc.page_count):
                src = part.sheet.doc[idx]
                data = part.overrides.get(idx)
                if data is None:
                    data, _ = scan_page(src, scanner, rng)
                page = out.new_page(width=src.rect.width, height=src.rect.height)
                page.insert_image(page.rect, stream=data)
                if searchable:
                    edit = part.layer_edit.get(idx, lambda t: t)
                    for ln in part.sheet.lines:
                        if ln.page == idx:
                            page.insert_text(
                                (ln.x, ln.y),
                                edit(ln.text),
                                fontname=ln.fontname,
                                fontsize=ln.size,
                                render_mode=3,
                            )
            self._record(fname, part, first, part.sheet.doc.page_count, True)
        creator = "Kyocera Scan to PDF (OCR)" if searchable else "Scan"
        _meta(out, producer, creator, when)
        self.files[fname] = out.tobytes(garbage=3, deflate=True)

    def image(self, fname: str, part: Part, data: bytes) -> None:
        """A single-page image file (JPEG photo or scan)."""
        self.files[fname] = data
        self._record(fname, part, 1, 1, True)

    def photo(self, fname: str, part: Part, rng: random.Random) -> None:
        self.image(fname, part, phone_photo(part.sheet.doc[0], rng))

    def plant(self, code: str, file: str, page: int, project_id: str | None = None, note: str = "") -> None:
        self.findings.append(TruthFinding(code=code, file=file, page=page, project_id=project_id, note=note))  # type: ignore[arg-type]

    def write(self, out: Path, declaration: dict[str, Any]) -> None:
        Declaration.model_validate(declaration)
        target = out / self.name
        if target.exists():
            shutil.rmtree(target)
        sub = target / "submission"
        sub.mkdir(parents=True)
        (sub / "declaration.json").write_text(
            json.dumps(declaration, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        for fname, data in self.files.items():
            (sub / fname).write_bytes(data)
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=not self.findings,
            pages=self.pages,
            documents=self.documents,
            findings=self.findings,
        )
        (target / "truth.json").write_text(
            json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )
