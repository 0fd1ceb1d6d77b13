"""Check a generated huyanghe set: ``python -m jianzheng_workshop.samples.huyanghe.selfcheck DIR``.

It validates the declarations and truth with ``models``, re-reads every PDF (text layers, content
streams, drawings, pictures, QR codes) and checks that truth, declaration and files agree, that the
theme's awkward text layers are where the scenario says, and that each planted cause really holds.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf as fitz
import zxingcpp

from jianzheng.models import Declaration, Truth
from jianzheng.models.money import parse_capital

from .deals import FEE_KEYS, SERVICE_KEYS
from .world import credit_code_ok

MONEY = re.compile(r"^-?\d+\.\d{2}$")
PAGE_FOOTER = re.compile(r"第 \d+ 页 共 \d+ 页")

# What each scenario must show (feature, file, page; 0: some page, -1: the last): the theme, checked on the files.
THEME: dict[str, list[tuple[str, str, int]]] = {
    "hy01_kangxi_wps_clean": [
        ("kangxi", "一二六团项目合同及验收报告.pdf", 0),
        ("ruleless", "一二六团项目合同及验收报告.pdf", 2),
        ("twocol", "一二六团项目合同及验收报告.pdf", 3),
        ("footer", "一二六团项目合同及验收报告.pdf", 2),
    ],
    "hy02_printer_fullwidth_clean": [
        ("glyphs", "人民医院项目合同.pdf", 2),
        ("fullwidth", "人民医院项目合同.pdf", 2),
        ("watermark", "营业执照（年检专用）.pdf", 1),
        ("image", "人民医院项目验收报告.pdf", 1),
        ("kangxi", "第七师医院合同验收.pdf", 0),
        ("letterspace", "第七师医院合同验收.pdf", 1),
        ("noruled_audit", "2024年度审计报告.pdf", 4),
    ],
    "hy03_outline_watermark_clean": [
        ("outline", "公安局项目验收报告.pdf", 1),
        ("watermark", "公安局项目合同.pdf", 2),
        ("letterspace", "公安局项目合同.pdf", 1),
        ("compat", "水利局项目合同.pdf", 0),
    ],
    "hy04_shawan_bing_clean": [
        ("kangxi", "2024年度审计报告.pdf", 4),
        ("noruled_audit", "2024年度审计报告.pdf", 4),
        ("fullwidth", "人民医院项目合同及验收.pdf", 2),
        ("image", "人民医院项目合同及验收.pdf", -1),
        ("outline", "教育局项目合同及验收.pdf", 3),
    ],
    "hy05_amount_fullwidth": [
        ("fullwidth", "数据局项目合同及验收报告.pdf", 2),
        ("kangxi", "数据局项目合同及验收报告.pdf", 2),
    ],
    "hy06_party_spaced": [("letterspace", "一中项目合同.pdf", 1), ("image", "一中项目验收报告.pdf", 1)],
    "hy07_accept_2025_kangxi": [("kangxi", "人民医院项目验收报告.pdf", 1)],
    "hy08_fee_ruleless": [
        ("ruleless", "城市管理局项目合同及验收.pdf", 2),
        ("kangxi", "城市管理局项目合同及验收.pdf", 2),
    ],
    "hy09_licence_rep": [("watermark", "营业执照副本.pdf", 1), ("image", "营业执照副本.pdf", 1)],
    "hy10_duplicate_reprint": [("glyphs", "水利局项目验收报告（打印）.pdf", 1)],
}

PLANTS = {
    "hy05_amount_fullwidth": "AMOUNT_MISMATCH",
    "hy06_party_spaced": "PARTY_MISMATCH",
    "hy07_accept_2025_kangxi": "ACCEPTANCE_OUT_OF_PERIOD",
    "hy08_fee_ruleless": "FEE_MISMATCH",
    "hy09_licence_rep": "LICENSE_FIELD_MISMATCH",
    "hy10_duplicate_reprint": "DUPLICATE_DOCUMENT",
}


def norm(s: str) -> str:
    """What a reader sees: NFKC (radicals, compatibility ideographs and full-width forms folded), no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).replace("¥", "￥")


