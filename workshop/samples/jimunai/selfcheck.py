"""Internal consistency of a jimunai sample set, without the checker.

    python -m jianzheng_workshop.samples.jimunai.selfcheck OUT

Per filing: the declaration and truth validate; every attachment page is in truth exactly once, is an image
without a text layer, and has the size and orientation its geometry implies; every truth field is printed on its
document's pages; 大写 reads back; and the findings this module derives from truth, the declaration and what was
printed (its own reading of the rules) are exactly the truth's findings (code, project, file, page).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import FEE_KEYS, Declaration
from jianzheng.models.truth import Truth

from .people import CERT_TITLES, cn_date, cn_date_upper, credit_code_valid, figure, read_daxie

GRADE_STAFF = {"甲": 40, "乙": 30, "丙": 20, "丁": 6}
GRADE_CERTIFIED = {"甲": 12, "乙": 8, "丙": 5, "丁": 0}
GRADE_TOTAL = {"甲": 30_000_000, "乙": 10_000_000, "丙": 5_000_000, "丁": 0}
RECOGNISED = {title for title, _ in CERT_TITLES}

Key = tuple[str, str | None, str | None, int | None]


def _lines(printed: dict[str, Any], doc: str) -> list[tuple[str, int, dict[str, Any]]]:
    """(file, page, part) for every printed part of a document."""
    out = []
    for fname, pages in printed["files"].items():
        for rec in pages:
            for part in rec["parts"]:
                if part["doc"] == doc:
                    out.append((fname, rec["page"], part))
    return out


def _find(parts: list[tuple[str, int, dict[str, Any]]], needle: str) -> tuple[str, int] | None:
    for fname, page, part in parts:
        if any(needle in line for line in part["lines"]):
            return fname, page
    return None


def _date_spellings(iso: str) -> list[str]:
    day = dt.date.fromisoformat(iso)
    return [cn_date(day), cn_date_upper(day)]


def check_filing(folder: Path) -> list[str]:
    errors: list[str] = []
    sub = folder / "submission"
    raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    decl = Declaration.model_validate(raw)
    truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    printed = json.loads((folder / "printed.json").read_text(encoding="utf-8"))
    ent = decl.enterprise

    # ---- declaration identities ----
    for p in decl.projects:
        if p.services_total != p.fees.services_sum() or p.contract_amount != p.fees.total():
            errors.append(f"{p.id}: fee identities broken")
        for k in FEE_KEYS:
            if f"{raw_fee(raw, p.id, k)}".count(".") != 1 or len(raw_fee(raw, p.id, k).split(".")[1]) != 2:
                errors.append(f"{p.id}: fee {k} not a two-decimal string")
    if not credit_code_valid(ent.credit_code or ""):
        errors.append("declared credit code fails GB 32100")

    # ---- files and pages ----
    seen: dict[tuple[str, int], str] = {}
    for tp in truth.pages:
        if (tp.file, tp.page) in seen:
            errors.append(f"{tp.file} p{tp.page} twice in truth")
        seen[(tp.file, tp.page)] = tp.document
    on_disk = 0
    for path in sorted(sub.rglob("*")):
        if path.name == "declaration.json" or path.is_dir():
            continue
        rel = path.relative_to(sub).as_posix()
        records = printed["files"].get(rel)
        if records is None:
            errors.append(f"{rel}: not in printed.json")
            continue
        if path.suffix == ".pdf":
            pdf = pymupdf.open(path)
            if pdf.page_count != len(records):
                errors.append(f"{rel}: {pdf.page_count} pages, printed {len(records)}")
            for page_index, rec in enumerate(records[: pdf.page_count]):
                page = pdf[page_index]
                on_disk += 1
                n = page.number + 1
                if (rel, n) not in seen:
                    errors.append(f"{rel} p{n}: not in truth")
                if page.get_text().strip():
                    errors.append(f"{rel} p{n}: has a text layer")
                if len(page.get_images()) != 1:
                    errors.append(f"{rel} p{n}: not a single image")
                w, h = page.rect.width, page.rect.height
                if abs(w - rec["size_pt"][0]) > 1 or abs(h - rec["size_pt"][1]) > 1:
                    errors.append(f"{rel} p{n}: size {w:.0f}×{h:.0f} differs from printed")
                errors += _orientation(rel, n, w, h, rec["geometry"])
            pdf.close()
        else:
            on_disk += 1
            if (rel, 1) not in seen:
                errors.append(f"{rel}: not in truth")
    if on_disk != len(truth.pages):
        errors.append(f"{on_disk} pages on disk, {len(truth.pages)} in truth")

    docs = {d.id: d for d in truth.documents}
    for tp in truth.pages:
        d = docs.get(tp.document)
        if d is None or tp.page not in d.pages or d.file != tp.file or d.type != tp.type:
            errors.append(f"{tp.file} p{tp.page}: truth page and document disagree")

    # ---- fields printed ----
    for d in truth.documents:
        parts = _lines(printed, d.id)
        for key, value in d.fields.items():
            if key in ("fees",):
                for fk, fv in value.items():
                    if Decimal(fv) and _find(parts, figure(Decimal(fv))) is None:
                        errors.append(f"{d.id}: fee {fk} {fv} not printed")
                continue
            if key in ("has_seal", "consolidated", "opinion", "fiscal_year", "company_type", "valid_until"):
                continue
            if key == "conclusion":
                mark = "☑通过" if value == "passed" else "☑不通过"
                if _find(parts, mark) is None:
                    errors.append(f"{d.id}: conclusion {value} not ticked")
                continue
            if key in (
                "contract_amount",
                "total_amount",
                "operating_revenue",
                "net_profit",
                "system_integration_revenue",
            ):
                needles = [figure(Decimal(value))]
            elif key == "registered_capital":
                needles = [f"{int(Decimal(value) / 10000)}万元", _capital_words(Decimal(value))]
            elif key in ("signed_on", "accepted_on", "issued_on", "established_on"):
                needles = _date_spellings(value)
            else:
                needles = [str(value)]
            if not any(_find(parts, n) for n in needles):
                errors.append(f"{d.id}: {key} {value!r} not printed on its pages")
        if d.type == "contract" and "amount_in_words" in d.fields:
            if read_daxie(d.fields["amount_in_words"]) != Decimal(d.fields["contract_amount"]):
                errors.append(f"{d.id}: 大写 does not read back to the amount")
        if (
            d.type == "acceptance_report"
            and d.fields.get("has_seal")
            and not any(p[2]["seals"] for p in parts)
        ):
            errors.append(f"{d.id}: has_seal but no seal drawn")

    # ---- derived findings ----
    derived = derive(decl, truth, printed)
    wanted = {(f.code.value, f.project_id, f.file, f.page) for f in truth.findings}
    if derived != wanted:
        errors.append(f"derived findings {sorted(derived, key=str)} != truth {sorted(wanted, key=str)}")
    if truth.clean != (not truth.findings) or len(truth.findings) > 1:
        errors.append("clean flag / one plant per filing")
    return errors


def raw_fee(raw: dict[str, Any], pid: str, key: str) -> str:
    row = next(r for r in raw["projects"] if r["id"] == pid)
    return str(row["fees"][key])


def _capital_words(value: Decimal) -> str:
    from .people import daxie

    return daxie(value)


def _orientation(rel: str, n: int, w: float, h: float, geo: dict[str, Any]) -> list[str]:
    gw, gh = geo["glass_mm"]
    landscape = gw > gh
    if geo["turn"] in (90, 270):
        landscape = not landscape
    if (w > h) != landscape:
        return [f"{rel} p{n}: stored {'landscape' if w > h else 'portrait'} against its geometry {geo}"]
    return []


def derive(decl: Declaration, truth: Truth, printed: dict[str, Any]) -> set[Key]:
    """What a careful reviewer raises, from truth, declaration and what the pages print."""
    out: set[Key] = set()
    ent = decl.enterprise
    lic = [d for d in truth.documents if d.type == "business_license"]
    if not lic:
        out.add(("LICENSE_MISSING", None, None, None))
    for d in lic:
        f = d.fields
        page = (d.file, d.pages[0])
        if f["company_name"] != ent.name:
            out.add(("LICENSE_NAME_MISMATCH", None, *page))
        if f["credit_code"] != ent.credit_code:
            out.add(("CREDIT_CODE_MISMATCH", None, *page))
        if f["valid_until"] != "长期" and dt.date.fromisoformat(f["valid_until"]) < dt.date(
            ent.inspection_year, 12, 31
        ):
            out.add(("LICENSE_EXPIRED", None, *page))
        if (
            f["legal_representative"] != ent.legal_representative
            or Decimal(f["registered_capital"]) != ent.registered_capital
            or f["established_on"] != (ent.established_on.isoformat() if ent.established_on else None)
        ):
            out.add(("LICENSE_FIELD_MISMATCH", None, *page))
    audits = [d for d in truth.documents if d.type == "audit_report"]
    if len(audits) < len(decl.finance):
        out.add(("AUDIT_REPORT_MISSING", None, None, None))
    for fy in decl.finance:
        for d in audits:
            if d.fields["fiscal_year"] != fy.year:
                continue
            for key in ("operating_revenue", "system_integration_revenue", "net_profit"):
                if Decimal(d.fields[key]) != getattr(fy, key):
                    out.add(("AUDIT_FIGURE_MISMATCH", None, d.file, d.pages[0]))
            if d.fields["opinion"] != "unqualified":
                out.add(("AUDIT_OPINION_NOT_CLEAN", None, d.file, d.pages[0]))
    staff = ent.staff
    grade = ent.grade.value if ent.grade else "丁"
    total = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
    if (staff.technical_total or 0) < GRADE_STAFF[grade] or (staff.certified_total or 0) < GRADE_CERTIFIED[
        grade
    ]:
        out.add(("GRADE_THRESHOLD_NOT_MET", None, None, None))
    if total < GRADE_TOTAL[grade]:
        out.add(("GRADE_THRESHOLD_NOT_MET", None, None, None))
    if any(c.certificate not in RECOGNISED for c in staff.certificates) or (staff.certified_total or 0) > len(
        staff.certificates
    ):
        out.add(("CERTIFICATE_NOT_RECOGNISED", None, None, None))

    for row in decl.projects:
        mine = [d for d in truth.documents if d.project_id == row.id]
        contracts = [d for d in mine if d.type == "contract"]
        accepts = [d for d in mine if d.type == "acceptance_report"]
        invoices = [d for d in mine if d.type == "invoice"]
        if not contracts:
            out.add(("PROJECT_EVIDENCE_MISSING", row.id, None, None))
            continue
        for c in contracts:
            parts = _lines(printed, c.id)
            f = c.fields
            if Decimal(f["contract_amount"]) != row.contract_amount:
                out.add(
                    (
                        "AMOUNT_MISMATCH",
                        row.id,
                        *(_find(parts, figure(Decimal(f["contract_amount"]))) or (None, None)),
                    )
                )
            if "fees" in f:
                for k in FEE_KEYS:
                    if Decimal(f["fees"][k]) != getattr(row.fees, k):
                        out.add(("FEE_MISMATCH", row.id, c.file, None))
            if f["party_a"] != row.client:
                out.add(
                    (
                        "PARTY_MISMATCH",
                        row.id,
                        *(_find(parts, f"甲方（采购人）：{f['party_a']}") or (None, None)),
                    )
                )
            if f["party_b"] != ent.name:
                out.add(
                    (
                        "PARTY_MISMATCH",
                        row.id,
                        *(_find(parts, f"乙方（供应商）：{f['party_b']}") or (None, None)),
                    )
                )
            if row.signed_on and f["signed_on"] != row.signed_on.isoformat():
                out.add(("DATE_MISMATCH", row.id, c.file, None))
            total_inv = sum((Decimal(i.fields["total_amount"]) for i in invoices), Decimal(0))
            if total_inv > Decimal(f["contract_amount"]):
                out.add(("INVOICE_EXCEEDS_CONTRACT", row.id, None, None))
        if not accepts and not invoices:
            out.add(("ACCEPTANCE_MISSING", row.id, contracts[0].file, None))
        signed = dt.date.fromisoformat(contracts[0].fields["signed_on"])
        for a in accepts:
            f = a.fields
            page = (a.file, a.pages[-1])
            day = dt.date.fromisoformat(f["accepted_on"])
            if day.year != ent.inspection_year:
                out.add(("ACCEPTANCE_OUT_OF_PERIOD", row.id, *page))
            if day < signed:
                out.add(("ACCEPTANCE_BEFORE_SIGNING", row.id, *page))
            if f["conclusion"] != "passed":
                out.add(("ACCEPTANCE_NOT_PASSED", row.id, *page))
            if row.accepted_on and f["accepted_on"] != row.accepted_on.isoformat():
                out.add(("DATE_MISMATCH", row.id, *page))
            if f["party_a"] != row.client or f["party_b"] != ent.name:
                out.add(("PARTY_MISMATCH", row.id, *page))
        # every printed （盖章） label needs its seal on the same paper
        for d in [*contracts, *accepts]:
            for fname, page_no, part in _lines(printed, d.id):
                labels = sum(1 for line in part["lines"] if "（盖章）" in line)
                if labels > len(part["seals"]):
                    out.add(("SEAL_MISSING", row.id, fname, page_no))
    return out


def theme_summary(out: Path) -> dict[str, int]:
    """Counts of each geometry over a whole set (the README's claims, checked)."""
    counts: dict[str, int] = {}
    for printed_path in sorted(out.glob("*/printed.json")):
        printed = json.loads(printed_path.read_text(encoding="utf-8"))
        for records in printed["files"].values():
            for rec in records:
                g = rec["geometry"]
                tags = [g["mode"], f"turn{g['turn']}"]
                if abs(g["skew"]) >= 3:
                    tags.append("skew>=3")
                if g["lid_open"]:
                    tags.append("black_border")
                if g["cut"]:
                    tags.append("cut_margin")
                if g["place_turn"]:
                    tags.append("small_sideways")
                if any(p["size_mm"][0] > p["size_mm"][1] for p in rec["parts"]) and g["mode"] == "flat":
                    tags.append("landscape_paper")
                for t in tags:
                    counts[t] = counts.get(t, 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.jimunai.selfcheck OUT")
        return 2
    out = Path(args[0])
    folders = sorted(p.parent for p in out.glob("*/truth.json"))
    bad = 0
    for folder in folders:
        errors = check_filing(folder)
        status = "ok" if not errors else "FAIL"
        print(f"{folder.name}: {status}")
        for e in errors:
            print(f"  - {e}")
        bad += bool(errors)
    print(f"{len(folders) - bad}/{len(folders)} filings consistent; geometry: {theme_summary(out)}")
    return 1 if bad or not folders else 0


if __name__ == "__main__":
    sys.exit(main())
