"""Scoring one report against the ground truth of its sample submission.

Pure functions, so that `jianzheng-dev evaluate` and the tests compute the same
numbers: page-type accuracy, document-boundary F1, field accuracy (text layer
vs scanned), finding precision and recall per code, and the error findings
raised on clean submissions.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from pydantic import BaseModel, Field, computed_field

from jianzheng.models import Code, Document, Finding, Report, Severity, Truth, TruthDocument, TruthFinding
from jianzheng.models.money import amounts_agree
from jianzheng.verify.compare import field_unit


class Tally(BaseModel):
    """Right answers out of all answers."""

    correct: int = 0
    total: int = 0

    def add(self, right: bool) -> None:
        """Count one answer."""
        self.total += 1
        self.correct += int(right)

    def merge(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.correct += other.correct
        self.total += other.total

    @computed_field  # type: ignore[prop-decorator]
    @property
    def rate(self) -> float | None:
        return self.correct / self.total if self.total else None


class Counts(BaseModel):
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def merge(self, other: Counts) -> None:
        """Add another count's numbers to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)


class FieldScore(BaseModel):
    text: Tally = Field(default_factory=Tally)
    scanned: Tally = Field(default_factory=Tally)

    def merge(self, other: FieldScore) -> None:
        """Add another field score's tallies."""
        self.text.merge(other.text)
        self.scanned.merge(other.scanned)


class SampleScore(BaseModel):
    """The score of one sample submission."""

    name: str
    clean: bool = False
    failed: str | None = None
    """Why the sample could not be checked (the checker raised); nothing else is scored then."""
    seconds: float = 0.0
    page_types: Tally = Field(default_factory=Tally)
    page_types_scanned: Tally = Field(default_factory=Tally)
    boundaries: Counts = Field(default_factory=Counts)
    fields: dict[str, FieldScore] = Field(default_factory=dict)
    findings: dict[str, Counts] = Field(default_factory=dict)
    clean_errors: list[str] = Field(default_factory=list)
    """Codes of the error-severity findings raised on a clean submission."""
    missed: list[str] = Field(default_factory=list)
    """Truth findings not reported, as CODE[project,file,page]."""
    unexpected: list[str] = Field(default_factory=list)
    """Reported findings that match no truth finding, as CODE[project]."""
    field_misses: list[str] = Field(default_factory=list)
    """Fields read wrong or not at all, as type.field[file#pages]: expected → found."""
    needs_review: list[str] = Field(default_factory=list)
    """NEEDS_REVIEW findings, as the check that could not decide [project]. Scored apart: they
    assert nothing about the filing (CONTRACT 2.3), so they are neither right nor wrong, but a
    reviewer must read each one (issue 14's target: at most one per submission on average)."""


# ── page types and boundaries ────────────────────────────────────────────


def page_index(report: Report) -> dict[tuple[str, int], Document]:
    """The report document holding each (file, page)."""
    return {(d.file, page): d for d in report.documents for page in d.pages}


def score_page_types(report: Report, truth: Truth) -> tuple[Tally, Tally]:
    """Accuracy of the type of the document holding each truth page: all pages, and scanned ones."""
    index = page_index(report)
    every, scanned = Tally(), Tally()
    for page in truth.pages:
        predicted = index.get((page.file, page.page))
        right = predicted is not None and predicted.type == page.type
        every.add(right)
        if page.scanned:
            scanned.add(right)
    return every, scanned


def score_boundaries(report: Report, truth: Truth) -> Counts:
    """Documents as (file, first page, last page, type): predicted vs truth."""
    predicted = Counter((d.file, min(d.pages), max(d.pages), d.type) for d in report.documents if d.pages)
    expected = Counter((d.file, min(d.pages), max(d.pages), d.type) for d in truth.documents if d.pages)
    tp = sum((predicted & expected).values())
    return Counts(tp=tp, fp=sum(predicted.values()) - tp, fn=sum(expected.values()) - tp)


# ── fields ───────────────────────────────────────────────────────────────


