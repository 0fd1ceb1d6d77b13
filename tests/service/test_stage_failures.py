"""A crash in any stage (a reader, an extractor, a check) becomes a finding naming the stage and the
document, and never lets a row or the pre-check pass (issue 16 item 5).

Each test breaks one stage on one part of a committed clean filing (text layer only: its report
passes, the last test) and reads the report the pipeline still gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

import jianzheng.verify.checks  # noqa: F401  (registers the real checks before one is added)
from jianzheng.extract import read as read_module
from jianzheng.extract.fields.doctypes import EXTRACTORS
from jianzheng.models import Code, DocType, Finding, Report, Severity, Stage
from jianzheng.models.settings import Settings
from jianzheng.service.api.routes.precheck import verdict_of
from jianzheng.service.pipeline import check
from jianzheng.verify import registry
from jianzheng.verify.registry import CheckContext, RegisteredCheck

CLEAN = Path(__file__).resolve().parents[2] / "samples" / "corpus" / "s01_clean_text" / "submission"
TODAY = dt.date(2025, 3, 1)


def _report(tmp_path: Path) -> Report:
    return check(CLEAN, today=TODAY, settings=Settings(ocr_engine="null", data_dir=tmp_path / "data"))


def _failed(report: Report, stage: Stage) -> list[Finding]:
    return [f for f in report.findings if f.stage == stage]


def test_a_reader_that_crashes_names_the_file_and_no_row_passes(tmp_path, monkeypatch):
    original = read_module.build_page

    def crashing(source, *, file, engine, rules):
        if file == "2024年财务报表.pdf":
            raise ZeroDivisionError("a reader's bug")
        return original(source, file=file, engine=engine, rules=rules)

    monkeypatch.setattr(read_module, "build_page", crashing)
    report = _report(tmp_path)

    [failure] = _failed(report, Stage.read)
    assert failure.code == Code.FILE_UNREADABLE and failure.severity == Severity.error
    assert [e.file for e in failure.evidence] == ["2024年财务报表.pdf"]
    assert "ZeroDivisionError" in failure.message
    # The file was not read: no row may say ok about a submission only partly checked.
    assert {p.status.value for p in report.projects} == {"review"}
    assert verdict_of(report) == "reject"


def test_a_classifier_that_crashes_names_the_file_and_the_rest_is_still_checked(tmp_path, monkeypatch):
    from jianzheng.classify import segment

    original = segment.classify_page

    def crashing(page, cues):
        if page.file == "2024年财务报表.pdf":
            raise IndexError("a classifier's bug")
        return original(page, cues)

    monkeypatch.setattr(segment, "classify_page", crashing)
    report = _report(tmp_path)

    [failure] = _failed(report, Stage.classify)
    assert failure.code == Code.CHECK_FAILED and "IndexError" in failure.message
    assert [e.file for e in failure.evidence] == ["2024年财务报表.pdf"]
    # The file is kept as one unclassified document; the others are classified as usual.
    [kept] = [d for d in report.documents if d.file == "2024年财务报表.pdf"]
    assert kept.type == DocType.other
    assert any(d.type == DocType.contract for d in report.documents)
    assert {p.status.value for p in report.projects} == {"review"}
    assert verdict_of(report) == "review"


def test_an_extractor_that_crashes_names_the_document_and_its_row_is_review(tmp_path, monkeypatch):
    def crashing(reading):
        raise KeyError("a field table's bug")

    monkeypatch.setitem(EXTRACTORS, DocType.acceptance_report, crashing)
    report = _report(tmp_path)

    failures = _failed(report, Stage.extract)
    assert failures and all(f.code == Code.CHECK_FAILED for f in failures)
    types = {d.id: d.type for d in report.documents}
    for failure in failures:
        [document] = failure.documents
        assert types[document] == DocType.acceptance_report
        assert failure.evidence and failure.evidence[0].file and document in failure.message
        assert "acceptance_report" in failure.message and "KeyError" in failure.message
    # Before this, a crashing extractor was only logged and its rows could pass.
    assert {p.status.value for p in report.projects} == {"review"}
    assert verdict_of(report) == "review"


def _crashes(ctx: CheckContext) -> Iterator[Finding]:
    raise ArithmeticError("decimal.InvalidOperation on 1e30")
    yield  # pragma: no cover


def test_a_check_that_crashes_names_the_check_and_every_row_is_review(tmp_path, monkeypatch):
    crashing = RegisteredCheck("contract.amount_crash", (Code.AMOUNT_MISMATCH,), _crashes, True, "")
    monkeypatch.setattr(registry, "CHECKS", [*registry.CHECKS, crashing])
    report = _report(tmp_path)

    [failure] = _failed(report, Stage.verify)
    assert failure.code == Code.CHECK_FAILED and "contract.amount_crash" in failure.message
    assert {p.status.value for p in report.projects} == {"review"}
    assert verdict_of(report) == "review"


def test_without_a_crash_the_filing_passes(tmp_path):
    report = _report(tmp_path)
    assert not [f for f in report.findings if f.stage is not None]
    assert verdict_of(report) == "pass"
    assert {p.status.value for p in report.projects} == {"ok"}


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_has_a_failure_finding_of_one_shape(stage):
    from jianzheng.models import stage_failure

    finding = stage_failure(stage, ValueError("x"), what="part", file="a.pdf", document="D1", pages=[2])
    assert finding.stage == stage and finding.documents == ["D1"]
    assert [(e.file, e.page) for e in finding.evidence] == [("a.pdf", 2)]
