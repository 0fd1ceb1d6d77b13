"""Check generated zepu filings without the checker: files against truth, truth against what was printed
and written on the sheets (printed.json), and the expected findings against what a reviewer derives.

    python -m jianzheng_workshop.samples.zepu.selfcheck OUT [OUT ...]
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pymupdf
from PIL import Image

from jianzheng.models import Declaration, Truth

from .numerals import date_spellings, money_spellings, read_capitals
from .places import credit_code_valid

YEAR = 2025
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")


class Failure(Exception):
    """A filing whose files, truth and record disagree."""


def _fail(root: Path, message: str) -> None:
    raise Failure(f"{root.name}: {message}")


def _page_images(path: Path) -> list[np.ndarray]:
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return [np.asarray(Image.open(path).convert("RGB"))]
    images = []
    with pymupdf.open(path) as doc:
        for page in doc:
            if page.get_text().strip():
                raise Failure(f"{path.name} p{page.number + 1}: a scan must have no text layer")
            xref = page.get_images()[0][0]
            data = doc.extract_image(xref)["image"]
            images.append(np.asarray(Image.open(io.BytesIO(data)).convert("RGB")))
    return images


def _texts(record: dict[str, Any], file: str, pages: list[int]) -> list[str]:
    return [run["text"] for page in record["files"][file] if page["page"] in pages for run in page["runs"]]


def _printed(texts: list[str], spellings: set[str]) -> bool:
    joined = "".join(texts)  # a value wrapped over two lines of one page is read as one
    return any(s in t for t in [*texts, joined] for s in spellings)


def _check_fields(root: Path, truth: Truth, record: dict[str, Any]) -> None:
    for doc in truth.documents:
        texts = _texts(record, doc.file, doc.pages)
        marks = [m for page in record["files"][doc.file] if page["page"] in doc.pages for m in page["marks"]]
        for name, value in doc.fields.items():
            if name in ("has_seal", "conclusion", "opinion", "consolidated", "qr", "fiscal_year"):
                continue
            if name == "fees":
                for fee, amount in value.items():
                    if not _printed(texts, money_spellings(Decimal(amount))):
                        _fail(root, f"{doc.id}: fee {fee} {amount} not printed")
                continue
            if name in ("contract_amount", "registered_capital", "operating_revenue", "net_profit",
                        "system_integration_revenue", "total_amount"):  # fmt: skip
                spellings = money_spellings(Decimal(value))
            elif name in ("signed_on", "accepted_on", "issued_on", "established_on") or (
                name == "valid_until" and value != "长期"
            ):
                spellings = date_spellings(dt.date.fromisoformat(value))
            else:
                spellings = {str(value)}
            if not _printed(texts, spellings):
                _fail(
                    root,
                    f"{doc.id}: {name} {value!r} is not among the visible text of {doc.file} {doc.pages}",
                )
        if "amount_in_words" in doc.fields and read_capitals(doc.fields["amount_in_words"]) != Decimal(
            doc.fields["contract_amount"]
        ):
            _fail(root, f"{doc.id}: amount_in_words does not read back to contract_amount")
        if "qr" in doc.fields and not any(m.get("payload") == doc.fields["qr"] for m in marks):
            _fail(root, f"{doc.id}: qr payload not drawn")
        if "has_seal" in doc.fields:
            last = record["files"][doc.file][doc.pages[-1] - 1]["marks"]
            sealed = any(m["kind"] == "seal" for m in last)
            if sealed != doc.fields["has_seal"]:
                _fail(root, f"{doc.id}: has_seal {doc.fields['has_seal']} but seals drawn: {sealed}")


def _check_files(root: Path, truth: Truth, record: dict[str, Any]) -> dict[str, list[np.ndarray]]:
    sub = root / "submission"
    files = sorted(
        p.relative_to(sub).as_posix() for p in sub.rglob("*") if p.is_file() and p.name != "declaration.json"
    )
    in_truth = sorted({p.file for p in truth.pages})
    if files != in_truth or sorted(record["files"]) != files:
        _fail(root, f"files {files} differ from truth {in_truth}")
    images = {}
    for file in files:
        images[file] = _page_images(sub / file)
        numbers = sorted(p.page for p in truth.pages if p.file == file)
        if numbers != list(range(1, len(images[file]) + 1)):
            _fail(root, f"{file}: truth pages {numbers} but the file has {len(images[file])}")
    for doc in truth.documents:
        if doc.pages != list(range(doc.pages[0], doc.pages[0] + len(doc.pages))):
            _fail(root, f"{doc.id}: pages not consecutive")
        owners = {(p.file, p.page): p.document for p in truth.pages}
        if any(owners.get((doc.file, n)) != doc.id for n in doc.pages):
            _fail(root, f"{doc.id}: pages and documents disagree")
    return images


def _measure_plants(root: Path, record: dict[str, Any], images: dict[str, list[np.ndarray]]) -> set[tuple]:
    """IMAGE_TAMPERED places, each confirmed on the stored pixels; clean impressions never repeat."""
    found: set[tuple] = set()
    for file, pages in record["files"].items():
        for page in pages:
            pixels = images[file][page["page"] - 1].astype(np.float32)
            scale = pixels.shape[1] / page["size_mm"][0]
            seeds = [m["wear_seed"] for m in page["marks"] if m["kind"] == "seal" and "cloned_from" not in m]
            if len(seeds) != len(set(seeds)):
                _fail(root, f"{file} p{page['page']}: one seal impression drawn twice")
            fresh = [m for m in page["marks"] if m["kind"] == "seal" and "cloned_from" not in m]
            for i, first in enumerate(fresh):
                for second in fresh[i + 1 :]:
                    if first["owner"] == second["owner"] and (
                        _clone_similarity(pixels, first["box"], second["box"], scale) > 0.7
                    ):
                        _fail(root, f"{file} p{page['page']}: two honest strikes of one seal look cloned")
            for mark in page["marks"]:
                if mark["kind"] == "pasted_patch":
                    x0, y0, x1, y1 = (round(v * scale) for v in mark["box"])
                    inside = _grain(pixels[y0 + 4 : y1 - 4, x0 + 4 : x1 - 4])
                    outside = _grain(pixels[y1 + 25 : y1 + 25 + (y1 - y0), x0:x1])
                    if not inside < 0.5 * outside:
                        _fail(
                            root,
                            f"{file} p{page['page']}: patch grain {inside:.2f} not below paper {outside:.2f}",
                        )
                    found.add(("IMAGE_TAMPERED", file, page["page"]))
                if mark["kind"] == "seal" and "cloned_from" in mark:
                    if _clone_similarity(pixels, mark["cloned_from"], mark["box"], scale) < 0.8:
                        _fail(root, f"{file} p{page['page']}: cloned seal does not repeat its source")
                    found.add(("IMAGE_TAMPERED", file, page["page"]))
    return found


def _grain(region: np.ndarray) -> float:
    """Sensor grain of the paper in ``region``: spread of the paper's grey values away from any ink."""
    grey = region.mean(axis=2)
    paper = (grey > np.median(grey) - 10).astype(np.uint8)
    paper = cv2.erode(paper, np.ones((9, 9), np.uint8)).astype(bool)  # keep clear of ink and JPEG ringing
    values = grey[paper]
    return float(np.std(values)) if values.size > 50 else 0.0


