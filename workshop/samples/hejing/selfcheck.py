"""Check a generated hejing set against itself, without the checker.

    python -m jianzheng_workshop.samples.hejing.selfcheck OUT

For every filing: truth and declaration validate; every page of every file is in truth once, scanned
exactly where there is no text layer; the fee identities hold; every truth value is printed (visibly)
on its document's pages; and the discrepancies a perfect reader would see — from the truth fields and
the declaration, and measured on the files (white boxes over text, PDF revisions and what they changed,
seal pixels shared between pages, a run in another face, QR payloads, repeated pages, repeated seal
impressions) — are exactly the planted ones: none in a clean filing.
"""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
from PIL import Image

from jianzheng.models import SEVERITY, Declaration, Severity, Truth

from .facts import FEE_KEYS, SERVICE_KEYS
from .numerals import capital, date_spellings, figures, money_spellings, read_capital
from .places import CERTIFICATES, gb32100_check

TEXT_FIELDS = (
    "project_name",
    "party_a",
    "party_b",
    "contract_number",
    "company_name",
    "credit_code",
    "legal_representative",
    "audit_firm",
    "report_number",
    "invoice_number",
    "buyer",
    "seller",
    "amount_in_words",
    "address",
)
MONEY_FIELDS = (
    "contract_amount",
    "total_amount",
    "operating_revenue",
    "net_profit",
    "system_integration_revenue",
)
DATE_FIELDS = ("signed_on", "accepted_on", "issued_on", "established_on")


def selfcheck(out: Path) -> dict[str, list[str]]:
    results = {}
    for folder in sorted(p for p in out.iterdir() if (p / "truth.json").exists()):
        results[folder.name] = check_filing(folder)
    return results


def check_filing(folder: Path) -> list[str]:
    problems: list[str] = []
    truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    record = json.loads((folder / "printed.json").read_text(encoding="utf-8"))
    submission = folder / "submission"
    declaration = Declaration.model_validate_json(
        (submission / "declaration.json").read_text(encoding="utf-8")
    )
    problems += _pages(truth, submission)
    problems += _identities(declaration)
    problems += _printed(truth, record)
    found = _discrepancies(truth, declaration, record, submission, problems)
    signed = found & {"SIGNATURE_VALID"}
    found -= signed
    expected = {f.code.value for f in truth.findings if SEVERITY[f.code] != Severity.info}
    if truth.clean and expected:
        problems.append(f"clean filing with expected findings {sorted(expected)}")
    if found != expected:
        problems.append(f"discrepancies {sorted(found)} but planted {sorted(expected)}")
    infos = {f.code.value for f in truth.findings if SEVERITY[f.code] == Severity.info}
    if infos != signed:
        problems.append(f"info findings {sorted(infos)} but measured {sorted(signed)}")
    for finding in truth.findings:
        if finding.file and finding.page:
            if not any(p.file == finding.file and p.page == finding.page for p in truth.pages):
                problems.append(f"{finding.code} points at {finding.file} p{finding.page}, not a truth page")
    return problems


def _pages(truth: Truth, submission: Path) -> list[str]:
    problems = []
    seen = Counter((p.file, p.page) for p in truth.pages)
    problems += [f"page listed twice: {k}" for k, n in seen.items() if n > 1]
    for path in sorted(submission.rglob("*.pdf")):
        rel = path.relative_to(submission).as_posix()
        with pymupdf.open(path) as doc:
            for number in range(1, len(doc) + 1):
                if (rel, number) not in seen:
                    problems.append(f"{rel} p{number} not in truth")
                    continue
                page = doc[number - 1]
                scanned = next(p.scanned for p in truth.pages if p.file == rel and p.page == number)
                if scanned == bool(page.get_text().strip()):
                    problems.append(
                        f"{rel} p{number}: scanned={scanned} but text layer {'present' if not scanned else 'absent'}"
                    )
    for document in truth.documents:
        listed = sorted(p.page for p in truth.pages if p.document == document.id)
        if listed != document.pages or listed != list(range(listed[0], listed[0] + len(listed))):
            problems.append(f"{document.id}: pages {document.pages} vs {listed}")
    return problems


