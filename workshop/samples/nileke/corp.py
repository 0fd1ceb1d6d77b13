"""The firm's own papers: 营业执照（副本）, 审计报告 with its statements, and 数电票 (电子发票)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import ink
from .model import Paper
from .numerals import capital, date_cn, date_cn_padded, figures, yuan_str
from .papers import LEFT, RIGHT, WIDTH
from .sheet import Sheet, wrap
from .world import CPA_FIRMS, Firm

GOLD = (0.66, 0.5, 0.22)
RED = (0.8, 0.1, 0.12)

SCOPE = (
    "计算机信息系统集成；软件开发；信息技术咨询服务；数据处理和存储支持服务；网络与信息安全软件开发；"
    "计算机软硬件及辅助设备批发、零售；安全技术防范系统设计施工服务；通讯设备销售；电子产品销售；"
    "建筑智能化工程施工；办公设备维修。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
)


def licence(rng: random.Random, firm: Firm, issued: dt.date) -> Paper:
    """营业执照（副本）, portrait, with QR and the registry's seal."""
    s = Sheet(rng)
    w, h = s.width, s.height
    s.rect(22, 22, w - 22, h - 22, 5.5, GOLD)
    s.rect(34, 34, w - 34, h - 34, 1.2, GOLD)
    for k in range(0, int(w - 80), 9):
        s.line(40 + k, 28, 44 + k, 34, 0.5, GOLD)
        s.line(40 + k, h - 34, 44 + k, h - 28, 0.5, GOLD)
    s.page.draw_circle((w / 2, 92), 24, color=RED, fill=RED)
    s.page.draw_circle((w / 2, 92), 15, color=GOLD, width=1.5)
    s.text(60, 60, "统一社会信用代码", 9.5)
    s.text(60, 76, firm.code, 12.5)
    s.text(60, 96, "副本编号：1-1", 9)
    payload = f"http://www.gsxt.gov.cn/index.html?uniscid={firm.code}"
    s.qr(w - 140, 52, payload, 78)
    for k, line in enumerate(
        ("扫描二维码登录", "‘国家企业信用信息公示系统’", "了解更多登记、备案、", "许可、监管信息")
    ):
        s.text(w - 150, 136 + k * 11, line, 7.5)
    s.spaced(160, "营业执照", 32, 14)
    s.center(208, "（副        本）", 14)
    label_x, value_x = 86, 176
    y = 258.0
    est = dt.date(*firm.established)
    rows = [
        ("名        称", firm.name),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal_rep),
        ("注册资本", capital(Decimal(firm.capital_wan) * 10000)),
        ("成立日期", date_cn_padded(est)),
        ("营业期限", f"{date_cn_padded(est)} 至 长期"),
        ("住        所", firm.address),
    ]
    for label, value in rows:
        s.text(label_x, y, label, 11.5)
        lines = wrap(value, 330, 11.5)
        for line in lines:
            s.text(value_x, y, line, 11.5)
            y += 20
        y += 10
    s.text(label_x, y, "经营范围", 11.5)
    for line in wrap(SCOPE, 330, 10.5):
        s.text(value_x, y, line, 10.5)
        y += 17
    reg = f"{firm.place.county}市场监督管理局"
    s.text(w - 250, h - 190, "登  记  机  关", 13)
    s.text(w - 238, h - 132, date_cn(issued), 12)
    seal = ink.round_seal(rng, reg, "", "", 42, rng.uniform(-10, 10), 0.9, 0.25)
    s.seal(w - 190, h - 150, seal, reg)
    s.text(60, h - 76, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5)
    s.center(h - 58, "国家市场监督管理总局监制", 8.5)
    s.text(60, h - 90, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 7.5)
    fields = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal_rep,
        "registered_capital": yuan_str(Decimal(firm.capital_wan) * 10000),
        "company_type": "有限责任公司（自然人投资或控股）",
        "established_on": est.isoformat(),
        "valid_until": "长期",
        "address": firm.address,
        "business_scope": SCOPE,
    }
    return Paper("business_license", [s], fields, "licence", facts={"qr": payload})


