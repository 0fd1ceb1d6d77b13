"""The stamped declaration form (申报表盖章版) against the declaration it was printed from.

Seed 000 (流程; (二) 8. 2)): once the filing passes review the enterprise downloads the form,
stamps it and uploads it back. The stamped form must say what was declared and carry the
enterprise's seal. Precision first (CONTRACT 2): a field counts against the declaration only
when it was read surely at its labelled place and the declared value is printed nowhere on the
form (money equal at the coarser of the two precisions, CONTRACT 1.1); a field unread or unsure
is a NEEDS_REVIEW warning, never an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum
from typing import Any

from jianzheng.extract.fields.credit_code import canonical_code, codes_equivalent
from jianzheng.models import (
    Code,
    Declaration,
    DeclarationFormFields,
    DocType,
    Document,
    Extracted,
    Finding,
    FormFinanceRow,
    TextSource,
    format_money,
)
from jianzheng.models.money import amounts_agree, find_amounts, money_precision
from jianzheng.models.text import fold

from ..compare import differs, evidence, unit_of, wan
from ..normalise import same_company
from ..registry import CheckContext, check
from ..rules import rules

WAN = Decimal(10_000)
_FIGURES = {
    "operating_revenue": "营业收入",
    "system_integration_revenue": "系统集成收入",
    "net_profit": "净利润",
}


class Verdict(Enum):
    same = "same"
    differs = "differs"
    unsure = "unsure"


@dataclass(frozen=True)
class Item:
    """One field's comparison: what was declared, what the form says, where."""

    verdict: Verdict
    label: str
    declared: str
    found: str
    field: Extracted[Any] | None
    raw_declared: str | None = None
    """The declared value for the finding's ``declared`` (money with two decimals); else ``declared``."""
    raw_found: str | None = None

    @property
    def values(self) -> tuple[str, str]:
        """Declared and found as the finding records them."""
        return self.raw_declared or self.declared, self.raw_found or self.found


@dataclass(frozen=True)
class Printed:
    """Every figure the form prints, in yuan with the unit of its last digit, read as 元 and as 万元
    (a table's unit may be in a header the figure does not carry)."""

    amounts: list[tuple[Decimal, Decimal]]
    text: str

    def shows(self, declared: Decimal, unit: Decimal) -> bool:
        """Whether the declared amount is printed anywhere on the form."""
        return any(amounts_agree(value, step, declared, unit) for value, step in self.amounts)

    def step_of(self, value: Decimal) -> Decimal:
        """The coarsest unit a figure equal to ``value`` was printed to (one fen when none is)."""
        return max((step for found, step in self.amounts if found == value), default=Decimal("0.01"))


def printed(ctx: CheckContext, doc: Document) -> Printed:
    """The form's words, from its pages (or, without pages, from its fields' quoted text)."""
    texts: list[str] = []
    for number in doc.pages:
        page = ctx.pages.get((doc.file, number))
        if page is not None:
            texts += [word.text for word in page.words]
    if not texts:
        texts = [f.text for _, f in doc.fields if isinstance(f, Extracted) and f.text]
    amounts: list[tuple[Decimal, Decimal]] = []
    for text in texts:
        for amount in find_amounts(text, bare=True):
            if amount.kind != "figure" or amount.value is None:
                continue
            step = money_precision(amount.text)
            amounts.append((amount.value, step))
            if "万" not in amount.text:
                amounts.append((amount.value * WAN, step * WAN))
    return Printed(amounts, fold("".join(texts)))


def _sure(field: Extracted[Any]) -> bool:
    # The one certainty bar of every check (rules/inspection.toml [certainty], CONTRACT 2).
    return field.confidence >= rules().certainty.min_confidence


def compare_money(
    label: str,
    field: Extracted[Any] | None,
    found: Decimal | None,
    declared: Decimal,
    unit: Decimal,
    form: Printed,
) -> Item:
    """A declared amount against the form's, at the coarser of the two precisions."""
    if field is None or found is None:
        return Item(Verdict.unsure, label, wan(declared), "未读出", field, format_money(declared))
    raw = (format_money(declared), format_money(found))
    if amounts_agree(found, form.step_of(found), declared, unit):
        return Item(Verdict.same, label, wan(declared), wan(found), field, *raw)
    plain = _sure(field) and not form.shows(declared, unit)
    return Item(Verdict.differs if plain else Verdict.unsure, label, wan(declared), wan(found), field, *raw)


