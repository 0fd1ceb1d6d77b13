"""QR_MISMATCH: a decoded QR payload (invoice, business license) against the printed text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from stdnum.cn import uscc

from jianzheng.extract.fields.credit_code import canonical_code, codes_equivalent
from jianzheng.extract.qr import parse_invoice_qr
from jianzheng.models import Code, Document, Finding, InvoiceFields, LicenseFields
from jianzheng.models.money import find_amounts
from jianzheng.models.text import fold, normalise

from ..compare import evidence
from ..lookup import DocLine
from ..registry import CheckContext, check
from ..rules import rules

_CODE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])")


def qr_amount_agrees(qr_amount: Decimal, printed_total: Decimal) -> bool:
    """Whether a QR amount fits the printed total: equal, or the amount before one VAT rate.

    On VAT invoices the QR holds the amount before tax while 价税合计 includes it; tax is
    rounded per line, so the recomputed total may be off by the rules' rounding allowance,
    which grows with the total (many lines, many roundings).
    """
    if qr_amount == printed_total:
        return True
    rules_ = rules().invoices
    allowance = max(rules_.vat_rounding, printed_total * rules_.vat_rounding_share)
    return any(abs(qr_amount * (1 + rate) - printed_total) <= allowance for rate in rules_.vat_rates)


def _same_number(qr_number: str, printed: str) -> bool:
    a, b = fold(qr_number), fold(printed)
    return a == b or (len(a) >= 8 and len(b) >= 8 and (a.endswith(b) or b.endswith(a)))


def _shown(lines: list[DocLine], amount: Decimal) -> bool:
    """Whether the invoice prints a total the QR amount fits anywhere (in figures or in capital
    numerals: OCR may have lost the 1 of ¥1,296,000.00 while 壹佰贰拾玖万陆仟元整 stands beside it)."""
    return any(
        found.value is not None and qr_amount_agrees(amount, found.value)
        for line in lines
        for found in find_amounts(line.text)
    )


def _invoice_disagreements(fields: InvoiceFields, payload: str, lines: list[DocLine]) -> list[str]:
    number, amount, date = parse_invoice_qr(payload)
    problems = []
    if number and fields.invoice_number is not None and not _same_number(number, fields.invoice_number.value):
        problems.append(f"发票号码 二维码 {number}，票面 {fields.invoice_number.value}")
    if (
        amount is not None
        and fields.total_amount is not None
        and not qr_amount_agrees(amount, fields.total_amount.value)
        and not _shown(lines, amount)
    ):
        problems.append(f"金额 二维码 {amount}，票面 {fields.total_amount.value}")
    if date is not None and fields.issued_on is not None and date != fields.issued_on.value:
        problems.append(f"开票日期 二维码 {date.isoformat()}，票面 {fields.issued_on.value.isoformat()}")
    return problems


def _project_of(ctx: CheckContext, doc: Document) -> str | None:
    return next((m.project_id for m in ctx.matches if doc.id in m.documents), None)


@check(Code.QR_MISMATCH, needs_declaration=False)
def qr_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """QR_MISMATCH: what a QR code says disagrees with the printed text.

    中文：二维码内容与票面或执照上印的文字不一致。

    Rule: seed 004 (forged or altered documents; the QR code is printed by the issuing
    system and is rarely edited along with the text); CONTRACT 2.3. Invoices: number, amount
    (equal to 价税合计 or the amount before one VAT rate) and date. Business licenses: the
    credit code in the QR link, where the link carries one. An amount the invoice prints anywhere
    (the total in capital numerals beside a misread figure) agrees.

    Example: 发票二维码与票面不一致：金额 二维码 12000.00，票面 120000.00
    """
    for doc in ctx.documents:
        fields = doc.fields
        if isinstance(fields, InvoiceFields) and fields.qr is not None:
            problems = _invoice_disagreements(fields, fields.qr.value, ctx.lines(doc))
            if problems:
                yield Finding(
                    code=Code.QR_MISMATCH,
                    project_id=_project_of(ctx, doc),
                    documents=[doc.id],
                    declared=fields.qr.value,
                    found="；".join(problems),
                    message="发票二维码与票面不一致：" + "；".join(problems),
                    evidence=[evidence(doc, fields.qr)]
                    + [
                        evidence(doc, f)
                        for f in (fields.invoice_number, fields.total_amount, fields.issued_on)
                        if f
                    ],
                )
        elif isinstance(fields, LicenseFields) and fields.qr is not None and fields.credit_code is not None:
            codes = [c for c in _CODE.findall(normalise(fields.qr.value).upper()) if uscc.is_valid(c)]
            if codes and not any(codes_equivalent(fields.credit_code.value, c) for c in codes):
                yield Finding(
                    code=Code.QR_MISMATCH,
                    documents=[doc.id],
                    declared=codes[0],
                    found=canonical_code(fields.credit_code.value),
                    message=(
                        f"营业执照二维码中的统一社会信用代码 {codes[0]} 与票面 {fields.credit_code.value} 不一致"
                    ),
                    evidence=[evidence(doc, fields.qr), evidence(doc, fields.credit_code)],
                )
