"""Company papers: the business licence (三证合一, horizontal 副本) and the audit report."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from . import blocks, ink
from .canvas import RED, SERIF, Cell, Sheet
from .money import capital, plain, yuan
from .records import _qr_png
from .world import Built, Company


def _capital_words(value: Decimal) -> str:
    """Registered capital as licences print it: ``壹仟万元整`` (人民币 omitted)."""
    return capital(value)


def licence(company: Company, rng: random.Random, issued: dt.date, printed_name: str | None = None) -> Built:
    """营业执照 (副本), horizontal, with guilloche-like frame, emblem, QR code and registry seal."""
    doc = pymupdf.open()
    page = Sheet(doc, size=(842, 595))
    name = printed_name or company.name
    for k in range(7):
        inset = 18 + k * 2.2
        page.page.draw_rect(
            pymupdf.Rect(inset, inset, 842 - inset, 595 - inset),
            color=(0.55, 0.45, 0.3),
            width=0.5 if k % 2 else 1.1,
        )
    page.image((381, 24, 461, 104), ink.emblem())
    page.text(60, 120, "统一社会信用代码", 11)
    page.text(60, 140, f"{company.credit_code}  (1/1)", 11, font=SERIF)
    page.center(150, "营业执照", 38, bold=True, spacing=14)
    page.center(182, "（副  本）", 14)
    page.image(
        (690, 96, 760, 166), _qr_png(f"http://www.gsxt.gov.cn/index.html?uniscid={company.credit_code}")
    )
    page.text(640, 178, "扫描二维码登录“国家企业信用", 7)
    page.text(640, 188, "信息公示系统”了解更多登记、", 7)
    page.text(640, 198, "备案、许可、监管信息。", 7)
    left = [("名        称", name), ("类        型", company.company_type), ("法定代表人", company.legal_rep)]
    right = [
        ("注册资本", _capital_words(company.capital)),
        ("成立日期", blocks.cn_date_padded(company.established)),
    ]
    until = blocks.cn_date_padded(company.valid_until) if company.valid_until else "长期"
    right.append(("营业期限", f"{blocks.cn_date_padded(company.established)} 至 {until}"))
    right.append(("住        所", company.address))
    y = 240
    for label, value in left:
        page.text(70, y, label, 12.5, bold=True)
        for k, part in enumerate(page.wrap(value, 250, 11.5)):
            page.text(165, y + k * 17, part, 11.5)
        y += 36
    page.text(70, y, "经营范围", 12.5, bold=True)
    yy = y
    for part in page.wrap(company.scope, 250, 10.5):
        page.text(165, yy, part, 10.5)
        yy += 15
    y = 240
    for label, value in right:
        page.text(455, y, label, 12.5, bold=True)
        for k, part in enumerate(page.wrap(value, 250, 11.5)):
            page.text(540, y + k * 17, part, 11.5)
        y += 36 + 17 * (len(page.wrap(value, 250, 11.5)) - 1)
    page.text(560, 470, "登 记 机 关", 13, bold=True)
    page.text(600, 530, f"{issued.year}     {issued.month:02d}     {issued.day:02d}", 12, font=SERIF)
    page.text(640, 530, "年", 11)
    page.text(690, 530, "月", 11)
    page.text(738, 530, "日", 11)
    blocks.seal_at(page, 680, 480, ink.round_seal("喀什地区市场监督管理局", rng, "", ""), 110)
    page.text(40, 570, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    page.text(330, 570, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 7)
    page.text(700, 570, "国家市场监督管理总局监制", 8, color=RED)
    fields = {
        "company_name": name,
        "credit_code": company.credit_code,
        "legal_representative": company.legal_rep,
        "registered_capital": plain(company.capital),
        "company_type": company.company_type,
        "established_on": company.established.isoformat(),
        "valid_until": company.valid_until.isoformat() if company.valid_until else "长期",
        "address": company.address,
        "business_scope": company.scope,
    }
    return Built(doc, "business_license", fields, marks={"first": 0}, label="营业执照")


def audit_report(
    company: Company,
    rng: random.Random,
    year: int,
    revenue: Decimal,
    si_revenue: Decimal,
    net_profit: Decimal,
    qualified: bool = False,
    firm: str = "新疆天衡信达会计师事务所（普通合伙）",
) -> Built:
    """审计报告: cover, opinion (unqualified or 保留意见), balance sheet, income statement, revenue note."""
    doc = pymupdf.open()
    number = f"天衡审字〔{year + 1}〕第{rng.randint(100, 999):04d}号"
    cover = Sheet(doc)
    cover.center(250, company.name, 18, bold=True)
    cover.center(300, f"{year}年度财务报表审计报告", 20, bold=True)
    cover.center(340, number, 12)
    cover.center(700, firm, 14)
    cover.center(724, "中国·喀什", 12)

    opinion = Sheet(doc)
    opinion.center(80, "审 计 报 告", 18, bold=True, spacing=4)
    opinion.text(400, 108, number, 10)
    y = opinion.para(60, 140, 475, f"{company.name}全体股东：", indent=0)
    heading = "一、保留意见" if qualified else "一、审计意见"
    opinion.text(60, y + 6, heading, 11, bold=True)
    y = opinion.para(
        60,
        y + 28,
        475,
        f"我们审计了{company.name}（以下简称贵公司）财务报表，包括{year}年12月31日的资产负债表，"
        f"{year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
    )
    if qualified:
        y = opinion.para(
            60,
            y + 2,
            475,
            "我们认为，除“形成保留意见的基础”部分所述事项产生的影响外，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
            f"公允反映了贵公司{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。",
        )
        opinion.text(60, y + 6, "二、形成保留意见的基础", 11, bold=True)
        y = opinion.para(
            60,
            y + 28,
            475,
            f"如财务报表附注五、3所述，贵公司{year}年12月31日应收账款余额中有账龄超过三年的款项，"
            "贵公司未对其计提充分的坏账准备。我们无法获取充分、适当的审计证据以确定该等款项的可收回金额，"
            "因此无法确定是否有必要对财务报表作出调整。",
        )
    else:
        y = opinion.para(
            60,
            y + 2,
            475,
            "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司"
            f"{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。",
        )
        opinion.text(60, y + 6, "二、形成审计意见的基础", 11, bold=True)
        y = opinion.para(
            60,
            y + 28,
            475,
            "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        )
    y = opinion.para(
        60,
        y + 6,
        475,
        "三、管理层和治理层对财务报表的责任：贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映。",
    )
    opinion.text(60, y + 40, firm, 10.5)
    opinion.text(360, y + 40, "中国注册会计师：", 10.5)
    opinion.text(360, y + 80, "中国注册会计师：", 10.5)
    opinion.text(60, y + 80, "中国·喀什", 10.5)
    opinion.text(360, y + 120, blocks.cn_date(dt.date(year + 1, 3, rng.randint(10, 28))), 10.5)
    blocks.seal_at(
        opinion,
        150,
        y + 60,
        ink.round_seal(firm[:-6], rng, "", "6531010033" + str(rng.randint(100, 999))),
        112,
    )
    opinion.image(
        (450, y + 22, 530, y + 52), ink.handwriting(rng.choice(["李建华", "马晓红"]), rng, (25, 25, 30))
    )
    opinion.image(
        (450, y + 62, 530, y + 92), ink.handwriting(rng.choice(["周海", "艾力"]), rng, (25, 25, 30))
    )

    assets = (revenue * Decimal("0.82")).quantize(Decimal("0.01"))
    prior = Decimal("0.87")
    balance = Sheet(doc)
    balance.center(70, "资 产 负 债 表", 16, bold=True)
    balance.text(60, 96, f"编制单位：{company.name}", 9)
    balance.text(300, 96, f"{year}年12月31日", 9)
    balance.text(470, 96, "单位：元", 9)
    rows = _balance_rows(assets, prior)
    table: list[list[Cell | str]] = [
        [Cell(h, "c", bold=True) for h in ("资产", "行次", "期末余额", "上年年末余额")]
    ]
    table += [
        [
            label,
            Cell(str(k), "c"),
            Cell(yuan(a) if a is not None else "", "r", font=SERIF),
            Cell(yuan(b) if b is not None else "", "r", font=SERIF),
        ]
        for k, (label, a, b) in enumerate(rows, start=1)
    ]
    balance.table(60, 106, (190, 40, 122, 123), table, size=8.5, row_h=18)

    income = Sheet(doc)
    income.center(70, "利 润 表", 16, bold=True)
    income.text(60, 96, f"编制单位：{company.name}", 9)
    income.text(330, 96, f"{year}年度", 9)
    income.text(470, 96, "单位：元", 9)
    cost = (revenue * Decimal("0.71")).quantize(Decimal("0.01"))
    tax_cost = (revenue * Decimal("0.006")).quantize(Decimal("0.01"))
    admin = (revenue * Decimal("0.09")).quantize(Decimal("0.01"))
    operating = revenue - cost - tax_cost - admin
    pre_tax = (net_profit / Decimal("0.85")).quantize(Decimal("0.01"))
    finance = operating - pre_tax
    income_tax = pre_tax - net_profit
    lines = [
        ("一、营业收入", revenue),
        ("减：营业成本", cost),
        ("税金及附加", tax_cost),
        ("管理费用", admin),
        ("财务费用", finance),
        ("二、营业利润（亏损以“－”号填列）", pre_tax),
        ("加：营业外收入", Decimal(0)),
        ("三、利润总额", pre_tax),
        ("减：所得税费用", income_tax),
        ("四、净利润（净亏损以“－”号填列）", net_profit),
    ]
    table = [[Cell(h, "c", bold=True) for h in ("项目", "行次", "本年数", "上年数")]]
    table += [
        [
            label,
            Cell(str(k), "c"),
            Cell(yuan(v), "r", font=SERIF),
            Cell(yuan((v * prior).quantize(Decimal("0.01"))), "r", font=SERIF),
        ]
        for k, (label, v) in enumerate(lines, start=1)
    ]
    income.table(60, 106, (200, 40, 117, 118), table, size=9, row_h=22)

    note = Sheet(doc)
    note.text(60, 80, "财务报表附注（节选）", 13, bold=True)
    note.text(60, 110, "五、28  营业收入和营业成本", 10.5, bold=True)
    other = revenue - si_revenue
    table = [
        [Cell(h, "c", bold=True) for h in ("项目", "本年数", "上年数")],
        [
            "系统集成收入",
            Cell(yuan(si_revenue), "r", font=SERIF),
            Cell(yuan((si_revenue * prior).quantize(Decimal("0.01"))), "r", font=SERIF),
        ],
        [
            "运维及技术服务收入",
            Cell(yuan(other), "r", font=SERIF),
            Cell(yuan((other * prior).quantize(Decimal("0.01"))), "r", font=SERIF),
        ],
        [
            Cell("合计", "c", bold=True),
            Cell(yuan(revenue), "r", font=SERIF),
            Cell(yuan((revenue * prior).quantize(Decimal("0.01"))), "r", font=SERIF),
        ],
    ]
    note.table(60, 124, (175, 150, 150), table, size=9.5, row_h=22)
    fields = {
        "audit_firm": firm,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "qualified" if qualified else "unqualified",
        "operating_revenue": plain(revenue),
        "net_profit": plain(net_profit),
        "system_integration_revenue": plain(si_revenue),
        "consolidated": False,
    }
    return Built(doc, "audit_report", fields, marks={"opinion": 1, "first": 0}, label="审计报告")


def _balance_rows(assets: Decimal, prior: Decimal) -> list[tuple[str, Decimal | None, Decimal | None]]:
    shares = [
        ("流动资产：", None),
        ("货币资金", Decimal("0.21")),
        ("应收账款", Decimal("0.38")),
        ("预付款项", Decimal("0.04")),
        ("其他应收款", Decimal("0.03")),
        ("存货", Decimal("0.12")),
        ("流动资产合计", Decimal("0.78")),
        ("非流动资产：", None),
        ("固定资产", Decimal("0.15")),
        ("无形资产", Decimal("0.05")),
        ("长期待摊费用", Decimal("0.02")),
        ("非流动资产合计", Decimal("0.22")),
        ("资产总计", Decimal(1)),
    ]
    out: list[tuple[str, Decimal | None, Decimal | None]] = []
    for label, share in shares:
        if share is None:
            out.append((label, None, None))
        else:
            now = (assets * share).quantize(Decimal("0.01"))
            out.append((label, now, (now * prior).quantize(Decimal("0.01"))))
    return out
