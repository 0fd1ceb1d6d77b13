"""Looking for a declared value in a document's own words, the way a reviewer does.

A reviewer holding the declared row does not first ask "what did the reader take
for the contract amount?" but "does the contract say 245 万 anywhere?". A check
asks the same here before it compares the extracted field (CONTRACT 2, DESIGN
"How a check decides"): the declared amount in every spelling the money parser
knows (figures with or without separators, 元 / 万元 / 亿, capital numerals), the
declared name fuzzily (widths, brackets, legal-form spellings, a name wrapped
onto the next line, an OCR slip), the declared date in every spelling. Found:
the check passes and the place is its evidence. The search runs over every line
of the document's pages, not only where extraction looked.

The text is the pages' words as extraction produced them; nothing here reads a
file or renders a page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz import fuzz

from jianzheng.extract.fields.dates import find_dates, full_date
from jianzheng.models import BBox, Document, Evidence, Page
from jianzheng.models.money import amounts_agree, find_amounts, money_precision
from jianzheng.models.text import fold

from .normalise import normalise_company
from .rules import rules


@dataclass(frozen=True)
class DocLine:
    """One visual line of a document page: its text, box and the reader's confidence."""

    page: int
    text: str
    bbox: BBox
    confidence: float
    cells: tuple[tuple[str, BBox], ...] = ()
    """The line's words (text and box) left to right: the cells of a table or form row."""


def document_lines(pages: Mapping[tuple[str, int], Page], doc: Document) -> list[DocLine]:
    """Every visual line of a document's pages, in reading order."""
    lines: list[DocLine] = []
    for number in doc.pages:
        page = pages.get((doc.file, number))
        if page is None:
            continue
        for words in page.within(doc.region).lines():
            text = " ".join(w.text for w in words)
            box: BBox = (
                min(w.bbox[0] for w in words),
                min(w.bbox[1] for w in words),
                max(w.bbox[2] for w in words),
                max(w.bbox[3] for w in words),
            )
            cells = tuple((w.text, w.bbox) for w in words)
            lines.append(DocLine(number, text, box, min(w.confidence for w in words), cells))
    return lines


@dataclass(frozen=True)
class Found:
    """Where a declared value stands in a document, and how it is printed there."""

    line: DocLine
    printed: str

    def evidence(self, doc: Document) -> Evidence:
        """The place as report evidence."""
        return Evidence(
            document=doc.id, file=doc.file, page=self.line.page, bbox=self.line.bbox, text=self.line.text
        )


def find_amount(
    lines: list[DocLine], declared: Decimal, declared_unit: Decimal, *, figures_only: bool = False
) -> Found | None:
    """The first line that states ``declared`` (equal at the coarser of the two precisions), in
    figures or capital numerals (in figures only, ``figures_only``).

    Zero and amounts under one yuan are never looked for: a 0 or a 1 stands on every page.
    """
    if declared < 1:
        return None
    for line in lines:
        for amount in find_amounts(line.text):
            if amount.value is None or amount.value < 1 or (figures_only and amount.kind != "figure"):
                continue
            if amounts_agree(amount.value, money_precision(amount.text), declared, declared_unit):
                return Found(line, amount.text)
    return None


def _column_continuations(line: DocLine, below: DocLine) -> list[str]:
    """Each cell of a line joined with the cell under it that continues its column.

    A form or table keeps a long value in its column: 名称 新疆…控股集团凯瑞明德信息 | 注册资本 …
    over 技术有限公司 | 成立日期 …; the name is the first cell and the cell below it, not the next
    line as a whole.
    """
    joined = []
    for text, box in line.cells:
        for below_text, below_box in below.cells:
            if box[0] - 2 <= below_box[0] < box[2] and below_box[2] > box[0]:
                joined.append(text + below_text)
                break
    return joined


