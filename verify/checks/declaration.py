"""Checks on the declared form data itself, before any document is looked at."""

from __future__ import annotations

from collections.abc import Iterator

from jianzheng.models import Code, Evidence, Finding, format_money, format_wan

from ..registry import CheckContext, check


@check(Code.DECLARED_SUM_MISMATCH)
def declared_sums(ctx: CheckContext) -> Iterator[Finding]:
    """DECLARED_SUM_MISMATCH: a project row breaks the form's identities.

    中文：申报项目行的费用合计或合同金额与各分项之和不符。

    Rule: seed 000 (the form computes 软件和信息技术服务费合计 as the sum of the six
    service fees, and 合同金额 as that plus 自制硬件费, 硬件购置费, 软件购置费, 其他);
    CONTRACT 1.1. The sums are exact: both sides are declared figures.

    Example: 申报合同金额 245.00 万元，但各项费用合计 230.00 万元
    """
    assert ctx.declaration is not None
    for project in ctx.declaration.projects:
        identities = (
            (
                "services_total",
                "软件和信息技术服务费合计",
                project.services_total,
                "六项服务费之和",
                project.fees.services_sum(),
            ),
            ("contract_amount", "合同金额", project.contract_amount, "十项费用之和", project.fees.total()),
        )
        broken = [
            (name, label, declared, parts, computed)
            for name, label, declared, parts, computed in identities
            if declared is not None and declared != computed
        ]
        # One service fee typed wrong breaks both identities by the same difference: one cause, one
        # finding (CONTRACT 2) that shows both sums.
        if len(broken) == 2 and broken[0][4] - broken[0][2] == broken[1][4] - broken[1][2]:
            groups = [broken]
        else:
            groups = [[b] for b in broken]
        for group in groups:
            yield Finding(
                code=Code.DECLARED_SUM_MISMATCH,
                project_id=project.id,
                declared="; ".join(format_money(declared) for _, _, declared, _, _ in group),
                found="; ".join(format_money(computed) for *_, computed in group),
                message=f"项目「{project.name}」"
                + "；".join(
                    f"{label}申报 {format_wan(declared)}，但{parts}为 {format_wan(computed)}"
                    for _, label, declared, parts, computed in group
                ),
                evidence=[
                    Evidence(file=ctx.declaration_file, text=f"projects[{project.id}].{name}")
                    for name, *_ in group
                ],
            )
