"""``python -m jianzheng_workshop.samples.kokdala.selfcheck DIR``: checks a generated kokdala set against itself.

Declarations (json, or xlsx read back) and truth validate with the models; fee identities hold; every attachment page
is in truth exactly once and every truth page exists; documents agree with their pages; money strings carry two
decimals and dates are ISO; clean ⇔ no plant, planted = exactly one, on a real page; each planted cause really holds;
apart from the plant every contract, acceptance, invoice, licence and audit figure agrees with the declaration.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pymupdf

from jianzheng.models.declaration import FEE_KEYS, Declaration
from jianzheng.models.money import parse_capital
from jianzheng.models.truth import Truth

from .filing import read_declaration_xlsx

MONEY = re.compile(r"^-?\d+\.\d{2}$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY_KEYS = {
    "contract_amount",
    "total_amount",
    "registered_capital",
    "operating_revenue",
    "net_profit",
    "system_integration_revenue",
}
DATE_KEYS = {"signed_on", "accepted_on", "issued_on", "established_on"}


class Failure(Exception):
    pass


def _need(cond: bool, msg: str) -> None:
    if not cond:
        raise Failure(msg)


def _page_count(path: Path) -> int:
    if path.suffix.lower() in (".jpg", ".jpeg", ".png"):
        return 1
    with pymupdf.open(path) as doc:
        return len(doc)


def _money_fields(fields: dict[str, Any], where: str) -> None:
    for k, v in fields.items():
        if k in MONEY_KEYS:
            _need(
                isinstance(v, str) and bool(MONEY.match(v)), f"{where}: {k}={v!r} is not a two-decimal string"
            )
        if k in DATE_KEYS:
            _need(isinstance(v, str) and bool(ISO.match(v)), f"{where}: {k}={v!r} is not an ISO date")
        if k == "fees":
            for fk, fv in v.items():
                _need(fk in FEE_KEYS and bool(MONEY.match(fv)), f"{where}: fee {fk}={fv!r}")


def _white_share(path: Path, page: int) -> float:
    """Share of pure-white (≥ 254) pixels in a scanned page's image: a clean pasted block is pure white ground."""
    with pymupdf.open(path) as doc:
        img = doc[page - 1].get_images(full=True)[0]
        data = doc.extract_image(img[0])["image"]
    arr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert arr is not None
    return float(np.count_nonzero(np.asarray(arr) >= 254)) / float(np.asarray(arr).size)


