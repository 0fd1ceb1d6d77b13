"""Internal consistency of a generated shihezi set: ``python -m jianzheng_workshop.samples.shihezi.selfcheck DIR``."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pymupdf

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS, Declaration
from jianzheng.models.truth import Truth

MONEY_FIELDS = {"registered_capital", "operating_revenue", "net_profit", "contract_amount", "total_amount"}


def _pages(path: Path) -> int:
    if path.suffix.lower() in {".docx", ".xlsx"}:
        return 1
    with pymupdf.open(path) as doc:
        return int(doc.page_count)


def _two_decimals(value: Any) -> bool:
    return isinstance(value, str) and len(value.rpartition(".")[2]) == 2 and "." in value


def _xlsx_declaration(path: Path) -> dict[str, Any]:
    wb = openpyxl.load_workbook(path, read_only=True)
    info = {str(r[0]): r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    rows = list(wb["项目汇总"].iter_rows(values_only=True))
    head = [str(h) for h in rows[0]]
    projects = []
    keys = [
        "软件开发费",
        "咨询设计费",
        "集成实施费",
        "运行维护费",
        "数据处理费",
        "运营服务费",
        "自制硬件费",
        "硬件购置费",
        "软件购置费",
        "其他",
    ]
    for r in rows[1:]:
        cell = {h.split("（")[0]: v for h, v in zip(head, r, strict=True)}
        projects.append({
            "id": f"P{cell['序号']}", "name": cell["项目名称"], "client": cell["甲方单位"],
            "fees": {k: str(cell[c]) for k, c in zip(FEE_KEYS, keys, strict=True)},
            "services_total": str(cell["软件和信息技术服务费合计"]), "contract_amount": str(cell["合同金额"]),
        })  # fmt: skip
    return {
        "enterprise": {"name": info["企业名称"], "inspection_year": info["年检年度"]},
        "projects": projects,
    }


def check(root: Path) -> list[str]:
    problems: list[str] = []
    for case in sorted(p for p in root.iterdir() if (p / "truth.json").exists()):
        sub = case / "submission"
        truth = Truth.model_validate_json((case / "truth.json").read_text("utf-8"))
        where = case.name
        if (sub / "declaration.json").exists():
            raw = json.loads((sub / "declaration.json").read_text("utf-8"))
            for p in raw["projects"]:
                for v in [*p["fees"].values(), p["services_total"], p["contract_amount"]]:
                    if not _two_decimals(v):
                        problems.append(f"{where}: declared money {v!r} lacks two decimals")
        elif (sub / "declaration.xlsx").exists():
            raw = _xlsx_declaration(sub / "declaration.xlsx")
        else:
            problems.append(f"{where}: no declaration")
            continue
        decl = Declaration.model_validate(raw)
        for proj in decl.projects:
            if proj.services_total != sum((getattr(proj.fees, k) for k in SERVICE_FEE_KEYS), Decimal(0)):
                problems.append(f"{where}: {proj.id} services_total breaks the identity")
            if proj.contract_amount != proj.fees.total():
                problems.append(f"{where}: {proj.id} contract_amount breaks the identity")
        files = {
            str(p.relative_to(sub))
            for p in sub.rglob("*")
            if p.is_file() and not p.name.startswith("declaration.")
        }
        seen = {(tp.file, tp.page) for tp in truth.pages}
        for f in files:
            for n in range(1, _pages(sub / f) + 1):
                if (f, n) not in seen:
                    problems.append(f"{where}: {f} page {n} missing from truth")
        for f, n in seen:
            if f not in files or n > _pages(sub / f):
                problems.append(f"{where}: truth page {f}:{n} not in the files")
        docs = {d.id for d in truth.documents}
        for tp in truth.pages:
            if tp.document not in docs:
                problems.append(f"{where}: page {tp.file}:{tp.page} names unknown document {tp.document}")
        for d in truth.documents:
            for k, v in d.fields.items():
                if k in MONEY_FIELDS and not _two_decimals(v):
                    problems.append(f"{where}: {d.id}.{k} = {v!r} lacks two decimals")
        if truth.clean and truth.findings:
            problems.append(f"{where}: clean scenario plants findings")
        if not truth.clean and not truth.findings:
            problems.append(f"{where}: planted scenario has no finding")
        ids = {p.id for p in decl.projects}
        for fd in truth.findings:
            if fd.file is not None and fd.file not in files:
                problems.append(f"{where}: {fd.code} points at unknown file {fd.file}")
            if fd.page is not None and (fd.file, fd.page) not in seen:
                problems.append(f"{where}: {fd.code} points at {fd.file}:{fd.page}, not a truth page")
            if fd.project_id is not None and fd.project_id not in ids:
                problems.append(f"{where}: {fd.code} names unknown project {fd.project_id}")
    return problems


def main() -> None:
    root = Path(sys.argv[1])
    problems = check(root)
    for p in problems:
        print(p)
    n = sum(1 for p in root.iterdir() if (p / "truth.json").exists())
    print(f"{n} scenarios, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
