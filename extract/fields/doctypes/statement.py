"""Financial statement fields (CONTRACT 2.2), and the statement-row reading that audit reports share.

A statement row is a line whose first cell is a row label (营业收入, 四、净利润,
资产总计); its current-period figure is the amount under the header cell
that says 本期/本年/期末 when there is one, else the row's first amount
that is a figure rather than a note reference (附注 五、30). The header's unit
note (单位：元 / 千元 / 万元, 金额单位：…) scales the figures to yuan; the field's text
keeps the note so that the printed precision stays knowable.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from jianzheng.models import DocType, Extracted, StatementFields, StatementKind
from jianzheng.models.money import Amount, find_amounts, unit_factor, unit_note

from ..labels import vocabulary
from ..lines import Line, union
from .common import Reading, extracted, quantize

from . import extractor  # isort: skip

_CURRENT = ("本期", "本年", "期末", "本月", "年末余额", "本期金额", "本年金额", "本年累计")
_SIGNIFICANT = re.compile(r"[,.]|\d{4,}")


@dataclass(frozen=True)
class StatementPage:
    """A page that holds one statement, by its title."""

    page: int
    kind: StatementKind
    consolidated: bool
    parent_only: bool
    title: Line


def statement_pages(reading: Reading) -> list[StatementPage]:
    """Pages whose title (among their first lines) names a statement."""
    cues = vocabulary()
    kinds = [
        (StatementKind.balance_sheet, cues.cue("statement_balance")),
        (StatementKind.income_statement, cues.cue("statement_income")),
        (StatementKind.cash_flow, cues.cue("statement_cash")),
    ]
    found: list[StatementPage] = []
    seen: set[int] = set()
    for line in reading.lines:
        # A title is a short line among the first eight of its page.
        if line.page in seen or len(line.compact) > 24 or line.index >= 8:
            continue
        for kind, words in kinds:
            if any(w in line.compact for w in words):
                found.append(
                    StatementPage(line.page, kind, "合并" in line.compact, "母公司" in line.compact, line)
                )
                seen.add(line.page)
                break
    return found


def header_unit(lines: Sequence[Line]) -> tuple[str, Decimal] | None:
    """The unit a statement's header prints for its figures (单位：元 / 万元 / 千元, 金额单位：…,
    单位：人民币元, a （万元） column note), from the page's first lines; None when none is printed."""
    for line in lines[:12]:
        note = unit_note(line.compact)
        if note is not None:
            return note
    wan = vocabulary().cue("unit_wan")
    if any(any(w in ln.compact for w in wan) for ln in lines[:12]):
        return "万元", Decimal(10_000)
    return None


# The notes to a report state their unit once for every table after (（除特别注明外，金额单位为
# 人民币万元）); their tables print no header unit of their own.
_NOTES_UNIT = re.compile(
    r"除(?:特别|另有|特殊)?(?:注明|说明|指明|列示|标明)外.{0,10}?(?:金额)?单位(?:均为|为|是|[:：])?"
    r"(?P<unit>(?:人民币)?(?:百万|千|万|亿)?元)"
)


def notes_unit(reading: Reading, page: int) -> tuple[str, Decimal] | None:
    """The unit the report's notes state for all that follows, on this page or an earlier one."""
    found: tuple[str, Decimal] | None = None
    for line in reading.lines:
        if line.page > page:
            continue
        match = _NOTES_UNIT.search(line.compact)
        factor = unit_factor(match["unit"]) if match is not None else None
        if match is not None and factor is not None:
            found = (match["unit"], factor)
    return found


_PERIOD_START = re.compile(
    r"(?:(?<![（(])(?:合并|母公司|本公司)\s*)?(?:本期|上期|期末|期初|年初|年末|本年|上年|本月|上月)"
)
"""Where a column heading starts: its period word, with a group word set bare before it (合并
本期金额 母公司 本期金额); a group word in brackets after it (本期金额（母公司）) is the heading's own."""


