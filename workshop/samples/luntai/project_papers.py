"""A project's papers: the contract's key pages, the acceptance (table form or letter), the 数电票."""

from __future__ import annotations

import random
from decimal import Decimal

from jianzheng.models.declaration import FEE_KEYS

from . import ink
from .model import FEE_LABELS, Deal, Invoice, Paper
from .people import Client, Firm
from .sheet import Sheet
from .spelling import capital, date_text, figure, money_str

PARTY_LABELS = (
    ("甲方（采购人）", "乙方（供应商）"),
    ("甲　方", "乙　方"),
    ("发包方（甲方）", "承包方（乙方）"),
)


PRICE_TAIL = "该价格为含税价格，包括设备购置、运输、安装调试、系统集成、培训及质保期内服务等全部费用。"


def price_paragraph(sheet: Sheet, amount: Decimal, pt: float = 11) -> float:
    """第二条's price sentence, words and figures; returns the baseline after it."""
    line = f"本合同总金额为人民币（大写）{capital(amount)}（小写：¥{figure(amount)}），{PRICE_TAIL}"
    return sheet.para(24, 40, 162, line, pt, 1.8)


def _page_footer(s: Sheet, number: int, total: int, contract_number: str) -> None:
    s.text(105, 283, f"第 {number} 页  共 {total} 页", 9, align="c")
    s.text(190, 14, f"合同编号：{contract_number}", 8.5, align="r")


