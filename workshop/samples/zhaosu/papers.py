"""The papers of a filing, each drawn as a ``Paper`` with the truth fields it visibly shows."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .sheet import A4, Paper, Sheet
from .world import AUDIT_FIRMS, capital, cn_date, fmt, person, plain

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他",
}


@dataclass
class Firm:
    name: str
    code: str
    county: str
    legal: str
    capital: Decimal
    established: dt.date
    address: str
    grade: str
    technical: int
    certified: int
    certificates: list[tuple[str, str, str, str]] = field(default_factory=list)


@dataclass
class Drawn:
    """A drawn paper: its pages, type, fields for truth, and which project it backs."""

    paper: Paper
    type: str
    fields: dict[str, Any]
    project_id: str | None = None
    scanned: bool = False


def license_paper(firm: Firm, rng: random.Random) -> Drawn:
    p = Paper()
    s = p.new()
    s.centre(90, "营 业 执 照", 26)
    s.centre(115, "（副  本）", 12)
    s.text(60, 150, f"统一社会信用代码  {firm.code}", 10.5)
    y = 200
    rows = [
        ("名        称", firm.name),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal),
        ("注册资本", f"人民币{capital(firm.capital).replace('元整', '元整')}"),
        ("成立日期", cn_date(firm.established)),
        ("营业期限", f"{cn_date(firm.established)}至长期"),
        ("住        所", firm.address),
    ]
    for k, v in rows:
        s.text(70, y, k, 11)
        s.text(160, y, v, 11)
        y += 30
    s.text(70, y, "经营范围", 11)
    s.para(
        160,
        y,
        "计算机信息系统集成；软件开发；信息技术咨询服务；安全技术防范系统设计施工；网络设备销售；"
        "数据处理和存储支持服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
        360,
        10,
    )
    reg = f"{firm.county}市场监督管理局"
    s.text(360, 720, "登记机关", 11)
    s.seal(440, 715, reg, rng, r=38)
    issued = firm.established + dt.timedelta(days=rng.randint(200, 2000))
    s.text(370, 770, cn_date(min(issued, dt.date(2025, 6, 1))), 10.5)
    return Drawn(
        p,
        "business_license",
        {
            "company_name": firm.name,
            "credit_code": firm.code,
            "legal_representative": firm.legal,
            "registered_capital": plain(firm.capital),
            "established_on": firm.established.isoformat(),
            "valid_until": "长期",
        },
    )


UNITS = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000)}


def shown(value: Decimal, unit: str) -> tuple[str, Decimal]:
    """How a yuan figure prints in ``unit`` with two decimals, and the yuan value that print states."""
    scaled = (value / UNITS[unit]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{scaled:,.2f}", scaled * UNITS[unit]


@dataclass
class AuditFacts:
    year: int
    revenue: Decimal
    si_revenue: Decimal
    profit: Decimal
    group_revenue: Decimal | None = None
    group_profit: Decimal | None = None
    unit: str = "元"


def audit_paper(firm: Firm, facts: AuditFacts, rng: random.Random) -> Drawn:
    """审计报告: opinion page, 利润表 (合并/母公司 columns when a group), 附注 营业收入."""
    p = Paper()
    auditor = rng.choice(AUDIT_FIRMS)
    number = f"伊{rng.choice(['天正', '华实', '金河', '中天'])}审字〔{facts.year + 1}〕第{rng.randint(10, 480):03d}号"
    group = facts.group_revenue is not None
    s = p.new()
    s.centre(110, "审 计 报 告", 22)
    s.right(540, 140, number, 10.5)
    s.text(60, 180, f"{firm.name}全体股东：", 11)
    what = "合并及母公司资产负债表，合并及母公司利润表" if group else "资产负债表、利润表、现金流量表"
    y = s.para(
        60,
        210,
        f"一、审计意见  我们审计了{firm.name}（以下简称贵公司）财务报表，包括{facts.year}年12月31日的"
        f"{what}以及相关财务报表附注。",
        475,
    )
    y = s.para(
        60,
        y + 6,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{facts.year}年"
        f"12月31日的{'合并及母公司' if group else ''}财务状况以及{facts.year}年度的经营成果和现金流量。",
        475,
    )
    y = s.para(
        60,
        y + 6,
        "二、形成审计意见的基础  我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计"
        "证据是充分、适当的，为发表审计意见提供了基础。",
        475,
    )
    s.text(60, 640, auditor, 11)
    s.seal(140, 600, auditor.split("（")[0], rng, r=40)
    s.text(360, 640, f"中国注册会计师：{person(rng)}", 10.5)
    s.text(360, 670, f"中国注册会计师：{person(rng)}", 10.5)
    s.text(360, 710, cn_date(dt.date(facts.year + 1, rng.randint(2, 4), rng.randint(1, 28))), 10.5)

    s2 = p.new()
    s2.centre(80, "利 润 表" if not group else "合并及母公司利润表", 16)
    s2.text(60, 110, f"编制单位：{firm.name}", 9.5)
    s2.text(330, 110, f"{facts.year}年度", 9.5)
    s2.right(540, 110, f"单位：{facts.unit}", 9.5)
    rev_s, rev_v = shown(facts.revenue, facts.unit)
    _pro_s, pro_v = shown(facts.profit, facts.unit)
    cost = facts.revenue * Decimal("0.78")
    items = [
        ("一、营业收入", facts.revenue, facts.group_revenue),
        ("减：营业成本", cost, None),
        ("税金及附加", facts.revenue * Decimal("0.006"), None),
        ("销售费用", facts.revenue * Decimal("0.03"), None),
        ("管理费用", facts.revenue * Decimal("0.07"), None),
        ("四、净利润", facts.profit, facts.group_profit),
    ]
    if group:
        header = ["项目", "本期金额", "上期金额", "本期金额", "上期金额"]
        rows = [header]
        for label, v, g in items:
            gv = g if g is not None else v * Decimal("1.12")
            rows.append(
                [
                    label,
                    shown(gv, facts.unit)[0],
                    shown(gv * Decimal("0.9"), facts.unit)[0],
                    shown(v, facts.unit)[0],
                    shown(v * Decimal("0.88"), facts.unit)[0],
                ]
            )
        s2.table(
            55,
            130,
            [150, 85, 85, 85, 85],
            rows,
            size=9,
            height=22,
            align=["l", "r", "r", "r", "r"],
            merged_header=[(0, 1, ""), (1, 2, "合并"), (3, 2, "母公司")],
        )
    else:
        rows = [["项目", "本期金额", "上期金额"]]
        for label, v, _ in items:
            rows.append([label, shown(v, facts.unit)[0], shown(v * Decimal("0.9"), facts.unit)[0]])
        s2.table(60, 130, [210, 130, 130], rows, size=9.5, height=24, align=["l", "r", "r"])
    s2.text(60, 760, "法定代表人：" + firm.legal + "      主管会计工作负责人：" + person(rng), 9)

    s3 = p.new()
    s3.centre(80, "财务报表附注（摘录）", 14)
    si_s, si_v = shown(facts.si_revenue, facts.unit)
    other_s, _ = shown(facts.revenue - facts.si_revenue, facts.unit)
    s3.text(60, 120, f"营业收入（{'母公司' if group else '本公司'}）                单位：{facts.unit}", 10)
    s3.table(
        60,
        135,
        [200, 140],
        [["项目", "本期金额"], ["系统集成收入", si_s], ["其他业务收入", other_s], ["营业收入合计", rev_s]],
        size=10,
        height=24,
        align=["l", "r"],
    )
    si_exact = si_v
    fields: dict[str, Any] = {
        "audit_firm": auditor,
        "report_number": number,
        "fiscal_year": facts.year,
        "opinion": "unqualified",
        "operating_revenue": plain(rev_v),
        "net_profit": plain(pro_v),
        "system_integration_revenue": plain(si_exact),
        "consolidated": group,
        "company_name": firm.name,
    }
    return Drawn(p, "audit_report", fields)


@dataclass
class Deal:
    """One contract (or order) behind a declared row."""

    pid: str
    name: str
    client: str
    number: str
    amount: Decimal
    signed: dt.date
    accepted: dt.date
    place: str
    fees: dict[str, Decimal] | None = None
    title: str = "合同书"
    framework: str | None = None


def contract_paper(firm: Firm, d: Deal, rng: random.Random) -> Drawn:
    p = Paper()
    s = p.new()
    s.right(540, 60, f"合同编号：{d.number}", 10)
    s.centre(120, d.name, 15 if len(d.name) < 26 else 12)
    s.centre(150, d.title, 18)
    s.text(70, 200, f"甲方（采购人）：{d.client}", 11)
    s.text(70, 225, f"乙方（供应商）：{firm.name}", 11)
    y = s.para(
        70,
        260,
        f"根据《中华人民共和国民法典》及相关法律法规，甲乙双方经友好协商，就{d.name}（以下简称本项目）"
        f"达成如下条款，共同遵守。项目实施地点：{d.place}。",
        455,
    )
    if d.framework:
        y = s.para(
            70, y + 4, f"本订单依据双方签订的《{d.framework}》下达，框架协议约定的条款适用于本订单。", 455
        )
    s.text(70, y + 14, "第一条  合同价款", 11.5)
    s.text(90, y + 40, f"合同总价：人民币（大写）{capital(d.amount)}", 11)
    s.text(90, y + 64, f"（小写：¥{fmt(d.amount)}元）", 11)
    y += 90
    fields: dict[str, Any] = {
        "project_name": d.name,
        "contract_number": d.number,
        "party_a": d.client,
        "party_b": firm.name,
        "contract_amount": plain(d.amount),
        "amount_in_words": capital(d.amount),
        "signed_on": d.signed.isoformat(),
        "has_seal": True,
    }
    if d.fees:
        s.text(90, y, "价款构成如下：", 10.5)
        rows = [["费用类别", "金额（元）"]]
        for k, v in d.fees.items():
            if v:
                rows.append([FEE_LABELS[k], fmt(v)])
        rows.append(["合计", fmt(d.amount)])
        y = s.table(110, y + 10, [180, 150], rows, size=10, height=20, align=["l", "r"]) + 20
        fields["fees"] = {k: plain(d.fees.get(k, Decimal(0))) for k in FEE_LABELS}
    y = s.para(
        70,
        y + 6,
        "第二条  付款方式：合同签订后支付合同总价的30%，项目验收合格后支付至95%，余款作为质保金于质保期满后"
        "无息支付。",
        455,
    )
    s.para(70, y + 6, "第三条  质量保证：乙方提供自验收合格之日起三年的免费质保和运维服务。", 455)
    s2 = p.new()
    y = s2.para(
        70,
        90,
        "第四条  争议解决：因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。",
        455,
    )
    y = s2.para(70, y + 6, "第五条  本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。", 455)
    s2.text(70, y + 10, "（以下无正文）", 10.5)
    s2.text(70, 420, "甲方（盖章）：", 11)
    s2.text(70, 450, d.client, 10)
    s2.text(70, 490, "法定代表人或授权代表：", 10.5)
    s2.signature(190, 492, rng)
    s2.text(70, 530, f"签订日期：{cn_date(d.signed)}", 10.5)
    s2.seal(150, 440, d.client, rng)
    s2.text(320, 420, "乙方（盖章）：", 11)
    s2.text(320, 450, firm.name, 10)
    s2.text(320, 490, "法定代表人或授权代表：", 10.5)
    s2.signature(440, 492, rng)
    s2.text(320, 530, f"签订日期：{cn_date(d.signed)}", 10.5)
    s2.seal(410, 440, firm.name, rng)
    return Drawn(p, "contract", fields, d.pid)


def framework_paper(
    firm: Firm, pid: str, name: str, client: str, number: str, signed: dt.date, years: str, rng: random.Random
) -> Drawn:
    """框架协议: unit prices and a period, no total price; orders carry the amounts."""
    p = Paper()
    s = p.new()
    s.right(540, 60, f"协议编号：{number}", 10)
    s.centre(120, name, 15)
    s.centre(150, "框架协议", 18)
    s.text(70, 200, f"甲方：{client}", 11)
    s.text(70, 225, f"乙方：{firm.name}", 11)
    y = s.para(
        70,
        260,
        f"甲方在{years}期间按需向乙方采购信息化建设与运维服务。本协议不约定总价，具体服务内容、数量和价款"
        "以甲方下达并经双方盖章确认的订单为准，按订单分别结算。",
        455,
    )
    s.table(
        90,
        y + 10,
        [200, 80, 120],
        [
            ["服务内容", "计量单位", "单价（元）"],
            ["网络运维驻场服务", "人·月", "9,800.00"],
            ["机房巡检", "次", "1,200.00"],
            ["软件定制开发", "人·天", "1,450.00"],
        ],
        size=10,
        height=20,
        align=["l", "c", "r"],
    )
    s.text(70, 520, "甲方（盖章）：", 11)
    s.seal(160, 540, client, rng)
    s.text(320, 520, "乙方（盖章）：", 11)
    s.seal(410, 540, firm.name, rng)
    s.text(70, 620, f"签订日期：{cn_date(signed)}", 10.5)
    s.text(320, 620, f"签订日期：{cn_date(signed)}", 10.5)
    return Drawn(
        p,
        "contract",
        {
            "project_name": name,
            "contract_number": number,
            "party_a": client,
            "party_b": firm.name,
            "signed_on": signed.isoformat(),
            "has_seal": True,
        },
        pid,
    )


def acceptance_paper(firm: Firm, d: Deal, rng: random.Random) -> Drawn:
    p = Paper()
    s = p.new()
    s.centre(90, "项目竣工验收报告", 18)
    rows = [
        ["项目名称", d.name],
        ["建设单位", d.client],
        ["承建单位", firm.name],
        ["合同编号", d.number],
        ["验收日期", cn_date(d.accepted)],
        ["验收地点", d.place],
    ]
    y = s.table(60, 120, [110, 365], [["项目", "内容"], *rows], size=10.5, height=26, align=["l", "l"])
    y = s.para(
        66,
        y + 24,
        "验收意见：经验收组现场查验、系统测试及资料审查，项目按合同约定完成建设内容，系统运行稳定，"
        "技术文档齐全，验收组一致同意通过验收。",
        460,
    )
    s.text(66, y + 14, "验收结论：☑ 合格    ☐ 不合格", 11)
    s.text(70, 600, "建设单位（盖章）：", 11)
    s.seal(150, 640, d.client, rng)
    s.text(70, 700, cn_date(d.accepted), 10.5)
    s.text(320, 600, "承建单位（盖章）：", 11)
    s.seal(400, 640, firm.name, rng)
    s.text(320, 700, cn_date(d.accepted), 10.5)
    return Drawn(
        p,
        "acceptance_report",
        {
            "project_name": d.name,
            "party_a": d.client,
            "party_b": firm.name,
            "accepted_on": d.accepted.isoformat(),
            "conclusion": "passed",
            "has_seal": True,
        },
        d.pid,
    )


def invoice_paper(firm: Firm, d: Deal, share: Decimal, issued: dt.date, rng: random.Random) -> Drawn:
    """A 数电票 (电子发票（普通发票）) for part of the deal."""
    p = Paper((842.0, 500.0))
    s = p.new()
    number = f"25{rng.randint(650000, 659999)}{rng.randint(10**11, 10**12 - 1)}"[:20]
    total = (d.amount * share).quantize(Decimal("0.01"))
    tax = (total / Decimal("1.06") * Decimal("0.06")).quantize(Decimal("0.01"))
    s.centre(50, "电子发票（普通发票）", 18)
    s.text(600, 40, f"发票号码：{number}", 9.5)
    s.text(600, 58, f"开票日期：{cn_date(issued)}", 9.5)
    s.table(
        40,
        80,
        [381, 381],
        [
            ["购买方信息", "销售方信息"],
            [f"名称：{d.client}", f"名称：{firm.name}"],
            ["", f"统一社会信用代码/纳税人识别号：{firm.code}"],
        ],
        size=9.5,
        height=24,
    )
    s.table(
        40,
        170,
        [260, 90, 140, 120, 152],
        [
            ["项目名称", "税率", "金额", "税额", "备注"],
            ["*信息技术服务*" + d.name[:16], "6%", fmt(total - tax), fmt(tax), ""],
        ],
        size=9,
        height=24,
        align=["l", "c", "r", "r", "l"],
    )
    s.text(50, 260, f"价税合计（大写）{capital(total)}", 10.5)
    s.text(520, 260, f"（小写）¥{fmt(total)}", 10.5)
    s.text(50, 300, f"开票人：{person(rng)}", 9.5)
    return Drawn(
        p,
        "invoice",
        {
            "invoice_number": number,
            "issued_on": issued.isoformat(),
            "buyer": d.client,
            "seller": firm.name,
            "total_amount": plain(total),
        },
        d.pid,
    )


@dataclass
class FormRow:
    name: str
    client: str
    amount: Decimal
    signed: dt.date
    accepted: dt.date


def declaration_form_paper(
    firm: Firm,
    year: int,
    finance: list[tuple[int, Decimal, Decimal, Decimal]],
    rows: list[FormRow],
    wan: bool,
    rng: random.Random,
    print_total: Decimal | None = None,
) -> Drawn:
    """申报表 as the web system prints it; the enterprise stamps the last page. Several pages."""
    p = Paper()
    s = p.new()
    s.centre(70, f"新疆维吾尔自治区计算机信息系统集成企业{year}年度年检申报表", 13.5)
    s.right(540, 95, f"打印时间：{year + 1}-0{rng.randint(1, 2)}-{rng.randint(10, 27)}", 8.5)
    info = [
        ["企业名称", firm.name],
        ["统一社会信用代码", firm.code],
        ["法定代表人", firm.legal],
        ["资质等级", f"{firm.grade}级"],
        ["注册地址", firm.address],
    ]
    y = s.table(50, 110, [130, 365], [["项目", "填报内容"], *info], size=10, height=22, align=["l", "l"])
    y = s.table(
        50,
        y + 16,
        [165, 165, 165],
        [
            ["技术人员总数（人）", "持证人员总数（人）", "年检年度"],
            [str(firm.technical), str(firm.certified), str(year)],
        ],
        size=10,
        height=22,
        align=["c", "c", "c"],
    )
    if firm.certificates:
        crow = [["序号", "姓名", "证书名称", "等级", "证书编号"]]
        for i, (h, c, lv, n) in enumerate(firm.certificates, 1):
            crow.append([str(i), h, c, lv, n])
        s.text(50, y + 20, "计算机信息系统集成管理人员证书情况", 10.5)
        s.table(
            50, y + 28, [35, 80, 200, 55, 125], crow, size=8.5, height=18, align=["c", "l", "l", "c", "l"]
        )
    s2 = p.new()
    unit = "万元" if wan else "元"
    s2.text(50, 70, f"二、经营情况（单位：{unit}）", 11)
    frow = [["年度", "营业收入", "系统集成收入", "净利润"]]
    fin_truth = []
    for fy, rev, si, np_ in finance:
        vals = []
        truth_vals = []
        for v in (rev, si, np_):
            if wan:
                t, yuan = shown(v, "万元")
            else:
                t, yuan = fmt(v), v
            vals.append(t)
            truth_vals.append(plain(yuan))
        frow.append([str(fy), *vals])
        fin_truth.append(
            {
                "year": fy,
                "operating_revenue": truth_vals[0],
                "system_integration_revenue": truth_vals[1],
                "net_profit": truth_vals[2],
            }
        )
    y = s2.table(50, 85, [80, 140, 140, 135], frow, size=10, height=22, align=["c", "r", "r", "r"])
    s2.text(50, y + 30, f"三、{year}年度完成的系统集成项目（单位：{unit}）", 11)
    prow = [["序号", "项目名称", "甲方单位", "合同金额", "签订日期", "验收日期"]]
    for i, r in enumerate(rows, 1):
        amt = shown(r.amount, "万元")[0] if wan else fmt(r.amount)
        prow.append([str(i), r.name, r.client, amt, r.signed.isoformat(), r.accepted.isoformat()])
    pages = [prow[:1] + prow[1:9], prow[:1] + prow[9:]] if len(rows) > 8 else [prow]
    total = sum((r.amount for r in rows), Decimal(0)) if print_total is None else print_total
    tot_s, tot_v = shown(total, "万元") if wan else (fmt(total), total)
    y = s2.table(
        40,
        y + 40,
        [28, 175, 140, 70, 55, 55],
        pages[0],
        size=7.5,
        height=20,
        align=["c", "l", "l", "r", "c", "c"],
    )
    last = s2
    if len(pages) > 1:
        last = p.new()
        y = last.table(
            40,
            70,
            [28, 175, 140, 70, 55, 55],
            pages[1],
            size=7.5,
            height=20,
            align=["c", "l", "l", "r", "c", "c"],
        )
    last.text(60, y + 24, f"合计：项目 {len(rows)} 个，合同总额 {tot_s} {unit}", 10.5)
    s3 = p.new() if y > 560 else last
    base = 620 if s3 is not last else max(y + 90, 560)
    s3.para(60, base, "本企业承诺：以上填报内容及上传附件真实、准确、完整，如有虚假，愿承担相应责任。", 470)
    s3.text(320, base + 60, "企业（盖章）：", 11)
    s3.seal(420, base + 70, firm.name, rng)
    s3.text(320, base + 120, f"{year + 1}年{rng.randint(1, 2)}月{rng.randint(10, 27)}日", 10.5)
    return Drawn(
        p,
        "declaration_form",
        {
            "company_name": firm.name,
            "credit_code": firm.code,
            "grade": firm.grade,
            "technical_total": firm.technical,
            "certified_total": firm.certified,
            "finance": fin_truth,
            "project_count": len(rows),
            "project_total": plain(tot_v),
            "has_seal": True,
        },
    )


__all__ = ["A4", "Sheet"]
