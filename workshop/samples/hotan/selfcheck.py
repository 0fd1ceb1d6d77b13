"""Check a generated Hotan set without the checker: ``python -m jianzheng_workshop.samples.hotan.selfcheck DIR``.

For every scenario: the truth validates; every page of every attachment is typed exactly once and belongs
to a document that lists it; planted findings point at real files and pages; in clean filings every
document agrees with the declaration at the coarser of the two precisions (CONTRACT 1.1).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
from openpyxl import load_workbook
from PIL import Image

from jianzheng.models import Declaration, Truth

ATTACHMENT = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
XLSX_KEYS = [
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    "services_total",
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
    "contract_amount",
]


def page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return len(doc)
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def read_xlsx(path: Path) -> dict[str, Any]:
    """Read the workbook this family writes (not a general reader) into declaration.json's shape."""
    wb = load_workbook(path, data_only=True)
    info = {str(r[0].value): r[1].value for r in wb["企业信息"].iter_rows(min_row=2)}
    fin = [
        {
            "year": r[0],
            "operating_revenue": str(r[1]),
            "system_integration_revenue": str(r[2]),
            "net_profit": str(r[3]),
        }
        for r in wb["经营情况"].iter_rows(min_row=2, values_only=True)
    ]
    rows = list(wb["项目汇总"].iter_rows(values_only=True))
    header_i = next(i for i, r in enumerate(rows) if r[0] == "序号")
    header = [str(h) for h in rows[header_i]]
    scale = Decimal(10000) if "万元" in header[-1] else Decimal(1)
    projects = []
    for r in rows[header_i + 1 :]:
        if r[0] is None:
            continue
        money = [(Decimal(str(v)) * scale).quantize(Decimal("0.01")) for v in r[7:]]
        m = dict(zip(XLSX_KEYS, money, strict=True))
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": r[3],
                "accepted_on": r[4],
                "field": r[5],
                "location": r[6],
                "services_total": str(m.pop("services_total")),
                "contract_amount": str(m.pop("contract_amount")),
                "fees": {k: str(v) for k, v in m.items()},
            }
        )
    ent = {
        "name": info["企业名称"],
        "credit_code": info["统一社会信用代码"],
        "legal_representative": info["法定代表人"],
        "registered_capital": str(info["注册资本"]),
        "established_on": info["成立日期"],
        "grade": info["资质等级"],
        "inspection_year": info["年检年度"],
        "staff": {"technical_total": info["技术人员总数"], "certified_total": info["持证人员总数"]},
    }
    return {"enterprise": ent, "finance": fin, "projects": projects}


def step(value: Decimal) -> Decimal:
    """The precision a printed figure carries, read from its trailing zeros (at most 万元)."""
    if value != value.to_integral_value():
        return Decimal("0.01")
    n = int(abs(value))
    p = Decimal(1)
    while n and n % 10 == 0 and p < 10000:
        n //= 10
        p *= 10
    return p


def agree(a: Any, b: Any) -> bool:
    x, y = Decimal(str(a)), Decimal(str(b))
    s = max(step(x), step(y))
    return (x / s).quantize(Decimal(1)) == (y / s).quantize(Decimal(1))


def check_scenario(root: Path) -> list[str]:
    errs: list[str] = []
    truth = Truth.model_validate(json.loads((root / "truth.json").read_text(encoding="utf-8")))
    sub = root / "submission"
    if (sub / "declaration.json").exists():
        decl = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    elif (sub / "declaration.xlsx").exists():
        decl = read_xlsx(sub / "declaration.xlsx")
    else:
        return ["no declaration"]
    Declaration.model_validate(decl)
    files = {
        str(p.relative_to(sub)): page_count(p)
        for p in sorted(sub.rglob("*"))
        if p.is_file() and p.suffix.lower() in ATTACHMENT
    }
    docs = {d.id: d for d in truth.documents}
    seen: dict[tuple[str, int], int] = {}
    for pg in truth.pages:
        seen[(pg.file, pg.page)] = seen.get((pg.file, pg.page), 0) + 1
        d = docs.get(pg.document)
        if d is None or d.file != pg.file or pg.page not in d.pages or d.type != pg.type:
            errs.append(f"page {pg.file}:{pg.page} not in its document {pg.document}")
    for f, n in files.items():
        for p in range(1, n + 1):
            if seen.get((f, p)) != 1:
                errs.append(f"{f} page {p} typed {seen.get((f, p), 0)} times")
    for f, p in seen:
        if f not in files or p > files[f]:
            errs.append(f"truth page {f}:{p} does not exist")
    for fd in truth.findings:
        if fd.file is not None and (fd.file not in files or (fd.page or 1) > files[fd.file]):
            errs.append(f"finding {fd.code} points at missing {fd.file}:{fd.page}")
    if truth.clean:
        if truth.findings:
            errs.append("clean filing with planted findings")
        errs += check_clean(truth, decl)
    return errs