def _headings(line: Line) -> list[tuple[int, int]]:
    """The column headings of a header line: its cells, and a cell holding several headings set
    close together (本期金额（合并） 本期金额（母公司）, or 合并 本期金额 母公司 本期金额 read as one
    line off a scan) split where each heading starts."""
    spans = []
    for start, end in line.cells():
        cuts = [m.start() for m in _PERIOD_START.finditer(line.text, start, end)]
        bounds = sorted({start, *cuts, end})
        spans += [(a, b) for a, b in pairwise(bounds) if line.text[a:b].strip()]
    return spans


_HEADING_SLACK = 24.0
"""Points a heading may start right of its row's last figure and still head one of its columns."""


def _current_column(lines: Sequence[Line], row: Line) -> tuple[float, float, float] | None:
    """The current period's heading in the header above the row (its left and right x) and where
    the next heading right of it starts (the column's bound; infinity for the last).

    Where the header pairs a consolidated column with the company's own (本期金额（合并） |
    本期金额（母公司）), the company's own: seed 001 (二) 1. takes the declaring company's
    figures, never the consolidated ones.
    """
    # Nearest first, up to the page's top: an income statement's last rows lie twenty lines below it.
    above = [ln for ln in lines if ln.page == row.page and ln.index < row.index]
    # Only headings over the row's own span: on a sheet scanned two pages side by side, the other
    # page's table heads its own columns (jimunai seed 1: a note's 本期发生额 beside the 利润表).
    row_right = max((box[2] for box in row.boxes), default=float("inf"))
    for line in reversed(above):
        current = [
            (start, end, heading)
            for start, end in _headings(line)
            if any(c in (heading := re.sub(r"\s", "", line.text[start:end])) for c in _CURRENT)
            and len(heading) <= 12
            and union(line.boxes[start:end])[0] <= row_right + _HEADING_SLACK
        ]
        if current:
            own = [c for c in current if "母公司" in c[2] or "本公司" in c[2]]
            if not own and len(current) > 1:
                own = _under_own_group(lines, line, current)
            start, end, _ = (own or current)[0]
            box = union(line.boxes[start:end])
            lefts = [line.boxes[a][0] for a, _ in _headings(line) if line.boxes[a][0] > box[2]]
            return box[0], box[2], min(lefts, default=float("inf"))
    return None


