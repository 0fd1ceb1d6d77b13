"""Self-check of a generated kuitun set: ``python -m jianzheng_workshop.samples.kuitun.selfcheck OUT``.

Checks only what the generator promises (it never runs the checker): declarations and truth validate
against the models and keep the fee identities; every page of every attachment is in truth exactly
once and every truth page exists; documents agree with their page records; plants point at truth pages
and declared projects; clean scenarios plant nothing and planted ones exactly one cause; capital
numerals read back (models.money.capital) to the figures, in truth and in born-digital text layers;
clean filings declare what the papers say (amounts, clients, dates in 2024, acceptance after signing).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from decimal import Decimal
from pathlib import Path

import pymupdf

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS, Declaration
from jianzheng.models.money.capital import parse_capital
from jianzheng.models.truth import Truth

from .people import capital, credit_code_ok

ONE_PAGE = {".jpg", ".jpeg", ".png", ".bmp", ".docx", ".xlsx"}


def _file_pages(sub: Path) -> set[tuple[str, int]]:
    out: set[tuple[str, int]] = set()
    for path in sorted(sub.rglob("*")):
        if not path.is_file() or path.name == "declaration.json":
            continue
        rel = path.relative_to(sub).as_posix()
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(str(path)) as doc:
                out.update((rel, i) for i in range(1, doc.page_count + 1))
        elif path.suffix.lower() in ONE_PAGE:
            out.add((rel, 1))
        else:
            raise AssertionError(f"unexpected attachment type {rel}")
    return out


def check_scenario(folder: Path) -> list[str]:
    errors: list[str] = []

    def need(cond: bool, msg: str) -> None:
        if not cond:
            errors.append(f"{folder.name}: {msg}")

    sub = folder / "submission"
    decl_raw = json.loads((sub / "declaration.json").read_text("utf-8"))
    decl = Declaration.model_validate(decl_raw)
    truth = Truth.model_validate(json.loads((folder / "truth.json").read_text("utf-8")))
    need(
        decl.enterprise.credit_code is not None and credit_code_ok(decl.enterprise.credit_code),
        "credit code check",
    )
    for p in decl.projects:
        need(p.services_total == p.fees.services_sum(), f"{p.id} services_total identity")
        need(p.contract_amount == p.fees.total(), f"{p.id} contract_amount identity")
        raw = next(r for r in decl_raw["projects"] if r["id"] == p.id)
        need(set(raw["fees"]) == set(FEE_KEYS), f"{p.id} all ten fee keys written")
        need(
            sum((Decimal(raw["fees"][k]) for k in SERVICE_FEE_KEYS), Decimal(0))
            == Decimal(raw["services_total"]),
            p.id,
        )

    # pages: every file page exactly once
    on_disk = _file_pages(sub)
    listed = [(pg.file, pg.page) for pg in truth.pages]
    need(len(listed) == len(set(listed)), "a page is listed twice in truth")
    need(set(listed) == on_disk, f"truth pages {sorted(set(listed) ^ on_disk)} differ from the files")
    docs = {d.id: d for d in truth.documents}
    for pg in truth.pages:
        d = docs.get(pg.document)
        need(
            d is not None and d.file == pg.file and pg.page in d.pages and d.type == pg.type,
            f"page {pg} vs its document",
        )
        need(d is not None and d.scanned == pg.scanned, f"scanned flag of {pg.file} p{pg.page}")
    for d in truth.documents:
        need(
            sorted(d.pages) == sorted(p.page for p in truth.pages if p.document == d.id),
            f"document {d.id} pages",
        )

    # plants
    project_ids = {p.id for p in decl.projects}
    need(truth.clean == (not truth.findings), "clean flag")
    need(len(truth.findings) <= 1, "at most one planted cause")
    for f in truth.findings:
        need((f.file, f.page) in set(listed), f"plant {f.code} points at a page truth lacks")
        need(f.project_id is None or f.project_id in project_ids, f"plant {f.code} project id")

    # money: capital numerals read back, in truth and in born-digital text layers
    for d in truth.documents:
        words, amount = d.fields.get("amount_in_words"), d.fields.get("contract_amount")
        if words is not None:
            need(parse_capital(words) == Decimal(str(amount)), f"{d.id} words {words} != {amount}")
        for k, v in d.fields.items():
            if k.endswith("_on"):
                need(dt.date.fromisoformat(v).isoformat() == v, f"{d.id} {k} ISO")
            if k in ("contract_amount", "operating_revenue", "net_profit", "registered_capital"):
                need(isinstance(v, str) and len(v.split(".")[-1]) == 2, f"{d.id} {k} two decimals")
        if words is not None and not d.scanned and d.file.endswith(".pdf"):
            with pymupdf.open(str(sub / d.file)) as doc:
                text = "".join(doc[i - 1].get_text() for i in d.pages).replace("\n", "")
            need(words in text, f"{d.id} words not in its text layer")

    # clean filings declare what the papers say
    if truth.clean:
        for p in decl.projects:
            contracts = [d for d in truth.documents if d.project_id == p.id and d.type == "contract"]
            amounts = [
                Decimal(d.fields["contract_amount"]) for d in contracts if "contract_amount" in d.fields
            ]
            need(sum(amounts, Decimal(0)) == p.contract_amount, f"{p.id} declared amount vs contract")
            need(all(d.fields.get("party_a") == p.client for d in contracts), f"{p.id} client vs party_a")
            need(all(d.fields.get("party_b") == decl.enterprise.name for d in contracts), f"{p.id} party_b")
            accs = [d for d in truth.documents if d.project_id == p.id and d.type == "acceptance_report"]
            need(len(accs) == 1, f"{p.id} one acceptance")
            for a in accs:
                need(
                    a.fields.get("conclusion") == "passed" and a.fields.get("has_seal") is True,
                    f"{p.id} acceptance",
                )
                need(
                    a.fields.get("accepted_on") == (p.accepted_on and p.accepted_on.isoformat()),
                    f"{p.id} accepted_on",
                )
            need(p.accepted_on is not None and p.accepted_on.year == 2024, f"{p.id} accepted in 2024")
            need(
                p.signed_on is not None and p.accepted_on is not None and p.signed_on < p.accepted_on,
                f"{p.id} order",
            )
    return errors


def capital_selftest() -> list[str]:
    rng = random.Random(7)
    bad = []
    samples = [
        Decimal(v) for v in ("1", "10", "100000", "1005.50", "100000000", "1000010", "2450000", "30000.07")
    ]
    samples += [Decimal(rng.randrange(1, 10**9)) / (100 if rng.random() < 0.3 else 1) for _ in range(300)]
    for v in samples:
        v = v.quantize(Decimal("0.01"))
        if parse_capital(capital(v)) != v:
            bad.append(f"capital({v}) = {capital(v)} reads back as {parse_capital(capital(v))}")
    return bad


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path("/tmp/kt")
    errors = capital_selftest()
    folders = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    for folder in folders:
        errors += check_scenario(folder)
    for e in errors:
        print("FAIL", e)
    print(f"{len(folders)} scenarios checked, {len(errors)} problems")
    return 1 if errors or not folders else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
