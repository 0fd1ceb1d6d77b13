"""Writing one filing: attachment files, declaration (json or xlsx) and truth.json beside the submission."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from pathlib import Path

import pymupdf as fitz

from jianzheng.models import Truth, TruthDocument, TruthFinding, TruthPage

from .declaration_files import write_declaration
from .layout import Attachment, attachments
from .pagespec import A4, EINVOICE, PageSpec
from .papers import all_papers
from .scanner import flatbed, photo, scan
from .scenarios import Filing
from .sheet import Sheet


def _pdf_date(when: dt.datetime) -> str:
    return when.strftime("D:%Y%m%d%H%M%S+08'00'")


def _draw(spec: PageSpec, on_a4: bool) -> fitz.Document:
    """The page alone in a document; an e-invoice printed for scanning sits at the top of an A4 sheet."""
    doc = fitz.open()
    page = doc.new_page(width=spec.size[0], height=spec.size[1])
    sheet = Sheet(page, spec.latin)
    spec.paint(sheet)
    sheet.flush()
    if on_a4 and spec.size == EINVOICE:
        printed = fitz.open()
        a4 = printed.new_page(width=A4[0], height=A4[1])
        a4.show_pdf_page(fitz.Rect(0, 30, EINVOICE[0], 30 + EINVOICE[1]), doc, 0)
        return printed
    return doc


def _save(doc: fitz.Document, path: Path, producer: str, creator: str, when: dt.datetime) -> None:
    doc.set_metadata(
        {
            "producer": producer,
            "creator": creator,
            "creationDate": _pdf_date(when),
            "modDate": _pdf_date(when),
            "title": "",
            "author": "",
        }
    )
    doc.save(path, garbage=3, deflate=True)


def _digital_origin(att: Attachment, filing: Filing) -> tuple[str, str, dt.datetime]:
    first = att.papers[0]
    if first.doc_type == "invoice":
        day = dt.date.fromisoformat(first.fields["issued_on"])
        return "电子发票服务平台", "OFD2PDF 2.3", dt.datetime(day.year, day.month, day.day, 10, 12, 5)
    if first.doc_type == "audit_report":
        day = filing.firm.audit_date
        return (
            "Microsoft® Word 2016",
            "Microsoft® Word 2016",
            dt.datetime(day.year, day.month, day.day, 16, 40, 11),
        )
    project = next(p for p in filing.projects if p.pid == first.project_id)
    when = max(r.paid_on for r in project.receipts[:2]) + dt.timedelta(days=120)
    return "网上银行电子回单打印", "iText 5.5.13", when


def write_attachment(
    att: Attachment, folder: Path, rng: random.Random, filing: Filing, scanned_on: dt.datetime
) -> list[tuple[str, int]]:
    """Write one file; returns, per page written, (paper key, page number in the file)."""
    path = folder / att.name
    placed: list[tuple[str, int]] = []
    if att.mode == "photo":
        (spec,) = [s for paper in att.papers for s in paper.pages]
        page_doc = _draw(spec, on_a4=True)
        path.write_bytes(photo(page_doc[0], rng))
        return [(att.papers[0].key, 1)]
    out = fitz.open()
    device = flatbed(rng, att.mode == "colour") if att.mode in ("grey", "colour") else None
    for paper in att.papers:
        for spec in paper.pages:
            if device is None:
                page = out.new_page(width=spec.size[0], height=spec.size[1])
                sheet = Sheet(page, spec.latin)
                spec.paint(sheet)
                sheet.flush()
            else:
                drawn = _draw(spec, on_a4=True)
                jpeg = scan(drawn[0], rng, device)
                rect = drawn[0].rect
                page = out.new_page(width=rect.width, height=rect.height)
                page.insert_image(page.rect, stream=jpeg)
            placed.append((paper.key, out.page_count))
    if device is not None:
        _save(out, path, device.producer, device.producer, scanned_on)
    else:
        creator, producer, when = _digital_origin(att, filing)
        _save(out, path, producer, creator, when)
    return placed


def write_filing(filing: Filing, out: Path, rng: random.Random, seed: int) -> Truth:
    target = out / filing.knobs.name
    if target.exists():
        shutil.rmtree(target)
    folder = target / "submission"
    folder.mkdir(parents=True)
    papers = all_papers(rng, filing)
    files = attachments(rng, filing, papers)
    scanned_on = dt.datetime(
        2025, 2, rng.randint(10, 26), rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59)
    )
    pages: list[TruthPage] = []
    documents: list[TruthDocument] = []
    where: dict[str, tuple[str, int]] = {}
    for att in files:
        placed = write_attachment(att, folder, rng, filing, scanned_on)
        scanned = att.mode != "digital"
        for paper in att.papers:
            numbers = [n for key, n in placed if key == paper.key]
            doc_id = f"D{len(documents) + 1}"
            where[paper.key] = (att.name, numbers[0])
            documents.append(
                TruthDocument(
                    id=doc_id,
                    file=att.name,
                    pages=numbers,
                    type=paper.doc_type,
                    scanned=scanned,
                    project_id=paper.project_id,
                    fields=paper.fields,
                )
            )  # type: ignore[arg-type]
            pages += [
                TruthPage(file=att.name, page=n, type=paper.doc_type, document=doc_id, scanned=scanned)
                for n in numbers
            ]  # type: ignore[arg-type]
    write_declaration(filing, folder)
    findings = []
    if filing.plant is not None:
        name, first = where[filing.plant.paper]
        findings.append(
            TruthFinding(
                code=filing.plant.code,
                project_id=filing.plant.project_id,
                file=name,
                page=first + filing.plant.page - 1,
                note=filing.plant.note,
            )
        )  # type: ignore[arg-type]
    truth = Truth(
        name=filing.knobs.name,
        seed=seed,
        clean=filing.plant is None,
        pages=pages,
        documents=documents,
        findings=findings,
    )
    (target / "truth.json").write_text(
        json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
        encoding="utf-8",
    )
    return truth
