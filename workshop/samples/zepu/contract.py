"""The contract's key pages: parties and price (with the fee table), terms, and the signature page; seals
over the printed names, signatures, red fingerprints, pen corrections with the 校对章, the 骑缝章."""

from __future__ import annotations

import random

from . import pen, stamps
from .facts import FEE_LABELS, Deal
from .numerals import capitals, date_cn, figures
from .papers import A4, Look, seal_for
from .places import Firm
from .sheet import PEN_BLACK, Sheet


def _correction_stamp(sheet: Sheet, firm: Firm, rng: random.Random, x: float, y: float) -> None:
    stamps.box_stamp(
        sheet, x, y, [firm.short + "校对章"], rng, owner=firm.name, kind="correction_stamp", size_mm=3.2
    )


def first_page(firm: Firm, deal: Deal, look: Look, rng: random.Random, dpi: int) -> Sheet:
    """Page 1: number, title, parties, 项目概况, 合同价款 (capitals and figures), the fee table."""
    sheet = Sheet(*A4, dpi, tone=(0.99, 0.99, 0.985))
    sheet.text(185, 16, f"合同编号：{deal.contract_number}", 9.5, align="right")
    sheet.text(105, 28, deal.name, 14, align="center", bold=True)
    sheet.text(105, 38, "合 同 书", 18, align="center", bold=True)
    y = 56.0
    for caption, content in (
        ("甲方（采购人）：", deal.client.name),
        ("地址：", f"新疆喀什地区{firm.county.name}{rng.choice(firm.county.streets)}{rng.randint(1, 99)}号"),
        ("乙方（供应商）：", firm.name),
        ("地址：", firm.address),
    ):
        box = sheet.text(25, y, caption, 11)
        sheet.text(box[2], y, content, 11)
        y += 8
    intro = (
        "根据《中华人民共和国民法典》《中华人民共和国政府采购法》及相关法律法规，甲乙双方本着平等自愿、诚实信用的"
        "原则，就本项目的实施事宜协商一致，订立本合同，共同遵守。"
    )
    y = sheet.wrap(25, y + 3, intro, 160, 10.5) + 3
    sheet.text(25, y, "一、项目概况", 11, bold=True)
    y += 8
    box = sheet.text(32, y, "项目名称：", 10.5)
    sheet.text(box[2], y, deal.name, 10.5)
    y += 7
    box = sheet.text(32, y, "实施地点：", 10.5)
    sheet.text(box[2], y, deal.location, 10.5)
    y += 10
    sheet.text(25, y, "二、合同价款", 11, bold=True)
    y += 9
    label = sheet.text(32, y, "合同总价：人民币（大写）", 10.5)
    printed = look.amount_corrected_from if look.amount_corrected_from is not None else deal.amount
    words_box = sheet.text(label[2], y, capitals(printed), 10.5)
    y += 8
    small_label = sheet.text(32, y, "（小写：¥", 10.5)
    figure_box = sheet.text(small_label[2], y, figures(printed), 10.5)
    sheet.text(figure_box[2], y, "）", 10.5)
    if look.amount_corrected_from is not None:
        _correct_amount(sheet, firm, deal, look, rng, words_box, figure_box)
    if look.highlight_amount:
        pen.highlight(sheet, (small_label[0], small_label[1], figure_box[2] + 4, figure_box[3]), rng)
    y += 9
    sheet.text(32, y, "本合同总价包含设备、软件、运输、安装调试、培训、税费及质保期内服务等全部费用。", 10)
    y += 10
    if look.itemised:
        sheet.text(32, y, "费用构成如下：", 10.5)
        y += 8
        fees = [(k, v) for k, v in deal.fees.items() if v]
        heights = [8.0] * (len(fees) + 2)
        sheet.grid(32, y, [16, 70, 50], heights)
        for col_x, head in ((40, "序号"), (67, "费用名称"), (143, "金额（元）")):
            sheet.text(col_x, y + 2, head, 10, align="center")
        for i, (key, value) in enumerate(fees, start=1):
            top = y + i * 8 + 2
            sheet.text(40, top, str(i), 10, align="center")
            sheet.text(52, top, FEE_LABELS[key], 10)
            sheet.text(165, top, figures(value), 10, align="right")
        top = y + (len(fees) + 1) * 8 + 2
        sheet.text(52, top, "合计", 10)
        sheet.text(165, top, figures(deal.amount), 10, align="right")
    return sheet


def _correct_amount(
    sheet: Sheet,
    firm: Firm,
    deal: Deal,
    look: Look,
    rng: random.Random,
    words_box: tuple[float, float, float, float],
    figure_box: tuple[float, float, float, float],
) -> None:
    """The printed price struck through; the agreed one written above by hand; both sides' 校对章."""
    for box in (words_box, figure_box):
        pen.strike(sheet, box, rng, double=True, colour=look.pen)
    pen.hand(
        sheet, words_box[0] + 2, words_box[1] - 6.2, capitals(deal.amount), rng, size=4.3, colour=look.pen
    )
    pen.hand(
        sheet, figure_box[2] + 6, figure_box[1] - 0.5, figures(deal.amount), rng, size=4.3, colour=look.pen
    )
    _correction_stamp(sheet, firm, rng, figure_box[2] + 40, figure_box[1] - 3)
    pen.hand(sheet, figure_box[2] + 72, figure_box[1] - 1, deal.client_signer[0], rng, size=5, colour=PEN_BLACK,
             kind="initials")  # fmt: skip


