"""An audit report as a small Xinjiang accounting firm binds it: cover, opinion, statements in 元,
万元 or 千元 (the unit in each statement's header), and the revenue note naming 系统集成收入."""

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
from .layout import Signature
from .numerals import figures, money_text, thousands, wan
from .signing import stamp


@dataclass(frozen=True)
class Books:
    """One fiscal year's figures as the audited statements show them (yuan)."""

    year: int
    revenue: Decimal
    integration: Decimal
    net_profit: Decimal
    unit: str = "元"
    """元, 万元 or 千元: how the statements print every figure."""


def _show(value: Decimal, unit: str) -> str:
    if unit == "万元":
        return wan(value)
    if unit == "千元":
        return thousands(value)
    return figures(value)


def audit_report(
    company: Company, books: Books, firm: Company, rng: random.Random, *, report_no: str, signed: dt.date
) -> Paper:
    year = books.year
    flow = Flow(footer="")
    flow.space(120)
    flow.title(company.name, 18, gap=20)
    flow.title(f"{year}年度财务报表审计报告", 20, gap=40)
    flow.line(report_no, 13, align="center")
    flow.space(260)
    flow.line(firm.name, 14, align="center")
    flow.line(cn_date(signed), 13, align="center")
    flow.new_page()
    flow.title("审 计 报 告", 18, gap=6)
    flow.line(report_no, 10.5, align="right")
    flow.line(f"{company.name}全体股东：", 11)
    flow.line("一、审计意见", bold=True)
    flow.para(
        f"我们审计了{company.name}（以下简称贵公司）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。"
    )
    flow.para(
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。"
    )
    flow.line("二、形成审计意见的基础", bold=True)
    flow.para(
        "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
    )
    flow.line("三、管理层和治理层对财务报表的责任", bold=True)
    flow.para(
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。"
    )
    flow.line("四、注册会计师对财务报表审计的责任", bold=True)
    flow.para(
        "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。"
    )
    flow.space(20)
    top = flow.y
    flow.line(firm.name, 11, x=flow.left)
    flow.line("中国·新疆·昌吉", 11, x=flow.left)
    flow.line("中国注册会计师：", 11, x=flow.left + 260)
    flow.line("中国注册会计师：", 11, x=flow.left + 260)
    flow.line(cn_date(signed), 11, x=flow.left + 260)
    flow.place(Signature(flow.left + 350, top + 50, "刘海燕", seed=rng.randrange(1 << 30)))
    flow.place(Signature(flow.left + 350, top + 70, "苏文斌", seed=rng.randrange(1 << 30)))
    flow.place(stamp(firm, flow.left + 90, top + 24, rng, foot=""))
    flow.mark("opinion")
    _statements(flow, company, books, rng)
    fields: dict[str, object] = {
        "audit_firm": firm.name,
        "report_number": report_no,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money_text(_coarse(books.revenue, books.unit)),
        "net_profit": money_text(_coarse(books.net_profit, books.unit)),
        "system_integration_revenue": money_text(_coarse(books.integration, books.unit)),
        "consolidated": False,
    }
    return Paper(DocType.audit_report, flow.finish(), fields, marks=flow.marks)


def _coarse(value: Decimal, unit: str) -> Decimal:
    """The figure a reader takes off the page: the printed number times its unit."""
    if unit == "万元":
        return Decimal(wan(value)) * 10000
    if unit == "千元":
        return Decimal(thousands(value).replace(",", "")) * 1000
    return value


