"""Money papers: 审计报告 with its statements (元/千元/万元, 合并 and 母公司 columns, 利润表 or 损益表),
数电票 and scanned 增值税普通发票, and the stamped 申报表 (declaration form)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from . import people
from .filing import Doc
from .firmdata import Firm, Project
from .numerals import capital, date_cn, figures, paren_negative, truth_money
from .paper import GREY, RED, Sheet

AUDIT_FIRMS = [
    "新疆天衡会计师事务所有限公司",
    "和田玉信有限责任会计师事务所",
    "新疆驰远天合有限责任会计师事务所",
    "新疆华西会计师事务所（特殊普通合伙）",
]
UNITS = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000)}


@dataclass
class AuditStyle:
    unit: str = "元"
    consolidated: bool = False
    """合并 and 母公司 columns; the declaring company's own figures are the 母公司 column."""
    statement_title: str = "利润表"
    show_si: bool = True
    """A note page that splits 营业收入 and names 系统集成收入."""


def in_unit(value: Decimal, unit: str) -> tuple[str, Decimal]:
    """The printed figure and the yuan value it stands for at the printed precision."""
    div = UNITS[unit]
    decimals = 2 if unit in ("元", "万元") else 0
    q = Decimal(1).scaleb(-decimals)
    printed = (value / div).quantize(q, rounding=ROUND_HALF_UP)
    return paren_negative(printed, decimals), printed * div


