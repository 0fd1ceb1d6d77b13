"""Reading declaration.xlsx, the workbook reviewers export (CONTRACT 1.2).

Sheets: 企业信息 (two columns, 字段 and 值), 经营情况 (one row per year), 项目汇总
(one row per project), and optionally 持证人员 and 技术创新. Labels and headers
are looked up in the vocabulary (declaration_labels.toml); a header may carry a
unit, 合同金额(万元), and every amount is converted to yuan with the precision
it was declared with. Every problem is reported with its sheet, row and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import Cell
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from jianzheng.models import Declaration, Finding

from .declaration_table import FEE_COLUMNS, Column, SheetReader, table_rows
from .declaration_validate import validate_declaration
from .declaration_values import Problems, parse_text
from .declaration_vocab import SheetVocab, load_vocab, normalise_label


def read_xlsx(path: Path) -> tuple[Declaration | None, list[Finding]]:
    """The declaration in a workbook and its DECLARATION_INVALID findings (None when any)."""
    problems = Problems(path.name)
    vocab = load_vocab()
    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many unrelated types for a corrupt file
        problems.add(f"文件无法打开，不是有效的 xlsx 工作簿（{type(exc).__name__}: {exc}）")
        return None, problems.findings
    precision: dict[str, Decimal] = {}
    readers: dict[str, SheetReader] = {}
    with_formulas: list[Workbook] = []

    def formulas_of(title: str) -> Worksheet:
        if not with_formulas:
            with_formulas.append(openpyxl.load_workbook(path, data_only=False))
        return with_formulas[0][title]

    for key in ("enterprise", "finance", "projects", "certificates", "innovations"):
        spec: SheetVocab = getattr(vocab.sheets, key)
        sheet = next((ws for ws in workbook.worksheets if spec.is_sheet(ws.title)), None)
        if sheet is None:
            if spec.required:
                problems.add(f"缺少工作表“{spec.names[0]}”")
            continue
        readers[key] = SheetReader(
            sheet, spec, vocab, problems, precision, formulas=partial(formulas_of, sheet.title)
        )
    enterprise = read_enterprise(readers["enterprise"]) if "enterprise" in readers else {}
    finance = list(read_finance(readers["finance"])) if "finance" in readers else []
    projects = read_projects(readers["projects"]) if "projects" in readers else []
    certificates = read_certificates(readers["certificates"]) if "certificates" in readers else []
    innovations = read_innovations(readers["innovations"]) if "innovations" in readers else []
    if problems:
        return None, problems.findings
    staff = {k: enterprise.pop(k) for k in ("technical_total", "certified_total") if k in enterprise}
    enterprise["staff"] = {**staff, "certificates": certificates}
    data = {"enterprise": enterprise, "finance": finance, "projects": projects, "innovations": innovations}
    return validate_declaration(data, precision, problems)


def label_value_pairs(reader: SheetReader) -> Iterator[tuple[Cell, Cell]]:
    """(label cell, value cell) pairs of the 企业信息 sheet.

    The usual layout is two columns, 字段 and 值, one field per row; the value
    is the first filled cell right of its label (a label merged over two
    columns pushes it right). Some exports lay the fields out as one table
    row instead: labels across a header row, values in the row below.
    """
    rows = list(reader.sheet.iter_rows(min_row=1))
    for cells in rows[:_ACROSS_SCAN_ROWS]:
        labelled = [c for c in cells if isinstance(c.value, str) and reader.lookup(c.value)[0]]
        if len(labelled) >= _ACROSS_MIN_LABELS:
            below = rows[(cells[0].row or 1)] if (cells[0].row or 1) < len(rows) else ()
            for label in labelled:
                index = (label.column or 1) - 1
                if index < len(below):
                    yield label, below[index]
            return
    for cells in rows:
        if len(cells) < 2 or cells[0].value is None:
            continue
        value = next((c for c in cells[1:5] if c.value is not None), cells[1])
        yield cells[0], value


_ACROSS_SCAN_ROWS = 5
_ACROSS_MIN_LABELS = 3
"""A row holding this many field labels is a header of fields laid out across."""


def read_enterprise(reader: SheetReader) -> dict[str, Any]:
    """The 企业信息 sheet: one labelled value per field."""
    found: dict[str, Any] = {}
    for label, cell in label_value_pairs(reader):
        label_text = str(label.value).strip()
        key, unit = reader.lookup(label_text)
        if key is None or key in found:
            continue  # the 字段/值 header, labels the checker has no use for (联系人…), repeats
        row = cell.row or 0
        factor = reader.factor(key, label_text, unit, row)
        value = reader.value(key, cell, row=row, header=label_text, factor=factor, path=f"enterprise.{key}")
        if key == "grade" and value is not None:
            grade = reader.vocab.grade_of(value)
            if grade is None:
                reader.problems.add(
                    f"{value!r} 不是资质等级（甲、乙、丙、丁）", sheet=reader.name, row=row, column=label_text
                )
            value = grade
        if value is not None:
            found[key] = value
    for key in reader.spec.required_columns:
        if key not in found:
            reader.problems.add(f"缺少“{reader.spec.first_spelling(key)}”", sheet=reader.name)
    return found


def read_rows(reader: SheetReader) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each data row of a simple table: its number and its non-blank values by column key."""
    for row, columns, cells in table_rows(reader):
        values = {
            key: reader.value(
                key, cell, row=row, header=columns[key].header, factor=columns[key].factor, path=""
            )
            for key, cell in cells.items()
        }
        for key in reader.spec.required_columns:
            if key in columns and values.get(key) is None:
                reader.problems.add(
                    f"{reader.spec.first_spelling(key)}为空",
                    sheet=reader.name,
                    row=row,
                    column=columns[key].header,
                )
        yield row, {k: v for k, v in values.items() if v is not None}


