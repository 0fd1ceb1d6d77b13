"""Comparing found values with declared ones: the money tolerance rule, and evidence from fields.

The money rule is CONTRACT 1.1's and lives only here: a found amount matches
a declared one when, rounded to the unit of the declared figure's last digit,
it equals the declared figure. The unit comes from Declaration.precision
(filled by the importer, e.g. Decimal("100") for a figure typed as 245.00 万元);
a path it does not list falls back to the data file's default (one fen).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from jianzheng.models import Declaration, Document, Evidence, Extracted, TextSource, format_wan

from .normalise import company_similarity, could_be_misread, plausible_party, same_company
from .rules import rules


def unit_of(declaration: Declaration | None, path: str) -> Decimal:
    """The unit of the declared figure at ``path`` ("projects.P1.contract_amount")."""
    if declaration is not None and path in declaration.precision:
        unit = declaration.precision[path]
        if unit > 0:
            return unit
    return rules().money.default_unit


def round_to(value: Decimal, unit: Decimal) -> Decimal:
    """``value`` rounded half-up to a multiple of ``unit``."""
    return (value / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit


def amount_matches(found: Decimal, declared: Decimal, unit: Decimal) -> bool:
    """Whether a found amount equals the declared one at the declared figure's precision."""
    return round_to(found, unit) == round_to(declared, unit)


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
    if not plausible_party(name) or same_company(name, declared):
        return False
    if doc.text_source == TextSource.text:
        return True
    names = rules().names
    unsure = (
        found.confidence < names.unsure_below and company_similarity(name, declared) >= names.unsure_same_min
    )
    return not (unsure or could_be_misread(name, declared))
