"""Self-check of a generated tumxuk set: ``python -m jianzheng_workshop.samples.tumxuk.selfcheck SET``.

Checks the generator's own promises (never the checker): declarations and truth validate, fee identities
hold, every attachment page is in truth exactly once, plants point at real truth pages, clean scenarios plant
nothing and stay consistent, capital numerals read back to the figures beside them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pymupdf

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS, Declaration
from jianzheng.models.money.capital import parse_capital
from jianzheng.models.truth import Truth

_MONEY = re.compile(r"^-?\d+\.\d{2}$")
_WORDS = re.compile(r"大写）([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+)")
_FIGURE = re.compile(r"¥\s?([\d,]+\.\d{2})")
IMAGE_EXT = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}


def _page_count(path: Path) -> int:
    if path.suffix.lower() in IMAGE_EXT:
        return 1
    with pymupdf.open(path) as doc:
        return doc.page_count


def _money_fields(obj: object, where: str, errors: list[str]) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in {
                "contract_amount",
                "operating_revenue",
                "net_profit",
                "registered_capital",
                "project_total",
            } or (k in FEE_KEYS):
                if not (isinstance(v, str) and _MONEY.match(v)):
                    errors.append(f"{where}: {k}={v!r} is not a two-decimal money string")
            if k.endswith("_on") and isinstance(v, str):
                try:
                    dt.date.fromisoformat(v)
                except ValueError:
                    errors.append(f"{where}: {k}={v!r} is not an ISO date")
            _money_fields(v, where, errors)
    elif isinstance(obj, list):
        for v in obj:
            _money_fields(v, where, errors)


def check_scenario(folder: Path) -> list[str]:
    errors: list[str] = []
    sub = folder / "submission"
    raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    decl = Declaration.model_validate(raw)
    truth = Truth.model_validate(json.loads((folder / "truth.json").read_text(encoding="utf-8")))
    name = folder.name

    for p in decl.projects:
        services = sum((getattr(p.fees, k) for k in SERVICE_FEE_KEYS), Decimal(0))
        if p.services_total != services:
            errors.append(f"{name} {p.id}: services_total {p.services_total} != {services}")
        if p.contract_amount != p.fees.total():
            errors.append(f"{name} {p.id}: contract_amount {p.contract_amount} != {p.fees.total()}")

    # every attachment page exactly once
    expected = set()
    for path in sorted(sub.rglob("*")):
        if path.is_file() and path.name != "declaration.json":
            rel = path.relative_to(sub).as_posix()
            expected |= {(rel, k) for k in range(1, _page_count(path) + 1)}
    seen = [(p.file, p.page) for p in truth.pages]
    if len(seen) != len(set(seen)):
        errors.append(f"{name}: a page is listed twice in truth")
    if set(seen) != expected:
        errors.append(f"{name}: truth pages {sorted(set(seen) ^ expected)} differ from the files")
    by_doc: dict[str, list[tuple[str, int]]] = {}
    for tp in truth.pages:
        by_doc.setdefault(tp.document, []).append((tp.file, tp.page))
    for d in truth.documents:
        if sorted(by_doc.get(d.id, [])) != sorted((d.file, k) for k in d.pages):
            errors.append(f"{name}: document {d.id} pages disagree with page records")
        _money_fields(d.fields, f"{name} {d.id}", errors)
        if d.project_id and d.project_id not in {p.id for p in decl.projects}:
            errors.append(f"{name}: document {d.id} names unknown project {d.project_id}")

    # plants
    if truth.clean != (not truth.findings):
        errors.append(f"{name}: clean flag disagrees with findings")
    if not truth.clean and len(truth.findings) != 1:
        errors.append(f"{name}: a planted scenario must plant exactly one cause")
    for f in truth.findings:
        if (f.file, f.page) not in set(seen):
            errors.append(f"{name}: plant {f.code} at {f.file} p{f.page} is not a truth page")
        if f.project_id and f.project_id not in {p.id for p in decl.projects}:
            errors.append(f"{name}: plant {f.code} names unknown project {f.project_id}")
    planted = {f.code.value for f in truth.findings}
    planted_pages = {(f.file, f.page) for f in truth.findings}

    # capital numerals read back (truth, and every text layer)
    for d in truth.documents:
        words, amount = d.fields.get("amount_in_words"), d.fields.get("contract_amount")
        if words is not None and parse_capital(words) != Decimal(str(amount)):
            errors.append(f"{name} {d.id}: {words} reads {parse_capital(words)}, not {amount}")
    for path in sorted(sub.glob("*.pdf")):
        rel = path.name
        with pymupdf.open(path) as doc:
            for k, page in enumerate(doc, 1):
                text = page.get_text().replace("\n", "")
                caps = [parse_capital(m) for m in _WORDS.findall(text)]
                figs = [Decimal(m.replace(",", "")) for m in _FIGURE.findall(text)]
                if (
                    (caps or figs)
                    and (rel, k) not in planted_pages
                    and (None in caps or sorted(c or Decimal(0) for c in caps) != sorted(figs))
                ):
                    errors.append(f"{name} {rel} p{k}: capital numerals {caps} vs figures {figs}")

    # consistency of clean filings with their papers
    fin = decl.finance[0]
    docs_by_type: dict[str, list] = {}
    for d in truth.documents:
        docs_by_type.setdefault(d.type.value, []).append(d)
    for d in docs_by_type.get("audit_report", []):
        agree = abs(Decimal(d.fields["operating_revenue"]) - (fin.operating_revenue or 0)) <= 50
        if agree == ("AUDIT_FIGURE_MISMATCH" in planted):
            errors.append(f"{name}: audit revenue agreement {agree} does not fit the plants {planted}")
    for d in docs_by_type.get("declaration_form", []):
        fields = d.fields
        same = (
            fields["company_name"] == decl.enterprise.name
            and fields["credit_code"] == decl.enterprise.credit_code
            and fields["technical_total"] == decl.enterprise.staff.technical_total
            and fields["certified_total"] == decl.enterprise.staff.certified_total
            and fields["project_count"] == len(decl.projects)
            and Decimal(fields["project_total"])
            == sum((p.contract_amount or 0 for p in decl.projects), Decimal(0))
            and Decimal(fields["finance"][0]["operating_revenue"]) == fin.operating_revenue
        )
        if same == ("DECLARATION_FORM_MISMATCH" in planted):
            errors.append(f"{name}: declaration form agreement {same} does not fit the plants {planted}")
    for d in docs_by_type.get("business_license", []):
        until = d.fields.get("valid_until")
        expired = until != "长期" and dt.date.fromisoformat(until) < dt.date(2024, 12, 31)
        if expired != ("LICENSE_EXPIRED" in planted):
            errors.append(f"{name}: licence expiry {until} does not fit the plants {planted}")
        if d.fields["company_name"] != decl.enterprise.name:
            errors.append(f"{name}: licence name differs")
    if truth.clean:
        for p in decl.projects:
            if not (
                p.signed_on and p.accepted_on and p.signed_on < p.accepted_on and p.accepted_on.year == 2024
            ):
                errors.append(f"{name} {p.id}: dates {p.signed_on} → {p.accepted_on}")
        for d in docs_by_type.get("contract", []):
            row = next(p for p in decl.projects if p.id == d.project_id)
            if Decimal(d.fields["contract_amount"]) != row.contract_amount:
                errors.append(f"{name} {d.id}: contract amount differs from the row")
    return errors


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0])
    folders = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    errors: list[str] = []
    for folder in folders:
        errors += check_scenario(folder)
    for e in errors:
        print("FAIL", e)
    print(f"{len(folders)} scenarios, {len(errors)} problems")
    return 1 if errors or not folders else 0


if __name__ == "__main__":
    raise SystemExit(main())
