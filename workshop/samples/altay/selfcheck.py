"""Check a generated altay set: ``python -m jianzheng_workshop.samples.altay.selfcheck DIR``."""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS, Declaration
from jianzheng.models.truth import Truth

MONEY_FIELDS = {
    "contract_amount",
    "operating_revenue",
    "net_profit",
    "registered_capital",
    "total_amount",
    "system_integration_revenue",
    "total_assets",
}
TWO_DECIMALS = re.compile(r"^-?\d+\.\d{2}$")


def _page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return int(doc.page_count)
    return 1


def _money_ok(value: Any) -> bool:
    return isinstance(value, str) and bool(TWO_DECIMALS.match(value))


def check_one(folder: Path) -> list[str]:
    errors: list[str] = []
    sub = folder / "submission"
    raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    decl = Declaration.model_validate(raw)
    for row in raw["projects"]:
        for key in [*FEE_KEYS]:
            if not _money_ok(row["fees"][key]):
                errors.append(f"{folder.name}: {row['id']} fee {key} not 2 decimals")
        for key in ("services_total", "contract_amount"):
            if not _money_ok(row[key]):
                errors.append(f"{folder.name}: {row['id']} {key} not 2 decimals")
    for p in decl.projects:
        services = sum((getattr(p.fees, k) for k in SERVICE_FEE_KEYS), Decimal(0))
        if p.services_total != services or p.contract_amount != p.fees.total():
            errors.append(f"{folder.name}: {p.id} fee identities broken")
    truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for page in truth.pages:
        path = sub / page.file
        if not path.exists():
            errors.append(f"{folder.name}: missing file {page.file}")
            continue
        counts.setdefault(page.file, _page_count(path))
        if not 1 <= page.page <= counts[page.file]:
            errors.append(f"{folder.name}: {page.file} has no page {page.page}")
    for f in sub.rglob("*"):
        if f.is_file() and f.name != "declaration.json" and f.relative_to(sub).as_posix() not in counts:
            errors.append(f"{folder.name}: file {f.name} has no truth pages")
    for file, n in counts.items():
        listed = {p.page for p in truth.pages if p.file == file}
        if listed != set(range(1, n + 1)):
            errors.append(f"{folder.name}: {file} pages in truth {sorted(listed)} vs {n}")
    pages = {(p.file, p.page) for p in truth.pages}
    for finding in truth.findings:
        if (
            finding.file is not None
            and finding.page is not None
            and (finding.file, finding.page) not in pages
        ):
            errors.append(f"{folder.name}: plant {finding.code} points at no truth page")
    if truth.clean and truth.findings:
        errors.append(f"{folder.name}: clean scenario plants findings")
    if not truth.clean and not truth.findings:
        errors.append(f"{folder.name}: not clean but plants nothing")
    for doc in truth.documents:
        for key, value in doc.fields.items():
            if key in MONEY_FIELDS and not _money_ok(value):
                errors.append(f"{folder.name}: {doc.id}.{key} = {value!r} not 2 decimals")
            if key == "fees":
                for k, v in value.items():
                    if k not in FEE_KEYS or not _money_ok(v):
                        errors.append(f"{folder.name}: {doc.id}.fees.{k} = {v!r}")
    return errors


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    folders = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    errors: list[str] = []
    for folder in folders:
        errors += check_one(folder)
    for e in errors:
        print(e)
    print(f"{len(folders)} scenarios, {len(errors)} problems")
    return 1 if errors or not folders else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
