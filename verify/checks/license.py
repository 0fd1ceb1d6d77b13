"""Checks on the business license: present, the declaring company's, valid, in force, as declared."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from jianzheng.extract.fields.credit_code import canonical_code, codes_equivalent, is_valid_code
from jianzheng.models import (
    Code,
    Declaration,
    DocType,
    Document,
    Extracted,
    Finding,
    LicenseFields,
    format_money,
)
from jianzheng.models.text import fold

from ..compare import declared_evidence, evidence, field_agrees, settle, unit_of, wan
from ..lookup import DocLine, find_amount, find_date, find_name
from ..normalise import (
    company_similarity,
    could_be_misread,
    cut_short,
    normalise_company,
    plausible_party,
    same_company,
    same_person,
)
from ..registry import CheckContext, check
from ..rules import rules


def enterprise_license(ctx: CheckContext) -> Document | None:
    """The business license that best fits the declaring enterprise (there may be others')."""
    licenses = ctx.of_type(DocType.business_license)
    if not licenses or ctx.declaration is None:
        return licenses[0] if licenses else None
    enterprise = ctx.declaration.enterprise

    def fit(doc: Document) -> float:
        fields = doc.fields
        assert isinstance(fields, LicenseFields)
        score = 0.0
        if fields.company_name is not None:
            score += company_similarity(fields.company_name.value, enterprise.name)
        if fields.credit_code is not None and enterprise.credit_code:
            score += 1.0 if codes_equivalent(fields.credit_code.value, enterprise.credit_code) else 0.0
        return score

    return max(licenses, key=fit)


def _fields(doc: Document) -> LicenseFields:
    assert isinstance(doc.fields, LicenseFields)
    return doc.fields


@check(Code.LICENSE_MISSING)
def license_missing(ctx: CheckContext) -> Iterator[Finding]:
    """LICENSE_MISSING: no business license among the attachments.

    中文：提交材料中没有营业执照。

    Rule: seed 000, 操作流程及数据填报说明 (二) 6. 附件上传 1) 营业执照: the license is the
    first attachment every filing uploads.

    Example: 提交材料中没有营业执照
    """
    assert ctx.declaration is not None
    if ctx.of_type(DocType.business_license):
        return
    yield Finding(
        code=Code.LICENSE_MISSING,
        declared=ctx.declaration.enterprise.name,
        found="无",
        message="提交材料中没有营业执照",
        evidence=[declared_evidence("enterprise.name", ctx.declaration.enterprise.name)],
    )


@check(Code.LICENSE_NAME_MISMATCH, Code.NEEDS_REVIEW)
def license_name(ctx: CheckContext) -> Iterator[Finding]:
    """LICENSE_NAME_MISMATCH: the license's company name is not the declared enterprise.

    中文：营业执照上的企业名称与申报企业名称不一致。

    Rule: seed 000 section 6 (the license of the declaring enterprise); seed 004 (auditors
    check license changes). Names compare after normalisation (full/half width, brackets,
    有限公司/有限责任公司). A character or two apart is an OCR slip only where the scan was read
    unsure; read surely it gives NEEDS_REVIEW, and on a text layer it is the finding.

    Example: 营业执照企业名称与申报不一致：申报「新疆天山云数信息技术有限公司」，执照「新疆天山云数科技有限公司」
    """
    assert ctx.declaration is not None
    doc = enterprise_license(ctx)
    if doc is None or (name := _fields(doc).company_name) is None:
        return
    declared = ctx.declaration.enterprise.name
    if same_company(name.value, declared) or find_name(ctx.lines(doc), declared) is not None:
        if _spelt(ctx, doc, declared) or normalise_company(name.value) == normalise_company(declared):
            return
        if doc.text_source != "text" and name.confidence < rules().names.slip_below:
            return  # a character or two misread
        # Read surely, a character or two apart: the declared name is nowhere on the licence.
        why = (
            None
            if doc.text_source == "text"
            else "执照名称与申报名称相差一两个字且识别确定，可能是另一家企业"
        )
        yield settle(why, _name_finding(doc, name, declared), subject="营业执照企业名称", doc=doc, field=name)
        return
    why = ctx.unsure_why(doc, name)
    if not plausible_party(name.value):
        why = "读到的名称不像单位名称"
    elif cut_short(name.value, declared) or (
        doc.text_source != "text" and could_be_misread(name.value, declared)
    ):
        why = "读到的名称是申报名称的一部分，可能换行或被遮挡而未读全"
    yield settle(why, _name_finding(doc, name, declared), subject="营业执照企业名称", doc=doc, field=name)


def _name_finding(doc: Document, name: Extracted[str], declared: str) -> Finding:
    return Finding(
        code=Code.LICENSE_NAME_MISMATCH,
        documents=[doc.id],
        declared=declared,
        found=name.value,
        message=f"营业执照企业名称与申报不一致：申报「{declared}」，执照「{name.value}」",
        evidence=[evidence(doc, name)],
    )


def _spelt(ctx: CheckContext, doc: Document, declared: str) -> bool:
    """Whether the licence spells the declared name letter for letter (normalised) on one of its lines."""
    target = normalise_company(declared)
    return any(target in normalise_company(line.text) for line in ctx.lines(doc))


_CODE_TOKEN = re.compile(r"[0-9A-Z]{18}")


def _raw_code(text: str) -> str | None:
    """The 18-character code in a field's source text, as read (letters outside the alphabet mapped)."""
    tokens = _CODE_TOKEN.findall(canonical_code(text))
    return tokens[0] if len(tokens) == 1 else None


@check(Code.CREDIT_CODE_INVALID, Code.CREDIT_CODE_MISMATCH, Code.NEEDS_REVIEW)
def license_credit_code(ctx: CheckContext) -> Iterator[Finding]:
    """CREDIT_CODE_INVALID / CREDIT_CODE_MISMATCH: the license's unified social credit code.

    中文：营业执照统一社会信用代码校验位不对，或与申报的代码不一致。

    Rule: GB 32100-2015 (check character, via python-stdnum's cn.uscc) and CONTRACT 2.3.
    Characters the code never uses (I O S V Z) are read as what they stand for, and a printed
    code that differs from the declared one only by OCR-confusable characters (8/B, 0/D, …,
    rules/inspection.toml) is a misreading, neither invalid nor a mismatch. A code of the wrong
    length read by OCR is left alone (the reading, not the code, is in doubt). When the
    characters of the source text are exactly the declared code, their check character decides
    even if the reader normalised the value towards a valid code. An unsure reading (OCR
    confidence low) is no evidence of an invalid code: NEEDS_REVIEW, and only once where it is
    also compared with the declared code.

    Example: 营业执照统一社会信用代码与申报不一致：申报 91650100MA78XXXXXX，执照 91650100MA78YYYYYY
    """
    assert ctx.declaration is not None
    doc = enterprise_license(ctx)
    if doc is None or (code := _fields(doc).credit_code) is None:
        return
    printed = canonical_code(code.value)
    declared = ctx.declaration.enterprise.credit_code
    misread = (
        declared is not None
        and is_valid_code(canonical_code(declared))
        and codes_equivalent(printed, declared)
    )
    decidable = len(printed) == 18 or doc.text_source == "text"
    raw = _raw_code(code.text)
    # A reader may have "corrected" the code towards a valid one; when the characters as
    # read are exactly the declared code, no misreading is involved and their check decides.
    as_read = raw is not None and declared is not None and raw == canonical_code(declared)
    invalid = (decidable and not misread and not is_valid_code(printed)) or (
        raw is not None and as_read and not is_valid_code(raw)
    )
    differs = bool(
        declared and not codes_equivalent(printed, declared) and not code_stated(ctx.lines(doc), declared)
    )
    why = ctx.unsure_why(doc, code)
    if declared is not None and (as_read or printed == canonical_code(declared)):
        # An unsure reading that is the declared code character for character: the filing states
        # the code twice alike, and its check character decides (jinghe seed 1's phone photo).
        why = None
    # An unsure reading (OCR confidence low) says nothing of the printed code's check character:
    # it is for a reviewer, once, under the comparison with the declared code when that is made.
    if invalid and (why is None or not differs):
        shown = raw if as_read and raw else code.value
        yield settle(
            why,
            Finding(
                code=Code.CREDIT_CODE_INVALID,
                documents=[doc.id],
                declared=declared,
                found=shown,
                message=f"营业执照统一社会信用代码 {shown} 未通过 GB 32100-2015 校验位检查",
                evidence=[evidence(doc, code)],
            ),
            subject="营业执照统一社会信用代码校验",
            doc=doc,
            field=code,
        )
    if differs:
        yield settle(
            why,
            Finding(
                code=Code.CREDIT_CODE_MISMATCH,
                documents=[doc.id],
                declared=declared,
                found=code.value,
                message=f"营业执照统一社会信用代码与申报不一致：申报 {declared}，执照 {code.value}",
                evidence=[evidence(doc, code)],
            ),
            subject="营业执照统一社会信用代码",
            doc=doc,
            field=code,
        )


def code_stated(lines: list[DocLine], declared: str) -> bool:
    """Whether any of a document's lines (a licence's, with its QR code's text) prints the code."""
    target = canonical_code(declared)
    return any(
        codes_equivalent(token, target)
        for line in lines
        for token in _CODE_TOKEN.findall(canonical_code(line.text))
    )


@check(Code.LICENSE_EXPIRED, Code.NEEDS_REVIEW)
def license_expired(ctx: CheckContext) -> Iterator[Finding]:
    """LICENSE_EXPIRED: the license's term ended before the end of the inspection year.

    中文：营业执照的营业期限在年检年度结束前届满。

    Rule: CONTRACT 2.3; seed 004 (a certificate holder must stay a legally registered company).
    A term of 长期 never ends.

    Example: 营业执照营业期限至 2024-06-30，早于 2024 年度年检截止日 2024-12-31
    """
    assert ctx.declaration is not None
    doc = enterprise_license(ctx)
    if doc is None or (until := _fields(doc).valid_until) is None or not isinstance(until.value, dt.date):
        return
    year_end = dt.date(ctx.declaration.enterprise.inspection_year, 12, 31)
    if until.value < year_end:
        yield settle(
            ctx.unsure_why(doc, until),
            Finding(
                code=Code.LICENSE_EXPIRED,
                documents=[doc.id],
                declared=year_end.isoformat(),
                found=until.value.isoformat(),
                message=(
                    f"营业执照营业期限至 {until.value.isoformat()}，"
                    f"早于 {year_end.year} 年度年检截止日 {year_end.isoformat()}"
                ),
                evidence=[evidence(doc, until)],
            ),
            subject="营业执照营业期限",
            doc=doc,
            field=until,
            declared=f"至少至 {year_end.isoformat()}",
        )


def _field_mismatches(
    ctx: CheckContext, declaration: Declaration, doc: Document
) -> Iterator[tuple[str, str, str, str]]:
    fields = _fields(doc)
    lines = ctx.lines(doc)
    enterprise = declaration.enterprise
    if fields.legal_representative is not None and enterprise.legal_representative:
        if not same_person(fields.legal_representative.value, enterprise.legal_representative) and not any(
            fold(enterprise.legal_representative) in fold(line.text) for line in lines
        ):
            yield (
                "legal_representative",
                "法定代表人",
                enterprise.legal_representative,
                fields.legal_representative.value,
            )
    if fields.registered_capital is not None and enterprise.registered_capital is not None:
        unit = unit_of(declaration, "enterprise.registered_capital")
        if not field_agrees(fields.registered_capital, enterprise.registered_capital, unit) and (
            find_amount(lines, enterprise.registered_capital, unit) is None
        ):
            yield (
                "registered_capital",
                "注册资本",
                wan(enterprise.registered_capital),
                wan(fields.registered_capital.value),
            )
    if fields.established_on is not None and enterprise.established_on is not None:
        if fields.established_on.value != enterprise.established_on and (
            find_date(lines, enterprise.established_on) is None
        ):
            yield (
                "established_on",
                "成立日期",
                enterprise.established_on.isoformat(),
                fields.established_on.value.isoformat(),
            )


@check(Code.LICENSE_FIELD_MISMATCH, Code.NEEDS_REVIEW)
def license_fields(ctx: CheckContext) -> Iterator[Finding]:
    """LICENSE_FIELD_MISMATCH: legal representative, registered capital or founding date differ.

    中文：营业执照的法定代表人、注册资本或成立日期与申报不一致。

    Rule: CONTRACT 1.1 (enterprise block) and 2.3; seed 004 (auditors look for license changes
    not reported). Capital compares by the money precision rule; one finding per field.

    Example: 营业执照注册资本与申报不一致：申报 1000.00 万元，执照 500.00 万元
    """
    assert ctx.declaration is not None
    doc = enterprise_license(ctx)
    if doc is None:
        return
    for key, label, declared, found in _field_mismatches(ctx, ctx.declaration, doc):
        field = getattr(_fields(doc), key)
        raw_declared = getattr(ctx.declaration.enterprise, key)
        yield settle(
            ctx.unsure_why(doc, field),
            Finding(
                code=Code.LICENSE_FIELD_MISMATCH,
                documents=[doc.id],
                declared=format_money(raw_declared) if key == "registered_capital" else declared,
                found=format_money(field.value) if key == "registered_capital" else found,
                message=f"营业执照{label}与申报不一致：申报 {declared}，执照 {found}",
                evidence=[evidence(doc, field)],
            ),
            subject=f"营业执照{label}",
            doc=doc,
            field=field,
            declared=declared,
            found=found,
        )
