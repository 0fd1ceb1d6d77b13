"""The ordinary papers of a filing: the audit report, a contract's key pages, an acceptance report.

They are printed from office software (text PDFs). Each builder returns its sheets and the truth
fields a reviewer reads off them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from .sheet import Sheet
from .world import capital_words, cn_date, cn_date_short, money

FEE_NAMES = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


@dataclass
class Books:
    year: int
    revenue: Decimal
    si_revenue: Decimal
    other_it: Decimal
    non_it: Decimal
    cost: Decimal
    tax: Decimal
    selling: Decimal
    admin: Decimal
    rnd: Decimal
    finance: Decimal
    other_income: Decimal
    other_expense: Decimal
    income_tax: Decimal

    @property
    def operating_profit(self) -> Decimal:
        return self.revenue - self.cost - self.tax - self.selling - self.admin - self.rnd - self.finance

    @property
    def total_profit(self) -> Decimal:
        return self.operating_profit + self.other_income - self.other_expense

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax


def _cents(rng: random.Random, low: float, high: float) -> Decimal:
    return Decimal(str(round(rng.uniform(low, high), 2)))


def books(rng: random.Random, year: int, si_floor: Decimal) -> Books:
    """One year of plausible books whose 系统集成收入 is at least ``si_floor`` (the year's projects)."""
    si = max(si_floor * Decimal(str(round(rng.uniform(1.1, 1.6), 3))), Decimal(1800000)).quantize(
        Decimal("0.01")
    )
    other_it = _cents(rng, 150000, 900000)
    non_it = _cents(rng, 0, 300000) if rng.random() < 0.6 else Decimal("0.00")
    revenue = si + other_it + non_it
    cost = (revenue * Decimal(str(rng.uniform(0.68, 0.78)))).quantize(Decimal("0.01"))
    tax = (revenue * Decimal("0.004")).quantize(Decimal("0.01"))
    selling = (revenue * Decimal(str(rng.uniform(0.02, 0.04)))).quantize(Decimal("0.01"))
    admin = (revenue * Decimal(str(rng.uniform(0.07, 0.1)))).quantize(Decimal("0.01"))
    rnd = (revenue * Decimal(str(rng.uniform(0.02, 0.05)))).quantize(Decimal("0.01"))
    fin = _cents(rng, 1200, 9000)
    oi = _cents(rng, 0, 20000)
    oe = _cents(rng, 0, 6000)
    b = Books(year, revenue, si, other_it, non_it, cost, tax, selling, admin, rnd, fin, oi, oe, Decimal(0))
    b.income_tax = max(Decimal(0), (b.total_profit * Decimal("0.05")).quantize(Decimal("0.01")))
    return b


CN_DIGITS = "〇一二三四五六七八九"


def cn_upper_date(d: dt.date) -> str:
    """二〇二六年三月十二日."""

    def num(n: int) -> str:
        if n < 10:
            return "一二三四五六七八九"[n - 1]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")

    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"


def audit_report(
    company: str, firm: str, number: str, cpas: tuple[str, str], signed: dt.date, b: Books, rng: random.Random
) -> tuple[list[Sheet], dict[str, object]]:
    """Three pages: the opinion, the 利润表, the 附注's revenue table."""
    p1 = Sheet(210, 297)
    p1.text(105, 34, "审 计 报 告", 20, bold=True, align="center")
    p1.text(186, 46, number, 10.5, align="right")
    p1.text(24, 58, f"{company}全体股东：", 11)
    y = 70.0
    p1.text(24, y, "一、审计意见", 11, bold=True)
    y = p1.paragraph(
        32,
        y + 8,
        f"我们审计了{company}（以下简称“贵公司”）财务报表，包括{b.year}年12月31日的资产负债表，{b.year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
        10.5,
        150,
        6.4,
    )
    y = p1.paragraph(
        32,
        y + 2,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{b.year}年12月31日的财务状况"
        f"以及{b.year}年度的经营成果和现金流量。",
        10.5,
        150,
        6.4,
    )
    p1.text(24, y + 6, "二、形成审计意见的基础", 11, bold=True)
    y = p1.paragraph(
        32,
        y + 14,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        10.5,
        150,
        6.4,
    )
    p1.text(24, y + 6, "三、管理层和治理层对财务报表的责任", 11, bold=True)
    y = p1.paragraph(
        32,
        y + 14,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。",
        10.5,
        150,
        6.4,
    )
    p1.text(24, 232, firm, 10.5)
    p1.text(130, 232, "中国注册会计师：", 10.5, record=False)
    p1.signature(162, 232, cpas[0], rng, 12)
    p1.text(130, 248, "中国注册会计师：", 10.5, record=False)
    p1.signature(162, 248, cpas[1], rng, 12)
    p1.text(24, 264, "中国·伊宁", 10.5, record=False)
    p1.text(130, 264, cn_upper_date(signed), 10.5)
    p1.seal(60, 240, 19, firm, rng)

    p2 = Sheet(210, 297)
    p2.text(105, 30, "利 润 表", 18, bold=True, align="center")
    p2.text(186, 38, "会企02表", 9, align="right", record=False)
    p2.text(24, 46, f"编制单位：{company}", 10)
    p2.text(120, 46, f"{b.year}年度", 10)
    p2.text(186, 46, "单位：元", 10, align="right")
    prior = Decimal(str(round(rng.uniform(0.75, 0.95), 3)))
    rows = [
        ("一、营业收入", b.revenue),
        ("减：营业成本", b.cost),
        ("税金及附加", b.tax),
        ("销售费用", b.selling),
        ("管理费用", b.admin),
        ("研发费用", b.rnd),
        ("财务费用", b.finance),
        ("二、营业利润（亏损以“－”号填列）", b.operating_profit),
        ("加：营业外收入", b.other_income),
        ("减：营业外支出", b.other_expense),
        ("三、利润总额（亏损总额以“－”号填列）", b.total_profit),
        ("减：所得税费用", b.income_tax),
        ("四、净利润（净亏损以“－”号填列）", b.net_profit),
    ]
    y = 56.0
    p2.rect(22, y, 188, y + 10 * (len(rows) + 1), 0.6)
    p2.text(60, y + 7, "项    目", 10.5, align="center", record=False)
    p2.text(130, y + 7, "本期金额", 10.5, align="center", record=False)
    p2.text(168, y + 7, "上期金额", 10.5, align="center", record=False)
    for i, (label, value) in enumerate(rows, start=1):
        yy = y + 10 * i
        p2.line(22, yy, 188, yy, 0.4)
        indent = 26 if label[0] in "一二三四减加" else 31
        p2.text(indent, yy + 7, label, 9.5)
        p2.text(148, yy + 7, money(value), 9.5, align="right")
        p2.text(
            186, yy + 7, money((value * prior).quantize(Decimal("0.01"))), 9.5, align="right", record=False
        )
    p2.line(112, y, 112, y + 10 * (len(rows) + 1), 0.4)
    p2.line(150, y, 150, y + 10 * (len(rows) + 1), 0.4)
    p2.text(24, 210, "法定代表人：", 9.5, record=False)
    p2.text(80, 210, "主管会计工作负责人：", 9.5, record=False)
    p2.text(150, 210, "会计机构负责人：", 9.5, record=False)

    p3 = Sheet(210, 297)
    p3.text(24, 30, f"{company}", 10.5, record=False)
    p3.text(24, 38, f"{b.year}年度财务报表附注（节选）", 10.5, record=False)
    p3.text(24, 52, "五、财务报表项目注释", 11, bold=True, record=False)
    p3.text(24, 62, "（二十一）营业收入和营业成本", 10.5)
    p3.text(24, 72, "1. 营业收入按业务类别列示", 10.5)
    cat = [
        ("系统集成收入", b.si_revenue),
        ("其他IT类收入", b.other_it),
        ("非IT类收入", b.non_it),
        ("合    计", b.revenue),
    ]
    y = 78.0
    p3.rect(22, y, 188, y + 10 * (len(cat) + 1), 0.6)
    p3.text(58, y + 7, "业务类别", 10.5, align="center", record=False)
    p3.text(140, y + 7, f"{b.year}年度金额（元）", 10.5, align="center", record=False)
    for i, (label, value) in enumerate(cat, start=1):
        yy = y + 10 * i
        p3.line(22, yy, 188, yy, 0.4)
        p3.text(28, yy + 7, label, 10)
        p3.text(184, yy + 7, money(value), 10, align="right")
    p3.line(96, y, 96, y + 10 * (len(cat) + 1), 0.4)
    fields: dict[str, object] = {
        "audit_firm": firm,
        "report_number": number,
        "fiscal_year": b.year,
        "opinion": "unqualified",
        "operating_revenue": f"{b.revenue:.2f}",
        "net_profit": f"{b.net_profit:.2f}",
        "system_integration_revenue": f"{b.si_revenue:.2f}",
        "consolidated": False,
    }
    return [p1, p2, p3], fields


@dataclass
class Project:
    id: str
    name: str
    client: str
    location: str
    field: str
    number: str
    fees: dict[str, Decimal]
    signed: dt.date
    accepted: dt.date
    client_person: str
    firm_person: str

    @property
    def services(self) -> Decimal:
        keys = list(FEE_NAMES)[:6]
        return sum((self.fees[k] for k in keys), Decimal(0))

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))


