"""Structural checks of a generated Turpan set; never runs the checker.

``python -m jianzheng_workshop.samples.turpan.selfcheck DIR`` prints one line per problem and exits 1 if any.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pymupdf as fitz
from openpyxl import load_workbook
from PIL import Image

from jianzheng.models import Declaration, Truth

FEE_KEYS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
)
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
    "invoice": {"invoice_number", "issued_on", "buyer", "seller", "total_amount", "qr"},
    "other": set(),
}


def page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with fitz.open(path) as doc:
            return len(doc)
    with Image.open(path) as img:
        return getattr(img, "n_frames", 1)


def _declaration(sub: Path) -> dict:
    if (sub / "declaration.json").exists():
        return json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    wb = load_workbook(sub / "declaration.xlsx")
    info = {row[0]: row[1] for row in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    head = [c.value for c in wb["项目汇总"][1]]
    div = Decimal(10000) if "万元" in head[-1] else Decimal(1)
    projects = []
    for i, row in enumerate(wb["项目汇总"].iter_rows(min_row=2, values_only=True), start=1):
        money = [Decimal(str(v)) * div for v in row[7:]]
        fees = dict(zip(FEE_KEYS, [*money[:6], *money[7:11]], strict=True))
        projects.append(
            {
                "id": f"P{i}",
                "name": row[1],
                "client": row[2],
                "signed_on": row[3],
                "accepted_on": row[4],
                "fees": {k: str(v) for k, v in fees.items()},
                "services_total": str(money[6]),
                "contract_amount": str(money[11]),
            }
        )
    fin = [
        {
            "year": r[0],
            "operating_revenue": str(Decimal(str(r[1])) * div),
            "system_integration_revenue": str(Decimal(str(r[2])) * div),
            "net_profit": str(Decimal(str(r[3])) * div),
        }
        for r in wb["经营情况"].iter_rows(min_row=2, values_only=True)
    ]
    return {
        "enterprise": {
            "name": info["企业名称"],
            "credit_code": info["统一社会信用代码"],
            "inspection_year": int(info["年检年度"]),
        },
        "finance": fin,
        "projects": projects,
    }


def _agree(a: str | Decimal, b: str | Decimal) -> bool:
    """Equal at the coarser of the two precisions (CONTRACT 1.1), precision read from trailing zeros."""
    da, db = Decimal(str(a)), Decimal(str(b))
    unit = Decimal(1)
    for v in (da, db):
        for step in (Decimal(1000), Decimal(100)):
            if v % step == 0:
                unit = max(unit, step)
                break
    return abs(da - db) < unit


def check_scenario(root: Path) -> list[str]:
    problems: list[str] = []
    sub = root / "submission"
    truth = Truth.model_validate(json.loads((root / "truth.json").read_text(encoding="utf-8")))
    if not (sub / "declaration.json").exists() and not (sub / "declaration.xlsx").exists():
        return [f"{root.name}: no declaration"]
    if (sub / "declaration.json").exists():
        Declaration.model_validate_json((sub / "declaration.json").read_text(encoding="utf-8"))
    decl = _declaration(sub)
    for doc in truth.documents:
        path = sub / doc.file
        if not path.is_file():
            problems.append(f"{root.name}: missing file {doc.file}")
            continue
        if max(doc.pages) > page_count(path):
            problems.append(f"{root.name}: {doc.file} has fewer pages than {doc.pages}")
        extra = set(doc.fields) - FIELDS.get(doc.type.value, set())
        if extra:
            problems.append(f"{root.name}: {doc.id} fields not in CONTRACT 2.2: {sorted(extra)}")
    seen = {(p.file, p.page) for p in truth.pages}
    for doc in truth.documents:
        for n in doc.pages:
            if (doc.file, n) not in seen:
                problems.append(f"{root.name}: {doc.file} p{n} has no TruthPage")
    files = {
        str(p.relative_to(sub))
        for p in sub.rglob("*")
        if p.is_file() and not p.name.startswith("declaration.")
    }
    for file in files:
        total = page_count(sub / file)
        for n in range(1, total + 1):
            if (file, n) not in seen:
                problems.append(f"{root.name}: {file} p{n} not in truth")
    if truth.clean and truth.findings:
        problems.append(f"{root.name}: clean but has findings")
    if not truth.clean and not truth.findings:
        problems.append(f"{root.name}: planted but no findings")
    for p in decl["projects"]:
        fees = [Decimal(p["fees"][k]) for k in FEE_KEYS]
        if abs(sum(fees[:6]) - Decimal(p["services_total"])) > Decimal("0.01") or abs(
            sum(fees) - Decimal(p["contract_amount"])
        ) > Decimal("0.01"):
            problems.append(f"{root.name}: {p['id']} breaks the fee identities")
    if truth.clean:
        problems += _clean_agrees(root.name, decl, truth)
    return problems


def _clean_agrees(name: str, decl: dict, truth: Truth) -> list[str]:
    out = []
    ent = decl["enterprise"]
    for doc in truth.documents:
        f = doc.fields
        if doc.type.value == "business_license" and (
            f.get("company_name") != ent["name"] or f.get("credit_code") != ent["credit_code"]
        ):
            out.append(f"{name}: licence disagrees with the declaration")
        if doc.type.value == "audit_report":
            row = next((r for r in decl["finance"] if r["year"] == f.get("fiscal_year")), None)
            if row is None:
                out.append(f"{name}: audit year {f.get('fiscal_year')} not declared")
                continue
            for key in ("operating_revenue", "net_profit", "system_integration_revenue"):
                if key in f and not _agree(f[key], row[key]):
                    out.append(f"{name}: audit {key} {f[key]} vs declared {row[key]}")
        if doc.project_id and doc.type.value in ("contract", "acceptance_report"):
            row = next(p for p in decl["projects"] if p["id"] == doc.project_id)
            if f.get("project_name") and f["project_name"] != row["name"]:
                out.append(f"{name}: {doc.id} project name differs")
            if f.get("party_a") and f["party_a"] != row["client"]:
                out.append(f"{name}: {doc.id} party A differs")
            if f.get("party_b") and f["party_b"] != ent["name"]:
                out.append(f"{name}: {doc.id} party B differs")
            if "contract_amount" in f and not _agree(f["contract_amount"], row["contract_amount"]):
                out.append(f"{name}: {doc.id} amount {f['contract_amount']} vs {row['contract_amount']}")
            if "signed_on" in f and f["signed_on"] != str(row["signed_on"])[:10]:
                out.append(f"{name}: {doc.id} signed_on differs")
            if "accepted_on" in f and f["accepted_on"] != str(row["accepted_on"])[:10]:
                out.append(f"{name}: {doc.id} accepted_on differs")
            if f.get("conclusion") == "failed" or f.get("has_seal") is False:
                out.append(f"{name}: {doc.id} acceptance not clean")
            for key, value in (f.get("fees") or {}).items():
                if not _agree(value, row["fees"][key]):
                    out.append(f"{name}: {doc.id} fee {key} differs")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jianzheng_workshop.samples.turpan.selfcheck DIR")
        return 2
    base = Path(argv[0])
    roots = sorted(p.parent for p in base.glob("*/truth.json"))
    problems = [line for root in roots for line in check_scenario(root)]
    for line in problems:
        print(line)
    print(f"{len(roots)} scenarios, {len(problems)} problems")
    return 1 if problems or not roots else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
