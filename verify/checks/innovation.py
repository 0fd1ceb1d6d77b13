"""INNOVATION_EVIDENCE_MISSING: each declared innovation has its certificate, held by the enterprise."""

from __future__ import annotations

from collections.abc import Iterator

from jianzheng.models import Code, DocType, Document, Finding, Innovation, IpFields

from ..compare import declared_evidence, evidence
from ..normalise import plausible_party, project_similarity, same_company, same_text_id
from ..registry import CheckContext, check

TITLE_MIN = 0.85
"""How alike a certificate's title must be to the declared one when the numbers cannot decide."""


def certificate_for(innovation: Innovation, certificates: list[Document]) -> Document | None:
    """The IP certificate that backs a declared innovation: same number, else a close title."""
    best: tuple[float, Document] | None = None
    for doc in certificates:
        fields = doc.fields
        if not isinstance(fields, IpFields):
            continue
        if innovation.number and fields.number is not None:
            if same_text_id(innovation.number, fields.number.value):
                return doc
            continue
        if fields.title is not None:
            score = project_similarity(innovation.title, fields.title.value)
            if score >= TITLE_MIN and (best is None or score > best[0]):
                best = (score, doc)
    return best[1] if best else None


@check(Code.INNOVATION_EVIDENCE_MISSING)
def innovations(ctx: CheckContext) -> Iterator[Finding]:
    """INNOVATION_EVIDENCE_MISSING: a declared innovation has no certificate, or another company's.

    中文：申报的技术创新没有对应证书，或证书属于其他公司。

    Rule: seed 000 (二) 5. 企业技术创新: 所填写内容附件需上传对应证书（本年度新增）; seed 001
    (六) 2. (software products and patents count only when the enterprise itself holds them).
    A certificate matches by number where both carry one, otherwise by a close title.

    Example: 申报的技术创新「天山云数政务数据共享平台V1.0」（2024SR012345）未找到对应证书
    """
    assert ctx.declaration is not None
    enterprise = ctx.declaration.enterprise.name
    certificates = ctx.of_type(DocType.ip_certificate)
    for index, innovation in enumerate(ctx.declaration.innovations):
        label = f"「{innovation.title}」" + (f"（{innovation.number}）" if innovation.number else "")
        doc = certificate_for(innovation, certificates)
        if doc is None:
            yield Finding(
                code=Code.INNOVATION_EVIDENCE_MISSING,
                declared=innovation.title,
                found="无",
                message=f"申报的技术创新{label}未找到对应证书",
                evidence=[declared_evidence(f"innovations[{index}]", innovation.title)],
            )
            continue
        fields = doc.fields
        assert isinstance(fields, IpFields)
        if (
            fields.holder is not None
            and plausible_party(fields.holder.value)
            and not same_company(fields.holder.value, enterprise)
        ):
            yield Finding(
                code=Code.INNOVATION_EVIDENCE_MISSING,
                documents=[doc.id],
                declared=enterprise,
                found=fields.holder.value,
                message=f"技术创新{label}的证书权利人为「{fields.holder.value}」，不是申报企业",
                evidence=[evidence(doc, fields.holder)],
            )
