"""Contracts as Xinjiang buyers and suppliers sign them.

Four families, each written after the public model text it imitates: the 财政部 政府采购合同
(parties in a table), the 建设工程施工合同 GF-2017-0201 协议书 (发包人/承包人), the 科技部 技术合同
models (委托方/受托方, 研究开发经费 or 技术服务报酬), and a framework agreement with order contracts.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf

from . import ink
from .facts import Party
from .numerals import capital, cn_date, grouped, in_units, money, plain
from .page import Paper, Sheet

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件产品购置费",
    "other": "其他费用",
}


@dataclass
class Terms:
    """What one contract states; plants change these, never the world."""

    name: str
    number: str
    a: Party
    b: Party
    amount: Decimal
    signed_on: dt.date
    words_amount: Decimal | None = None
    """The amount the capital numerals say (None: same as ``amount``)."""
    amount_mode: str = "both"
    """both (words + figures), wan (only 万元 figures), words (only capital numerals), yi (words with 亿)."""
    itemise: dict[str, Decimal] = field(default_factory=dict)
    seal_a: bool = True
    seal_b: bool = True
    printed_date: bool = True
    """Whether the signing date is printed (otherwise only handwritten by the seals)."""
    category: str = "系统集成项目"
    pid: str | None = None


def _amount_text(t: Terms) -> tuple[str, dict]:
    """The amount clause and the truth it yields."""
    words_value = t.amount if t.words_amount is None else t.words_amount
    words = capital(words_value, "元" if t.amount_mode != "words" else "圆")
    if t.amount_mode == "wan":
        wan = in_units(t.amount, 10000)
        return f"合同总价为人民币{wan}万元（含税）。", {"contract_amount": money(wan * 10000)}
    if t.amount_mode == "words":
        return f"合同总价：人民币{words}（含税价）。", {
            "contract_amount": money(words_value),
            "amount_in_words": words,
        }
    return (
        f"合同总价款（含税）：人民币（大写）{words}（小写：¥{grouped(t.amount)}元）。",
        {"contract_amount": money(t.amount), "amount_in_words": words},
    )


def _fees_text(t: Terms) -> str:
    parts = [f"{FEE_LABELS[k]}{plain(v)}元" for k, v in t.itemise.items()]
    return "其中：" + "，".join(parts) + "。" if parts else ""


def _bank_block(s: Sheet, role: str, p: Party, rng: random.Random, x: float, top: float) -> None:
    """The party block under the signatures: name, address, bank, account, phone."""
    rows = [
        f"{role}（盖章）：",
        p.name,
        f"法定代表人或委托代理人：{'' if rng.random() < 0.5 else p.legal_rep}",
        f"地址：{p.address}",
        f"开户银行：{p.bank}",
        f"账号：{p.account}",
        f"电话：{p.phone}",
    ]
    y = top
    for row in rows:
        for piece in _split(row, 21):
            s.text(x, y, piece, 9.5)
            y += 15


def _split(text: str, n: int) -> list[str]:
    """Long names wrap over two lines, as in narrow signature columns."""
    return [text[i : i + n] for i in range(0, len(text), n)] or [""]


def _signature_page(s: Sheet, t: Terms, rng: random.Random, roles: tuple[str, str]) -> None:
    top = max(s.y + 20, 520.0)
    mid = (s.left + s.right) / 2 + 10
    _bank_block(s, roles[0], t.a, rng, s.left, top)
    _bank_block(s, roles[1], t.b, rng, mid, top)
    for seal_on, x, party, kind in ((t.seal_a, s.left, t.a, ""), (t.seal_b, mid, t.b, "合同专用章")):
        if seal_on:
            box = pymupdf.Rect(x + 30, top - 10, x + 145, top + 105)
            s.image(
                box,
                ink.seal(party.name, rng, kind, oval=rng.random() < 0.15),
                mark="seal_" + ("a" if x == s.left else "b"),
            )
        s.image(pymupdf.Rect(x + 110, top + 16, x + 200, top + 48), ink.signature(rng))
        when = t.signed_on + dt.timedelta(days=rng.choice([0, 0, 0, 1]) if x != s.left else 0)
        hand = rng.choice(
            [cn_date(when), cn_date(when, "dot"), f"{when.year}.{when.month:02d}.{when.day:02d}"]
        )
        s.image(
            pymupdf.Rect(x + 40, top + 122, x + 40 + 8.5 * len(hand), top + 146), ink.handwriting(hand, rng)
        )


def _truth(t: Terms, amount_truth: dict) -> dict:
    out = {
        "project_name": t.name,
        "contract_number": t.number,
        "party_a": t.a.name,
        "party_b": t.b.name,
        **amount_truth,
        "signed_on": t.signed_on.isoformat(),
    }
    if t.itemise:
        out["fees"] = {k: money(v) for k, v in t.itemise.items()}
    return out


def government(t: Terms, rng: random.Random) -> Paper:
    """政府采购合同 after the 财政部 standard text: cover, parties table, clauses, signatures."""
    doc = pymupdf.open()
    s1 = Sheet.new(doc)
    s1.y = 150
    s1.center("政府采购合同", 26, gap=3)
    s1.center(f"（{t.category.replace('项目', '')}类）", 14, bold=False, gap=4)
    s1.table(
        [120, 347],
        [
            ["合同编号", t.number],
            ["项目名称", t.name],
            ["项目类别", t.category],
            ["采购方式", rng.choice(["公开招标", "竞争性磋商", "竞争性谈判", "单一来源采购"])],
        ],
        size=11,
        marks={(0, 1): "number", (1, 1): "name"},
        min_h=30,
    )
    s1.y += 40
    s1.table(
        [120, 347],
        [
            ["采购人（甲方）", t.a.name],
            ["供应商（乙方）", t.b.name],
            ["签订地点", t.a.address[:12]],
            ["签订时间", cn_date(t.signed_on, "cn0") if t.printed_date else "    年   月   日"],
        ],
        size=11,
        marks={(0, 1): "party_a", (1, 1): "party_b", (3, 1): "signed_on"},
        min_h=30,
    )
    s2 = Sheet.new(doc)
    s2.center("第一部分  合同协议书", 14)
    s2.para(f"采购人（以下简称甲方）：{t.a.name}", indent=False)
    s2.para(f"供应商（以下简称乙方）：{t.b.name}", indent=False)
    s2.para(
        "根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目采购文件、乙方的响应文件，"
        "甲、乙双方本着平等自愿、诚实信用的原则，就下述项目达成一致，签订本合同。"
    )
    s2.para(f"一、项目名称：{t.name}", indent=False, mark="name")
    text, amount_truth = _amount_text(t)
    s2.para("二、合同金额：" + text + _fees_text(t), indent=False, mark="amount")
    s2.para(
        "三、履约期限：合同签订之日起" + rng.choice(["90", "120", "180"]) + "日历天内完成全部实施内容，"
        "并配合甲方完成验收。",
        indent=False,
    )
    s2.para(
        "四、付款方式：合同签订后支付合同总价的30%，项目初验合格后支付至60%，终验合格后支付至95%，"
        "余款5%作为质量保证金，质保期满无质量问题后无息支付。",
        indent=False,
    )
    s2.para("五、质量保证期：自终验合格之日起" + rng.choice(["一年", "二年", "三年"]) + "。", indent=False)
    s2.para(
        "六、合同组成：本协议书、中标（成交）通知书、采购文件、响应文件及合同附件为本合同的组成部分。"
        "本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力，自双方盖章之日起生效。",
        indent=False,
    )
    _signature_page(s2, t, rng, ("甲方", "乙方"))
    return Paper.of("contract", doc, [s1, s2], _truth(t, amount_truth), t.pid)


def construction(t: Terms, rng: random.Random) -> Paper:
    """GF-2017-0201 第一部分 合同协议书: 发包人 / 承包人, 签约合同价 in figures and capitals."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    s.text(s.right - 90, 40, "GF—2017—0201", 9)
    s.center("第一部分  合同协议书", 16, gap=2.4)
    s.para(f"发包人（全称）：{t.a.name}", indent=False, mark="party_a")
    s.para(f"承包人（全称）：{t.b.name}", indent=False, mark="party_b")
    s.para(
        "根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，"
        "双方就下述工程施工及有关事项协商一致，共同达成如下协议："
    )
    s.para("一、工程概况", indent=False)
    s.para(f"1．工程名称：{t.name}。", mark="name")
    s.para(f"2．工程地点：{t.a.address[:10]}。")
    s.para(f"3．工程类别：{rng.choice(['智能化工程', '电子与智能化工程', '建筑智能化'])}（{t.category}）。")
    s.para("二、合同工期", indent=False)
    s.para(
        f"计划开工日期：{cn_date(t.signed_on + dt.timedelta(days=7))}；工期总日历天数：{rng.choice([60, 90, 120])}天。"
    )
    s.para("三、签约合同价与合同价格形式", indent=False)
    _text, amount_truth = _amount_text(t)
    if t.amount_mode == "wan":
        s.para(f"1．签约合同价为：人民币{in_units(t.amount, 10000)}万元。", mark="amount")
    elif t.amount_mode == "words":
        s.para(f"1．签约合同价为：人民币（大写）{amount_truth['amount_in_words']}；", mark="amount")
    else:
        words = amount_truth.get("amount_in_words", "")
        s.para(f"1．签约合同价为：人民币（大写）{words}（¥{grouped(t.amount)}元）；", mark="amount")
    if t.itemise:
        s.para(_fees_text(t))
    s.para("2．合同价格形式：固定总价合同。")
    s2 = Sheet.new(doc)
    s2.para("四、词语含义", indent=False)
    s2.para("本协议书中词语含义与第二部分通用合同条款中赋予的含义相同。")
    s2.para("五、签订时间", indent=False)
    s2.para(
        f"本合同于{cn_date(t.signed_on) if t.printed_date else '    年   月   日'}签订。", mark="signed_on"
    )
    s2.para(f"六、合同编号：{t.number}", indent=False, mark="number")
    s2.para(
        "七、合同生效：本合同自双方签字盖章之日起生效。本合同一式捌份，均具有同等法律效力，发包人执肆份，承包人执肆份。",
        indent=False,
    )
    _signature_page(s2, t, rng, ("发包人", "承包人"))
    return Paper.of("contract", doc, [s, s2], _truth(t, amount_truth), t.pid)


