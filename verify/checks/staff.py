"""Checks on the declared staff and the grade's thresholds: certificates on the list, counts, totals."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

from jianzheng.models import Code, Declaration, Finding, format_money
from jianzheng.models.text import fold, normalise

from ..compare import declared_evidence, wan
from ..registry import CheckContext, check
from ..rules import CertificateRule, certificate_list, rules

_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
# Words people put around a certificate's name that do not change which certificate it is.
_PREFIXES = ("国家软考", "软考", "全国计算机技术与软件专业技术资格水平考试", "高级", "中级", "初级")
_SUFFIXES = ("资格证书", "资格证", "合格证书", "证书", "认证", "证")


def _bare(text: str) -> str:
    return fold(_BRACKETED.sub("", normalise(text)))


def _variants(text: str) -> set[str]:
    forms = {_bare(text), fold(text)}
    for _ in range(2):
        for form in list(forms):
            for prefix in _PREFIXES:
                if form.startswith(prefix) and len(form) > len(prefix):
                    forms.add(form[len(prefix) :])
            for suffix in _SUFFIXES:
                if form.endswith(suffix) and len(form) > len(suffix):
                    forms.add(form[: -len(suffix)])
    return forms


def recognise_certificate(written: str) -> CertificateRule | None:
    """The entry of the valid-certificate list that a written certificate name means, if any."""
    forms = _variants(written)
    upper = normalise(written).upper()
    for entry in certificate_list().certificates:
        names = {_bare(entry.name)} | {_bare(a) for a in entry.aliases}
        if forms & names:
            return entry
        if any(re.search(rf"(?<![A-Z]){re.escape(code)}(?![A-Z])", upper) for code in entry.codes):
            return entry
    return None


@check(Code.CERTIFICATE_NOT_RECOGNISED)
def certificates(ctx: CheckContext) -> Iterator[Finding]:
    """CERTIFICATE_NOT_RECOGNISED: a declared manager's certificate is not on the inspection's list.

    中文：申报的持证人员证书不在年检有效证书目录内。

    Rule: seed 000 (二) 1. 2) (持证人员 = 系统集成实施工程经理 + 国家软考证书 + 其他同等或更高级别证书,
    and the table of 有效的…管理人员能力评价或认证证书), kept with the aliases people write in
    rules/certificates.toml (软考高项 → 信息系统项目管理师, HCIE-Datacom → HCIE). One finding per
    unrecognised row, and one when certified_total counts more people than the recognised rows.

    Example: 持证人员「李明」的证书「PMP 项目管理专业人士」不在年检有效证书目录内
    """
    assert ctx.declaration is not None
    staff = ctx.declaration.enterprise.staff
    recognised = 0
    for index, row in enumerate(staff.certificates):
        if recognise_certificate(row.certificate) is not None:
            recognised += 1
            continue
        who = f"「{row.holder}」" if row.holder else f"第 {index + 1} 行"
        yield Finding(
            code=Code.CERTIFICATE_NOT_RECOGNISED,
            declared=row.certificate,
            found="不在有效证书目录内",
            message=f"持证人员{who}的证书「{row.certificate}」不在年检有效证书目录内",
            evidence=[declared_evidence(f"enterprise.staff.certificates[{index}]", row.certificate)],
        )
    # The rows flagged above already explain a total above the recognised rows; the total
    # gets its own finding when it counts people the form does not list at all.
    listed = len(staff.certificates)
    if listed and staff.certified_total is not None and staff.certified_total > listed:
        yield Finding(
            code=Code.CERTIFICATE_NOT_RECOGNISED,
            declared=str(staff.certified_total),
            found=str(recognised),
            message=(
                f"申报持证人员总数 {staff.certified_total} 人，但仅列出 {listed} 条证书，其中有效 {recognised} 条"
            ),
            evidence=[declared_evidence("enterprise.staff.certified_total", staff.certified_total)],
        )


def certified_count(declaration: Declaration) -> int | None:
    """Certified managers who count: the declared total, capped by the recognised rows where rows are listed.

    Seed 000 (二) 1. 2): only certificates on the list count towards 持证人员总数.
    """
    staff = declaration.enterprise.staff
    if not staff.certificates:
        return staff.certified_total
    recognised = sum(1 for row in staff.certificates if recognise_certificate(row.certificate) is not None)
    return recognised if staff.certified_total is None else min(staff.certified_total, recognised)


def three_year_project_total(declaration: Declaration) -> Decimal:
    """Declared contract amounts of the projects completed in the inspection year and the two before.

    Seed 000 (二) 3. and 4.: 2022、2023、2024 三年系统集成项目总值. A project without an
    acceptance date counts (the form lists completed projects only).
    """
    year = declaration.enterprise.inspection_year
    return sum(
        (
            p.contract_amount or Decimal(0)
            for p in declaration.projects
            if _in_three_years(p.accepted_on, year)
        ),
        Decimal(0),
    )


def _in_three_years(accepted_on: dt.date | None, year: int) -> bool:
    """Whether a project counts towards the three years ending with ``year`` (undated: it does)."""
    return accepted_on is None or year - 2 <= accepted_on.year <= year


@check(Code.GRADE_THRESHOLD_NOT_MET)
def grade_thresholds(ctx: CheckContext) -> Iterator[Finding]:
    """GRADE_THRESHOLD_NOT_MET: technical staff, certified staff or three-year projects below the grade's bar.

    中文：技术人员、持证人员或近三年项目总值低于申报等级的要求。

    Rule: seed 000 (二) 1. 1) 技术人员总数 甲≥40 乙≥30 丙≥20 丁≥6; 1. 2) 持证人员总数 甲≥12 乙≥8
    丙≥5 丁无要求; 3. and 4. 三年系统集成项目总值 甲≥3000万 乙≥1000万 丙≥500万 丁无要求
    (rules/inspection.toml [grades]). One finding per unmet bar.

    Example: 乙级要求技术人员不少于 30 人，申报 24 人
    """
    assert ctx.declaration is not None
    enterprise = ctx.declaration.enterprise
    if enterprise.grade is None:
        return
    bars = rules().grades.get(enterprise.grade)
    if bars is None:
        return
    grade = enterprise.grade.value
    staff = enterprise.staff
    if bars.technical_staff is not None and staff.technical_total is not None:
        if staff.technical_total < bars.technical_staff:
            yield Finding(
                code=Code.GRADE_THRESHOLD_NOT_MET,
                declared=str(staff.technical_total),
                found=f">= {bars.technical_staff}",
                message=f"{grade}级要求技术人员不少于 {bars.technical_staff} 人，申报 {staff.technical_total} 人",
                evidence=[declared_evidence("enterprise.staff.technical_total", staff.technical_total)],
            )
    certified = certified_count(ctx.declaration)
    if bars.certified_staff is not None and certified is not None:
        if certified < bars.certified_staff:
            yield Finding(
                code=Code.GRADE_THRESHOLD_NOT_MET,
                declared=str(staff.certified_total),
                found=str(certified),
                message=(
                    f"{grade}级要求持证人员不少于 {bars.certified_staff} 人，"
                    f"申报 {staff.certified_total} 人，其中有效证书 {certified} 人"
                    if certified != staff.certified_total
                    else f"{grade}级要求持证人员不少于 {bars.certified_staff} 人，申报 {certified} 人"
                ),
                evidence=[declared_evidence("enterprise.staff.certified_total", staff.certified_total)],
            )
    if bars.three_year_projects is not None and ctx.declaration.projects:
        total = three_year_project_total(ctx.declaration)
        if total < bars.three_year_projects:
            # A row accepted outside the three years is left out of the total: say so, or the
            # reviewer reads a declared sum that does not add up.
            year = enterprise.inspection_year
            outside = sum(not _in_three_years(p.accepted_on, year) for p in ctx.declaration.projects)
            left_out = f"（未计验收不在 {year - 2}–{year} 年的 {outside} 个项目）" if outside else ""
            yield Finding(
                code=Code.GRADE_THRESHOLD_NOT_MET,
                declared=format_money(total),
                found=f">= {format_money(bars.three_year_projects)}",
                message=(
                    f"{grade}级要求三年系统集成项目总值不少于 {wan(bars.three_year_projects)}，"
                    f"申报项目合计 {wan(total)}{left_out}"
                ),
                evidence=[declared_evidence("projects[].contract_amount", format_money(total))],
            )
