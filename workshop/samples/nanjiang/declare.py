"""The declaration: declaration.json (CONTRACT 1.1) or declaration.xlsx (CONTRACT 1.2)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from .contracts import FEE_LABELS
from .model import Deal, Finance, Firm
from .numerals import s2

FEE_KEYS = list(FEE_LABELS)
SERVICE_KEYS = FEE_KEYS[:6]


def services_total(fees: dict[str, Decimal]) -> Decimal:
    return sum((fees.get(k, Decimal(0)) for k in SERVICE_KEYS), Decimal(0))


def declaration(
    firm: Firm, year: int, finance: list[Finance], rows: list[Deal], as_numbers: bool = False
) -> dict[str, Any]:
    def m(v: Decimal) -> str | float:
        return float(s2(v)) if as_numbers else s2(v)

    projects = []
    for d in rows:
        projects.append(
            {
                "id": d.pid,
                "name": d.name,
                "client": d.client,
                "signed_on": d.signed.isoformat(),
                "accepted_on": d.accepted.isoformat() if d.accepted else None,
                "field": d.field,
                "location": d.location,
                "fees": {k: m(d.fees.get(k, Decimal(0))) for k in FEE_KEYS},
                "services_total": m(services_total(d.fees)),
                "contract_amount": m(d.amount),
            }
        )
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.credit_code,
            "legal_representative": firm.legal_rep,
            "registered_capital": s2(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": firm.grade,
            "inspection_year": year,
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
                "year": f.year,
                "operating_revenue": m(f.revenue),
                "system_integration_revenue": m(f.si_revenue),
                "net_profit": m(f.net_profit),
            }
            for f in finance
        ],
        "projects": projects,
    }


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


XLSX_FEES = ["软件开发费", "咨询设计费", "集成实施费", "运行维护费", "数据处理费", "运营服务费"]
XLSX_GOODS = ["自制硬件费", "硬件购置费", "软件购置费", "其他"]


def write_xlsx(path: Path, data: dict[str, Any], unit: str) -> None:
    """unit: "万元" (every money header of 项目汇总 in 万元, two decimals) or "元"."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    e = data["enterprise"]
    ws.append(["字段", "值"])
    for label, value in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本", float(e["registered_capital"])),
        ("成立日期", e["established_on"]),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
        ("持证人员总数", e["staff"]["certified_total"]),
    ):
        ws.append([label, value])
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 44
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for f in data["finance"]:
        fin.append(
            [
                f["year"],
                float(f["operating_revenue"]),
                float(f["system_integration_revenue"]),
                float(f["net_profit"]),
            ]
        )
    pj = wb.create_sheet("项目汇总")
    u = "(万元)" if unit == "万元" else "（元）"
    money_heads = [*XLSX_FEES, "软件和信息技术服务费合计", *XLSX_GOODS, "合同金额"]
    pj.append(
        [
            "序号",
            "项目名称",
            "甲方单位",
            "合同签订日期",
            "验收日期",
            "项目所属领域",
            "项目实施地",
            *[h + u for h in money_heads],
        ]
    )
    for i, p in enumerate(data["projects"], 1):
        fees = p["fees"]
        vals = (
            [fees[k] for k in FEE_KEYS[:6]]
            + [p["services_total"]]
            + [fees[k] for k in FEE_KEYS[6:]]
            + [p["contract_amount"]]
        )
        conv = []
        for v in vals:
            d = Decimal(str(v))
            if unit == "万元":
                # Two decimals where the amount is whole hundreds (the usual form); more where it is
                # not, as a form keeps what the enterprise typed (seeds 5 and 6: a fee of 39350.00).
                w = d / 10000
                conv.append(float(w.quantize(Decimal("0.01")) if w == w.quantize(Decimal("0.01")) else w))
            else:
                conv.append(float(d))
        signed = dt.date.fromisoformat(p["signed_on"])
        accepted = dt.date.fromisoformat(p["accepted_on"]) if p["accepted_on"] else None
        pj.append([i, p["name"], p["client"], signed, accepted, p["field"], p["location"], *conv])
    for cell in pj[1]:
        cell.font = Font(bold=True)
    pj.column_dimensions["B"].width = 40
    pj.column_dimensions["C"].width = 30
    if e["staff"]["certificates"]:
        cs = wb.create_sheet("管理人员证书")
        cs.append(["姓名", "证书名称", "等级", "证书编号"])
        for c in e["staff"]["certificates"]:
            cs.append([c["holder"], c["certificate"], c["level"], c["number"]])
    wb.save(path)
