"""Check a generated wujiaqu set: ``python -m jianzheng_workshop.samples.wujiaqu.selfcheck SET``.

Declarations (json or xlsx) and truth validate against ``models``; fee identities hold; every attachment page is in
truth exactly once and vice versa; documents agree with their pages; money has two decimals and dates are ISO;
plants point at real truth pages and clean scenarios plant nothing (a planted one plants exactly one cause, and
the cause holds); capital numerals read back to the figures beside them (truth fields and PDF text layers); and
apart from the planted cause, what the papers say agrees with the declaration.
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

from jianzheng.models.declaration import FEE_KEYS, Declaration
from jianzheng.models.truth import Truth

from .filing import read_xlsx
from .people import credit_code_ok, read_capital

D = Decimal
THRESHOLDS = {"甲": (40, 12, 3000), "乙": (30, 8, 1000), "丙": (20, 5, 500), "丁": (6, 0, 0)}
"""Seed 000: technical staff, certified managers, three-year project total (万元) per grade."""
RECOGNISED = {
    "信息系统项目管理师",
    "系统集成项目管理工程师",
    "网络工程师",
    "信息安全工程师",
    "系统架构设计师",
    "数据库系统工程师",
    "软件设计师",
    "信息系统监理师",
}
CAP = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整"
PAIRS = [
    re.compile(rf"人民币(?:（大写）)?([{CAP}]+)（¥([\d,]+\.\d\d)）"),
    re.compile(rf"价税合计（大写）\s*([{CAP}]+)\s*（小写）¥([\d,]+\.\d\d)"),
    re.compile(rf"人民币([{CAP}]+)\s*金额（小写）\s*¥([\d,]+\.\d\d)"),
]
MONEY = re.compile(r"^-?\d+\.\d\d$")


def _files(sub: Path) -> dict[str, int]:
    out = {}
    for path in sorted(sub.rglob("*")):
        if not path.is_file() or path.name.startswith("declaration."):
            continue
        rel = path.relative_to(sub).as_posix()
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(path) as doc:
                out[rel] = doc.page_count
        else:
            out[rel] = 1
    return out


def _money_ok(fields: dict[str, Any], where: str, errors: list[str]) -> None:
    for k, v in fields.items():
        if k in {
            "contract_amount",
            "total_amount",
            "registered_capital",
            "operating_revenue",
            "net_profit",
        } or (k == "system_integration_revenue"):
            if not (isinstance(v, str) and MONEY.match(v)):
                errors.append(f"{where}: {k}={v!r} is not a two-decimal money string")
        if k in {"signed_on", "accepted_on", "issued_on", "established_on"}:
            try:
                dt.date.fromisoformat(v)
            except (TypeError, ValueError):
                errors.append(f"{where}: {k}={v!r} is not an ISO date")
        if k == "fees":
            for fk, fv in v.items():
                if fk not in FEE_KEYS or not MONEY.match(fv):
                    errors.append(f"{where}: fee {fk}={fv!r}")


def check_one(root: Path) -> list[str]:
    errors: list[str] = []
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    if (sub / "declaration.json").exists():
        raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    else:
        raw = read_xlsx(sub / "declaration.xlsx")
    decl = Declaration.model_validate(raw)
    ent = decl.enterprise
    # fee identities
    for p in decl.projects:
        if p.services_total != p.fees.services_sum():
            errors.append(f"{p.id}: services_total {p.services_total} != {p.fees.services_sum()}")
        if p.contract_amount != p.fees.total():
            errors.append(f"{p.id}: contract_amount {p.contract_amount} != {p.fees.total()}")
    # pages ↔ files
    files = _files(sub)
    on_disk = {(f, n) for f, c in files.items() for n in range(1, c + 1)}
    seen = [(pg.file, pg.page) for pg in truth.pages]
    if len(seen) != len(set(seen)):
        errors.append("a page is in truth twice")
    if set(seen) != on_disk:
        errors.append(
            f"truth pages vs files: missing {sorted(on_disk - set(seen))}, extra {sorted(set(seen) - on_disk)}"
        )
    docs = {d.id: d for d in truth.documents}
    for pg in truth.pages:
        d = docs.get(pg.document)
        if d is None or d.file != pg.file or pg.page not in d.pages or d.type != pg.type:
            errors.append(f"page {pg.file}:{pg.page} disagrees with its document {pg.document}")
    for d in truth.documents:
        if d.pages != list(range(d.pages[0], d.pages[0] + len(d.pages))):
            errors.append(f"{d.id}: pages not consecutive")
        _money_ok(d.fields, d.id, errors)
        if d.type == "contract":
            words = read_capital(d.fields["amount_in_words"])
            if words != D(d.fields["contract_amount"]):
                errors.append(
                    f"{d.id}: amount_in_words reads {words}, contract_amount {d.fields['contract_amount']}"
                )
        if d.type == "business_license" and not credit_code_ok(d.fields["credit_code"]):
            errors.append(f"{d.id}: credit code fails GB 32100")
    # capital numerals on every text layer
    for f in files:
        if not f.endswith(".pdf"):
            continue
        with pymupdf.open(sub / f) as doc:
            for n, page in enumerate(doc, start=1):
                text = page.get_text().replace("\n", "")
                for rx in PAIRS:
                    for m in rx.finditer(text):
                        if read_capital(m.group(1)) != D(m.group(2).replace(",", "")):
                            errors.append(f"{f}:{n}: {m.group(1)} != {m.group(2)}")
    # plants
    ids = {p.id for p in decl.projects}
    if truth.clean != (not truth.findings):
        errors.append("clean flag disagrees with the findings")
    if not truth.clean and len(truth.findings) != 1:
        errors.append("a planted scenario plants exactly one cause")
    planted = truth.findings[0] if truth.findings else None
    for fd in truth.findings:
        if fd.project_id is not None and fd.project_id not in ids:
            errors.append(f"plant {fd.code} names unknown project {fd.project_id}")
        if fd.file is not None and (fd.file, fd.page) not in set(seen):
            errors.append(f"plant {fd.code} points at {fd.file}:{fd.page}, not a truth page")
    code = planted.code if planted else None
    pid = planted.project_id if planted else None

    def excused(c: str, project: str | None = None) -> bool:
        return code == c and (pid is None or project is None or pid == project)

    # what the papers say vs the declaration
    by_proj: dict[str, list[Any]] = {}
    for d in truth.documents:
        if d.project_id:
            by_proj.setdefault(d.project_id, []).append(d)
    for p in decl.projects:
        pdocs = by_proj.get(p.id, [])
        contracts = [d for d in pdocs if d.type == "contract"]
        if not contracts:
            if not excused("PROJECT_EVIDENCE_MISSING", p.id):
                errors.append(f"{p.id}: no contract")
            continue
        if excused("PROJECT_EVIDENCE_MISSING", p.id):
            errors.append(f"{p.id}: planted missing but a contract is there")
        c = contracts[0]
        amount = D(c.fields["contract_amount"])
        if (amount != p.contract_amount) != excused("AMOUNT_MISMATCH", p.id):
            errors.append(f"{p.id}: contract {amount} vs declared {p.contract_amount} (plant {code})")
        if c.fields["signed_on"] != (p.signed_on.isoformat() if p.signed_on else None):
            errors.append(f"{p.id}: signed_on differs")
        if (c.fields["party_b"] != ent.name) != excused("PARTY_MISMATCH", p.id):
            errors.append(f"{p.id}: party_b {c.fields['party_b']} (plant {code})")
        if c.fields["party_a"] != p.client:
            errors.append(f"{p.id}: party_a {c.fields['party_a']} vs client {p.client}")
        if "fees" in c.fields:
            for k in FEE_KEYS:
                if D(c.fields["fees"][k]) != getattr(p.fees, k):
                    errors.append(f"{p.id}: fee {k} differs")
        acc = [d for d in pdocs if d.type == "acceptance_report"]
        if not acc:
            errors.append(f"{p.id}: no acceptance")
        else:
            last = max(acc, key=lambda d: d.fields["accepted_on"])
            if last.fields["accepted_on"] != (p.accepted_on.isoformat() if p.accepted_on else None):
                errors.append(f"{p.id}: declared accepted_on is not the 终验 date")
            year = int(last.fields["accepted_on"][:4])
            if (year != 2024) != excused("ACCEPTANCE_OUT_OF_PERIOD", p.id):
                errors.append(f"{p.id}: 终验 in {year} (plant {code})")
            if any(d.fields["accepted_on"] < c.fields["signed_on"] for d in acc):
                errors.append(f"{p.id}: acceptance before signing")
            if any(d.fields.get("party_b") != c.fields["party_b"] for d in acc):
                errors.append(f"{p.id}: acceptance names another 承建单位")
        inv = sum((D(d.fields["total_amount"]) for d in pdocs if d.type == "invoice"), D(0))
        if (inv > amount) != excused("INVOICE_EXCEEDS_CONTRACT", p.id):
            errors.append(f"{p.id}: invoices {inv} vs contract {amount} (plant {code})")
    # licence, audit, staff
    lic = [d for d in truth.documents if d.type == "business_license"]
    if (
        len(lic) != 1
        or lic[0].fields["company_name"] != ent.name
        or lic[0].fields["credit_code"] != ent.credit_code
    ):
        errors.append("licence does not match the enterprise")
    elif lic[0].fields["legal_representative"] != ent.legal_representative or D(
        lic[0].fields["registered_capital"]
    ) != (ent.registered_capital or D(0)):
        errors.append("licence fields differ from the declaration")
    audits = [d for d in truth.documents if d.type == "audit_report"]
    if len(audits) != len(decl.finance):
        errors.append("one audit report per declared year")
    for a in audits:
        if (a.fields["opinion"] != "unqualified") != excused("AUDIT_OPINION_NOT_CLEAN"):
            errors.append(f"audit opinion {a.fields['opinion']} (plant {code})")
        fin = decl.finance[0]
        for k in ("operating_revenue", "system_integration_revenue", "net_profit"):
            declared = getattr(fin, k)
            if abs(D(a.fields[k]) - declared) >= 5:
                errors.append(f"audit {k} {a.fields[k]} vs declared {declared}")
    grade = ent.grade.value if ent.grade else "丁"
    staff_min, cert_min, total_min = THRESHOLDS[grade]
    staff = ent.staff
    certs = [c for c in staff.certificates if c.certificate in RECOGNISED]
    total = sum((p.contract_amount or D(0) for p in decl.projects), D(0))
    if (staff.technical_total or 0) < staff_min or (staff.certified_total or 0) < cert_min:
        errors.append("staff below the grade's threshold")
    if staff.certificates and len(certs) != staff.certified_total:
        errors.append("certified_total counts unrecognised rows")
    if total < total_min * 10000:
        errors.append(f"project total {total} below the grade's {total_min} 万元")
    return errors


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jianzheng_workshop.samples.wujiaqu.selfcheck SET")
        return 2
    root = Path(argv[0])
    bad = 0
    dirs = sorted(d for d in root.iterdir() if (d / "truth.json").exists())
    for d in dirs:
        errors = check_one(d)
        bad += bool(errors)
        print(f"{'ok  ' if not errors else 'FAIL'} {d.name}")
        for e in errors:
            print(f"     {e}")
    print(f"{len(dirs) - bad}/{len(dirs)} scenarios pass")
    return 1 if bad or not dirs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
