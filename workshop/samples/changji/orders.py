"""A framework agreement that fixes prices and terms, and the 订单 that carries the amount."""

from __future__ import annotations

import random

from jianzheng.models.document import DocType

from .deal import FEE_LABELS, Deal, cn_date, iso
from .filing import Paper
from .flow import Cell, Flow
from .numerals import capital, figures, money_text
from .signing import Signer, stamp, two_sides


def framework(deal: Deal, rng: random.Random, *, title: str, number: str) -> Paper:
    """框架协议: scope, unit-price principle, 以订单为准; no total amount."""
    a, b = deal.client, deal.supplier
    flow = Flow(footer="第 {n} 页")
    flow.title(title, 17, gap=8)
    flow.line(f"协议编号：{number}", 10, align="right")
    flow.pairs([("甲方：", a.name), ("乙方：", b.name)], 44, size=11)
    flow.para(
        f"为保障{deal.name}的顺利实施，甲乙双方本着平等互利的原则，就甲方在协议期内向乙方采购信息化建设及运维服务事宜达成如下框架协议。"
    )
    flow.line("第一条  协议范围", bold=True)
    flow.para(
        "乙方按甲方下达的订单提供软件开发、系统集成实施、设备供货及运维服务，具体内容、数量、金额及交付期限以双方签署的订单为准。"
    )
    flow.line("第二条  价格原则", bold=True)
    flow.para(
        "本协议项下各类服务执行附件一《服务单价表》，设备按订单签署时的市场价格协商确定；订单金额为含税价。"
    )
    flow.table(
        [2.5, 1.2, 1.6],
        [
            [Cell("服务类别", "center"), Cell("计价单位", "center"), Cell("单价（元）", "center")],
            ["软件开发（中级工程师）", Cell("人·天", "center"), Cell("1,600.00", "right")],
            ["集成实施（工程师）", Cell("人·天", "center"), Cell("1,200.00", "right")],
            ["驻场运维（工程师）", Cell("人·月", "center"), Cell("18,000.00", "right")],
        ],
        size=9.5,
        header_rows=1,
    )
    flow.line("第三条  协议期限", bold=True)
    flow.para(f"本协议有效期自{cn_date(deal.signed_on)}起三年。")
    flow.line("第四条  验收及付款", bold=True)
    flow.para("每一订单交付完成后由甲方组织验收，验收合格后三十日内支付该订单全部款项。")
    two_sides(
        flow,
        Signer("甲方（盖章）：", a),
        Signer("乙方（盖章）：", b),
        deal.signed_on,
        rng,
        hand_date=True,
        rep_label="法定代表人或委托代理人：",
    )
    fields: dict[str, object] = {
        "project_name": deal.name,
        "contract_number": number,
        "party_a": a.name,
        "party_b": b.name,
        "signed_on": iso(deal.signed_on),
    }
    return Paper(DocType.contract, flow.finish(), fields, deal.pid)


def order(deal: Deal, rng: random.Random, *, framework_no: str) -> Paper:
    """采购订单 under the framework: line items, total with 大写, both stamps."""
    a, b = deal.client, deal.supplier
    flow = Flow(margins=(56, 56, 56, 50))
    flow.title("采 购 订 单", 20, gap=8)
    flow.table(
        [1.2, 2.6, 1.1, 1.6],
        [
            ["订单编号", deal.number, "下单日期", cn_date(deal.signed_on)],
            ["框架协议", Cell(framework_no, span=3)],
            ["项目名称", Cell(deal.name, span=3)],
            ["采购方", Cell(a.name, span=3)],
            ["供货方", Cell(b.name, span=3)],
        ],
        size=10,
        pad=6,
    )
    flow.space(8)
    rows: list[list[Cell | str]] = [[Cell(t, "center") for t in ("序号", "名称", "数量", "金额（元）")]]
    for k, (key, value) in enumerate(deal.fees.items(), start=1):
        rows.append(
            [
                Cell(str(k), "center"),
                FEE_LABELS[key].removesuffix("费"),
                Cell("1项", "center"),
                Cell(figures(value), "right"),
            ]
        )
    words = capital(deal.amount)
    rows.append([Cell("合计", "center", span=3), Cell(figures(deal.amount), "right")])
    rows.append([Cell("合计金额（大写）", "center", span=2), Cell(words, span=2)])
    flow.table([0.6, 3.2, 1, 1.8], rows, size=10, header_rows=1)
    flow.space(6)
    flow.para("交付要求：订单签署后九十日内完成交付并通过甲方验收；其余条款按框架协议执行。", 10)
    top = flow.y + 20
    flow.place(stamp(a, flow.left + 110, top + 30, rng), stamp(b, flow.left + 360, top + 34, rng))
    flow.line("采购方确认（盖章）：", 10.5, x=flow.left)
    flow.space(50)
    flow.line(f"供货方确认（盖章）：            {cn_date(deal.signed_on)}", 10.5, x=flow.left + 250)
    fields: dict[str, object] = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": a.name,
        "party_b": b.name,
        "contract_amount": money_text(deal.amount),
        "amount_in_words": words,
        "signed_on": iso(deal.signed_on),
        "fees": deal.fee_fields(),
    }
    return Paper(DocType.contract, flow.finish(), fields, deal.pid)
