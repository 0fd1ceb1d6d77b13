"""Cutting each file's pages into documents.

Pages are read in file order; documents never span files. A page opens a new document when:

- it carries a title naming another type (营业执照, XX项目合同, 验收报告, 增值税专用发票) that the
  current document does not take in (cues.toml ``[absorb]``: an audit report takes the statements
  bound after its opinion, and its firm's licence);
- it repeats a title of the current type, set apart as a title, on a page that does not say it
  continues (第 2 页, (续)) after more than a cover page: two contracts in one file;
- it has no title but its evidence for another type is strong and beats the current type's by a
  margin, or it shows the first-page labels of its type a second time (two invoices whose titles
  were cropped).

Everything else continues the document before it: contract clauses, a signature page with only
names and seals, an invoice's goods list, part titles (验收意见, 财务报表附注), blank pages.

A small form scanned two to a sheet (two A5 验收单, two invoices) is the one case of a page that
holds two documents: each gets its part of the page (Document.region), on which it is read.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from jianzheng.models import (
    BBox,
    DocType,
    Document,
    Finding,
    Page,
    PageQuality,
    Stage,
    TextSource,
    Word,
    stage_failure,
)
from jianzheng.models.text import compact_lower

from .cues import Cues, default_cues
from .pages import PageVerdict, classify_page, softmax

log = logging.getLogger(__name__)


@dataclass
class _Draft:
    file: str
    type: DocType
    verdicts: list[PageVerdict] = field(default_factory=list)
    voters: list[PageVerdict] = field(default_factory=list)
    """Decided pages whose own type is the document's (not statements absorbed by a report)."""
    region: BBox | None = None
    """Its part of a page it shares with another document (_shared_sheets)."""


def _absorbs(container: DocType, part: DocType, verdict: PageVerdict, cues: Cues) -> bool:
    """Whether a page of type ``part`` belongs in a document of type ``container`` (cues.toml [absorb])."""
    if part == container:
        return True
    phrases = cues.absorb.get(container, {}).get(part)
    if phrases is None:
        return False
    return not phrases or any(compact_lower(p) in verdict.text for p in phrases)


def _is_cover(draft: _Draft, cues: Cues) -> bool:
    # A one-page order is as short as a cover, but states its amount; a cover names, it does not price.
    first = draft.verdicts[0]
    return len(draft.verdicts) == 1 and first.chars <= cues.thresholds.cover_max_chars and not first.amounts


_FIGURE = re.compile(r"\d[\d,.]{3,}")


def _refed(before: PageVerdict, page: PageVerdict) -> bool:
    """Whether the page is the one before it scanned again (a sheet the operator fed twice): the
    same words and the same figures. Two invoices of one template share the words, not the figures."""
    figures = set(_FIGURE.findall(before.text)), set(_FIGURE.findall(page.text))
    if not figures[0] or len(figures[0] & figures[1]) < 0.8 * len(figures[0] | figures[1]):
        return False
    return fuzz.ratio(before.text, page.text) >= 90


def _starts_document(draft: _Draft, verdict: PageVerdict, cues: Cues) -> bool:
    """Whether the page opens a new document rather than continuing ``draft``."""
    thresholds = cues.thresholds
    if _refed(draft.verdicts[-1], verdict):
        return False  # the same sheet again: DUPLICATE_DOCUMENT says so, it opens nothing
    if verdict.letter and verdict.type == DocType.acceptance_report:
        return True  # a letter's first page: its own document, after a form or another letter
    title = verdict.title
    if title is not None:
        if title.part:
            # 验收意见, 销货清单, 财务报表附注 name a part of a document: they continue a document that
            # takes them, and start one only after a document of another kind.
            return not _absorbs(draft.type, title.type, verdict, cues)
        if not _absorbs(draft.type, title.type, verdict, cues):
            return True
        if title.type != draft.type:
            return False  # a statement inside an audit report
        takes_whole = any(parts == [] for parts in cues.absorb.get(draft.type, {}).values())
        if takes_whole and all(v.title is None or v.title.type == draft.type for v in draft.verdicts):
            # An audit report repeats its title on its cover and opinion pages, before its statements.
            return False
        if verdict.continues:
            return False
        # A title the OCR ran into the line beside it (电子发票(普通发票)发票号码:…) is not set apart,
        # but a second set of first-page labels still says a second invoice begins.
        return (title.prominent and not _is_cover(draft, cues)) or _opens_again(draft, verdict)
    if not verdict.decided or verdict.continues:
        return False
    if verdict.type == draft.type:
        # Without titles, first-page labels tell consecutive invoices (statements) apart.
        return _opens_again(draft, verdict)
    if _absorbs(draft.type, verdict.type, verdict, cues):
        return False
    if not draft.voters:
        return False  # undecidable pages so far: let the evidence that follows decide their type
    own = verdict.scores[verdict.type]
    current = verdict.scores[draft.type] + thresholds.continuation_bonus
    return own >= thresholds.switch_score and own - current >= thresholds.switch_margin


