"""Check a generated luntai set without the checker: ``python -m jianzheng_workshop.samples.luntai.selfcheck DIR``.

For every filing: the declaration and truth validate; the fee identities and money spellings hold;
every attachment page is in truth exactly once; and the discrepancies between the papers (truth
fields) and the declaration are exactly the planted ones: none in a clean filing, the one planted
cause on its page otherwise. Image-level plants are measured on the uploaded pixels.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import cv2
import numpy as np
import pymupdf
from PIL import Image
from stdnum.cn import uscc

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS, Declaration
from jianzheng.models.money import parse_capital
from jianzheng.models.truth import Truth, TruthDocument

from .drafting import CERTIFICATES

MONEY = re.compile(r"^-?\d+\.\d{2}$")
THRESHOLDS = {
    "甲": (40, 12, 30_000_000),
    "乙": (30, 8, 10_000_000),
    "丙": (20, 5, 5_000_000),
    "丁": (6, 0, 0),
}
"""Seed 000: technical staff, certified staff, three-year project total (yuan) per grade."""


class Problem(Exception):
    pass


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise Problem(message)


def page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return doc.page_count
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def page_image(path: Path, page: int) -> Image.Image:
    """The uploaded pixels of a page (the single image a scanner PDF holds, or a TIFF frame)."""
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            xref = doc[page - 1].get_images()[0][0]
            return Image.open(io.BytesIO(doc.extract_image(xref)["image"])).copy()
    with Image.open(path) as im:
        im.seek(page - 1)
        return im.convert("L").copy()


def _money_strings(value: object, where: str) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _money_strings(v, f"{where}.{k}")
    elif isinstance(value, list):
        for k, v in enumerate(value):
            _money_strings(v, f"{where}[{k}]")
    elif (
        isinstance(value, str)
        and re.fullmatch(r"-?\d+(\.\d+)?", value)
        and not where.endswith(("number", "code"))
    ):
        _require(bool(MONEY.match(value)), f"{where}: money {value!r} without exactly two decimals")


def _iso(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def discrepancies(decl: Declaration, truth: Truth) -> list[tuple[str, str | None, TruthDocument | None]]:
    """Every finding a perfect checker would raise, read off the truth fields and the declaration."""
    e, year = decl.enterprise, decl.enterprise.inspection_year
    out: list[tuple[str, str | None, TruthDocument | None]] = []
    projects = {p.id: p for p in decl.projects}
    docs = truth.documents
    for p in decl.projects:
        mine = [d for d in docs if d.project_id == p.id]
        if not any(d.type == "contract" for d in mine):
            out.append(("PROJECT_EVIDENCE_MISSING", p.id, None))
        if not any(d.type in ("acceptance_report", "invoice") for d in mine):
            out.append(("ACCEPTANCE_MISSING", p.id, None))
        invoiced = sum((Decimal(d.fields["total_amount"]) for d in mine if d.type == "invoice"), Decimal(0))
        contracts = [Decimal(d.fields["contract_amount"]) for d in mine if d.type == "contract"]
        if invoiced > min([*contracts, p.contract_amount or Decimal(0)]):
            out.append(("INVOICE_EXCEEDS_CONTRACT", p.id, None))
    for d in docs:
        f = d.fields
        p = projects.get(d.project_id or "")  # type: ignore[assignment]
        if d.type == "contract" and p:
            if Decimal(f["contract_amount"]) != p.contract_amount:
                out.append(("AMOUNT_MISMATCH", p.id, d))
            if parse_capital(f["amount_in_words"]) != Decimal(f["contract_amount"]):
                out.append(("AMOUNT_WORDS_MISMATCH", p.id, d))
            if "fees" in f and any(Decimal(f["fees"][k]) != getattr(p.fees, k) for k in FEE_KEYS):
                out.append(("FEE_MISMATCH", p.id, d))
        if d.type in ("contract", "acceptance_report") and p:
            if f["party_b"] != e.name or f["party_a"] != p.client:
                out.append(("PARTY_MISMATCH", p.id, d))
            if f["project_name"] != p.name:
                out.append(("PROJECT_NAME_MISMATCH", p.id, d))
        if d.type == "contract" and p and _iso(f["signed_on"]) != p.signed_on:
            out.append(("DATE_MISMATCH", p.id, d))
        if d.type == "acceptance_report" and p:
            accepted = _iso(f["accepted_on"])
            if accepted != p.accepted_on:
                out.append(("DATE_MISMATCH", p.id, d))
            if accepted.year != year:
                out.append(("ACCEPTANCE_OUT_OF_PERIOD", p.id, d))
            if p.signed_on and accepted < p.signed_on:
                out.append(("ACCEPTANCE_BEFORE_SIGNING", p.id, d))
            if f["conclusion"] != "passed":
                out.append(("ACCEPTANCE_NOT_PASSED", p.id, d))
            if not f["has_seal"]:
                out.append(("SEAL_MISSING", p.id, d))
        if d.type == "invoice" and p:
            _require(f["buyer"] == p.client, f"{d.id}: invoice buyer {f['buyer']} is not the client")
            sellers = {c.fields["party_b"] for c in docs if c.project_id == p.id and c.type == "contract"}
            _require(
                f["seller"] in sellers, f"{d.id}: invoice seller {f['seller']} signed no contract of {p.id}"
            )
        if d.type == "business_license":
            if f["company_name"] != e.name:
                out.append(("LICENSE_NAME_MISMATCH", None, d))
            if f["credit_code"] != e.credit_code:
                out.append(("CREDIT_CODE_MISMATCH", None, d))
            if not uscc.is_valid(f["credit_code"]):
                out.append(("CREDIT_CODE_INVALID", None, d))
            if (
                f["legal_representative"] != e.legal_representative
                or Decimal(f["registered_capital"]) != e.registered_capital
                or _iso(f["established_on"]) != e.established_on
            ):
                out.append(("LICENSE_FIELD_MISMATCH", None, d))
            if f["valid_until"] != "长期" and _iso(f["valid_until"]) < dt.date(year, 12, 31):
                out.append(("LICENSE_EXPIRED", None, d))
        if d.type == "audit_report":
            fin = {x.year: x for x in decl.finance}.get(f["fiscal_year"])
            if fin is None or any(
                Decimal(f[k]) != getattr(fin, k)
                for k in ("operating_revenue", "net_profit", "system_integration_revenue")
            ):
                out.append(("AUDIT_FIGURE_MISMATCH", None, d))
            if f["opinion"] != "unqualified":
                out.append(("AUDIT_OPINION_NOT_CLEAN", None, d))
            if f["consolidated"]:
                out.append(("AUDIT_CONSOLIDATED_ONLY", None, d))
        if d.type == "declaration_form":
            fin = decl.finance[0]
            expected = {
                "company_name": e.name,
                "credit_code": e.credit_code,
                "grade": str(e.grade),
                "technical_total": e.staff.technical_total,
                "certified_total": e.staff.certified_total,
                "project_count": len(decl.projects),
                "project_total": f"{sum((q.contract_amount or Decimal(0) for q in decl.projects), Decimal(0)):.2f}",
                "has_seal": True,
                "finance": [
                    {
                        "year": fin.year,
                        "operating_revenue": f"{fin.operating_revenue:.2f}",
                        "system_integration_revenue": f"{fin.system_integration_revenue:.2f}",
                        "net_profit": f"{fin.net_profit:.2f}",
                    }
                ],
            }
            if any(f[k] != v for k, v in expected.items()):
                out.append(("DECLARATION_FORM_MISMATCH", None, d))
    if not any(d.type == "business_license" for d in docs):
        out.append(("LICENSE_MISSING", None, None))
    if sum(d.type == "audit_report" for d in docs) < len(decl.finance):
        out.append(("AUDIT_REPORT_MISSING", None, None))
    seen: dict[str, TruthDocument] = {}
    for d in docs:
        key = d.type + json.dumps(d.fields, sort_keys=True, ensure_ascii=False)
        if d.fields and key in seen:
            out.append(("DUPLICATE_DOCUMENT", None, d))
        seen.setdefault(key, d)
    staff_min, certified_min, total_min = THRESHOLDS[str(e.grade)]
    total = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
    if (
        (e.staff.technical_total or 0) < staff_min
        or (e.staff.certified_total or 0) < certified_min
        or total < total_min
    ):
        out.append(("GRADE_THRESHOLD_NOT_MET", None, None))
    listed = {c for c, _ in CERTIFICATES}
    if any(c.certificate not in listed for c in e.staff.certificates) or e.staff.certified_total != len(
        e.staff.certificates
    ):
        out.append(("CERTIFICATE_NOT_RECOGNISED", None, None))
    return out


def _declared_arithmetic(decl: Declaration) -> None:
    for p in decl.projects:
        services = sum((getattr(p.fees, k) for k in SERVICE_FEE_KEYS), Decimal(0))
        _require(p.services_total == services, f"{p.id}: services_total {p.services_total} != {services}")
        _require(
            p.contract_amount == p.fees.total(), f"{p.id}: contract_amount {p.contract_amount} != fee sum"
        )


def _pages(sub: Path, truth: Truth) -> None:
    files = sorted(x for x in sub.rglob("*") if x.is_file() and x.name != "declaration.json")
    actual = Counter((str(x.relative_to(sub)), n) for x in files for n in range(1, page_count(x) + 1))
    listed = Counter((p.file, p.page) for p in truth.pages)
    _require(actual == listed, f"pages in truth differ from the files: {set(actual) ^ set(listed)}")
    by_id = {d.id: d for d in truth.documents}
    for p in truth.pages:
        d = by_id[p.document]
        _require(
            d.file == p.file and p.page in d.pages and d.type == p.type,
            f"page {p.file}:{p.page} disagrees with {d.id}",
        )
    for d in truth.documents:
        _require(
            d.pages == list(range(d.pages[0], d.pages[0] + len(d.pages))), f"{d.id}: pages not consecutive"
        )


def _red_share(image: Image.Image) -> float:
    a = np.asarray(image.convert("RGB"), dtype=np.int16)
    red = (a[..., 0] - a[..., 1] > 60) & (a[..., 0] - a[..., 2] > 50)
    return float(red.mean())


def ring_score(image: Image.Image) -> float:
    """How closely the page holds a seal's ring: the largest share of a 38–44 mm circle (at 200 dpi) that is inked.

    A round seal, red or copied grey or dithered by a fax, scores near 1; text and tables stay below 0.7.
    """
    g = np.asarray(image.convert("L").reduce(2), dtype=np.uint8)
    circles = cv2.HoughCircles(
        cv2.medianBlur(g, 3),
        cv2.HOUGH_GRADIENT,
        dp=2,
        minDist=20,
        param1=120,
        param2=15,
        minRadius=68,
        maxRadius=92,
    )
    if circles is None:
        return 0.0
    paper = np.percentile(g, 90)
    t = np.linspace(0, 2 * np.pi, 540, endpoint=False)
    h, w = g.shape
    best = 0.0
    for x, y, r in circles[0][:300]:
        hits = np.zeros(t.size, bool)
        for dr in (-1.5, -0.75, 0.0, 0.75, 1.5):
            xs = (x + (r + dr) * np.cos(t)).astype(int)
            ys = (y + (r + dr) * np.sin(t)).astype(int)
            inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
            values = np.full(t.size, 255)
            values[inside] = g[ys[inside], xs[inside]]
            hits |= values < paper - 45
        best = max(best, float(hits.mean()))
    return best


def _noise(grey: np.ndarray) -> float:
    """Spread of the fine texture: the residual after a small blur, over bare paper away from ink."""
    g = grey.astype(np.float32)
    residual = g - cv2.GaussianBlur(g, (0, 0), 1.2)
    ink = (g < np.percentile(g, 75) - 35).astype(np.uint8)
    clear = cv2.dilate(ink, np.ones((9, 9), np.uint8)) == 0  # paper at least 4 px from any stroke or speck
    return float(residual[clear].std()) if clear.any() else 0.0


def likeness(a: Image.Image, b: Image.Image) -> float:
    """Normalised cross-correlation of two pages' ink at 1/8 scale, allowing a few millimetres of shift."""

    def ink(im: Image.Image) -> np.ndarray:
        g = np.asarray(im.convert("L").resize((208, 294), Image.Resampling.BOX), dtype=np.float32)
        return cv2.GaussianBlur(255 - g, (0, 0), 1.0)

    x, y = ink(a), ink(b)
    core = x[20:-20, 20:-20]
    return float(cv2.matchTemplate(y, core, cv2.TM_CCOEFF_NORMED).max())


