"""PDF_EDITED from the file itself: editing tools in the metadata, and incremental revisions.

A PDF saved incrementally keeps every earlier version: each save appends
its changed objects and ends with its own ``%%EOF``. The bytes up to each
``%%EOF`` are a complete earlier revision, which PyMuPDF opens like any PDF,
so the text a forger replaced is still there to quote.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass

import pymupdf

from jianzheng.models import BBox, Code

from .config import thresholds
from .signals import NUMBER_TOKEN, KeyArea, Signal, field_at

_EOF = re.compile(rb"%%EOF[ \t\r\n]*")
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


@dataclass(frozen=True)
class Line:
    """One visual line of a page: its characters (whitespace dropped) and their boxes."""

    text: str
    boxes: tuple[BBox, ...]

    @property
    def bbox(self) -> BBox:
        return _union(self.boxes)


@dataclass(frozen=True)
class TextChange:
    """A span whose text differs between an earlier revision and the last one."""

    page: int
    earlier: str
    later: str
    bbox: BBox


def parse_pdf_date(value: str | None) -> dt.datetime | None:
    """A PDF date string ("D:20240305103000+08'00'") as a naive datetime; None when unreadable."""
    if not value:
        return None
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    parts = [int(p) if p else d for p, d in zip(match.groups(), (0, 1, 1, 0, 0, 0), strict=True)]
    try:
        return dt.datetime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
    except ValueError:
        return None


def editing_tool(metadata: dict[str, str]) -> str | None:
    """The editing tool named in Producer or Creator, if any (list in thresholds.toml)."""
    for key in ("producer", "creator"):
        value = (metadata.get(key) or "").lower()
        for tool in thresholds().metadata.editing_tools:
            if tool.lower() in value:
                return metadata[key]
    return None


def revision_ends(data: bytes) -> list[int]:
    """Byte offsets just past each ``%%EOF`` that ends a revision, the last one included.

    A linearized file carries a first ``%%EOF`` after its first-page cross-reference
    section; that one ends no revision and is dropped.
    """
    ends = [m.end() for m in _EOF.finditer(data)]
    if len(ends) > 1 and b"/Linearized" in data[:1024]:
        first_xref = data.find(b"xref", 0, ends[0])
        trailer_prev = data.find(b"/Prev", 0, ends[0])
        if first_xref >= 0 or trailer_prev >= 0 or ends[0] < len(data) // 2:
            ends = ends[1:]
    # Trailing garbage after the last %%EOF belongs to the last revision.
    if ends and ends[-1] < len(data):
        ends[-1] = len(data)
    return ends


def _union(boxes: tuple[BBox, ...] | list[BBox]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def page_lines(page: pymupdf.Page) -> list[Line]:
    """The page's visible characters grouped into visual lines, left to right.

    Characters are grouped by their vertical centre rather than by PyMuPDF's
    blocks, because text inserted by an editor lands in a block of its own on
    the same visual line as the text it replaces.
    """
    chars: list[tuple[str, BBox]] = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for char in span["chars"]:
                    if char["c"].strip():
                        chars.append((char["c"], tuple(char["bbox"])))
    chars.sort(key=lambda c: ((c[1][1] + c[1][3]) / 2, c[1][0]))
    rows: list[list[tuple[str, BBox]]] = []
    for char in chars:
        centre = (char[1][1] + char[1][3]) / 2
        height = max(char[1][3] - char[1][1], 1.0)
        if rows:
            last = rows[-1][-1][1]
            if abs(centre - (last[1] + last[3]) / 2) <= 0.5 * height:
                rows[-1].append(char)
                continue
        rows.append([char])
    lines = []
    for row in rows:
        row.sort(key=lambda c: c[1][0])
        lines.append(Line(text="".join(c for c, _ in row), boxes=tuple(b for _, b in row)))
    return lines


def _same_line(a: Line, b: Line) -> bool:
    ya, yb = a.bbox, b.bbox
    overlap_h = min(ya[3], yb[3]) - max(ya[1], yb[1])
    return overlap_h > 0.5 * min(ya[3] - ya[1], yb[3] - yb[1])


def diff_lines(earlier: list[Line], later: list[Line], page: int) -> list[TextChange]:
    """Changed characters between two revisions of a page, one change per altered line.

    Lines are paired by their vertical place; inside a pair, difflib finds the
    changed characters, whose boxes (in the later revision, or the earlier one
    for a deletion) locate the change. ``earlier``/``later`` quote whole lines so
    a reviewer reads the figure in its context.
    """
    changes: list[TextChange] = []
    used: set[int] = set()
    for line in later:
        partner = next((i for i, old in enumerate(earlier) if i not in used and _same_line(old, line)), None)
        if partner is None:
            changes.append(TextChange(page, "", line.text, line.bbox))
            continue
        used.add(partner)
        old = earlier[partner]
        if old.text == line.text:
            continue
        boxes: list[BBox] = []
        matcher = difflib.SequenceMatcher(a=old.text, b=line.text, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            boxes.extend(line.boxes[j1:j2] if j2 > j1 else old.boxes[i1:i2])
        changes.append(TextChange(page, old.text, line.text, _union(boxes) if boxes else line.bbox))
    for i, old in enumerate(earlier):
        if i not in used:
            changes.append(TextChange(page, old.text, "", old.bbox))
    return changes


def diff_revisions(earlier: bytes, later: bytes, pages: set[int] | None = None) -> list[TextChange]:
    """Text changes between two revisions of one PDF, on ``pages`` (1-based) or on every page."""
    with (
        pymupdf.open(stream=earlier, filetype="pdf") as old,
        pymupdf.open(stream=later, filetype="pdf") as new,
    ):
        changes: list[TextChange] = []
        for index in range(new.page_count):
            number = index + 1
            if pages is not None and number not in pages:
                continue
            before = page_lines(old[index]) if index < old.page_count else []
            changes.extend(diff_lines(before, page_lines(new[index]), number))
        return changes


def _opens(data: bytes) -> bool:
    try:
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            return doc.page_count > 0
    except (RuntimeError, ValueError):  # PyMuPDF's FileDataError is a RuntimeError
        return False


def metadata_signals(data: bytes, file: str) -> list[Signal]:
    """An editing tool in Producer/Creator, with how long after creation it saved the file.

    A late modification date alone is no sign: e-invoices are filled into a
    template PDF made months before (iText's "modified using iText"), and
    revisions are judged by their text, not by their dates. Nor is the tool alone:
    office suites export through their own PDF engines (WPS 文字 writes "WPS PDF"),
    so the tool counts only on a file saved after it was made, later than its creation
    date or as a revision appended to it.
    """
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        metadata = {k: v for k, v in (doc.metadata or {}).items() if isinstance(v, str)}
    tool = editing_tool(metadata)
    if not tool:
        return []
    created = parse_pdf_date(metadata.get("creationDate"))
    modified = parse_pdf_date(metadata.get("modDate"))
    gap_days = (modified - created).total_seconds() / 86400 if created and modified else 0.0
    saved_again = gap_days > thresholds().metadata.moddate_gap_days
    if not saved_again and len(revision_ends(data)) < 2:
        return []  # made and saved in one sitting: an export through the tool, not an edit
    reasons = [f"文件由编辑工具保存（{tool}）"]
    if saved_again and created and modified:
        reasons.append(f"修改时间 {modified:%Y-%m-%d} 晚于创建时间 {created:%Y-%m-%d} 约 {gap_days:.0f} 天")
    return [
        Signal(
            code=Code.PDF_EDITED,
            file=file,
            page=None,
            bbox=None,
            text=f"Producer: {metadata.get('producer', '')}; Creator: {metadata.get('creator', '')}",
            message="PDF 在生成后被再次编辑保存：" + "；".join(reasons),
        )
    ]


def _describe(change: TextChange, area: KeyArea | None, first: bool) -> str:
    which = "首个版本" if first else "签名时的版本"
    where = f"第 {change.page} 页"
    if area is not None:
        where += f"「{area.label}」"
    if change.earlier and change.later:
        return f"{where}在{which}中为「{change.earlier}」，现为「{change.later}」"
    if change.later:
        return f"{where}新增了文字「{change.later}」（{which}中没有）"
    return f"{where}删去了文字「{change.earlier}」（{which}中有）"


def change_signals(
    changes: list[TextChange], file: str, areas: list[KeyArea], *, first: bool = True
) -> list[Signal]:
    """One PDF_EDITED signal per changed span, naming the key field it touches."""
    signals = []
    for change in changes:
        area = field_at(areas, change.page, change.bbox)
        signals.append(
            Signal(
                code=Code.PDF_EDITED,
                file=file,
                page=change.page,
                bbox=change.bbox,
                text=change.later or change.earlier,
                message="PDF 有增量修订，文字被改动：" + _describe(change, area, first),
                earlier=change.earlier,
                later=change.later,
            )
        )
    return signals


def revision_signals(
    data: bytes, file: str, key_pages: set[int] | None = None, areas: list[KeyArea] | None = None
) -> list[Signal]:
    """Text changes between the first readable revision and the last, on the key pages.

    A change elsewhere is reported too when it touches a figure or date;
    revisions that change no text (an added signature, a metadata update)
    say nothing here.
    """
    ends = revision_ends(data)
    if len(ends) < 2:
        return []
    earlier_ends = [e for e in ends[:-1][: thresholds().revisions.max_revisions] if _opens(data[:e])]
    if not earlier_ends:
        return []
    changes = diff_revisions(data[: earlier_ends[0]], data, None)
    kept = [
        c
        for c in changes
        if key_pages is None or c.page in key_pages or NUMBER_TOKEN.search(c.earlier + c.later)
    ]
    return change_signals(kept, file, areas or [])


def pdf_edit_signals(
    data: bytes, file: str, key_pages: set[int] | None = None, areas: list[KeyArea] | None = None
) -> list[Signal]:
    """Every PDF_EDITED signal of one PDF's bytes: metadata first, then revisions."""
    return metadata_signals(data, file) + revision_signals(data, file, key_pages, areas)
