"""A project's papers: 中标通知书, contract key pages, 项目验收单, 项目验收报告 and 数电票.

Every date a paper prints goes through ``put_date``, which spells it in the deal's chosen style
and puts it on paper the chosen way: typeset, written by hand, a rubber date stamp, or an
e-signature timestamp.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from . import marks
from .dates import spell, stamp_time
from .facts import Deal, Paper
from .numerals import capital, figures
from .places import Organisation, person
from .sheet import Sheet

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


def put_date(
    sheet: Sheet,
    rng: random.Random,
    x: float,
    y: float,
    day: dt.date,
    style: str,
    mode: str,
    size: float = 10.5,
) -> None:
    """Put ``day`` at (x, y): mode print, hand, stamp or esign (a timestamp of the signing platform)."""
    text = spell(day, style)
    if mode == "print":
        sheet.text(x, y, text, size)
    elif mode == "hand":
        png, ratio = marks.handwriting(rng, text)
        h = size * 2.2
        sheet.mark((x, y - size * 0.5, x + h * ratio, y - size * 0.5 + h), png, text, "hand")
    elif mode == "stamp":
        h = size * 3.4
        ratio = marks.stamp_ratio(text)
        colour = rng.choice((marks.RED, marks.BLUE_STAMP))
        sheet.mark(
            (x, y - size, x + h * ratio, y - size + h),
            marks.date_stamp(rng, text, colour=colour),
            text,
            "stamp",
        )
    elif mode == "esign":
        sheet.text(x, y, stamp_time(day, rng.randint(9, 18), rng.randint(0, 59), rng.randint(0, 59)), size)
    else:
        raise ValueError(f"unknown date mode {mode!r}")


def _sign(sheet: Sheet, rng: random.Random, x: float, y: float, name: str) -> float:
    """A handwritten signature at (x, y); returns its right edge."""
    png, ratio = marks.handwriting(rng, name)
    h = min(22.0, (sheet.size[0] - 30 - x) / ratio)  # a long name is written smaller, not off the paper
    sheet.mark((x, y + 5 - h / 2, x + h * ratio, y + 5 + h / 2), png, name, "hand")
    return x + h * ratio


def warranty_end(deal: Deal) -> dt.date:
    """The last day of the warranty: ``warranty_years`` after the acceptance, less a day."""
    accepted = deal.accepted
    return dt.date(accepted.year + deal.warranty_years, accepted.month, min(accepted.day, 28)) - dt.timedelta(
        days=1
    )


def tender_dates(deal: Deal) -> tuple[dt.date, dt.date]:
    """The bid opening (a week before the notice) and the 采购公告 (three weeks before the opening)."""
    opened = deal.notice - dt.timedelta(days=7)
    return opened, opened - dt.timedelta(days=21)


def notice(rng: random.Random, deal: Deal, firm: Organisation, agency: str) -> Paper:
    """The 中标（成交）通知书: its own date, the tender's dates, and the bid price."""
    s = Sheet()
    s.center(80, "中标（成交）通知书", 20)
    s.right(535, 120, f"编号：{deal.number.replace('HT', 'ZB')}", 10)
    s.text(60, 150, f"{firm.name}：", 11)
    opened, announced = tender_dates(deal)
    y = s.para(
        60,
        180,
        475,
        f"{deal.client.name}{deal.name}（采购公告发布日期：{spell(announced, 'cn')}）于{spell(opened, 'cn')} 10:30 开标。"
        f"经评标委员会评审，确定你单位为中标（成交）供应商，中标（成交）金额：人民币{capital(deal.amount)}（¥{figures(deal.amount)}）。",
    )
    y = s.para(
        60,
        y,
        475,
        "请你单位自本通知书发出之日起三十日内，按照采购文件和投标文件的约定与采购人签订政府采购合同。",
    )
    s.text(330, y + 60, f"采购人：{deal.client.name}", 10.5)
    s.text(330, y + 84, f"采购代理机构：{agency}", 10.5)
    s.seal(420, y + 80, agency, marks.seal(rng, agency), radius=40)
    s.text(360, y + 120, spell(deal.notice, "cn"), 10.5)
    return Paper("other", [s], {}, {}, project_id=deal.id, label="中标通知书")