def _clone_similarity(pixels: np.ndarray, source: list[float], dest: list[float], scale: float) -> float:
    sx, sy = round((source[0] + source[2]) / 2 * scale), round((source[1] + source[3]) / 2 * scale)
    dx, dy = round((dest[0] + dest[2]) / 2 * scale), round((dest[1] + dest[3]) / 2 * scale)
    half = round((dest[2] - dest[0]) / 2 * scale * 0.8)
    a = pixels[sy - half : sy + half, sx - half : sx + half]
    b = pixels[dy - half : dy + half, dx - half : dx + half]
    red_a = a[:, :, 0] - (a[:, :, 1] + a[:, :, 2]) / 2
    red_b = b[:, :, 0] - (b[:, :, 1] + b[:, :, 2]) / 2
    best = 0.0
    for oy in range(-3, 4):
        for ox in range(-3, 4):
            shifted = np.roll(np.roll(red_b, oy, axis=0), ox, axis=1)
            ink = red_a > 40  # compare where the source impression has ink; what lies under it differs
            best = max(best, float(np.corrcoef(red_a[ink], shifted[ink])[0, 1]))
    return best


def _derive(truth: Truth, declaration: Declaration) -> set[tuple]:
    """What a careful reviewer raises from the truth fields and the declaration: (code, project, file, page)."""
    out: set[tuple] = set()
    firm = declaration.enterprise
    for doc in truth.documents:
        f = doc.fields
        if doc.type == "business_license":
            if f["company_name"] != firm.name:
                out.add(("LICENSE_NAME_MISMATCH", None, doc.file, 1))
            if f["credit_code"] != firm.credit_code:
                out.add(("CREDIT_CODE_MISMATCH", None, doc.file, 1))
            if f["valid_until"] != "长期" and dt.date.fromisoformat(f["valid_until"]) < dt.date(YEAR, 12, 31):
                out.add(("LICENSE_EXPIRED", None, doc.file, 1))
        if doc.type == "audit_report":
            row = next(r for r in declaration.finance if r.year == f["fiscal_year"])
            if (Decimal(f["operating_revenue"]), Decimal(f["net_profit"])) != (
                row.operating_revenue,
                row.net_profit,
            ):
                out.add(("AUDIT_FIGURE_MISMATCH", None, doc.file, None))
    for project in declaration.projects:
        docs = [d for d in truth.documents if d.project_id == project.id]
        contracts = [d for d in docs if d.type == "contract"]
        if not contracts:
            out.add(("PROJECT_EVIDENCE_MISSING", project.id, None, None))
            continue
        c = contracts[0]
        if Decimal(c.fields["contract_amount"]) != project.contract_amount:
            out.add(("AMOUNT_MISMATCH", project.id, c.file, c.pages[0]))
        if c.fields["party_a"] != project.client or c.fields["party_b"] != firm.name:
            out.add(("PARTY_MISMATCH", project.id, c.file, c.pages[0]))
        if c.fields["signed_on"] != str(project.signed_on):
            out.add(("DATE_MISMATCH", project.id, c.file, None))
        for key, value in c.fields.get("fees", {}).items():
            if Decimal(value) != getattr(project.fees, key):
                out.add(("FEE_MISMATCH", project.id, c.file, c.pages[0]))
        if not c.fields["has_seal"]:
            out.add(("SEAL_MISSING", project.id, c.file, c.pages[-1]))
        accepts = [d for d in docs if d.type == "acceptance_report"]
        invoices = [d for d in docs if d.type == "invoice"]
        if not accepts and not invoices:
            out.add(("ACCEPTANCE_MISSING", project.id, None, None))
        for a in accepts:
            day = dt.date.fromisoformat(a.fields["accepted_on"])
            page = (a.file, a.pages[0])
            if day.year != YEAR:
                out.add(("ACCEPTANCE_OUT_OF_PERIOD", project.id, *page))
            if day < dt.date.fromisoformat(c.fields["signed_on"]):
                out.add(("ACCEPTANCE_BEFORE_SIGNING", project.id, *page))
            if a.fields["conclusion"] != "passed":
                out.add(("ACCEPTANCE_NOT_PASSED", project.id, *page))
            if not a.fields["has_seal"]:
                out.add(("SEAL_MISSING", project.id, *page))
            if day != project.accepted_on:
                out.add(("DATE_MISMATCH", project.id, a.file, None))
        if sum((Decimal(i.fields["total_amount"]) for i in invoices), Decimal(0)) > Decimal(
            c.fields["contract_amount"]
        ):
            out.add(("INVOICE_EXCEEDS_CONTRACT", project.id, None, None))
    return out


