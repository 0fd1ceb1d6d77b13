"""Put drawn documents into files the way enterprises upload them (text PDFs, scanner PDFs,
JPG/PNG scans, phone photos, several papers in one file) and write the truth beside them."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf as fitz

from . import scan as S
from .docs import Built

PRODUCERS_TEXT = (
    ("Microsoft® Word 2016", "Microsoft® Word 2016"),
    ("WPS 文字", "WPS PDF"),
    ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365"),
)
PRODUCERS_SCAN = (
    ("RICOH MP C3004ex", "RICOH MP C3004ex"),
    ("Canon iR-ADV C5535", "Adobe PSL 1.3e for Canon"),
    ("KONICA MINOLTA bizhub C300i", "KONICA MINOLTA bizhub C300i"),
    ("扫描全能王", "CamScanner"),
)


def _pdf_date(when: dt.datetime) -> str:
    return when.strftime("D:%Y%m%d%H%M%S+08'00'")


@dataclass
class Part:
    """A document placed in a file, and how each of its pages is delivered."""

    built: Built
    scanned: bool = False
    turns: list[int] = field(default_factory=list)
    """Quarter turns per page (0, 1 = 90°, 2 = 180°)."""
    scanner: S.Scanner | None = None


@dataclass
class Submission:
    name: str
    root: Path
    seed: int
    rng: random.Random
    clean: bool = False
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    made: dt.datetime = dt.datetime(2025, 2, 12, 9, 30)

    @property
    def folder(self) -> Path:
        return self.root / self.name / "submission"

    def _record(self, rel: str, part: Part, first_page: int) -> None:
        doc_id = f"D{len(self.documents) + 1}"
        n = part.built.doc.page_count
        pages = list(range(first_page, first_page + n))
        for p in pages:
            self.pages.append(
                {"file": rel, "page": p, "type": part.built.type, "document": doc_id, "scanned": part.scanned}
            )
        self.documents.append(
            {
                "id": doc_id,
                "file": rel,
                "pages": pages,
                "type": part.built.type,
                "scanned": part.scanned,
                "project_id": part.built.project_id,
                "fields": part.built.fields,
            }
        )

    def _scan_page(
        self, part: Part, index: int, phone: bool = False
    ) -> tuple[np.ndarray, int, tuple[float, float]]:
        """Print and scan one page; returns the image, its dpi and its page size in points."""
        scanner = part.scanner or S.Scanner.draw(self.rng)
        page = part.built.doc[index]
        turns = part.turns[index] if index < len(part.turns) else 0
        img = S.render(page, scanner.dpi)
        size = (page.rect.width, page.rect.height)
        if part.built.type == "invoice":
            # a landscape invoice laid on the A4 glass, upright or turned a quarter
            img = S.on_glass(img, scanner.dpi, quarter_turns=1 if turns == 1 else 0, at_mm=(8, 10))
            size = (595.0, 842.0)
            turns = 2 if turns == 2 else 0
        img = scanner.scan(img, self.rng)
        if phone:
            img = S.phone_photo(img, self.rng)
        if turns:
            img = np.rot90(img, k=turns).copy()
            if turns % 2:
                size = (size[1], size[0])
        return img, scanner.dpi, size

    def pdf(self, rel: str, parts: list[Part], edit: Any = None) -> None:
        """One PDF holding the parts in order; scanned parts become image pages."""
        out = fitz.open()
        any_text = any(not p.scanned for p in parts)
        for part in parts:
            first = out.page_count + 1
            if part.scanned:
                quality = (part.scanner or S.Scanner.draw(self.rng)).quality
                for i in range(part.built.doc.page_count):
                    img, dpi, (w, h) = self._scan_page(part, i)
                    S.image_page(out, S.jpeg(img, quality, dpi), w, h)
            else:
                out.insert_pdf(part.built.doc)
            self._record(rel, part, first)
        creator, producer = self.rng.choice(PRODUCERS_TEXT if any_text else PRODUCERS_SCAN)
        made = self.made - dt.timedelta(days=self.rng.randint(3, 40), minutes=self.rng.randint(0, 600))
        out.set_metadata(
            {
                "creator": creator,
                "producer": producer,
                "creationDate": _pdf_date(made),
                "modDate": _pdf_date(made),
                "title": "",
                "author": "",
            }
        )
        path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if edit is None:
            out.subset_fonts()
        out.save(path, garbage=3, deflate=True)
        if edit is not None:
            edit(path, made)

    def image(self, rel: str, part: Part, phone: bool = False, fmt: str = "jpg", grey: bool = False) -> None:
        """A one-page document as a JPG/PNG (a scan, or a phone photo)."""
        img, dpi, _ = self._scan_page(part, 0, phone=phone)
        path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        quality = (part.scanner.quality if part.scanner else 82) if not phone else 86
        data = S.png(img, dpi, grey) if fmt == "png" else S.jpeg(img, quality, 72 if phone else dpi)
        path.write_bytes(data)
        self._record(rel, part, 1)

    def find(
        self,
        code: str,
        project_id: str | None = None,
        file: str | None = None,
        page: int | None = None,
        note: str = "",
    ) -> None:
        self.findings.append(
            {"code": code, "project_id": project_id, "file": file, "page": page, "note": note}
        )

    def write_truth(self) -> None:
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