def audit_report(
    rng: random.Random,
    firm: Firm,
    year: int,
    st: AuditStyle,
    revenue: Decimal | None = None,
    profit: Decimal | None = None,
) -> Doc:
    revenue = firm.revenue if revenue is None else revenue
    profit = firm.net_profit if profit is None else profit
    audit_firm = rng.choice(AUDIT_FIRMS)
    number = f"{rng.choice(['新天衡审字', '和玉会审字', '驰远审字', '华西审字'])}〔{year + 1}〕第{rng.randrange(10, 400):03d}号"
    doc = pymupdf.open()
    s = Sheet(doc, rng)
    s.center(220, f"{firm.name}", 16)
    s.center(260, f"{year}年度财务报表审计报告", 20)
    s.center(320, number, 12, bold=False)
    s.center(700, audit_firm, 13)
    s.center(725, date_cn(dt.date(year + 1, rng.randrange(2, 5), rng.randrange(1, 28))), 11, bold=False)

    o = Sheet(doc, rng)
    o.center(70, "审 计 报 告", 18)
    o.right(525, 95, number, 10)
    o.text(70, 125, f"{firm.name}全体股东：", 11)
    o.text(70, 155, "一、审计意见", 11, bold=True)
    scope = "合并及母公司资产负债表，合并及母公司利润表" if st.consolidated else "资产负债表，利润表"
    y = o.para(
        86,
        178,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括{year}年12月31日的{scope.split('，')[0]}，"
        f"{year}年度的{scope.split('，')[1]}、现金流量表、所有者权益变动表以及相关财务报表附注。",
        10.5,
        max_w=440,
    )
    y = o.para(
        86,
        y + 4,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日"
        f"的财务状况以及{year}年度的经营成果和现金流量。",
        10.5,
        max_w=440,
    )
    o.text(70, y + 10, "二、形成审计意见的基础", 11, bold=True)
    y = o.para(
        86,
        y + 33,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，"
        "为发表审计意见提供了基础。",
        10.5,
        max_w=440,
    )
    o.text(70, y + 40, audit_firm, 10.5)
    o.text(330, y + 40, f"中国注册会计师：{people.person(rng, 0.3)}", 10.5)
    o.text(330, y + 70, f"中国注册会计师：{people.person(rng, 0.3)}", 10.5)
    o.text(70, y + 100, "中国·乌鲁木齐" if rng.random() < 0.5 else "中国·和田", 10.5)
    o.text(330, y + 100, date_cn(dt.date(year + 1, rng.randrange(2, 5), rng.randrange(1, 28))), 10.5)
    o.seal(150, y + 50, audit_firm, "", r=44)

    p = Sheet(doc, rng)
    p.center(
        70, ("合并" if st.consolidated and st.statement_title == "利润表" else "") + st.statement_title, 16
    )
    p.text(60, 100, f"编制单位：{firm.name}", 9.5)
    p.text(300, 100, f"{year}年度", 9.5)
    p.text(450, 100, f"单位：{'人民币' if rng.random() < 0.5 else ''}{st.unit}", 9.5)
    prev_rev = revenue * Decimal(rng.uniform(0.7, 1.1))
    prev_prof = profit * Decimal(rng.uniform(0.5, 1.3))
    group_k = Decimal(rng.uniform(1.08, 1.3))
    cost = revenue * Decimal(rng.uniform(0.7, 0.82))
    items = [
        ("一、营业收入", revenue, prev_rev),
        ("减：营业成本", cost, prev_rev * Decimal("0.78")),
        ("税金及附加", revenue * Decimal("0.006"), prev_rev * Decimal("0.006")),
        ("销售费用", revenue * Decimal("0.03"), prev_rev * Decimal("0.03")),
        ("管理费用", revenue * Decimal("0.06"), prev_rev * Decimal("0.06")),
        ("财务费用", Decimal(-rng.randrange(1000, 90000)), Decimal(rng.randrange(1000, 50000))),
        ("二、营业利润", profit * Decimal("1.18"), prev_prof * Decimal("1.18")),
        ("三、利润总额", profit * Decimal("1.18"), prev_prof * Decimal("1.18")),
        ("减：所得税费用", profit * Decimal("0.18"), prev_prof * Decimal("0.18")),
        ("四、净利润", profit, prev_prof),
    ]
    if st.consolidated:
        head = ["项目", "本期金额（合并）", "本期金额（母公司）", "上期金额（合并）", "上期金额（母公司）"]
        cols = [135, 90, 90, 90, 90]
    else:
        head = ["项目", "行次", "本期金额", "上期金额"]
        cols = [200, 40, 120, 120]
    rows = [head]
    fields_rev = fields_prof = Decimal(0)
    for i, (label, cur, prev) in enumerate(items, 1):
        cur_t, cur_v = in_unit(cur, st.unit)
        prev_t, _ = in_unit(prev, st.unit)
        if label.endswith("营业收入"):
            fields_rev = cur_v
        if label.endswith("净利润"):
            fields_prof = cur_v
        if st.consolidated:
            rows.append(
                [
                    label,
                    in_unit(cur * group_k, st.unit)[0],
                    cur_t,
                    in_unit(prev * group_k, st.unit)[0],
                    prev_t,
                ]
            )
        else:
            rows.append([label, str(i), cur_t, prev_t])
    align = ["l"] + ["r"] * (len(cols) - 1)
    y = p.table(55, 115, cols, rows, size=9, min_h=22, bold_first=True, align=align)
    p.text(60, y + 25, "法定代表人：", 9.5)
    p.text(230, y + 25, "主管会计工作负责人：", 9.5)
    p.text(420, y + 25, "会计机构负责人：", 9.5)
    fields: dict[str, object] = {
        "audit_firm": audit_firm,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": truth_money(fields_rev),
        "net_profit": truth_money(fields_prof),
        "consolidated": st.consolidated,
    }
    if st.show_si:
        n = Sheet(doc, rng)
        n.text(60, 80, "财务报表附注（节选）", 13, bold=True)
        n.text(60, 110, f"（二十）营业收入和营业成本（单位：{st.unit}）", 10.5)
        si_t, si_v = in_unit(firm.si_revenue, st.unit)
        other_t, _ = in_unit(revenue - firm.si_revenue, st.unit)
        rev_t, _ = in_unit(revenue, st.unit)
        n.table(
            60,
            125,
            [200, 140, 140],
            [
                ["项目", "本期发生额", "备注"],
                ["系统集成收入", si_t, ""],
                ["硬件及其他销售收入", other_t, ""],
                ["合计", rev_t, ""],
            ],
            size=9.5,
            bold_first=True,
            align=["l", "r", "l"],
        )
        fields["system_integration_revenue"] = truth_money(si_v)
    return Doc("audit_report", doc, fields)


