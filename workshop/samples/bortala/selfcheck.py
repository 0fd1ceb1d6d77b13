"""``python -m jianzheng_workshop.samples.bortala.selfcheck DIR``: sanity of a generated bortala set.

Checks that each declaration parses per CONTRACT 1.1, truth pages exist in their files, planted findings point
at existing pages, clean scenarios plant nothing, and money strings have exactly two decimals.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

MONEY_KEYS = {
    "contract_amount",
    "total_amount",
    "operating_revenue",
    "net_profit",
    "system_integration_revenue",
}
MONEY_KEYS |= {"registered_capital", "services_total"}
TWO = re.compile(r"^-?\d+\.\d{2}$")


def _page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return doc.page_count
    return 1


def _money(obj, where: str, problems: list[str]) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if (k in MONEY_KEYS or where.endswith("fees")) and isinstance(v, str) and not TWO.match(v):
                problems.append(f"{where}.{k}: money {v!r} lacks two decimals")
            _money(v, f"{where}.{k}", problems)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            _money(v, f"{where}[{i}]", problems)


def check(root: Path) -> list[str]:
    problems: list[str] = []
    for scen in sorted(p for p in root.iterdir() if (p / "truth.json").exists()):
        sub = scen / "submission"
        raw = json.loads((sub / "declaration.json").read_text("utf-8"))
        try:
            Declaration.model_validate(raw)
        except Exception as exc:
            problems.append(f"{scen.name}: declaration invalid: {exc}")
        _money(raw, f"{scen.name}:declaration", problems)
        truth = Truth.model_validate_json((scen / "truth.json").read_text("utf-8"))
        counts: dict[str, int] = {}
        for page in truth.pages:
            path = sub / page.file
            if not path.exists():
                problems.append(f"{scen.name}: truth page file missing: {page.file}")
                continue
            counts.setdefault(page.file, _page_count(path))
            if not 1 <= page.page <= counts[page.file]:
                problems.append(f"{scen.name}: {page.file} has no page {page.page}")
        pages = {(p.file, p.page) for p in truth.pages}
        for f in truth.findings:
            if (f.file, f.page) not in pages:
                problems.append(
                    f"{scen.name}: planted {f.code} points at {f.file} p{f.page}, not a truth page"
                )
        if truth.clean and truth.findings:
            problems.append(f"{scen.name}: clean but plants {[f.code for f in truth.findings]}")
        if not truth.clean and not truth.findings:
            problems.append(f"{scen.name}: not clean but plants nothing")
        for d in truth.documents:
            _money(d.fields, f"{scen.name}:{d.id}", problems)
    return problems


def main() -> None:
    root = Path(sys.argv[1])
    problems = check(root)
    for p in problems:
        print(p)
    print(f"{'OK' if not problems else f'{len(problems)} problems'} in {root}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
