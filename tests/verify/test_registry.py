"""The check runner: it contains failing checks and places document findings under their project."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from verify_builders import acceptance, context, contract, declaration, project_row

import jianzheng.verify.checks  # noqa: F401  (registers the real checks before they are swapped out)
from jianzheng.models import Code, Finding, Severity
from jianzheng.verify import registry
from jianzheng.verify.registry import CheckContext, RegisteredCheck, run_checks


def _only(monkeypatch: pytest.MonkeyPatch, fn) -> None:
    monkeypatch.setattr(
        registry, "CHECKS", [RegisteredCheck("test.fn", (Code.OVERLAY_DETECTED,), fn, False, "")]
    )


def test_a_finding_about_a_projects_document_names_the_project(monkeypatch: pytest.MonkeyPatch) -> None:
    def pasted_amount(ctx: CheckContext) -> Iterator[Finding]:
        yield Finding(code=Code.OVERLAY_DETECTED, documents=["D2"], message="第 1 页「合同金额」处有白色方块")
        yield Finding(code=Code.OVERLAY_DETECTED, documents=["D9"], message="未匹配文件")

    _only(monkeypatch, pasted_amount)
    ctx = context(declaration([project_row()]), [contract(), acceptance()])
    placed, unplaced = run_checks(ctx)
    assert placed.project_id == "P1"
    assert unplaced.project_id is None


def test_a_failing_check_becomes_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx: CheckContext) -> Iterator[Finding]:
        raise ValueError("boom")
        yield  # pragma: no cover

    _only(monkeypatch, broken)
    [finding] = run_checks(context(declaration([project_row()]), []))
    assert finding.code == Code.CHECK_FAILED and finding.severity == Severity.warning
    assert "boom" in finding.message


def test_a_finding_with_a_code_the_check_did_not_declare_becomes_check_failed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def says_too_much(ctx: CheckContext) -> Iterator[Finding]:
        yield Finding(code=Code.OVERLAY_DETECTED, message="白色方块")
        yield Finding(code=Code.AMOUNT_MISMATCH, message="合同金额与申报不一致")

    _only(monkeypatch, says_too_much)
    findings = run_checks(context(declaration([project_row()]), []))
    assert [f.code for f in findings] == [Code.OVERLAY_DETECTED, Code.CHECK_FAILED]
    assert "test.fn returned AMOUNT_MISMATCH, declared only OVERLAY_DETECTED" in findings[1].message


def test_every_code_a_checks_docstring_names_first_is_declared() -> None:
    for registered in registry.CHECKS:
        named = registered.doc.split(":", 1)[0].replace(" / ", " ").split()
        assert set(named) <= {c.value for c in registered.codes}, registered.name