class Sub:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.sub = root / "submission"
        self.docs: dict[str, fitz.Document] = {}

    def pdf(self, name: str) -> fitz.Document:
        if name not in self.docs:
            self.docs[name] = fitz.open(self.sub / name)
        return self.docs[name]

    def raw(self, name: str, page: int) -> str:
        if not name.lower().endswith(".pdf"):
            return ""
        return str(self.pdf(name)[page - 1].get_text())

    def visual(self, name: str, page: int) -> str:
        """The page's horizontal text in reading order (by baseline, then x), whatever order the stream wrote it in."""
        if not name.lower().endswith(".pdf"):
            return ""
        chars = []
        for block in self.pdf(name)[page - 1].get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                if abs(line["dir"][1]) > 0.01:
                    continue  # the watermark
                for span in line["spans"]:
                    for ch in span["chars"]:
                        chars.append((round(ch["origin"][1]), ch["origin"][0], ch["c"]))
        chars.sort()
        return "".join(c for _y, _x, c in chars)

    def text(self, name: str, pages: list[int]) -> str:
        return norm("".join(self.visual(name, p) for p in pages))


def _money(v: Any) -> Decimal:
    return Decimal(str(v))


def check(root: Path) -> list[str]:
    errs: list[str] = []
    name = root.name
    s = Sub(root)

    def bad(msg: str) -> None:
        errs.append(f"{name}: {msg}")

    raw_decl = json.loads((s.sub / "declaration.json").read_text(encoding="utf-8"))
    decl = Declaration.model_validate(raw_decl)
    raw_truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    truth = Truth.model_validate(raw_truth)

    # -- declaration arithmetic and formats --
    for p in raw_decl["projects"]:
        fees = {k: _money(v) for k, v in p["fees"].items()}
        if sum(fees[k] for k in SERVICE_KEYS) != _money(p["services_total"]):
            bad(f"{p['id']} services_total identity")
        if sum(fees[k] for k in FEE_KEYS) != _money(p["contract_amount"]):
            bad(f"{p['id']} contract_amount identity")
        for v in [*p["fees"].values(), p["services_total"], p["contract_amount"]]:
            if not MONEY.match(str(v)):
                bad(f"money format {v}")
        for k in ("signed_on", "accepted_on"):
            dt.date.fromisoformat(p[k])
    e = raw_decl["enterprise"]
    if not credit_code_ok(e["credit_code"]):
        bad("declared credit code fails GB 32100")
    if e["staff"]["certified_total"] != len(e["staff"]["certificates"]):
        bad("certified_total")
    thresholds = {"丁": (6, 0, 0), "丙": (20, 5, 5_000_000)}
    tech, cert, project_total = thresholds[e["grade"]]
    if e["staff"]["technical_total"] < tech or e["staff"]["certified_total"] < cert:
        bad("grade staff thresholds")
    if sum(_money(p["contract_amount"]) for p in raw_decl["projects"]) < project_total:
        bad("grade project total")

    # -- pages exactly once --
    on_disk: list[tuple[str, int]] = []
    for path in sorted(s.sub.rglob("*")):
        if path.is_dir() or path.name == "declaration.json":
            continue
        rel = str(path.relative_to(s.sub))
        n = s.pdf(rel).page_count if path.suffix.lower() == ".pdf" else 1
        on_disk += [(rel, i) for i in range(1, n + 1)]
    in_truth = [(p.file, p.page) for p in truth.pages]
    if Counter(in_truth) != Counter(on_disk):
        bad(
            f"pages in truth {sorted(set(in_truth) ^ set(on_disk))} differ from files, or a page is listed twice"
        )
    docs = {d.id: d for d in truth.documents}
    for p in truth.pages:
        d = docs.get(p.document)
        if d is None or d.file != p.file or p.page not in d.pages or d.type != p.type:
            bad(f"page {p.file} p{p.page} disagrees with its document")
    for d in truth.documents:
        if d.pages != list(range(d.pages[0], d.pages[0] + len(d.pages))):
            bad(f"{d.id} pages not consecutive")
        for k, v in d.fields.items():
            if k in (
                "contract_amount",
                "total_amount",
                "registered_capital",
                "operating_revenue",
                "net_profit",
                "system_integration_revenue",
            ) and not MONEY.match(v):
                bad(f"{d.id}.{k} money format")
            if k in ("signed_on", "accepted_on", "issued_on", "established_on"):
                dt.date.fromisoformat(v)

    # -- clean / planted --
    code = PLANTS.get(name)
    if truth.clean != (code is None) or truth.clean != (not truth.findings):
        bad("clean flag, plant table and findings disagree")
    if code:
        if len(truth.findings) != 1 or truth.findings[0].code != code:
            bad(f"expected exactly one {code}")
        fnd = truth.findings[0]
        if (fnd.file, fnd.page) not in in_truth:
            bad("plant not on a truth page")
        if fnd.project_id and fnd.project_id not in {p.id for p in decl.projects}:
            bad("plant on an undeclared project")

    # -- theme features --
    for feature, fname, page in THEME.get(name, []):
        if not _feature(s, feature, fname, page):
            bad(f"theme feature {feature} missing on {fname} p{page or '*'}")

    # -- documents against the declaration --
    rows = {p.id: p for p in decl.projects}
    firm = decl.enterprise.name
    for d in truth.documents:
        f = d.fields
        planted_here = bool(code) and any(x.file == d.file and x.page in d.pages for x in truth.findings)
        if d.type == "contract":
            row = rows[d.project_id or ""]
            amount = _money(f["contract_amount"])
            if parse_capital(f["amount_in_words"]) != amount:
                bad(f"{d.id} words do not read back to the figures")
            text = s.text(d.file, d.pages)
            if not d.scanned:
                want = [
                    f"￥{amount:,.2f}",
                    f["amount_in_words"],
                    f["party_a"],
                    f["party_b"],
                    f["contract_number"],
                ]
                for w in want:
                    if norm(w) not in text:
                        bad(f"{d.id} text layer lacks {w}")
                if firm not in text and f["party_b"] == firm:
                    bad(f"{d.id} text lacks the firm")
            ok_amount = amount == row.contract_amount
            ok_party = f["party_a"] == row.client and f["party_b"] == firm
            ok_fees = "fees" not in f or all(
                _money(f["fees"].get(k, "0")) == getattr(row.fees, k) for k in FEE_KEYS
            )
            if f["signed_on"] != str(row.signed_on):
                bad(f"{d.id} signing date")
            if code == "AMOUNT_MISMATCH" and planted_here:
                if ok_amount or not (Decimal("0.85") < amount / (row.contract_amount or 1) < Decimal("0.95")):
                    bad("AMOUNT plant: printed amount not 6–12 % below the row")
                fw = s.raw(d.file, truth.findings[0].page or 0)
                if (
                    "￥"
                    + f"{amount:,.2f}".translate(str.maketrans("0123456789,.", "０１２３４５６７８９，．"))
                    not in fw
                ):
                    bad("AMOUNT plant: full-width figures not on the planted page")
                if norm(f"{row.contract_amount:,.2f}") in text:
                    bad("AMOUNT plant: the declared amount is printed somewhere in the contract")
            elif not ok_amount:
                bad(f"{d.id} amount differs from the row")
            if code == "PARTY_MISMATCH" and planted_here:
                if ok_party or f["party_b"] == firm or firm in text:
                    bad("PARTY plant: the firm must be absent from the contract")
                cover = s.raw(d.file, truth.findings[0].page or 0)
                if not re.search(r"乙 +方", cover) or " ".join(f["party_b"]) not in cover:
                    bad("PARTY plant: letter-spaced 乙方 with the sister on the cover")
            elif not ok_party:
                bad(f"{d.id} parties differ from the row")
            if code == "FEE_MISMATCH" and planted_here:
                diff = [k for k in FEE_KEYS if _money(f["fees"].get(k, "0")) != getattr(row.fees, k)]
                if diff != ["software_development", "integration_implementation"] or not ok_amount:
                    bad(f"FEE plant: moved fees {diff}")
                page_text = s.text(d.file, [truth.findings[0].page or 0])
                for v in f["fees"].values():
                    if norm(f"{_money(v):,.2f}") not in page_text:
                        bad(f"FEE plant: fee {v} not on the page")
            elif not ok_fees:
                bad(f"{d.id} fees differ from the row")
        elif d.type == "acceptance_report":
            row = rows[d.project_id or ""]
            acc = dt.date.fromisoformat(f["accepted_on"])
            if acc != row.accepted_on or f["party_a"] != row.client:
                bad(f"{d.id} acceptance date or client")
            if f["party_b"] != firm and code != "PARTY_MISMATCH":
                bad(f"{d.id} acceptance party_b")
            if f["conclusion"] != "passed" or not f["has_seal"]:
                bad(f"{d.id} not a passed, sealed acceptance")
            if row.signed_on and acc < row.signed_on:
                bad(f"{d.id} accepted before signing")
            if code == "ACCEPTANCE_OUT_OF_PERIOD" and planted_here:
                raw = s.raw(d.file, d.pages[0])
                if (
                    acc.year != 2025
                    or "⽉" not in raw
                    or "⽇" not in raw
                    or f"2025年1月{acc.day}日" not in norm(raw)
                ):
                    bad("OUT_OF_PERIOD plant: 2025 date with Kangxi 月/日 not on the page")
            elif acc.year != 2024:
                bad(f"{d.id} accepted outside 2024")
            if not d.scanned and norm(f["party_a"]) not in s.text(d.file, d.pages):
                bad(f"{d.id} text lacks the client")
        elif d.type == "invoice":
            row = rows[d.project_id or ""]
            if f["seller"] != firm or f["buyer"] != row.client:
                bad(f"{d.id} invoice parties")
            total = _money(f["total_amount"])
            qr = _qr(s, d.file, d.pages[0])
            if qr != f["qr"] or _money(qr.split(",")[4]) != total or qr.split(",")[3] != f["invoice_number"]:
                bad(f"{d.id} QR {qr!r} disagrees with truth")
            if parse_capital(_words(s.raw(d.file, d.pages[0]))) != total:
                bad(f"{d.id} 价税合计 words")
        elif d.type == "business_license":
            expect = {
                "company_name": firm,
                "credit_code": decl.enterprise.credit_code,
                "registered_capital": f"{decl.enterprise.registered_capital:.2f}",
                "established_on": str(decl.enterprise.established_on),
                "legal_representative": decl.enterprise.legal_representative,
            }
            diff = [k for k, v in expect.items() if f[k] != v]
            if code == "LICENSE_FIELD_MISMATCH":
                if diff != ["legal_representative"]:
                    bad(f"LICENSE plant: fields differing {diff}")
                wm = s.raw(d.file, 1) if d.file.endswith(".pdf") else ""
                if d.file.endswith(".pdf") and (f["legal_representative"] in wm or "年检" not in wm):
                    bad("LICENSE plant: the text layer should hold only the watermark")
            elif diff:
                bad(f"licence differs from the declaration: {diff}")
        elif d.type == "audit_report":
            fin = decl.finance[0]
            if (
                _money(f["operating_revenue"]) != fin.operating_revenue
                or _money(f["net_profit"]) != fin.net_profit
                or _money(f["system_integration_revenue"]) != fin.system_integration_revenue
            ):
                bad("audit figures differ from the declaration")
            text = s.text(d.file, d.pages)
            for k in ("operating_revenue", "net_profit", "system_integration_revenue"):
                if norm(f"{_money(f[k]):,.2f}") not in text:
                    bad(f"audit text lacks {k}")
            if norm(f["report_number"]) not in text:
                bad("audit text lacks the report number")
        for k in ("credit_code",):
            if k in f and not credit_code_ok(f[k]):
                bad(f"{d.id} credit code check character")

    # invoices never exceed their contract; every project has a contract and an acceptance or invoice
    for pid, row in rows.items():
        kinds = [d.type for d in truth.documents if d.project_id == pid]
        if "contract" not in kinds or not ({"acceptance_report", "invoice"} & set(kinds)):
            bad(f"{pid} lacks its evidence")
        inv = sum(
            (
                _money(d.fields["total_amount"])
                for d in truth.documents
                if d.project_id == pid and d.type == "invoice"
            ),
            Decimal(0),
        )
        if inv > (row.contract_amount or 0):
            bad(f"{pid} invoices exceed the contract")

    if code == "DUPLICATE_DOCUMENT":
        fnd = truth.findings[0]
        twin = _twin(s, truth, fnd.file or "", fnd.page or 0)
        if twin is None:
            bad("DUPLICATE plant: no identical-looking page elsewhere in the submission")
        else:
            a, b = s.raw(fnd.file or "", fnd.page or 0), s.raw(*twin)
            if Counter(norm(a)) != Counter(norm(b)) or a == b:
                bad("DUPLICATE plant: the reprint should carry the same characters in another order")
    # a clean filing holds no duplicate page
    if code != "DUPLICATE_DOCUMENT":
        for p in truth.pages:
            if p.file.endswith(".pdf") and not p.scanned and _twin(s, truth, p.file, p.page) is not None:
                bad(f"unexpected duplicate {p.file} p{p.page}")
    return errs


