"""Writing one submission: its files (text-layer, scanned, photographed, broken) and its truth."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pymupdf

from jianzheng.models.finding import Code
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from . import plant, scan
from .declaration_io import write_json, write_xlsx
from .draw import Mark
from .templates import Rendered

TEXT_PRODUCERS = (
    ("Microsoft® Word 2019", "Microsoft® Word 2019"),
    ("WPS 文字", "WPS 文字"),
    ("Acrobat PDFMaker 21 for Word", "Adobe PDF Library 21.1.174"),
    ("Microsoft® Excel® 2016", "Microsoft® Excel® 2016"),
)
SCAN_PRODUCERS = (
    ("Canon iR-ADV C5535", "Canon iR-ADV C5535 PDF"),
    ("EPSON Scan 2", "EPSON Scan 2"),
    ("HP Scan", "HP Scan Extended"),
    ("KONICA MINOLTA bizhub C300i", "KONICA MINOLTA bizhub C300i"),
)


@dataclass
class Tamper:
    """IMAGE_TAMPERED on one page of a part: ``old`` text replaced by ``new`` as a pasted block."""

    page: int
    old: str
    new: str
    mark: Mark


@dataclass
class Part:
    """One document inside a file, text-layer (scan None) or scanned."""

    doc: Rendered
    scan: scan.ScanParams | None = None
    low_pages: set[int] = field(default_factory=set)
    """Page indexes scanned badly (SCAN_QUALITY_LOW)."""
    tamper: Tamper | None = None
    turns: dict[int, int] = field(default_factory=dict)
    """Page index -> quarter turns (a page fed sideways or upside down)."""
    jitter: bool = True
    """Vary the skew a little from page to page, as a feeder does."""


@dataclass
class FilePlan:
    name: str
    parts: list[Part]
    kind: str = "pdf"
    """pdf, jpg, png, tiff or xml."""
    post: Callable[[Path], None] | None = None
    """Applied to the written file (an incremental edit)."""
    broken: str | None = None
    """corrupt or encrypted: the file cannot be read; its pages are not in the truth."""
    raw: bytes | None = None
    """The file's bytes as they are (kind ``xml``: a structured e-invoice, one page)."""


@dataclass
class Submission:
    name: str
    seed: int
    files: list[FilePlan] = field(default_factory=list)
    declaration: dict | None = None
    declaration_format: str = "json"
    """json, xlsx, xlsx-yuan, raw (declaration_raw written as declaration.json / .xlsx bytes)."""
    declaration_raw: tuple[str, bytes] | None = None
    findings: list[TruthFinding] = field(default_factory=list)
    clean: bool = False

    def expect(
        self,
        code: Code,
        project_id: str | None = None,
        file: str | None = None,
        page: int | None = None,
        note: str = "",
    ) -> None:
        """Record a finding the checker should raise."""
        self.findings.append(TruthFinding(code=code, project_id=project_id, file=file, page=page, note=note))


def write_submission(sub: Submission, out: Path, rng: random.Random) -> Truth:
    """Write ``out/<name>/submission/...`` and ``out/<name>/truth.json``; returns the truth."""
    root = out / sub.name
    folder = root / "submission"
    folder.mkdir(parents=True, exist_ok=True)
    nrng = np.random.default_rng(sub.seed)
    if sub.declaration_raw is not None:
        name, data = sub.declaration_raw
        (folder / name).write_bytes(data)
    elif sub.declaration is not None:
        if sub.declaration_format == "json":
            write_json(sub.declaration, folder / "declaration.json")
        else:
            unit = "元" if sub.declaration_format == "xlsx-yuan" else "万元"
            write_xlsx(sub.declaration, folder / "declaration.xlsx", rng, unit=unit)
    pages: list[TruthPage] = []
    docs: list[TruthDocument] = []
    for plan in sub.files:
        path = folder / plan.name
        path.parent.mkdir(parents=True, exist_ok=True)
        layout = _write_file(plan, path, rng, nrng)
        if plan.broken:
            continue
        for part, numbers in zip(plan.parts, layout, strict=True):
            doc_id = f"D{len(docs) + 1}"
            scanned = part.scan is not None
            docs.append(
                TruthDocument(
                    id=doc_id,
                    file=plan.name,
                    pages=numbers,
                    type=part.doc.type,
                    scanned=scanned,
                    project_id=part.doc.project_id,
                    fields=part.doc.fields,
                )
            )
            pages += [
                TruthPage(file=plan.name, page=n, type=part.doc.type, document=doc_id, scanned=scanned)
                for n in numbers
            ]
    truth = Truth(
        name=sub.name, seed=sub.seed, clean=sub.clean, pages=pages, documents=docs, findings=sub.findings
    )
    (root / "truth.json").write_text(truth.model_dump_json(by_alias=True, indent=2) + "\n", encoding="utf-8")
    return truth


