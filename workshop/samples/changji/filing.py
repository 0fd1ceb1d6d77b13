"""One submission folder and its truth: attachments written page by page, each page recorded.

A ``Paper`` is a document as printed (its pages and the fields a reviewer reads off
it); a ``Filing`` writes papers into files (scanned with a device, or born digital)
and records where each one landed, so the truth's pages and documents are made by
the same calls that make the files.
"""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image

from jianzheng.models.document import DocType
from jianzheng.models.finding import Code
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from . import born_digital, devices
from .devices import Device, Shot
from .layout import Page

PDF_DATE = "D:20260115103000+08'00'"


@dataclass
class Paper:
    """A document as printed: its pages, its type, the fields a reviewer reads on it."""

    type: DocType
    pages: list[Page]
    fields: dict[str, Any] = field(default_factory=dict)
    project: str | None = None
    marks: dict[str, tuple[int, float]] = field(default_factory=dict)
    """Named places on the paper: (1-based page, y in points), from the flow that laid it out."""

    def page_of(self, key: str) -> int:
        return self.marks[key][0]


@dataclass
class Part:
    """Pages of one paper inside a file: scanned by ``device`` or born digital (``device`` None)."""

    paper: Paper
    device: Device | None = None
    shots: list[Shot] | None = None
    """Pictures made beforehand (a tampered or reused page); otherwise the device makes them."""


@dataclass
class Placed:
    paper: Paper
    file: str
    pages: list[int]
    scanned: bool


class Filing:
    """A submission folder being written, with the truth that describes it."""

    def __init__(self, root: Path, name: str, seed: int) -> None:
        self.name = name
        self.seed = seed
        self.rng = random.Random(seed)
        self.folder = root / name / "submission"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.truth_path = root / name / "truth.json"
        self.placed: list[Placed] = []
        self.findings: list[TruthFinding] = []

    def shoot(self, page: Page, device: Device) -> Shot:
        """One page through ``device``; a sheet never lies quite as straight as the one before."""
        if device.skew:
            device = devices.variant(device, skew=device.skew + self.rng.uniform(-0.35, 0.35))
        return devices.capture(page, device, self.rng)

    def _target(self, relpath: str) -> Path:
        path = self.folder / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def pdf(self, relpath: str, parts: list[Part], producer: str = "") -> None:
        """A PDF of scanned and born-digital pages in the order given."""
        doc = pymupdf.open()
        number = 0
        for part in parts:
            numbers = []
            shots = part.shots or (
                [self.shoot(p, part.device) for p in part.paper.pages] if part.device else None
            )
            if shots:
                for shot in shots:
                    w, h = shot.points
                    page = doc.new_page(width=w, height=h)
                    data = shot.data if shot.kind != "tiff" else _png_of(shot)
                    page.insert_image(page.rect, stream=data)
                    number += 1
                    numbers.append(number)
            else:
                for layout in part.paper.pages:
                    born_digital.write_page(doc, layout)
                    number += 1
                    numbers.append(number)
            self.placed.append(
                Placed(part.paper, relpath, numbers, part.device is not None or bool(part.shots))
            )
        doc.set_metadata(
            {
                "producer": producer or "PDF Scan Utility",
                "creator": producer or "PDF Scan Utility",
                "creationDate": PDF_DATE,
                "modDate": PDF_DATE,
                "title": "",
                "author": "",
                "subject": "",
                "keywords": "",
            }
        )
        doc.subset_fonts()
        doc.save(self._target(relpath), garbage=3, deflate=True, no_new_id=True)
        doc.close()

    def picture(self, relpath: str, paper: Paper, shot: Shot) -> None:
        """A one-page picture file (.jpg, .png, .tif)."""
        self._target(relpath).write_bytes(shot.data)
        self.placed.append(Placed(paper, relpath, [1], True))

    def tiff(self, relpath: str, parts: list[Part]) -> None:
        """A multi-page TIFF (a copier's or a fax's output)."""
        frames: list[Image.Image] = []
        dpi = 200
        for part in parts:
            if part.device is None:
                raise ValueError("a TIFF holds scanned pages only")
            numbers = []
            for page in part.paper.pages:
                im = devices.scan_image(page, part.device, self.rng)
                dpi = part.device.dpi
                frames.append(im)
                numbers.append(len(frames))
            self.placed.append(Placed(part.paper, relpath, numbers, True))
        buffer = io.BytesIO()
        compression = "group4" if all(f.mode == "1" for f in frames) else "tiff_lzw"
        frames[0].save(
            buffer,
            format="TIFF",
            save_all=True,
            append_images=frames[1:],
            compression=compression,
            dpi=(dpi, dpi),
        )
        self._target(relpath).write_bytes(buffer.getvalue())

    def expect(
        self,
        code: Code,
        *,
        project: str | None = None,
        paper: Paper | None = None,
        page: int = 1,
        occurrence: int = 0,
        note: str = "",
    ) -> None:
        """A finding the checker should raise, located on ``page`` (1-based, of the paper) where it shows."""
        file = None
        file_page = None
        if paper is not None:
            where = [p for p in self.placed if p.paper is paper][occurrence]
            file, file_page = where.file, where.pages[page - 1]
        self.findings.append(
            TruthFinding(code=code, project_id=project, file=file, page=file_page, note=note)
        )

    def write_truth(self, clean: bool) -> Truth:
        pages: list[TruthPage] = []
        documents: list[TruthDocument] = []
        for index, where in enumerate(self.placed, start=1):
            doc_id = f"D{index}"
            documents.append(
                TruthDocument(
                    id=doc_id,
                    file=where.file,
                    pages=where.pages,
                    type=where.paper.type,
                    scanned=where.scanned,
                    project_id=where.paper.project,
                    fields=where.paper.fields,
                )
            )
            for number in where.pages:
                pages.append(
                    TruthPage(
                        file=where.file,
                        page=number,
                        type=where.paper.type,
                        document=doc_id,
                        scanned=where.scanned,
                    )
                )
        pages.sort(key=lambda p: (p.file, p.page))
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=clean,
            pages=pages,
            documents=documents,
            findings=self.findings,
        )
        self.truth_path.write_text(
            json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        return truth


def _png_of(shot: Shot) -> bytes:
    im = Image.open(io.BytesIO(shot.data))
    buffer = io.BytesIO()
    im.save(buffer, format="PNG")
    return buffer.getvalue()
