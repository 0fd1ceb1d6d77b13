"""Comparing found values with declared ones: the money rule, certainty, and evidence from fields.

The money rule is CONTRACT 1.1's and lives in models/money/precision.py: two
amounts agree when they are equal at the coarser of their two precisions. This
module finds the two precisions. A declared figure's unit comes from Declaration.precision (filled by the importer, e.g. Decimal("100")
for a figure typed as 245.00 万元; a path it does not list falls back to the data
file's default, one fen); a printed figure's unit is the place value of its last
digit as printed (396.29万元: 100 yuan; 贰佰伍拾万元整: one yuan).

Certainty is CONTRACT 2's: an error asserts the filing is wrong, so a check
raises one only on a reading it can trust; otherwise it says NEEDS_REVIEW with
what it read, where, and why it could not decide.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jianzheng.models import (
    Code,
    Declaration,
    Document,
    Evidence,
    Extracted,
    Finding,
    Page,
    TextSource,
    format_wan,
)
from jianzheng.models.money import amounts_agree, find_amounts, money_precision

from .normalise import company_similarity, could_be_misread, cut_short, plausible_party, same_company
from .rules import rules


def unit_of(declaration: Declaration | None, path: str) -> Decimal:
    """The unit of the declared figure at ``path`` ("projects.P1.contract_amount")."""
    if declaration is not None and path in declaration.precision:
        unit = declaration.precision[path]
        if unit > 0:
            return unit
    return rules().money.default_unit


_TABLE_FACTORS = (Decimal(10_000), Decimal(1_000))
"""Statements printed in 万元 or 千元 (the unit stands in the header): a cell's figure times these."""


def field_unit(field: Extracted[Decimal]) -> Decimal:
    """The precision a money field was printed at, from its quoted text.

    The amount in the text that reads as the field's value gives it (the finest such spelling
    where a line prints the amount twice, in capital numerals and figures); a figure of a table
    kept in 万元 or 千元 gives its own precision times the table's unit. Without a text, the
    default unit (one fen).
    """
    return precision_in(field.text, field.value)


def precision_in(text: str | None, value: Decimal) -> Decimal:
    """The precision ``value`` was printed at in ``text`` (field_unit's reading, for one of several
    values a field quotes: a fee table's fees); one fen where the text does not show it."""
    default = rules().money.default_unit
    if not text:
        return default
    # Compared unsigned: a loss printed in accounting brackets, (2,328), is read as -2,328.
    value = abs(value)
    units = [
        money_precision(a.text)
        for a in find_amounts(text, bare=True)
        if a.value is not None and abs(a.value) == value
    ]
    if units:
        return min(units)
    for factor in _TABLE_FACTORS:
        scaled = [
            money_precision(a.text) * factor
            for a in find_amounts(text, bare=True)
            if a.value is not None and abs(a.value) * factor == value
        ]
        if scaled:
            return min(scaled)
    return default


def field_agrees(field: Extracted[Decimal], declared: Decimal, declared_unit: Decimal) -> bool:
    """Whether a money field read on a document agrees with a declared amount (CONTRACT 1.1)."""
    return amounts_agree(field.value, field_unit(field), declared, declared_unit)


def on_text_layer(page: Page | None, doc: Document) -> bool:
    """Whether a reading on the page (or, without one, anywhere in the document) is its text layer, not OCR."""
    return doc.text_source == TextSource.text and (page is None or page.text_source == TextSource.text)


def unsure_why(page: Page | None, doc: Document, field: Extracted[Any] | None) -> str | None:
    """Why a reading cannot carry an error (CONTRACT 2); None when it can.

    A field never read, read on a page too poor to trust (SCAN_QUALITY_LOW), or read by OCR
    below the confidence rules/inspection.toml sets, is no plain statement of the document.
    """
    if field is None:
        return "未能读到该项"
    if page is not None and page.quality is not None and not page.quality.readable:
        return f"第 {field.page} 页扫描质量过低"
    if not on_text_layer(page, doc) and field.confidence < rules().certainty.min_confidence:
        return f"识别置信度低（{field.confidence:.2f}）"
    return None