_BRACKETS = str.maketrans("〔〕【】[]", "()()()")


def _as_compared(name: str, value: Any) -> Any:
    """A field's value as compared: the capital numerals with or without the lead-in printed
    against them (人民币, 人民币（大写）：; both are the amount as printed, CONTRACT 2.2)."""
    normal = normalise_value(value)
    if name == "amount_in_words" and isinstance(normal, str):
        return _WORDS_LEAD_IN.sub("", normal)
    return normal


_WORDS_LEAD_IN = re.compile(r"^(?:人民币)?(?:\(?大写\)?)?[:：]?(?:人民币)?")


def normalise_value(value: Any) -> Any:
    """A field value as compared: money and numbers as Decimal, dates ISO, text without
    spaces in half width (NFKC), enums by value, objects field by field, lists item by item."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if isinstance(value, BaseModel):
        value = value.model_dump()
    if isinstance(value, dict):
        return {k: normalise_value(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [normalise_value(v) for v in value]
    if isinstance(value, str):
        text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))
        # A document number's 〔2025〕 is read (2025) as often as not: the same brackets.
        text = text.translate(_BRACKETS)
        if re.fullmatch(r"-?\d+(\.\d+)?", text.replace(",", "")):
            try:
                return Decimal(text.replace(",", ""))
            except InvalidOperation:
                return text
        return text
    return value


def best_overlap(truth_doc: TruthDocument, documents: Iterable[Document]) -> Document | None:
    """The predicted document of the same file sharing the most pages (same type wins a tie)."""
    wanted = set(truth_doc.pages)
    best: tuple[int, bool] = (0, False)
    chosen = None
    for doc in documents:
        if doc.file != truth_doc.file:
            continue
        key = (len(wanted & set(doc.pages)), doc.type == truth_doc.type)
        if key[0] and key > best:
            best, chosen = key, doc
    return chosen


def _flatten(name: str, value: Any) -> Iterable[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _flatten(f"{name}.{key}", inner)
    else:
        yield name, value


def predicted_field(doc: Document | None, name: str) -> Any:
    """A (possibly dotted: fees.other) field value of a predicted document, or None."""
    if doc is None:
        return None
    head, _, rest = name.partition(".")
    extracted = doc.field(head)
    if extracted is None:
        return None
    value = extracted.value
    for part in rest.split(".") if rest else []:
        value = getattr(value, part, None) if not isinstance(value, dict) else value.get(part)
    return value


_FEN = Decimal("0.01")


def _as_printed(doc: Document | None, name: str, found: Any, expected: Any) -> bool:
    """Whether a money field read at a coarser precision than the truth's is what the document
    prints: a statement kept in 万元 says 534.08, which is 5,340,800 yuan to the hundred, and the
    truth's 5,340,816.96 agrees with it at that precision (CONTRACT 1.1, the checks' own rule)."""
    read, wanted = _as_compared(name, found), _as_compared(name, expected)
    extracted = doc.field(name) if doc is not None and "." not in name else None
    if extracted is None or not isinstance(extracted.value, Decimal):
        return False  # a field kept as text (capital numerals) has no printed precision to judge
    if not isinstance(read, Decimal) or not isinstance(wanted, Decimal):
        return False
    unit = field_unit(extracted)
    return unit > _FEN and amounts_agree(read, unit, wanted, _FEN)


def score_fields(report: Report, truth: Truth, misses: list[str] | None = None) -> dict[str, FieldScore]:
    """Per "type.field": truth values vs the best-overlapping predicted document's; wrong ones go to ``misses``."""
    scores: dict[str, FieldScore] = {}
    for truth_doc in truth.documents:
        doc = best_overlap(truth_doc, report.documents)
        for top, raw in truth_doc.fields.items():
            for name, expected in _flatten(top, raw):
                if expected is None:
                    continue
                found = predicted_field(doc, name)
                right = found is not None and (
                    _as_compared(name, found) == _as_compared(name, expected)
                    or _as_printed(doc, name, found, expected)
                )
                score = scores.setdefault(f"{truth_doc.type.value}.{name}", FieldScore())
                (score.scanned if truth_doc.scanned else score.text).add(right)
                if not right and misses is not None:
                    where = f"{truth_doc.file}#{','.join(map(str, truth_doc.pages))}"
                    misses.append(f"{truth_doc.type.value}.{name}[{where}]: {expected!s} → {found!s}")
    return scores


