"""PDF pages through PyMuPDF: the text layer, whether it is usable, and a bounded renderer."""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import pymupdf

from jianzheng.models import BBox, TextSource, Word
from jianzheng.models.errors import UnreadableFile

from ..reading_rules import ReadingRules
from ..seal_vector import find_vector_seals, seal_red_srgb
from .layout import A4
from .pdf_checkboxes import checkbox_words, symbol_text
from .pdf_hidden import hidden_spans
from .source import SourcePage

# Characters that carry meaning on a Chinese business document: CJK ideographs,
# ASCII letters and digits. Replacement, private-use and control characters
# (what glyphs without a unicode map decode to) do not count.
_REAL = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9\uff10-\uff19]")

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


def open_pdf(data: bytes, rules: ReadingRules) -> pymupdf.Document:
    """Open a PDF and refuse it (UnreadableFile) when it is encrypted, broken, empty or absurd."""
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except (RuntimeError, ValueError, pymupdf.FileDataError) as exc:
        raise UnreadableFile(f"PDF 文件损坏，无法打开（{exc}）") from exc
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise UnreadableFile("PDF 已加密，需要密码才能打开")
    if doc.is_repaired and b"%%EOF" not in data[-1024:]:
        # MuPDF rebuilt a cross-reference table that the end of the file should
        # have held: the upload stopped part-way, and what is read is partial.
        doc.close()
        raise UnreadableFile("PDF 文件不完整（被截断），请重新上传")
    count = doc.page_count
    if count == 0:
        doc.close()
        raise UnreadableFile("PDF 没有页面")
    if count > rules.limits.max_pages:
        doc.close()
        raise UnreadableFile(f"PDF 页数异常（{count} 页，上限 {rules.limits.max_pages}）")
    return doc


def iter_pdf(data: bytes, rules: ReadingRules) -> Iterator[SourcePage]:
    """Yield the pages of a PDF; each page's renderer is valid until the next page is asked for."""
    with open_pdf(data, rules) as doc:
        for index in range(doc.page_count):
            yield source_page(doc, index, rules)


def source_page(doc: pymupdf.Document, index: int, rules: ReadingRules) -> SourcePage:
    """One page of an open PDF as a SourcePage; UnreadableFile when the page itself is broken."""
    try:
        return _source_page(doc[index], index + 1, rules)
    except (RuntimeError, ValueError, IndexError, pymupdf.FileDataError) as exc:
        raise UnreadableFile(f"PDF 第 {index + 1} 页损坏（{exc}）") from exc


def upright(pdf_page: pymupdf.Page) -> pymupdf.Page:
    """The page as a viewer shows it, its /Rotate folded into its content (in memory only).

    PyMuPDF gives every coordinate but the page's size on the unrotated page: a landscape fee
    table stored as portrait with /Rotate 90 reads as columns of vertical text. With the rotation
    folded in, text, drawings and images stand where the viewer (and the render) shows them.
    """
    if pdf_page.rotation:
        pdf_page.remove_rotation()
    return pdf_page


def _source_page(pdf_page: pymupdf.Page, number: int, rules: ReadingRules) -> SourcePage:
    pdf_page = upright(pdf_page)
    rect = pdf_page.rect
    limit = rules.limits.max_page_side_pt
    if not (0 < rect.width <= limit and 0 < rect.height <= limit):
        raise UnreadableFile(f"PDF 第 {number} 页尺寸异常（{rect.width:.0f}×{rect.height:.0f} pt）")
    images = pdf_page.get_image_info()
    words, hidden = text_layer_words(pdf_page, images)
    cover, image_dpi, bilevel, regions = _images(pdf_page, images)
    scan = cover >= rules.text_layer.scan_image_cover
    paper_scale = _paper_scale(rect) if scan else 1.0
    usable = text_usable("".join(w.text for w in words), rules)
    if usable and not scan:
        words += checkbox_words(pdf_page, words)
        regions += drawn_codes(pdf_page)
    # Text a viewer cannot see is never the page's content: the page is rendered and read for what
    # it shows, and the hidden text is kept apart (TEXT_LAYER_MISMATCH compares the two).
    hidden_real = len(_REAL.findall("".join(w.text for w in hidden)))
    if hidden_real < rules.text_layer.hidden_min_chars:
        hidden = []
    return SourcePage(
        number=number,
        width=rect.width,
        height=rect.height,
        words=words if usable else [],
        text_usable=usable,
        hidden_words=hidden,
        scan=scan,
        has_images=cover > 0,
        effective_dpi=image_dpi * paper_scale if scan and image_dpi else None,
        paper_scale=paper_scale,
        bilevel=scan and bilevel,
        render=lambda dpi: render_page(pdf_page, dpi, rules.render.max_pixels),
        image_regions=regions,
        render_region=lambda dpi, box: render_clip(pdf_page, dpi, box, rules.render.max_pixels),
        vector_seals=find_vector_seals(pdf_page, rules.seal) if usable and not scan else [],
    )


