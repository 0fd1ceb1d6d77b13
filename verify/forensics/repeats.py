"""Seals and pages seen before: DUPLICATE_DOCUMENT across the index, PARTY_MISMATCH from seal text.

Pages come from extraction's renderer (extract/page_images.py) and seals from its
seal finder (Page.seals); the fingerprints go into the
duplicate index (``DuplicateStore``) after this submission has been compared
with everything stored before it.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import cv2
import numpy as np

from jianzheng.extract.fields.shapes import is_signing_record, is_signing_service, is_third_party
from jianzheng.extract.orient import deskew, deskew_matrix, rotate_quarter
from jianzheng.extract.page_images import PageImages
from jianzheng.extract.readers.sniff import FileKind
from jianzheng.extract.reading_rules import rules as reading_rules
from jianzheng.extract.seal_mask import find_seals
from jianzheng.models import (
    BoxFrame,
    Code,
    Declaration,
    DocType,
    Document,
    Evidence,
    Finding,
    InvoiceFields,
    Match,
    OtherFiling,
    Page,
    TextSource,
)

from .config import thresholds
from .duplicate_store import DuplicateStore, PageEntry, SealEntry
from .duplicates import PageMatch, find_repeats, fingerprint, organisation_names, page_gray, same_page
from .files import documents_by_file
from .seal_copies import NATIVE_DPI_CAP, Ink, crop_ink, same_impression
from .seals import SealShape, hash_distance, names_party, read_ring, seal_hash

if TYPE_CHECKING:  # the OCR engine is only passed in
    from jianzheng.extract.ocr import OcrEngine

log = logging.getLogger(__name__)

SEAL_DPI = 100
SEALED_TYPES = {DocType.contract, DocType.acceptance_report}
# Within one submission a page seen twice is reuse only where it is evidence of a project: the same
# acceptance report behind two projects. A statement uploaded alone and bound in its audit report
# too, or a license uploaded twice, is the same paper filed twice, not a forgery.
EVIDENCE_TYPES = {DocType.contract, DocType.acceptance_report, DocType.invoice}


@dataclass(frozen=True)
class SubmissionId:
    """How a submission is named in the index: a stable key and a label for reviewers."""

    key: str
    label: str
    enterprise: str

    @classmethod
    def of(cls, root: Path | None, declaration: Declaration | None) -> SubmissionId:
        """The names of the submission in a folder: its resolved path as key, its folder as label."""
        if root is None:
            return cls.named("(current)", "本次提交", declaration)
        resolved = root.resolve()
        label = resolved.name if resolved.name != "submission" else f"{resolved.parent.name}/{resolved.name}"
        return cls.named(str(resolved), label, declaration)

    @classmethod
    def named(cls, key: str, label: str, declaration: Declaration | None) -> SubmissionId:
        """A submission named by its key and label, owned by the declaration's enterprise."""
        enterprise = ""
        if declaration is not None:
            enterprise = declaration.enterprise.name or declaration.enterprise.credit_code or ""
        return cls(key=key, label=label, enterprise=enterprise)


@dataclass
class SealSeen:
    """A seal found on a page, with what was read from it."""

    document: Document
    page: int
    bbox: tuple[float, float, float, float]
    hash: str
    text: str = ""
    confidence: float = 0.0
    frame: BoxFrame = BoxFrame.upright_points
    """The frame ``bbox`` is in (extraction's seals are on the page as read)."""
    ink: Ink | None = None
    """The seal at the scan's own resolution, on an upright scanned page (for seal_copies.py)."""

    def evidence(self) -> Evidence:
        """Where a reviewer sees this seal: its box on its page, in the frame the box is in, and its text."""
        return Evidence(
            document=self.document.id,
            file=self.document.file,
            page=self.page,
            bbox=self.bbox,
            frame=self.frame,
            text=self.text,
        )