@dataclass(frozen=True)
class Accounts:
    revenue: Decimal
    si_revenue: Decimal
    service_revenue: Decimal
    other_revenue: Decimal
    cost: Decimal
    taxes: Decimal
    selling: Decimal
    admin: Decimal
    rnd: Decimal
    finance: Decimal
    non_op_in: Decimal
    non_op_out: Decimal
    income_tax: Decimal
    prior_revenue: Decimal
    prior_net: Decimal

    @property
    def operating_profit(self) -> Decimal:
        return self.revenue - self.cost - self.taxes - self.selling - self.admin - self.rnd - self.finance

    @property
    def total_profit(self) -> Decimal:
        return self.operating_profit + self.non_op_in - self.non_op_out

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax


def draw_accounts(rng: random.Random, floor: Decimal) -> Accounts:
    """A year's income statement in yuan and fen whose lines add up; revenue above ``floor``."""

    def cents(lo: float, hi: float, base: Decimal) -> Decimal:
        return (base * Decimal(str(round(rng.uniform(lo, hi), 4)))).quantize(Decimal("0.01"))

    revenue = (
        floor * Decimal(str(round(rng.uniform(1.25, 1.8), 3))) + Decimal(rng.randint(0, 99999)) / 100
    ).quantize(Decimal("0.01"))
    si = cents(0.72, 0.86, revenue)
    other = cents(0.0, 0.03, revenue)
    service = revenue - si - other
    cost = cents(0.68, 0.78, revenue)
    taxes = cents(0.004, 0.008, revenue)
    selling = cents(0.02, 0.04, revenue)
    admin = cents(0.06, 0.09, revenue)
    rnd = cents(0.02, 0.05, revenue)
    fin = cents(0.001, 0.004, revenue)
    acc = Accounts(
        revenue,
        si,
        service,
        other,
        cost,
        taxes,
        selling,
        admin,
        rnd,
        fin,
        cents(0.0, 0.002, revenue),
        cents(0.0, 0.001, revenue),
        Decimal(0),
        cents(0.7, 0.95, revenue),
        Decimal(0),
    )
    tax = (
        (acc.total_profit * Decimal("0.05")).quantize(Decimal("0.01")) if acc.total_profit > 0 else Decimal(0)
    )
    prior_net = cents(0.04, 0.09, acc.prior_revenue)
    return Accounts(**{**acc.__dict__, "income_tax": tax, "prior_net": prior_net})


