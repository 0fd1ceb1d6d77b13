"""Check a generated aksu set without the checker: ``python -m jianzheng_workshop.samples.aksu.selfcheck SET``.

For every scenario: truth.json validates against models.truth; every page of every attachment
is typed exactly once and by a document that lists it; findings point at real pages; scanned
files carry no text layer and born-digital PDFs do; and a clean filing agrees with its
declaration at the coarser of two precisions (CONTRACT 1.1).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
from openpyxl import load_workbook
from PIL import Image

from jianzheng.models.truth import Truth

from .text import capital

ATTACH = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".docx"}


def page_count(path: Path) -> int:
    """Pages of an attachment: PDF pages, TIFF frames, 1 for an image or a (one-page) Word file."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        with pymupdf.open(path) as doc:
            return int(doc.page_count)
    if suffix in (".tif", ".tiff"):
        with Image.open(path) as im:
            return int(getattr(im, "n_frames", 1))
    return 1


def agree(a: Decimal, b: Decimal) -> bool:
    """Equal at the coarser precision of the two (a figure's last digit sets its precision)."""

    def unit(x: Decimal) -> Decimal:
        x = x.normalize()
        exp = x.as_tuple().exponent
        return Decimal(1).scaleb(int(exp)) if isinstance(exp, int) else Decimal("0.01")

    u = max(unit(a), unit(b), Decimal("0.01"))
    return abs(a - b) < u / 2 + Decimal("0.005") or (a / u).quantize(Decimal(1)) == (b / u).quantize(
        Decimal(1)
    )


