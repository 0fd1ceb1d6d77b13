"""One filing on disk: the submission folder, ``truth.json`` and ``printed.json``.

``printed.json`` records, per file page, the lines printed on it and how it was captured, and per
truth document the text each field is printed as: the selfcheck reads it, the checker never does.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

from jianzheng.models import Truth

from . import capture
from .sheet import Sheet


@dataclass
class Filing:
    name: str
    seed: int
    clean: bool
    declaration: dict[str, Any] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    printed: dict[str, Any] = field(default_factory=lambda: {"files": {}, "documents": {}})

    # --- files --------------------------------------------------------------------------------

    def text_pdf(self, name: str, sheets: list[Sheet], producer: str, created: dt.datetime) -> None:
        """A born-digital PDF of the sheets (text layer), as office software exports it."""
        doc = pymupdf.open()
        for s in sheets:
            doc.insert_pdf(s.doc)
        stamp = created.strftime("D:%Y%m%d%H%M%S+08'00'")
        doc.set_metadata({"producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp})
        self.files[name] = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
        self.printed["files"][name] = [
            {"page": i, "lines": s.lines, "seals": s.seals, "capture": "text"}
            for i, s in enumerate(sheets, start=1)
        ]

    def scanned_pdf(
        self,
        name: str,
        pages: list[tuple[np.ndarray, tuple[float, float], list[str], str]],
        producer: str,
        quality: int = 82,
    ) -> None:
        """An image-only PDF: (pixels, page size mm, lines on the page, capture) per page."""
        self.files[name] = capture.pdf([(img, size) for img, size, _, _ in pages], quality, producer)
        self.printed["files"][name] = [
            {"page": i, "lines": lines, "capture": how} for i, (_, _, lines, how) in enumerate(pages, start=1)
        ]

    def image(self, name: str, img: np.ndarray, lines: list[str], how: str, quality: int = 86) -> None:
        self.files[name] = capture.jpeg(img, quality)
        self.printed["files"][name] = [{"page": 1, "lines": lines, "capture": how}]

    # --- truth --------------------------------------------------------------------------------

    def document(
        self,
        doc_id: str,
        type_: str,
        file: str,
        pages: list[int],
        fields: dict[str, Any],
        *,
        scanned: bool,
        project_id: str | None = None,
        printed: dict[str, str] | None = None,
    ) -> None:
        self.documents.append(
            {
                "id": doc_id,
                "file": file,
                "pages": pages,
                "type": type_,
                "scanned": scanned,
                "project_id": project_id,
                "fields": fields,
            }
        )
        for p in pages:
            self.pages.append(
                {"file": file, "page": p, "type": type_, "document": doc_id, "scanned": scanned}
            )
        if printed:
            self.printed["documents"][doc_id] = printed

    def finding(
        self,
        code: str,
        *,
        file: str | None = None,
        page: int | None = None,
        project_id: str | None = None,
        note: str = "",
    ) -> None:
        self.findings.append(
            {"code": code, "file": file, "page": page, "project_id": project_id, "note": note}
        )

    def truth(self) -> Truth:
        return Truth.model_validate(
            {
                "schema": "jianzheng.truth/1",
                "name": self.name,
                "seed": self.seed,
                "clean": self.clean,
                "pages": self.pages,
                "documents": self.documents,
                "findings": self.findings,
            }
        )

    def write(self, out: Path) -> None:
        root = out / self.name
        if root.exists():
            shutil.rmtree(root)
        sub = root / "submission"
        sub.mkdir(parents=True)
        (sub / "declaration.json").write_text(
            json.dumps(self.declaration, ensure_ascii=False, indent=2), "utf-8"
        )
        for name, data in self.files.items():
            path = sub / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "truth.json").write_text(self.truth().model_dump_json(by_alias=True, indent=2), "utf-8")
        (root / "printed.json").write_text(json.dumps(self.printed, ensure_ascii=False, indent=1), "utf-8")