def read_finance(reader: SheetReader) -> Iterator[dict[str, Any]]:
    """The 经营情况 sheet: one row per year; precision keyed finance.<year>.<field>."""
    for row, columns, cells in table_rows(reader):
        if "year" not in columns:
            return  # find_header has reported the missing column
        header = columns["year"].header
        year = reader.value("year", cells["year"], row=row, header=header, factor=Decimal(1), path="")
        if year is None:
            reader.problems.add("年度为空", sheet=reader.name, row=row, column=header)
            continue
        values: dict[str, Any] = {"year": year}
        for key, cell in cells.items():
            if key != "year":
                col = columns[key]
                values[key] = reader.value(
                    key, cell, row=row, header=col.header, factor=col.factor, path=f"finance.{year}.{key}"
                )
        yield values


def read_projects(reader: SheetReader) -> list[dict[str, Any]]:
    """The 项目汇总 sheet: one project per row, ids P<序号> in sheet order."""
    projects: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for position, (row, columns, cells) in enumerate(table_rows(reader), start=1):
        project_id = _project_id(reader, row, columns, cells, position)
        if project_id in seen:
            reader.problems.add(
                f"项目编号 {project_id} 与第{seen[project_id]}行重复",
                sheet=reader.name,
                row=row,
                column=columns["number"].header if "number" in columns else None,
            )
        seen.setdefault(project_id, row)
        project: dict[str, Any] = {"id": project_id, "fees": {}}
        for key, cell in cells.items():
            if key == "number":
                continue
            col = columns[key]
            path = (
                f"projects.{project_id}.fees.{key}" if key in FEE_COLUMNS else f"projects.{project_id}.{key}"
            )
            value = reader.value(key, cell, row=row, header=col.header, factor=col.factor, path=path)
            if key in FEE_COLUMNS:
                if value is not None:  # a fee left blank is zero (the form's 未包含的填 0)
                    project["fees"][key] = value
            elif value is not None:
                project[key] = value
        compute_totals(reader, project)
        if "name" not in project and "name" in columns:
            reader.problems.add("项目名称为空", sheet=reader.name, row=row, column=columns["name"].header)
        projects.append(project)
    return projects


def compute_totals(reader: SheetReader, project: dict[str, Any]) -> None:
    """Fill services_total and contract_amount the way the form does, where the workbook
    holds their formulas but no stored result; precision that of the finest fee."""
    pid = project["id"]
    fees: dict[str, Decimal] = project["fees"]
    services = sum((fees.get(k, Decimal(0)) for k in FEE_COLUMNS[:6]), Decimal(0))
    totals = {"services_total": services, "contract_amount": sum(fees.values(), Decimal(0))}
    for key, value in totals.items():
        path = f"projects.{pid}.{key}"
        if path in reader.uncomputed:
            project[key] = value
            units = [
                reader.precision[f"projects.{pid}.fees.{k}"]
                for k in fees
                if f"projects.{pid}.fees.{k}" in reader.precision
            ]
            if units:
                reader.precision[path] = min(units)


def _project_id(
    reader: SheetReader, row: int, columns: dict[str, Column], cells: dict[str, Cell], position: int
) -> str:
    """P<序号> when 序号 is a number (or already reads P3); P<position> when 序号 is blank."""
    if "number" not in columns:
        return f"P{position}"
    text = parse_text(cells["number"].value)
    if text is None:
        return f"P{position}"
    plain = normalise_label(text).rstrip(".")
    if plain.isdigit():
        return f"P{int(plain)}"
    if plain[:1] == "p" and plain[1:].isdigit():
        return f"P{int(plain[1:])}"
    reader.problems.add(f"{text!r} 不是序号", sheet=reader.name, row=row, column=columns["number"].header)
    return f"P{position}"


def read_certificates(reader: SheetReader) -> list[dict[str, Any]]:
    """The 持证人员 sheet: one certified manager per row."""
    return [values for _, values in read_rows(reader)]


def read_innovations(reader: SheetReader) -> list[dict[str, Any]]:
    """The 技术创新 sheet: the year's new certificates, with their kind from the vocabulary."""
    innovations = []
    for _, values in read_rows(reader):
        kind = values.get("kind")
        innovations.append({**values, "kind": reader.vocab.innovation_kind_of(kind) if kind else "other"})
    return innovations