def e_invoice(
    rng: random.Random, firm: Firm, proj: Project, amount: Decimal, on: dt.date, rate: int = 6
) -> Doc:
    """A born-digital 数电票 (电子发票（普通发票）): no seal, a QR code, 价税合计（大写）."""
    doc = pymupdf.open()
    s = Sheet(doc, rng, (612.0, 396.0))
    s.qr(28, 20, 62, random.Random(str(amount) + proj.id))
    s.center(45, "电子发票（普通发票）", 18, color=(0.55, 0.25, 0.1))
    s.hline(230, 390, 52, 1.2, (0.55, 0.25, 0.1))
    number = f"{on.year % 100}65{rng.randrange(10**15, 10**16)}"
    s.text(440, 40, f"发票号码：{number}", 9)
    s.text(440, 58, f"开票日期：{on.year}年{on.month:02d}月{on.day:02d}日", 9)
    box = pymupdf.Rect(25, 95, 587, 330)
    s.rect(box, w=0.8, color=(0.55, 0.25, 0.1))
    s.hline(25, 587, 160, 0.8, (0.55, 0.25, 0.1))
    s.page.draw_line((306, 95), (306, 160), color=(0.55, 0.25, 0.1), width=0.8)
    s.text(32, 115, "购买方信息", 9)
    s.text(60, 130, f"名称：{proj.client}", 9)
    s.text(60, 148, f"统一社会信用代码/纳税人识别号：1165{rng.randrange(10**13, 10**14)}", 8)
    s.text(312, 115, "销售方信息", 9)
    s.text(340, 130, f"名称：{firm.name}", 8.5)
    s.text(340, 148, f"统一社会信用代码/纳税人识别号：{firm.credit_code}", 8)
    net = (amount / (1 + Decimal(rate) / 100)).quantize(Decimal("0.01"))
    tax = amount - net
    s.text(32, 178, "项目名称", 9)
    s.text(250, 178, "单位    数量", 9)
    s.text(360, 178, "金额", 9)
    s.text(440, 178, "税率/征收率", 9)
    s.text(520, 178, "税额", 9)
    s.text(32, 198, "*信息技术服务*系统集成服务", 9)
    s.text(250, 198, "项      1", 9)
    s.text(350, 198, figures(net, sep=False), 9)
    s.text(455, 198, f"{rate}%", 9)
    s.text(510, 198, figures(tax, sep=False), 9)
    s.text(32, 275, "合      计", 9)
    s.text(345, 275, f"¥{figures(net, sep=False)}", 9)
    s.text(505, 275, f"¥{figures(tax, sep=False)}", 9)
    s.hline(25, 587, 290, 0.8, (0.55, 0.25, 0.1))
    s.text(32, 313, "价税合计（大写）", 9)
    s.text(130, 313, f"⊗{capital(amount, prefix='')}", 9.5)
    s.text(430, 313, f"（小写）¥{figures(amount, sep=False)}", 9.5)
    s.text(32, 350, f"备注：项目名称：{proj.name}", 8)
    s.text(440, 375, f"开票人：{people.person(rng, 0.3)}", 9)
    fields = {
        "invoice_number": number,
        "issued_on": on.isoformat(),
        "buyer": proj.client,
        "seller": firm.name,
        "total_amount": truth_money(amount),
    }
    return Doc("invoice", doc, fields, proj.id)