def _opens_again(draft: _Draft, verdict: PageVerdict) -> bool:
    """Whether the page shows its type's first-page labels after a page of the draft already did."""
    return verdict.opens and any(v.opens and v.type == verdict.type == draft.type for v in draft.verdicts)


def _open(verdict: PageVerdict) -> _Draft:
    title = verdict.title
    doc_type = title.type if title else verdict.type
    draft = _Draft(file=verdict.page.file, type=doc_type)
    draft.verdicts.append(verdict)
    if verdict.decided or title is not None:
        draft.voters.append(verdict)
    return draft


def _join(draft: _Draft, verdict: PageVerdict) -> None:
    draft.verdicts.append(verdict)
    own = verdict.title.type if verdict.title else verdict.type
    if not verdict.decided:
        return
    if not draft.voters:
        # The pages so far were undecidable (a blank or unreadable first page): this page decides.
        draft.type = own
    if own == draft.type:
        draft.voters.append(verdict)


def _confidence(draft: _Draft, cues: Cues) -> float:
    temperature = cues.thresholds.temperature
    if not draft.voters:
        return min(v.confidence for v in draft.verdicts)
    voters = draft.voters
    totals = {t: sum(v.scores[t] for v in voters) / len(voters) for t in voters[0].scores}
    return round(softmax(totals, temperature)[draft.type], 4)


def _text_source(pages: list[Page]) -> TextSource:
    sources = {p.text_source for p in pages}
    return sources.pop() if len(sources) == 1 else TextSource.mixed


def _badness(quality: PageQuality) -> tuple[bool, float, float, float]:
    return (
        not quality.readable,
        quality.blur or 0.0,
        abs(quality.skew_deg or 0.0),
        -(quality.dpi if quality.dpi is not None else float("inf")),
    )


def _worst_quality(pages: list[Page]) -> PageQuality | None:
    qualities = [p.quality for p in pages if p.quality is not None]
    return max(qualities, key=_badness) if qualities else None


def _segment(verdicts: list[PageVerdict], cues: Cues) -> list[_Draft]:
    drafts: list[_Draft] = []
    for verdict in verdicts:
        draft = drafts[-1] if drafts else None
        if draft is None or draft.file != verdict.page.file or _starts_document(draft, verdict, cues):
            drafts.append(_open(verdict))
        else:
            _join(draft, verdict)
    return drafts


def _ordered(pages: list[Page]) -> list[Page]:
    files: dict[str, list[Page]] = {}
    for page in pages:
        files.setdefault(page.file, []).append(page)
    return [p for group in files.values() for p in sorted(group, key=lambda p: p.number)]


def classify_pages(pages: list[Page], cues: Cues | None = None) -> list[Document]:
    """Classify every page and cut each file into documents D1, D2, … in file and page order.

    Documents come out with type, type_confidence, text_source (text, ocr, or mixed when
    their pages differ), the worst page's quality, and empty fields. A classifier's error
    propagates (classify_submission contains it).
    """
    cues = cues or default_cues()
    drafts = [d for group in _files(pages) for d in _file_drafts(group, cues)]
    return [_document(f"D{i}", draft, cues) for i, draft in enumerate(drafts, start=1)]


def classify_submission(pages: list[Page], cues: Cues | None = None) -> tuple[list[Document], list[Finding]]:
    """classify_pages, with a file whose pages the classifier fails on kept as one ``other``
    document and a CHECK_FAILED finding naming the stage and the file (never a lost run).

    Such a file's evidence is then missing from every check, and the finding keeps its rows
    from passing; the other files are classified as usual.
    """
    cues = cues or default_cues()
    documents: list[Document] = []
    findings: list[Finding] = []
    for group in _files(pages):
        drafted: list[tuple[_Draft | None, list[Page] | None]]
        try:
            drafted = [(draft, None) for draft in _file_drafts(group, cues)]
        except Exception as exc:  # one odd file must not sink the report; the finding says so
            log.exception("分类失败：%s", group[0].file)
            findings.append(stage_failure(Stage.classify, exc, what="分类", file=group[0].file))
            drafted = [(None, group)]
        for draft, unclassified in drafted:
            number = f"D{len(documents) + 1}"
            if draft is not None:
                documents.append(_document(number, draft, cues))
            elif unclassified is not None:
                documents.append(_unclassified(number, unclassified))
    return documents, findings


def _files(pages: list[Page]) -> list[list[Page]]:
    """Each file's pages in page order, the files in the order they came."""
    ordered = _ordered(pages)
    groups: list[list[Page]] = []
    for page in ordered:
        if groups and groups[-1][0].file == page.file:
            groups[-1].append(page)
        else:
            groups.append([page])
    return groups


