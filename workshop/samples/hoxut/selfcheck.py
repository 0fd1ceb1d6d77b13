"""Check that a generated hoxut set is consistent with itself.

    python -m jianzheng_workshop.samples.hoxut.selfcheck OUT

For every scenario: the truth and the declaration validate (a workbook reads back to the declaration as
generated); every attachment page is in the truth exactly once, a text layer exactly where a page is not
scanned, and that layer holds what was drawn; documents are consecutive pages of one type; every truth value is
printed on its document's pages (amounts in figures or capital numerals, dates in either style, the 数电票 QR
decodes to the truth payload); the fee identities hold; and the findings an independent reading of truth +
declaration predicts (acceptance missing / not passed / dated otherwise / signed by another party, contract
figures, licence, audit, grade thresholds, certificate list) are exactly the planted ones, at pages that exist
and show the cause. Exit status 1 on any problem.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models import Declaration, Truth, TruthDocument

from .world import YEAR, cn_date, cn_date_upper, credit_code_valid, fig, read_words, words

ATTACHMENT = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
RECOGNISED = {
    "信息系统项目管理师",
    "系统集成项目管理工程师",
    "网络工程师",
    "信息安全工程师",
    "系统架构设计师",
    "数据库系统工程师",
    "信息系统监理师",
    "系统分析师",
    "网络规划设计师",
    "系统规划与管理师",
    "软件设计师",
    "软件评测师",
}
"""The part of seed 000's certificate table this family uses."""
THRESHOLDS = {
    "甲": (40, 12, 30_000_000),
    "乙": (30, 8, 10_000_000),
    "丙": (20, 5, 5_000_000),
    "丁": (6, 0, 0),
}


def _squash(s: str) -> str:
    return "".join(s.split())