def _identities(declaration: Declaration) -> list[str]:
    problems = []
    for row in declaration.projects:
        services = sum((getattr(row.fees, k) for k in SERVICE_KEYS), Decimal(0))
        total = sum((getattr(row.fees, k) for k in FEE_KEYS), Decimal(0))
        if row.services_total != services or row.contract_amount != total:
            problems.append(f"{row.id}: identities broken")
    return problems


def _page_text(record: dict[str, Any], file: str, pages: list[int]) -> str:
    entries = [e for e in record["files"][file] if e["page"] in pages]
    return "".join(run["text"] for e in entries for run in e["runs"] if not run["hidden"])


def _printed(truth: Truth, record: dict[str, Any]) -> list[str]:
    problems = []
    for document in truth.documents:
        text = _page_text(record, document.file, document.pages)
        for key, value in document.fields.items():
            if key in TEXT_FIELDS and str(value) not in text:
                problems.append(f"{document.id} {key}={value!r} not printed")
            elif key in MONEY_FIELDS and not any(s in text for s in money_spellings(Decimal(str(value)))):
                problems.append(f"{document.id} {key}={value} not printed")
            elif key == "registered_capital" and capital(Decimal(str(value))) not in text:
                problems.append(f"{document.id} registered capital not printed")
            elif key in DATE_FIELDS and not any(s in text for s in date_spellings(_date(value))):
                problems.append(f"{document.id} {key}={value} not printed")
            elif key == "fees":
                for fee, amount in dict(value).items():
                    if Decimal(amount) and figures(Decimal(amount)) not in text:
                        problems.append(f"{document.id} fee {fee} not printed")
        if "amount_in_words" in document.fields and read_capital(
            str(document.fields["amount_in_words"])
        ) != Decimal(str(document.fields["contract_amount"])):
            problems.append(f"{document.id}: words and figures disagree")
    return problems


def _date(value: object) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(str(value))


