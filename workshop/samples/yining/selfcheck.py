"""``python -m jianzheng_workshop.samples.yining.selfcheck SET``: check a generated set against its truth.

For each scenario: truth.json and the declaration (json, or the xlsx read back) validate with ``models``;
the form's identities hold; every attachment page is in truth exactly once and vice versa; documents are
consecutive runs of their pages; clean ⇔ nothing planted; a planted scenario plants exactly the one cause its
truth names, on a page that exists. The filing is then drawn again from its seed (the drawing consumes the
scenario's random stream before any file is written) and compared with truth: amounts, words (read back by an
independent reader), parties, dates, fees, invoices, audit figures, licence. Finally the files themselves are
looked at: page counts, image-only scans, text layers of born-digital papers, QR payloads (zxing-cpp), red
seal ink in the 盖章 area of every acceptance page but the planted one.
"""

from __future__ import annotations

import json
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import zxingcpp
from PIL import Image
from stdnum.cn import uscc

from jianzheng.models import FEE_KEYS, SERVICE_FEE_KEYS, Code, Declaration, Truth

from . import PLANTS
from .filing import declaration as declaration_of
from .filing import read_xlsx
from .model import Filing
from .numerals import capital, read_capital
from .scenarios import SCENARIOS, YEAR, build
from .world import CERTIFICATES, DOTS, valid_credit_code

YEAR_END = f"{YEAR}-12-31"


class Failed(Exception):
    pass


def need(cond: object, msg: str) -> None:
    if not cond:
        raise Failed(msg)


def norm_name(s: str) -> str:
    for d in DOTS:
        s = s.replace(d, "·")
    return s


def money(s: str) -> Decimal:
    need(isinstance(s, str) and len(s.split(".")[-1]) == 2 and "," not in s, f"money string {s!r}")
    return Decimal(s)


def check_declaration(decl: dict[str, Any]) -> Declaration:
    model = Declaration.model_validate(decl)
    for row in decl["projects"]:
        fees = {k: money(v) for k, v in row["fees"].items()}
        need(
            sum(fees[k] for k in SERVICE_FEE_KEYS) == money(row["services_total"]),
            f"{row['id']} services_total",
        )
        need(sum(fees[k] for k in FEE_KEYS) == money(row["contract_amount"]), f"{row['id']} contract_amount")
    for row in decl["finance"]:
        for key in ("operating_revenue", "system_integration_revenue", "net_profit"):
            money(row[key])
    return model