def contract(p: Project, firm: str, rng: random.Random) -> tuple[list[Sheet], dict[str, object]]:
    """Key pages: 1 (parties, price), 2 (分项价格), the signature page."""
    s1 = Sheet(210, 297)
    s1.text(186, 22, f"合同编号：{p.number}", 10, align="right")
    s1.text(105, 44, p.name, 17, bold=True, align="center")
    s1.text(105, 56, "合 同 书", 17, bold=True, align="center", record=False)
    s1.text(26, 76, f"甲方（采购人）：{p.client}", 11)
    s1.text(26, 86, f"乙方（供应商）：{firm}", 11)
    s1.text(26, 96, f"签订地点：{p.location}", 11, record=False)
    y = s1.paragraph(
        26,
        110,
        "根据《中华人民共和国民法典》《中华人民共和国政府采购法》及相关法律法规，甲乙双方本着平等自愿、诚实信用的原则，"
        "经协商一致，就下列项目的建设事宜订立本合同，共同遵守。",
        10.5,
        158,
        6.4,
    )
    s1.text(26, y + 6, "第一条  项目概况", 11, bold=True, record=False)
    s1.text(32, y + 16, f"项目名称：{p.name}", 10.5)
    s1.text(32, y + 25, f"实施地点：{p.location}", 10.5, record=False)
    s1.text(26, y + 40, "第二条  合同价款", 11, bold=True, record=False)
    words = capital_words(p.amount)
    s1.text(32, y + 50, f"合同总价：人民币{words}（¥{money(p.amount)}）。", 10.5)
    s1.paragraph(
        32,
        y + 59,
        "本合同价款为固定总价，包含设备、软件、运输、安装调试、培训、税费等完成本项目所需的全部费用。",
        10.5,
        152,
        6.4,
    )

    s2 = Sheet(210, 297)
    s2.text(26, 30, "第三条  合同价格构成", 11, bold=True, record=False)
    rows = [(FEE_NAMES[k], v) for k, v in p.fees.items() if v]
    y = 38.0
    s2.rect(26, y, 184, y + 9 * (len(rows) + 2), 0.6)
    s2.text(36, y + 6.5, "序号", 10, align="center", record=False)
    s2.text(90, y + 6.5, "费用项目", 10, align="center", record=False)
    s2.text(152, y + 6.5, "金额（元）", 10, align="center", record=False)
    for i, (label, value) in enumerate(rows, start=1):
        yy = y + 9 * i
        s2.line(26, yy, 184, yy, 0.4)
        s2.text(36, yy + 6.5, str(i), 10, align="center", record=False)
        s2.text(52, yy + 6.5, label, 10)
        s2.text(180, yy + 6.5, money(value), 10, align="right")
    yy = y + 9 * (len(rows) + 1)
    s2.line(26, yy, 184, yy, 0.4)
    s2.text(52, yy + 6.5, "合计", 10, record=False)
    s2.text(180, yy + 6.5, money(p.amount), 10, align="right", record=False)
    s2.line(46, y, 46, yy + 9, 0.4)
    s2.line(120, y, 120, yy + 9, 0.4)
    y = yy + 20
    for head, body in (
        (
            "第四条  付款方式",
            "合同签订后甲方支付合同总价的30%作为预付款；项目验收合格后支付至合同总价的95%；余款5%作为质保金，质保期满一年后无息支付。",
        ),
        ("第五条  履行期限", "乙方应于合同签订之日起90日内完成全部建设内容并提交验收申请。"),
        ("第六条  验收", "项目完工后由甲方组织验收，验收合格后双方签署验收报告。"),
    ):
        s2.text(26, y, head, 11, bold=True, record=False)
        y = s2.paragraph(32, y + 9, body, 10.5, 152, 6.4) + 4

    s3 = Sheet(210, 297)
    s3.text(26, 30, "第十二条  其他", 11, bold=True, record=False)
    s3.paragraph(
        32, 39, "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。（以下无正文）", 10.5, 152, 6.4
    )
    s3.text(26, 66, "甲方（盖章）：", 11, record=False)
    s3.text(26, 75, p.client, 10.5)
    s3.text(26, 92, "法定代表人或授权代表：", 10.5, record=False)
    s3.signature(72, 92, p.client_person, rng)
    s3.text(112, 66, "乙方（盖章）：", 11, record=False)
    s3.text(112, 75, firm, 10.5 if len(firm) < 17 else 9.5, record=False)
    s3.text(112, 92, "法定代表人或授权代表：", 10.5, record=False)
    s3.signature(158, 92, p.firm_person, rng)
    s3.text(26, 114, f"签订日期：{cn_date_short(p.signed)}", 10.5)
    s3.text(112, 114, f"签订日期：{cn_date_short(p.signed)}", 10.5, record=False)
    s3.seal(60, 84, 18, p.client, rng)
    s3.seal(150, 84, 18, firm, rng)
    fields: dict[str, object] = {
        "project_name": p.name,
        "contract_number": p.number,
        "party_a": p.client,
        "party_b": firm,
        "contract_amount": f"{p.amount:.2f}",
        "amount_in_words": words,
        "signed_on": p.signed.isoformat(),
        "fees": {k: f"{v:.2f}" for k, v in p.fees.items()},
    }
    return [s1, s2, s3], fields


