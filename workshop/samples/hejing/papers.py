"""The papers of a filing, drawn: licence, audit report, contract key pages, acceptance report, 数电票.

Each function returns a ``Paper``: its pages (a drawn sheet and the hand-made marks that go on it),
the fields a reader should take from it (CONTRACT 2.2 names, as truth writes them) and named boxes
(``anchors``) where a later hand may alter it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from . import ink
from .facts import FEE_KEYS, FEE_LABELS, Audit, Deal, Firm, Invoice
from .numerals import capital, date_cn, date_cn0, figures, money
from .scanner import SCAN_DPI
from .sheet import INVOICE_BROWN, INVOICE_SIZE, Sheet

Box = tuple[float, float, float, float]
DPI = SCAN_DPI
SCOPE = (
    "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；计算机系统服务；网络技术服务；安全技术防范系统设计施工服务；"
    "计算机软硬件及辅助设备零售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)


@dataclass
class Page:
    sheet: Sheet
    marks: list[ink.Mark] = field(default_factory=list)


@dataclass
class Paper:
    kind: str
    pages: list[Page]
    fields: dict[str, object]
    project_id: str | None = None
    anchors: dict[str, tuple[int, Box]] = field(default_factory=dict)


def _footer(sheet: Sheet, number: int, total: int) -> None:
    sheet.centre(sheet.height - 48, f"第 {number} 页 共 {total} 页", 9)


def licence(rng: random.Random, firm: Firm) -> Paper:
    s = Sheet()
    border = (0.78, 0.36, 0.22)
    s.frame(28, 28, s.width - 28, s.height - 28, 2.4, border)
    s.frame(36, 36, s.width - 36, s.height - 36, 0.8, border)
    s.centre(96, "营 业 执 照", 30)
    s.centre(146, "（副　　本）", 13)
    s.text(64, 190, "统一社会信用代码", 10)
    s.text(64, 206, firm.code, 12)
    qr = ink.qr_mark(f"http://www.gsxt.gov.cn/index.html?uniscid={firm.code}", DPI, (488, 214), 24)
    s.text(430, 254, "扫描二维码登录“国家企业信用", 6.5)
    s.text(430, 263, "信息公示系统”了解更多信息", 6.5)
    rows = [
        ("名　　称", firm.name),
        ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal_rep),
        ("注册资本", f"人民币{capital(firm.capital)}"),
        ("成立日期", date_cn0(firm.established)),
        ("营业期限", f"{date_cn0(firm.established)} 至 长期"),
        ("住　　所", firm.address),
    ]
    y = 296.0
    for label, value in rows:
        s.text(70, y, label, 11)
        if label == "住　　所":
            cut = value.index(firm.place.name) + len(firm.place.name)
            s.text(150, y, value[:cut], 11)
            y += 19
            s.text(150, y, value[cut:], 11)
        else:
            s.text(150, y, value, 11)
        y += 27
    s.text(70, y, "经营范围", 11)
    y = s.paragraph(150, y, 370, SCOPE, 10, 1.6, indent=False) + 20
    s.text(330, 686, "登记机关", 12)
    s.text(352, 716, date_cn0(firm.registered), 11)
    seal = ink.round_seal(
        rng,
        f"{firm.place.name}市场监督管理局",
        DPI,
        (392 + rng.uniform(-8, 8), 704 + rng.uniform(-6, 6)),
        diameter_mm=40,
    )
    s.centre(s.height - 60, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    s.centre(s.height - 48, "国家市场监督管理总局监制", 8)
    fields: dict[str, object] = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal_rep,
        "registered_capital": money(firm.capital),
        "company_type": "有限责任公司（自然人投资或控股）",
        "established_on": firm.established.isoformat(),
        "valid_until": "长期",
        "address": firm.address,
        "business_scope": SCOPE,
    }
    return Paper("business_license", [Page(s, [qr, seal])], fields)


def audit_report(rng: random.Random, firm: Firm, audit: Audit) -> Paper:
    year = audit.year
    p1 = Sheet()
    p1.centre(86, "审 计 报 告", 20)
    p1.right(530, 124, audit.number, 10.5)
    p1.text(64, 156, f"{firm.name}全体股东：", 10.5)
    p1.text(64, 184, "一、审计意见", 10.5)
    y = p1.paragraph(
        64,
        206,
        466,
        f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
    )
    y = p1.paragraph(
        64,
        y,
        466,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的财务状况"
        f"以及{year}年度的经营成果和现金流量。",
    )
    p1.text(64, y + 8, "二、形成审计意见的基础", 10.5)
    y = p1.paragraph(
        64,
        y + 30,
        466,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在"
        "这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的"
        "审计证据是充分、适当的，为发表审计意见提供了基础。",
    )
    p1.text(64, y + 8, "三、管理层和治理层对财务报表的责任", 10.5)
    y = p1.paragraph(
        64,
        y + 30,
        466,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在"
        "由于舞弊或错误导致的重大错报。",
    )
    p1.text(64, 640, audit.firm, 10.5)
    p1.text(64, 664, "中国·库尔勒", 10.5)
    p1.text(360, 640, f"中国注册会计师：{audit.cpas[0]}", 10.5)
    p1.text(360, 680, f"中国注册会计师：{audit.cpas[1]}", 10.5)
    p1.text(360, 716, date_cn(audit.signed), 10.5)
    marks1 = [
        ink.round_seal(
            rng, audit.firm, DPI, (150 + rng.uniform(-10, 10), 650 + rng.uniform(-8, 8)), diameter_mm=40
        ),
        ink.square_seal(rng, ["中国注册会计师", audit.cpas[0]], DPI, (470, 644)),
        ink.square_seal(rng, ["中国注册会计师", audit.cpas[1]], DPI, (470, 686)),
    ]
    _footer(p1, 1, 3)

    p2 = Sheet()
    p2.centre(70, "利 润 表", 18)
    p2.text(64, 104, f"编制单位：{firm.name}", 9.5)
    p2.text(330, 104, f"{year}年度", 9.5)
    p2.right(530, 104, "单位：元", 9.5)
    factor = Decimal(str(rng.uniform(0.7, 0.95)))

    def prior(value: Decimal) -> Decimal:
        return (value * factor).quantize(Decimal("0.01"))

    lines = [
        ("一、营业收入", audit.revenue),
        ("减：营业成本", audit.cost),
        ("　　税金及附加", audit.taxes),
        ("　　销售费用", audit.selling),
        ("　　管理费用", audit.admin),
        ("　　研发费用", audit.rnd),
        ("　　财务费用", audit.finance_cost),
        ("二、营业利润", audit.operating_profit),
        ("加：营业外收入", audit.other_income),
        ("三、利润总额", audit.total_profit),
        ("减：所得税费用", audit.income_tax),
        ("四、净利润", audit.net_profit),
    ]
    rows = [["项　　目", "本期金额", "上期金额"]]
    rows += [[label, figures(value), figures(prior(value))] for label, value in lines]
    p2.grid(64, 124, [210, 128, 128], rows, 24, 10, centred=())
    p2.text(64, 470, "法定代表人：" + firm.legal_rep, 9.5)
    p2.text(250, 470, "主管会计工作负责人：" + firm.staff[0], 9.5)
    p2.text(430, 470, "会计机构负责人：" + firm.staff[1], 9.5)
    _footer(p2, 2, 3)

    p3 = Sheet()
    p3.text(64, 70, "五、财务报表项目注释", 11)
    p3.text(64, 96, "（二十一）营业收入和营业成本", 10.5)
    cost_si = (audit.cost * audit.si_revenue / audit.revenue).quantize(Decimal("0.01"))
    rows3 = [
        ["项　　目", "本期收入", "本期成本"],
        ["系统集成收入", figures(audit.si_revenue), figures(cost_si)],
        ["其他信息技术服务收入", figures(audit.other_it), figures(audit.cost - cost_si)],
        ["合　　计", figures(audit.revenue), figures(audit.cost)],
    ]
    y = p3.grid(64, 120, [190, 138, 138], rows3, 24, 10)
    p3.paragraph(
        64,
        y + 16,
        466,
        f"本期营业收入全部为主营业务收入，其中系统集成收入{figures(audit.si_revenue)}元，主要为本地区党政机关、学校及医疗机构的信息系统集成项目。",
    )
    _footer(p3, 3, 3)
    fields: dict[str, object] = {
        "audit_firm": audit.firm,
        "report_number": audit.number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money(audit.revenue),
        "net_profit": money(audit.net_profit),
        "system_integration_revenue": money(audit.si_revenue),
        "consolidated": False,
    }
    return Paper("audit_report", [Page(p1, marks1), Page(p2), Page(p3)], fields)


@dataclass
class PriceStyle:
    """How the price line is set: the figure may be in another face and size (a forger's retyping)."""

    figure_font: str = "song"
    figure_size: float = 10.5


def contract(
    rng: random.Random,
    deal: Deal,
    firm: Firm,
    itemised: bool,
    shown_amount: Decimal | None = None,
    style: PriceStyle | None = None,
) -> Paper:
    """Three key pages: parties and price, the middle clauses, the signature page."""
    amount = deal.amount if shown_amount is None else shown_amount
    style = style or PriceStyle()
    p1 = Sheet()
    title = f"{deal.name}合同"
    if len(title) > 30:
        p1.centre(64, title[: len(title) // 2 + 1], 16)
        p1.centre(88, title[len(title) // 2 + 1 :], 16)
    else:
        p1.centre(74, title, 16)
    p1.right(530, 116, f"合同编号：{deal.contract_no}", 10)
    p1.text(64, 140, f"甲方（采购人）：{deal.client.name}", 10.5)
    p1.text(64, 162, f"乙方（供应商）：{firm.name}", 10.5)
    p1.text(64, 184, f"签订地点：{deal.client.place.name}", 10.5)
    y = p1.paragraph(
        64,
        212,
        466,
        f"根据《中华人民共和国民法典》及有关法律法规，甲乙双方本着平等自愿、诚实信用的原则，就{deal.name}事宜协商一致，订立本合同。",
    )
    p1.text(64, y + 4, "第一条　项目内容", 10.5)
    y = p1.paragraph(64, y + 26, 466, f"乙方负责{deal.name}的实施，{deal.summary}，并达到甲方的使用要求。")
    p1.text(64, y + 4, "第二条　合同价款", 10.5)
    y += 28
    boxes = p1.runs_in_line(
        86,
        y,
        [
            ("合同总价：人民币（大写）", "song", 10.5),
            (capital(amount), "song", 10.5),
            ("（小写：¥", "song", 10.5),
            (figures(amount), style.figure_font, style.figure_size),
            ("）", "song", 10.5),
        ],
    )
    anchors: dict[str, tuple[int, Box]] = {
        "price_words": (0, boxes[1]),
        "price_figures": (0, boxes[3]),
        "price_line": (0, (boxes[0][0], boxes[0][1], boxes[4][2], boxes[0][3])),
    }
    y += 24
    if itemised:
        y = p1.paragraph(64, y, 466, "其中各分项价格如下（单位：元）：")
        rows = [["序号", "费用项目", "金额（元）"]]
        for key in FEE_KEYS:
            if deal.fees[key]:
                rows.append([str(len(rows)), FEE_LABELS[key], figures(deal.fees[key])])
        rows.append(["", "合　　计", figures(deal.amount)])
        y = p1.grid(86, y, [50, 190, 170], rows, 20, 10, centred=(0,)) + 12
    p1.text(64, y + 2, "第三条　履行期限", 10.5)
    boxes = p1.runs_in_line(
        86,
        y + 26,
        [
            ("乙方应于合同签订之日起", "song", 10.5),
            (str(deal.days), "song", 10.5),
            ("日内完成全部建设内容并提请甲方验收。", "song", 10.5),
        ],
    )
    anchors["days"] = (0, boxes[1])
    y += 54
    p1.text(64, y, "第四条　付款方式", 10.5)
    p1.paragraph(
        64,
        y + 22,
        466,
        "合同签订后，甲方支付合同总价的30%作为预付款；项目验收合格后支付至合同总价的95%；剩余5%作为质量保证金，质保期满无质量问题后一次付清。",
    )
    _footer(p1, 1, 3)

    p2 = Sheet()
    p2.text(64, 44, f"{deal.contract_no}　{deal.name}", 8.5)
    p2.rule(64, 58, 530, 58, 0.5)
    y = 76.0
    for heading, body in _clauses(rng, deal):
        p2.text(64, y, heading, 10.5)
        y = p2.paragraph(64, y + 22, 466, body) + 8
    _footer(p2, 2, 3)

    p3 = Sheet()
    p3.text(64, 44, f"{deal.contract_no}　{deal.name}", 8.5)
    p3.rule(64, 58, 530, 58, 0.5)
    p3.text(64, 70, "第十条　其他", 10.5)
    p3.paragraph(
        64,
        92,
        466,
        "本合同一式肆份，甲乙双方各执贰份，具有同等法律效力，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议。",
    )
    p3.text(64, 186, "（以下无正文）", 10.5)
    left, right = 64.0, 320.0
    p3.text(left, 240, "甲方（盖章）：", 10.5)
    p3.text(left, 262, deal.client.name, 10.5)
    p3.text(left, 310, "法定代表人或授权代表（签字）：", 10)
    p3.text(left, 360, f"日期：{date_cn(deal.signed_on)}", 10.5)
    p3.text(right, 240, "乙方（盖章）：", 10.5)
    p3.text(right, 262, firm.name, 10.5)
    p3.text(right, 284, f"统一社会信用代码：{firm.code}", 9)
    p3.text(right, 310, "法定代表人或授权代表（签字）：", 10)
    p3.text(right, 360, f"日期：{date_cn(deal.signed_on)}", 10.5)
    p3.text(left, 420, f"签订日期：{date_cn(deal.signed_on)}", 10.5)
    client_rep = deal.members[0][0]
    marks3 = [
        ink.round_seal(
            rng,
            deal.client.name,
            DPI,
            (left + 70 + rng.uniform(-10, 10), 262 + rng.uniform(-10, 10)),
            bottom="合同专用章" if rng.random() < 0.5 else "",
        ),
        ink.round_seal(
            rng,
            firm.name,
            DPI,
            (right + 80 + rng.uniform(-10, 10), 262 + rng.uniform(-10, 10)),
            bottom="合同专用章",
            code=firm.seal_code,
        ),
        ink.handwriting(rng, client_rep, DPI, (left + 60, 340)),
        ink.handwriting(rng, firm.legal_rep, DPI, (right + 60, 340)),
    ]
    _footer(p3, 3, 3)
    fields: dict[str, object] = {
        "project_name": deal.name,
        "contract_number": deal.contract_no,
        "party_a": deal.client.name,
        "party_b": firm.name,
        "contract_amount": money(amount),
        "amount_in_words": capital(amount),
        "signed_on": deal.signed_on.isoformat(),
    }
    if itemised:
        fields["fees"] = {k: money(v) for k, v in deal.fees.items()}
    anchors["client_seal"] = (2, marks3[0].box)
    return Paper("contract", [Page(p1), Page(p2), Page(p3, marks3)], fields, deal.id, anchors)


def _clauses(rng: random.Random, deal: Deal) -> list[tuple[str, str]]:
    """Five of the firm's clauses, each with the deal's own terms, numbered 第五条 to 第九条."""
    years = rng.choice(("一", "二", "三"))
    hours = rng.choice((2, 4, 8, 24))
    rate = rng.choice(("千分之一", "千分之三", "万分之五"))
    pool = [
        (
            "验收",
            f"项目完成后，乙方向甲方提交验收申请及{deal.name}的全部技术文档，甲方在收到申请后{rng.choice(('十', '十五', '二十'))}个工作日内组织验收，验收合格的，双方签署验收报告。",
        ),
        (
            "质量保证",
            f"乙方提供的设备和软件均为全新正品，质保期为{years}年，自验收合格之日起计算，质保期内乙方提供免费维修和技术支持服务，接到报修后{hours}小时内响应。",
        ),
        (
            "知识产权与保密",
            "乙方保证所提供的软件及技术资料不侵犯任何第三方的知识产权；双方对在合同履行中知悉的对方商业秘密和工作秘密负有保密义务，保密期限不因合同终止而终止。",
        ),
        (
            "违约责任",
            f"乙方逾期完成的，每逾期一日按合同总价的{rate}向甲方支付违约金；甲方逾期付款的，每逾期一日按应付未付金额的{rate}向乙方支付违约金。",
        ),
        (
            "培训",
            f"乙方负责对甲方{rng.randint(3, 20)}名技术人员和管理人员进行现场培训，培训不少于{rng.randint(2, 6)}个工作日，使其能够独立完成系统的日常操作和维护。",
        ),
        (
            "安全生产",
            "乙方在实施过程中应遵守甲方的安全管理规定，做好现场安全防护，因乙方原因造成的人身伤害和财产损失由乙方承担。",
        ),
        (
            "数据安全",
            "乙方应按照网络安全等级保护的要求实施，不得擅自复制、留存或向第三方提供甲方的业务数据，项目结束后移交全部账号和口令。",
        ),
        (
            "不可抗力",
            f"因不可抗力不能履行合同的，受影响一方应在{rng.choice(('三', '五', '七'))}日内书面通知对方，并提供相关证明，双方协商合同的变更或解除。",
        ),
        (
            "争议解决",
            f"因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向{deal.client.place.name}人民法院提起诉讼。",
        ),
    ]
    chosen = sorted(rng.sample(range(len(pool)), 5))
    numbers = ("第五条", "第六条", "第七条", "第八条", "第九条")
    return [(f"{numbers[i]}　{pool[k][0]}", pool[k][1]) for i, k in enumerate(chosen)]


def acceptance(
    rng: random.Random,
    deal: Deal,
    firm: Firm,
    title: str = "项目验收报告",
    name: str | None = None,
    day: dt.date | None = None,
    stamp_client: bool = True,
    show_amount: bool = True,
) -> Paper:
    """The one-page 验收报告 form. ``name``/``day`` replace the project's (a reused page's edits)."""
    name = name or deal.name
    day = day or deal.accepted_on
    s = Sheet()
    s.centre(70, title, 18)
    rows = [
        ["项目名称", name],
        ["建设单位", deal.client.name],
        ["承建单位", firm.name],
        ["合同编号", deal.contract_no],
        ["合同金额", f"人民币 {figures(deal.amount)} 元"],
        ["验收日期", date_cn(day)],
        ["验收地点", deal.site],
    ]
    if not show_amount:
        rows[4] = ["实施周期", f"{date_cn(deal.signed_on)}至{date_cn(day)}"]
    y = s.grid(56, 110, [90, 393], rows, 24, 10)
    s.text(60, y + 10, "验收内容：", 10.5)
    y = s.paragraph(
        60,
        y + 30,
        470,
        f"承建单位已按合同约定{deal.summary}。验收小组查阅了项目建设文档，对系统功能、性能及设备安装情况进行了现场检查和测试。",
    )
    s.text(60, y + 2, "验收结论：", 10.5)
    s.tick_box(130, y + 3, True)
    s.text(142, y + 2, "验收合格", 10.5)
    s.tick_box(210, y + 3, False)
    s.text(222, y + 2, "验收不合格", 10.5)
    y = s.paragraph(
        60,
        y + 26,
        470,
        "经验收小组审核，项目已按合同要求完成全部建设内容，系统运行稳定，文档齐全，同意通过验收。",
    )
    s.text(60, y + 4, "验收小组成员：", 10.5)
    team = [["姓名", "单位", "职务/职称", "签字"]] + [[n, u, t, ""] for n, u, t in deal.members]
    top = y + 26
    y = s.grid(56, top, [70, 210, 110, 93], team, 24, 9.5, centred=(0, 2))
    marks = [
        ink.handwriting(rng, member[0], DPI, (56 + 390 + 46, top + 24 * (i + 1) + 12), 5.0)
        for i, member in enumerate(deal.members)
    ]
    y += 30
    s.text(60, y, "建设单位（盖章）：", 10.5)
    s.text(60, y + 56, f"日期：{date_cn(day)}", 10.5)
    s.text(320, y, "承建单位（盖章）：", 10.5)
    s.text(320, y + 56, f"日期：{date_cn(day)}", 10.5)
    client_at = (150 + rng.uniform(-10, 10), y + 26 + rng.uniform(-8, 8))
    if stamp_client:
        marks.append(ink.round_seal(rng, deal.client.name, DPI, client_at))
    marks.append(
        ink.round_seal(
            rng,
            firm.name,
            DPI,
            (410 + rng.uniform(-10, 10), y + 26 + rng.uniform(-8, 8)),
            code=firm.seal_code,
        )
    )
    fields: dict[str, object] = {
        "project_name": name,
        "party_a": deal.client.name,
        "party_b": firm.name,
        "accepted_on": day.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return Paper(
        "acceptance_report",
        [Page(s, marks)],
        fields,
        deal.id,
        {"client_seal": (0, (client_at[0] - 60, client_at[1] - 60, client_at[0] + 60, client_at[1] + 60))},
    )


def invoice(
    rng: random.Random,
    bill: Invoice,
    deal: Deal,
    firm: Firm,
    printed_number: str | None = None,
    printed_net: Decimal | None = None,
) -> Paper:
    """A 数电票 (电子发票（普通发票）). ``printed_*`` differ from the QR's where someone edited the print."""
    number = printed_number or bill.number
    net = bill.net if printed_net is None else printed_net
    tax = (net * bill.rate / 100).quantize(Decimal("0.01")) if printed_net is not None else bill.tax
    total = net + tax
    s = Sheet(*INVOICE_SIZE)
    brown = INVOICE_BROWN
    qr = ink.qr_mark(bill.qr_payload(), DPI, (62, 56), 21)
    s.centre(26, "电子发票（普通发票）", 19)
    s.rule(240, 52, 444, 52, 0.8, brown)
    s.rule(240, 55, 444, 55, 0.8, brown)
    s.text(470, 30, f"发票号码：{number}", 9.5)
    s.text(470, 50, f"开票日期：{date_cn0(bill.issued_on)}", 9.5)
    top, bottom = 92.0, 340.0
    s.frame(20, top, s.width - 20, bottom, 0.9, brown)
    mid = s.width / 2
    s.rule(mid, top, mid, top + 60, 0.8, brown)
    s.rule(20, top + 60, s.width - 20, top + 60, 0.8, brown)
    s.text(30, top + 8, "购买方信息", 9)
    s.text(30, top + 24, f"名称：{deal.client.name}", 9.5)
    s.text(30, top + 42, f"统一社会信用代码/纳税人识别号：{deal.client.code}", 8.5)
    s.text(mid + 10, top + 8, "销售方信息", 9)
    s.text(mid + 10, top + 24, f"名称：{firm.name}", 9.5)
    s.text(mid + 10, top + 42, f"统一社会信用代码/纳税人识别号：{firm.code}", 8.5)
    cols = [
        (28, "项目名称"),
        (220, "规格型号"),
        (290, "单位"),
        (330, "数量"),
        (370, "单价"),
        (440, "金额"),
        (520, "税率/征收率"),
        (590, "税额"),
    ]
    for x, label in cols:
        s.text(x, top + 68, label, 9)
    s.text(28, top + 88, bill.item, 9)
    s.text(290, top + 88, "项", 9)
    s.text(330, top + 88, "1", 9)
    s.text(370, top + 88, figures(net).replace(",", ""), 9)
    s.text(440, top + 88, figures(net).replace(",", ""), 9)
    s.text(528, top + 88, f"{bill.rate}%", 9)
    s.text(590, top + 88, figures(tax).replace(",", ""), 9)
    s.text(40, top + 150, "合　　计", 9.5)
    s.text(430, top + 150, f"¥{figures(net).replace(',', '')}", 9.5)
    s.text(582, top + 150, f"¥{figures(tax).replace(',', '')}", 9.5)
    s.rule(20, top + 172, s.width - 20, top + 172, 0.8, brown)
    s.text(30, top + 180, "价税合计（大写）", 9.5)
    s.text(130, top + 180, f"⊗{capital(total)}", 10)
    s.text(450, top + 180, "（小写）", 9.5)
    s.text(492, top + 180, f"¥{figures(total).replace(',', '')}", 10)
    s.rule(20, top + 200, s.width - 20, top + 200, 0.8, brown)
    s.text(30, top + 208, "备注", 9)
    s.text(70, top + 208, f"合同编号：{deal.contract_no}", 9)
    s.text(30, bottom + 8, f"开票人：{firm.staff[2]}", 9.5)
    fields: dict[str, object] = {
        "invoice_number": number,
        "issued_on": bill.issued_on.isoformat(),
        "buyer": deal.client.name,
        "seller": firm.name,
        "total_amount": money(total),
        "qr": bill.qr_payload(),
    }
    return Paper("invoice", [Page(s, [qr])], fields, deal.id)
