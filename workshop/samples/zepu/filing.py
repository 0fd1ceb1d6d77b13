"""Files of one filing: scanned sheets into image-only PDFs or single JPEGs, with truth.json and printed.json."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

from jianzheng.models import Truth

from .scanner import Capture, decode, jpeg, paper_history, scan
from .sheet import Sheet

Tamper = Callable[[np.ndarray, Sheet], np.ndarray]
"""A forger's edit of one decoded page scan."""


def _scan_time(key: str) -> str:
    """A scanner's timestamp in January or February 2026, fixed by ``key`` (PDF date syntax)."""
    value = zlib.crc32(key.encode())
    day = dt.datetime(2026, 1, 5, 8, 30) + dt.timedelta(minutes=value % (50 * 24 * 60))
    return day.strftime("D:%Y%m%d%H%M%S+08'00'")


@dataclass
class Doc:
    """One document of a file: its sheets (in file order), type, project and truth fields."""

    id: str
    type: str
    sheets: list[Sheet]
    fields: dict[str, Any]
    project_id: str | None = None


@dataclass
class Writer:
    """Collects one filing's files, truth and record, and writes them under ``out/name``."""

    out: Path
    name: str
    seed: int
    declaration: dict[str, Any]
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    printed: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    plants: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root = self.out / self.name
        if self.root.exists():
            shutil.rmtree(self.root)
        (self.root / "submission").mkdir(parents=True)

    def add_file(
        self,
        relpath: str,
        docs: list[Doc],
        capture: Capture,
        rng: random.Random,
        tamper: dict[int, Tamper] | None = None,
    ) -> None:
        """Scan every sheet of ``docs`` in order into ``relpath`` (PDF: one page per sheet; JPEG: one sheet)."""
        sheets = [sheet for doc in docs for sheet in doc.sheets]
        paper_history(sheets, capture.marks, rng)
        encoded: list[tuple[bytes, Sheet]] = []
        for number, sheet in enumerate(sheets, start=1):
            pixels = scan(sheet, capture, rng)
            data = jpeg(pixels, capture.quality, capture.dpi, grey=not capture.colour)
            if tamper and number in tamper:
                edited = tamper[number](decode(data), sheet)
                data = jpeg(edited, rng.choice([90, 92, 95]), capture.dpi, grey=not capture.colour)
            encoded.append((data, sheet))
        target = self.root / "submission" / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        if relpath.lower().endswith((".jpg", ".jpeg")):
            if len(encoded) != 1:
                raise ValueError(f"{relpath}: a JPEG holds one sheet, not {len(encoded)}")
            target.write_bytes(encoded[0][0])
        else:
            pdf = pymupdf.open()
            for data, sheet in encoded:
                page = pdf.new_page(width=sheet.width / 25.4 * 72, height=sheet.height / 25.4 * 72)
                page.insert_image(page.rect, stream=data)
            stamp = _scan_time(self.name + relpath)
            info = {"producer": capture.producer, "creator": capture.producer, "title": ""}
            pdf.set_metadata({**info, "creationDate": stamp, "modDate": stamp})
            pdf.save(
                target, garbage=3, deflate=True, no_new_id=True
            )  # no random /ID: a seed gives the same bytes
            pdf.close()
        number = 0
        for doc in docs:
            numbers = []
            for _sheet in doc.sheets:
                number += 1
                numbers.append(number)
                self.pages.append(
                    {"file": relpath, "page": number, "type": doc.type, "document": doc.id, "scanned": True}
                )
            self.documents.append(
                {
                    "id": doc.id,
                    "file": relpath,
                    "pages": numbers,
                    "type": doc.type,
                    "scanned": True,
                    "project_id": doc.project_id,
                    "fields": doc.fields,
                }
            )
        self.printed[relpath] = [
            {
                "page": i,
                "size_mm": [sheet.width, sheet.height],
                "colour": capture.colour,
                "runs": [
                    {"text": r.text, "kind": r.kind, "box": [round(v, 2) for v in r.box]}
                    for r in sheet.runs
                    if r.visible
                ],
                "hidden": [r.text for r in sheet.runs if not r.visible],
                "marks": [
                    {"kind": m.kind, "box": [round(v, 2) for v in m.box], **m.info} for m in sheet.marks
                ],
            }
            for i, (_data, sheet) in enumerate(encoded, start=1)
        ]

    def finding(
        self, code: str, project_id: str | None, file: str | None, page: int | None, note: str
    ) -> None:
        """A finding a careful reviewer raises on this filing (the planted one)."""
        self.findings.append(
            {"code": code, "project_id": project_id, "file": file, "page": page, "note": note}
        )

    def plant(self, **facts: Any) -> None:
        """What was done where, for the selfcheck."""
        self.plants.append(facts)

    def write(self) -> str:
        """declaration.json, truth.json (validated) and printed.json; returns the filing's name."""
        (self.root / "submission" / "declaration.json").write_text(
            json.dumps(self.declaration, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        truth = Truth.model_validate(
            {
                "schema": "jianzheng.truth/1",
                "name": self.name,
                "seed": self.seed,
                "clean": not self.findings,
                "pages": self.pages,
                "documents": self.documents,
                "findings": self.findings,
            }
        )
        (self.root / "truth.json").write_text(
            truth.model_dump_json(by_alias=True, indent=2, exclude_none=True), encoding="utf-8"
        )
        record = {"files": self.printed, "plants": self.plants}
        (self.root / "printed.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        return self.name