def _discrepancies(
    truth: Truth, declaration: Declaration, record: dict[str, Any], submission: Path, problems: list[str]
) -> set[str]:
    """What a perfect reader would flag; measured, not copied from truth.findings."""
    from .forensics import measure

    found: set[str] = set()
    enterprise = declaration.enterprise
    rows = {row.id: row for row in declaration.projects}
    by_type: dict[str, list[Any]] = {}
    for document in truth.documents:
        by_type.setdefault(document.type.value, []).append(document)
    for licence in by_type.get("business_license", []):
        f = licence.fields
        if f["company_name"] != enterprise.name:
            found.add("LICENSE_NAME_MISMATCH")
        if f["credit_code"] != enterprise.credit_code:
            found.add("CREDIT_CODE_MISMATCH")
        if gb32100_check(f["credit_code"][:17]) != f["credit_code"][17]:
            found.add("CREDIT_CODE_INVALID")
        if (
            f["legal_representative"] != enterprise.legal_representative
            or Decimal(f["registered_capital"]) != enterprise.registered_capital
            or _date(f["established_on"]) != enterprise.established_on
        ):
            found.add("LICENSE_FIELD_MISMATCH")
    if not by_type.get("business_license"):
        found.add("LICENSE_MISSING")
    audits = {d.fields["fiscal_year"]: d.fields for d in by_type.get("audit_report", [])}
    for year in declaration.finance:
        audit = audits.get(year.year)
        if audit is None:
            found.add("AUDIT_REPORT_MISSING")
            continue
        if (
            Decimal(audit["operating_revenue"]),
            Decimal(audit["net_profit"]),
            Decimal(audit["system_integration_revenue"]),
        ) != (year.operating_revenue, year.net_profit, year.system_integration_revenue):
            found.add("AUDIT_FIGURE_MISMATCH")
        if audit["opinion"] != "unqualified":
            found.add("AUDIT_OPINION_NOT_CLEAN")
    staff = enterprise.staff
    titles = {title for title, _ in CERTIFICATES}
    if any(c.certificate not in titles for c in staff.certificates) or staff.certified_total != len(
        staff.certificates
    ):
        found.add("CERTIFICATE_NOT_RECOGNISED")
    threshold = {
        "甲": (40, 12, 30_000_000),
        "乙": (30, 8, 10_000_000),
        "丙": (20, 5, 5_000_000),
        "丁": (6, 0, 0),
    }[str(enterprise.grade)]
    total = sum((row.contract_amount or Decimal(0) for row in declaration.projects), Decimal(0))
    if (
        (staff.technical_total or 0) < threshold[0]
        or (staff.certified_total or 0) < threshold[1]
        or total < threshold[2]
    ):
        found.add("GRADE_THRESHOLD_NOT_MET")
    for row_id, row in rows.items():
        docs = [d for d in truth.documents if d.project_id == row_id]
        contracts = [d.fields for d in docs if d.type.value == "contract"]
        reports = [d.fields for d in docs if d.type.value == "acceptance_report"]
        bills = [d.fields for d in docs if d.type.value == "invoice"]
        if not contracts:
            found.add("PROJECT_EVIDENCE_MISSING")
            continue
        if not reports and not bills:
            found.add("ACCEPTANCE_MISSING")
        for c in contracts:
            if Decimal(c["contract_amount"]) != row.contract_amount:
                found.add("AMOUNT_MISMATCH")
            if c["party_a"] != row.client or c["party_b"] != enterprise.name:
                found.add("PARTY_MISMATCH")
            if c["project_name"] != row.name:
                found.add("PROJECT_NAME_MISMATCH")
            if _date(c["signed_on"]) != row.signed_on:
                found.add("DATE_MISMATCH")
            if "fees" in c and any(Decimal(c["fees"][k]) != getattr(row.fees, k) for k in FEE_KEYS):
                found.add("FEE_MISMATCH")
        for r in reports:
            day = _date(r["accepted_on"])
            if r["party_a"] != row.client or r["party_b"] != enterprise.name:
                found.add("PARTY_MISMATCH")
            if r["project_name"] != row.name:
                found.add("PROJECT_NAME_MISMATCH")
            if day != row.accepted_on:
                found.add("DATE_MISMATCH")
            if day.year != enterprise.inspection_year:
                found.add("ACCEPTANCE_OUT_OF_PERIOD")
            if any(day < _date(c["signed_on"]) for c in contracts):
                found.add("ACCEPTANCE_BEFORE_SIGNING")
            if r["conclusion"] != "passed":
                found.add("ACCEPTANCE_NOT_PASSED")
            if not r["has_seal"]:
                found.add("SEAL_MISSING")
        if sum((Decimal(b["total_amount"]) for b in bills), Decimal(0)) > (row.contract_amount or Decimal(0)):
            found.add("INVOICE_EXCEEDS_CONTRACT")
        if any(b["buyer"] != row.client or b["seller"] != enterprise.name for b in bills):
            found.add("PARTY_MISMATCH")
    found |= measure(truth, record, submission, problems)
    return found


def page_image(doc: pymupdf.Document, number: int) -> np.ndarray:
    """The picture of a scanned page as stored (decoded as the generator decoded it)."""
    xref = doc[number - 1].get_images()[0][0]
    data = doc.extract_image(xref)["image"]
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def main() -> None:
    out = Path(sys.argv[1])
    results = selfcheck(out)
    for name, problems in results.items():
        print(f"{'ok  ' if not problems else 'FAIL'} {name}")
        for problem in problems:
            print(f"     {problem}")
    failed = sum(1 for p in results.values() if p)
    print(f"{len(results) - failed}/{len(results)} filings pass")
    sys.exit(1 if failed or not results else 0)


if __name__ == "__main__":
    main()
