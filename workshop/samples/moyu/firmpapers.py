"""The firm's own papers: 营业执照（副本） and a short 审计报告 (opinion, 利润表, the 附注's revenue table)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from .deals import Books
from .numerals import WAN, capital, wan_short
from .paper import Paper, cn_date, money, upper_date
from .people import Firm, person
from .sheet import RED, Sheet

LANDSCAPE = pymupdf.Rect(0, 0, 842, 595)


def licence(doc: pymupdf.Document, firm: Firm, rng: random.Random) -> Paper:
    """A horizontal 营业执照（副本）; 注册资本 in one of the spellings registries print."""
    s = Sheet(doc, rect=pymupdf.Rect(LANDSCAPE))
    s.box(24, 24, 818, 571, width=3, color=RED)
    s.box(32, 32, 810, 563, width=1, color=RED)
    s.centred(96, "营　业　执　照", 34)
    s.centred(126, "（副　本）", 14)
    s.text(70, 160, f"统一社会信用代码　{firm.credit_code}", 11)
    cap = Decimal(firm.registered_capital)
    capital_text = rng.choice(
        (
            capital(cap),
            "人民币" + capital(cap),
            f"{firm.registered_capital // 10000}万元人民币",
            capital(cap) + "（人民币）",
        )
    )
    est = dt.date.fromisoformat(firm.established_on)
    left = [
        ("名　　　　称", firm.name),
        ("类　　　　型", "有限责任公司（自然人投资或控股）"),
        ("法 定 代 表 人", firm.legal_representative),
        ("经　营　范　围", "一般项目：信息系统集成服务；软件开发；信息技术咨询"),
        ("", "服务；计算机系统服务；安全技术防范系统设计施工服务；"),
        ("", "计算机软硬件及辅助设备零售。（除依法须经批准的项目外，"),
        ("", "凭营业执照依法自主开展经营活动）"),
    ]
    right = [
        ("注　册　资　本", capital_text),
        ("成　立　日　期", cn_date(est, pad=True)),
        ("营　业　期　限", "长期"),
        ("住　　　　所", firm.address[:14]),
        ("", firm.address[14:]),
    ]
    y = 214.0
    for label, value in left:
        if label:
            s.text(70, y, label, 11)
        s.text(180, y, value, 10.5)
        y += 30 if label != "经　营　范　围" and label else 22
    y = 214.0
    for label, value in right:
        if label:
            s.text(500, y, label, 11)
        if value:
            s.text(610, y, value, 10.5)
        y += 30
    s.text(590, 470, "登 记 机 关", 12)
    issued = dt.date(2024, rng.randint(1, 12), rng.randint(1, 28))
    s.text(600, 530, upper_date(issued), 12)
    s.seal(660, 480, f"{firm.county}市场监督管理局", rng, r=50)
    fields = {
        "company_name": firm.name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_representative,
        "registered_capital": money(Decimal(firm.registered_capital)),
        "established_on": firm.established_on,
        "valid_until": "长期",
    }
    paper = Paper("business_license", [s], fields, dict.fromkeys(fields, 0))
    paper.amounts["registered_capital"] = capital_text
    return paper


def _show(value: Decimal, in_wan: bool) -> str:
    return f"{value / WAN:,.2f}" if in_wan else f"{value:,.2f}"


def audit_report(
    doc: pymupdf.Document, firm: Firm, year: int, now: Books, before: Books, rng: random.Random, in_wan: bool
) -> Paper:
    """Three pages: the unqualified opinion, the 利润表 (本期金额/上期金额) and the 附注's revenue by kind."""
    audit_firm = rng.choice(
        (
            "新疆天衡会计师事务所（普通合伙）",
            "新疆华瑞信会计师事务所有限公司",
            "和田昆仑联合会计师事务所有限公司",
            "新疆驰远天合有限责任会计师事务所",
        )
    )
    number = f"{audit_firm[2:4]}审字〔{year + 1}〕第{rng.randint(10, 999):04d}号"
    p1 = Sheet(doc)
    p1.centred(90, "审 计 报 告", 20)
    p1.right(530, 118, number, 10.5)
    p1.text(64, 150, f"{firm.name}全体股东：", 10.5)
    y = 180.0
    p1.text(64, y, "一、审计意见", 12)
    y = p1.paragraph(
        84,
        y + 24,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括{year}年12月31日的资产负债表，"
        f"{year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
        440,
    )
    y = p1.paragraph(
        84,
        y,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日"
        f"的财务状况以及{year}年度的经营成果和现金流量。",
        440,
    )
    p1.text(64, y + 10, "二、形成审计意见的基础", 12)
    y = p1.paragraph(
        84,
        y + 34,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。按照中国注册会计师职业道德守则，我们独立于贵公司，"
        "并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        440,
    )
    p1.text(64, y + 40, audit_firm, 10.5)
    p1.text(330, y + 40, f"中国注册会计师：{person(rng)}", 10.5)
    p1.text(330, y + 70, f"中国注册会计师：{person(rng)}", 10.5)
    p1.text(64, y + 100, "中国·乌鲁木齐", 10.5)
    signed = dt.date(year + 1, rng.randint(2, 3), rng.randint(1, 28))
    p1.text(330, y + 100, upper_date(signed), 10.5)
    p1.seal(150, y + 60, audit_firm, rng, r=46)

    p2 = Sheet(doc)
    p2.centred(80, "利 润 表", 18)
    p2.text(64, 108, f"编制单位：{firm.name}", 10)
    p2.centred(108, f"{year}年度", 10, 300, 400)
    p2.right(530, 108, "单位：万元" if in_wan else "单位：元", 10)
    lines = [
        ("一、营业收入", now.revenue, before.revenue),
        ("减：营业成本", now.cost, before.cost),
        ("　　税金及附加", now.taxes, before.taxes),
        ("　　销售费用", now.selling, before.selling),
        ("　　管理费用", now.admin, before.admin),
        ("　　研发费用", now.rnd, before.rnd),
        ("　　财务费用", now.finance, before.finance),
        ("加：其他收益", now.other_income, before.other_income),
        ("二、营业利润", now.operating_profit, before.operating_profit),
        ("加：营业外收入", now.non_op_in, before.non_op_in),
        ("减：营业外支出", now.non_op_out, before.non_op_out),
        ("三、利润总额", now.total_profit, before.total_profit),
        ("减：所得税费用", now.income_tax, before.income_tax),
        ("四、净利润", now.net_profit, before.net_profit),
    ]
    rows = [["项　　目", "本期金额", "上期金额"]] + [
        [a, _show(b, in_wan), _show(c, in_wan)] for a, b, c in lines
    ]
    p2.table(64, 120, [220, 125, 125], rows, row_h=24, size=10, align=["l", "r", "r"])
    p2.text(64, 520, f"企业负责人：{firm.legal_representative}", 10)
    p2.text(230, 520, f"主管会计工作负责人：{person(rng)}", 10)

    p3 = Sheet(doc)
    p3.text(64, 80, "财务报表附注（摘录）", 14)
    p3.text(64, 112, "（二十五）营业收入和营业成本", 11)
    p3.text(64, 136, "1. 营业收入按业务类别列示", 10.5)
    p3.right(530, 136, "单位：万元" if in_wan else "单位：元", 10)
    rows = [
        ["业务类别", "本期发生额", "上期发生额"],
        ["系统集成收入", _show(now.si_revenue, in_wan), _show(before.si_revenue, in_wan)],
        ["其他IT类收入", _show(now.other_it, in_wan), _show(before.other_it, in_wan)],
        ["非IT类收入", _show(now.non_it, in_wan), _show(before.non_it, in_wan)],
        ["合　　计", _show(now.revenue, in_wan), _show(before.revenue, in_wan)],
    ]
    p3.table(64, 148, [190, 140, 140], rows, row_h=24, size=10, align=["l", "r", "r"])
    p3.paragraph(
        64,
        300,
        f"注：系统集成收入包括软件开发、集成实施、运行维护收入及系统集成项目中外购硬件、软件的销售收入；"
        f"本期系统集成收入约{wan_short(to_wan(now.si_revenue))}。",
        466,
        9.5,
    )
    fields = {
        "audit_firm": audit_firm,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money(now.revenue),
        "net_profit": money(now.net_profit),
        "system_integration_revenue": money(now.si_revenue),
        "consolidated": False,
    }
    where = {
        "audit_firm": 0,
        "report_number": 0,
        "fiscal_year": 0,
        "opinion": 0,
        "operating_revenue": 1,
        "net_profit": 1,
        "system_integration_revenue": 2,
        "consolidated": 0,
    }
    paper = Paper("audit_report", [p1, p2, p3], fields, where)
    paper.amounts.update(
        operating_revenue=_show(now.revenue, in_wan),
        net_profit=_show(now.net_profit, in_wan),
        system_integration_revenue=_show(now.si_revenue, in_wan),
        unit="万元" if in_wan else "元",
    )
    return paper


def to_wan(value: Decimal) -> Decimal:
    """``value`` rounded to whole 万元, in yuan (the 附注's prose rounds: 约386万元)."""
    return (value / WAN).quantize(Decimal(1), rounding=ROUND_HALF_UP) * WAN