def check_one(folder: Path) -> str:
    truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    sub = folder / "submission"
    raw: dict[str, Any]
    if (sub / "declaration.json").exists():
        raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
        for p in raw["projects"]:
            for key in ("services_total", "contract_amount"):
                _need(bool(MONEY.match(p[key])), f"declared {key} {p[key]!r}")
            for fk, fv in p["fees"].items():
                _need(bool(MONEY.match(fv)), f"declared fee {fk} {fv!r}")
            for key in ("signed_on", "accepted_on"):
                _need(bool(ISO.match(p[key])), f"declared {key} {p[key]!r}")
    else:
        raw = read_declaration_xlsx(sub / "declaration.xlsx")
    decl = Declaration.model_validate(raw)
    ent = decl.enterprise
    _need(ent.inspection_year == 2024, "inspection year")
    for p in decl.projects:
        _need(p.services_total == p.fees.services_sum(), f"{p.id}: services_total identity")
        _need(p.contract_amount == p.fees.total(), f"{p.id}: contract_amount identity")

    # pages: every attachment page exactly once
    files = sorted(q for q in sub.rglob("*") if q.is_file() and not q.name.startswith("declaration."))
    expected = {(q.relative_to(sub).as_posix(), n) for q in files for n in range(1, _page_count(q) + 1)}
    seen = [(pg.file, pg.page) for pg in truth.pages]
    _need(len(seen) == len(set(seen)), "a page is in truth twice")
    _need(set(seen) == expected, f"truth pages differ from the files: {sorted(set(seen) ^ expected)[:4]}")
    docs = {d.id: d for d in truth.documents}
    for pg in truth.pages:
        d = docs[pg.document]
        _need(
            d.file == pg.file and pg.page in d.pages and d.type == pg.type,
            f"page {pg.file}:{pg.page} vs document {d.id}",
        )
    for d in truth.documents:
        _need(d.pages == list(range(d.pages[0], d.pages[0] + len(d.pages))), f"{d.id}: pages not consecutive")
        _money_fields(d.fields, d.id)

    # plants
    plants = truth.findings
    _need(truth.clean == (not plants), "clean flag vs findings")
    _need(truth.clean or len(plants) == 1, "a planted scenario plants exactly one cause")
    for f in plants:
        if f.file is not None:
            _need((f.file, f.page) in expected, f"plant on a page that does not exist: {f.file}:{f.page}")
    plant = plants[0].code.value if plants else None

    projects = {p.id: p for p in decl.projects}
    by_type: dict[str, list[Any]] = {}
    for d in truth.documents:
        by_type.setdefault(d.type.value, []).append(d)

    for d in by_type.get("contract", []):
        p = projects[str(d.project_id)]
        f = d.fields
        amount = Decimal(f["contract_amount"])
        _need(
            parse_capital(f["amount_in_words"]) == amount, f"{d.id}: words {f['amount_in_words']} vs {amount}"
        )
        if plant == "AMOUNT_MISMATCH" and p.id == plants[0].project_id:
            _need(amount != p.contract_amount and "fees" not in f, f"{d.id}: AMOUNT_MISMATCH does not hold")
        else:
            _need(
                amount == p.contract_amount,
                f"{d.id}: contract amount {amount} vs declared {p.contract_amount}",
            )
        if "fees" in f:
            fees = {k: Decimal(v) for k, v in f["fees"].items()}
            _need(sum(fees.values(), Decimal(0)) == amount, f"{d.id}: 报价汇总表 does not add up")
            same = all(fees[k] == getattr(p.fees, k) for k in FEE_KEYS)
            if plant == "FEE_MISMATCH" and p.id == plants[0].project_id:
                _need(not same, f"{d.id}: FEE_MISMATCH does not hold")
            else:
                _need(same, f"{d.id}: fees differ from the declaration")
        if plant == "PARTY_MISMATCH" and p.id == plants[0].project_id:
            _need(
                f["party_b"] != ent.name and f["party_a"] == p.client, f"{d.id}: PARTY_MISMATCH does not hold"
            )
        else:
            _need(f["party_b"] == ent.name and f["party_a"] == p.client, f"{d.id}: parties")
        _need(f["signed_on"] == str(p.signed_on), f"{d.id}: signed_on")
        _need(f["project_name"] == p.name, f"{d.id}: project name")
    for d in by_type.get("acceptance_report", []):
        p = projects[str(d.project_id)]
        f = d.fields
        on = dt.date.fromisoformat(f["accepted_on"])
        _need(on == p.accepted_on and p.signed_on is not None and on > p.signed_on, f"{d.id}: accepted_on")
        _need(f["conclusion"] == "passed" and f["has_seal"] is True, f"{d.id}: conclusion / seal")
        if plant == "ACCEPTANCE_OUT_OF_PERIOD" and p.id == plants[0].project_id:
            _need(on.year == 2025, f"{d.id}: ACCEPTANCE_OUT_OF_PERIOD does not hold")
        else:
            _need(on.year == 2024, f"{d.id}: accepted outside 2024")
        if plant != "PARTY_MISMATCH":
            _need(f["party_b"] == ent.name and f["party_a"] == p.client, f"{d.id}: parties")
    for p in decl.projects:
        invs = [d for d in by_type.get("invoice", []) if d.project_id == p.id]
        total = sum((Decimal(d.fields["total_amount"]) for d in invs), Decimal(0))
        _need(
            p.contract_amount is not None and total <= p.contract_amount,
            f"{p.id}: invoices exceed the contract",
        )
        for d in invs:
            _need(d.fields["buyer"] == p.client, f"{d.id}: buyer")
            _need(dt.date.fromisoformat(d.fields["issued_on"]).year == 2024, f"{d.id}: issued outside 2024")
        _need(any(d.project_id == p.id for d in by_type.get("contract", [])), f"{p.id}: no contract")

    (lic,) = by_type["business_license"]
    lf = lic.fields
    _need(lf["company_name"] == ent.name and lf["credit_code"] == ent.credit_code, "licence name / code")
    _need(lf["legal_representative"] == ent.legal_representative, "licence legal representative")
    _need(Decimal(lf["registered_capital"]) == ent.registered_capital, "licence capital")
    _need(lf["established_on"] == str(ent.established_on), "licence established_on")
    (aud,) = by_type["audit_report"]
    af = aud.fields
    (fy,) = decl.finance
    _need(Decimal(af["operating_revenue"]) == fy.operating_revenue, "audit revenue")
    _need(Decimal(af["net_profit"]) == fy.net_profit, "audit net profit")
    _need(Decimal(af["system_integration_revenue"]) == fy.system_integration_revenue, "audit SI revenue")
    if plant == "AUDIT_OPINION_NOT_CLEAN":
        _need(af["opinion"] != "unqualified", "AUDIT_OPINION_NOT_CLEAN does not hold")
    else:
        _need(af["opinion"] == "unqualified", "audit opinion")
    if not aud.scanned:
        with pymupdf.open(sub / aud.file) as doc:
            txt = "".join(pg.get_text() for pg in doc)
        figure = f"{Decimal(af['operating_revenue']):,.2f}"
        _need(figure in txt, f"audit text layer lacks {figure}")
        _need(("保留意见" in txt) == (plant == "AUDIT_OPINION_NOT_CLEAN"), "audit opinion wording")

    if plant == "IMAGE_TAMPERED":
        f0 = plants[0]
        assert f0.file is not None and f0.page is not None
        share = _white_share(sub / f0.file, f0.page)
        _need(share > 0.03, f"IMAGE_TAMPERED: pasted block not found (white share {share:.4f})")
        others = [pg for pg in truth.pages if pg.file == f0.file and pg.page != f0.page]
        for pg in others:
            _need(_white_share(sub / pg.file, pg.page) < 0.01, f"{pg.file}:{pg.page} looks pasted too")

    # grade thresholds of seed 000
    if ent.grade is not None:
        staff = {"甲": 40, "乙": 30, "丙": 20, "丁": 6}[ent.grade.value]
        certs = {"甲": 12, "乙": 8, "丙": 5, "丁": 0}[ent.grade.value]
        floor = Decimal({"甲": 30_000_000, "乙": 10_000_000, "丙": 5_000_000, "丁": 0}[ent.grade.value])
        _need((ent.staff.technical_total or 0) >= staff, "technical staff below the grade")
        _need((ent.staff.certified_total or 0) >= certs, "certified staff below the grade")
        _need(
            sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0)) >= floor,
            "project total below the grade",
        )
    return (
        f"{folder.name}: ok ({len(truth.pages)} pages, {len(truth.documents)} documents, {plant or 'clean'})"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jianzheng_workshop.samples.kokdala.selfcheck DIR")
        return 2
    root = Path(argv[0])
    failures = 0
    folders = sorted(q for q in root.iterdir() if (q / "truth.json").exists())
    if not folders:
        print(f"no scenarios under {root}")
        return 1
    for folder in folders:
        try:
            print(check_one(folder))
        except Failure as exc:
            failures += 1
            print(f"{folder.name}: FAIL {exc}")
    print(f"{len(folders) - failures}/{len(folders)} scenarios pass")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