def _windows(lines: list[DocLine]) -> list[tuple[DocLine, str]]:
    """Each line alone, joined with the next line of its page, and each cell with the cell under it
    (names wrap onto a second line, in running text or inside their column)."""
    out: list[tuple[DocLine, str]] = []
    for i, line in enumerate(lines):
        out.append((line, line.text))
        if i + 1 < len(lines) and lines[i + 1].page == line.page:
            below = lines[i + 1]
            out.append((line, line.text + below.text))
            out += [(line, text) for text in _column_continuations(line, below)]
    return out


def _find_fuzzy(
    lines: list[DocLine],
    target: str,
    fold_line: Callable[[str], str],
    cutoff: float | None = None,
    besides: tuple[str, ...] = (),
    accept: Callable[[str, int, int], bool] | None = None,
) -> Found | None:
    """The first window whose folded text holds ``target`` whole, or but for an OCR slip per ten
    characters (the same bar as two spellings of one company: rules names.same_company_min).

    ``besides``: folded longer names whose text is blanked out of each window first. ``accept``:
    whether a near spelling found (the window and the found span) counts; an exact one always does.
    """
    cutoff = cutoff if cutoff is not None else rules().names.same_company_min * 100
    for line, text in _windows(lines):
        window = fold_line(text)
        for longer in besides:
            window = window.replace(longer, "|")
        if target in window:
            return Found(line, target)
        if len(window) >= len(target) - 1:
            hit = fuzz.partial_ratio_alignment(target, window, score_cutoff=cutoff)
            if hit is not None and (accept is None or accept(window, hit.dest_start, hit.dest_end)):
                return Found(line, window[hit.dest_start : hit.dest_end])
    return None


def find_name(lines: list[DocLine], name: str, besides: tuple[str, ...] = ()) -> Found | None:
    """A line (or a line and the next) that names the organisation ``name``.

    Names compare normalised (widths, brackets, 有限责任公司/有限公司): a reading of
    新疆天山云数信息技朮有限公司 finds 新疆天山云数信息技术有限公司. ``besides`` are longer
    names that may hold ``name`` without naming it: a client heads its project's name
    (某县疾病预防控制中心电子病历系统改造项目), which a subcontract repeats while its 发包人
    is the general contractor.
    """
    target = normalise_company(name)
    if len(target) < rules().names.min_party_chars:
        return None
    longer = tuple(f for f in (normalise_company(b) for b in besides) if target in f and f != target)
    return _find_fuzzy(
        lines,
        target,
        normalise_company,
        besides=longer,
        accept=lambda window, start, end: not _other_place(window[max(0, end - len(target)) : end], target),
    )


def _other_place(found: str, target: str) -> bool:
    """Whether a near spelling, read as long as the name and ending where it ends, differs from it
    only in its opening place name (和田安信… for 新疆安信…): a sister company registered elsewhere,
    not an OCR slip, which falls anywhere."""
    if len(found) != len(target) or found == target:
        return False
    diff = [i for i, (a, b) in enumerate(zip(found, target, strict=True)) if a != b]
    return len(diff) >= 2 and max(diff) < 3


def find_project_name(lines: list[DocLine], name: str) -> Found | None:
    """A line (or a line and the next) that holds the declared project name whole.

    Stricter than a company name: the whole declared name, suffix included, with at most an OCR
    slip per twenty characters. Two projects of one client share most of their names
    (某局信息化建设项目 / 某局智慧水务调度系统建设项目), so a stripped core or one slip in a short
    name would find the client's other project.
    """
    target = fold(name)
    if len(target) < 6:
        return None
    return _find_fuzzy(lines, target, fold, cutoff=95.0)


def find_date(lines: list[DocLine], date: dt.date) -> Found | None:
    """The first line that states ``date`` in any spelling (2024-03-05, 2024年3月5日, 二〇二四年三月五日)."""
    for line in lines:
        for found in find_dates(line.text):
            if full_date(found.value) == date:
                return Found(line, found.text)
    return None
