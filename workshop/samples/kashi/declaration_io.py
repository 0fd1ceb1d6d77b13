"""Write the declaration as declaration.json or as the reviewers' workbook (CONTRACT 1.2)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from .output import fix_zip_times

PROJECT_HEADERS = (
    ("序号", None),
    ("项目名称", "name"),
    ("甲方单位", "client"),
    ("合同签订日期", "signed_on"),
    ("验收日期", "accepted_on"),
    ("项目所属领域", "field"),
    ("项目实施地", "location"),
    ("软件开发费(万元)", "fees.software_development"),
    ("咨询设计费(万元)", "fees.consulting_design"),
    ("集成实施费(万元)", "fees.integration_implementation"),
    ("运行维护费(万元)", "fees.operation_maintenance"),
    ("数据处理费(万元)", "fees.data_processing"),
    ("运营服务费(万元)", "fees.operation_service"),
    ("软件和信息技术服务费合计(万元)", "services_total"),
    ("自制硬件费(万元)", "fees.self_made_hardware"),
    ("硬件购置费(万元)", "fees.hardware_purchase"),
    ("软件购置费(万元)", "fees.software_purchase"),
    ("其他(万元)", "fees.other"),
    ("合同金额(万元)", "contract_amount"),
)


def write_json(declaration: dict[str, Any], path: Path) -> None:
    """declaration.json, pretty-printed in UTF-8."""
    path.write_text(json.dumps(declaration, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _wan(value: str) -> float:
    """Yuan string → 万元 number with at most six decimals (exact for whole yuan)."""
    return float(Decimal(value) / 10000)


def write_xlsx(declaration: dict[str, Any], path: Path) -> None:
    """declaration.xlsx with sheets 企业信息, 经营情况, 项目汇总 (money in 万元) and 持证人员."""
    book = Workbook()
    info = book.active
    info.title = "企业信息"
    e = declaration["enterprise"]
    info.append(["字段", "值"])
    for label, value in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本（元）", e["registered_capital"]),
        ("成立日期", e["established_on"]),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
        ("持证人员总数", e["staff"]["certified_total"]),
    ):
        info.append([label, value])
    finance = book.create_sheet("经营情况")
    finance.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in declaration["finance"]:
        finance.append(
            [row["year"], row["operating_revenue"], row["system_integration_revenue"], row["net_profit"]]
        )
    projects = book.create_sheet("项目汇总")
    projects.append([h for h, _ in PROJECT_HEADERS])
    for k, row in enumerate(declaration["projects"], start=1):
        values: list[Any] = []
        for header, key in PROJECT_HEADERS:
            if key is None:
                values.append(k)
            elif key.startswith("fees."):
                values.append(_wan(row["fees"][key[5:]]))
            elif header.endswith("(万元)"):
                values.append(_wan(row[key]))
            else:
                values.append(row[key])
        projects.append(values)
    staff = book.create_sheet("持证人员")
    staff.append(["姓名", "证书名称", "等级", "证书编号"])
    for cert in e["staff"]["certificates"]:
        staff.append([cert["holder"], cert["certificate"], cert["level"], cert["number"]])
    book.properties.creator = "xjsia"
    book.save(path)
    fix_zip_times(path)
