"""The declaration of a fresh submission, as declaration.json or as the reviewers' workbook."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

FEE_COLUMNS = (
    ("软件开发费", "software_development"),
    ("咨询设计费", "consulting_design"),
    ("集成实施费", "integration_implementation"),
    ("运行维护费", "operation_maintenance"),
    ("数据处理费", "data_processing"),
    ("运营服务费", "operation_service"),
    ("软件和信息技术服务费合计", "services_total"),
    ("自制硬件费", "self_made_hardware"),
    ("硬件购置费", "hardware_purchase"),
    ("软件购置费", "software_purchase"),
    ("其他", "other"),
    ("合同金额", "contract_amount"),
)


def write_json(folder: Path, declaration: dict[str, Any]) -> None:
    (folder / "declaration.json").write_text(
        json.dumps(declaration, ensure_ascii=False, indent=2), encoding="utf-8"
    )


def write_xlsx(folder: Path, declaration: dict[str, Any], wan: bool) -> None:
    """The workbook: 企业信息 (字段, 值), 经营情况, 项目汇总; money columns in 万元 when ``wan``."""
    ent = declaration["enterprise"]
    wb = openpyxl.Workbook()
    info = wb.active
    assert info is not None
    info.title = "企业信息"
    info.append(["字段", "值"])
    for label, value in (
        ("企业名称", ent["name"]),
        ("统一社会信用代码", ent["credit_code"]),
        ("法定代表人", ent["legal_representative"]),
        ("注册资本(元)", ent["registered_capital"]),
        ("成立日期", ent["established_on"]),
        ("资质等级", ent["grade"]),
        ("年检年度", ent["inspection_year"]),
        ("技术人员总数", ent["staff"]["technical_total"]),
        ("持证人员总数", ent["staff"]["certified_total"]),
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
    sheet = wb.create_sheet("项目汇总")
    unit = "（万元）" if wan else "（元）"
    sheet.append(
        [
            "序号",
            "项目名称",
            "甲方单位",
            "合同签订日期",
            "验收日期",
            "项目所属领域",
            "项目实施地",
            *(label + unit for label, _ in FEE_COLUMNS),
        ]
    )
    for k, p in enumerate(declaration["projects"], 1):
        values = []
        for _, key in FEE_COLUMNS:
            raw = Decimal(p[key] if key in ("services_total", "contract_amount") else p["fees"][key])
            if wan:
                assert raw % 100 == 0, f"{key} {raw} is not a whole 100 yuan"
                values.append(float(raw / 10000))
            else:
                values.append(float(raw))
        sheet.append(
            [k, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"], *values]
        )
    wb.save(folder / "declaration.xlsx")
