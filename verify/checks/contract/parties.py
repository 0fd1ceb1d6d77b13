"""Who a document names as its parties, against the declared ones; the contract's parties check.

The verdict and its findings serve the invoice's seller and buyer as well (checks/invoice.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from jianzheng.models import Code, DocType, Document, Extracted, Finding, Project

from ...compare import differs, evidence, needs_review
from ...former_names import other_names
from ...lookup import find_name
from ...normalise import listed_names, plausible_party, same_company
from ...registry import CheckContext, check


def party_verdict(
    ctx: CheckContext,
    doc: Document,
    read: Extracted[str] | None,
    declared: str,
    other: Extracted[str] | None = None,
    besides: tuple[str, ...] = (),
) -> tuple[str, str] | None:
    """How a party read on a document stands against the declared name.

    None: the document names the declared party (anywhere in its words, fuzzily: CONTRACT 2) or
    the reading is that party. ("error", why): the document plainly names another company at
    the party's label. ("review", why): it could not be decided (nothing readable, a reading
    that may be the declared name misread, an unsure page). ``other`` is what was read for the
    other role: a declared name that stands there (the enterprise as 甲方 of a subcontract) is
    found in the wrong role, not found. ``besides``: names (the project's) inside which the
    declared name does not count as found. A declared name listing several organisations (a merged
    row's clients) is met by any of them.
    """
    listed = listed_names(declared)
    if len(listed) > 1 and any(party_verdict(ctx, doc, read, n, other, besides) is None for n in listed):
        return None
    in_other_role = other is not None and same_company(other.value, declared)
    if not in_other_role and find_name(ctx.lines(doc), declared, besides) is not None:
        # Named somewhere, but the party's own label confidently names another organisation
        # (the client of a subcontract mentioned in its recitals): the document says two things.
        if (
            read is not None
            and ctx.unsure_why(doc, read) is None
            and plausible_party(read.value)
            and not same_company(read.value, declared)
            and differs(read, declared, doc)
        ):
            return ("review", f"当事方处写的是「{read.value}」，申报名称只出现在文件其他位置")
        return None
    # A name the filing's own papers say the party went by (a renamed firm's old contracts, a
    # client merged by 机构改革): the declared party under that name.
    others = other_names(ctx.former_names, declared)
    if any(find_name(ctx.lines(doc), name, besides) is not None for name in others if len(name) <= 40):
        return None
    if read is None or not plausible_party(read.value):
        return ("review", "文件中未找到申报名称，也未能在当事方处读到单位名称")
    if same_company(read.value, declared):
        return None
    why = ctx.unsure_why(doc, read)
    if why is not None:
        return ("review", why)
    if not differs(read, declared, doc):
        return ("review", "读到的名称可能是申报名称被印章遮挡或识别有误")
    return ("error", "")


def party_findings(
    ctx: CheckContext,
    project: Project,
    doc: Document,
    read: Extracted[str] | None,
    declared: str,
    role: str,
    subject: str,
    other: Extracted[str] | None = None,
    besides: tuple[str, ...] = (),
) -> Iterator[Finding]:
    """PARTY_MISMATCH when the document plainly names another party; NEEDS_REVIEW when unsure."""
    verdict = party_verdict(ctx, doc, read, declared, other, besides)
    if verdict is None:
        return
    kind, why = verdict
    found = read.value if read is not None else ""
    if kind == "review":
        yield needs_review(
            check=Code.PARTY_MISMATCH,
            subject=f"{doc_label(doc)}{role}",
            why=why,
            doc=doc,
            field=read,
            project_id=project.id,
            declared=declared,
            found=found,
        )
        return
    yield Finding(
        code=Code.PARTY_MISMATCH,
        project_id=project.id,
        documents=[doc.id],
        declared=declared,
        found=found,
        message=f"{doc_label(doc)}{role}与{subject}不一致：申报「{declared}」，{doc_label(doc)}「{found}」",
        evidence=[evidence(doc, read)],
    )


def doc_label(doc: Document) -> str:
    """What a reviewer calls a document of this type in a message."""
    return {DocType.contract: "合同", DocType.acceptance_report: "验收报告", DocType.invoice: "发票"}.get(
        doc.type, "文件"
    )


@check(Code.PARTY_MISMATCH, Code.NEEDS_REVIEW)
def contract_parties(ctx: CheckContext) -> Iterator[Finding]:
    """PARTY_MISMATCH: party B is not the declaring enterprise, or party A not the declared client.

    中文：合同乙方不是申报企业，或甲方不是申报的甲方单位。

    Rule: seed 000 (二) 3. (the projects are the enterprise's own, for the client it declares
    as 甲方单位); seed 004 (borrowed contracts). The declared name is first looked for in every
    line of the contract (fuzzily: widths, brackets, legal forms, a name wrapped onto the next
    line, an OCR slip); found, the party is the declared one. Otherwise the name read at the
    party's label is compared; an error only when it plainly names another company on a
    confident reading, else NEEDS_REVIEW.

    Example: 合同乙方与申报企业不一致：申报「新疆天山云数信息技术有限公司」，合同「新疆某某科技有限公司」
    """
    assert ctx.declaration is not None
    enterprise = ctx.declaration.enterprise.name
    for project, doc, fields in ctx.contracts():
        as_b = list(
            party_findings(
                ctx, project, doc, fields.party_b, enterprise, "乙方", "申报企业", other=fields.party_a
            )
        )
        yield from as_b
        # The enterprise as 甲方 (a subcontract it placed): one cause, already reported as party B.
        subcontract = fields.party_a is not None and same_company(fields.party_a.value, enterprise)
        if subcontract and any(f.code == Code.PARTY_MISMATCH for f in as_b):
            continue
        if project.client:
            # The client's name heads the project's: there it does not name 甲方.
            read_name = fields.project_name.value if fields.project_name else None
            names = tuple(n for n in (project.name, read_name) if n)
            yield from party_findings(
                ctx, project, doc, fields.party_a, project.client, "甲方", "申报甲方单位", besides=names
            )