def contract(
    deal: Deal, rng: random.Random, dpi: int, labels: int, date_style: str, sealed: bool = True
) -> Paper:
    """Three key pages of an 8–12 page contract: parties, the price, the signatures."""
    la, lb = PARTY_LABELS[labels]
    la_short, lb_short = ("甲方", "乙方")
    total_pages = rng.randrange(8, 13)
    latin = rng.choice(("helv", "tiro"))
    a, b = deal.client, deal.party_b
    # page 1: title, parties, project
    p1 = Sheet(dpi, latin=latin)
    title = deal.name.removesuffix("项目") + "项目合同书" if rng.random() < 0.6 else deal.name
    p1.text(24, 30, f"合同编号：{deal.contract_number}", 10.5)
    y = 52.0
    for line in p1.wrap(title, 160, 18):
        p1.text(105, y, line, 18, bold=True, align="c")
        y += 10
    if title == deal.name:
        p1.text(105, y, "合　同　书", 18, bold=True, align="c")
        y += 10
    y += 10
    for label, value in ((la, a.name), (lb, b.name)):
        p1.text(30, y, f"{label}：", 12)
        p1.text(30 + p1.width(f"{label}：", 12), y, value, 12)
        y += 11
    p1.text(30, y, f"签订地点：{a.county}", 12)
    p1.text(30, y + 11, f"签订日期：{date_text(deal.signed_on, date_style)}", 12)
    y += 30
    y = p1.para(
        24,
        y,
        162,
        (
            "根据《中华人民共和国民法典》《中华人民共和国政府采购法》及有关法律法规的规定，甲乙双方遵循平等、自愿、公平和"
            f"诚实信用的原则，经友好协商，就{deal.name}（以下简称“本项目”）的实施事宜达成如下协议，共同遵守。"
        ),
        11,
        1.8,
    )
    p1.text(24, y + 3, "第一条　项目概况", 11, bold=True)
    y = p1.para(24, y + 12, 162, f"1．项目名称：{deal.name}。", 11, 1.8)
    y = p1.para(24, y, 162, f"2．实施地点：{deal.location}。", 11, 1.8)
    y = p1.para(
        24,
        y,
        162,
        (
            "3．建设内容：乙方按甲方要求及本合同附件《技术需求及配置清单》完成本项目的设备供货、软件部署、系统集成、"
            "安装调试、试运行、人员培训及质保期内的技术服务。"
        ),
        11,
        1.8,
    )
    _page_footer(p1, 1, total_pages, deal.contract_number)
    # page 2: the price
    p2 = Sheet(dpi, latin=latin)
    p2.text(24, 30, "第二条　合同金额", 11, bold=True)
    amount = deal.printed_amount
    words = capital(amount)
    y = price_paragraph(p2, amount)
    amount_box = (1, (22.0, 33.5, 188.0, y - 4.5))
    if deal.itemised:
        p2.text(24, y + 2, "分项价格如下：", 11)
        rows: list[list[str | None]] = [["序号", "费用项目", "金额（元）", "备注"]]
        n = 0
        for key in FEE_KEYS:
            if deal.fees[key]:
                n += 1
                rows.append([str(n), FEE_LABELS[key], figure(deal.fees[key]), ""])
        rows.append(["", "合　　计", figure(amount), "含税"])
        y = p2.table(24, y + 6, [14, 70, 42, 36], rows, 10.5, 8.5, ["c", "l", "r", "c"], bold_rows=(0,)) + 10
    p2.text(24, y + 2, "第三条　付款方式", 11, bold=True)
    y = p2.para(
        24, y + 11, 162, "1．合同签订后十五个工作日内，甲方向乙方支付合同总金额的30%作为预付款；", 11, 1.8
    )
    y = p2.para(24, y, 162, "2．项目完工并经甲方组织验收合格后，甲方向乙方支付至合同总金额的95%；", 11, 1.8)
    y = p2.para(
        24, y, 162, "3．剩余合同总金额的5%作为质量保证金，质保期满且无质量问题后一次性无息支付。", 11, 1.8
    )
    y = p2.para(24, y, 162, "乙方在甲方每次付款前开具等额合法有效的增值税发票。", 11, 1.8)
    p2.text(24, y + 3, "第四条　工期", 11, bold=True)
    y = p2.para(
        24,
        y + 12,
        162,
        f"乙方应自合同签订之日起{deal.days}个日历天内完成全部建设内容并具备验收条件。",
        11,
        1.8,
    )
    p2.text(24, y + 3, "第五条　验收", 11, bold=True)
    y = p2.para(
        24,
        y + 12,
        162,
        (
            "项目完工后，乙方向甲方提交书面验收申请及竣工资料，甲方在收到申请后十五个工作日内组织验收，验收合格的，双方签署"
            "验收报告；验收不合格的，乙方应在甲方要求的期限内整改并重新提请验收，由此产生的费用由乙方承担。"
        ),
        11,
        1.8,
    )
    p2.text(24, y + 3, "第六条　质量保证", 11, bold=True)
    p2.para(
        24,
        y + 12,
        162,
        (
            "乙方提供的设备及软件均应为原厂全新正品，质保期自项目验收合格之日起计算，为期叁年。质保期内乙方提供7×24小时"
            "技术支持，接到故障通知后4小时内响应，24小时内到达现场处理。"
        ),
        11,
        1.8,
    )
    _page_footer(p2, rng.randrange(2, 4), total_pages, deal.contract_number)
    # last page: the signatures
    p3 = Sheet(dpi, latin=latin)
    p3.text(24, 30, "第十一条　争议解决", 11, bold=True)
    y = p3.para(
        24,
        40,
        162,
        "因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
        11,
        1.8,
    )
    p3.text(24, y + 3, "第十二条　其他", 11, bold=True)
    y = p3.para(
        24,
        y + 12,
        162,
        "1．本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等法律效力。",
        11,
        1.8,
    )
    y = p3.para(
        24,
        y,
        162,
        "2．本合同一式肆份，甲方执贰份，乙方执贰份，自双方法定代表人或授权代表签字并加盖公章（或合同专用章）之日起生效。",
        11,
        1.8,
    )
    p3.text(105, y + 4, "（以下无正文）", 10.5, align="c")
    top = y + 22
    blocks: list[tuple[str, Client | Firm, str]] = [
        (la_short, a, deal.signer_a),
        (lb_short, b, deal.signer_b),
    ]
    for col, (label, party, signer) in enumerate(blocks):
        x = 24 + col * 86
        lines = [
            f"{label}（盖章）：",
            party.name,
            "法定代表人或授权代表（签字）：",
            "　",
            f"地址：{party.address}",
            f"电话：{party.phone}",
        ]
        if col == 1:
            lines += [f"开户银行：{b.bank}", f"账号：{b.account}"]
        lines += [f"日期：{date_text(deal.signed_on, date_style)}"]
        yy = top
        for k, line in enumerate(lines):
            if k == 3:
                p3.paste(ink.signature(signer, dpi, rng), x + 30 + rng.uniform(-4, 8), yy - 2)
            yy = p3.para(x, yy, 78, line, 10.5, 1.55, indent=False) + 1.5
        if sealed:
            seal = ink.round_seal(
                party.name, dpi, rng, 42 if col == 0 else 40, centre_text="" if col == 0 else "合同专用章"
            )
            p3.paste(seal, x + 45 + rng.uniform(-6, 6), top + 12 + rng.uniform(-4, 6))
    _page_footer(p3, total_pages, total_pages, deal.contract_number)
    fields: dict = {
        "project_name": deal.name,
        "contract_number": deal.contract_number,
        "party_a": a.name,
        "party_b": b.name,
        "contract_amount": money_str(amount),
        "amount_in_words": words,
        "signed_on": deal.signed_on.isoformat(),
    }
    if deal.itemised:
        fields["fees"] = {k: money_str(deal.fees[k]) for k in FEE_KEYS}
    return Paper("contract", [p1, p2, p3], fields, deal.id, {"amount": amount_box})


