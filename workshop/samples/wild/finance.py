"""Audit reports and financial statements, with the unit (元, 万元, 千元) printed in the header
as accounting firms and companies print it."""

from __future__ import annotations

import random
from decimal import Decimal

import pymupdf

from . import ink
from .facts import Company, Finance
from .numerals import grouped, in_units, money
from .page import Paper, Sheet, width

UNITS = {1: "元", 1000: "千元", 10000: "万元"}


def _fig(value: Decimal, unit: int) -> str:
    return grouped(value) if unit == 1 else f"{in_units(value, unit):,.2f}"


def _shown(value: Decimal, unit: int) -> str:
    """The truth of a figure printed in ``unit``: what the page says, back in yuan."""
    return money(value if unit == 1 else in_units(value, unit) * unit)


def _statement_rows(kind: str, f: Finance, unit: int) -> list[list[str]]:
    prior = Decimal("0.83")
    if kind == "income_statement":
        items = [
            ("一、营业收入", f.revenue),
            ("减：营业成本", f.cost),
            ("税金及附加", f.revenue * Decimal("0.006")),
            ("销售费用", f.revenue * Decimal("0.04")),
            ("管理费用", f.revenue * Decimal("0.07")),
            ("二、营业利润", f.net_profit * Decimal("1.18")),
            ("三、利润总额", f.net_profit * Decimal("1.17")),
            ("减：所得税费用", f.net_profit * Decimal("0.17")),
            ("四、净利润", f.net_profit),
        ]
    else:
        items = [
            ("货币资金", f.total_assets * Decimal("0.21")),
            ("应收账款", f.total_assets * Decimal("0.38")),
            ("存货", f.total_assets * Decimal("0.12")),
            ("流动资产合计", f.total_assets * Decimal("0.8")),
            ("固定资产", f.total_assets * Decimal("0.2")),
            ("资产总计", f.total_assets),
            ("负债合计", f.total_liabilities),
            ("所有者权益合计", f.total_assets - f.total_liabilities),
        ]
    rows = [
        [
            "项　　目",
            "行次",
            "本期金额" if kind == "income_statement" else "期末余额",
            "上期金额" if kind == "income_statement" else "年初余额",
        ]
    ]
    for n, (label, value) in enumerate(items, 1):
        rows.append([label, str(n), _fig(value, unit), _fig(value * prior, unit)])
    return rows


def statement_page(doc: pymupdf.Document, kind: str, c: Company, f: Finance, unit: int) -> Sheet:
    """One statement page: title, 编制单位, period, unit, the table."""
    s = Sheet.new(doc)
    s.center("利润表" if kind == "income_statement" else "资产负债表", 16, gap=1.6)
    s.text(s.right - 40, s.y - 20, "会企02表" if kind == "income_statement" else "会企01表", 8)
    period = f"{f.year}年度" if kind == "income_statement" else f"{f.year}年12月31日"
    s.text(s.left, s.y, f"编制单位：{c.name}", 9.5, mark="company_name")
    if width(f"编制单位：{c.name}", 9.5) > 290:
        s.y += 15  # a long name takes the line; period and unit go under it, as a spreadsheet prints them
    s.text(s.left + 300, s.y, period, 9.5, mark="fiscal_year")
    s.text(s.right - 70, s.y, f"单位：{UNITS[unit]}", 9.5, mark="unit")
    s.y += 18
    rows = _statement_rows(kind, f, unit)
    key = "operating_revenue" if kind == "income_statement" else "total_assets"
    marks = {(1, 2): key} if kind == "income_statement" else {(6, 2): key}
    if kind == "income_statement":
        marks[(9, 2)] = "net_profit"
    s.table([190, 40, 119, 118], rows, size=9.5, marks=marks)
    s.text(s.left, s.y + 10, "法定代表人：　　　　　主管会计工作负责人：　　　　　会计机构负责人：", 9)
    return s


