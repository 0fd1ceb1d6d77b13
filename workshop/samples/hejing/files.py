"""Papers into files, files into a submission folder, and the truth and print record beside it.

A file is born-digital (the sheets as a PDF, seals as embedded images, an office producer) or
scanned (every page a picture from ``scanner``). A file may carry a ``retouch``: what a forger did to
a scanned page's picture before it was saved, given the pictures of the pages before it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pymupdf

from jianzheng.models import Declaration, Truth, TruthDocument, TruthFinding, TruthPage

from . import scanner
from .papers import Paper

Retouch = Callable[[int, np.ndarray, list[np.ndarray]], tuple[np.ndarray, bool]]
"""(page index in file, scanned picture, earlier pictures as saved) -> (picture, save losslessly)."""
PostEdit = Callable[[bytes], bytes]

SCAN_PRODUCERS = (
    "Canon iR-ADV C3525 PDF",
    "HP Scan",
    "KONICA MINOLTA bizhub C300i",
    "RICOH IM C2000",
    "EPSON Scan",
)
OFFICE_PRODUCERS = ("Microsoft® Word 2019", "Microsoft® Word for Microsoft 365", "Microsoft® Word 2016")


def pdf_date(moment: dt.datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+08'00'")


@dataclass
class FileSpec:
    path: str
    papers: list[Paper]
    scanned: bool
    when: dt.datetime
    producer: str
    retouch: Retouch | None = None
    post: PostEdit | None = None


@dataclass
class Filing:
    """One submission: its declaration, files and planted findings."""

    name: str
    seed: int
    rng: random.Random
    declaration: dict[str, object]
    files: list[FileSpec] = field(default_factory=list)
    findings: list[TruthFinding] = field(default_factory=list)
    notes: dict[str, object] = field(default_factory=dict)
    """Facts the selfcheck needs about a plant (old amounts, paired pages), written to printed.json."""

    def scan(self, path: str, papers: list[Paper], retouch: Retouch | None = None) -> FileSpec:
        spec = FileSpec(path, papers, True, self._moment(), self.rng.choice(SCAN_PRODUCERS), retouch)
        self.files.append(spec)
        return spec

    def digital(
        self,
        path: str,
        papers: list[Paper],
        when: dt.datetime | None = None,
        post: PostEdit | None = None,
        producer: str | None = None,
    ) -> FileSpec:
        spec = FileSpec(
            path,
            papers,
            False,
            when or self._moment(),
            producer or self.rng.choice(OFFICE_PRODUCERS),
            None,
            post,
        )
        self.files.append(spec)
        return spec

    def _moment(self) -> dt.datetime:
        return dt.datetime(
            2026,
            2,
            self.rng.randint(2, 26),
            self.rng.randint(9, 18),
            self.rng.randint(0, 59),
            self.rng.randint(0, 59),
        )

    def page_of(self, paper: Paper, index: int = 0) -> tuple[str, int]:
        """The file and 1-based page where ``paper``'s page ``index`` lands."""
        for spec in self.files:
            number = 0
            for candidate in spec.papers:
                if candidate is paper:
                    return spec.path, number + index + 1
                number += len(candidate.pages)
        raise KeyError("paper not filed")

    def write(self, out: Path, clean: bool) -> Truth:
        root = out / self.name
        submission = root / "submission"
        submission.mkdir(parents=True, exist_ok=True)
        Declaration.model_validate(self.declaration)
        (submission / "declaration.json").write_text(
            json.dumps(self.declaration, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        pages: list[TruthPage] = []
        documents: list[TruthDocument] = []
        printed: dict[str, list[dict[str, object]]] = {}
        for spec in self.files:
            target = submission / spec.path
            target.parent.mkdir(parents=True, exist_ok=True)
            data = _write_scanned(spec, self.rng) if spec.scanned else _write_digital(spec)
            if spec.post is not None:
                data = spec.post(data)
            target.write_bytes(data)
            number = 0
            printed[spec.path] = []
            for paper in spec.papers:
                doc_id = f"D{len(documents) + 1}"
                numbers = list(range(number + 1, number + len(paper.pages) + 1))
                documents.append(
                    TruthDocument(
                        id=doc_id,
                        file=spec.path,
                        pages=numbers,
                        type=paper.kind,
                        scanned=spec.scanned,
                        project_id=paper.project_id,
                        fields=paper.fields,
                    )
                )  # type: ignore[arg-type]
                for page_number, page in zip(numbers, paper.pages, strict=True):
                    pages.append(
                        TruthPage(
                            file=spec.path,
                            page=page_number,
                            type=paper.kind,
                            document=doc_id,
                            scanned=spec.scanned,
                        )
                    )  # type: ignore[arg-type]
                    printed[spec.path].append(
                        {
                            "page": page_number,
                            "document": doc_id,
                            "runs": [run.as_json() for run in page.sheet.runs],
                            "marks": [
                                {"kind": m.kind, "text": m.text, "box": m.box, "fingerprint": m.fingerprint()}
                                for m in page.marks
                            ],
                        }
                    )
                number += len(paper.pages)
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=clean,
            pages=pages,
            documents=documents,
            findings=self.findings,
        )
        (root / "truth.json").write_text(truth.model_dump_json(by_alias=True, indent=2), encoding="utf-8")
        record = {"files": printed, "declaration": self.declaration, "notes": self.notes}
        (root / "printed.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
        )
        return truth


def _write_digital(spec: FileSpec) -> bytes:
    out = pymupdf.open()
    for paper in spec.papers:
        for page in paper.pages:
            out.insert_pdf(page.sheet.doc)
            target = out[-1]
            for mark in page.marks:
                target.insert_image(pymupdf.Rect(*mark.box), stream=mark.png())
    out.subset_fonts()
    stamp = pdf_date(spec.when)
    out.set_metadata(
        {
            "producer": spec.producer,
            "creator": spec.producer,
            "creationDate": stamp,
            "modDate": stamp,
            "title": "",
            "author": "",
        }
    )
    return out.tobytes(garbage=3, deflate=True)


def _write_scanned(spec: FileSpec, rng: random.Random) -> bytes:
    out = pymupdf.open()
    machine = scanner.Scanner.draw(rng)
    saved: list[np.ndarray] = []
    index = 0
    for paper in spec.papers:
        for page in paper.pages:
            raster = scanner.render(page.sheet, page.marks, machine.dpi)
            picture = scanner.scan(raster, machine, rng)
            lossless = False
            if spec.retouch is not None:
                picture, lossless = spec.retouch(index, picture, saved)
            data = scanner.png(picture) if lossless else scanner.jpeg(picture, machine.quality)
            saved.append(scanner.decode(data))
            scanner.image_page(out, data, (page.sheet.width, page.sheet.height))
            machine = _next_sheet(machine, rng)
            index += 1
    stamp = pdf_date(spec.when)
    out.set_metadata(
        {"producer": spec.producer, "creator": spec.producer, "creationDate": stamp, "modDate": stamp}
    )
    return out.tobytes(garbage=3, deflate=True)


def _next_sheet(machine: scanner.Scanner, rng: random.Random) -> scanner.Scanner:
    """The next sheet through the same feeder: same machine, its own skew."""
    return scanner.Scanner(
        machine.dpi,
        machine.paper,
        machine.light,
        machine.blur,
        rng.choice((-1, 1)) * rng.uniform(0.1, 0.9),
        machine.noise,
        rng.randint(20, 90),
        machine.quality,
    )
