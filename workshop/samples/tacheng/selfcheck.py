"""Check a generated tacheng set for internal consistency: ``python -m ...tacheng.selfcheck DIR``.

Checks, per scenario: the declaration parses (CONTRACT 1.1) and keeps the form's identities; every
truth page exists in its file; pages and documents agree; planted findings point at existing pages
(FILE_UNREADABLE at a file that really cannot be opened); clean scenarios plant nothing; money
strings have exactly two decimals; and the declared values relate to the truth as each scenario
claims (equal where clean, different where a mismatch is planted).
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pymupdf
from PIL import Image

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

MONEY = re.compile(r"^-?\d+\.\d{2}$")
MONEY_KEYS = {
    "contract_amount",
    "registered_capital",
    "operating_revenue",
    "net_profit",
    "system_integration_revenue",
    "total_amount",
}


def _norm(name: str) -> str:
    return name.replace("（", "(").replace("）", ")").replace(" ", "")


def _page_count(path: Path) -> int | None:
    try:
        if path.suffix.lower() in (".tif", ".tiff"):
            return getattr(Image.open(path), "n_frames", 1)
        if path.suffix.lower() in (".jpg", ".jpeg", ".png", ".bmp"):
            Image.open(path).verify()
            return 1
        doc = pymupdf.open(path)
        if doc.needs_pass:
            return None
        return doc.page_count
    except Exception:
        return None


def check_scenario(folder: Path) -> list[str]:
    errs: list[str] = []
    sub = folder / "submission"
    raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    decl = Declaration.model_validate(raw)
    truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    say = errs.append
    # declaration identities and money strings
    for row in raw.get("projects", []):
        fees = {k: Decimal(v) for k, v in row["fees"].items()}
        services = sum(fees[k] for k in list(fees)[:6])
        if Decimal(row["services_total"]) != services or Decimal(row["contract_amount"]) != sum(
            fees.values()
        ):
            say(f"{row['id']}: declared identities broken")
        for k, v in [
            *row["fees"].items(),
            ("services_total", row["services_total"]),
            ("contract_amount", row["contract_amount"]),
        ]:
            if not MONEY.match(v):
                say(f"{row['id']}.{k}: money string {v!r}")
    for fy in raw.get("finance", []):
        for k in ("operating_revenue", "system_integration_revenue", "net_profit"):
            if not MONEY.match(fy[k]):
                say(f"finance.{k}: money string {fy[k]!r}")
    # pages and documents
    counts: dict[str, int | None] = {}
    for path in sub.rglob("*"):
        if path.is_file() and path.name != "declaration.json":
            counts[str(path.relative_to(sub))] = _page_count(path)
    docs = {d.id: d for d in truth.documents}
    for p in truth.pages:
        n = counts.get(p.file)
        if n is None or not 1 <= p.page <= n:
            say(f"truth page {p.file}#{p.page} does not exist")
        d = docs.get(p.document)
        if d is None or p.page not in d.pages or d.type != p.type or d.file != p.file:
            say(f"truth page {p.file}#{p.page} disagrees with its document {p.document}")
    for d in truth.documents:
        for pg in d.pages:
            if not any(p.file == d.file and p.page == pg and p.document == d.id for p in truth.pages):
                say(f"document {d.id} page {pg} missing from pages")
        for k, v in d.fields.items():
            if k in MONEY_KEYS and not MONEY.match(str(v)):
                say(f"{d.id}.{k}: money string {v!r}")
        for k, v in (d.fields.get("fees") or {}).items():
            if not MONEY.match(v):
                say(f"{d.id}.fees.{k}: money string {v!r}")
    for f in truth.findings:
        if f.code == "FILE_UNREADABLE":
            if f.file not in counts or counts[f.file] is not None:
                say(f"FILE_UNREADABLE at {f.file}, which opens")
        elif f.file is not None and f.page is not None:
            n = counts.get(f.file)
            if n is None or not 1 <= f.page <= n:
                say(f"{f.code} points at missing page {f.file}#{f.page}")
    if truth.clean and truth.findings:
        say("clean scenario plants findings")
    if not truth.clean and not truth.findings:
        say("scenario marked not clean plants nothing")
    # declared vs truth
    codes = {f.code for f in truth.findings}
    ent = decl.enterprise
    projects = {p.id: p for p in decl.projects}
    for d in truth.documents:
        fl = d.fields
        if d.type == "business_license" and "credit_code" in fl:
            same_rep = fl["legal_representative"] == ent.legal_representative
            if same_rep == ("LICENSE_FIELD_MISMATCH" in codes):
                say("licence legal representative vs declaration disagrees with the plan")
            if _norm(fl["company_name"]) != _norm(ent.name) or fl["credit_code"] != ent.credit_code:
                say("licence name or credit code differs from the declaration")
            expired = fl["valid_until"] != "长期" and fl["valid_until"] < f"{ent.inspection_year}-12-31"
            if expired != ("LICENSE_EXPIRED" in codes):
                say("licence term vs LICENSE_EXPIRED plan")
        if d.type == "audit_report":
            fy = next(x for x in decl.finance if x.year == fl["fiscal_year"])
            unit = Decimal(10) if "千元" in _statement_unit(sub / d.file) else Decimal("0.01")
            same = _agree(fy.operating_revenue, Decimal(fl["operating_revenue"]), unit)
            if same == ("AUDIT_FIGURE_MISMATCH" in codes):
                say(
                    f"audit revenue {fl['operating_revenue']} vs declared {fy.operating_revenue} disagrees with the plan"
                )
            for k in ("net_profit", "system_integration_revenue"):
                if not _agree(getattr(fy, k), Decimal(fl[k]), unit):
                    say(f"audit {k} differs from the declaration")
        if d.project_id is None or d.project_id not in projects:
            continue
        pr = projects[d.project_id]
        planted = {f.code for f in truth.findings if f.project_id == d.project_id}
        if d.type == "contract":
            same = Decimal(fl["contract_amount"]) == pr.contract_amount
            if same == ("AMOUNT_MISMATCH" in planted):
                say(f"{d.id}: contract amount vs declared disagrees with the plan")
            if (_norm(fl["party_b"]) == _norm(ent.name)) == ("PARTY_MISMATCH" in planted):
                say(f"{d.id}: party B vs PARTY_MISMATCH plan")
            if _norm(fl["party_a"]) != _norm(pr.client or ""):
                say(f"{d.id}: party A {fl['party_a']} is not the declared client")
            if pr.signed_on is None or fl["signed_on"] != pr.signed_on.isoformat():
                say(f"{d.id}: signing date differs from the declaration")
            if "fees" in fl:
                fee_same = all(Decimal(v) == getattr(pr.fees, k) for k, v in fl["fees"].items())
                if fee_same == ("FEE_MISMATCH" in planted):
                    say(f"{d.id}: fees vs FEE_MISMATCH plan")
        if d.type == "acceptance_report" and d.file == _final_acceptance(truth, d.project_id):
            last = max(
                x.fields["accepted_on"]
                for x in truth.documents
                if x.project_id == d.project_id and x.type == "acceptance_report" and x.file == d.file
            )
            accepted = pr.accepted_on.isoformat() if pr.accepted_on is not None else None
            if fl["accepted_on"] == last and (last == accepted) == ("DATE_MISMATCH" in planted):
                say(f"{d.id}: acceptance date vs DATE_MISMATCH plan")
            if fl["accepted_on"] == last and (fl["conclusion"] == "failed") != (
                "ACCEPTANCE_NOT_PASSED" in planted
            ):
                say(f"{d.id}: conclusion vs plan")
            if (not fl["has_seal"]) != ("SEAL_MISSING" in planted):
                say(f"{d.id}: seal vs SEAL_MISSING plan")
        if d.type == "invoice" and Decimal(fl["total_amount"]) != pr.contract_amount:
            say(f"{d.id}: invoice total differs from the contract amount")
    return errs


def _final_acceptance(truth: Truth, pid: str) -> str | None:
    files = [d.file for d in truth.documents if d.project_id == pid and d.type == "acceptance_report"]
    return files[0] if files else None


def _agree(declared: Decimal | None, found: Decimal, unit: Decimal) -> bool:
    from .money import round_to

    return declared is not None and round_to(declared, unit) == round_to(found, unit)


def _statement_unit(path: Path) -> str:
    """The unit in the 利润表 header (page 2); a scanned report without text is tc02's, printed in 千元."""
    try:
        doc = pymupdf.open(path)
        text = doc[1].get_text()
        if text:
            return "千元" if "千元" in text else "元"
    except Exception:
        pass
    return "千元" if "审计报告2025" in path.name else "元"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = Path(argv[0])
    bad = 0
    names = sorted(p.name for p in root.iterdir() if (p / "truth.json").exists())
    for name in names:
        errs = check_scenario(root / name)
        status = "ok" if not errs else f"{len(errs)} problem(s)"
        print(f"{name}: {status}")
        for e in errs:
            print(f"  - {e}")
        bad += bool(errs)
    print(f"{len(names) - bad}/{len(names)} scenarios consistent")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
