"""Who a document names as its parties, against the declared ones; the contract's parties check.

The verdict and its findings serve the invoice's seller and buyer as well (checks/invoice.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jianzheng.extract.fields.credit_code import canonical_code, codes_equivalent, is_valid_code
from jianzheng.models import Code, DocType, Document, Extracted, Finding, LicenseFields, Project

from ...compare import differs, evidence, needs_review
from ...former_names import other_names
from ...lookup import DocLine, find_name
from ...normalise import listed_names, normalise_company, plausible_party, same_company
from ...registry import CheckContext, check
from ..license import code_stated, enterprise_license


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
    confident reading, else NEEDS_REVIEW. A valid credit code printed under party B's name
    decides who signed: the enterprise's code is the enterprise under any name (a renamed firm);
    another company's code (not a branch's), the enterprise's own code printed nowhere, is
    another company however alike the names (GB 32100-2015).

    Example: 合同乙方与申报企业不一致：申报「新疆天山云数信息技术有限公司」，合同「新疆某某科技有限公司」
    """
    assert ctx.declaration is not None
    enterprise = ctx.declaration.enterprise.name
    declared_code = ctx.declaration.enterprise.credit_code
    for project, doc, fields in ctx.contracts():
        code = party_code(ctx.lines(doc), fields.party_b)
        if code is not None and declared_code and codes_equivalent(code, declared_code):
            as_b = []  # the enterprise by its code, whatever name it signed under (a renamed firm)
        elif (
            code is not None
            and declared_code
            and is_valid_code(canonical_code(declared_code))
            and fields.party_b is not None
            and ctx.unsure_why(doc, fields.party_b) is None
            and not branch_of(fields.party_b, enterprise)
            # The enterprise's name to the letter, or the code its own licence prints: the declared
            # code is what is wrong (CREDIT_CODE_MISMATCH says so: jinghe seed 1, a branch's code
            # declared), not who signed.
            and normalise_company(fields.party_b.value) != normalise_company(enterprise)
            and not _licence_code(ctx, code)
            # The enterprise's code printed anywhere: the code under B proves nothing.
            and not code_stated(ctx.lines(doc), declared_code)
            and not (project.client and same_company(fields.party_b.value, project.client))
        ):
            as_b = [_another_code(project, doc, fields.party_b, enterprise, declared_code, code)]
        else:
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


_CODE = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")
_CODE_LABEL = re.compile(r"信用代码|纳税人识别号|组织机构代码")


def party_code(lines: list[DocLine], party: Extracted[str] | None) -> str | None:
    """The credit code a party's block prints under its name (统一社会信用代码：…), when it is a valid
    one: the first labelled code within three lines below the name, on the name's page.

    A look-alike company (新疆赛里穆… for 新疆赛里木…: jinghe seed 1) reads as a slip of the OCR by its
    name; its code, with its check character, says which legal person signed.
    """
    if party is None or party.bbox is None:
        return None
    top = party.bbox[1]
    below = [ln for ln in lines if ln.page == party.page and ln.bbox[1] >= top - 2]
    below.sort(key=lambda ln: ln.bbox[1])
    for line in below[:4]:
        if not _CODE_LABEL.search(line.text):
            continue
        for token in _CODE.findall(canonical_code(line.text)):
            if is_valid_code(token):
                return token
    return None


def _licence_code(ctx: CheckContext, code: str) -> bool:
    """Whether the enterprise's licence prints this code."""
    licence = enterprise_license(ctx)
    fields = licence.fields if licence is not None else None
    printed = fields.credit_code if isinstance(fields, LicenseFields) else None
    return printed is not None and codes_equivalent(printed.value, code)


_BRANCH = re.compile(r"(?:分公司|分支机构|办事处|分部)$")


def branch_of(party: Extracted[str] | None, enterprise: str) -> bool:
    """Whether a party is a branch of the enterprise (its name and a …分公司 after it): a branch has
    a code of its own and signs for its head office, so its code is no other company's."""
    if party is None:
        return False
    name, head = normalise_company(party.value), normalise_company(enterprise)
    return name.startswith(head) and len(name) > len(head) and bool(_BRANCH.search(name))


def _another_code(
    project: Project, doc: Document, read: Extracted[str] | None, enterprise: str, declared: str, code: str
) -> Finding:
    name = read.value if read is not None else ""
    return Finding(
        code=Code.PARTY_MISMATCH,
        project_id=project.id,
        documents=[doc.id],
        declared=f"{enterprise}（{declared}）",
        found=f"{name}（{code}）",
        message=(
            f"合同乙方与申报企业不一致：申报「{enterprise}」统一社会信用代码 {declared}，"
            f"合同乙方「{name}」统一社会信用代码 {code}"
        ),
        evidence=[evidence(doc, read)],
    )
