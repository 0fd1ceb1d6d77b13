"""The 申报表 the enterprise downloads after filing, stamps and uploads back (申报表盖章版)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from jianzheng.models.document import DocType

from .cast import Company
from .deal import cn_date
from .filing import Paper
from .flow import Cell, Flow
from .layout import INK_BLUE, Text
from .numerals import money_text, wan
from .signing import stamp


@dataclass(frozen=True)
class FormFacts:
    """What the printed form shows (normally the declaration; a planted form differs)."""

    company: Company
    grade: str
    technical_total: int
    certified_total: int
    finance: list[tuple[int, Decimal, Decimal, Decimal]]
    """(year, operating revenue, system-integration revenue, net profit) in yuan."""
    projects: list[tuple[str, str, Decimal]]
    """(name, client, contract amount) in yuan."""
    year: int
    sealed: bool = True


def declaration_form(facts: FormFacts, rng: random.Random, *, printed: dt.date) -> Paper:
    c = facts.company
    flow = Flow(margins=(52, 56, 52, 50), footer="第 {n} 页", body=10)
    flow.title("新疆维吾尔自治区计算机信息系统集成（信息工程）", 14, gap=2)
    flow.title(f"企业年度检查申报表（{facts.year}年度）", 15, gap=14)
    flow.table(
        [1.4, 3, 1.2, 1.6],
        [
            ["企业名称", Cell(c.name, span=3)],
            ["统一社会信用代码", c.credit_code, "资质等级", Cell(facts.grade + "级", "center")],
            ["法定代表人", c.legal_rep, "联系电话", c.phone],
            [
                "技术人员总数（人）",
                Cell(str(facts.technical_total), "center"),
                "持证人员总数（人）",
                Cell(str(facts.certified_total), "center"),
            ],
        ],
        size=10,
        pad=6,
    )
    flow.space(8)
    flow.line("经营情况（单位：万元）", 10.5, bold=True)
    rows: list[list[Cell | str]] = [
        [Cell(t, "center") for t in ("年度", "营业收入", "系统集成收入", "净利润")]
    ]
    for year, revenue, integration, profit in facts.finance:
        rows.append(
            [
                Cell(str(year), "center"),
                Cell(wan(revenue), "right"),
                Cell(wan(integration), "right"),
                Cell(wan(profit), "right"),
            ]
        )
    flow.table([1, 2, 2, 2], rows, size=10, header_rows=1)
    flow.space(8)
    flow.line(f"{facts.year}年度完成系统集成项目汇总（单位：万元）", 10.5, bold=True)
    rows = [[Cell(t, "center") for t in ("序号", "项目名称", "甲方单位", "合同金额")]]
    total = sum((p[2] for p in facts.projects), Decimal(0))
    for k, (name, client, amount) in enumerate(facts.projects, start=1):
        rows.append([Cell(str(k), "center"), name, client, Cell(wan(amount), "right")])
    rows.append([Cell(f"合计（{len(facts.projects)}项）", "center", span=3), Cell(wan(total), "right")])
    flow.table([0.6, 3.4, 2.6, 1.2], rows, size=9, header_rows=1)
    flow.space(16)
    flow.para("本企业承诺：以上填报内容及上传附件真实、准确、完整，如有虚假，愿承担相应责任。", 10)
    flow.space(16)
    x = flow.width - flow.right - 210
    flow.line("企业（盖章）：", 10.5, x=x)
    _, base = flow.line("法定代表人（签字）：", 10.5, x=x)
    flow.place(
        Text(x + 30, base + 26, cn_date(printed), 12, hand=True, colour=INK_BLUE, seed=rng.randrange(1 << 30))
    )
    if facts.sealed:
        flow.place(stamp(c, x + 120, base - 14, rng, foot=""))
    flow.place(
        Text(flow.left, flow.height - 40, f"打印时间：{printed:%Y-%m-%d} 09:{rng.randrange(10, 59)}", 8)
    )
    fields: dict[str, object] = {
        "company_name": c.name,
        "credit_code": c.credit_code,
        "grade": facts.grade,
        "technical_total": facts.technical_total,
        "certified_total": facts.certified_total,
        "finance": [
            {
                "year": y,
                "operating_revenue": money_text(Decimal(wan(r)) * 10000),
                "system_integration_revenue": money_text(Decimal(wan(i)) * 10000),
                "net_profit": money_text(Decimal(wan(p)) * 10000),
            }
            for y, r, i, p in facts.finance
        ],
        "project_count": len(facts.projects),
        "project_total": money_text(Decimal(wan(total)) * 10000),
        "has_seal": facts.sealed,
    }
    return Paper(DocType.declaration_form, flow.finish(), fields)
