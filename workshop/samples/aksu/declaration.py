"""The declaration as the enterprise filed it: ``declaration.json`` or the reviewers' workbook.

The workbook follows CONTRACT 1.2: sheets 企业信息 (字段, 值), 经营情况 and 项目汇总 with
the contract's headers, money headers in 元 or 万元. A fourth sheet 人员证书 lists the
certified managers, as the web system's export does.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from .world import Company, Project

FEE_ORDER = (
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
FEE_HEADERS = ("软件开发费", "咨询设计费", "集成实施费", "运行维护费", "数据处理费", "运营服务费")
HW_HEADERS = ("自制硬件费", "硬件购置费", "软件购置费", "其他")


def _m(v: Decimal) -> str:
    return f"{v:.2f}"


def build(
    co: Company,
    grade: str,
    staff: tuple[int, list[tuple[str, str, str, str]]],
    finance: list[tuple[int, Decimal, Decimal, Decimal]],
    projects: list[Project],
    innovations: list[dict[str, str]] | None = None,
    name: str = "",
) -> dict[str, Any]:
    """The declaration dict (CONTRACT 1.1); ``name`` overrides the enterprise name declared."""
    technical, certs = staff
    decl: dict[str, Any] = {
        "enterprise": {
            "name": name or co.name,
            "credit_code": co.credit_code,
            "legal_representative": co.legal_rep,
            "registered_capital": _m(co.capital),
            "established_on": co.established.isoformat(),
            "grade": grade,
            "inspection_year": 2025,
            "staff": {
                "technical_total": technical,
                "certified_total": len(certs),
                "certificates": [
                    {"holder": h, "certificate": c, "level": lv, "number": n} for h, c, lv, n in certs
                ],
            },
        },
        "finance": [
            {"year": y, "operating_revenue": _m(r), "system_integration_revenue": _m(s), "net_profit": _m(n)}
            for y, r, s, n in finance
        ],
        "projects": [],
    }
    for p in projects:
        fees = {k: _m(p.fees.get(k)) for k in FEE_ORDER}
        decl["projects"].append(
            {
                "id": p.id,
                "name": p.name,
                "client": p.client.name,
                "signed_on": p.signed.isoformat(),
                "accepted_on": p.accepted.isoformat(),
                "field": p.field,
                "location": p.location,
                "fees": fees,
                "services_total": _m(p.fees.services()),
                "contract_amount": _m(p.fees.total()),
            }
        )
    if innovations:
        decl["innovations"] = innovations
    return decl


def write_declaration(decl: dict[str, Any], folder: Path, fmt: str) -> None:
    """Write ``declaration.json`` or ``declaration.xlsx`` (fmt xlsx_yuan / xlsx_wan) into ``folder``."""
    if fmt == "json":
        (folder / "declaration.json").write_text(
            json.dumps(decl, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        return
    from .filing import normalise_zip

    wan = fmt == "xlsx_wan"
    unit = "（万元）" if wan else "（元）"

    def money(v: str) -> float | str:
        d = Decimal(v)
        # 万元 with two decimals: the scenarios keep such figures at whole hundreds of yuan
        return float(d / 10000) if wan else float(d)

    e = decl["enterprise"]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    for label, value in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本" + unit, money(e["registered_capital"])),
        ("成立日期", dt.date.fromisoformat(e["established_on"])),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
        ("持证人员总数", e["staff"]["certified_total"]),
    ):
        ws.append([label, value])
    ws2 = wb.create_sheet("经营情况")
    ws2.append(["年度", "营业收入" + unit, "系统集成收入" + unit, "净利润" + unit])
    for f in decl["finance"]:
        ws2.append(
            [
                f["year"],
                money(f["operating_revenue"]),
                money(f["system_integration_revenue"]),
                money(f["net_profit"]),
            ]
        )
    ws3 = wb.create_sheet("项目汇总")
    ws3.append(
        [
            "序号",
            "项目名称",
            "甲方单位",
            "合同签订日期",
            "验收日期",
            "项目所属领域",
            "项目实施地",
            *[h + unit for h in FEE_HEADERS],
            "软件和信息技术服务费合计" + unit,
            *[h + unit for h in HW_HEADERS],
            "合同金额" + unit,
        ]
    )
    for i, p in enumerate(decl["projects"], 1):
        fees = [money(p["fees"][k]) for k in FEE_ORDER]
        ws3.append(
            [
                i,
                p["name"],
                p["client"],
                dt.date.fromisoformat(p["signed_on"]),
                dt.date.fromisoformat(p["accepted_on"]),
                p["field"],
                p["location"],
                *fees[:6],
                money(p["services_total"]),
                *fees[6:],
                money(p["contract_amount"]),
            ]
        )
    for row in ws3.iter_rows(min_row=2):
        for c in row[3:5]:
            c.number_format = "yyyy-mm-dd"
    ws4 = wb.create_sheet("人员证书")
    ws4.append(["姓名", "证书名称", "等级", "证书编号"])
    for c in e["staff"]["certificates"]:
        ws4.append([c["holder"], c["certificate"], c["level"], c["number"]])
    wb.properties.creator = "年检申报系统"
    wb.properties.created = dt.datetime(2026, 2, 12, 9, 30)
    wb.properties.modified = dt.datetime(2026, 2, 12, 9, 30)
    buf = io.BytesIO()
    wb.save(buf)
    (folder / "declaration.xlsx").write_bytes(normalise_zip(buf.getvalue()))
