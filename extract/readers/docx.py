"""Word documents (.docx) as text-layer pages: what a viewer of the document shows, in reading order.

python-docx opens the package (parts, relationships, styles); the body is then
walked as XML, because the text a reader sees is spread over more than its
paragraph API returns: text boxes, content controls, hyperlinks, tracked
insertions, headers and footers. What a viewer does not show is left out:
hidden text (w:vanish, directly or through a style), tracked deletions, field
codes, and the fallback copy of a text box that Word writes beside the real one.

A table row becomes one line with its cells side by side (layout.py), so that a
label cell and its value cell read as one line, as in a PDF text layer.
Pictures large enough to be a pasted scan (a signature page with its seals)
become pages of their own, read like image files.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree
from PIL import Image

from jianzheng.models.errors import UnreadableFile

from ..reading_rules import ReadingRules
from .image import iter_image
from .layout import A4, FONT_SIZE, Cell, Picture, Row, lay_out
from .office_zip import SAVE_AS, checked_zip
from .source import SourcePage

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_EMU_PER_PT = 12700
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
# Inline content a viewer does not show as text.
_SKIP = {W + t for t in ("pPr", "rPr", "del", "moveFrom", "instrText", "delText", "sectPr", "proofErr")}
_SKIP.add(MC + "Fallback")
_NEWLINE, _PAGE = "\n", "\f"
# A picture smaller than this (pixels, each side) is a logo or a signature, not a pasted page.
_MIN_PICTURE_SIDE = 600


def iter_docx(data: bytes, rules: ReadingRules) -> Iterator[SourcePage]:
    """The document's pages, its pasted scans after its text (decoded one at a time); UnreadableFile
    when the package is broken, a bomb, or holds nothing to read."""
    checked_zip(data, rules, "Word 文档")
    try:
        document = docx.Document(io.BytesIO(data))
        walker = _Walker(document.styles.element)
        parts = [document.part.rels[r].target_part for r in _story_rels(document, RT.HEADER)]
        rows = [row for part in parts for row in walker.blocks(part.element)]
        walker.part = document.part  # pictures of the body are placed on its pages (seals, QR codes)
        rows += walker.blocks(document.element.body)
        walker.part = None
        parts = [document.part.rels[r].target_part for r in _story_rels(document, RT.FOOTER)]
        rows += [row for part in parts for row in walker.blocks(part.element)]
        blobs = _picture_blobs(document)
        width, height = _page_size(document)
    except (
        PackageNotFoundError,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,  # a relationship pointing at the wrong kind of part (styles that are not styles)
        etree.LxmlError,
        zipfile.BadZipFile,
        zlib.error,  # a damaged member inflates to an error, not to OSError
        EOFError,
    ) as exc:
        raise UnreadableFile(f"Word 文档损坏，无法打开（{type(exc).__name__}）；{SAVE_AS}") from exc
    pages = lay_out(rows, page_width=width, page_height=height)
    if len(pages) + len(blobs) > rules.limits.max_pages:
        raise UnreadableFile(f"Word 文档页数异常（{len(pages) + len(blobs)} 页）")
    yield from pages
    count = len(pages)
    for blob in blobs:
        for page in _picture_pages(blob, rules, first=count + 1):
            count += 1
            yield page
    if count == 0:
        raise UnreadableFile("Word 文档中没有可读取的文字")


def _page_size(document: docx.document.Document) -> tuple[float, float]:
    """The page size the first section asks for (a landscape fee table), within what any paper is."""
    section = document.sections[0] if len(document.sections) else None
    if section is not None and section.page_width and section.page_height:
        if 200 <= section.page_width.pt <= 3400 and 200 <= section.page_height.pt <= 3400:
            return section.page_width.pt, section.page_height.pt
    return A4


def _story_rels(document: docx.document.Document, reltype: str) -> list[str]:
    """Ids of the header (or footer) parts, in part-name order: each is read once, at the top
    (or bottom) of the text, though a printer repeats it on every page."""
    rels = [
        (rel.target_part.partname, rid)
        for rid, rel in document.part.rels.items()
        if rel.reltype == reltype and not rel.is_external
    ]
    return [rid for _, rid in sorted(rels)]


T = TypeVar("T")


def _on_attr(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "on")


def _on(element: etree._Element) -> bool:
    """A Word on/off property: present means on unless its val says otherwise."""
    return element.get(W + "val", "true").lower() not in ("0", "false", "off")


def _style_property(styles: etree._Element, read: Callable[[etree._Element], T | None]) -> dict[str, T]:
    """Each style's value of one run property, its own or inherited through basedOn chains."""
    own: dict[str, T | None] = {}
    parent: dict[str, str | None] = {}
    for style in styles.iter(W + "style"):
        sid = style.get(W + "styleId") or ""
        props = style.find(W + "rPr")
        own[sid] = None if props is None else read(props)
        based = style.find(W + "basedOn")
        parent[sid] = None if based is None else based.get(W + "val")
    resolved: dict[str, T] = {}
    for sid in own:
        current: str | None = sid
        for _ in range(20):  # a cycle of basedOn in a hostile file ends here
            if current is None or own.get(current) is not None:
                break
            current = parent.get(current)
        value = own.get(current) if current is not None else None
        if value is not None:
            resolved[sid] = value
    return resolved


