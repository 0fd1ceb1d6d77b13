"""Checks on each declared project's contract: amount, fees, capital numerals, parties, name, date, seal."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jianzheng.models import FEE_KEYS, Code, ContractFields, Document, Finding, Project, format_money

from ..compare import amount_matches, differs, evidence, unit_of, wan
from ..normalise import project_similarity
from ..registry import CheckContext, check
from ..rules import rules

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他",
}


def contracts(ctx: CheckContext) -> Iterator[tuple[Project, Document, ContractFields]]:
    """Each declared project with its matched contract."""
    assert ctx.declaration is not None
    for project in ctx.declaration.projects:
        doc = ctx.contract_of(project.id)
        if doc is not None and isinstance(doc.fields, ContractFields):
            yield project, doc, doc.fields


@check(Code.AMOUNT_MISMATCH)
def contract_amount(ctx: CheckContext) -> Iterator[Finding]:
    """AMOUNT_MISMATCH: the contract's amount differs from the declared contract_amount.

    Rule: seed 000 (二) 3. (合同金额 of each completed project); seed 004 and seed 001 (三) 2.
    (invented contract amounts are 弄虚作假). Compared at the declared figure's precision
    (CONTRACT 1.1): a row typed as 245.00 万元 matches a contract of ¥2,450,030.00.

    Example: 合同金额与申报不一致：申报 245.00 万元，合同 204.50 万元
    """
    for project, doc, fields in contracts(ctx):
        if fields.contract_amount is None or project.contract_amount is None:
            continue
        unit = unit_of(ctx.declaration, f"projects.{project.id}.contract_amount")
        found = fields.contract_amount.value
        if not amount_matches(found, project.contract_amount, unit):
            yield Finding(
                code=Code.AMOUNT_MISMATCH,
                project_id=project.id,
                documents=[doc.id],
                declared=format_money(project.contract_amount),
                found=format_money(found),
                message=f"合同金额与申报不一致：申报 {wan(project.contract_amount)}，合同 {wan(found)}",
                evidence=[evidence(doc, fields.contract_amount)],
            )


@check(Code.FEE_MISMATCH)
def contract_fees(ctx: CheckContext) -> Iterator[Finding]:
    """FEE_MISMATCH: a fee the contract itemises differs from the declared fee.

    Rule: seed 000 (二) 3. 2) (the ten fees of a project row) and seed 001 (四) (软件和信息技术服务费
    are the six service fees; hardware and software purchases are not). Only fees the contract
    lists are compared; one finding per contract lists every differing fee.

    Example: 合同分项费用与申报不一致：软件开发费 申报 120.00 万元，合同 100.00 万元；硬件购置费 申报 80.00 万元，合同 100.00 万元
    """
    for project, doc, fields in contracts(ctx):
        if fields.fees is None:
            continue
        differing: list[tuple[str, Decimal, Decimal]] = []
        for key in FEE_KEYS:
            found = getattr(fields.fees.value, key)
            if found is None:
                continue
            declared = getattr(project.fees, key)
            if not amount_matches(
                found, declared, unit_of(ctx.declaration, f"projects.{project.id}.fees.{key}")
            ):
                differing.append((key, declared, found))
        if not differing:
            continue
        parts = [f"{FEE_LABELS[k]} 申报 {wan(d)}，合同 {wan(f)}" for k, d, f in differing]
        yield Finding(
            code=Code.FEE_MISMATCH,
            project_id=project.id,
            documents=[doc.id],
            declared="; ".join(f"{k}={format_money(d)}" for k, d, _ in differing),
            found="; ".join(f"{k}={format_money(f)}" for k, _, f in differing),
            message="合同分项费用与申报不一致：" + "；".join(parts),
            evidence=[evidence(doc, fields.fees)],
        )


@check(Code.AMOUNT_WORDS_MISMATCH, needs_declaration=False)
def contract_amount_words(ctx: CheckContext) -> Iterator[Finding]:
    """AMOUNT_WORDS_MISMATCH: the capital-numeral amount and the figures of one contract disagree.

    Rule: CONTRACT 2.3; seed 004 (pasted or altered amounts are the commonest forgery: the
    capital numerals are rarely edited along with the figures). Both sides are the document's
    own, so they must agree to the fen. A capital amount that could not be read (extraction
    leaves ``amount_in_words_value`` out) is not a mismatch.

    Example: 合同大写金额与小写金额不一致：大写 贰佰零肆万伍仟元整（204.50 万元），小写 245.00 万元
    """
    for doc in ctx.documents:
        fields = doc.fields
        if not isinstance(fields, ContractFields):
            continue
        if fields.amount_in_words_value is None or fields.contract_amount is None:
            continue
        words, figures = fields.amount_in_words_value.value, fields.contract_amount.value
        if words == figures:
            continue
        project_id = next((m.project_id for m in ctx.matches if doc.id in m.documents), None)
        printed = fields.amount_in_words.value if fields.amount_in_words is not None else format_money(words)
        yield Finding(
            code=Code.AMOUNT_WORDS_MISMATCH,
            project_id=project_id,
            documents=[doc.id],
            declared=format_money(figures),
            found=format_money(words),
            message=f"合同大写金额与小写金额不一致：大写 {printed}（{wan(words)}），小写 {wan(figures)}",
            evidence=[evidence(doc, fields.amount_in_words_value), evidence(doc, fields.contract_amount)],
        )


@check(Code.PARTY_MISMATCH)
def contract_parties(ctx: CheckContext) -> Iterator[Finding]:
    """PARTY_MISMATCH: party B is not the declaring enterprise, or party A not the declared client.

    Rule: seed 000 (二) 3. (the projects are the enterprise's own, for the client it declares
    as 甲方单位); seed 004 (borrowed contracts). Names compare after normalisation; a party read
    as a bare label ("乙方") or a fragment cannot decide and says nothing.

    Example: 合同乙方与申报企业不一致：申报「新疆天山云数信息技术有限公司」，合同「新疆某某科技有限公司」
    """
    assert ctx.declaration is not None
    enterprise = ctx.declaration.enterprise.name
    for project, doc, fields in contracts(ctx):
        if fields.party_b is not None and differs(fields.party_b, enterprise, doc):
            yield Finding(
                code=Code.PARTY_MISMATCH,
                project_id=project.id,
                documents=[doc.id],
                declared=enterprise,
                found=fields.party_b.value,
                message=f"合同乙方与申报企业不一致：申报「{enterprise}」，合同「{fields.party_b.value}」",
                evidence=[evidence(doc, fields.party_b)],
            )
        if fields.party_a is not None and project.client and differs(fields.party_a, project.client, doc):
            yield Finding(
                code=Code.PARTY_MISMATCH,
                project_id=project.id,
                documents=[doc.id],
                declared=project.client,
                found=fields.party_a.value,
                message=f"合同甲方与申报甲方单位不一致：申报「{project.client}」，合同「{fields.party_a.value}」",
                evidence=[evidence(doc, fields.party_a)],
            )


@check(Code.PROJECT_NAME_MISMATCH)
def contract_project_name(ctx: CheckContext) -> Iterator[Finding]:
    """PROJECT_NAME_MISMATCH: the matched contract's project name is only a weak match.

    Rule: seed 000 (二) 3. and 4. (the project table and the contracts correspond one to one).
    The contract was matched on amount, client and date, but its name is less similar to the
    declared one than rules/inspection.toml's ``project_name_weak_below``; a human should look.

    Example: 合同项目名称与申报差异较大：申报「某区政务云平台建设项目」，合同「某区智慧城管平台运维服务」
    """
    threshold = rules().names.project_name_weak_below
    for project, doc, fields in contracts(ctx):
        if fields.project_name is None:
            continue
        clients = [project.client, fields.party_a.value if fields.party_a else None]
        similarity = project_similarity(project.name, fields.project_name.value, clients)
        if similarity < threshold:
            yield Finding(
                code=Code.PROJECT_NAME_MISMATCH,
                project_id=project.id,
                documents=[doc.id],
                declared=project.name,
                found=fields.project_name.value,
                message=(
                    f"合同项目名称与申报差异较大（相似度 {similarity:.2f}）：申报「{project.name}」，"
                    f"合同「{fields.project_name.value}」"
                ),
                evidence=[evidence(doc, fields.project_name)],
            )


@check(Code.DATE_MISMATCH)
def contract_signed_on(ctx: CheckContext) -> Iterator[Finding]:
    """DATE_MISMATCH: the contract's signing date differs from the declared 合同签订日期.

    Rule: seed 000 (二) 3. (the project row's dates come from its contract and acceptance);
    CONTRACT 1.1. Dates compare to the day.

    Example: 合同签订日期与申报不一致：申报 2024-03-05，合同 2024-04-05
    """
    for project, doc, fields in contracts(ctx):
        if fields.signed_on is None or project.signed_on is None:
            continue
        if fields.signed_on.value != project.signed_on:
            yield Finding(
                code=Code.DATE_MISMATCH,
                project_id=project.id,
                documents=[doc.id],
                declared=project.signed_on.isoformat(),
                found=fields.signed_on.value.isoformat(),
                message=(
                    f"合同签订日期与申报不一致：申报 {project.signed_on.isoformat()}，"
                    f"合同 {fields.signed_on.value.isoformat()}"
                ),
                evidence=[evidence(doc, fields.signed_on)],
            )


@check(Code.SEAL_MISSING)
def contract_seal(ctx: CheckContext) -> Iterator[Finding]:
    """SEAL_MISSING: the contract's signature page carries no seal.

    Rule: seed 000 (二) 6. 3) (contract key pages, which include the signed and sealed page);
    seed 004 (auditors check that contracts are genuine). Decided only where extraction says
    ``has_seal``, and on a scan only when a seal was seen elsewhere in the same file (a red-seal
    detector is blind on grey scans); a contract without that field says nothing.

    Example: 合同签章页未见印章
    """
    for project, doc, fields in contracts(ctx):
        if fields.has_seal is not None and fields.has_seal.value is False and ctx.seal_absence_known(doc):
            yield Finding(
                code=Code.SEAL_MISSING,
                project_id=project.id,
                documents=[doc.id],
                declared="盖章",
                found="未见印章",
                message=f"项目「{project.name}」合同签章页未见印章",
                evidence=[evidence(doc, fields.has_seal)],
            )
