"""Document templates: each returns its pages as Sheets plus the truth fields the pages visibly show."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .numerals import capital, figures, wan, yuan_str
from .people import CPA_FIRMS, LABS, Client, Firm, person
from .sheet import Sheet

FEE_LABEL = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件产品购置费",
    "other": "其他费用",
}
FEE_KEYS = tuple(FEE_LABEL)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


@dataclass
class Deal:
    """One project as the paperwork knows it."""

    name: str
    number: str
    client: Client
    firm: Firm
    amount: Decimal
    signed: dt.date
    accepted: dt.date
    fees: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class Doc:
    type: str
    pages: list[Sheet]
    fields: dict = field(default_factory=dict)


def _jx(rng: random.Random) -> float:
    return rng.uniform(-6, 6)


def _party_block(s: Sheet, y: float, role: str, org: Client | Firm, rng: random.Random, bank: bool) -> float:
    name = org.name
    s.text(60, y, f"{role}：", 11)
    end = s.text(60 + 11 * (len(role) + 1), y, name, 11, tag=f"party_{role}")
    del end
    y += 18
    if isinstance(org, Firm):
        s.text(78, y, f"地址：{org.address}", 9.5)
        y += 15
        s.text(78, y, f"法定代表人：{org.legal_rep}    电话：{org.phone}", 9.5)
        y += 15
        if bank:
            s.text(78, y, f"开户行：{org.bank}", 9.5)
            y += 15
            s.text(78, y, f"账  号：{org.account}", 9.5)
            y += 15
            s.text(78, y, f"纳税人识别号：{org.credit_code}", 9.5)
            y += 15
    else:
        s.text(78, y, f"地址：{org.location}{rng.choice(('', '文化路', '行政中心'))}", 9.5)
        y += 15
        s.text(78, y, f"联系人：{person(rng)}    电话：0995-{rng.randint(8500000, 8699999)}", 9.5)
        y += 15
    return y + 6


def amount_lines(s: Sheet, y: float, amount: Decimal, style: str, words: str, rng: random.Random) -> float:
    """The price clause in one of the Turpan spellings; tags ``amount`` and ``words``."""
    if style == "cell":
        s.text(60, y, "第三条  合同价款", 11)
        y += 10
        rows = [["合同总价", "人民币（大写）", words], ["", "人民币（小写）", f"¥{figures(amount)}元"]]
        y = s.grid(60, y, [80, 100, 300], rows, height=24, size=10, tags={(0, 2): "words", (1, 2): "amount"})
        return y + 20
    if style == "wan4":
        s.text(60, y, "第三条  合同金额", 11)
        y += 20
        s.text(78, y, f"本合同总金额为人民币{wan(amount, 4)}万元", 10.5, tag="amount")
        y += 18
        s.text(78, y, f"（大写：{words}），", 10.5, tag="words")
        y += 18
        s.text(78, y, "该价格为含税价，包含设备、运输、安装、调试、培训及税费等一切费用。", 10.5)
        return y + 22
    if style == "yi":
        s.text(60, y, "第三条  合同价款及支付", 11)
        y += 20
        s.text(
            78,
            y,
            f"合同总价款：¥{figures(amount)}元（约{figures(amount / Decimal(10**8), decimals=4, sep=False)}亿元），",
            10.5,
            tag="amount",
        )
        y += 18
        s.text(78, y, f"大写：{words}。", 10.5, tag="words")
        return y + 22
    s.text(60, y, "第三条  合同总价", 11)
    y += 20
    s.text(78, y, f"合同总价：人民币{words}", 10.5, tag="words")
    y += 18
    s.text(78, y, f"（¥{figures(amount)}元）。", 10.5, tag="amount")
    return y + 22


def contract(
    deal: Deal,
    rng: random.Random,
    *,
    parties: str = "甲乙",
    amount_style: str = "plain",
    words: str | None = None,
    shown_amount: Decimal | None = None,
    fee_table: bool = False,
    unit_price: bool = False,
    bank: bool = True,
    distractors: bool = True,
    seal_a: bool = True,
    seal_b: bool = True,
    shown_date: dt.date | None = None,
    shown_b: str | None = None,
    suffix: str = "整",
) -> Doc:
    amount = shown_amount if shown_amount is not None else deal.amount
    words = words or capital(amount, suffix=suffix)
    date = shown_date or deal.signed
    a_role, b_role = ("委托方", "受托方") if parties == "委托受托" else ("甲方", "乙方")
    firm = deal.firm
    if shown_b:
        firm = Firm(**{**firm.__dict__, "name": shown_b})
    p1 = Sheet()
    jx = _jx(rng)
    if parties == "title_only":
        title = f"{deal.client.name}与{firm.name}关于{deal.name}的合同"
        y: float = 90
        line = ""
        for ch in title:
            line += ch
            if len(line) >= 24:
                p1.center(y, line, 15)
                y += 24
                line = ""
        if line:
            p1.center(y, line, 15)
        y += 34
        p1.text(470 + jx, y, f"合同编号：{deal.number}", 9, tag="number")
        y += 30
        y = p1.para(
            60,
            y,
            470,
            f"根据《中华人民共和国民法典》及相关法律法规，{deal.client.name}（以下简称“甲方”）委托{firm.name}（以下简称“乙方”）承担{deal.name}的实施工作。双方经友好协商，就有关事项达成如下协议，共同遵守。",
        )
    else:
        p1.center(100, "合  同  书" if rng.random() < 0.5 else "政府采购合同", 20)
        p1.text(330 + jx, 140, f"合同编号：{deal.number}", 10, tag="number")
        y = 180
        p1.text(60, y, "项目名称：", 11)
        name = deal.name
        if len(name) > 30:
            p1.text(115, y, name[:26], 11)
            y += 18
            p1.text(115, y, name[26:], 11)
        else:
            p1.text(115, y, name, 11)
        y += 30
        y = _party_block(p1, y, a_role, deal.client, rng, False)
        y = _party_block(p1, y, b_role, firm, rng, bank)
        y = p1.para(
            60,
            y + 8,
            470,
            f"{a_role}、{b_role}双方依据《中华人民共和国民法典》，本着平等互利的原则，经协商一致，就{deal.name}签订本合同。",
        )
    y += 6
    p1.text(60, y, "第一条  项目内容", 11)
    y += 20
    y = p1.para(
        60,
        y,
        470,
        f"{b_role}负责本项目的方案设计、设备供货、软件部署、系统集成、调试、试运行及培训，确保系统符合{a_role}提出的技术要求并通过验收。",
    )
    p1.text(60, y + 6, "第二条  工期", 11)
    y = p1.para(
        60, y + 26, 470, f"合同签订之日起{rng.choice((60, 90, 120, 150))}个日历日内完成全部实施内容。"
    )
    if parties == "title_only":
        y = _party_block(p1, y + 10, "乙方开户信息（收款单位）", firm, rng, bank) if bank else y
    p2 = Sheet()
    y = 80.0
    if unit_price:
        p2.text(60, y, "第三条  合同价款（分项报价）", 11)
        y += 10
        items = _price_items(amount, rng)
        rows = [["序号", "名称", "单位", "数量", "单价（元）", "小计（元）"]]
        for i, (nm, unit, qty, price) in enumerate(items, start=1):
            rows.append([str(i), nm, unit, str(qty), figures(price), figures(price * qty)])
        listed = sum((price * qty for _, _, qty, price in items), Decimal(0))
        rows.append(["", "合计", "", "", "", figures(listed)])
        y = p2.grid(50, y, [34, 190, 40, 40, 90, 100], rows, height=21, size=9)
        y += 22
        p2.text(60, y, f"优惠后总价：¥{figures(amount)}元", 10.5, tag="amount")
        y += 18
        p2.text(60, y, f"人民币（大写）：{words}", 10.5, tag="words")
        y += 26
    else:
        y = amount_lines(p2, y, amount, amount_style, words, rng)
    fields_fees = None
    if fee_table and deal.fees:
        p2.text(60, y, "费用构成：", 10.5)
        y += 8
        rows = [["费用项目", "金额（元）"]]
        tags = {}
        for key in FEE_KEYS:
            if deal.fees.get(key):
                tags[(len(rows), 1)] = f"fee_{key}"
                rows.append([FEE_LABEL[key], figures(deal.fees[key])])
        y = p2.grid(80, y, [200, 160], rows, height=20, size=9.5, tags=tags) + 20
        fields_fees = {k: yuan_str(deal.fees.get(k, Decimal(0))) for k in FEE_KEYS}
    p2.text(60, y, "第四条  付款方式", 11)
    y += 20
    if distractors:
        pre = (amount * Decimal(rng.choice(("0.3", "0.4", "0.5")))).quantize(Decimal("0.01"))
        bond = (amount * Decimal(rng.choice(("0.02", "0.05")))).quantize(Decimal("0.01"))
        y = p2.para(
            60,
            y,
            470,
            f"合同签订后{rng.randint(7, 15)}个工作日内，{a_role}向{b_role}支付预付款¥{figures(pre)}元；项目验收合格后支付至合同总价的{rng.choice((90, 95))}%，余款作为质保金，质保期满无质量问题一次性付清。",
        )
        y = p2.para(
            60,
            y,
            470,
            f"{b_role}应于合同签订前向{a_role}提交履约保证金人民币{figures(bond)}元（{capital(bond)}），验收合格后无息退还。",
        )
    else:
        y = p2.para(60, y, 470, f"项目验收合格后{rng.randint(15, 30)}日内{a_role}一次性支付合同价款。")
    p2.text(60, y + 6, "第五条  验收", 11)
    y = p2.para(
        60, y + 26, 470, f"项目完工后，{b_role}提交验收申请，{a_role}组织验收，验收合格后双方签署验收报告。"
    )
    p2.text(60, y + 6, "第六条  违约责任", 11)
    p2.para(60, y + 26, 470, "任何一方违反本合同约定，应承担相应违约责任，并赔偿由此给对方造成的损失。")
    p3 = Sheet()
    y = 90.0
    y = p3.para(60, y, 470, "第七条  本合同一式陆份，双方各执叁份，自双方签字盖章之日起生效。（以下无正文）")
    y += 40
    p3.text(60, y, f"{a_role}（盖章）：", 11)
    p3.text(320, y, f"{b_role}（盖章）：", 11)
    p3.text(60, y + 24, deal.client.name if len(deal.client.name) <= 14 else deal.client.name[:14], 10)
    if len(deal.client.name) > 14:
        p3.text(60, y + 40, deal.client.name[14:], 10)
    p3.text(320, y + 24, firm.name[:14], 10)
    if len(firm.name) > 14:
        p3.text(320, y + 40, firm.name[14:], 10)
    p3.text(60, y + 70, "法定代表人或授权代表：", 10)
    p3.signature(170, y + 70, "a")
    p3.text(320, y + 70, "法定代表人或授权代表：", 10)
    p3.signature(430, y + 70, firm.legal_rep)
    p3.text(60, y + 100, f"签订日期：{cn_date(date)}", 10, tag="date_a")
    p3.text(320, y + 100, f"签订日期：{cn_date(date)}", 10, tag="date")
    if seal_a:
        p3.seal(
            150 + rng.uniform(-8, 8),
            y + 80 + rng.uniform(-6, 6),
            deal.client.name,
            r=44,
            inner="合同专用章" if rng.random() < 0.5 else "",
        )
    if seal_b:
        p3.seal(410 + rng.uniform(-8, 8), y + 86 + rng.uniform(-6, 6), firm.name, r=44, inner="合同专用章")
    fields: dict[str, object] = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.client.name,
        "party_b": firm.name,
        "contract_amount": yuan_str(amount),
        "amount_in_words": words,
        "signed_on": date.isoformat(),
    }
    if fields_fees:
        fields["fees"] = fields_fees
    return Doc("contract", [p1, p2, p3], fields)


def _price_items(amount: Decimal, rng: random.Random) -> list[tuple[str, str, int, Decimal]]:
    names = [
        ("核心交换机", "台"),
        ("服务器", "台"),
        ("存储设备", "套"),
        ("防火墙", "台"),
        ("系统集成实施服务", "项"),
        ("应用软件定制开发", "项"),
    ]
    rng.shuffle(names)
    listed = (amount * Decimal(rng.choice(("1.03", "1.05", "1.08")))).quantize(Decimal(1))
    items, left = [], listed
    for i, (nm, unit) in enumerate(names[:4]):
        qty = 1 if unit == "项" else rng.randint(1, 6)
        if i == 3:
            price = (left / qty).quantize(Decimal("0.01"))
            qty, price = (1, left) if price * qty != left else (qty, price)
        else:
            price = (listed * Decimal(rng.uniform(0.1, 0.25)) / qty).quantize(Decimal(1))
            left -= price * qty
        items.append((nm, unit, qty, price))
    return items


def framework_order(deal: Deal, rng: random.Random, orders: list[Decimal], declared_index: int | None) -> Doc:
    """A 框架协议 (no total) followed by 订单 pages; fields follow the declared order (or the sum)."""
    fw = Sheet()
    fw.center(100, "框架合作协议", 20)
    fw.text(360, 136, f"协议编号：{deal.number}", 10, tag="number")
    y = _party_block(fw, 180, "甲方", deal.client, rng, False)
    y = _party_block(fw, y, "乙方", deal.firm, rng, True)
    y = fw.para(
        60,
        y + 6,
        470,
        f"为推进{deal.name}，甲方选定乙方为本项目的实施单位。本协议有效期内，甲方按实际需要以订单形式向乙方采购设备与服务，每份订单经双方盖章后与本协议具有同等效力，订单金额以订单载明为准。",
    )
    y = fw.para(
        60, y, 470, "单价按附件报价单执行，协议期内单价不作调整。付款、验收、质保按本协议及各订单约定执行。"
    )
    fw.text(60, y + 30, "甲方（盖章）：", 11)
    fw.text(320, y + 30, "乙方（盖章）：", 11)
    fw.text(60, y + 70, f"日期：{cn_date(deal.signed - dt.timedelta(days=rng.randint(20, 60)))}", 10)
    fw.text(320, y + 70, f"日期：{cn_date(deal.signed - dt.timedelta(days=rng.randint(20, 60)))}", 10)
    fw.seal(150, y + 60, deal.client.name)
    fw.seal(410, y + 60, deal.firm.name, inner="合同专用章")
    pages = [fw]
    for i, amt in enumerate(orders):
        od = Sheet()
        od.center(90, f"采购订单（第{i + 1}批）", 18)
        od.text(
            360, 126, f"订单号：{deal.number}-{i + 1:02d}", 10, tag="number" if i == declared_index else None
        )
        od.text(60, 160, f"项目名称：{deal.name}", 10.5)
        od.text(60, 180, f"采购单位：{deal.client.name}", 10.5)
        od.text(60, 200, f"供货单位：{deal.firm.name}", 10.5)
        tag = "amount" if i == declared_index else None
        y = od.grid(
            60,
            220,
            [180, 70, 70, 120],
            [
                ["内容", "数量", "单位", "金额（元）"],
                ["设备及集成服务", "1", "批", figures(amt)],
                ["合计", "", "", figures(amt)],
            ],
            height=22,
        )
        od.text(60, y + 24, f"订单金额：¥{figures(amt)}元（人民币{capital(amt)}）", 10.5, tag=tag)
        day = deal.signed + dt.timedelta(days=i * rng.randint(5, 20))
        od.text(320, y + 80, f"日期：{cn_date(day)}", 10)
        od.seal(150, y + 70, deal.client.name)
        od.seal(410, y + 74, deal.firm.name, inner="合同专用章")
        pages.append(od)
    shown = orders[declared_index] if declared_index is not None else sum(orders, Decimal(0))
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.firm.name,
        "contract_amount": yuan_str(shown),
    }
    if declared_index is not None:
        fields["amount_in_words"] = capital(shown)
    return Doc("contract", pages, fields)


def acceptance_form(
    deal: Deal,
    rng: random.Random,
    *,
    passed: bool = True,
    conclusion: str | None = None,
    seal: bool = True,
    title: str = "项目验收单",
    shown_name: str | None = None,
) -> Doc:
    s = Sheet()
    s.center(90, title, 20)
    name = shown_name or deal.name
    rows = [
        ["项目名称", name],
        ["建设单位", deal.client.name],
        ["承建单位", deal.firm.name],
        ["合同编号", deal.number],
        ["验收日期", cn_date(deal.accepted)],
        ["验收内容", "设备到货、安装调试、系统联调、试运行、培训及文档"],
    ]
    y = s.grid(50, 120, [110, 385], rows, height=28, size=10, tags={(0, 1): "name", (4, 1): "date"})
    s.text(60, y + 30, "验收结论：", 11)
    s.tick(140, y + 30, passed)
    s.text(153, y + 30, "合格", 11)
    s.tick(200, y + 30, not passed)
    s.text(213, y + 30, "不合格", 11)
    conclusion = conclusion or (
        "经验收小组检查，系统运行稳定，功能满足合同要求，同意通过验收。"
        if passed
        else "经验收小组检查，部分功能未达到合同要求，不同意验收。"
    )
    y = s.para(60, y + 60, 470, f"验收意见：{conclusion}", indent=False)
    s.text(60, y + 40, "验收小组成员签字：", 10.5)
    for k in range(3):
        s.signature(170 + k * 60, y + 40, str(k))
    s.text(60, y + 90, "建设单位（盖章）：", 10.5)
    s.text(320, y + 90, "承建单位（盖章）：", 10.5)
    s.text(60, y + 130, cn_date(deal.accepted), 10)
    s.text(320, y + 130, cn_date(deal.accepted), 10)
    if seal:
        s.seal(150, y + 115, deal.client.name)
        s.seal(400, y + 118, deal.firm.name)
    fields = {
        "project_name": name,
        "party_a": deal.client.name,
        "party_b": deal.firm.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed" if passed else "failed",
        "has_seal": seal,
    }
    return Doc("acceptance_report", [s], fields)


def acceptance_letter(
    deal: Deal, rng: random.Random, *, conclusion: str = "验收合格", passed: bool = True
) -> Doc:
    s = Sheet()
    s.center(100, f"关于{deal.name[:18]}" if len(deal.name) > 18 else f"关于{deal.name}", 15)
    s.center(124, (deal.name[18:] + "的验收意见") if len(deal.name) > 18 else "的验收意见", 15)
    s.text(60, 170, f"{deal.firm.name}：", 11)
    y = s.para(
        60,
        200,
        470,
        f"你公司承建的{deal.name}（合同编号：{deal.number}）已按合同约定完成建设任务。{cn_date(deal.accepted)}，我单位组织相关专家对该项目进行了验收。经现场查验、功能测试和资料审查，验收小组认为：项目建设内容完成，系统运行正常，{conclusion}。",
    )
    y = s.para(60, y, 470, "请你公司做好后续运维保障及质保期服务工作。")
    s.text(330, y + 60, deal.client.name, 11)
    s.text(350, y + 84, cn_date(deal.accepted), 11, tag="date")
    s.seal(390, y + 66, deal.client.name)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.firm.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed" if passed else "failed",
        "has_seal": True,
    }
    return Doc("acceptance_report", [s], fields)


def acceptance_two_stage(deal: Deal, rng: random.Random) -> Doc:
    """初验 then 终验, two pages of one acceptance report; the 终验 date is the accepted date."""
    first = deal.accepted - dt.timedelta(days=rng.randint(30, 75))
    pages = []
    for label, day, verdict in (
        ("初步验收报告", first, "初验合格，进入试运行"),
        ("竣工（终验）验收报告", deal.accepted, "同意通过验收"),
    ):
        s = Sheet()
        s.center(90, label, 19)
        rows = [
            ["项目名称", deal.name],
            ["建设单位", deal.client.name],
            ["实施单位", deal.firm.name],
            ["验收日期", cn_date(day)],
            ["验收结论", verdict],
        ]
        y = s.grid(50, 120, [100, 395], rows, height=30, size=10)
        y = s.para(
            60, y + 30, 470, "验收组听取了实施单位的汇报，查看了系统运行情况，审阅了技术文档，形成意见如上。"
        )
        s.text(320, y + 60, "建设单位（盖章）", 10.5)
        s.text(330, y + 90, cn_date(day), 10.5)
        s.seal(380, y + 70, deal.client.name)
        pages.append(s)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.firm.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return Doc("acceptance_report", pages, fields)


def test_report(deal: Deal, rng: random.Random) -> Doc:
    lab = rng.choice(LABS)
    s = Sheet()
    s.center(110, "第三方测评报告", 22)
    s.center(150, f"报告编号：XJRP-{deal.accepted.year}-{rng.randint(100, 999)}", 11)
    y = s.grid(
        80,
        210,
        [110, 325],
        [
            ["项目名称", deal.name[:20]],
            ["委托单位", deal.client.name],
            ["被测单位", deal.firm.name],
            ["测评结论", "所测功能项全部通过"],
            ["测评机构", lab],
        ],
        height=30,
    )
    s.text(330, y + 80, cn_date(deal.accepted - dt.timedelta(days=rng.randint(5, 20))), 10.5)
    s.seal(380, y + 60, lab, inner="检验检测专用章")
    return Doc("other", [s])


def award_notice(deal: Deal, rng: random.Random, kind: str = "中标通知书") -> Doc:
    s = Sheet()
    s.center(110, kind, 22)
    s.text(60, 170, f"{deal.firm.name}：", 11)
    verb = "中标" if kind == "中标通知书" else "成交"
    y = s.para(
        60,
        200,
        470,
        f"{deal.name}（项目编号：TLF-{deal.signed.year}-{rng.randint(10, 99)}）经评审，确定你单位为{verb}供应商，{verb}金额为人民币{figures(deal.amount)}元（大写：{capital(deal.amount)}）。请于本通知书发出之日起30日内与采购人签订合同。",
    )
    agent = rng.choice(("新疆吐鲁番公共资源交易中心", "新疆恒信招标代理有限公司", "吐鲁番市政府采购中心"))
    s.text(60, y + 40, f"采购人：{deal.client.name}", 10.5)
    s.text(60, y + 64, f"采购代理机构：{agent}", 10.5)
    s.text(330, y + 110, cn_date(deal.signed - dt.timedelta(days=rng.randint(5, 20))), 10.5)
    s.seal(390, y + 90, agent)
    return Doc("other", [s])


def licence(
    firm: Firm,
    rng: random.Random,
    *,
    valid_until: str = "长期",
    old: bool = False,
    shown_name: str | None = None,
) -> Doc:
    name = shown_name or firm.name
    if old:
        s = Sheet()
        s.emblem(297, 110, 30)
        s.center(190, "企 业 法 人 营 业 执 照", 22)
        s.center(
            220,
            f"注册号  {firm.credit_code[2:8]}{firm.established.replace('-', '')[:6]}{rng.randint(1000, 9999)}",
            10,
        )
        y = 270
        rows = [
            ("名        称", name),
            ("住        所", firm.address),
            ("法定代表人", firm.legal_rep),
            ("注册资本", f"{figures(Decimal(firm.capital) / 10000, decimals=0, sep=False)}万元"),
            ("公司类型", "有限责任公司"),
            ("成立日期", cn_date(dt.date.fromisoformat(firm.established))),
            (
                "营业期限",
                f"{cn_date(dt.date.fromisoformat(firm.established))}至{cn_date(dt.date.fromisoformat(valid_until)) if valid_until != '长期' else '长期'}",
            ),
        ]
        for label, value in rows:
            s.text(90, y, label, 11)
            s.text(200, y, value, 11)
            y += 32
        s.text(90, y, "统一社会信用代码", 11)
        s.text(200, y, firm.credit_code, 11)
        s.text(330, 760, "登记机关", 11)
        s.seal(420, 740, "吐鲁番市市场监督管理局")
        s.text(
            360,
            800,
            cn_date(dt.date.fromisoformat(firm.established) + dt.timedelta(days=rng.randint(400, 1500))),
            10,
        )
    else:
        s = Sheet(width=842, height=595)
        for inset in (16, 22):
            s.rect(
                inset,
                inset,
                842 - inset,
                595 - inset,
                width=1.6 if inset == 16 else 0.6,
                color=(0.75, 0.55, 0.2),
            )
        s.emblem(421, 78, 30)
        s.center(150, "营  业  执  照", 30)
        s.text(60, 200, "统一社会信用代码", 11)
        s.text(60, 218, firm.credit_code, 12)
        s.qr(712, 175, 70, f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}")
        s.text(700, 262, "扫描二维码登录", 7.5)
        s.text(700, 274, "国家企业信用信息公示系统", 7.5)
        left = [
            ("名        称", name),
            ("类        型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", firm.legal_rep),
            ("经营范围", "计算机信息系统集成；软件开发；信息技术咨询服务；"),
        ]
        right = [
            ("注册资本", f"{capital(Decimal(firm.capital), suffix='整').replace('元整', '元整')}"),
            ("成立日期", cn_date(dt.date.fromisoformat(firm.established))),
            (
                "营业期限",
                f"{cn_date(dt.date.fromisoformat(firm.established))}至{'长期' if valid_until == '长期' else cn_date(dt.date.fromisoformat(valid_until))}",
            ),
            ("住        所", firm.address[:18]),
        ]
        y = 320
        for (l1, v1), (l2, v2) in zip(left, right, strict=True):
            s.text(60, y, l1, 11)
            s.text(140, y, v1[:20], 11)
            s.text(450, y, l2, 11)
            s.text(520, y, v2[:21], 11)
            y += 30
        s.text(140, y - 8, "网络工程；安防工程；数据处理服务。", 11)
        s.text(520, y - 8, firm.address[18:], 11)
        s.text(560, 520, "登记机关", 12)
        s.text(
            560,
            550,
            cn_date(dt.date.fromisoformat(firm.established) + dt.timedelta(days=rng.randint(400, 2500))),
            10,
        )
        s.seal(660, 520, "吐鲁番市市场监督管理局", r=42)
    fields = {
        "company_name": name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": yuan_str(Decimal(firm.capital)),
        "established_on": firm.established,
        "valid_until": valid_until,
    }
    return Doc("business_license", [s], fields)


@dataclass
class Books:
    year: int
    revenue: Decimal
    si_revenue: Decimal
    profit: Decimal
    assets: Decimal


def audit_report(
    firm: Firm, books: Books, rng: random.Random, *, unit: str = "元", shown_revenue: Decimal | None = None
) -> Doc:
    cpa = rng.choice(CPA_FIRMS)
    number = f"{cpa[2:4]}审字〔{books.year + 1}〕第{rng.randint(10, 399)}号"
    revenue = shown_revenue if shown_revenue is not None else books.revenue
    div = Decimal(1000) if unit == "千元" else Decimal(1)
    dec = 0 if unit == "千元" else 2

    def fmt(v: Decimal) -> str:
        return figures(v / div, decimals=dec)

    def shown(v: Decimal) -> str:
        return yuan_str((v / div).quantize(Decimal(1) if dec == 0 else Decimal("0.01")) * div)

    cover = Sheet()
    cover.center(200, firm.name, 18)
    cover.center(260, f"{books.year}年度审计报告", 24)
    cover.center(300, number, 12)
    cover.center(700, cpa, 13)
    cover.center(726, f"{books.year + 1}年{rng.randint(2, 4)}月", 12)
    op = Sheet()
    op.center(90, "审 计 报 告", 18)
    op.text(380, 118, number, 10)
    op.text(60, 150, f"{firm.name}全体股东：", 11)
    y = op.para(
        60,
        180,
        470,
        f"一、审计意见  我们审计了{firm.name}（以下简称贵公司）财务报表，包括{books.year}年12月31日的资产负债表，{books.year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
    )
    y = op.para(
        60,
        y,
        470,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{books.year}年12月31日的财务状况以及{books.year}年度的经营成果和现金流量。",
    )
    y = op.para(
        60,
        y,
        470,
        "二、形成审计意见的基础  我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
    )
    op.text(60, y + 50, cpa, 11)
    op.text(340, y + 50, "中国注册会计师：", 10.5)
    op.signature(430, y + 50, "x")
    op.text(340, y + 80, "中国注册会计师：", 10.5)
    op.signature(430, y + 80, "y")
    op.text(60, y + 110, "中国·乌鲁木齐", 10.5)
    op.text(340, y + 110, f"{books.year + 1}年{rng.randint(2, 4)}月{rng.randint(1, 28)}日", 10.5)
    op.seal(140, y + 80, cpa)
    bs = Sheet()
    bs.center(80, "资产负债表", 16)
    bs.text(60, 110, f"编制单位：{firm.name}", 9.5)
    bs.text(330, 110, f"{books.year}年12月31日", 9.5)
    bs.text(470, 110, f"单位：{unit}", 9.5)
    cash = (books.assets * Decimal("0.32")).quantize(Decimal("0.01"))
    recv = (books.assets * Decimal("0.41")).quantize(Decimal("0.01"))
    rest = books.assets - cash - recv
    rows = [
        ["资产", "期末余额", "上年年末余额"],
        ["货币资金", fmt(cash), fmt(cash * Decimal("0.9"))],
        ["应收账款", fmt(recv), fmt(recv * Decimal("0.8"))],
        ["其他流动资产", fmt(rest), fmt(rest)],
        ["资产总计", fmt(books.assets), fmt(books.assets * Decimal("0.85"))],
    ]
    bs.grid(60, 125, [170, 140, 140], rows, height=24, size=9.5)
    inc = Sheet()
    inc.center(80, "利 润 表", 16)
    inc.text(60, 110, f"编制单位：{firm.name}", 9.5)
    inc.text(330, 110, f"{books.year}年度", 9.5)
    inc.text(470, 110, f"单位：{unit}", 9.5)
    cost = (revenue * Decimal("0.78")).quantize(Decimal("0.01"))
    rows = [
        ["项目", "本期金额", "上期金额"],
        ["一、营业收入", fmt(revenue), fmt(revenue * Decimal("0.87"))],
        ["  减：营业成本", fmt(cost), fmt(cost * Decimal("0.87"))],
        ["二、营业利润", fmt(books.profit * Decimal("1.1")), fmt(books.profit)],
        ["四、净利润", fmt(books.profit), fmt(books.profit * Decimal("0.8"))],
    ]
    y = inc.grid(60, 125, [170, 140, 140], rows, height=24, size=9.5)
    inc.text(60, y + 40, "附注：营业收入明细", 10.5)
    inc.grid(
        60,
        y + 50,
        [170, 140],
        [
            ["收入类别", f"本期金额（{unit}）"],
            ["系统集成收入", fmt(books.si_revenue)],
            ["其他业务收入", fmt(revenue - books.si_revenue)],
        ],
        height=22,
        size=9.5,
    )
    fields = {
        "audit_firm": cpa,
        "report_number": number,
        "fiscal_year": books.year,
        "opinion": "unqualified",
        "operating_revenue": shown(revenue),
        "net_profit": shown(books.profit),
        "system_integration_revenue": shown(books.si_revenue),
        "consolidated": False,
    }
    return Doc("audit_report", [cover, op, bs, inc], fields)


def tax_return(firm: Firm, books: Books, rng: random.Random) -> Doc:
    s = Sheet()
    s.center(90, "增值税及附加税费申报表（一般纳税人适用）", 14)
    s.text(60, 120, f"纳税人名称：{firm.name}", 9.5)
    s.text(60, 136, f"纳税人识别号：{firm.credit_code}", 9.5)
    s.text(360, 136, f"所属期：{books.year}年12月", 9.5)
    rows = [
        ["项目", "栏次", "本月数", "本年累计"],
        ["按适用税率计税销售额", "1", figures(books.revenue / 12), figures(books.revenue * Decimal("1.01"))],
        [
            "销项税额",
            "11",
            figures(books.revenue / 12 * Decimal("0.09")),
            figures(books.revenue * Decimal("0.0909")),
        ],
        [
            "应纳税额合计",
            "24",
            figures(books.revenue / 12 * Decimal("0.02")),
            figures(books.revenue * Decimal("0.021")),
        ],
    ]
    s.grid(50, 150, [170, 40, 120, 140], rows, height=24, size=9)
    s.seal(430, 400, "国家税务总局吐鲁番市税务局", r=40, inner="受理专用章")
    return Doc("other", [s])


def e_invoice(deal: Deal, amount: Decimal, number: str, issued: dt.date, rng: random.Random) -> Doc:
    """A 全电发票 (数电票) page, born digital, with its QR."""
    s = Sheet(width=612, height=396)
    s.center(40, "电子发票（增值税专用发票）", 17, color=(0.55, 0.25, 0.1))
    payload = f"01,32,,{number},{yuan_str(amount / Decimal('1.06'))},{issued.strftime('%Y%m%d')},,{rng.randint(1000, 9999):X}"
    s.qr(24, 20, 58, payload)
    s.text(430, 36, f"发票号码：{number}", 8.5, tag="number")
    s.text(430, 52, f"开票日期：{cn_date(issued)}", 8.5)
    s.rect(20, 86, 592, 330, color=(0.55, 0.25, 0.1))
    s.line(306, 86, 306, 140, color=(0.55, 0.25, 0.1))
    s.line(20, 140, 592, 140, color=(0.55, 0.25, 0.1))
    s.text(28, 104, f"购买方名称：{deal.client.name}", 8.5)
    s.text(
        28, 122, f"统一社会信用代码/纳税人识别号：{rng.choice('12')}1650{rng.randint(10**9, 10**10 - 1)}", 7.5
    )
    s.text(314, 104, f"销售方名称：{deal.firm.name}", 8.5)
    s.text(314, 122, f"统一社会信用代码/纳税人识别号：{deal.firm.credit_code}", 7.5)
    net = (amount / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = amount - net
    s.text(
        28,
        160,
        "项目名称            规格型号   单位   数量   单价         金额           税率/征收率   税额",
        8,
    )
    s.text(
        28,
        178,
        f"*信息技术服务*{deal.name[:10]}      项      1     {net}   {figures(net)}   6%   {figures(tax)}",
        8,
    )
    s.text(
        28,
        270,
        f"合    计                                                     ¥{figures(net)}          ¥{figures(tax)}",
        8.5,
    )
    s.line(20, 282, 592, 282, color=(0.55, 0.25, 0.1))
    s.text(28, 300, f"价税合计（大写）  {capital(amount)}", 9)
    s.text(400, 300, f"（小写）¥{figures(amount)}", 9, tag="amount")
    s.text(28, 350, f"备注：{deal.name}第{rng.randint(1, 3)}期进度款", 8)
    s.text(28, 380, f"开票人：{person(rng)}", 8.5)
    return Doc(
        "invoice",
        [s],
        {
            "invoice_number": number,
            "issued_on": issued.isoformat(),
            "buyer": deal.client.name,
            "seller": deal.firm.name,
            "total_amount": yuan_str(amount),
            "qr": payload,
        },
    )


def vat_invoice(deal: Deal, amount: Decimal, number: str, issued: dt.date, rng: random.Random) -> Doc:
    """A paper 增值税专用发票 (to be scanned) with the seller's 发票专用章."""
    s = Sheet(width=630, height=400)
    s.center(44, "新疆增值税专用发票", 18, color=(0.2, 0.3, 0.2))
    s.center(64, "发  票  联", 10)
    code = f"65000{rng.randint(10**6, 10**7 - 1)}"
    s.text(450, 36, f"发票代码：{code}", 8.5)
    s.text(450, 52, f"发票号码：{number}", 8.5, tag="number")
    s.text(450, 68, f"开票日期：{issued.year}年{issued.month:02d}月{issued.day:02d}日", 8.5)
    s.rect(24, 80, 606, 340)
    s.line(24, 140, 606, 140)
    s.text(32, 98, f"购买方  名    称：{deal.client.name}", 8.5)
    s.text(32, 116, f"        纳税人识别号：1165{rng.randint(10**9, 10**10 - 1)}X", 8)
    net = (amount / Decimal("1.13")).quantize(Decimal("0.01"))
    tax = amount - net
    s.text(
        32,
        160,
        "货物或应税劳务、服务名称    规格型号  单位  数量     单价         金额        税率     税额",
        8,
    )
    s.text(
        32, 178, f"*计算机网络设备*交换机等     批   1     {net}   {figures(net)}   13%   {figures(tax)}", 8
    )
    s.line(24, 270, 606, 270)
    s.text(32, 290, f"价税合计（大写）  {capital(amount)}", 9)
    s.text(420, 290, f"（小写）¥{figures(amount)}", 9, tag="amount")
    s.line(24, 300, 606, 300)
    s.text(32, 318, f"销售方  名    称：{deal.firm.name}", 8.5)
    s.text(32, 334, f"        纳税人识别号：{deal.firm.credit_code}", 8)
    s.text(32, 360, f"收款人：{person(rng)}    复核：{person(rng)}    开票人：{person(rng)}", 8.5)
    s.seal(520, 350, deal.firm.name, r=34, oval=True, inner=deal.firm.credit_code[:18])
    return Doc(
        "invoice",
        [s],
        {
            "invoice_number": number,
            "issued_on": issued.isoformat(),
            "buyer": deal.client.name,
            "seller": deal.firm.name,
            "total_amount": yuan_str(amount),
        },
    )