def contract(
    rng: random.Random,
    deal: Deal,
    firm: Organisation,
    itemise: bool,
    pages: int = 2,
    blank_form: bool = False,
) -> Paper:
    """Contract key pages: parties, price (and 价款构成), term dates; payment and warranty; signatures.

    ``blank_form`` adds the contract's 附件: the acceptance report's blank form (no date, no seal).
    """
    look = deal.looks
    p1 = Sheet()
    p1.center(60, deal.name, 15)
    p1.center(86, "合　同　书", 18)
    p1.right(535, 118, f"合同编号：{deal.number}", 9.5)
    y = 140.0
    for label, org in (("甲方（采购人）", deal.client), ("乙方（供应商）", firm)):
        p1.text(60, y, f"{label}：{org.name}", 11)
        p1.text(60, y + 18, f"地址：{org.address}", 9.5)
        y += 44
    y = p1.para(
        60,
        y + 4,
        475,
        f"根据《中华人民共和国民法典》《中华人民共和国政府采购法》及{spell(deal.notice, 'cn')}发出的中标通知书，甲乙双方就"
        f"{deal.name}的实施事宜，经平等协商，订立本合同，共同遵守。",
    )
    y = p1.text(60, y + 2, "第一条　合同金额", 11)[3] + 6
    y = p1.para(
        60,
        y,
        475,
        f"本合同总价为人民币{capital(deal.amount)}（¥{figures(deal.amount)}），含税，包含本合同约定的全部工作内容。",
    )
    if itemise:
        rows = [["费用名称", "金额（元）"]]
        rows += [[FEE_LABELS[k], figures(v)] for k, v in deal.fees.items() if v]
        rows.append(["合　计", figures(deal.amount)])
        y = p1.table(90, y, [220, 180], rows, size=9.5, h=19)
    y = p1.text(60, y + 4, "第二条　合同期限", 11)[3] + 6
    valid_end = warranty_end(deal)
    p1.text(72, y, f"1. 合同有效期：自{spell(deal.signed, 'cn')}起至{spell(valid_end, 'cn')}止。", 10)
    y += 18
    p1.text(
        72,
        y,
        f"2. 工期：计划开工日期{spell(deal.works_start, look.get('works', 'cn'))}，计划竣工日期{spell(deal.works_end, look.get('works', 'cn'))}。",
        10,
    )
    y += 18
    p1.text(
        72,
        y,
        f"3. 交货期：{spell(deal.works_start + dt.timedelta(days=20), 'cn')}前设备到达甲方指定地点。",
        10,
    )
    p1.finish_footer(f"第 1 页 共 {pages + 4} 页")

    p2 = Sheet()
    y = p2.text(60, 60, "第三条　付款方式", 11)[3] + 6
    y = p2.para(
        60,
        y,
        475,
        "合同签订后十五个工作日内，甲方支付合同总价的30%作为预付款；项目终验合格后十五个工作日内支付合同总价的65%；"
        "余款5%作为质量保证金，质保期满且无质量问题后一次性无息支付。",
    )
    y = p2.text(60, y + 2, "第四条　质量保证", 11)[3] + 6
    y = p2.para(
        60,
        y,
        475,
        f"质保期为{'一二三'[deal.warranty_years - 1]}年，自项目终验合格之日起计算。质保期内乙方提供7×24小时响应服务，接到报修后"
        "2小时内响应、24小时内到达现场。",
    )
    y = p2.text(60, y + 2, "第五条　验收", 11)[3] + 6
    y = p2.para(
        60,
        y,
        475,
        "乙方完成全部建设内容并试运行合格后，向甲方提出书面验收申请，甲方在收到申请之日起十个工作日内组织验收，并出具验收报告。",
    )
    y = p2.para(
        60, y, 475, "本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力，自双方签字盖章之日起生效。"
    )
    _signatures(p2, rng, deal, firm, max(y + 30, 470))
    p2.finish_footer(f"第 {pages + 4} 页 共 {pages + 4} 页")
    fields: dict[str, object] = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.client.name,
        "party_b": firm.name,
        "contract_amount": f"{deal.amount:.2f}",
        "amount_in_words": capital(deal.amount),
        "signed_on": deal.signed.isoformat(),
    }
    where = dict.fromkeys(fields, 0) | {"signed_on": 1}
    if itemise:
        fields["fees"] = {k: f"{v:.2f}" for k, v in deal.fees.items() if v}
        where["fees"] = 0
    sheets = [p1, p2, _blank_form(deal)] if blank_form else [p1, p2]
    return Paper("contract", sheets, fields, where, project_id=deal.id, label="合同")


