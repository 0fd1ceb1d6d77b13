"""Visual lines of a page as text with a box per character.

Extractors read labelled values out of lines, and every value they report
must carry the box of what it was read from. Text-layer pages give one word
per PDF span and OCR pages one word per detected line, so a value may be a
whole word, several words, or part of one word (甲方：某公司 printed as one
span); each character therefore gets its own box, its word's box divided in
proportion to character widths (an ideograph is twice a Latin letter).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from jianzheng.models import BBox, Page, Word
from jianzheng.models.text import is_han, normalise

CELL_GAP = 2.0
"""A horizontal gap wider than this many line heights separates two cells (a tab)."""
TIGHT_GAP = 0.25
"""Words closer than this many line heights are joined with no space."""


@dataclass(frozen=True)
class Snippet:
    """A piece of a page's text: what it says, where it is, how sure the reader was."""

    page: int
    text: str
    bbox: BBox
    confidence: float


@dataclass
class Line:
    """One visual line: normalised text, a box and a confidence per character.

    Words are joined by "" (touching), " " (a small gap) or "\\t" (a gap wide
    enough to separate table cells or a label column from its value).
    """

    page: int
    index: int
    text: str
    boxes: list[BBox]
    confs: list[float]
    height: float
    word_of: list[int] = field(default_factory=list)
    """Index of the word each character came from (-1 for a separator)."""
    compact: str = field(init=False)
    cmap: list[int] = field(init=False)
    """Index in ``text`` of each character of ``compact`` (the text without whitespace)."""

    def __post_init__(self) -> None:
        self.cmap = [i for i, ch in enumerate(self.text) if not ch.isspace()]
        self.compact = "".join(self.text[i] for i in self.cmap)

    @property
    def top(self) -> float:
        return min((b[1] for b in self.boxes), default=0.0)

    @property
    def bottom(self) -> float:
        return max((b[3] for b in self.boxes), default=0.0)

    @property
    def x0(self) -> float:
        return min((b[0] for b in self.boxes), default=0.0)

    @property
    def x1(self) -> float:
        return max((b[2] for b in self.boxes), default=0.0)

    def snippet(self, start: int, end: int) -> Snippet | None:
        """The text[start:end] stripped, with the union box and lowest confidence; None if blank."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        return Snippet(
            page=self.page,
            text=self.text[start:end].replace("\t", " "),
            bbox=union(self.boxes[start:end]),
            confidence=min(self.confs[start:end]),
        )

    def cells(self) -> list[tuple[int, int]]:
        """(start, end) of each tab-separated cell in ``text``."""
        spans, start = [], 0
        for i, ch in enumerate(self.text + "\t"):
            if ch == "\t":
                if self.text[start:i].strip():
                    spans.append((start, i))
                start = i + 1
        return spans

    def cell_at(self, index: int) -> tuple[int, int]:
        """The cell holding text position ``index`` (or the whole line)."""
        for start, end in self.cells():
            if start <= index < end:
                return start, end
        return 0, len(self.text)


def union(boxes: Sequence[BBox]) -> BBox:
    """The smallest box holding all the given boxes."""
    real = [b for b in boxes if b[2] > b[0] or b[3] > b[1]] or list(boxes)
    return (
        min(b[0] for b in real),
        min(b[1] for b in real),
        max(b[2] for b in real),
        max(b[3] for b in real),
    )


def _char_weight(ch: str) -> float:
    return 1.0 if is_han(ch) or unicodedata.east_asian_width(ch) in "WF" else 0.55


def _word_chars(word: Word) -> list[tuple[str, BBox]]:
    """The word's characters, NFKC-normalised one by one, each with its share of the box."""
    x0, y0, x1, y1 = word.bbox
    weights = [_char_weight(ch) for ch in word.text]
    total = sum(weights) or 1.0
    out: list[tuple[str, BBox]] = []
    position = x0
    for ch, weight in zip(word.text, weights, strict=True):
        width = (x1 - x0) * weight / total
        box = (position, y0, position + width, y1)
        position += width
        for norm in normalise(ch):
            out.append((" " if norm.isspace() else norm, box))
    return out


