"""``python -m jianzheng_workshop.samples.changji.selfcheck SET``: the family's own consistency check.

It never runs the checker. It asks three things of every generated submission:

1. its truth validates as ``jianzheng.models.truth.Truth``;
2. the truth gives every page of every attachment a type and a document, and nothing else;
3. in a clean filing, every document agrees with the declaration (at the coarser precision of
   the two figures), every project has a contract and an acceptance report or invoice, and
   the licence, audit reports and stamped form tell the form's story.

Planted findings must point at a page that exists.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pymupdf
from PIL import Image

from jianzheng.models.declaration import FEE_KEYS, Declaration
from jianzheng.models.truth import Truth

from .numerals import capital

ATTACHMENTS = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
XLSX_FIELDS = {
    "企业名称": "name",
    "统一社会信用代码": "credit_code",
    "法定代表人": "legal_representative",
    "注册资本（元）": "registered_capital",
    "成立日期": "established_on",
    "资质等级": "grade",
    "年检年度": "inspection_year",
    "技术人员总数": "technical_total",
    "持证人员总数": "certified_total",
}
PROJECT_KEYS = {
    "序号": "index",
    "项目名称": "name",
    "甲方单位": "client",
    "合同签订日期": "signed_on",
    "验收日期": "accepted_on",
    "项目所属领域": "field",
    "项目实施地": "location",
    "软件开发费": "software_development",
    "咨询设计费": "consulting_design",
    "集成实施费": "integration_implementation",
    "运行维护费": "operation_maintenance",
    "数据处理费": "data_processing",
    "运营服务费": "operation_service",
    "软件和信息技术服务费合计": "services_total",
    "自制硬件费": "self_made_hardware",
    "硬件购置费": "hardware_purchase",
    "软件购置费": "software_purchase",
    "其他": "other",
    "合同金额": "contract_amount",
}


def page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return int(doc.page_count)
    with Image.open(path) as im:
        return int(getattr(im, "n_frames", 1))


def _header(text: str) -> tuple[str, Decimal]:
    for mark in ("(万元)", "（万元）"):
        if text.endswith(mark):
            return text.removesuffix(mark), Decimal(10000)
    for mark in ("(元)", "（元）"):
        if text.endswith(mark):
            return text.removesuffix(mark), Decimal(1)
    return text, Decimal(1)


def _yuan(value: Any, scale: Decimal) -> str:
    return str((Decimal(str(value)) * scale).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def read_declaration(folder: Path) -> Declaration:
    if (folder / "declaration.json").exists():
        return Declaration.model_validate(
            json.loads((folder / "declaration.json").read_text(encoding="utf-8"))
        )
    wb = openpyxl.load_workbook(folder / "declaration.xlsx", data_only=True)
    info = {XLSX_FIELDS[str(k)]: v for k, v in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    enterprise: dict[str, Any] = {
        k: info[k]
        for k in ("name", "credit_code", "legal_representative", "established_on", "grade", "inspection_year")
    }
    enterprise["registered_capital"] = _yuan(info["registered_capital"], Decimal(1))
    enterprise["staff"] = {
        "technical_total": info["technical_total"],
        "certified_total": info["certified_total"],
    }
    finance = []
    rows = list(wb["经营情况"].iter_rows(values_only=True))
    heads = [_header(str(h)) for h in rows[0]]
    keys = {
        "年度": "year",
        "营业收入": "operating_revenue",
        "系统集成收入": "system_integration_revenue",
        "净利润": "net_profit",
    }
    for values in rows[1:]:
        finance.append(
            {
                keys[h]: (v if keys[h] == "year" else _yuan(v, s))
                for (h, s), v in zip(heads, values, strict=True)
            }
        )
    projects = []
    rows = list(wb["项目汇总"].iter_rows(values_only=True))
    heads = [_header(str(h)) for h in rows[0]]
    for values in rows[1:]:
        cells = {PROJECT_KEYS[h]: (v, s) for (h, s), v in zip(heads, values, strict=True)}
        project: dict[str, Any] = {"id": f"P{cells['index'][0]}"}
        for key in ("name", "client", "signed_on", "accepted_on", "field", "location"):
            project[key] = cells[key][0]
        project["fees"] = {k: _yuan(*cells[k]) for k in FEE_KEYS}
        project["services_total"] = _yuan(*cells["services_total"])
        project["contract_amount"] = _yuan(*cells["contract_amount"])
        projects.append(project)
    return Declaration.model_validate({"enterprise": enterprise, "finance": finance, "projects": projects})


def precision(value: Decimal) -> Decimal:
    """The unit of a figure's last significant place, as far as 万元 (10000)."""
    for unit in (Decimal(10000), Decimal(1000), Decimal(100), Decimal(1)):
        if value % unit == 0:
            return unit
    return Decimal("0.01")


