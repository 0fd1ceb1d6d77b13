"""Checking several submissions together: ``jianzheng check A B C --out-dir DIR [--data DIR]``.

Each submission is checked by the same pipeline function, one after the
other, with the same data folder, so the duplicate index built by the first
is seen by the next (a page of B that repeats a page of A is reported in B's
report, naming A). Reports go to DIR/<submission folder name>.json.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from jianzheng.models import Report
from jianzheng.models.errors import JianzhengError
from jianzheng.models.settings import Settings


@dataclass(frozen=True)
class MultiResult:
    """One submission's outcome: its report file, or the error that stopped it."""

    submission: Path
    report_path: Path | None
    report: Report | None
    error: str | None = None


def report_name(submission: Path) -> str:
    """The report file name for a submission folder: its name, or its parent's when it is just "submission"."""
    resolved = submission.resolve()
    name = resolved.name
    if name == "submission" and resolved.parent.name:
        name = resolved.parent.name
    return f"{name}.json"


def check_many(
    submissions: list[Path],
    out_dir: Path,
    *,
    data_dir: Path | None = None,
    settings: Settings | None = None,
    today: dt.date | None = None,
) -> list[MultiResult]:
    """Check each submission in turn and write DIR/<name>.json; one bad submission does not stop the rest.

    Two submissions that would write the same report name get a numeric suffix.
    """
    from .pipeline import check

    base = settings or Settings()
    if data_dir is not None:
        base = base.model_copy(update={"data_dir": data_dir})
    out_dir.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    results = []
    for submission in submissions:
        name = report_name(submission)
        stem, counter = name[: -len(".json")], 2
        while name in used:
            name, counter = f"{stem}-{counter}.json", counter + 1
        used.add(name)
        try:
            report = check(submission, settings=base, today=today)
        except JianzhengError as exc:
            results.append(MultiResult(submission, None, None, str(exc)))
            continue
        path = out_dir / name
        path.write_text(report.to_json(), encoding="utf-8")
        results.append(MultiResult(submission, path, report))
    return results
