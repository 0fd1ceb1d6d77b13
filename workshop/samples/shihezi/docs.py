"""Page templates: 营业执照, 审计报告 + 利润表, 政府采购合同, 项目合同书, 补充协议, 初验/终验/验收报告, 验收证书, 数电票."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf

from . import people as P
from .filing import Paper
from .paint import RED, SANS, Sheet, qr_png

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "外购软件费",
    "other": "其他费用",
}


@dataclass
class Deal:
    pid: str
    name: str
    client: P.Client
    firm: P.Firm
    amount: Decimal
    signed: dt.date
    accepted: dt.date
    number: str
    fees: dict[str, Decimal] = field(default_factory=dict)


def _seal_row(s: Sheet, y: float, deal: Deal, rng: random.Random, date: dt.date, seals: bool = True) -> None:
    """The two-column signature block of a contract or agreement."""
    s.text(70, y, "甲方（盖章）：", 11, SANS)
    s.text(320, y, "乙方（盖章）：", 11, SANS)
    s.text(70, y + 70, "法定代表人或授权代表（签字）：", 10)
    s.text(320, y + 70, "法定代表人或授权代表（签字）：", 10)
    s.sign(90, y + 98, P.person(rng), rng)
    s.sign(340, y + 98, deal.firm.rep, rng)
    s.text(70, y + 130, f"日期：{P.cn_date(date)}", 10)
    s.text(320, y + 130, f"日期：{P.cn_date(date)}", 10)
    if seals:
        s.seal(150 + rng.uniform(-10, 10), y + 40, deal.client.full, "合同专用章")
        s.seal(400 + rng.uniform(-10, 10), y + 40, deal.firm.name, "合同专用章")


def license(f: P.Firm, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    s = Sheet(doc)
    s.page.draw_rect(pymupdf.Rect(30, 30, 565, 812), color=(0.7, 0.5, 0.2), width=3)
    s.text(297, 120, "营 业 执 照", 30, SANS, align="center")
    s.text(297, 150, "（副      本）", 12, align="center")
    s.text(70, 190, f"统一社会信用代码  {f.code}", 11)
    valid = (
        "长期" if rng.random() < 0.6 else P.cn_date(dt.date(f.established.year + 30, f.established.month, 1))
    )
    rows = [
        ("名        称", f.name),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", f.rep),
        ("注 册 资 本", f"{int(f.capital / 10000)}万元人民币"),
        ("成 立 日 期", P.cn_date0(f.established)),
        ("营 业 期 限", f"{P.cn_date0(f.established)}至{valid}" if valid != "长期" else "长期"),
        ("住        所", f.address),
    ]
    y = 240.0
    for k, v in rows:
        s.text(70, y, k, 11, SANS)
        s.text(170, y, v, 11)
        y += 30
    scope = "计算机信息系统集成；软件开发；信息技术咨询服务；数据处理和存储支持服务；安全技术防范系统设计施工服务；计算机及通讯设备租赁、销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    s.text(70, y, "经 营 范 围", 11, SANS)
    s.para(170, y, 340, scope, 10.5)
    s.text(380, 700, "登记机关", 12, SANS)
    issued = f.established + dt.timedelta(days=rng.randint(400, 2400))
    s.text(380, 740, P.cn_date(issued), 11)
    s.seal(440, 715, f"新疆生产建设兵团{P.CITIES[f.city][0]}市场监督管理局", "", 46)
    fields = {
        "company_name": f.name,
        "credit_code": f.code,
        "legal_representative": f.rep,
        "registered_capital": P.money(f.capital),
        "company_type": "有限责任公司（自然人投资或控股）",
        "established_on": f.established.isoformat(),
        "valid_until": "长期"
        if valid == "长期"
        else dt.date(f.established.year + 30, f.established.month, 1).isoformat(),
        "address": f.address,
    }
    return Paper("business_license", doc, fields)


AUDIT_FIRMS = [
    "新疆兵团天正会计师事务所有限公司",
    "石河子恒信会计师事务所（普通合伙）",
    "新疆天恒信有限责任会计师事务所",
]


def income(rng: random.Random, revenue: Decimal) -> list[tuple[str, Decimal]]:
    def part(lo: float, hi: float) -> Decimal:
        return (revenue * Decimal(str(round(rng.uniform(lo, hi), 4)))).quantize(Decimal("0.01"))

    cost, tax, sell, admin, rd, fin = (
        part(0.62, 0.74), part(0.004, 0.008), part(0.02, 0.04), part(0.04, 0.07), part(0.02, 0.05), part(0.001, 0.003)
    )  # fmt: skip
    op = revenue - cost - tax - sell - admin - rd - fin
    nin, nout = part(0.0, 0.004), part(0.0, 0.002)
    total = op + nin - nout
    itax = (total * Decimal("0.15")).quantize(Decimal("0.01")) if total > 0 else Decimal(0)
    return [
        ("一、营业收入", revenue),
        ("减：营业成本", cost),
        ("税金及附加", tax),
        ("销售费用", sell),
        ("管理费用", admin),
        ("研发费用", rd),
        ("财务费用", fin),
        ("二、营业利润（亏损以“－”号填列）", op),
        ("加：营业外收入", nin),
        ("减：营业外支出", nout),
        ("三、利润总额（亏损总额以“－”号填列）", total),
        ("减：所得税费用", itax),
        ("四、净利润（净亏损以“－”号填列）", total - itax),
    ]


def audit(
    f: P.Firm,
    year: int,
    revenue: Decimal,
    rng: random.Random,
    opinion: str = "unqualified",
    group: bool = False,
) -> tuple[Paper, Decimal]:
    """审计报告 (2 pages) + 利润表; returns the paper and the net profit of the company's own column."""
    doc = pymupdf.open()
    firm_name = rng.choice(AUDIT_FIRMS)
    number = f"{firm_name[:2]}审字〔{year + 1}〕第{rng.randint(10, 399):03d}号"
    s = Sheet(doc)
    s.text(297, 90, "审 计 报 告", 22, SANS, align="center")
    s.text(297, 120, number, 11, align="center")
    s.text(60, 160, f"{f.name}全体股东：", 11)
    what = "合并及母公司" if group else ""
    qual = opinion == "qualified"
    s.text(60, 195, "一、保留意见" if qual else "一、审计意见", 11.5, SANS)
    y = s.para(
        60,
        220,
        475,
        f"我们审计了{f.name}（以下简称贵公司）财务报表，包括{year}年12月31日的{what}资产负债表，{year}年度的{what}利润表、"
        f"{what}现金流量表、{what}所有者权益变动表以及相关财务报表附注。",
    )
    if qual:
        text = (
            "我们认为，除“形成保留意见的基础”部分所述事项可能产生的影响外，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
            f"公允反映了贵公司{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。"
        )
    else:
        text = (
            f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的{what}财务状况"
            f"以及{year}年度的{what}经营成果和{what}现金流量。"
        )
    y = s.para(60, y + 4, 475, text)
    s.text(60, y + 14, "二、形成保留意见的基础" if qual else "二、形成审计意见的基础", 11.5, SANS)
    y += 40
    if qual:
        y = s.para(
            60,
            y,
            475,
            f"如财务报表附注五（三）所述，贵公司{year}年12月31日应收账款账面余额{P.fig(revenue * Decimal('0.21'))}元，"
            "我们未能对其中账龄三年以上的部分实施函证等满意的替代审计程序，无法获取充分、适当的审计证据，"
            "因此无法确定是否有必要对这些金额作出调整。",
        )
    y = s.para(
        60,
        y + 4,
        475,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些"
        "准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据"
        f"是充分、适当的，为发表{'保留' if qual else '审计'}意见提供了基础。",
    )
    y = s.para(
        60,
        y + 4,
        475,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。"
        "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。",
    )
    y = max(y + 20, 640)
    s.text(60, y, firm_name, 10.5)
    s.text(330, y, "中国注册会计师：", 10.5)
    s.sign(440, y, P.person(rng), rng)
    s.text(330, y + 45, "中国注册会计师：", 10.5)
    s.sign(440, y + 45, P.person(rng), rng)
    s.text(60, y + 45, f"中国·{P.CITIES[f.city][1]}", 10.5)
    s.text(330, y + 90, P.cn_date(dt.date(year + 1, rng.randint(2, 4), rng.randint(1, 28))), 10.5)
    s.seal(150, y + 10, firm_name, "", 48)
    # the income statement
    s3 = Sheet(doc)
    s3.text(297, 70, "合并及母公司利润表" if group else "利 润 表", 17, SANS, align="center")
    s3.text(60, 100, f"编制单位：{f.name}", 9.5)
    s3.text(300, 100, f"{year}年度", 9.5, align="center")
    s3.text(535, 100, "单位：元", 9.5, align="right")
    own = income(rng, revenue)
    if group:
        cons = income(
            rng, (revenue * Decimal(str(round(rng.uniform(1.25, 1.6), 3)))).quantize(Decimal("0.01"))
        )
        rows = [["项    目", "本期合并", "本期母公司", "上期合并", "上期母公司"]]
        prev_c = income(rng, (cons[0][1] * Decimal("0.86")).quantize(Decimal("0.01")))
        prev_o = income(rng, (revenue * Decimal("0.88")).quantize(Decimal("0.01")))
        for i, (label, v) in enumerate(own):
            rows.append([label, P.fig(cons[i][1]), P.fig(v), P.fig(prev_c[i][1]), P.fig(prev_o[i][1])])
        s3.table(40, 115, [175, 85, 85, 85, 85], rows, 8.2, 26)
    else:
        prev = income(
            rng, (revenue * Decimal(str(round(rng.uniform(0.75, 1.1), 3)))).quantize(Decimal("0.01"))
        )
        rows = [["项    目", "行次", "本期金额", "上期金额"]]
        for i, (label, v) in enumerate(own):
            rows.append([label, str(i + 1), P.fig(v), P.fig(prev[i][1])])
        s3.table(50, 115, [215, 40, 120, 120], rows, 9, 26)
    s3.text(
        60,
        780,
        f"企业负责人：{f.rep}        主管会计工作负责人：{P.person(rng)}        会计机构负责人：{P.person(rng)}",
        9,
    )
    net = own[-1][1]
    fields = {
        "audit_firm": firm_name,
        "report_number": number,
        "fiscal_year": year,
        "opinion": opinion,
        "operating_revenue": P.money(revenue),
        "net_profit": P.money(net),
        "consolidated": group,
    }
    return Paper("audit_report", doc, fields, marks={"opinion": 0, "income": 1}), net