def agree(declared: Decimal | None, found: str | None, declared_unit: Decimal = Decimal("0.01")) -> bool:
    """CONTRACT 1.1: equal at the coarser of the two precisions."""
    if declared is None or found is None:
        return True
    value = Decimal(found)
    unit = max(precision(value), declared_unit)
    return (declared / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) == (value / unit).quantize(
        Decimal(1), rounding=ROUND_HALF_UP
    )


def check_clean(truth: Truth, decl: Declaration, problems: list[str]) -> None:
    e = decl.enterprise
    year = e.inspection_year
    rows = {p.id: p for p in decl.projects}

    def bad(text: str) -> None:
        problems.append(f"{truth.name}: {text}")

    for p in decl.projects:
        if p.services_total is not None and p.fees.services_sum() != p.services_total:
            bad(f"{p.id} services_total breaks the identity")
        if p.contract_amount is not None and p.fees.total() != p.contract_amount:
            bad(f"{p.id} contract_amount breaks the identity")
        docs = [d for d in truth.documents if d.project_id == p.id]
        if not any(d.type == "contract" for d in docs):
            bad(f"{p.id} has no contract")
        if not any(d.type in ("acceptance_report", "invoice") for d in docs):
            bad(f"{p.id} has neither acceptance report nor invoice")
        amounts = [
            Decimal(d.fields["contract_amount"])
            for d in docs
            if d.type == "contract" and "contract_amount" in d.fields
        ]
        if amounts and not agree(p.contract_amount, str(sum(amounts))):
            bad(f"{p.id} contracts add up to {sum(amounts)}, declared {p.contract_amount}")
        invoiced = sum((Decimal(d.fields["total_amount"]) for d in docs if d.type == "invoice"), Decimal(0))
        if p.contract_amount is not None and invoiced > p.contract_amount:
            bad(f"{p.id} invoices exceed the contract")
    for d in truth.documents:
        f = d.fields
        proj = rows.get(d.project_id or "")
        if d.type in ("contract", "acceptance_report") and proj is not None:
            if f.get("project_name") != proj.name:
                bad(f"{d.id} project name {f.get('project_name')!r} is not {proj.name!r}")
            if f.get("party_a") != proj.client or f.get("party_b") != e.name:
                bad(f"{d.id} parties {f.get('party_a')!r} / {f.get('party_b')!r}")
        if d.type == "contract" and proj is not None:
            if "signed_on" in f and f["signed_on"] != str(proj.signed_on):
                bad(f"{d.id} signed {f['signed_on']}, declared {proj.signed_on}")
            if "amount_in_words" in f and f["amount_in_words"] != capital(Decimal(f["contract_amount"])):
                bad(f"{d.id} capital numerals disagree with the figures")
            for key, value in (f.get("fees") or {}).items():
                if not agree(getattr(proj.fees, key), value):
                    bad(f"{d.id} fee {key} {value}, declared {getattr(proj.fees, key)}")
        if d.type == "acceptance_report" and proj is not None:
            if f.get("conclusion") != "passed" or not f.get("has_seal"):
                bad(f"{d.id} not passed or not sealed")
            if "accepted_on" in f:
                day = dt.date.fromisoformat(f["accepted_on"])
                if day.year != year:
                    bad(f"{d.id} accepted outside {year}")
                # A preliminary acceptance (初验) comes before the final one, which carries the declared date.
                final = {x.fields.get("accepted_on") for x in truth.documents if x.project_id == proj.id}
                if proj.accepted_on is None or day > proj.accepted_on or str(proj.accepted_on) not in final:
                    bad(f"{d.id} accepted {day}, declared {proj.accepted_on}")
        if d.type == "business_license":
            if (
                f["company_name"] != e.name
                or f["credit_code"] != e.credit_code
                or f["legal_representative"] != e.legal_representative
            ):
                bad(f"{d.id} licence names another company, code or representative")
            if Decimal(f["registered_capital"]) != e.registered_capital or f["established_on"] != str(
                e.established_on
            ):
                bad(f"{d.id} licence capital or establishment date")
            if f["valid_until"] != "长期" and dt.date.fromisoformat(f["valid_until"]) < dt.date(year, 12, 31):
                bad(f"{d.id} licence expired")
        if d.type == "audit_report":
            rows_by_year = {fy.year: fy for fy in decl.finance}
            fy = rows_by_year.get(f["fiscal_year"])
            if fy is None:
                bad(f"{d.id} audits a year that is not declared")
                continue
            for key in ("operating_revenue", "net_profit", "system_integration_revenue"):
                if not agree(getattr(fy, key), f.get(key)):
                    bad(f"{d.id} {key} {f.get(key)}, declared {getattr(fy, key)}")
        if d.type == "declaration_form":
            total = sum((p.contract_amount or Decimal(0) for p in decl.projects), Decimal(0))
            if (
                (
                    f["company_name"],
                    f["credit_code"],
                    f["grade"],
                    f["technical_total"],
                    f["certified_total"],
                    f["project_count"],
                )
                != (
                    e.name,
                    e.credit_code,
                    e.grade,
                    e.staff.technical_total,
                    e.staff.certified_total,
                    len(decl.projects),
                )
                or not agree(total, f["project_total"])
                or not f["has_seal"]
            ):
                bad(f"{d.id} stamped form differs from the declaration")
    audited = {d.fields.get("fiscal_year") for d in truth.documents if d.type == "audit_report"}
    if {fy.year for fy in decl.finance} - audited:
        bad("a declared year has no audit report")
    if not any(d.type == "business_license" for d in truth.documents):
        bad("no licence")