def technology(t: Terms, rng: random.Random, model: str = "技术开发") -> Paper:
    """科技部 技术合同 model: cover with 委托方/受托方, then the payment clause."""
    doc = pymupdf.open()
    s1 = Sheet.new(doc)
    s1.text(s1.right - 150, 60, f"合同登记编号：{t.number}", 10, mark="number")
    s1.y = 200
    s1.center(f"{model}（委托）合同" if model == "技术开发" else f"{model}合同", 24, gap=3)
    s1.left = 110
    for label, value, key in (
        ("项目名称：", t.name, "name"),
        ("委托方（甲方）：", t.a.name, "party_a"),
        ("受托方（乙方）：", t.b.name, "party_b"),
        ("签订时间：", cn_date(t.signed_on) if t.printed_date else "", "signed_on"),
        ("签订地点：", "新疆乌鲁木齐", ""),
        ("有效期限：", f"{t.signed_on.year}年至{t.signed_on.year + 1}年", ""),
    ):
        s1.text(s1.left, s1.y, label, 13)
        for n, piece in enumerate(_split(value, 20)):
            s1.text(s1.left + 115, s1.y + n * 20, piece, 13, mark=key or None)
        s1.y += 20 * len(_split(value, 20)) + 14
    s1.y = 720
    s1.center("中华人民共和国科学技术部印制", 12, bold=False)
    s2 = Sheet.new(doc)
    s2.para(
        f"依据《中华人民共和国民法典》的规定，合同双方就{t.name}项目的{model.replace('技术', '技术')}，"
        "经协商一致，签订本合同。"
    )
    s2.para(
        "一、标的技术的内容、范围及要求：按照甲方提出的需求完成系统设计、开发、部署及培训。", indent=False
    )
    s2.para(
        "二、履行期限、地点和方式：本合同自签订之日起至项目验收合格之日止，在甲方所在地履行。", indent=False
    )
    pay = "研究开发经费" if model == "技术开发" else "技术服务报酬" if model == "技术服务" else "技术咨询报酬"
    text, amount_truth = _amount_text(t)
    s2.para(
        f"三、{pay}及其支付方式：本项目{pay}总额为"
        + text.split("：", 1)[-1].replace("合同总价为", "")
        + _fees_text(t),
        indent=False,
        mark="amount",
    )
    s2.para(
        "四、验收标准和方法：按甲方需求说明书及国家相关标准，由甲方组织验收并出具书面验收意见。", indent=False
    )
    _signature_page(s2, t, rng, ("委托方", "受托方"))
    return Paper.of("contract", doc, [s1, s2], _truth(t, amount_truth), t.pid)


