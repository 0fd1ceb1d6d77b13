"""Consistency of generated tekesi filings: ``python -m jianzheng_workshop.samples.tekesi.selfcheck OUT``.

For each filing: truth and declaration validate; every attachment page is in truth exactly once,
text layer ⇔ not scanned; every truth field is printed on its document's pages in the form
recorded in ``printed.json`` and reads back to the truth value (dates, 大写 capital, terms); a
truth QR payload decodes from the captured image and carries the licence's code; and the findings
this module derives from truth + declaration by its own reading of CONTRACT 2.3 are exactly the
truth's findings (code, file, page).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import zxingcpp
from PIL import Image
from stdnum.cn import uscc

from jianzheng.models import Declaration, Truth

from .firms import CERTIFICATES
from .papers import FEE_NAMES
from .world import cn_date, cn_date_short, confusion_fixes, money, read_capital

ATTACHMENT = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
MIN_TECHNICAL = {"甲": 40, "乙": 30, "丙": 20, "丁": 6}
MIN_CERTIFIED = {"甲": 12, "乙": 8, "丙": 5, "丁": 0}


class Failure(Exception):
    """A filing whose truth, files and declaration disagree."""


def _need(cond: bool, message: str) -> None:
    if not cond:
        raise Failure(message)


def _pages_of(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return doc.page_count
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def _image(path: Path, page: int) -> np.ndarray:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            pix = doc[page - 1].get_pixmap(dpi=200, alpha=False)
            return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n).copy()
    with Image.open(path) as im:
        return np.array(im.convert("RGB"))


def _check_pages(root: Path, truth: Truth) -> None:
    sub = root / "submission"
    files = sorted(p for p in sub.rglob("*") if p.is_file() and p.suffix.lower() in ATTACHMENT)
    listed = [(p.file, p.page) for p in truth.pages]
    _need(len(listed) == len(set(listed)), "a page is listed twice in truth")
    expected = set()
    for path in files:
        rel = path.relative_to(sub).as_posix()
        for n in range(1, _pages_of(path) + 1):
            expected.add((rel, n))
    _need(set(listed) == expected, f"truth pages {sorted(set(listed) ^ expected)} differ from the files")
    by_page = {(p.file, p.page): p for p in truth.pages}
    for doc in truth.documents:
        for n in doc.pages:
            tp = by_page.get((doc.file, n))
            _need(
                tp is not None and tp.document == doc.id and tp.type == doc.type,
                f"{doc.id} p{n} not in truth.pages",
            )
    for tp in truth.pages:
        path = sub / tp.file
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(path) as d:
                has_text = bool(d[tp.page - 1].get_text().strip())
            _need(
                has_text != tp.scanned,
                f"{tp.file} p{tp.page}: text layer {has_text} but scanned {tp.scanned}",
            )
        else:
            _need(tp.scanned, f"{tp.file}: an image must be scanned")


def _lines(printed: dict[str, Any], file: str, pages: list[int]) -> list[str]:
    out: list[str] = []
    for entry in printed["files"][file]:
        if entry["page"] in pages:
            out.extend(entry["lines"])
    return out


def _check_licence(doc: Any, shown: dict[str, str], lines: list[str], root: Path) -> None:
    f = doc.fields
    for key, value in f.items():
        if key == "qr":
            continue
        _need(key in shown and shown[key] in lines, f"{doc.id}: {key} not printed")
        text = shown[key]
        if key == "established_on":
            _need(text == cn_date(dt.date.fromisoformat(value)), f"{doc.id}: 成立日期 {text} != {value}")
        elif key == "valid_until":
            want = "长期" if value == "长期" else cn_date(dt.date.fromisoformat(value))
            _need(text.endswith(want), f"{doc.id}: 营业期限 {text} does not end {want}")
        elif key == "registered_capital":
            _need(
                read_capital(text) == Decimal(value),
                f"{doc.id}: capital {text} reads {read_capital(text)} not {value}",
            )
        else:
            _need(text == value, f"{doc.id}: {key} printed {text!r}, truth {value!r}")
    if "registered_capital" not in f and "registered_capital" in shown:
        _need("美元" in shown["registered_capital"], f"{doc.id}: a yuan capital is printed but not in truth")
    if "qr" in f:
        img = _image(root / "submission" / doc.file, doc.pages[0])
        texts = [r.text for r in zxingcpp.read_barcodes(img)]
        _need(f["qr"] in texts, f"{doc.id}: QR payload does not decode from the page")
        if "credit_code" in f:
            _need(f["credit_code"] in f["qr"], f"{doc.id}: QR does not carry the printed code")


def _check_papers(doc: Any, lines: list[str], text: str) -> None:
    f = doc.fields
    flat = text.replace("\n", "").replace(" ", "")
    if doc.type == "contract":
        amount = Decimal(f["contract_amount"])
        _need(read_capital(f["amount_in_words"]) == amount, f"{doc.id}: 大写 does not read back")
        _need(
            f"合同总价：人民币{f['amount_in_words']}（¥{money(amount)}）。" in lines, f"{doc.id}: price line"
        )
        _need(
            f"甲方（采购人）：{f['party_a']}" in lines and f"乙方（供应商）：{f['party_b']}" in lines,
            f"{doc.id}: parties",
        )
        _need(f"合同编号：{f['contract_number']}" in lines, f"{doc.id}: number")
        _need(f"签订日期：{cn_date_short(dt.date.fromisoformat(f['signed_on']))}" in lines, f"{doc.id}: date")
        fees = {k: Decimal(v) for k, v in f["fees"].items()}
        _need(sum(fees.values(), Decimal(0)) == amount, f"{doc.id}: fees do not add up")
        for k, v in fees.items():
            if v:
                _need(FEE_NAMES[k] in lines and money(v) in lines, f"{doc.id}: fee {k} not printed")
        _need(
            f["project_name"] in flat and money(amount) in flat, f"{doc.id}: text layer lacks name or amount"
        )
    elif doc.type == "acceptance_report":
        for value in (
            f["project_name"],
            f["party_a"],
            f["party_b"],
            cn_date(dt.date.fromisoformat(f["accepted_on"])),
        ):
            _need(value in lines, f"{doc.id}: {value} not printed")
        _need("验收结论：同意通过验收。" in lines and f["conclusion"] == "passed", f"{doc.id}: conclusion")
    elif doc.type == "audit_report":
        for k in ("operating_revenue", "net_profit", "system_integration_revenue"):
            _need(money(Decimal(f[k])) in lines, f"{doc.id}: {k} not printed")
        _need(
            f["audit_firm"] in lines and f["report_number"] in lines, f"{doc.id}: firm or number not printed"
        )


def derive(truth: Truth, decl: Declaration) -> set[tuple[str, str | None, int | None]]:
    """The findings a careful reviewer raises on this filing (CONTRACT 2.3), by this module's own reading."""
    out: set[tuple[str, str | None, int | None]] = set()
    e = decl.enterprise
    licences = [d for d in truth.documents if d.type == "business_license"]
    if not licences:
        out.add(("LICENSE_MISSING", None, None))
    else:
        heads = [d for d in licences if "分公司" not in d.fields.get("company_type", "")] or licences
        h = heads[0]
        at = (h.file, h.pages[0])
        f = h.fields
        if f.get("company_name") != e.name:
            out.add(("LICENSE_NAME_MISMATCH", *at))
        if f.get("credit_code") and f["credit_code"] != e.credit_code:
            out.add(("CREDIT_CODE_MISMATCH", *at))
        vu = f.get("valid_until")
        if vu and vu != "长期" and dt.date.fromisoformat(vu) < dt.date(e.inspection_year, 12, 31):
            out.add(("LICENSE_EXPIRED", *at))
        differs = (
            (
                f.get("legal_representative")
                and e.legal_representative
                and f["legal_representative"] != e.legal_representative
            )
            or (
                f.get("registered_capital")
                and e.registered_capital is not None
                and Decimal(f["registered_capital"]) != e.registered_capital
            )
            or (
                f.get("established_on")
                and e.established_on
                and f["established_on"] != e.established_on.isoformat()
            )
        )
        if differs:
            out.add(("LICENSE_FIELD_MISMATCH", *at))
        for d in licences:
            code = d.fields.get("credit_code")
            if code and not uscc.is_valid(code):
                out.add(("CREDIT_CODE_INVALID", d.file, d.pages[0]))
    audits = {d.fields.get("fiscal_year"): d for d in truth.documents if d.type == "audit_report"}
    for year in decl.finance:
        a = audits.get(year.year)
        if a is None:
            out.add(("AUDIT_REPORT_MISSING", None, None))
            continue
        for k in ("operating_revenue", "system_integration_revenue", "net_profit"):
            if getattr(year, k) is not None and Decimal(a.fields[k]) != getattr(year, k):
                out.add(("AUDIT_FIGURE_MISMATCH", a.file, None))
        if a.fields.get("opinion") != "unqualified":
            out.add(("AUDIT_OPINION_NOT_CLEAN", a.file, None))
    for p in decl.projects:
        if p.fees.services_sum() != p.services_total or p.fees.total() != p.contract_amount:
            out.add(("DECLARED_SUM_MISMATCH", None, None))
        contracts = [d for d in truth.documents if d.type == "contract" and d.project_id == p.id]
        accepts = [d for d in truth.documents if d.type == "acceptance_report" and d.project_id == p.id]
        if not contracts:
            out.add(("PROJECT_EVIDENCE_MISSING", None, None))
            continue
        total = sum((Decimal(c.fields["contract_amount"]) for c in contracts), Decimal(0))
        if total != p.contract_amount:
            out.add(("AMOUNT_MISMATCH", contracts[0].file, None))
        for c in contracts:
            cf = c.fields
            if read_capital(cf["amount_in_words"]) != Decimal(cf["contract_amount"]):
                out.add(("AMOUNT_WORDS_MISMATCH", c.file, None))
            if cf["party_b"] != e.name or cf["party_a"] != p.client:
                out.add(("PARTY_MISMATCH", c.file, None))
            if p.signed_on and cf["signed_on"] != p.signed_on.isoformat():
                out.add(("DATE_MISMATCH", c.file, None))
            for k, v in cf.get("fees", {}).items():
                if Decimal(v) != getattr(p.fees, k):
                    out.add(("FEE_MISMATCH", c.file, None))
        if not accepts:
            out.add(("ACCEPTANCE_MISSING", None, None))
        for a in accepts:
            af = a.fields
            when = dt.date.fromisoformat(af["accepted_on"])
            if p.accepted_on and when != p.accepted_on:
                out.add(("DATE_MISMATCH", a.file, None))
            if when.year != e.inspection_year:
                out.add(("ACCEPTANCE_OUT_OF_PERIOD", a.file, None))
            if when < dt.date.fromisoformat(contracts[0].fields["signed_on"]):
                out.add(("ACCEPTANCE_BEFORE_SIGNING", a.file, None))
            if af.get("conclusion") != "passed":
                out.add(("ACCEPTANCE_NOT_PASSED", a.file, None))
            if not af.get("has_seal"):
                out.add(("SEAL_MISSING", a.file, None))
    grade = e.grade.value if e.grade else "丁"
    recognised = {t for t, _ in CERTIFICATES}
    certs = e.staff.certificates
    if any(c.certificate not in recognised for c in certs) or (e.staff.certified_total or 0) > len(certs):
        out.add(("CERTIFICATE_NOT_RECOGNISED", None, None))
    if (e.staff.technical_total or 0) < MIN_TECHNICAL[grade] or len(certs) < MIN_CERTIFIED[grade]:
        out.add(("GRADE_THRESHOLD_NOT_MET", None, None))
    return out


