"""Where a license's values lie: labels in the second column, values that run on in their column.

Horizontal licenses (三证合一 since 2016) print two columns; OCR reads a
visual line across both, so the right column's label (住  所, 成立日期) lands
in the middle of a line, after the left column's text (经营范围 …的制 住 所
浙江省…). The shared label finder takes a label only at a cell's start or
before a colon, which keeps prose out; on a license a row label that follows
a blank (or an overprinted 仅限…使用 watermark) is the next column's label.
Values run on within their own column: a long address continues on the next
visual line, right of the left column's text and left of nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from jianzheng.models import Extracted

from ..label_hits import LabelHit
from ..labels import vocabulary
from ..lines import Line, Snippet, union
from ..locate import Value
from .common import Parsed, Reading, extracted, joined

# Row labels that may stand in a license's second column.
SECOND_COLUMN = ("address", "established_on", "valid_until", "registered_capital", "legal_representative")
# An overprinted watermark that may end right before a label (李天锋仅限官网APP展示使用营业期限…).
WATERMARK_END = re.compile(r"(?:仅|限|供)[\u4e00-\u9fffA-Za-z]{0,10}使用$")
_AFTER = re.compile(r"^[\s:：]*")


def _labels() -> list[tuple[str, str]]:
    """(label, key) of the second-column labels, longest first (营业场所 before 场所).

    Short labels that prose also uses (地址, 有效期, 负责人) are left out; 住所 is the
    one short row label of the second column.
    """
    fields = vocabulary().fields
    pairs = [
        (label, key)
        for key in SECOND_COLUMN
        for label in fields.get(key, [])
        if len(label) >= 4 or label == "住所"
    ]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _mid_line_hits(line: Line, taken: list[tuple[int, int]]) -> list[LabelHit]:
    hits: list[LabelHit] = []
    for label, key in _labels():
        for match in re.finditer(re.escape(label), line.compact):
            cs, ce = match.start(), match.end()
            if cs == 0 or any(not (ce <= a or cs >= b) for a, b in taken):
                continue
            start, last = line.cmap[cs], line.cmap[ce - 1]
            after_blank = line.text[start - 1].isspace()
            if not (
                after_blank
                or WATERMARK_END.search(line.compact[:cs])
                or _after_clause(line.compact, cs, ce, key)
            ):
                continue
            end = last + 1 + _AFTER.match(line.text[last + 1 :]).end()  # type: ignore[union-attr]
            if end >= len(line.text):
                continue  # a label with nothing after it is no row of a second column
            hits.append(LabelHit(line=line, key=key, label=label, start=start, end=end, colon=False))
            taken.append((cs, ce))
    return hits


# Where OCR boxes the scope's line and the address beside it as one (…软件开发;住 所新疆巴音郭楞…):
# 住所 right after the scope's semicolon, an address's first place name after it.
_CLAUSE_END = "；;。"
_ADDRESS_START = re.compile(r"(?:新疆|[\u4e00-\u9fff]{2,7}?(?:省|自治区|自治州|地区|市|县|区))")


def _after_clause(compact: str, cs: int, ce: int, key: str) -> bool:
    """Whether a 住所 label follows the end of a clause of the first column and an address follows it."""
    return (
        key == "address" and compact[cs - 1] in _CLAUSE_END and _ADDRESS_START.match(compact[ce:]) is not None
    )


def license_reading(reading: Reading) -> Reading:
    """The reading with the second-column labels that stand in the middle of a line, and without
    joining wrapped table cells (a license's columns interleave; ``in_column`` reads what runs on)."""
    reading = replace(reading, wrapped_cells=False)
    extra: list[LabelHit] = []
    for line in reading.lines:
        on_line = [h for h in reading.hits if h.line is line]
        taken = [(_compact_at(line, h.start), _compact_at(line, h.end)) for h in on_line]
        extra.extend(_mid_line_hits(line, taken))
    if not extra:
        return reading
    hits = sorted([*reading.hits, *extra], key=lambda h: (h.line.page, h.line.index, h.start))
    return replace(reading, hits=hits)


def _compact_at(line: Line, index: int) -> int:
    """The compact-text index of the first non-blank character at or after a text index."""
    return next((i for i, at in enumerate(line.cmap) if at >= index), len(line.compact))


def in_column(reading: Reading, value: Value, max_lines: int = 4, *, under_label: bool = False) -> Snippet:
    """The value with the lines it runs on to within its own column.

    A continuation starts under the value's left edge (or, ``under_label``,
    anywhere from its label's: a business scope wraps to the margin), holds
    no label at or right of that edge, and ends at the next cell (a tab:
    another column or the facing page of a booklet). Labels left of the
    column (the left column's 经营范围) do not end the value.
    """
    first = value.value
    line = value.hit.line
    if value.below or value.stacked:
        return value.evidence
    h = line.height
    # The column starts at the value (the label may stand at the end of the left column's text).
    left = min(first.bbox[0], value.hit.snippet.bbox[0]) - h if under_label else first.bbox[0] - 2 * h
    parts = [value.evidence]
    previous = line
    right = float("inf")
    at = reading.lines.index(line)
    for nxt in reading.lines[at + 1 : at + 1 + max_lines]:
        if nxt.page != line.page or nxt.top - previous.bottom > 1.5 * h:
            break
        # The next column starts at the first label right of the value, on either line.
        beyond = [
            hit.snippet.bbox[0]
            for hit in reading.hits
            if (hit.line is nxt or hit.line is line) and hit.snippet.bbox[0] > first.bbox[0] + 3 * h
        ]
        # Columns do not move: a bound found on an earlier line holds on the lines below it, where
        # the right column's value runs on without a label of its own (住所 … 240号2 / 2层26室).
        right = min(right, min(beyond, default=float("inf")) - 0.5 * h)
        # The next row's label ends the value; the left column's labels (left of this row's
        # own label) do not.
        row_left = min(value.hit.snippet.bbox[0], first.bbox[0]) - h
        if any(hit.line is nxt and row_left <= hit.snippet.bbox[0] < right for hit in reading.hits):
            break
        # The first cell with characters in the column (the left column's cell may end near it).
        inside: list[int] = []
        for start, end in nxt.cells():
            inside = [
                i
                for i in range(start, end)
                if not nxt.text[i].isspace() and left <= (nxt.boxes[i][0] + nxt.boxes[i][2]) / 2 < right
            ]
            if inside:
                break
        offset = nxt.boxes[inside[0]][0] - first.bbox[0] if inside else 0.0
        if not inside or offset > 2 * h or (offset < -2 * h and not under_label):
            break  # a continuation starts under the value, not somewhere else
        snip = nxt.snippet(inside[0], inside[-1] + 1)
        if snip is None:
            break
        parts.append(snip)
        previous = nxt
    return joined(parts, "\n")


def value_below(reading: Reading, key: str, parse: Callable[[str], Parsed]) -> Extracted[Any] | None:
    """A label's value set on the next line (a booklet's values sit half a line low), when
    the rest of the label's own line is another column's text (the facing page's 须知)."""
    for hit in reading.hits:
        if hit.key != key:
            continue
        line, box = hit.line, hit.snippet.bbox
        h = line.height
        for nxt in reading.lines:
            if nxt.page != line.page or nxt.index != line.index + 1 or nxt.top - line.bottom > 1.5 * h:
                continue
            if any(other.line is nxt for other in reading.hits):
                break
            for start, end in nxt.cells():
                x0 = nxt.boxes[start][0]
                if box[0] - h <= x0 <= box[2] + 4 * h:
                    snip = nxt.snippet(start, end)
                    parsed = parse(snip.text) if snip is not None else None
                    if snip is not None and parsed is not None:
                        evidence = Snippet(
                            snip.page,
                            f"{hit.snippet.text} {snip.text}",
                            union([box, snip.bbox]),
                            snip.confidence,
                        )
                        return extracted(parsed[0], evidence, parsed[1] * 0.9)
                    break
    return None