def procurement(deal: Deal, rng: random.Random, fullwidth: bool = True) -> Paper:
    """政府采购合同: cover table with 采购人/供应商 and 合同金额 (￥, full-width digits), clauses, signature page."""
    doc = pymupdf.open()
    s = Sheet(doc)
    s.text(297, 140, "政 府 采 购 合 同", 28, SANS, align="center")
    s.text(297, 175, "（货物及服务类）", 13, align="center")
    amount = f"￥{P.fullwidth(P.fig(deal.amount))}" if fullwidth else f"¥{P.fig(deal.amount)}元"
    proc_no = f"BTZC-{deal.signed.year}-{rng.randint(100, 999)}"
    rows = [
        ["项目名称", deal.name],
        ["采购项目编号", proc_no],
        ["合同编号", deal.number],
        ["采购人（甲方）", deal.client.full],
        ["供应商（乙方）", deal.firm.name],
        ["合同金额", amount],
        ["签订地点", f"新疆{deal.client.city}"],
        ["签订日期", P.cn_date0(deal.signed)],
    ]
    s.table(80, 260, [110, 325], rows, 11, 40)
    s.text(297, 760, f"{deal.client.city}财政局监制", 10, align="center")
    s2 = Sheet(doc)
    s2.text(297, 80, "合 同 条 款", 16, SANS, align="center")
    y = s2.para(
        60,
        115,
        475,
        f"根据{deal.name}（采购项目编号：{proc_no}）的采购结果，按照《中华人民共和国政府采购法》《中华人民共和国民法典》的规定，"
        "经双方协商，本着平等互利和诚实信用的原则，一致同意签订本合同如下。",
    )
    y = s2.para(
        60,
        y + 6,
        475,
        f"第一条 合同金额：本合同总金额为人民币{P.words(deal.amount)}（¥{P.fig(deal.amount)}），包含设备、软件、安装调试、"
        "培训、税费及质保期内服务等全部费用。",
    )
    y = s2.para(60, y + 6, 475, "第二条 交付期限：乙方应在合同签订后九十日内完成全部建设内容并提交初验申请。")
    y = s2.para(
        60,
        y + 6,
        475,
        "第三条 付款方式：合同签订后支付合同金额的30%；初验合格后支付40%；终验合格后支付剩余30%。",
    )
    y = s2.para(
        60,
        y + 6,
        475,
        "第四条 验收：项目分初步验收和最终验收，由甲方组织，验收标准按招标文件及乙方投标文件执行。",
    )
    y = s2.para(60, y + 6, 475, "第五条 质量保证：质保期为终验合格之日起三年。")
    y = s2.para(
        60,
        y + 6,
        475,
        "第六条 本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力，自双方签字盖章之日起生效。",
    )
    _seal_row(s2, y + 40, deal, rng, deal.signed)
    fields = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.client.full,
        "party_b": deal.firm.name,
        "contract_amount": P.money(deal.amount),
        "amount_in_words": P.words(deal.amount),
        "signed_on": deal.signed.isoformat(),
    }
    return Paper("contract", doc, fields, deal.pid, marks={"amount": 0, "sign": 1})


