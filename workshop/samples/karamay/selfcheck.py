"""Consistency check of a generated Karamay set: ``python -m jianzheng_workshop.samples.karamay.selfcheck DIR``.

Checks, per scenario: the declaration and truth validate; every truth file exists with the page count
the truth gives it; every page of every supported attachment has a TruthPage; document fields use the
names of CONTRACT 2.2; planted findings point at files and pages that exist; a clean filing's
declaration agrees with what its documents show (money at the coarser precision of CONTRACT 1.1).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf

from jianzheng.models import Declaration, Truth

SUPPORTED = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".ofd", ".xml"}
FIELDS = {
    "business_license": {
        "company_name",
        "credit_code",
        "legal_representative",
        "registered_capital",
        "company_type",
        "established_on",
        "valid_until",
        "address",
        "business_scope",
    },
    "audit_report": {
        "audit_firm",
        "report_number",
        "fiscal_year",
        "opinion",
        "operating_revenue",
        "net_profit",
        "system_integration_revenue",
        "consolidated",
    },
    "contract": {
        "project_name",
        "contract_number",
        "party_a",
        "party_b",
        "contract_amount",
        "amount_in_words",
        "signed_on",
        "fees",
    },
    "acceptance_report": {
        "project_name",
        "party_a",
        "party_b",
        "accepted_on",
        "conclusion",
        "has_seal",
        "third_party",
    },
    "other": {"project_name"},
}


def page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as d:
            return int(d.page_count)
    return 1


def _agree(declared: Decimal, shown: Decimal) -> bool:
    """Equal at the coarser precision: a figure that is a whole 100 yuan may be a 万元 print."""
    if declared == shown:
        return True
    if shown % 100 == 0:
        return (declared / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 100 == shown
    return False


def _clean_problems(decl: Declaration, truth: Truth) -> list[str]:
    out: list[str] = []
    ent = decl.enterprise
    docs = truth.documents
    lic = [d for d in docs if d.type == "business_license"]
    if not lic:
        out.append("no licence")
    for d in lic:
        f = d.fields
        if f.get("company_name") != ent.name or f.get("credit_code") != ent.credit_code:
            out.append("licence name/code differ from the declaration")
        if f.get("legal_representative") != ent.legal_representative:
            out.append("licence legal representative differs")
        if Decimal(str(f.get("registered_capital"))) != ent.registered_capital:
            out.append("licence capital differs")
        if f.get("established_on") != (ent.established_on.isoformat() if ent.established_on else None):
            out.append("licence establishment date differs")
        vu = f.get("valid_until")
        if vu != "长期" and str(vu) < f"{ent.inspection_year}-12-31":
            out.append("licence expired")
    audits = [d for d in docs if d.type == "audit_report"]
    for fy in decl.finance:
        match = [d for d in audits if d.fields.get("fiscal_year") == fy.year]
        if not match:
            out.append(f"no audit report for {fy.year}")
        for d in match:
            for key in ("operating_revenue", "net_profit"):
                declared = getattr(fy, key)
                if declared is not None and not _agree(declared, Decimal(str(d.fields[key]))):
                    out.append(f"audit {key} {d.fields[key]} vs declared {declared}")
    for p in decl.projects:
        contracts = [
            d for d in docs if d.project_id == p.id and d.type == "contract" and "contract_amount" in d.fields
        ]
        if not contracts:
            out.append(f"{p.id}: no contract")
            continue
        total = sum((Decimal(str(d.fields["contract_amount"])) for d in contracts), Decimal(0))
        if p.contract_amount is None or not _agree(p.contract_amount, total):
            out.append(f"{p.id}: contracts add to {total}, declared {p.contract_amount}")
        for d in contracts:
            if d.fields.get("party_b") != ent.name or d.fields.get("party_a") != p.client:
                out.append(f"{p.id}: contract parties differ")
            words = d.fields.get("amount_in_words")
            if words is not None and not str(words).startswith("人民币"):
                out.append(f"{p.id}: amount_in_words without 人民币")
            fees = d.fields.get("fees")
            if fees and len(contracts) == 1:
                for k, v in fees.items():
                    if Decimal(str(v)) != getattr(p.fees, k):
                        out.append(f"{p.id}: fee {k} {v} vs declared {getattr(p.fees, k)}")
        signed = min(str(d.fields["signed_on"]) for d in contracts)
        if p.signed_on is None or signed != p.signed_on.isoformat():
            out.append(f"{p.id}: signed_on {signed} vs declared {p.signed_on}")
        accs = [d for d in docs if d.project_id == p.id and d.type == "acceptance_report"]
        if not accs:
            out.append(f"{p.id}: no acceptance report")
        for d in accs:
            if d.fields.get("conclusion") != "passed" or d.fields.get("has_seal") is not True:
                out.append(f"{p.id}: acceptance not passed or unsealed")
        latest = max((str(d.fields.get("accepted_on")) for d in accs), default=None)
        if p.accepted_on is None or latest != p.accepted_on.isoformat():
            out.append(f"{p.id}: accepted_on {latest} vs declared {p.accepted_on}")
    return out


def check_scenario(root: Path) -> list[str]:
    """Problems found in one scenario folder (empty when it is consistent)."""
    problems: list[str] = []
    sub = root / "submission"
    try:
        decl = Declaration.model_validate_json((sub / "declaration.json").read_text(encoding="utf-8"))
        truth = Truth.model_validate(json.loads((root / "truth.json").read_text(encoding="utf-8")))
    except Exception as exc:  # a validation failure is the finding
        return [f"{root.name}: {exc}"]
    per_file = Counter(p.file for p in truth.pages)
    attachments = [p for p in sub.rglob("*") if p.is_file() and not p.name.startswith("declaration.")]
    unreadable = {f.file for f in truth.findings if f.code == "FILE_UNREADABLE"}
    for path in attachments:
        rel = path.relative_to(sub).as_posix()
        if path.suffix.lower() not in SUPPORTED:
            if rel not in unreadable:
                problems.append(f"{rel}: unsupported type without a FILE_UNREADABLE finding")
            continue
        n = page_count(path)
        if per_file.get(rel) != n:
            problems.append(f"{rel}: {n} pages, truth has {per_file.get(rel)}")
        pages = sorted(p.page for p in truth.pages if p.file == rel)
        if pages != list(range(1, n + 1)):
            problems.append(f"{rel}: truth pages {pages}")
    by_page = {(p.file, p.page): p for p in truth.pages}
    for d in truth.documents:
        if not (sub / d.file).is_file():
            problems.append(f"{d.id}: missing file {d.file}")
        for pg in d.pages:
            tp = by_page.get((d.file, pg))
            if tp is None or tp.document != d.id or tp.type != d.type:
                problems.append(f"{d.id}: page {pg} of {d.file} not in truth pages as this document")
        allowed = FIELDS.get(str(d.type), set())
        extra = set(d.fields) - allowed
        if extra:
            problems.append(f"{d.id}: fields outside CONTRACT 2.2: {sorted(extra)}")
    for f in truth.findings:
        if f.file is not None:
            if not (sub / f.file).is_file():
                problems.append(f"finding {f.code}: no file {f.file}")
            elif f.page is not None and f.page > per_file.get(f.file, 0):
                problems.append(f"finding {f.code}: page {f.page} beyond {f.file}")
        if f.project_id is not None and f.project_id not in {p.id for p in decl.projects}:
            problems.append(f"finding {f.code}: unknown project {f.project_id}")
    if truth.clean:
        if truth.findings:
            problems.append("clean scenario with findings")
        problems += _clean_problems(decl, truth)
    elif not truth.findings:
        problems.append("planted scenario without findings")
    for p in decl.projects:
        if p.fees.services_sum() != p.services_total or p.fees.total() != p.contract_amount:
            problems.append(f"{p.id}: declared fee identities broken")
    return [f"{root.name}: {m}" for m in problems]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jianzheng_workshop.samples.karamay.selfcheck DIR")
        return 2
    base = Path(argv[0])
    roots = sorted(p.parent for p in base.glob("*/truth.json"))
    problems: list[str] = []
    pages = 0
    for root in roots:
        problems += check_scenario(root)
        pages += len(json.loads((root / "truth.json").read_text(encoding="utf-8"))["pages"])
    for m in problems:
        print(m)
    print(f"{len(roots)} scenarios, {pages} pages, {len(problems)} problems")
    return 1 if problems or not roots else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
