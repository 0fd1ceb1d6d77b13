"""Contract key pages (price clause, breakdown and payment, signature page) and the acceptance report."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from .deals import SERVICE_KEYS, Deal
from .numerals import WAN, capital, figure, fixed_capital, grid_cells, q2, to_unit, wan, wan_short
from .paper import Paper, cn_date, money, upper_date
from .people import Firm, person
from .sheet import Sheet, text_width

CLAUSES = ("words_then_fig", "wan_then_words", "cells", "tax_split", "discount", "broken", "wan4")


@dataclass
class ContractStyle:
    clause: str = "words_then_fig"
    figure: str = "yen_comma"
    words: dict[str, Any] = field(default_factory=dict)
    table: str | None = None
    """None (no breakdown), "元", "万元" or "人民币万元" (the unit printed only in the table's header)."""
    yi_note: bool = False
    words_value: Decimal | None = None
    """Plant: the capital numerals state this value instead of the price."""
    payment_styles: tuple[str, ...] = ("wan_short", "yen_comma", "fullwidth")
    provisional: bool = False


def price_words(deal: Deal, style: ContractStyle) -> str:
    return capital(style.words_value if style.words_value is not None else deal.total, **style.words)


def price_figure(deal: Deal, style: ContractStyle) -> tuple[str, Decimal]:
    """The price as printed and the value it states (万元 figures at their precision)."""
    if style.clause == "wan_then_words":
        return wan(deal.total, 2), deal.total
    if style.clause == "wan4":
        return wan(deal.total, 4), deal.total
    return figure(deal.total, style.figure), deal.total


def _head(s: Sheet, deal: Deal, firm: Firm, title: str) -> float:
    s.centred(78, title, 18)
    s.right(540, 104, f"合同编号：{deal.contract_number}", 10)
    y = 134.0
    rows = [
        ("甲方（采购人）：", deal.client),
        ("地址：", f"{deal.location}"),
        ("乙方（供应商）：", firm.name),
        ("统一社会信用代码：", firm.credit_code),
        ("地址：", firm.address),
        ("开户银行：", f"{firm.bank}    账号：{firm.account}"),
    ]
    for label, value in rows:
        x = s.text(64, y, label, 10.5)
        s.text(x, y, value, 10.5)
        y += 21
    return y + 6


def _price_clause(
    s: Sheet, y: float, deal: Deal, style: ContractStyle, rng: random.Random
) -> tuple[float, str, str]:
    """Print 二、合同价款; returns (next y, the figure text, the words text)."""
    words = price_words(deal, style)
    fig, _ = price_figure(deal, style)
    s.text(64, y, "二、合同价款", 12)
    y += 24
    if style.clause == "words_then_fig":
        y = s.paragraph(
            84,
            y,
            f"本合同总价为人民币（大写）{words}（小写：{fig}）。该价格为含税固定总价，包含设备、软件、"
            "运输、安装、调试、培训、税金及验收前的全部费用。",
            440,
        )
    elif style.clause == "wan_then_words":
        y = s.paragraph(
            84, y, f"本合同总价款为人民币{fig}（大写：{words}），为含税价，合同履行期间不作调整。", 440
        )
    elif style.clause == "wan4":
        y = s.paragraph(84, y, f"合同金额：{fig}（人民币{words}），含增值税。", 440)
    elif style.clause == "cells":
        number = figure(deal.total, "yen_comma").lstrip("¥")
        s.table(84, y, [120, 50, 190, 40], [["项目", "", "金额", "单位"]], row_h=22, size=10)
        y = s.table(
            84,
            y + 22,
            [120, 50, 190, 40],
            [["合同总价（含税）", "小写", number, "元"]],
            size=10,
            align=["l", "c", "r", "c"],
        )
        y = s.table(84, y, [120, 50, 230], [["", "大写", words]], size=10, align=["l", "c", "l"])
        fig = number
        y += 14
    elif style.clause == "tax_split":
        net = deal.net
        tax = deal.total - net
        rate = int(deal.tax_rate * 100)
        y = s.paragraph(84, y, f"合同含税总价：{fig}（大写：{words}）。", 440)
        y = s.paragraph(
            84,
            y,
            f"其中：不含税价{figure(net, style.figure)}，增值税税额{figure(tax, style.figure)}（税率{rate}%）。"
            "如遇国家税率调整，含税总价不变。",
            440,
        )
        if style.provisional:
            reserve = to_unit(deal.total * Decimal("0.04"), Decimal(1000))
            y = s.paragraph(
                84, y, f"上述总价中含暂列金额{wan_short(reserve)}（不可预见费），由甲方确认后使用。", 440
            )
    elif style.clause == "discount":
        quote = to_unit(deal.total * Decimal(str(rng.uniform(1.02, 1.06))), Decimal(100))
        y = s.paragraph(
            84,
            y,
            f"乙方投标报价为{figure(quote, 'yen_comma')}，经双方协商，乙方给予优惠，优惠后合同总价为"
            f"{fig}（大写：{words}），以此为准。",
            440,
        )
    elif style.clause == "broken":
        first = words[: len(words) // 2]
        rest = words[len(words) // 2 :]
        lead = "本合同总价款为人民币（大写）"
        s.text(84, y, lead + first, 10.5)
        y += 18.4
        s.text(84, y, f"{rest}（{fig}），含税。", 10.5)
        y += 18.4
    else:
        raise ValueError(f"unknown price clause {style.clause!r}")
    return y + 6, fig, words


def _fee_table(s: Sheet, y: float, deal: Deal, style: ContractStyle) -> tuple[float, dict[str, str]]:
    assert style.table is not None
    in_wan = style.table != "元"
    header = {"元": "单位：元", "万元": "单位：万元", "人民币万元": "金额单位：人民币万元"}[style.table]
    s.text(64, y, "三、合同价款构成", 12)
    s.right(530, y, header, 9.5)
    y += 12

    def show(v: Decimal) -> str:
        return f"{v / WAN:.2f}" if in_wan else f"{v:,.2f}"

    rows = [["序号", "费用名称", "金额", "备注"]]
    printed: dict[str, str] = {}
    n = 0
    service_sum = Decimal(0)
    for key in deal.fees:
        value = deal.fees[key]
        if key in SERVICE_KEYS:
            service_sum += value
        if value:
            n += 1
            rows.append(
                [str(n), deal.fee_labels[key], show(value), wan_short(value) if key == "other" else "含税"]
            )
            printed[key] = show(value)
        if key == SERVICE_KEYS[-1]:
            rows.append(["", "软件和信息技术服务费小计", show(service_sum), ""])
    rows.append(["", "合计", show(deal.total), ""])
    y = s.table(64, y, [40, 220, 130, 76], rows, row_h=21, size=9.5, align=["c", "l", "r", "c"])
    return y + 10, printed


def contract(
    doc: pymupdf.Document, deal: Deal, firm: Firm, style: ContractStyle, rng: random.Random
) -> Paper:
    """Three key pages: parties and price; breakdown and payment; terms and the sealed signature page."""
    title = rng.choice(("政府采购合同", f"{deal.name}合同书", "信息化建设项目合同"))
    p1 = Sheet(doc)
    y = _head(p1, deal, firm, title)
    y = p1.paragraph(
        64,
        y,
        "根据《中华人民共和国民法典》《中华人民共和国政府采购法》及有关规定，甲乙双方在平等、自愿、"
        "协商一致的基础上，就下述项目签订本合同，共同遵守。",
        470,
    )
    p1.text(64, y + 6, "一、项目概况", 12)
    y += 30
    y = p1.paragraph(84, y, f"项目名称：{deal.name}", 440)
    y = p1.paragraph(84, y, f"实施地点：{deal.location}", 440)
    if style.yi_note:
        county = deal.client[:3]
        y = p1.paragraph(
            84,
            y,
            f"本项目为{county}“十四五”数字政府建设规划（规划总投资约1.2亿元）的组成部分，本合同仅就下述"
            "内容约定。",
            440,
        )
    y, fig, words = _price_clause(p1, y + 4, deal, style, rng)

    p2 = Sheet(doc)
    y = 72.0
    printed_fees: dict[str, str] = {}
    if style.table:
        y, printed_fees = _fee_table(p2, y, deal, style)
    else:
        p2.text(64, y, "三、合同价款构成", 12)
        y = p2.paragraph(
            84,
            y + 24,
            "本合同为固定总价合同，合同价款包括设备材料、软件、实施、培训、运输、保险、税金等全部费用，"
            "甲方不再另行支付任何费用。",
            440,
        )
    p2.text(64, y + 8, "四、付款方式", 12)
    y += 32
    stages = (
        (Decimal("0.3"), "合同签订后10个工作日内，甲方支付合同总价的30%作为预付款"),
        (Decimal("0.6"), "设备到货并安装调试完成后，甲方支付合同总价的60%"),
        (Decimal("0.1"), "项目终验合格后，甲方支付剩余10%"),
    )
    for (share, text), pay_style in zip(stages, style.payment_styles, strict=True):
        amount = q2(deal.total * share)
        shown = (
            wan_short(amount)
            if pay_style == "wan_short" and amount % 100 == 0
            else figure(amount, pay_style if pay_style != "wan_short" else "yen_comma")
        )
        y = p2.paragraph(84, y, f"{text}，即{shown}（{capital(amount, end='正')}）。", 440)
    y = p2.paragraph(84, y + 4, "乙方在每次收款前向甲方开具等额合法有效的增值税发票。", 440)
    p2.text(64, y + 8, "五、履约期限及地点", 12)
    y = p2.paragraph(
        84,
        y + 32,
        f"合同签订之日起{rng.choice((60, 90, 120, 150))}日历天内完成全部建设内容并提请验收；"
        f"实施地点：{deal.location}。",
        440,
    )

    p3 = Sheet(doc)
    y = 72.0
    for head, body in (
        (
            "六、质量保证",
            f"乙方提供{rng.choice(('一', '两', '三'))}年免费质保及运维服务，质保期自终验合格之日起计算。",
        ),
        ("七、验收", "乙方完成全部内容后书面提请验收，甲方组织验收并出具验收报告。"),
        (
            "八、违约责任",
            f"乙方逾期交付的，每逾期一日按合同总价的{rng.choice(('0.5‰', '1‰', '0.3‰'))}支付违约金。",
        ),
        ("九、争议解决", f"协商不成的，提交{deal.client[:3]}人民法院诉讼解决。"),
        ("十、其他", "本合同一式陆份，甲方肆份，乙方贰份，自双方签字盖章之日起生效。"),
    ):
        p3.text(64, y, head, 12)
        y = p3.paragraph(84, y + 24, body, 440) + 4
    y += 30
    p3.text(64, y, "甲方（盖章）：", 10.5)
    p3.text(64, y + 22, deal.client, 10.5)
    p3.text(310, y, "乙方（盖章）：", 10.5)
    p3.text(310, y + 22, firm.name, 10.5)
    p3.text(64, y + 60, "法定代表人或授权代表（签字）：", 10)
    p3.text(310, y + 60, "法定代表人或授权代表（签字）：", 10)
    p3.signature(90, y + 92, person(rng), rng)
    p3.signature(336, y + 92, firm.legal_representative, rng)
    sign_text = upper_date(deal.signed_on) if rng.random() < 0.3 else cn_date(deal.signed_on)
    p3.text(64, y + 124, f"日期：{sign_text}", 10.5)
    p3.text(310, y + 124, f"日期：{sign_text}", 10.5)
    p3.seal(150, y + 40, deal.client, rng)
    p3.seal(400, y + 40, firm.name, rng, caption="合同专用章")
    p3.text(64, y + 170, f"签订地点：{deal.client[:3]}", 10.5)

    fields: dict[str, Any] = {
        "project_name": deal.name,
        "contract_number": deal.contract_number,
        "party_a": deal.client,
        "party_b": firm.name,
        "contract_amount": money(deal.total),
        "amount_in_words": words,
        "signed_on": deal.signed_on.isoformat(),
    }
    where = {
        "project_name": 0,
        "contract_number": 0,
        "party_a": 0,
        "party_b": 0,
        "contract_amount": 0,
        "amount_in_words": 0,
        "signed_on": 2,
    }
    if style.table:
        fields["fees"] = {k: money(v) for k, v in deal.fees.items()}
        where["fees"] = 1
    paper = Paper(
        "contract", [p1, p2, p3], fields, where, deal.id, {"contract_amount": fig, "amount_in_words": words}
    )
    paper.amounts.update({f"fees.{k}": v for k, v in printed_fees.items()})
    return paper


ACCEPT_AMOUNTS = ("none", "fixed", "grid", "wan_short", "yen_comma", "fullwidth", "rmb")


def acceptance(
    doc: pymupdf.Document, deal: Deal, firm: Firm, rng: random.Random, amount_style: str = "none"
) -> Paper:
    """One-page 验收报告: a ruled form with the 最终结算价 in its own spelling, the conclusion, members and seals."""
    s = Sheet(doc)
    title = rng.choice(("项目验收报告", "项目竣工验收报告", "项目终验报告"))
    s.centred(80, title, 18)
    rows = [
        ["项目名称", deal.name],
        ["建设单位", deal.client],
        ["承建单位", firm.name],
        ["合同编号", deal.contract_number],
        ["合同签订日期", cn_date(deal.signed_on)],
        ["验收日期", cn_date(deal.accepted_on)],
    ]
    y = s.table(60, 104, [110, 365], [["验收事项", "内容"], *rows], row_h=24, size=10)
    amount_text = ""
    if amount_style != "none":
        s.box(60, y, 170, y + 44)
        s.box(170, y, 535, y + 44)
        s.text(66, y + 26, "最终结算价", 10)
        if amount_style == "grid":
            s.text(176, y + 26, "人民币", 9)
            s.digit_grid(212, y + 6, grid_cells(deal.total))
            amount_text = "".join(grid_cells(deal.total))
        elif amount_style == "fixed":
            amount_text = fixed_capital(deal.total)
            s.text(176, y + 20, "人民币（大写）" + amount_text, 9.5)
            s.text(176, y + 37, f"（小写）{figure(deal.total, 'yen_comma')}", 9.5)
        else:
            amount_text = (
                wan_short(deal.total) if amount_style == "wan_short" else figure(deal.total, amount_style)
            )
            s.text(176, y + 26, amount_text, 10.5)
        y += 44
    opinion = (
        f"{deal.client}组织验收组于{cn_date(deal.accepted_on)}对{deal.name}进行了验收。验收组听取了承建单位的汇报，"
        "查验了设备到货、安装及系统运行情况，审查了竣工资料。系统运行稳定，功能及性能满足合同和设计要求，资料齐全。"
    )
    s.box(60, y, 535, y + 150)
    s.text(66, y + 20, "验收意见：", 10.5)
    yy = s.paragraph(76, y + 42, opinion, 450, 10)
    s.text(76, yy + 6, "验收结论：验收合格，同意通过验收。", 11)
    y += 150
    s.box(60, y, 535, y + 70)
    s.text(66, y + 20, "验收组成员（签字）：", 10.5)
    for i in range(3):
        s.signature(90 + i * 140, y + 56, person(rng), rng)
    y += 70
    s.text(80, y + 34, "建设单位（盖章）：", 10.5)
    s.text(330, y + 34, "承建单位（盖章）：", 10.5)
    s.seal(170, y + 78, deal.client, rng)
    s.seal(420, y + 78, firm.name, rng)
    s.text(80, y + 140, cn_date(deal.accepted_on), 10.5)
    s.text(330, y + 140, cn_date(deal.accepted_on), 10.5)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client,
        "party_b": firm.name,
        "accepted_on": deal.accepted_on.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    where = dict.fromkeys(fields, 0)
    paper = Paper("acceptance_report", [s], fields, where, deal.id)
    if amount_text:
        paper.amounts["settlement"] = amount_text
    return paper


def text_fits(text: str, size: float, width: float) -> bool:
    return text_width(text, size) <= width
