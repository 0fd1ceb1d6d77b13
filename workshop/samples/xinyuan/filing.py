"""A filing on disk: the submission (declaration.json and attachments: born-digital PDFs, image-only scanned PDFs,
JPEG scans), truth.json (``models.Truth``) and printed.json (what every page prints, for the selfcheck)."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import zxingcpp
from PIL import Image

from jianzheng.models import Declaration, Truth

from .capture import SCANNERS, Scan, capture, finish_pdf, image_pdf, jpeg
from .sheet import Paper

PRODUCERS = ("WPS 文字", "Microsoft® Word 2019", "LibreOffice 7.6")


@dataclass
class Attachment:
    path: str
    papers: list[Paper]
    scan: Scan | None = None
    """None: a born-digital PDF; a scan: an image-only PDF, or a JPEG when ``path`` ends in .jpg."""


@dataclass
class Plant:
    code: str
    paper: Paper | None
    page: int | None
    """Page of the paper (1-based) the finding sits on; None: the finding names no page."""
    project_id: str | None
    note: str
    facts: dict[str, Any] = field(default_factory=dict)


class Filing:
    def __init__(self, name: str, seed: int, rng: random.Random) -> None:
        self.name = name
        self.seed = seed
        self.rng = rng
        self.attachments: list[Attachment] = []
        self.plants: list[Plant] = []
        self.declaration: dict[str, Any] = {}
        self.story = ""

    def attach(self, path: str, papers: list[Paper], scan: Scan | None = None) -> None:
        self.attachments.append(Attachment(path, papers, scan))

    def plant(self, code: str, paper: Paper | None, page: int | None, note: str, **facts: Any) -> None:
        project = paper.project_id if paper is not None else None
        self.plants.append(Plant(code, paper, page, project, note, facts))

    # ------------------------------------------------------------ writing

    def write(self, out: Path) -> None:
        root = out / self.name
        if root.exists():
            shutil.rmtree(root)
        sub = root / "submission"
        sub.mkdir(parents=True)
        Declaration.model_validate(self.declaration)
        (sub / "declaration.json").write_text(
            json.dumps(self.declaration, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        pages: list[dict[str, Any]] = []
        documents: list[dict[str, Any]] = []
        printed: dict[str, Any] = {"files": {}, "papers": {}, "plants": [], "story": self.story}
        where: dict[int, tuple[str, int]] = {}
        doc_ids: dict[int, str] = {}
        for attachment in self.attachments:
            for paper in attachment.papers:
                paper.finish()
            target = sub / attachment.path
            target.parent.mkdir(parents=True, exist_ok=True)
            scanned = attachment.scan is not None
            file_pages: list[dict[str, Any]] = []
            images: list[np.ndarray] = []
            offset = 0
            for paper in attachment.papers:
                doc_id = f"D{len(documents) + 1}"
                doc_ids[id(paper)] = doc_id
                where[id(paper)] = (attachment.path, offset)
                numbers = list(range(offset + 1, offset + len(paper.sheets) + 1))
                fields = dict(paper.fields)
                for index, sheet in enumerate(paper.sheets):
                    record: dict[str, Any] = {
                        "page": offset + index + 1,
                        "document": doc_id,
                        **sheet.record(),
                    }
                    if attachment.scan is not None:
                        seed = self.rng.randrange(2**31)
                        array = capture(paper.doc[index], attachment.scan, seed)
                        images.append(array)
                        record["capture"] = attachment.scan.describe()
                    else:
                        record["capture"] = "text"
                    file_pages.append(record)
                    pages.append(
                        {
                            "file": attachment.path,
                            "page": offset + index + 1,
                            "type": paper.type,
                            "document": doc_id,
                            "scanned": scanned,
                        }
                    )
                if paper.type == "business_license":
                    payload = self._read_qr(paper, images[offset] if scanned else None, attachment.scan)
                    if payload:
                        fields["qr"] = payload
                documents.append(
                    {
                        "id": doc_id,
                        "file": attachment.path,
                        "pages": numbers,
                        "type": paper.type,
                        "scanned": scanned,
                        "project_id": paper.project_id,
                        "fields": fields,
                    }
                )
                printed["papers"][doc_id] = {
                    "type": paper.type,
                    "project_id": paper.project_id,
                    "facts": paper.facts,
                }
                offset += len(paper.sheets)
            self._write_file(target, attachment, images)
            printed["files"][attachment.path] = file_pages
        findings = []
        for plant in self.plants:
            finding: dict[str, Any] = {"code": plant.code, "note": plant.note}
            if plant.project_id:
                finding["project_id"] = plant.project_id
            if plant.paper is not None:
                path, offset = where[id(plant.paper)]
                finding["file"] = path
                if plant.page is not None:
                    finding["page"] = offset + plant.page
            findings.append(finding)
            printed["plants"].append(
                {
                    **finding,
                    "document": doc_ids.get(id(plant.paper)) if plant.paper else None,
                    "facts": plant.facts,
                }
            )
        truth = Truth.model_validate(
            {
                "schema": "jianzheng.truth/1",
                "name": self.name,
                "seed": self.seed,
                "clean": not self.plants,
                "pages": pages,
                "documents": documents,
                "findings": findings,
            }
        )
        (root / "truth.json").write_text(
            json.dumps(
                truth.model_dump(mode="json", by_alias=True, exclude_none=True), ensure_ascii=False, indent=2
            ),
            encoding="utf-8",
        )
        (root / "printed.json").write_text(
            json.dumps(printed, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
        )

    def _stamp(self) -> str:
        day = dt.datetime(
            2026,
            self.rng.randint(1, 3),
            self.rng.randint(1, 28),
            self.rng.randint(8, 19),
            self.rng.randint(0, 59),
        )
        return day.strftime("D:%Y%m%d%H%M%S+08'00'")

    def _write_file(self, target: Path, attachment: Attachment, images: list[np.ndarray]) -> None:
        stamp = self._stamp()
        file_id = f"{self.rng.getrandbits(128):032X}"
        if attachment.scan is None:
            doc = pymupdf.open()
            for paper in attachment.papers:
                doc.insert_pdf(paper.doc)
            doc.subset_fonts()
            producer = self.rng.choice(PRODUCERS)
            doc.set_metadata(
                {"producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp}
            )
            target.write_bytes(finish_pdf(doc, file_id))
            return
        encoded = [jpeg(array, attachment.scan) for array in images]
        if target.suffix.lower() in (".jpg", ".jpeg"):
            assert len(encoded) == 1, "a JPEG attachment holds one page"
            target.write_bytes(encoded[0])
            return
        sizes = [(sheet.width, sheet.height) for paper in attachment.papers for sheet in paper.sheets]
        target.write_bytes(
            image_pdf(
                [(data, w, h) for data, (w, h) in zip(encoded, sizes, strict=True)],
                self.rng.choice(SCANNERS),
                stamp,
                file_id,
            )
        )

    @staticmethod
    def _read_qr(paper: Paper, array: np.ndarray | None, scan: Scan | None) -> str | None:
        """The licence's QR payload where it decodes from what is uploaded (the JPEG scan, or the born-digital page)."""
        if array is not None and scan is not None:
            array = np.asarray(Image.open(io.BytesIO(jpeg(array, scan))))
        if array is None:
            pix = paper.doc[0].get_pixmap(dpi=200)
            array = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3]
        found = zxingcpp.read_barcodes(np.ascontiguousarray(array))
        return found[0].text if found else None