def _words(raw: str) -> str:
    m = re.search(r"ⓧ(\S+?[整角分])", raw)
    return m.group(1) if m else ""


def _qr(s: Sub, fname: str, page: int) -> str:
    pix = s.pdf(fname)[page - 1].get_pixmap(dpi=200, clip=fitz.Rect(30, 15, 115, 95))
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    found = zxingcpp.read_barcodes(img)
    return found[0].text if found else ""


_THUMBS: dict[tuple[str, str, int], np.ndarray] = {}


def _thumb(s: Sub, fname: str, page: int) -> np.ndarray:
    key = (str(s.root), fname, page)
    if key not in _THUMBS:
        pix = s.pdf(fname)[page - 1].get_pixmap(dpi=40, colorspace=fitz.csGRAY)
        _THUMBS[key] = (
            np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).astype(np.int16)
        )
    return _THUMBS[key]


def _twin(s: Sub, truth: Truth, fname: str, page: int) -> tuple[str, int] | None:
    """Another page that looks the same (thumbnails within 1 grey level on average) and shows the same text."""
    mine = _thumb(s, fname, page)
    text = s.text(fname, [page])
    for p in truth.pages:
        if (p.file, p.page) == (fname, page) or not p.file.endswith(".pdf"):
            continue
        other = _thumb(s, p.file, p.page)
        if (
            other.shape == mine.shape
            and float(np.abs(other - mine).mean()) < 1.0
            and s.text(p.file, [p.page]) == text
        ):
            return (p.file, p.page)
    return None


