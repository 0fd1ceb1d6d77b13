"""From a reader's page to a Page: the text layer where usable, else render → upright → lift seals → OCR."""

from __future__ import annotations

import unicodedata

import cv2
import numpy as np

from jianzheng.models import BBox, Page, PageCode, PageQuality, Seal, TextSource, Word

from .flatten import flatten, page_quad
from .ocr import OcrEngine, OcrLine
from .ocr.script import to_simplified
from .orient import deskew, deskew_matrix, measure_skew, rotate_quarter, to_gray
from .qr import decode_codes
from .quality import assess, print_scale, read_confidently
from .readers.source import SourcePage
from .reading_rules import ReadingRules, SealRules
from .seal_mask import find_seals, lift_seals, red_blobs, seal_cut_at_edge, seals_among
from .seal_outline import find_outline_seals, print_shrink


def build_page(source: SourcePage, *, file: str, engine: OcrEngine, rules: ReadingRules) -> Page:
    """The Page for one reader page: text layer, OCR, or both (mixed)."""
    if source.text_usable and not source.scan and not source.hidden_words:
        return text_page(source, file=file, rules=rules)
    if source.render is None:  # an OFD page whose text is drawn as paths: nothing to read or render here
        quality = (
            None
            if source.words
            else PageQuality(readable=False, reasons=["页面没有可读取的文字（文字以图形绘制）"])
        )
        return Page(
            file=file,
            number=source.number,
            width=source.width,
            height=source.height,
            words=source.words,
            quality=quality,
        )
    page = ocr_page(source, file=file, engine=engine, rules=rules)
    if source.text_usable and source.words:
        return merge_text_layer(page, source.words)
    return page


def text_page(source: SourcePage, *, file: str, rules: ReadingRules) -> Page:
    """A text-layer page; its embedded pictures are rendered (alone, not the whole page) for seals and QR codes.

    Rendering only the picture boxes keeps a text page near 10 ms; a seal drawn as
    vector paths comes from the reader (seal_vector.py), a QR code so drawn is rendered by its box
    (readers/pdf.py drawn_codes).
    """
    seals: list[Seal] = list(source.vector_seals)
    codes: list[PageCode] = list(source.codes)
    if source.render_region is not None:
        dpi = float(rules.render.qr_dpi)
        min_side = 10 * 72 / 25.4  # smaller pictures (logos, bullets) hold neither a seal nor a QR code
        boxes = [b for b in source.image_regions if min(b[2] - b[0], b[3] - b[1]) >= min_side]
        for box in boxes[: rules.render.max_regions]:
            image = source.render_region(dpi, box)
            found, _ = find_seals(image, dpi, rules.seal)
            seals += [s.model_copy(update={"bbox": _shift(s.bbox, box)}) for s in found]
            codes += [
                c.model_copy(update={"bbox": _shift(c.bbox, box)}) for c in decode_codes(to_gray(image), dpi)
            ]
    return Page(
        file=file,
        number=source.number,
        width=source.width,
        height=source.height,
        words=source.words,
        text_source=TextSource.text,
        seals=seals,
        codes=codes,
    )


def page_seals(
    image: np.ndarray, gray: np.ndarray, dpi: float, rules: SealRules
) -> tuple[list[Seal], np.ndarray, bool]:
    """The seals on a scanned page image (bboxes in points), the red mask inside them, and whether
    an outline that may be a seal was left unconfirmed, or a seal the scan's edge cut off: red
    seals, else (a grey scan or photocopy, whose seals kept their outline, not their colour)
    round outlines."""
    mask, blobs = red_blobs(image, dpi, rules)
    seals, red = seals_among(mask, blobs, dpi, rules)
    if seals:
        return seals, red, False
    outlined, unconfirmed = find_outline_seals(gray, dpi, rules)
    return outlined, red, unconfirmed or (not outlined and seal_cut_at_edge(mask, blobs, dpi, rules))


def _shift(bbox: tuple[float, float, float, float], origin: tuple[float, float, float, float]) -> BBox:
    return (bbox[0] + origin[0], bbox[1] + origin[1], bbox[2] + origin[0], bbox[3] + origin[1])


