"""The declaration (CONTRACT 1.1/1.2): enterprise, finance and project rows, as JSON or as an xlsx export."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from .docs import FEE_KEYS, Books, Deal
from .numerals import yuan_str
from .people import Firm, person

YEAR = 2025
CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("系统规划与管理师", "高级"),
)


def split_fees(amount: Decimal, rng: random.Random, unit: Decimal = Decimal("0.01")) -> dict[str, Decimal]:
    keys = rng.sample(
        ["software_development", "integration_implementation", "consulting_design", "operation_maintenance"],
        2,
    ) + rng.sample(["hardware_purchase", "software_purchase"], rng.randint(1, 2))
    fees, left = {}, amount
    for key in keys[:-1]:
        part = (amount * Decimal(rng.uniform(0.12, 0.3)) / unit).quantize(Decimal(1)) * unit
        fees[key] = part
        left -= part
    fees[keys[-1]] = left
    return fees


@dataclass
class Row:
    pid: str
    deal: Deal
    fees: dict[str, Decimal]
    name: str | None = None
    client: str | None = None
    signed: dt.date | None = None
    amount: Decimal | None = None


@dataclass
class Filed:
    firm: Firm
    rows: list[Row]
    books: list[Books]
    name: str | None = None
    staff: dict = field(default_factory=dict)
    grade: str = "丁"


def staffing(total: Decimal, rng: random.Random) -> tuple[str, dict]:
    grade, tech, certs = (
        ("乙", rng.randint(31, 45), rng.randint(8, 10))
        if total >= 10_000_000
        else ("丙", rng.randint(21, 30), rng.randint(5, 7))
        if total >= 5_000_000
        else ("丁", rng.randint(7, 18), rng.randint(1, 3))
    )
    rows = []
    for _ in range(certs):
        cert, level = rng.choice(CERTS)
        rows.append(
            {
                "holder": person(rng),
                "certificate": cert,
                "level": level,
                "number": f"{rng.choice('SZ')}{rng.randint(2015, 2024)}{rng.randint(10**7, 10**8 - 1)}",
            }
        )
    return grade, {"technical_total": tech, "certified_total": certs, "certificates": rows}


def as_json(f: Filed) -> dict:
    projects = []
    for row in f.rows:
        fees = {k: yuan_str(row.fees.get(k, Decimal(0))) for k in FEE_KEYS}
        services = sum((row.fees.get(k, Decimal(0)) for k in FEE_KEYS[:6]), Decimal(0))
        total = sum(row.fees.values(), Decimal(0))
        projects.append(
            {
                "id": row.pid,
                "name": row.name or row.deal.name,
                "client": row.client or row.deal.client.name,
                "signed_on": (row.signed or row.deal.signed).isoformat(),
                "accepted_on": row.deal.accepted.isoformat(),
                "field": row.deal.client.field,
                "location": row.deal.client.location,
                "fees": fees,
                "services_total": yuan_str(services),
                "contract_amount": yuan_str(total),
            }
        )
    return {
        "enterprise": {
            "name": f.name or f.firm.name,
            "credit_code": f.firm.credit_code,
            "legal_representative": f.firm.legal_rep,
            "registered_capital": yuan_str(Decimal(f.firm.capital)),
            "established_on": f.firm.established,
            "grade": f.grade,
            "inspection_year": YEAR,
            "staff": f.staff,
        },
        "finance": [
            {
                "year": b.year,
                "operating_revenue": yuan_str(b.revenue),
                "system_integration_revenue": yuan_str(b.si_revenue),
                "net_profit": yuan_str(b.profit),
            }
            for b in f.books
        ],
        "projects": projects,
    }


HEADERS = (
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


def write_xlsx(path: Path, data: dict, unit: str) -> None:
    """The reviewers' export: money columns headed with ``unit`` (元 or 万元)."""
    div = Decimal(10000) if unit == "万元" else Decimal(1)
    wb = Workbook()
    ws = wb.active
    ws.title = "企业信息"
    ent = data["enterprise"]
    ws.append(["字段", "值"])
    for label, value in (
        ("企业名称", ent["name"]),
        ("统一社会信用代码", ent["credit_code"]),
        ("法定代表人", ent["legal_representative"]),
        ("注册资本", ent["registered_capital"]),
        ("成立日期", ent["established_on"]),
        ("资质等级", ent["grade"]),
        ("年检年度", ent["inspection_year"]),
        ("技术人员总数", ent["staff"]["technical_total"]),
        ("持证人员总数", ent["staff"]["certified_total"]),
    ):
        ws.append([label, value])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", f"营业收入（{unit}）", f"系统集成收入（{unit}）", f"净利润（{unit}）"])
    for row in data["finance"]:
        fin.append(
            [
                row["year"],
                *(
                    float(Decimal(row[k]) / div)
                    for k in ("operating_revenue", "system_integration_revenue", "net_profit")
                ),
            ]
        )
    pj = wb.create_sheet("项目汇总")
    money_cols = set(HEADERS[7:])
    pj.append([f"{h}（{unit}）" if h in money_cols else h for h in HEADERS])
    for i, p in enumerate(data["projects"], start=1):
        fees = [p["fees"][k] for k in FEE_KEYS]
        values = [*fees[:6], p["services_total"], *fees[6:], p["contract_amount"]]
        pj.append(
            [
                i,
                p["name"],
                p["client"],
                p["signed_on"],
                p["accepted_on"],
                p["field"],
                p["location"],
                *(float(Decimal(v) / div) for v in values),
            ]
        )
    wb.save(path)
