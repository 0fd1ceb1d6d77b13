"""Audit reports of small Hami firms: cover, opinion, balance sheet, income statement, and
(optionally) the note that splits revenue by business line.

Statements are printed in 元 (grouped figures), 千元 or 万元; the income statement follows either
the general enterprise format (一、营业收入 ... 四、净利润) or the format with 一、营业总收入 /
其中：营业收入 ... 五、净利润. The opinion page is the post-2017 format (一、审计意见 first) or,
for older years, the earlier one (管理层的责任 ... 三、审计意见 last).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from jianzheng.models.document import DocType

from .binder import Paper
from .canvas import Sheet, seal_png
from .numerals import as_printed, cn_date, grouped, hz_num, hz_year, in_unit, plain
from .world import AUDIT_SHORT

UNIT_WORD = {1: "元", 1000: "千元", 10000: "万元"}


@dataclass
class Books:
    """One year's figures in yuan."""

    revenue: Decimal
    cost: Decimal
    taxes: Decimal
    selling: Decimal
    admin: Decimal
    rnd: Decimal
    finance: Decimal
    other_income: Decimal
    op_profit: Decimal
    nonop_in: Decimal
    nonop_out: Decimal
    total_profit: Decimal
    tax: Decimal
    net: Decimal


def books(revenue: Decimal, net: Decimal, rng: random.Random) -> Books:
    """Income-statement lines that add up to the given revenue and net profit."""

    def part(lo: float, hi: float) -> Decimal:
        return (revenue * Decimal(str(round(rng.uniform(lo, hi), 4)))).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )

    cost = part(0.64, 0.76)
    taxes = part(0.003, 0.007)
    selling = part(0.01, 0.03)
    rnd = part(0.02, 0.04)
    finance = part(-0.002, 0.004)
    other_income = part(0.0, 0.004)
    nonop_in = part(0.0, 0.002)
    nonop_out = part(0.0, 0.001)
    tax = (
        (net * Decimal("0.15") / Decimal("0.85")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if net > 0
        else Decimal(0)
    )
    total = net + tax
    op = total - nonop_in + nonop_out
    admin = revenue - cost - taxes - selling - rnd - finance + other_income - op
    if admin <= 0:
        cost -= -admin + part(0.04, 0.06)
        admin = revenue - cost - taxes - selling - rnd - finance + other_income - op
    return Books(
        revenue,
        cost,
        taxes,
        selling,
        admin,
        rnd,
        finance,
        other_income,
        op,
        nonop_in,
        nonop_out,
        total,
        tax,
        net,
    )


@dataclass
class AuditSpec:
    company: str
    short: str
    year: int
    firm: str
    number: str
    issued: dt.date
    current: Books
    prior: Books
    unit: int = 1
    layout: str = "general"
    """'general' (一、营业收入 ... 四、净利润) or 'total' (一、营业总收入 / 其中：营业收入 ... 五、净利润)."""
    old_opinion: bool = False
    si_revenue: Decimal | None = None
    """When set, a note page splits revenue and names 系统集成收入."""
    cpas: tuple[str, str] = ("", "")
    city: str = "乌鲁木齐"


def report_number(firm: str, year: int, rng: random.Random) -> str:
    short = AUDIT_SHORT.get(firm, "审字")
    return rng.choice(
        (
            f"{short}〔{year + 1}〕第{rng.randint(10, 999):04d}号",
            f"{short}[{year + 1}]{rng.randint(10, 999)}号",
            f"{short}（{year + 1}）第{rng.randint(10, 999)}号",
        )
    )


def _fig(v: Decimal, unit: int) -> str:
    x = in_unit(v, unit)
    if x == 0:
        return "-"
    return grouped(x) if x > 0 else "-" + grouped(-x)


def audit_report(a: AuditSpec, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    sheets = [_cover(doc, a), _opinion(doc, a, rng), _balance(doc, a, rng), _income(doc, a)]
    if a.si_revenue is not None:
        sheets.append(_note(doc, a))
    fields: dict[str, object] = {
        "audit_firm": a.firm,
        "report_number": a.number,
        "fiscal_year": a.year,
        "opinion": "unqualified",
        "operating_revenue": plain(as_printed(a.current.revenue, a.unit)),
        "net_profit": plain(as_printed(a.current.net, a.unit)),
        "consolidated": False,
        "company_name": a.company,
    }
    if a.si_revenue is not None:
        fields["system_integration_revenue"] = plain(as_printed(a.si_revenue, a.unit))
    return Paper(
        DocType.audit_report,
        doc,
        sheets,
        fields,
        marks={"opinion": 1, "income": 3},
        note=f"audit report {a.year} ({UNIT_WORD[a.unit]})",
    )


def _cover(doc: pymupdf.Document, a: AuditSpec) -> Sheet:
    s = Sheet.new(doc)
    s.center(230, a.company, 20, bold=True)
    s.center(290, f"{a.year}年度财务报表", 18)
    s.center(330, "审 计 报 告", 26, bold=True)
    s.center(380, a.number, 12)
    s.center(640, a.firm, 14)
    s.center(670, f"{hz_year(a.issued.year)}年{hz_num(a.issued.month)}月", 12)
    return s


def _opinion(doc: pymupdf.Document, a: AuditSpec, rng: random.Random) -> Sheet:
    s = Sheet.new(doc)
    s.center(70, "审 计 报 告", 18, bold=True)
    s.right(523, 96, a.number, 10)
    y = s.para(72, 124, 451, f"{a.company}全体股东：", 10.5)
    statements = f"{a.year}年12月31日的资产负债表，{a.year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注"
    fair = f"后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了{a.short}公司{a.year}年12月31日的财务状况以及{a.year}年度的经营成果和现金流量。"
    if not a.old_opinion:
        y = _head(s, y, "一、审计意见")
        y = s.para(
            72,
            y,
            451,
            f"我们审计了{a.company}（以下简称“{a.short}公司”）财务报表，包括{statements}。",
            10.5,
            indent=2,
        )
        y = s.para(72, y, 451, "我们认为，" + fair, 10.5, indent=2)
        y = _head(s, y, "二、形成审计意见的基础")
        y = s.para(
            72,
            y,
            451,
            f"我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于{a.short}公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
            10.5,
            indent=2,
        )
        y = _head(s, y, "三、管理层和治理层对财务报表的责任")
        y = s.para(
            72,
            y,
            451,
            f"{a.short}公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。在编制财务报表时，管理层负责评估{a.short}公司的持续经营能力。",
            10.5,
            indent=2,
        )
        y = _head(s, y, "四、注册会计师对财务报表审计的责任")
        y = s.para(
            72,
            y,
            451,
            "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。（后附第3页）",
            10.5,
            indent=2,
        )
    else:
        y = s.para(
            72,
            y,
            451,
            f"我们审计了后附的{a.company}（以下简称“{a.short}公司”）财务报表，包括{statements}。",
            10.5,
            indent=2,
        )
        y = _head(s, y, "一、管理层对财务报表的责任")
        y = s.para(
            72,
            y,
            451,
            "编制和公允列报财务报表是贵公司管理层的责任，这种责任包括：（1）按照企业会计准则的规定编制财务报表，并使其实现公允反映；（2）设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。",
            10.5,
            indent=2,
        )
        y = _head(s, y, "二、注册会计师的责任")
        y = s.para(
            72,
            y,
            451,
            "我们的责任是在执行审计工作的基础上对财务报表发表审计意见。我们按照中国注册会计师审计准则的规定执行了审计工作。审计工作涉及实施审计程序，以获取有关财务报表金额和披露的审计证据。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
            10.5,
            indent=2,
        )
        y = _head(s, y, "三、审计意见")
        y = s.para(
            72,
            y,
            451,
            f"我们认为，贵公司财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{a.year}年12月31日的财务状况以及{a.year}年度的经营成果和现金流量。",
            10.5,
            indent=2,
        )
    y += 30
    s.text(72, y, a.firm, 10.5)
    s.text(330, y, "中国注册会计师：", 10.5)
    s.hand(420, y + 2, a.cpas[0], 13, rng)
    s.text(330, y + 40, "中国注册会计师：", 10.5)
    s.hand(420, y + 42, a.cpas[1], 13, rng)
    s.text(72, y + 80, f"中国·{a.city}", 10.5)
    s.text(330, y + 80, cn_date(a.issued), 10.5)
    s.seal(150 + rng.uniform(-10, 10), y + 20, seal_png(a.firm, rng), 118)
    s.seal(
        455,
        y + 22,
        seal_png(f"中国注册会计师{a.cpas[0]}", rng, star=False, number=f"6501000{rng.randint(10000, 99999)}"),
        80,
    )
    return s


def _head(s: Sheet, y: float, text: str) -> float:
    y += 4
    s.text(72, y, text, 10.5, bold=True)
    return y + 20


def _table_head(s: Sheet, title: str, a: AuditSpec, form_no: str, columns: tuple[str, str]) -> float:
    s.center(64, title, 16, bold=True)
    s.right(523, 82, form_no, 8.5)
    s.text(72, 100, f"编制单位：{a.company}", 9)
    s.center(100, f"{a.year}年12月31日" if "资产" in title else f"{a.year}年度", 9, x0=300, x1=420)
    s.right(523, 100, f"单位：{UNIT_WORD[a.unit]}", 9)
    r = s.rows(72, 108, [(22.0, [226.0, 35.0, 95.0, 95.0])])[0]
    for cell, h in zip(r, ("项　　目", "行次", columns[0], columns[1]), strict=True):
        s.cell(cell, h, 9, align="center", bold=True)
    return 130.0


def _lines(
    s: Sheet,
    y: float,
    rows: list[tuple[str, Decimal | None, Decimal | None]],
    unit: int,
    height: float = 19.0,
) -> float:
    for i, (label, cur, pri) in enumerate(rows, start=1):
        r = s.rows(72, y, [(height, [226.0, 35.0, 95.0, 95.0])])[0]
        indent = len(label) - len(label.lstrip("　"))
        s.text(r[0].x0 + 4 + indent * 9, r[0].y0 + height * 0.68, label.lstrip("　"), 8.8)
        s.cell(r[1], str(i), 8.5, align="center")
        if cur is not None:
            s.cell(r[2], _fig(cur, unit), 8.8, align="right")
        if pri is not None:
            s.cell(r[3], _fig(pri, unit), 8.8, align="right")
        y += height
    return y


def _income(doc: pymupdf.Document, a: AuditSpec) -> Sheet:
    s = Sheet.new(doc)
    c, p = a.current, a.prior
    y = _table_head(s, "利　润　表", a, "会企02表", ("本期金额", "上期金额"))

    def both(attr: str) -> tuple[Decimal, Decimal]:
        return getattr(c, attr), getattr(p, attr)

    def total_cost(b: Books) -> Decimal:
        return b.cost + b.taxes + b.selling + b.admin + b.rnd + b.finance

    rows: list[tuple[str, Decimal | None, Decimal | None]]
    if a.layout == "total":
        rows = [
            ("一、营业总收入", *both("revenue")),
            ("　　其中：营业收入", *both("revenue")),
            ("二、营业总成本", total_cost(c), total_cost(p)),
            ("　　其中：营业成本", *both("cost")),
            ("　　　　　税金及附加", *both("taxes")),
            ("　　　　　销售费用", *both("selling")),
            ("　　　　　管理费用", *both("admin")),
            ("　　　　　研发费用", *both("rnd")),
            ("　　　　　财务费用", *both("finance")),
            ("　　加：其他收益", *both("other_income")),
            ("　　　　投资收益（损失以“－”号填列）", None, None),
            ("　　　　信用减值损失（损失以“－”号填列）", None, None),
            ("三、营业利润（亏损以“－”号填列）", *both("op_profit")),
            ("　　加：营业外收入", *both("nonop_in")),
            ("　　减：营业外支出", *both("nonop_out")),
            ("四、利润总额（亏损总额以“－”号填列）", *both("total_profit")),
            ("　　减：所得税费用", *both("tax")),
            ("五、净利润（净亏损以“－”号填列）", *both("net")),
            ("　　（一）持续经营净利润", *both("net")),
            ("　　（二）终止经营净利润", None, None),
            ("六、其他综合收益的税后净额", None, None),
            ("七、综合收益总额", *both("net")),
        ]
    elif a.year < 2018:
        # the 2017 general format: 研发费用 was still inside 管理费用
        rows = [
            ("一、营业收入", *both("revenue")),
            ("　　减：营业成本", *both("cost")),
            ("　　　　税金及附加", *both("taxes")),
            ("　　　　销售费用", *both("selling")),
            ("　　　　管理费用", c.admin + c.rnd, p.admin + p.rnd),
            ("　　　　财务费用", *both("finance")),
            ("　　　　资产减值损失", None, None),
            ("　　加：其他收益", *both("other_income")),
            ("　　　　投资收益（损失以“－”号填列）", None, None),
            ("二、营业利润（亏损以“－”号填列）", *both("op_profit")),
            ("　　加：营业外收入", *both("nonop_in")),
            ("　　减：营业外支出", *both("nonop_out")),
            ("三、利润总额（亏损总额以“－”号填列）", *both("total_profit")),
            ("　　减：所得税费用", *both("tax")),
            ("四、净利润（净亏损以“－”号填列）", *both("net")),
            ("五、其他综合收益的税后净额", None, None),
            ("六、综合收益总额", *both("net")),
        ]
    else:
        rows = [
            ("一、营业收入", *both("revenue")),
            ("　　减：营业成本", *both("cost")),
            ("　　　　税金及附加", *both("taxes")),
            ("　　　　销售费用", *both("selling")),
            ("　　　　管理费用", *both("admin")),
            ("　　　　研发费用", *both("rnd")),
            ("　　　　财务费用", *both("finance")),
            ("　　　　其中：利息费用", None, None),
            ("　　加：其他收益", *both("other_income")),
            ("　　　　投资收益（损失以“－”号填列）", None, None),
            ("二、营业利润（亏损以“－”号填列）", *both("op_profit")),
            ("　　加：营业外收入", *both("nonop_in")),
            ("　　减：营业外支出", *both("nonop_out")),
            ("三、利润总额（亏损总额以“－”号填列）", *both("total_profit")),
            ("　　减：所得税费用", *both("tax")),
            ("四、净利润（净亏损以“－”号填列）", *both("net")),
            ("　　（一）持续经营净利润", *both("net")),
            ("　　（二）终止经营净利润", None, None),
            ("五、其他综合收益的税后净额", None, None),
            ("六、综合收益总额", *both("net")),
        ]
    y = _lines(s, y, rows, a.unit)
    s.text(72, y + 24, "法定代表人：", 9)
    s.text(240, y + 24, "主管会计工作负责人：", 9)
    s.text(420, y + 24, "会计机构负责人：", 9)
    return s


def _balance(doc: pymupdf.Document, a: AuditSpec, rng: random.Random) -> Sheet:
    s = Sheet.new(doc)
    y = _table_head(s, "资 产 负 债 表", a, "会企01表", ("期末余额", "上年年末余额"))
    rev = a.current.revenue

    def pick(lo: float, hi: float, base: Decimal = rev) -> Decimal:
        return (base * Decimal(str(round(rng.uniform(lo, hi), 4)))).quantize(Decimal("0.01"))

    def year_rows(scale: float) -> dict[str, Decimal]:
        k = Decimal(str(scale))
        cash, recv, prepaid, inventory, other_recv = (
            pick(0.08, 0.2) * k,
            pick(0.2, 0.35) * k,
            pick(0.01, 0.05) * k,
            pick(0.05, 0.12) * k,
            pick(0.01, 0.03) * k,
        )
        current = cash + recv + prepaid + inventory + other_recv
        fixed, intangible = pick(0.03, 0.08) * k, pick(0.0, 0.02) * k
        assets = current + fixed + intangible
        payable, advances, wages, taxes_due = (
            pick(0.15, 0.25) * k,
            pick(0.02, 0.06) * k,
            pick(0.01, 0.02) * k,
            pick(0.005, 0.015) * k,
        )
        liabilities = payable + advances + wages + taxes_due
        paid_in = (assets - liabilities) * Decimal("0.55")
        surplus = (assets - liabilities) * Decimal("0.05")
        retained = assets - liabilities - paid_in - surplus
        return {
            "cash": cash,
            "recv": recv,
            "prepaid": prepaid,
            "inventory": inventory,
            "other_recv": other_recv,
            "current": current,
            "fixed": fixed,
            "intangible": intangible,
            "noncurrent": fixed + intangible,
            "assets": assets,
            "payable": payable,
            "advances": advances,
            "wages": wages,
            "taxes_due": taxes_due,
            "liabilities": liabilities,
            "paid_in": paid_in,
            "surplus": surplus,
            "retained": retained,
            "equity": assets - liabilities,
            "total": assets,
        }

    cur, pri = year_rows(1.0), year_rows(0.9)
    labels = [
        ("流动资产：", None),
        ("　货币资金", "cash"),
        ("　应收账款", "recv"),
        ("　预付款项", "prepaid"),
        ("　其他应收款", "other_recv"),
        ("　存货", "inventory"),
        ("流动资产合计", "current"),
        ("非流动资产：", None),
        ("　固定资产", "fixed"),
        ("　无形资产", "intangible"),
        ("非流动资产合计", "noncurrent"),
        ("资产总计", "assets"),
        ("流动负债：", None),
        ("　应付账款", "payable"),
        ("　合同负债", "advances"),
        ("　应付职工薪酬", "wages"),
        ("　应交税费", "taxes_due"),
        ("负债合计", "liabilities"),
        ("所有者权益：", None),
        ("　实收资本", "paid_in"),
        ("　盈余公积", "surplus"),
        ("　未分配利润", "retained"),
        ("所有者权益合计", "equity"),
        ("负债和所有者权益总计", "total"),
    ]
    rows = [(lab, cur[k] if k else None, pri[k] if k else None) for lab, k in labels]
    y = _lines(s, y, rows, a.unit, height=20.0)
    s.text(72, y + 24, "法定代表人：", 9)
    s.text(240, y + 24, "主管会计工作负责人：", 9)
    s.text(420, y + 24, "会计机构负责人：", 9)
    return s


def _note(doc: pymupdf.Document, a: AuditSpec) -> Sheet:
    """财务报表附注 page: 营业收入和营业成本 by business line."""
    assert a.si_revenue is not None
    s = Sheet.new(doc)
    s.text(72, 70, f"{a.company}", 9)
    s.right(523, 70, f"{a.year}年度财务报表附注", 9)
    s.line(72, 76, 523, 76, 0.5)
    s.text(72, 104, "五、财务报表项目注释（续）", 11, bold=True)
    s.text(72, 130, "（二十一）营业收入和营业成本", 10.5, bold=True)
    s.text(72, 152, "1．营业收入和营业成本按业务类别列示", 10)
    s.right(523, 152, f"单位：{UNIT_WORD[a.unit]}", 9)
    rev = a.current.revenue
    si = a.si_revenue
    sw = ((rev - si) * Decimal("0.6")).quantize(Decimal("0.01"))
    om = rev - si - sw
    cost = a.current.cost
    parts = [("系统集成收入", si), ("软件开发及技术服务收入", sw), ("运维服务收入", om)]
    spec = [(22.0, [151.0, 150.0, 150.0])] * (len(parts) + 2)
    rows = s.rows(72, 160, spec)
    for cell, h in zip(rows[0], ("项　目", "本期发生额：收入", "本期发生额：成本"), strict=True):
        s.cell(cell, h, 9, align="center", bold=True)
    spent = Decimal(0)
    for i, (lab, v) in enumerate(parts, start=1):
        c = (cost * v / rev).quantize(Decimal("0.01")) if i < len(parts) else cost - spent
        spent += c
        s.cell(rows[i][0], lab, 9)
        s.cell(rows[i][1], _fig(v, a.unit), 9, align="right")
        s.cell(rows[i][2], _fig(c, a.unit), 9, align="right")
    s.cell(rows[-1][0], "合　计", 9, align="center", bold=True)
    s.cell(rows[-1][1], _fig(rev, a.unit), 9, align="right")
    s.cell(rows[-1][2], _fig(cost, a.unit), 9, align="right")
    s.para(
        72,
        160 + 22 * (len(parts) + 2) + 24,
        451,
        "2．本公司收入主要来源于哈密地区政府机关、事业单位及企业客户的信息系统集成、软件开发及运行维护服务，收入于相关服务完成并经客户验收时确认。",
        10,
        indent=2,
    )
    return s
