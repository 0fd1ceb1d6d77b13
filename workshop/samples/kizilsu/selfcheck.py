"""Check a generated kizilsu set against itself: ``python -m jianzheng_workshop.samples.kizilsu.selfcheck DIR``.

- the declaration validates against ``models.Declaration`` and its fee identities hold; declared money has two
  decimals;
- truth.json validates against ``models.Truth``; every page of every submitted file is a truth page exactly once
  and vice versa; documents cover their truth pages with the same type; projects exist;
- truth money has two decimals, dates are ISO, capital numerals read back to the figure they stand beside;
- plants point at truth pages of files that exist; clean scenarios plant nothing, others plant one cause;
- the facts agree with what is planted: where nothing contradicts a row (amounts, with merged rows summed; party B;
  acceptance conclusion; licence term; audit figures at the printed precision) no plant says otherwise, and each
  plant's contradiction is really on its page.

Exit status 1 with the problems listed when anything fails. Reads no checker code.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pymupdf
from pydantic import ValidationError

from jianzheng.models import Code, Declaration, Truth
from jianzheng.models.money import parse_capital

MONEY = re.compile(r"^-?\d+\.\d{2}$")
MONEY_FIELDS = {"contract_amount", "operating_revenue", "net_profit", "registered_capital", "total_amount"}
DATE_FIELDS = {"signed_on", "accepted_on", "issued_on", "established_on"}
ATTACHMENT = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def _pages(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return doc.page_count
    return 1


def check_one(folder: Path) -> list[str]:
    problems: list[str] = []
    sub = folder / "submission"
    raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    try:
        decl = Declaration.model_validate(raw)
        truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    except ValidationError as exc:
        return [f"does not validate: {exc}"]
    say = problems.append

    # ---- declaration
    for row in raw["projects"]:
        for key in ("services_total", "contract_amount", *row["fees"]):
            value = row.get(key, row["fees"].get(key))
            if not MONEY.match(str(value)):
                say(f"{row['id']}.{key} = {value!r} is not two-decimal money")
    for p in decl.projects:
        if p.services_total != p.fees.services_sum() or p.contract_amount != p.fees.total():
            say(f"{p.id}: fee identities broken")
    for fy in raw["finance"]:
        for key in ("operating_revenue", "system_integration_revenue", "net_profit"):
            if not MONEY.match(str(fy[key])):
                say(f"finance {fy['year']}.{key} not two-decimal money")
    projects = {p.id: p for p in decl.projects}

    # ---- pages
    on_disk: set[tuple[str, int]] = set()
    for path in sub.rglob("*"):
        if path.is_file() and path.suffix.lower() in ATTACHMENT:
            rel = path.relative_to(sub).as_posix()
            on_disk |= {(rel, n) for n in range(1, _pages(path) + 1)}
    seen = [(p.file, p.page) for p in truth.pages]
    if len(seen) != len(set(seen)):
        say("a truth page is listed twice")
    if set(seen) != on_disk:
        say(
            f"truth pages ≠ file pages: missing {sorted(on_disk - set(seen))}, extra {sorted(set(seen) - on_disk)}"
        )
    page_doc = {(p.file, p.page): p for p in truth.pages}
    docs = {d.id: d for d in truth.documents}
    for d in truth.documents:
        for n in d.pages:
            tp = page_doc.get((d.file, n))
            if tp is None or tp.document != d.id or tp.type != d.type:
                say(f"{d.id}: page {d.file}:{n} not its truth page")
        if d.project_id is not None and d.project_id not in projects:
            say(f"{d.id}: unknown project {d.project_id}")
        for key, value in d.fields.items():
            if key in MONEY_FIELDS and not MONEY.match(str(value)):
                say(f"{d.id}.{key} = {value!r} not two-decimal money")
            if key in DATE_FIELDS or (key == "valid_until" and value != "长期"):
                try:
                    dt.date.fromisoformat(value)
                except (TypeError, ValueError):
                    say(f"{d.id}.{key} = {value!r} not an ISO date")
        words = d.fields.get("amount_in_words")
        if words is not None and parse_capital(words) != Decimal(d.fields["contract_amount"]):
            say(f"{d.id}: amount_in_words {words} ≠ {d.fields['contract_amount']}")
    for tp in truth.pages:
        if tp.document not in docs:
            say(f"page {tp.file}:{tp.page} names unknown document {tp.document}")

    # ---- plants
    if truth.clean and truth.findings:
        say("clean scenario plants findings")
    if not truth.clean and not truth.findings:
        say("planted scenario plants nothing")
    planted = {f.code for f in truth.findings}
    for f in truth.findings:
        if f.file is not None and f.page is not None and (f.file, f.page) not in page_doc:
            say(f"{f.code} points at {f.file}:{f.page}, no truth page")
        if f.project_id is not None and f.project_id not in projects:
            say(f"{f.code} names unknown project {f.project_id}")

    # ---- facts vs plants
    e = decl.enterprise
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for d in truth.documents:
        if d.type == "contract" and d.project_id:
            sums[d.project_id] += Decimal(d.fields["contract_amount"])
            if d.fields["party_b"] != e.name and Code.PARTY_MISMATCH not in planted:
                say(f"{d.id}: party_b differs, PARTY_MISMATCH not planted")
        if (
            d.type == "acceptance_report"
            and d.fields.get("conclusion") != "passed"
            and Code.ACCEPTANCE_NOT_PASSED not in planted
        ):
            say(f"{d.id}: not passed, ACCEPTANCE_NOT_PASSED not planted")
        if d.type == "business_license":
            until = str(d.fields.get("valid_until"))
            expired = until != "长期" and dt.date.fromisoformat(until) < dt.date(e.inspection_year, 12, 31)
            if expired != (Code.LICENSE_EXPIRED in planted):
                say(
                    f"licence valid_until {until} vs LICENSE_EXPIRED planted={Code.LICENSE_EXPIRED in planted}"
                )
        if d.type == "audit_report":
            year = d.fields["fiscal_year"]
            fy = next((x for x in decl.finance if x.year == year), None)
            unit = Decimal(1000) if Decimal(d.fields["operating_revenue"]) % 1000 == 0 else Decimal("0.01")
            if fy is None:
                say(f"{d.id}: no declared finance year {year}")
                continue
            assert fy.operating_revenue is not None and fy.net_profit is not None
            agree = all(
                (Decimal(d.fields[k]) / unit).quantize(Decimal(1)) == (v / unit).quantize(Decimal(1))
                for k, v in (("operating_revenue", fy.operating_revenue), ("net_profit", fy.net_profit))
            )
            if agree == (Code.AUDIT_FIGURE_MISMATCH in planted):
                say(f"{d.id}: figures agree={agree} vs AUDIT_FIGURE_MISMATCH planted")
    for pid, p in projects.items():
        if pid not in sums:
            say(f"{pid}: no contract in truth")
        elif (sums[pid] == p.contract_amount) == (Code.AMOUNT_MISMATCH in planted and pid == "P1"):
            say(f"{pid}: contracts sum {sums[pid]} vs declared {p.contract_amount} disagrees with plants")
    if Code.DUPLICATE_DOCUMENT in planted:
        dup = next(f for f in truth.findings if f.code == Code.DUPLICATE_DOCUMENT)
        copy = docs[page_doc[(dup.file, dup.page)].document] if dup.file and dup.page else None
        twins = [d for d in truth.documents if copy and d.id != copy.id and d.fields == copy.fields]
        if not twins:
            say("DUPLICATE_DOCUMENT plant points at a page with no twin")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.kizilsu.selfcheck DIR", file=sys.stderr)
        return 2
    root = Path(args[0])
    folders = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    if not folders:
        print(f"no scenarios under {root}", file=sys.stderr)
        return 2
    bad = 0
    for folder in folders:
        problems = check_one(folder)
        status = "ok" if not problems else "FAIL"
        print(f"{status:4} {folder.name}")
        for p in problems:
            print(f"     - {p}")
        bad += bool(problems)
    print(f"{len(folders) - bad}/{len(folders)} scenarios pass")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
