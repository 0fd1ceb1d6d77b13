"""Validate a generated kuqa set without running the checker.

    python -m jianzheng_workshop.samples.kuqa.selfcheck DIR

Reads each ``DIR/<scenario>/`` (submission/declaration.json, truth.json, printed.json) and the attachment files
themselves; prints one line per scenario and exits non-zero on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

from .world import RECOGNISED, credit_code_valid, read_capital

MONEY_RE = re.compile(r"^-?\d+\.\d{2}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY_KEYS = {
    "contract_amount",
    "total_amount",
    "operating_revenue",
    "net_profit",
    "system_integration_revenue",
    "registered_capital",
}
DATE_KEYS = {"signed_on", "accepted_on", "issued_on", "established_on"}
ATTACHMENT_EXT = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
RECOGNISED_TITLES = {t for t, _ in RECOGNISED}


def _d(value: Any) -> Decimal:
    return Decimal(str(value))


def _raw_money(node: Any, path: str, problems: list[str]) -> None:
    """Every money string of the raw declaration has two decimals; numbers are whole yuan."""
    if isinstance(node, dict):
        for k, v in node.items():
            _raw_money(v, f"{path}.{k}", problems)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _raw_money(v, f"{path}[{i}]", problems)
    elif any(
        word in path
        for word in (
            "fees.",
            "services_total",
            "contract_amount",
            "revenue",
            "net_profit",
            "registered_capital",
        )
    ):
        if isinstance(node, str) and not MONEY_RE.match(node):
            problems.append(f"declaration {path}: {node!r} is not a two-decimal money string")
        if isinstance(node, float):
            problems.append(f"declaration {path}: float {node!r}")


def _page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return doc.page_count
    return 1


def check_scenario(folder: Path) -> list[str]:
    problems: list[str] = []
    sub = folder / "submission"
    raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    _raw_money(raw, "", problems)
    decl = Declaration.model_validate(raw)
    truth = Truth.model_validate(json.loads((folder / "truth.json").read_text(encoding="utf-8")))
    printed: list[dict[str, Any]] = json.loads((folder / "printed.json").read_text(encoding="utf-8"))

    # ---- declaration identities, grade, certificates
    for p in decl.projects:
        if p.services_total != p.fees.services_sum():
            problems.append(f"{p.id}: services_total {p.services_total} != fee sum {p.fees.services_sum()}")
        if p.contract_amount != p.fees.total():
            problems.append(f"{p.id}: contract_amount {p.contract_amount} != fee total {p.fees.total()}")
    staff = decl.enterprise.staff
    if staff.certified_total != len(staff.certificates) or any(
        c.certificate not in RECOGNISED_TITLES for c in staff.certificates
    ):
        problems.append("certificates: count or title not on the recognised list")
    total_projects = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
    grade = decl.enterprise.grade
    bars = {"丁": (6, 0, 0), "丙": (20, 5, 5_000_000), "乙": (30, 8, 10_000_000), "甲": (40, 12, 30_000_000)}
    tech, cert, money_bar = bars[str(grade.value if grade else "丁")]
    if (
        (staff.technical_total or 0) < tech
        or (staff.certified_total or 0) < cert
        or total_projects < money_bar
    ):
        problems.append(f"grade {grade}: thresholds not met")
    if not credit_code_valid(decl.enterprise.credit_code or ""):
        problems.append("declared credit code fails GB 32100")

    # ---- every attachment page in truth exactly once
    files = {
        str(p.relative_to(sub)): _page_count(p)
        for p in sub.rglob("*")
        if p.is_file() and p.suffix.lower() in ATTACHMENT_EXT
    }
    seen = Counter((tp.file, tp.page) for tp in truth.pages)
    for key, n in seen.items():
        if n != 1:
            problems.append(f"truth page {key} listed {n} times")
    expected = {(f, k) for f, n in files.items() for k in range(1, n + 1)}
    if set(seen) != expected:
        problems.append(
            f"truth pages != attachment pages: missing {sorted(expected - set(seen))}, extra {sorted(set(seen) - expected)}"
        )
    docs = {d.id: d for d in truth.documents}
    for tp in truth.pages:
        d = docs.get(tp.document)
        if d is None or d.file != tp.file or tp.page not in d.pages or d.type != tp.type:
            problems.append(f"truth page {tp.file} p{tp.page} disagrees with its document {tp.document}")
    for d in truth.documents:
        if d.pages != list(range(d.pages[0], d.pages[0] + len(d.pages))):
            problems.append(f"{d.id}: pages not consecutive")
        for k, v in d.fields.items():
            if k in MONEY_KEYS and not (isinstance(v, str) and MONEY_RE.match(v)):
                problems.append(f"{d.id}.{k}: {v!r} not a two-decimal money string")
            if k in DATE_KEYS and not (isinstance(v, str) and DATE_RE.match(v)):
                problems.append(f"{d.id}.{k}: {v!r} not an ISO date")
        for k, v in d.fields.get("fees", {}).items():
            if not MONEY_RE.match(v):
                problems.append(f"{d.id}.fees.{k}: {v!r}")

    # ---- plants
    if truth.clean != (not truth.findings):
        problems.append("clean flag disagrees with findings")
    if not truth.clean and len(truth.findings) != 1:
        problems.append(f"{len(truth.findings)} plants (one expected)")
    planted = {f.code.value for f in truth.findings}
    rows = {p.id: p for p in decl.projects}

    def doc_at(file: str | None, page: int | None) -> Any:
        return next((d for d in truth.documents if d.file == file and page in d.pages), None)

    seals = {(f["file"], f["page"]): f["count"] for f in printed if f["what"] == "seals"}
    for f in truth.findings:
        if f.file is not None and (f.file, f.page) not in seen:
            problems.append(f"plant {f.code} points at a page not in truth")
        d = doc_at(f.file, f.page)
        row = rows.get(f.project_id or "")
        if d is None or row is None:
            problems.append(f"plant {f.code}: no document or row")
            continue
        code = f.code.value
        holds = False
        if code == "AMOUNT_WORDS_MISMATCH":
            holds = (
                d.type == "contract"
                and read_capital(d.fields["amount_in_words"]) != _d(d.fields["contract_amount"])
                and _d(d.fields["contract_amount"]) == row.contract_amount
            )
        elif code == "DATE_MISMATCH":
            got = d.fields.get("accepted_on")
            holds = (
                d.type == "acceptance_report"
                and got is not None
                and got != str(row.accepted_on)
                and got.startswith("2024-")
            )
        elif code == "FEE_MISMATCH":
            fees = d.fields.get("fees", {})
            declared = row.fees.model_dump()
            holds = (
                d.type == "contract"
                and any(_d(v) != declared[k] for k, v in fees.items())
                and sum(_d(v) for v in fees.values()) == row.contract_amount
            )
        elif code == "ACCEPTANCE_NOT_PASSED":
            accepts = [x for x in truth.documents if x.project_id == row.id and x.type == "acceptance_report"]
            holds = d.fields.get("conclusion") == "failed" and all(
                x.fields.get("conclusion") == "failed" for x in accepts
            )
        elif code == "SEAL_MISSING":
            holds = d.type == "contract" and seals.get((f.file, f.page)) == 0
        elif code == "INVOICE_EXCEEDS_CONTRACT":
            invoices = sorted(
                (x for x in truth.documents if x.project_id == row.id and x.type == "invoice"),
                key=lambda x: x.fields["issued_on"],
            )
            amounts = [_d(x.fields["total_amount"]) for x in invoices]
            holds = (
                d.type == "invoice"
                and sum(amounts) > (row.contract_amount or 0)
                and sum(amounts[:-1]) <= (row.contract_amount or 0)
                and invoices[-1].id == d.id
            )
        if not holds:
            problems.append(f"plant {code} does not hold")

    # ---- consistency apart from the plant
    name = decl.enterprise.name
    for row in decl.projects:
        mine = [d for d in truth.documents if d.project_id == row.id]
        cons = [d for d in mine if d.type == "contract"]
        if len(cons) != 1:
            problems.append(f"{row.id}: {len(cons)} contracts")
            continue
        con = cons[0].fields
        amount = _d(con["contract_amount"])
        if amount != row.contract_amount:
            problems.append(f"{row.id}: contract {amount} != declared {row.contract_amount}")
        if con["party_a"] != row.client or con["party_b"] != name:
            problems.append(f"{row.id}: parties")
        if con["signed_on"] != str(row.signed_on):
            problems.append(f"{row.id}: signed_on")
        if "AMOUNT_WORDS_MISMATCH" not in planted and read_capital(con["amount_in_words"]) != amount:
            problems.append(f"{row.id}: amount_in_words")
        if "fees" in con and "FEE_MISMATCH" not in planted:
            declared = row.fees.model_dump()
            if any(_d(v) != declared[k] for k, v in con["fees"].items()):
                problems.append(f"{row.id}: fees")
        accepts = [d for d in mine if d.type == "acceptance_report"]
        if not accepts:
            problems.append(f"{row.id}: no acceptance")
        for a in accepts:
            if a.fields["party_a"] != row.client or a.fields["party_b"] != name or not a.fields["has_seal"]:
                problems.append(f"{row.id}: acceptance parties / seal")
            if a.fields["conclusion"] != "passed" and "ACCEPTANCE_NOT_PASSED" not in planted:
                problems.append(f"{row.id}: acceptance not passed")
            got = a.fields.get("accepted_on")
            if got is not None:
                if got != str(row.accepted_on) and "DATE_MISMATCH" not in planted:
                    problems.append(f"{row.id}: accepted_on {got} != {row.accepted_on}")
                if not ("2024-01-01" <= got <= "2024-12-31") or got < con["signed_on"]:
                    problems.append(f"{row.id}: acceptance {got} out of period or before signing")
        if (
            row.accepted_on is None
            or not (row.signed_on and row.signed_on <= row.accepted_on)
            or row.accepted_on.year != 2024
        ):
            problems.append(f"{row.id}: declared dates")
        invoices = [d for d in mine if d.type == "invoice"]
        total = sum((_d(d.fields["total_amount"]) for d in invoices), Decimal(0))
        if total > amount and "INVOICE_EXCEEDS_CONTRACT" not in planted:
            problems.append(f"{row.id}: invoices {total} > contract {amount}")
        for inv in invoices:
            if inv.fields["buyer"] != row.client or inv.fields["seller"] != name:
                problems.append(f"{row.id}: invoice parties")
        for mark in (f for f in printed if f["what"] == "mark" and f["name"] == "signature"):
            if (
                mark["document"] == cons[0].id
                and seals.get((mark["file"], mark["page"]), 0) == 0
                and "SEAL_MISSING" not in planted
            ):
                problems.append(f"{row.id}: signature page without seal")
    for d in truth.documents:
        if d.type == "acceptance_report":
            for number in d.pages:
                if seals.get((d.file, number), 0) == 0:
                    problems.append(f"{d.id}: acceptance page without seal")

    lic = [d for d in truth.documents if d.type == "business_license"]
    if len(lic) != 1:
        problems.append("licence count")
    else:
        lf = lic[0].fields
        e = decl.enterprise
        if (
            lf["company_name"] != e.name
            or lf["credit_code"] != e.credit_code
            or lf["legal_representative"] != e.legal_representative
            or _d(lf["registered_capital"]) != e.registered_capital
            or lf["established_on"] != str(e.established_on)
        ):
            problems.append("licence disagrees with the declaration")
    audits = [d for d in truth.documents if d.type == "audit_report"]
    if len(audits) != len(decl.finance):
        problems.append("audit count")
    for a in audits:
        fin = next(x for x in decl.finance if x.year == a.fields["fiscal_year"])
        if (
            _d(a.fields["operating_revenue"]) != fin.operating_revenue
            or _d(a.fields["net_profit"]) != fin.net_profit
            or _d(a.fields["system_integration_revenue"]) != fin.system_integration_revenue
            or a.fields["opinion"] != "unqualified"
        ):
            problems.append("audit disagrees with the declaration")

    # ---- printed figures agree within each paper
    plant_pages = {(f.file, f.page) for f in truth.findings}
    for fact in printed:
        what = fact["what"]
        here = (fact["file"], fact["page"])
        if what == "amount" and here not in plant_pages and read_capital(fact["words"]) != _d(fact["figure"]):
            problems.append(f"{here}: 大写 {fact['words']} != {fact['figure']}")
        if what == "quarterly":
            if _d(fact["quarter"]) * 4 != _d(fact["total"]) or read_capital(fact["quarter_words"]) != _d(
                fact["quarter"]
            ):
                problems.append(f"{here}: quarterly fee")
        if what == "instalments" and sum(_d(x) for x in fact["parts"]) != _d(fact["total"]):
            problems.append(f"{here}: instalments")
        if what == "fee_table" and sum(_d(x) for x in fact["rows"].values()) != _d(fact["total"]):
            problems.append(f"{here}: fee table")
        if what == "invoice" and (
            _d(fact["pre_tax"]) + _d(fact["tax"]) != _d(fact["total"])
            or read_capital(fact["words"]) != _d(fact["total"])
        ):
            problems.append(f"{here}: 价税合计")
        if what == "revenue_note" and sum(_d(x) for x in fact["rows"]) != _d(fact["total"]):
            problems.append(f"{here}: revenue note")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print(__doc__)
        return 2
    root = Path(args[0])
    folders = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    if not folders:
        print(f"no scenarios under {root}")
        return 1
    bad = 0
    for folder in folders:
        problems = check_scenario(folder)
        status = "ok" if not problems else "FAIL"
        print(f"{status:4} {folder.name}")
        for p in problems:
            print(f"     - {p}")
        bad += bool(problems)
    print(f"{len(folders) - bad}/{len(folders)} scenarios pass")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
