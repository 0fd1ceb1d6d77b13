"""Turning imported declaration data into a Declaration, every problem placed and said in Chinese."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from jianzheng.models import Declaration, Finding

from .declaration_values import Problems

_REASONS: dict[str, str] = {
    "missing": "缺少必填项",
    "date_parsing": "不是日期（应为 YYYY-MM-DD）",
    "date_from_datetime_parsing": "不是日期（应为 YYYY-MM-DD）",
    "date_from_datetime_inexact": "不是日期（应为 YYYY-MM-DD）",
    "date_type": "不是日期（应为 YYYY-MM-DD）",
    "int_parsing": "不是整数",
    "int_type": "不是整数",
    "int_from_float": "不是整数",
    "model_type": "应为对象 {…}",
    "model_attributes_type": "应为对象 {…}",
    "dict_type": "应为对象 {…}",
    "list_type": "应为列表 […]",
    "string_type": "应为文字",
    "enum": "不是允许的取值",
}


def json_path(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as a path a person can follow: projects[2].fees.other (1-based)."""
    path = ""
    for part in loc:
        path += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(根)"


def _bound(error: ErrorDetails) -> str | None:
    """Why a value outside the declaration's bounds was refused, without quoting all of it."""
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "string_too_long":
        return (
            f"过长：{len(value) if isinstance(value, str) else '?'} 个字符，最多 {ctx.get('max_length')} 个"
        )
    if kind == "too_long":
        return f"条目过多：最多 {ctx.get('max_length')} 条"
    if kind == "greater_than_equal":
        return f"{repr(value)[:20]} 超出允许范围：不能小于 {ctx.get('ge')}"
    if kind == "less_than_equal":
        return f"{repr(value)[:20]} 超出允许范围：不能大于 {ctx.get('le')}"
    return None


def reason(error: ErrorDetails) -> str:
    """Why a value was refused, in Chinese, quoting the value when there is one."""
    kind = error["type"]
    bounded = _bound(error)
    if bounded is not None:
        return bounded
    if kind == "value_error":
        text = "超过两位小数（分以下）" if "decimals" in error["msg"] else "不是金额"
    elif kind == "enum":
        expected = (error.get("ctx") or {}).get("expected", "")
        text = f"不是允许的取值（{expected}）" if expected else _REASONS[kind]
    else:
        text = _REASONS.get(kind, error["msg"])
    if kind == "missing" or ("type" in kind and isinstance(error.get("input"), dict | list)):
        return text
    shown = repr(error.get("input"))
    return f"{shown[:40]} {text}"


def validate_declaration(
    data: dict[str, Any], precision: dict[str, Decimal], problems: Problems
) -> tuple[Declaration | None, list[Finding]]:
    """The Declaration, or None with one DECLARATION_INVALID finding per problem."""
    try:
        declaration = Declaration.model_validate({**data, "precision": precision})
    except ValidationError as exc:
        for error in exc.errors():
            problems.add(reason(error), column=json_path(error["loc"]))
        return None, problems.findings
    seen: set[str] = set()
    for index, project in enumerate(declaration.projects, start=1):
        if project.id in seen:
            problems.add(f"项目编号 {project.id} 重复", column=f"projects[{index}].id")
        seen.add(project.id)
    years: set[int] = set()
    for index, finance in enumerate(declaration.finance, start=1):
        if finance.year in years:
            problems.add(f"年度 {finance.year} 重复", column=f"finance[{index}].year")
        years.add(finance.year)
    if problems:
        return None, problems.findings
    return declaration, []