def pages_of(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return doc.page_count
    return 1


def check_pages(sub: Path, truth: Truth) -> None:
    files = sorted(p for p in sub.rglob("*") if p.is_file() and not p.name.startswith("declaration."))
    seen: dict[tuple[str, int], str] = {}
    for tp in truth.pages:
        key = (tp.file, tp.page)
        need(key not in seen, f"page {key} twice in truth")
        seen[key] = tp.document
    for f in files:
        rel = f.relative_to(sub).as_posix()
        n = pages_of(f)
        for page in range(1, n + 1):
            need((rel, page) in seen, f"{rel} p{page} not in truth")
        need(sum(1 for k in seen if k[0] == rel) == n, f"{rel}: truth pages != {n}")
    rels = {f.relative_to(sub).as_posix() for f in files}
    need({k[0] for k in seen} <= rels, "truth names a file that is not there")
    by_doc = {d.id: d for d in truth.documents}
    for tp in truth.pages:
        d = by_doc[tp.document]
        need(
            tp.file == d.file and tp.page in d.pages and tp.type == d.type and tp.scanned == d.scanned,
            f"page {tp.file} p{tp.page} disagrees with {d.id}",
        )
    for d in truth.documents:
        need(d.pages == list(range(d.pages[0], d.pages[0] + len(d.pages))), f"{d.id} pages not consecutive")
        for money_key in (
            "contract_amount",
            "total_amount",
            "operating_revenue",
            "net_profit",
            "system_integration_revenue",
            "registered_capital",
        ):
            if money_key in d.fields:
                money(d.fields[money_key])


def render(path: Path, page: int, dpi: int = 100) -> np.ndarray:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            pix = doc[page - 1].get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB, alpha=False)
            return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()
    with Image.open(path) as opened:
        im = opened.convert("RGB")
        im.thumbnail((im.width * dpi // 300, im.height * dpi // 300))
        return np.asarray(im).copy()


def red_ink(img: np.ndarray, top: float = 0.55) -> int:
    """Seal-red pixels in the lower part of a page (the 盖章 area; the red letterhead is at the top)."""
    part = img[int(img.shape[0] * top) :].astype(np.int16)
    r, g, b = part[..., 0], part[..., 1], part[..., 2]
    return int(np.count_nonzero((r > 150) & (r - g > 70) & (r - b > 50)))


def page_text(path: Path, page: int) -> str:
    with pymupdf.open(path) as doc:
        return doc[page - 1].get_text()


def check_files(sub: Path, truth: Truth, f: Filing, planted: str | None) -> None:
    docs = truth.documents
    for d in docs:
        path = sub / d.file
        if path.suffix == ".pdf":
            with pymupdf.open(path) as doc:
                meta = doc.metadata or {}
                need(meta.get("creationDate") == meta.get("modDate"), f"{d.file}: saved again after creation")
                for n in d.pages:
                    text = doc[n - 1].get_text().strip()
                    need(
                        bool(text) != d.scanned,
                        f"{d.file} p{n}: scanned={d.scanned} but text layer {bool(text)}",
                    )
        if not d.scanned:
            text = "".join(page_text(path, n) for n in d.pages)
            for key in ("party_a", "party_b", "project_name", "buyer", "seller", "company_name"):
                if key in d.fields:
                    need(d.fields[key] in text.replace("\n", ""), f"{d.id} {key} not in its text layer")
            if d.type == "contract":
                need(
                    f"{Decimal(d.fields['contract_amount']):,.2f}" in text,
                    f"{d.id} amount figure not in text",
                )
                need(
                    d.fields["amount_in_words"] in text.replace("\n", ""), f"{d.id} amount words not in text"
                )
            if d.type == "audit_report":
                need(f"{Decimal(d.fields['operating_revenue']):,.2f}" in text, "audit revenue not in text")
                need(
                    f"{Decimal(d.fields['system_integration_revenue']):,.2f}" in text,
                    "audit SI revenue not in text",
                )
            if d.type == "invoice":
                need(f"¥{d.fields['total_amount']}" in text, f"{d.id} total not in text")
        if d.type == "invoice":
            codes = zxingcpp.read_barcodes(Image.fromarray(render(path, d.pages[0], 200)))
            need([c.text for c in codes] == [d.fields["qr"]], f"{d.id} QR payload")
            parts = d.fields["qr"].split(",")
            need(
                parts[3] == d.fields["invoice_number"]
                and parts[4] == d.fields["total_amount"]
                and parts[5] == d.fields["issued_on"].replace("-", ""),
                f"{d.id} QR fields",
            )
        if d.type == "business_license":
            codes = zxingcpp.read_barcodes(Image.fromarray(render(path, d.pages[0], 200)))
            need(
                codes and d.fields["credit_code"] in codes[0].text,
                "licence QR does not carry the credit code",
            )
        if d.type == "acceptance_report":
            ink = red_ink(render(path, d.pages[0]))
            if d.fields["has_seal"]:
                need(ink > 1500, f"{d.id}: sealed acceptance shows {ink} seal-red pixels")
            else:
                need(ink < 150, f"{d.id}: unsealed acceptance shows {ink} seal-red pixels")
                need(planted == "seal", f"{d.id} unsealed outside the seal plant")


def check_model(truth: Truth, decl: dict[str, Any], f: Filing, planted: str | None) -> None:
    """The papers as truth records them against the filing drawn again from its seed."""
    need(
        declaration_of(f)["projects"] == decl["projects"], "declaration projects differ from the drawn filing"
    )
    rows = {r["id"]: r for r in decl["projects"]}
    ent = decl["enterprise"]
    need(
        valid_credit_code(ent["credit_code"]) and uscc.is_valid(ent["credit_code"]), "enterprise credit code"
    )
    docs = truth.documents
    lic = [d for d in docs if d.type == "business_license"]
    need(len(lic) == 1, "one licence")
    lf = lic[0].fields
    need(lf["company_name"] == ent["name"] and lf["credit_code"] == ent["credit_code"], "licence name/code")
    need(money(lf["registered_capital"]) == money(ent["registered_capital"]), "licence capital")
    need(lf["established_on"] == ent["established_on"], "licence established_on")
    need(lf["valid_until"] == "长期" or lf["valid_until"] > YEAR_END, "licence expired")
    same_legal = norm_name(lf["legal_representative"]) == norm_name(ent["legal_representative"])
    need(same_legal == (planted != "licence"), "licence legal representative vs plant")
    # audit
    aud = [d for d in docs if d.type == "audit_report"]
    need(len(aud) == len(decl["finance"]) == 1, "one audit report for the one finance year")
    af, fin = aud[0].fields, decl["finance"][0]
    need(af["fiscal_year"] == fin["year"] == YEAR, "audit year")
    for key in ("operating_revenue", "system_integration_revenue", "net_profit"):
        need(money(af[key]) == money(fin[key]), f"audit {key}")
    a = f.audit
    need(a.si_revenue + a.service_revenue + a.goods_revenue == a.revenue, "revenue note does not add up")
    need(a.net_profit > 0 and a.net_profit == a.total_profit - a.income_tax, "income statement")
    p = a.prior
    need(p["net_profit"] == p["total_profit"] - p["income_tax"], "prior income statement")
    b = a.balance
    for sfx in ("", "_p"):
        need(
            b["ca" + sfx] + b["nca" + sfx] == b["assets" + sfx] == b["liab" + sfx] + b["equity" + sfx],
            f"balance sheet{sfx} does not balance",
        )
        need(min(b["cash" + sfx], b["tax_payable" + sfx]) > 0, "negative balance item")
        need(
            b["ap" + sfx] + b["contract_liab" + sfx] + b["payroll" + sfx] + b["tax_payable" + sfx]
            == b["liab" + sfx],
            "liabilities",
        )
    need(b["equity"] - b["equity_p"] == a.net_profit, "equity movement")
    # staff and grade
    staff = ent["staff"]
    titles = {t for t, _ in CERTIFICATES}
    need(all(c["certificate"] in titles for c in staff["certificates"]), "certificate not on the list")
    need(staff["certified_total"] == len(staff["certificates"]), "certified_total")
    minimum = {"甲": (40, 12, 3000), "乙": (30, 8, 1000), "丙": (20, 5, 500), "丁": (6, 0, 0)}[ent["grade"]]
    total_wan = sum(money(r["contract_amount"]) for r in decl["projects"]) / 10000
    need(
        staff["technical_total"] >= minimum[0]
        and staff["certified_total"] >= minimum[1]
        and total_wan >= minimum[2],
        "grade thresholds",
    )
    # projects
    for proj in f.projects:
        row = rows[proj.pid]
        con = [d for d in docs if d.type == "contract" and d.project_id == proj.pid]
        acc = [d for d in docs if d.type == "acceptance_report" and d.project_id == proj.pid]
        inv = [d for d in docs if d.type == "invoice" and d.project_id == proj.pid]
        need(len(con) == 1 and (acc or inv), f"{proj.pid}: contract and acceptance or invoice")
        cf = con[0].fields
        amount = money(cf["contract_amount"])
        need(read_capital(cf["amount_in_words"]) == amount == proj.amount, f"{proj.pid}: words vs figures")
        need(capital(amount) == cf["amount_in_words"], f"{proj.pid}: words spelling")
        need(cf["party_b"] == ent["name"], f"{proj.pid}: party B")
        need(cf["project_name"] == row["name"], f"{proj.pid}: project name")
        need(cf["signed_on"] == row["signed_on"], f"{proj.pid}: signed_on")
        need(valid_credit_code(proj.client.code) and uscc.is_valid(proj.client.code), "client credit code")
        if "fees" in cf:
            need(sum(money(v) for v in cf["fees"].values()) == amount, f"{proj.pid}: fee table total")
            if planted != "amount" or proj.pid != "P1":
                need(
                    all(money(cf["fees"].get(k, "0.00")) == money(row["fees"][k]) for k in FEE_KEYS),
                    f"{proj.pid}: fees vs declaration",
                )
        amount_ok = amount == money(row["contract_amount"])
        party_ok = cf["party_a"] == row["client"]
        need(amount_ok == (planted != "amount" or proj.pid != "P1"), f"{proj.pid}: amount vs plant")
        need(party_ok == (planted != "party" or proj.pid != "P1"), f"{proj.pid}: party vs plant")
        for d in acc:
            af2 = d.fields
            need(
                af2["project_name"] == row["name"] and af2["party_b"] == ent["name"],
                f"{proj.pid}: acceptance names",
            )
            need(af2["party_a"] == cf["party_a"], f"{proj.pid}: acceptance party A")
            need(af2["accepted_on"] == row["accepted_on"] > cf["signed_on"], f"{proj.pid}: acceptance date")
            in_year = af2["accepted_on"].startswith(str(YEAR))
            need(
                in_year == (planted != "period" or proj.pid != "P1"), f"{proj.pid}: acceptance year vs plant"
            )
            passed = af2["conclusion"] == "passed"
            need(passed == (planted != "failed" or proj.pid != "P1"), f"{proj.pid}: conclusion vs plant")
            need(af2["has_seal"] == (planted != "seal" or proj.pid != "P1"), f"{proj.pid}: seal vs plant")
        total_inv = Decimal(0)
        for d in inv:
            need(
                d.fields["buyer"] == cf["party_a"] and d.fields["seller"] == ent["name"],
                f"{proj.pid}: invoice parties",
            )
            total_inv += money(d.fields["total_amount"])
        need(total_inv <= amount, f"{proj.pid}: invoices exceed the contract")
        for invoice in proj.invoices:
            need(
                invoice.amount + invoice.tax == invoice.total
                and abs(invoice.amount * invoice.rate - invoice.tax) <= Decimal("0.01"),
                f"{proj.pid}: invoice tax",
            )
    if planted == "party":
        p1 = f.projects[0]
        need(
            p1.party_a_second != p1.client.second and p1.declared_client != p1.client.cn,
            "party plant: the Uyghur line should be the declared client's, the Chinese name another body's",
        )


def check_scenario(root: Path) -> str:
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    if (sub / "declaration.json").exists():
        decl = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    else:
        decl = read_xlsx(sub / "declaration.xlsx")
    check_declaration(decl)
    check_pages(sub, truth)
    index, knobs = next((i, k) for i, k in enumerate(SCENARIOS, start=1) if k.name == truth.name)
    need(truth.seed is not None, "truth has no seed")
    f = build(knobs, random.Random(int(truth.seed or 0) * 1000 + index))
    planted = knobs.plant
    need(truth.clean == (planted is None), "clean flag")
    if planted is None:
        need(not truth.findings, "a clean scenario plants nothing")
    else:
        need(len(truth.findings) == 1, "one planted finding")
        tf = truth.findings[0]
        code, pid, _, _ = PLANTS[planted]
        need(tf.code == code and tf.project_id == pid, "planted code / project")
        need(any(tp.file == tf.file and tp.page == tf.page for tp in truth.pages), "planted page exists")
        if code in (Code.ACCEPTANCE_OUT_OF_PERIOD, Code.ACCEPTANCE_NOT_PASSED, Code.SEAL_MISSING):
            need(
                next(tp for tp in truth.pages if tp.file == tf.file and tp.page == tf.page).type
                == "acceptance_report",
                "planted page is the acceptance",
            )
        if code in (Code.AMOUNT_MISMATCH, Code.PARTY_MISMATCH):
            need(
                next(tp for tp in truth.pages if tp.file == tf.file and tp.page == tf.page).type
                == "contract",
                "planted page is the contract",
            )
        if code is Code.LICENSE_FIELD_MISMATCH:
            need(tf.page == 1 and "营业执照" in (tf.file or ""), "planted page is the licence")
    check_model(truth, decl, f, planted)
    check_files(sub, truth, f, planted)
    return (
        f"{truth.name}: ok ({len(truth.pages)} pages, {len(truth.documents)} documents, "
        f"{'clean' if truth.clean else truth.findings[0].code.value})"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jianzheng_workshop.samples.yining.selfcheck SET", file=sys.stderr)
        return 2
    root = Path(argv[0])
    bad = 0
    scenarios = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    for sc in scenarios:
        try:
            print(check_scenario(sc))
        except Failed as exc:
            bad += 1
            print(f"{sc.name}: FAILED: {exc}")
    print(f"{len(scenarios) - bad}/{len(scenarios)} scenarios ok")
    return 1 if bad or not scenarios else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
