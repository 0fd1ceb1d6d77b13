"""Self-check of a generated beitun set: ``python -m jianzheng_workshop.samples.beitun.selfcheck DIR``.

Checks the generator's own promises, never the checker: declarations and truth validate against the
models; fee identities hold; every attachment page is in truth exactly once; plants point at real truth
pages; clean scenarios plant nothing and planted ones exactly one cause; capital numerals read back to
the figures (except the planted words mismatch); QR codes decode to the truth payload; dates agree.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import numpy as np
import pymupdf
import zxingcpp
from openpyxl import load_workbook

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS, Declaration
from jianzheng.models.money import parse_capital
from jianzheng.models.truth import Truth

IMAGE_EXT = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
MONEY_RE = re.compile(r"^-?\d+\.\d{2}$")


def _xlsx_declaration(path: Path) -> Declaration:
    wb = load_workbook(path, read_only=True)
    info = {r[0]: r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    fin = [r for r in wb["经营情况"].iter_rows(min_row=2, values_only=True)]
    rows = list(wb["项目汇总"].iter_rows(values_only=True))
    head = [str(h) for h in rows[0]]
    projects = []
    for r in rows[1:]:
        v = dict(zip(head, r, strict=True))
        fees = dict(
            zip(
                FEE_KEYS,
                [
                    v["软件开发费"],
                    v["咨询设计费"],
                    v["集成实施费"],
                    v["运行维护费"],
                    v["数据处理费"],
                    v["运营服务费"],
                    v["自制硬件费"],
                    v["硬件购置费"],
                    v["软件购置费"],
                    v["其他"],
                ],
                strict=True,
            )
        )
        projects.append(
            {
                "id": f"P{v['序号']}",
                "name": v["项目名称"],
                "client": v["甲方单位"],
                "signed_on": v["合同签订日期"],
                "accepted_on": v["验收日期"],
                "field": v["项目所属领域"],
                "location": v["项目实施地"],
                "fees": {k: f"{Decimal(str(x)):.2f}" for k, x in fees.items()},
                "services_total": f"{Decimal(str(v['软件和信息技术服务费合计'])):.2f}",
                "contract_amount": f"{Decimal(str(v['合同金额（元）'])):.2f}",
            }
        )
    return Declaration.model_validate(
        {
            "enterprise": {
                "name": info["企业名称"],
                "credit_code": info["统一社会信用代码"],
                "legal_representative": info["法定代表人"],
                "registered_capital": info["注册资本"],
                "established_on": info["成立日期"],
                "grade": info["资质等级"],
                "inspection_year": info["年检年度"],
                "staff": {"technical_total": info["技术人员总数"], "certified_total": info["持证人员总数"]},
            },
            "finance": [
                {
                    "year": y,
                    "operating_revenue": f"{Decimal(str(a)):.2f}",
                    "system_integration_revenue": f"{Decimal(str(b)):.2f}",
                    "net_profit": f"{Decimal(str(c)):.2f}",
                }
                for y, a, b, c in fin
            ],
            "projects": projects,
        }
    )


def _pages(path: Path) -> int:
    if path.suffix.lower() in IMAGE_EXT:
        return 1
    with pymupdf.open(path) as doc:
        return int(doc.page_count)


def _qr(path: Path, page: int) -> list[str]:
    with pymupdf.open(path) as doc:
        pix = doc[page - 1].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
        img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
        return [b.text for b in zxingcpp.read_barcodes(img)]


def check_one(d: Path) -> list[str]:
    errs: list[str] = []
    sub = d / "submission"
    truth = Truth.model_validate_json((d / "truth.json").read_text(encoding="utf-8"))
    if (sub / "declaration.json").exists():
        decl = Declaration.model_validate_json((sub / "declaration.json").read_text(encoding="utf-8"))
    else:
        decl = _xlsx_declaration(sub / "declaration.xlsx")
    for p in decl.projects:
        if p.services_total != sum((getattr(p.fees, k) for k in SERVICE_FEE_KEYS), Decimal(0)):
            errs.append(f"{p.id}: services_total identity")
        if p.contract_amount != p.fees.total():
            errs.append(f"{p.id}: contract_amount identity")
    # pages: every attachment page exactly once
    files = {
        str(f.relative_to(sub)): f
        for f in sub.rglob("*")
        if f.is_file() and not f.name.startswith("declaration.")
    }
    want = {(name, i) for name, f in files.items() for i in range(1, _pages(f) + 1)}
    got = [(p.file, p.page) for p in truth.pages]
    if len(got) != len(set(got)):
        errs.append("a page is in truth twice")
    if set(got) != want:
        errs.append(f"truth pages differ from files: {sorted(set(got) ^ want)[:4]}")
    by_doc: dict[str, list[tuple[str, int]]] = {}
    for tp in truth.pages:
        by_doc.setdefault(tp.document, []).append((tp.file, tp.page))
    for doc in truth.documents:
        if sorted(by_doc.get(doc.id, [])) != [(doc.file, n) for n in doc.pages]:
            errs.append(f"{doc.id}: pages disagree with page records")
        for k, v in doc.fields.items():
            if k in (
                "contract_amount",
                "total_amount",
                "operating_revenue",
                "net_profit",
                "registered_capital",
            ):
                if not MONEY_RE.match(str(v)):
                    errs.append(f"{doc.id}.{k}: money string {v!r}")
            if k in ("signed_on", "accepted_on", "issued_on", "established_on"):
                dt.date.fromisoformat(str(v))
    # plants
    if truth.clean != (not truth.findings):
        errs.append("clean flag disagrees with findings")
    if not truth.clean and len(truth.findings) != 1:
        errs.append("a planted scenario must plant exactly one cause")
    for f in truth.findings:
        if (f.file, f.page) not in set(got):
            errs.append(f"plant {f.code} points at no truth page")
    codes = {f.code.value for f in truth.findings}
    projects = {p.id: p for p in decl.projects}
    for doc in truth.documents:
        fl = doc.fields
        proj = projects.get(doc.project_id or "")
        if doc.type == "contract":
            value = parse_capital(fl["amount_in_words"])
            agree = value == Decimal(fl["contract_amount"])
            if agree == ("AMOUNT_WORDS_MISMATCH" in codes and doc.project_id == "P1"):
                errs.append(
                    f"{doc.id}: capital numerals {fl['amount_in_words']} read {value}, figures {fl['contract_amount']}"
                )
            if proj and Decimal(fl["contract_amount"]) != proj.contract_amount:
                errs.append(f"{doc.id}: contract amount differs from the row")
            if "fees" in fl and proj:
                for k in FEE_KEYS:
                    if Decimal(fl["fees"][k]) != getattr(proj.fees, k):
                        errs.append(f"{doc.id}: fee {k} differs")
            signed_ok = proj is not None and fl["signed_on"] == str(proj.signed_on)
            if signed_ok == ("DATE_MISMATCH" in codes and doc.project_id == "P1"):
                errs.append(f"{doc.id}: signed_on vs declaration")
            if not doc.scanned:
                text = "".join(pymupdf.open(sub / doc.file)[n - 1].get_text() for n in doc.pages)
                if fl["amount_in_words"] not in text.replace("\n", ""):
                    errs.append(f"{doc.id}: amount in words not in the text layer")
        if doc.type == "acceptance_report" and proj:
            if fl["accepted_on"] != str(proj.accepted_on):
                errs.append(f"{doc.id}: accepted_on differs from the row")
            acc = dt.date.fromisoformat(fl["accepted_on"])
            if acc.year != decl.enterprise.inspection_year:
                errs.append(f"{doc.id}: acceptance outside the inspection year")
            before = proj.signed_on is not None and acc < proj.signed_on
            if before != ("ACCEPTANCE_BEFORE_SIGNING" in codes and doc.project_id == "P1"):
                errs.append(f"{doc.id}: acceptance/signing order")
        if doc.type == "invoice":
            decoded = _qr(sub / doc.file, doc.pages[0])
            if decoded != [fl["qr"]]:
                errs.append(f"{doc.id}: QR decodes to {decoded}")
            qr_amount = Decimal(fl["qr"].split(",")[4])
            if (qr_amount == Decimal(fl["total_amount"])) == ("QR_MISMATCH" in codes):
                errs.append(f"{doc.id}: QR amount vs printed total")
            text = pymupdf.open(sub / doc.file)[0].get_text()
            m = re.search(r"⊗(\S+?[整分角])", text)
            if not m or parse_capital(m.group(1)) != Decimal(fl["total_amount"]):
                errs.append(f"{doc.id}: invoice capital numerals")
            if (
                proj
                and proj.contract_amount is not None
                and Decimal(fl["total_amount"]) > proj.contract_amount
            ):
                errs.append(f"{doc.id}: invoice exceeds contract")
        if doc.type == "business_license":
            same = fl["company_name"] == decl.enterprise.name
            if same == ("LICENSE_NAME_MISMATCH" in codes):
                errs.append(f"{doc.id}: licence name vs declaration")
            if fl["credit_code"] != decl.enterprise.credit_code:
                errs.append(f"{doc.id}: credit code differs")
            if fl["valid_until"] != "长期" and dt.date.fromisoformat(fl["valid_until"]) < dt.date(
                2024, 12, 31
            ):
                errs.append(f"{doc.id}: licence expired")
        if doc.type == "audit_report":
            fin = {f.year: f for f in decl.finance}[int(fl["fiscal_year"])]
            if (
                Decimal(fl["operating_revenue"]) != fin.operating_revenue
                or Decimal(fl["net_profit"]) != fin.net_profit
            ):
                errs.append(f"{doc.id}: audit figures differ from the declaration")
    thresholds = {
        "甲": (40, 12, 30_000_000),
        "乙": (30, 8, 10_000_000),
        "丙": (20, 5, 5_000_000),
        "丁": (6, 0, 0),
    }
    grade = decl.enterprise.grade.value if decl.enterprise.grade else "丁"
    staff, certified, total = thresholds[grade]
    declared_total = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
    if (decl.enterprise.staff.technical_total or 0) < staff or (
        decl.enterprise.staff.certified_total or 0
    ) < certified:
        errs.append("staff below the grade's threshold")
    if declared_total < total:
        errs.append("project total below the grade's threshold")
    for p in decl.projects:
        if not any(doc.type == "contract" and doc.project_id == p.id for doc in truth.documents):
            errs.append(f"{p.id}: no contract")
    return errs


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else "/tmp/bt")
    bad = 0
    names = sorted(d for d in root.iterdir() if (d / "truth.json").exists())
    for d in names:
        errs = check_one(d)
        truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        plant = ", ".join(f"{f['code']}@{f['file']}:p{f['page']}" for f in truth["findings"]) or "clean"
        print(f"{'ok ' if not errs else 'BAD'} {d.name}: {plant}")
        for e in errs:
            print("     ", e)
        bad += bool(errs)
    print(f"{len(names) - bad}/{len(names)} scenarios pass")
    return 1 if bad or not names else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
