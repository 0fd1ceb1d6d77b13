"""财务报表: balance sheet, income statement and cash-flow statement pages.

Used stand-alone (financial_statement documents) and bound inside audit reports.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pymupdf

from jianzheng.models.document import DocType

from ..draw import Pen, Style
from ..world import Finance
from . import Rendered


def _fmt(value: Decimal, rng_style: int) -> str:
    return f"{value:,.2f}" if rng_style else f"{value:.2f}"


def balance_sheet(pen: Pen, rng: random.Random, company: str, f: Finance, consolidated: bool = False) -> None:
    """One page: 资产负债表 with 资产总计 of year-end ``f.year``."""
    pen.new_page()
    title = ("合并" if consolidated else "") + "资产负债表"
    pen.center(70, title, size=18)
    pen.text(50, 100, f"编制单位：{company}", size=9.5)
    pen.text(300, 100, f"{f.year}年12月31日", size=9.5)
    pen.text(470, 100, "单位：元", size=9.5)
    style = rng.randrange(2)
    a = f.total_assets
    parts = [Decimal("0.18"), Decimal("0.31"), Decimal("0.22"), Decimal("0.07"), Decimal("0.12")]
    cur = [(a * p).quantize(Decimal("0.01")) for p in parts]
    fixed = a - sum(cur)
    liab = (a * Decimal("0.46")).quantize(Decimal("0.01"))
    rows = [
        ["资产", "期末余额", "负债和所有者权益", "期末余额"],
        ["货币资金", _fmt(cur[0], style), "短期借款", _fmt(liab * Decimal("0.3"), style)],
        ["应收账款", _fmt(cur[1], style), "应付账款", _fmt(liab * Decimal("0.5"), style)],
        ["预付款项", _fmt(cur[2], style), "应交税费", _fmt(liab * Decimal("0.05"), style)],
        ["存货", _fmt(cur[3], style), "其他应付款", _fmt(liab * Decimal("0.15"), style)],
        ["合同资产", _fmt(cur[4], style), "负债合计", _fmt(liab, style)],
        ["固定资产", _fmt(fixed, style), "实收资本（或股本）", _fmt((a - liab) * Decimal("0.6"), style)],
        ["", "", "未分配利润", _fmt((a - liab) * Decimal("0.4"), style)],
        ["资产总计", _fmt(a, style), "负债和所有者权益总计", _fmt(a, style)],
    ]
    pen.table(
        40, 120, [120, 140, 135, 120], rows, row_h=24, keys={(8, 1): "total_assets"}, align_right={1, 3}
    )


def income_statement(
    pen: Pen,
    rng: random.Random,
    company: str,
    f: Finance,
    consolidated: bool = False,
    si_line: bool = True,
    revenue: Decimal | None = None,
) -> None:
    """One page: 利润表 with 营业收入, 其中：系统集成收入 and 净利润 of year ``f.year``."""
    pen.new_page()
    title = ("合并" if consolidated else "") + rng.choice(["利润表", "利润表", "损益表"])
    pen.center(70, title, size=18)
    pen.text(50, 100, f"编制单位：{company}", size=9.5)
    pen.text(300, 100, f"{f.year}年度", size=9.5)
    pen.text(470, 100, rng.choice(["单位：元", "金额单位：人民币元"]), size=9.5)
    style = rng.randrange(2)
    rev = revenue if revenue is not None else f.revenue
    cost = (rev * Decimal("0.72")).quantize(Decimal("0.01"))
    tax = (rev * Decimal("0.01")).quantize(Decimal("0.01"))
    income_tax = (f.net_profit * Decimal("0.15")).quantize(Decimal("0.01"))
    total_profit = f.net_profit + income_tax
    expenses = rev - cost - tax - total_profit
    label_rev = rng.choice(["一、营业收入", "一、营业总收入", "营业收入"])
    rows = [["项目", "行次", "本期金额", "上期金额"], [label_rev, "1", _fmt(rev, style), ""]]
    keys = {(1, 2): "operating_revenue"}
    if si_line:
        rows.append(
            [
                rng.choice(["其中：系统集成收入", "  其中：系统集成业务收入"]),
                "2",
                _fmt(f.si_revenue, style),
                "",
            ]
        )
        keys[(2, 2)] = "system_integration_revenue"
    rows += [
        ["减：营业成本", "3", _fmt(cost, style), ""],
        ["税金及附加", "4", _fmt(tax, style), ""],
        ["销售费用", "5", _fmt(expenses * Decimal("0.3"), style), ""],
        ["管理费用", "6", _fmt(expenses * Decimal("0.5"), style), ""],
        ["研发费用", "7", _fmt(expenses * Decimal("0.2"), style), ""],
        ["二、营业利润", "8", _fmt(total_profit, style), ""],
        ["三、利润总额", "9", _fmt(total_profit, style), ""],
        ["减：所得税费用", "10", _fmt(income_tax, style), ""],
        [rng.choice(["四、净利润", "四、净利润（净亏损以“-”号填列）"]), "11", _fmt(f.net_profit, style), ""],
    ]
    keys[(len(rows) - 1, 2)] = "net_profit"
    pen.table(40, 120, [210, 40, 135, 130], rows, row_h=24, keys=keys, align_right={2, 3})


def cash_flow(pen: Pen, rng: random.Random, company: str, f: Finance) -> None:
    """One page: 现金流量表."""
    pen.new_page()
    pen.center(70, "现金流量表", size=18)
    pen.text(50, 100, f"编制单位：{company}", size=9.5)
    pen.text(300, 100, f"{f.year}年度", size=9.5)
    pen.text(470, 100, "单位：元", size=9.5)
    r = f.revenue
    rows = [
        ["项目", "本期金额"],
        ["销售商品、提供劳务收到的现金", f"{r * Decimal('0.93'):,.2f}"],
        ["经营活动现金流入小计", f"{r * Decimal('0.95'):,.2f}"],
        ["购买商品、接受劳务支付的现金", f"{r * Decimal('0.70'):,.2f}"],
        ["经营活动产生的现金流量净额", f"{r * Decimal('0.06'):,.2f}"],
        ["投资活动产生的现金流量净额", f"{-r * Decimal('0.02'):,.2f}"],
        ["筹资活动产生的现金流量净额", f"{r * Decimal('0.01'):,.2f}"],
        ["现金及现金等价物净增加额", f"{r * Decimal('0.05'):,.2f}"],
    ]
    pen.table(40, 120, [330, 185], rows, row_h=24, align_right={1})


def render_statements(rng: random.Random, company: str, f: Finance, kinds: tuple[str, ...]) -> list[Rendered]:
    """Stand-alone statements, one document per kind (balance_sheet, income_statement, cash_flow)."""
    out = []
    for kind in kinds:
        doc = pymupdf.open()
        pen = Pen(doc, Style.pick(rng))
        fields: dict[str, object] = {"statement_kind": kind, "company_name": company, "fiscal_year": f.year}
        if kind == "balance_sheet":
            balance_sheet(pen, rng, company, f)
            fields["total_assets"] = f"{f.total_assets:.2f}"
        elif kind == "income_statement":
            income_statement(pen, rng, company, f)
            fields["operating_revenue"] = f"{f.revenue:.2f}"
            fields["net_profit"] = f"{f.net_profit:.2f}"
        else:
            cash_flow(pen, rng, company, f)
        out.append(Rendered(DocType.financial_statement, doc, fields, pen.marks))
    return out