def agreement(
    deal: Deal,
    rng: random.Random,
    seals: bool = True,
    printed_name: str | None = None,
    fee_table: bool = False,
) -> Paper:
    """项目合同书: parties block, 合同总价 as '人民币 伍拾捌万陆仟元整 (¥586,000.00)', optional fee table, signature page."""
    name = printed_name or deal.name
    doc = pymupdf.open()
    s = Sheet(doc)
    s.text(297, 90, "信息化建设项目合同书", 22, SANS, align="center")
    s.text(470, 120, f"合同编号：{deal.number}", 9.5, align="center")
    y = 160.0
    for label, value in (
        ("项目名称：", name),
        ("甲    方：", deal.client.full),
        ("乙    方：", deal.firm.name),
    ):
        s.text(60, y, label, 11, SANS)
        s.text(130, y, value, 11)
        y += 26
    y = s.para(
        60,
        y + 10,
        475,
        f"甲乙双方依据《中华人民共和国民法典》及有关规定，就{name}事宜，经友好协商达成如下条款，共同遵守。",
    )
    y = s.para(
        60,
        y + 6,
        475,
        "一、项目内容：乙方按甲方确认的技术方案完成系统的设计、供货、安装、调试、培训及试运行。",
    )
    s.text(60, y + 8, "二、合同价款", 11, SANS)
    s.text(80, y + 34, f"合同总价：人民币 {P.words(deal.amount)} （¥{P.fig(deal.amount)}）", 11)
    y += 56
    y = s.para(
        60, y, 475, "上述价款为固定总价，已包含乙方完成本项目的全部费用，除双方书面补充约定外不作调整。"
    )
    if fee_table and deal.fees:
        rows = [["序号", "费用项目", "金额（元）"]]
        for i, (k, v) in enumerate(deal.fees.items()):
            rows.append([str(i + 1), FEE_LABELS[k], P.fig(v)])
        rows.append(["", "合    计", P.fig(deal.amount)])
        y = s.table(90, y + 6, [50, 200, 160], rows, 10, 22) + 10
    y = s.para(
        60, y + 6, 475, "三、付款方式：合同签订后十五个工作日内支付40%，验收合格后支付55%，质保期满后支付5%。"
    )
    s.para(60, y + 6, 475, "四、工期：自合同签订之日起120日内完成。")
    s2 = Sheet(doc)
    y = s2.para(
        60, 90, 475, "五、验收：乙方完成全部工作后书面通知甲方，甲方在十个工作日内组织验收并出具验收报告。"
    )
    y = s2.para(60, y + 6, 475, "六、违约责任：任何一方违约的，应按合同总价的千分之五每日向对方支付违约金。")
    y = s2.para(
        60, y + 6, 475, "七、本合同未尽事宜，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。"
    )
    s2.para(60, y + 6, 475, "八、本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。")
    _seal_row(s2, 330, deal, rng, deal.signed, seals)
    fields: dict[str, object] = {
        "project_name": name,
        "contract_number": deal.number,
        "party_a": deal.client.full,
        "party_b": deal.firm.name,
        "contract_amount": P.money(deal.amount),
        "amount_in_words": P.words(deal.amount),
        "signed_on": deal.signed.isoformat(),
    }
    if fee_table and deal.fees:
        fields["fees"] = {k: P.money(v) for k, v in deal.fees.items()}
    return Paper("contract", doc, fields, deal.pid, marks={"amount": 0, "sign": 1})


