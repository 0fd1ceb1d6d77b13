"""Measure the forensic detectors on a generated sample set: recall per code, false alarms, time.

    jianzheng-dev measure SET [SET ...]
    jianzheng-dev measure --pipeline DATA_DIR SET [SET ...]

Every attachment of every submission goes through the same detectors the
checks run (every page counts as a key page, as before field extraction has
placed anything); page repeats are looked for across the whole set in one
in-memory index. A planted finding (truth.json) is recalled when a signal of
its code lands on its file and page; a truth document without any planted
forensic finding that still gets a forensic signal is a false alarm. Ring
OCR is left out (it needs the OCR model; it is timed by the slow tests).
Without ``--pipeline`` scanned pages have no text and documents no type, so
a rescanned page is found, and a statement filed alone and again inside its
audit report is told from reuse, only with ``--pipeline``: its DUPLICATE
figures are the reference.
With ``--pipeline`` each submission is read by the real pipeline (OCR
cached in DATA_DIR) and the registered checks run with the submission
folder and DATA_DIR, as the CLI will once the pipeline passes them.
Truth files are read here only, never by the checker.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from jianzheng.extract.page_images import PageImages
from jianzheng.models import Code, Declaration, Truth
from jianzheng.verify.forensics.duplicate_store import MemoryDuplicateStore, SqliteDuplicateStore
from jianzheng.verify.forensics.duplicates import find_repeats, fingerprint, page_gray
from jianzheng.verify.forensics.files import is_pdf
from jianzheng.verify.forensics.fonts import font_signals
from jianzheng.verify.forensics.image_tamper import image_file_signals, pdf_image_signals
from jianzheng.verify.forensics.overlay import overlay_signals
from jianzheng.verify.forensics.pdf_revisions import pdf_edit_signals
from jianzheng.verify.forensics.repeats import SubmissionId, other_enterprises_pages
from jianzheng.verify.forensics.signatures import signature_signals
from jianzheng.verify.registry import CheckContext

FORENSIC = {
    Code.PDF_EDITED,
    Code.OVERLAY_DETECTED,
    Code.FONT_INCONSISTENT,
    Code.IMAGE_TAMPERED,
    Code.DUPLICATE_DOCUMENT,
}


def _page_texts(data: bytes) -> list[str]:
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return [page.get_text() for page in doc]


def file_signals(data: bytes, name: str) -> set[tuple[Code, str, int | None]]:
    """(code, file, page) of every forensic signal of one attachment."""
    found: set[tuple[Code, str, int | None]] = set()
    if is_pdf(data):
        for detector in (pdf_edit_signals, signature_signals, overlay_signals, font_signals):
            found |= {(s.code, name, s.page) for s in detector(data, name, None, None)}
        found |= {(s.code, name, s.page) for s in pdf_image_signals(data, name)}
    else:
        found |= {(s.code, name, s.page) for s in image_file_signals(data, name)}
    return found


def _declaration(root: Path) -> Declaration | None:
    """The submission's declaration as the checker reads it (its enterprise tells reuse from re-upload)."""
    from jianzheng.extract import find_submission, read_declaration

    found = find_submission(root)
    return read_declaration(found.declaration)[0] if found.declaration else None


def measure(sets: list[Path]) -> str:
    """Run the measurement and return the summary as text."""
    expected: Counter[Code] = Counter()
    recalled: Counter[Code] = Counter()
    clean_docs = flagged_docs = pages = 0
    seconds = 0.0
    store = MemoryDuplicateStore()
    alarms: list[str] = []
    for folder in sorted(p for s in sets for p in s.iterdir() if (p / "truth.json").is_file()):
        truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
        root = folder / "submission"
        ident = SubmissionId.of(root, _declaration(root))
        signals: set[tuple[Code, str, int | None]] = set()
        entries = []
        started = time.perf_counter()
        for path in sorted(
            p for p in root.rglob("*") if p.is_file() and not p.name.startswith("declaration")
        ):
            name = path.relative_to(root).as_posix()
            data = path.read_bytes()
            try:
                signals |= file_signals(data, name)
                texts = _page_texts(data) if is_pdf(data) else [""]
                renders = [page_gray(PageImages({name: data}), name, n) for n in range(1, len(texts) + 1)]
            except (RuntimeError, ValueError, OSError):
                continue  # FILE_UNREADABLE material
            pages += len(renders)
            for number, gray in enumerate(renders, start=1):
                text = texts[number - 1] if number - 1 < len(texts) else ""
                entries.append(
                    fingerprint(ident.key, ident.enterprise, name, number, text, gray, folder.name)
                )
        repeated: dict[tuple[str, int], str] = {}
        for match in find_repeats(entries, other_enterprises_pages(store, ident)):
            signals.add((Code.DUPLICATE_DOCUMENT, match.file, match.page))
            repeated[(match.file, match.page)] = f"{match.other.label}/{match.other.file} p{match.other.page}"
        store.add_pages(entries)
        seconds += time.perf_counter() - started
        planted = [f for f in truth.findings if f.code in FORENSIC]
        for finding in planted:
            expected[finding.code] += 1
            if any(
                c == finding.code and f == finding.file and (p is None or p == finding.page)
                for c, f, p in signals
            ):
                recalled[finding.code] += 1
        planted_at = {(f.file, f.page) for f in planted}
        for document in truth.documents:
            if any((document.file, page) in planted_at for page in document.pages):
                continue
            clean_docs += 1
            first = min((d.pages[0] for d in truth.documents if d.file == document.file), default=1)
            # A file-wide signal (metadata, signature) belongs to the file's first document.
            hits = [
                (c, p)
                for c, f, p in signals
                if c in FORENSIC and f == document.file and (p if p is not None else first) in document.pages
            ]
            if hits:
                flagged_docs += 1
                seen = [
                    repeated[(document.file, p)]
                    for c, p in hits
                    if p is not None and (document.file, p) in repeated
                ]
                also = f" (repeats {', '.join(seen)})" if seen else ""
                alarms.append(f"{folder.name}/{document.file} {document.pages}: {sorted(hits)}{also}")
    lines = [f"{code}: recall {recalled[code]}/{n}" for code, n in sorted(expected.items())]
    lines.append(f"clean documents with a forensic warning: {flagged_docs}/{clean_docs}")
    lines += [f"  {a}" for a in alarms]
    lines.append(f"pages: {pages}, forensics time per page: {seconds / max(pages, 1):.3f} s")
    return "\n".join(lines)