def acceptance_table(deal: Deal, rng: random.Random, dpi: int, date_style: str, show_amount: bool) -> Paper:
    """项目验收报告 as a one-page ruled form with tick boxes, signatures and the seals."""
    s = Sheet(dpi)
    s.text(105, 30, "项 目 验 收 报 告", 18, bold=True, align="c")
    s.text(186, 40, f"编号：YS-{deal.signed_on.year}-{rng.randrange(1, 60):03d}", 9, align="r")
    rows: list[list[str | None]] = [
        ["项目名称", deal.name, None, None],
        ["合同编号", deal.contract_number, "验收日期", date_text(deal.accepted_on, date_style)],
        ["建设单位", deal.client.name, None, None],
        ["承建单位", deal.party_b.name, None, None],
    ]
    if deal.supervisor:
        rows.append(["监理单位", deal.supervisor, None, None])
    if show_amount:
        rows.append(["合同金额", f"¥{figure(deal.printed_amount)}元", "计划工期", f"{deal.days}日历天"])
    rows.append(
        ["开工日期", date_text(deal.start_on, date_style), "完工日期", date_text(deal.finish_on, date_style)]
    )
    rows.append(
        [
            "验收内容",
            "按合同及技术需求清单逐项核对设备型号、数量及安装质量，检查系统功能、性能及运行情况，查验竣工文档及培训记录。",
            None,
            None,
        ]
    )
    y = s.table(20, 46, [28, 70, 26, 46], rows, 10.5, 10)
    box_top = y
    s.text(23, y + 9, "验收意见：", 10.5, bold=True)
    y = s.para(
        23,
        y + 18,
        164,
        (
            "经验收小组现场检查及系统测试，乙方已按合同约定完成全部建设内容，设备运行稳定，各项功能满足合同及技术需求要求，"
            "竣工资料齐全。验收小组一致同意该项目通过验收。"
        ),
        10.5,
        1.7,
    )
    s.text(23, y + 4, "验收结论：", 10.5, bold=True)
    s.tick_box(48, y + 4, True)
    s.text(53, y + 4, "合格", 10.5)
    s.tick_box(70, y + 4, False)
    s.text(75, y + 4, "不合格", 10.5)
    y += 12
    s.box(20, box_top, 190, y, 0.2)
    s.text(23, y + 9, "验收小组成员（签字）：", 10.5)
    for k, member in enumerate((deal.client.contact, person_like(rng), deal.signer_b)):
        s.paste(ink.signature(member, dpi, rng), 85 + k * 35, y + 7)
    y += 22
    columns = [("建设单位（盖章）", deal.client.name), ("承建单位（盖章）", deal.party_b.name)]
    if deal.supervisor:
        columns.append(("监理单位（盖章）", deal.supervisor))
    width = 170 / len(columns)
    for k, (label, name) in enumerate(columns):
        x = 22 + k * width
        s.text(x, y + 6, label, 10.5)
        s.text(x, y + 36, date_text(deal.accepted_on, date_style), 10.5)
        if deal.accept_sealed:
            s.paste(ink.round_seal(name, dpi, rng, 40 if k != 1 else 38), x + 24 + rng.uniform(-4, 4), y + 20)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.party_b.name,
        "accepted_on": deal.accepted_on.isoformat(),
        "conclusion": "passed",
        "has_seal": deal.accept_sealed,
    }
    if deal.supervisor:
        fields["third_party"] = deal.supervisor
    return Paper("acceptance_report", [s], fields, deal.id)


