"""Reading one table of declaration.xlsx: its header, its units, its data rows, its cells.

A reviewer's export or an enterprise's own workbook is not always tidy: a
title row or a "单位：万元" line above the header, a header over two rows
(a group heading such as 费用明细 above the fee columns), pre-numbered empty
rows, a 合计 row and notes below the table. All of that is recognised here,
and every cell that cannot be read becomes a problem placed at its sheet,
row and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from jianzheng.models import FEE_KEYS
from jianzheng.models.money import unit_factor
from jianzheng.models.text import normalise

from .declaration_values import CellError, Problems, parse_amount, parse_count, parse_date_cell, parse_text
from .declaration_vocab import DeclarationVocab, SheetVocab, normalise_label, split_unit

MONEY_KEYS = frozenset(
    {
        *FEE_KEYS,
        "services_total",
        "contract_amount",
        "operating_revenue",
        "system_integration_revenue",
        "net_profit",
        "registered_capital",
    }
)
COMPUTED_KEYS = frozenset({"services_total", "contract_amount"})
"""The totals the form computes itself (seed 000: 自动运算)."""
DATE_KEYS = frozenset({"signed_on", "accepted_on", "established_on", "obtained_on"})
COUNT_KEYS = frozenset({"year", "inspection_year", "technical_total", "certified_total"})
FEE_COLUMNS = FEE_KEYS
_HEADER_SCAN_ROWS = 10
"""A title row or two may stand above a table's header; look this far down for it."""


@dataclass(frozen=True)
class Column:
    key: str
    index: int
    header: str
    factor: Decimal


@dataclass
class SheetReader:
    """One sheet being read: where problems go and how values are parsed."""

    sheet: Worksheet
    spec: SheetVocab
    vocab: DeclarationVocab
    problems: Problems
    precision: dict[str, Decimal]
    formulas: Callable[[], Worksheet] | None = None
    """The same sheet with its formulas (loaded only when a blank cell may hold one)."""
    uncomputed: set[str] = dataclass_field(default_factory=set)
    """Paths of the totals that are formulas without a stored result (the form computes them)."""

    @property
    def name(self) -> str:
        return self.sheet.title

    def formula(self, cell: Cell) -> str | None:
        """The formula behind a cell that shows no value: a workbook written by a program and
        never opened in Excel or WPS stores formulas without their results."""
        if cell.value is not None or self.formulas is None or cell.row is None or cell.column is None:
            return None
        stored = self.formulas().cell(cell.row, cell.column).value
        text = str(getattr(stored, "text", stored) or "")  # an ArrayFormula keeps its text in .text
        return text if text.startswith("=") else None

    def value(self, key: str, cell: Cell, *, row: int, header: str, factor: Decimal, path: str) -> Any:
        """The parsed value of one cell; a problem (and None) when it cannot be read."""
        if key in MONEY_KEYS and (formula := self.formula(cell)):
            if key in COMPUTED_KEYS:
                self.uncomputed.add(path)
            else:
                self.problems.add(
                    f"公式“{formula}”没有计算结果（请在 Excel 或 WPS 中打开、保存后再导出）",
                    sheet=self.name,
                    row=row,
                    column=header,
                )
            return None
        try:
            if key in MONEY_KEYS:
                amount = parse_amount(cell.value, factor=factor, number_format=cell.number_format)
                if amount is None:
                    return None
                self.precision[path] = amount.precision
                return amount.yuan
            if key in DATE_KEYS:
                return parse_date_cell(cell.value)
            if key in COUNT_KEYS:
                return parse_count(cell.value)
            return parse_text(cell.value)
        except CellError as exc:
            self.problems.add(str(exc), sheet=self.name, row=row, column=header)
            return None

    def factor(self, key: str, header: str, unit: str | None, row: int) -> Decimal:
        """Yuan per unit of a money column's header; a problem when the unit is unknown."""
        if unit is None or key not in MONEY_KEYS:
            return Decimal(1)
        factor = unit_factor(unit)
        if factor is None:
            self.problems.add(
                f"单位“{unit}”无法识别（应为 元 或 万元）", sheet=self.name, row=row, column=header
            )
            return Decimal(1)
        return factor

    def lookup(self, text: str) -> tuple[str | None, str | None]:
        """The column key of a header or label, and the unit it carries."""
        whole = normalise_label(text)
        if key := self.spec.key_of(whole):
            return key, None
        label, unit = split_unit(text)
        return self.spec.key_of(label), unit


