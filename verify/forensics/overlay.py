"""OVERLAY_DETECTED: text painted over by a filled shape, and text stacked on other text.

PyMuPDF numbers every drawing operation of a page (``seqno``) for both
vector paths (``get_drawings``) and text (``get_texttrace``), so the painting
order is known: a box filled *after* a span and over it hides that span; a
span drawn after the box, inside it, is the replacement text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pymupdf

from jianzheng.extract.fields.labels import vocabulary
from jianzheng.extract.readers.pdf import upright
from jianzheng.models import BBox, Code

from .config import thresholds
from .signals import KeyArea, Signal, area, field_at, is_watermark, overlap


@dataclass(frozen=True)
class TraceSpan:
    text: str
    bbox: BBox
    seqno: int
    chars: tuple[tuple[str, BBox], ...]
    seal_ink: bool = False
    """Painted in a seal's red: an electronic seal's own words (电子签章, the firm's name on its ring)."""

    def text_under(self, box: BBox, ratio: float) -> str:
        """The characters of this span that ``box`` covers by at least ``ratio`` of their area."""
        return "".join(
            c for c, b in self.chars if area(b) > 0 and overlap(b, box) >= ratio * area(b) and c.strip()
        )


@dataclass(frozen=True)
class Fill:
    bbox: BBox
    seqno: int
    colour: tuple[float, ...]


def visible_spans(page: pymupdf.Page) -> list[TraceSpan]:
    """Text spans that are painted (not invisible OCR text, not fully transparent) and not watermarks."""
    spans = []
    for span in page.get_texttrace():
        # type 3 is render mode "invisible": the OCR text layer under a scan.
        if span["type"] == 3 or span["opacity"] == 0 or is_watermark(span):
            continue
        chars = tuple((chr(c[0]), tuple(c[3])) for c in span["chars"])
        text = "".join(c for c, _ in chars).strip()
        if text:
            spans.append(
                TraceSpan(
                    text=text,
                    bbox=tuple(span["bbox"]),
                    seqno=span["seqno"],
                    chars=chars,
                    seal_ink=_red(span.get("color")),
                )
            )
    return spans


def _red(colour: object) -> bool:
    """Whether an RGB paint colour is a seal's red (strong red, little green or blue)."""
    if not isinstance(colour, (tuple, list)) or len(colour) != 3:
        return False
    r, g, b = (float(c) for c in colour)
    return r >= 0.5 and r - max(g, b) >= 0.35


def opaque_fills(page: pymupdf.Page) -> list[Fill]:
    """Filled, opaque shapes large enough to hide a character."""
    rules = thresholds().overlay
    fills = []
    for path in page.get_drawings():
        if path.get("fill") is None or (path.get("fill_opacity") or 1.0) < rules.min_fill_opacity:
            continue
        rect = path["rect"]
        if rect.width < rules.min_box_side or rect.height < rules.min_box_side:
            continue
        fills.append(Fill(bbox=tuple(rect), seqno=path["seqno"], colour=tuple(path["fill"])))
    return fills


def _colour_name(colour: tuple[float, ...]) -> str:
    if len(colour) == 3 and min(colour) > 0.9:
        return "白色"
    if len(colour) == 1 and colour[0] > 0.9:
        return "白色"
    return "填充"


_URL = re.compile(r"https?://|www\.[a-z0-9-]+\.", re.IGNORECASE)
_STAMP = re.compile(
    r"\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}|^\s*\d+\s*/\s*\d+\s*$"
)


def is_web_print(page: pymupdf.Page, spans: list[TraceSpan]) -> bool:
    """Whether the page was printed from a web browser: a URL and a date or page count in its margins.

    A browser prints the page's address, the date and "1/3" in the top and
    bottom margins; the page's own layout then puts boxes over text (a fixed
    site header repeated over the text that scrolls under it, backgrounds of
    positioned elements), which is how the page looked, not an edit.
    """
    band = thresholds().overlay.web_margin_share * page.rect.height
    margin = [s for s in spans if s.bbox[3] <= page.rect.y0 + band or s.bbox[1] >= page.rect.y1 - band]
    return any(_URL.search(s.text) for s in margin) and any(_STAMP.search(s.text) for s in margin)


def _field_box(fill: Fill, page: pymupdf.Page) -> bool:
    """A box the size of a field (not a banner or a background), painted in the paper's white."""
    rules = thresholds().overlay
    x0, y0, x1, y1 = fill.bbox
    small = x1 - x0 <= rules.web_max_box_width * page.rect.width and y1 - y0 <= rules.web_max_box_height
    return small and _colour_name(fill.colour) == "白色"


def covered_text(page: pymupdf.Page, number: int, file: str, areas: list[KeyArea]) -> list[Signal]:
    """Spans hidden under a box painted later, with the text drawn over the box afterwards.

    On a page printed from a web browser only a white box a field's size counts: the
    page's own layout lays banners and coloured backgrounds over its text.
    """
    rules = thresholds().overlay
    spans = visible_spans(page)
    web = is_web_print(page, spans)
    signals = []
    for fill in opaque_fills(page):
        if web and not _field_box(fill, page):
            continue
        if _red(fill.colour):
            # An electronic seal's star or ring in its red, drawn over the signer's name as a paper
            # seal is stamped over it: the name still shows through nothing but the seal's own ink.
            continue
        hidden_text = "".join(
            s.text_under(fill.bbox, rules.cover_ratio) for s in spans if s.seqno < fill.seqno
        )
        if not hidden_text:
            continue
        top_text = "".join(s.text_under(fill.bbox, rules.cover_ratio) for s in spans if s.seqno > fill.seqno)
        field = field_at(areas, number, fill.bbox)
        where = f"「{field.label}」处" if field else ""
        message = f"第 {number} 页{where}有{_colour_name(fill.colour)}方块盖住了原有文字「{hidden_text}」"
        if top_text:
            message += f"，其上另写了「{top_text}」"
        signals.append(
            Signal(
                code=Code.OVERLAY_DETECTED,
                file=file,
                page=number,
                bbox=fill.bbox,
                text=top_text or hidden_text,
                message=message,
                earlier=hidden_text,
                later=top_text or None,
                reason="covered",
            )
        )
    return signals


def _overlapping_chars(
    spans: list[TraceSpan], ratio: float
) -> dict[tuple[int, int], list[tuple[str, str, BBox]]]:
    """Pairs of characters of different spans painted on the same place with different glyphs.

    Keyed by (under span, over span) in painting order; each value lists
    (under char, over char, over char's box). Characters are bucketed on a
    coarse grid so that only neighbours are compared.
    """
    grid: dict[tuple[int, int], list[tuple[int, str, BBox]]] = {}
    for index, span in enumerate(spans):
        for c, box in span.chars:
            if c.strip() and area(box) > 0:
                key = (int((box[0] + box[2]) / 20), int((box[1] + box[3]) / 20))
                grid.setdefault(key, []).append((index, c, box))
    pairs: dict[tuple[int, int], list[tuple[str, str, BBox]]] = {}
    for (gx, gy), members in grid.items():
        near = [m for dx in (-1, 0, 1) for dy in (-1, 0, 1) for m in grid.get((gx + dx, gy + dy), [])]
        for i, c, box in members:
            for j, d, other in near:
                if j <= i or c == d:
                    continue
                if overlap(box, other) < ratio * min(area(box), area(other)):
                    continue
                under, over = (i, j) if spans[i].seqno < spans[j].seqno else (j, i)
                under_c, over_c, over_box = (c, d, other) if under == i else (d, c, box)
                pairs.setdefault((under, over), []).append((under_c, over_c, over_box))
    return pairs


def _kind(c: str) -> str:
    if c.isdigit():
        return "digit"
    if "\u4e00" <= c <= "\u9fff":
        return "han"
    return "latin" if c.isalpha() else "mark"


def _baseline_run(index: int, spans: list[TraceSpan]) -> set[int]:
    """Indexes of the spans that continue span ``index`` on its baseline (a date typeset in pieces by font)."""
    span = spans[index]
    size = span.bbox[3] - span.bbox[1]
    line = sorted(
        (i for i, s in enumerate(spans) if abs(s.bbox[3] - span.bbox[3]) < 0.3 * size),
        key=lambda i: spans[i].bbox[0],
    )
    run, left, right = {index}, span.bbox[0], span.bbox[2]
    for i in line:
        if right - 0.01 <= spans[i].bbox[0] <= right + 0.5 * size:
            run.add(i)
            right = spans[i].bbox[2]
    for i in reversed(line):
        if left - 0.5 * size <= spans[i].bbox[2] <= left + 0.01:
            run.add(i)
            left = spans[i].bbox[0]
    return run


def _runs_into(
    under: int, over: int, spans: list[TraceSpan], pairs: dict[tuple[int, int], list[tuple[str, str, BBox]]]
) -> bool:
    """Whether the text ``over`` belongs to is a column that ``under`` runs into, not a value typed over it.

    A long company name that overflows into the date column on its line puts the
    date's figures on Chinese characters somewhere along the date; a value
    typed over an old one puts figures on figures and characters on characters
    all along it.
    """
    size = spans[under].bbox[3] - spans[under].bbox[1]
    if abs(spans[over].bbox[3] - spans[under].bbox[3]) >= 0.3 * size:
        return False  # not on the same line: text stamped across others (an opaque level banner)
    if _tail_meets_head(spans[under], spans[over], pairs.get((under, over), [])):
        return True
    return any(
        _kind(u) != _kind(o) for i in _baseline_run(over, spans) for u, o, _ in pairs.get((under, i), [])
    )


_COLLISION_CHARS = 2
"""Most characters a text running into the next cell's may share with it at its end."""


def _tail_meets_head(under: TraceSpan, over: TraceSpan, pairs: list[tuple[str, str, BBox]]) -> bool:
    """Whether a text runs with its last characters into the first of the next text on its line
    (a contract number too long for its cell under the next cell's label: …112号 under 合同金额).

    A value typed over an old one starts where the old one did and covers it along its length;
    here each begins clear of the other and they touch only where one ends and the other begins.
    """
    if not pairs or len(pairs) > _COLLISION_CHARS:
        return False
    shared = [b for _, _, b in pairs]
    left, right = min(b[0] for b in shared), max(b[2] for b in shared)
    width = max((b[2] - b[0]) for b in shared)
    return (
        under.bbox[0] < left - 2 * width  # the running text began well before the collision
        and over.bbox[2] > right + width  # and the text it ran into goes on after it
        and over.bbox[0] >= left - width  # which begins where they meet
        and under.bbox[2] <= right + width  # where the running text ends
    )


def _seal_words(text: str) -> bool:
    """Whether the text is a seal's own (合同专用章): an electronic seal stamped over the signature
    block's names and dates, as a paper seal is, not a value typed over another."""
    return any(word in re.sub(r"\s", "", text) for word in vocabulary().cue("seal_text"))


def stacked_text(page: pymupdf.Page, number: int, file: str, areas: list[KeyArea]) -> list[Signal]:
    """Characters of one span painted over different characters of the same kind in another.

    A forger types a new value over the old one: digits over digits, a name
    over a name. A year column that a long company name runs into puts digits
    on Chinese characters and its own 年 on the name's last characters: a
    layout collision, not an edit.
    """
    rules = thresholds().overlay
    spans = visible_spans(page)
    if is_web_print(page, spans):
        return []  # a browser's layout overlaps text by design (positioned elements, its margins)
    signals = []
    stacked = _overlapping_chars(spans, rules.stack_ratio)
    for (under, over), pairs in sorted(stacked.items()):
        chars = [(u, o, b) for u, o, b in pairs if _kind(u) == _kind(o)]
        # A seal's words (or red ink) stamped over the signature block's names, as a paper seal is.
        seal = _seal_words(spans[over].text) or spans[over].seal_ink
        if not chars or _runs_into(under, over, spans, stacked) or seal:
            continue
        under_text = "".join(dict.fromkeys(u for u, _, _ in chars))
        over_text = "".join(o for _, o, _ in chars)
        boxes = [b for _, _, b in chars]
        bbox = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        field = field_at(areas, number, bbox)
        where = f"「{field.label}」处" if field else ""
        signals.append(
            Signal(
                code=Code.OVERLAY_DETECTED,
                file=file,
                page=number,
                bbox=bbox,
                text=spans[over].text,
                message=(
                    f"第 {number} 页{where}文字叠印：「{spans[over].text}」压在「{spans[under].text}」之上"
                    f"（重叠处原为「{under_text}」，现为「{over_text}」）"
                ),
                earlier=spans[under].text,
                later=spans[over].text,
                reason="stacked",
            )
        )
    return signals


def overlay_signals(
    data: bytes,
    file: str,
    key_pages: set[int] | None = None,
    areas: list[KeyArea] | None = None,
    *,
    stacked: bool = True,
) -> list[Signal]:
    """OVERLAY_DETECTED signals of one PDF, on ``key_pages`` (1-based) or every page.

    ``stacked=False`` looks for covering boxes only (documents printed as a data
    layer over a template, whose text overlaps the template's by design).
    """
    signals: list[Signal] = []
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for index in range(doc.page_count):
            number = index + 1
            if key_pages is not None and number not in key_pages:
                continue
            page = upright(doc[index])
            covered = covered_text(page, number, file, areas or [])
            # Text written over a box is already quoted by the box's signal.
            over = [
                s
                for s in (stacked_text(page, number, file, areas or []) if stacked else [])
                if not any(s.bbox and c.bbox and overlap(s.bbox, c.bbox) > 0 for c in covered)
            ]
            signals += covered + over
    return signals
