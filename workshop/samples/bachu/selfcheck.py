"""Check a written bachu corpus for internal consistency; exit non-zero on a problem.

    python -m jianzheng_workshop.samples.bachu.selfcheck DIR   # DIR holds scenario folders (or is one)

Per filing: truth and declaration validate (a workbook reads back to the declaration generated); the row
identities hold; every attachment is in truth page for page and opens (PDF, JPEG, OFD package, XML); born-digital
pages carry every printed run in their text layer, scans carry none; every truth field is printed on its document;
every QR code decodes from the file itself to the payload printed.json and truth hold; each invoice's 金额 + 税额 =
价税合计 and its 大写 reads back; and an independent reading of truth + declaration (parties, amounts, dates,
invoice sums, QR against print, sellers, evidence present, licence, audit) predicts exactly truth's findings.
"""

from __future__ import annotations

import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image

from jianzheng.models import Declaration, Truth

from .build import read_xlsx
from .marks import decode_qr
from .numerals import read_capital
from .ofd import read_ofd
from .people import uscc_valid

CERTS_ON_LIST = {
    "信息系统项目管理师",
    "系统集成项目管理工程师",
    "网络工程师",
    "信息安全工程师",
    "系统架构设计师",
    "数据库系统工程师",
}
SERVICE = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
)
OTHER = ("self_made_hardware", "hardware_purchase", "software_purchase", "other")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _spellings(key: str, value: Any) -> list[str]:
    """The ways a truth value may be printed."""
    s = str(value)
    if key in {
        "contract_amount",
        "total_amount",
        "registered_capital",
        "operating_revenue",
        "net_profit",
        "system_integration_revenue",
    }:
        d = Decimal(s)
        out = [f"{d:,.2f}", f"{d:.2f}", f"¥{d:.2f}", f"¥-{-d:.2f}" if d < 0 else f"¥{d:.2f}"]
        return out
    if key in {"signed_on", "accepted_on", "issued_on", "established_on"}:
        y, m, dd = s.split("-")
        return [f"{y}年{m}月{dd}日", f"{y}年{int(m)}月{int(dd)}日", s]
    return [s]


def _pages_text(printed: dict[str, Any], file: str, pages: list[int]) -> str:
    rec = printed["files"][file]
    return "".join(ln["text"] for n in pages for ln in rec["pages"][n - 1]["lines"])


def _printed_as(lines: list[dict[str, Any]], key: str, value: Any) -> bool:
    """The value is printed whole (not inside a longer figure) in the runs labelled with its role, or anywhere."""
    runs = [ln["text"] for ln in lines if ln.get("role") == key] or [ln["text"] for ln in lines]
    for sp in _spellings(key, value):
        pattern = re.compile(rf"(?<![\d.,]){re.escape(sp)}(?![\d])")
        if any(pattern.search(run) for run in runs):
            return True
    return False


def _qr_images(path: Path, fmt: str, page_no: int) -> list[Image.Image]:
    if fmt == "jpg":
        return [Image.open(path).convert("L")]
    if fmt == "ofd":
        data = read_ofd(path.read_bytes())
        pages = data["pages"]
        assert isinstance(pages, list)
        return [Image.open(io.BytesIO(img)).convert("L") for img in pages[page_no - 1]["images"]]
    doc = pymupdf.open(path)
    pix = doc[page_no - 1].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    return [Image.open(io.BytesIO(pix.tobytes("png")))]


def _decode_all(images: list[Image.Image]) -> list[str]:
    found: list[str] = []
    for img in images:
        found += decode_qr(img)
        if not found:
            found += decode_qr(img.resize((img.width * 2, img.height * 2)))
    return found


