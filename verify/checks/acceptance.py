"""Checks on each declared project's acceptance: present, in order, in the period, passed, sealed, ours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from jianzheng.extract.fields.doctypes.acceptance import preliminary_title
from jianzheng.models import (
    AcceptanceConclusion,
    AcceptanceFields,
    Code,
    ContractFields,
    DocType,
    Document,
    Extracted,
    Finding,
    Project,
)

from ..compare import declared_evidence, evidence, needs_review, seal_missing, settle
from ..lookup import find_date, find_name
from ..normalise import plausible_party, same_company
from ..registry import CheckContext, check
from .contract.parties import party_findings


def acceptances(
    ctx: CheckContext, only: Project | None = None
) -> Iterator[tuple[Project, Document, AcceptanceFields]]:
    """Each declared project (or ``only`` that one) with each acceptance report matched to it."""
    assert ctx.declaration is not None
    for project in [only] if only is not None else ctx.declaration.projects:
        for doc in ctx.project_documents(project.id, DocType.acceptance_report):
            if isinstance(doc.fields, AcceptanceFields):
                yield project, doc, doc.fields


@check(Code.ACCEPTANCE_MISSING)
def acceptance_missing(ctx: CheckContext) -> Iterator[Finding]:
    """ACCEPTANCE_MISSING: a project's contract came without an acceptance report or invoice.

    中文：项目有合同，但未附验收报告或发票。

    Rule: seed 000 (二) 3. 1) (only completed projects, 有验收报告或部分回款发票的, are declared)
    and 6. 3) (合同关键页+验收报告或部分汇款发票 scanned into one file); seed 001 (四) (a
    completed project is one accepted in the period). A project without a contract gets
    PROJECT_EVIDENCE_MISSING instead.

    Example: 项目「某区政务云平台建设项目」有合同，但未找到验收报告或发票
    """
    assert ctx.declaration is not None
    for project in ctx.declaration.projects:
        contract = ctx.contract_of(project.id)
        if contract is None:
            continue
        others = ctx.project_documents(project.id, DocType.acceptance_report) + ctx.project_documents(
            project.id, DocType.invoice
        )
        if not others:
            yield Finding(
                code=Code.ACCEPTANCE_MISSING,
                project_id=project.id,
                documents=[contract.id],
                declared=project.accepted_on.isoformat() if project.accepted_on else "已完成",
                found="无",
                message=f"项目「{project.name}」有合同，但未找到验收报告或发票",
                evidence=[evidence(contract, None)],
            )


def _signed_on(ctx: CheckContext, project: Project) -> tuple[dt.date | None, Document | None]:
    contract = ctx.contract_of(project.id)
    if contract is not None and isinstance(contract.fields, ContractFields) and contract.fields.signed_on:
        return contract.fields.signed_on.value, contract
    return project.signed_on, None


@check(Code.ACCEPTANCE_BEFORE_SIGNING, Code.NEEDS_REVIEW)
def acceptance_before_signing(ctx: CheckContext) -> Iterator[Finding]:
    """ACCEPTANCE_BEFORE_SIGNING: the acceptance is dated before the contract was signed.

    中文：验收日期早于合同签订日期。

    Rule: seed 004 (forged acceptance reports are what auditors look for; an acceptance that
    precedes its contract cannot be genuine). The signing date is the contract's, or the
    declared one where the contract's was not read. Where the contract's date differs from the
    declared one and the declared date comes before the acceptance, the one cause is the
    contract's date, which DATE_MISMATCH reports (with the acceptance's date in its message).

    Example: 验收日期 2024-02-01 早于合同签订日期 2024-03-05
    """
    for project, doc, fields in acceptances(ctx):
        if fields.accepted_on is None:
            continue
        signed, contract = _signed_on(ctx, project)
        if signed is None or fields.accepted_on.value >= signed:
            continue
        if (
            contract is not None
            and project.signed_on is not None
            and project.signed_on <= fields.accepted_on.value
        ):
            continue  # the contract's date against the declaration's: DATE_MISMATCH's one cause
        proof = [evidence(doc, fields.accepted_on)]
        signed_field = None
        if contract is not None and isinstance(contract.fields, ContractFields):
            signed_field = contract.fields.signed_on
            proof.append(evidence(contract, signed_field))
        why = ctx.unsure_why(doc, fields.accepted_on) or (
            ctx.unsure_why(contract, signed_field) if contract is not None else None
        )
        if why is not None:
            yield needs_review(
                check=Code.ACCEPTANCE_BEFORE_SIGNING,
                subject="验收日期与合同签订日期的先后",
                why=why,
                doc=doc,
                field=fields.accepted_on,
                project_id=project.id,
                declared=f"签订 {signed.isoformat()}",
                found=f"验收 {fields.accepted_on.value.isoformat()}",
                proof=proof,
            )
            continue
        yield Finding(
            code=Code.ACCEPTANCE_BEFORE_SIGNING,
            project_id=project.id,
            documents=[doc.id] + ([contract.id] if contract else []),
            declared=signed.isoformat(),
            found=fields.accepted_on.value.isoformat(),
            message=f"验收日期 {fields.accepted_on.value.isoformat()} 早于合同签订日期 {signed.isoformat()}",
            evidence=proof,
        )


def _out_of_period(date: dt.date, year: int, today: dt.date) -> str | None:
    if date > today:
        return f"晚于今日 {today.isoformat()}"
    if date.year != year:
        return f"不在 {year} 年度内"
    return None


@check(Code.ACCEPTANCE_OUT_OF_PERIOD, Code.NEEDS_REVIEW)
def acceptance_out_of_period(ctx: CheckContext) -> Iterator[Finding]:
    """ACCEPTANCE_OUT_OF_PERIOD: the acceptance date lies outside the inspection year, or ahead.

    中文：验收日期不在年检年度内，或晚于今天。

    Rule: seed 000 (二) 3. 1) (逐条添加 2024 年度已完成项目合同: the year's completed projects);
    seed 001 (四) (近三年完成的项目 = accepted within the period). The acceptance report's
    date is checked; where no report gives one, the declared 验收日期. A project is complete at
    its last acceptance: a report dated before another of the same project (初验 before 终验, a
    delivery check before the final acceptance) is a stage, not the completion.

    Example: 验收日期 2023-12-20 不在 2024 年度内
    """
    assert ctx.declaration is not None
    year = ctx.declaration.enterprise.inspection_year
    for project in ctx.declaration.projects:
        dated = [
            (doc, doc.fields.accepted_on)
            for doc in ctx.project_documents(project.id, DocType.acceptance_report)
            if isinstance(doc.fields, AcceptanceFields) and doc.fields.accepted_on is not None
        ]
        last = max((field.value for _, field in dated), default=None)
        # One finding per date (CONTRACT 2: one per cause): a final report and the 监理 sheet bound
        # after it, each dated 2025-01-21, are one acceptance out of the period.
        errors: dict[object, Finding] = {}
        for doc, field in dated:
            why = _out_of_period(field.value, year, ctx.today)
            if why and last is not None and field.value < last:
                continue  # an earlier stage; the last acceptance is the one checked
            if (
                why
                and project.accepted_on is not None
                and not _out_of_period(project.accepted_on, year, ctx.today)
            ):
                # The declared date, in the period, stated on the report itself: the report says so.
                if find_date(ctx.lines(doc), project.accepted_on) is not None:
                    continue
            # The declaration states the same date: the enterprise and the report agree on it,
            # however faint the report's reading (nanjiang seed 6: 验收白期 read at 0.79).
            confirmed = project.accepted_on == field.value
            unsure = ctx.unsure_why(doc, field) if why and not confirmed else None
            if why and unsure:
                yield needs_review(
                    check=Code.ACCEPTANCE_OUT_OF_PERIOD,
                    subject="验收日期是否在年检年度内",
                    why=unsure,
                    doc=doc,
                    field=field,
                    project_id=project.id,
                    declared=str(year),
                    found=field.value.isoformat(),
                )
            elif why and field.value in errors:
                seen = errors[field.value]
                errors[field.value] = seen.model_copy(
                    update={
                        "documents": [*seen.documents, doc.id],
                        "evidence": [*seen.evidence, evidence(doc, field)],
                    }
                )
            elif why:
                errors[field.value] = Finding(
                    code=Code.ACCEPTANCE_OUT_OF_PERIOD,
                    project_id=project.id,
                    documents=[doc.id],
                    declared=str(year),
                    found=field.value.isoformat(),
                    message=f"项目「{project.name}」验收日期 {field.value.isoformat()} {why}",
                    evidence=[evidence(doc, field)],
                )
        yield from errors.values()
        if not dated and project.accepted_on is not None:
            why = _out_of_period(project.accepted_on, year, ctx.today)
            if why:
                yield Finding(
                    code=Code.ACCEPTANCE_OUT_OF_PERIOD,
                    project_id=project.id,
                    declared=str(year),
                    found=project.accepted_on.isoformat(),
                    message=f"项目「{project.name}」申报验收日期 {project.accepted_on.isoformat()} {why}",
                    evidence=[declared_evidence(f"projects.{project.id}.accepted_on", project.accepted_on)],
                )


@check(Code.ACCEPTANCE_NOT_PASSED, Code.NEEDS_REVIEW)
def acceptance_not_passed(ctx: CheckContext) -> Iterator[Finding]:
    """ACCEPTANCE_NOT_PASSED: the acceptance report's conclusion is not a pass.

    中文：验收报告的结论不是通过。

    Rule: seed 001 (四) (完成的项目 are those 通过验收); seed 000 (二) 3. 1). A project is
    accepted at its last acceptance: a report that did not pass (初验 asking for rework, a 终验 of
    基本合格 sent back) followed by a later report of the same project that passes (复验合格) is a
    stage on the way, not the project's verdict.

    Example: 项目「某区政务云平台建设项目」验收结论为不通过
    """
    for project, doc, fields in acceptances(ctx):
        if fields.conclusion is not None and fields.conclusion.value != AcceptanceConclusion.passed:
            if _passed_later(ctx, project, fields):
                continue
            yield settle(
                ctx.unsure_why(doc, fields.conclusion),
                Finding(
                    code=Code.ACCEPTANCE_NOT_PASSED,
                    project_id=project.id,
                    documents=[doc.id],
                    declared="通过",
                    found="不通过",
                    message=f"项目「{project.name}」验收结论为不通过",
                    evidence=[evidence(doc, fields.conclusion)],
                ),
                subject="验收结论",
                doc=doc,
                field=fields.conclusion,
                found=fields.conclusion.text or "不通过",
            )


def _passed_later(ctx: CheckContext, project: Project, fields: AcceptanceFields) -> bool:
    """Whether another acceptance report of the project, dated after this one, passes."""
    if fields.accepted_on is None:
        return False
    return any(
        other.accepted_on is not None
        and other.accepted_on.value > fields.accepted_on.value
        and other.conclusion is not None
        and other.conclusion.value == AcceptanceConclusion.passed
        for _, _, other in acceptances(ctx, project)
    )


@check(Code.SEAL_MISSING)
def acceptance_seal(ctx: CheckContext) -> Iterator[Finding]:
    """SEAL_MISSING: an acceptance report carries no seal.

    中文：验收报告未见印章。

    Rule: seed 004 (forged acceptance reports; a report is attested by the client's seal);
    seed 000 (二) 6. 3). Decided only where extraction says ``has_seal``, and on a scan only
    where the reader's seal finding can be believed (a readable colour or grey scan, not 1-bit,
    not a photo, or one whose file shows a seal elsewhere: CheckContext.seal_absence_known).

    Example: 项目「某区政务云平台建设项目」验收报告未见印章
    """
    for project, doc, fields in acceptances(ctx):
        if fields.has_seal is not None and fields.has_seal.value is False and ctx.seal_absence_known(doc):
            yield seal_missing(project.id, doc, fields.has_seal, f"项目「{project.name}」验收报告未见印章")


@check(Code.DATE_MISMATCH, Code.NEEDS_REVIEW)
def acceptance_date(ctx: CheckContext) -> Iterator[Finding]:
    """DATE_MISMATCH: the acceptance report's date differs from the declared 验收日期.

    中文：验收报告的日期与申报的验收日期不一致。

    Rule: seed 000 (二) 3.; CONTRACT 1.1. Where a project has several acceptance reports, the
    declared date must be on one of them, and not only on a preliminary one (初验, 初步验收)
    when a later report of the project passes without stating it: the project was accepted
    at its last acceptance (终验合格之日), and the 初验's date is a stage on the way.

    Example: 验收日期与申报不一致：申报 2024-11-20，验收报告 2024-10-20
    """
    assert ctx.declaration is not None
    for project in ctx.declaration.projects:
        if project.accepted_on is None:
            continue
        papers = [
            doc
            for doc in ctx.project_documents(project.id, DocType.acceptance_report)
            if isinstance(doc.fields, AcceptanceFields)
        ]
        dated = [
            (doc, doc.fields.accepted_on)
            for doc in papers
            if isinstance(doc.fields, AcceptanceFields) and doc.fields.accepted_on is not None
        ]
        staged = _declared_a_stage(ctx, project, project.accepted_on, papers)
        if staged is not None:
            yield staged
            continue
        if not dated or any(field.value == project.accepted_on for _, field in dated):
            continue
        # The declared date is looked for in every acceptance paper of the project, dated or not: a
        # 终验报告 whose date stands alone on its cover says it as plainly as a dated 测试报告 does not.
        if any(find_date(ctx.lines(doc), project.accepted_on) for doc in papers):
            continue
        doc, field = dated[-1]
        yield settle(
            ctx.unsure_why(doc, field),
            Finding(
                code=Code.DATE_MISMATCH,
                project_id=project.id,
                documents=[doc.id],
                declared=project.accepted_on.isoformat(),
                found=field.value.isoformat(),
                message=f"验收日期与申报不一致：申报 {project.accepted_on.isoformat()}，验收报告 {field.value.isoformat()}",
                evidence=[evidence(doc, field)],
            ),
            subject="验收日期",
            doc=doc,
            field=field,
        )


def _preliminary(ctx: CheckContext, doc: Document) -> bool:
    """Whether a report's title names a preliminary acceptance (extraction's own reading of it)."""
    return preliminary_title("".join(line.text for line in ctx.lines(doc)))


def _declared_a_stage(
    ctx: CheckContext, project: Project, declared: dt.date, papers: list[Document]
) -> Finding | None:
    """DATE_MISMATCH when the declared date is only a preliminary report's and a later report of
    the project passes on a date of its own (declared 初验 date, 终验 later)."""
    stating = [
        doc
        for doc in papers
        if isinstance(doc.fields, AcceptanceFields)
        and (
            (doc.fields.accepted_on is not None and doc.fields.accepted_on.value == declared)
            or find_date(ctx.lines(doc), declared) is not None
        )
    ]
    if not stating or not all(_preliminary(ctx, doc) for doc in stating):
        return None
    later = [
        (doc, doc.fields.accepted_on)
        for doc in papers
        if isinstance(doc.fields, AcceptanceFields)
        and doc.fields.accepted_on is not None
        and doc.fields.accepted_on.value > declared
        and doc.fields.conclusion is not None
        and doc.fields.conclusion.value == AcceptanceConclusion.passed
        and not _preliminary(ctx, doc)
        and find_date(ctx.lines(doc), declared) is None
    ]
    if not later:
        return None
    doc, field = max(later, key=lambda pair: pair[1].value)
    return settle(
        ctx.unsure_why(doc, field),
        Finding(
            code=Code.DATE_MISMATCH,
            project_id=project.id,
            documents=[doc.id, stating[0].id],
            declared=declared.isoformat(),
            found=field.value.isoformat(),
            message=(
                f"验收日期与申报不一致：申报 {declared.isoformat()} 是初步验收的日期，"
                f"项目于 {field.value.isoformat()} 通过最终验收"
            ),
            evidence=[evidence(doc, field), evidence(stating[0], _date_of(stating[0]))],
        ),
        subject="验收日期",
        doc=doc,
        field=field,
    )


def _date_of(doc: Document) -> Extracted[dt.date] | None:
    return doc.fields.accepted_on if isinstance(doc.fields, AcceptanceFields) else None


@check(Code.PARTY_MISMATCH, Code.NEEDS_REVIEW)
def acceptance_contractor(ctx: CheckContext) -> Iterator[Finding]:
    """PARTY_MISMATCH: the acceptance report names another company as the one that built the project.

    中文：验收报告的承建单位不是申报企业。

    Rule: seed 004 (acceptance reports borrowed or forged from another firm's project); seed 000
    (二) 3. (the projects are the enterprise's own). Raised only where the report's contractor
    label (承建单位, 乙方, 供应商) names a company, the enterprise is named nowhere on the report,
    and the company named is not the project's client or its contract's 甲方 (a subcontract's
    end client accepts the general contractor's work). Many reports (验收意见 letters, test
    reports) name no contractor at all: they are left alone, never NEEDS_REVIEW for that.

    Example: 验收报告承建单位与申报企业不一致：申报「新疆天山云数信息技术有限公司」，验收报告「新疆某某科技有限公司」
    """
    assert ctx.declaration is not None
    enterprise = ctx.declaration.enterprise.name
    for project, doc, fields in acceptances(ctx):
        read = fields.party_b
        if read is None or not plausible_party(read.value) or "公司" not in read.value:
            continue
        if find_name(ctx.lines(doc), enterprise) is not None:
            continue
        contract = ctx.contract_of(project.id)
        upstream = [project.client or ""]
        if contract is not None and isinstance(contract.fields, ContractFields) and contract.fields.party_a:
            upstream.append(contract.fields.party_a.value)
        if any(name and same_company(read.value, name) for name in upstream):
            continue
        yield from party_findings(
            ctx, project, doc, read, enterprise, "承建单位", "申报企业", other=fields.party_a
        )


@check(Code.PARTY_MISMATCH, Code.NEEDS_REVIEW)
def acceptance_client(ctx: CheckContext) -> Iterator[Finding]:
    """PARTY_MISMATCH: the acceptance report names another organisation as the client.

    中文：验收报告的建设单位（发包人、采购人）不是申报的甲方单位。

    Rule: seed 004 (an acceptance report is attested by the client); seed 000 (二) 3. Raised only
    where the report's client label (建设单位, 发包人, 采购人) plainly names an organisation (a
    letter's signer or organiser is not compared), the declared
    client is named nowhere on the report (its name heading the project's name does not count),
    and the organisation named is not the contract's 甲方 (a contract signed by another body is
    the contract's own finding) nor the enterprise. A report naming no client is left alone.

    Example: 验收报告甲方与申报甲方单位不一致：申报「新和县人民医院」，验收报告「新和县卫生健康委员会」
    """
    assert ctx.declaration is not None
    enterprise = ctx.declaration.enterprise.name
    for project, doc, fields in acceptances(ctx):
        read = fields.party_a
        # Only a client read at its role label (建设单位：…) is compared: a letter's signer or
        # organiser (read at 0.75-0.85) may be a body acting for the client, which no role names.
        if not project.client or read is None or read.confidence < 0.9 or not plausible_party(read.value):
            continue
        names = tuple(
            n for n in (project.name, fields.project_name.value if fields.project_name else None) if n
        )
        if find_name(ctx.lines(doc), project.client, names) is not None:
            continue
        contract = ctx.contract_of(project.id)
        known = [enterprise]
        if contract is not None and isinstance(contract.fields, ContractFields) and contract.fields.party_a:
            known.append(contract.fields.party_a.value)
        if any(same_company(read.value, name) for name in known):
            continue
        yield from party_findings(
            ctx, project, doc, read, project.client, "甲方", "申报甲方单位", besides=names
        )
