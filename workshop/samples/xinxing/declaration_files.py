"""The declaration as the web form exports it: declaration.json, or declaration.xlsx in 元 or 万元."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from jianzheng.models import FEE_KEYS, SERVICE_FEE_KEYS

from .scenarios import Filing
from .spelling import plain

FEE_HEADERS = ("软件开发费", "咨询设计费", "集成实施费", "运行维护费", "数据处理费", "运营服务费")
HARDWARE_HEADERS = ("自制硬件费", "硬件购置费", "软件购置费", "其他")
ENTERPRISE_KEYS = (
    "name",
    "credit_code",
    "legal_representative",
    "registered_capital",
    "established_on",
    "grade",
    "inspection_year",
    "technical_total",
    "certified_total",
)
ENTERPRISE_LABELS = (
    "企业名称",
    "统一社会信用代码",
    "法定代表人",
    "注册资本",
    "成立日期",
    "资质等级",
    "年检年度",
    "技术人员总数",
    "持证人员总数",
)


def declaration_of(filing: Filing) -> dict[str, Any]:
    """The declaration as JSON data (money strings in 元 with two decimals, ISO dates)."""
    firm = filing.firm
    st = firm.statement
    projects = []
    for p in filing.projects:
        fees = {key: plain(p.declared_fees[key]) for key in FEE_KEYS}
        services = sum((p.declared_fees[key] for key in SERVICE_FEE_KEYS), Decimal(0))
        projects.append(
            {
                "id": p.pid,
                "name": p.name,
                "client": p.declared_client,
                "signed_on": p.signed_on.isoformat(),
                "accepted_on": (p.declared_accepted_on or p.accepted_on).isoformat(),
                "field": p.sector,
                "location": p.location,
                "fees": fees,
                "services_total": plain(services),
                "contract_amount": plain(p.declared_amount),
            }
        )
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.party.credit_code,
            "legal_representative": firm.legal_rep,
            "registered_capital": plain(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": firm.grade,
            "inspection_year": 2024,
            "staff": {
                "technical_total": firm.technical_total,
                "certified_total": len(firm.certificates),
                "certificates": [
                    {"holder": h, "certificate": c, "level": lv, "number": n}
                    for h, c, lv, n in firm.certificates
                ],
            },
        },
        "finance": [
            {
                "year": 2024,
                "operating_revenue": plain(st.revenue),
                "system_integration_revenue": plain(st.revenue_si),
                "net_profit": plain(st.net_profit),
            }
        ],
        "projects": projects,
    }


def _number(text: str, unit: str) -> float | int:
    value = Decimal(text)
    if unit == "万元":
        scaled = value / 10000
        if scaled != scaled.quantize(Decimal("0.0001")):
            raise ValueError(f"{text} yuan is not exact in 万元 with four decimals")
        return float(scaled)
    return float(value)


def write_xlsx(data: dict[str, Any], path: Path, unit: str) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "企业信息"
    ent = data["enterprise"]
    sheet.append(["字段", "值"])
    values = (
        ent["name"],
        ent["credit_code"],
        ent["legal_representative"],
        float(Decimal(ent["registered_capital"])),
        ent["established_on"],
        ent["grade"],
        ent["inspection_year"],
        ent["staff"]["technical_total"],
        ent["staff"]["certified_total"],
    )
    for label, value in zip(ENTERPRISE_LABELS, values, strict=True):
        sheet.append([label, value])
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 40
    fin = book.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in data["finance"]:
        fin.append(
            [
                row["year"],
                float(Decimal(row["operating_revenue"])),
                float(Decimal(row["system_integration_revenue"])),
                float(Decimal(row["net_profit"])),
            ]
        )
    proj = book.create_sheet("项目汇总")
    suffix = f"（{unit}）"
    money = [h + suffix for h in (*FEE_HEADERS, "软件和信息技术服务费合计", *HARDWARE_HEADERS, "合同金额")]
    proj.append(
        ["序号", "项目名称", "甲方单位", "合同签订日期", "验收日期", "项目所属领域", "项目实施地", *money]
    )
    for i, p in enumerate(data["projects"], start=1):
        fees = p["fees"]
        amounts = (
            [fees[k] for k in SERVICE_FEE_KEYS]
            + [p["services_total"]]
            + [fees[k] for k in FEE_KEYS[6:]]
            + [p["contract_amount"]]
        )
        proj.append(
            [
                i,
                p["name"],
                p["client"],
                p["signed_on"],
                p["accepted_on"],
                p["field"],
                p["location"],
                *[_number(a, unit) for a in amounts],
            ]
        )
    number_format = "#,##0.0000" if unit == "万元" else "#,##0.00"
    for row in proj.iter_rows(min_row=2, min_col=8):
        for cell in row:
            cell.number_format = number_format
    certs = book.create_sheet("持证人员")
    certs.append(["姓名", "证书名称", "级别", "证书编号"])
    for c in ent["staff"]["certificates"]:
        certs.append([c["holder"], c["certificate"], c["level"], c["number"]])
    book.properties.creator = "xjsia-shenbao"
    book.save(path)


def write_declaration(filing: Filing, folder: Path) -> None:
    data = declaration_of(filing)
    if filing.knobs.decl == "json":
        (folder / "declaration.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    else:
        write_xlsx(data, folder / "declaration.xlsx", "万元" if filing.knobs.decl == "xlsx_wan" else "元")


def read_workbook(path: Path) -> dict[str, Any]:
    """The declaration workbook back as JSON data (money in 元, strings with two decimals)."""
    book = load_workbook(path, data_only=True)
    info = {row[0]: row[1] for row in book["企业信息"].iter_rows(min_row=2, values_only=True)}
    ent = dict(zip(ENTERPRISE_KEYS, (info[label] for label in ENTERPRISE_LABELS), strict=True))
    certs = [
        {"holder": h, "certificate": c, "level": lv, "number": n}
        for h, c, lv, n in book["持证人员"].iter_rows(min_row=2, values_only=True)
    ]

    def money(value: Any, header: str) -> str:
        amount = Decimal(str(value))
        return plain(amount * 10000 if "万元" in header else amount)

    enterprise = {
        "name": ent["name"],
        "credit_code": ent["credit_code"],
        "legal_representative": ent["legal_representative"],
        "registered_capital": money(ent["registered_capital"], ""),
        "established_on": ent["established_on"],
        "grade": ent["grade"],
        "inspection_year": ent["inspection_year"],
        "staff": {
            "technical_total": ent["technical_total"],
            "certified_total": ent["certified_total"],
            "certificates": certs,
        },
    }
    finance = [
        {
            "year": y,
            "operating_revenue": money(r, ""),
            "system_integration_revenue": money(si, ""),
            "net_profit": money(n, ""),
        }
        for y, r, si, n in book["经营情况"].iter_rows(min_row=2, values_only=True)
    ]
    rows = list(book["项目汇总"].iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    projects = []
    for row in rows[1:]:
        cell = dict(zip(header, row, strict=True))
        by_name = {h.split("（")[0]: (h, v) for h, v in cell.items()}
        fee_names = [*FEE_HEADERS, *HARDWARE_HEADERS]
        fee_keys = [*SERVICE_FEE_KEYS, *FEE_KEYS[6:]]
        projects.append(
            {
                "id": f"P{cell['序号']}",
                "name": cell["项目名称"],
                "client": cell["甲方单位"],
                "signed_on": cell["合同签订日期"],
                "accepted_on": cell["验收日期"],
                "field": cell["项目所属领域"],
                "location": cell["项目实施地"],
                "fees": {
                    k: money(by_name[n][1], by_name[n][0]) for k, n in zip(fee_keys, fee_names, strict=True)
                },
                "services_total": money(
                    by_name["软件和信息技术服务费合计"][1], by_name["软件和信息技术服务费合计"][0]
                ),
                "contract_amount": money(by_name["合同金额"][1], by_name["合同金额"][0]),
            }
        )
    return {"enterprise": enterprise, "finance": finance, "projects": projects}
