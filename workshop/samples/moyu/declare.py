"""The declared form: declaration.json (元) or declaration.xlsx with 项目汇总 in 万元 (CONTRACT 1.1, 1.2)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from .deals import SERVICE_KEYS
from .numerals import WAN

FEE_COLUMNS = (
    ("software_development", "软件开发费"),
    ("consulting_design", "咨询设计费"),
    ("integration_implementation", "集成实施费"),
    ("operation_maintenance", "运行维护费"),
    ("data_processing", "数据处理费"),
    ("operation_service", "运营服务费"),
    ("services_total", "软件和信息技术服务费合计"),
    ("self_made_hardware", "自制硬件费"),
    ("hardware_purchase", "硬件购置费"),
    ("software_purchase", "软件购置费"),
    ("other", "其他"),
    ("contract_amount", "合同金额"),
)
"""项目汇总 money columns in the form's order (CONTRACT 1.2)."""


def project_row(
    pid: str, deal_facts: dict[str, Any], fees: dict[str, Decimal], contract_amount: Decimal | None = None
) -> dict[str, Any]:
    """A declared row whose services_total and contract_amount are the form's sums (unless overridden)."""
    services = sum((fees[k] for k in SERVICE_KEYS), Decimal(0))
    total = sum(fees.values(), Decimal(0)) if contract_amount is None else contract_amount
    return {
        "id": pid,
        **deal_facts,
        "fees": {k: f"{v:.2f}" for k, v in fees.items()},
        "services_total": f"{services:.2f}",
        "contract_amount": f"{total:.2f}",
    }


def write_json(folder: Path, declaration: dict[str, Any]) -> None:
    (folder / "declaration.json").write_text(
        json.dumps(declaration, ensure_ascii=False, indent=2), encoding="utf-8"
    )


def write_xlsx_wan(folder: Path, declaration: dict[str, Any]) -> None:
    """The reviewer's workbook; 项目汇总 money columns headed （万元）, values to two decimals."""
    wb = openpyxl.Workbook()
    info = wb.active
    assert info is not None
    info.title = "企业信息"
    e = declaration["enterprise"]
    info.append(["字段", "值"])
    for label, value in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本（元）", float(e["registered_capital"])),
        ("成立日期", e["established_on"]),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
    ):
        info.append([label, value])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入（元）", "系统集成收入（元）", "净利润（元）"])
    for row in declaration["finance"]:
        fin.append(
            [
                row["year"],
                float(row["operating_revenue"]),
                float(row["system_integration_revenue"]),
                float(row["net_profit"]),
            ]
        )
    proj = wb.create_sheet("项目汇总")
    proj.append(
        ["序号", "项目名称", "甲方单位", "合同签订日期", "验收日期", "项目所属领域", "项目实施地"]
        + [f"{label}（万元）" for _, label in FEE_COLUMNS]
    )
    for i, p in enumerate(declaration["projects"], start=1):
        money = {**p["fees"], "services_total": p["services_total"], "contract_amount": p["contract_amount"]}
        values = []
        for key, _ in FEE_COLUMNS:
            v = Decimal(money[key]) / WAN
            if v.quantize(Decimal("0.01")) != v:
                raise ValueError(f"{p['id']} {key}: {money[key]} is not exact in 万元 to two decimals")
            values.append(float(v))
        proj.append(
            [i, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"], *values]
        )
        proj.cell(row=i + 1, column=4).number_format = "@"
        for col in range(8, 8 + len(FEE_COLUMNS)):
            proj.cell(row=i + 1, column=col).number_format = "0.00"
    wb.save(folder / "declaration.xlsx")


def read_xlsx_wan(path: Path) -> dict[str, Any]:
    """Read the workbook back (yuan strings) for the selfcheck."""
    wb = openpyxl.load_workbook(path, data_only=True)
    info = {r[0]: r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    projects = []
    rows = list(wb["项目汇总"].iter_rows(values_only=True))
    head = list(rows[0])
    for r in rows[1:]:
        cell = dict(zip(head, r, strict=True))
        money = {
            key: f"{(Decimal(str(cell[f'{label}（万元）'])) * WAN).quantize(Decimal('0.01')):.2f}"
            for key, label in FEE_COLUMNS
        }
        projects.append(
            {
                "id": f"P{cell['序号']}",
                "name": cell["项目名称"],
                "client": cell["甲方单位"],
                "signed_on": str(cell["合同签订日期"]),
                "accepted_on": str(cell["验收日期"]),
                "fees": {k: v for k, v in money.items() if k not in ("services_total", "contract_amount")},
                "services_total": money["services_total"],
                "contract_amount": money["contract_amount"],
            }
        )
    return {"enterprise": info, "projects": projects}
