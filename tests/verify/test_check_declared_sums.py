"""DECLARED_SUM_MISMATCH: a project row that breaks the form's identities, one finding per cause."""

from __future__ import annotations

from verify_builders import codes, declaration, project_row, run

from jianzheng.verify import CheckContext
from jianzheng.verify.checks import declaration as declared


def _row(**changes):
    row = project_row()
    row.update(changes)
    return CheckContext(declaration=declaration([row]), documents=[])


def test_a_service_fee_typed_too_high_breaks_both_sums_by_one_difference_one_finding():
    row = project_row()
    row["fees"] = dict(row["fees"], software_development="1220000.00")  # 20 000 too high
    [finding] = run(declared.declared_sums, CheckContext(declaration=declaration([row]), documents=[]))
    assert finding.project_id == "P1"
    assert "软件和信息技术服务费合计" in finding.message and "合同金额" in finding.message
    assert len(finding.evidence) == 2


def test_two_sums_off_by_different_amounts_are_two_findings():
    ctx = _row(services_total="1400000.00", contract_amount="2500000.00")
    assert codes(run(declared.declared_sums, ctx)) == ["DECLARED_SUM_MISMATCH", "DECLARED_SUM_MISMATCH"]


def test_a_row_that_adds_up_says_nothing():
    assert run(declared.declared_sums, _row()) == []
