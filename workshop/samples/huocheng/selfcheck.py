"""Check a generated huocheng set against itself, never against the checker.

    python -m jianzheng_workshop.samples.huocheng.selfcheck OUT

Per filing: truth and declaration validate (the workbook reads back to the declaration generated);
every page of every file is in truth once, with a text layer exactly where it is not scanned;
every truth value is printed on its document's pages; capital numerals read back; the declared
identities hold; and contract amounts, fees, words, invoices, dates, parties, licence, audit,
certificates and grade thresholds agree with the declaration exactly where nothing is planted,
while each planted finding breaks exactly what it names (and sits on a page that shows it).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.finding import SEVERITY, Code, Severity
from jianzheng.models.truth import Truth

from .filing import FEE_ORDER, GOODS_ORDER
from .world import credit_code_valid, fig, read_upper

CAPITAL_RUN = re.compile(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]{2,}")
RECOGNISED = {
    "信息系统项目管理师",
    "系统集成项目管理工程师",
    "网络工程师",
    "信息安全工程师",
    "系统架构设计师",
    "数据库系统工程师",
}
THRESHOLDS = {
    "甲": (40, 12, 30_000_000),
    "乙": (30, 8, 10_000_000),
    "丙": (20, 5, 5_000_000),
    "丁": (6, 0, 0),
}


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _money_forms(value: Decimal) -> list[str]:
    forms = [fig(value), f"{value:.2f}"]
    w = value / 10000
    if w == w.quantize(Decimal("0.01")):
        forms.append(f"{w:.2f}万")
    return forms


def _printed_money(text: str, value: Decimal) -> bool:
    if any(form in text for form in _money_forms(value)):
        return True
    return any(read_upper(run) == value for run in CAPITAL_RUN.findall(text))


def _date_forms(d: dt.date) -> list[str]:
    return [f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日", d.isoformat()]


def _read_xlsx(path: Path) -> dict[str, Any]:
    """Read the workbook back into the declaration's shape (this family's own layout)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, data_only=True)
    info = {row[0].value: row[1].value for row in wb["企业信息"].iter_rows(min_row=2)}

    def money(v: Any) -> str:
        return f"{Decimal(str(v)):.2f}"

    fin = [
        {
            "year": int(r[0].value),
            "operating_revenue": money(r[1].value),
            "system_integration_revenue": money(r[2].value),
            "net_profit": money(r[3].value),
        }
        for r in wb["经营情况"].iter_rows(min_row=2)
    ]
    projects = []
    for r in wb["项目汇总"].iter_rows(min_row=2):
        v = [c.value for c in r]
        fees = {k: money(v[7 + i]) for i, k in enumerate(FEE_ORDER)}
        fees.update({k: money(v[14 + i]) for i, k in enumerate(GOODS_ORDER)})
        projects.append(
            {
                "id": f"P{v[0]}",
                "name": v[1],
                "client": v[2],
                "signed_on": v[3],
                "accepted_on": v[4],
                "field": v[5],
                "location": v[6],
                "fees": fees,
                "services_total": money(v[13]),
                "contract_amount": money(v[18]),
            }
        )
    return {
        "enterprise": {
            "name": info["企业名称"],
            "credit_code": info["统一社会信用代码"],
            "legal_representative": info["法定代表人"],
            "registered_capital": money(info["注册资本（元）"]),
            "established_on": info["成立日期"],
            "grade": info["资质等级"],
            "inspection_year": int(info["年检年度"]),
            "staff": {
                "technical_total": int(info["技术人员总数"]),
                "certified_total": int(info["持证人员总数"]),
                "certificates": [],
            },
        },
        "finance": fin,
        "projects": projects,
    }