def _file_drafts(pages: list[Page], cues: Cues) -> list[_Draft]:
    """A file's documents. A scan fed last page first (a stack turned over) reads as a signature
    page, the clauses and then the cover, each cut off as a document of its own: read backwards,
    the same kinds of document come out as fewer, whole ones, each in reading order (cover first)."""
    verdicts = [classify_page(page, cues) for page in pages]
    forward = _segment(verdicts, cues)
    if not _reads_backwards(forward):
        return _shared_sheets(forward, cues)
    backward = _segment(verdicts[::-1], cues)
    if (
        len(backward) < len(forward)
        and {d.type for d in backward} == {d.type for d in forward}
        and not any(_titled_twice(d) for d in backward)
    ):
        return _shared_sheets(backward[::-1], cues)
    return _shared_sheets(forward, cues)


def _titled_twice(draft: _Draft) -> bool:
    """Whether two pages of a document carry its title set apart: each opened a document of its
    own (orders under a framework: 采购订单(第1批), (第2批)), which read backwards joins as cover
    and page (a one-page order is as short as a cover), not a stack turned over."""
    return (
        sum(1 for v in draft.verdicts if v.title is not None and v.title.prominent and not v.title.part) > 1
    )


def _shared_sheets(drafts: list[_Draft], cues: Cues) -> list[_Draft]:
    """Each one-page document whose page holds two or more forms of its type (_sheet_parts) as
    that many documents, each on its part of the page."""
    out: list[_Draft] = []
    for draft in drafts:
        parts = _sheet_parts(draft.verdicts[0], cues) if len(draft.verdicts) == 1 else []
        if not parts:
            out.append(draft)
            continue
        out.extend(
            _Draft(draft.file, draft.type, list(draft.verdicts), list(draft.voters), region)
            for region in parts
        )
    return out


def _box(row: list[Word]) -> BBox:
    return (
        min(w.bbox[0] for w in row),
        min(w.bbox[1] for w in row),
        max(w.bbox[2] for w in row),
        max(w.bbox[3] for w in row),
    )


def _sheet_parts(verdict: PageVerdict, cues: Cues) -> list[BBox]:
    """The parts of a page on which a small form's title line stands two or more times, stacked
    (two A5 验收单 on one A4 scan) or side by side, each with lines of its own; [] otherwise.

    A stacked part runs from the gap above its title to the gap above the next; side by side, the
    parts meet halfway between the titles' centres.
    """
    title = verdict.title
    thresholds = cues.thresholds
    if title is None or verdict.type not in thresholds.shared_sheet_types:
        return []
    page = verdict.page
    want = compact_lower(title.line)
    rows = page.lines()
    boxes = [_box(row) for row in rows]
    heads = [i for i, row in enumerate(rows) if compact_lower("".join(w.text for w in row)) == want]
    if not 2 <= len(heads) <= 4:
        return []
    tops = [boxes[i][1] for i in heads]
    centres = [(boxes[i][0] + boxes[i][2]) / 2 for i in heads]
    parts: list[BBox] = []
    if all(b - a >= 0.25 * page.height for a, b in itertools.pairwise(tops)):
        cuts = [0.0]
        for i, top in zip(heads[1:], tops[1:], strict=True):
            above = [box[3] for box in boxes[:i] if box[3] <= top]
            cuts.append((max(above, default=top) + top) / 2)
        cuts.append(page.height)
        parts = [(0.0, a, page.width, b) for a, b in itertools.pairwise(cuts)]
    elif max(tops) - min(tops) <= 0.1 * page.height and all(
        b - a >= 0.3 * page.width for a, b in itertools.pairwise(centres)
    ):
        cuts = [0.0, *((a + b) / 2 for a, b in itertools.pairwise(centres)), page.width]
        parts = [(a, 0.0, b, page.height) for a, b in itertools.pairwise(cuts)]
    # Each part a form of its own: its title and lines enough under it.
    for part in parts:
        inside = [
            box
            for box in boxes
            if part[0] <= (box[0] + box[2]) / 2 <= part[2] and part[1] <= (box[1] + box[3]) / 2 <= part[3]
        ]
        if len(inside) < 1 + thresholds.shared_sheet_min_lines:
            return []
    return parts


def _reads_backwards(drafts: list[_Draft]) -> bool:
    """Whether a run of documents of one kind opens on a page without a title and ends on one
    whose title names the kind: a stack whose cover came last."""
    for i, first in enumerate(drafts):
        run = [first]
        for later in drafts[i + 1 :]:
            if later.type != first.type:
                break
            run.append(later)
        if len(run) >= 2 and run[0].verdicts[0].title is None and run[-1].verdicts[0].title is not None:
            return True
    return False


def _document(number: str, draft: _Draft, cues: Cues) -> Document:
    doc_pages = [v.page for v in draft.verdicts]
    return Document(
        id=number,
        file=draft.file,
        pages=[p.number for p in doc_pages],
        type=draft.type,
        type_confidence=_confidence(draft, cues),
        text_source=_text_source(doc_pages),
        quality=_worst_quality(doc_pages),
        region=draft.region,
    )


def _unclassified(number: str, pages: list[Page]) -> Document:
    return Document(
        id=number,
        file=pages[0].file,
        pages=[p.number for p in pages],
        type=DocType.other,
        type_confidence=0.0,
        text_source=_text_source(pages),
        quality=_worst_quality(pages),
    )
