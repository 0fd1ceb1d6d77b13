"""Writing a generated declaration as declaration.json or declaration.xlsx (CONTRACT 1.1, 1.2)."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

from .world import World


def _m(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def declaration_dict(world: World) -> dict[str, Any]:
    """The declaration exactly as the facts say (identities hold, nothing planted)."""
    c = world.company
    return {
        "enterprise": {
            "name": c.name,
            "credit_code": c.credit_code,
            "legal_representative": c.legal_rep,
            "registered_capital": _m(c.capital),
            "established_on": c.established.isoformat(),
            "grade": c.grade,
            "inspection_year": world.year,
            "staff": {
                "technical_total": world.staff_total,
                "certified_total": len(world.certs),
                "certificates": [
                    {"holder": r.holder, "certificate": r.certificate, "level": r.level, "number": r.number}
                    for r in world.certs
                ],
            },
        },
        "finance": [
            {
                "year": f.year,
                "operating_revenue": _m(f.revenue),
                "system_integration_revenue": _m(f.si_revenue),
                "net_profit": _m(f.net_profit),
            }
            for f in world.finance
        ],
        "projects": [
            {
                "id": p.id,
                "name": p.name,
                "client": p.client,
                "signed_on": p.signed_on.isoformat(),
                "accepted_on": p.accepted_on.isoformat(),
                "field": p.field,
                "location": p.location,
                "fees": {k: _m(p.fees[k]) for k in FEE_KEYS},
                "services_total": _m(p.services_total),
                "contract_amount": _m(p.contract_amount),
            }
            for p in world.projects
        ],
        "innovations": list(world.innovations),
    }


def write_json(data: dict[str, Any], path: Path) -> None:
    """declaration.json, pretty-printed UTF-8."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


_PROJECT_HEADERS = (
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
)
_MONEY_COLS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    "services_total",
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
    "contract_amount",
)


def _column_value(row: dict[str, Any], key: str) -> Decimal:
    """A money column of a project row: one of the ten fees or one of the two totals."""
    return Decimal(row["fees"][key] if key in row["fees"] else row[key])


def write_xlsx(data: dict[str, Any], path: Path, rng: random.Random, unit: str = "万元") -> None:
    """declaration.xlsx with the three sheets of CONTRACT 1.2; money columns in ``unit`` (元 or 万元)."""
    wb = Workbook()
    ent = data["enterprise"]
    ws = wb.active
    assert ws is not None  # a new workbook always has one sheet
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    staff = ent.get("staff", {})
    for label, value in (
        ("企业名称", ent["name"]),
        ("统一社会信用代码", ent.get("credit_code")),
        ("法定代表人", ent.get("legal_representative")),
        ("注册资本(元)", ent.get("registered_capital")),
        ("成立日期", ent.get("established_on")),
        ("资质等级", ent.get("grade")),
        ("年检年度", ent["inspection_year"]),
        ("技术人员总数", staff.get("technical_total")),
        ("持证人员总数", staff.get("certified_total")),
    ):
        ws.append([label, value])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入(元)", "系统集成收入(元)", "净利润(元)"])
    for f in data["finance"]:
        fin.append(
            [
                f["year"],
                float(f["operating_revenue"]),
                float(f["system_integration_revenue"]),
                float(f["net_profit"]),
            ]
        )
    sheet = wb.create_sheet("项目汇总")
    money_header = "(万元)" if unit == "万元" else rng.choice(["（元）", "(元)"])
    headers = [h + money_header if i >= 7 else h for i, h in enumerate(_PROJECT_HEADERS)]
    sheet.append(headers)
    div = Decimal(10000) if unit == "万元" else Decimal(1)
    for i, p in enumerate(data["projects"], start=1):
        money = [float(_column_value(p, k) / div) for k in _MONEY_COLS]
        sheet.append(
            [i, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"], *money]
        )
    if data.get("innovations"):
        inn = wb.create_sheet("技术创新")
        inn.append(["类型", "名称", "证书编号", "取得日期"])
        for row in data["innovations"]:
            inn.append([row["kind"], row["title"], row.get("number"), row.get("obtained_on")])
    save_reproducibly(wb, path)


_FIXED_TIME = dt.datetime(2025, 1, 15, 10, 30, 0)


def save_reproducibly(wb: Workbook, path: Path) -> None:
    """Save a workbook byte-for-byte the same on every run.

    openpyxl stamps the save time into docProps and zip entries; both are
    fixed here so that regenerating the corpus changes no committed file.
    """
    wb.properties.created = _FIXED_TIME
    wb.properties.modified = _FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2025-01-15T10:30:00Z<", data
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 10, 30, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)
    path.write_bytes(out.getvalue())


def set_fee(row: dict[str, Any], key: str, value: Decimal) -> None:
    """Change one fee of a declared row (as declaration_dict writes it) and recompute both totals,
    so that the identities still hold."""
    row["fees"][key] = f"{value:.2f}"
    row["services_total"] = f"{sum(Decimal(row['fees'][k]) for k in SERVICE_FEE_KEYS):.2f}"
    row["contract_amount"] = f"{sum(Decimal(row['fees'][k]) for k in FEE_KEYS):.2f}"