def audit_report(rng: random.Random, firm: Firm, year: int, acc: Accounts, issued: dt.date) -> Paper:
    """Four pages: the opinion with the CPA firm's seal and two CPAs, 资产负债表, 利润表, 营业收入 note."""
    cpa_name, prefix = rng.choice(CPA_FIRMS)
    number = f"{prefix}〔{issued.year}〕第{rng.randint(12, 420):04d}号"
    cpas = [
        rng.choice(("马", "陈", "何", "努尔")) + rng.choice(("丽华", "志刚", "建军", "兰")) for _ in range(2)
    ]
    s1 = Sheet(rng)
    s1.spaced(70, "审计报告", 22, 12)
    s1.center(112, number, 11)
    s1.text(LEFT, 146, f"{firm.name}全体股东：", 11)
    y = 172.0
    s1.text(LEFT, y, "一、审计意见", 11.5, bold=True)
    y = s1.para(
        LEFT,
        y + 22,
        WIDTH,
        (
            f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、"
            "现金流量表、所有者权益变动表以及相关财务报表附注。"
        ),
    )
    y = (
        s1.para(
            LEFT,
            y,
            WIDTH,
            (
                f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的财务状况"
                f"以及{year}年度的经营成果和现金流量。"
            ),
        )
        + 6
    )
    s1.text(LEFT, y, "二、形成审计意见的基础", 11.5, bold=True)
    y = (
        s1.para(
            LEFT,
            y + 22,
            WIDTH,
            (
                "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
                "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
                "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
            ),
        )
        + 6
    )
    s1.text(LEFT, y, "三、管理层和治理层对财务报表的责任", 11.5, bold=True)
    y = (
        s1.para(
            LEFT,
            y + 22,
            WIDTH,
            (
                "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
                "以使财务报表不存在由于舞弊或错误导致的重大错报。"
            ),
        )
        + 20
    )
    s1.text(LEFT, y, f"{cpa_name}", 11)
    s1.text(LEFT + 250, y, "中国注册会计师：", 11)
    s1.hand(LEFT + 340, y, cpas[0])
    s1.text(LEFT + 250, y + 40, "中国注册会计师：", 11)
    s1.hand(LEFT + 340, y + 40, cpas[1])
    s1.text(LEFT, y + 40, "中国·伊宁", 11)
    s1.text(LEFT + 250, y + 80, date_cn(issued), 11)
    s1.seal(
        LEFT + 90,
        y + 20,
        ink.oval_seal(
            rng,
            cpa_name,
            firm.place.code + "0" + str(rng.randint(100000, 999999)),
            "报告专用章",
            rng.uniform(-8, 8),
        ),
        cpa_name,
    )
    s1.center(805, "— 1 —", 9)

    prior_scale = acc.prior_revenue / acc.revenue
    s2 = Sheet(rng)
    s2.center(60, "资产负债表", 16, bold=True)
    s2.text(LEFT, 92, f"编制单位：{firm.name}", 9.5)
    s2.text(LEFT + 250, 92, f"{year}年12月31日", 9.5)
    s2.right(RIGHT, 92, "单位：元", 9.5)
    cash = (acc.revenue * Decimal("0.21")).quantize(Decimal("0.01"))
    recv = (acc.revenue * Decimal("0.34")).quantize(Decimal("0.01"))
    stock = (acc.revenue * Decimal("0.08")).quantize(Decimal("0.01"))
    fixed = (acc.revenue * Decimal("0.06")).quantize(Decimal("0.01"))
    cur = cash + recv + stock
    assets = cur + fixed
    payable = (acc.revenue * Decimal("0.19")).quantize(Decimal("0.01"))
    taxes_due = (acc.revenue * Decimal("0.02")).quantize(Decimal("0.01"))
    liab = payable + taxes_due
    paid_in = Decimal(firm.capital_wan * 10000)
    retained = assets - liab - paid_in
    rows = [["项目", "期末余额", "上年年末余额"]]

    def prior(v: Decimal) -> str:
        return figures((v * prior_scale).quantize(Decimal("0.01")))

    for label, value in (
        ("货币资金", cash),
        ("应收账款", recv),
        ("存货", stock),
        ("流动资产合计", cur),
        ("固定资产", fixed),
        ("资产总计", assets),
        ("应付账款", payable),
        ("应交税费", taxes_due),
        ("负债合计", liab),
        ("实收资本", paid_in),
        ("未分配利润", retained),
        ("所有者权益合计", paid_in + retained),
        ("负债和所有者权益总计", assets),
    ):
        rows.append([label, figures(value), figures(paid_in) if label == "实收资本" else prior(value)])
    s2.table(LEFT, 112, [190, 132, 133], rows, 10, 22, align=["l", "r", "r"])
    s2.center(805, "— 2 —", 9)

    s3 = Sheet(rng)
    s3.center(60, "利润表", 16, bold=True)
    s3.text(LEFT, 92, f"编制单位：{firm.name}", 9.5)
    s3.text(LEFT + 270, 92, f"{year}年度", 9.5)
    s3.right(RIGHT, 92, "单位：元", 9.5)
    rows = [["项目", "本期金额", "上期金额"]]
    lines = [
        ("一、营业收入", acc.revenue, acc.prior_revenue),
        ("减：营业成本", acc.cost, None),
        ("税金及附加", acc.taxes, None),
        ("销售费用", acc.selling, None),
        ("管理费用", acc.admin, None),
        ("研发费用", acc.rnd, None),
        ("财务费用", acc.finance, None),
        ("二、营业利润", acc.operating_profit, None),
        ("加：营业外收入", acc.non_op_in, None),
        ("减：营业外支出", acc.non_op_out, None),
        ("三、利润总额", acc.total_profit, None),
        ("减：所得税费用", acc.income_tax, None),
        ("四、净利润", acc.net_profit, acc.prior_net),
    ]
    prior_lines = _prior_lines(acc)
    for (label, value, _), prior_value in zip(lines, prior_lines, strict=True):
        rows.append([label, figures(value), figures(prior_value)])
    y = s3.table(LEFT, 112, [190, 132, 133], rows, 10, 22, align=["l", "r", "r"]) + 16
    s3.text(LEFT, y, "企业负责人：", 10)
    s3.text(LEFT + 170, y, "主管会计工作负责人：", 10)
    s3.text(LEFT + 340, y, "会计机构负责人：", 10)
    s3.center(805, "— 3 —", 9)

    s4 = Sheet(rng)
    s4.text(LEFT, 60, "五、财务报表主要项目注释", 12, bold=True)
    s4.text(LEFT, 88, "（十八）营业收入和营业成本", 11)
    s4.text(LEFT, 110, "1. 营业收入按业务类别列示", 10.5)
    si_cost = (acc.cost * Decimal("0.82")).quantize(Decimal("0.01"))
    rows = [
        ["项目", "本期收入", "本期成本"],
        ["系统集成收入", figures(acc.si_revenue), figures(si_cost)],
        ["技术服务收入", figures(acc.service_revenue), figures(acc.cost - si_cost)],
        ["其他业务收入", figures(acc.other_revenue), "0.00"],
        ["合计", figures(acc.revenue), figures(acc.cost)],
    ]
    s4.table(LEFT, 132, [170, 142, 143], rows, 10, 22, align=["l", "r", "r"], bold_rows=(0, 4))
    s4.para(
        LEFT,
        290,
        WIDTH,
        "2. 本公司营业收入主要来源于新疆伊犁州内党政机关、医疗卫生、教育及水利等单位的计算机信息系统集成"
        "及运维服务项目。",
        10.5,
    )
    s4.center(805, "— 14 —", 9)
    fields = {
        "audit_firm": cpa_name,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": yuan_str(acc.revenue),
        "net_profit": yuan_str(acc.net_profit),
        "system_integration_revenue": yuan_str(acc.si_revenue),
        "consolidated": False,
    }
    return Paper("audit_report", [s1, s2, s3, s4], fields, "audit")


