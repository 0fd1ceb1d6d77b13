"""Selfcheck of the zhaosu family (no checker): truth agrees with what was drawn and declared.

python -m jianzheng_workshop.samples.zhaosu.selfcheck OUT
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pymupdf as fitz
from openpyxl import load_workbook

from jianzheng.models import FEE_KEYS, SERVICE_FEE_KEYS, Declaration, Truth

from .filing import XLSX_HEADERS
from .world import GRADE_STAFF, cn_date, fmt, gb32100_check, read_capital

UNFULL = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def _money(cell: Any, scale: Decimal) -> Decimal:
    if cell is None or cell == "":
        return Decimal(0)
    text = str(cell).translate(UNFULL).replace(",", "").strip()
    return (Decimal(text) * scale).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def read_xlsx(path: Path) -> dict[str, Any]:
    """An independent reading of the workbook (cached formula values, units, text amounts, hidden rows)."""
    wb = load_workbook(path, data_only=True)
    info = {str(r[0]): r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True) if r[0]}
    fin = []
    for r in wb["经营情况"].iter_rows(min_row=2, values_only=True):
        if r[0]:
            fin.append(
                {
                    "year": int(r[0]),
                    "operating_revenue": _money(r[1], Decimal(1)),
                    "system_integration_revenue": _money(r[2], Decimal(1)),
                    "net_profit": _money(r[3], Decimal(1)),
                }
            )
    ws = wb["项目汇总"]
    rows = list(ws.iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if r[0] == "序号")
    header = [str(c) for c in rows[h]]
    for want, got in zip(XLSX_HEADERS, header, strict=True):
        assert got.startswith(want), (want, got)
    scale = Decimal(10000) if "万元" in header[-1] else Decimal(1)
    projects = []
    for r in rows[h + 1 :]:
        if r[0] is None:
            continue
        fees = {k: _money(r[7 + i] if i < 6 else r[8 + i], scale) for i, k in enumerate(FEE_KEYS)}
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": r[3],
                "accepted_on": r[4],
                "field": r[5],
                "location": r[6],
                "fees": {k: f"{v:.2f}" for k, v in fees.items()},
                "services_total": f"{_money(r[13], scale):.2f}",
                "contract_amount": f"{_money(r[18], scale):.2f}",
            }
        )
    staff = {"technical_total": int(info["技术人员总数"]), "certified_total": int(info["持证人员总数"])}
    ent = {
        "name": info["企业名称"],
        "credit_code": info["统一社会信用代码"],
        "legal_representative": info["法定代表人"],
        "registered_capital": info["注册资本（元）"],
        "established_on": info["成立日期"],
        "grade": info["资质等级"],
        "inspection_year": int(info["年检年度"]),
        "staff": staff,
    }
    return {
        "enterprise": ent,
        "finance": [{k: (f"{v:.2f}" if k != "year" else v) for k, v in f.items()} for f in fin],
        "projects": projects,
    }


def _agree(a: Decimal, b: Decimal, unit: Decimal) -> bool:
    q = lambda v: (v / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)  # noqa: E731
    return q(a) == q(b)


def check_one(root: Path) -> list[str]:
    """Problems with one generated filing (empty: it holds)."""
    problems: list[str] = []
    truth = Truth.model_validate_json((root / "truth.json").read_text("utf-8"))
    meta = json.loads((root / "printed.json").read_text("utf-8"))
    sub = root / "submission"
    if (sub / "declaration.xlsx").exists():
        raw = read_xlsx(sub / "declaration.xlsx")
        unit = Decimal(100) if meta["xlsx"]["wan"] and meta["xlsx"]["wan_decimals"] == 2 else Decimal("0.01")
    else:
        raw = json.loads((sub / "declaration.json").read_text("utf-8"))
        unit = Decimal("0.01")
    decl = Declaration.model_validate(raw)
    ref = Declaration.model_validate(meta["declared"])
    for a, b in zip(decl.projects, ref.projects, strict=True):
        if a.contract_amount != b.contract_amount or a.fees != b.fees:
            problems.append(f"workbook reads back otherwise: {a.id}")
    code = decl.enterprise.credit_code or ""
    if gb32100_check(code[:17]) != code[17:]:
        problems.append(f"credit code {code} fails GB 32100")
    planted = {(f.code, f.project_id) for f in truth.findings}
    planted_codes = {f.code for f in truth.findings}
    for p in decl.projects:
        broken = p.services_total != p.fees.services_sum() or p.contract_amount != p.fees.total() - sum(
            (getattr(p.fees, k) for k in SERVICE_FEE_KEYS), Decimal(0)
        ) + (p.services_total or 0)
        if broken != (("DECLARED_SUM_MISMATCH", p.id) in planted):
            problems.append(f"{p.id}: identities broken={broken} against the plants")
    # pages: every PDF page in truth exactly once
    seen = {(tp.file, tp.page) for tp in truth.pages}
    if len(seen) != len(truth.pages):
        problems.append("a page twice in truth")
    for pdf in sub.rglob("*.pdf"):
        name = str(pdf.relative_to(sub))
        with fitz.open(pdf) as doc:
            for i, page in enumerate(doc, 1):
                if (name, i) not in seen:
                    problems.append(f"{name} p{i} not in truth")
                has_text = bool(page.get_text().strip())
                tp = next(t for t in truth.pages if (t.file, t.page) == (name, i))
                if has_text == tp.scanned:
                    problems.append(f"{name} p{i}: text layer {has_text}, scanned {tp.scanned}")
    # fields are printed on their pages
    for d in truth.documents:
        if d.scanned:
            text = "".join("".join(meta["printed"][f"{d.file}#{p}"]) for p in d.pages)
        else:
            with fitz.open(sub / d.file) as doc:
                text = "".join(doc[p - 1].get_text() for p in d.pages)
        text = "".join(text.split())
        for k, v in d.fields.items():
            if isinstance(v, bool) or k in {
                "opinion",
                "conclusion",
                "fiscal_year",
                "consolidated",
                "finance",
                "fees",
                "project_count",
                "technical_total",
                "certified_total",
            }:
                continue
            if k in {"signed_on", "accepted_on", "issued_on", "established_on"}:
                import datetime as dt

                ok = cn_date(dt.date.fromisoformat(v)) in text or v in text
            elif k in {
                "contract_amount",
                "total_amount",
                "registered_capital",
                "project_total",
                "operating_revenue",
                "net_profit",
                "system_integration_revenue",
            }:
                m = Decimal(v)
                ok = (
                    any(s in text for s in (fmt(m), fmt(m / 1000), fmt(m / 10000), f"{m:.2f}"))
                    or k == "registered_capital"
                )
            elif k == "valid_until":
                ok = "长期" in text
            else:
                ok = "".join(str(v).split()) in text
            if not ok:
                problems.append(f"{d.id} {d.type} {k}={v} not printed")
        if d.type == "contract" and "amount_in_words" in d.fields:
            if read_capital(d.fields["amount_in_words"]) != Decimal(d.fields["contract_amount"]):
                problems.append(f"{d.id} words read back otherwise")
    # what a perfect reviewer would raise, from truth and the declaration
    by_pid: dict[str, Decimal] = {}
    for d in truth.documents:
        if d.type == "contract" and d.project_id and "contract_amount" in d.fields:
            by_pid[d.project_id] = by_pid.get(d.project_id, Decimal(0)) + Decimal(d.fields["contract_amount"])
    for p in decl.projects:
        if p.id not in by_pid:
            if ("PROJECT_EVIDENCE_MISSING", p.id) not in planted:
                problems.append(f"{p.id} has no contract and no plant")
            continue
        agrees = _agree(by_pid[p.id], p.contract_amount or Decimal(0), unit)
        if agrees == (("AMOUNT_MISMATCH", p.id) in planted):
            problems.append(
                f"{p.id}: contracts {by_pid[p.id]} vs declared {p.contract_amount} against the plants"
            )
    audits = {d.fields["fiscal_year"]: d.fields for d in truth.documents if d.type == "audit_report"}
    if (len(audits) < len(decl.finance)) != ("AUDIT_REPORT_MISSING" in planted_codes):
        problems.append("audit years against the plants")
    mism = False
    for fy in decl.finance:
        audit = audits.get(fy.year)
        if audit:
            for k in ("operating_revenue", "system_integration_revenue", "net_profit"):
                mism |= not _agree(Decimal(audit[k]), getattr(fy, k) or Decimal(0), Decimal(100))
    if mism != ("AUDIT_FIGURE_MISMATCH" in planted_codes):
        problems.append("audit figures against the plants")
    form = next(d for d in truth.documents if d.type == "declaration_form")
    fm = form.fields
    total = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
    differs = fm["project_count"] != len(decl.projects) or not _agree(
        Decimal(fm["project_total"]), total, Decimal(100)
    )
    differs |= fm["technical_total"] != decl.enterprise.staff.technical_total
    for row, fy in zip(fm["finance"], decl.finance, strict=True):
        differs |= not _agree(
            Decimal(row["operating_revenue"]), fy.operating_revenue or Decimal(0), Decimal(100)
        )
    if differs != ("DECLARATION_FORM_MISMATCH" in planted_codes):
        problems.append("stamped form against the plants")
    staff_min, cert_min = GRADE_STAFF[decl.enterprise.grade or "丁"]
    low = (decl.enterprise.staff.technical_total or 0) < staff_min or (
        decl.enterprise.staff.certified_total or 0
    ) < cert_min
    if low != ("GRADE_THRESHOLD_NOT_MET" in planted_codes):
        problems.append("grade thresholds against the plants")
    return problems


def selfcheck(out: Path) -> dict[str, list[str]]:
    """Problems per filing under ``out``."""
    return {root.name: check_one(root) for root in sorted(out.iterdir()) if (root / "truth.json").exists()}


def main() -> None:
    results = selfcheck(Path(sys.argv[1]))
    bad = {k: v for k, v in results.items() if v}
    for k, v in bad.items():
        print(k, *v, sep="\n  ")
    print(f"{len(results) - len(bad)}/{len(results)} filings hold")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