def ocr_page(source: SourcePage, *, file: str, engine: OcrEngine, rules: ReadingRules) -> Page:
    """Render (or take) the page image, turn it upright, straighten it, lift seals, OCR it."""
    if source.render is None:
        raise ValueError("ocr_page needs a page that can be rendered")
    image, dpi = source.render(rules.render.dpi)
    image, dpi = bound_image(image, dpi, rules.render.max_ocr_pixels)
    rotation = engine.orientation(image)
    image = rotate_quarter(image, rotation)
    gray = to_gray(image)
    # A photographed sheet is read flattened, and its words are placed on the flattened sheet: mapped
    # back onto the slanted photo, a label's value would drift off its label's line again.
    sheet: list[tuple[float, float]] | None = None
    quad = page_quad(gray, rules.photo)
    if quad is not None:
        flat, matrix = flatten(image, quad)
        engine.image_changed(image, flat, matrix)
        image, gray = flat, to_gray(flat)
        sheet = [(float(x) * 72.0 / dpi, float(y) * 72.0 / dpi) for x, y in quad]
    skew = measure_skew(gray, rules.orientation.max_skew_deg)
    if rules.orientation.min_correct_deg <= abs(skew) <= rules.orientation.max_skew_deg:
        straight = deskew(image, skew)
        engine.image_changed(image, straight, deskew_matrix(image.shape, skew))
        image, gray = straight, to_gray(straight)
    seals, red, unconfirmed = page_seals(image, gray, dpi, rules.seal)
    # With the seals lifted, the rows they cover are detected again: lines found while the seal's
    # ring text crossed them come out broken or missing, and the words under a seal are what a
    # party's name or an amount often is.
    clean = lift_seals(image, red)
    if clean is not image:
        engine.rows_changed(image, clean, seal_rows(seals, dpi, image.shape[0]))
    lines = engine.recognize(clean)
    words = words_from_lines(lines, dpi)
    scale = print_scale(words, rules.quality)
    if not seals:
        # The seals of a page printed smaller (2-up) are smaller too: only its text tells by how much.
        shrink = print_shrink(scale, rules.seal)
        if shrink < 1.0:
            seals, _ = find_outline_seals(gray, dpi, rules.seal, shrink)
    # Quality speaks of the source: a 150-DPI scan rendered at 200 DPI is still a 150-DPI scan.
    effective = source.effective_dpi or dpi
    if source.dpi_guessed and scale is not None and scale > 1.0:
        # An untagged picture was taken as A4; a smaller paper photographed whole (an invoice
        # forwarded at 1080 px) prints its text larger than that guess makes it, and the text's
        # size in pixels is what OCR meets.
        effective *= scale
    return Page(
        file=file,
        number=source.number,
        width=image.shape[1] * 72.0 / dpi,
        height=image.shape[0] * 72.0 / dpi,
        words=words,
        text_source=TextSource.ocr,
        quality=assess(
            gray,
            dpi=effective,
            skew_deg=skew,
            rules=rules.quality,
            image_dpi=dpi * source.paper_scale,
            confident=read_confidently(words, rules.quality),
        ).model_copy(update={"seals_certain": not (source.bilevel or unconfirmed)}),
        seals=seals,
        rotation=rotation,
        codes=decode_codes(gray, dpi),
        image_based=True,
        sheet=sheet,
    )


def seal_rows(seals: list[Seal], dpi: float, height: int) -> list[tuple[int, int]]:
    """The bands of pixel rows the seals cover, a fifth of a seal's height more above and below, merged."""
    bands: list[tuple[int, int]] = []
    for seal in sorted(seals, key=lambda s: s.bbox[1]):
        pad = 0.2 * (seal.bbox[3] - seal.bbox[1])
        y0 = max(0, int((seal.bbox[1] - pad) * dpi / 72))
        y1 = min(height, int((seal.bbox[3] + pad) * dpi / 72) + 1)
        if bands and y0 <= bands[-1][1]:
            bands[-1] = (bands[-1][0], max(bands[-1][1], y1))
        else:
            bands.append((y0, y1))
    return bands


def bound_image(image: np.ndarray, dpi: float, max_pixels: int) -> tuple[np.ndarray, float]:
    """Downscale an image of more than ``max_pixels`` pixels to that many; the DPI follows the scale."""
    pixels = image.shape[0] * image.shape[1]
    if pixels <= max_pixels:
        return image, dpi
    scale = (max_pixels / pixels) ** 0.5
    return cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), dpi * scale