@dataclass
class Scan:
    """What the renders of one submission gave: page fingerprints and seals."""

    pages: list[PageEntry] = field(default_factory=list)
    seals: list[SealSeen] = field(default_factory=list)
    documents: dict[tuple[str, int], str] = field(default_factory=dict)
    """The document id of each (file, page)."""
    types: dict[str, DocType] = field(default_factory=dict)
    """The type of each document id."""
    invoice_numbers: dict[str, tuple[dt.date, str]] = field(default_factory=dict)
    """The date and number read on each invoice (by document id)."""

    def numbered_apart(self, file: str, page: int, other_file: str, other_page: int) -> bool:
        """Whether two pages are two invoices issued on other days whose numbers differ in two
        characters or more.

        Two invoices of one project paid in equal instalments share their amounts, parties and
        wording (moyu seed 1); an invoice's number and date are what make it one (one invoice
        uploaded twice is invoice_repeats' to find, by its number). A copy with only its number
        changed keeps its date, and stays a repeat.
        """
        mine = self.invoice_numbers.get(self.documents.get((file, page), ""))
        theirs = self.invoice_numbers.get(self.documents.get((other_file, other_page), ""))
        if mine is None or theirs is None:
            return False
        (day, first), (other_day, second) = mine, theirs
        if day == other_day or len(first) != len(second):
            return False
        return sum(a != b for a, b in zip(first, second, strict=True)) >= 2

    def is_evidence(self, file: str, page: int) -> bool:
        """Whether this page belongs to a project's evidence (a contract, acceptance report or invoice)."""
        doc_id = self.documents.get((file, page))
        return doc_id is not None and self.types.get(doc_id) in EVIDENCE_TYPES


def _shapes(page: Page | None, rgb: np.ndarray, dpi: float) -> tuple[list[SealShape], BoxFrame]:
    """The seals of a page on its render, and the frame their boxes in points are in.

    Extraction found them (Page.seals, in the frame the page was read in); a flattened
    photo's seals lie on its flattened sheet, not on this render, so extraction's seal
    finder looks at the render itself and the boxes are on the file's page.
    """
    if page is not None and page.sheet is None:
        boxes, frame = [seal.bbox for seal in page.seals], BoxFrame.upright_points
    else:
        found, _ = find_seals(rgb, dpi, reading_rules().seal)
        boxes, frame = [seal.bbox for seal in found], BoxFrame.pdf_points
    scale = 72.0 / dpi
    shapes = []
    for box in boxes:
        x0, y0, x1, y1 = (int(v / scale) for v in box)
        w, h = x1 - x0, y1 - y0
        shapes.append(SealShape((x0, y0, x1, y1), (x0 + w / 2, y0 + h / 2), (w / 2, h / 2)))
    return shapes, frame


def scan_submission(
    images: PageImages,
    documents: list[Document],
    pages: dict[tuple[str, int], Page],
    ident: SubmissionId,
    engine: OcrEngine | None,
) -> Scan:
    """Fingerprint every page and read the seals extraction found on contracts and acceptance reports."""
    scan = Scan()
    for name, docs in documents_by_file(documents).items():
        kind = images.kind(name)
        if kind is None:
            continue
        # OFD and XML e-invoices have no picture here: their text alone fingerprints them.
        image = kind == FileKind.pdf or (
            kind == FileKind.image and any(p.image_based for (f, _), p in pages.items() if f == name)
        )
        for document in docs:
            scan.types[document.id] = document.type
            fields = document.fields
            if isinstance(fields, InvoiceFields) and fields.invoice_number and fields.issued_on:
                scan.invoice_numbers[document.id] = (fields.issued_on.value, fields.invoice_number.value)
            for number in document.pages:
                page = pages.get((name, number))
                gray = page_gray(images, name, number) if image else None
                text = page.text if page is not None else ""
                scan.documents[(name, number)] = document.id
                scan.pages.append(
                    fingerprint(ident.key, ident.enterprise, name, number, text, gray, ident.label)
                )
                if document.type in SEALED_TYPES and image:
                    scan.seals += _seals_of(images, document, number, page, engine)
    return scan