def check_set(root: Path) -> list[str]:
    problems: list[str] = []
    names = sorted(p.parent.name for p in root.glob("*/truth.json"))
    if not names:
        return [f"{root}: no truth.json found"]
    for name in names:
        folder = root / name / "submission"
        truth = Truth.model_validate(json.loads((root / name / "truth.json").read_text(encoding="utf-8")))
        files = {
            p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.suffix.lower() in ATTACHMENTS
        }
        have = {(rel, n) for rel, path in files.items() for n in range(1, page_count(path) + 1)}
        told = {(p.file, p.page) for p in truth.pages}
        if have != told:
            problems.append(
                f"{name}: pages without truth {sorted(have - told)}; truth without pages {sorted(told - have)}"
            )
        documents = {d.id: d for d in truth.documents}
        for p in truth.pages:
            d = documents.get(p.document)
            if d is None or d.file != p.file or p.page not in d.pages or d.type != p.type:
                problems.append(f"{name}: page {p.file}#{p.page} disagrees with its document {p.document}")
        for finding in truth.findings:
            if finding.file is not None and (finding.file, finding.page or 1) not in have:
                problems.append(f"{name}: finding {finding.code} points at a missing page")
        decl = read_declaration(folder)
        if truth.clean:
            if truth.findings:
                problems.append(f"{name}: a clean filing lists findings")
            check_clean(truth, decl, problems)
        elif not truth.findings:
            problems.append(f"{name}: a planted filing lists no finding")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jianzheng_workshop.samples.changji.selfcheck SET")
        return 2
    problems = check_set(Path(argv[0]))
    for line in problems:
        print(line)
    count = len(list(Path(argv[0]).glob("*/truth.json")))
    print(f"{count} submissions checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
