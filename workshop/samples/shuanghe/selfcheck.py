"""Check a generated ``shuanghe`` set: ``python -m jianzheng_workshop.samples.shuanghe.selfcheck DIR``.

For every scenario: the declaration (json or xlsx) and truth.json parse with the models; every attachment page
is in truth exactly once; money strings have two decimals and dates are ISO; capital numerals match figures;
then the filing is compared with its papers (amounts, fees, parties, dates, acceptance, invoices, licence,
audit) and the discrepancies found must be exactly the planted cause (none in a clean scenario).
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
from openpyxl import load_workbook

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS, Declaration
from jianzheng.models.money import parse_capital
from jianzheng.models.truth import Truth

from .build import XLSX_HEADERS

ATTACHMENT = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
MONEY_RE = re.compile(r"^-?\d+\.\d{2}$")
MONEY_FIELDS = {"contract_amount", "total_amount", "registered_capital", "operating_revenue", "net_profit"}
DATE_FIELDS = {"signed_on", "accepted_on", "issued_on", "established_on"}
ENTERPRISE_LABELS = {
    "企业名称": "name",
    "统一社会信用代码": "credit_code",
    "法定代表人": "legal_representative",
    "注册资本": "registered_capital",
    "成立日期": "established_on",
    "资质等级": "grade",
    "年检年度": "inspection_year",
}


def _num(v: Any, factor: Decimal) -> str:
    return f"{(Decimal(str(v)) * factor).quantize(Decimal('0.01'))}"


def read_xlsx(path: Path) -> dict[str, Any]:
    """The workbook back into declaration.json's shape (the checker's importer is not used here)."""
    wb = load_workbook(path, read_only=True)
    ent: dict[str, Any] = {"staff": {}}
    for label, value in list(wb["企业信息"].iter_rows(values_only=True))[1:]:
        if label in ENTERPRISE_LABELS:
            ent[ENTERPRISE_LABELS[str(label)]] = value
        elif label == "技术人员总数":
            ent["staff"]["technical_total"] = value
        elif label == "持证人员总数":
            ent["staff"]["certified_total"] = value
    certs = list(wb["持证人员"].iter_rows(values_only=True))[1:]
    ent["staff"]["certificates"] = [
        {"holder": c[1], "certificate": c[2], "level": c[3], "number": c[4]} for c in certs
    ]
    finance = [
        {
            "year": r[0],
            "operating_revenue": _num(r[1], Decimal(1)),
            "system_integration_revenue": _num(r[2], Decimal(1)),
            "net_profit": _num(r[3], Decimal(1)),
        }
        for r in list(wb["经营情况"].iter_rows(values_only=True))[1:]
    ]
    rows = list(wb["项目汇总"].iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    for h, base in zip(header, XLSX_HEADERS, strict=True):
        assert h.startswith(base), f"xlsx header {h!r} should be {base!r}"
    factor = Decimal(10000) if "（万元）" in header[-1] else Decimal(1)
    projects = []
    for r in rows[1:]:
        money = [_num(v, factor) for v in r[7:]]
        fee_values = money[:6] + money[7:11]
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": r[3],
                "accepted_on": r[4],
                "field": r[5],
                "location": r[6],
                "fees": dict(zip(FEE_KEYS, fee_values, strict=True)),
                "services_total": money[6],
                "contract_amount": money[11],
            }
        )
    return {"enterprise": ent, "finance": finance, "projects": projects}


def attachment_pages(sub: Path) -> set[tuple[str, int]]:
    pages = set()
    for path in sorted(sub.rglob("*")):
        if path.suffix.lower() not in ATTACHMENT:
            continue
        rel = path.relative_to(sub).as_posix()
        n = pymupdf.open(path).page_count if path.suffix.lower() == ".pdf" else 1
        pages |= {(rel, p) for p in range(1, n + 1)}
    return pages


def _walk_money(obj: Any, where: str, errors: list[str]) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in MONEY_FIELDS or (where.endswith("fees") and k in FEE_KEYS):
                if not (isinstance(v, str) and MONEY_RE.match(v)):
                    errors.append(f"{where}.{k}: money {v!r} is not a two-decimal string")
            elif k in DATE_FIELDS:
                try:
                    dt.date.fromisoformat(str(v))
                except ValueError:
                    errors.append(f"{where}.{k}: {v!r} is not an ISO date")
            else:
                _walk_money(v, f"{where}.{k}", errors)


def _image(path: Path) -> np.ndarray:
    data = np.frombuffer(path.read_bytes(), np.uint8)
    img = cv2.imdecode(data, cv2.IMREAD_COLOR)
    assert img is not None, path
    return cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)


def page_text(sub: Path, rel: str, page: int) -> str:
    if not rel.lower().endswith(".pdf"):
        return ""
    return pymupdf.open(sub / rel)[page - 1].get_text()


def discrepancies(sub: Path, decl: Declaration, truth: Truth) -> set[tuple[str, str | None]]:
    """(cause, project id) for every way the filing disagrees with its papers."""
    found: set[tuple[str, str | None]] = set()
    ent = decl.enterprise
    year_end = dt.date(ent.inspection_year, 12, 31)
    docs = truth.documents
    lic = [d for d in docs if d.type == "business_license"]
    if not lic:
        found.add(("LICENSE_MISSING", None))
    for d in lic:
        f = d.fields
        if f["company_name"] != ent.name:
            found.add(("LICENSE_NAME_MISMATCH", None))
        if f["credit_code"] != ent.credit_code:
            found.add(("CREDIT_CODE_MISMATCH", None))
        if f["valid_until"] != "长期" and dt.date.fromisoformat(f["valid_until"]) < year_end:
            found.add(("LICENSE_EXPIRED", None))
        if (
            f["legal_representative"] != ent.legal_representative
            or Decimal(f["registered_capital"]) != ent.registered_capital
            or dt.date.fromisoformat(f["established_on"]) != ent.established_on
        ):
            found.add(("LICENSE_FIELD_MISMATCH", None))
    audits = [d for d in docs if d.type == "audit_report"]
    if len(audits) < len(decl.finance):
        found.add(("AUDIT_REPORT_MISSING", None))
    for fy in decl.finance:
        for d in audits:
            if d.fields["fiscal_year"] == fy.year and (
                Decimal(d.fields["operating_revenue"]) != fy.operating_revenue
                or Decimal(d.fields["net_profit"]) != fy.net_profit
            ):
                found.add(("AUDIT_FIGURE_MISMATCH", None))
            if d.fields["opinion"] != "unqualified":
                found.add(("AUDIT_OPINION_NOT_CLEAN", None))
    for p in decl.projects:
        if p.fees.services_sum() != p.services_total or p.fees.total() != p.contract_amount:
            found.add(("DECLARED_SUM_MISMATCH", p.id))
        mine = [d for d in docs if d.project_id == p.id]
        contracts = [d for d in mine if d.type == "contract"]
        accepts = [d for d in mine if d.type == "acceptance_report"]
        invoices = [d for d in mine if d.type == "invoice"]
        if not contracts:
            found.add(("PROJECT_EVIDENCE_MISSING", p.id))
            continue
        if not accepts and not invoices:
            found.add(("ACCEPTANCE_MISSING", p.id))
        amount: Decimal | None = None
        for c in contracts:
            f = c.fields
            if "contract_amount" in f:
                amount = Decimal(f["contract_amount"])
                if amount != p.contract_amount:
                    found.add(("AMOUNT_MISMATCH", p.id))
                if parse_capital(f["amount_in_words"]) != amount:
                    found.add(("AMOUNT_WORDS_MISMATCH", p.id))
            if "fees" in f and any(Decimal(f["fees"][k]) != getattr(p.fees, k) for k in FEE_KEYS):
                found.add(("FEE_MISMATCH", p.id))
            if "party_b" in f and f["party_b"] != ent.name:
                found.add(("PARTY_MISMATCH", p.id))
            if "party_a" in f and f["party_a"] != p.client:
                found.add(("PARTY_MISMATCH", p.id))
            if "project_name" in f and f["project_name"] != p.name:
                found.add(("PROJECT_NAME_MISMATCH", p.id))
            if "signed_on" in f and dt.date.fromisoformat(f["signed_on"]) != p.signed_on:
                found.add(("DATE_MISMATCH", p.id))
            if "signed_on" in f and p.accepted_on and dt.date.fromisoformat(f["signed_on"]) > p.accepted_on:
                found.add(("ACCEPTANCE_BEFORE_SIGNING", p.id))
        if amount is None:
            found.add(("CONTRACT_AMOUNT_UNSEEN", p.id))
        for a in accepts:
            f = a.fields
            acc = dt.date.fromisoformat(f["accepted_on"])
            if acc != p.accepted_on:
                found.add(("DATE_MISMATCH", p.id))
            if acc.year != ent.inspection_year:
                found.add(("ACCEPTANCE_OUT_OF_PERIOD", p.id))
            if f["conclusion"] != "passed":
                found.add(("ACCEPTANCE_NOT_PASSED", p.id))
            if not f["has_seal"]:
                found.add(("SEAL_MISSING", p.id))
            if f["party_b"] != ent.name or f["party_a"] != p.client or f["project_name"] != p.name:
                found.add(("ACCEPTANCE_OTHER_PROJECT", p.id))
        total = Decimal(0)
        for inv in invoices:
            f = inv.fields
            total += Decimal(f["total_amount"])
            if f["seller"] != ent.name or f["buyer"] != p.client:
                found.add(("INVOICE_PARTY", p.id))
        if amount is not None and total > amount:
            found.add(("INVOICE_EXCEEDS_CONTRACT", p.id))
    # the same page twice
    images = [d for d in docs if d.file.lower().endswith((".jpg", ".jpeg", ".png"))]
    for i, a in enumerate(images):
        for b in images[i + 1 :]:
            ia, ib = _image(sub / a.file), _image(sub / b.file)
            ib = cv2.resize(ib, (ia.shape[1], ia.shape[0]), interpolation=cv2.INTER_AREA)
            if float(np.mean(cv2.absdiff(ia, ib))) < 6.0:
                found.add(("DUPLICATE_DOCUMENT", None))
    return found


def check_scenario(root: Path) -> list[str]:
    errors: list[str] = []
    sub = root / "submission"
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    if (sub / "declaration.json").exists():
        raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
        _walk_money(raw, "declaration", errors)
    else:
        raw = read_xlsx(sub / "declaration.xlsx")
    decl = Declaration.model_validate(raw)
    for d in truth.documents:
        _walk_money(d.fields, f"truth.{d.id}", errors)
    # pages: every attachment page exactly once, documents agree with pages
    have = attachment_pages(sub)
    listed = [(p.file, p.page) for p in truth.pages]
    if len(listed) != len(set(listed)):
        errors.append("a page is listed twice in truth")
    if set(listed) != have:
        errors.append(f"truth pages differ from the attachments: {sorted(have ^ set(listed))}")
    by_doc: dict[str, list[tuple[str, int]]] = {}
    for p in truth.pages:
        by_doc.setdefault(p.document, []).append((p.file, p.page))
    for d in truth.documents:
        if by_doc.get(d.id) != [(d.file, n) for n in d.pages]:
            errors.append(f"{d.id}: pages disagree with truth.pages")
        if "amount_in_words" in d.fields and parse_capital(d.fields["amount_in_words"]) != Decimal(
            d.fields["contract_amount"]
        ):
            errors.append(f"{d.id}: capital numerals disagree with the figures")
        if d.type == "invoice":
            qr = d.fields["qr"].split(",")
            net, total = Decimal(qr[4]), Decimal(d.fields["total_amount"])
            if qr[3] != d.fields["invoice_number"] or qr[5] != d.fields["issued_on"].replace("-", ""):
                errors.append(f"{d.id}: QR payload disagrees with the invoice")
            if not any(abs(net * r - total) <= Decimal("0.01") for r in (Decimal("1.06"), Decimal("1.13"))):
                errors.append(f"{d.id}: 价税合计 is not 金额 + 税额")
        # the text layer of born-digital contracts says what truth says
        if d.type == "contract" and not d.scanned and "contract_amount" in d.fields:
            text = "".join(page_text(sub, d.file, n) for n in d.pages).replace("\n", "")
            amount = Decimal(d.fields["contract_amount"])
            if f"¥{amount:,.2f}" not in text or d.fields["amount_in_words"] not in text:
                errors.append(f"{d.id}: the text layer does not state the contract amount")
            if "签署时间：" + d.fields["signed_on"] not in text:
                errors.append(f"{d.id}: no e-seal 签署时间 on the signed date")
    for row in decl.projects:
        for key in ("signed_on", "accepted_on"):
            value = getattr(row, key)
            if value is None or value.year not in (2023, 2024):
                errors.append(f"{row.id}: {key} {value} out of period")
        if sum((getattr(row.fees, k) for k in SERVICE_FEE_KEYS), Decimal(0)) != row.services_total:
            errors.append(f"{row.id}: services_total is not the sum of the six service fees")
    found = discrepancies(sub, decl, truth)
    expected = {(f.code.value, f.project_id) for f in truth.findings}
    if truth.clean and (found or truth.findings):
        errors.append(f"clean scenario, yet: {sorted(found, key=str)} {truth.findings}")
    if not truth.clean:
        if len(truth.findings) != 1:
            errors.append("a planted scenario plants exactly one cause")
        if found != expected:
            errors.append(f"planted {sorted(expected, key=str)}, the papers show {sorted(found, key=str)}")
    for f in truth.findings:
        if f.file is not None and (f.file, f.page) not in have:
            errors.append(f"plant points at a page that does not exist: {f.file} p{f.page}")
    # plant specifics
    for f in truth.findings:
        if f.code.value == "DATE_MISMATCH" and f.file and f.page:
            declared = next(p.signed_on for p in decl.projects if p.id == f.project_id)
            text = page_text(sub, f.file, f.page)
            if "签署时间：" not in text or str(declared) in text:
                errors.append("DATE_MISMATCH: the signature page does not show a different e-signing time")
        if f.code.value == "AMOUNT_MISMATCH" and f.file and f.page:
            declared_amount = next(p.contract_amount for p in decl.projects if p.id == f.project_id)
            text = page_text(sub, f.file, f.page).replace("\n", "")
            if f"{declared_amount:,.2f}" in text or "合同总价为人民币" not in text:
                errors.append("AMOUNT_MISMATCH: the plant page should state the other amount only")
    return errors


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.shuanghe.selfcheck DIR")
        return 2
    base = Path(args[0])
    roots = sorted(p for p in base.iterdir() if (p / "truth.json").exists())
    if not roots:
        print(f"no scenarios under {base}")
        return 1
    bad = 0
    for root in roots:
        errors = check_scenario(root)
        status = "ok" if not errors else "FAIL"
        print(f"{status:4} {root.name}")
        for e in errors:
            print(f"     - {e}")
        bad += bool(errors)
    print(f"{len(roots) - bad}/{len(roots)} scenarios pass")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
