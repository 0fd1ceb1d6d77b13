"""A filing being put together: its files (binders), documents, links between names that the
papers themselves establish, the plant, and how it is written to disk (submission/, truth.json,
printed.json)."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jianzheng.models import Declaration
from jianzheng.models.truth import Truth

from . import scanner
from .paper import Binder, Part

PRODUCERS = ("Microsoft® Word 2019", "Microsoft® Word for Microsoft 365", "WPS 文字", "WPS Office")
SCANNERS = ("Canon DR-C225 II", "EPSON Scan", "HP Scan", "Brother iPrint&Scan", "FUJIFILM Apeos C2360")


@dataclass
class Link:
    """Two spellings the filing's own papers tie together (a former name, a branch, a client's successor)."""

    kind: str
    """former_name, branch, client_successor"""
    old: str
    new: str
    document: str
    """the truth document whose pages print both names"""

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "old": self.old, "new": self.new, "document": self.document}


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    clean: bool = True
    binders: list[Binder] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    declaration: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    _count: int = 0

    def binder(self, name: str, mode: str) -> Binder:
        taken = {b.name for b in self.binders}
        stem, _, ext = name.rpartition(".")
        n = 2
        while name in taken:
            name = f"{stem}({n}).{ext}"
            n += 1
        b = Binder(name, mode, random.Random(self.rng.randrange(1 << 30)))
        self.binders.append(b)
        return b

    def add(
        self, b: Binder, doc_type: str, project_id: str | None, draw: Callable[..., Any], *args: Any
    ) -> Part:
        """Draw one document onto ``b``; ``draw`` returns its truth fields (or None for an 'other')."""
        first = len(b.sheets)
        fields = draw(b, *args) or {}
        self._count += 1
        part = Part(f"D{self._count}", doc_type, project_id, fields, list(range(first, len(b.sheets))))
        b.parts.append(part)
        return part

    def plant(
        self, code: str, project_id: str | None, b: Binder | None, part: Part | None, note: str
    ) -> None:
        self.clean = False
        finding: dict[str, Any] = {"code": code, "note": note}
        if project_id:
            finding["project_id"] = project_id
        if b is not None:
            finding["file"] = b.name
            if part is not None:
                finding["page"] = part.pages[0] + 1
        self.findings.append(finding)

    # writing -----------------------------------------------------------------------------------------
    def write(self, out: Path) -> None:
        root = out / self.name
        if root.exists():
            shutil.rmtree(root)
        sub = root / "submission"
        sub.mkdir(parents=True)
        Declaration.model_validate(self.declaration)
        (sub / "declaration.json").write_text(
            json.dumps(self.declaration, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        pages: list[dict[str, Any]] = []
        documents: list[dict[str, Any]] = []
        printed: dict[str, Any] = {}
        for b in self.binders:
            path = sub / b.name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(self._render(b))
            printed[b.name] = {"mode": b.mode, "pages": [s.record() for s in b.sheets]}
            for part in b.parts:
                doc: dict[str, Any] = {
                    "id": part.id,
                    "file": b.name,
                    "pages": [p + 1 for p in part.pages],
                    "type": part.type,
                    "scanned": b.scanned,
                    "fields": part.fields,
                }
                if part.project_id:
                    doc["project_id"] = part.project_id
                documents.append(doc)
                for p in part.pages:
                    pages.append(
                        {
                            "file": b.name,
                            "page": p + 1,
                            "type": part.type,
                            "document": part.id,
                            "scanned": b.scanned,
                        }
                    )
            b.doc.close()
        truth = {
            "schema": "jianzheng.truth/1",
            "name": self.name,
            "seed": self.seed,
            "clean": self.clean,
            "pages": pages,
            "documents": documents,
            "findings": self.findings,
        }
        Truth.model_validate(truth)
        (root / "truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        facts = {"files": printed, "links": [k.as_json() for k in self.links], "facts": self.facts}
        (root / "printed.json").write_text(
            json.dumps(facts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    def _render(self, b: Binder) -> bytes:
        rng = b.rng
        year_month = "2026" + rng.choice(("01", "02")) + f"{rng.randint(10, 28)}"
        when = (
            f"D:{year_month}{rng.randint(9, 18):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}+08'00'"
        )
        if b.mode == "pdf":
            producer = rng.choice(PRODUCERS)
            b.doc.set_metadata(
                {
                    "producer": producer,
                    "creator": producer.split("®")[0].strip(),
                    "creationDate": when,
                    "modDate": when,
                }
            )
            return bytes(b.doc.tobytes(garbage=3, deflate=True))
        if b.mode == "scan":
            grey = rng.random() < 0.35
            out = []
            for i, s in enumerate(b.sheets):
                setting = scanner.flatbed(rng, grey)
                img = scanner.raster(b.doc[i], setting, rng)
                out.append((scanner.jpeg(img, setting.quality, setting.dpi), s.size))
            return scanner.image_pdf(out, rng.choice(SCANNERS), when)
        assert len(b.sheets) == 1, b.name
        setting = scanner.phone(rng) if b.mode == "phone" else scanner.flatbed(rng)
        img = scanner.raster(b.doc[0], setting, rng)
        return scanner.jpeg(img, setting.quality, setting.dpi)