def compare_value(label: str, field: Extracted[Any] | None, declared: object) -> Item:
    """A declared count or grade against the form's."""
    if field is None:
        return Item(Verdict.unsure, label, str(declared), "未读出", field)
    if field.value == declared:
        return Item(Verdict.same, label, str(declared), str(field.value), field)
    return Item(
        Verdict.differs if _sure(field) else Verdict.unsure, label, str(declared), str(field.value), field
    )


def compare_name(doc: Document, field: Extracted[str] | None, declared: str, form: Printed) -> Item:
    """The enterprise's name: a misreading under a seal or one edit away is no other company."""
    if field is None:
        return Item(Verdict.unsure, "企业名称", declared, "未读出", field)
    if same_company(field.value, declared):
        return Item(Verdict.same, "企业名称", declared, field.value, field)
    plain = differs(field, declared, doc) and _sure(field) and fold(declared) not in form.text
    return Item(Verdict.differs if plain else Verdict.unsure, "企业名称", declared, field.value, field)


def compare_code(doc: Document, field: Extracted[str] | None, declared: str, form: Printed) -> Item:
    """The credit code, OCR's confusable characters allowed for; on a scan, one character off is
    a misreading as likely as another code."""
    if field is None:
        return Item(Verdict.unsure, "统一社会信用代码", declared, "未读出", field)
    if codes_equivalent(field.value, declared):
        return Item(Verdict.same, "统一社会信用代码", declared, field.value, field)
    read, wanted = canonical_code(field.value), canonical_code(declared)
    one_off = len(read) == len(wanted) and sum(a != b for a, b in zip(read, wanted, strict=True)) <= 1
    misread = doc.text_source != TextSource.text and one_off
    plain = _sure(field) and not misread and wanted not in canonical_code(form.text)
    return Item(
        Verdict.differs if plain else Verdict.unsure, "统一社会信用代码", declared, field.value, field
    )


def compare_finance(
    declaration: Declaration, field: Extracted[list[FormFinanceRow]] | None, form: Printed
) -> Iterator[Item]:
    """Each declared year's figures against the form's row of that year."""
    rows = {row.year: row for row in field.value} if field is not None else {}
    for year in declaration.finance:
        row = rows.get(year.year)
        for key, name in _FIGURES.items():
            declared: Decimal | None = getattr(year, key)
            if declared is None:
                continue
            label = f"{year.year} 年{name}"
            found = getattr(row, key) if row is not None else None
            unit = unit_of(declaration, f"finance.{year.year}.{key}")
            yield compare_money(label, field if row is not None else None, found, declared, unit, form)


def compare_projects(
    declaration: Declaration, fields: DeclarationFormFields, form: Printed
) -> Iterator[Item]:
    """The number of declared projects and the sum of their contract amounts."""
    projects = declaration.projects
    yield compare_value("项目数", fields.project_count, len(projects))
    amounts = [p.contract_amount for p in projects]
    if not projects or any(a is None for a in amounts):
        return
    total = sum((a for a in amounts if a is not None), Decimal(0))
    # A sum is as precise as its coarsest term.
    unit = max(unit_of(declaration, f"projects.{p.id}.contract_amount") for p in projects)
    found = fields.project_total.value if fields.project_total is not None else None
    yield compare_money("合同金额合计", fields.project_total, found, total, unit, form)


def compare_form(ctx: CheckContext, doc: Document, fields: DeclarationFormFields) -> list[Item]:
    """Every comparison of one form with the declaration."""
    declaration = ctx.declaration
    assert declaration is not None
    enterprise = declaration.enterprise
    form = printed(ctx, doc)
    items = [compare_name(doc, fields.company_name, enterprise.name, form)]
    if enterprise.credit_code:
        items.append(compare_code(doc, fields.credit_code, enterprise.credit_code, form))
    if enterprise.grade is not None:
        items.append(compare_value("资质等级", fields.grade, enterprise.grade.value))
    for label, key in (("技术人员总数", "technical_total"), ("持证项目经理人数", "certified_total")):
        declared = getattr(enterprise.staff, key)
        if declared is not None:
            items.append(compare_value(label, getattr(fields, key), declared))
    items += compare_finance(declaration, fields.finance, form)
    items += compare_projects(declaration, fields, form)
    seal = fields.has_seal
    if seal is not None and seal.value is False:
        known = ctx.seal_absence_known(doc, certain=True)
        items.append(
            Item(Verdict.differs if known else Verdict.unsure, "企业印章", "加盖企业印章", "未见印章", seal)
        )
    return items


