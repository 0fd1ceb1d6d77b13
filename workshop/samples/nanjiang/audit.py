"""审计报告 with the statements bound behind it (资产负债表 landscape, 利润表, 现金流量表, 附注)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from . import ink
from .model import Firm, Paper
from .numerals import cn_date, paren, s2, upper_date
from .paper import A4, A4_LANDSCAPE, Sheet

X0, X1 = 72.0, 523.0


class Money:
    """Figures in the statement's unit: 元 (two decimals) or 千元 (whole numbers)."""

    def __init__(self, unit: str):
        self.unit = unit
        self.q = Decimal("0.01") if unit == "元" else Decimal(1)
        self.scale = Decimal(1) if unit == "元" else Decimal(1000)

    def of(self, yuan_value: Decimal) -> Decimal:
        return (Decimal(yuan_value) / self.scale).quantize(self.q, rounding=ROUND_HALF_UP)

    def yuan(self, v: Decimal) -> Decimal:
        return v * self.scale

    def show(self, v: Decimal) -> str:
        return paren(v, 2 if self.unit == "元" else 0)

    def part(self, v: Decimal, r: float) -> Decimal:
        return (v * Decimal(str(r))).quantize(self.q, rounding=ROUND_HALF_UP)


def income(m: Money, revenue: Decimal, net: Decimal, rng: random.Random) -> list[tuple[str, Decimal]]:
    """An income statement whose 营业收入 and 净利润 are the given figures (in the unit)."""
    cost = m.part(revenue, rng.uniform(0.60, 0.68))
    surcharge = m.part(revenue, rng.uniform(0.003, 0.006))
    selling = m.part(revenue, rng.uniform(0.015, 0.03))
    rnd = m.part(revenue, rng.uniform(0.02, 0.04))
    fin = -m.part(revenue, rng.uniform(0.0005, 0.002))
    other_income = m.part(revenue, rng.uniform(0.002, 0.006))
    credit = -m.part(revenue, rng.uniform(0.002, 0.008))
    non_in = m.part(revenue, rng.uniform(0.0, 0.002))
    non_out = m.part(revenue, rng.uniform(0.0, 0.001))
    tax = m.part(net, rng.uniform(0.05, 0.12)) if net > 0 else Decimal(0)
    total = net + tax
    op = total - non_in + non_out
    admin = revenue - cost - surcharge - selling - rnd - fin + other_income + credit - op
    assert admin > 0, "income statement plug went negative"
    return [
        ("一、营业收入", revenue),
        ("减：营业成本", cost),
        ("税金及附加", surcharge),
        ("销售费用", selling),
        ("管理费用", admin),
        ("研发费用", rnd),
        ("财务费用", fin),
        ("其中：利息费用", Decimal(0)),
        ("加：其他收益", other_income),
        ("信用减值损失（损失以“-”号填列）", credit),
        ("二、营业利润（亏损以“-”号填列）", op),
        ("加：营业外收入", non_in),
        ("减：营业外支出", non_out),
        ("三、利润总额（亏损总额以“-”号填列）", total),
        ("减：所得税费用", tax),
        ("四、净利润（净亏损以“-”号填列）", net),
    ]


def _statement_head(s: Sheet, title: str, code: str, firm: Firm, when: str, unit: str) -> float:
    s.text(s.w / 2, 46, title, 18, bold=True, align="center", spacing=4)
    s.text(s.w - 60, 60, code, 9, align="right")
    s.text(60, 80, f"编制单位：{firm.name}", 9.5)
    s.text(s.w / 2, 80, when, 9.5, align="center")
    s.text(s.w - 60, 80, f"单位：{unit}", 9.5, align="right")
    return 98