def _image_plant(sub: Path, truth: Truth, code: str, file: str, page: int, note: str) -> None:
    """The planted cause, measured on the pixels where the pixels are the cause."""
    path = sub / file
    if code == "SEAL_MISSING":
        img = page_image(path, page)
        _require(img.mode == "RGB", "SEAL_MISSING page should be a colour scan so that a red seal would show")
        _require(_red_share(img) < 0.0005, f"red ink on the unsealed page: {_red_share(img):.4f}")
        _require(ring_score(img) < 0.75, f"a seal-like ring on the unsealed page ({ring_score(img):.2f})")
        sealed = [p.page for p in truth.pages if p.file == file and p.page < page and p.type == "contract"]
        _require(
            ring_score(page_image(path, sealed[-1])) > 0.9, "the contract's signature page shows no seal"
        )
    if code == "IMAGE_TAMPERED":
        match = re.search(r"\((\d+), (\d+), (\d+), (\d+)\)", note)
        _require(match is not None, "IMAGE_TAMPERED note names no box")
        box = tuple(int(v) for v in match.groups())  # type: ignore[union-attr]
        grey = np.asarray(page_image(path, page).convert("L"))
        inside = _noise(grey[box[1] + 4 : box[3] - 4, box[0] + 4 : box[2] - 4])
        outside = _noise(grey[box[3] + 20 : box[3] + 260, box[0] : box[2]])
        _require(
            inside < 0.6 * outside,
            f"pasted block not cleaner than the copy around it ({inside:.2f} vs {outside:.2f})",
        )
    if code == "DUPLICATE_DOCUMENT":
        mine = page_image(path, page)
        scores = sorted(
            (
                (likeness(mine, page_image(sub / p.file, p.page)), p.file, p.page)
                for p in truth.pages
                if (p.file, p.page) != (file, page)
            ),
            reverse=True,
        )
        _require(
            scores[0][0] > 0.85 and scores[1][0] < scores[0][0] - 0.15,
            f"duplicate page is not a near-twin of exactly one page: {[round(s[0], 2) for s in scores[:3]]}",
        )