def _feature(s: Sub, feature: str, fname: str, page: int) -> bool:
    doc = s.pdf(fname)
    pages = [page if page > 0 else doc.page_count + 1 + page] if page else list(range(1, doc.page_count + 1))
    for p in pages:
        pg = doc[p - 1]
        raw = str(pg.get_text())
        if feature == "kangxi" and any("\u2f00" <= c <= "\u2fd5" for c in raw):
            return True
        if feature == "compat" and any("\uf900" <= c <= "\ufaff" for c in raw):
            return True
        if feature == "fullwidth" and re.search(r"[０-９]，[０-９]{3}．[０-９]{2}", raw):
            return True
        if feature == "letterspace" and re.search(r"(甲 +方|合 同 编 号|签 订 地 点)", raw):
            return True
        if (
            feature == "ruleless"
            and re.search(r" {3,}\S+ {3,}[\d０-９,，]+[.．][\d０-９]{2}", raw)
            and not _ruled_near_table(pg)
        ):
            return True
        if feature == "noruled_audit" and "单位：元" in raw and len(pg.get_drawings()) == 0:
            return True
        if feature == "footer" and PAGE_FOOTER.search(raw):
            return True
        if feature == "twocol":
            xs = {round(b[0]) for b in pg.get_text("blocks")}
            if any(x < 100 for x in xs) and any(300 <= x <= 320 for x in xs):
                return True
        if feature == "glyphs":
            stream = b"".join(doc.xref_stream(x) or b"" for x in pg.get_contents())
            n_bt = stream.count(b"BT ")
            chars = len(re.sub(r"\s", "", raw))
            if chars > 50 and n_bt >= 0.95 * chars:
                return True
        if feature == "outline" and not raw.strip() and len(pg.get_drawings()) > 200:
            return True
        if feature == "watermark":
            for block in pg.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    if abs(line["dir"][1]) > 0.3 and "".join(sp["text"] for sp in line["spans"]).strip():
                        return True
        if feature == "image" and pg.get_images() and len(pg.get_images()) == 1:
            img = fitz.Rect(pg.get_image_info()[0]["bbox"])
            if img.get_area() >= 0.95 * pg.rect.get_area():
                return True
    return False


def _ruled_near_table(pg: fitz.Page) -> bool:
    """True when horizontal rules cross the price breakdown (it should have none)."""
    hits = pg.search_for("合计") or pg.search_for("合 计")
    if not hits:
        return False
    y = hits[-1].y0
    return any(d["rect"].height < 1 and abs(d["rect"].y0 - y) < 60 for d in pg.get_drawings())


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.huyanghe.selfcheck DIR")
        return 2
    root = Path(args[0])
    subs = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    problems: list[str] = []
    for sub in subs:
        problems += check(sub)
    for p in problems:
        print("FAIL", p)
    names = {p.name for p in subs}
    missing = set(THEME) - names
    if missing:
        print(f"note: {len(missing)} scenario(s) not in {root}: {', '.join(sorted(missing))}")
    print(f"{'OK' if not problems else 'FAILED'}: {len(subs)} submissions, {len(problems)} problems")
    return 0 if not problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