def build_line(page: int, index: int, words: list[Word]) -> Line:
    """One line from its words (sorted left to right)."""
    heights = sorted(max(w.bbox[3] - w.bbox[1], 1.0) for w in words)
    # The lower median: a vertical OCR box (letter-spaced label) must not set the height.
    height = heights[(len(heights) - 1) // 2] if heights else 10.0
    text: list[str] = []
    boxes: list[BBox] = []
    confs: list[float] = []
    word_of: list[int] = []
    previous: Word | None = None
    for number, word in enumerate(words):
        if previous is not None:
            gap = word.bbox[0] - previous.bbox[2]
            narrower = max(min(word.bbox[2] - word.bbox[0], previous.bbox[2] - previous.bbox[0]), 1.0)
            if gap > CELL_GAP * height or -gap > 0.5 * narrower:
                # A wide gap separates cells; text stacked over text (an
                # overlay) must not merge into one bogus value either.
                sep = "\t"
            elif gap > TIGHT_GAP * height:
                sep = " "
            else:
                sep = ""
            if sep:
                text.append(sep)
                boxes.append((previous.bbox[2], previous.bbox[1], previous.bbox[2], previous.bbox[3]))
                confs.append(1.0)
                word_of.append(-1)
        for ch, box in _word_chars(word):
            text.append(ch)
            boxes.append(box)
            confs.append(word.confidence)
            word_of.append(number)
        previous = word
    return Line(
        page=page, index=index, text="".join(text), boxes=boxes, confs=confs, height=height, word_of=word_of
    )


def visible(words: list[Word], order: dict[int, int]) -> list[Word]:
    """The words a reader sees: where text of the same size is painted over text, what was drawn later.

    An amount pasted over the original leaves both in the text layer; the
    page shows the one drawn last, so the characters it covers in the
    earlier word are dropped (the whole word when it covers all of it).
    Spotting the overlay itself is the forensic checks' job.
    """
    drawn = sorted(words, key=lambda w: order.get(id(w), 0))
    shown: list[Word] = []
    for word in drawn:
        shown = [part for earlier in shown for part in _uncovered(earlier, word)]
        shown.append(word)
    return sorted(shown, key=lambda w: w.bbox[0])


def _uncovered(a: Word, b: Word) -> list[Word]:
    """The parts of word ``a`` that a later word ``b`` of the same height leaves visible."""
    ha, hb = a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]
    overlap = min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])
    vertical = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    if min(ha, hb) <= 0 or abs(ha - hb) > 0.25 * max(ha, hb) or vertical < 0.5 * min(ha, hb):
        return [a]
    if overlap < 1.5 * min(ha, hb) and not (
        overlap > 0.6 * min(a.bbox[2] - a.bbox[0], b.bbox[2] - b.bbox[0])
    ):
        return [a]  # touching spans, not text painted over text
    weights = [_char_weight(ch) for ch in a.text]
    total = sum(weights) or 1.0
    x, runs, run = a.bbox[0], [], ""
    run_x0 = x
    for ch, weight in zip(a.text, weights, strict=True):
        width = (a.bbox[2] - a.bbox[0]) * weight / total
        covered = b.bbox[0] <= x + width / 2 <= b.bbox[2]
        if covered and run:
            runs.append((run, run_x0, x))
            run = ""
        elif not covered:
            run_x0 = x if not run else run_x0
            run += ch
        x += width
    if run:
        runs.append((run, run_x0, x))
    return [
        a.model_copy(update={"text": text, "bbox": (x0, a.bbox[1], x1, a.bbox[3])})
        for text, x0, x1 in runs
        if text.strip()
    ]


def _diagonal(word: Word, size: float) -> bool:
    """A word whose box is large both ways: text set at an angle (a watermark across the page)."""
    return word.bbox[3] - word.bbox[1] > 4 * size and word.bbox[2] - word.bbox[0] > 4 * size


def page_lines(page: Page) -> list[Line]:
    """The page's visual lines, top to bottom: stacked text read as shown, diagonal watermarks left out."""
    order = {id(w): i for i, w in enumerate(page.words)}
    heights = sorted(w.bbox[3] - w.bbox[1] for w in page.words)
    size = heights[(len(heights) - 1) // 2] if heights else 10.0
    lines: list[Line] = []
    for words in page.lines():
        kept = [w for w in words if not _diagonal(w, size)]
        if kept:
            lines.append(build_line(page.number, len(lines), visible(kept, order)))
    return lines


@dataclass(frozen=True)
class Running:
    """A page's text with line breaks removed, as a paragraph reads (a name or a verdict wrapped
    onto the next line is one phrase), with where each character came from."""

    page: int
    text: str
    where: list[tuple[Line, int]]
    """For each character of ``text``: its line and its index in ``line.text``."""

    def snippet(self, start: int, end: int) -> Snippet | None:
        """The evidence of text[start:end]: its part on each line it spans, boxes united."""
        parts: dict[int, tuple[Line, int, int]] = {}
        for line, index in self.where[start:end]:
            first = parts.get(id(line), (line, index, index))
            parts[id(line)] = (line, first[1], index + 1)
        snips = [s for line, a, b in parts.values() if (s := line.snippet(a, b)) is not None]
        if not snips:
            return None
        return Snippet(
            self.page,
            "".join(s.text for s in snips),
            union([s.bbox for s in snips]),
            min(s.confidence for s in snips),
        )


def running(lines: Sequence[Line]) -> list[Running]:
    """Each page's lines joined without whitespace, in reading order."""
    texts: dict[int, list[str]] = {}
    where: dict[int, list[tuple[Line, int]]] = {}
    for line in lines:
        texts.setdefault(line.page, []).append(line.compact)
        where.setdefault(line.page, []).extend((line, i) for i in line.cmap)
    return [Running(page, "".join(texts[page]), where[page]) for page in texts]
