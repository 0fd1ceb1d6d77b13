"""Reading a rules file (TOML) into its pydantic model: one place that says what "malformed" means.

Every stage keeps its rules next to its code (extract/reading.toml,
classify/cues.toml, verify/rules/inspection.toml, ...) and loads them with
``load_rules_file``; the message of the RuleError it raises names the file and,
for a value pydantic refused, the key (pydantic's ``loc``), so that whoever
edited the file sees where without a traceback.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from .errors import RuleError

M = TypeVar("M", bound=BaseModel)

# A file broken in many places would print a page; the first few keys are enough to start fixing.
_MAX_ERRORS = 3


def describe_errors(exc: ValidationError) -> str:
    """Pydantic's errors as "key.path: message", the first few joined by "; "."""
    parts = []
    for error in exc.errors()[:_MAX_ERRORS]:
        where = ".".join(str(p) for p in error["loc"]) or "(top level)"
        parts.append(f"{where}: {error['msg']}")
    more = exc.error_count() - _MAX_ERRORS
    if more > 0:
        parts.append(f"… {more} more")
    return "; ".join(parts)


def parse_rules_text(text: str, source: str, model: type[M]) -> M:
    """Parse TOML text into ``model``; RuleError naming ``source`` and the offending key otherwise."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"规则文件 {source} 不是有效的 TOML：{exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RuleError(f"规则文件 {source} 有误：{describe_errors(exc)}") from exc


def load_rules_file(path: Path, model: type[M]) -> M:
    """Read a rules file into ``model``; RuleError naming the file (and key) when it is unreadable or malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"规则文件 {path} 无法读取：{exc}") from exc
    return parse_rules_text(text, str(path), model)