def acceptance(
    p: Project, firm: str, members: list[str], rng: random.Random
) -> tuple[Sheet, dict[str, object]]:
    s = Sheet(210, 297)
    s.text(105, 32, "项目竣工验收报告", 18, bold=True, align="center")
    rows = [
        ("项目名称", p.name),
        ("建设单位", p.client),
        ("承建单位", firm),
        ("合同编号", p.number),
        ("验收日期", cn_date(p.accepted)),
        ("验收地点", p.location),
    ]
    y = 44.0
    s.rect(22, y, 188, y + 11 * len(rows), 0.6)
    for i, (label, value) in enumerate(rows):
        yy = y + 11 * i
        if i:
            s.line(22, yy, 188, yy, 0.4)
        s.text(26, yy + 7.5, label, 10.5, record=False)
        s.text(58, yy + 7.5, value, 10 if len(value) > 28 else 10.5)
    s.line(54, y, 54, y + 11 * len(rows), 0.4)
    y += 11 * len(rows) + 10
    s.text(24, y, "验收意见：", 11, bold=True, record=False)
    y = s.paragraph(
        30,
        y + 9,
        f"{cn_date_short(p.accepted)}，建设单位组织验收小组对{p.name}进行了竣工验收。验收小组听取了承建单位的项目建设汇报，"
        "查验了设备到货及安装情况，对系统功能和性能进行了测试，审阅了项目技术文档。验收小组认为：项目按合同要求完成了全部"
        "建设内容，系统运行稳定，文档资料齐全，符合验收条件。",
        10.5,
        154,
        6.4,
    )
    s.text(30, y + 4, "验收结论：同意通过验收。", 11, bold=True)
    y += 22
    s.text(24, y, "验收小组成员（签字）：", 10.5, record=False)
    for i, m in enumerate(members):
        s.signature(70 + i * 32, y, m, rng, 12)
    y += 26
    s.text(26, y, "建设单位（盖章）", 10.5, record=False)
    s.text(118, y, "承建单位（盖章）", 10.5, record=False)
    s.text(26, y + 42, cn_date_short(p.accepted), 10.5, record=False)
    s.text(118, y + 42, cn_date_short(p.accepted), 10.5, record=False)
    s.seal(56, y + 18, 18, p.client, rng)
    s.seal(150, y + 18, 18, firm, rng)
    fields: dict[str, object] = {
        "project_name": p.name,
        "party_a": p.client,
        "party_b": firm,
        "accepted_on": p.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return s, fields