def _statements(flow: Flow, company: Company, books: Books, rng: random.Random) -> None:
    r = books.revenue
    cost = (r * Decimal("0.74")).quantize(Decimal("0.01"))
    taxes = (r * Decimal("0.006")).quantize(Decimal("0.01"))
    selling = (r * Decimal("0.028")).quantize(Decimal("0.01"))
    finance = (r * Decimal("0.002")).quantize(Decimal("0.01"))
    tax = (
        (books.net_profit * Decimal("0.15") / Decimal("0.85")).quantize(Decimal("0.01"))
        if books.net_profit > 0
        else Decimal(0)
    )
    total_profit = books.net_profit + tax
    admin = r - cost - taxes - selling - finance - total_profit
    unit = books.unit
    widths = [3.4, 0.6, 1.6, 1.6]
    flow.new_page()
    flow.title("资 产 负 债 表", 16, gap=4)
    flow.line(f"编制单位：{company.name}        {books.year}年12月31日        单位：{unit}", 9.5)
    cash = (r * Decimal("0.21")).quantize(Decimal("0.01"))
    recv = (r * Decimal("0.34")).quantize(Decimal("0.01"))
    stock = (r * Decimal("0.08")).quantize(Decimal("0.01"))
    fixed = (r * Decimal("0.05")).quantize(Decimal("0.01"))
    total = cash + recv + stock + fixed
    rows: list[list[Cell | str]] = [
        [
            Cell("资产", "center"),
            Cell("行次", "center"),
            Cell("期末余额", "center"),
            Cell("上年年末余额", "center"),
        ]
    ]
    for k, (label, value) in enumerate(
        (
            ("货币资金", cash),
            ("应收账款", recv),
            ("存货", stock),
            ("流动资产合计", cash + recv + stock),
            ("固定资产", fixed),
            ("非流动资产合计", fixed),
            ("资产总计", total),
        ),
        start=1,
    ):
        rows.append(
            [
                label,
                Cell(str(k), "center"),
                Cell(_show(value, unit), "right"),
                Cell(_show(value * Decimal("0.9"), unit), "right"),
            ]
        )
    flow.table(widths, rows, size=9.5, header_rows=1)
    flow.new_page()
    flow.mark("income")
    flow.title("利  润  表", 16, gap=4)
    flow.line(f"编制单位：{company.name}        {books.year}年度        单位：{unit}", 9.5)
    rows = [
        [
            Cell("项目", "center"),
            Cell("行次", "center"),
            Cell("本期金额", "center"),
            Cell("上期金额", "center"),
        ]
    ]
    lines = [
        ("一、营业收入", r),
        ("减：营业成本", cost),
        ("税金及附加", taxes),
        ("销售费用", selling),
        ("管理费用", admin),
        ("财务费用", finance),
        ("二、营业利润（亏损以“－”号填列）", total_profit),
        ("加：营业外收入", Decimal(0)),
        ("三、利润总额", total_profit),
        ("减：所得税费用", tax),
        ("四、净利润（净亏损以“－”号填列）", books.net_profit),
    ]
    for k, (label, value) in enumerate(lines, start=1):
        rows.append(
            [
                label,
                Cell(str(k), "center"),
                Cell(_show(value, unit), "right"),
                Cell(_show(value * Decimal("0.87"), unit), "right"),
            ]
        )
    flow.table(widths, rows, size=9.5, header_rows=1)
    flow.space(20)
    flow.line("法定代表人：          主管会计工作负责人：          会计机构负责人：", 9.5)
    flow.new_page()
    flow.line("财务报表附注（节选）", 13, bold=True)
    flow.line("（二十四）营业收入和营业成本", 11, bold=True)
    flow.line(f"单位：{unit}", 9.5, align="right")
    service = ((r - books.integration) * Decimal("0.6")).quantize(Decimal("0.01"))
    software = r - books.integration - service
    rows = [[Cell("项目", "center"), Cell("本期发生额 收入", "center"), Cell("本期发生额 成本", "center")]]
    for label, value in (
        ("系统集成收入", books.integration),
        ("技术服务收入", service),
        ("软件销售收入", software),
        ("合计", r),
    ):
        rows.append(
            [
                label,
                Cell(_show(value, unit), "right"),
                Cell(_show((value * Decimal("0.74")).quantize(Decimal("0.01")), unit), "right"),
            ]
        )
    flow.table([2, 2, 2], rows, size=9.5, header_rows=1)
    flow.para(
        "注：系统集成收入包括计算机信息系统集成项目中的软件开发、集成实施及配套软硬件销售收入，按履约进度或验收确认。",
        9.5,
    )
