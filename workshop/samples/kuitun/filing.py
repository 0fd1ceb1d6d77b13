"""One submission on disk: files of papers (born digital, scanned, photographed, Word, Excel), truth, plants."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

from .scan import Clone, Scanner, photo, scan_page

Draw = Callable[[pymupdf.Page], None]


@dataclass
class Sheet:
    """One paper page: how to draw it, which truth document it belongs to, its size in points."""

    draw: Draw
    doc: str
    size: tuple[float, float] = (595.0, 842.0)
    marks: dict[str, tuple[float, float, float, float]] | None = None
    clone: bool = False


def _fix_zip_times(path: Path) -> None:
    """Rewrite an Office file's zip entries with one fixed time, so a seed gives the same bytes every run."""
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(fixed, data)


def _pdf_date(d: dt.datetime) -> str:
    return d.strftime("D:%Y%m%d%H%M%S+08'00'")


@dataclass
class Filing:
    name: str
    seed: int
    root: Path
    rng: random.Random
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sub(self) -> Path:
        return self.root / self.name / "submission"

    def doc(self, doc_type: str, project_id: str | None = None, **fields: Any) -> str:
        did = f"D{len(self.documents) + 1}"
        self.documents[did] = {"id": did, "type": doc_type, "project_id": project_id, "fields": fields}
        return did

    def _record(self, file: str, page: int, did: str, scanned: bool) -> None:
        d = self.documents[did]
        if "file" in d and d["file"] != file:
            raise ValueError(f"document {did} spans two files")
        d["file"] = file
        d.setdefault("pages", []).append(page)
        d["scanned"] = scanned
        self.pages.append(
            {"file": file, "page": page, "type": d["type"], "document": did, "scanned": scanned}
        )

    # -- writers ------------------------------------------------------------------------------------

    def digital_pdf(self, file: str, sheets: list[Sheet], producer: str, when: dt.datetime) -> Path:
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        doc = pymupdf.open()
        for i, sh in enumerate(sheets, 1):
            page = doc.new_page(width=sh.size[0], height=sh.size[1])
            sh.draw(page)
            page.clean_contents()
            self._record(file, i, sh.doc, False)
        stamp = _pdf_date(when)
        doc.set_metadata({"producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp})
        doc.save(str(path), garbage=3, deflate=True, no_new_id=True)
        return path

    def edit_incrementally(
        self, path: Path, index: int, sheet: Sheet, producer: str, when: dt.datetime
    ) -> None:
        """Replace page ``index`` (0-based) content with ``sheet`` drawn afresh, as an incremental update."""
        scratch = pymupdf.open()
        sp = scratch.new_page(width=sheet.size[0], height=sheet.size[1])
        sheet.draw(sp)
        sp.clean_contents()
        new = scratch.xref_stream(sp.get_contents()[0])
        doc = pymupdf.open(str(path))
        page = doc[index]
        xrefs = page.get_contents()
        doc.update_stream(xrefs[0], new)
        meta = dict(doc.metadata or {})
        meta.update({"producer": producer, "modDate": _pdf_date(when)})
        doc.set_metadata({k: v for k, v in meta.items() if k not in ("format", "encryption")})
        doc.saveIncr()

    def scanned_pdf(
        self, file: str, sheets: list[Sheet], sc: Scanner, producer: str, when: dt.datetime
    ) -> None:
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        out = pymupdf.open()
        for i, sh in enumerate(sheets, 1):
            img = self._scan(sh, sc)
            page = out.new_page(width=sh.size[0], height=sh.size[1])
            page.insert_image(page.rect, stream=img)
            self._record(file, i, sh.doc, True)
        stamp = _pdf_date(when)
        out.set_metadata({"producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp})
        out.save(str(path), garbage=3, deflate=True, no_new_id=True)

    def _scan(self, sh: Sheet, sc: Scanner) -> bytes:
        tmp = pymupdf.open()
        page = tmp.new_page(width=sh.size[0], height=sh.size[1])
        sh.draw(page)
        clone = None
        if sh.clone and sh.marks:
            sx0, sy0, sx1, sy1 = sh.marks["src"]
            clone = Clone((sx0, sy0, sx1, sy1), (sh.marks["dst"][0], sh.marks["dst"][1]))
        data, _ = scan_page(page, sc, self.rng, clone)
        return data

    def scanned_image(self, file: str, sheet: Sheet, sc: Scanner) -> None:
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self._scan(sheet, sc))
        self._record(file, 1, sheet.doc, True)

    def photo_jpg(self, file: str, sheet: Sheet, glare: bool = True) -> None:
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = pymupdf.open()
        page = tmp.new_page(width=sheet.size[0], height=sheet.size[1])
        sheet.draw(page)
        path.write_bytes(photo(page, self.rng, glare=glare))
        self._record(file, 1, sheet.doc, True)

    def office(self, file: str, build: Callable[[Path], None], did: str) -> None:
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        build(path)
        _fix_zip_times(path)
        self._record(file, 1, did, False)

    # -- plants and output --------------------------------------------------------------------------

    def plant(self, code: str, file: str, page: int, project_id: str | None = None, note: str = "") -> None:
        self.findings.append(
            {"code": code, "project_id": project_id, "file": file, "page": page, "note": note}
        )

    def write(self, declaration: dict[str, Any]) -> None:
        Declaration.model_validate(declaration)
        (self.sub / "declaration.json").write_text(
            json.dumps(declaration, ensure_ascii=False, indent=2), "utf-8"
        )
        docs = []
        for d in self.documents.values():
            d = dict(d)
            d["fields"] = {k: v for k, v in d["fields"].items() if v is not None}
            docs.append(d)
        truth = {
            "schema": "jianzheng.truth/1",
            "name": self.name,
            "seed": self.seed,
            "clean": not self.findings,
            "pages": self.pages,
            "documents": docs,
            "findings": self.findings,
        }
        Truth.model_validate(truth)
        (self.root / self.name / "truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2), "utf-8"
        )
