"""Reading the declared form data: declaration.json or declaration.xlsx (CONTRACT 1.1, 1.2).

Thin first version: JSON only. The workbook importer grows here (issue 3).
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from jianzheng.models import Code, Declaration, Evidence, Finding


def _invalid(path: Path, where: str, why: str) -> Finding:
    return Finding(
        code=Code.DECLARATION_INVALID,
        message=f"申报数据无法读取：{path.name} {where}：{why}",
        evidence=[Evidence(file=path.name, text=f"{where}: {why}")],
    )


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
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        return Declaration.model_validate(data), []
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, [_invalid(path, "文件", str(exc))]
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return None, [_invalid(path, where, first["msg"])]
