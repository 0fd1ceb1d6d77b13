"""The declared form data: built from the scenario's facts, validated, written as JSON or as the
reviewers' workbook export (CONTRACT 1.2), byte-identical for a seed."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS, Declaration

from .deal import Deal
from .numerals import money_text

FIXED_TIME = dt.datetime(2026, 1, 20, 10, 0, 0)
ZIP_TIME = (2026, 1, 20, 10, 0, 0)


@dataclass
class Staff:
    technical_total: int
    certificates: list[tuple[str, str, str]]
    """(holder, certificate, level) rows, one per certified manager."""


@dataclass
class Form:
    """Everything the enterprise typed into the web form."""

    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    grade: str
    year: int
    staff: Staff
    finance: list[tuple[int, Decimal, Decimal, Decimal]]
    rows: list[dict[str, Any]] = field(default_factory=list)
    innovations: list[dict[str, Any]] = field(default_factory=list)
    certified_total: int | None = None


def row(
    deal: Deal, *, location: str, fees: dict[str, Decimal] | None = None, **overrides: Any
) -> dict[str, Any]:
    """A project row as declared: the deal's facts unless ``overrides`` say otherwise."""
    fee_values = {k: (fees or deal.fees).get(k, Decimal(0)) for k in FEE_KEYS}
    services = sum((fee_values[k] for k in SERVICE_FEE_KEYS), Decimal(0))
    total = sum(fee_values.values(), Decimal(0))
    out: dict[str, Any] = {
        "id": deal.pid,
        "name": deal.name,
        "client": deal.client.name,
        "signed_on": deal.signed_on.isoformat(),
        "accepted_on": deal.accepted_on.isoformat(),
        "field": deal.field_name,
        "location": location,
        "fees": {k: money_text(v) for k, v in fee_values.items()},
        "services_total": money_text(services),
        "contract_amount": money_text(total),
    }
    for key, value in overrides.items():
        out[key] = money_text(value) if isinstance(value, Decimal) else value
    return out


def to_json(form: Form) -> dict[str, Any]:
    data: dict[str, Any] = {
        "enterprise": {
            "name": form.name,
            "credit_code": form.credit_code,
            "legal_representative": form.legal_rep,
            "registered_capital": money_text(form.capital),
            "established_on": form.established.isoformat(),
            "grade": form.grade,
            "inspection_year": form.year,
            "staff": {
                "technical_total": form.staff.technical_total,
                "certified_total": form.certified_total
                if form.certified_total is not None
                else len(form.staff.certificates),
                "certificates": [
                    {"holder": h, "certificate": c, "level": lv} for h, c, lv in form.staff.certificates
                ],
            },
        },
        "finance": [
            {
                "year": y,
                "operating_revenue": money_text(r),
                "system_integration_revenue": money_text(i),
                "net_profit": money_text(p),
            }
            for y, r, i, p in form.finance
        ],
        "projects": form.rows,
    }
    if form.innovations:
        data["innovations"] = form.innovations
    Declaration.model_validate(data)
    return data


def write_json(folder: Path, form: Form) -> None:
    text = json.dumps(to_json(form), ensure_ascii=False, indent=2) + "\n"
    (folder / "declaration.json").write_text(text, encoding="utf-8")


PROJECT_HEADERS = (
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
MONEY_COLUMNS = dict(zip(PROJECT_HEADERS[7:13], SERVICE_FEE_KEYS, strict=True)) | {
    "软件和信息技术服务费合计": "services_total",
    "自制硬件费": "self_made_hardware",
    "硬件购置费": "hardware_purchase",
    "软件购置费": "software_purchase",
    "其他": "other",
    "合同金额": "contract_amount",
}


def write_xlsx(folder: Path, form: Form, *, unit: str = "万元") -> None:
    """The reviewers' export: 企业信息, 经营情况, 项目汇总; money headers carry ``unit`` (万元 or 元)."""
    data = to_json(form)
    scale = Decimal(10000) if unit == "万元" else Decimal(1)
    paren = "（{}）" if unit == "元" else "({})"

    def money(text: str) -> float | Decimal:
        value = Decimal(text) / scale
        # A cell keeps a number; 万元 figures carry up to six decimals, exactly as typed.
        return float(value.normalize()) if unit == "万元" else float(value)

    wb = openpyxl.Workbook()
    sheet = wb.active
    if sheet is None:
        raise RuntimeError("openpyxl made a workbook without a sheet")
    sheet.title = "企业信息"
    e = data["enterprise"]
    sheet.append(["字段", "值"])
    for label, value in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本（元）", float(Decimal(e["registered_capital"]))),
        ("成立日期", e["established_on"]),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
        ("持证人员总数", e["staff"]["certified_total"]),
    ):
        sheet.append([label, value])
    finance = wb.create_sheet("经营情况")
    finance.append(
        [
            "年度",
            f"营业收入{paren.format(unit)}",
            f"系统集成收入{paren.format(unit)}",
            f"净利润{paren.format(unit)}",
        ]
    )
    for f in data["finance"]:
        finance.append(
            [
                f["year"],
                money(f["operating_revenue"]),
                money(f["system_integration_revenue"]),
                money(f["net_profit"]),
            ]
        )
    projects = wb.create_sheet("项目汇总")
    projects.append([h + paren.format(unit) if h in MONEY_COLUMNS else h for h in PROJECT_HEADERS])
    for k, p in enumerate(data["projects"], start=1):
        fees = p["fees"]
        values: list[Any] = [
            k,
            p["name"],
            p["client"],
            p["signed_on"],
            p["accepted_on"],
            p["field"],
            p["location"],
        ]
        for header in PROJECT_HEADERS[7:]:
            key = MONEY_COLUMNS[header]
            values.append(money(fees[key] if key in fees else p[key]))
        projects.append(values)
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "xjsia-export"
    buffer = io.BytesIO()
    wb.save(buffer)
    (folder / "declaration.xlsx").write_bytes(fixed_zip(buffer.getvalue()))


def fixed_zip(data: bytes) -> bytes:
    """The same archive with every entry's time fixed, so a seed writes identical bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-20T10:00:00Z", body)
                body = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2026-01-20T10:00:00Z", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, body)
    return out.getvalue()
