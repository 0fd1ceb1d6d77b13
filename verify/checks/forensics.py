"""Spot-audit forensics as registered checks: thin wrappers around verify/forensics.

They look at the files as extraction holds them (``CheckContext.images``: the
pages' renders and the files' bytes), read seal rings with the pipeline's own
engine and remember pages in the duplicate store the pipeline chose. Without
images they say nothing (a check that cannot decide says nothing).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import partial

from jianzheng.models import BBox, Code, DocType, Document, Finding, Word

from ..forensics.files import documents_by_file, grouped_findings, is_pdf, pdf_findings
from ..forensics.fonts import font_signals
from ..forensics.image_tamper import FigurePlaces, image_file_signals, pdf_image_signals
from ..forensics.overlay import overlay_signals
from ..forensics.pdf_revisions import pdf_edit_signals
from ..forensics.repeats import (
    SubmissionId,
    copied_seal_findings,
    filed_for,
    invoice_repeats,
    repeat_findings,
    scan_submission,
    seal_party_findings,
)
from ..forensics.signals import figure_boxes, key_areas, key_pages
from ..forensics.signatures import signature_signals
from ..registry import CheckContext, check

log = logging.getLogger(__name__)

# E-invoices are printed by the issuing system as a data layer (Courier figures, other sizes) over
# a template whose own text it may overlap: mixed fonts and stacked text are their normal make-up.
# Their authenticity is checked by what the tax system signs into them (QR_MISMATCH, signatures).
TEMPLATE_PRINTED = {DocType.invoice}


@check(Code.PDF_EDITED, Code.SIGNATURE_VALID, needs_declaration=False)
def pdf_edited(ctx: CheckContext) -> Iterator[Finding]:
    """PDF_EDITED: a PDF re-saved by an editing tool, changed in a later revision, or after signing.

    中文：PDF 经编辑软件另存、增量修订改动了内容，或在签名后被修改。

    Rule: seed 001 (forged contract amounts and acceptance reports are bad
    conduct that revokes the qualification) and seed 004 (auditors check
    contract authenticity); CONTRACT 2.3 PDF_EDITED. An intact digital
    signature over the whole file is reported as SIGNATURE_VALID (info).

    Example: PDF 有增量修订，文字被改动：第 1 页「合同金额」在首个版本中为「人民币204.50万元」，现为「人民币245.00万元」
    """
    signed = pdf_findings(ctx.images, ctx.documents, [signature_signals])
    edited = pdf_findings(ctx.images, ctx.documents, [pdf_edit_signals])
    # A change after signing is quoted once, from the signed revision.
    seen = {(f.evidence[0].file, f.evidence[0].page, f.found) for f in signed if f.code == Code.PDF_EDITED}
    yield from (f for f in signed if f.code != Code.PDF_EDITED)
    fresh = [f for f in edited if (f.evidence[0].file, f.evidence[0].page, f.found) not in seen]
    yield from _one_per_file([f for f in signed if f.code == Code.PDF_EDITED] + fresh)


def _one_per_file(findings: list[Finding]) -> Iterator[Finding]:
    """One PDF_EDITED finding per file, giving every reason and every place.

    A file re-saved by an editor usually shows it twice (the editor in its
    metadata, the changed text in its revisions); a reviewer reads one
    finding with both, not two findings about one file.
    """
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.evidence[0].file or "", []).append(finding)
    for name, group in by_file.items():
        first = group[0]
        if len(group) == 1:
            yield first
            continue
        reasons = [first.message] + [f.message.removeprefix(f"{name}：") for f in group[1:]]
        yield first.model_copy(
            update={
                "message": "；".join(reasons),
                # Places on a page first: the page a reviewer should open.
                "evidence": sorted((e for f in group for e in f.evidence), key=lambda e: e.page is None),
                "found": next((f.found for f in group if f.found), None),
                "documents": list(dict.fromkeys(d for f in group for d in f.documents)),
            }
        )


@check(Code.OVERLAY_DETECTED, needs_declaration=False)
def overlays(ctx: CheckContext) -> Iterator[Finding]:
    """OVERLAY_DETECTED: text painted over by a box, or text stacked on text, on a key page.

    中文：关键页上有方块遮盖原有文字，或文字叠压在文字上。

    Rule: seed 001 (forged documents); CONTRACT 2.3 OVERLAY_DETECTED.

    Example: 第 1 页「合同金额」处有白色方块盖住了原有文字「204.50」，其上另写了「245.00」
    """
    templated = [d for d in ctx.documents if d.type in TEMPLATE_PRINTED]
    typeset = [d for d in ctx.documents if d.type not in TEMPLATE_PRINTED]
    yield from pdf_findings(ctx.images, typeset, [overlay_signals])
    yield from pdf_findings(ctx.images, templated, [partial(overlay_signals, stacked=False)])


@check(Code.FONT_INCONSISTENT, needs_declaration=False)
def fonts(ctx: CheckContext) -> Iterator[Finding]:
    """FONT_INCONSISTENT: a figure or date whose digits are in a font or size unlike each other or their line.

    中文：金额或日期中个别数字的字体、字号与其余数字或所在行不同。

    Rule: seed 001 (invented contract amounts); CONTRACT 2.3 FONT_INCONSISTENT.

    Example: 第 1 页「合同金额」数字「2,450,000.00」中的「5」字体为 Helvetica 12pt，其余数字为 SimSun 12pt
    """
    yield from pdf_findings(
        ctx.images, [d for d in ctx.documents if d.type not in TEMPLATE_PRINTED], [font_signals]
    )


@check(Code.IMAGE_TAMPERED, needs_declaration=False)
def image_tampering(ctx: CheckContext) -> Iterator[Finding]:
    """IMAGE_TAMPERED: a scanned page region whose noise or content says it was pasted or cloned.

    中文：扫描页局部的噪声或内容显示曾被粘贴或复制。

    Rule: seed 004 (forged acceptance reports); CONTRACT 2.3 IMAGE_TAMPERED.

    Example: 第 2 页扫描图像局部异常：局部噪声明显低于整页（疑似粘贴的干净图块）
    """
    for name, docs in documents_by_file(ctx.documents).items():
        data = ctx.images.data(name)
        if data is None:
            continue
        # Like the other detectors, only pages holding key fields: a pasted amount or date is
        # what matters, and each page costs a decode and a noise map.
        pages = {p for d in docs for p in key_pages(d)}
        places = _figure_places(ctx, name, docs)
        try:
            if is_pdf(data):
                signals = pdf_image_signals(data, name, pages, places)
            else:
                known = ctx.pages.get((name, 1))
                if known is not None and not known.image_based:
                    continue  # an OFD or XML e-invoice: no scanned image to look at
                signals = image_file_signals(data, name, known.width if known else None, places.get(1))
        except (RuntimeError, ValueError, OSError) as exc:
            # A file the readers could not open either: FILE_UNREADABLE says so already.
            log.warning("image forensics on %s failed: %s", name, exc)
            continue
        yield from grouped_findings(signals, docs)


def _figure_places(ctx: CheckContext, name: str, docs: list[Document]) -> dict[int, FigurePlaces]:
    """Per page of one file: its key fields' figures and places, and the page's other figures,
    where read upright.

    A page read turned or flattened from a photo has its words on another
    grid than its image's, so it is left to the page-wide tests.
    """
    fields: dict[int, list[BBox]] = {}
    areas: dict[int, list[BBox]] = {}
    for area in (a for d in docs for a in key_areas(d)):
        if area.bbox is not None:
            fields.setdefault(area.page, []).extend(figure_boxes([Word(text=area.text, bbox=area.bbox)]))
            areas.setdefault(area.page, []).append(area.bbox)
    places: dict[int, FigurePlaces] = {}
    for number, boxes in areas.items():
        page = ctx.pages.get((name, number))
        if page is not None and not page.rotation and page.sheet is None:
            places[number] = FigurePlaces(
                fields=fields.get(number, []), figures=figure_boxes(page.words), areas=boxes
            )
    return places


@check(Code.DUPLICATE_DOCUMENT, Code.PARTY_MISMATCH, Code.IMAGE_TAMPERED, needs_declaration=False)
def repeats(ctx: CheckContext) -> Iterator[Finding]:
    """DUPLICATE_DOCUMENT / PARTY_MISMATCH / IMAGE_TAMPERED: a page or a seal seen before, or a seal naming a stranger.

    中文：页面或印章在本次或其他申报中出现过；印章环文是无关公司的名称；同一印章墨迹出现在两页扫描件上。

    Pages are compared within the submission and with every submission in the
    installation's duplicate index; a seal identical to one on another
    enterprise's documents is a reused image. A seal whose ring text names a
    company that is no party of its contract or acceptance report, nor named on its pages (a
    丙方, a consortium's other member), is a PARTY_MISMATCH with the seal as evidence. One seal
    impression on two scanned pages, pixel for pixel, was pasted (IMAGE_TAMPERED). One invoice uploaded twice is also known by its
    number, 价税合计 and date, where its two scans' text differs too much to match.

    Rule: seed 001 and seed 004 (forged and reused evidence); CONTRACT 2.3.

    Example: 验收报告.pdf 第 1 页与另一份申报材料「s07」（某某公司）scan.pdf 第 3 页相同（文字相似度 0.97）
    """
    if not ctx.images.files():
        return
    ident = SubmissionId.named(ctx.submission_id, ctx.submission_label, ctx.declaration)
    scan = scan_submission(ctx.images, ctx.documents, ctx.pages, ident, ctx.engine)
    yield from seal_party_findings(scan.seals, ctx.declaration, ctx.pages)
    yield from copied_seal_findings(scan)
    pages = [filed_for(f, ctx.matches, ctx.documents) for f in repeat_findings(scan, ident, ctx.duplicates)]
    yield from pages
    yield from invoice_repeats(ctx.documents, pages, ctx.matches)