def check_filing(root: Path) -> list[str]:
    problems: list[str] = []

    def fail(msg: str) -> None:
        problems.append(msg)

    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    decl_raw = printed["declaration"]
    if printed["declaration_file"] == "declaration.xlsx":
        back = _read_xlsx(sub / "declaration.xlsx")
        if back != decl_raw:
            fail("declaration.xlsx does not read back to the declaration generated")
    else:
        if json.loads((sub / "declaration.json").read_text(encoding="utf-8")) != decl_raw:
            fail("declaration.json differs from printed.json")
    decl = Declaration.model_validate(decl_raw)

    # --- pages and documents --------------------------------------------------------------
    files = sorted(p.name for p in sub.iterdir() if not p.name.startswith("declaration"))
    pages_by_file: dict[str, list[int]] = {}
    for tp in truth.pages:
        pages_by_file.setdefault(tp.file, []).append(tp.page)
    if sorted(pages_by_file) != files:
        fail(f"files in truth {sorted(pages_by_file)} != files uploaded {files}")
    text_by_page: dict[tuple[str, int], str] = {}
    for name, entries in printed["files"].items():
        for e in entries:
            text_by_page[(name, e["page"])] = _compact("".join(e["lines"]))
    seals_by_page = {(n, e["page"]): e["seals"] for n, es in printed["files"].items() for e in es}
    for name in files:
        pages = pages_by_file.get(name, [])
        if pages != list(range(1, len(pages) + 1)):
            fail(f"{name}: truth pages {pages} not 1..n once each")
        if name.endswith(".pdf"):
            with pymupdf.open(sub / name) as doc:
                if doc.page_count != len(pages):
                    fail(f"{name}: {doc.page_count} pages, truth lists {len(pages)}")
                for tp in (t for t in truth.pages if t.file == name):
                    has_text = bool(doc[tp.page - 1].get_text().strip())
                    if has_text == tp.scanned:
                        fail(f"{name} p{tp.page}: text layer {has_text} but scanned={tp.scanned}")
        elif not all(t.scanned for t in truth.pages if t.file == name):
            fail(f"{name}: an image file must be scanned")
    page_doc = {(t.file, t.page): t.document for t in truth.pages}
    for d in truth.documents:
        if d.pages != list(range(d.pages[0], d.pages[0] + len(d.pages))):
            fail(f"{d.id}: pages not consecutive")
        if any(page_doc.get((d.file, p)) != d.id for p in d.pages):
            fail(f"{d.id}: pages not attributed to it in truth.pages")

    def doc_text(d: Any) -> str:
        return "".join(text_by_page.get((d.file, p), "") for p in d.pages)

    # --- every truth value printed -------------------------------------------------------------
    for d in truth.documents:
        text = doc_text(d)
        for key, value in d.fields.items():
            ok = True
            if key in (
                "contract_amount",
                "registered_capital",
                "total_amount",
                "operating_revenue",
                "net_profit",
                "system_integration_revenue",
            ):
                ok = _printed_money(text, Decimal(value))
            elif key in ("signed_on", "accepted_on", "issued_on", "established_on"):
                ok = any(f in text for f in _date_forms(dt.date.fromisoformat(value)))
            elif key == "fees":
                ok = all(_printed_money(text, Decimal(v)) for v in value.values())
            elif key == "amount_in_words":
                ok = _compact(value) in text and read_upper(value) is not None
            elif key == "fiscal_year":
                ok = f"{value}年" in text
            elif key == "has_seal":
                ok = value == any(seals_by_page.get((d.file, p)) for p in d.pages)
            elif key == "conclusion":
                ok = value == "passed" and "合格" in text and "通过验收" in text
            elif key in ("opinion", "consolidated"):
                ok = (value == "unqualified" and "公允反映" in text) if key == "opinion" else value is False
            elif isinstance(value, str):
                ok = _compact(value) in text
            if not ok:
                fail(f"{d.id} ({d.file}): {key}={value!r} not printed on its pages")

    # --- declared identities -------------------------------------------------------------------
    for p in decl.projects:
        if p.services_total != p.fees.services_sum() or p.contract_amount != p.fees.total():
            fail(f"{p.id}: declared identities broken")

    # --- agreement where nothing is planted ------------------------------------------------------
    planted = {(f.code, f.project_id) for f in truth.findings}

    def skip(code: str, pid: str) -> bool:
        return (code, pid) in planted

    contracts = [d for d in truth.documents if d.type == "contract"]
    for p in decl.projects:
        mine = [d for d in contracts if d.project_id == p.id]
        if len(mine) != 1:
            fail(f"{p.id}: {len(mine)} contracts")
            continue
        c = mine[0]
        amount = Decimal(c.fields["contract_amount"])
        words = read_upper(c.fields["amount_in_words"])
        amount_ok = p.contract_amount == amount
        if amount_ok == skip("AMOUNT_MISMATCH", p.id):
            fail(
                f"{p.id}: declared {p.contract_amount} vs contract {amount} (planted: {skip('AMOUNT_MISMATCH', p.id)})"
            )
        if (words == amount) == skip("AMOUNT_WORDS_MISMATCH", p.id):
            fail(f"{p.id}: words {words} vs figures {amount}")
        if "fees" in c.fields:
            fees_ok = all(
                Decimal(c.fields["fees"].get(k, "0")) == getattr(p.fees, k)
                for k in (*FEE_ORDER, *GOODS_ORDER)
            )
            if fees_ok == skip("FEE_MISMATCH", p.id):
                fail(f"{p.id}: declared fees vs contract fees (planted: {skip('FEE_MISMATCH', p.id)})")
        elif skip("FEE_MISMATCH", p.id):
            fail(f"{p.id}: FEE_MISMATCH planted on a contract without a fee table")
        invoices = [
            Decimal(d.fields["total_amount"])
            for d in truth.documents
            if d.type == "invoice" and d.project_id == p.id
        ]
        if (sum(invoices, Decimal(0)) > amount) != skip("INVOICE_EXCEEDS_CONTRACT", p.id):
            fail(f"{p.id}: invoices {sum(invoices)} vs contract {amount}")
        accs = [d for d in truth.documents if d.type == "acceptance_report" and d.project_id == p.id]
        if not accs and not invoices:
            fail(f"{p.id}: neither acceptance nor invoice")
        for a in accs:
            on = dt.date.fromisoformat(a.fields["accepted_on"])
            if on != p.accepted_on or on.year != 2025 or (p.signed_on and on < p.signed_on):
                fail(f"{p.id}: acceptance date {on} vs declared {p.accepted_on}")
            if a.fields["party_a"] != p.client or a.fields["party_b"] != decl.enterprise.name:
                fail(f"{p.id}: acceptance parties")
        if c.fields["signed_on"] != (p.signed_on.isoformat() if p.signed_on else None):
            fail(f"{p.id}: signed_on differs")
        if c.fields["party_a"] != p.client or c.fields["party_b"] != decl.enterprise.name:
            fail(f"{p.id}: contract parties differ")
        if c.fields["project_name"] != p.name:
            fail(f"{p.id}: project name differs")

    # --- enterprise, audit, staff --------------------------------------------------------------
    e = decl.enterprise
    lic = [d for d in truth.documents if d.type == "business_license"]
    if len(lic) != 1:
        fail("not exactly one licence")
    else:
        lf = lic[0].fields
        if (
            lf["company_name"] != e.name
            or lf["credit_code"] != e.credit_code
            or lf["legal_representative"] != e.legal_representative
            or Decimal(lf["registered_capital"]) != e.registered_capital
            or lf["established_on"] != (e.established_on.isoformat() if e.established_on else None)
        ):
            fail("licence differs from the declared enterprise")
    if not e.credit_code or not credit_code_valid(e.credit_code):
        fail(f"credit code {e.credit_code} fails its check characters")
    audits = [d for d in truth.documents if d.type == "audit_report"]
    if len(audits) < len(decl.finance):
        fail("fewer audit reports than finance years")
    for fy in decl.finance:
        match = [a for a in audits if a.fields["fiscal_year"] == fy.year]
        if not match or any(
            Decimal(match[0].fields[k]) != getattr(fy, k)
            for k in ("operating_revenue", "system_integration_revenue", "net_profit")
        ):
            fail(f"audit {fy.year} differs from the declaration")
    tech, certified, total = THRESHOLDS[e.grade or "丁"]
    rows_total = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
    if (
        (e.staff.technical_total or 0) < tech
        or (e.staff.certified_total or 0) < certified
        or rows_total < total
    ):
        fail(f"grade {e.grade} thresholds not met")
    if e.staff.certificates:
        if any(c.certificate not in RECOGNISED for c in e.staff.certificates):
            fail("a certificate not on the list")
        if (e.staff.certified_total or 0) > len(e.staff.certificates):
            fail("certified_total counts more rows than listed")

    # --- plants: where they sit and what they show -----------------------------------------------------
    expected_clean = not any(
        SEVERITY[Code(f.code)] in (Severity.error, Severity.warning) for f in truth.findings
    )
    if truth.clean != expected_clean:
        fail(f"clean={truth.clean} but findings {[f.code for f in truth.findings]}")
    if truth.clean and truth.findings:
        fail("a clean filing lists findings")
    plant = printed.get("plant") or {}
    for f in truth.findings:
        if f.file is None or f.page is None:
            fail(f"{f.code}: no file/page")
            continue
        text = text_by_page.get((f.file, f.page), "")
        doc = next((d for d in truth.documents if d.file == f.file and f.page in d.pages), None)
        if doc is None:
            fail(f"{f.code}: {f.file} p{f.page} is no document's page")
            continue
        if f.code in ("AMOUNT_MISMATCH", "AMOUNT_WORDS_MISMATCH"):
            amount = Decimal(doc.fields["contract_amount"])
            if doc.type != "contract" or not _printed_money(text, amount):
                fail(f"{f.code}: the contract amount is not printed on {f.file} p{f.page}")
        if f.code == "AMOUNT_WORDS_MISMATCH" and _compact(doc.fields["amount_in_words"]) not in text:
            fail("AMOUNT_WORDS_MISMATCH: the words are not on the finding's page")
        if f.code == "FEE_MISMATCH" and not all(
            _printed_money(text, Decimal(v)) for v in doc.fields["fees"].values()
        ):
            fail("FEE_MISMATCH: the fee table is not on the finding's page")
        if f.code == "INVOICE_EXCEEDS_CONTRACT" and (doc.type != "invoice" or doc.project_id != f.project_id):
            fail("INVOICE_EXCEEDS_CONTRACT: the page is not one of the project's invoices")
    kind = plant.get("kind")
    if kind in ("pretax", "instalment", "discount"):
        c = next(d for d in contracts if d.project_id == plant["project_id"])
        declared = Decimal(plant["declared"])
        shown = any(form in doc_text(c) for form in _money_forms(declared))
        if shown != (kind != "discount"):
            fail(f"plant {kind}: declared {declared} printed in the contract: {shown}")
    return problems


def selfcheck(out: Path) -> dict[str, list[str]]:
    return {d.name: check_filing(d) for d in sorted(out.iterdir()) if (d / "truth.json").exists()}


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.huocheng.selfcheck OUT", file=sys.stderr)
        return 2
    results = selfcheck(Path(args[0]))
    bad = 0
    for name, problems in results.items():
        print(f"{'ok  ' if not problems else 'FAIL'} {name}")
        for p in problems:
            print(f"     - {p}")
        bad += bool(problems)
    print(f"{len(results) - bad}/{len(results)} filings pass")
    return 1 if bad or not results else 0


if __name__ == "__main__":
    raise SystemExit(main())