def words_from_lines(lines: list[OcrLine], dpi: float) -> list[Word]:
    """OCR lines as words with bboxes in points (pixels × 72 / dpi)."""
    to_pt = 72.0 / dpi
    return [
        Word(
            text=to_simplified(line.text.strip()),
            bbox=(line.box[0] * to_pt, line.box[1] * to_pt, line.box[2] * to_pt, line.box[3] * to_pt),
            confidence=round(line.confidence, 4),
            source=TextSource.ocr,
        )
        for line in lines
        if line.text.strip()
    ]


_LINE_BOX = 2.5
"""A text-layer word whose box is taller than this many times its font size is set at an angle."""


def merge_text_layer(page: Page, layer: list[Word]) -> Page:
    """A scan with a visible text layer: keep the layer, add OCR words where the layer has nothing."""

    # A line of the layer covers the OCR words under it; a diagonal watermark's box (仅供年检使用 at
    # 30°: a rectangle much taller than its print) covers half the page and hides none of it.
    lines = [w for w in layer if w.size is None or w.bbox[3] - w.bbox[1] <= _LINE_BOX * w.size]

    def covered(word: Word) -> bool:
        cx, cy = (word.bbox[0] + word.bbox[2]) / 2, (word.bbox[1] + word.bbox[3]) / 2
        return any(w.bbox[0] <= cx <= w.bbox[2] and w.bbox[1] <= cy <= w.bbox[3] for w in lines)

    if page.rotation:  # OCR coordinates are of the turned image; the layer's are not comparable
        return page
    extra = [part for w in page.words for part in ([w] if not covered(w) else _uncovered_parts(w, lines))]
    source = TextSource.mixed if extra else TextSource.text
    return page.model_copy(update={"words": layer + extra, "text_source": source})


_FIGURE_CHARS = frozenset("0123456789,.，¥￥")


def _char_width(c: str) -> float:
    return 1.0 if unicodedata.east_asian_width(c) in ("F", "W") else 0.5


def _uncovered_parts(word: Word, layer: list[Word]) -> list[Word]:
    """The stretches of an OCR line that no word of the layer's on its row covers, as words of their
    own: a figure drawn as outlines (or pictured) in a line whose words are text (合同总价：…（小写：
    [¥911,800.00]）). OCR boxes a line whole; its characters are placed by width (half for narrow ones: figures, ¥)."""
    x0, y0, x1, y1 = word.bbox
    height = max(y1 - y0, 1.0)
    row = sorted(
        (max(w.bbox[0], x0), min(w.bbox[2], x1))
        for w in layer
        if min(w.bbox[3], y1) - max(w.bbox[1], y0) >= 0.5 * min(height, w.bbox[3] - w.bbox[1])
        and w.bbox[0] < x1
        and w.bbox[2] > x0
    )
    gaps: list[tuple[float, float]] = []
    at = x0
    for left, right in row:
        if left - at >= 1.5 * height:
            gaps.append((at, left))
        at = max(at, right)
    if x1 - at >= 1.5 * height:
        gaps.append((at, x1))
    total = sum(_char_width(c) for c in word.text) or 1.0
    edges = [0.0]
    for c in word.text:
        edges.append(edges[-1] + _char_width(c) * (x1 - x0) / total)
    parts = []
    for left, right in gaps:
        # The characters whose middles fall in the gap.
        chars = [i for i in range(len(word.text)) if left <= x0 + (edges[i] + edges[i + 1]) / 2 <= right]
        if not chars:
            continue
        first, last = chars[0], chars[-1]
        # Placed by width, a figure's edge may fall a character short: a figure is never cut.
        while first > 0 and word.text[first - 1] in _FIGURE_CHARS:
            first -= 1
        while last + 1 < len(word.text) and word.text[last + 1] in _FIGURE_CHARS:
            last += 1
        text = word.text[first : last + 1].strip()
        if text:
            box = (x0 + edges[first], y0, x0 + edges[last + 1], y1)
            parts.append(word.model_copy(update={"text": text, "bbox": box}))
    return parts
