"""Papers bound into the files an enterprise uploads, and the truth of where each paper landed.

A ``Paper`` is one document as printed (its pages drawn on a PyMuPDF document, its type and
the fields a careful reader takes from it). An ``Attachment`` is one uploaded file holding one
or more papers, written digitally (text layer), scanned by a ``Scanner`` into a PDF, a TIFF or a
JPEG, or as a scanned PDF with a hidden OCR text layer (searchable scan).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image

from jianzheng.models.document import DocType
from jianzheng.models.finding import Code
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .canvas import FONT_NAME, Sheet, forget, use_font
from .scanner import Scanner, image_page, scan_page


@dataclass
class Paper:
    type: DocType
    doc: pymupdf.Document
    sheets: list[Sheet]
    fields: dict[str, Any] = field(default_factory=dict)
    project_id: str | None = None
    marks: dict[str, int] = field(default_factory=dict)
    """Named places (0-based page inside the paper): 'amount', 'signature', 'date', 'conclusion'."""
    raster_pages: set[int] = field(default_factory=set)
    """Pages that are scans even when the file is otherwise born digital (a signed page)."""
    note: str = ""

    @property
    def pages(self) -> int:
        return len(self.sheets)


@dataclass
class Placed:
    paper: Paper
    file: str
    pages: list[int]
    """1-based pages in ``file``."""
    scanned: list[bool]

    def page_of(self, mark: str) -> int:
        return self.pages[self.paper.marks.get(mark, 0)]


@dataclass
class Attachment:
    name: str
    papers: list[Paper]
    scanner: Scanner | None = None
    fmt: str = "pdf"
    """'pdf', 'tif', 'jpg'."""
    ocr_layer: bool = False
    ocr_swap: dict[tuple[int, int], list[tuple[str, str]]] = field(default_factory=dict)
    """(paper index, page index) -> replacements applied to the hidden OCR layer only."""
    mixed_scanner: Scanner | None = None
    """For a digital PDF: the scanner of its ``raster_pages``."""


def _hidden_layer(page: pymupdf.Page, sheet: Sheet, swaps: list[tuple[str, str]]) -> None:
    """Replay what the sheet printed as invisible text (render mode 3), as OCR software does.

    ``swaps`` change the hidden text only. They are applied to the page's text as one string
    (a paragraph wraps an amount across lines), so each old and new must be of equal length."""
    use_font(page.parent, page)
    texts = [p.text for p in sheet.log]
    joined = "".join(texts)
    for old, new in swaps:
        assert len(old) == len(new) and old in joined, (old, new)
        joined = joined.replace(old, new)
    at = 0
    for p, t in zip(sheet.log, texts, strict=True):
        page.insert_text(
            (p.x, p.y), joined[at : at + len(t)], fontname=FONT_NAME, fontsize=p.size, render_mode=3
        )
        at += len(t)


def write(att: Attachment, folder: Path) -> list[Placed]:
    """Write one attachment under ``folder``; returns where each paper's pages landed."""
    path = folder / att.name
    path.parent.mkdir(parents=True, exist_ok=True)
    placed: list[Placed] = []
    n = 0
    sc = att.scanner
    if att.fmt in ("jpg", "png"):
        assert sc is not None and sum(p.pages for p in att.papers) == 1, att.name
        paper = att.papers[0]
        img = scan_page(paper.sheets[0].page, sc, 0)
        if att.fmt == "jpg":
            img.convert("RGB").save(
                path,
                format="JPEG",
                quality=sc.quality,
                **({} if sc.kind == "phone" else {"dpi": (sc.dpi, sc.dpi)}),
            )
        else:
            img.save(path, format="PNG", dpi=(sc.dpi, sc.dpi))
        return [Placed(paper, att.name, [1], [True])]
    if att.fmt == "tif":
        assert sc is not None
        frames: list[Image.Image] = []
        for paper in att.papers:
            pages = []
            for sheet in paper.sheets:
                frames.append(scan_page(sheet.page, sc, n))
                n += 1
                pages.append(n)
            placed.append(Placed(paper, att.name, pages, [True] * len(pages)))
        kw: dict[str, Any] = (
            {"compression": "group4"}
            if frames[0].mode == "1"
            else {"compression": "jpeg", "quality": sc.quality}
        )
        frames[0].save(
            path, format="TIFF", save_all=True, append_images=frames[1:], dpi=(sc.dpi, sc.dpi), **kw
        )
        return placed
    out = pymupdf.open()
    for pi, paper in enumerate(att.papers):
        pages = []
        flags = []
        for i, sheet in enumerate(paper.sheets):
            if sc is None and i not in paper.raster_pages:
                out.insert_pdf(paper.doc, from_page=i, to_page=i)
                flags.append(False)
            else:
                device = sc or att.mixed_scanner
                assert device is not None, f"{att.name}: a raster page needs a scanner"
                img = scan_page(sheet.page, device, n)
                page = image_page(out, img, device, size=(sheet.width, sheet.height))
                if att.ocr_layer:
                    _hidden_layer(page, sheet, att.ocr_swap.get((pi, i), []))
                flags.append(True)
            n += 1
            pages.append(n)
        placed.append(Placed(paper, att.name, pages, flags))
    for paper in att.papers:
        forget(paper.doc)
    meta = {"producer": "", "creator": ""}
    if sc is not None:
        meta = {"producer": rng_producer(sc), "creator": rng_producer(sc)}
    out.set_metadata(meta)
    if sc is None or att.ocr_layer:
        out.subset_fonts()  # a text layer carries the glyphs it uses, as real PDFs do
    out.save(path, garbage=3, deflate=True, no_new_id=True)  # no random /ID: a seed fixes every byte
    return placed


