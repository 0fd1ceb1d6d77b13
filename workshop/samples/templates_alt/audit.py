"""Alt audit report: another firm's layout. Cover, 审计报告 (addressed 致：…全体股东 on its own line),
then 资产负债表 (期末余额 / 上年年末余额), 利润表 with 附注, 本期金额 and 上期金额 all filled, figures
in 元 with thousands separators, and a note page where the system-integration revenue is one row of
营业收入 by business line."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from jianzheng.models.document import DocType

from .. import names
from ..draw import Pen, Style
from ..spell import date_text
from ..templates import Rendered
from ..world import Finance

FIRMS = (
    ("新疆天山正和会计师事务所（特殊普通合伙）", "天正"),
    ("新疆丝路信诚会计师事务所有限责任公司", "丝信"),
    ("中审众恒会计师事务所（特殊普通合伙）新疆分所", "中审众恒新"),
)


def _m(v: Decimal) -> str:
    return f"{v:,.2f}"


def render_alt_audit(
    rng: random.Random, company: str, f: Finance, prior: Finance | None, opinion: str = "unqualified"
) -> Rendered:
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    firm, prefix = rng.choice(FIRMS)
    number = f"{prefix}审字（{f.year + 1}）第{rng.randint(10, 2999):04d}号"
    prev = prior or Finance(
        f.year - 1,
        (f.revenue * Decimal("0.87")).quantize(Decimal("0.01")),
        (f.si_revenue * Decimal("0.85")).quantize(Decimal("0.01")),
        (f.net_profit * Decimal("0.9")).quantize(Decimal("0.01")),
        (f.total_assets * Decimal("0.92")).quantize(Decimal("0.01")),
    )
    # Cover.
    pen.new_page()
    pen.center(230, company, size=17)
    pen.center(285, f"{f.year}年度", size=16)
    pen.center(330, "审 计 报 告", size=26)
    pen.center(370, number, size=11)
    pen.center(650, firm, size=13)
    pen.center(675, f"二〇{_cn2(f.year + 1 - 2000)}年{rng.choice(['三', '四'])}月", size=12)
    # The report.
    pen.new_page()
    pen.center(80, "审计报告", size=20)
    pen.text(370, 108, number, size=10)
    pen.text(60, 140, f"致：{company}全体股东")
    y = 172.0
    head = "一、审计意见" if opinion == "unqualified" else "一、保留意见"
    pen.text(60, y, head, size=pen.style.size + 0.5)
    y = pen.wrap(
        72,
        y + 22,
        458,
        f"我们审计了{company}（以下简称“贵公司”）财务报表，包括{f.year}年12月31日的资产负债表，{f.year}年度的"
        "利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
    )
    if opinion == "unqualified":
        text = f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{f.year}年12月31日的财务状况以及{f.year}年度的经营成果和现金流量。"
    else:
        text = (
            "我们认为，除“形成保留意见的基础”部分所述事项可能产生的影响外，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
            f"公允反映了贵公司{f.year}年12月31日的财务状况以及{f.year}年度的经营成果和现金流量。"
        )
    y = pen.wrap(72, y + 4, 458, text)
    y += 8
    base = "二、形成审计意见的基础" if opinion == "unqualified" else "二、形成保留意见的基础"
    pen.text(60, y, base, size=pen.style.size + 0.5)
    basis = (
        "我们按照中国注册会计师审计准则的规定执行了审计工作。按照中国注册会计师职业道德守则，我们独立于贵公司，"
        "并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
    )
    if opinion != "unqualified":
        basis = "贵公司存货期末余额中有部分存货未能实施监盘，我们无法获取充分、适当的审计证据。" + basis
    y = pen.wrap(72, y + 22, 458, basis)
    y += 8
    pen.text(60, y, "三、管理层和治理层对财务报表的责任", size=pen.style.size + 0.5)
    pen.wrap(
        72,
        y + 22,
        458,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。",
    )
    pen.text(60, 690, firm)
    pen.text(360, 690, "中国注册会计师：" + names.person(rng) + "（项目合伙人）", size=10)
    pen.text(360, 712, "中国注册会计师：" + names.person(rng), size=10)
    pen.text(60, 740, "中国·乌鲁木齐")
    signed = dt.date(f.year + 1, rng.randint(3, 4), rng.randint(1, 28))
    pen.text(360, 740, date_text(signed, "han"))
    pen.seal(150, 690, firm.split("（")[0], radius=50, rng=rng)
    _balance(pen, company, f, prev)
    _income(pen, rng, company, f, prev)
    _notes(pen, rng, f, prev)
    fields = {
        "audit_firm": firm,
        "report_number": number,
        "fiscal_year": f.year,
        "opinion": opinion,
        "operating_revenue": f"{f.revenue:.2f}",
        "net_profit": f"{f.net_profit:.2f}",
        "system_integration_revenue": f"{f.si_revenue:.2f}",
        "consolidated": False,
        "company_name": company,
    }
    return Rendered(DocType.audit_report, doc, fields, pen.marks)


def _cn2(n: int) -> str:
    digits = "〇一二三四五六七八九"
    return digits[n // 10] + digits[n % 10]


def _header(pen: Pen, title: str, company: str, period: str, form: str) -> None:
    pen.new_page()
    pen.center(66, title, size=17)
    pen.text(470, 84, form, size=9)
    pen.text(45, 102, f"编制单位：{company}", size=9)
    pen.text(310, 102, period, size=9)
    pen.text(480, 102, "单位：元", size=9)


def _balance(pen: Pen, company: str, f: Finance, prev: Finance) -> None:
    _header(pen, "资产负债表", company, f"{f.year}年12月31日", "会企01表")

    def split(total: Decimal) -> list[Decimal]:
        parts = [Decimal("0.21"), Decimal("0.34"), Decimal("0.09"), Decimal("0.06")]
        cur = [(total * p).quantize(Decimal("0.01")) for p in parts]
        return [*cur, total - sum(cur)]

    a, b = split(f.total_assets), split(prev.total_assets)
    rows = [["资产", "附注", "期末余额", "上年年末余额"], ["流动资产：", "", "", ""]]
    for i, name in enumerate(("货币资金", "应收账款", "预付款项", "存货")):
        rows.append([name, f"五、{i + 1}", _m(a[i]), _m(b[i])])
    rows.append(["非流动资产：", "", "", ""])
    rows.append(["固定资产", "五、6", _m(a[4]), _m(b[4])])
    rows.append(["资产总计", "", _m(f.total_assets), _m(prev.total_assets)])
    pen.table(45, 118, [170, 50, 140, 145], rows, row_h=23, size=9.5, align_right={2, 3})


def _income(pen: Pen, rng: random.Random, company: str, f: Finance, prev: Finance) -> None:
    _header(pen, "利润表", company, f"{f.year}年度", "会企02表")

    def lines(x: Finance) -> list[Decimal]:
        cost = (x.revenue * Decimal("0.74")).quantize(Decimal("0.01"))
        tax = (x.revenue * Decimal("0.008")).quantize(Decimal("0.01"))
        income_tax = (x.net_profit * Decimal("0.12")).quantize(Decimal("0.01"))
        profit = x.net_profit + income_tax
        manage = x.revenue - cost - tax - profit
        return [x.revenue, cost, tax, manage, profit, profit, income_tax, x.net_profit]

    now, then = lines(f), lines(prev)
    labels = [
        ("一、营业收入", "五、25"),
        ("减：营业成本", "五、25"),
        ("税金及附加", "五、26"),
        ("管理费用", "五、27"),
        ("二、营业利润（亏损以“－”号填列）", ""),
        ("三、利润总额（亏损总额以“－”号填列）", ""),
        ("减：所得税费用", "五、28"),
        (rng.choice(["四、净利润（净亏损以“－”号填列）", "四、净利润"]), ""),
    ]
    rows = [["项目", "附注", "本期金额", "上期金额"]]
    for (label, note), v, p in zip(labels, now, then, strict=True):
        rows.append([label, note, _m(v), _m(p)])
    pen.table(45, 118, [215, 45, 125, 125], rows, row_h=24, size=9, align_right={2, 3})


def _notes(pen: Pen, rng: random.Random, f: Finance, prev: Finance) -> None:
    pen.new_page()
    pen.text(45, 70, "财务报表附注（节选）", size=13)
    pen.text(45, 100, "五、25 营业收入和营业成本", size=11)
    pen.text(45, 120, "（1）按业务类别列示", size=10)
    other, other_p = f.revenue - f.si_revenue, prev.revenue - prev.si_revenue
    soft = (other * Decimal("0.6")).quantize(Decimal("0.01"))
    soft_p = (other_p * Decimal("0.6")).quantize(Decimal("0.01"))
    rows = [
        ["项目", "本期发生额", "上期发生额"],
        [rng.choice(["系统集成", "系统集成收入"]), _m(f.si_revenue), _m(prev.si_revenue)],
        ["软件开发", _m(soft), _m(soft_p)],
        ["技术服务", _m(other - soft), _m(other_p - soft_p)],
        ["合计", _m(f.revenue), _m(prev.revenue)],
    ]
    pen.table(45, 132, [200, 150, 150], rows, row_h=24, size=9.5, align_right={1, 2})