def check_one(root: Path) -> list[str]:
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{root.name}: {msg}")

    sub = root / "submission"
    try:
        truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
        printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    except Exception as exc:  # a corrupt record is itself the finding
        return [f"{root.name}: truth/printed unreadable: {exc}"]
    generated = printed["declaration"]
    if (sub / "declaration.xlsx").exists():
        back = read_xlsx((sub / "declaration.xlsx").read_bytes())
        ent = generated["enterprise"]
        for key in (
            "name",
            "credit_code",
            "legal_representative",
            "registered_capital",
            "established_on",
            "grade",
            "inspection_year",
        ):
            if back["enterprise"][key] != ent[key]:
                bad(f"xlsx enterprise {key}: {back['enterprise'][key]!r} != {ent[key]!r}")
        if back["enterprise"]["technical_total"] != ent["staff"]["technical_total"]:
            bad("xlsx technical_total differs")
        if back["finance"] != generated["finance"]:
            bad("xlsx finance differs")
        if back["projects"] != generated["projects"]:
            bad(f"xlsx projects differ: {back['projects']} != {generated['projects']}")
    elif (sub / "declaration.json").exists():
        if json.loads((sub / "declaration.json").read_text(encoding="utf-8")) != generated:
            bad("declaration.json differs from the generated declaration")
    else:
        bad("no declaration")
    decl = Declaration.model_validate(generated)
    ent = decl.enterprise
    if not ent.credit_code or not uscc_valid(ent.credit_code):
        bad(f"credit code {ent.credit_code} fails GB 32100")
    if (ent.staff.technical_total or 0) < 6:
        bad("丁 needs 6 technical staff")
    for cert in ent.staff.certificates:
        if cert.certificate not in CERTS_ON_LIST:
            bad(f"certificate {cert.certificate} not on the list")
    if ent.staff.certified_total != len(ent.staff.certificates):
        bad("certified_total differs from the certificate rows")
    for p in decl.projects:
        if p.fees.services_sum() != p.services_total:
            bad(f"{p.id}: services_total identity")
        if p.fees.total() != p.contract_amount:
            bad(f"{p.id}: contract_amount identity")

    # ---- files ⇔ truth pages
    on_disk = {
        str(f.relative_to(sub))
        for f in sub.rglob("*")
        if f.is_file() and f.name not in {"declaration.json", "declaration.xlsx"}
    }
    if on_disk != set(printed["files"]):
        bad(f"files on disk {sorted(on_disk ^ set(printed['files']))} differ from printed.json")
    truth_pages = {(tp.file, tp.page) for tp in truth.pages}
    expected_pages = {(f, n) for f, rec in printed["files"].items() for n in range(1, len(rec["pages"]) + 1)}
    if truth_pages != expected_pages or len(truth.pages) != len(truth_pages):
        bad(f"truth pages differ from the files' pages: {sorted(truth_pages ^ expected_pages)}")
    docs = {d.id: d for d in truth.documents}
    for tp in truth.pages:
        d = docs.get(tp.document)
        if (
            d is None
            or d.file != tp.file
            or tp.page not in d.pages
            or d.type != tp.type
            or d.scanned != tp.scanned
        ):
            bad(f"page {tp.file} p{tp.page} disagrees with its document {tp.document}")
    for d in truth.documents:
        if d.pages != list(range(d.pages[0], d.pages[0] + len(d.pages))):
            bad(f"{d.id} pages not consecutive")

    # ---- each file opens; text layer ⇔ printed
    for rel, rec in printed["files"].items():
        path = sub / rel
        if not path.exists():
            continue
        fmt = rec["format"]
        try:
            if fmt == "pdf":
                doc = pymupdf.open(path)
                if len(doc) != len(rec["pages"]):
                    bad(f"{rel}: {len(doc)} pages, printed {len(rec['pages'])}")
                for n, prec in enumerate(rec["pages"], start=1):
                    layer = _squash(doc[n - 1].get_text())
                    if prec["scanned"]:
                        if layer:
                            bad(f"{rel} p{n}: a scan with a text layer")
                        if not doc[n - 1].get_images():
                            bad(f"{rel} p{n}: a scan without an image")
                    else:
                        for ln in prec["lines"]:
                            if _squash(ln["text"]) not in layer:
                                bad(f"{rel} p{n}: run {ln['text']!r} missing from the text layer")
                                break
            elif fmt == "jpg":
                with Image.open(path) as im:
                    im.verify()
            elif fmt == "ofd":
                data = read_ofd(path.read_bytes())
                pages = data["pages"]
                assert isinstance(pages, list) and len(pages) == 1
                codes = _squash("".join(pages[0]["texts"]))
                for ln in rec["pages"][0]["lines"]:
                    if _squash(ln["text"]) not in codes:
                        bad(f"{rel}: run {ln['text']!r} missing from the OFD's TextCode")
                        break
            elif fmt == "xml":
                ET.fromstring(path.read_bytes())
        except Exception as exc:
            bad(f"{rel}: does not open ({exc})")

    # ---- truth fields printed where truth says; QR codes
    for d in truth.documents:
        rec = printed["files"][d.file]
        if rec["format"] == "xml":
            root_el = ET.fromstring((sub / d.file).read_bytes())
            xml = {el.tag: (el.text or "") for el in root_el.iter()}
            checks = {
                "invoice_number": xml.get("EIid"),
                "seller": xml.get("SellerName"),
                "buyer": xml.get("BuyerName"),
                "total_amount": xml.get("TotalTax-includedAmount"),
                "issued_on": (xml.get("RequestTime") or "")[:10],
            }
            for key, value in checks.items():
                if str(d.fields.get(key)) != value:
                    bad(f"{d.id} XML {key}: {value!r} != truth {d.fields.get(key)!r}")
            if "qr" in d.fields:
                bad(f"{d.id}: an XML invoice has no QR code")
            continue
        text = _pages_text(printed, d.file, d.pages)
        for key, value in d.fields.items():
            if key in {
                "qr",
                "opinion",
                "consolidated",
                "conclusion",
                "has_seal",
                "fiscal_year",
                "fees",
                "valid_until",
            }:
                continue
            if key == "registered_capital":
                continue  # printed in capitals on the licence; compared below
            lines = [ln for n in d.pages for ln in rec["pages"][n - 1]["lines"]]
            if not _printed_as(lines, key, value):
                bad(f"{d.id} ({d.type}) field {key}={value!r} not printed on {d.file} p{d.pages}")
        if d.type == "business_license":
            if not any(
                read_capital(ln["text"]) == Decimal(d.fields["registered_capital"])
                for ln in rec["pages"][0]["lines"]
                if ln["text"].endswith("整")
            ):
                bad("licence capital not printed in words")
        if d.type == "contract":
            words = d.fields.get("amount_in_words", "")
            if words not in text or read_capital(words) != Decimal(d.fields["contract_amount"]):
                bad(f"{d.id} amount_in_words does not read back")
            for key, value in d.fields.get("fees", {}).items():
                if f"{Decimal(value):,.2f}" not in text:
                    bad(f"{d.id} fee {key} not printed")
        printed_qr = [q for n in d.pages for q in rec["pages"][n - 1]["qr"]]
        if d.type == "invoice":
            if printed_qr != ([d.fields["qr"]] if "qr" in d.fields else []):
                bad(f"{d.id}: truth qr {d.fields.get('qr')!r} != printed {printed_qr!r}")
        for n in d.pages:
            want = rec["pages"][n - 1]["qr"]
            if not want:
                continue
            got = _decode_all(_qr_images(sub / d.file, rec["format"], n))
            if sorted(got) != sorted(want):
                bad(f"{d.file} p{n}: QR decodes to {got!r}, printed {want!r}")

    # ---- invoice arithmetic
    for inv in printed["invoices"]:
        amount = sum((Decimal(ln["amount"]) for ln in inv["lines"]), Decimal(0))
        tax = sum((Decimal(ln["tax"]) for ln in inv["lines"]), Decimal(0))
        if (
            amount != Decimal(inv["amount"])
            or tax != Decimal(inv["tax"])
            or amount + tax != Decimal(inv["total"])
        ):
            bad(f"invoice {inv['number']}: 金额 + 税额 != 价税合计")
        for ln in inv["lines"]:
            if abs(Decimal(ln["amount"]) * Decimal(ln["rate"]) - Decimal(ln["tax"])) > Decimal("0.011"):
                bad(f"invoice {inv['number']}: 税额 off its rate")
        if read_capital(inv["words"]) != abs(Decimal(inv["total"])) or (Decimal(inv["total"]) < 0) != inv[
            "words"
        ].startswith("（负数）"):
            bad(f"invoice {inv['number']}: 大写 does not read back")
        d = docs[inv["document"]]
        if d.fields["total_amount"] != inv["total"] or d.fields["invoice_number"] != inv["number"]:
            bad(f"invoice {inv['number']}: truth differs from print")

    # ---- an independent reading predicts the findings
    pretax = {inv["document"]: Decimal(inv["amount"]) for inv in printed["invoices"]}
    derived = set(derive(truth, decl, pretax))
    wanted = {(f.code.value, f.project_id, f.file, f.page) for f in truth.findings}
    if derived != wanted:
        bad(f"derived findings {sorted(derived, key=str)} != truth {sorted(wanted, key=str)}")
    if truth.clean != (not truth.findings):
        bad("clean flag disagrees with findings")
    for f in truth.findings:
        if not f.note.startswith(("error:", "warning:")):
            bad(f"{f.code} note lacks its severity")
        if f.file and f.page and (f.file, f.page) not in truth_pages:
            bad(f"{f.code} points at a page that does not exist")
    return problems