_SHEET_UNIT = re.compile(r"单位\s*[:：]\s*(?P<unit>[^\s,，;；)）\]]+)")
"""A line like "金额单位：万元" above a table sets the unit of its money columns without one."""


@dataclass(frozen=True)
class Header:
    """Where a table's header is, its recognised columns, and the first data row."""

    row: int
    columns: dict[str, Column]
    data_from: int


def _hits(reader: SheetReader, cells: tuple[Cell, ...]) -> list[tuple[str, int, str, str | None]]:
    hits = []
    for cell in cells:
        if isinstance(cell.value, str) and cell.value.strip():
            key, unit = reader.lookup(cell.value)
            if key:
                hits.append((key, cell.column or 0, cell.value.strip(), unit))
    return hits


def sheet_unit(reader: SheetReader, last_row: int) -> tuple[str, int] | None:
    """A unit stated for the whole table above or beside its header ("单位：万元"), with its row.

    A heading's own unit, 合同金额(单位:万元), is the column's, not the table's.
    """
    for cells in reader.sheet.iter_rows(min_row=1, max_row=last_row):
        for cell in cells:
            if isinstance(cell.value, str) and reader.lookup(cell.value)[0] is None:
                found = _SHEET_UNIT.search(normalise(cell.value))
                if found:
                    return found.group("unit"), cell.row or 0
    return None


def find_header(reader: SheetReader) -> Header | None:
    """The header of a table sheet and its recognised columns; a problem when absent.

    The header is the row among the first few with the most recognised
    headings; a heading in the row just above or below it, in a column it
    leaves empty, belongs to it too (a header over two rows).
    """
    rows = list(reader.sheet.iter_rows(min_row=1, max_row=_HEADER_SCAN_ROWS))
    scored = [(len(_hits(reader, cells)), index) for index, cells in enumerate(rows)]
    if not scored or max(scored)[0] == 0:
        wanted = "、".join(reader.spec.first_spelling(k) for k in reader.spec.required_columns)
        reader.problems.add(f"找不到表头（应含 {wanted} 等列）", sheet=reader.name)
        return None
    best = min(index for count, index in scored if count == max(scored)[0])
    hits = _hits(reader, rows[best])
    data_from = best + 1
    for neighbour in (best - 1, best + 1):
        if 0 <= neighbour < len(rows):
            taken = {h[1] for h in hits}
            keys = {h[0] for h in hits}
            extra = [h for h in _hits(reader, rows[neighbour]) if h[1] not in taken and h[0] not in keys]
            hits += extra
            if extra and neighbour > best:
                data_from = neighbour + 1
    row = rows[best][0].row or best + 1
    default = sheet_unit(reader, data_from)
    columns: dict[str, Column] = {}
    for key, index, header, unit in sorted(hits, key=lambda h: h[1]):
        if key in columns:
            reader.problems.add(
                f"“{header}”与“{columns[key].header}”重复", sheet=reader.name, row=row, column=header
            )
            continue
        if unit is None and default is not None:
            factor = reader.factor(key, f"单位：{default[0]}", default[0], default[1])
        else:
            factor = reader.factor(key, header, unit, row)
        columns[key] = Column(key, index, header, factor)
    for key in reader.spec.required_columns:
        if key not in columns:
            reader.problems.add(f"缺少必填列“{reader.spec.first_spelling(key)}”", sheet=reader.name, row=row)
    return Header(row, columns, (rows[data_from - 1][0].row or data_from) + 1)


def table_rows(reader: SheetReader) -> Iterator[tuple[int, dict[str, Column], dict[str, Cell]]]:
    """Data rows under the header: row number, columns, cells by key.

    Skipped: blank rows (a 序号 alone, as templates pre-number their rows), a
    合计 row, and notes under the table (填表说明, 注：…) that fill no amount.
    """
    header = find_header(reader)
    if header is None:
        return
    columns = header.columns
    money = [c.key for c in columns.values() if c.key in MONEY_KEYS]
    for cells in reader.sheet.iter_rows(min_row=header.data_from):
        by_key = {c.key: cells[c.index - 1] for c in columns.values() if c.index - 1 < len(cells)}
        texts = {key: parse_text(cell.value) for key, cell in by_key.items()}
        if not any(t for key, t in texts.items() if key != "number"):
            continue
        first = next((t for t in texts.values() if t), "")
        if reader.vocab.is_total_row(first):
            continue
        if reader.vocab.is_note_row(first) and not any(texts.get(k) for k in money):
            continue
        yield cells[0].row or 0, columns, by_key