def framework(t: Terms, rng: random.Random) -> Paper:
    """A framework agreement: 甲方 named only in the title, no total, terms of later orders."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    title = f"{t.a.name}与{t.b.name}{t.name}框架协议"
    for piece in _split(title, 24):
        s.center(piece, 15, gap=1.6)
    s.y += 10
    s.line(f"协议编号：{t.number}", 10.5, x=s.right - 170, mark="number")
    s.para(
        "为保障甲方信息化建设及运行维护工作的持续开展，双方经友好协商，就下列服务的框架合作事宜达成如下协议，"
        "具体服务内容、数量及价款以甲方逐次下达并经双方盖章确认的订单合同为准。"
    )
    s.para("一、合作期限：自本协议签订之日起壹年。", indent=False)
    s.para("二、服务单价：按附件《服务单价表》执行，合作期内单价不作调整。", indent=False)
    s.para("三、结算方式：按订单分别结算，乙方凭订单验收单及发票申请付款。", indent=False)
    s.para(
        f"四、本协议于{cn_date(t.signed_on)}签订，一式肆份，双方各执贰份。", indent=False, mark="signed_on"
    )
    _signature_page(s, t, rng, ("甲方", "乙方"))
    fields = {
        "project_name": t.name,
        "contract_number": t.number,
        "party_a": t.a.name,
        "party_b": t.b.name,
        "signed_on": t.signed_on.isoformat(),
    }
    return Paper.of("contract", doc, [s], fields, t.pid)


def order(t: Terms, rng: random.Random, frame_number: str) -> Paper:
    """An order contract under a framework agreement: one page, the amount in a goods table."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    s.center("订 单 合 同", 18, gap=2.2)
    s.table(
        [110, 357],
        [
            ["订单编号", t.number],
            ["依据协议", frame_number],
            ["项目名称", t.name],
            ["甲方（采购方）", t.a.name],
            ["乙方（供应方）", t.b.name],
        ],
        marks={(0, 1): "number", (2, 1): "name", (3, 1): "party_a", (4, 1): "party_b"},
    )
    items = list(t.itemise.items()) or [("other", t.amount)]
    rows = [["序号", "服务内容", "金额（元）"]]
    for n, (k, v) in enumerate(items, 1):
        rows.append([str(n), FEE_LABELS[k], grouped(v)])
    _text, amount_truth = _amount_text(t)
    rows.append(["合计", amount_truth.get("amount_in_words", ""), grouped(t.amount)])
    s.table([50, 297, 120], rows, marks={(len(rows) - 1, 2): "amount"})
    s.para(f"订单签订日期：{cn_date(t.signed_on)}", indent=False, mark="signed_on")
    _signature_page(s, t, rng, ("甲方", "乙方"))
    return Paper.of("contract", doc, [s], _truth(t, amount_truth), t.pid)
