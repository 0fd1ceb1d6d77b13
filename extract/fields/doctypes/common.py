"""What every per-type extractor shares: a document's pages read into lines and label hits.

An extractor asks for the values of a field's labels in reading order and
keeps the first that parses; the ``Extracted`` it returns carries the
label-and-value snippet as evidence (page, box, text as printed).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from jianzheng.models import Extracted, Page, TextSource
from jianzheng.models.document import _Fields
from jianzheng.models.money import find_amounts

from ..dates import find_dates, full_date
from ..label_hits import LabelHit, find_labels
from ..labels import vocabulary
from ..lines import Line, Running, Snippet, page_lines, running, union
from ..locate import Value, value_of
from ..parties import find_parties, is_org_name, without_decorations

T = TypeVar("T")
Parsed = tuple[Any, float] | None
"""A parser's answer: (value, confidence factor), or None when the text is no such value."""


@lru_cache(maxsize=1)
def all_keys() -> dict[str, list[str]]:
    """Every label of the vocabulary by key, party labels as party_a / party_b."""
    vocab = vocabulary()
    return {**vocab.fields, "party_a": vocab.parties.a, "party_b": vocab.parties.b}


def extracted(value: T, snippet: Snippet, confidence: float = 1.0) -> Extracted[T]:
    """A field value with its evidence; confidence is the reader's times the parser's."""
    return Extracted(
        value=value,
        confidence=round(max(0.0, min(1.0, snippet.confidence * confidence)), 3),
        page=snippet.page,
        bbox=tuple(round(c, 1) for c in snippet.bbox),  # type: ignore[arg-type]
        text=snippet.text,
    )


@dataclass
class Reading:
    """A document's pages as lines, with every vocabulary label found on them."""

    pages: list[Page]
    lines: list[Line]
    hits: list[LabelHit]
    wrapped_cells: bool = True
    """Join a value's wrapped table cell (lines beside the label's; locate.value_of). A license
    turns it off: its two columns interleave, and its column reader joins what runs on."""

    @classmethod
    def of(cls, pages: Sequence[Page]) -> Reading:
        """Read the pages (in document order) into lines and label hits."""
        lines = [line for page in pages for line in page_lines(page)]
        return cls(pages=list(pages), lines=lines, hits=find_labels(lines, all_keys()))

    @property
    def text(self) -> str:
        """All the document's text without whitespace, lines joined by newlines."""
        return "\n".join(line.compact for line in self.lines)

    def values(self, key: str, *, below: bool = True) -> Iterator[Value]:
        """Values of the key's labels, in reading order."""
        for hit in self.hits:
            if hit.key == key:
                value = value_of(hit, self.hits, self.lines, below=below, wrapped=self.wrapped_cells)
                if value is not None:
                    yield value

    def first(self, key: str, parse: Callable[[str], Parsed], *, below: bool = True) -> Extracted[Any] | None:
        """The first value of the key's labels that parses."""
        for value in self.values(key, below=below):
            parsed = parse(value.value.text)
            if parsed is not None:
                result, certainty = parsed
                factor = (0.95 if value.below else 1.0) * (0.9 if value.hit.fuzzy else 1.0)
                return extracted(result, value.evidence, certainty * factor)
        return None

    def first_by_label(self, key: str, parse: Callable[[str], Parsed]) -> Extracted[Any] | None:
        """The first value that parses, trying the key's labels in the vocabulary's order.

        For fields where one label is more specific than another that may
        come first on the page (登记号 before 证书号 on a software copyright).
        """
        values = list(self.values(key))
        for label in all_keys()[key]:
            for value in values:
                if value.hit.label != label:
                    continue
                parsed = parse(value.value.text)
                if parsed is not None:
                    return extracted(parsed[0], value.evidence, parsed[1] * (0.95 if value.below else 1.0))
        return None

    def party(
        self,
        role: str,
        keys: tuple[str, str] = ("party_a", "party_b"),
        *,
        reject: Callable[[str], bool] | None = None,
    ) -> Extracted[str] | None:
        """Party A or B by the vocabulary's party labels (``reject``: names that hold neither role)."""
        parties = find_parties(
            self.lines, self.hits, roles={"a": keys[0], "b": keys[1]}, occluded=self.under_seal, reject=reject
        )
        party = parties.get("a" if role == "a" else "b")  # type: ignore[call-overload]
        if party is None or not is_org_name(party.name):
            # A party's name ends as an organisation's does (有限公司, 局, 中心 …); anything else
            # is a fragment or a misreading (盗基应急管理题), not a name to compare.
            return None
        if self.under_seal(party.value):
            # What OCR reads where a seal is stamped over a name says nothing about who signed
            # when it is a fragment (乌鲁木齐 of a client's name, the rest lost under red ink) or
            # had to be cut out of pieces run together (乌鲁木齐图网络科:有责任公司): left out. The (章)
            # printed for the stamp beside the name is no part of what was read of it.
            read = re.sub(r"\s", "", without_decorations(party.value.text))
            if not is_org_name(party.name) or ":" in read or len(party.name) < len(read) - 2:
                return None
        # A whole name OCR'd under a seal may still be misread (新疆胡权科志… for 新疆胡杨科技…).
        doubt = 0.7 if self.under_seal(party.value) else 1.0
        return extracted(
            party.name, party.evidence, doubt * party.confidence / max(party.evidence.confidence, 1e-6)
        )

    def under_seal(self, snippet: Snippet) -> bool:
        """Whether the snippet was OCR'd where a red seal covers the page (a text layer under a
        seal image reads intact)."""
        x0, y0, x1, y1 = snippet.bbox
        return any(
            seal.bbox[0] < x1 and x0 < seal.bbox[2] and seal.bbox[1] < y1 and y0 < seal.bbox[3]
            for page in self.pages
            if page.number == snippet.page and page.text_source != TextSource.text
            for seal in page.seals
        )

    def lines_with(self, words: Sequence[str]) -> Iterator[Line]:
        """Lines whose compact text holds one of the words."""
        for line in self.lines:
            if any(w in line.compact for w in words):
                yield line

    def find_in_text(self, pattern: re.Pattern[str]) -> tuple[re.Match[str], Line] | None:
        """The first regex match on a line (on the line's text with whitespace kept)."""
        for line in self.lines:
            match = pattern.search(line.text)
            if match:
                return match, line
        return None