def check_filing(root: Path) -> None:
    """Raise Failure where the filing at ``root`` is inconsistent."""
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    raw = json.loads((root / "submission" / "declaration.json").read_text(encoding="utf-8"))
    declaration = Declaration.model_validate(raw)
    record = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    if not credit_code_valid(declaration.enterprise.credit_code or ""):
        _fail(root, "the firm's credit code fails GB 32100")
    for project in declaration.projects:
        if (
            project.fees.services_sum() != project.services_total
            or project.fees.total() != project.contract_amount
        ):
            _fail(root, f"{project.id}: fee identities broken")
    images = _check_files(root, truth, record)
    _check_fields(root, truth, record)
    tampered = _measure_plants(root, record, images)
    expected = _derive(truth, declaration)
    project_of = {d.file: d.project_id for d in truth.documents}
    expected |= {(code, project_of[file], file, page) for code, file, page in tampered}
    planted = {(f.code.value, f.project_id, f.file, f.page) for f in truth.findings}
    if planted != expected:
        _fail(
            root,
            f"truth findings {sorted(planted, key=str)} but a reviewer derives {sorted(expected, key=str)}",
        )
    if truth.clean != (not planted):
        _fail(root, "clean flag disagrees with the findings")


def main(argv: list[str] | None = None) -> int:
    """Selfcheck every filing under the given folders; 0 when all are consistent."""
    args = sys.argv[1:] if argv is None else argv
    failures = 0
    total = 0
    for folder in map(Path, args):
        for root in sorted(p.parent for p in folder.glob("*/truth.json")):
            total += 1
            try:
                check_filing(root)
            except Failure as error:
                failures += 1
                print(f"FAIL {error}")
    print(f"{total - failures}/{total} filings consistent")
    return 1 if failures or not total else 0


if __name__ == "__main__":
    raise SystemExit(main())