def statement(kind: str, c: Company, f: Finance, unit: int) -> Paper:
    """A statement uploaded on its own (its own document, not bound in an audit report)."""
    doc = pymupdf.open()
    s = statement_page(doc, kind, c, f, unit)
    fields: dict = {"statement_kind": kind, "company_name": c.name, "fiscal_year": f.year}
    if kind == "income_statement":
        fields |= {"operating_revenue": _shown(f.revenue, unit), "net_profit": _shown(f.net_profit, unit)}
    else:
        fields["total_assets"] = _shown(f.total_assets, unit)
    return Paper.of("financial_statement", doc, [s], fields)


def audit_report(
    c: Company,
    f: Finance,
    firm: str,
    rng: random.Random,
    unit: int,
    si_note: bool,
    opinion: str = "unqualified",
) -> Paper:
    """Cover, opinion letter, the bound statements, and (sometimes) a revenue note naming 系统集成收入."""
    doc = pymupdf.open()
    number = f"{rng.choice(['天阳审字', '驰远审字', '大华审字', '宏昌审字'])}（{f.year + 1}）第{rng.randint(1, 999):03d}号"
    s1 = Sheet.new(doc)
    s1.y = 230
    s1.center(c.name, 18, gap=2.5, mark="company_name")
    s1.center(f"{f.year}年度财务报表审计报告", 22, gap=3)
    s1.center(number, 12, bold=False, gap=12, mark="report_number")
    s1.center(firm, 13, bold=False, mark="audit_firm")
    s2 = Sheet.new(doc)
    s2.center("审 计 报 告", 18, gap=1.6)
    s2.line(number, 10.5, x=s2.right - 180)
    s2.para(f"{c.name}全体股东：", indent=False)
    s2.para("一、审计意见", indent=False)
    s2.para(
        f"我们审计了{c.name}（以下简称贵公司）财务报表，包括{f.year}年12月31日的资产负债表，{f.year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。"
    )
    if opinion == "unqualified":
        s2.para(
            f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{f.year}年12月31日的"
            f"财务状况以及{f.year}年度的经营成果和现金流量。",
            mark="opinion",
        )
    else:
        s2.para(
            "我们认为，除“形成保留意见的基础”部分所述事项产生的影响外，后附的财务报表在所有重大方面按照企业会计准则的"
            "规定编制。",
            mark="opinion",
        )
    s2.para("二、形成审计意见的基础", indent=False)
    s2.para(
        "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，"
        "为发表审计意见提供了基础。"
    )
    s2.y += 30
    s2.text(s2.left, s2.y, firm, 10.5)
    s2.text(s2.right - 170, s2.y, "中国注册会计师：", 10.5)
    s2.text(s2.left, s2.y + 24, "中国·乌鲁木齐", 10.5)
    s2.text(s2.right - 170, s2.y + 24, f"{f.year + 1}年{rng.randint(2, 4)}月{rng.randint(1, 28)}日", 10.5)
    s2.image(pymupdf.Rect(s2.left, s2.y - 40, s2.left + 120, s2.y + 80), ink.seal(firm.split("（")[0], rng))
    sheets = [
        s1,
        s2,
        statement_page(doc, "balance_sheet", c, f, unit),
        statement_page(doc, "income_statement", c, f, unit),
    ]
    fields: dict = {
        "audit_firm": firm,
        "report_number": number,
        "fiscal_year": f.year,
        "opinion": opinion,
        "operating_revenue": _shown(f.revenue, unit),
        "net_profit": _shown(f.net_profit, unit),
        "consolidated": False,
    }
    if si_note:
        s = Sheet.new(doc)
        s.para("财务报表附注（节选）", indent=False)
        s.para("营业收入和营业成本", indent=False)
        s.table(
            [200, 130, 137],
            [
                ["项目", f"本期发生额（{UNITS[unit]}）", "上期发生额"],
                ["系统集成收入", _fig(f.si_revenue, unit), _fig(f.si_revenue * Decimal("0.8"), unit)],
                ["技术服务收入", _fig(f.revenue - f.si_revenue, unit), "—"],
                ["合计", _fig(f.revenue, unit), "—"],
            ],
            size=9.5,
            marks={(1, 1): "system_integration_revenue"},
        )
        sheets.append(s)
        fields["system_integration_revenue"] = _shown(f.si_revenue, unit)
    return Paper.of("audit_report", doc, sheets, fields)