def _prior_lines(acc: Accounts) -> list[Decimal]:
    """The 上期 column: scaled from this year and made to add up to the prior net profit."""
    r = acc.prior_revenue
    scale = r / acc.revenue
    cost = (acc.cost * scale).quantize(Decimal("0.01"))
    taxes = (acc.taxes * scale).quantize(Decimal("0.01"))
    selling = (acc.selling * scale).quantize(Decimal("0.01"))
    rnd = (acc.rnd * scale).quantize(Decimal("0.01"))
    fin = (acc.finance * scale).quantize(Decimal("0.01"))
    income_tax = (acc.prior_net / Decimal("0.95") * Decimal("0.05")).quantize(Decimal("0.01"))
    total = acc.prior_net + income_tax
    admin = r - cost - taxes - selling - rnd - fin - total
    return [
        r,
        cost,
        taxes,
        selling,
        admin,
        rnd,
        fin,
        total,
        Decimal(0),
        Decimal(0),
        total,
        income_tax,
        acc.prior_net,
    ]


def invoice(
    rng: random.Random,
    *,
    firm: Firm,
    buyer: str,
    buyer_code: str,
    item: str,
    total: Decimal,
    rate: Decimal,
    issued: dt.date,
    project: str,
    project_id: str,
) -> Paper:
    """A 数电票 (电子发票（普通发票）) as the tax platform's PDF: QR, parties, one line, 价税合计, 备注 with the project."""
    s = Sheet(rng, size=(683.0, 397.0))
    number = "25" + "65" + "2" + "".join(rng.choice("0123456789") for _ in range(15))
    amount = (total / (1 + rate)).quantize(Decimal("0.01"))
    tax = total - amount
    check = "".join(rng.choice("0123456789ABCDEF") for _ in range(4))
    payload = f"01,32,,{number},{total:.2f},{issued:%Y%m%d},,{check}"
    brown = (0.55, 0.3, 0.15)
    s.qr(24, 18, payload, 62)
    s.center(30, "电子发票（普通发票）", 19, colour=brown)
    s.line(250, 58, 433, 58, 1.0, brown)
    s.line(250, 61, 433, 61, 1.0, brown)
    s.text(480, 28, f"发票号码：{number}", 9)
    s.text(480, 46, f"开票日期：{issued.year}年{issued.month:02d}月{issued.day:02d}日", 9)
    top, mid, bottom = 90.0, 160.0, 300.0
    s.rect(20, top, 663, 355, 0.8, brown)
    s.line(20, mid, 663, mid, 0.8, brown)
    s.line(341, top, 341, mid, 0.8, brown)
    s.text(28, top + 8, "购买方信息", 9, colour=brown)
    s.text(40, top + 26, f"名称：{buyer}", 9.5)
    s.text(40, top + 46, f"统一社会信用代码/纳税人识别号：{buyer_code}", 9)
    s.text(349, top + 8, "销售方信息", 9, colour=brown)
    s.text(361, top + 26, f"名称：{firm.name}", 9.5)
    s.text(361, top + 46, f"统一社会信用代码/纳税人识别号：{firm.code}", 9)
    heads = [
        ("项目名称", 30),
        ("规格型号", 210),
        ("单位", 280),
        ("数量", 320),
        ("单价", 370),
        ("金额", 450),
        ("税率/征收率", 520),
        ("税额", 600),
    ]
    for head, x in heads:
        s.text(x, mid + 8, head, 9, colour=brown)
    s.text(30, mid + 28, item, 9)
    s.text(280, mid + 28, "项", 9)
    s.text(320, mid + 28, "1", 9)
    s.text(370, mid + 28, f"{amount:.2f}", 9)
    s.text(450, mid + 28, f"{amount:.2f}", 9)
    s.text(528, mid + 28, f"{int(rate * 100)}%", 9)
    s.text(600, mid + 28, f"{tax:.2f}", 9)
    s.text(40, bottom - 22, "合        计", 9, colour=brown)
    s.text(450, bottom - 22, f"¥{amount:.2f}", 9)
    s.text(600, bottom - 22, f"¥{tax:.2f}", 9)
    s.line(20, bottom, 663, bottom, 0.8, brown)
    s.text(28, bottom + 8, "价税合计（大写）", 9, colour=brown)
    s.text(130, bottom + 8, f"⊗{capital(total)}", 10)
    s.text(470, bottom + 8, "（小写）", 9, colour=brown)
    s.text(515, bottom + 8, f"¥{total:.2f}", 10)
    s.line(20, bottom + 26, 663, bottom + 26, 0.8, brown)
    s.text(28, bottom + 32, "备注", 9, colour=brown)
    s.text(70, bottom + 32, f"项目名称：{project}", 8.5)
    s.text(28, 364, f"开票人：{rng.choice(('李娜', '马燕', '古丽', '王芳', '阿依努尔'))}", 9, colour=brown)
    fields = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": buyer,
        "seller": firm.name,
        "total_amount": yuan_str(total),
        "qr": payload,
    }
    return Paper("invoice", [s], fields, "invoice", project_id=project_id, facts={"total": yuan_str(total)})