def load_declaration(sub: Path) -> dict[str, Any]:
    """The declaration as a dict (from JSON, or rebuilt enough from the workbook)."""
    js = sub / "declaration.json"
    if js.exists():
        return dict(json.loads(js.read_text(encoding="utf-8")))
    wb = load_workbook(sub / "declaration.xlsx")
    info = {r[0]: r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    ws = wb["项目汇总"]
    heads = [c.value for c in ws[1]]
    k = Decimal(10000) if any("万元" in str(h) for h in heads) else Decimal(1)
    projects = []
    for row in ws.iter_rows(min_row=2, values_only=True):
        r = dict(zip(heads, row, strict=True))
        amount_key = next(h for h in heads if str(h).startswith("合同金额"))
        projects.append(
            {
                "id": f"P{r['序号']}",
                "name": r["项目名称"],
                "client": r["甲方单位"],
                "contract_amount": str(Decimal(str(r[amount_key])) * k),
                "accepted_on": r["验收日期"].date().isoformat(),
            }
        )
    fin = []
    for row in wb["经营情况"].iter_rows(min_row=2, values_only=True):
        fin.append(
            {
                "year": row[0],
                "operating_revenue": str(Decimal(str(row[1])) * k),
                "system_integration_revenue": str(Decimal(str(row[2])) * k),
                "net_profit": str(Decimal(str(row[3])) * k),
            }
        )
    return {
        "enterprise": {"name": info["企业名称"], "credit_code": info["统一社会信用代码"]},
        "projects": projects,
        "finance": fin,
    }


def check_clean(truth: Truth, decl: dict[str, Any]) -> list[str]:
    """Every document of a clean filing agrees with the declaration."""
    errs: list[str] = []
    ent = decl["enterprise"]
    projects = {p["id"]: p for p in decl["projects"]}
    fin = {f["year"]: f for f in decl["finance"]}
    sums: dict[str, Decimal] = {}
    for d in truth.documents:
        f = d.fields
        if d.type == "business_license":
            if f.get("company_name") != ent["name"]:
                errs.append(f"{d.id}: licence name {f.get('company_name')}")
            if "credit_code" in f and f["credit_code"] != ent["credit_code"]:
                errs.append(f"{d.id}: licence credit code")
            if f.get("valid_until") not in ("长期", None) and str(f["valid_until"]) < "2025-12-31":
                errs.append(f"{d.id}: licence expired")
        elif d.type == "audit_report":
            y = fin.get(f.get("fiscal_year"))
            for key in ("operating_revenue", "net_profit", "system_integration_revenue"):
                if y is None or not agree(Decimal(f[key]), Decimal(y[key])):
                    errs.append(f"{d.id}: audit {key} {f.get(key)} vs {y and y[key]}")
        elif d.type == "contract" and d.project_id and "contract_amount" in f:
            sums[d.project_id] = sums.get(d.project_id, Decimal(0)) + Decimal(f["contract_amount"])
        elif d.type == "acceptance_report" and d.project_id:
            p = projects[d.project_id]
            if f.get("conclusion") != "passed" or f.get("has_seal") is False:
                errs.append(f"{d.id}: acceptance not passed or unsealed")
            if "accepted_on" in f and not (f["accepted_on"].startswith("2025") and d.project_id in projects):
                errs.append(f"{d.id}: accepted {f['accepted_on']}")
        elif d.type == "declaration_form":
            if f.get("company_name") != ent["name"] or not f.get("has_seal"):
                errs.append(f"{d.id}: form company or seal")
            if f.get("project_count") != len(projects):
                errs.append(f"{d.id}: form project count")
            total = sum((Decimal(p["contract_amount"]) for p in projects.values()), Decimal(0))
            if not agree(Decimal(f["project_total"]), total):
                errs.append(f"{d.id}: form total {f['project_total']} vs {total}")
            for row in f.get("finance", []):
                y = fin[row["year"]]
                for key in ("operating_revenue", "net_profit", "system_integration_revenue"):
                    if not agree(Decimal(row[key]), Decimal(y[key])):
                        errs.append(f"{d.id}: form {key}")
        if d.type in ("contract", "acceptance_report") and d.project_id:
            p = projects[d.project_id]
            if (
                d.type == "acceptance_report"
                and "accepted_on" in f
                and len(
                    [
                        x
                        for x in truth.documents
                        if x.project_id == d.project_id and x.type == "acceptance_report"
                    ]
                )
                == 1
                and f["accepted_on"] != p["accepted_on"]
            ):
                errs.append(f"{d.id}: accepted_on {f['accepted_on']} vs {p['accepted_on']}")
            if f.get("party_b") != ent["name"] or f.get("party_a") != p["client"]:
                errs.append(f"{d.id}: parties {f.get('party_a')} / {f.get('party_b')}")
            if d.type == "contract" and "amount_in_words" in f:
                exact = capital(Decimal(f["contract_amount"])) == f["amount_in_words"]
                if not exact and capital(Decimal(p["contract_amount"])) != f["amount_in_words"]:
                    errs.append(f"{d.id}: words {f['amount_in_words']} vs figures {f['contract_amount']}")
    for pid, total in sums.items():
        if not agree(total, Decimal(projects[pid]["contract_amount"])):
            errs.append(f"{pid}: contracts sum {total} vs declared {projects[pid]['contract_amount']}")
    for pid in projects:
        if pid not in sums:
            errs.append(f"{pid}: no contract amount")
    return errs


def check(root: Path) -> list[str]:
    """All problems of one scenario folder."""
    errs: list[str] = []
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    files = {
        p.relative_to(sub).as_posix(): p for p in sub.rglob("*") if p.is_file() and p.suffix.lower() in ATTACH
    }
    typed: dict[tuple[str, int], int] = {}
    for pg in truth.pages:
        typed[(pg.file, pg.page)] = typed.get((pg.file, pg.page), 0) + 1
    for name, path in files.items():
        n = page_count(path)
        for i in range(1, n + 1):
            if typed.get((name, i)) != 1:
                errs.append(f"{name} p{i}: typed {typed.get((name, i), 0)} times")
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(path) as doc:
                text = "".join(p.get_text() for p in doc)
            scanned = {pg.scanned for pg in truth.pages if pg.file == name}
            if scanned == {True} and text.strip():
                errs.append(f"{name}: scan has a text layer")
            if scanned == {False} and not text.strip():
                errs.append(f"{name}: born-digital PDF without text")
    for key in typed:
        if key[0] not in files:
            errs.append(f"truth names a missing file {key[0]}")
        elif key[1] > page_count(files[key[0]]):
            errs.append(f"truth names page {key[1]} of {key[0]}, which has fewer pages")
    docs = {d.id: d for d in truth.documents}
    for pg in truth.pages:
        d = docs.get(pg.document)
        if d is None or d.file != pg.file or pg.page not in d.pages or d.type != pg.type:
            errs.append(f"page {pg.file} p{pg.page} and its document disagree")
    for d in truth.documents:
        for n in d.pages:
            if (d.file, n) not in typed:
                errs.append(f"{d.id} lists {d.file} p{n}, which no page entry types")
    for fd in truth.findings:
        if fd.file is not None and (fd.file, fd.page) not in typed:
            errs.append(f"finding {fd.code} points at {fd.file} p{fd.page}, not a page")
    if truth.clean and truth.findings:
        errs.append("clean truth with findings")
    if not truth.clean and not truth.findings:
        errs.append("unclean truth without findings")
    if truth.clean:
        errs += check_clean(truth, load_declaration(sub))
    return errs


def main(argv: list[str]) -> int:
    """Check every scenario under argv[0]; print a line each; non-zero exit on any problem."""
    if not argv:
        print("usage: python -m jianzheng_workshop.samples.aksu.selfcheck SET")
        return 2
    bad = 0
    for root in sorted(p.parent for p in Path(argv[0]).glob("*/truth.json")):
        errs = check(root)
        bad += bool(errs)
        print(f"{'ok  ' if not errs else 'FAIL'} {root.name}" + "".join(f"\n     {e}" for e in errs))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
