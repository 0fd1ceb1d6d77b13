"""Finding labels on a page: the label vocabulary's phrases → label hits (locate.py reads their values).

Labels are matched with spaCy's PhraseMatcher on a blank ``zh`` pipeline
(character tokens) over each line's text with whitespace removed, so that
OCR's spaced-out labels (甲 方：, 名        称:) match as printed. A match
counts as a label when it starts its cell (after an enumerator such as 一、)
or is followed by a colon, possibly after a decoration ((盖章), （全称）);
甲方应于… in running text is not a label.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import spacy
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from .labels import vocabulary
from .lines import Line, Snippet

# A bare 、 is what OCR leaves of 一、: the one-stroke numeral is the character it most often drops.
_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]*[、.]|\(?[一二三四五六七八九十\d]+\)|\d+(?:\.\d+)*[、.]?|[加减]:|其中:|[*•·□☐☑√✓■▣]|第[一二三四五六七八九十\d]+条)*$"
)
# A label's decorations: bracketed notes ((盖章), （全称）), and a unit whose closing bracket OCR lost
# (持证人员总数(人 7).
_AFTER = re.compile(
    r"^\s*(?:\([^()\t]{0,14}\)\s*|\((?:人|个|项|元|万元|千元)(?=\s)\s*)*(?P<colon>[:：]|\t|$)?"
)
_ENDS_CELL = re.compile(r"^ *(?:\t|$)")
_CELL_KEYS = {"party_a", "party_b", "third_party"}
# Keys whose short labels (日期) end many longer words.
_TAIL_KEYS = {"sign_date"}
_OPINION = re.compile(r"^\s*(?:验收)?意见")


@dataclass(frozen=True)
class LabelHit:
    """A label on a line: which field it names, and where its value may start."""

    line: Line
    key: str
    label: str
    start: int
    """Index of the label's first character in ``line.text``."""
    end: int
    """Index after the label, its decorations and its colon."""
    colon: bool
    fuzzy: bool = False
    """Matched with one character misread (OCR), not exactly."""
    inner: bool = False
    """Run into the cell before it (某县住承建单位 | 新疆某公司): a label only on a form's row."""

    @property
    def snippet(self) -> Snippet:
        snip = self.line.snippet(self.start, self.end)
        assert snip is not None  # a label always has characters
        return snip


@lru_cache(maxsize=1)
def _nlp() -> Language:
    # The blank Chinese pipeline segments into characters, which suits
    # labels: no word-segmentation model, nothing to download.
    return spacy.blank("zh")


