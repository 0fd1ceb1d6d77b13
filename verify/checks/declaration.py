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
        services = project.fees.services_sum()
        if project.services_total is not None and project.services_total != services:
            yield Finding(
                code=Code.DECLARED_SUM_MISMATCH,
                project_id=project.id,
                declared=format_money(project.services_total),
                found=format_money(services),
                message=(
                    f"项目「{project.name}」软件和信息技术服务费合计申报 {format_wan(project.services_total)}，"
                    f"但六项服务费之和为 {format_wan(services)}"
                ),
                evidence=[Evidence(text=f"projects[{project.id}].services_total")],
            )
        total = project.fees.total()
        if project.contract_amount is not None and project.contract_amount != total:
            yield Finding(
                code=Code.DECLARED_SUM_MISMATCH,
                project_id=project.id,
                declared=format_money(project.contract_amount),
                found=format_money(total),
                message=(
                    f"项目「{project.name}」合同金额申报 {format_wan(project.contract_amount)}，"
                    f"但十项费用之和为 {format_wan(total)}"
                ),
                evidence=[Evidence(text=f"projects[{project.id}].contract_amount")],
            )
