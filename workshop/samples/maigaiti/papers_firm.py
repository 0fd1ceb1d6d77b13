"""The firm's own papers: the 营业执照（副本） and the 审计报告 of a year."""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import Decimal

import numpy as np
import zxingcpp
from PIL import Image

from . import marks
from .dates import spell
from .facts import Books, Firm, Paper
from .numerals import capital, figures
from .sheet import Sheet

SCOPE = (
    "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；计算机系统服务；数据处理服务；安全技术防范系统设计施工服务；"
    "计算机软硬件及辅助设备零售；网络设备销售；通讯设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)


def _qr(text: str) -> bytes:
    image = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode).to_image(
        scale=6, add_quiet_zones=True
    )
    out = io.BytesIO()
    Image.fromarray(np.asarray(image)).save(out, "PNG")
    return out.getvalue()


def licence(rng: random.Random, firm: Firm) -> Paper:
    """A landscape 营业执照（副本）; the 营业期限 as the registry prints it (长期 or an end date)."""
    s = Sheet(size=(842.0, 595.0))
    s.page.draw_rect((18, 18, 824, 577), color=(0.75, 0.45, 0.2), width=5)
    s.center(48, "营 业 执 照", 30)
    s.center(92, "（副　本）", 13)
    s.text(60, 70, f"统一社会信用代码  {firm.org.code}", 10.5)
    s.text(60, 88, f"证照编号：{rng.randint(10**13, 10**14 - 1)}", 8)
    s.picture((720, 60, 790, 130), _qr(f"http://www.gsxt.gov.cn/index.html?uniscid={firm.org.code}"))
    s.text(708, 134, "扫描二维码登录", 7)
    s.text(700, 144, "国家企业信用信息公示系统", 7)
    y = 170
    left = [
        ("名　　　称", firm.org.name, "company_name"),
        ("类　　　型", firm.company_type, "company_type"),
        ("法定代表人", firm.legal, "legal_representative"),
    ]
    for label, value, _ in left:
        s.text(70, y, label, 12)
        s.text(160, y, value, 12)
        y += 34
    s.text(70, y, "经 营 范 围", 12)
    s.para(160, y, 270, SCOPE, 10, lead=1.55, indent=False)
    term = "长期" if firm.term_end is None else spell(firm.term_end, "cn0")
    right = [
        ("注 册 资 本", _capital_wan(firm.capital)),
        ("成 立 日 期", spell(firm.established, "cn0")),
        ("营 业 期 限", f"{spell(firm.established, 'cn0')} 至 {term}"),
        ("住　　　所", firm.org.address),
    ]
    y = 170
    for label, value in right:
        s.text(470, y, label, 12)
        if len(value) > 22:
            s.para(560, y, 240, value, 11.5, lead=1.5, indent=False)
            y += 17
        else:
            s.text(560, y, value, 12)
        y += 34
    s.text(600, 470, "登 记 机 关", 12)
    s.seal(
        700,
        480,
        f"{firm.org.county}市场监督管理局",
        marks.seal(rng, f"{firm.org.county}市场监督管理局"),
        radius=44,
    )
    s.text(640, 530, spell(firm.licence_issued, "cn_spaced"), 12)
    s.text(90, 548, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 8)
    fields = {
        "company_name": firm.org.name,
        "credit_code": firm.org.code,
        "legal_representative": firm.legal,
        "registered_capital": f"{firm.capital:.2f}",
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": "长期" if firm.term_end is None else firm.term_end.isoformat(),
        "address": firm.org.address,
    }
    return Paper("business_license", [s], fields, dict.fromkeys(fields, 0), label="营业执照")


def _capital_wan(amount: Decimal) -> str:
    """注册资本 as the licence prints it: 人民币伍佰万元整."""
    return "人民币" + capital(amount)


