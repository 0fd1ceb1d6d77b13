"""Check a generated fukang set without the checker: ``python -m jianzheng_workshop.samples.fukang.selfcheck DIR``.

Truth and declarations validate; every page of every attachment is in truth exactly once; the declared fee
identities hold; and what truth asserts is what was drawn: every key value of a contract, acceptance, invoice,
licence and audit is found in the page's text or in its form widgets (values and check states), seals are where
truth says (Stamp annotations or red vector paths on the page), the planted text layer says the hidden figure
and not the shown one, the edited contract has two revisions and every other file one. Clean filings plant nothing
and their papers agree with their rows; planted ones name files and pages that exist."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

from .papers import FEE_KEYS
from .world import cn_date, credit_valid, figures


def _page_words(page: pymupdf.Page) -> tuple[str, list[pymupdf.Widget]]:
    text = page.get_text()
    widgets = list(page.widgets() or [])
    return text + "\n" + "\n".join(str(w.field_value) for w in widgets), widgets


def _has_seal(page: pymupdf.Page) -> bool:
    if any(a.type[1] == "Stamp" for a in page.annots() or []):
        return True
    for d in page.get_drawings():
        col = d.get("color") or d.get("fill")
        if col and col[0] > 0.8 and col[1] < 0.2 and d["rect"].width > 50:
            return True
    return False


def check_one(root: Path) -> list[str]:
    errs: list[str] = []
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    if (sub / "declaration.json").exists():
        decl = Declaration.model_validate_json((sub / "declaration.json").read_text(encoding="utf-8"))
        projects = {p.id: p for p in decl.projects}
    else:
        wb = openpyxl.load_workbook(sub / "declaration.xlsx")
        rows = list(wb["项目汇总"].iter_rows(values_only=True))
        projects = {}
        for r in rows[1:]:
            total = Decimal(str(r[-1])).quantize(Decimal("0.01"))
            services = Decimal(str(r[13])).quantize(Decimal("0.01"))
            if sum((Decimal(str(v)) for v in r[7:13]), Decimal(0)).quantize(Decimal("0.01")) != services:
                errs.append(f"{root.name}: xlsx services_total")
            if (services + sum(Decimal(str(v)) for v in r[14:18])).quantize(Decimal("0.01")) != total:
                errs.append(f"{root.name}: xlsx contract_amount")
        decl = None
    if decl is not None:
        for p in decl.projects:
            if p.services_total != p.fees.services_sum() or p.contract_amount != p.fees.total():
                errs.append(f"{root.name}: {p.id} breaks the fee identities")
        if not credit_valid(decl.enterprise.credit_code or ""):
            errs.append(f"{root.name}: credit code check character")
    # pages exactly once
    seen = {(p.file, p.page) for p in truth.pages}
    if len(seen) != len(truth.pages):
        errs.append(f"{root.name}: a page twice in truth")
    for f in sorted(sub.rglob("*")):
        if f.name.startswith("declaration.") or f.is_dir():
            continue
        rel = f.relative_to(sub).as_posix()
        n = pymupdf.open(f).page_count if f.suffix == ".pdf" else 1
        for i in range(1, n + 1):
            if (rel, i) not in seen:
                errs.append(f"{root.name}: {rel} p{i} not in truth")
            seen.discard((rel, i))
        if f.suffix == ".pdf":
            revisions = f.read_bytes().count(b"%%EOF")
            edited = any(x.code == "PDF_EDITED" and x.file == rel for x in truth.findings)
            if revisions != (2 if edited else 1):
                errs.append(f"{root.name}: {rel} has {revisions} revisions")
    if seen:
        errs.append(f"{root.name}: truth pages without a file: {sorted(seen)}")
    hidden = {(x.file, x.page) for x in truth.findings if x.code == "TEXT_LAYER_MISMATCH"}
    for doc in truth.documents:
        path = sub / doc.file
        flds: dict[str, Any] = doc.fields
        if path.suffix == ".xml":
            xml = path.read_text(encoding="utf-8")
            for key in ("invoice_number", "total_amount", "buyer", "seller"):
                if str(flds[key]) not in xml:
                    errs.append(f"{root.name}: {doc.id} xml lacks {key}")
            continue
        pdf = pymupdf.open(path)
        texts, seals = [], []
        checks: dict[str, bool] = {}
        for pno in doc.pages:
            t, widgets = _page_words(pdf[pno - 1])
            texts.append(t)
            seals.append(_has_seal(pdf[pno - 1]))
            for w in widgets:
                if w.field_type_string == "CheckBox":
                    checks[str(w.field_name)] = w.field_value not in (False, "Off", "")
        text = "\n".join(texts)

        def need(value: str, what: str, text: str = text, doc_id: str = doc.id) -> None:
            if value not in text:
                errs.append(f"{root.name}: {doc_id} does not show {what} {value!r}")

        if doc.type == "contract":
            for key in ("party_a", "party_b", "contract_number", "amount_in_words"):
                need(flds[key], key)
            amount = figures(Decimal(flds["contract_amount"]))
            if (doc.file, doc.pages[0]) in hidden:
                if amount in texts[0]:
                    errs.append(f"{root.name}: {doc.id} text layer shows the visible figure")
            else:
                need(amount, "contract_amount")
            need(cn_date(dt.date.fromisoformat(flds["signed_on"])), "signed_on")
            if sum(Decimal(v) for v in flds["fees"].values()) != Decimal(flds["contract_amount"]):
                errs.append(f"{root.name}: {doc.id} fees do not add up to the amount")
            if flds["has_seal"] != seals[-1]:
                errs.append(
                    f"{root.name}: {doc.id} signature page seal {seals[-1]} vs truth {flds['has_seal']}"
                )
        elif doc.type == "acceptance_report":
            for key in ("party_a", "party_b", "project_name"):
                need(flds[key], key)
            need(cn_date(dt.date.fromisoformat(flds["accepted_on"])), "accepted_on")
            if checks and checks.get("ys_pass") != (flds["conclusion"] == "passed"):
                errs.append(f"{root.name}: {doc.id} checkbox state vs conclusion")
            if flds["has_seal"] != seals[0]:
                errs.append(f"{root.name}: {doc.id} seal")
        elif doc.type == "invoice":
            need(flds["invoice_number"], "invoice_number")
            need(figures(Decimal(flds["total_amount"])), "total_amount")
            need(flds["buyer"], "buyer")
        elif doc.type == "audit_report":
            for key in ("operating_revenue", "net_profit", "system_integration_revenue"):
                need(figures(Decimal(flds[key])), key)
            need(flds["report_number"], "report_number")
        elif doc.type == "business_license":
            need(flds["credit_code"], "credit_code")
            need(flds["legal_representative"], "legal_representative")
        if (
            doc.type in ("contract", "acceptance_report", "invoice")
            and truth.clean
            and doc.project_id in projects
        ):
            row = projects[doc.project_id]
            if doc.type == "contract":
                if Decimal(flds["contract_amount"]) != row.contract_amount or flds["party_a"] != row.client:
                    errs.append(f"{root.name}: clean {doc.id} disagrees with its row")
                for k in FEE_KEYS:
                    if Decimal(flds["fees"][k]) != getattr(row.fees, k):
                        errs.append(f"{root.name}: clean {doc.id} fee {k}")
            if doc.type == "acceptance_report":
                on = dt.date.fromisoformat(flds["accepted_on"])
                if (
                    on != row.accepted_on
                    or on.year != 2025
                    or flds["conclusion"] != "passed"
                    or not flds["has_seal"]
                ):
                    errs.append(f"{root.name}: clean {doc.id} acceptance")
    if truth.clean == bool(truth.findings):
        errs.append(f"{root.name}: clean flag vs findings")
    pages = {(p.file, p.page) for p in truth.pages}
    for x in truth.findings:
        if (x.file, x.page) not in pages or (x.project_id and x.project_id not in projects):
            errs.append(f"{root.name}: finding {x.code} points nowhere")
    return errs


def check(out: Path) -> list[str]:
    errs: list[str] = []
    for root in sorted(p for p in out.iterdir() if (p / "truth.json").exists()):
        errs += check_one(root)
    return errs


def main() -> None:
    out = Path(sys.argv[1])
    errs = check(out)
    for e in errs:
        print(e)
    n = sum(1 for p in out.iterdir() if (p / "truth.json").exists())
    print(f"{n - len({e.split(':')[0] for e in errs})}/{n} filings consistent")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