def acceptance_letter(deal: Deal, rng: random.Random, dpi: int, date_style: str) -> Paper:
    """项目验收意见: the client's letter, signed by its team and sealed by the client."""
    s = Sheet(dpi, latin="tiro")
    s.text(105, 34, "项目验收意见书", 20, bold=True, align="c")
    s.text(24, 52, f"项目名称：{deal.name}", 11)
    s.text(24, 61, f"建设单位：{deal.client.name}", 11)
    s.text(24, 70, f"承建单位：{deal.party_b.name}", 11)
    y = s.para(
        24,
        86,
        162,
        (
            f"{date_text(deal.signed_on, date_style)}，{deal.client.name}（甲方）与{deal.party_b.name}（乙方）签订了《{deal.name}合同》"
            f"（合同编号：{deal.contract_number}）。乙方于{date_text(deal.finish_on, date_style)}完成全部建设内容并提交验收申请。"
        ),
        11,
        1.85,
    )
    y = s.para(
        24,
        y,
        162,
        (
            f"{date_text(deal.accepted_on, date_style)}，甲方组织使用科室及技术人员组成验收小组，对项目的设备到货、安装部署、"
            "系统功能和运行情况进行了验收。验收小组认为：项目建设内容与合同一致，系统运行稳定可靠，文档资料齐全，达到合同约定的"
            "验收标准。"
        ),
        11,
        1.85,
    )
    y = s.para(24, y + 2, 162, "验收结论：验收合格，同意通过验收，进入质保期。", 11.5, 1.85, bold=True)
    s.text(24, y + 10, "验收小组组长（签字）：", 11)
    s.paste(ink.signature(deal.client.contact, dpi, rng), 100, y + 8)
    s.text(24, y + 26, "验收小组成员（签字）：", 11)
    s.paste(ink.signature(person_like(rng), dpi, rng), 100, y + 24)
    s.paste(ink.signature(person_like(rng), dpi, rng), 135, y + 24)
    s.text(120, y + 52, f"{deal.client.name}（盖章）", 11)
    s.text(128, y + 66, date_text(deal.accepted_on, date_style), 11)
    if deal.accept_sealed:
        s.paste(ink.round_seal(deal.client.name, dpi, rng, 42), 150, y + 55)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.party_b.name,
        "accepted_on": deal.accepted_on.isoformat(),
        "conclusion": "passed",
        "has_seal": deal.accept_sealed,
    }
    return Paper("acceptance_report", [s], fields, deal.id)


def person_like(rng: random.Random) -> str:
    return rng.choice("王李张刘陈杨马") + rng.choice(("军", "丽", "强", "敏", "晓红", "建华"))