def joined(parts: list[Snippet], separator: str) -> Snippet:
    """A value read over several lines as one snippet: its texts joined, its boxes united."""
    if len(parts) == 1:
        return parts[0]
    return Snippet(
        page=parts[0].page,
        text=separator.join(p.text for p in parts),
        bbox=union([p.bbox for p in parts]),
        confidence=min(p.confidence for p in parts),
    )


F = TypeVar("F", bound=_Fields)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def untrusted(page: Page, field: Extracted[Any]) -> bool:
    """Whether a field was read from a page too poor to trust (labels.toml ``[trust]``).

    A scan the quality check calls unreadable, one below ``min_dpi`` (容县应急管理局 read as
    盗基应急管理题 at 61 DPI), or OCR words under the value read with less than
    ``min_ocr_confidence``. Text-layer pages are read exactly.
    """
    if page.text_source == TextSource.text:
        return False
    trust = vocabulary().trust
    quality = page.quality
    if quality is not None and (
        not quality.readable or (quality.dpi is not None and quality.dpi < trust.min_dpi)
    ):
        return True
    if field.bbox is None:
        return False
    under = [w.confidence for w in page.words if _overlaps(w.bbox, field.bbox)]
    return bool(under) and min(under) < trust.min_ocr_confidence


def with_trust(reading: Reading, fields: F) -> F:
    """The fields, each read from an untrusted page capped at ``untrusted_confidence``, so that
    verify refuses to raise an error on it (inspection.toml unsure_below)."""
    cap = vocabulary().trust.untrusted_confidence
    pages = {page.number: page for page in reading.pages}
    updates: dict[str, Extracted[Any]] = {}
    for name, field in fields.present().items():
        page = pages.get(field.page)
        if page is not None and field.confidence > cap and untrusted(page, field):
            updates[name] = field.model_copy(update={"confidence": cap})
    return fields.model_copy(update=updates) if updates else fields


def as_text(text: str) -> Parsed:
    """A non-empty text value, whitespace squeezed."""
    cleaned = re.sub(r"\s+", " ", text).strip(" :：")
    return (cleaned, 1.0) if cleaned else None


def as_date(text: str) -> Parsed:
    """A whole date in the value."""
    found = [f for f in find_dates(text) if full_date(f.value)]
    if not found:
        from ..dates import parse_date

        value = full_date(parse_date(text))
        return (value, 0.95) if value else None
    return found[0].value, 1.0


def as_money(text: str) -> Parsed:
    """An amount in the value: figures first, then capital numerals (less sure)."""
    amounts = [a for a in find_amounts(text) if a.value is not None]
    figures = [a for a in amounts if a.kind == "figure"]
    if figures:
        return figures[0].value, 1.0
    if amounts:
        return amounts[0].value, 0.9
    from jianzheng.models.money import parse_figure

    bare = parse_figure(text)
    return (bare, 0.9) if bare is not None else None


def as_year(text: str) -> Parsed:
    """A fiscal year: 2024年度, 2024年12月31日, 2024年."""
    match = re.search(r"(?<!\d)(19[5-9]\d|20\d\d)\s*年", text)
    return (int(match.group(1)), 1.0) if match else None


def quantize(value: Decimal) -> Decimal:
    """Money to the cent, as the report writes it."""
    return value.quantize(Decimal("0.01"))


def date_in_line(line: Line) -> tuple[dt.date, Snippet] | None:
    """The first whole date on a line, with its snippet."""
    for found in find_dates(line.text):
        value = full_date(found.value)
        if value is not None:
            snip = line.snippet(found.start, found.end)
            if snip is not None:
                return value, snip
    return None


def running_text(reading: Reading) -> list[Running]:
    """Each page's lines joined without whitespace, in reading order."""
    return running(reading.lines)
