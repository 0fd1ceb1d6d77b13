"""Declarations as the form exports them: declaration.json, or the reviewers' workbook (.xlsx) with 元 or
万元 headers, a merged title row and a blank row between projects."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from jianzheng.models import Declaration

from .firmdata import FEE_KEYS, Firm, Project
from .numerals import truth_money

FIXED_ZIP_TIME = (2026, 1, 15, 9, 30, 0)


def row(p: Project, merged: list[Project] | None = None) -> dict[str, Any]:
    """One declared project row; ``merged`` rows add the fees of several contracts (CONTRACT 1.1)."""
    parts = merged or [p]
    fees = {k: sum((q.fees[k] for q in parts), Decimal(0)) for k in FEE_KEYS}
    services = sum((fees[k] for k in FEE_KEYS[:6]), Decimal(0))
    total = sum(fees.values(), Decimal(0))
    return {
        "id": p.id,
        "name": p.name,
        "client": p.client,
        "signed_on": p.signed_on.isoformat(),
        "accepted_on": p.accepted_on.isoformat(),
        "field": p.field,
        "location": p.location,
        "fees": {k: truth_money(v) for k, v in fees.items()},
        "services_total": truth_money(services),
        "contract_amount": truth_money(total),
    }


def declaration(
    firm: Firm,
    year: int,
    rows: list[dict[str, Any]],
    revenue: Decimal | None = None,
    legal_rep: str | None = None,
) -> dict[str, Any]:
    data = {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.credit_code,
            "legal_representative": legal_rep or firm.legal_rep,
            "registered_capital": truth_money(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": firm.grade,
            "inspection_year": year,
            "staff": {
                "technical_total": firm.technical_total,
                "certified_total": firm.certified_total,
                "certificates": firm.certificates,
            },
        },
        "finance": [
            {
                "year": year,
                "operating_revenue": truth_money(firm.revenue if revenue is None else revenue),
                "system_integration_revenue": truth_money(firm.si_revenue),
                "net_profit": truth_money(firm.net_profit),
            }
        ],
        "projects": rows,
    }
    Declaration.model_validate(data)
    return data


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


HEADERS = [
    "序号",
    "项目名称",
    "甲方单位",
    "合同签订日期",
    "验收日期",
    "项目所属领域",
    "项目实施地",
    "软件开发费",
    "咨询设计费",
    "集成实施费",
    "运行维护费",
    "数据处理费",
    "运营服务费",
    "软件和信息技术服务费合计",
    "自制硬件费",
    "硬件购置费",
    "软件购置费",
    "其他",
    "合同金额",
]


def write_xlsx(
    path: Path, data: dict[str, Any], unit: str = "元", wan_decimals: int = 6, blank_rows: bool = True
) -> None:
    """The reviewers' workbook; in 万元 every money cell is the yuan value / 10000 (up to 6 decimals)."""
    wb = Workbook()
    ent = data["enterprise"]
    ws = wb.active
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    for label, value in [
        ("企业名称", ent["name"]),
        ("统一社会信用代码", ent["credit_code"]),
        ("法定代表人", ent["legal_representative"]),
        ("注册资本", ent["registered_capital"]),
        ("成立日期", ent["established_on"]),
        ("资质等级", ent["grade"]),
        ("年检年度", ent["inspection_year"]),
        ("技术人员总数", ent["staff"]["technical_total"]),
        ("持证人员总数", ent["staff"]["certified_total"]),
    ]:
        ws.append([label, value])
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
    money_cols = set(HEADERS[7:])
    pj.append([f"{ent['inspection_year']}年度计算机信息系统集成项目汇总表"] + [None] * (len(HEADERS) - 1))
    pj.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    suffix = "（万元）" if unit == "万元" else "（元）"
    pj.append([h + suffix if h in money_cols else h for h in HEADERS])
    for i, p in enumerate(data["projects"], 1):
        vals = [p["fees"][k] for k in FEE_KEYS]
        money = [*vals[:6], p["services_total"], *vals[6:], p["contract_amount"]]
        conv = []
        for m in money:
            v = Decimal(m)
            conv.append(
                float((v / 10000).quantize(Decimal(1).scaleb(-wan_decimals))) if unit == "万元" else float(v)
            )
        pj.append(
            [i, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"], *conv]
        )
        if blank_rows and i < len(data["projects"]):
            pj.append([None] * len(HEADERS))
    wb.properties.created = dt.datetime(2026, 1, 15, 9, 30)
    wb.properties.modified = dt.datetime(2026, 1, 15, 9, 30)
    wb.properties.creator = "admin"
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue()))


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry times so the same seed gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = info.external_attr
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified whatever the properties say
                body = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-01-15T09:30:00Z\g<2>",
                    body,
                )
            dst.writestr(new, body)
    return out.getvalue()
