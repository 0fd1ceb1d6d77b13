"""Check a generated atushi set against itself (never runs the checker).

    python -m jianzheng_workshop.samples.atushi.selfcheck OUT

Per filing: truth and declaration validate; every file page is in truth once, text layer ⇔ not
scanned; every truth field is printed on its page (and in the text layer where there is one);
capital numerals read back; the findings that this module's own reading of the rules derives from
the truth documents and the declaration are exactly the truth's findings (code, file, page); clean
filings still carry the traps (last year's column, the audit firm's licence inside the report, the
segment table); audit reports run 15–40 pages.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf

from jianzheng.models import Declaration, Truth

from .numerals import capital, cn_date, money, read_capital, upper_date
from .people import credit_code_valid
from .world import CERTIFICATES, YEAR

THRESHOLDS = {
    "甲": (40, 12, 30_000_000),
    "乙": (30, 8, 10_000_000),
    "丙": (20, 5, 5_000_000),
    "丁": (6, 0, 0),
}
"""Seed 000: technical staff, certified staff and three-year project total per grade."""


def _flat(text: str) -> str:
    return "".join(text.split())


def renderings(name: str, value: object, precision: str) -> list[str]:
    """The ways a truth value may be printed."""
    if isinstance(value, bool):
        return []
    if name == "fiscal_year":
        return [f"{value}年度", f"{value}年12月31日"]
    if name == "opinion":
        return [{"unqualified": "无保留意见", "qualified": "保留意见"}[str(value)]]
    if name == "conclusion":
        return [{"passed": "同意通过验收", "failed": "不予通过"}[str(value)]]
    if name == "valid_until" and value == "长期":
        return ["长期"]
    if name in {"established_on", "signed_on", "accepted_on", "valid_until"}:
        d = dt.date.fromisoformat(str(value))
        return [cn_date(d), cn_date(d, pad=True), d.isoformat(), upper_date(d)]
    if name in {
        "operating_revenue",
        "net_profit",
        "system_integration_revenue",
        "contract_amount",
        "registered_capital",
    }:
        v = Decimal(str(value))
        out = [money(v)]
        if precision == "100":
            out.append(f"{v / 10000:,.2f}")
        if name == "registered_capital":
            out += [
                capital(v),
                capital(v).removesuffix("整"),
                f"{v / 10000:.0f}万元人民币",
                f"{v / 10000:.6f}万人民币",
            ]
        if name == "contract_amount":
            out.append(capital(v))
        return out
    return [str(value)]


def agree(a: Decimal, b: Decimal, precision: Decimal) -> bool:
    unit = max(precision, Decimal("0.01"))
    return (a / unit).quantize(Decimal(1), ROUND_HALF_UP) == (b / unit).quantize(Decimal(1), ROUND_HALF_UP)


def derive(decl: Declaration, truth: Truth, printed: dict) -> set[tuple[str, str | None, int | None]]:
    """The findings this family's reading of CONTRACT 2.3 and the seeds expects."""
    found: set[tuple[str, str | None, int | None]] = set()
    meta = {d["id"]: d for d in printed["documents"]}
    e = decl.enterprise
    for p in decl.projects:
        if p.services_total != p.fees.services_sum() or p.contract_amount != p.fees.total():
            found.add(("DECLARED_SUM_MISMATCH", None, None))
    licences = [d for d in truth.documents if d.type == "business_license"]
    if not licences:
        found.add(("LICENSE_MISSING", None, None))
    year_end = dt.date(e.inspection_year, 12, 31)
    for d in licences:
        f = d.fields
        page = d.pages[0]
        if f["company_name"] != e.name:
            found.add(("LICENSE_NAME_MISMATCH", d.file, page))
        if f["credit_code"] != e.credit_code:
            found.add(("CREDIT_CODE_MISMATCH", d.file, page))
        if not credit_code_valid(f["credit_code"]):
            found.add(("CREDIT_CODE_INVALID", d.file, page))
        if f["valid_until"] != "长期" and dt.date.fromisoformat(f["valid_until"]) < year_end:
            found.add(("LICENSE_EXPIRED", d.file, page))
        if (
            f["legal_representative"] != e.legal_representative
            or Decimal(f["registered_capital"]) != e.registered_capital
            or f["established_on"] != str(e.established_on)
        ):
            found.add(("LICENSE_FIELD_MISMATCH", d.file, page))
    audits = [d for d in truth.documents if d.type == "audit_report"]
    for fy in decl.finance:
        reports = [d for d in audits if d.fields["fiscal_year"] == fy.year]
        if not reports:
            found.add(("AUDIT_REPORT_MISSING", None, None))
            continue
        for d in reports:
            m = meta[d.id]
            prec = Decimal(m["precision"])
            for key, declared in (
                ("operating_revenue", fy.operating_revenue),
                ("net_profit", fy.net_profit),
                ("system_integration_revenue", fy.system_integration_revenue),
            ):
                if declared is not None and not agree(Decimal(d.fields[key]), declared, prec):
                    found.add(("AUDIT_FIGURE_MISMATCH", d.file, m["field_pages"][key]))
            if d.fields["opinion"] != "unqualified":
                found.add(("AUDIT_OPINION_NOT_CLEAN", d.file, m["marks"]["opinion"]))
            if d.fields["consolidated"]:
                found.add(("AUDIT_CONSOLIDATED_ONLY", d.file, None))
    total = Decimal(0)
    for p in decl.projects:
        contracts = [d for d in truth.documents if d.type == "contract" and d.project_id == p.id]
        accepts = [d for d in truth.documents if d.type == "acceptance_report" and d.project_id == p.id]
        total += p.contract_amount or 0
        if not contracts:
            found.add(("PROJECT_EVIDENCE_MISSING", None, None))
            continue
        c = contracts[0].fields
        if Decimal(c["contract_amount"]) != p.contract_amount:
            found.add(("AMOUNT_MISMATCH", contracts[0].file, contracts[0].pages[0]))
        if read_capital(c["amount_in_words"]) != Decimal(c["contract_amount"]):
            found.add(("AMOUNT_WORDS_MISMATCH", contracts[0].file, contracts[0].pages[0]))
        if c["party_a"] != p.client or c["party_b"] != e.name:
            found.add(("PARTY_MISMATCH", contracts[0].file, contracts[0].pages[0]))
        declared_fees = {k: f"{v:.2f}" for k, v in p.fees.model_dump().items() if v}
        if c["fees"] != declared_fees:
            found.add(("FEE_MISMATCH", contracts[0].file, contracts[0].pages[0]))
        if c["signed_on"] != str(p.signed_on):
            found.add(("DATE_MISMATCH", contracts[0].file, None))
        if not accepts:
            found.add(("ACCEPTANCE_MISSING", None, None))
            continue
        a = accepts[0].fields
        accepted = dt.date.fromisoformat(a["accepted_on"])
        if a["accepted_on"] != str(p.accepted_on):
            found.add(("DATE_MISMATCH", accepts[0].file, None))
        if accepted.year != e.inspection_year:
            found.add(("ACCEPTANCE_OUT_OF_PERIOD", accepts[0].file, accepts[0].pages[0]))
        if accepted < dt.date.fromisoformat(c["signed_on"]):
            found.add(("ACCEPTANCE_BEFORE_SIGNING", accepts[0].file, accepts[0].pages[0]))
        if a["conclusion"] != "passed":
            found.add(("ACCEPTANCE_NOT_PASSED", accepts[0].file, accepts[0].pages[0]))
        if not (a["has_seal"] and c["has_seal"]):
            found.add(("SEAL_MISSING", None, None))
    staff = e.staff
    known = {t for t, _ in CERTIFICATES}
    recognised = sum(1 for c in staff.certificates if c.certificate in known)
    if recognised < len(staff.certificates) or (staff.certified_total or 0) > recognised:
        found.add(("CERTIFICATE_NOT_RECOGNISED", None, None))
    tech, cert, amount = THRESHOLDS[str(e.grade)]
    if (staff.technical_total or 0) < tech or (staff.certified_total or 0) < cert or total < amount:
        found.add(("GRADE_THRESHOLD_NOT_MET", None, None))
    return found