def check_filing(root: Path) -> None:
    """Raise Failure when the filing at ``root`` is inconsistent."""
    truth = Truth.model_validate_json((root / "truth.json").read_text("utf-8"))
    decl_raw = json.loads((root / "submission" / "declaration.json").read_text("utf-8"))
    decl = Declaration.model_validate(decl_raw)
    printed = json.loads((root / "printed.json").read_text("utf-8"))
    _need(truth.name == root.name, "truth name is not the folder's")
    _check_pages(root, truth)
    for doc in truth.documents:
        lines = _lines(printed, doc.file, doc.pages)
        if doc.type == "business_license":
            _check_licence(doc, printed["documents"].get(doc.id, {}), lines, root)
        elif doc.type in ("contract", "acceptance_report", "audit_report"):
            with pymupdf.open(root / "submission" / doc.file) as d:
                text = "".join(d[n - 1].get_text() for n in doc.pages)
            _check_papers(doc, lines, text)
    e = decl.enterprise
    code = e.credit_code or ""
    licence_codes = [d.fields.get("credit_code") for d in truth.documents if d.type == "business_license"]
    for doc in truth.documents:
        if doc.type == "business_license" and "credit_code" not in doc.fields:
            # the old licence: the 组织机构代码证 beside it carries the code's characters 9-17
            org = f"{code[8:16]}-{code[16]}"
            _need(
                org in _lines(printed, doc.file, doc.pages),
                f"{doc.id}: no 组织机构代码 {org} beside the old licence",
            )
    if uscc.is_valid(code) is False:
        _need(code in licence_codes, "an invalid declared code that is not the licence's own")
        _need(
            not confusion_fixes(code),
            f"{code}: one OCR confusion repairs it, so a checker may rightly stay silent",
        )
    derived = derive(truth, decl)
    planted = {(f.code.value, f.file, f.page) for f in truth.findings}
    _need(
        derived == planted, f"derived findings {sorted(derived, key=str)} != truth {sorted(planted, key=str)}"
    )
    _need(truth.clean == (not planted), "clean flag disagrees with the findings")
    _need(len(planted) <= 1, "a planted filing carries exactly one finding")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m jianzheng_workshop.samples.tekesi.selfcheck OUT")
        return 2
    out = Path(args[0])
    roots = sorted(p.parent for p in out.glob("*/truth.json"))
    bad = 0
    for root in roots:
        try:
            check_filing(root)
            print(f"ok    {root.name}")
        except Failure as exc:
            bad += 1
            print(f"FAIL  {root.name}: {exc}")
    print(f"{len(roots) - bad}/{len(roots)} filings consistent")
    return 1 if bad or not roots else 0


if __name__ == "__main__":
    raise SystemExit(main())