def needs_review(
    *,
    check: Code,
    subject: str,
    why: str,
    doc: Document | None = None,
    field: Extracted[Any] | None = None,
    project_id: str | None = None,
    declared: str | None = None,
    found: str | None = None,
    proof: list[Evidence] | None = None,
) -> Finding:
    """A NEEDS_REVIEW finding: which check, what was read where, and why it could not decide.

    It asserts nothing about the filing (CONTRACT 2.3); it tells the reviewer where to look.
    """
    where = f"（第 {field.page} 页）" if field is not None else ""
    read = f"，读到「{found}」{where}" if found else "，文件中未读到可比对的内容"
    shown = f"申报「{declared}」" if declared else ""
    message = f"无法自动判定：{subject}{'：' + shown if shown else ''}{read}；原因：{why}。请人工核对。"
    if proof is None:
        proof = [evidence(doc, field)] if doc is not None else []
    return Finding(
        code=Code.NEEDS_REVIEW,
        check=check,
        project_id=project_id,
        documents=[doc.id] if doc is not None else [],
        declared=declared,
        found=found,
        message=message,
        evidence=proof,
    )


def wan(value: Decimal) -> str:
    """An amount as reviewers read it: "245.00 万元"."""
    return format_wan(value)


def evidence(document: Document, field: Extracted[Any] | None) -> Evidence:
    """Where a field was read: the document, page, box and quoted text."""
    if field is None:
        return Evidence(
            document=document.id, file=document.file, page=document.pages[0] if document.pages else None
        )
    return Evidence(
        document=document.id,
        file=document.file,
        page=field.page,
        bbox=field.bbox,
        text=field.text or str(field.value),
    )


def seal_missing(project_id: str, doc: Document, has_seal: Extracted[bool], message: str) -> Finding:
    """SEAL_MISSING for a document whose extraction read no seal on it (contract, acceptance report)."""
    return Finding(
        code=Code.SEAL_MISSING,
        project_id=project_id,
        documents=[doc.id],
        declared="盖章",
        found="未见印章",
        message=message,
        evidence=[evidence(doc, has_seal)],
    )


def declared_evidence(path: str, value: object) -> Evidence:
    """Evidence for a finding about the declaration itself: the form field and its value."""
    return Evidence(text=f"申报数据 {path} = {value}")


def differs(found: Extracted[str], declared: str, doc: Document) -> bool:
    """Whether a party read on a document names another company than the declared one.

    On a scan, a reading that may be the declared name misread cannot decide
    (PARTY_MISMATCH is an error; a misreading is none): a shorter one with
    characters lost under a seal, or an unsure one (read under a seal, low
    confidence) that is still close to the declared name.
    """
    name = found.value
    if not plausible_party(name) or same_company(name, declared) or cut_short(name, declared):
        return False
    if doc.text_source == TextSource.text:
        return True
    names = rules().names
    unsure = (
        found.confidence < names.unsure_below and company_similarity(name, declared) >= names.unsure_same_min
    )
    return not (unsure or could_be_misread(name, declared))


def settle(
    why: str | None,
    finding: Finding,
    *,
    subject: str,
    doc: Document,
    field: Extracted[Any] | None,
    declared: str | None = None,
    found: str | None = None,
) -> Finding:
    """The error a check found if its reading is certain (``why`` is None), else NEEDS_REVIEW.

    CONTRACT 2: the same discrepancy is an error on a plain reading and a question on an
    unsure one; the question names the check (the finding's code), says what was read where
    (``declared``/``found`` as a reviewer reads them, the finding's own by default) and why.
    """
    if why is None:
        return finding
    return needs_review(
        check=finding.code,
        subject=subject,
        why=why,
        doc=doc,
        field=field,
        project_id=finding.project_id,
        declared=declared if declared is not None else finding.declared,
        found=found if found is not None else finding.found,
        proof=list(finding.evidence),
    )