def check_filing(root: Path) -> list[str]:
    problems: list[str] = []
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    decl = Declaration.model_validate_json(
        (root / "submission" / "declaration.json").read_text(encoding="utf-8")
    )
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    files = sorted(
        str(p.relative_to(sub)) for p in sub.rglob("*") if p.is_file() and p.name != "declaration.json"
    )
    seen = {(p.file, p.page) for p in truth.pages}
    if len(seen) != len(truth.pages):
        problems.append("a page is in truth twice")
    docs = {d.id: d for d in truth.documents}
    for f in files:
        if f.endswith(".png"):
            count = 1
            texts = [""]
        else:
            with pymupdf.open(sub / f) as pdf:
                count = pdf.page_count
                texts = [_flat(page.get_text()) for page in pdf]
        expected = {(f, i) for i in range(1, count + 1)}
        if expected != {s for s in seen if s[0] == f}:
            problems.append(f"{f}: truth pages differ from the file's {count} pages")
        for page in (p for p in truth.pages if p.file == f):
            has_text = bool(texts[page.page - 1])
            if has_text == page.scanned:
                problems.append(
                    f"{f} p{page.page}: text layer {'present' if has_text else 'absent'} but scanned={page.scanned}"
                )
            d = docs.get(page.document)
            if d is None or page.page not in d.pages or d.type != page.type:
                problems.append(f"{f} p{page.page}: page and document disagree")
    for d in truth.documents:
        meta = next(m for m in printed["documents"] if m["id"] == d.id)
        for name, value in d.fields.items():
            if isinstance(value, bool) and name != "has_seal":
                continue
            page = meta["field_pages"].get(name)
            if page is None:
                problems.append(f"{d.id} {name}: no page recorded")
                continue
            entry = printed["files"][d.file][page - 1]
            lines = _flat("".join(entry["lines"]))
            pdf_text = ""
            if not entry["scanned"]:
                with pymupdf.open(sub / d.file) as pdf:
                    pdf_text = _flat(pdf[page - 1].get_text())
            if name == "fees":
                wanted = [[money(Decimal(v))] for v in value.values()]
            elif name == "has_seal":
                if not entry["stamps"]:
                    problems.append(f"{d.id} has_seal: no seal on p{page}")
                continue
            else:
                wanted = [renderings(name, value, meta["precision"])]
            for options in wanted:
                if not options:
                    continue
                if not any(_flat(o) in lines for o in options):
                    problems.append(f"{d.id} {name}={value!r} not printed on {d.file} p{page}")
                elif pdf_text and not any(_flat(o) in pdf_text for o in options):
                    problems.append(f"{d.id} {name}={value!r} not in the text layer of {d.file} p{page}")
        if d.type == "contract" and read_capital(d.fields["amount_in_words"]) != Decimal(
            d.fields["contract_amount"]
        ):
            problems.append(f"{d.id}: capital numerals do not read back")
        if d.type == "audit_report":
            problems += _audit_traps(d, meta, printed)
    derived = derive(decl, truth, printed)
    listed = {(f.code.value, f.file, f.page) for f in truth.findings}
    if derived != listed:
        problems.append(
            f"findings: derived {sorted(derived, key=str)} but truth lists {sorted(listed, key=str)}"
        )
    if truth.clean != (not truth.findings):
        problems.append("clean flag disagrees with the findings")
    return problems


