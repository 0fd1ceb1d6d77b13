"""Reading the declared form data: declaration.json or declaration.xlsx (CONTRACT 1.1, 1.2).

Either way the result is a Declaration with, for every declared amount, the
unit of its last digit (Declaration.precision), or None with one
DECLARATION_INVALID finding per problem, each saying where it is.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from jianzheng.models import FEE_KEYS, Code, Declaration, Finding
from jianzheng.models.money import precision_of, to_decimal

from .declaration_validate import validate_declaration
from .declaration_values import Problems
from .declaration_xlsx import read_xlsx

MAX_BYTES = 10 * 1024 * 1024
"""Largest declaration file: a form of 2,000 projects is under 2 MB as JSON."""
MAX_DEPTH = 20
"""Deepest nesting of declaration.json; the form's own is 5 (enterprise.staff.certificates[…].holder)."""
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"\s*:?|[\[\]{}]')

_PROJECT_MONEY = ("services_total", "contract_amount")
_FINANCE_MONEY = ("operating_revenue", "system_integration_revenue", "net_profit")


def read_declaration(path: Path | None) -> tuple[Declaration | None, list[Finding]]:
    """The declaration and any findings about it (MISSING_DECLARATION, DECLARATION_INVALID)."""
    if path is None:
        return None, [
            Finding(
                code=Code.MISSING_DECLARATION,
                message="提交材料中没有申报数据（declaration.json 或 declaration.xlsx）",
            )
        ]
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # the reader says why it cannot read the file
    if size > MAX_BYTES:
        problems = Problems(path.name)
        problems.add(f"文件过大：{size / 1024 / 1024:.1f} MB，申报数据最多 {MAX_BYTES // 1024 // 1024} MB")
        return None, problems.findings
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path)
    return read_json(path)


def too_deep(text: str, limit: int = MAX_DEPTH) -> str | None:
    """Where a JSON text nests deeper than ``limit`` (the keys leading there), or None.

    Checked before parsing: the parser and the importers recurse once per
    level, and a hostile file nested a hundred thousand deep would end in an
    internal error instead of a finding that names the field.
    """
    path: list[str] = []
    key = ""
    for token in _JSON_TOKEN.finditer(text):
        tok = token.group()
        if tok[0] == '"':
            key = tok.rstrip(": \t\r\n")[1:-1] if tok.endswith(":") else key
        elif tok in "[{":
            path.append(key)
            key = ""
            if len(path) > limit:
                named = [p for p in path if p][:8]
                return ".".join(named) + "…" if named else "(根)"
        else:
            if path:
                path.pop()
            key = ""
    return None


def read_json(path: Path) -> tuple[Declaration | None, list[Finding]]:
    """declaration.json: money in yuan as a string or a number with at most two decimals."""
    problems = Problems(path.name)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(f"文件无法读取（{exc}）")
        return None, problems.findings
    deep = too_deep(text)
    if deep is not None:
        problems.add(f"嵌套层数超过 {MAX_DEPTH} 层，不是申报表的结构", column=deep)
        return None, problems.findings
    try:
        # Numbers are read as Decimal so that 2450000.00 keeps its two decimals
        # (its precision) and never passes through a float.
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        problems.add(f"不是有效的 JSON（第{exc.lineno}行第{exc.colno}列：{exc.msg}）")
        return None, problems.findings
    if not isinstance(data, dict):
        problems.add("根应为对象 {…}，含 enterprise、finance、projects")
        return None, problems.findings
    return validate_declaration(drop_nulls(data), json_precision(data), problems)


def drop_nulls(value: Any) -> Any:
    """The data without its null members: null means unknown (CONTRACT 1.1), which is what
    an absent optional field says; a fee left null counts as the form's blank (zero), and a
    required field left null is reported as missing."""
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value]
    return value


def json_precision(data: dict[str, Any]) -> dict[str, Decimal]:
    """The unit of the last digit of each declared amount in a JSON declaration.

    "2450000.00" → 0.01, 2450000 → 1; keyed like "projects.P1.contract_amount",
    "projects.P1.fees.hardware_purchase", "finance.2024.net_profit". Values
    that are not amounts are skipped here; validation reports them.
    """
    found: dict[str, Decimal] = {}
    enterprise = data.get("enterprise")
    if isinstance(enterprise, dict):
        _put(found, "enterprise.registered_capital", enterprise.get("registered_capital"))
    for year in _dicts(data.get("finance")):
        for key in _FINANCE_MONEY:
            _put(found, f"finance.{year.get('year')}.{key}", year.get(key))
    for project in _dicts(data.get("projects")):
        pid = project.get("id")
        for key in _PROJECT_MONEY:
            _put(found, f"projects.{pid}.{key}", project.get(key))
        fees = project.get("fees")
        if isinstance(fees, dict):
            for key in FEE_KEYS:
                _put(found, f"projects.{pid}.fees.{key}", fees.get(key))
    return found


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _put(found: dict[str, Decimal], path: str, value: object) -> None:
    if isinstance(value, bool) or value is None:
        return
    if not isinstance(value, int | Decimal | str):
        return  # a JSON float's digits are not what was typed; the default unit stands
    try:
        found[path] = precision_of(to_decimal(value))
    except ValueError:
        return  # not an amount, or beyond any (1e999999999): the Declaration model reports the value
