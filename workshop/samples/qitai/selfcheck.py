"""Checks a generated qitai set without the checker: the truth agrees with what was drawn and scanned.

python -m jianzheng_workshop.samples.qitai.selfcheck SET
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

from .words import capital, cn_date, read_capital, upper_date, valid_code

FEE_KEYS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
)
TEXT_FIELDS = (
    "project_name",
    "party_a",
    "party_b",
    "company_name",
    "credit_code",
    "contract_number",
    "invoice_number",
    "audit_firm",
    "report_number",
    "address",
    "legal_representative",
    "buyer",
    "seller",
    "company_type",
)
MONEY_FIELDS = (
    "contract_amount",
    "total_amount",
    "operating_revenue",
    "net_profit",
    "system_integration_revenue",
)
DATE_FIELDS = ("signed_on", "accepted_on", "issued_on", "established_on")


def _read_xlsx(path: Path) -> dict[str, Any]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    info = {str(r[0]): r[1] for r in book["企业信息"].iter_rows(min_row=2, values_only=True)}
    rows = list(book["项目汇总"].iter_rows(values_only=True))
    head = [str(h) for h in rows[0]]
    labels = [
        "软件开发费",
        "咨询设计费",
        "集成实施费",
        "运行维护费",
        "数据处理费",
        "运营服务费",
        "自制硬件费",
        "硬件购置费",
        "软件购置费",
        "其他",
    ]

    def col(row: tuple[Any, ...], label: str) -> Any:
        return row[next(i for i, h in enumerate(head) if h.startswith(label))]

    projects = []
    for row in rows[1:]:
        projects.append(
            {
                "id": f"P{col(row, '序号')}",
                "name": col(row, "项目名称"),
                "client": col(row, "甲方单位"),
                "signed_on": col(row, "合同签订日期"),
                "accepted_on": col(row, "验收日期"),
                "field": col(row, "项目所属领域"),
                "location": col(row, "项目实施地"),
                "fees": {
                    k: f"{Decimal(str(col(row, lab))):.2f}" for k, lab in zip(FEE_KEYS, labels, strict=True)
                },
                "services_total": f"{Decimal(str(col(row, '软件和信息技术服务费合计'))):.2f}",
                "contract_amount": f"{Decimal(str(col(row, '合同金额'))):.2f}",
            }
        )
    fin = [r for r in book["经营情况"].iter_rows(min_row=2, values_only=True)]
    return {
        "enterprise": {
            "name": info["企业名称"],
            "credit_code": info["统一社会信用代码"],
            "legal_representative": info["法定代表人"],
            "registered_capital": info["注册资本"],
            "established_on": info["成立日期"],
            "grade": info["资质等级"],
            "inspection_year": int(info["年检年度"]),
            "staff": {"technical_total": info["技术人员总数"], "certified_total": info["持证人员总数"]},
        },
        "finance": [
            {
                "year": r[0],
                "operating_revenue": f"{Decimal(str(r[1])):.2f}",
                "system_integration_revenue": f"{Decimal(str(r[2])):.2f}",
                "net_profit": f"{Decimal(str(r[3])):.2f}",
            }
            for r in fin
        ],
        "projects": projects,
    }


def _spellings(value: str) -> list[str]:
    day = dt.date.fromisoformat(value)
    return [cn_date(day), cn_date(day, True), upper_date(day)]


def check_one(folder: Path) -> list[str]:
    """Problems with one generated submission (empty when it is consistent)."""
    problems: list[str] = []
    sub = folder / "submission"
    truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    printed: dict[str, list[dict[str, Any]]] = json.loads(
        (folder / "printed.json").read_text(encoding="utf-8")
    )
    if (sub / "declaration.json").exists():
        raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    else:
        raw = _read_xlsx(sub / "declaration.xlsx")
    decl = Declaration.model_validate(raw)
    year = decl.enterprise.inspection_year
    for p in raw["projects"]:
        for key in ("services_total", "contract_amount", *(f"fees.{k}" for k in FEE_KEYS)):
            value = p["fees"][key[5:]] if key.startswith("fees.") else p[key]
            if len(str(value).split(".")[-1]) != 2:
                problems.append(f"{p['id']} {key} not two decimals: {value}")
    for row in decl.projects:
        if row.services_total != row.fees.services_sum() or row.contract_amount != row.fees.total():
            problems.append(f"{row.id}: declared identities broken")
    if not valid_code(decl.enterprise.credit_code or ""):
        problems.append("declared credit code fails GB 32100")
    # pages: every PDF page in truth exactly once, sizes and orientation as drawn
    seen = Counter((p.file, p.page) for p in truth.pages)
    if any(n > 1 for n in seen.values()):
        problems.append("a page is twice in truth")
    files = sorted(p.relative_to(sub).as_posix() for p in sub.rglob("*.pdf"))
    if sorted(printed) != files:
        problems.append(f"files {files} vs printed {sorted(printed)}")
    for file in files:
        with pymupdf.open(sub / file) as doc:
            if len(doc) != len(printed[file]):
                problems.append(f"{file}: {len(doc)} pages, printed {len(printed[file])}")
            for number, (page, info) in enumerate(zip(doc, printed[file], strict=False), start=1):
                if (file, number) not in seen:
                    problems.append(f"{file} p{number} not in truth")
                if (
                    abs(page.rect.width - info["size_pt"][0]) > 1
                    or abs(page.rect.height - info["size_pt"][1]) > 1
                ):
                    problems.append(f"{file} p{number}: page size")
                paper_w, paper_h = info["paper_mm"]
                landscape_paper = paper_w > paper_h or paper_w > 230
                turned = info["rotate"] in (90, 270)
                if (page.rect.width > page.rect.height) != (landscape_paper != turned):
                    problems.append(f"{file} p{number}: orientation not as fed")
                if page.get_text().strip():
                    problems.append(f"{file} p{number}: has a text layer")
                if not page.get_images():
                    problems.append(f"{file} p{number}: no scan image")
    for p in truth.pages:
        if p.file not in printed or p.page > len(printed[p.file]):
            problems.append(f"truth page {p.file} p{p.page} does not exist")
    # documents: consecutive, their pages agree, fields visible on their pages
    by_id = {d.id: d for d in truth.documents}
    for p in truth.pages:
        doc_ = by_id.get(p.document)
        if doc_ is None or doc_.file != p.file or p.page not in doc_.pages or doc_.type != p.type:
            problems.append(f"{p.file} p{p.page}: page and document disagree")
    contracts: dict[str, Decimal] = {}
    for d in truth.documents:
        if d.pages != list(range(d.pages[0], d.pages[0] + len(d.pages))):
            problems.append(f"{d.id} pages not consecutive")
        infos = [printed[d.file][n - 1] for n in d.pages]
        lines = [line for info in infos for line in info["lines"]]
        text = "\n".join(lines)
        for key, value in d.fields.items():
            if key in TEXT_FIELDS and str(value) not in text:
                problems.append(f"{d.id} {key} {value!r} not printed")
            elif key in MONEY_FIELDS and f"{Decimal(value):,.2f}" not in text:
                problems.append(f"{d.id} {key} {value} not printed")
            elif key in DATE_FIELDS and not any(s in text for s in _spellings(value)):
                problems.append(f"{d.id} {key} {value} not printed")
            elif (
                key == "valid_until"
                and value != "长期"
                and cn_date(dt.date.fromisoformat(value), True) not in text
            ):
                problems.append(f"{d.id} valid_until not printed")
            elif key == "registered_capital" and capital(Decimal(value)) not in text:
                problems.append(f"{d.id} registered_capital not printed")
            elif key == "amount_in_words":
                if value not in text or read_capital(value) != Decimal(d.fields["contract_amount"]):
                    problems.append(f"{d.id} amount_in_words disagrees")
            elif key == "fees":
                for fee, amount in value.items():
                    if Decimal(amount) and f"{Decimal(amount):,.2f}" not in text:
                        problems.append(f"{d.id} fee {fee} not printed")
            elif key == "has_seal" and value != any(info["seals"] for info in infos):
                problems.append(f"{d.id} has_seal disagrees with the drawing")
            elif key == "conclusion" and value == "passed" and "通过验收" not in text:
                problems.append(f"{d.id} conclusion not printed")
        if d.type == "contract" and "contract_amount" in d.fields and d.project_id:
            contracts[d.project_id] = Decimal(d.fields["contract_amount"])
        for key, value in d.fields.items():
            if isinstance(value, str) and key in MONEY_FIELDS and len(value.split(".")[-1]) != 2:
                problems.append(f"{d.id} {key} not two decimals")
    problems += _expected(truth, decl, printed, contracts, year)
    return problems


def _expected(
    truth: Truth,
    decl: Declaration,
    printed: dict[str, list[dict[str, Any]]],
    contracts: dict[str, Decimal],
    year: int,
) -> list[str]:
    """What a perfect reviewer would raise, from truth and declaration, against the planted findings."""
    found: list[tuple[str, str | None, str | None, int | None]] = []
    rows = {p.id: p for p in decl.projects}
    firm = decl.enterprise.name
    for d in truth.documents:
        f = d.fields
        row = rows.get(d.project_id or "")
        if d.type == "business_license":
            if f.get("valid_until") not in (None, "长期") and dt.date.fromisoformat(
                f["valid_until"]
            ) < dt.date(year, 12, 31):
                found.append(("LICENSE_EXPIRED", None, d.file, d.pages[0]))
            if f["company_name"] != firm or f["credit_code"] != decl.enterprise.credit_code:
                found.append(("LICENSE_NAME_MISMATCH", None, d.file, d.pages[0]))
            if not valid_code(f["credit_code"]):
                found.append(("CREDIT_CODE_INVALID", None, d.file, d.pages[0]))
        if d.type == "audit_report":
            fin = decl.finance[0]
            if (
                Decimal(f["operating_revenue"]),
                Decimal(f["net_profit"]),
                Decimal(f["system_integration_revenue"]),
            ) != (fin.operating_revenue, fin.net_profit, fin.system_integration_revenue):
                found.append(("AUDIT_FIGURE_MISMATCH", None, d.file, d.pages[0]))
        if row is None:
            continue
        if d.type == "contract":
            if "contract_amount" in f and Decimal(f["contract_amount"]) != row.contract_amount:
                found.append(("AMOUNT_MISMATCH", row.id, d.file, d.pages[0]))
            if "fees" in f:
                for key, value in f["fees"].items():
                    if Decimal(value) != getattr(row.fees, key):
                        page = next(n for n in d.pages if printed[d.file][n - 1]["facts"].get("total"))
                        found.append(("FEE_MISMATCH", row.id, d.file, page))
                        break
            if f.get("party_a", row.client) != row.client or f.get("party_b", firm) != firm:
                found.append(("PARTY_MISMATCH", row.id, d.file, d.pages[0]))
            if "contract_amount" in f and f["signed_on"] != (
                row.signed_on.isoformat() if row.signed_on else None
            ):
                found.append(("DATE_MISMATCH", row.id, d.file, d.pages[0]))
            for n in d.pages:
                info = printed[d.file][n - 1]
                if any("（盖章）" in line for line in info["lines"]) and not info["seals"]:
                    found.append(("SEAL_MISSING", row.id, d.file, n))
        if d.type == "acceptance_report":
            day = dt.date.fromisoformat(f["accepted_on"])
            if row.signed_on and day < row.signed_on:
                found.append(("ACCEPTANCE_BEFORE_SIGNING", row.id, d.file, d.pages[0]))
            if day.year != year:
                found.append(("ACCEPTANCE_OUT_OF_PERIOD", row.id, d.file, d.pages[0]))
            if not f["has_seal"]:
                found.append(("SEAL_MISSING", row.id, d.file, d.pages[0]))
            if row.accepted_on != day and d.project_id == row.id and not _is_copy(truth, d):
                found.append(("DATE_MISMATCH", row.id, d.file, d.pages[0]))
    for pid, amount in contracts.items():
        billed = sum(
            (
                Decimal(d.fields["total_amount"])
                for d in truth.documents
                if d.type == "invoice" and d.project_id == pid
            ),
            Decimal(0),
        )
        if billed > amount:
            found.append(("INVOICE_EXCEEDS_CONTRACT", pid, None, None))
    for row in decl.projects:
        if row.id not in contracts:
            found.append(("PROJECT_EVIDENCE_MISSING", row.id, None, None))
    # the same printed page twice (blank reverse sides are not pages with content)
    seen: dict[str, tuple[str, int]] = {}
    for file, infos in printed.items():
        for number, info in enumerate(infos, start=1):
            if info["blank"]:
                continue
            key = json.dumps([info["lines"], info["facts"]], ensure_ascii=False)
            if key in seen:
                found.append(("DUPLICATE_DOCUMENT", None, file, number))
            else:
                seen[key] = (file, number)
    problems = []
    planted = sorted((f.code.value, f.project_id, f.file, f.page) for f in truth.findings)
    if sorted(found, key=str) != sorted(planted, key=str):
        problems.append(f"expected findings {sorted(found, key=str)} but truth plants {planted}")
    if truth.clean != (not truth.findings):
        problems.append("clean flag disagrees with the findings")
    return problems


def _is_copy(truth: Truth, doc: Any) -> bool:
    return any(o.id != doc.id and o.fields == doc.fields and o.id < doc.id for o in truth.documents)


def check_set(root: Path) -> dict[str, list[str]]:
    return {
        folder.name: check_one(folder)
        for folder in sorted(root.iterdir())
        if (folder / "truth.json").exists()
    }


def main() -> None:
    results = check_set(Path(sys.argv[1]))
    for name, problems in results.items():
        print(f"{name}: {'ok' if not problems else '; '.join(problems)}")
    if any(results.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