def paper_invoice(
    rng: random.Random, firm: Firm, proj: Project, amount: Decimal, on: dt.date, rate: int = 6
) -> Doc:
    """A 增值税普通发票 (pre-数电) to be scanned, with the seller's oval 发票专用章."""
    doc = pymupdf.open()
    s = Sheet(doc, rng, (680.0, 400.0))
    green = (0.3, 0.45, 0.3)
    s.center(40, "新疆增值税普通发票", 18, color=green)
    s.text(520, 34, f"No {rng.randrange(10**7, 10**8)}", 12, color=RED)
    code = f"065002{rng.randrange(100000, 999999)}"
    number = f"{rng.randrange(10**7, 10**8)}"
    s.text(520, 55, f"发票代码：{code}", 8.5)
    s.text(520, 70, f"发票号码：{number}", 8.5)
    s.text(520, 85, f"开票日期：{date_cn(on)}", 8.5)
    s.rect(pymupdf.Rect(20, 95, 660, 345), color=green)
    s.text(30, 115, f"购买方  名    称：{proj.client}", 9)
    s.text(30, 132, f"纳税人识别号：1165{rng.randrange(10**13, 10**14)}", 8.5)
    net = (amount / (1 + Decimal(rate) / 100)).quantize(Decimal("0.01"))
    s.hline(20, 660, 145, 0.7, green)
    s.text(
        30,
        165,
        "货物或应税劳务、服务名称      规格型号   单位   数量    单价        金额      税率    税额",
        8.5,
    )
    s.text(
        30,
        185,
        f"*信息技术服务*系统集成服务                    项      1                  {figures(net, sep=False)}   "
        f"{rate}%   {figures(amount - net, sep=False)}",
        8.5,
    )
    s.hline(20, 660, 270, 0.7, green)
    s.text(
        30,
        288,
        f"价税合计（大写）  {capital(amount, prefix='')}          （小写）¥{figures(amount, sep=False)}",
        9.5,
    )
    s.hline(20, 660, 298, 0.7, green)
    s.text(30, 315, f"销售方  名    称：{firm.name}", 9)
    s.text(30, 332, f"纳税人识别号：{firm.credit_code}", 8.5)
    s.text(
        30,
        370,
        f"收款人：{people.person(rng)}    复核：{people.person(rng)}    开票人：{people.person(rng)}",
        8.5,
    )
    s.seal(560, 320, firm.name, "发票专用章", r=34, code=firm.credit_code)
    fields = {
        "invoice_number": number,
        "issued_on": on.isoformat(),
        "buyer": proj.client,
        "seller": firm.name,
        "total_amount": truth_money(amount),
    }
    return Doc("invoice", doc, fields, proj.id)


def declaration_form(
    rng: random.Random,
    firm: Firm,
    projects: list[Project],
    year: int,
    total_override: Decimal | None = None,
    seal: bool = True,
    revenue: Decimal | None = None,
) -> Doc:
    """The 申报表 printed from the web form, stamped with the enterprise seal and scanned back."""
    doc = pymupdf.open()
    s = Sheet(doc, rng)
    s.center(60, f"{year}年度新疆计算机信息系统集成企业年检申报表", 15)
    rows = [
        ["企业名称", firm.name],
        ["统一社会信用代码", firm.credit_code],
        ["资质等级", f"{firm.grade}级"],
        ["技术人员总数", f"{firm.technical_total}人"],
        ["持证人员总数", f"{firm.certified_total}人"],
    ]
    y = s.table(60, 80, [130, 345], rows, size=10)
    s.text(60, y + 25, "经营情况（单位：元）", 11, bold=True)
    rev = firm.revenue if revenue is None else revenue
    y = s.table(
        60,
        y + 35,
        [70, 135, 135, 135],
        [
            ["年度", "营业收入", "系统集成收入", "净利润"],
            [str(year), figures(rev), figures(firm.si_revenue), figures(firm.net_profit)],
        ],
        size=9.5,
        align=["c", "r", "r", "r"],
    )
    s.text(60, y + 25, "系统集成项目汇总（单位：元）", 11, bold=True)
    prow = [["序号", "项目名称", "甲方单位", "验收日期", "合同金额"]]
    for i, p in enumerate(projects, 1):
        prow.append([str(i), p.name, p.client, p.accepted_on.isoformat(), figures(p.amount)])
    total = sum((p.amount for p in projects), Decimal(0)) if total_override is None else total_override
    prow.append(["合计", f"共{len(projects)}项", "", "", figures(total)])
    y = s.table(60, y + 35, [35, 170, 110, 70, 90], prow, size=8.5, align=["c", "l", "l", "c", "r"])
    s.text(330, y + 50, "企业（盖章）", 11)
    s.text(330, y + 80, date_cn(dt.date(year + 1, rng.randrange(3, 6), rng.randrange(1, 28))), 11)
    if seal:
        s.seal(400, y + 55, firm.name, "", r=42)
    s.text(60, 800, "本表由年检系统生成，打印后加盖企业公章上传。", 8, color=GREY)
    fields = {
        "company_name": firm.name,
        "credit_code": firm.credit_code,
        "grade": firm.grade,
        "technical_total": firm.technical_total,
        "certified_total": firm.certified_total,
        "finance": [
            {
                "year": year,
                "operating_revenue": truth_money(rev),
                "system_integration_revenue": truth_money(firm.si_revenue),
                "net_profit": truth_money(firm.net_profit),
            }
        ],
        "project_count": len(projects),
        "project_total": truth_money(total),
        "has_seal": seal,
    }
    return Doc("declaration_form", doc, fields)