FORM_OWN = ("grade", "technical_total", "certified_total", "finance", "project_count", "project_total")
"""Fields only the declaration form prints; a document typed as one shows at least two of them."""


def looks_like_form(fields: DeclarationFormFields) -> bool:
    """Whether the document reads as a declaration form: two of the form's own fields or more."""
    return sum(getattr(fields, key) is not None for key in FORM_OWN) >= 2


def _where(doc: Document, item: Item) -> str:
    page = item.field.page if item.field is not None else (doc.pages[0] if doc.pages else "?")
    return f"第 {page} 页"


def _evidence(doc: Document, items: Iterable[Item]) -> list[Any]:
    seen: set[tuple[int | None, str]] = set()
    out = []
    for item in items:
        key = (item.field.page, item.field.text) if item.field is not None else (None, "")
        if key not in seen:
            seen.add(key)
            out.append(evidence(doc, item.field))
    return out


@check(Code.DECLARATION_FORM_MISMATCH, Code.NEEDS_REVIEW)
def declaration_form_matches(ctx: CheckContext) -> Iterator[Finding]:
    """DECLARATION_FORM_MISMATCH: the stamped declaration form differs from the declaration, or bears no seal.

    中文：盖章版申报表与申报数据不一致，或未加盖企业印章。

    Rule: seed 000 (流程: 下载并回传盖章版申报表; (二) 8. 2) 回传盖章版电子申报表) and CONTRACT 2.3.
    Compared: enterprise name, credit code, grade (乙级 = 二级), technical and certified staff,
    each declared year's revenue, system-integration revenue and net profit, the number of
    projects and their total contract amount (money at the coarser of the declared and the printed
    precision, CONTRACT 1.1). An error only for a value read surely at its label whose declared
    counterpart is printed nowhere on the form; an unread or unsure field is NEEDS_REVIEW. A missing
    seal is an error on a text layer or a scan whose file shows a seal elsewhere, NEEDS_REVIEW on
    any other scan. One finding per form lists every differing field. No form, no finding: the
    form is uploaded only after the filing passed review.

    Example: 申报表盖章版与申报数据不一致：合同金额合计 申报 802.80 万元，申报表 847.80 万元；企业印章 申报 加盖企业印章，申报表 未见印章
    """
    for doc in ctx.of_type(DocType.declaration_form):
        if not isinstance(doc.fields, DeclarationFormFields):
            continue
        items = compare_form(ctx, doc, doc.fields)
        if not looks_like_form(doc.fields):
            # A page typed as a form on little evidence plainly says nothing: every difference
            # (a missing seal included) is for a reviewer to judge.
            items = [
                i if i.verdict is not Verdict.differs else replace(i, verdict=Verdict.unsure) for i in items
            ]
        wrong = [i for i in items if i.verdict is Verdict.differs]
        unsure = [i for i in items if i.verdict is Verdict.unsure]
        if wrong:
            yield Finding(
                code=Code.DECLARATION_FORM_MISMATCH,
                documents=[doc.id],
                declared="; ".join(f"{i.label}={i.values[0]}" for i in wrong),
                found="; ".join(f"{i.label}={i.values[1]}" for i in wrong),
                message="申报表盖章版与申报数据不一致："
                + "；".join(f"{i.label} 申报 {i.declared}，申报表 {i.found}" for i in wrong),
                evidence=_evidence(doc, wrong),
            )
        if unsure:
            yield Finding(
                code=Code.NEEDS_REVIEW,
                check=Code.DECLARATION_FORM_MISMATCH,
                documents=[doc.id],
                declared="; ".join(f"{i.label}={i.values[0]}" for i in unsure),
                found="; ".join(f"{i.label}={i.values[1]}" for i in unsure),
                message="申报表盖章版核对（declaration_form.declaration_form_matches）无法确定，请人工复核："
                + "；".join(f"{i.label} 申报 {i.declared}，{_where(doc, i)}读得 {i.found}" for i in unsure),
                evidence=_evidence(doc, unsure),
            )
