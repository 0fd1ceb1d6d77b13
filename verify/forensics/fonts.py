"""FONT_INCONSISTENT: a figure or date whose digits are not all in one font and size.

A printed number comes out of one text run in one font. When one digit of
an amount is in another font or size, or an amount's digits differ from every
other digit on its line, someone most likely typed it in later. Invisible
OCR text (render mode 3) is skipped: its font says nothing about the paper.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pymupdf

from jianzheng.extract.readers.pdf import upright
from jianzheng.models import BBox, Code

from .config import thresholds
from .signals import NUMBER_TOKEN, KeyArea, Signal, field_at, is_watermark, overlap


@dataclass(frozen=True)
class Char:
    c: str
    bbox: BBox
    font: str
    size: float


def _font_name(name: str) -> str:
    # Subset fonts carry a random six-letter prefix ("ABCDEF+SimSun") that differs per subset.
    return name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name


def page_chars(page: pymupdf.Page) -> list[list[Char]]:
    """Visible characters with their font and size, grouped into visual lines left to right."""
    chars = []
    for span in page.get_texttrace():
        if span["type"] == 3 or span["opacity"] == 0 or is_watermark(span):
            continue
        font, size = _font_name(span["font"]), round(float(span["size"]), 2)
        for c in span["chars"]:
            text = chr(c[0])
            if text.strip():
                chars.append(Char(text, tuple(c[3]), font, size))
    chars.sort(key=lambda ch: ((ch.bbox[1] + ch.bbox[3]) / 2, ch.bbox[0]))
    lines: list[list[Char]] = []
    for ch in chars:
        centre = (ch.bbox[1] + ch.bbox[3]) / 2
        if lines:
            last = lines[-1][-1]
            height = max(last.bbox[3] - last.bbox[1], 1.0)
            if abs(centre - (last.bbox[1] + last.bbox[3]) / 2) <= 0.5 * height:
                lines[-1].append(ch)
                continue
        lines.append([ch])
    return [sorted(line, key=lambda ch: ch.bbox[0]) for line in lines]


def _differs(a: Char, b: Char) -> bool:
    ratio = max(a.size, b.size) / max(min(a.size, b.size), 0.1)
    return a.font != b.font or ratio > thresholds().fonts.size_ratio


def _union(chars: list[Char]) -> BBox:
    return (
        min(c.bbox[0] for c in chars),
        min(c.bbox[1] for c in chars),
        max(c.bbox[2] for c in chars),
        max(c.bbox[3] for c in chars),
    )


def _style(ch: Char) -> str:
    return f"{ch.font} {ch.size:g}pt"


def mixed_tokens(line: list[Char]) -> list[tuple[str, list[Char], list[Char]]]:
    """Figures and dates on a line whose digits are not all in one font and size.

    Returns (token text, the odd digits, the majority digits) per such token.
    """
    text = "".join(ch.c for ch in line)
    found = []
    for match in NUMBER_TOKEN.finditer(text):
        digits = [ch for ch in line[match.start() : match.end()] if ch.c.isdigit()]
        if len(digits) < 2:
            continue
        styles = Counter((d.font, d.size) for d in digits)
        (major_font, major_size), major = styles.most_common(1)[0]
        if len(styles) >= 3 and major * 2 <= len(digits):
            # No style holds the figure together: every digit its own size is a hand's (or a
            # handwriting font's) jitter; a retyped value brings one other style into a uniform one.
            continue
        model = Char("0", digits[0].bbox, major_font, major_size)
        odd = [d for d in digits if _differs(d, model)]
        if odd:
            found.append((match.group(), odd, [d for d in digits if not _differs(d, model)]))
    return found


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _significant(token: str) -> bool:
    digits = sum(ch.isdigit() for ch in token)
    return "." in token or "年" in token or "-" in token or "/" in token or digits >= 5


def segments(line: list[Char]) -> list[list[Char]]:
    """A visual line cut where a gap wider than a character separates its parts.

    Table cells, a title and a number in the corner share a baseline without
    being one run of text; sizes are compared only inside a part.
    """
    parts: list[list[Char]] = []
    for ch in line:
        if parts:
            last = parts[-1][-1]
            height = max(min(last.bbox[3] - last.bbox[1], ch.bbox[3] - ch.bbox[1]), 1.0)
            if ch.bbox[0] - last.bbox[2] <= height:
                parts[-1].append(ch)
                continue
        parts.append([ch])
    return parts


def resized_tokens(line: list[Char]) -> list[tuple[str, list[Char], float]]:
    """Amounts and dates set in a run of text whose size differs from the rest of its line.

    Latin digits are often in another font than the Chinese text around them
    (Word maps them to a Latin font), but at the same size. A replacement typed
    in later (the figures, or the figures with the words around them) at
    another size stands out against the rest of its line. Returns (token, its
    digits, the line's other size) per such token.
    """
    ratio = thresholds().fonts.size_ratio
    text = "".join(ch.c for ch in line)
    found = []
    for match in NUMBER_TOKEN.finditer(text):
        after = text[match.end() : match.end() + 2].strip()
        if not _significant(match.group()) and not after.startswith(("万", "元", "亿")):
            continue
        digits = [ch for ch in line[match.start() : match.end()] if ch.c.isdigit()]
        sizes = {d.size for d in digits}
        if len(sizes) != 1:
            continue  # mixed sizes inside the token: mixed_tokens reports it
        size = sizes.pop()
        # The run: the characters around the token at the token's size.
        lo, hi = match.start(), match.end()
        while lo > 0 and not _size_differs(line[lo - 1].size, size, ratio):
            lo -= 1
        while hi < len(line) and not _size_differs(line[hi].size, size, ratio):
            hi += 1
        others = [ch for ch in line[:lo] + line[hi:] if ch.c.strip()]
        if len(others) < 4:
            continue
        common, count = Counter(ch.size for ch in others).most_common(1)[0]
        if count >= 0.8 * len(others) and _size_differs(common, size, ratio):
            found.append((match.group(), digits, common))
    return found


def _size_differs(a: float, b: float, ratio: float) -> bool:
    return max(a, b) / max(min(a, b), 0.1) > ratio


def field_unlike_line(line: list[Char], box: BBox) -> tuple[list[Char], list[Char]] | None:
    """A key field's digits all in a style that no other digit of its line uses.

    Returns (field digits, other digits) when the field's style differs from
    the line's, given enough other digits to judge by.
    """
    inside = [ch for ch in line if ch.c.isdigit() and overlap(ch.bbox, box) > 0]
    outside = [ch for ch in line if ch.c.isdigit() and overlap(ch.bbox, box) == 0]
    if not inside or len(outside) < thresholds().fonts.min_context_digits:
        return None
    if any(not _differs(a, b) for a in inside for b in outside):
        return None
    return inside, outside


def _token_signal(
    file: str, number: int, areas: list[KeyArea], line_text: str, token: str, digits: list[Char], how: str
) -> Signal:
    """FONT_INCONSISTENT on the ``digits`` of a number that stand out (``how``), naming the key field they lie in."""
    box = _union(digits)
    field = field_at(areas, number, box)
    where = f"「{field.label}」" if field else ""
    return Signal(
        code=Code.FONT_INCONSISTENT,
        file=file,
        page=number,
        bbox=box,
        text=line_text,
        message=f"第 {number} 页{where}数字「{token}」{how}",
    )


def font_signals(
    data: bytes, file: str, key_pages: set[int] | None = None, areas: list[KeyArea] | None = None
) -> list[Signal]:
    """FONT_INCONSISTENT signals of one PDF, on ``key_pages`` (1-based) or every page."""
    areas = areas or []
    signals: list[Signal] = []
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for index in range(doc.page_count):
            number = index + 1
            if key_pages is not None and number not in key_pages:
                continue
            for line in page_chars(upright(doc[index])):
                line_text = "".join(ch.c for ch in line)
                # A figure is read inside one part of its line: a table's cells (行次 1 | 本年数 |
                # 上年数, 13% | 税额) sit side by side, each typeset in its own font.
                for part in segments(line):
                    for token, odd, major in mixed_tokens(part):
                        how = f"中的「{''.join(c.c for c in odd)}」字体为 {_style(odd[0])}，其余数字为 {_style(major[0])}"
                        signals.append(_token_signal(file, number, areas, line_text, token, odd, how))
                    for token, digits, size in resized_tokens(part):
                        how = f"字号为 {digits[0].size:g}pt（{digits[0].font}），同一行其余文字为 {size:g}pt"
                        signals.append(_token_signal(file, number, areas, line_text, token, digits, how))
                for area_ in areas:
                    if area_.page != number or area_.bbox is None:
                        continue
                    unlike = field_unlike_line(line, area_.bbox)
                    if unlike and not any(
                        s.page == number and s.bbox and overlap(s.bbox, area_.bbox) > 0 for s in signals
                    ):
                        inside, outside = unlike
                        signals.append(
                            Signal(
                                code=Code.FONT_INCONSISTENT,
                                file=file,
                                page=number,
                                bbox=_union(inside),
                                text=line_text,
                                message=(
                                    f"第 {number} 页「{area_.label}」的数字字体为 {_style(inside[0])}，"
                                    f"同一行其他数字为 {_style(outside[0])}"
                                ),
                            )
                        )
    return signals