def check(folder: Path) -> str:
    truth = Truth.model_validate_json((folder / "truth.json").read_text("utf-8"))
    sub = folder / "submission"
    raw = json.loads((sub / "declaration.json").read_text("utf-8"))
    _money_strings(raw, "declaration")
    for d in truth.documents:
        _money_strings(d.fields, f"truth.{d.id}")
    decl = Declaration.model_validate(raw)
    _declared_arithmetic(decl)
    _pages(sub, truth)
    found = discrepancies(decl, truth)
    if truth.clean:
        _require(not truth.findings, "a clean filing plants findings")
        _require(not found, f"clean filing has discrepancies: {[(c, p) for c, p, _ in found]}")
        return "clean"
    _require(len(truth.findings) == 1, "a planted filing plants exactly one cause")
    plant = truth.findings[0]
    codes = {c for c, _, _ in found}
    expected = (
        set() if plant.code == "IMAGE_TAMPERED" else {str(plant.code)}
    )  # the pixels, not the fields, show it
    _require(codes == expected, f"planted {plant.code} but the papers' fields show {sorted(codes)}")
    for code, project, doc in found:
        _require(
            plant.project_id is None or project == plant.project_id,
            f"{code} on {project}, planted on {plant.project_id}",
        )
        if doc is not None and plant.file and plant.page:
            hit = any(doc.file == plant.file and plant.page in doc.pages for _, _, doc in found if doc)
            _require(hit, f"{code}: planted page {plant.file}:{plant.page} is not in a discrepant document")
    _image_plant(sub, truth, str(plant.code), plant.file or "", plant.page or 0, plant.note)
    return f"planted {plant.code} ({plant.file} p{plant.page})"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jianzheng_workshop.samples.luntai.selfcheck DIR")
        return 2
    root = Path(argv[0])
    folders = sorted(p.parent for p in root.glob("*/truth.json"))
    failed = 0
    for folder in folders:
        try:
            print(f"ok    {folder.name}: {check(folder)}")
        except Problem as exc:
            failed += 1
            print(f"FAIL  {folder.name}: {exc}")
    print(f"{len(folders) - failed}/{len(folders)} filings pass")
    return 1 if failed or not folders else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
