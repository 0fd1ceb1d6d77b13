"""The declaration (CONTRACT 1.1, 1.2): built as the project's ``Declaration`` model so that a
mistake here fails at generation, then written as declaration.json or as the reviewers'
declaration.xlsx export."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS, Declaration

GRADE_RULES = {
    "甲": (40, 12, 30_000_000),
    "乙": (30, 8, 10_000_000),
    "丙": (20, 5, 5_000_000),
    "丁": (6, 0, 0),
}
"""Seed 000 (2024 procedure, 基本信息 and 项目汇总): technical staff, certified managers and the
three-year project total each grade must reach."""

CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("网络规划设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("信息系统监理师", "中级"),
    ("信息系统管理工程师", "中级"),
    ("软件设计师", "中级"),
)


def fee_split(total: Decimal, kind: str, rng: random.Random) -> dict[str, Decimal]:
    """The ten fees of a row, in whole hundreds of yuan, adding up to ``total``."""
    shapes = {
        "software": {
            "software_development": (0.5, 0.7),
            "consulting_design": (0.0, 0.08),
            "integration_implementation": (0.1, 0.2),
        },
        "service": {
            "software_development": (0.45, 0.6),
            "integration_implementation": (0.15, 0.25),
            "consulting_design": (0.02, 0.06),
        },
        "integration": {
            "hardware_purchase": (0.45, 0.62),
            "software_purchase": (0.03, 0.08),
            "integration_implementation": (0.14, 0.22),
        },
        "epc": {
            "consulting_design": (0.03, 0.05),
            "hardware_purchase": (0.5, 0.58),
            "integration_implementation": (0.18, 0.24),
            "software_development": (0.08, 0.12),
        },
        "priced": {
            "hardware_purchase": (0.4, 0.55),
            "software_development": (0.15, 0.25),
            "integration_implementation": (0.1, 0.15),
        },
    }
    rest_key = {
        "software": "operation_maintenance",
        "service": "operation_maintenance",
        "integration": "software_development",
        "epc": "other",
        "priced": "operation_maintenance",
    }[kind]
    out = {k: Decimal(0) for k in FEE_KEYS}
    used = Decimal(0)
    for key, (lo, hi) in shapes[kind].items():
        v = (total * Decimal(str(round(rng.uniform(lo, hi), 4))) / 100).quantize(
            Decimal(1), rounding=ROUND_HALF_UP
        ) * 100
        out[key] = v
        used += v
    out[rest_key] += total - used
    assert out[rest_key] >= 0 and sum(out.values()) == total
    return out


def project_row(
    pid: str,
    name: str,
    client: str,
    signed: dt.date,
    accepted: dt.date,
    field: str,
    location: str,
    fees: dict[str, Decimal],
) -> dict[str, Any]:
    services = sum((fees[k] for k in SERVICE_FEE_KEYS), Decimal(0))
    return {
        "id": pid,
        "name": name,
        "client": client,
        "signed_on": signed.isoformat(),
        "accepted_on": accepted.isoformat(),
        "field": field,
        "location": location,
        "fees": {k: f"{fees[k]:.2f}" for k in FEE_KEYS},
        "services_total": f"{services:.2f}",
        "contract_amount": f"{sum(fees.values(), Decimal(0)):.2f}",
    }


def staff(grade: str, rng: random.Random, people: list[str], year: int = 2024) -> dict[str, Any]:
    tech_min, cert_min, _ = GRADE_RULES[grade]
    technical = tech_min + rng.randint(2, 14)
    certified = cert_min + rng.randint(1 if cert_min else 0, 4)
    certificates = []
    for i in range(certified):
        title, level = rng.choice(CERTS)
        passed = rng.randint(2010, min(2023, year - 1))
        certificates.append(
            {
                "holder": people[i % len(people)],
                "certificate": title,
                "level": level,
                "number": f"{passed}{'HX'[i % 2]}{rng.randint(10**8, 10**9 - 1)}",
            }
        )
    return {"technical_total": technical, "certified_total": certified, "certificates": certificates}


def build(data: dict[str, Any]) -> Declaration:
    return Declaration.model_validate(data)


def write_json(decl: Declaration, path: Path) -> None:
    path.write_text(json.dumps(decl.model_dump(mode="json"), ensure_ascii=False, indent=2), encoding="utf-8")


MONEY_HEADERS = (
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


def write_xlsx(decl: Declaration, path: Path, wan: bool) -> None:
    """The reviewers' export: 企业信息 (字段, 值), 经营情况, 项目汇总. ``wan``: project money columns
    headed 万元 with values in 万元 (the amounts must then be whole hundreds of yuan)."""
    from openpyxl import Workbook

    e = decl.enterprise
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    for label, value in (
        ("企业名称", e.name),
        ("统一社会信用代码", e.credit_code),
        ("法定代表人", e.legal_representative),
        ("注册资本（元）", float(e.registered_capital) if e.registered_capital is not None else None),
        ("成立日期", e.established_on),
        ("资质等级", e.grade.value if e.grade else None),
        ("年检年度", e.inspection_year),
        ("技术人员总数", e.staff.technical_total),
        ("持证人员总数", e.staff.certified_total),
    ):
        ws.append([label, value])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 46
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入（元）", "系统集成收入（元）", "净利润（元）"])
    for f in decl.finance:
        fin.append(
            [
                f.year,
                *(
                    float(v) if v is not None else None
                    for v in (f.operating_revenue, f.system_integration_revenue, f.net_profit)
                ),
            ]
        )
    for row in fin.iter_rows(min_row=2, min_col=2):
        for c in row:
            c.number_format = "#,##0.00"
    pr = wb.create_sheet("项目汇总")
    unit = "(万元)" if wan else "(元)"
    pr.append(
        [
            "序号",
            "项目名称",
            "甲方单位",
            "合同签订日期",
            "验收日期",
            "项目所属领域",
            "项目实施地",
            *(h + unit for h in MONEY_HEADERS),
        ]
    )
    for i, p in enumerate(decl.projects, start=1):
        fees = (
            [getattr(p.fees, k) for k in FEE_KEYS[:6]]
            + [p.services_total]
            + [getattr(p.fees, k) for k in FEE_KEYS[6:]]
            + [p.contract_amount]
        )
        values = []
        for v in fees:
            v = v or Decimal(0)
            if wan:
                assert v % 100 == 0, "a 万元 column needs whole hundreds"
                values.append(float(v / 10000))
            else:
                values.append(float(v))
        pr.append([i, p.name, p.client, p.signed_on, p.accepted_on, p.field, p.location, *values])
    for row in pr.iter_rows(min_row=2, min_col=8):
        for c in row:
            c.number_format = "0.00" if wan else "#,##0.00"
    for row in pr.iter_rows(min_row=2, min_col=4, max_col=5):
        for c in row:
            c.number_format = "yyyy-mm-dd"
    wb.save(path)