def audit_report(rng: random.Random, firm: Firm, books: Books, date_style: str = "han") -> Paper:
    """Three pages: the signed opinion (dated the next spring), the statements, the notes' revenue table."""
    y0 = books.year
    end = dt.date(y0, 12, 31)
    start = dt.date(y0, 1, 1)
    p1 = Sheet()
    p1.center(70, "审 计 报 告", 20)
    p1.right(535, 110, books.report_number, 10.5)
    p1.text(60, 140, f"{firm.org.name}全体股东：", 11)
    y = p1.text(60, 170, "一、审计意见", 11)[3] + 8
    y = p1.para(
        60,
        y,
        475,
        f"我们审计了{firm.org.name}（以下简称贵公司）财务报表，包括{spell(end, 'cn')}的资产负债表，{y0}年度的利润表、现金流量表、"
        "所有者权益变动表以及相关财务报表附注。",
    )
    y = p1.para(
        60,
        y,
        475,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{spell(end, 'cn')}的财务状况以及"
        f"{y0}年度的经营成果和现金流量。",
    )
    y = p1.text(60, y + 6, "二、形成审计意见的基础", 11)[3] + 8
    y = p1.para(
        60,
        y,
        475,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
        "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，"
        "为发表审计意见提供了基础。",
    )
    y = p1.text(60, y + 6, "三、管理层和治理层对财务报表的责任", 11)[3] + 8
    p1.para(
        60,
        y,
        475,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。",
    )
    p1.text(60, 600, books.auditor, 11)
    p1.seal(140, 640, books.auditor, marks.seal(rng, books.auditor), radius=46)
    p1.text(330, 600, f"中国注册会计师：{books.cpas[0]}", 11)
    p1.text(330, 640, f"中国注册会计师：{books.cpas[1]}", 11)
    p1.text(60, 690, "中国·喀什", 11)
    p1.right(535, 690, spell(books.report_date, date_style), 11)

    p2 = Sheet()
    p2.center(60, "资 产 负 债 表（简表）", 15)
    p2.text(60, 90, f"编制单位：{firm.org.name}", 9.5)
    p2.right(535, 90, f"{spell(end, 'cn')}　　单位：元", 9.5)
    cash = (books.total_assets * Decimal("0.31")).quantize(Decimal("0.01"))
    recv = (books.total_assets * Decimal("0.44")).quantize(Decimal("0.01"))
    fixed = books.total_assets - cash - recv
    y = p2.table(
        60,
        108,
        [200, 137, 138],
        [
            ["项　目", "期末余额", "上年年末余额"],
            [
                "货币资金",
                figures(cash),
                figures((books.prior_assets * Decimal("0.28")).quantize(Decimal("0.01"))),
            ],
            [
                "应收账款",
                figures(recv),
                figures((books.prior_assets * Decimal("0.47")).quantize(Decimal("0.01"))),
            ],
            [
                "固定资产",
                figures(fixed),
                figures(
                    books.prior_assets - (books.prior_assets * Decimal("0.75")).quantize(Decimal("0.01"))
                ),
            ],
            ["资产总计", figures(books.total_assets), figures(books.prior_assets)],
        ],
    )
    p2.center(y + 14, "利 润 表（简表）", 15)
    p2.text(60, y + 44, f"编制单位：{firm.org.name}", 9.5)
    p2.right(535, y + 44, f"{y0}年度　　单位：元", 9.5)
    cost = (books.revenue * Decimal("0.78")).quantize(Decimal("0.01"))
    tax = (books.net_profit / Decimal("0.85") - books.net_profit).quantize(Decimal("0.01"))
    before = books.net_profit + tax
    admin = books.revenue - cost - before
    p2.table(
        60,
        y + 62,
        [200, 137, 138],
        [
            ["项　目", "本期金额", "上期金额"],
            ["一、营业收入", figures(books.revenue), figures(books.prior_revenue)],
            [
                "减：营业成本",
                figures(cost),
                figures((books.prior_revenue * Decimal("0.8")).quantize(Decimal("0.01"))),
            ],
            ["　　管理费用及其他", figures(admin), "—"],
            ["二、利润总额", figures(before), "—"],
            ["减：所得税费用", figures(tax), "—"],
            ["三、净利润", figures(books.net_profit), figures(books.prior_profit)],
        ],
    )

    p3 = Sheet()
    p3.center(60, "财务报表附注（摘录）", 15)
    y = p3.para(
        60,
        100,
        475,
        f"一、公司基本情况：{firm.org.name}成立于{spell(firm.established, 'cn')}，统一社会信用代码{firm.org.code}，注册资本"
        f"{capital(firm.capital)}，法定代表人{firm.legal}。",
    )
    y = p3.para(
        60,
        y,
        475,
        f"二、会计期间：本公司会计年度自公历1月1日起至12月31日止。本财务报表所载财务信息的会计期间为{spell(start, 'cn')}至{spell(end, 'cn')}。",
    )
    y = p3.text(60, y + 4, "三、营业收入和营业成本（按业务类别）", 11)[3] + 8
    p3.table(
        60,
        y,
        [200, 137, 138],
        [
            ["业务类别", "本期发生额", "上期发生额"],
            ["系统集成收入", figures(books.integration), "—"],
            ["技术服务收入", figures(books.service), "—"],
            ["设备销售收入", figures(books.goods), "—"],
            ["合　计", figures(books.revenue), figures(books.prior_revenue)],
        ],
    )
    p3.finish_footer(
        f"打印日期：{spell(books.report_date + dt.timedelta(days=rng.randint(1, 6)), 'slash')}  第3页"
    )
    fields = {
        "audit_firm": books.auditor,
        "report_number": books.report_number,
        "fiscal_year": books.year,
        "opinion": "unqualified",
        "operating_revenue": f"{books.revenue:.2f}",
        "net_profit": f"{books.net_profit:.2f}",
        "system_integration_revenue": f"{books.integration:.2f}",
        "consolidated": False,
    }
    pages = {"audit_firm": 0, "report_number": 0, "fiscal_year": 0, "opinion": 0, "consolidated": 0}
    pages |= {"operating_revenue": 1, "net_profit": 1, "system_integration_revenue": 2}
    return Paper("audit_report", [p1, p2, p3], fields, pages, label=f"{books.year}年度审计报告")
