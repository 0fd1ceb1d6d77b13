"""One submission on disk: papers laid into files (born digital, scanned, 2-up, Word/Excel), truth as it goes."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.finding import Code
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from . import paint


@dataclass
class Paper:
    """One document before it becomes pages of a file."""

    type: str
    doc: pymupdf.Document
    fields: dict[str, Any]
    project_id: str | None = None
    marks: dict[str, int] = field(default_factory=dict)
    """Named page indexes (0-based) inside the paper: "amount", "sign", "opinion"."""
    id: str = ""


class Filing:
    def __init__(self, name: str, seed: int, rng: random.Random) -> None:
        self.name, self.seed, self.rng = name, seed, rng
        self.files: dict[str, bytes] = {}
        self.truth = Truth(name=name, seed=seed)
        self.where: dict[tuple[str, int], tuple[str, int]] = {}
        self._n = 0

    def _register(self, paper: Paper, fname: str, pages: list[int], scanned: bool) -> None:
        if not paper.id:
            self._n += 1
            paper.id = f"D{self._n}"
        self.truth.documents.append(
            TruthDocument(
                id=paper.id,
                file=fname,
                pages=sorted(set(pages)),
                type=paper.type,  # type: ignore[arg-type]
                scanned=scanned,
                project_id=paper.project_id,
                fields=paper.fields,
            )
        )
        for p in sorted(set(pages)):
            self.truth.pages.append(
                TruthPage(file=fname, page=p, type=paper.type, document=paper.id, scanned=scanned)  # type: ignore[arg-type]
            )

    def digital(
        self, fname: str, papers: list[Paper], producer: str = "WPS 文字", when: dt.date | None = None
    ) -> None:
        """A born-digital PDF, saved once (creation date = modification date)."""
        out = pymupdf.open()
        for paper in papers:
            start = out.page_count
            out.insert_pdf(paper.doc)
            pages = list(range(start + 1, out.page_count + 1))
            self._register(paper, fname, pages, False)
            for i, p in enumerate(pages):
                self.where[(paper.id, i)] = (fname, p)
        when = when or dt.date(2025, 1, self.rng.randint(3, 25))
        t = self.rng.randint(8 * 3600, 19 * 3600)
        stamp = f"D:{when:%Y%m%d}{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}+08'00'"
        out.set_metadata({"producer": producer, "creator": producer, "creationDate": stamp, "modDate": stamp})
        self.files[fname] = out.tobytes(garbage=3, deflate=True)

    def scan(
        self,
        fname: str,
        papers: list[Paper],
        *,
        dpi: int = 200,
        grey: bool = False,
        quality: int = 75,
        punch: bool = False,
        rot180: set[tuple[int, int]] | None = None,
        twoup: bool = False,
    ) -> None:
        """A scanned PDF: every page rasterised with scanner effects; ``rot180`` holds (paper, page) indexes."""
        rng = self.rng
        out = pymupdf.open()
        for k, paper in enumerate(papers):
            imgs = []
            for i in range(paper.doc.page_count):
                page = paper.doc[i]
                img = paint.raster(page, dpi)
                img = paint.effects(
                    img,
                    rng,
                    dpi,
                    grey,
                    skew=rng.uniform(-0.8, 0.8),
                    punch=punch,
                    rot180=(k, i) in (rot180 or set()),
                )
                imgs.append(img)
            pages: list[int] = []
            if twoup:
                for j in range(0, len(imgs), 2):
                    sheet = paint.two_up(imgs[j], imgs[j + 1] if j + 1 < len(imgs) else None)
                    pg = out.new_page(width=paint.A4[1], height=paint.A4[0])
                    pg.insert_image(pg.rect, stream=paint.jpeg(sheet, quality, grey))
                    pages.append(out.page_count)
            else:
                for img in imgs:
                    pg = out.new_page(width=paint.A4[0], height=paint.A4[1])
                    pg.insert_image(pg.rect, stream=paint.jpeg(img, quality, grey))
                    pages.append(out.page_count)
            self._register(paper, fname, pages, True)
            per_sheet = 2 if twoup else 1
            for i in range(len(imgs)):
                self.where[(paper.id, i)] = (fname, pages[i // per_sheet])
        out.set_metadata({"producer": "Scanner PDF", "creator": "ScanSnap Manager"})
        self.files[fname] = out.tobytes(garbage=3, deflate=True)

    def office(self, fname: str, data: bytes, paper: Paper) -> None:
        """A Word or Excel attachment: one page (page 1), not scanned."""
        self._register(paper, fname, [1], False)
        self.where[(paper.id, 0)] = (fname, 1)
        self.files[fname] = data

    def edit_incremental(self, fname: str, edit: Callable[[pymupdf.Document], None]) -> None:
        """Reopen a written PDF, change it and append the change as an incremental update."""
        tmp = Path(tempfile.mkdtemp())
        try:
            path = tmp / "f.pdf"
            path.write_bytes(self.files[fname])
            doc = pymupdf.open(path)
            edit(doc)
            doc.saveIncr()
            doc.close()
            self.files[fname] = path.read_bytes()
        finally:
            shutil.rmtree(tmp)

    def plant(
        self,
        code: Code,
        paper: Paper | None = None,
        page: int | None = None,
        project: str | None = None,
        note: str = "",
    ) -> None:
        file = pg = None
        if paper is not None:
            loc = self.where[(paper.id, page or 0)]
            file = loc[0]
            pg = loc[1] if page is not None else None
        self.truth.findings.append(TruthFinding(code=code, project_id=project, file=file, page=pg, note=note))

    def write(
        self, out: Path, declaration: dict[str, Any] | None, declaration_xlsx: bytes | None = None
    ) -> None:
        target = out / self.name
        if target.exists():
            shutil.rmtree(target)
        sub = target / "submission"
        sub.mkdir(parents=True)
        if declaration is not None:
            (sub / "declaration.json").write_text(
                json.dumps(declaration, ensure_ascii=False, indent=2), "utf-8"
            )
        if declaration_xlsx is not None:
            (sub / "declaration.xlsx").write_bytes(declaration_xlsx)
        for fname, data in self.files.items():
            path = sub / fname
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        self.truth.clean = not self.truth.findings
        (target / "truth.json").write_text(
            json.dumps(self.truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
            "utf-8",
        )
