"""Finding labelled values on a page: label hits (label_hits.py) → value snippets.

The value of a label is the rest of its cell on the same line, up to the next
label; when that is empty, the cell on the line below that lies under the
label.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .label_hits import LabelHit, find_labels
from .lines import Line, Snippet, union

_FILLER = re.compile(r"^[\s:：_＿—\-.。·]+|[\s_＿—]+$")


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
    stacked = _wrapped_cell(hit, hits, lines, snippet, (start, end)) if wrapped else None
    if stacked is not None:
        return stacked
    if snippet is not None:
        evidence = line.snippet(hit.start, end) or snippet
        return Value(hit=hit, value=snippet, evidence=evidence, below=False, line=line)
    if not below:
        return None
    return value_below(hit, hits, lines)


def _wrapped_cell(
    hit: LabelHit,
    hits: Sequence[LabelHit],
    lines: Sequence[Line],
    value: Snippet | None,
    span: tuple[int, int],
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

    def piece(other: Line) -> Snippet | None:
        inside = [
            i
            for i, b in enumerate(other.boxes)
            if x_from <= (b[0] + b[2]) / 2 < x_to and not other.text[i].isspace()
        ]
        if not inside or "\t" in other.text[inside[0] : inside[-1] + 1]:
            return None
        cell_start, _ = other.cell_at(inside[0])
        if other.text[cell_start : inside[0]].strip():
            return None  # the end of another cell (发票代码:0500… over 发票号码:), not a line of its own
        if any(o.line is other and x_from <= o.snippet.bbox[0] < x_to for o in hits):
            return None  # another label's row, not this value's wrapped line
        return other.snippet(inside[0], inside[-1] + 1)

    page = [other for other in lines if other.page == line.page and other is not line]
    beside = [
        o
        for o in page
        if min(o.bottom, line.bottom) - max(o.top, line.top) >= 0.25 * min(h, o.height)
        # A line with text in the label's column is a row of its own (监理单位 | 某监理公司 under a
        # photographed 施工单位 row that leans into it), not this cell's wrapped line.
        and not _under_label(o, hit)
    ]
    pieces = [p for p in map(piece, beside) if p is not None]
    # A cell of three lines or more reaches past the row's own height: its first and last lines
    # (新疆某某兵团第十二师数 / 字经济发展集团绿洲金桥软件 / 有限公司) touch the lines beside the label.
    rest = [o for o in page if o not in beside]
    while pieces and rest:
        top = min(p.bbox[1] for p in pieces + ([value] if value else []))
        bottom = max(p.bbox[3] for p in pieces + ([value] if value else []))
        touching = [
            o
            for o in rest
            if (-0.6 * h < o.top - bottom < 0.6 * h or -0.6 * h < top - o.bottom < 0.6 * h)
            and not any(other.line is o for other in hits)  # the next row of the form, not this cell
            and not _under_label(o, hit)  # a row labelled in words we do not know (依据协议 | KJXY-…)
            and not _beside_another_row(o, line, hits)  # the wrapped tail of the row above's cell
        ]
        more = [p for p in map(piece, touching) if p is not None]
        if not more:
            break
        pieces += more
        rest = [o for o in rest if o not in touching]
    if not pieces:
        return None
    cut = _own_cell_end(line, span, pieces)
    if value is not None and cut < span[1]:
        value = line.snippet(span[0], cut)
    parts = sorted(pieces + ([value] if value is not None else []), key=lambda s: s.bbox[1])
    left = value.bbox[0] if value is not None else min(p.bbox[0] for p in parts)
    if any(abs(p.bbox[0] - left) > 2 * h for p in parts) or left > x_from + 8 * h:
        return None  # pieces not aligned as one cell's lines are
    text = "".join(p.text for p in parts)
    joined = Snippet(line.page, text, union([p.bbox for p in parts]), min(p.confidence for p in parts))
    label = hit.snippet
    evidence = Snippet(line.page, f"{label.text} {text}", union([label.bbox, joined.bbox]), joined.confidence)
    return Value(hit=hit, value=joined, evidence=evidence, below=False, line=line, stacked=True)


def _own_cell_end(line: Line, span: tuple[int, int], pieces: Sequence[Snippet]) -> int:
    """Where the value's cell ends on the label's line, given the cell's wrapped lines.

    Adjacent cells set with little padding come out of OCR as one line with a space (…设备采购项
    依据协议 over 目): where the value runs on, after a gap, into another word that starts right of
    every wrapped line of the cell, that word is the next cell's, not the value's.
    """
    start, end = span
    if not line.word_of:
        return end
    right = max(p.bbox[2] for p in pieces)
    for i in range(start + 1, end):
        before = i - 1
        while before > start and line.text[before].isspace():
            before -= 1
        if line.text[i].isspace() or line.word_of[i] == line.word_of[before]:
            continue
        gap = line.boxes[i][0] - line.boxes[before][2]
        if gap >= 0.3 * line.height and line.boxes[i][0] > right:
            return before + 1
    return end


def _beside_another_row(other: Line, line: Line, hits: Sequence[LabelHit]) -> bool:
    """Whether a line stands beside a labelled row other than ``line``: a line of that row's cell
    (项目名称 | 于田县…采购 / 项目(一期) touches the 采购单位 row below it, but is the name's)."""
    return any(
        h.line is not line
        and min(other.bottom, h.line.bottom) - max(other.top, h.line.top)
        >= 0.25 * min(other.height, h.line.height)
        for h in hits
    )


def _under_label(other: Line, hit: LabelHit) -> bool:
    """Whether a line has text in the label's own column: the line is a row of its own."""
    x0, x1 = hit.snippet.bbox[0], hit.snippet.bbox[2]
    return any(
        x0 <= (b[0] + b[2]) / 2 <= x1 for i, b in enumerate(other.boxes) if not other.text[i].isspace()
    )


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


def value_below(hit: LabelHit, hits: Sequence[LabelHit], lines: Sequence[Line]) -> Value | None:
    """The label's value on the line under it: the cell under the label, or under a header row's label its column's words."""
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