def terms_page(firm: Firm, deal: Deal, look: Look, rng: random.Random, dpi: int) -> Sheet:
    """Page 2: 履约期限 (the days may be corrected by pen), payment, acceptance, warranty, liability."""
    sheet = Sheet(*A4, dpi, tone=(0.99, 0.99, 0.985))
    y = 22.0
    sheet.text(25, y, "三、履约期限", 11, bold=True)
    y += 8
    before = sheet.text(32, y, "乙方应自合同签订之日起", 10.5)
    shown_days = deal.days - 15 if look.days_corrected else deal.days
    days_box = sheet.text(before[2], y, str(shown_days), 10.5)
    sheet.text(days_box[2], y, "个日历天内完成全部供货、安装、调试及试运行工作。", 10.5)
    if look.days_corrected:
        pen.strike(sheet, days_box, rng, double=False, colour=look.pen)
        pen.hand(sheet, days_box[0] - 1, days_box[1] - 6, str(deal.days), rng, size=4.2, colour=look.pen)
        _correction_stamp(sheet, firm, rng, 150, y - 8)
    y += 14
    clauses = [
        ("四、付款方式", "合同签订后十个工作日内，甲方支付合同总价的30%；项目验收合格后支付65%；余款5%作为质保金，"
         "质保期满无质量问题后一次性付清。乙方须在每次付款前向甲方开具等额合法发票。"),
        ("五、验收", "乙方完成实施并试运行合格后书面通知甲方，甲方在十个工作日内组织验收，验收合格后双方签署《项目验收单》。"
         "验收不合格的，乙方应在甲方指定期限内整改并承担由此产生的费用。"),
        ("六、质量保证", f"质保期为验收合格之日起{deal.warranty_years}年。质保期内乙方提供7×24小时电话支持，故障在24小时内"
         "到达现场处理，所需备品备件由乙方负责。"),
        ("七、违约责任", "乙方逾期交付的，每逾期一日按合同总价的0.5‰向甲方支付违约金；甲方逾期付款的，按同样标准向乙方支付"
         "违约金，违约金总额不超过合同总价的10%。"),
        ("八、争议解决", "因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。"),
        ("九、其他", "本合同一式六份，甲方四份，乙方二份，具有同等法律效力，自双方签字盖章之日起生效。"),
    ]  # fmt: skip
    for title, body in clauses:
        sheet.text(25, y, title, 11, bold=True)
        y = sheet.wrap(32, y + 8, body, 153, 10.5) + 6
    return sheet


def signature_block(sheet: Sheet, firm: Firm, deal: Deal, look: Look, rng: random.Random, top: float) -> None:
    """Both parties' names, signatures, dates (by pen), seals over the names, fingerprints."""
    sheet.text(25, top, "（以下无正文，为签字盖章页）", 10.5)
    y = top + 18
    sides = ((25.0, "甲方（盖章）：", deal.client.name, deal.client_signer),
             (112.0, "乙方（盖章）：", firm.name, deal.firm_signer))  # fmt: skip
    for x, label, name, signer in sides:
        sheet.text(x, y, label, 11)
        name_box = sheet.text(x, y + 8, name if len(name) <= 16 else name[:16], 10.5)
        if len(name) > 16:
            sheet.text(x, y + 14, name[16:], 10.5)
        sheet.text(x, y + 30, "法定代表人或", 10.5)
        sheet.text(x, y + 36, "委托代理人（签字）：", 10.5)
        signature = pen.signature(
            sheet, x + 40, y + 33, signer, rng, colour=look.pen if x < 100 else PEN_BLACK
        )
        if look.fingerprints:
            pen.fingerprint(sheet, signature[2] + 9, signature[1] + 3, rng)
        sheet.text(x, y + 50, "日期：", 10.5)
        pen.hand(
            sheet, x + 13, y + 49.5, date_cn(deal.signed_on), rng, size=4.2, colour=look.pen, kind="hand"
        )
        if look.sealed:
            is_client = x < 100
            owner = name
            design = seal_for(name, rng, sheet.dpi, centre="" if is_client else "合同专用章")
            faint = look.faint_client_seal and is_client
            double = look.double_firm_seal and not is_client
            stamps.stamp(sheet, (name_box[0] + name_box[2]) / 2 + rng.uniform(-4, 4), y + 14 + rng.uniform(-3, 5),
                         design, rng, owner=owner, faint=faint, double=double)  # fmt: skip
    sheet.text(25, y + 70, f"签订日期：{date_cn(deal.signed_on)}", 10.5)
    sheet.text(112, y + 70, f"签订地点：{firm.county.name}", 10.5)


def contract(firm: Firm, deal: Deal, look: Look, rng: random.Random, dpi: int) -> list[Sheet]:
    """The key pages (2 or 3), signed, sealed as ``look`` says, with the firm's 骑缝章 on the right edge."""
    first = first_page(firm, deal, look, rng, dpi)
    if look.pages == 3:
        terms = terms_page(firm, deal, look, rng, dpi)
        last = Sheet(*A4, dpi, tone=(0.99, 0.99, 0.985))
        signature_block(last, firm, deal, look, rng, 30)
        sheets = [first, terms, last]
    else:
        last = Sheet(*A4, dpi, tone=(0.99, 0.99, 0.985))
        last.text(25, 22, "三、其他约定", 11, bold=True)
        body = (
            f"乙方应自合同签订之日起{deal.days}个日历天内完成实施；验收合格后甲方支付至合同总价的95%，余款于质保期"
            f"（{deal.warranty_years}年）满后付清。其余未尽事宜按政府采购相关规定执行。本合同一式四份，双方各执二份。"
        )
        end = last.wrap(32, 30, body, 153, 10.5)
        signature_block(last, firm, deal, look, rng, end + 10)
        sheets = [first, last]
    if look.sealed and look.seam_seal:
        design = seal_for(firm.name, rng, dpi, centre="合同专用章")
        stamps.seam_stamp(sheets, rng.uniform(110, 190), design, rng, owner=firm.name)
    return sheets