def invoice(deal: Deal, inv: Invoice, rng: random.Random, dpi: int, issuer: str) -> Paper:
    """A 数电票 (电子发票（普通发票）) as printed on A4 and filed with the contract."""
    s = Sheet(dpi)  # printed on A4, the invoice on its upper half
    blue = (120, 60, 40)
    payload = f"01,32,,{inv.number},{inv.net:.2f},{inv.issued_on:%Y%m%d},,{rng.randrange(16**4):04X}"
    s.paste(ink.qr(payload, max(3, dpi // 45)), 26, 24)
    s.text(105, 20, "电子发票（普通发票）", 17, bold=True, align="c", ink=blue)
    s.draw.ellipse([s.px(92), s.px(24), s.px(118), s.px(38)], outline=(200, 60, 60), width=s.px(0.5))
    s.text(105, 30, "全国统一发票监制", 5.5, align="c", ink=(200, 60, 60))
    s.text(105, 34, "国家税务总局新疆维吾尔自治区税务局", 4.2, align="c", ink=(200, 60, 60))
    s.text(140, 22, f"发票号码：{inv.number}", 9.5, ink=blue)
    s.text(140, 29, f"开票日期：{date_text(inv.issued_on, 'cn0')}", 9.5, ink=blue)
    s.box(12, 42, 198, 126, 0.3, blue)
    s.line(105, 42, 105, 62, 0.3, blue)
    s.line(12, 62, 198, 62, 0.3, blue)
    s.text(15, 49, "购买方信息", 8.5, ink=blue)
    s.text(15, 55, f"名称：{deal.client.name}", 9)
    s.text(15, 60, f"统一社会信用代码/纳税人识别号：{deal.client.code}", 8)
    s.text(108, 49, "销售方信息", 8.5, ink=blue)
    s.text(108, 55, f"名称：{deal.party_b.name}", 9)
    s.text(108, 60, f"统一社会信用代码/纳税人识别号：{deal.party_b.code}", 8)
    heads = [
        ("项目名称", 15),
        ("规格型号", 62),
        ("单 位", 82),
        ("数 量", 96),
        ("单 价", 112),
        ("金 额", 138),
        ("税率/征收率", 158),
        ("税 额", 182),
    ]
    for label, x in heads:
        s.text(x, 68, label, 8.5, ink=blue)
    s.text(15, 75, inv.item, 8.5)
    s.text(82, 75, "项", 8.5)
    s.text(98, 75, "1", 8.5)
    s.text(130, 75, figure(inv.net, ""), 8.5, align="r")
    s.text(156, 75, figure(inv.net, ""), 8.5, align="r")
    s.text(166, 75, f"{inv.rate}%", 8.5)
    s.text(196, 75, figure(inv.tax, ""), 8.5, align="r")
    s.text(15, 100, "合　　计", 9, ink=blue)
    s.text(156, 100, f"¥{figure(inv.net, '')}", 9, align="r")
    s.text(196, 100, f"¥{figure(inv.tax, '')}", 9, align="r")
    s.line(12, 104, 198, 104, 0.3, blue)
    s.text(15, 111, "价税合计（大写）", 9, ink=blue)
    s.text(52, 111, f"⊗{capital(inv.total)}", 9.5)
    s.text(140, 111, "（小写）", 9, ink=blue)
    s.text(156, 111, f"¥{figure(inv.total, '')}", 10)
    s.line(12, 115, 198, 115, 0.3, blue)
    s.text(15, 121, "备", 8.5, ink=blue)
    s.text(24, 121, f"项目名称：{deal.name}", 8.5)
    s.text(15, 134, f"开票人：{issuer}", 9, ink=blue)
    fields = {
        "invoice_number": inv.number,
        "issued_on": inv.issued_on.isoformat(),
        "buyer": deal.client.name,
        "seller": deal.party_b.name,
        "total_amount": money_str(inv.total),
    }
    return Paper("invoice", [s], fields, deal.id)
