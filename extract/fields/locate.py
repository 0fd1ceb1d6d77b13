"""Finding labelled values on a page: label vocabulary → label hits → value snippets.

Labels are matched with spaCy's PhraseMatcher on a blank ``zh`` pipeline
(character tokens) over each line's text with whitespace removed, so that
OCR's spaced-out labels (甲 方：, 名        称:) match as printed. A match
counts as a label when it starts its cell (after an enumerator such as 一、)
or is followed by a colon, possibly after a decoration ((盖章), （全称）);
甲方应于… in running text is not a label.

The value of a label is the rest of its cell on the same line, up to the next
label; when that is empty, the cell on the line below that lies under the
label.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import spacy
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from .labels import vocabulary
from .lines import Line, Snippet, union

# A bare 、 is what OCR leaves of 一、: the one-stroke numeral is the character it most often drops.
_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]*[、.]|\(?[一二三四五六七八九十\d]+\)|\d+(?:\.\d+)*[、.]?|[加减]:|其中:|[*•·□☐☑√✓■▣]|第[一二三四五六七八九十\d]+条)*$"
)
_AFTER = re.compile(r"^\s*(?:\([^()\t]{0,14}\)\s*)*(?P<colon>[:：]|\t|$)?")
_ENDS_CELL = re.compile(r"^ *(?:\t|$)")
_CELL_KEYS = {"party_a", "party_b", "third_party"}
_FILLER = re.compile(r"^[\s:：_＿—\-.。·]+|[\s_＿—]+$")


@dataclass(frozen=True)
class LabelHit:
    """A label on a line: which field it names, and where its value may start."""

    line: Line
    key: str
    label: str
    start: int
    """Index of the label's first character in ``line.text``."""
    end: int
    """Index after the label, its decorations and its colon."""
    colon: bool
    fuzzy: bool = False
    """Matched with one character misread (OCR), not exactly."""
    inner: bool = False
    """Run into the cell before it (某县住承建单位 | 新疆某公司): a label only on a form's row."""

    @property
    def snippet(self) -> Snippet:
        snip = self.line.snippet(self.start, self.end)
        assert snip is not None  # a label always has characters
        return snip


@dataclass(frozen=True)
class Value:
    """A label's value: the value snippet, and the label+value snippet as evidence."""

    hit: LabelHit
    value: Snippet
    evidence: Snippet
    below: bool
    """True when the value was read from the line below the label."""
    line: Line | None = None
    """The line the value was read from (the label's, or the one below it)."""
    stacked: bool = False
    """Read from a wrapped table cell: lines beside the label's, above and below it, joined."""


@lru_cache(maxsize=1)
def _nlp() -> Language:
    # The blank Chinese pipeline segments into characters, which suits
    # labels: no word-segmentation model, nothing to download.
    return spacy.blank("zh")