def _blank_form(deal: Deal) -> Sheet:
    """附件 of the contract: the form the acceptance report will be written on, left blank."""
    s = Sheet()
    s.text(60, 50, "附件3：", 11)
    s.center(80, "项目验收报告（格式）", 16)
    rows = [
        ["项目名称", deal.name],
        ["建设单位", ""],
        ["承建单位", ""],
        ["验收日期", "　　　　年　　月　　日"],
        ["验收结论", "□ 合格　　□ 不合格"],
    ]
    y = s.table(60, 120, [110, 365], rows, size=10, h=26)
    s.text(60, y + 20, "验收意见：", 11)
    s.text(60, y + 200, "建设单位（盖章）：", 10.5)
    s.text(320, y + 200, "承建单位（盖章）：", 10.5)
    s.text(60, y + 240, "日期：　　年　　月　　日", 10)
    s.text(320, y + 240, "日期：　　年　　月　　日", 10)
    return s


def _signatures(s: Sheet, rng: random.Random, deal: Deal, firm: Organisation, y: float) -> None:
    """The two signature blocks and the signing date, the way the deal's look says."""
    style, mode = deal.looks.get("signed", "cn"), deal.looks.get("signed_mode", "print")
    blocks = ((60, "甲方（盖章）", deal.client), (320, "乙方（盖章）", firm))
    for x, label, org in blocks:
        s.text(x, y, f"{label}：", 11)
        s.text(x, y + 20, org.name, 10.5)
        s.text(x, y + 50, "法定代表人或授权代表（签字）：", 9.5)
        _sign(s, rng, x + 150, y + 50, person(rng))
        s.text(x, y + 80, "日期：", 10)
        if mode in ("hand", "esign"):
            put_date(s, rng, x + 32, y + 80, deal.signed, style, mode, 10)
        else:
            s.text(x + 32, y + 80, "　　　年　　月　　日", 10)
        s.seal(
            x + 80 + rng.uniform(-10, 10),
            y + 62 + rng.uniform(-6, 6),
            org.name,
            marks.seal(rng, org.name, "合同专用章"),
            44,
        )
    if mode in ("print", "stamp"):
        s.text(60, y + 130, "签订日期：", 10.5)
        put_date(s, rng, 116, y + 130, deal.signed, style, mode, 10.5)
    s.text(320, y + 130, f"签订地点：{deal.client.county}", 10.5)


def acceptance(
    rng: random.Random, deal: Deal, firm: Organisation, bilingual: bool = False, cite_signing: bool = True
) -> Paper:
    """The 项目验收报告: a ruled form, the panel's opinion, both parties' seals and dates."""
    style, mode = deal.looks.get("accepted", "cn"), deal.looks.get("accepted_mode", "print")
    s = Sheet()
    y = s.center(56, f"{deal.name}验收报告", 15, 40, 555)
    if bilingual:
        y = s.uyghur(60, y - 6, 535, "تۈرنى تەكشۈرۈپ قوبۇل قىلىش دوكلاتى", 11)
    rows = [
        ["项目名称", deal.name],
        ["合同编号", deal.number],
        ["建设单位", deal.client.name],
        ["承建单位", firm.name],
    ]
    if cite_signing:
        rows.append(["合同签订日期", spell(deal.signed, "cn")])
    rows += [
        ["实际开工日期", spell(deal.works_start, deal.looks.get("works", "cn"))],
        ["实际竣工日期", spell(deal.works_end, deal.looks.get("works", "cn"))],
        ["验收日期", ""],
        ["验收地点", f"{deal.client.name}会议室"],
    ]
    top = y + 4
    y = s.table(60, top, [110, 365], rows, size=10, h=24)
    date_row = next(i for i, row in enumerate(rows) if row[0] == "验收日期")
    put_date(s, rng, 176, top + date_row * 24 + 6, deal.accepted, style, mode, 10.5)
    if bilingual:
        y = s.uyghur(60, y, 535, f"قوبۇل قىلىش ۋاقتى: {spell(deal.accepted, 'ug')}", 10)
    y = s.text(60, y + 4, "验收意见：", 11)[3] + 6
    until = warranty_end(deal)
    y = s.para(
        60,
        y,
        475,
        f"验收小组听取了承建单位的建设情况汇报，查验了设备到货、系统部署及试运行记录，审阅了竣工文档。项目已按合同完成全部建设内容，"
        f"系统运行稳定，各项功能满足合同及招标文件要求。验收小组一致同意该项目通过验收。质保期自验收合格之日起至{spell(until, 'cn')}止。",
    )
    y = s.text(60, y + 2, "验收结论：☑ 合格　　□ 不合格", 11)[3] + 10
    s.text(60, y, "验收小组成员（签字）：", 10)
    x = 180.0
    for _ in range(3):
        x = _sign(s, rng, x, y, person(rng)) + 18
    y = max(y + 50, 640)
    for x, label, org in ((60, "建设单位（盖章）", deal.client), (320, "承建单位（盖章）", firm)):
        s.text(x, y, label, 10.5)
        s.text(x, y + 20, org.name, 10)
        s.text(x, y + 50, "日期：", 10)
        put_date(
            s,
            rng,
            x + 32,
            y + 50,
            deal.accepted,
            deal.looks.get("accepted_sign", style),
            deal.looks.get("accepted_sign_mode", mode),
            10,
        )
        over = deal.looks.get("seal_over_date") == "yes"
        s.seal(
            x + (60 if over else 95) + rng.uniform(-6, 6),
            y + (48 if over else 30),
            org.name,
            marks.seal(rng, org.name),
            42,
        )
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": firm.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return Paper(
        "acceptance_report", [s], fields, dict.fromkeys(fields, 0), project_id=deal.id, label="验收报告"
    )


