"""Self-check of a generated yili set: every truth validates, covers every page of every file, and a clean
filing's documents agree with its declaration. ``python -m jianzheng_workshop.samples.yili.selfcheck SET``."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image

from jianzheng.models.truth import Truth

SERVICE = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
)


def _pages(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return int(doc.page_count)
    with Image.open(path) as im:
        return int(getattr(im, "n_frames", 1))


def _declaration(sub: Path) -> tuple[dict[str, Any], Decimal]:
    if (sub / "declaration.json").exists():
        return json.loads((sub / "declaration.json").read_text(encoding="utf-8")), Decimal("0.01")
    import openpyxl

    wb = openpyxl.load_workbook(sub / "declaration.xlsx")
    info = {str(r[0]): r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    rows = list(wb["项目汇总"].iter_rows(values_only=True))
    head = [str(h) for h in rows[0]]
    projects = []
    for r in rows[1:]:
        rec = dict(zip(head, r, strict=True))
        projects.append(
            {
                "id": rec["序号"],
                "client": rec["甲方单位"],
                "accepted_on": rec["验收日期"],
                "contract_amount": str(Decimal(str(rec["合同金额(万元)"])) * 10000),
            }
        )
    fin = next(iter(wb["经营情况"].iter_rows(min_row=2, values_only=True)))
    decl = {
        "enterprise": {"name": info["企业名称"]},
        "finance": [
            {
                "operating_revenue": str(fin[1]),
                "system_integration_revenue": str(fin[2]),
                "net_profit": str(fin[3]),
            }
        ],
        "projects": projects,
    }
    return decl, Decimal(100)


def check(root: Path) -> list[str]:
    problems: list[str] = []
    for case in sorted(p for p in root.iterdir() if p.is_dir()):
        truth = Truth.model_validate_json((case / "truth.json").read_text(encoding="utf-8"))
        sub = case / "submission"
        for f in sorted(sub.rglob("*")):
            if f.is_file() and not f.name.startswith("declaration."):
                rel = f.relative_to(sub).as_posix()
                have = sorted(p.page for p in truth.pages if p.file == rel)
                if have != list(range(1, _pages(f) + 1)):
                    problems.append(f"{case.name}: {rel} pages {have} vs {_pages(f)}")
        decl, tol = _declaration(sub)
        if not truth.clean:
            if not truth.findings:
                problems.append(f"{case.name}: not clean but nothing planted")
            continue
        name = decl["enterprise"]["name"]
        for project in decl["projects"]:
            pid = project["id"]
            docs = [d for d in truth.documents if d.project_id == pid]
            contracts = [d for d in docs if d.type == "contract"]
            total = sum((Decimal(d.fields["contract_amount"]) for d in contracts), Decimal(0))
            if abs(total - Decimal(project["contract_amount"])) > tol / 2:
                problems.append(
                    f"{case.name} {pid}: contracts {total} vs declared {project['contract_amount']}"
                )
            if "fees" in project and Decimal(project["services_total"]) != sum(
                Decimal(project["fees"][k]) for k in SERVICE
            ):
                problems.append(f"{case.name} {pid}: services_total identity")
            for d in docs:
                if d.type in ("contract", "acceptance_report"):
                    if d.fields["party_b"] != name or d.fields["party_a"] != project["client"]:
                        problems.append(f"{case.name} {pid} {d.id}: parties")
                if (
                    d.type == "acceptance_report"
                    and d.fields["accepted_on"] != str(project["accepted_on"])[:10]
                ):
                    problems.append(
                        f"{case.name} {pid} {d.id}: accepted_on {d.fields['accepted_on']} vs {project['accepted_on']}"
                    )
                if d.type == "contract" and "fees" in d.fields and "fees" in project:
                    for k, v in d.fields["fees"].items():
                        if Decimal(v) != Decimal(project["fees"][k]):
                            problems.append(f"{case.name} {pid}: fee {k}")
        for d in truth.documents:
            if d.type == "business_license" and d.fields["company_name"] != name:
                problems.append(f"{case.name}: licence name")
            if d.type == "audit_report":
                fin = decl["finance"][0]
                for k in ("operating_revenue", "system_integration_revenue", "net_profit"):
                    if abs(Decimal(d.fields[k]) - Decimal(fin[k])) > 50:
                        problems.append(f"{case.name}: audit {k} {d.fields[k]} vs {fin[k]}")
    return problems


if __name__ == "__main__":
    found = check(Path(sys.argv[1]))
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)