@lru_cache(maxsize=64)
def _matcher(vocab_items: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseMatcher:
    nlp = _nlp()
    matcher = PhraseMatcher(nlp.vocab)
    for key, labels in vocab_items:
        matcher.add(key, [nlp.make_doc(label) for label in labels])
    return matcher


def _freeze(keys: Mapping[str, Sequence[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((k, tuple(v)) for k, v in keys.items()))


def find_labels(lines: Iterable[Line], keys: Mapping[str, Sequence[str]]) -> list[LabelHit]:
    """Every label hit of the given keys (field name → labels) on the lines, in reading order.

    Overlapping matches keep the longest (项目名称 over 名称); a match that is
    neither at its cell's start nor followed by a colon is not a label.
    """
    matcher = _matcher(_freeze(keys))
    nlp = _nlp()
    hits: list[LabelHit] = []
    for line in lines:
        if not line.compact:
            continue
        doc = nlp.make_doc(line.compact)
        raw = [(nlp.vocab.strings[mid], s, e) for mid, s, e in matcher(doc)]
        # Longest first; a shorter match inside a longer one is dropped.
        raw.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        taken: list[tuple[int, int]] = []
        for key, cs, ce in raw:
            if any(not (ce <= a or cs >= b) for a, b in taken if (a, b) != (cs, ce)):
                continue
            hit = _as_label(line, key, cs, ce)
            if hit is not None:
                hits.append(hit)
                taken.append((cs, ce))
        if any(c < 1.0 for c in line.confs):
            hits.extend(_fuzzy_labels(line, keys, taken))
    # A label run into the cell before it counts only on a row that has a label of its own.
    framed = {id(h.line) for h in hits if not h.inner}
    hits = [h for h in hits if not h.inner or id(h.line) in framed]
    return sorted(hits, key=lambda h: (h.line.page, h.line.index, h.start))


@lru_cache(maxsize=64)
def _by_length(vocab_items: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[int, dict[str, list[str]]]:
    """Labels of four or more characters by length, each with the keys it names."""
    out: dict[int, dict[str, list[str]]] = {}
    for key, labels in vocab_items:
        for label in labels:
            if len(label) >= FUZZY_MIN:
                out.setdefault(len(label), {}).setdefault(label, []).append(key)
    return out


FUZZY_MIN = 4
"""Labels this long or longer also match an OCR reading with one character wrong."""


def _fuzzy_labels(
    line: Line, keys: Mapping[str, Sequence[str]], taken: list[tuple[int, int]]
) -> list[LabelHit]:
    """Labels at the start of an OCR'd cell read with one wrong character (合同编亏：).

    Only where no exact label starts the cell, and only when a colon follows
    or the label fills the cell, so that prose is never read as a label.
    """
    by_length = _by_length(_freeze(keys))
    found: list[LabelHit] = []
    for start, end in line.cells():
        cs = bisect_left(line.cmap, start)
        ce = bisect_left(line.cmap, end)
        cell = line.compact[cs:ce]
        if any(cs <= a <= cs + 2 for a, _ in taken):
            continue
        for length, labels in by_length.items():
            if len(cell) < length or not (len(cell) == length or cell[length] in ":："):
                continue
            match = process.extractOne(
                cell[:length], list(labels), scorer=Levenshtein.distance, score_cutoff=1
            )
            if match is None:
                continue
            for key in labels[match[0]]:
                hit = _as_label(line, key, cs, cs + length)
                if hit is not None:
                    found.append(replace(hit, label=match[0], fuzzy=True))
            break
    return found


@lru_cache(maxsize=1)
def _decorated() -> re.Pattern[str]:
    words = sorted(vocabulary().decorations, key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]")


def _as_label(line: Line, key: str, cs: int, ce: int) -> LabelHit | None:
    start, last = line.cmap[cs], line.cmap[ce - 1]
    cell_start, _ = line.cell_at(start)
    before = re.sub(r"\s", "", line.text[cell_start:start])
    at_start = _ENUMERATOR.match(before) is not None
    glued = start > 0 and not line.text[start - 1].isspace()
    if not at_start and glued and re.search(r"\s", line.text[start:last]):
        # Matching ignores blanks so that letter-spaced labels (名  称, 购 名 称) match, but a
        # label never begins in the middle of a word: the 公司 of 某有限公司 and the 名称 of the
        # next column's 名称：… are two cells, not the label 公司名称.
        return None
    after = _AFTER.match(line.text[last + 1 :])
    colon = after is not None and after["colon"] in {":", "："}
    if not colon:
        # A decoration printed without brackets before the colon: 甲方盖章：, 金额大写：
        decorated = _decorated().match(line.text[last + 1 :])
        if decorated:
            end = last + 1 + decorated.end()
            return LabelHit(line=line, key=key, label=line.compact[cs:ce], start=start, end=end, colon=True)
    # OCR reads a form's row as one box where cells sit close (某县住承建单位 | 新疆某公司): a party's
    # label of four or more characters, ending its cell or the line, may follow the cell before it
    # unseparated. Only a party's: 系统集成项目 ends many a project name.
    inner = (
        not (colon or at_start)
        and key in _CELL_KEYS
        and ce - cs >= 4
        and _ENDS_CELL.match(line.text[last + 1 :]) is not None
    )
    if not (colon or at_start or inner):
        return None
    end = last + 1 + (len(after.group(0).rstrip()) if after is not None else 0)
    return LabelHit(
        line=line, key=key, label=line.compact[cs:ce], start=start, end=end, colon=colon, inner=inner
    )


def _clean_span(line: Line, start: int, end: int) -> tuple[int, int]:
    text = line.text[start:end]
    lead = _FILLER.match(text)
    if lead:
        start += lead.end()
    trail = _FILLER.search(line.text[start:end])
    if trail and trail.start() > 0:
        end = start + trail.start()
    return start, end


def value_of(
    hit: LabelHit,
    hits: Sequence[LabelHit],
    lines: Sequence[Line],
    *,
    below: bool = True,
    wrapped: bool = True,
) -> Value | None:
    """The value beside a label (rest of its cell, with the cell's wrapped lines when ``wrapped``),
    or under it on the next line.

    ``hits`` are all label hits of the page, so that a value stops where the
    next label on the same line begins (甲方：A公司 乙方：B公司).
    """
    line = hit.line
    # The value's cell is the first cell after the label: a label column and
    # its value may be separate cells (法定代表人    王建国).
    first = next((i for i in range(hit.end, len(line.text)) if not line.text[i].isspace()), hit.end)
    _, end = line.cell_at(first) if first < len(line.text) else (0, hit.end)
    for other in hits:
        if other.line is line and other.start >= hit.end and other.start < end:
            end = other.start
    start, end = _clean_span(line, hit.end, end)
    snippet = line.snippet(start, end) if start < end else None
    stacked = _wrapped_cell(hit, hits, lines, snippet) if wrapped else None
    if stacked is not None:
        return stacked
    if snippet is not None:
        evidence = line.snippet(hit.start, end) or snippet
        return Value(hit=hit, value=snippet, evidence=evidence, below=False, line=line)
    if not below:
        return None
    return _value_below(hit, hits, lines)


def _wrapped_cell(
    hit: LabelHit, hits: Sequence[LabelHit], lines: Sequence[Line], value: Snippet | None
) -> Value | None:
    """A value whose table cell wraps: the label's line and the lines beside it, joined top to bottom.

    In a form row whose cells wrap (建设单位 | 某局 | 承建单位 | 新疆某某有限责 / 任公司), the
    label sits at the row's middle and its value's lines above and below it, each overlapping
    the label's line. Only text in the value's column counts: right of the label, left of the
    next label on the line, starting where the value starts. None when no line lies beside.
    """
    line, h = hit.line, hit.line.height
    x_from = hit.snippet.bbox[2]
    x_to = min(
        (o.snippet.bbox[0] for o in hits if o.line is line and o.start >= hit.end),
        default=float("inf"),
    )
    pieces: list[Snippet] = []
    for other in lines:
        if other.page != line.page or other is line:
            continue
        if min(other.bottom, line.bottom) - max(other.top, line.top) < 0.25 * min(h, other.height):
            continue
        inside = [
            i
            for i, b in enumerate(other.boxes)
            if x_from <= (b[0] + b[2]) / 2 < x_to and not other.text[i].isspace()
        ]
        if not inside or "\t" in other.text[inside[0] : inside[-1] + 1]:
            continue
        cell_start, _ = other.cell_at(inside[0])
        if other.text[cell_start : inside[0]].strip():
            continue  # the end of another cell (发票代码:0500… over 发票号码:), not a line of its own
        if any(o.line is other and x_from <= o.snippet.bbox[0] < x_to for o in hits):
            continue  # another label's row, not this value's wrapped line
        piece = other.snippet(inside[0], inside[-1] + 1)
        if piece is not None:
            pieces.append(piece)
    if not pieces:
        return None
    parts = sorted(pieces + ([value] if value is not None else []), key=lambda s: s.bbox[1])
    left = value.bbox[0] if value is not None else min(p.bbox[0] for p in parts)
    if any(abs(p.bbox[0] - left) > 2 * h for p in parts) or left > x_from + 8 * h:
        return None  # pieces not aligned as one cell's lines are
    text = "".join(p.text for p in parts)
    joined = Snippet(line.page, text, union([p.bbox for p in parts]), min(p.confidence for p in parts))
    label = hit.snippet
    evidence = Snippet(line.page, f"{label.text} {text}", union([label.bbox, joined.bbox]), joined.confidence)
    return Value(hit=hit, value=joined, evidence=evidence, below=False, line=line, stacked=True)


def _in_column(hit: LabelHit, nxt: Line, hits: Sequence[LabelHit]) -> Value | None:
    """The words of the next line under a header label (甲方  乙方 over 名称  A  B).

    Each word of the next line goes to the header label whose centre is
    nearest to its own (centred or left-aligned headers alike); row labels
    (名称) are left out.
    """
    row = [h for h in hits if h.line is hit.line]
    centres = {id(h): (h.snippet.bbox[0] + h.snippet.bbox[2]) / 2 for h in row}
    taken = [(h.start, h.end) for h in hits if h.line is nxt]
    words: dict[int, list[int]] = {}
    for i, number in enumerate(nxt.word_of):
        if number >= 0 and not nxt.text[i].isspace() and not any(a <= i < b for a, b in taken):
            words.setdefault(number, []).append(i)
    mine: list[int] = []
    for indices in words.values():
        box = union([nxt.boxes[i] for i in indices])
        centre = (box[0] + box[2]) / 2
        nearest = min(row, key=lambda h: abs(centres[id(h)] - centre))
        if nearest is hit:
            mine.extend(indices)
    if not mine:
        return None
    start, end = _clean_span(nxt, min(mine), max(mine) + 1)
    snippet = nxt.snippet(start, end)
    if snippet is None:
        return None
    label = hit.snippet
    evidence = Snippet(
        label.page, f"{label.text} {snippet.text}", union([label.bbox, snippet.bbox]), snippet.confidence
    )
    return Value(hit=hit, value=snippet, evidence=evidence, below=True, line=nxt)


def _value_below(hit: LabelHit, hits: Sequence[LabelHit], lines: Sequence[Line]) -> Value | None:
    line = hit.line
    label_box = hit.snippet.bbox
    header_row = sum(1 for h in hits if h.line is line) >= 2
    for nxt in lines:
        if nxt.page != line.page or nxt.index <= line.index:
            continue
        if nxt.top - line.bottom > 2.5 * line.height:
            return None
        if header_row:
            return _in_column(hit, nxt, hits)
        # The cell under the label: overlapping its start, the nearest left edge.
        h = line.height
        cells = [
            (cs, ce)
            for cs, ce in nxt.cells()
            if union(nxt.boxes[cs:ce])[2] >= label_box[0] + h
            and union(nxt.boxes[cs:ce])[0] <= label_box[0] + 12 * h
        ]
        cells.sort(key=lambda c: abs(union(nxt.boxes[c[0] : c[1]])[0] - label_box[0]))
        for cs, ce in cells[:1]:
            if any(h.line is nxt and cs <= h.start < ce for h in hits):
                return None  # the next line holds another label, not this value
            start, end = _clean_span(nxt, cs, ce)
            snippet = nxt.snippet(start, end)
            if snippet is None:
                continue
            evidence = Snippet(
                page=line.page,
                text=f"{hit.snippet.text} {snippet.text}",
                bbox=union([label_box, snippet.bbox]),
                confidence=snippet.confidence,
            )
            return Value(hit=hit, value=snippet, evidence=evidence, below=True, line=nxt)
        return None
    return None


def labelled_values(
    lines: Sequence[Line], keys: Mapping[str, Sequence[str]], wanted: str, *, below: bool = True
) -> list[Value]:
    """The values of every ``wanted`` label on the lines, in reading order.

    ``keys`` is the whole vocabulary in play (so that neighbouring labels
    bound each value); ``wanted`` names the field whose values are returned.
    """
    hits = find_labels(lines, keys)
    values = []
    for hit in hits:
        if hit.key != wanted:
            continue
        value = value_of(hit, hits, lines, below=below)
        if value is not None:
            values.append(value)
    return values