def _qr_fields(payload: str) -> tuple[str, Decimal, str]:
    parts = payload.split(",")
    return parts[3], Decimal(parts[4]), parts[5]


def derive(
    truth: Truth, decl: Declaration, pretax: dict[str, Decimal] | None = None
) -> list[tuple[str, str | None, str | None, int | None]]:
    """What a careful reviewer concludes from the documents (truth's fields) and the declaration.

    ``pretax``: each invoice document's printed 金额 (an old invoice's QR carries it rather than the 价税合计).
    """
    pretax = pretax or {}
    out: list[tuple[str, str | None, str | None, int | None]] = []
    ent = decl.enterprise
    year = ent.inspection_year
    lic = [d for d in truth.documents if d.type == "business_license"]
    if not lic:
        out.append(("LICENSE_MISSING", None, None, None))
    for d in lic:
        f = d.fields
        if f["company_name"] != ent.name:
            out.append(("LICENSE_NAME_MISMATCH", None, d.file, d.pages[0]))
        if f["credit_code"] != ent.credit_code:
            out.append(("CREDIT_CODE_MISMATCH", None, d.file, d.pages[0]))
        if (
            f["legal_representative"] != ent.legal_representative
            or Decimal(f["registered_capital"]) != ent.registered_capital
            or f["established_on"] != (ent.established_on.isoformat() if ent.established_on else None)
        ):
            out.append(("LICENSE_FIELD_MISMATCH", None, d.file, d.pages[0]))
    audits = [d for d in truth.documents if d.type == "audit_report"]
    for fin in decl.finance:
        match = [d for d in audits if d.fields.get("fiscal_year") == fin.year]
        if not match:
            out.append(("AUDIT_REPORT_MISSING", None, None, None))
        for d in match:
            f = d.fields
            if (
                Decimal(f["operating_revenue"]) != fin.operating_revenue
                or Decimal(f["net_profit"]) != fin.net_profit
                or Decimal(f["system_integration_revenue"]) != fin.system_integration_revenue
            ):
                out.append(("AUDIT_FIGURE_MISMATCH", None, d.file, None))
            if f.get("opinion") != "unqualified":
                out.append(("AUDIT_OPINION_NOT_CLEAN", None, d.file, None))
    for p in decl.projects:
        mine = [d for d in truth.documents if d.project_id == p.id]
        contracts = [d for d in mine if d.type == "contract"]
        accepts = [d for d in mine if d.type == "acceptance_report"]
        invoices = [d for d in mine if d.type == "invoice"]
        if not contracts:
            out.append(("PROJECT_EVIDENCE_MISSING", p.id, None, None))
            continue
        for c in contracts:
            f = c.fields
            if f["party_a"] != p.client or f["party_b"] != ent.name:
                out.append(("PARTY_MISMATCH", p.id, c.file, c.pages[0]))
            if Decimal(f["contract_amount"]) != p.contract_amount:
                out.append(("AMOUNT_MISMATCH", p.id, c.file, c.pages[0]))
            if f["signed_on"] != (p.signed_on.isoformat() if p.signed_on else None):
                out.append(("DATE_MISMATCH", p.id, c.file, c.pages[-1]))
            for key, value in f.get("fees", {}).items():
                if Decimal(value) != getattr(p.fees, key):
                    out.append(("FEE_MISMATCH", p.id, c.file, c.pages[0]))
        for a in accepts:
            f = a.fields
            if f["party_a"] != p.client or f["party_b"] != ent.name:
                out.append(("PARTY_MISMATCH", p.id, a.file, a.pages[0]))
            if f["accepted_on"] != (p.accepted_on.isoformat() if p.accepted_on else None):
                out.append(("DATE_MISMATCH", p.id, a.file, a.pages[0]))
            if not f["accepted_on"].startswith(str(year)):
                out.append(("ACCEPTANCE_OUT_OF_PERIOD", p.id, a.file, a.pages[0]))
            if f["accepted_on"] < contracts[0].fields["signed_on"]:
                out.append(("ACCEPTANCE_BEFORE_SIGNING", p.id, a.file, a.pages[0]))
            if f["conclusion"] != "passed":
                out.append(("ACCEPTANCE_NOT_PASSED", p.id, a.file, a.pages[0]))
        if p.accepted_on and p.accepted_on.year != year:
            out.append(("ACCEPTANCE_OUT_OF_PERIOD", p.id, None, None))
        for inv in invoices:
            f = inv.fields
            if f["seller"] != ent.name or f["buyer"] != p.client:
                out.append(("PARTY_MISMATCH", p.id, inv.file, inv.pages[0]))
            if "qr" in f:
                number, amount, date = _qr_fields(f["qr"])
                printed_total = Decimal(f["total_amount"])
                if (
                    number != f["invoice_number"]
                    or amount not in (printed_total, pretax.get(inv.id))
                    or date != f["issued_on"].replace("-", "")
                ):
                    out.append(("QR_MISMATCH", p.id, inv.file, inv.pages[0]))
        if not accepts and not invoices:
            out.append(("ACCEPTANCE_MISSING", p.id, contracts[0].file, None))
        billed = sum((Decimal(i.fields["total_amount"]) for i in invoices), Decimal(0))
        if invoices and p.contract_amount is not None and billed > p.contract_amount:
            out.append(("INVOICE_EXCEEDS_CONTRACT", p.id, None, None))
    return out


def run(target: Path) -> list[str]:
    roots = (
        [target]
        if (target / "truth.json").exists()
        else sorted(p for p in target.iterdir() if (p / "truth.json").exists())
    )
    problems: list[str] = []
    if not roots:
        return [f"{target}: no filings"]
    for r in roots:
        found = check_one(r)
        print(f"{r.name}: {'ok' if not found else f'{len(found)} problem(s)'}")
        problems += found
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__)
        return 2
    problems = run(Path(args[0]))
    for p in problems:
        print("  " + p)
    print(f"{'FAIL' if problems else 'OK'}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
