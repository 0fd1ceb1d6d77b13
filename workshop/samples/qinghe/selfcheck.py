"""Internal consistency of a qinghe sample set, without the checker.

    python -m jianzheng_workshop.samples.qinghe.selfcheck OUT

Per filing: the declaration (json, or read back from the workbook) validates and keeps CONTRACT 1.1's identities;
every attachment on disk is in printed.json and has as many pages (PDF pages, TIFF frames, one per picture) as the
truth lists; each file is stored the way printed.json says (TIFF compression per frame, EXIF orientation, CMYK,
progressive, PNG modes, /Rotate, CropBox, CCITT and 1-bit images, PDF version, linearisation, a second revision,
an invisible OCR layer); every scanned page shows upright in a viewer (its rendering correlates with the printed
text far better than the same turned by 90° or 180°); every truth field is printed on its page; and the findings
this module derives from truth and declaration by its own reading of the rules are exactly the truth's findings.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
import pymupdf
from PIL import Image, ImageOps

from jianzheng.models import Declaration, Truth

from .docs import cn_date, cn_date_short, words, yuan
from .filing import read_xlsx
from .paper import Sheet, picture

ACCEPTED = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
TIFF_COMPRESSION = {"g4": 4, "lzw": 5, "jpeg": 7}
THRESHOLDS = {
    "甲": (40, 12, Decimal(30_000_000)),
    "乙": (30, 8, Decimal(10_000_000)),
    "丙": (20, 5, Decimal(5_000_000)),
    "丁": (6, 0, Decimal(0)),
}
YEAR_END = dt.date(2025, 12, 31)


class Failure(AssertionError):
    pass


def check(cond: bool, msg: str) -> None:
    if not cond:
        raise Failure(msg)


# ---------------------------------------------------------------- reading the files


def displayed(path: Path, page: int) -> Image.Image:
    """The page as a viewer shows it (PDF /Rotate and CropBox honoured, EXIF orientation honoured), grey."""
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            pix = doc[page - 1].get_pixmap(dpi=36, colorspace=pymupdf.csGRAY)
            return Image.frombytes("L", (pix.width, pix.height), pix.samples)
    with Image.open(path) as im:
        if getattr(im, "n_frames", 1) > 1:
            im.seek(page - 1)
        im.draft("L", (im.width // 8, im.height // 8))
        shown = ImageOps.exif_transpose(im) if page == 1 else im
        if shown.mode.startswith("I"):
            out = Image.fromarray((np.asarray(shown, dtype=np.float64) / 257).astype(np.uint8), "L")
        else:
            out = shown.convert("L")
        out.thumbnail((400, 400))
        return out


def page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return int(doc.page_count)
    with Image.open(path) as im:
        return int(getattr(im, "n_frames", 1))


def reference(page: dict[str, Any]) -> Image.Image:
    sh = Sheet(tuple(page["size"]))  # type: ignore[arg-type]
    for ln in page["lines"]:
        sh.text(ln["bbox"][0], ln["bbox"][3] - ln["size"] * 0.2, ln["text"], ln["size"])
    return picture(sh, 36).convert("L")


def corr(a: Image.Image, b: Image.Image) -> float:
    b = b.resize(a.size)
    x = 255 - np.asarray(a, dtype=np.float64).ravel()
    y = 255 - np.asarray(b, dtype=np.float64).ravel()
    return float(np.corrcoef(x, y)[0, 1])


def upright(path: Path, page: dict[str, Any], photo: bool) -> None:
    shown = displayed(path, page["page"])
    w, h = page["size"]
    check(
        (shown.height >= shown.width) == (h >= w),
        f"{path.name} p{page['page']}: shown {shown.size}, paper {w}x{h}",
    )
    if photo:
        return
    ref = reference(page)
    c0 = corr(ref, shown)
    c180 = corr(ref, shown.rotate(180))
    check(
        c0 > 0.45 and c0 > c180 + 0.2,
        f"{path.name} p{page['page']}: not upright (r={c0:.2f}, turned r={c180:.2f})",
    )


def stored_as(path: Path, form: dict[str, Any], n: int) -> None:
    kind = form["kind"]
    name = path.name
    if kind == "tiff":
        with Image.open(path) as im:
            for i in range(n):
                im.seek(i)
                compression = im.tag_v2.get(259)  # type: ignore[attr-defined]
                check(
                    compression == TIFF_COMPRESSION[form["compression"]],
                    f"{name} frame {i + 1}: {compression}",
                )
                check(list(im.size) == form["sizes"][i], f"{name} frame {i + 1}: size")
    elif kind == "jpeg":
        with Image.open(path) as im:
            check(im.format == "JPEG", f"{name}: not a JPEG")
            orient = im.getexif().get(0x0112, 1)
            check(orient == form.get("orientation", 1), f"{name}: EXIF orientation {orient}")
            if form.get("cmyk"):
                check(im.mode == "CMYK", f"{name}: mode {im.mode}")
            if form.get("progressive"):
                check(
                    bool(im.info.get("progressive") or im.info.get("progression")), f"{name}: not progressive"
                )
            if orient in (6, 8):
                check(list(im.size) == form["size"][::-1], f"{name}: not stored sideways")
    elif kind == "png":
        with Image.open(path) as im:
            want = {"palette": "P", "alpha": "RGBA", "grey16": "I;16", "rgb": "RGB"}[form["variant"]]
            check(im.mode == want, f"{name}: PNG mode {im.mode}, want {want}")
    elif kind == "bmp":
        with Image.open(path) as im:
            check(im.format == "BMP" and im.mode == "RGB", f"{name}: not a 24-bit BMP")
    else:
        stored_pdf(path, form, n)


def _images(page: pikepdf.Page) -> list[pikepdf.Object]:
    xobjects = page.obj.get("/Resources", pikepdf.Dictionary()).get("/XObject", pikepdf.Dictionary())
    return [xobjects[k] for k in xobjects.keys() if xobjects[k].get("/Subtype") == pikepdf.Name.Image]


def stored_pdf(path: Path, form: dict[str, Any], n: int) -> None:
    name = path.name
    head = path.read_bytes()[:8]
    with pikepdf.open(path) as pdf:
        if form.get("version"):
            check(head == b"%PDF-" + form["version"].encode(), f"{name}: header {head!r}")
        if form.get("linearized"):
            check(pdf.is_linearized, f"{name}: not linearised")
        filters = [str(xo.get("/Filter")) for p in pdf.pages for xo in _images(p)]
        if form.get("rotate"):
            got = [int(p.obj.get("/Rotate", 0)) for p in pdf.pages]
            check(got == form["rotate"], f"{name}: /Rotate {got}, want {form['rotate']}")
        if form["kind"] == "bed_pdf":
            for p, crop, media in zip(pdf.pages, form["crop"], form["media"], strict=True):
                cb = [float(v) for v in p.obj.CropBox]
                mb = [float(v) for v in p.obj.MediaBox]
                check(abs(mb[2] - media[0]) < 0.01 and abs(mb[3] - media[1]) < 0.01, f"{name}: MediaBox {mb}")
                check(
                    cb[2] - cb[0] < media[0] and cb[3] - cb[1] < media[1],
                    f"{name}: CropBox not inside MediaBox",
                )
                check(
                    all(abs(a - b) < 0.01 for a, b in zip(cb, crop, strict=True)),
                    f"{name}: CropBox {cb} != {crop}",
                )
        enc = form.get("encoding")
        if enc:
            want = set(enc) if isinstance(enc, list) else {enc}
            names = {"dct": "/DCTDecode", "ccitt": "/CCITTFaxDecode", "flate1": "/FlateDecode"}
            check({names[e] for e in want} <= set(filters), f"{name}: image filters {set(filters)}")
        if form.get("strips"):
            counts = [len(_images(p)) for p in pdf.pages]
            check(counts == form["strips"], f"{name}: images per page {counts}, strips {form['strips']}")
    if form.get("incremental"):
        check(path.read_bytes().count(b"%%EOF") >= 2, f"{name}: no second revision")


# ---------------------------------------------------------------- what is printed


def spellings(key: str, value: Any) -> list[str]:
    if key in (
        "contract_amount",
        "total_amount",
        "operating_revenue",
        "net_profit",
        "system_integration_revenue",
    ):
        v = Decimal(value)
        return [yuan(v), words(v)]
    if key == "registered_capital":
        wan = int(Decimal(value) / 10000)
        import cn2an

        return [f"{wan}万元", f"{cn2an.an2cn(str(wan), 'up')}万元"]
    if key in ("signed_on", "accepted_on", "issued_on", "established_on", "valid_until") and value != "长期":
        d = dt.date.fromisoformat(value)
        return [cn_date(d), cn_date_short(d)]
    if key == "fiscal_year":
        return [f"{value}年度"]
    return [str(value)]


def fields_printed(printed: dict[str, Any]) -> None:
    for doc_id, doc in printed["documents"].items():
        pages = {p["page"]: p for p in printed["files"][doc["file"]]["pages"]}
        for key, value in doc["fields"].items():
            page = pages[doc["field_pages"][key]]
            text = "".join(ln["text"] for ln in page["lines"])
            if key in ("opinion", "consolidated", "conclusion"):
                continue
            if key == "has_seal":
                seals = [m for m in page["marks"] if m["kind"] == "seal"]
                check(bool(seals) == value, f"{doc_id}: has_seal {value} but {len(seals)} seals")
                continue
            if key == "fees":
                for fee, amount in value.items():
                    check(yuan(Decimal(amount)) in text, f"{doc_id}: fee {fee} {amount} not printed")
                continue
            check(
                any(s in text for s in spellings(key, value)),
                f"{doc_id}: {key}={value} not printed on p{page['page']} of {doc['file']}",
            )


# ---------------------------------------------------------------- the rules, as this family reads them


def derive(
    truth: Truth, decl: Declaration, printed: dict[str, Any]
) -> set[tuple[str, str | None, int | None]]:
    out: set[tuple[str, str | None, int | None]] = set()
    ent = decl.enterprise
    docs = {d.id: d for d in truth.documents}
    where = {d_id: p["field_pages"] for d_id, p in printed["documents"].items()}
    for rel in printed["unreadable"]:
        out.add(("FILE_UNREADABLE", rel, None))
    for d in docs.values():
        f = d.fields
        page = lambda k: where[d.id].get(k, d.pages[0])  # noqa: E731, B023
        if d.type == "business_license":
            if f["valid_until"] != "长期" and dt.date.fromisoformat(f["valid_until"]) < YEAR_END:
                out.add(("LICENSE_EXPIRED", d.file, page("valid_until")))
            if f["company_name"] != ent.name:
                out.add(("LICENSE_NAME_MISMATCH", d.file, page("company_name")))
            if f["credit_code"] != ent.credit_code:
                out.add(("CREDIT_CODE_MISMATCH", d.file, page("credit_code")))
            if (f["legal_representative"], Decimal(f["registered_capital"]), f["established_on"]) != (
                ent.legal_representative,
                ent.registered_capital,
                ent.established_on.isoformat() if ent.established_on else None,
            ):
                out.add(("LICENSE_FIELD_MISMATCH", d.file, page("company_name")))
        elif d.type == "audit_report":
            year = next((y for y in decl.finance if y.year == f["fiscal_year"]), None)
            check(year is not None, "audit report of an undeclared year")
            assert year is not None
            for k in ("operating_revenue", "net_profit", "system_integration_revenue"):
                if Decimal(f[k]) != getattr(year, k):
                    out.add(("AUDIT_FIGURE_MISMATCH", d.file, page(k)))
    projects = {p.id: p for p in decl.projects}
    for pid, p in projects.items():
        mine = [d for d in docs.values() if d.project_id == pid]
        contracts = [d for d in mine if d.type == "contract"]
        if not contracts:
            out.add(("PROJECT_EVIDENCE_MISSING", None, None))
            continue
        if not any(d.type in ("acceptance_report", "invoice") for d in mine):
            out.add(("ACCEPTANCE_MISSING", None, None))
        for d in mine:
            f = d.fields
            page = lambda k: where[d.id].get(k, d.pages[0])  # noqa: E731, B023
            if d.type == "contract":
                if "contract_amount" in f and Decimal(f["contract_amount"]) != p.contract_amount:
                    out.add(("AMOUNT_MISMATCH", d.file, page("contract_amount")))
                if "party_a" in f and f["party_a"] != p.client:
                    out.add(("PARTY_MISMATCH", d.file, page("party_a")))
                if "party_b" in f and f["party_b"] != ent.name:
                    out.add(("PARTY_MISMATCH", d.file, page("party_b")))
                if "signed_on" in f and f["signed_on"] != (p.signed_on.isoformat() if p.signed_on else None):
                    out.add(("DATE_MISMATCH", d.file, page("signed_on")))
                for fee, amount in f.get("fees", {}).items():
                    if Decimal(amount) != getattr(p.fees, fee):
                        out.add(("FEE_MISMATCH", d.file, page("fees")))
            elif d.type == "acceptance_report":
                acc = dt.date.fromisoformat(f["accepted_on"])
                if acc != p.accepted_on:
                    out.add(("DATE_MISMATCH", d.file, page("accepted_on")))
                if not f["has_seal"]:
                    out.add(("SEAL_MISSING", d.file, page("has_seal")))
                if f["conclusion"] != "passed":
                    out.add(("ACCEPTANCE_NOT_PASSED", d.file, page("conclusion")))
                if p.signed_on and acc < p.signed_on:
                    out.add(("ACCEPTANCE_BEFORE_SIGNING", d.file, page("accepted_on")))
                if acc.year != ent.inspection_year:
                    out.add(("ACCEPTANCE_OUT_OF_PERIOD", d.file, page("accepted_on")))
        invoiced = sum((Decimal(d.fields["total_amount"]) for d in mine if d.type == "invoice"), Decimal(0))
        if p.contract_amount is not None and invoiced > p.contract_amount:
            out.add(("INVOICE_EXCEEDS_CONTRACT", None, None))
    staff, certified, total = THRESHOLDS[str(ent.grade)]
    project_total = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
    if (
        (ent.staff.technical_total or 0) < staff
        or (ent.staff.certified_total or 0) < certified
        or project_total < total
    ):
        out.add(("GRADE_THRESHOLD_NOT_MET", None, None))
    if len(ent.staff.certificates) != (ent.staff.certified_total or 0):
        out.add(("CERTIFICATE_NOT_RECOGNISED", None, None))
    if not any(d.type == "business_license" for d in docs.values()):
        out.add(("LICENSE_MISSING", None, None))
    if len([d for d in docs.values() if d.type == "audit_report"]) < len(decl.finance):
        out.add(("AUDIT_REPORT_MISSING", None, None))
    return out


# ---------------------------------------------------------------- one filing


def check_filing(root: Path) -> None:
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    if (sub / "declaration.xlsx").exists():
        raw = read_xlsx(sub / "declaration.xlsx")
        want = printed["declaration"]
        check(raw["projects"] == want["projects"], "xlsx projects differ from the declaration")
        check(raw["finance"] == [{**r, "year": r["year"]} for r in want["finance"]], "xlsx finance differs")
        check(raw["enterprise"]["name"] == want["enterprise"]["name"], "xlsx enterprise differs")
        decl = Declaration.model_validate(raw)
    else:
        decl = Declaration.model_validate_json((sub / "declaration.json").read_text(encoding="utf-8"))
    for p in decl.projects:
        check(p.services_total == p.fees.services_sum(), f"{p.id}: services_total")
        check(p.contract_amount == p.fees.total(), f"{p.id}: contract_amount")
    on_disk = {
        str(p.relative_to(sub))
        for p in sub.rglob("*")
        if p.is_file() and not p.name.startswith("declaration.")
    }
    listed = set(printed["files"]) | set(printed["unreadable"])
    check(on_disk == listed, f"files on disk {sorted(on_disk ^ listed)} not as recorded")
    for rel in on_disk:
        check(Path(rel).suffix.lower() in ACCEPTED, f"{rel}: not an accepted type")
    truth_pages: dict[str, list[int]] = {}
    for tp in truth.pages:
        truth_pages.setdefault(tp.file, []).append(tp.page)
    for rel, info in printed["files"].items():
        path = sub / rel
        n = page_count(path)
        check(n == len(info["pages"]), f"{rel}: {n} pages, printed {len(info['pages'])}")
        check(
            sorted(truth_pages.get(rel, [])) == list(range(1, n + 1)),
            f"{rel}: truth pages {truth_pages.get(rel)}",
        )
        stored_as(path, info["form"], n)
        photo = info["form"].get("camera", False)
        for page in info["pages"]:
            if page["scanned"] or path.suffix.lower() != ".pdf":
                upright(path, page, photo)
            if path.suffix.lower() == ".pdf":
                with pymupdf.open(path) as doc:
                    text = doc[page["page"] - 1].get_text()
                if info["form"]["kind"] in ("ocr_pdf", "digital_pdf") or not page["scanned"]:
                    check(
                        all(
                            ln["text"].replace(" ", "") in text.replace(" ", "").replace("\n", "")
                            for ln in page["lines"][:6]
                        ),
                        f"{rel} p{page['page']}: text layer does not say what is printed",
                    )
                else:
                    check(not text.strip(), f"{rel} p{page['page']}: scanned page with a text layer")
    for rel in printed["unreadable"]:
        path = sub / rel
        check(rel not in truth_pages, f"{rel}: unreadable yet in truth pages")
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(path) as doc:
                check(bool(doc.needs_pass), f"{rel}: opens without a password")
        else:
            try:
                with Image.open(path) as im:
                    im.load()
                raise Failure(f"{rel}: decodes fully")
            except (OSError, SyntaxError):
                pass
    fields_printed(printed)
    derived = derive(truth, decl, printed)
    expected = {(f.code.value, f.file, f.page) for f in truth.findings}
    check(
        derived == expected,
        f"derived findings {sorted(derived, key=str)} != truth {sorted(expected, key=str)}",
    )
    check(truth.clean == (not truth.findings), "clean flag")
    check(len(truth.findings) <= 1, "more than one planted cause")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.qinghe.selfcheck OUT", file=sys.stderr)
        return 2
    out = Path(args[0])
    bad = 0
    roots = sorted(p.parent for p in out.glob("*/truth.json"))
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
    sys.exit(main())