def checklist(rng: random.Random, deal: Deal, firm: Organisation) -> Paper:
    """A 项目验收单 the users sign on site a few days before the 验收报告 (its date written by hand)."""
    assert deal.checklist is not None
    s = Sheet(size=(595.0, 420.0))
    s.center(30, "项目（设备）验收单", 15)
    s.text(40, 60, f"项目名称：{deal.name}", 10)
    s.text(40, 80, f"使用单位：{deal.client.name}", 10)
    s.text(300, 80, f"供货单位：{firm.name}", 10)
    items = [["序号", "名称", "数量", "验收情况"]]
    for i, thing in enumerate(("服务器", "核心交换机", "应用软件部署", "操作培训"), start=1):
        items.append([str(i), thing, str(rng.randint(1, 6)) if i < 3 else "1项", "合格"])
    y = s.table(40, 100, [50, 250, 90, 125], items, size=9.5, h=20)
    s.text(40, y + 4, "验收意见：数量、型号与合同一致，安装调试完毕，运行正常，同意验收。", 10)
    s.text(40, y + 40, "使用单位验收人：", 10)
    _sign(s, rng, 130, y + 40, person(rng))
    s.text(300, y + 40, "供货单位：", 10)
    _sign(s, rng, 360, y + 40, person(rng))
    s.text(40, y + 74, "日期：", 10)
    put_date(s, rng, 74, y + 74, deal.checklist, deal.looks.get("checklist", "dot"), "hand", 10)
    s.seal(200, y + 60, deal.client.name, marks.seal(rng, deal.client.name), 38)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": firm.name,
        "accepted_on": deal.checklist.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return Paper(
        "acceptance_report", [s], fields, dict.fromkeys(fields, 0), project_id=deal.id, label="验收单"
    )


def invoice(rng: random.Random, deal: Deal, firm: Organisation) -> Paper:
    """A born-digital 数电票 (普通发票) for a part of the price; 开票日期 as the tax system prints it."""
    assert deal.invoice is not None
    number, day, total = deal.invoice
    s = Sheet(size=(595.0, 400.0))
    s.center(24, "电子发票（普通发票）", 16)
    s.text(410, 20, f"发票号码：{number}", 9)
    s.text(410, 36, f"开票日期：{spell(day, 'cn0')}", 9)
    s.page.draw_rect((30, 60, 565, 330), color=(0.55, 0.3, 0.1), width=0.8)
    s.text(40, 70, "购买方信息", 9)
    s.text(40, 88, f"名称：{deal.client.name}", 9)
    s.text(40, 104, f"统一社会信用代码/纳税人识别号：{deal.client.code}", 9)
    s.text(310, 70, "销售方信息", 9)
    s.text(310, 88, f"名称：{firm.name}", 9)
    s.text(310, 104, f"统一社会信用代码/纳税人识别号：{firm.code}", 9)
    net = (total / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = total - net
    y = s.table(
        30,
        128,
        [200, 60, 120, 45, 110],
        [
            ["项目名称", "数量", "金额", "税率", "税额"],
            ["*信息技术服务*系统集成服务", "1", figures(net), "6%", figures(tax)],
            ["合　计", "", f"¥{figures(net)}", "", f"¥{figures(tax)}"],
        ],
        size=9,
        h=22,
    )
    s.text(40, y + 6, f"价税合计（大写）　{capital(total)}", 9.5)
    s.text(380, y + 6, f"（小写）¥{figures(total)}", 9.5)
    s.text(40, y + 30, f"备注：{deal.name}　合同编号{deal.number}", 8.5)
    s.text(40, 344, f"开票人：{person(rng)}", 9)
    fields = {
        "invoice_number": number,
        "issued_on": day.isoformat(),
        "buyer": deal.client.name,
        "seller": firm.name,
        "total_amount": f"{total:.2f}",
    }
    return Paper("invoice", [s], fields, dict.fromkeys(fields, 0), project_id=deal.id, label="发票")