def text_layer_words(
    pdf_page: pymupdf.Page, images: list[dict] | None = None
) -> tuple[list[Word], list[Word]]:
    """The text layer's spans as words: those a viewer sees, and those hidden (pdf_hidden.py).

    A vector seal's ring text (red glyphs, each turned along the arc) is the seal's
    (seal_vector.py), not words of the page: crossing a line of print, its characters were read
    into that line (新疆宏信联合会计师事务所 under a firm's seal read as 新疆宏信联联会计师事普所).
    A span is cut where its print stands apart (_runs_of): columns aligned with typed spaces, and
    glyphs a printer set one by one with another span's between them.
    """
    lines = [
        line
        for block in pdf_page.get_text("rawdict", flags=pymupdf.TEXTFLAGS_TEXT)["blocks"]
        for line in block.get("lines", [])
    ]
    for line in lines:
        for span in line["spans"]:
            for ch in span["chars"]:
                ch["c"] = symbol_text(span["font"], ch["c"])
            span["text"] = "".join(ch["c"] for ch in span["chars"])
    ring = {id(line) for line in lines if _ring_glyphs(line)}
    print_boxes = [pymupdf.Rect(line["bbox"]) for line in lines if not _red_line(line)]
    spans = [
        span
        for line in lines
        # Only where they cross the print: a ring standing clear of it (an invoice's 监制章) is read.
        if not (id(line) in ring and any(pymupdf.Rect(line["bbox"]).intersects(box) for box in print_boxes))
        for span in line["spans"]
        if span["text"].strip()
    ]
    hidden = hidden_spans(pdf_page, spans, pdf_page.get_image_info() if images is None else images)
    shown: list[Word] = []
    unseen: list[Word] = []
    for i, (span, invisible) in enumerate(zip(spans, hidden, strict=True)):
        for text, box in _runs_of(span, [s for j, s in enumerate(spans) if j != i]):
            word = Word(text=text, bbox=box, font=span["font"], size=span["size"], source=TextSource.text)
            (unseen if invisible else shown).append(word)
    return shown, unseen


# Three or more spaces typed between a span's print: columns aligned with the space bar (a rule-less
# table: 1            软件开发费            361,000.00), which a viewer sees as cells apart.
_TYPED_GAP = re.compile(r"\s{3,}")


def _runs_of(span: dict, others: list[dict]) -> list[tuple[str, BBox]]:
    """A span's print as words: the whole span, or its runs where it stands apart.

    Cut at three or more typed spaces (columns aligned by hand; 名  称 is a label spaced out),
    and between two glyphs where a glyph of another span on its line stands (a printer that sets
    each glyph apart emits 年月日 as one span with the date's figures between them: read whole,
    2024年4月27日 is 2024年月427日).
    """
    chars = [ch for ch in span["chars"]]
    x0, y0, x1, y1 = span["bbox"]
    if len(chars) < 2:
        return [(span["text"].strip(), (x0, y0, x1, y1))]
    size = max(y1 - y0, 1.0)
    between = [
        (ch["bbox"][0] + ch["bbox"][2]) / 2
        for other in others
        if abs(other["bbox"][3] - y1) < 0.3 * size and other["bbox"][0] < x1 and other["bbox"][2] > x0
        for ch in other["chars"]
        if ch["c"].strip()
    ]
    cuts = {m.start() for m in _TYPED_GAP.finditer(span["text"])}
    for i in range(1, len(chars)):
        left, right = chars[i - 1]["bbox"][2], chars[i]["bbox"][0]
        if any(left <= x <= right for x in between):
            cuts.add(i)
    if not cuts:
        return [(span["text"].strip(), (x0, y0, x1, y1))]
    runs, start = [], 0
    for cut in [*sorted(cuts), len(chars)]:
        piece = chars[start:cut]
        start = cut
        kept = [ch for ch in piece if ch["c"].strip()]
        if kept:
            text = "".join(ch["c"] for ch in piece).strip()
            runs.append((text, (min(c["bbox"][0] for c in kept), y0, max(c["bbox"][2] for c in kept), y1)))
    return runs or [(span["text"].strip(), (x0, y0, x1, y1))]


def _ring_glyphs(line: dict) -> bool:
    """Whether a text line is a seal's: red, and turned off the horizontal (along a ring)."""
    dx, dy = line.get("dir", (1.0, 0.0))
    return (abs(dy) > 0.05 or dx < 0) and _red_line(line)


def _red_line(line: dict) -> bool:
    """Whether every span of a text line is seal red (a seal's text, not the page's print)."""
    return all(seal_red_srgb(int(span.get("color", 0))) for span in line["spans"])


