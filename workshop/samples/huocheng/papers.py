"""The other papers of a filing: 营业执照 副本, 审计报告 with its 利润表 and 附注, 验收报告, 数电票.

Each builder draws into its own PyMuPDF document and returns the sheets (what was printed per page)
with the fields the truth states for it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from .flow import Flow
from .sheet import Sheet, wrap
from .world import cn_date, fig, plain, q2, upper

LANDSCAPE = (842.0, 595.0)
INVOICE = (683.0, 420.0)


@dataclass
class Paper:
    """A document drawn into its own PyMuPDF document, before it is bound into a file."""

    type: str
    doc: pymupdf.Document
    sheets: list[Sheet]
    fields: dict[str, Any]
    project_id: str | None = None
    anchors: dict[str, int] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    """What the selfcheck needs besides the truth fields (a contract's pre-tax price, instalments)."""


# --- 营业执照 ---------------------------------------------------------------------------------


@dataclass
class Enterprise:
    name: str
    code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    company_type: str
    scope: str
    regulator: str
    place: str
    region: str


def license_paper(ent: Enterprise, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    s = Sheet.new(doc, LANDSCAPE)
    page = s.page
    page.draw_rect(pymupdf.Rect(18, 18, 824, 577), color=(0.72, 0.45, 0.2), width=5)
    page.draw_rect(pymupdf.Rect(28, 28, 814, 567), color=(0.72, 0.45, 0.2), width=1)
    s.text(421, 108, "营  业  执  照", 34, align="center", color=(0.7, 0.12, 0.1))
    s.text(421, 136, "（副      本）", 14, align="center")
    s.text(60, 80, f"统一社会信用代码  {ent.code}", 11)
    s.text(60, 98, f"副本编号：1-{rng.randint(1, 3)}", 9)
    left = [
        ("名        称", ent.name),
        ("类        型", ent.company_type),
        ("法 定 代 表 人", ent.legal_rep),
    ]
    y = 190.0
    for label, value in left:
        s.text(70, y, label, 11)
        s.text(170, y, value, 11)
        y += 32
    s.text(70, y, "经 营 范 围", 11)
    for line in wrap(ent.scope, 230, 9.5):
        s.text(170, y, line, 9.5)
        y += 15
    right = [
        ("注 册 资 本", f"人民币{upper(ent.capital)}"),
        ("成 立 日 期", cn_date(ent.established, pad=True)),
        ("营 业 期 限", f"{cn_date(ent.established, pad=True)} 至 长期"),
        ("住        所", ent.address),
    ]
    y = 190.0
    for label, value in right:
        s.text(450, y, label, 11)
        lines = wrap(value, 250, 11)
        for line in lines:
            s.text(548, y, line, 11)
            y += 18
        y += 14
    s.text(560, 480, "登 记 机 关", 12)
    issued = ent.established + dt.timedelta(days=rng.randint(400, 2400))
    issued = min(issued, dt.date(2025, 6, 30))
    s.text(560, 540, cn_date(issued, pad=True), 11)
    s.seal(690, 490, ent.regulator, kind="", r=52, tilt=rng.uniform(-8, 8))
    s.text(60, 545, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5)
    s.text(
        421,
        562,
        "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。",
        8,
        align="center",
    )
    fields = {
        "company_name": ent.name,
        "credit_code": ent.code,
        "legal_representative": ent.legal_rep,
        "registered_capital": plain(ent.capital),
        "company_type": ent.company_type,
        "established_on": ent.established.isoformat(),
        "valid_until": "长期",
        "address": ent.address,
        "business_scope": ent.scope,
    }
    return Paper("business_license", doc, [s], fields)


# --- 审计报告 ---------------------------------------------------------------------------------


@dataclass
class Finance:
    year: int
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    cost: Decimal
    firm: str
    report_no: str
    cpas: tuple[str, str]
    signed: dt.date


def audit_paper(ent: Enterprise, fin: Finance, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    flow = Flow(doc)
    flow.new_page(header=False)
    flow.heading("审 计 报 告", 18, center=True, gap=30)
    flow.sheet.text(flow.x1, flow.y + 4, fin.report_no, 10.5, align="right")
    flow.space(24)
    flow.para(f"{ent.name}全体股东：", indent=False)
    flow.heading("一、审计意见", 11.5)
    flow.para(
        f"我们审计了{ent.name}（以下简称贵公司）财务报表，包括{fin.year}年12月31日的资产负债表，{fin.year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。"
    )
    flow.para(
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{fin.year}年12月31日的"
        f"财务状况以及{fin.year}年度的经营成果和现金流量。"
    )
    flow.heading("二、形成审计意见的基础", 11.5)
    flow.para(
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
    )
    flow.heading("三、管理层和治理层对财务报表的责任", 11.5)
    flow.para(
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。"
    )
    flow.heading("四、注册会计师对财务报表审计的责任", 11.5)
    flow.para(
        "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。"
        "合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。"
    )
    sheet = flow.new_page(header=False)
    y = 160.0
    sheet.text(70, y, fin.firm, 11)
    sheet.text(330, y, f"中国注册会计师：{fin.cpas[0]}", 11)
    sheet.text(330, y + 60, f"中国注册会计师：{fin.cpas[1]}", 11)
    sheet.text(70, y + 120, "中国·伊宁", 11)
    sheet.text(330, y + 120, cn_date(fin.signed), 11)
    sheet.seal(150, y + 40, fin.firm, kind="", r=50, tilt=rng.uniform(-20, 20))
    # 利润表
    flow.new_page(header=False)
    flow.heading("利 润 表", 15, center=True)
    flow.sheet.text(flow.x0, flow.y + 4, f"编制单位：{ent.name}", 9.5)
    flow.sheet.text(flow.x1, flow.y + 4, f"{fin.year}年度    单位：元", 9.5, align="right")
    flow.space(14)
    tax = q2(fin.revenue * Decimal("0.004"))
    sell = q2(fin.revenue * Decimal(rng.randint(20, 40)) / 1000)
    rnd = q2(fin.revenue * Decimal(rng.randint(30, 60)) / 1000)
    fin_cost = q2(Decimal(rng.randint(3000, 40000)))
    income_tax = q2(fin.net_profit * Decimal("0.05") / Decimal("0.95"))
    total_profit = fin.net_profit + income_tax
    non_op_in = q2(Decimal(rng.randint(0, 60000)))
    non_op_out = q2(Decimal(rng.randint(0, 12000)))
    op_profit = total_profit - non_op_in + non_op_out
    admin = fin.revenue - fin.cost - tax - sell - rnd - fin_cost - op_profit
    prev = Decimal(rng.randint(75, 95)) / 100

    def row(label: str, value: Decimal) -> list[str]:
        return [label, fig(value), fig(q2(value * prev))]

    rows = [
        ["项    目", "本期金额", "上期金额"],
        row("一、营业收入", fin.revenue),
        row("减：营业成本", fin.cost),
        row("税金及附加", tax),
        row("销售费用", sell),
        row("管理费用", admin),
        row("研发费用", rnd),
        row("财务费用", fin_cost),
        row("二、营业利润", op_profit),
        row("加：营业外收入", non_op_in),
        row("减：营业外支出", non_op_out),
        row("三、利润总额", total_profit),
        row("减：所得税费用", income_tax),
        row("四、净利润", fin.net_profit),
    ]
    flow.table([207, 130, 130], rows, size=9.5, aligns=["left", "right", "right"])
    flow.para(
        "法定代表人：            主管会计工作负责人：            会计机构负责人：", indent=False, size=9
    )
    # 附注
    flow.new_page(header=False)
    flow.heading("财务报表附注（摘录）", 13, center=True)
    flow.para("五、营业收入和营业成本", indent=False)
    other = fin.revenue - fin.si_revenue
    si_cost = q2(fin.cost * Decimal("0.86"))
    rows = [
        ["项    目", "本期收入", "本期成本"],
        ["系统集成收入", fig(fin.si_revenue), fig(si_cost)],
        ["其他信息技术服务收入", fig(other), fig(fin.cost - si_cost)],
        ["合    计", fig(fin.revenue), fig(fin.cost)],
    ]
    flow.table([207, 130, 130], rows, size=9.5, aligns=["left", "right", "right"])
    flow.para(
        "系统集成收入包括软件开发、集成实施、运行维护等技术服务收入以及系统集成项目中外购硬件、外购软件的销售收入。",
    )
    flow.finish(footer="第 {i} 页")
    fields = {
        "audit_firm": fin.firm,
        "report_number": fin.report_no,
        "fiscal_year": fin.year,
        "opinion": "unqualified",
        "operating_revenue": plain(fin.revenue),
        "net_profit": plain(fin.net_profit),
        "system_integration_revenue": plain(fin.si_revenue),
        "consolidated": False,
    }
    return Paper("audit_report", doc, flow.sheets, fields)


# --- 验收报告 ---------------------------------------------------------------------------------


@dataclass
class Acceptance:
    project: str
    number: str
    party_a: str
    party_b: str
    amount: Decimal | None
    started: dt.date
    finished: dt.date
    accepted: dt.date
    supervisor: str | None
    title: str
    members: list[str]


def acceptance_paper(acc: Acceptance, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    flow = Flow(
        doc,
        size=rng.choice((10.5, 11.0)),
        leading=rng.uniform(1.6, 1.85),
        margin=rng.choice((60.0, 64.0, 72.0)),
    )
    flow.new_page(header=False)
    flow.heading(acc.title, 17, center=True, gap=24)
    flow.space(6)
    rows = [
        ["项目名称", acc.project],
        ["合同编号", acc.number],
        ["建设单位（甲方）", acc.party_a],
        ["承建单位（乙方）", acc.party_b],
    ]
    if acc.supervisor:
        rows.append(["监理单位", acc.supervisor])
    if acc.amount is not None:
        rows.append(["合同金额", f"人民币{fig(acc.amount)}元"])
    rows += [
        ["开工日期", cn_date(acc.started)],
        ["完工日期", cn_date(acc.finished)],
        ["验收日期", cn_date(acc.accepted)],
    ]
    flow.table([120, 347], rows, size=10.5)
    flow.para("验收内容：", indent=False)
    flow.para(
        "验收小组听取了承建单位的项目建设情况汇报，查阅了合同、设计方案、设备到货单、测试报告及用户使用报告等竣工资料，"
        "对照合同约定的建设内容和技术要求，对硬件设备、软件功能、系统性能和文档资料进行了逐项检查。"
    )
    flow.para("验收意见：", indent=False)
    flow.para(
        "项目已按合同约定完成全部建设内容，设备品牌型号及数量与合同一致，系统运行稳定，功能满足使用要求，"
        "竣工资料齐全。验收小组一致同意该项目通过验收。"
    )
    flow.para("验收结论：合格，同意通过验收。", indent=False, size=11.5)
    flow.para("验收小组成员（签字）：", indent=False)
    sheet = flow.sheet
    y = flow.y + 10
    for i, name in enumerate(acc.members):
        sheet.signature(90 + (i % 4) * 110, y + (i // 4) * 28, name, rng)
    y += 70
    if y > 600:
        sheet = flow.new_page(header=False)
        y = 120
    sheet.text(80, y, "建设单位（盖章）：", 11)
    sheet.text(80, y + 100, cn_date(acc.accepted), 11)
    sheet.seal(170, y + 36, acc.party_a, kind="", r=42, tilt=rng.uniform(-25, 25))
    sheet.text(340, y, "承建单位（盖章）：", 11)
    sheet.text(340, y + 100, cn_date(acc.accepted), 11)
    sheet.seal(440, y + 36, acc.party_b, kind="", r=42, tilt=rng.uniform(-25, 25))
    if acc.supervisor:
        sheet.text(80, y + 140, f"监理单位（盖章）：{acc.supervisor}", 10.5)
        sheet.seal(430, y + 150, acc.supervisor, kind="", r=36, tilt=rng.uniform(-25, 25))
    fields: dict[str, Any] = {
        "project_name": acc.project,
        "party_a": acc.party_a,
        "party_b": acc.party_b,
        "accepted_on": acc.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    if acc.supervisor:
        fields["third_party"] = acc.supervisor
    return Paper("acceptance_report", doc, flow.sheets, fields)


# --- 数电票 -----------------------------------------------------------------------------------


@dataclass
class Invoice:
    number: str
    issued: dt.date
    buyer: str
    buyer_code: str
    seller: str
    seller_code: str
    item: str
    rate: Decimal
    total: Decimal
    note: str
    drawer: str
    special: bool


def invoice_paper(inv: Invoice, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    s = Sheet.new(doc, INVOICE)
    brown = (0.62, 0.32, 0.16)
    kind = "增值税专用发票" if inv.special else "普通发票"
    s.text(341, 52, f"电子发票（{kind}）", 19, align="center", color=brown)
    s.page.draw_line((240, 60), (442, 60), color=brown, width=0.8)
    s.page.draw_line((240, 63), (442, 63), color=brown, width=0.8)
    s.text(488, 40, f"发票号码：{inv.number}", 9.5)
    s.text(488, 58, f"开票日期：{cn_date(inv.issued, pad=True)}", 9.5)
    x0, x1 = 24.0, 659.0
    top = 78.0
    s.page.draw_rect(pymupdf.Rect(x0, top, x1, 372), color=brown, width=0.9)
    mid = (x0 + x1) / 2
    s.page.draw_line((mid, top), (mid, top + 62), color=brown, width=0.6)
    s.page.draw_line((x0, top + 62), (x1, top + 62), color=brown, width=0.6)
    s.text(x0 + 8, top + 20, "购买方信息", 9, color=brown)
    s.text(x0 + 64, top + 24, f"名称：{inv.buyer}", 9)
    s.text(x0 + 64, top + 46, f"统一社会信用代码/纳税人识别号：{inv.buyer_code}", 8.5)
    s.text(mid + 8, top + 20, "销售方信息", 9, color=brown)
    s.text(mid + 64, top + 24, f"名称：{inv.seller}", 9)
    s.text(mid + 64, top + 46, f"统一社会信用代码/纳税人识别号：{inv.seller_code}", 8.5)
    pretax = q2(inv.total / (1 + inv.rate))
    tax = inv.total - pretax
    heads = [
        ("项目名称", 40),
        ("规格型号", 220),
        ("单位", 290),
        ("数量", 330),
        ("单价", 390),
        ("金额", 470),
        ("税率/征收率", 535),
        ("税额", 610),
    ]
    hy = top + 80
    for label, x in heads:
        s.text(x, hy, label, 8.5, color=brown)
    ry = hy + 20
    item_lines = wrap(inv.item, 170, 8.5)
    for i, line in enumerate(item_lines):
        s.text(30, ry + i * 12, line, 8.5)
    s.text(295, ry, "项", 8.5)
    s.text(340, ry, "1", 8.5)
    s.text(380, ry, plain(pretax), 8.5)
    s.text(510, ry, plain(pretax), 8.5, align="right")
    s.text(548, ry, f"{int(inv.rate * 100)}%", 8.5)
    s.text(650, ry, plain(tax), 8.5, align="right")
    sy = top + 196
    s.text(40, sy, "合        计", 9, color=brown)
    s.text(510, sy, f"¥{plain(pretax)}", 9, align="right")
    s.text(650, sy, f"¥{plain(tax)}", 9, align="right")
    s.page.draw_line((x0, sy + 10), (x1, sy + 10), color=brown, width=0.6)
    s.text(40, sy + 30, "价税合计（大写）", 9, color=brown)
    s.text(150, sy + 30, f"ⓧ{upper(inv.total, yuan='圆')}", 10)
    s.text(470, sy + 30, "（小写）", 9, color=brown)
    s.text(520, sy + 30, f"¥{plain(inv.total)}", 10)
    s.page.draw_line((x0, sy + 40), (x1, sy + 40), color=brown, width=0.6)
    s.text(40, sy + 60, "备", 9, color=brown)
    s.text(40, sy + 80, "注", 9, color=brown)
    for i, line in enumerate(wrap(inv.note, 560, 8.5)):
        s.text(70, sy + 60 + i * 13, line, 8.5)
    s.text(30, 392, f"开票人：{inv.drawer}", 9)
    fields = {
        "invoice_number": inv.number,
        "issued_on": inv.issued.isoformat(),
        "buyer": inv.buyer,
        "seller": inv.seller,
        "total_amount": plain(inv.total),
    }
    return Paper("invoice", doc, [s], fields, facts={"pretax": plain(pretax), "tax": plain(tax)})