def _context(root: Path, data_dir: Path) -> CheckContext:
    """The pipeline's stages up to the checks (as service.pipeline.check runs them), with the folder."""
    from jianzheng.classify import classify_pages
    from jianzheng.extract import extract_fields, find_submission, read_declaration, read_pages
    from jianzheng.extract.ocr import get_engine
    from jianzheng.models.settings import Settings
    from jianzheng.verify.match import Matching, match_documents

    found = find_submission(root)
    declaration, _ = read_declaration(found.declaration)
    pages, _ = read_pages(found, settings=Settings(data_dir=data_dir))
    documents = [extract_fields(doc, pages) for doc in classify_pages(pages)]
    page_map = {p.key: p for p in pages}
    matching = match_documents(declaration, documents, page_map) if declaration else Matching([])
    return CheckContext(
        declaration=declaration,
        documents=documents,
        pages=page_map,
        matches=matching.matches,
        pieces=matching.pieces,
        images=PageImages.of(found),
        duplicates=SqliteDuplicateStore.in_folder(data_dir),
        engine=get_engine(Settings(data_dir=data_dir)),
        submission_id=SubmissionId.of(found.root, declaration).key,
    )


def measure_pipeline(sets: list[Path], data_dir: Path) -> str:
    """The registered forensic checks on each submission read by the real pipeline (OCR included).

    The OCR cache and the duplicate index live in ``data_dir``; the index is
    emptied first so that only this set's submissions are remembered.
    """
    from jianzheng.verify.checks.forensics import fonts, image_tampering, overlays, pdf_edited, repeats

    (data_dir / "duplicates.sqlite3").unlink(missing_ok=True)
    expected: Counter[Code] = Counter()
    recalled: Counter[Code] = Counter()
    clean_docs = flagged_docs = pages = 0
    seconds = 0.0
    alarms: list[str] = []
    for folder in sorted(p for s in sets for p in s.iterdir() if (p / "truth.json").is_file()):
        truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
        context = _context(folder / "submission", data_dir)
        started = time.perf_counter()
        findings = [
            f for check in (pdf_edited, overlays, fonts, image_tampering, repeats) for f in check(context)
        ]
        seconds += time.perf_counter() - started
        pages += len(context.pages)
        first: dict[str, int] = {}
        for d in truth.documents:
            first[d.file] = min(first.get(d.file, d.pages[0]), *d.pages)
        signals = {
            (f.code, e.file, e.page if e.page is not None else first.get(e.file or "", 1))
            for f in findings
            for e in (f.evidence if f.code == Code.DUPLICATE_DOCUMENT else f.evidence[:1])
        }
        planted = [f for f in truth.findings if f.code in FORENSIC]
        for finding in planted:
            expected[finding.code] += 1
            if any(c == finding.code and f == finding.file and p == finding.page for c, f, p in signals):
                recalled[finding.code] += 1
            else:
                alarms.append(f"missed {finding.code.value} {folder.name}/{finding.file} p{finding.page}")
        planted_at = {(f.file, f.page) for f in planted}
        # A repeated page names both copies; the copy of a planted duplicate is no false alarm.
        for f in findings:
            places = {(e.file, e.page) for e in f.evidence}
            if f.code == Code.DUPLICATE_DOCUMENT and places & planted_at:
                planted_at |= places
        for document in truth.documents:
            if any((document.file, page) in planted_at for page in document.pages):
                continue
            clean_docs += 1
            hits = [
                (c, p) for c, f, p in signals if c in FORENSIC and f == document.file and p in document.pages
            ]
            if hits:
                flagged_docs += 1
                said = next(
                    f.message
                    for f in findings
                    if f.code in FORENSIC and any(e.file == document.file for e in f.evidence)
                )
                alarms.append(f"{folder.name}/{document.file} {document.pages}: {sorted(hits)}: {said[:160]}")
    lines = [f"{code}: recall {recalled[code]}/{n}" for code, n in sorted(expected.items())]
    lines.append(f"clean documents with a forensic warning: {flagged_docs}/{clean_docs}")
    lines += [f"  {a}" for a in alarms]
    lines.append(f"pages: {pages}, forensic checks time per page: {seconds / max(pages, 1):.3f} s")
    return "\n".join(lines)


def measure_command(
    sets: Annotated[list[Path], typer.Argument(help="sample set folders (each holds submissions)")],
    pipeline: Annotated[
        Path | None,
        typer.Option("--pipeline", metavar="DATA_DIR", help="read each submission with the real pipeline"),
    ] = None,
) -> None:
    """Recall per forensic code, false alarms on clean documents and time, over planted sample sets."""
    typer.echo(measure_pipeline(sets, pipeline) if pipeline is not None else measure(sets))
