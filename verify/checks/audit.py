"""Checks on audit reports and financial statements against the declared finance years."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from jianzheng.models import (
    AuditFields,
    AuditOpinion,
    Code,
    DocType,
    Document,
    Extracted,
    FinanceYear,
    Finding,
    StatementFields,
    format_money,
)
from jianzheng.models.money import amounts_agree, find_amounts, money_precision
from jianzheng.models.text import fold

from ..compare import declared_evidence, evidence, field_agrees, settle, unit_of, wan
from ..lookup import find_amount
from ..normalise import same_company
from ..registry import CheckContext, check

_FIGURES = {
    "operating_revenue": "营业收入",
    "system_integration_revenue": "系统集成收入",
    "net_profit": "净利润",
}
_OPINIONS = {
    AuditOpinion.qualified: "保留意见",
    AuditOpinion.adverse: "否定意见",
    AuditOpinion.disclaimer: "无法表示意见",
}


def _audit(doc: Document) -> AuditFields:
    assert isinstance(doc.fields, AuditFields)
    return doc.fields


def _has_figures(year: FinanceYear) -> bool:
    # Seed 000 (二) 2.: a company younger than three years fills the missing years with 0;
    # such a year has no audit report to ask for.
    values = [getattr(year, key) for key in _FIGURES]
    return any(v is not None and v != 0 for v in values)


def _year_of(doc: Document) -> int | None:
    fields = doc.fields
    if isinstance(fields, AuditFields | StatementFields) and fields.fiscal_year is not None:
        return fields.fiscal_year.value
    return None


# A report that audits several years names them together: 2024年度、2025年度财务报表 (its title,
# its opinion); a year named alone may be the comparative one.
_YEAR_LIST = re.compile(r"((?:19|20)\d\d)年度((?:[、和及与至]\s*(?:19|20)\d\d年度)+)")


def _years_listed(ctx: CheckContext, doc: Document) -> set[int]:
    """The years an audit report's opening lines name together as audited (gongliu seed 1's
    report of 2024年度、2025年度): each of them is covered by it."""
    years: set[int] = set()
    for line in ctx.lines(doc)[:60]:
        for match in _YEAR_LIST.finditer(line.text.replace(" ", "")):
            named = [int(match.group(1)), *(int(y) for y in re.findall(r"(?:19|20)\d\d", match.group(2)))]
            if "至" in match.group(2):
                named = list(range(min(named), max(named) + 1))
            years.update(named)
    return years


def _sources_for(ctx: CheckContext, year: FinanceYear, declared_years: int) -> list[Document]:
    """Audit reports and stand-alone statements that speak for one declared year.

    A document whose year was not read still speaks for the only declared year.
    Consolidated-only audit reports are left out: seed 001 (二) 1. says consolidated
    figures are not the basis of review; one that also prints the company's own statements
    (合并及母公司利润表, whose 母公司 columns extraction reads) speaks for the company.
    """
    docs = []
    for doc in ctx.documents:
        if doc.type not in (DocType.audit_report, DocType.financial_statement):
            continue
        doc_year = _year_of(doc)
        if doc_year != year.year and not (doc_year is None and declared_years == 1):
            continue
        if doc.type == DocType.audit_report and _consolidated(doc) and not lists_own_statements(ctx, doc):
            continue
        docs.append(doc)
    return docs


def _consolidated(doc: Document) -> bool:
    fields = _audit(doc)
    return fields.consolidated is not None and fields.consolidated.value is True


# Titles of the company's own statements: a consolidated report that also prints these
# (母公司资产负债表, or a plain 利润表 beside the 合并利润表) lists the company's figures.
_OWN_TITLES = ("母公司资产负债表", "母公司利润表", "母公司损益表", "资产负债表", "利润表", "损益表")
# ... or one statement with both sets of columns: 合并及母公司利润表 (合并 | 母公司).
_BOTH_TITLE = re.compile(r"合并及(?:母公司|公司)(?:资产负债表|利润表|损益表)")


def lists_own_statements(ctx: CheckContext, doc: Document) -> bool:
    """Whether an audit report's pages carry a statement of the company itself, not only 合并 ones.

    A statement's title stands on a line of its own ("利 润 表", "母公司资产负债表（续）"); the
    opinion paragraph that names "合并资产负债表" in a sentence, or a note headed
    "资产负债表日后事项", does not count. A statement whose column header gives the 母公司's figures
    beside the 合并 ones (本期金额(合并) 本期金额(母公司)) carries them too.
    """
    for number in doc.pages:
        page = ctx.pages.get((doc.file, number))
        if page is None:
            continue
        for line in page.lines():
            text = fold("".join(w.text for w in line))
            title = text.removesuffix("续")
            if title in _OWN_TITLES or _BOTH_TITLE.fullmatch(title):
                return True
            # A statement printing both: its column header names the 母公司 beside the 合并 figures
            # (项目 本期金额(合并) 本期金额(母公司) …).
            if "母公司" in text and _PERIOD.search(text) and not re.search(r"[,，。;；]", text):
                return True
    return False


_PERIOD = re.compile(r"本期|上期|期末|期初|本年|上年")


def _own_statement_of_year(ctx: CheckContext, year: int | None) -> bool:
    if year is None or ctx.declaration is None:
        return False
    for doc in ctx.of_type(DocType.financial_statement):
        fields = doc.fields
        if not isinstance(fields, StatementFields) or _year_of(doc) != year:
            continue
        if fields.company_name is not None and same_company(
            fields.company_name.value, ctx.declaration.enterprise.name
        ):
            return True
    return False


@check(Code.AUDIT_REPORT_MISSING)
def audit_reports_missing(ctx: CheckContext) -> Iterator[Finding]:
    """AUDIT_REPORT_MISSING: a declared finance year has no audit report.

    中文：申报了经营数据的年度缺少审计报告。

    Rule: seed 000 (二) 2. 经营情况 and 6. 附件上传 2) (financial statements for the declared
    years); seed 001 (二) 1. (finance data rest on the annual audit report). Years filled with
    0 (company not yet founded) need none. A report that names several years together as
    audited (2024年度、2025年度财务报表) covers each. Audit reports whose year was not read cover
    missing years one each. One finding per uncovered year.

    Example: 申报了 2023 年度经营数据，但未找到该年度审计报告
    """
    assert ctx.declaration is not None
    needed = sorted({y.year for y in ctx.declaration.finance if _has_figures(y)})
    reports = ctx.of_type(DocType.audit_report)
    covered = {_year_of(d) for d in reports} | {y for d in reports for y in _years_listed(ctx, d)}
    unknown = sum(1 for d in reports if _year_of(d) is None)
    missing = [y for y in needed if y not in covered]
    for year in missing[unknown:] if unknown else missing:
        yield Finding(
            code=Code.AUDIT_REPORT_MISSING,
            declared=str(year),
            found="无",
            message=f"申报了 {year} 年度经营数据，但未找到该年度审计报告",
            evidence=[declared_evidence(f"finance.{year}", "经营数据")],
        )


def _figure_of(doc: Document, key: str) -> Extracted[Any] | None:
    field = getattr(doc.fields, key, None)
    return field if isinstance(field, Extracted) else None


def _stated_elsewhere(ctx: CheckContext, doc: Document, declared: Decimal, unit: Decimal) -> bool:
    """Whether the document states the declared figure on a line that is no read figure's row.

    A statement's row prints 本期 and 上期 side by side: the declared figure standing beside
    the figure read for the year is last year's, not a confirmation; and a declared
    system-integration revenue that is the whole operating revenue must not pass on the
    operating revenue's row.
    """
    read = {f.value for key in _FIGURES if (f := _figure_of(doc, key)) is not None}
    both = _consolidated_beside_own(ctx, doc)
    for line in ctx.lines(doc):
        row = [a for a in find_amounts(line.text) if a.value is not None]
        if {a.value for a in row} & read:
            # One row of 合并 | 母公司, each 本期 | 上期: the 母公司's 本期 (the third figure, the read
            # one first) is the company's own figure, as seed 001 asks; the others are not.
            own = row[2] if both and len(row) == 4 and row[0].value in read else None
            if own is not None and own.value is not None:
                if amounts_agree(own.value, money_precision(own.text), declared, unit):
                    return True
            continue
        if find_amount([line], declared, unit) is not None:
            return True
    return False


def _sum_of_rows(
    ctx: CheckContext, doc: Document, field: Extracted[Any], declared: Decimal, unit: Decimal
) -> bool:
    """Whether the declared system-integration revenue is the sum of the rows of the table the read
    figure stands in: a note listing revenue by business type (信息系统集成服务, 软件开发服务,
    运行维护服务 …) gives the integration row alone, and an enterprise declares its IT services
    together (seed 001 (二) 1.: shown in the statements or notes). The rows summed are a run of
    neighbouring lines, the read one among them, each by its first figure (本期); a reviewer adds
    them up the same way. gongliu seed 1 (gl04)."""
    lines = ctx.lines(doc)
    at = next(
        (
            i
            for i, line in enumerate(lines)
            if line.page == field.page
            and any(a.value == field.value for a in find_amounts(line.text) if a.value is not None)
        ),
        None,
    )
    if at is None:
        return False
    firsts: dict[int, Decimal] = {}
    for i in range(max(0, at - 8), min(len(lines), at + 9)):
        row = [a.value for a in find_amounts(lines[i].text) if a.value is not None]
        if row and lines[i].page == field.page:
            firsts[i] = row[0]

    def run(start: int, end: int) -> bool:
        return all(i in firsts for i in range(start, end + 1))

    return any(
        end > start
        and run(start, end)
        and amounts_agree(
            sum((firsts[i] for i in range(start, end + 1)), Decimal(0)), Decimal("0.01"), declared, unit
        )
        for start in range(at - 8, at + 1)
        for end in range(at, at + 9)
    )


def _consolidated_beside_own(ctx: CheckContext, doc: Document) -> bool:
    """Whether a statement of the report prints the 合并 and 母公司 figures side by side: a column
    header naming both groups (合并 | 母公司 over 本期金额 上期金额 本期金额 上期金额)."""
    return any(
        "合并" in line.text and "母公司" in line.text and not re.search(r"[,，。;；]", line.text)
        for line in ctx.lines(doc)
    )


@check(Code.AUDIT_FIGURE_MISMATCH, Code.NEEDS_REVIEW)
def audit_figures(ctx: CheckContext) -> Iterator[Finding]:
    """AUDIT_FIGURE_MISMATCH: a declared revenue or profit differs from that year's audit report.

    中文：申报的营业收入、系统集成收入或净利润与当年审计报告不一致。

    Rule: seed 001 (二) 1. (企业财务数据应以年度审计报告的数据为依据; 营业收入 = 主营业务收入 +
    其他业务收入; the system-integration revenue is shown in the statements or notes); seed 000
    (二) 2. The figure agrees when any audit report or stand-alone statement of that year shows
    it at the coarser of the two precisions (CONTRACT 1.1: a statement printed in 万元 or 千元
    agrees with an exact declared figure that rounds to it), at the read field or on another
    line of the document. A figure no document shows says nothing; an unsure reading gives
    NEEDS_REVIEW.

    Example: 2024 年度营业收入与审计报告不一致：申报 5230.00 万元，审计报告 4980.00 万元
    """
    assert ctx.declaration is not None
    declared_years = len(ctx.declaration.finance)
    for year in ctx.declaration.finance:
        sources = _sources_for(ctx, year, declared_years)
        for key, label in _FIGURES.items():
            declared: Decimal | None = getattr(year, key)
            if declared is None:
                continue
            found = [(doc, f) for doc in sources if (f := _figure_of(doc, key)) is not None]
            if not found:
                continue
            unit = unit_of(ctx.declaration, f"finance.{year.year}.{key}")
            if any(field_agrees(f, declared, unit) for _, f in found):
                continue
            if any(_stated_elsewhere(ctx, d, declared, unit) for d, _ in found):
                continue
            if key == "system_integration_revenue" and any(
                _sum_of_rows(ctx, d, f, declared, unit) for d, f in found
            ):
                continue
            doc, field = next(((d, f) for d, f in found if d.type == DocType.audit_report), found[0])
            source = "审计报告" if doc.type == DocType.audit_report else "财务报表"
            yield settle(
                ctx.unsure_why(doc, field),
                Finding(
                    code=Code.AUDIT_FIGURE_MISMATCH,
                    documents=[doc.id],
                    declared=format_money(declared),
                    found=format_money(field.value),
                    message=(
                        f"{year.year} 年度{label}与{source}不一致：申报 {wan(declared)}，{source} {wan(field.value)}"
                    ),
                    evidence=[evidence(doc, field)],
                ),
                subject=f"{year.year} 年度{label}",
                doc=doc,
                field=field,
                declared=wan(declared),
                found=wan(field.value),
            )


@check(Code.AUDIT_OPINION_NOT_CLEAN, needs_declaration=False)
def audit_opinion(ctx: CheckContext) -> Iterator[Finding]:
    """AUDIT_OPINION_NOT_CLEAN: the auditor's opinion is not unqualified (标准无保留意见).

    中文：审计意见不是标准无保留意见。

    Rule: seed 001 (二) 1. (figures rest on the audit report, which a qualified, adverse or
    disclaimed opinion puts in doubt); CONTRACT 2.3.

    Example: 2024 年度审计报告为保留意见，需人工复核
    """
    for doc in ctx.of_type(DocType.audit_report):
        opinion = _audit(doc).opinion
        if opinion is None or opinion.value == AuditOpinion.unqualified:
            continue
        year = _year_of(doc)
        yield Finding(
            code=Code.AUDIT_OPINION_NOT_CLEAN,
            documents=[doc.id],
            declared="无保留意见",
            found=_OPINIONS.get(opinion.value, str(opinion.value)),
            message=f"{year or ''}{' 年度' if year else ''}审计报告为{_OPINIONS.get(opinion.value, opinion.value)}，需人工复核",
            evidence=[evidence(doc, opinion)],
        )


@check(Code.AUDIT_CONSOLIDATED_ONLY, needs_declaration=False)
def audit_consolidated(ctx: CheckContext) -> Iterator[Finding]:
    """AUDIT_CONSOLIDATED_ONLY: a consolidated audit report without the company's own figures.

    中文：合并审计报告未单独列示申报企业自身的数据。

    Rule: seed 001 (二) 1.: 如果是合并财务审计报告，主表和财务报表附注应单独列出申报企业的数据，
    合并的数据不作为评审依据. A report marked ``consolidated`` whose pages also carry the
    company's own statements (a 母公司 or plain 利润表 / 资产负债表 title line), or whose year
    has a stand-alone statement of the enterprise, is not flagged.

    Example: 2024 年度审计报告为合并报表，未单独列示申报企业数据
    """
    for doc in ctx.of_type(DocType.audit_report):
        fields = _audit(doc)
        if not _consolidated(doc) or lists_own_statements(ctx, doc):
            continue
        year = _year_of(doc)
        if _own_statement_of_year(ctx, year):
            continue
        yield Finding(
            code=Code.AUDIT_CONSOLIDATED_ONLY,
            documents=[doc.id],
            declared="申报企业单体报表",
            found="合并报表",
            message=f"{year or ''}{' 年度' if year else ''}审计报告为合并报表，未单独列示申报企业数据",
            evidence=[evidence(doc, fields.consolidated)],
        )
