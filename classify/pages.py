"""Scoring one page against every document type's cues.

A page's score for a type is a plain sum a reviewer can recompute from cues.toml: its best title
(on a title line, or weaker anywhere), its labels (capped), layout hints (seal, QR code, a table of
amounts) less its negative cues. A softmax over the scores gives the confidence; ``other`` competes
with a fixed prior, so a page with little evidence is ``other`` at low confidence, never forced.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from jianzheng.models import DocType, Page
from jianzheng.models.text import compact_lower

from .cues import Cues, TypeCues, default_cues
from .text import PageText, ends_title, locate, read_page_text


@dataclass(frozen=True)
class Title:
    """The title a page carries: the type it names and how strongly."""

    type: DocType
    phrase: str
    weight: float
    """The cue's weight: a title below the thresholds' ``title_start_min`` never starts a document."""
    score: float
    part: bool
    """A title of a part of a document (a goods list, notes to the statements)."""
    prominent: bool
    line: str


@dataclass(frozen=True)
class PageVerdict:
    """What the classifier concluded about one page, with the evidence segmentation needs."""

    page: Page
    type: DocType
    confidence: float
    scores: dict[DocType, float]
    title: Title | None
    """The best title line, when the page has one that names a type."""
    continues: bool
    """The page says it continues something (以下无正文, (续), a printed page number above 1)."""
    text: str
    """The page's normalised text."""
    decided: bool
    """False when no type had evidence enough and the page fell back to ``other``."""
    opens: bool = False
    """The page shows the first-page labels of its type (cues.toml ``first_page``)."""
    amounts: int = 0
    """Figures with separators or cents on the page (255,163.00): a cover states none."""
    letter: bool = False
    """The page opens a letter to the contractor (某公司： / 你公司承建的…): an acceptance letter's
    first page, which starts a document even after another acceptance page."""

    @property
    def chars(self) -> int:
        """Characters of text on the page (normalised)."""
        return len(self.text)

    def probability(self, doc_type: DocType, temperature: float) -> float:
        """The softmax probability of one type from this page's scores."""
        return softmax(self.scores, temperature)[doc_type]


def softmax(scores: dict[DocType, float], temperature: float) -> dict[DocType, float]:
    """Scores to probabilities."""
    top = max(scores.values())
    exps = {t: math.exp((s - top) / temperature) for t, s in scores.items()}
    total = sum(exps.values())
    return {t: e / total for t, e in exps.items()}


def _factor(exact: bool, fuzzy_factor: float) -> float:
    return 1.0 if exact else fuzzy_factor


def _title_lines(doc_type: DocType, cues: TypeCues, text: PageText, fuzzy: float) -> Title | None:
    best: Title | None = None
    phrases = [(p, w, False) for p, w in cues.titles.items()] + [
        (p, w, True) for p, w in cues.part_titles.items()
    ]
    for line in text.titles:
        for phrase, weight, part in phrases:
            for candidate in line.candidates:
                exact = ends_title(phrase, candidate)
                if exact is None:
                    continue
                score = weight * _factor(exact, fuzzy) * (1.0 if line.prominent else 0.8)
                if best is None or score > best.score:
                    best = Title(doc_type, phrase, weight, score, part, line.prominent, line.candidates[0])
                break
    return best


def _body_title(cues: TypeCues, text: PageText, fuzzy: float, factor: float) -> float:
    best = 0.0
    for phrase, weight in (*cues.titles.items(), *cues.part_titles.items()):
        found = locate(phrase, text.text, text.chars)
        if found:
            best = max(best, weight * _factor(found[2], fuzzy) * factor)
    return best


def _phrases(table: dict[str, float], text: str, chars: frozenset[str], fuzzy: float) -> float:
    total = 0.0
    for phrase, weight in table.items():
        found = locate(phrase, text, chars)
        if found:
            total += weight * _factor(found[2], fuzzy)
    return total


def _score(
    doc_type: DocType, cues: TypeCues, page: Page, text: PageText, all_cues: Cues
) -> tuple[float, Title | None]:
    thresholds = all_cues.thresholds
    fuzzy = thresholds.fuzzy_factor
    title = _title_lines(doc_type, cues, text, fuzzy)
    score = max(title.score if title else 0.0, _body_title(cues, text, fuzzy, thresholds.body_title_factor))
    score += min(thresholds.label_cap, _phrases(cues.labels, text.text, text.chars, fuzzy))
    if page.seals:
        score += cues.seal
        seal_text = "".join(s.text or "" for s in page.seals)
        if seal_text:
            score += _phrases(cues.seal_texts, seal_text, frozenset(seal_text), fuzzy)
    if page.codes:
        score += cues.qr_code
    if text.amounts >= thresholds.amount_table_min:
        score += cues.amount_table
    score -= _phrases(cues.negative, text.text, text.chars, fuzzy)
    return score, title