def _vanish(props: etree._Element) -> bool | None:
    vanish = props.find(W + "vanish")
    return None if vanish is None else _on(vanish)


def _size(props: etree._Element) -> float | None:
    size = props.find(W + "sz")
    half_points = _int(size.get(W + "val")) if size is not None else 0
    return half_points / 2 if half_points else None


class _Walker:
    """Turns body, header, footer and text-box XML into rows of visible text."""

    def __init__(self, styles: etree._Element) -> None:
        self.hidden_styles = {k for k, v in _style_property(styles, _vanish).items() if v}
        self.sizes = _style_property(styles, _size)
        defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        normal = next(
            (
                st.get(W + "styleId")
                for st in styles.iter(W + "style")
                if st.get(W + "type") == "paragraph" and _on_attr(st.get(W + "default"))
            ),
            None,
        )
        fallback = (_size(defaults) if defaults is not None else None) or FONT_SIZE
        self.default_size = self.sizes.get(normal or "", fallback)
        self.run_sizes: list[float] = []
        self.part: Any = None
        """The part whose relationships name the pictures being walked; None: pictures are skipped."""

    def blocks(self, parent: etree._Element) -> list[Row]:
        """Rows of the block-level content (paragraphs, tables, content controls) under ``parent``."""
        rows: list[Row] = []
        for child in parent:
            if child.tag == W + "p":
                rows += self.paragraph(child)
            elif child.tag == W + "tbl":
                rows += self.table(child)
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
                rows += self.blocks(child)
        return rows

    def paragraph(self, p: etree._Element) -> list[Row]:
        """A paragraph as rows: one per page-break segment, then the rows of its text boxes."""
        style = p.find(f"{W}pPr/{W}pStyle")
        style_id = style.get(W + "val") if style is not None else None
        hidden = style_id in self.hidden_styles
        out: list[str] = []
        boxes: list[Row] = []
        outer, self.run_sizes = self.run_sizes, []
        self._inline(p, hidden, out, boxes)
        size = max(self.run_sizes, default=None) or self.sizes.get(style_id or "", self.default_size)
        self.run_sizes = outer
        before = p.find(f"{W}pPr/{W}pageBreakBefore")
        rows = []
        for n, segment in enumerate("".join(out).split(_PAGE)):
            lines = tuple(segment.split(_NEWLINE))
            rows.append(
                Row(
                    cells=[Cell(lines=lines, size=size)],
                    break_before=n > 0 or (before is not None and _on(before)),
                )
            )
        section = p.find(f"{W}pPr/{W}sectPr/{W}type")
        if p.find(f"{W}pPr/{W}sectPr") is not None and (
            section is None or section.get(W + "val") != "continuous"
        ):
            rows.append(Row(break_before=True))  # a section that starts on a new page
        return rows + boxes

    def _inline(self, element: etree._Element, hidden: bool, out: list[str], boxes: list[Row]) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == W + "r":
                self._run(child, hidden, out, boxes)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._inline(choice, hidden, out, boxes)
            else:  # hyperlink, ins, moveTo, smartTag, fldSimple, sdt, sdtContent, customXml
                self._inline(child, hidden, out, boxes)

    def _run(self, run: etree._Element, hidden: bool, out: list[str], boxes: list[Row]) -> None:
        vanish = run.find(f"{W}rPr/{W}vanish")
        style = run.find(f"{W}rPr/{W}rStyle")
        if vanish is not None:
            hidden = _on(vanish)
        elif style is not None and style.get(W + "val") in self.hidden_styles:
            hidden = True
        own = run.find(W + "rPr")
        size = (_size(own) if own is not None else None) or (
            self.sizes.get(style.get(W + "val") or "") if style is not None else None
        )
        if size and not hidden and any(t.tag == W + "t" and (t.text or "").strip() for t in run):
            self.run_sizes.append(size)
        for item in run:
            tag = item.tag
            if tag == W + "t" and not hidden:
                out.append(item.text or "")
            elif tag in (W + "tab", W + "ptab") and not hidden:
                out.append(" ")
            elif tag in (W + "br", W + "cr") and not hidden:
                out.append(_PAGE if item.get(W + "type") == "page" else _NEWLINE)
            elif tag == W + "lastRenderedPageBreak":
                # Where Word's own layout began a page when the file was last saved: pages then
                # number as the enterprise saw them (the synthesised layout breaks only when full).
                out.append(_PAGE)
            elif tag == W + "noBreakHyphen" and not hidden:
                out.append("-")
            elif tag in (W + "drawing", W + "pict", W + "object", MC + "AlternateContent"):
                boxes += self._text_boxes(item)
                if not hidden:
                    boxes += self._pictures(item)

    def _text_boxes(self, element: etree._Element) -> list[Row]:
        rows: list[Row] = []
        for box in element.iter(W + "txbxContent"):
            if any(a.tag == MC + "Fallback" for a in box.iterancestors()):
                continue  # the VML copy of a text box whose DrawingML copy is read
            rows += self.blocks(box)
        return rows

    def _pictures(self, element: etree._Element) -> list[Row]:
        """Pictures drawn in the text at their printed size; a pasted page scan (read as a page of
        its own) is left out here."""
        rows: list[Row] = []
        if self.part is None:
            return rows
        for holder in element.iter(WP + "inline", WP + "anchor"):
            extent = holder.find(WP + "extent")
            blip = next(holder.iter(_BLIP), None)
            rel = self.part.rels.get(blip.get(_EMBED)) if blip is not None else None
            if extent is None or rel is None or rel.is_external or rel.reltype != RT.IMAGE:
                continue
            width, height = _int(extent.get("cx")) / _EMU_PER_PT, _int(extent.get("cy")) / _EMU_PER_PT
            blob = rel.target_part.blob
            if width > 0 and height > 0 and not _is_page_scan(blob):
                rows.append(Row(picture=Picture(blob, width, height)))
        return rows

    def table(self, tbl: etree._Element) -> list[Row]:
        """Each table row as one row of cells placed by the table's grid columns."""
        grid = [_int(g.get(W + "w")) for g in tbl.findall(f"{W}tblGrid/{W}gridCol")]
        rows = []
        for tr in tbl.iter(W + "tr"):
            if tr.getparent() is not tbl and tr.getparent().tag != W + "sdtContent":
                continue  # a nested table's rows are read inside their cell
            cells = [c for c in tr.iter(W + "tc") if _owner_row(c) is tr]
            before = tr.find(f"{W}trPr/{W}gridBefore")
            column = _int(before.get(W + "val")) if before is not None else 0
            spans = []
            for tc in cells:
                span = tc.find(f"{W}tcPr/{W}gridSpan")
                spans.append(max(_int(span.get(W + "val")) if span is not None else 1, 1))
            widths = (
                grid if len(grid) >= column + sum(spans) and sum(grid) > 0 else [1] * (column + sum(spans))
            )
            total = float(sum(widths)) or 1.0
            placed = []
            for tc, span in zip(cells, spans, strict=True):
                start, end = sum(widths[:column]) / total, sum(widths[: column + span]) / total
                column += span
                placed.append(Cell(lines=tuple(self._cell_lines(tc)), start=start, end=end))
            rows.append(Row(cells=placed))
            # Seals and signatures often stand in the signature table's cells: they follow the row.
            rows += [r for tc in cells for r in self.blocks(tc) if r.picture is not None]
        return rows

    def _cell_lines(self, tc: etree._Element) -> list[str]:
        lines: list[str] = []
        for row in self.blocks(tc):
            if len(row.cells) == 1:
                lines += row.cells[0].lines
            elif row.cells:  # a nested table: its row on one line
                lines.append("  ".join(" ".join(c.lines) for c in row.cells))
        return lines


