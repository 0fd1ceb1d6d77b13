"""The committed sample submissions' reports equal the golden files in tests/golden/.

A golden file is the report the pipeline gave when it was last regenerated, less
what changes from run to run (the seconds). A change in any finding, field,
box or verdict shows here as a diff; if it is intended, regenerate with

    .venv/bin/python -m pytest tests/service/test_golden_reports.py --update-golden

and commit the new files with the change that caused them (tests/golden/README.md).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
from pathlib import Path

import pytest

from jianzheng.models import Code, Report
from jianzheng.models.settings import Settings
from jianzheng.service.pipeline import check

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus"
GOLDEN = ROOT / "tests" / "golden"
COMMAND = ".venv/bin/python -m pytest tests/service/test_golden_reports.py --update-golden"

# The text-layer submissions and the cheap scanned ones (a few OCR pages each): about 30 s here.
# The rest of the corpus needs 10-20 OCR pages each (minutes); `jianzheng-dev evaluate` covers them.
SUBMISSIONS = [
    "s01_clean_text",
    "s09_scope_staff",
    "s11_forensics",
    "s12_no_declaration",
    "s13_bad_xlsx",
    "s14_bad_json",
    "s16_declaration_form",
    "s17_declaration_form_clean",
]
# Every sample is of inspection year 2024; a fixed "today" keeps date checks (acceptance ahead of
# today, a license's term) from changing with the calendar.
TODAY = dt.date(2025, 3, 1)
MAX_DIFF_LINES = 80


def golden_text(report: Report, submission: Path) -> str:
    """The report as compared: its JSON without the seconds, and no absolute path of this machine."""
    data = json.loads(report.to_json())
    data["summary"].pop("seconds", None)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return text.replace(str(submission.resolve()), "<submission>").replace(str(submission), "<submission>")


# OCR's boxes and confidences move a little with the CPU the models run on (int8 kernels with VNNI,
# fp32 without; another vector width): within these a box or a confidence is the golden one.
BOX_TOLERANCE = 6.0
CONFIDENCE_TOLERANCE = 0.1


def within_ocr_noise(actual: str, expected: str) -> str:
    """``actual`` with each box coordinate and confidence that lies within OCR's noise of the golden
    file's set to the golden value, so that only real changes remain in the diff."""

    def settle(got: object, want: object, key: str | None = None) -> object:
        if isinstance(got, dict) and isinstance(want, dict):
            return {k: settle(v, want.get(k), k) if k in want else v for k, v in got.items()}
        if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
            return [settle(g, w, key) for g, w in zip(got, want, strict=True)]
        numbers = isinstance(got, int | float) and isinstance(want, int | float)
        if numbers and key == "bbox" and abs(got - want) <= BOX_TOLERANCE:  # type: ignore[operator]
            return want
        if numbers and key == "confidence" and abs(got - want) <= CONFIDENCE_TOLERANCE:  # type: ignore[operator]
            return want
        return got

    settled = settle(json.loads(actual), json.loads(expected))
    return json.dumps(settled, ensure_ascii=False, indent=2) + "\n"


def test_ocr_noise_is_settled_but_a_real_change_is_not():
    golden = json.dumps({"f": [{"bbox": [57.5, 145.6], "confidence": 0.997, "value": "1.00"}]}, indent=2)
    noisy = json.dumps({"f": [{"bbox": [58.8, 146.7], "confidence": 0.99, "value": "1.00"}]}, indent=2)
    moved = json.dumps({"f": [{"bbox": [80.0, 146.7], "confidence": 0.99, "value": "2.00"}]}, indent=2)
    assert json.loads(within_ocr_noise(noisy, golden)) == json.loads(golden)
    assert json.loads(within_ocr_noise(moved, golden))["f"][0]["bbox"][0] == 80.0
    assert json.loads(within_ocr_noise(moved, golden))["f"][0]["value"] == "2.00"


def test_the_update_flag_is_off(update_golden):
    # Docling's rule: a run that rewrote the golden files compared nothing, so it must not pass.
    assert not update_golden, "golden files were rewritten, not compared: rerun without --update-golden"


def test_every_golden_file_belongs_to_a_listed_submission():
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == sorted(SUBMISSIONS)
    assert all((CORPUS / name / "submission").is_dir() for name in SUBMISSIONS)


@pytest.mark.parametrize("name", SUBMISSIONS)
def test_the_report_equals_its_golden_file(name, update_golden, tmp_path):
    submission = CORPUS / name / "submission"
    # A fresh data folder each: no OCR cache or duplicate index carried from another submission.
    report = check(submission, today=TODAY, settings=Settings(data_dir=tmp_path / "data"))
    assert not [f.message for f in report.findings if f.code == Code.CHECK_FAILED]
    actual = golden_text(report, submission)
    path = GOLDEN / f"{name}.json"
    if update_golden:
        assert not os.environ.get("CI"), "golden files are never rewritten in CI"
        path.write_text(actual, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8") if path.is_file() else ""
    if expected and actual != expected:
        actual = within_ocr_noise(actual, expected)
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), f"golden/{name}.json", "this run", lineterm=""
        )
        lines = list(diff)
        shown = "\n".join(lines[:MAX_DIFF_LINES])
        more = f"\n… {len(lines) - MAX_DIFF_LINES} more diff lines" if len(lines) > MAX_DIFF_LINES else ""
        pytest.fail(f"{name}: the report differs from its golden file; if intended: {COMMAND}\n{shown}{more}")
