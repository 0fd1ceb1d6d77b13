"""One submission on disk: the declaration, the attachment files, and truth.json beside them.

A scenario registers truth documents (``doc``), lays sheets into files (``pdf`` born digital or
scanned, ``photo`` a phone JPEG), and plants findings against a document's page; ``write`` resolves
every sheet to its file and page, so truth pages, document pages and plants cannot drift apart.
"""

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

from jianzheng.models import Code, DocType, Truth, TruthDocument, TruthFinding, TruthPage

from .paint import A4, Pen
from .scan import Scanner, phone_photo, scan

Draw = Callable[[Pen], None]


@dataclass
class Sheet:
    """One physical page of one paper."""

    doc: str
    draw: Draw
    size: tuple[float, float] = A4
    scanner: Scanner | None = None
    """A per-sheet scanner (one page skewed more); None: the file's."""
    ink: int | None = None
    """Seed of the pen (seal rotation, handwriting jitter): two sheets with the same ink and draw are the
    same paper; None: the filing's running generator."""

    def pen(self, page: pymupdf.Page, rng: random.Random) -> Pen:
        return Pen(page, random.Random(self.ink) if self.ink is not None else rng)


@dataclass
class _Doc:
    id: str
    type: DocType
    project_id: str | None
    fields: dict[str, Any]
    file: str | None = None
    pages: list[int] = field(default_factory=list)
    scanned: bool = False


@dataclass
class _Plant:
    code: Code
    doc: str | None
    nth: int
    project_id: str | None
    note: str
    with_page: bool


class Filing:
    """A submission being built."""

    def __init__(self, name: str, seed: int, rng: random.Random, clean: bool) -> None:
        self.name = name
        self.seed = seed
        self.rng = rng
        self.clean = clean
        self.docs: dict[str, _Doc] = {}
        self.files: list[tuple[str, bytes]] = []
        self.pages: list[TruthPage] = []
        self.plants: list[_Plant] = []

    # -------------------------------------------------------------- truth documents

    def doc(self, doc_id: str, type_: DocType, project_id: str | None = None, **fields: Any) -> str:
        if doc_id in self.docs:
            raise ValueError(f"document {doc_id} registered twice")
        self.docs[doc_id] = _Doc(
            doc_id, type_, project_id, {k: v for k, v in fields.items() if v is not None}
        )
        return doc_id

    def plant(
        self,
        code: Code,
        doc: str | None = None,
        nth: int = 1,
        project_id: str | None = None,
        note: str = "",
        with_page: bool = True,
    ) -> None:
        """A finding the checker should raise, at the ``nth`` page (1-based) of truth document ``doc``."""
        if self.clean:
            raise ValueError(f"{self.name} is clean and cannot plant {code}")
        self.plants.append(_Plant(code, doc, nth, project_id, note, with_page))

    # -------------------------------------------------------------- files

    def _place(self, fname: str, sheets: list[Sheet], scanned: bool) -> None:
        for number, sh in enumerate(sheets, start=1):
            d = self.docs[sh.doc]
            if d.file not in (None, fname):
                raise ValueError(f"document {d.id} spans two files")
            if d.pages and d.pages[-1] != number - 1:
                raise ValueError(f"document {d.id} is not contiguous in {fname}")
            d.file = fname
            d.pages.append(number)
            d.scanned = scanned
            self.pages.append(TruthPage(file=fname, page=number, type=d.type, document=d.id, scanned=scanned))

    def pdf(
        self,
        fname: str,
        sheets: list[Sheet],
        scanner: Scanner | None = None,
        *,
        producer: str = "WPS 文字",
        created: dt.datetime | None = None,
    ) -> None:
        """A PDF: born digital when ``scanner`` is None, else every sheet scanned to an image page."""
        out = pymupdf.open()
        src = pymupdf.open()
        for sh in sheets:
            page = src.new_page(width=sh.size[0], height=sh.size[1])
            sh.draw(sh.pen(page, self.rng))
        if scanner is None:
            out.insert_pdf(src)
            when = created or dt.datetime(2025, 1, 8, 10, 0)
            stamp = when.strftime("D:%Y%m%d%H%M%S+08'00'")
            out.set_metadata(
                {"producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp}
            )
        else:
            for sh, page in zip(sheets, [src[i] for i in range(src.page_count)], strict=True):
                s = sh.scanner or scanner.varied(self.rng, abs(scanner.skew) or 0.6)
                data, _, _ = scan(page, s, self.rng)
                op = out.new_page(width=page.rect.width, height=page.rect.height)
                op.insert_image(op.rect, stream=data)
            out.set_metadata({"producer": "KX-Scan 3.2 (Kodak-compatible TWAIN)", "creator": "ScanToPDF"})
        self.files.append((fname, out.tobytes(garbage=3, deflate=True)))
        self._place(fname, sheets, scanner is not None)

    def photo(self, fname: str, sheet: Sheet, dpi: int = 130) -> None:
        """A phone photo (JPEG) of one sheet."""
        src = pymupdf.open()
        page = src.new_page(width=sheet.size[0], height=sheet.size[1])
        sheet.draw(sheet.pen(page, self.rng))
        self.files.append((fname, phone_photo(page, self.rng, dpi)))
        self._place(fname, [sheet], True)

    # -------------------------------------------------------------- writing

    def truth(self) -> Truth:
        documents = []
        for d in self.docs.values():
            if d.file is None:
                raise ValueError(f"document {d.id} has no pages")
            documents.append(
                TruthDocument(
                    id=d.id,
                    file=d.file,
                    pages=d.pages,
                    type=d.type,
                    scanned=d.scanned,
                    project_id=d.project_id,
                    fields=d.fields,
                )
            )
        findings = []
        for p in self.plants:
            file = page = None
            if p.doc is not None:
                d = self.docs[p.doc]
                file = d.file
                page = d.pages[p.nth - 1] if p.with_page else None
            findings.append(
                TruthFinding(code=p.code, project_id=p.project_id, file=file, page=page, note=p.note)
            )
        return Truth(
            name=self.name,
            seed=self.seed,
            clean=self.clean,
            pages=self.pages,
            documents=documents,
            findings=findings,
        )

    def write(self, out: Path, declaration: dict[str, Any]) -> None:
        target = out / self.name
        if target.exists():
            shutil.rmtree(target)
        sub = target / "submission"
        sub.mkdir(parents=True)
        (sub / "declaration.json").write_text(
            json.dumps(declaration, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        for fname, data in self.files:
            path = sub / fname
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        truth = self.truth()
        (target / "truth.json").write_text(
            json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )
