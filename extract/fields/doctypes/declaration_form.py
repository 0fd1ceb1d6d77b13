"""Stamped declaration form fields (CONTRACT 2.2): the filing as the web system prints it, sealed.

The enterprise downloads the form after filing, stamps it and uploads it back
(seed 000, 流程 and (二) 8. 2)). It prints the enterprise block as 字段/值 rows
or label-value pairs side by side, a 近三年经营情况 table whose header or title
names the unit (单位：万元, 营业收入（万元）; 元 otherwise), and a project
summary: 项目数 and 合同金额合计 as labelled values, or a project table closed by
a 合计 row. The form's own labels live in labels.toml [form_fields], apart
from the other documents' vocabulary. A value that does not look like its
field is left out, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from jianzheng.models import DeclarationFormFields, DocType, Extracted, FormFinanceRow
from jianzheng.models.money import find_amounts
from jianzheng.models.text import compact

from ..label_hits import find_labels
from ..labels import vocabulary
from ..lines import Line, Snippet, union
from .common import Parsed, Reading, extracted, quantize
from .license import as_org, credit_code
from .seal import read_seal

from . import extractor  # isort: skip

FIGURES = ("operating_revenue", "system_integration_revenue", "net_profit")
WAN = Decimal(10_000)
NO_UNIT_DOUBT = 0.7
"""Confidence factor of figures under a header that names no unit: 元 is only the likelier reading."""

_COUNT = re.compile(r"^(\d{1,5})(?:人|名|个|项|家)?(?=$|[(（,，;；])")
_YEAR_CELL = re.compile(r"^(?:19[5-9]\d|20\d\d)(?:年度?)?$")
_ROW_YEAR = re.compile(r"^\s*((?:19[5-9]|20\d)\d)(?:年度?)?(?=\s|$)")
_BRACKETS = re.compile(r"[(（][^)）]*[)）]")
_SERIAL = re.compile(r"^\s*(\d{1,3})(?:\s+|(?=[\u4e00-\u9fff])|$)")
# 合计, 总计：共2个项目, 合计(共3项), or the count alone as the closing row's label (共2个项目).
_TOTAL_CELL = re.compile(
    r"^(?:(?:合计|总计)(?:金额)?(?:[:：]?(?:共计?)?\d{1,3}[个项](?:项目)?|[(（](?:共计?)?\d{1,3}[个项](?:项目)?[)）])?"
    r"|共计?\d{1,3}[个项](?:项目)?)$"
)


@lru_cache(maxsize=1)
def form_keys() -> dict[str, list[str]]:
    """The form's label vocabulary: its own fields, with the credit code's labels."""
    vocab = vocabulary()
    return {**vocab.form_fields, "credit_code": vocab.labels("credit_code")}


def form_reading(reading: Reading) -> Reading:
    """The same pages with label hits of the form's vocabulary instead of the general one."""
    return Reading(pages=reading.pages, lines=reading.lines, hits=find_labels(reading.lines, form_keys()))


def as_grade(text: str) -> Parsed:
    """A grade spelled 乙级, 二级, 贰级 or 乙 (labels.toml [grades]) as 甲/乙/丙/丁."""
    value = _BRACKETS.sub("", compact(text)).rstrip("。.")
    for grade, spellings in vocabulary().grades.items():
        for spelling in spellings:
            if value == spelling or (len(spelling) >= 2 and value.startswith(spelling)):
                return grade.value, 1.0 if value == spelling else 0.9
    return None


def as_count(text: str) -> Parsed:
    """A head or item count: 34, 34人, 3个, 12 项 (a note in brackets after it is allowed)."""
    value = compact(text)
    match = _COUNT.match(value)
    if match is None:
        return None
    return int(match.group(1)), 1.0 if match.end() == len(value) else 0.9


def says_wan(text: str) -> bool:
    """Whether a header, title or label states figures in 万元."""
    flat = compact(text)
    return "万元" in flat or any(cue in flat for cue in vocabulary().cue("unit_wan"))


def says_yuan(text: str) -> bool:
    """Whether a header, title or label states figures in 元 (and not 万元)."""
    flat = compact(text).replace("万元", "")
    return "元" in flat


def figure_at(text: str, scale: Decimal) -> tuple[Decimal, int, int] | None:
    """The first figure in a cell, in yuan, with its offsets: ``scale`` applies unless it prints 万."""
    for amount in find_amounts(text, bare=True):
        if amount.kind != "figure" or amount.value is None:
            continue
        value = amount.value if "万" in amount.text else amount.value * scale
        return quantize(value), amount.start, amount.end
    return None


def project_total(form: Reading) -> Extracted[Decimal] | None:
    """合同金额合计 as a labelled value, else the 合计 row of the project table."""
    for value in form.values("project_total"):
        label = value.evidence.text[: max(0, len(value.evidence.text) - len(value.value.text))]
        scale, doubt = _unit(label + " " + value.value.text, _before(form.lines, value.hit.line, 3))
        found = figure_at(value.value.text, scale)
        if found is not None:
            factor = 0.95 if value.below else 1.0
            return extracted(found[0], value.evidence, doubt * factor)
    return _total_row(form.lines)


def project_count(form: Reading) -> Extracted[int] | None:
    """项目数 as a labelled value, else the rows of the project table that carry an amount."""
    found = form.first("project_count", as_count)
    if found is not None:
        return found
    table = project_table(form.lines)
    if table is None or not table.rows:
        return None
    last = table.rows[-1][0]
    snip = last.snippet(0, len(last.text))
    if snip is None:
        return None
    # The whole table was read when its rows add up to its 合计 row, or are numbered 1..n
    # up to it; a wrapped project name (a line without an amount) is no row.
    count = len(table.rows)
    closed = table.total is not None
    adds_up = closed and table.total is not None and sum(a for _, a in table.rows) == table.total[1]
    numbered = closed and table.serials == list(range(1, count + 1))
    # Rows numbered 1..n that do not add up to the 合计 may still have lost a row with its serial
    # (a right-aligned short figure read out of its column): not sure enough for an error.
    return extracted(count, snip, 0.95 if adds_up else 0.75 if numbered else 0.7)


@dataclass(frozen=True)
class ProjectTable:
    """A project table: its header, the rows with their amounts (yuan), their serials, its 合计 row."""

    header: Line
    rows: list[tuple[Line, Decimal]]
    serials: list[int]
    total: tuple[Snippet, Decimal] | None
    doubt: float


def project_table(lines: Sequence[Line]) -> ProjectTable | None:
    """The first table whose header names 项目名称 and an amount column, read down to its 合计 row."""
    for at, header in enumerate(lines):
        cells = [compact(header.text[s:e]) for s, e in header.cells()]
        if not any("项目名称" in c for c in cells) or not any("金额" in c or "总值" in c for c in cells):
            continue
        # The amount column's header, from its own words on: OCR may join it to the cell before
        # (验收日期 合同金额(万元)).
        start = next(i for word in ("金额", "总值") if (i := header.text.find(word)) >= 0)
        end = header.cell_at(start)[1]
        scale, doubt = _unit(header.text[start:end], [*_before(lines, header, 2), header])
        column = union(header.boxes[start:end])
        rows: list[tuple[Line, Decimal]] = []
        serials: list[int] = []
        total = None
        # A long table runs on to the next page (its header printed again there).
        for line in lines[at + 1 : at + 200]:
            first = line.text[slice(*line.cells()[0])] if line.cells() else ""
            # The 合计 row: its label may follow a count (项目数：2个 | 合计 | 1,687,900.00) or hold
            # one (合计：共2个项目 | 12894.30).
            stated = _stated_total(line, scale)
            if stated is not None:
                total = stated
                break
            closing = next((e for s, e in line.cells() if _TOTAL_CELL.match(compact(line.text[s:e]))), None)
            amount = _in_column(line, closing or 0, column, scale)
            if closing is not None:
                if amount is not None:
                    total = amount
                break
            if amount is None:
                continue
            if _bare_sum(line, amount[1], rows):
                # The 合计 row whose label OCR lost (a pale print, a seal over it): its figure
                # alone, the sum of the rows above, is no project.
                total = amount
                break
            rows.append((line, amount[1]))
            # OCR may join the serial and the project name in one cell (1 阿克苏地区…项目), or lose it.
            serial = _SERIAL.match(first)
            if serial:
                serials.append(int(serial.group(1)))
        return ProjectTable(header, rows, serials, total, doubt)
    return None


# A closing row that says its total in words across the table (合计：项目10个，合同总额4,790,098.49元).
_SUMMARY_ROW = re.compile(
    r"^(?:合计|总计)[:：]?.{0,12}?(?:合同总额|合同总金额|合同金额|总金额|总额)[:：]?[¥￥]?\d"
)


def _stated_total(line: Line, scale: Decimal) -> tuple[Snippet, Decimal] | None:
    """The total a summary row states after its label, in yuan (万 where it says so)."""
    if _SUMMARY_ROW.match(line.compact) is None:
        return None
    figures = [a for a in find_amounts(line.text, bare=True) if a.kind == "figure" and a.value is not None]
    if not figures or figures[-1].value is None:
        return None
    last, value = figures[-1], figures[-1].value
    snip = line.snippet(0, last.end)
    if snip is None:
        return None
    # The unit printed after the figure (4,790,098.49元, 645.80 万元) overrides the table's.
    unit = line.text[last.end : last.end + 3].strip()
    if not ("万" in last.text or unit.startswith(("万", "元"))):
        value *= scale
    return snip, quantize(value)


def _bare_sum(line: Line, value: Decimal, rows: list[tuple[Line, Decimal]]) -> bool:
    """Whether a line is nothing but a figure that adds up the two or more rows above it."""
    if len(rows) < 2 or sum(a for _, a in rows) != value:
        return False
    return re.fullmatch(r"[¥￥]?[\d,，.]+(?:元|万元)?", line.compact) is not None


def _in_column(
    line: Line, start: int, column: tuple[float, float, float, float], scale: Decimal
) -> tuple[Snippet, Decimal] | None:
    """The figure of a row that stands under the amount column (the label-to-figure snippet)."""
    width = column[2] - column[0]
    centre = (column[0] + column[2]) / 2
    best: tuple[float, Snippet, Decimal] | None = None
    for cell_start, cell_end in line.cells():
        offset = max(cell_start, start)
        if offset >= cell_end:
            continue
        for amount in find_amounts(line.text[offset:cell_end], bare=True):
            if amount.kind != "figure" or amount.value is None:
                continue
            box = union(line.boxes[offset + amount.start : offset + amount.end])
            distance = abs((box[0] + box[2]) / 2 - centre)
            # Figures are set flush right or centred under their header: a short one's centre may
            # lie far off the header's, but it still stands under the header.
            under = box[0] < column[2] and column[0] < box[2]
            snip = line.snippet(0, offset + amount.end)
            if (distance <= width or under) and snip is not None and (best is None or distance < best[0]):
                value = amount.value if "万" in amount.text else amount.value * scale
                best = (distance, snip, quantize(value))
    return (best[1], best[2]) if best is not None else None


def _total_row(lines: Sequence[Line]) -> Extracted[Decimal] | None:
    table = project_table(lines)
    if table is None or table.total is None:
        return None
    snip, value = table.total
    return extracted(value, snip, table.doubt)


def _before(lines: Sequence[Line], line: Line, count: int) -> list[Line]:
    """Up to ``count`` lines above ``line`` on its page, in reading order."""
    return [ln for ln in lines if ln.page == line.page and line.index - count <= ln.index < line.index]


def _centre(boxes: Sequence[tuple[float, float, float, float]]) -> float:
    box = union(boxes)
    return (box[0] + box[2]) / 2


def _unit(header: str, context: Sequence[Line]) -> tuple[Decimal, float]:
    """The scale a header (or the lines before it: 单位：万元) gives, and how sure it is."""
    for text in [header, *(ln.text for ln in reversed(context))]:
        if says_wan(text):
            return WAN, 1.0
        if says_yuan(text):
            return Decimal(1), 1.0
    return Decimal(1), NO_UNIT_DOUBT


def _figure_key(cell: str) -> str | None:
    text = _BRACKETS.sub("", compact(cell)).removeprefix("其中:").removeprefix("其中：")
    vocab = vocabulary()
    return next((key for key in FIGURES if text in vocab.labels(key)), None)


def finance(form: Reading) -> Extracted[list[FormFinanceRow]] | None:
    """The 经营情况 table, years down the side (年度 营业收入 …) or across the top (项目 2022 2023 2024)."""
    lines = form.lines
    for at, header in enumerate(lines):
        cells = [(s, e, compact(header.text[s:e])) for s, e in _header_cells(header)]
        by_key = {k: (s, e) for s, e, c in cells if (k := _figure_key(c)) is not None}
        by_year = {int(c[:4]): (s, e) for s, e, c in cells if _YEAR_CELL.match(c)}
        if len(by_key) < 2 and len(by_year) < 2:
            continue
        scale, doubt = _unit(header.text, _before(lines, header, 2))
        body = [ln for ln in lines[at + 1 : at + 8] if ln.page == header.page]
        if len(by_key) >= 2:
            table = _rows_by_year(header, by_key, body, scale)
        else:
            table = _rows_by_figure(header, by_year, body, scale)
        if table is None:
            continue
        rows, used = table
        parts = [header, *used]
        text = " / ".join(re.sub(r"\s+", " ", ln.text) for ln in parts)
        snip = Snippet(
            page=header.page,
            text=text,
            bbox=union([b for ln in parts for b in ln.boxes]),
            confidence=min(min(ln.confs, default=1.0) for ln in parts),
        )
        return extracted(rows, snip, doubt)
    return None


def _header_cells(line: Line) -> list[tuple[int, int]]:
    """A header's cells, a cell that names no column split at its blanks: OCR joins neighbouring
    headers with a space (营业收入(万元) 系统集成收入(万元))."""
    spans: list[tuple[int, int]] = []
    for start, end in line.cells():
        text = line.text[start:end]
        if _figure_key(text) is not None or _YEAR_CELL.match(compact(text)):
            spans.append((start, end))
            continue
        spans += [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text)]
    return spans


def _cells_to_columns(
    line: Line, start: int, columns: dict[object, tuple[float, float]], scale: Decimal
) -> dict[object, Decimal] | None:
    """Each figure of a row under the column whose centre is nearest; two in one column: unreadable.

    Cells are read one by one: a figure followed by a negative one in the next cell (3500.00
    then -12.33) must not read as a range.
    """
    found: dict[object, Decimal] = {}
    for cell_start, cell_end in line.cells():
        if cell_end <= start:
            continue
        offset = max(cell_start, start)
        for amount in find_amounts(line.text[offset:cell_end], bare=True):
            if amount.kind != "figure" or amount.value is None:
                continue
            centre = _centre(line.boxes[offset + amount.start : offset + amount.end])
            key = min(columns, key=lambda k: abs((columns[k][0] + columns[k][1]) / 2 - centre))
            if key in found:
                return None
            found[key] = quantize(amount.value if "万" in amount.text else amount.value * scale)
    return found


def _span(line: Line, cell: tuple[int, int]) -> tuple[float, float]:
    box = union(line.boxes[cell[0] : cell[1]])
    return box[0], box[2]


def _rows_by_year(
    header: Line, by_key: dict[str, tuple[int, int]], body: Sequence[Line], scale: Decimal
) -> tuple[list[FormFinanceRow], list[Line]] | None:
    columns: dict[object, tuple[float, float]] = {k: _span(header, c) for k, c in by_key.items()}
    rows: list[FormFinanceRow] = []
    used: list[Line] = []
    for line in body:
        # The year starts the row; OCR may join it to the first figure in one cell (2024 1,081.29).
        year = _ROW_YEAR.match(line.text)
        if year is None:
            if rows:
                break
            continue
        figures = _cells_to_columns(line, year.end(), columns, scale)
        if figures is None:
            continue
        rows.append(FormFinanceRow(year=int(year.group(1)), **{str(k): v for k, v in figures.items()}))
        used.append(line)
    return (sorted(rows, key=lambda r: r.year), used) if rows else None


def _rows_by_figure(
    header: Line, by_year: dict[int, tuple[int, int]], body: Sequence[Line], scale: Decimal
) -> tuple[list[FormFinanceRow], list[Line]] | None:
    columns: dict[object, tuple[float, float]] = {y: _span(header, c) for y, c in by_year.items()}
    values: dict[int, dict[str, Decimal]] = {y: {} for y in by_year}
    used = []
    for line in body:
        cells = line.cells()
        key = _figure_key(line.text[slice(*cells[0])]) if cells else None
        if key is None:
            continue
        figures = _cells_to_columns(line, cells[0][1], columns, scale)
        if figures is None:
            continue
        for year, value in figures.items():
            values[int(str(year))][key] = value
        used.append(line)
    rows = [FormFinanceRow(year=y, **v) for y, v in sorted(values.items()) if v]
    return (rows, used) if rows else None


@extractor(DocType.declaration_form)
def extract_declaration_form(reading: Reading) -> DeclarationFormFields:
    """Every form field that the pages show."""
    form = form_reading(reading)
    fields: dict[str, object] = {
        "company_name": form.first("company_name", as_org),
        "credit_code": credit_code(form),
        "grade": form.first("grade", as_grade),
        "technical_total": form.first("technical_total", as_count),
        "certified_total": form.first("certified_total", as_count),
        "finance": finance(form),
        "project_count": project_count(form),
        "project_total": project_total(form),
        "has_seal": read_seal(reading),
    }
    return DeclarationFormFields(**{k: v for k, v in fields.items() if v is not None})