def _seals_of(
    images: PageImages, document: Document, number: int, page: Page | None, engine: OcrEngine | None
) -> list[SealSeen]:
    made = images.render(document.file, number, SEAL_DPI)
    if made is None:
        return []
    rgb, dpi = made
    if page is not None and page.sheet is None:
        rgb = _as_read(rgb, page)
    scale = 72.0 / dpi
    shapes, frame = _shapes(page, rgb, dpi)
    native = _native(images, document.file, number, page) if shapes else None
    seen = []
    for shape in shapes:
        x0, y0, x1, y1 = shape.box
        if min(x1, rgb.shape[1]) - max(x0, 0) < 8 or min(y1, rgb.shape[0]) - max(y0, 0) < 8:
            continue  # a box off the render (a page whose size the reading changed) has no ink to see
        bbox = (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
        seal = SealSeen(document, number, bbox, seal_hash(rgb, shape), frame=frame)
        if native is not None:
            big, big_dpi = native
            seal.ink = crop_ink(big, _on_scan(bbox, big, big_dpi, page), big_dpi)
        # An e-signing platform's evidence report carries the platform's seal: no party's to read.
        if engine is not None and not (page is not None and is_signing_record(page.text)):
            seal.text, seal.confidence = read_ring(rgb, shape, engine)
        seen.append(seal)
    return seen


def _straightened(page: Page) -> float | None:
    """The skew extraction took off this scan before reading it (extract/scan.py), or None."""
    skew = page.quality.skew_deg if page.quality is not None else None
    turn = reading_rules().orientation
    if skew is not None and turn.min_correct_deg <= abs(skew) <= turn.max_skew_deg:
        return skew
    return None


def _as_read(rgb: np.ndarray, page: Page) -> np.ndarray:
    """The render turned and straightened as extraction read the page, so that its seals' boxes
    (in the frame the page was read in) fall on their ink."""
    if not page.image_based:
        return rgb
    rgb = rotate_quarter(rgb, page.rotation)
    skew = _straightened(page)
    return deskew(rgb, skew) if skew is not None else rgb


def _on_scan(
    bbox: tuple[float, float, float, float], scan: np.ndarray, dpi: float, page: Page | None
) -> tuple[int, int, int, int]:
    """A seal's box (points on the page as read) in pixels of the unstraightened scan: the scan's
    own pixels are compared (straightening resamples them), the box moved back by the skew
    extraction took off (a turn of a degree moves a seal near the margin by a dozen pixels)."""
    k = dpi / 72.0
    x0, y0, x1, y1 = (v * k for v in bbox)
    skew = _straightened(page) if page is not None else None
    if skew is not None:
        back = cv2.invertAffineTransform(deskew_matrix(scan.shape, skew))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        nx, ny = back @ np.array([cx, cy, 1.0])
        x0, x1, y0, y1 = x0 + nx - cx, x1 + nx - cx, y0 + ny - cy, y1 + ny - cy
    return round(x0), round(y0), round(x1), round(y1)


def _native(images: PageImages, file: str, number: int, page: Page | None) -> tuple[np.ndarray, float] | None:
    """An upright scanned page rendered at its scan's own resolution (seal_copies.py compares
    pixels, which no resampling keeps); None for other pages."""
    if page is None or not page.image_based or page.rotation or page.sheet is not None:
        return None
    dpi = page.quality.dpi if page.quality is not None else None
    if not dpi or dpi > NATIVE_DPI_CAP:
        return None
    return images.render(file, number, round(dpi))


def copied_seal_findings(scan: Scan) -> list[Finding]:
    """IMAGE_TAMPERED for a seal impression found on a second scanned page (seal_copies.py).

    The later of the two pages is named first: a forger copies from the paper he has (the contract)
    onto the one he makes (the acceptance report).
    """
    by_page = {(p.file, p.page): p for p in scan.pages}
    inked = [s for s in scan.seals if s.ink is not None]
    findings = []
    for i, source in enumerate(inked):
        for copy in inked[i + 1 :]:
            if (source.document.file, source.page) == (copy.document.file, copy.page):
                continue  # a copy on its own page is clones.py's
            mine, theirs = (
                by_page.get((copy.document.file, copy.page)),
                by_page.get((source.document.file, source.page)),
            )
            if mine is not None and theirs is not None and same_page(mine, theirs) is not None:
                continue  # one page filed twice: DUPLICATE_DOCUMENT
            assert source.ink is not None and copy.ink is not None
            if not same_impression(source.ink, copy.ink):
                continue
            findings.append(
                Finding(
                    code=Code.IMAGE_TAMPERED,
                    documents=list(dict.fromkeys([copy.document.id, source.document.id])),
                    found=f"{source.document.file}#{source.page}",
                    message=(
                        f"{copy.document.file} 第 {copy.page} 页的印章与 {source.document.file} 第 {source.page} 页的印章"
                        "墨迹逐像素相同：同一枚印章每次盖印都不相同，疑似从另一页复制粘贴"
                    ),
                    evidence=[copy.evidence(), source.evidence()],
                )
            )
    return findings


def party_names(document: Document, declaration: Declaration | None) -> list[str]:
    """Every name a seal on this document may rightly carry: the parties and the enterprise."""
    names = []
    for key in ("party_a", "party_b", "third_party", "buyer", "seller"):
        value = document.field(key)
        if value is not None and isinstance(value.value, str):
            names.append(value.value)
    if declaration is not None:
        names.append(declaration.enterprise.name)
        names += [p.client for p in declaration.projects if p.client]
    return [n for n in names if n]


def named_in(document: Document, pages: dict[tuple[str, int], Page]) -> list[str]:
    """The organisations a document's own pages name (a 丙方, a consortium's other member, the
    procurement agent): a seal of one of them stamps beside the parties, no stranger's."""
    text = "\n".join(
        pages[(document.file, n)].within(document.region).text
        for n in document.pages
        if (document.file, n) in pages
    )
    return organisation_names(text).split()


def seal_party_findings(
    seals: list[SealSeen],
    declaration: Declaration | None,
    pages: dict[tuple[str, int], Page] | None = None,
) -> list[Finding]:
    """PARTY_MISMATCH for a seal whose ring names a company that is no party of its document,
    nor named on its pages."""
    findings = []
    named: dict[str, list[str]] = {}
    for seal in seals:
        if seal.confidence < 0.8:
            continue
        names = party_names(seal.document, declaration)
        if pages is not None:
            if seal.document.id not in named:
                named[seal.document.id] = named_in(seal.document, pages)
            names += named[seal.document.id]
        if not names or names_party(seal.text, names) is not False:
            continue
        if is_third_party(seal.text) or is_signing_service(seal.text):
            continue  # a supervisor's, tester's, 代建 agent's or e-signing platform's seal signs beside the parties'

        findings.append(
            Finding(
                code=Code.PARTY_MISMATCH,
                documents=[seal.document.id],
                declared=declaration.enterprise.name if declaration else None,
                found=seal.text,
                message=(
                    f"{seal.document.file} 第 {seal.page} 页印章上的单位名称「{seal.text}」"
                    f"不是本文件的任何一方（{'、'.join(dict.fromkeys(names))}）"
                ),
                evidence=[seal.evidence()],
            )
        )
    return findings


def other_enterprises_pages(store: DuplicateStore, ident: SubmissionId) -> list[PageEntry]:
    """The index's pages that this submission's may repeat as reuse.

    The same enterprise uploading the same paper again (a pre-check, then the
    filing; next year's filing) is no reuse: across submissions only other
    enterprises' pages count.
    """
    return [
        p for p in store.pages(exclude=ident.key) if not ident.enterprise or p.enterprise != ident.enterprise
    ]


def _repeated_document(
    matches: list[PageMatch], scan: Scan, ident: SubmissionId, by_page: dict[tuple[str, int], PageEntry]
) -> Finding:
    """DUPLICATE_DOCUMENT for the pages of one document that repeat the pages of one other."""
    first, other = matches[0], matches[0].other
    within = other.submission == ident.key
    mine = "、".join(str(m.page) for m in matches)
    theirs = "、".join(str(m.other.page) for m in matches)
    where = (
        f"本次提交 {other.file} 第 {theirs} 页"
        if within
        else f"另一份申报材料「{other.label or other.submission}」（{other.enterprise or '企业不详'}）{other.file} 第 {theirs} 页"
    )
    how = "、".join(f"{m.similarity:.2f}" for m in matches)
    doc_id = scan.documents.get((first.file, first.page))
    evidence = []
    for m in matches:
        evidence.append(
            Evidence(document=doc_id, file=m.file, page=m.page, text=by_page[(m.file, m.page)].figures)
        )
        if within:
            evidence.append(
                Evidence(
                    document=scan.documents.get((m.other.file, m.other.page)),
                    file=m.other.file,
                    page=m.other.page,
                    text=m.other.figures,
                )
            )
    return Finding(
        code=Code.DUPLICATE_DOCUMENT,
        documents=[doc_id] if doc_id else [],
        found=f"{other.file}#{other.page}",
        message=f"{first.file} 第 {mine} 页与{where}相同（{first.how}相似度 {how}）",
        other_filing=None
        if within
        else OtherFiling(
            submission=other.label or other.submission,
            enterprise=other.enterprise or None,
            file=other.file,
            page=other.page,
        ),
        evidence=evidence,
    )


def repeat_findings(scan: Scan, ident: SubmissionId, store: DuplicateStore) -> list[Finding]:
    """DUPLICATE_DOCUMENT for pages and seals seen before; then remember this submission."""
    store.forget(ident.key)
    findings = []
    by_page = {(p.file, p.page): p for p in scan.pages}
    # One finding per copied document (CONTRACT 2, one finding per cause): the pages of one
    # document that repeat the pages of one other document are grouped, each page in evidence.
    groups: dict[tuple[str, str, str, str], list[PageMatch]] = {}
    for match in find_repeats(scan.pages, other_enterprises_pages(store, ident)):
        other = match.other
        within = other.submission == ident.key
        if within and not (
            scan.is_evidence(match.file, match.page) and scan.is_evidence(other.file, other.page)
        ):
            continue
        if within and scan.numbered_apart(match.file, match.page, other.file, other.page):
            continue
        mine = scan.documents.get((match.file, match.page)) or f"{match.file}#{match.page}"
        theirs = (scan.documents.get((other.file, other.page)) if within else None) or f"#{other.page}"
        groups.setdefault((mine, other.submission, other.file, theirs), []).append(match)
    findings = [_repeated_document(matches, scan, ident, by_page) for matches in groups.values()]
    limit = thresholds().seals.same_seal_hash_distance
    earlier_seals = store.seals(exclude=ident.key)
    for seal in scan.seals:
        for other_seal in earlier_seals:
            if other_seal.enterprise == ident.enterprise or hash_distance(seal.hash, other_seal.hash) > limit:
                continue
            # Only an enterprise's seal is judged (one of the two filers'): a client's seal
            # legitimately stamps the contracts of many enterprises, and an unread seal says
            # nothing about whose it is.
            owners = [n for n in (ident.enterprise, other_seal.enterprise) if n]
            if not owners or names_party(seal.text, owners) is not True:
                continue
            findings.append(
                Finding(
                    code=Code.DUPLICATE_DOCUMENT,
                    documents=[seal.document.id],
                    found=f"{other_seal.file}#{other_seal.page}",
                    other_filing=OtherFiling(
                        submission=other_seal.label or other_seal.submission,
                        enterprise=other_seal.enterprise or None,
                        file=other_seal.file,
                        page=other_seal.page,
                        what="seal",
                    ),
                    message=(
                        f"{seal.document.file} 第 {seal.page} 页的印章与另一家企业（{other_seal.enterprise or '不详'}）"
                        f"材料「{other_seal.label or other_seal.submission}」{other_seal.file} 第 {other_seal.page} 页的印章逐像素相同"
                    ),
                    evidence=[seal.evidence()],
                )
            )
            break
    store.add_pages(scan.pages)
    store.add_seals(
        [
            SealEntry(
                ident.key, ident.enterprise, s.document.file, s.page, s.bbox, s.hash, s.text, ident.label
            )
            for s in scan.seals
        ]
    )
    return findings


def _project_of(matches: list[Match]) -> dict[str, str]:
    """The declared project each matched document was filed for."""
    return {d: m.project_id for m in matches for d in m.documents}


def invoice_repeats(
    documents: list[Document], reported: list[Finding], matches: list[Match] | None = None
) -> list[Finding]:
    """DUPLICATE_DOCUMENT for one invoice uploaded twice in a submission, known by its identity.

    Two scans of one invoice differ in skew, light and OCR too much for their text to agree
    every time (fresh seed 2: the photographed copy and the one bound with its acceptance
    report), but the tax bureau numbers every invoice: the same number, 价税合计 and date, each
    read surely, is the same invoice. A pair the page comparison already reported is left alone.

    An e-invoice is issued as PDF, OFD and XML at once: two born-digital copies filed for the same
    declared project are one invoice in two formats, not paper used twice (the project's invoice
    total counts each number once).
    """
    seen_pages = {(e.file, e.page) for f in reported for e in f.evidence}
    project_of = _project_of(matches or [])
    sure = thresholds().duplicates.invoice_min_confidence
    first: dict[tuple[str, str, str], Document] = {}
    findings = []
    for doc in documents:
        fields = doc.fields
        if (
            not isinstance(fields, InvoiceFields)
            or fields.invoice_number is None
            or fields.total_amount is None
        ):
            continue
        parts = (fields.invoice_number, fields.total_amount, fields.issued_on)
        if any(p is not None and p.confidence < sure for p in parts):
            continue
        key = (
            fields.invoice_number.value,
            str(fields.total_amount.value),
            fields.issued_on.value.isoformat() if fields.issued_on else "",
        )
        earlier = first.setdefault(key, doc)
        if earlier is doc or earlier.file == doc.file:
            continue
        page, other_page = doc.pages[0], earlier.pages[0]
        if (doc.file, page) in seen_pages or (earlier.file, other_page) in seen_pages:
            continue
        digital = doc.text_source == earlier.text_source == TextSource.text
        if (
            digital
            and project_of.get(doc.id) is not None
            and project_of.get(doc.id) == project_of.get(earlier.id)
        ):
            continue
        findings.append(
            Finding(
                code=Code.DUPLICATE_DOCUMENT,
                documents=[doc.id, earlier.id],
                found=f"{earlier.file}#{other_page}",
                message=(
                    f"{doc.file} 第 {page} 页与本次提交 {earlier.file} 第 {other_page} 页是同一张发票"
                    f"（发票号码 {key[0]}，价税合计 {key[1]}）"
                ),
                evidence=[
                    Evidence(document=doc.id, file=doc.file, page=page, text=key[0]),
                    Evidence(document=earlier.id, file=earlier.file, page=other_page, text=key[0]),
                ],
            )
        )
    return findings


def filed_for(finding: Finding, matches: list[Match], documents: list[Document]) -> Finding:
    """A page repeated within the submission names the declared project it was filed for.

    Both copies show one project's paper, so both are matched to that project; but a copy in a file
    that otherwise holds only another project's documents (its contract, its invoice) was uploaded
    as that other project's evidence: the reuse belongs to that row, and the message says so.
    """
    if finding.other_filing is not None or len(finding.evidence) < 2:
        return finding
    copy, original = finding.evidence[0], finding.evidence[1]
    project_of = _project_of(matches)
    shown = {project_of.get(copy.document or ""), project_of.get(original.document or "")}
    beside = {
        project_of.get(d.id)
        for d in documents
        if d.file == copy.file and d.id not in (copy.document, original.document)
    }
    if len(shown) != 1 or len(beside) != 1 or None in shown | beside or beside == shown:
        return finding
    filed, shows = beside.pop(), shown.pop()
    return finding.model_copy(
        update={
            "project_id": filed,
            "message": f"{finding.message}；{copy.file} 其余材料属于申报项目 {filed}，此页却是 {shows} 的材料",
        }
    )
