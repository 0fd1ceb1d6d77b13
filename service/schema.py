"""The JSON schema of the report (CONTRACT 2), exported from models.Report.

docs/report.schema.json is this schema, committed so that an outside scorer
or a client can validate reports without Python. A test asserts that the
committed file is up to date; regenerate it explicitly with

    .venv/bin/python -m jianzheng.service.schema docs/report.schema.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jianzheng.models import REPORT_SCHEMA, Report

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def report_schema() -> dict[str, Any]:
    """The JSON schema of a report as Report.to_json writes it (aliases, serialised money)."""
    schema = Report.model_json_schema(by_alias=True, mode="serialization")
    schema["description"] = f"{REPORT_SCHEMA}: the report of jianzheng check (CONTRACT 2)"
    return {"$schema": SCHEMA_DIALECT, **schema}


def schema_text() -> str:
    """The schema as the committed file holds it."""
    return json.dumps(report_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> None:
    """Write the schema to the path given, or print it."""
    args = sys.argv[1:] if argv is None else argv
    if args:
        Path(args[0]).write_text(schema_text(), encoding="utf-8")
    else:
        sys.stdout.write(schema_text())


if __name__ == "__main__":
    main()