# ── findings ─────────────────────────────────────────────────────────────


def finding_places(finding: Finding, documents: dict[str, Document]) -> list[tuple[str | None, set[int]]]:
    """Where a reported finding points: (file, pages) from its evidence and its documents."""
    places: list[tuple[str | None, set[int]]] = []
    for evidence in finding.evidence:
        doc = documents.get(evidence.document or "")
        file = evidence.file or (doc.file if doc else None)
        pages = {evidence.page} if evidence.page else set(doc.pages if doc else [])
        places.append((file, pages))
    for doc_id in finding.documents:
        if doc_id in documents:
            places.append((documents[doc_id].file, set(documents[doc_id].pages)))
    return places


def finding_matches(expected: TruthFinding, finding: Finding, documents: dict[str, Document]) -> bool:
    """Same code, and the same value for each key the truth gives (project_id, file, page)."""
    if finding.code != expected.code:
        return False
    if expected.project_id is not None and finding.project_id != expected.project_id:
        return False
    if expected.file is None and expected.page is None:
        return True
    return any(
        (expected.file is None or file == expected.file) and (expected.page is None or expected.page in pages)
        for file, pages in finding_places(finding, documents)
    )


def _label(expected: TruthFinding) -> str:
    keys = [str(k) for k in (expected.project_id, expected.file, expected.page) if k is not None]
    return f"{expected.code.value}[{','.join(keys)}]"


def score_findings(report: Report, truth: Truth) -> tuple[dict[str, Counts], list[str], list[str]]:
    """Per code TP/FP/FN, one-to-one; the most specific truth findings are paired first."""
    documents = {d.id: d for d in report.documents}
    unused = list(report.findings)
    counts: dict[str, Counts] = {}
    missed: list[str] = []
    ordered = sorted(
        truth.findings, key=lambda t: -sum(k is not None for k in (t.project_id, t.file, t.page))
    )
    for expected in ordered:
        score = counts.setdefault(expected.code.value, Counts())
        hit = next((f for f in unused if finding_matches(expected, f, documents)), None)
        if hit is None:
            score.fn += 1
            missed.append(_label(expected))
        else:
            score.tp += 1
            unused.remove(hit)
    unused = [f for f in unused if f.code != Code.NEEDS_REVIEW]
    for finding in unused:
        counts.setdefault(finding.code.value, Counts()).fp += 1
    unexpected = [f"{f.code.value}[{f.project_id or ''}]" for f in unused]
    return counts, missed, unexpected


def review_labels(report: Report) -> list[str]:
    """The report's NEEDS_REVIEW findings as CHECK[project]."""
    return [
        f"{f.check.value if f.check else '?'}[{f.project_id or ''}]"
        for f in report.findings
        if f.code == Code.NEEDS_REVIEW
    ]


def score_sample(name: str, report: Report, truth: Truth, seconds: float = 0.0) -> SampleScore:
    """Everything scored for one sample."""
    pages, scanned = score_page_types(report, truth)
    findings, missed, unexpected = score_findings(report, truth)
    clean_errors = (
        [f.code.value for f in report.findings if f.severity == Severity.error] if truth.clean else []
    )
    field_misses: list[str] = []
    fields = score_fields(report, truth, field_misses)
    return SampleScore(
        name=name,
        clean=truth.clean,
        seconds=round(seconds, 2),
        page_types=pages,
        page_types_scanned=scanned,
        boundaries=score_boundaries(report, truth),
        fields=fields,
        field_misses=field_misses,
        findings=findings,
        clean_errors=clean_errors,
        missed=missed,
        unexpected=unexpected,
        needs_review=review_labels(report),
    )
