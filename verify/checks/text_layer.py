"""TEXT_LAYER_MISMATCH: a PDF page's hidden text layer says something else than the page shows.

Extraction reads a page for what a viewer sees (the visible text layer and OCR
of the rendered page) and keeps the text a viewer cannot see apart
(``Page.hidden_words``: text under an opaque scan, invisible render-mode-3
text, white on white). This check compares the key values of the two: amounts
(figures and capital numerals), full dates, organisation names and unified
social credit codes. It opens no file and renders nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz import fuzz

from jianzheng.extract.fields.credit_code import find_credit_codes, is_valid_code
from jianzheng.extract.fields.dates import find_dates
from jianzheng.extract.fields.lines import Line, page_lines
from jianzheng.extract.fields.parties import clean_party_name, is_org_name
from jianzheng.models import BBox, BoxFrame, Code, Evidence, Finding, Page
from jianzheng.models.money import find_amounts

from ..registry import CheckContext, check
from ..rules import rules

_KINDS = {"amount": "金额", "date": "日期", "org": "单位名称", "code": "统一社会信用代码"}


@dataclass(frozen=True)
class KeyValue:
    """A key value read on a page: its kind, its value, the text it was read from and where."""

    kind: str
    value: Decimal | dt.date | str
    text: str
    bbox: BBox
    confidence: float


@dataclass(frozen=True)
class Conflict:
    hidden: KeyValue
    shown: KeyValue


@check(Code.TEXT_LAYER_MISMATCH, needs_declaration=False)
def text_layer_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """TEXT_LAYER_MISMATCH: one warning per page whose hidden text layer contradicts what the page shows.

    中文：页面隐藏的文字层与页面图像显示的内容不一致，每页一条警告。

    Rule: CONTRACT 2.3 (text hidden under a scanned page image must not be
    trusted over what the page shows; the visible content is what the checker
    reads) and seed 004 (auditors check that contracts and acceptance documents
    are authentic; a forged text layer under a genuine scan is a forged
    document). Precision: a scanner's own OCR layer has OCR errors, so a hidden
    value counts only when it is well formed (a full date, a valid credit code,
    an amount with money context, a name ending as an organisation's), appears
    nowhere in the page's visible reading, and the visible reading at its place
    holds a confident value of the same kind that differs. A missing or unsure
    visible reading is no mismatch. Thresholds: inspection.toml [text_layer].

    Example: 文字层与页面图像不符：contract.pdf 第 1 页，金额：隐藏文字层为「¥2,450,000.00」，页面显示「204.50万元」
    """
    for (file, number), page in sorted(ctx.pages.items()):
        # On a page turned or flattened for OCR, visible and hidden coordinates are not comparable.
        if not page.hidden_words or page.rotation or page.sheet:
            continue
        conflicts = page_conflicts(page)
        if not conflicts:
            continue
        document = next((d.id for d in ctx.documents if d.file == file and number in d.pages), None)
        limit = rules().text_layer.max_quoted
        parts = [
            f"{_KINDS[c.hidden.kind]}：隐藏文字层为「{c.hidden.text}」，页面显示「{c.shown.text}」"
            for c in conflicts[:limit]
        ]
        first = conflicts[0]
        evidence = []
        for conflict in conflicts[:limit]:
            evidence += [
                Evidence(
                    document=document,
                    file=file,
                    page=number,
                    bbox=conflict.shown.bbox,
                    text=conflict.shown.text,
                ),
                Evidence(
                    document=document,
                    file=file,
                    page=number,
                    bbox=conflict.hidden.bbox,
                    # Hidden words are in the PDF page's own points; pages read turned are skipped above.
                    frame=BoxFrame.pdf_points,
                    text=f"隐藏文字层：{conflict.hidden.text}",
                ),
            ]
        yield Finding(
            code=Code.TEXT_LAYER_MISMATCH,
            documents=[document] if document else [],
            declared=first.shown.text,
            found=first.hidden.text,
            message=f"文字层与页面图像不符：{file} 第 {number} 页，" + "；".join(parts),
            evidence=evidence,
        )


def page_conflicts(page: Page) -> list[Conflict]:
    """Hidden key values that the page, where they sit, plainly shows otherwise (top to bottom)."""
    shown = key_values(page_lines(page))
    hidden_page = page.model_copy(update={"words": page.hidden_words, "hidden_words": []})
    conflicts = []
    for value in key_values(page_lines(hidden_page)):
        if any(_same(value, other) for other in shown if other.kind == value.kind):
            continue
        there = _at_place(value, [s for s in shown if s.kind == value.kind])
        if there is not None and there.confidence >= rules().text_layer.min_shown_confidence:
            conflicts.append(Conflict(hidden=value, shown=there))
    return sorted(conflicts, key=lambda c: (c.hidden.bbox[1], c.hidden.bbox[0]))


def key_values(lines: list[Line]) -> list[KeyValue]:
    """Well-formed key values of the lines: amounts, full dates, organisation names, valid credit codes."""
    found: list[KeyValue] = []
    for line in lines:

        def add(kind: str, value: Decimal | dt.date | str, start: int, end: int, line: Line = line) -> None:
            snip = line.snippet(start, end)
            if snip is not None:
                found.append(KeyValue(kind, value, snip.text, snip.bbox, snip.confidence))

        for amount in find_amounts(line.text):
            if amount.value is not None and amount.value > 0:
                add("amount", amount.value, amount.start, amount.end)
        for date in find_dates(line.text):
            if isinstance(date.value, dt.date):
                add("date", date.value, date.start, date.end)
        for start, end, code in find_credit_codes(line.text):
            if is_valid_code(code) and line.text[start:end].upper() == code:
                add("code", code, start, end)
        for start, end in _segments(line.text):
            cleaned = clean_party_name(line.text[start:end])
            if cleaned is not None and cleaned[1] >= 1.0 and is_org_name(cleaned[0]) and len(cleaned[0]) >= 4:
                add("org", cleaned[0], start, end)
    return found


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of a line between label colons and cell gaps, where a name may stand alone."""
    start = 0
    for i, ch in enumerate(text + "\t"):
        if ch in "\t:：;；,，":
            if text[start:i].strip():
                yield start, i
            start = i + 1


def _same(a: KeyValue, b: KeyValue) -> bool:
    if a.kind == "org":
        # A name the page shows with its role label run into it (委托方(甲方) 某公司, one OCR box)
        # still shows the name: found in what is shown, it agrees.
        one, other = str(a.value), str(b.value)
        if one in other or other in one:
            return True
        return fuzz.ratio(one, other) / 100 >= rules().text_layer.same_name_min
    return a.value == b.value


def _at_place(value: KeyValue, candidates: list[KeyValue]) -> KeyValue | None:
    """The visible value of the same kind on the hidden value's line and across its span, if any."""
    x0, y0, x1, y1 = value.bbox
    height = max(y1 - y0, 1.0)
    slack = 2 * height
    best: tuple[float, KeyValue] | None = None
    for other in candidates:
        ox0, oy0, ox1, oy1 = other.bbox
        vertical = min(y1, oy1) - max(y0, oy0)
        if vertical < 0.5 * min(height, max(oy1 - oy0, 1.0)):
            continue
        if ox0 > x1 + slack or ox1 < x0 - slack:
            continue
        distance = abs((ox0 + ox1) / 2 - (x0 + x1) / 2)
        if best is None or distance < best[0]:
            best = (distance, other)
    return best[1] if best else None