def audit_report(
    firm: Firm,
    year: int,
    revenue: Decimal,
    si_revenue: Decimal,
    net: Decimal,
    rng: random.Random,
    unit: str,
    audit_firm: str,
    report_no: str,
    cpas: tuple[str, str],
    signed: dt.date,
    with_cf: bool = True,
    with_notes: bool = True,
    cover: bool = False,
) -> Paper:
    """Figures are in yuan as the statements show them (already rounded to the unit)."""
    m = Money(unit)
    rev, np_, si = m.of(revenue), m.of(net), m.of(si_revenue)
    doc = pymupdf.open()
    if cover:
        _cover(doc, firm, year, report_no, audit_firm, rng)
    s = _letter_start(doc, rng)
    s.text(s.w / 2, 56, "审 计 报 告", 18, bold=True, align="center")
    s.text(X1, 86, report_no, 10.5, align="right")
    y = 110.0
    s.text(X0, y, f"{firm.name}全体股东：", 10.5)
    y += 26
    short = "贵公司"
    paras = [
        (
            "一、审计意见",
            f"我们审计了{firm.name}（以下简称{short}）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
        ),
        (
            "",
            f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了{short}{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。",
        ),
        (
            "二、形成审计意见的基础",
            f"我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于{short}，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        ),
        (
            "三、管理层和治理层对财务报表的责任",
            f"{short}管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。",
        ),
        (
            "四、注册会计师对财务报表审计的责任",
            "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。",
        ),
    ]
    for head, body in paras:
        if head:
            s.text(X0, y, head, 11, bold=True)
            y += 20
        y = s.para(X0, y, X1 - X0, body, 10.5, 1.7) + 4
    y += 16
    s.text(X0, y, audit_firm, 10.5)
    s.text(X0 + 270, y, "中国注册会计师：", 10.5)
    s.text(X0 + 360, y, cpas[0], 10.5)
    s.image(X0 + 395, y - 8, X0 + 455, y + 16, ink.signature(rng))
    s.text(X0 + 270, y + 40, "中国注册会计师：", 10.5)
    s.text(X0 + 360, y + 40, cpas[1], 10.5)
    s.image(X0 + 395, y + 32, X0 + 455, y + 56, ink.signature(rng))
    s.text(X0, y + 80, f"中国·{firm.city}", 10.5)
    s.text(X0 + 270, y + 80, upper_date(signed), 10.5)
    seal = ink.round_seal(audit_firm, rng)
    s.image(X0 + 20, y - 50, X0 + 140, y + 70, seal)
    # balance sheet (landscape)
    s = Sheet(doc, A4_LANDSCAPE, rng=rng)
    yb = _statement_head(s, "资产负债表", "会企01表", firm, f"{year}年12月31日", unit)
    cash = m.part(rev, rng.uniform(0.08, 0.18))
    cash0 = m.part(rev, rng.uniform(0.06, 0.16))
    cur = [("货币资金", cash, cash0)]
    for name, r in (
        ("应收账款", 0.25),
        ("预付款项", 0.03),
        ("其他应收款", 0.02),
        ("存货", 0.05),
        ("合同资产", 0.04),
    ):
        cur.append((name, m.part(rev, r * rng.uniform(0.7, 1.3)), m.part(rev, r * rng.uniform(0.6, 1.2))))
    cur_tot = (sum((a for _, a, _ in cur), Decimal(0)), sum((b for _, _, b in cur), Decimal(0)))
    nonc = []
    for name, r in (
        ("固定资产", 0.05),
        ("无形资产", 0.01),
        ("长期待摊费用", 0.005),
        ("递延所得税资产", 0.003),
    ):
        nonc.append((name, m.part(rev, r * rng.uniform(0.7, 1.3)), m.part(rev, r * rng.uniform(0.6, 1.2))))
    nonc_tot = (sum((a for _, a, _ in nonc), Decimal(0)), sum((b for _, _, b in nonc), Decimal(0)))
    ta = (cur_tot[0] + nonc_tot[0], cur_tot[1] + nonc_tot[1])
    liab = []
    for name, r in (
        ("短期借款", 0.04),
        ("应付账款", 0.14),
        ("合同负债", 0.05),
        ("应付职工薪酬", 0.02),
        ("应交税费", 0.015),
        ("其他应付款", 0.01),
    ):
        liab.append((name, m.part(rev, r * rng.uniform(0.7, 1.3)), m.part(rev, r * rng.uniform(0.6, 1.2))))
    tl = (sum((a for _, a, _ in liab), Decimal(0)), sum((b for _, _, b in liab), Decimal(0)))
    paid = m.of(firm.capital)
    surplus = (m.part(paid, 0.06), m.part(paid, 0.05))
    eq = (ta[0] - tl[0], ta[1] - tl[1])
    retained = (eq[0] - paid - surplus[0], eq[1] - paid - surplus[1])
    left = [("流动资产：", None, None), *cur, ("流动资产合计", *cur_tot), ("非流动资产：", None, None), *nonc]
    left += [("非流动资产合计", *nonc_tot), ("", None, None), ("资产总计", *ta)]
    right = [
        ("流动负债：", None, None),
        *liab,
        ("流动负债合计", *tl),
        ("非流动负债合计", Decimal(0), Decimal(0)),
        ("负债合计", *tl),
    ]
    right += [
        ("所有者权益：", None, None),
        ("实收资本", paid, paid),
        ("盈余公积", *surplus),
        ("未分配利润", *retained),
    ]
    right += [("所有者权益合计", *eq), ("负债和所有者权益总计", *ta)]
    n = max(len(left), len(right))
    left += [("", None, None)] * (n - len(left))
    right += [("", None, None)] * (n - len(right))
    rows = [["资产", "期末余额", "上年年末余额", "负债和所有者权益", "期末余额", "上年年末余额"]]
    for (ln, la, lb), (rn, ra, rb) in zip(left, right, strict=True):
        rows.append(
            [
                ln,
                "" if la is None else m.show(la),
                "" if lb is None else m.show(lb),
                rn,
                "" if ra is None else m.show(ra),
                "" if rb is None else m.show(rb),
            ]
        )
    s.table(50, yb, (150, 110, 110, 160, 110, 110), rows, 8.5, 17.5, "lrrlrr")
    s.text(60, s.h - 40, f"单位负责人：{firm.legal_rep}", 9)
    s.text(340, s.h - 40, "主管会计工作负责人：", 9)
    s.text(600, s.h - 40, "会计机构负责人：", 9)
    # income statement
    income_page = doc.page_count
    s = Sheet(doc, A4, rng=rng)
    yi = _statement_head(s, "利润表", "会企02表", firm, f"{year}年度", unit)
    cur_is = income(m, rev, np_, rng)
    prev_rev = m.part(rev, rng.uniform(0.75, 0.95))
    prev_is = income(m, prev_rev, m.part(np_, rng.uniform(0.6, 0.95)), rng)
    rows = [["项目", "本期金额", "上期金额"]]
    for (name, a), (_, b) in zip(cur_is, prev_is, strict=True):
        indent = "" if name[0] in "一二三四" else "　　"
        rows.append([indent + name, m.show(a), m.show(b)])
    s.table(60, yi, (235, 120, 120), rows, 9.5, 21, "lrr")
    s.text(60, s.h - 50, f"单位负责人：{firm.legal_rep}", 9)
    s.text(240, s.h - 50, "主管会计工作负责人：", 9)
    s.text(410, s.h - 50, "会计机构负责人：", 9)
    # cash flow
    if with_cf:
        s = Sheet(doc, A4, rng=rng)
        yc = _statement_head(s, "现金流量表", "会企03表", firm, f"{year}年度", unit)
        sales = m.part(rev, rng.uniform(1.0, 1.08))
        other_in = m.part(rev, rng.uniform(0.005, 0.02))
        goods = m.part(rev, rng.uniform(0.6, 0.7))
        staff = m.part(rev, rng.uniform(0.08, 0.12))
        taxes = m.part(rev, rng.uniform(0.02, 0.04))
        capex = m.part(rev, rng.uniform(0.005, 0.02))
        borrow = m.part(rev, rng.uniform(0.02, 0.05))
        repay = m.part(rev, rng.uniform(0.02, 0.05))
        interest = m.part(rev, rng.uniform(0.001, 0.003))
        inv_net = -capex
        fin_net = borrow - repay - interest
        increase = cash - cash0
        other_out = sales + other_in - goods - staff - taxes - (increase - inv_net - fin_net)
        op_in = sales + other_in
        op_out = goods + staff + taxes + other_out
        rows = [["项目", "本期金额"]]
        for name, v in (
            ("一、经营活动产生的现金流量：", None),
            ("销售商品、提供劳务收到的现金", sales),
            ("收到其他与经营活动有关的现金", other_in),
            ("经营活动现金流入小计", op_in),
            ("购买商品、接受劳务支付的现金", goods),
            ("支付给职工以及为职工支付的现金", staff),
            ("支付的各项税费", taxes),
            ("支付其他与经营活动有关的现金", other_out),
            ("经营活动现金流出小计", op_out),
            ("经营活动产生的现金流量净额", op_in - op_out),
            ("二、投资活动产生的现金流量：", None),
            ("购建固定资产、无形资产和其他长期资产支付的现金", capex),
            ("投资活动产生的现金流量净额", inv_net),
            ("三、筹资活动产生的现金流量：", None),
            ("取得借款收到的现金", borrow),
            ("偿还债务支付的现金", repay),
            ("分配股利、利润或偿付利息支付的现金", interest),
            ("筹资活动产生的现金流量净额", fin_net),
            ("四、现金及现金等价物净增加额", increase),
            ("加：期初现金及现金等价物余额", cash0),
            ("五、期末现金及现金等价物余额", cash),
        ):
            rows.append([name, "" if v is None else m.show(v)])
        s.table(60, yc, (320, 155), rows, 9.5, 21, "lr")
    fields = {
        "audit_firm": audit_firm,
        "report_number": report_no,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": s2(m.yuan(rev)),
        "net_profit": s2(m.yuan(np_)),
        "consolidated": False,
    }
    if with_notes:
        s = Sheet(doc, A4, rng=rng)
        s.text(X0, 56, "财务报表附注（节选）", 13, bold=True)
        s.text(X0, 84, "五、财务报表项目注释", 11, bold=True)
        s.text(X0, 108, "（二十二）营业收入和营业成本", 10.5, bold=True)
        s.text(X1, 130, f"单位：{unit}", 9.5, align="right")
        rest = rev - si
        soft = m.part(rest, rng.uniform(0.4, 0.7))
        hw = rest - soft
        rows = [["项目", "本期发生额（收入）", "本期发生额（成本）"]]
        cost_total = cur_is[1][1]
        c1 = m.part(cost_total, 0.8)
        c2 = m.part(cost_total, 0.08)
        for name, a, c in (
            ("系统集成收入", si, c1),
            ("软件开发及技术服务收入", soft, c2),
            ("硬件销售收入", hw, cost_total - c1 - c2),
            ("合计", rev, cost_total),
        ):
            rows.append([name, m.show(a), m.show(c)])
        s.table(X0, 146, (171, 140, 140), rows, 10, 24, "lrr", bold_rows=(0, 4))
        s.para(
            X0,
            290,
            X1 - X0,
            "注：系统集成收入系公司承接的信息系统集成项目（含软硬件供货、集成实施及配套软件开发）于验收合格时确认的收入。",
            9.5,
            1.6,
        )
        fields["system_integration_revenue"] = s2(m.yuan(si))
    paper = Paper("", "audit_report", doc, None, fields)
    paper.anchors["income"] = (income_page, (0.0, 0.0, 0.0, 0.0))
    return paper


def _cover(
    doc: pymupdf.Document, firm: Firm, year: int, report_no: str, audit_firm: str, rng: random.Random
) -> None:
    s = Sheet(doc, A4, rng=rng)
    s.text(s.w / 2, 200, firm.name, 18, bold=True, align="center")
    s.text(s.w / 2, 250, f"{year}年度", 16, align="center")
    s.text(s.w / 2, 290, "审计报告", 30, bold=True, align="center", spacing=12)
    s.text(s.w / 2, 350, report_no, 13, align="center")
    s.text(s.w / 2, 660, audit_firm, 15, align="center")
    s.text(s.w / 2, 690, f"中国·{firm.city}", 12, align="center")


def _letter_start(doc: pymupdf.Document, rng: random.Random) -> Sheet:
    return Sheet(doc, A4, rng=rng)


def report_number(rng: random.Random, prefix: str, year: int) -> str:
    return f"{prefix}审字〔{year + 1}〕第{rng.randint(12, 460):04d}号"


def signed_date(rng: random.Random, year: int) -> dt.date:
    return dt.date(year + 1, rng.randint(2, 4), rng.randint(3, 27))


__all__ = ["audit_report", "cn_date", "report_number", "signed_date"]