def check_clean(truth: Truth, decl: dict[str, Any]) -> list[str]:
    errs: list[str] = []
    ent = decl["enterprise"]
    year = int(ent["inspection_year"])
    rows = {p["id"]: p for p in decl["projects"]}
    fin = {int(f["year"]): f for f in decl["finance"]}
    contracts: dict[str, list[Any]] = {}
    for d in truth.documents:
        f = d.fields
        if d.type == "contract" and d.project_id:
            contracts.setdefault(d.project_id, []).append(d)
    for pid, ds in contracts.items():
        row = rows.get(pid)
        if row is None:
            errs.append(f"contract for undeclared {pid}")
            continue
        total = sum((Decimal(d.fields["contract_amount"]) for d in ds), Decimal(0))
        if not agree(total, row["contract_amount"]):
            errs.append(f"{pid}: contracts {total} vs declared {row['contract_amount']}")
        for d in ds:
            f = d.fields
            if f.get("party_b") != ent["name"] or f.get("party_a") != row["client"]:
                errs.append(f"{pid}: parties {f.get('party_a')} / {f.get('party_b')}")
            if len(ds) == 1 and f.get("signed_on") != str(row["signed_on"]):
                errs.append(f"{pid}: signed {f.get('signed_on')} vs {row['signed_on']}")
            for k, v in (f.get("fees") or {}).items():
                if not agree(v, row["fees"][k]):
                    errs.append(f"{pid}: fee {k} {v} vs {row['fees'][k]}")
    for d in truth.documents:
        f = d.fields
        if d.type == "acceptance_report":
            row = rows.get(d.project_id or "")
            if row is None:
                errs.append(f"acceptance {d.id} without a declared project")
                continue
            single = len(contracts.get(d.project_id or "", [])) == 1
            if single and f["accepted_on"] != str(row["accepted_on"]):
                errs.append(f"{d.project_id}: accepted {f['accepted_on']} vs {row['accepted_on']}")
            if not f["accepted_on"].startswith(str(year)) or f["conclusion"] != "passed" or not f["has_seal"]:
                errs.append(f"{d.project_id}: acceptance {f}")
        elif d.type == "business_license":
            if (
                f["company_name"] != ent["name"]
                or f.get("credit_code", ent["credit_code"]) != ent["credit_code"]
            ):
                errs.append("licence name/code")
            if f.get("legal_representative") != ent["legal_representative"]:
                errs.append("licence legal representative")
            if not agree(f["registered_capital"], ent["registered_capital"]):
                errs.append("licence capital")
            if f["established_on"] != str(ent["established_on"]):
                errs.append("licence established")
            if f["valid_until"] != "长期" and f["valid_until"] < f"{year}-12-31":
                errs.append("licence expired")
        elif d.type == "audit_report":
            fy = fin.get(int(f["fiscal_year"]))
            if fy is None:
                errs.append(f"audit for undeclared year {f['fiscal_year']}")
                continue
            for k in ("operating_revenue", "net_profit", "system_integration_revenue"):
                if k in f and not agree(f[k], fy[k]):
                    errs.append(f"audit {k} {f[k]} vs {fy[k]}")
        elif d.type == "invoice":
            row = rows.get(d.project_id or "")
            if row is None or Decimal(f["total_amount"]) > Decimal(str(row["contract_amount"])):
                errs.append(f"invoice {d.id} exceeds or unmatched")
            if f["seller"] != ent["name"]:
                errs.append(f"invoice {d.id} seller")
        elif d.type == "declaration_form":
            total = sum((Decimal(str(p["contract_amount"])) for p in decl["projects"]), Decimal(0))
            if (
                f["company_name"] != ent["name"]
                or f["credit_code"] != ent["credit_code"]
                or f["project_count"] != len(decl["projects"])
                or not agree(f["project_total"], total)
                or not f["has_seal"]
            ):
                errs.append("declaration form differs")
    return errs


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if not args:
        print("usage: python -m jianzheng_workshop.samples.hotan.selfcheck DIR")
        return 2
    base = Path(args[0])
    bad = 0
    roots = sorted(p.parent for p in base.glob("*/truth.json"))
    for root in roots:
        errs = check_scenario(root)
        print(f"{'ok  ' if not errs else 'FAIL'} {root.name}")
        for e in errs:
            print(f"     {e}")
        bad += bool(errs)
    print(f"{len(roots) - bad}/{len(roots)} scenarios pass")
    return 1 if bad or not roots else 0


if __name__ == "__main__":
    raise SystemExit(main())