def text_usable(text: str, rules: ReadingRules) -> bool:
    """Whether a text layer holds enough real characters to stand for the page."""
    stripped = "".join(text.split())
    if not stripped:
        return False
    real = len(_REAL.findall(stripped))
    return real >= rules.text_layer.min_real_chars and real / len(stripped) >= rules.text_layer.min_real_ratio


def _images(
    pdf_page: pymupdf.Page, images: list[dict]
) -> tuple[float, float | None, bool, list[tuple[float, float, float, float]]]:
    """Share of the page the largest image covers, that image's effective DPI, whether it is 1-bit,
    and every image's box."""
    area = abs(pdf_page.rect) or 1.0
    best_cover, best_dpi, bilevel = 0.0, None, False
    regions = []
    for info in images:
        box = pymupdf.Rect(info["bbox"]) & pdf_page.rect
        if box.is_empty:
            continue
        regions.append((abs(box), (box.x0, box.y0, box.x1, box.y1)))
        cover = abs(box) / area
        if cover > best_cover:
            width_in = max(pymupdf.Rect(info["bbox"]).width, 1.0) / 72.0
            best_cover, best_dpi = cover, info["width"] / width_in
            bilevel = info.get("bpc") == 1
    regions.sort(key=lambda r: -r[0])
    return best_cover, best_dpi, bilevel, [box for _, box in regions]


_CODE_MIN_MODULES = 40  # a QR code of version 1 has 21x21 modules, a hundred-odd of them dark
_CODE_SIDE_MM = (8.0, 80.0)
_CODE_QUIET_PT = 4 * 72 / 25.4  # the decoder needs the white margin round the code


def drawn_codes(pdf_page: pymupdf.Page) -> list[tuple[float, float, float, float]]:
    """Boxes of QR codes drawn as vector squares (an e-invoice exporter's way), quiet zone included.

    A text page's pictures are rendered for codes; a code drawn as one filled path of many small
    squares is no picture, so its box (square, 8-80 mm a side) is rendered the same way.
    """
    try:
        drawings = pdf_page.get_drawings()
    except (RuntimeError, ValueError):
        return []
    boxes = []
    for drawing in drawings:
        rect = drawing.get("rect")
        if rect is None or drawing.get("fill") is None:
            continue
        if sum(1 for item in drawing.get("items", ()) if item[0] in ("re", "qu")) < _CODE_MIN_MODULES:
            continue
        side_mm = (rect.width * 25.4 / 72, rect.height * 25.4 / 72)
        if not all(_CODE_SIDE_MM[0] <= side <= _CODE_SIDE_MM[1] for side in side_mm):
            continue
        if not 0.8 <= rect.width / rect.height <= 1.25:
            continue
        quiet = _CODE_QUIET_PT
        box = pymupdf.Rect(rect.x0 - quiet, rect.y0 - quiet, rect.x1 + quiet, rect.y1 + quiet) & pdf_page.rect
        boxes.append((box.x0, box.y0, box.x1, box.y1))
    return boxes


_A3_LONG_PT = 1191.0


def _paper_scale(rect: pymupdf.Rect) -> float:
    """How many page points stand for one point of paper on a scanned page: 1 for any paper size;
    for a page longer than A3 by a tenth (no document is), its long side over A4's."""
    long_side = max(rect.width, rect.height)
    return long_side / max(A4) if long_side > 1.1 * _A3_LONG_PT else 1.0


def render_clip(
    pdf_page: pymupdf.Page, dpi: float, box: tuple[float, float, float, float], max_pixels: int
) -> np.ndarray:
    """Render one part of the page (a picture's box) as RGB."""
    clip = pymupdf.Rect(box) & pdf_page.rect
    pixels = (clip.width * dpi / 72.0) * (clip.height * dpi / 72.0)
    if pixels > max_pixels:
        dpi *= (max_pixels / pixels) ** 0.5
    pix = pdf_page.get_pixmap(dpi=max(int(dpi), 1), clip=clip, colorspace=pymupdf.csRGB, alpha=False)
    image = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    return image[:, :, :3].copy()


def render_page(
    pdf_page: pymupdf.Page, dpi: float, max_pixels: int, *, gray: bool = False
) -> tuple[np.ndarray, float]:
    """Render the page as RGB (or one grey channel) at ``dpi``, lowered so that the image stays under ``max_pixels``."""
    rect = pdf_page.rect
    pixels = (rect.width * dpi / 72.0) * (rect.height * dpi / 72.0)
    if pixels > max_pixels:
        dpi *= (max_pixels / pixels) ** 0.5
    space = pymupdf.csGRAY if gray else pymupdf.csRGB
    pix = pdf_page.get_pixmap(dpi=max(int(dpi), 1), colorspace=space, alpha=False)
    image = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    scale = pix.width * 72.0 / max(rect.width, 1e-6)
    return (image[:, :, 0].copy() if gray else image[:, :, :3].copy()), scale