# A page whose first line is a later clause (四、词语含义, 第五条, 3.) opens in the middle of a
# document: the contract-number label further down (GF-2017-0201 puts 合同编号 in article 六 on
# the second page) does not make it a new contract.
_LATER_CLAUSE = re.compile(
    r"^(?:[二三四五六七八九十]{1,3}[、.]|第[二三四五六七八九十百]{1,4}[条章]|[2-9]\.(?!\d))"
)


# An addressee line (某某有限公司： on a line of its own) near the top, and the letter speaking to it
# as the builder: an acceptance letter (关于某项目的验收意见) whose title may run off the page.
_TOC_ROW = re.compile(r"\d{1,3}(?:[-–—~至]\d{1,3})?$")


def _table_of_contents(text: PageText) -> bool:
    """Whether the page is a 目录: headed 目录 in its first lines, and three rows or more that end
    in a page number or a page range (合同书 3-5)."""
    head = any(line.text.replace(" ", "") in ("目录", "目次", "资料目录") for line in text.lines[:3])
    rows = sum(
        1 for line in text.lines if len(line.text) >= 6 and _TOC_ROW.search(line.text.replace(" ", ""))
    )
    return head and rows >= 3


_ADDRESSEE = re.compile(r"^.{4,60}(?:公司|局|中心|院|委员会|学校|医院|部)[:：]$")
_TO_BUILDER = re.compile(r"(?:你|贵)(?:公司|单位)(?:承建|承担|实施)的")


def _opens_letter(text: PageText) -> bool:
    head = text.lines[:4]
    return any(_ADDRESSEE.match(line.text) for line in head) and _TO_BUILDER.search(text.text) is not None


def _is_continuation(text: PageText, cues: Cues) -> bool:
    if text.page_number is not None and text.page_number > 1:
        return True
    if text.lines and _LATER_CLAUSE.match(text.lines[0].text):
        return True
    return any(compact_lower(phrase) in text.text for phrase in cues.continuation.phrases)


def _page_title(titles: list[Title], best: DocType) -> Title | None:
    """The title that names the page: set apart as a title, or agreeing with the page's evidence."""
    if not titles:
        return None
    # One line may hold two types' titles (设备到货验收单: 验收单 and 到货验收单); the one the page's
    # evidence agrees with names it.
    agreeing = [t for t in titles if t.type == best and t.prominent]
    title = max(agreeing or titles, key=lambda t: t.score)
    # A plain line near the top (乙方开具发票) names a title only when the page's evidence agrees.
    return title if title.prominent or title.type == best else None


def _container(best: DocType, scores: dict[DocType, float], titles: list[Title], cues: Cues) -> DocType:
    """The type that takes in the best type's pages unconditionally ([absorb]), where its own title
    heads the page too and it scores nearly as well (two pages printed on one sheet: an audit
    report's opinion beside its 利润表); else the best type."""
    for container, parts in cues.absorb.items():
        titled = any(t.type == container for t in titles)
        if (
            parts.get(best) == []
            and titled
            and scores[container] >= cues.thresholds.container_share * scores[best]
        ):
            return container
    return best


def classify_page(page: Page, cues: Cues | None = None) -> PageVerdict:
    """Score one page against every type; the best type with its softmax confidence."""
    cues = cues or default_cues()
    thresholds = cues.thresholds
    text = read_page_text(
        page,
        top_fraction=thresholds.title_top_fraction,
        size_ratio=thresholds.title_size_ratio,
        max_title_chars=thresholds.title_max_chars,
    )
    scores: dict[DocType, float] = {}
    titles: list[Title] = []
    for doc_type, type_cues in cues.types.items():
        score, title = _score(doc_type, type_cues, page, text, cues)
        scores[doc_type] = score
        if title and title.weight >= thresholds.title_start_min:
            titles.append(title)
    scores[DocType.other] += thresholds.other_prior
    if _table_of_contents(text):
        # A bundle's 目录 names every paper in it (合同书, 验收报告, 发票) and is none of them: its
        # rows are no titles.
        scores[DocType.other] = max(scores.values()) + thresholds.other_prior + 1.0
        titles = []
    best = _container(max(scores, key=lambda t: scores[t]), scores, titles, cues)
    probabilities = softmax(scores, thresholds.temperature)
    # A container's page is sure as far as the page is either the container or a part it takes in.
    parts = [t for t, phrases in cues.absorb.get(best, {}).items() if phrases == []]
    confidence = min(1.0, probabilities[best] + sum(probabilities[t] for t in parts))
    decided = best != DocType.other or scores[DocType.other] > thresholds.other_prior
    if len(text.text) < thresholds.min_text_chars and not titles:
        decided = False
    if not decided:
        best = DocType.other
        confidence = min(probabilities[DocType.other], thresholds.undecided_confidence)
    first = cues.types[best]
    found = sum(compact_lower(phrase) in text.text for phrase in first.first_page)
    return PageVerdict(
        opens=bool(first.first_page) and found >= first.first_page_min,
        page=page,
        type=best,
        confidence=round(confidence, 4),
        scores=scores,
        title=_page_title(titles, best),
        continues=_is_continuation(text, cues),
        text=text.text,
        decided=decided,
        letter=_opens_letter(text),
        amounts=text.amounts,
    )
