"""Selfcheck of a written nileke corpus (no checker involved).

    python -m jianzheng_workshop.samples.nileke.selfcheck DIR

For every filing under DIR: truth and the declaration (JSON, or this family's workbook read back) validate with
``models``; the form's identities hold; the firm's credit code passes GB 32100; every attachment opens, has the
pages truth gives it (scans without a text layer, born-digital PDFs with one that carries their key fields), and
every page is in truth exactly once; documents are consecutive; every truth field is visible among the runs printed
or written on its document's pages and ``amount_in_words`` reads back to ``contract_amount``. Then it derives from
truth, the declaration and the papers' facts what a careful reviewer would raise — contract evidence per row (merged
contracts summed, framework orders summed, a separate 补充协议 replacing the price of the contract it names, a
framework ceiling alone undecidable), dates, period, parties, fees, acceptance, invoices, unmatched papers, licence,
audit, grade — and requires exactly those findings (code and project) in truth. Exit status 1 on any problem.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
from stdnum.cn import uscc

from jianzheng.models import SEVERITY, Code, Declaration, Severity, Truth, TruthDocument

from .filing import read_xlsx
from .numerals import capital, date_spellings, money_spellings, read_capital
from .world import CERTIFICATES, uscc_valid

YEAR = 2025
TEXT_FIELDS = (
    "project_name",
    "contract_number",
    "party_a",
    "party_b",
    "company_name",
    "credit_code",
    "legal_representative",
    "company_type",
    "address",
    "business_scope",
    "buyer",
    "seller",
    "invoice_number",
    "audit_firm",
    "report_number",
    "third_party",
)
MONEY_FIELDS = (
    "contract_amount",
    "total_amount",
    "registered_capital",
    "operating_revenue",
    "net_profit",
    "system_integration_revenue",
)
DATE_FIELDS = ("signed_on", "accepted_on", "issued_on", "established_on")
GRADE_BARS = {"甲": (40, 12, 30000000), "乙": (30, 8, 10000000), "丙": (20, 5, 5000000), "丁": (6, 0, 0)}


class Failure(Exception):
    """The corpus is not internally consistent."""


def _need(condition: bool, message: str) -> None:
    if not condition:
        raise Failure(message)


# ---------------------------------------------------------------- loading


def _declaration(sub: Path) -> tuple[Declaration, dict[str, Any]]:
    json_path, xlsx_path = sub / "declaration.json", sub / "declaration.xlsx"
    _need(json_path.exists() != xlsx_path.exists(), "exactly one of declaration.json / declaration.xlsx")
    raw = json.loads(json_path.read_text(encoding="utf-8")) if json_path.exists() else read_xlsx(xlsx_path)
    return Declaration.model_validate(raw), raw


def _money_strings(raw: dict[str, Any]) -> Iterable[str]:
    ent = raw["enterprise"]
    yield ent["registered_capital"]
    for row in raw["finance"]:
        yield from (row["operating_revenue"], row["system_integration_revenue"], row["net_profit"])
    for project in raw["projects"]:
        yield from project["fees"].values()
        yield from (project["services_total"], project["contract_amount"])


def _check_declaration(decl: Declaration, raw: dict[str, Any]) -> None:
    for value in _money_strings(raw):
        _need(
            isinstance(value, str) and len(value.split(".")[-1]) == 2,
            f"money not a two-decimal string: {value!r}",
        )
    code = decl.enterprise.credit_code or ""
    _need(uscc_valid(code) and uscc.is_valid(code), f"firm credit code fails GB 32100: {code}")
    for project in decl.projects:
        _need(project.services_total == project.fees.services_sum(), f"{project.id}: services_total identity")
        _need(project.contract_amount == project.fees.total(), f"{project.id}: contract_amount identity")
        _need(
            bool(project.name and project.client and project.signed_on and project.accepted_on),
            f"{project.id} blank",
        )
    ids = [p.id for p in decl.projects]
    _need(len(ids) == len(set(ids)), "duplicate project ids")


# ---------------------------------------------------------------- files and pages


def _check_files(sub: Path, truth: Truth, printed: dict[str, Any]) -> None:
    on_disk = sorted(
        p.relative_to(sub).as_posix()
        for p in sub.rglob("*")
        if p.is_file() and p.name not in ("declaration.json", "declaration.xlsx")
    )
    in_truth = sorted({page.file for page in truth.pages})
    _need(on_disk == in_truth, f"attachments on disk {on_disk} differ from truth {in_truth}")
    seen = set()
    for page in truth.pages:
        key = (page.file, page.page)
        _need(key not in seen, f"page {key} twice in truth")
        seen.add(key)
    for name in on_disk:
        with pymupdf.open(sub / name) as doc:
            count = len(doc)
            numbers = sorted(p.page for p in truth.pages if p.file == name)
            _need(numbers == list(range(1, count + 1)), f"{name}: truth pages {numbers}, file has {count}")
            _need(len(printed["files"][name]) == count, f"{name}: printed record has other page count")
            scanned = {p.scanned for p in truth.pages if p.file == name}
            _need(len(scanned) == 1, f"{name}: mixed scanned flags")
            for index in range(count):
                text = doc[index].get_text().strip()
                if True in scanned:
                    _need(not text, f"{name} p{index + 1}: a scan with a text layer")
                else:
                    _need(bool(text), f"{name} p{index + 1}: born-digital page without text")
            if not name.lower().endswith(".jpg"):
                meta = doc.metadata or {}
                _need(meta.get("creationDate") == meta.get("modDate"), f"{name}: saved after creation")


def _check_documents(truth: Truth) -> None:
    by_page = {(p.file, p.page): p for p in truth.pages}
    ids = [d.id for d in truth.documents]
    _need(len(ids) == len(set(ids)), "duplicate document ids")
    covered = set()
    for doc in truth.documents:
        _need(
            doc.pages == list(range(doc.pages[0], doc.pages[0] + len(doc.pages))),
            f"{doc.id}: pages not consecutive",
        )
        for number in doc.pages:
            page = by_page.get((doc.file, number))
            _need(
                page is not None and page.document == doc.id and page.type == doc.type,
                f"{doc.id}: page {number} disagrees with truth pages",
            )
            covered.add((doc.file, number))
    _need(covered == set(by_page), "pages outside every document")


# ---------------------------------------------------------------- fields are visible


def _runs(printed: dict[str, Any], doc: TruthDocument) -> tuple[str, list[dict[str, Any]]]:
    pages = [printed["files"][doc.file][n - 1] for n in doc.pages]
    text = "".join(run["text"] for page in pages for run in page["runs"]).replace(" ", "")
    marks = [mark for page in pages for mark in page["marks"]]
    return text, marks


def _visible(text: str, options: Iterable[str]) -> bool:
    return any(option.replace(" ", "") in text for option in options)


def _check_fields(sub: Path, truth: Truth, printed: dict[str, Any]) -> None:
    for doc in truth.documents:
        text, marks = _runs(printed, doc)
        fields = doc.fields
        for key in TEXT_FIELDS:
            if key in fields:
                _need(
                    _visible(text, [str(fields[key])]),
                    f"{doc.id} {doc.file}: {key} {fields[key]!r} not printed",
                )
        for key in MONEY_FIELDS:
            if key in fields:
                amount = Decimal(fields[key])
                _need(
                    _visible(text, [*money_spellings(amount), capital(amount)]),
                    f"{doc.id} {doc.file}: {key} {fields[key]} not printed",
                )
        for key in DATE_FIELDS:
            if key in fields:
                day = dt.date.fromisoformat(fields[key])
                _need(
                    _visible(text, date_spellings(day)),
                    f"{doc.id} {doc.file}: {key} {fields[key]} not printed",
                )
        if "amount_in_words" in fields:
            _need(fields["amount_in_words"] in text, f"{doc.id}: amount_in_words not printed")
            _need(
                read_capital(fields["amount_in_words"]) == Decimal(fields["contract_amount"]),
                f"{doc.id}: amount_in_words does not read back to contract_amount",
            )
        for key, value in (fields.get("fees") or {}).items():
            _need(_visible(text, money_spellings(Decimal(value))), f"{doc.id}: fee {key} {value} not printed")
        if "has_seal" in fields:
            _need(
                fields["has_seal"] == any(m["kind"] == "seal" for m in marks), f"{doc.id}: has_seal vs seals"
            )
        if "qr" in fields:
            _need(any(m.get("payload") == fields["qr"] for m in marks), f"{doc.id}: qr payload not drawn")
        if doc.type == "acceptance_report":
            _need("conclusion" in fields, f"{doc.id}: acceptance without conclusion")
            _need(sum(m["kind"] == "tick" for m in marks) <= 1, f"{doc.id}: more than one box ticked")
        if not doc.scanned:
            with pymupdf.open(sub / doc.file) as pdf:
                layer = "".join(pdf[n - 1].get_text() for n in doc.pages).replace(" ", "").replace("\n", "")
            for key in ("contract_amount", "total_amount", "operating_revenue"):
                if key in fields:
                    _need(
                        _visible(layer, money_spellings(Decimal(fields[key]))),
                        f"{doc.id}: {key} not in text layer",
                    )


# ---------------------------------------------------------------- what a reviewer raises


def _role(printed: dict[str, Any], doc: TruthDocument) -> str:
    return str(printed["documents"][doc.id]["role"])


def _facts(printed: dict[str, Any], doc: TruthDocument) -> dict[str, Any]:
    return dict(printed["documents"][doc.id]["facts"])


def review(decl: Declaration, truth: Truth, printed: dict[str, Any]) -> set[tuple[str, str | None]]:
    """The findings (code, project) a careful reviewer raises on this filing."""
    out: set[tuple[str, str | None]] = set()
    ent = decl.enterprise
    docs = truth.documents
    licences = [d for d in docs if d.type == "business_license"]
    if not licences:
        out.add(("LICENSE_MISSING", None))
    for lic in licences:
        f = lic.fields
        if f.get("company_name") != ent.name:
            out.add(("LICENSE_NAME_MISMATCH", None))
        if f.get("credit_code") != ent.credit_code:
            out.add(("CREDIT_CODE_MISMATCH", None))
        if (
            f.get("legal_representative") != ent.legal_representative
            or Decimal(f.get("registered_capital", "0")) != ent.registered_capital
            or f.get("established_on") != (ent.established_on.isoformat() if ent.established_on else None)
        ):
            out.add(("LICENSE_FIELD_MISMATCH", None))
        if f.get("valid_until") != "长期" and str(f.get("valid_until")) < f"{ent.inspection_year}-12-31":
            out.add(("LICENSE_EXPIRED", None))
    audits = {d.fields.get("fiscal_year"): d for d in docs if d.type == "audit_report"}
    if len(audits) < len(decl.finance):
        out.add(("AUDIT_REPORT_MISSING", None))
    for row in decl.finance:
        audit = audits.get(row.year)
        if audit is None:
            continue
        for key in ("operating_revenue", "system_integration_revenue", "net_profit"):
            if key in audit.fields and Decimal(audit.fields[key]) != getattr(row, key):
                out.add(("AUDIT_FIGURE_MISMATCH", None))
        if audit.fields.get("opinion") != "unqualified":
            out.add(("AUDIT_OPINION_NOT_CLEAN", None))
        if audit.fields.get("consolidated"):
            out.add(("AUDIT_CONSOLIDATED_ONLY", None))
    recognised = {name for name, _ in CERTIFICATES}
    if any(c.certificate not in recognised for c in ent.staff.certificates):
        out.add(("CERTIFICATE_NOT_RECOGNISED", None))
    bars = GRADE_BARS[ent.grade.value if ent.grade else "丁"]
    total = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
    if (
        (ent.staff.technical_total or 0) < bars[0]
        or (ent.staff.certified_total or 0) < bars[1]
        or total < bars[2]
    ):
        out.add(("GRADE_THRESHOLD_NOT_MET", None))
    declared_ids = {p.id for p in decl.projects}
    for doc in docs:
        if doc.type in ("contract", "acceptance_report") and doc.project_id is None:
            out.add(("DOCUMENT_UNMATCHED", None))
        if doc.project_id is not None:
            _need(doc.project_id in declared_ids, f"{doc.id}: project {doc.project_id} not declared")
        if "amount_in_words" in doc.fields and read_capital(doc.fields["amount_in_words"]) != Decimal(
            doc.fields["contract_amount"]
        ):
            out.add(("AMOUNT_WORDS_MISMATCH", doc.project_id))
    for project in decl.projects:
        out |= _review_project(project, decl, docs, printed)
    return out


def _review_project(
    project: Any, decl: Declaration, docs: list[TruthDocument], printed: dict[str, Any]
) -> set[tuple[str, str | None]]:
    pid = project.id
    out: set[tuple[str, str | None]] = set()
    mine = [d for d in docs if d.project_id == pid]
    contracts = [d for d in mine if d.type == "contract"]
    acceptances = [d for d in mine if d.type == "acceptance_report"]
    invoices = [d for d in mine if d.type == "invoice"]
    if not contracts:
        out.add(("PROJECT_EVIDENCE_MISSING", pid))
        return out
    separate = [d for d in contracts if _role(printed, d) == "supplement"]
    replaced = {_facts(printed, d)["base_number"] for d in separate}
    priced = [d for d in contracts if "contract_amount" in d.fields]
    effective = sum(
        (
            Decimal(d.fields["contract_amount"])
            for d in priced
            if d.fields.get("contract_number") not in replaced
        ),
        Decimal(0),
    )
    if not priced:
        out.add(("NEEDS_REVIEW", pid))
    elif effective != project.contract_amount:
        out.add(("AMOUNT_MISMATCH", pid))
    signed = {d.fields.get("signed_on") for d in contracts if _role(printed, d) != "supplement"}
    accepted = {d.fields.get("accepted_on") for d in acceptances}
    if project.signed_on.isoformat() not in signed or (
        acceptances and project.accepted_on.isoformat() not in accepted
    ):
        out.add(("DATE_MISMATCH", pid))
    for d in contracts:
        if d.fields.get("party_b") != decl.enterprise.name or d.fields.get("party_a") != project.client:
            out.add(("PARTY_MISMATCH", pid))
        if not d.fields.get("has_seal"):
            out.add(("SEAL_MISSING", pid))
    if len(priced) == 1 and "fees" in priced[0].fields:
        for key, value in priced[0].fields["fees"].items():
            if Decimal(value) != getattr(project.fees, key):
                out.add(("FEE_MISMATCH", pid))
    first_signed = min(s for s in signed if s)
    for d in acceptances:
        day = d.fields["accepted_on"]
        if not day.startswith(str(YEAR)):
            out.add(("ACCEPTANCE_OUT_OF_PERIOD", pid))
        if day < first_signed:
            out.add(("ACCEPTANCE_BEFORE_SIGNING", pid))
        if d.fields.get("conclusion") != "passed":
            out.add(("ACCEPTANCE_NOT_PASSED", pid))
        if not d.fields.get("has_seal"):
            out.add(("SEAL_MISSING", pid))
    if not acceptances and not invoices:
        out.add(("ACCEPTANCE_MISSING", pid))
    billed = sum((Decimal(d.fields["total_amount"]) for d in invoices), Decimal(0))
    if priced and billed > effective:
        out.add(("INVOICE_EXCEEDS_CONTRACT", pid))
    return out


# ---------------------------------------------------------------- one filing


def check_filing(root: Path) -> None:
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    decl, raw = _declaration(sub)
    _need(truth.name == root.name, "truth name differs from the folder")
    _check_declaration(decl, raw)
    _check_files(sub, truth, printed)
    _check_documents(truth)
    _check_fields(sub, truth, printed)
    expected = review(decl, truth, printed)
    actual = {(f.code.value, f.project_id) for f in truth.findings}
    _need(
        expected == actual,
        f"truth findings {sorted(map(str, actual))} but a reviewer raises {sorted(map(str, expected))}",
    )
    severities = {SEVERITY[Code(code)] for code, _ in actual}
    if truth.clean:
        _need(severities <= {Severity.info}, "a clean filing expects a warning or error")
    else:
        _need(bool(severities - {Severity.info}), "a planted filing expects no warning or error")
    pages = {(p.file, p.page) for p in truth.pages}
    for finding in truth.findings:
        if finding.file is not None:
            _need(
                (finding.file, finding.page) in pages,
                f"{finding.code}: no page {finding.file} p{finding.page}",
            )
            if finding.project_id:
                page = next(p for p in truth.pages if (p.file, p.page) == (finding.file, finding.page))
                owner = next(d for d in truth.documents if d.id == page.document)
                _need(owner.project_id == finding.project_id, f"{finding.code}: page of another project")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.nileke.selfcheck DIR", file=sys.stderr)
        return 2
    root = Path(args[0])
    filings = sorted(p.parent for p in root.glob("*/truth.json"))
    if not filings:
        print(f"no filings under {root}", file=sys.stderr)
        return 1
    failed = 0
    for filing in filings:
        try:
            check_filing(filing)
        except Failure as problem:
            failed += 1
            print(f"FAIL {filing.name}: {problem}")
        else:
            print(f"ok   {filing.name}")
    print(f"{len(filings) - failed}/{len(filings)} filings consistent")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
