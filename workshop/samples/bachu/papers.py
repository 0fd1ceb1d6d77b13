"""The papers around the invoices: 营业执照（副本）, 审计报告, the contract's key pages, 项目验收报告, 银行电子回单.

Each function returns the sheets and the truth fields as the report would write them (CONTRACT 2.2).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from . import marks
from .numerals import capital, cn_date, cn_upper_date, figures, money_str
from .people import Company
from .sheet import BLACK, FORM_RED, GREY, Sheet
from .world import FEE_KEYS, FEE_LABELS, Firm, Project

A4W, A4H = 210.0, 297.0
Fields = dict[str, Any]


# ---------------------------------------------------------------- 营业执照


def license_sheet(firm: Firm, rng: random.Random) -> tuple[Sheet, Fields]:
    c = firm.company
    s = Sheet(A4W, A4H, title="营业执照")
    s.box(8, 8, A4W - 8, A4H - 8, 1.2, (0.72, 0.45, 0.18))
    s.box(11, 11, A4W - 11, A4H - 11, 0.4, (0.72, 0.45, 0.18))
    s.text(20, 30, "统一社会信用代码", 3.6)
    s.text(20, 36, c.credit_code, 4.2, role="credit_code")
    s.text(A4W / 2, 52, "营 业 执 照", 13, FORM_RED, align="c", bold=True)
    s.text(A4W / 2, 69, "（副　本）", 4.6, align="c")
    s.text(20, 78, "副本编号：1-1", 3.2)
    gsxt = f"http://www.gsxt.gov.cn/index.html?uniscid={c.credit_code}"
    s.picture(A4W - 48, 20, 28, 28, marks.qr_png(gsxt, 6), "qr", gsxt)
    s.text(A4W - 52, 50, "扫描二维码登录‘国家企业信用信息公示系统’", 2.2, GREY)
    rows = [
        ("名　　　　称", c.name, "company_name"),
        ("类　　　　型", firm.company_type, "company_type"),
        ("法 定 代 表 人", c.legal_rep, "legal_representative"),
        ("注 册 资 本", capital(firm.capital), "registered_capital"),
        ("成 立 日 期", cn_date(firm.established, pad=False), "established_on"),
        ("营 业 期 限", f"{cn_date(firm.established, pad=False)}至长期", "valid_until"),
        ("住　　　　所", c.address, "address"),
    ]
    y = 92.0
    for label, value, role in rows:
        s.text(24, y, label, 4.0)
        y = s.wrap(62, y, 125, value, 4.0, 1.5, indent=0, role=role)
        y += 3.0
    s.text(24, y, "经 营 范 围", 4.0)
    y = s.wrap(62, y, 125, firm.scope, 3.5, 1.55, indent=0, role="business_scope")
    s.text(118, 232, "登 记 机 关", 4.2)
    office = (
        f"{firm.place.name}市场监督管理局"
        if firm.place.name != "图木舒克市"
        else "第三师图木舒克市市场监督管理局"
    )
    s.picture(140, 224, 36, 36, marks.round_seal(rng, office, "", 420), "seal", office)
    s.text(150, 262, cn_date(firm.license_issued, pad=False), 4.0, align="c")
    s.text(A4W / 2, 276, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 3.0, align="c")
    s.text(
        A4W / 2,
        282,
        "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。",
        2.6,
        align="c",
    )
    s.text(A4W / 2, 287, "国家市场监督管理总局监制", 2.8, align="c")
    fields = {
        "company_name": c.name,
        "credit_code": c.credit_code,
        "legal_representative": c.legal_rep,
        "registered_capital": money_str(firm.capital),
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": "长期",
        "address": c.address,
    }
    return s, fields


# ---------------------------------------------------------------- 审计报告


def audit_sheets(firm: Firm, rng: random.Random, year: int) -> tuple[list[Sheet], Fields]:
    c = firm.company
    p1 = Sheet(A4W, A4H, title="审计报告")
    p1.text(A4W / 2, 30, "审 计 报 告", 8, align="c", bold=True)
    p1.text(A4W - 25, 44, firm.audit_number, 3.6, align="r", role="report_number")
    p1.text(25, 54, f"{c.name}全体股东：", 3.8, role="company_name")
    y = 64.0
    p1.text(25, y, "一、审计意见", 3.8, bold=True)
    y = p1.wrap(
        25,
        y + 7,
        160,
        f"我们审计了{c.name}（以下简称“贵公司”）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
        3.6,
    )
    y = p1.wrap(
        25,
        y + 1,
        160,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的"
        f"财务状况以及{year}年度的经营成果和现金流量。",
        3.6,
    )
    p1.text(25, y + 4, "二、形成审计意见的基础", 3.8, bold=True)
    y = p1.wrap(
        25,
        y + 11,
        160,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步"
        "阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        3.6,
    )
    p1.text(25, y + 4, "三、管理层和治理层对财务报表的责任", 3.8, bold=True)
    y = p1.wrap(
        25,
        y + 11,
        160,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。",
        3.6,
    )
    y = max(y + 18, 200.0)
    p1.text(25, y, firm.audit_firm, 3.8, role="audit_firm")
    p1.text(125, y, "中国注册会计师：", 3.8)
    p1.text(160, y, firm.cpas[0], 3.8)
    p1.text(125, y + 14, "中国注册会计师：", 3.8)
    p1.text(160, y + 14, firm.cpas[1], 3.8)
    p1.text(25, y + 28, "中国·乌鲁木齐", 3.8)
    p1.text(125, y + 28, cn_date(firm.audit_date, pad=False), 3.8)
    p1.picture(30, y - 14, 38, 38, marks.round_seal(rng, firm.audit_firm, "", 460), "seal", firm.audit_firm)
    p1.picture(156, y - 4, 26, 9, marks.signature(rng), "sign", firm.cpas[0])
    p1.picture(156, y + 10, 26, 9, marks.signature(rng), "sign", firm.cpas[1])

    p2 = Sheet(A4W, A4H, title="利润表")
    p2.text(A4W / 2, 22, "利 润 表", 6.5, align="c", bold=True)
    p2.text(A4W - 20, 31, "会企02表", 3.2, align="r")
    p2.text(20, 37, f"编制单位：{c.name}", 3.4)
    p2.text(110, 37, f"{year}年度", 3.4, align="c")
    p2.text(A4W - 20, 37, "单位：元", 3.4, align="r")
    rev = firm.revenue
    prev = (rev * Decimal(str(rng.uniform(0.75, 1.05)))).quantize(Decimal("0.01"))
    cost = (rev * Decimal(str(rng.uniform(0.68, 0.78)))).quantize(Decimal("0.01"))
    tax = (rev * Decimal("0.004")).quantize(Decimal("0.01"))
    sell = (rev * Decimal("0.03")).quantize(Decimal("0.01"))
    income_tax = (firm.net_profit * Decimal("0.05") / Decimal("0.95")).quantize(Decimal("0.01"))
    total_profit = firm.net_profit + income_tax
    admin = rev - cost - tax - sell - total_profit
    rows: list[tuple[str, Decimal | None]] = [
        ("一、营业收入", rev),
        ("减：营业成本", cost),
        ("税金及附加", tax),
        ("销售费用", sell),
        ("管理费用", admin),
        ("二、营业利润（亏损以“－”号填列）", total_profit),
        ("三、利润总额（亏损总额以“－”号填列）", total_profit),
        ("减：所得税费用", income_tax),
        ("四、净利润（净亏损以“－”号填列）", firm.net_profit),
    ]
    top = 43.0
    p2.box(20, top, A4W - 20, top + 8 * (len(rows) + 1), 0.3)
    p2.vline(110, top, top + 8 * (len(rows) + 1))
    p2.vline(150, top, top + 8 * (len(rows) + 1))
    p2.text(65, top + 2.2, "项　　目", 3.5, align="c")
    p2.text(130, top + 2.2, "本期金额", 3.5, align="c")
    p2.text(170, top + 2.2, "上期金额", 3.5, align="c")
    for i, (label, value) in enumerate(rows, start=1):
        yy = top + 8 * i
        p2.hline(20, A4W - 20, yy)
        p2.text(23 if label[0] in "一二三四" else 27, yy + 2.2, label, 3.4)
        if value is not None:
            role = {0: "operating_revenue", 8: "net_profit"}.get(i - 1, "")
            p2.text(148, yy + 2.2, figures(value), 3.4, align="r", role=role)
            p2.text(188, yy + 2.2, figures((value * prev / rev).quantize(Decimal("0.01"))), 3.4, align="r")
    y = top + 8 * (len(rows) + 1) + 14
    p2.text(20, y, "附注：营业收入按业务类别列示", 3.6, bold=True)
    other = rev - firm.si_revenue
    soft = (other * Decimal(str(rng.uniform(0.4, 0.7)))).quantize(Decimal("0.01"))
    notes = [
        ("系统集成收入", firm.si_revenue, "system_integration_revenue"),
        ("软件开发及技术服务收入", soft, ""),
        ("商品销售收入", other - soft, ""),
        ("合　　计", rev, ""),
    ]
    y += 7
    p2.box(20, y, A4W - 20, y + 8 * (len(notes) + 1), 0.3)
    p2.vline(110, y, y + 8 * (len(notes) + 1))
    p2.text(65, y + 2.2, "业务类别", 3.5, align="c")
    p2.text(150, y + 2.2, "本期发生额", 3.5, align="c")
    for i, (label, value, role) in enumerate(notes, start=1):
        yy = y + 8 * i
        p2.hline(20, A4W - 20, yy)
        p2.text(25, yy + 2.2, label, 3.4)
        p2.text(188, yy + 2.2, figures(value), 3.4, align="r", role=role)
    p2.text(20, 270, "企业负责人：" + c.legal_rep, 3.3)
    p2.text(85, 270, "主管会计工作负责人：" + firm.payee, 3.3)
    p2.text(150, 270, "会计机构负责人：" + firm.checker, 3.3)
    fields = {
        "audit_firm": firm.audit_firm,
        "report_number": firm.audit_number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money_str(rev),
        "net_profit": money_str(firm.net_profit),
        "system_integration_revenue": money_str(firm.si_revenue),
        "consolidated": False,
    }
    return [p1, p2], fields


# ---------------------------------------------------------------- contract


def _party_block(s: Sheet, y: float, label: str, who: Company, role: str, bank: bool) -> float:
    s.text(22, y, f"{label}：", 3.8, bold=True)
    s.text(48, y, who.name, 3.8, role=role)
    rows = [("地　　址", who.address), ("法定代表人", who.legal_rep), ("联系电话", who.phone)]
    if bank:
        rows += [("开户银行", who.bank), ("账　　号", who.account)]
    y += 6.2
    for k, v in rows:
        s.text(26, y, f"{k}：{v}", 3.4)
        y += 5.2
    return y + 2


def contract_sheets(
    firm: Firm, p: Project, rng: random.Random, stages: list[tuple[str, Decimal]]
) -> tuple[list[Sheet], Fields]:
    """Two key pages: parties, price (大写 and figures), fee table, payment by stage; then the signature page."""
    c = firm.company
    style = rng.choice(("gov", "plain"))
    title = "政府采购合同" if style == "gov" else "合同书"
    s1 = Sheet(A4W, A4H, title=p.name)
    s1.text(A4W / 2, 22, p.name, 5.2 if len(p.name) < 24 else 4.4, align="c", bold=True, role="project_name")
    s1.text(A4W / 2, 31, title, 7, align="c", bold=True)
    s1.text(A4W - 22, 42, f"合同编号：{p.number}", 3.6, align="r", role="contract_number")
    y = 50.0
    a_label = "甲方（采购人）" if style == "gov" else "甲　方"
    b_label = "乙方（供应商）" if style == "gov" else "乙　方"
    y = _party_block(s1, y, a_label, p.client, "party_a", False)
    y = _party_block(s1, y, b_label, c, "party_b", True)
    y = s1.wrap(
        22,
        y + 1,
        166,
        f"根据《中华人民共和国民法典》及有关法律法规，甲乙双方就{p.name}（以下简称“本项目”）经协商一致，订立本合同，"
        "共同遵守。",
        3.5,
    )
    s1.text(22, y + 2, "第一条　项目内容", 3.7, bold=True)
    y = s1.wrap(22, y + 8, 166, f"项目地点：{p.place.location}。建设内容：{p.kind.scope}。", 3.5)
    s1.text(22, y + 2, "第二条　合同价款", 3.7, bold=True)
    words = capital(p.amount)
    y = s1.wrap(
        22,
        y + 8,
        166,
        f"本合同总价款为人民币（大写）{words}（¥{figures(p.amount)}），该价款为含税价，包含增值税及乙方完成本项目的"
        "全部费用。",
        3.5,
        role="contract_amount",
    )
    fees_printed: dict[str, str] = {}
    if p.fee_table:
        rows = [(k, p.fees[k]) for k in FEE_KEYS if p.fees.get(k)]
        s1.text(22, y + 1, "合同价款构成如下（单位：元）：", 3.5)
        top = y + 7
        s1.box(30, top, 180, top + 7 * (len(rows) + 2), 0.3)
        s1.vline(105, top, top + 7 * (len(rows) + 2))
        s1.text(67, top + 1.8, "费用项目", 3.4, align="c")
        s1.text(142, top + 1.8, "金额（元）", 3.4, align="c")
        for i, (k, v) in enumerate(rows, start=1):
            yy = top + 7 * i
            s1.hline(30, 180, yy)
            s1.text(36, yy + 1.8, FEE_LABELS[k], 3.4)
            s1.text(176, yy + 1.8, figures(v), 3.4, align="r")
            fees_printed[k] = money_str(v)
        yy = top + 7 * (len(rows) + 1)
        s1.hline(30, 180, yy)
        s1.text(36, yy + 1.8, "合　计", 3.4)
        s1.text(176, yy + 1.8, figures(p.amount), 3.4, align="r")
        y = top + 7 * (len(rows) + 2) + 3
    s1.text(22, y + 2, "第三条　付款方式", 3.7, bold=True)
    y += 8
    for i, (label, frac) in enumerate(stages, start=1):
        pct = f"{frac * 100:.0f}%"
        when = {
            "预付款": "合同签订后10个工作日内",
            "进度款": "设备到货并安装调试完成后",
            "尾款": "项目验收合格后",
            "验收款": "项目验收合格后",
            "全款": "项目验收合格后",
            "质保金": "质保期满无质量问题后",
        }.get(label, "按约定")
        y = s1.wrap(
            22,
            y,
            166,
            f"（{'一二三四五'[i - 1]}）{when}，甲方支付合同总价款的{pct}作为{label}，乙方须提前开具等额合法有效的增值税发票。",
            3.4,
        )
    s2 = Sheet(A4W, A4H, title=p.name)
    y = 22.0
    s2.text(22, y, "第四条　履行期限与验收", 3.7, bold=True)
    y = s2.wrap(
        22,
        y + 7,
        166,
        f"乙方应于合同签订之日起{p.duration_days}日历天内完成全部建设内容并提交验收申请。甲方在收到申请后组织验收，"
        "验收合格后双方签署项目验收报告。",
        3.5,
    )
    s2.text(22, y + 2, "第五条　质量保证", 3.7, bold=True)
    y = s2.wrap(
        22,
        y + 9,
        166,
        "质保期为验收合格之日起壹年，质保期内乙方免费提供维修、升级和技术支持，接到报修后4小时内响应。",
        3.5,
    )
    s2.text(22, y + 2, "第六条　违约责任与争议解决", 3.7, bold=True)
    y = s2.wrap(
        22,
        y + 9,
        166,
        "任何一方违反本合同约定的，应承担违约责任。因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。",
        3.5,
    )
    s2.text(22, y + 2, "第七条　其他", 3.7, bold=True)
    y = s2.wrap(
        22,
        y + 9,
        166,
        "本合同一式肆份，甲方执贰份，乙方执贰份，经双方法定代表人或委托代理人签字并加盖公章或合同专用章后生效。",
        3.5,
    )
    s2.text(A4W / 2, y + 4, "（以下无正文）", 3.4, align="c")
    top = max(y + 20, 150.0)
    s2.text(22, top, "甲方（盖章）：", 3.8)
    s2.text(22, top + 9, p.client.name, 3.6)
    s2.text(22, top + 22, "法定代表人或委托代理人（签字）：", 3.4)
    s2.text(22, top + 40, f"日期：{cn_date(p.signed)}", 3.5)
    s2.text(112, top, "乙方（盖章）：", 3.8)
    s2.text(112, top + 9, c.name, 3.6)
    s2.text(112, top + 22, "法定代表人或委托代理人（签字）：", 3.4)
    s2.text(112, top + 40, f"日期：{cn_date(p.signed)}", 3.5, role="signed_on")
    s2.text(22, top + 52, f"签订地点：{p.place.name}", 3.4)
    s2.picture(
        34 + rng.uniform(-4, 4), top - 8, 40, 40, marks.round_seal(rng, p.client.name), "seal", p.client.name
    )
    s2.picture(
        124 + rng.uniform(-4, 4), top - 8, 40, 40, marks.round_seal(rng, c.name, "合同专用章"), "seal", c.name
    )
    s2.picture(40, top + 27, 28, 9, marks.signature(rng), "sign", p.signer_a)
    s2.picture(130, top + 27, 28, 9, marks.signature(rng), "sign", p.signer_b)
    fields: Fields = {
        "project_name": p.name,
        "contract_number": p.number,
        "party_a": p.client.name,
        "party_b": c.name,
        "contract_amount": money_str(p.amount),
        "amount_in_words": words,
        "signed_on": p.signed.isoformat(),
    }
    if fees_printed:
        fields["fees"] = fees_printed
    return [s1, s2], fields


# ---------------------------------------------------------------- 项目验收报告


def acceptance_sheet(firm: Firm, p: Project, rng: random.Random) -> tuple[Sheet, Fields]:
    s = Sheet(A4W, A4H, title="项目验收报告")
    s.text(A4W / 2, 24, "项 目 验 收 报 告", 7, align="c", bold=True)
    rows = [
        ("项目名称", p.name, "project_name"),
        ("建设单位", p.client.name, "party_a"),
        ("承建单位", firm.company.name, "party_b"),
        ("合同编号", p.number, ""),
        ("合同金额", f"人民币{capital(p.amount)}（¥{figures(p.amount)}）", ""),
        ("开工日期", cn_date(p.signed + dt.timedelta(days=7)), ""),
        ("验收日期", cn_date(p.accepted), "accepted_on"),
    ]
    top = 38.0
    h = 10.0
    s.box(20, top, A4W - 20, top + h * len(rows) + 98, 0.35)
    s.vline(50, top, top + h * len(rows))
    for i, (label, value, role) in enumerate(rows):
        y = top + h * i
        if i:
            s.hline(20, A4W - 20, y)
        s.text(35, y + 3.2, label, 3.6, align="c")
        s.text(54, y + 3.2, value, 3.5 if len(value) < 36 else 3.0, role=role)
    y = top + h * len(rows)
    s.hline(20, A4W - 20, y)
    s.text(24, y + 4, "验收内容及意见：", 3.7, bold=True)
    y = s.wrap(
        24,
        y + 11,
        160,
        f"{cn_date(p.accepted)}，建设单位组织验收小组对{p.name}进行了验收。验收小组听取了承建单位的建设情况汇报，"
        f"查验了设备到货、安装部署和系统运行情况，审阅了项目文档。项目已按合同完成{p.kind.scope}等全部建设内容，"
        "系统运行稳定，文档资料齐全。",
        3.5,
    )
    y = s.wrap(
        24, y + 2, 160, "验收结论：经验收小组一致评定，该项目验收合格，同意通过验收。", 3.6, role="conclusion"
    )
    s.text(30, y + 4, "☑ 合格　　　□ 不合格", 3.8)
    sig = top + h * len(rows) + 60
    s.text(28, sig, "建设单位（盖章）：", 3.6)
    s.text(28, sig + 22, f"负责人：{p.signer_a}", 3.4)
    s.text(28, sig + 30, cn_date(p.accepted), 3.4)
    s.text(118, sig, "承建单位（盖章）：", 3.6)
    s.text(118, sig + 22, f"项目负责人：{p.signer_b}", 3.4)
    s.text(118, sig + 30, cn_date(p.accepted), 3.4)
    s.picture(
        44 + rng.uniform(-4, 4), sig - 4, 36, 36, marks.round_seal(rng, p.client.name), "seal", p.client.name
    )
    s.picture(
        132 + rng.uniform(-4, 4),
        sig - 4,
        36,
        36,
        marks.round_seal(rng, firm.company.name),
        "seal",
        firm.company.name,
    )
    fields: Fields = {
        "project_name": p.name,
        "party_a": p.client.name,
        "party_b": firm.company.name,
        "accepted_on": p.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return s, fields


# ---------------------------------------------------------------- 银行电子回单


def bank_receipt_sheet(
    firm: Firm, p: Project, amount: Decimal, when: dt.datetime, rng: random.Random
) -> Sheet:
    """A client's bank's 网上银行电子回单 for a payment to the firm (not an invoice)."""
    bank = p.client.bank
    head = bank.split("股份有限公司")[0] if "股份有限公司" in bank else bank[:6]
    s = Sheet(A4W, 120, title="电子回单")
    s.text(A4W / 2, 10, f"{head}　网上银行电子回单", 5.2, align="c", bold=True)
    s.text(20, 20, f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}", 3.2)
    s.box(15, 26, A4W - 15, 104, 0.3)
    s.vline(A4W / 2, 26, 56)
    s.vline(25, 26, 56)
    s.vline(A4W / 2 + 10, 26, 56)
    for x, label in ((17, "付款人"), (A4W / 2 + 2, "收款人")):
        for i, ch in enumerate(label):
            s.text(x + 2, 31 + i * 7, ch, 3.4)
    for x0, who in ((27, p.client), (A4W / 2 + 12, firm.company)):
        s.text(x0, 29, f"户名：{who.name}", 3.1)
        s.text(x0, 38, f"账号：{who.account}", 3.1)
        s.text(x0, 47, f"开户行：{who.bank}", 2.7)
    s.hline(15, A4W - 15, 56)
    rows = [
        ("金额（小写）", f"{figures(amount)}元"),
        ("金额（大写）", f"人民币{capital(amount)}"),
        ("用途", f"{p.name}合同款"),
        ("交易时间", when.strftime("%Y-%m-%d %H:%M:%S")),
    ]
    for i, (k, v) in enumerate(rows):
        y = 56 + 12 * i
        if i:
            s.hline(15, A4W - 15, y)
        s.text(20, y + 4, k, 3.3)
        s.text(55, y + 4, v, 3.3 if len(v) < 40 else 2.9)
    s.vline(50, 56, 104)
    s.text(20, 108, "本回单为网上银行转账回单，不作为收款方发货依据，并请勿重复记账。", 2.8, BLACK)
    s.picture(A4W - 58, 64, 34, 34, marks.round_seal(rng, head, "电子回单专用章", 420), "seal", head)
    return s


def upper_date(d: dt.date) -> str:
    return cn_upper_date(d)