def _forms(key: str, value: Any) -> list[str]:
    """The ways a truth value may be printed."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int):
        return [f"{value}年", str(value)]
    text = str(value)
    if key in {
        "contract_amount",
        "total_amount",
        "operating_revenue",
        "net_profit",
        "system_integration_revenue",
        "registered_capital",
    }:
        d = Decimal(text)
        return [fig(d), words(d)]
    if key in {"signed_on", "accepted_on", "issued_on", "established_on"}:
        d0 = dt.date.fromisoformat(text)
        return [cn_date(d0), cn_date_upper(d0), text]
    if key == "opinion":
        return ["公允反映"] if text == "unqualified" else []
    if key == "conclusion":
        return (
            ["☑合格", "☑复验合格", "同意通过初步验收"]
            if text == "passed"
            else ["☑不合格", "☑基本合格", "不予通过"]
        )
    return [text]


class Check:
    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[str] = []

    def fail(self, msg: str) -> None:
        self.problems.append(f"{self.name}: {msg}")

    def expect(self, ok: bool, msg: str) -> None:
        if not ok:
            self.fail(msg)


def _read_xlsx(path: Path) -> dict[str, Any]:
    from openpyxl import load_workbook

    wb = load_workbook(path, data_only=True)
    info = {str(r[0]): r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}

    def m(v: Any) -> str:
        return f"{Decimal(str(v)):.2f}"

    def d(v: Any) -> str:
        return v.date().isoformat() if isinstance(v, dt.datetime) else str(v)

    ent = {
        "name": info["企业名称"],
        "credit_code": info["统一社会信用代码"],
        "legal_representative": info["法定代表人"],
        "registered_capital": m(info["注册资本（元）"]),
        "established_on": d(info["成立日期"]),
        "grade": info["资质等级"],
        "inspection_year": int(info["年检年度"]),
        "staff": {"technical_total": int(info["技术人员总数"])},
    }
    finance = [
        {
            "year": int(r[0]),
            "operating_revenue": m(r[1]),
            "system_integration_revenue": m(r[2]),
            "net_profit": m(r[3]),
        }
        for r in wb["经营情况"].iter_rows(min_row=2, values_only=True)
    ]
    keys = [
        "software_development",
        "consulting_design",
        "integration_implementation",
        "operation_maintenance",
        "data_processing",
        "operation_service",
    ]
    rest = ["self_made_hardware", "hardware_purchase", "software_purchase", "other"]
    projects = []
    for r in wb["项目汇总"].iter_rows(min_row=2, values_only=True):
        fees = {k: m(v) for k, v in zip(keys, r[7:13], strict=True)}
        fees.update({k: m(v) for k, v in zip(rest, r[14:18], strict=True)})
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": d(r[3]),
                "accepted_on": d(r[4]),
                "field": r[5],
                "location": r[6],
                "fees": fees,
                "services_total": m(r[13]),
                "contract_amount": m(r[18]),
            }
        )
    return {"enterprise": ent, "finance": finance, "projects": projects}


def _qr(page: pymupdf.Page) -> str:
    import cv2
    import numpy as np

    pix = page.get_pixmap(dpi=200, alpha=False)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(img)
    return str(text)


def check_scenario(root: Path) -> list[str]:
    c = Check(root.name)
    truth = Truth.model_validate(json.loads((root / "truth.json").read_text(encoding="utf-8")))
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    decl_dict = printed["declaration"]
    if printed["declaration_format"] == "xlsx":
        back = _read_xlsx(sub / "declaration.xlsx")
        c.expect(back == decl_dict, "declaration.xlsx does not read back to the generated declaration")
    else:
        c.expect(
            json.loads((sub / "declaration.json").read_text(encoding="utf-8")) == decl_dict,
            "declaration.json differs",
        )
    decl = Declaration.model_validate(decl_dict)
    ent = decl.enterprise

    # --- pages and files ------------------------------------------------------------------------------
    files = sorted(str(p.relative_to(sub)) for p in sub.rglob("*") if p.suffix.lower() in ATTACHMENT)
    seen: dict[tuple[str, int], int] = {}
    for tp in truth.pages:
        seen[(tp.file, tp.page)] = seen.get((tp.file, tp.page), 0) + 1
    lines_of: dict[tuple[str, int], list[str]] = {}
    for fname, pages in printed["files"].items():
        for pg in pages:
            lines_of[(fname, pg["page"])] = pg["lines"]
    for fname in files:
        path = sub / fname
        if path.suffix == ".pdf":
            doc = pymupdf.open(path)
            meta = doc.metadata or {}
            c.expect(
                meta.get("creationDate") == meta.get("modDate"),
                f"{fname}: creation and modification dates differ",
            )
            for i in range(1, doc.page_count + 1):
                page = doc[i - 1]
                c.expect(seen.get((fname, i)) == 1, f"{fname} p{i}: in truth {seen.get((fname, i), 0)} times")
                here = next((t for t in truth.pages if t.file == fname and t.page == i), None)
                layer = _squash(page.get_text())
                if here is None:
                    continue
                if here.scanned:
                    c.expect(not layer, f"{fname} p{i}: scanned page has a text layer")
                else:
                    c.expect(bool(layer), f"{fname} p{i}: born-digital page has no text layer")
                    for ln in lines_of.get((fname, i), []):
                        if "☑" in ln:
                            continue
                        c.expect(
                            _squash(ln) in layer,
                            f"{fname} p{i}: drawn line missing from the text layer: {ln}",
                        )
            c.expect(
                sum(1 for k in seen if k[0] == fname) == doc.page_count,
                f"{fname}: truth has pages the file lacks",
            )
            doc.close()
        else:
            c.expect(
                seen.get((fname, 1)) == 1 and sum(1 for k in seen if k[0] == fname) == 1,
                f"{fname}: image file not one truth page",
            )
            c.expect(
                all(t.scanned for t in truth.pages if t.file == fname),
                f"{fname}: an image file's page is not marked scanned",
            )
    c.expect(
        {k[0] for k in seen} == set(files), "truth names files that are not attachments (or misses some)"
    )

    # --- documents ------------------------------------------------------------------------------------
    docs = truth.documents
    for d in docs:
        c.expect(
            d.pages == list(range(d.pages[0], d.pages[0] + len(d.pages))), f"{d.id}: pages not consecutive"
        )
        for n in d.pages:
            tp = next(t for t in truth.pages if t.file == d.file and t.page == n)
            c.expect(
                tp.document == d.id and tp.type == d.type, f"{d.id}: page {n} disagrees with its document"
            )
        text = _squash("".join(ln for n in d.pages for ln in lines_of.get((d.file, n), [])))
        for key, value in d.fields.items():
            if key == "fees":
                for fk, fv in value.items():
                    c.expect(_squash(fig(Decimal(fv))) in text, f"{d.id}: fee {fk} {fv} not printed")
                continue
            if key == "qr":
                doc = pymupdf.open(sub / d.file)
                c.expect(
                    _qr(doc[d.pages[0] - 1]) == value, f"{d.id}: the QR does not decode to the truth payload"
                )
                c.expect(value.split(",")[3] == d.fields["invoice_number"], f"{d.id}: QR number differs")
                doc.close()
                continue
            if key == "consolidated":
                c.expect(
                    value is ("合并" in text),
                    f"{d.id}: consolidated={value} but 合并 printed={'合并' in text}",
                )
                continue
            if key == "has_seal":
                continue  # seals are marks, not printed lines; every acceptance is drawn with its signers' seals
            forms = _forms(key, value)
            if forms:
                c.expect(
                    any(_squash(x) in text for x in forms), f"{d.id} ({d.type}): {key}={value} not printed"
                )
        if "amount_in_words" in d.fields:
            c.expect(
                read_words(d.fields["amount_in_words"]) == Decimal(d.fields["contract_amount"]),
                f"{d.id}: 大写 reads back wrong",
            )

    # --- predicted findings ---------------------------------------------------------------------------
    predicted: set[tuple[str, str | None]] = set()
    for p in decl.projects:
        fees = p.fees
        c.expect(p.services_total == fees.services_sum(), f"{p.id}: services_total identity broken")
        c.expect(p.contract_amount == fees.total(), f"{p.id}: contract_amount identity broken")
        mine = [d for d in docs if d.project_id == p.id]
        contracts = [d for d in mine if d.type == "contract"]
        accepts = [d for d in mine if d.type == "acceptance_report"]
        invoices = [d for d in mine if d.type == "invoice"]
        if len(contracts) != 1:
            predicted.add(("PROJECT_EVIDENCE_MISSING", p.id))
            continue
        k = contracts[0].fields
        if Decimal(k["contract_amount"]) != p.contract_amount:
            predicted.add(("AMOUNT_MISMATCH", p.id))
        if k["party_a"] != p.client or k["party_b"] != ent.name:
            predicted.add(("PARTY_MISMATCH", p.id))
        if p.signed_on is None or k["signed_on"] != p.signed_on.isoformat():
            predicted.add(("DATE_MISMATCH", p.id))
        for fk, fv in (k.get("fees") or {}).items():
            if Decimal(fv) != getattr(fees, fk):
                predicted.add(("FEE_MISMATCH", p.id))
        if not accepts and not invoices:
            predicted.add(("ACCEPTANCE_MISSING", p.id))
        if accepts:
            final = max(accepts, key=lambda d: d.fields["accepted_on"])
            on = dt.date.fromisoformat(final.fields["accepted_on"])
            if final.fields["conclusion"] != "passed":
                predicted.add(("ACCEPTANCE_NOT_PASSED", p.id))
            if p.accepted_on != on:
                predicted.add(("DATE_MISMATCH", p.id))
            if on.year != YEAR:
                predicted.add(("ACCEPTANCE_OUT_OF_PERIOD", p.id))
            for a in accepts:
                if a.fields["party_a"] != p.client or a.fields["party_b"] != ent.name:
                    predicted.add(("PARTY_MISMATCH", p.id))
                if p.signed_on and a.fields["accepted_on"] < p.signed_on.isoformat():
                    predicted.add(("ACCEPTANCE_BEFORE_SIGNING", p.id))
                if not a.fields.get("has_seal"):
                    predicted.add(("SEAL_MISSING", p.id))
        if invoices:
            total = sum((Decimal(d.fields["total_amount"]) for d in invoices), Decimal(0))
            if total > (p.contract_amount or Decimal(0)):
                predicted.add(("INVOICE_EXCEEDS_CONTRACT", p.id))
            for d in invoices:
                c.expect(
                    d.fields["buyer"] == p.client and d.fields["seller"] == ent.name,
                    f"{d.id}: invoice parties",
                )
    names = {p.name for p in decl.projects}
    for d in docs:
        if d.type in {"contract", "acceptance_report"} and d.project_id is None:
            predicted.add(("DOCUMENT_UNMATCHED", None))
        if d.type == "other" and d.project_id is None:
            text = "".join(ln for n in d.pages for ln in lines_of.get((d.file, n), []))
            c.expect(not any(n in text for n in names), f"{d.id}: a foreign paper names a declared project")
    lic = [d for d in docs if d.type == "business_license"]
    if not lic:
        predicted.add(("LICENSE_MISSING", None))
    for d in lic:
        lf = d.fields
        c.expect(credit_code_valid(lf["credit_code"]), f"{d.id}: credit code fails GB 32100")
        if lf["company_name"] != ent.name:
            predicted.add(("LICENSE_NAME_MISMATCH", None))
        if lf["credit_code"] != ent.credit_code:
            predicted.add(("CREDIT_CODE_MISMATCH", None))
        if (
            lf["legal_representative"] != ent.legal_representative
            or Decimal(lf["registered_capital"]) != ent.registered_capital
            or ent.established_on is None
            or lf["established_on"] != ent.established_on.isoformat()
        ):
            predicted.add(("LICENSE_FIELD_MISMATCH", None))
        if lf["valid_until"] != "长期":
            predicted.add(("LICENSE_EXPIRED", None))
    audits = [d for d in docs if d.type == "audit_report"]
    if len(audits) < len(decl.finance):
        predicted.add(("AUDIT_REPORT_MISSING", None))
    for fy in decl.finance:
        for d in audits:
            if d.fields["fiscal_year"] != fy.year:
                continue
            for key in ("operating_revenue", "system_integration_revenue", "net_profit"):
                if Decimal(d.fields[key]) != getattr(fy, key):
                    predicted.add(("AUDIT_FIGURE_MISMATCH", None))
            if d.fields["opinion"] != "unqualified":
                predicted.add(("AUDIT_OPINION_NOT_CLEAN", None))
    staff = ent.staff
    tech, certified, minimum = THRESHOLDS[str(ent.grade)]
    project_total = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
    recognised = [x for x in staff.certificates if x.certificate in RECOGNISED]
    if (staff.technical_total or 0) < tech or len(recognised) < certified or project_total < minimum:
        predicted.add(("GRADE_THRESHOLD_NOT_MET", None))
    if len(recognised) != len(staff.certificates) or (staff.certified_total or 0) > len(recognised):
        predicted.add(("CERTIFICATE_NOT_RECOGNISED", None))

    planted = {(str(f.code), f.project_id) for f in truth.findings}
    c.expect(
        predicted == planted,
        f"predicted findings {sorted(predicted, key=str)} != planted {sorted(planted, key=str)}",
    )
    c.expect(truth.clean == (not truth.findings), "clean flag disagrees with the planted findings")
    c.expect(truth.clean == (printed["plants"] == []), "printed.json plants disagree with truth")

    # --- plants point at pages that show the cause ----------------------------------------------------
    for tf in truth.findings:
        c.expect(
            tf.note.split(":")[0] in {"error", "warning", "info"},
            f"{tf.code}: note does not start with its severity",
        )
        if tf.file is None:
            continue
        c.expect(any(t.file == tf.file for t in truth.pages), f"{tf.code}: file {tf.file} not in truth")
        if tf.page is None:
            c.expect(
                any(
                    d.file == tf.file and d.type == "contract" and d.project_id == tf.project_id for d in docs
                ),
                f"{tf.code}: {tf.file} does not hold {tf.project_id}'s contract",
            )
            continue
        owner: TruthDocument | None = next(
            (d for d in docs if d.file == tf.file and tf.page in d.pages), None
        )
        c.expect(
            owner is not None and owner.type == "acceptance_report" and owner.project_id == tf.project_id,
            f"{tf.code}: {tf.file} p{tf.page} is not an acceptance report of {tf.project_id}",
        )
    return c.problems


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.hoxut.selfcheck OUT", file=sys.stderr)
        return 2
    out = Path(args[0])
    roots = sorted(p.parent for p in out.glob("*/truth.json"))
    problems: list[str] = []
    for root in roots:
        found = check_scenario(root)
        problems += found
        print(f"{root.name}: {'ok' if not found else f'{len(found)} problem(s)'}")
    for p in problems:
        print("  " + p)
    print(f"{len(roots)} scenarios, {len(problems)} problems")
    return 1 if problems or not roots else 0


if __name__ == "__main__":
    raise SystemExit(main())