def _audit_traps(d, meta: dict, printed: dict) -> list[str]:
    """Every report carries the theme's traps, planted or not."""
    problems = []
    if not 15 <= len(d.pages) <= 40:
        problems.append(f"{d.id}: audit report of {len(d.pages)} pages")
    marks = meta["marks"]
    for key in ("filing_cover", "opinion", "income", "segment", "firm_licence", "practice_certificate"):
        if key not in marks:
            problems.append(f"{d.id}: no {key} page")
    pages = printed["files"][d.file]
    licence_lines = _flat("".join(pages[marks["firm_licence"] - 1]["lines"]))
    if d.fields["company_name"] in licence_lines or "营业执照" not in licence_lines:
        problems.append(f"{d.id}: the firm's licence page is not another company's licence")
    income = _flat("".join(pages[marks["income"] - 1]["lines"]))
    if not any(c in income for c in ("上期金额", "上年金额", "上年同期数", "本月金额")):
        problems.append(f"{d.id}: the income statement has no second column")
    if "系统集成收入" not in _flat("".join(pages[marks["segment"] - 1]["lines"])):
        problems.append(f"{d.id}: no segment table on its page")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__)
        return 2
    out = Path(args[0])
    roots = sorted(p.parent for p in out.glob("*/truth.json"))
    failed = 0
    for root in roots:
        problems = check_filing(root)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{root.name}: {status}")
        for p in problems:
            print(f"  - {p}")
        failed += bool(problems)
    print(f"{len(roots) - failed}/{len(roots)} filings consistent (inspection year {YEAR})")
    return 1 if failed or not roots else 0


if __name__ == "__main__":
    raise SystemExit(main())