def supplement(deal: Deal, original: Decimal, date: dt.date, rng: random.Random) -> Paper:
    """补充协议: raises the contract amount; states the amended total."""
    doc = pymupdf.open()
    s = Sheet(doc)
    number = f"{deal.number}-BC01"
    s.text(297, 90, "补 充 协 议", 22, SANS, align="center")
    s.text(470, 120, f"协议编号：{number}", 9.5, align="center")
    s.text(60, 160, f"甲方：{deal.client.full}", 11)
    s.text(60, 186, f"乙方：{deal.firm.name}", 11)
    extra = deal.amount - original
    y = s.para(
        60,
        220,
        475,
        f"甲乙双方于{P.cn_date(deal.signed)}签订《{deal.name}合同》（合同编号：{deal.number}），原合同金额为人民币"
        f"{P.fig(original)}元。因甲方新增{rng.choice(['两个连队', '三个团场', '一处分院'])}接入点位，经双方协商一致，"
        f"增加建设内容，合同金额增加人民币{P.fig(extra)}元。",
    )
    y = s.para(
        60,
        y + 8,
        475,
        f"一、变更后合同总金额为人民币{P.words(deal.amount)}（¥{P.fig(deal.amount)}）。",
    )
    y = s.para(60, y + 6, 475, "二、新增内容的付款方式、验收标准及质保期按原合同约定执行。")
    y = s.para(
        60,
        y + 6,
        475,
        "三、本协议为原合同不可分割的组成部分，与原合同具有同等法律效力；本协议未约定事项，仍按原合同执行。",
    )
    _seal_row(s, y + 40, deal, rng, date)
    fields = {
        "project_name": deal.name,
        "contract_number": number,
        "party_a": deal.client.full,
        "party_b": deal.firm.name,
        "contract_amount": P.money(deal.amount),
        "amount_in_words": P.words(deal.amount),
        "signed_on": date.isoformat(),
    }
    return Paper("contract", doc, fields, deal.pid, marks={"amount": 0, "sign": 0})