def _owner_row(tc: etree._Element) -> etree._Element | None:
    return next((a for a in tc.iterancestors(W + "tr")), None)


def _int(value: str | None) -> int:
    try:
        return max(int(float(value or 0)), 0)
    except ValueError:
        return 0


def _picture_blobs(document: docx.document.Document) -> list[bytes]:
    """The body's pictures in the order they appear, each once."""
    seen: list[str] = []
    for blip in document.element.body.iter(_BLIP):
        rid = blip.get(_EMBED)
        if rid and rid not in seen and rid in document.part.rels:
            seen.append(rid)
    rels = document.part.rels
    return [rels[r].target_part.blob for r in seen if rels[r].reltype == RT.IMAGE and not rels[r].is_external]


def _is_page_scan(blob: bytes) -> bool:
    """Whether a picture is large enough to be a pasted page rather than a seal, code or logo."""
    try:
        with Image.open(io.BytesIO(blob)) as image:
            return min(image.size) >= _MIN_PICTURE_SIDE
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return False


def _picture_pages(blob: bytes, rules: ReadingRules, *, first: int) -> list[SourcePage]:
    """A pasted scan as image pages (numbered on from ``first``); small pictures and formats the
    image reader does not take (EMF, WMF) give none."""
    if not _is_page_scan(blob):
        return []
    try:
        pages = list(iter_image(blob, rules))
    except UnreadableFile:
        return []
    for offset, page in enumerate(pages):
        page.number = first + offset
    return pages
