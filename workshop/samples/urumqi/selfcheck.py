"""Check a generated urumqi set: ``python -m jianzheng_workshop.samples.urumqi.selfcheck DIR``.

Declarations validate against the model and keep the form's identities; truth validates; every page of every
file is in truth once and nothing else is; plants point at truth pages, files and declared projects; clean
scenarios plant nothing, the others exactly one cause; money has two decimals, dates are ISO.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pymupdf

from jianzheng.models.declaration import FEE_KEYS, Declaration
from jianzheng.models.truth import Truth

MONEY_FIELDS = {"contract_amount", "registered_capital", "operating_revenue", "net_profit", "total_amount"}
TWO_DECIMALS = re.compile(r"^-?\d+\.\d{2}$")


def _pages(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return int(doc.page_count)
    return 1


def check_one(folder: Path) -> list[str]:
    errs: list[str] = []
    sub = folder / "submission"
    raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    decl = Declaration.model_validate(raw)
    truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    for p_raw, p in zip(raw["projects"], decl.projects, strict=True):
        if p.services_total != p.fees.services_sum() or p.contract_amount != p.fees.total():
            errs.append(f"{p.id}: fee identities broken")
        for key in ("services_total", "contract_amount"):
            if not TWO_DECIMALS.match(str(p_raw[key])):
                errs.append(f"{p.id}.{key} not two decimals")
        for key in FEE_KEYS:
            if not TWO_DECIMALS.match(str(p_raw["fees"][key])):
                errs.append(f"{p.id}.fees.{key} not two decimals")
        if truth.clean and p.accepted_on and p.signed_on:
            if p.accepted_on < p.signed_on or p.accepted_on.year != decl.enterprise.inspection_year:
                errs.append(f"{p.id}: clean filing with acceptance out of order or period")
    files = {
        str(path.relative_to(sub)): _pages(path)
        for path in sub.rglob("*")
        if path.is_file() and path.name != "declaration.json"
    }
    seen: dict[tuple[str, int], str] = {}
    for tp in truth.pages:
        at = (tp.file, tp.page)
        if at in seen:
            errs.append(f"page {at} twice in truth")
        seen[at] = tp.document
        if tp.file not in files or not 1 <= tp.page <= files[tp.file]:
            errs.append(f"truth page {at} not in the submission")
    for name, n in files.items():
        for no in range(1, n + 1):
            if (name, no) not in seen:
                errs.append(f"{name} p{no} has no truth page")
    ids = {d.id for d in truth.documents}
    for d in truth.documents:
        for no in d.pages:
            if seen.get((d.file, no)) != d.id:
                errs.append(f"document {d.id} page {no} not recorded as its page")
        for k, v in d.fields.items():
            if k in MONEY_FIELDS and not TWO_DECIMALS.match(str(v)):
                errs.append(f"{d.id}.{k} = {v!r} not two decimals")
            if k.endswith("_on") and v != "长期":
                dt.date.fromisoformat(str(v))
            if k == "fees":
                for fk, fv in v.items():
                    if fk not in FEE_KEYS or not TWO_DECIMALS.match(str(fv)):
                        errs.append(f"{d.id}.fees.{fk} = {fv!r}")
                total = sum((Decimal(x) for x in v.values()), Decimal(0))
                if "contract_amount" in d.fields and total != Decimal(d.fields["contract_amount"]):
                    errs.append(f"{d.id}: printed fees do not add up to the contract amount")
    if ids != {tp.document for tp in truth.pages}:
        errs.append("documents and pages disagree on document ids")
    projects = {p.id for p in decl.projects}
    for fd in truth.findings:
        if fd.file is not None and fd.file not in files:
            errs.append(f"plant {fd.code} on missing file {fd.file}")
        if fd.page is not None and (fd.file, fd.page) not in seen:
            errs.append(f"plant {fd.code} on page {fd.page} not in truth")
        if fd.project_id is not None and fd.project_id not in projects:
            errs.append(f"plant {fd.code} names undeclared project {fd.project_id}")
    if truth.clean and truth.findings:
        errs.append("clean scenario plants findings")
    if not truth.clean and len(truth.findings) != 1:
        errs.append(f"planted scenario has {len(truth.findings)} findings, expected one cause")
    return errs


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(".")
    folders = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    if not folders:
        print(f"no scenarios under {root}")
        return 1
    bad = 0
    for folder in folders:
        errs = check_one(folder)
        bad += bool(errs)
        print(f"{'FAIL' if errs else 'ok  '} {folder.name}")
        for e in errs:
            print(f"     {e}")
    print(f"{len(folders) - bad}/{len(folders)} scenarios pass")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