@dataclass
class ScannedPage:
    img: np.ndarray
    jpeg: bytes
    params: scan.ScanParams


def _scan_pages(part: Part, nrng: np.random.Generator) -> list[ScannedPage]:
    """Each page of a scanned part as degraded pixels and their JPEG bytes."""
    assert part.scan is not None
    out: list[ScannedPage] = []
    for i in range(part.doc.page_count):
        page = part.doc.doc[i]
        params = part.scan.worse() if i in part.low_pages else part.scan
        if part.jitter and part.tamper is None:
            params = replace(
                params, skew=params.skew + float(nrng.normal(0, 0.4)), rot90=part.turns.get(i, params.rot90)
            )
        img = scan.render(page, params.dpi)
        if part.tamper is not None and part.tamper.page == i:
            data = _tampered(part.tamper, part.doc.doc, i, img, params, nrng)
            out.append(ScannedPage(scan.decode(data), data, params))
            continue
        img = scan.degrade(img, params, nrng)
        out.append(ScannedPage(img, scan.jpeg(img, params.quality), params))
    return out


def _tampered(
    t: Tamper,
    source: pymupdf.Document,
    i: int,
    img: np.ndarray,
    params: scan.ScanParams,
    nrng: np.random.Generator,
) -> bytes:
    patched_doc = pymupdf.open()
    patched_doc.insert_pdf(source, from_page=i, to_page=i)
    hit = patched_doc[0].search_for(t.old)[0]
    plant.retype(patched_doc, 0, t.old, t.new, t.mark)
    patched = scan.render(patched_doc[0], params.dpi)
    k = params.dpi / 72
    grow = max(0.0, len(t.new) - len(t.old)) * t.mark.size
    box = (int(hit.x0 * k) - 6, int(hit.y0 * k) - 6, int((hit.x1 + grow) * k) + 10, int(hit.y1 * k) + 6)
    return plant.tamper_image(img, patched, box, params, nrng)


def _meta(rng: random.Random, scanned: bool, mixed: bool) -> dict[str, str]:
    creator, producer = rng.choice(SCAN_PRODUCERS if scanned else TEXT_PRODUCERS)
    if mixed:
        creator, producer = "Microsoft: Print To PDF", "Microsoft: Print To PDF"
    when = dt.datetime(2025, 1, 2) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 50))
    stamp = plant.pdf_date(when)
    return {
        "creator": creator,
        "producer": producer,
        "creationDate": stamp,
        "modDate": stamp,
        "title": "",
        "author": "",
    }


def _write_file(plan: FilePlan, path: Path, rng: random.Random, nrng: np.random.Generator) -> list[list[int]]:
    """Write one file; returns the 1-based page numbers of each part."""
    layout: list[list[int]] = []
    n = 0
    if plan.kind == "xml":
        if plan.raw is None:
            raise ValueError(f"{plan.name}: an xml file needs its bytes")
        path.write_bytes(plan.raw)
        return [[1]]
    if plan.kind == "pdf":
        out = pymupdf.open()
        for part in plan.parts:
            if part.scan is None:
                out.insert_pdf(part.doc.doc)
            else:
                for sp in _scan_pages(part, nrng):
                    h, w = sp.img.shape[:2]
                    scan.add_image_page(out, sp.jpeg, w, h, sp.params.dpi)
            layout.append(list(range(n + 1, n + part.doc.page_count + 1)))
            n += part.doc.page_count
        scanned = [p.scan is not None for p in plan.parts]
        out.set_metadata(_meta(rng, all(scanned), any(scanned) and not all(scanned)))
        out.subset_fonts()
        for i in range(out.page_count):
            # One content stream per page instead of one per drawn line.
            out[i].clean_contents()
        if plan.broken == "encrypted":
            plant.encrypt_pdf(out, path)
        else:
            data_bytes = out.tobytes(garbage=3, deflate=True, no_new_id=True, use_objstms=1)
            path.write_bytes(plant.corrupt_pdf(data_bytes) if plan.broken == "corrupt" else data_bytes)
        if plan.post:
            plan.post(path)
        return layout
    pages: list[ScannedPage] = []
    for part in plan.parts:
        pages += _scan_pages(part, nrng)
        layout.append(list(range(n + 1, n + part.doc.page_count + 1)))
        n += part.doc.page_count
    if plan.kind == "tiff":
        path.write_bytes(scan.tiff([p.img for p in pages], pages[0].params.dpi, pages[0].params.quality))
        return layout
    if len(pages) != 1:
        raise ValueError(f"{plan.name}: a {plan.kind} file holds one page, got {len(pages)}")
    path.write_bytes(pages[0].jpeg if plan.kind == "jpg" else scan.png(pages[0].img))
    return layout
