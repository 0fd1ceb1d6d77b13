"""The declaration as the enterprise files it: declaration.json (元) or declaration.xlsx (CONTRACT 1.2)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from .cast import FEE_KEYS, Firm, Proj
from .numerals import money, wan_plain

XLSX_FEES = ("软件开发费", "咨询设计费", "集成实施费", "运行维护费", "数据处理费", "运营服务费")
XLSX_GOODS = ("自制硬件费", "硬件购置费", "软件购置费", "其他")


def project_row(
    p: Proj,
    *,
    client: str | None = None,
    amount: Decimal | None = None,
    fees: dict[str, Decimal] | None = None,
    signed_on: str | None = None,
    accepted_on: str | None = None,
    name: str | None = None,
) -> dict[str, Any]:
    f = dict(fees or p.fees)
    full = {k: f.get(k, Decimal(0)) for k in FEE_KEYS}
    services = sum((full[k] for k in FEE_KEYS[:6]), Decimal(0))
    total = sum(full.values(), Decimal(0)) if amount is None else amount
    return {
        "id": p.id,
        "name": name or p.name,
        "client": client or p.client.name,
        "signed_on": signed_on or p.signed_on,
        "accepted_on": accepted_on or p.accepted_on,
        "field": p.field,
        "location": p.location,
        "fees": full,
        "services_total": services,
        "contract_amount": total,
    }


def declaration(
    firm: Firm,
    year: int,
    finance: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    *,
    legal: str | None = None,
    capital: Decimal | None = None,
    code: str | None = None,
    established: str | None = None,
    technical: int = 36,
    certificates: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    certs = certificates or []
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": code or firm.code,
            "legal_representative": legal or firm.legal,
            "registered_capital": capital if capital is not None else firm.capital,
            "established_on": established or firm.established,
            "grade": firm.grade,
            "inspection_year": year,
            "staff": {"technical_total": technical, "certified_total": len(certs), "certificates": certs},
        },
        "finance": finance,
        "projects": rows,
    }


def _jsonable(v: Any) -> Any:
    if isinstance(v, Decimal):
        return money(v)
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_jsonable(x) for x in v]
    return v


def write_json(decl: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(_jsonable(decl), ensure_ascii=False, indent=2), encoding="utf-8")


def write_xlsx(decl: dict[str, Any], path: Path, *, wan: bool) -> None:
    """The reviewers' export: 企业信息 (字段, 值), 经营情况, 项目汇总; money in 万元 when ``wan``."""
    wb = Workbook()
    e = decl["enterprise"]
    ws = wb.active
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    for k, v in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本（元）", float(e["registered_capital"])),
        ("成立日期", e["established_on"]),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
    ):
        ws.append([k, v])
    unit = "(万元)" if wan else "（元）"

    def m(v: Decimal) -> float:
        return float(wan_plain(v)) if wan else float(v)

    ws2 = wb.create_sheet("经营情况")
    ws2.append(["年度", f"营业收入{unit}", f"系统集成收入{unit}", f"净利润{unit}"])
    for f in decl["finance"]:
        ws2.append(
            [f["year"], m(f["operating_revenue"]), m(f["system_integration_revenue"]), m(f["net_profit"])]
        )
    ws3 = wb.create_sheet("项目汇总")
    heads = [
        "序号",
        "项目名称",
        "甲方单位",
        "合同签订日期",
        "验收日期",
        "项目所属领域",
        "项目实施地",
        *[h + unit for h in XLSX_FEES],
        "软件和信息技术服务费合计" + unit,
        *[h + unit for h in XLSX_GOODS],
        "合同金额" + unit,
    ]
    ws3.append(heads)
    for i, r in enumerate(decl["projects"], start=1):
        fees = r["fees"]
        ws3.append(
            [
                i,
                r["name"],
                r["client"],
                r["signed_on"],
                r["accepted_on"],
                r["field"],
                r["location"],
                *[m(fees[k]) for k in FEE_KEYS[:6]],
                m(r["services_total"]),
                *[m(fees[k]) for k in FEE_KEYS[6:]],
                m(r["contract_amount"]),
            ]
        )
    for col in ("B", "C"):
        ws3.column_dimensions[col].width = 40
    wb.save(path)