def _under_own_group(
    lines: Sequence[Line], header: Line, current: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The current headings under a group heading 母公司/本公司 on the header row above (合并 |
    母公司 over 本期金额 上期金额 本期金额 上期金额): the company's own, not the consolidated."""
    above = [ln for ln in lines if ln.page == header.page and ln.index == header.index - 1]
    for line in above:
        for start, end in line.cells():
            if not any(w in line.text[start:end] for w in ("母公司", "本公司")):
                continue
            left = union(line.boxes[start:end])[0] - header.height
            return [c for c in current if union(header.boxes[c[0] : c[1]])[2] > left]
    return []


def _pick(
    line: Line, offset: int, amounts: list[Amount], column: tuple[float, float, float] | None
) -> Amount | None:
    significant = [a for a in amounts if _SIGNIFICANT.search(a.text) and a.value is not None]
    if column is None:
        return significant[0] if significant else None
    centre = (column[0] + column[1]) / 2

    def middle(a: Amount) -> float:
        box = union(line.boxes[offset + a.start : offset + a.end])
        return (box[0] + box[2]) / 2

    # The column runs from its heading to the next heading: a figure set right-aligned under a
    # left-set heading is in it, a row number (行次 1) left of the heading is not.
    within = [a for a in significant if column[0] - 0.25 * line.height <= middle(a) < column[2]]
    if within:
        return min(within, key=lambda a: abs(middle(a) - centre))
    # A figure of three digits or fewer (937 in a 千元 statement) counts where it stands under the
    # current column's heading; elsewhere it may be the row's number (行次).
    width = max(column[1] - column[0], 2 * line.height)
    under = [a for a in amounts if a.value is not None and abs(middle(a) - centre) <= width]
    candidates = significant + [a for a in under if a not in significant]
    if not candidates:
        return None
    return min(candidates, key=lambda a: abs(middle(a) - centre))


def row_figure(reading: Reading, key: str, pages: set[int] | None = None) -> Extracted[Decimal] | None:
    """The current-period figure of the first row labelled ``key`` (on ``pages`` if given)."""
    for hit in reading.hits:
        if hit.key != key or (pages is not None and hit.line.page not in pages):
            continue
        line = hit.line
        amounts = [a for a in find_amounts(line.text[hit.end :], bare=True) if a.kind == "figure"]
        page_lines = [ln for ln in reading.lines if ln.page == line.page]
        best = _pick(line, hit.end, amounts, _current_column(page_lines, line))
        if best is None or best.value is None:
            continue
        unit = (
            None
            if "万" in best.text or "亿" in best.text
            else header_unit(page_lines) or notes_unit(reading, line.page)
        )
        value = best.value * (unit[1] if unit is not None else Decimal(1))
        rest = line.text[hit.end :]
        # Accounting brackets: (2,328) is a loss of 2,328.
        if rest[: best.start].rstrip()[-1:] in ("(", "（") and rest[best.end :].lstrip()[:1] in (")", "）"):
            value = -abs(value)
        snip = line.snippet(hit.start, hit.end + best.end)
        figure = line.snippet(hit.end + best.start, hit.end + best.end)
        if snip is not None and figure is not None:
            # As sure as the label and the figure: a row number between them (行次 9, which OCR
            # read less surely) is evidence of the place, not part of the value.
            snip = replace(snip, confidence=min(hit.snippet.confidence, figure.confidence))
            found = extracted(quantize(value), snip)
            if unit is not None and unit[1] != 1:
                # The figure as printed and the header's unit note, so that a consumer knows the
                # printed precision (money.printed_unit, money_precision read the note).
                found = found.model_copy(update={"text": f"{found.text}（单位：{unit[0]}）"})
            return found
    return None


def fiscal_year(reading: Reading, pages: set[int] | None = None) -> Extracted[int] | None:
    """The year most often named as 2024年度 or 2024年12月31日 (in the first lines of each page)."""
    votes: Counter[int] = Counter()
    where: dict[int, Line] = {}
    for line in reading.lines:
        if pages is not None and line.page not in pages:
            continue
        for match in re.finditer(r"(19[5-9]\d|20\d\d)年(?:度|12月31日|1-12月)", line.compact):
            year = int(match.group(1))
            votes[year] += 1
            where.setdefault(year, line)
    if not votes:
        return None
    year, _ = votes.most_common(1)[0]
    snip = where[year].snippet(0, len(where[year].text))
    return extracted(year, snip, 1.0 if len(votes) == 1 else 0.85) if snip else None


def company_of_statement(reading: Reading) -> Extracted[str] | None:
    """The 编制单位 of a statement."""
    from .license import as_org

    return reading.first("statement_company", as_org)


@extractor(DocType.financial_statement)
def extract_statement(reading: Reading) -> StatementFields:
    """Every statement field that the pages show."""
    pages = statement_pages(reading)
    fields: dict[str, object] = {
        "company_name": company_of_statement(reading),
        "fiscal_year": fiscal_year(reading),
        "operating_revenue": row_figure(reading, "operating_revenue"),
        "net_profit": row_figure(reading, "net_profit"),
        "total_assets": row_figure(reading, "total_assets"),
    }
    if pages:
        snip = pages[0].title.snippet(0, len(pages[0].title.text))
        if snip is not None:
            fields["statement_kind"] = extracted(pages[0].kind, snip)
    return StatementFields(**{k: v for k, v in fields.items() if v is not None})
