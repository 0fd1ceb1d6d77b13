"""Excel workbooks (.xlsx) that are attachments (a statement, a fee list), read as tables.

Each visible sheet is read as pages of lines (layout.py), one line per row with
its cells in column order, so that a row label and its figures read as one line.
A formula cell shows its cached value, as a viewer does, never the formula text;
a value is written the way the cell's number format shows it (2,450,000.00).
Hidden sheets, rows and columns are left out: a viewer does not show them.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
import zlib
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from jianzheng.models.errors import UnreadableFile

from ..reading_rules import ReadingRules
from .layout import GAP, MARGIN, Cell, Row, lay_out, text_width
from .office_zip import SAVE_AS, checked_zip
from .source import SourcePage

# A column is given at most this width (points) before its text wraps; wider pages than
# _MAX_PAGE_WIDTH shrink every column alike.
_MAX_COLUMN = 24 * 10.5
_MAX_PAGE_WIDTH = 3000.0
_ERRORS = (
    InvalidFileException,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    OSError,
    EOFError,
    SyntaxError,  # xml.etree's ParseError
    zipfile.BadZipFile,
    zlib.error,  # a damaged member inflates to an error, not to OSError
)


def iter_xlsx(data: bytes, rules: ReadingRules) -> Iterator[SourcePage]:
    """Pages of every visible sheet, numbered on across sheets; UnreadableFile for broken files,
    bombs, sheets past the cell limit, or a workbook with no text."""
    checked_zip(data, rules, "Excel 工作簿")
    number = 0
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except _ERRORS as exc:
        raise UnreadableFile(f"Excel 工作簿损坏，无法打开（{type(exc).__name__}）；{SAVE_AS}") from exc
    try:
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            try:
                pages = sheet_pages(sheet_rows(sheet, rules))
            except _ERRORS as exc:
                raise UnreadableFile(f"Excel 工作表「{sheet.title}」损坏（{type(exc).__name__}）") from exc
            for page in pages:
                number += 1
                page.number = number
                yield page
    finally:
        workbook.close()
    if number == 0:
        raise UnreadableFile("Excel 工作簿中没有可读取的内容")


def sheet_rows(sheet: object, rules: ReadingRules) -> list[list[str]]:
    """The sheet's rows as cell texts (column order, trailing blanks dropped); UnreadableFile past the limit."""
    # The declared dimension may claim a million rows for a few cells; rows are read as they are.
    reset = getattr(sheet, "reset_dimensions", None)
    if reset is not None:
        reset()
    limit = rules.limits.max_sheet_cells
    hidden_rows, hidden_columns = hidden_lines(sheet)
    seen = 0
    rows: list[list[str]] = []
    for number, row in enumerate(sheet.iter_rows(), start=1):  # type: ignore[attr-defined]
        seen += max(len(row), 1)
        if seen > limit:
            raise UnreadableFile(f"Excel 工作表过大（超过 {limit} 个单元格），不是可审阅的附件")
        if number in hidden_rows:
            continue
        texts = [
            ""
            if column in hidden_columns
            else cell_text(getattr(c, "value", None), getattr(c, "number_format", None))
            for column, c in enumerate(row, start=1)
        ]
        while texts and not texts[-1]:
            texts.pop()
        if texts:
            rows.append(texts)
    return rows


def hidden_lines(sheet: object) -> tuple[set[int], set[int]]:
    """Numbers of the rows and columns the sheet hides (a viewer does not show them).

    openpyxl's read-only sheets do not keep row and column properties, so the
    sheet's XML is streamed once more for the ``hidden`` flags of its <row> and
    <col> elements; a sheet that cannot be opened so hides nothing.
    """
    source = getattr(sheet, "_get_source", None)
    rows: set[int] = set()
    columns: set[int] = set()
    if source is None:
        return rows, columns
    current = 0
    with source() as stream:
        for _, element in ElementTree.iterparse(stream):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "row":
                current = _index(element.get("r")) or current + 1  # r may be left out: the next row
                if _flag(element.get("hidden")):
                    rows.add(current)
                element.clear()  # its cells are read by openpyxl; only the flag matters here
            elif tag == "col" and _flag(element.get("hidden")):
                first, last = _index(element.get("min")), _index(element.get("max"))
                columns.update(range(first, min(last, 16384) + 1))
    return rows, columns


def _flag(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true")


def _index(value: str | None) -> int:
    try:
        return int(float(value or 0))
    except ValueError:
        return 0


def sheet_pages(rows: list[list[str]]) -> list[SourcePage]:
    """Rows laid out in columns as wide as their widest text (capped), on a page as wide as the table."""
    columns = max((len(r) for r in rows), default=0)
    if columns == 0:
        return []
    widths = [GAP] * columns
    for row in rows:
        for index, text in enumerate(row):
            widths[index] = max(widths[index], min(text_width(text), _MAX_COLUMN) + GAP)
    total = sum(widths)
    page_width = min(max(595.0, total + 2 * MARGIN), _MAX_PAGE_WIDTH)
    edges = [sum(widths[:i]) / total for i in range(columns + 1)]
    laid = [
        Row(
            cells=[
                Cell(lines=(text,), start=edges[i], end=edges[i + 1]) for i, text in enumerate(row) if text
            ]
        )
        for row in rows
    ]
    return lay_out(laid, page_width=page_width)


def cell_text(value: object, number_format: str | None) -> str:
    """A cell's value as Excel shows it: dates as 2024年3月5日, numbers by their format's decimals,
    thousands separator, percent and yuan sign. The float openpyxl hands on becomes a Decimal of the
    15 significant digits Excel keeps, so that no binary-fraction digits are made up."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, dt.datetime):
        return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"
    if isinstance(value, int | float | Decimal):
        return _number(value, number_format or "General")
    return " ".join(str(value).split())


def _number(value: float | int | Decimal, number_format: str) -> str:
    try:
        # Excel keeps 15 significant digits and shows no more: 0.1+0.2 is 0.3 on screen.
        number = Decimal(f"{value:.15g}") if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    section = number_format.split(";")[0]
    if section.lower() == "general" or not any(ch in section for ch in "0#"):
        text = format(number.normalize(), "f")
        return text if "." not in text else text.rstrip("0").rstrip(".")
    percent = "%" in section
    if percent:
        number *= 100
    digits = section.split(".", 1)[1] if "." in section else ""
    decimals = len(digits) - len(digits.lstrip("0#"))
    text = f"{number:{',' if ',' in section else ''}.{decimals}f}"
    if percent:
        text += "%"
    if "¥" in section or "￥" in section:
        text = "¥" + text
    return text
