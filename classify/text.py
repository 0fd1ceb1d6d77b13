"""What the cues are matched against: a page's normalised text, its title lines, and layout facts.

OCR splits characters with spaces, mixes full- and half-width punctuation and gets a character
wrong here and there; every comparison here works on normalised text (NFKC, no whitespace) and
tolerates one wrong character in cues of four or more characters.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming

from jianzheng.models import Page, Word
from jianzheng.models.text import compact_lower

_SPACE = re.compile(r"\s+")
_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2}(?!\d)")
_PAGE_NUMBER = (
    re.compile(r"第(\d{1,3})页"),
    re.compile(r"^-(\d{1,3})-$"),
    re.compile(r"^(\d{1,3})/(\d{1,3})$"),
    re.compile(r"^page(\d{1,3})", re.IGNORECASE),
)


def _allowed_errors(length: int) -> int:
    if length < 4:
        return 0
    return 1 if length < 10 else 2


def locate(cue: str, text: str, chars: frozenset[str] | None = None) -> tuple[int, int, bool] | None:
    """Where the (normalised) cue occurs in the (normalised) text: (start, end, exact), or None.

    Cues of four or more characters also match with one wrong, missing or extra character
    (two in cues of ten or more). ``chars`` (the text's character set) lets a caller skip the
    fuzzy search cheaply.
    """
    start = text.find(cue)
    if start >= 0:
        return start, start + len(cue), True
    errors = _allowed_errors(len(cue))
    if not errors or len(text) < len(cue) - errors:
        return None
    if chars is not None and sum(ch not in chars for ch in cue) > errors:
        return None
    # partial_ratio is an Indel ratio: one wrong character costs two edits.
    threshold = 100.0 * (1 - errors / len(cue)) - 0.5
    found = fuzz.partial_ratio_alignment(cue, text, score_cutoff=threshold)
    if found is None:
        return None
    return found.dest_start, found.dest_end, False


_TITLE_TAIL = re.compile(
    r"^(?:[(\[【][^)\]】]{0,8}[)\]】]|[副正本书表单联续附件\d一二三四五六七八九十\-—·.])*$"
)
_SENTENCE = re.compile(r"[，。；,;:]")
# A clause or section heading (第八条 项目验收, 十、竣工验收, 3.2 发票) names a topic, not the page.
_HEADING = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[条章节款部分]|[一二三四五六七八九十]+[、.]|\d+(?:\.\d+)*[、.]|[(（][一二三四五六七八九十\d]+[)）])"
)


def ends_title(cue: str, line: str) -> bool | None:
    """Whether the cue ends the line as a title does (营业执照(副本), XX项目合同书), not a label (合同编号:).

    None when it does not; True for an exact match, False for one with misread characters (the
    same number of characters, one of them wrong in cues of 4+: OCR misreads a title, it does not
    shorten it, so 销售方 is no 销售合同).
    """
    if _SENTENCE.search(line) or _HEADING.match(line):
        return None
    errors = _allowed_errors(len(cue))
    fuzzy = False
    for end in range(len(line), len(cue) - 1, -1):
        if not _TITLE_TAIL.match(line[end:]):
            continue
        window = line[end - len(cue) : end]
        if window == cue:
            return True
        if errors and Hamming.distance(cue, window) <= errors:
            fuzzy = True
    return False if fuzzy else None


@dataclass(frozen=True)
class Line:
    """One visual line of a page."""

    text: str
    """Normalised text of the whole line."""
    parts: tuple[str, ...]
    """Normalised text of each word (span or OCR box) on the line."""
    top: float
    bottom: float
    left: float
    right: float
    size: float
    """Font size (text layer) or line height (OCR)."""


@dataclass(frozen=True)
class TitleLine:
    """A line that may be a title: near the top of the page, or larger than the text around it."""

    candidates: tuple[str, ...]
    """The whole line and each of its words (a title may share its line with 会企01表)."""
    prominent: bool
    """Larger than the median line, or centred."""


@dataclass(frozen=True)
class PageText:
    """A page reduced to what the classifier looks at."""

    text: str
    """The whole page, normalised, lines joined without separators."""
    chars: frozenset[str]
    lines: tuple[Line, ...]
    titles: tuple[TitleLine, ...]
    amounts: int
    page_number: int | None
    """The printed page number (第 2 页, - 2 -, 2/5) when one is found near the bottom or top."""


def _word_size(word: Word) -> float:
    height = word.bbox[3] - word.bbox[1]
    return word.size if word.size else max(height, 1.0)


def _lines(page: Page) -> list[Line]:
    lines = []
    for row in page.lines():
        parts = tuple(p for p in (compact_lower(w.text) for w in row) if p)
        if not parts:
            continue
        lines.append(
            Line(
                text="".join(parts),
                parts=parts,
                top=min(w.bbox[1] for w in row),
                bottom=max(w.bbox[3] for w in row),
                left=min(w.bbox[0] for w in row),
                right=max(w.bbox[2] for w in row),
                size=max(_word_size(w) for w in row),
            )
        )
    return lines


def _title_lines(
    lines: list[Line], width: float, height: float, top_fraction: float, ratio: float, max_chars: int
) -> tuple[TitleLine, ...]:
    if not lines:
        return ()
    median = statistics.median(line.size for line in lines)
    titles = []
    for index, line in enumerate(lines):
        # An official letter's title names its subject in full (关于某某局某某平台建设项目的验收意见):
        # it may run to twice the length of other titles.
        limit = 2 * max_chars if line.text.startswith("关于") else max_chars
        if len(line.text) > limit:
            continue
        large = line.size >= ratio * median
        centre = (line.left + line.right) / 2
        centred = width > 0 and len(lines) > 1 and abs(centre - width / 2) < 0.08 * width
        near_top = index < 3 or (height > 0 and line.bottom <= top_fraction * height)
        if large or near_top:
            candidates = (line.text, *line.parts) if len(line.parts) > 1 else (line.text,)
            titles.append(TitleLine(candidates=candidates, prominent=large or centred))
    return tuple(titles)


def _page_number(lines: list[Line], height: float) -> int | None:
    edge = [ln for ln in lines if height <= 0 or ln.top >= 0.85 * height or ln.bottom <= 0.08 * height]
    for line in edge:
        for pattern in _PAGE_NUMBER:
            found = pattern.search(line.text)
            if found:
                return int(found.group(1))
    return None


def read_page_text(page: Page, *, top_fraction: float, size_ratio: float, max_title_chars: int) -> PageText:
    """Normalise a page's text and find its title lines, amounts and printed page number."""
    lines = _lines(page)
    text = "".join(line.text for line in lines)
    return PageText(
        text=text,
        chars=frozenset(text),
        lines=tuple(lines),
        titles=_title_lines(lines, page.width, page.height, top_fraction, size_ratio, max_title_chars),
        amounts=len(_AMOUNT.findall(text)),
        page_number=_page_number(lines, page.height),
    )