CONCLUSION = {
    "初验": ("项目初步验收报告", "经初验小组检查，系统功能符合合同要求，同意验收，进入试运行阶段。"),
    "终验": ("项目最终验收报告", "系统试运行稳定，文档资料齐全，验收组一致同意该项目通过终验。"),
    "验收": ("项目验收报告", "项目建设内容已按合同全部完成，经验收组检查，验收合格。"),
}


def acceptance(
    deal: Deal,
    date: dt.date,
    rng: random.Random,
    stage: str = "验收",
    name: str | None = None,
    supervisor: bool = False,
) -> Paper:
    title, verdict = CONCLUSION[stage]
    doc = pymupdf.open()
    s = Sheet(doc)
    s.text(297, 90, title, 20, SANS, align="center")
    sup = f"新疆{rng.choice(['兵团建设', '石城', '天润'])}工程监理有限公司"
    rows = [
        ["项目名称", name or deal.name],
        ["建设单位", deal.client.full],
        ["承建单位", deal.firm.name],
        ["合同编号", deal.number],
        ["验收日期", P.cn_date0(date)],
    ]
    if supervisor:
        rows.append(["监理单位", sup])
    y = s.table(60, 120, [100, 375], rows, 10.5, 30)
    s.text(60, y + 30, "验收内容及情况：", 11, SANS)
    y = s.para(
        60,
        y + 56,
        475,
        "验收组听取了承建单位的项目建设汇报，查验了硬件设备到货及安装情况，对软件各功能模块进行了测试，审阅了项目技术文档及培训记录。",
    )
    s.text(60, y + 20, "验收结论：", 11, SANS)
    s.text(130, y + 20, verdict, 11)
    yy = y + 90
    s.text(60, yy, "建设单位（盖章）：", 10.5)
    s.text(320, yy, "承建单位（盖章）：", 10.5)
    s.sign(80, yy + 60, P.person(rng), rng)
    s.sign(340, yy + 60, deal.firm.rep, rng)
    s.text(60, yy + 100, P.cn_date(date), 10)
    s.text(320, yy + 100, P.cn_date(date), 10)
    s.seal(150, yy + 35, deal.client.full, "")
    s.seal(410, yy + 35, deal.firm.name, "")
    fields: dict[str, object] = {
        "project_name": name or deal.name,
        "party_a": deal.client.full,
        "party_b": deal.firm.name,
        "accepted_on": date.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    if supervisor:
        fields["third_party"] = sup
    return Paper("acceptance_report", doc, fields, deal.pid, marks={"date": 0})


def certificate(deal: Deal, date: dt.date, rng: random.Random) -> Paper:
    """验收证书 with a 验收委员会 list on the second page."""
    doc = pymupdf.open()
    s = Sheet(doc)
    s.page.draw_rect(pymupdf.Rect(40, 40, 555, 802), color=(0.1, 0.1, 0.1), width=2)
    s.text(297, 130, "项 目 验 收 证 书", 26, SANS, align="center")
    rows = [
        ["项目名称", deal.name],
        ["建设单位", deal.client.full],
        ["承建单位", deal.firm.name],
        ["合同编号", deal.number],
        ["合同金额", f"{P.fig(deal.amount)}元"],
        ["验收时间", P.cn_date(date)],
    ]
    y = s.table(70, 180, [95, 360], rows, 10.5, 34)
    s.text(70, y + 34, "验收委员会意见：", 11.5, SANS)
    y = s.para(
        70,
        y + 60,
        455,
        "验收委员会审阅了项目竣工文档和测试报告，现场核查了系统运行情况，认为项目完成了合同规定的全部建设内容，"
        "系统运行稳定，验收委员会一致同意该项目通过验收，验收合格。",
    )
    s.text(320, y + 60, f"建设单位：{deal.client.full[8:]}（盖章）", 10)
    s.text(320, y + 90, P.cn_date(date), 10.5)
    s.seal(420, y + 60, deal.client.full, "")
    s2 = Sheet(doc)
    s2.text(297, 90, "验收委员会成员名单", 17, SANS, align="center")
    units = [
        deal.client.full[8:],
        f"{deal.client.city}发展和改革委员会",
        f"{deal.client.city}财政局",
        "石河子大学信息科学与技术学院",
        deal.client.full[8:],
    ]
    roles = ["主任委员", "委员", "委员", "委员（专家）", "委员"]
    rows = [["序号", "姓名", "工作单位", "职务/职称", "签字"]]
    for i, (u, r) in enumerate(zip(units, roles, strict=True)):
        rows.append([str(i + 1), P.person(rng), u, r, ""])
    s2.table(50, 120, [40, 80, 220, 90, 65], rows, 9.5, 34)
    for i in range(len(units)):
        s2.sign(490, 120 + 34 * (i + 1) + 24, rows[i + 1][1], rng)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.full,
        "party_b": deal.firm.name,
        "accepted_on": date.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return Paper("acceptance_report", doc, fields, deal.pid, marks={"date": 0})


def invoice(
    deal: Deal, total: Decimal, date: dt.date, rng: random.Random, item: str = "信息系统服务*系统集成服务"
) -> Paper:
    """数电票 (电子发票（普通发票）), born digital, with QR code and 价税合计."""
    doc = pymupdf.open()
    s = Sheet(doc, size=(683.0, 397.0))
    number = f"{date.year % 100}65{rng.randint(10**15, 10**16 - 1)}"
    payload = f"01,32,,{number},{total:.2f},{date:%Y%m%d},,{rng.randrange(16**4):04X}"
    s.png((24, 18, 92, 86), qr_png(payload))
    s.text(341, 50, "电子发票（普通发票）", 19, SANS, color=(0.55, 0.25, 0.1), align="center")
    s.page.draw_line((255, 58), (428, 58), color=(0.55, 0.25, 0.1), width=1)
    s.page.draw_line((255, 61), (428, 61), color=(0.55, 0.25, 0.1), width=1)
    s.text(490, 40, f"发票号码：{number}", 9)
    s.text(490, 58, f"开票日期：{P.cn_date0(date)}", 9)
    b = (0.55, 0.25, 0.1)
    s.page.draw_rect(pymupdf.Rect(24, 95, 659, 360), color=b, width=0.8)
    s.page.draw_line((341, 95), (341, 160), color=b, width=0.6)
    s.page.draw_line((24, 160), (659, 160), color=b, width=0.6)
    s.text(32, 115, "购", 10, SANS)
    s.text(32, 135, "买", 10, SANS)
    s.text(32, 155, "方", 10, SANS)
    s.text(52, 122, f"名称：{deal.client.full}", 9)
    s.text(52, 145, f"统一社会信用代码/纳税人识别号：{deal.client.code}", 8)
    s.text(349, 115, "销", 10, SANS)
    s.text(349, 135, "售", 10, SANS)
    s.text(349, 155, "方", 10, SANS)
    s.text(369, 122, f"名称：{deal.firm.name}", 9)
    s.text(369, 145, f"统一社会信用代码/纳税人识别号：{deal.firm.code}", 8)
    rate = Decimal("0.06")
    net = (total / (1 + rate)).quantize(Decimal("0.01"))
    tax = total - net
    s.text(40, 178, "项目名称", 9, SANS)
    s.text(250, 178, "单位", 9, SANS)
    s.text(300, 178, "数量", 9, SANS)
    s.text(380, 178, "金额", 9, SANS)
    s.text(470, 178, "税率/征收率", 9, SANS)
    s.text(580, 178, "税额", 9, SANS)
    s.text(40, 198, f"*{item}", 9)
    s.text(250, 198, "项", 9)
    s.text(305, 198, "1", 9)
    s.text(420, 198, P.fig(net), 9, align="right")
    s.text(490, 198, "6%", 9)
    s.text(640, 198, P.fig(tax), 9, align="right")
    s.text(40, 290, "合          计", 9, SANS)
    s.text(420, 290, f"¥{P.fig(net)}", 9, align="right")
    s.text(640, 290, f"¥{P.fig(tax)}", 9, align="right")
    s.page.draw_line((24, 300), (659, 300), color=b, width=0.6)
    s.text(40, 320, "价税合计（大写）", 9.5, SANS)
    s.text(150, 320, P.words(total), 10)
    s.text(480, 320, "（小写）", 9.5, SANS)
    s.text(530, 320, f"¥{P.fig(total)}", 10)
    s.page.draw_line((24, 330), (659, 330), color=b, width=0.6)
    s.text(40, 348, f"备注：{deal.name[:30]}", 8.5)
    s.text(40, 380, f"开票人：{P.person(rng)}", 9)
    s.text(460, 388, "国家税务总局新疆维吾尔自治区税务局", 6.5, color=RED)
    fields = {
        "invoice_number": number,
        "issued_on": date.isoformat(),
        "buyer": deal.client.full,
        "seller": deal.firm.name,
        "total_amount": P.money(total),
        "qr": payload,
    }
    return Paper("invoice", doc, fields, deal.pid)