@lru_cache(maxsize=64)
def _matcher(vocab_items: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseMatcher:
    nlp = _nlp()
    matcher = PhraseMatcher(nlp.vocab)
    for key, labels in vocab_items:
        matcher.add(key, [nlp.make_doc(label) for label in labels])
    return matcher


def _freeze(keys: Mapping[str, Sequence[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((k, tuple(v)) for k, v in keys.items()))


def find_labels(lines: Iterable[Line], keys: Mapping[str, Sequence[str]]) -> list[LabelHit]:
    """Every label hit of the given keys (field name → labels) on the lines, in reading order.

    Overlapping matches keep the longest (项目名称 over 名称); a match that is
    neither at its cell's start nor followed by a colon is not a label.
    """
    matcher = _matcher(_freeze(keys))
    nlp = _nlp()
    hits: list[LabelHit] = []
    for line in lines:
        if not line.compact:
            continue
        doc = nlp.make_doc(line.compact)
        raw = [(nlp.vocab.strings[mid], s, e) for mid, s, e in matcher(doc)]
        # Longest first; a shorter match inside a longer one is dropped.
        raw.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        taken: list[tuple[int, int]] = []
        for key, cs, ce in raw:
            if any(not (ce <= a or cs >= b) for a, b in taken if (a, b) != (cs, ce)):
                continue
            hit = _as_label(line, key, cs, ce)
            if hit is not None:
                hits.append(hit)
                taken.append((cs, ce))
        if any(c < 1.0 for c in line.confs):
            hits.extend(_fuzzy_labels(line, keys, taken))
    # A label run into the cell before it counts only on a row that has a label of its own.
    framed = {id(h.line) for h in hits if not h.inner}
    hits = [h for h in hits if not h.inner or id(h.line) in framed]
    return sorted(hits, key=lambda h: (h.line.page, h.line.index, h.start))


@lru_cache(maxsize=64)
def _by_length(vocab_items: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[int, dict[str, list[str]]]:
    """Labels of four or more characters by length, each with the keys it names."""
    out: dict[int, dict[str, list[str]]] = {}
    for key, labels in vocab_items:
        for label in labels:
            if len(label) >= FUZZY_MIN:
                out.setdefault(len(label), {}).setdefault(label, []).append(key)
    return out


FUZZY_MIN = 4
"""Labels this long or longer also match an OCR reading with one character wrong."""


def _fuzzy_labels(
    line: Line, keys: Mapping[str, Sequence[str]], taken: list[tuple[int, int]]
) -> list[LabelHit]:
    """Labels at the start of an OCR'd cell read with one wrong character (合同编亏：).

    Only where no exact label starts the cell, and only when a colon follows, the label fills
    the cell or ends a word the reader boxed apart, so that prose is never read as a label.
    """
    by_length = _by_length(_freeze(keys))
    found: list[LabelHit] = []
    for start, end in line.cells():
        cs = bisect_left(line.cmap, start)
        ce = bisect_left(line.cmap, end)
        cell = line.compact[cs:ce]
        if any(cs <= a <= cs + 2 for a, _ in taken):
            continue
        for length, labels in by_length.items():
            if len(cell) < length or not (
                len(cell) == length or cell[length] in ":：" or _word_ends(line, cs + length - 1)
            ):
                continue
            match = process.extractOne(
                cell[:length], list(labels), scorer=Levenshtein.distance, score_cutoff=1
            )
            if match is None:
                continue
            for key in labels[match[0]]:
                hit = _as_label(line, key, cs, cs + length)
                if hit is not None:
                    found.append(replace(hit, label=match[0], fuzzy=True))
            break
    return found


def _word_ends(line: Line, at: int) -> bool:
    """Whether the compact character ``at`` ends a word the reader boxed apart (经营范团 | 许可项目…)."""
    after = line.cmap[at] + 1
    return after < len(line.text) and line.text[after].isspace()


def _whole_word(line: Line, first: int, last: int) -> bool:
    """Whether the label is a whole word as the reader boxed it: a form's label cell that OCR read
    on one line with the cells beside it, closer than a cell's gap (某项目名称 合同编号 SFYJ-…), or
    ending the line after another word (某项目名称 合同编号, its value on the row's second line)."""
    if not line.word_of or line.word_of[first] < 0 or line.word_of[first] != line.word_of[last]:
        return False
    word = line.word_of[first]
    before = line.word_of[first - 1] if first > 0 else -1
    after = line.word_of[last + 1] if last + 1 < len(line.word_of) else -1
    return before != word and after != word and (last + 1 < len(line.text) or first > 0)


@lru_cache(maxsize=1)
def _decorated() -> re.Pattern[str]:
    words = sorted(vocabulary().decorations, key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]")


def _as_label(line: Line, key: str, cs: int, ce: int) -> LabelHit | None:
    start, last = line.cmap[cs], line.cmap[ce - 1]
    cell_start, _ = line.cell_at(start)
    before = re.sub(r"\s", "", line.text[cell_start:start])
    at_start = _ENUMERATOR.match(before) is not None
    glued = start > 0 and not line.text[start - 1].isspace()
    # A VAT invoice's side label (购买方 / 销售方, one character a line) that OCR boxed with the
    # first character of 名 称 is no word the label begins inside.
    side = re.search(r"(?:^|\s)([购销买售方])$", line.text[:start]) is not None
    if not at_start and glued and not side and re.search(r"\s", line.text[start:last]):
        # Matching ignores blanks so that letter-spaced labels (名  称, 购 名 称) match, but a
        # label never begins in the middle of a word: the 公司 of 某有限公司 and the 名称 of the
        # next column's 名称：… are two cells, not the label 公司名称.
        return None
    if key in _TAIL_KEYS and ce - cs <= 2 and glued and re.search(r"[\u4e00-\u9fff]$", line.text[:start]):
        return None  # the 日期 of 计划竣工日期 or 出具日期 is that word's tail, not a signing date
    if key in _CELL_KEYS and _OPINION.match(line.text[last + 1 :]):
        return None  # 建设单位意见：, 监理单位意见： head a party's opinion, not its name
    after = _AFTER.match(line.text[last + 1 :])
    colon = after is not None and after["colon"] in {":", "："}
    if not colon:
        # A decoration printed without brackets before the colon: 甲方盖章：, 金额大写：
        decorated = _decorated().match(line.text[last + 1 :])
        if decorated:
            end = last + 1 + decorated.end()
            return LabelHit(line=line, key=key, label=line.compact[cs:ce], start=start, end=end, colon=True)
    # OCR reads a form's row as one box where cells sit close (某县住承建单位 | 新疆某公司): a party's
    # label of four or more characters, ending its cell or the line, may follow the cell before it
    # unseparated. Only a party's: 系统集成项目 ends many a project name.
    # A shorter one only set apart by a blank (采购人 | 某公司巴 供应商 | 某公司: the first name
    # wrapped and its cell boxed with the next one's label), or a role noun of three (供应商,
    # 承包人, 受托方: no organisation's name ends in one) even glued; never a two-character one
    # (乙方, 卖方), which ends words.
    inner = (
        not (colon or at_start)
        and key in _CELL_KEYS
        and (ce - cs >= 3 or not glued)
        and _ENDS_CELL.match(line.text[last + 1 :]) is not None
    )
    # A label of four or more characters boxed as a word of its own is a form's cell (two-character
    # ones, 甲方 set in bold inside a sentence, are not).
    boxed = ce - cs >= 4 and _whole_word(line, start, last)
    if not (colon or at_start or inner or boxed):
        return None
    end = last + 1 + (len(after.group(0).rstrip()) if after is not None else 0)
    return LabelHit(
        line=line, key=key, label=line.compact[cs:ce], start=start, end=end, colon=colon, inner=inner
    )