def rng_producer(sc: Scanner) -> str:
    r = random.Random(sc.seed)
    return r.choice(
        (
            "Canon iR-ADV C3530",
            "KONICA MINOLTA bizhub C266",
            "RICOH MP 2555SP",
            "EPSON Scan",
            "HP Scan",
            "Brother MFC-7880DN",
        )
    )


class Book:
    """Collects the truth of one submission as its files are written."""

    def __init__(self, name: str, seed: int, clean: bool) -> None:
        self.name = name
        self.seed = seed
        self.clean = clean
        self.pages: list[TruthPage] = []
        self.documents: list[TruthDocument] = []
        self.findings: list[TruthFinding] = []
        self.placed: list[Placed] = []

    def attach(self, att: Attachment, folder: Path) -> list[Placed]:
        placed = write(att, folder)
        for pl in placed:
            doc_id = f"T{len(self.documents) + 1}"
            scanned = any(pl.scanned)
            self.documents.append(
                TruthDocument(
                    id=doc_id,
                    file=pl.file,
                    pages=pl.pages,
                    type=pl.paper.type,
                    scanned=scanned,
                    project_id=pl.paper.project_id,
                    fields=pl.paper.fields,
                )
            )
            for page, flag in zip(pl.pages, pl.scanned, strict=True):
                self.pages.append(
                    TruthPage(file=pl.file, page=page, type=pl.paper.type, document=doc_id, scanned=flag)
                )
        self.placed.extend(placed)
        return placed

    def add_file(
        self, file: str, paper_type: DocType, fields: dict[str, Any], project_id: str | None, pages: int = 1
    ) -> None:
        """A file written by other means (a .docx): its pages as the checker counts them."""
        doc_id = f"T{len(self.documents) + 1}"
        self.documents.append(
            TruthDocument(
                id=doc_id,
                file=file,
                pages=list(range(1, pages + 1)),
                type=paper_type,
                project_id=project_id,
                fields=fields,
            )
        )
        for p in range(1, pages + 1):
            self.pages.append(TruthPage(file=file, page=p, type=paper_type, document=doc_id))

    def find(self, paper: Paper) -> Placed:
        for pl in self.placed:
            if pl.paper is paper:
                return pl
        raise KeyError(paper.note)

    def expect(
        self,
        code: Code,
        project_id: str | None = None,
        file: str | None = None,
        page: int | None = None,
        note: str = "",
    ) -> None:
        self.findings.append(TruthFinding(code=code, project_id=project_id, file=file, page=page, note=note))

    def truth(self) -> Truth:
        return Truth(
            name=self.name,
            seed=self.seed,
            clean=self.clean,
            pages=self.pages,
            documents=self.documents,
            findings=self.findings,
        )


def pdf_bytes(doc: pymupdf.Document) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
