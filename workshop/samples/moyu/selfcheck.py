"""Selfcheck of a moyu sample set, without the checker.

    python -m jianzheng_workshop.samples.moyu.selfcheck OUT

For every filing: truth and declaration validate (a workbook is read back and must equal the declaration
it was written from); every page of every attachment is in truth once, scanned exactly where it has no
text layer, and a text page's layer holds every run drawn on it; every truth field is printed on its page
(money fields in the spelling recorded, read back to the value at its precision; capital numerals read
back); seals stand on every contract signature page and acceptance. Then this module's own reading of the
rules (identities, amounts and fees at CONTRACT 1.1 precision, words against figures, invoices against
the contract, parties, dates, licence and audit figures) must derive exactly the truth's findings.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

from .deals import SERVICE_KEYS
from .declare import read_xlsx_wan
from .numerals import agree, read_capital, read_figure

FEN = Decimal("0.01")
FEE_KEYS = (*SERVICE_KEYS, "self_made_hardware", "hardware_purchase", "software_purchase", "other")


def _flat(text: str) -> str:
    return "".join(text.split())


def _check_files(root: Path, truth: Truth, printed: dict[str, Any], errors: list[str]) -> None:
    sub = root / "submission"
    attachments = sorted(
        p.relative_to(sub).as_posix()
        for p in sub.rglob("*")
        if p.is_file() and not p.name.startswith("declaration.")
    )
    in_truth = sorted({p.file for p in truth.pages})
    if attachments != in_truth:
        errors.append(f"attachments {attachments} != truth files {in_truth}")
    for name in attachments:
        path = sub / name
        seen = sorted(p.page for p in truth.pages if p.file == name)
        runs = printed["files"][name]
        if path.suffix == ".jpg":
            if seen != [1] or not all(p.scanned for p in truth.pages if p.file == name):
                errors.append(f"{name}: a JPEG is one scanned page")
            continue
        doc = pymupdf.open(path)
        if seen != list(range(1, len(doc) + 1)):
            errors.append(f"{name}: truth pages {seen} but the file has {len(doc)}")
        for page, rec in zip((doc[i] for i in range(len(doc))), runs, strict=True):
            layer = _flat(page.get_text())
            if rec["scanned"] != (layer == ""):
                errors.append(
                    f"{name} p{page.number + 1}: scanned={rec['scanned']} but text layer {len(layer)} chars"
                )
            if layer:
                for run in rec["runs"]:
                    if _flat(run["text"]) not in layer:
                        errors.append(f"{name} p{page.number + 1}: run {run['text']!r} not in the text layer")


def _page_text(printed: dict[str, Any], file: str, page: int) -> str:
    return "".join(r["text"] for r in printed["files"][file][page - 1]["runs"])


def _money_ok(text: str, value: str) -> bool:
    """The printed text (figures, 万元, digit grid or capital numerals) states ``value``."""
    target = Decimal(value)
    words = read_capital(text.lstrip("⊗").replace("人民币", ""))
    if words is not None:
        return words == target
    grid = text.replace("￥", "")
    if grid.isdigit() and "￥" in text:
        return Decimal(grid) / 100 == target
    fig = read_figure(text)
    return fig is not None and agree(fig[0], fig[1], target, FEN)


def _check_fields(truth: Truth, printed: dict[str, Any], errors: list[str]) -> None:
    for doc, rec in zip(truth.documents, printed["documents"], strict=True):
        for key, value in doc.fields.items():
            page = rec["field_pages"].get(key)
            if page is None:
                errors.append(f"{doc.id} {key}: no page recorded")
                continue
            text = _flat(_page_text(printed, doc.file, page))
            if key in rec["amounts"]:
                shown = rec["amounts"][key]
                if _flat(shown) not in text:
                    errors.append(f"{doc.id} {key}: {shown!r} not printed on p{page}")
                header_unit = "万元" if rec["amounts"].get("unit") == "万元" else ""
                if key != "amount_in_words" and not _money_ok(shown + header_unit, value):
                    errors.append(f"{doc.id} {key}: {shown!r} does not state {value}")
            elif key == "fees":
                for fee, amount in value.items():
                    shown = rec["amounts"].get(f"fees.{fee}")
                    if Decimal(amount) and (shown is None or _flat(shown) not in text):
                        errors.append(f"{doc.id} fee {fee} {amount} not printed")
            elif isinstance(value, str) and key not in (
                "signed_on",
                "accepted_on",
                "issued_on",
                "established_on",
                "conclusion",
                "opinion",
                "valid_until",
                "registered_capital",
            ):
                if _flat(value) not in text:
                    errors.append(f"{doc.id} {key}: {value!r} not printed on p{page}")
            elif key in ("signed_on", "accepted_on", "issued_on"):
                y, m, d = (int(x) for x in value.split("-"))
                spellings = (f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日")
                if not any(s in text for s in spellings) and "二〇二五年" not in text:
                    errors.append(f"{doc.id} {key}: {value} not printed on p{page}")
        if doc.type in ("contract", "acceptance_report"):
            last = printed["files"][doc.file][doc.pages[-1] - 1]["stamps"]
            if sum(s.startswith("seal:") for s in last) < 2:
                errors.append(f"{doc.id}: fewer than two seals on its last page")


def _declaration(root: Path, printed: dict[str, Any], errors: list[str]) -> tuple[Declaration, Decimal]:
    sub = root / "submission"
    declared = printed["declaration"]
    if (sub / "declaration.xlsx").exists():
        back = read_xlsx_wan(sub / "declaration.xlsx")
        for row, orig in zip(back["projects"], declared["projects"], strict=True):
            for key in (
                "id",
                "name",
                "client",
                "signed_on",
                "accepted_on",
                "services_total",
                "contract_amount",
            ):
                if str(row[key]) != str(orig[key]):
                    errors.append(f"xlsx {orig['id']} {key}: {row[key]} != {orig[key]}")
            if row["fees"] != orig["fees"]:
                errors.append(f"xlsx {orig['id']} fees differ from the declaration")
        return Declaration.model_validate(declared), Decimal(100)
    on_disk = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    if on_disk != declared:
        errors.append("declaration.json differs from printed.json")
    return Declaration.model_validate(on_disk), FEN


def derive(
    truth: Truth, printed: dict[str, Any], decl: Declaration, precision: Decimal
) -> set[tuple[Any, ...]]:
    """The findings a perfect reader of these documents would raise, by this module's reading of CONTRACT."""
    found: set[tuple[Any, ...]] = set()
    recs = {r["id"]: r for r in printed["documents"]}
    docs = truth.documents
    ent = decl.enterprise
    lic = next(d for d in docs if d.type == "business_license")
    f = lic.fields
    if f["company_name"] != ent.name or f["credit_code"] != ent.credit_code:
        found.add(("LICENSE_NAME_MISMATCH", None, lic.file, 1))
    if (
        f["legal_representative"] != ent.legal_representative
        or Decimal(f["registered_capital"]) != ent.registered_capital
    ):
        found.add(("LICENSE_FIELD_MISMATCH", None, lic.file, 1))
    audit = next(d for d in docs if d.type == "audit_report")
    fin = decl.finance[0]
    for key in ("operating_revenue", "net_profit", "system_integration_revenue"):
        if not agree(Decimal(audit.fields[key]), FEN, getattr(fin, key), FEN):
            found.add(("AUDIT_FIGURE_MISMATCH", None, audit.file, None))
    for row in decl.projects:
        fees = row.fees
        if row.services_total != fees.services_sum() or row.contract_amount != fees.total():
            found.add(("DECLARED_SUM_MISMATCH", row.id, None, None))
        mine = [d for d in docs if d.project_id == row.id]
        contracts = [d for d in mine if d.type == "contract"]
        if not contracts:
            found.add(("PROJECT_EVIDENCE_MISSING", row.id, None, None))
            continue
        c = contracts[0]
        rec = recs[c.id]
        amount = Decimal(c.fields["contract_amount"])
        fig = read_figure(rec["amounts"]["contract_amount"])
        c_prec = fig[1] if fig else FEN
        page = rec["field_pages"]["contract_amount"]
        assert row.contract_amount is not None
        if not agree(amount, c_prec, row.contract_amount, precision):
            found.add(("AMOUNT_MISMATCH", row.id, c.file, page))
        words = read_capital(c.fields["amount_in_words"])
        if words is None or not agree(words, FEN, amount, c_prec):
            found.add(("AMOUNT_WORDS_MISMATCH", row.id, c.file, page))
        if "fees" in c.fields:
            unit = Decimal(100) if "万元" in _page_text(printed, c.file, rec["field_pages"]["fees"]) else FEN
            for key in FEE_KEYS:
                if not agree(Decimal(c.fields["fees"][key]), unit, getattr(fees, key), precision):
                    found.add(("FEE_MISMATCH", row.id, c.file, rec["field_pages"]["fees"]))
        if c.fields["party_b"] != ent.name or c.fields["party_a"] != row.client:
            found.add(("PARTY_MISMATCH", row.id, c.file, None))
        if c.fields["signed_on"] != (row.signed_on.isoformat() if row.signed_on else None):
            found.add(("DATE_MISMATCH", row.id, c.file, None))
        invoices = [d for d in mine if d.type == "invoice"]
        accepts = [d for d in mine if d.type == "acceptance_report"]
        if not invoices and not accepts:
            found.add(("ACCEPTANCE_MISSING", row.id, None, None))
        if sum((Decimal(i.fields["total_amount"]) for i in invoices), Decimal(0)) > amount:
            found.add(("INVOICE_EXCEEDS_CONTRACT", row.id, invoices[0].file, None))
        for a in accepts:
            on = a.fields["accepted_on"]
            if on != (row.accepted_on.isoformat() if row.accepted_on else None):
                found.add(("DATE_MISMATCH", row.id, a.file, None))
            if not on.startswith(f"{ent.inspection_year}-"):
                found.add(("ACCEPTANCE_OUT_OF_PERIOD", row.id, a.file, None))
            if on < c.fields["signed_on"]:
                found.add(("ACCEPTANCE_BEFORE_SIGNING", row.id, a.file, None))
            if a.fields["party_a"] != row.client or a.fields["party_b"] != ent.name:
                found.add(("PARTY_MISMATCH", row.id, a.file, None))
    return found


def check(root: Path) -> list[str]:
    """Every problem with one generated filing (an empty list when it is sound)."""
    errors: list[str] = []
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    decl, precision = _declaration(root, printed, errors)
    _check_files(root, truth, printed, errors)
    _check_fields(truth, printed, errors)
    derived = derive(truth, printed, decl, precision)
    expected = {(f.code.value, f.project_id, f.file, f.page) for f in truth.findings}
    if derived != expected:
        errors.append(f"derived findings {sorted(derived, key=str)} != truth {sorted(expected, key=str)}")
    if truth.clean != (not truth.findings):
        errors.append("clean flag disagrees with the findings")
    if len(truth.findings) > 1:
        errors.append("more than one planted cause")
    return errors


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    failed = 0
    names = sorted(p.parent for p in out.glob("*/truth.json"))
    for root in names:
        errors = check(root)
        status = "ok" if not errors else f"{len(errors)} problem(s)"
        print(f"{root.name}: {status}")
        for e in errors:
            print(f"  - {e}")
        failed += bool(errors)
    print(f"{len(names) - failed}/{len(names)} filings pass")
    return 1 if failed or not names else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
