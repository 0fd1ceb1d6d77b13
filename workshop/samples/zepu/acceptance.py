"""项目验收单: a printed form filled in by pen at the site (dates, amount, opinion, ticks, signatures), then
signed, fingerprinted and stamped by both sides."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import pen, stamps
from .facts import Deal
from .numerals import date_cn, date_dots, figures, wan
from .papers import A4, seal_for
from .places import Firm
from .sheet import PEN_BLACK, PEN_BLUE, Sheet

PASS_OPINION = (
    "经验收组现场查验，设备数量、型号与合同清单一致，",
    "系统运行稳定，各项功能满足合同要求，资料齐全，",
    "同意通过验收。",
)
FAIL_OPINION = (
    "经现场查验，部分点位设备未安装到位，平台联网功能",
    "未实现，不满足合同要求。请承建单位限期整改后",
    "重新组织验收。",
)


@dataclass
class Form:
    """How the form was filled in."""

    names_by_hand: bool = False
    amount: Decimal | None = None
    amount_in_wan: bool = False
    failed: bool = False
    whiteout_date: bool = False
    second_client_seal: bool = False
    """The client stamps the 验收意见 box as well as its signature block (a fresh impression)."""
    fingerprints: bool = False
    sealed: bool = True
    date_dots: bool = False
    pen: tuple[float, float, float] = PEN_BLUE


@dataclass
class Places:
    """Where the client's seal landed and where a second one would go (for the clone plant)."""

    client_seal: tuple[float, float, float, float]
    opinion_seal_centre: tuple[float, float]


def _value(
    sheet: Sheet, x: float, y: float, text: str, form: Form, rng: random.Random, by_hand: bool
) -> None:
    if by_hand:
        pen.hand(sheet, x, y - 0.5, text, rng, size=4.4, colour=form.pen)
    else:
        sheet.text(x, y, text, 10.5)


def acceptance(
    firm: Firm, deal: Deal, form: Form, rng: random.Random, dpi: int, accepted_on: dt.date
) -> tuple[Sheet, Places]:
    """The filled-in form dated ``accepted_on``, and where its client seal is."""
    sheet = Sheet(*A4, dpi, tone=(0.995, 0.99, 0.975))
    sheet.text(105, 20, "项 目 验 收 单", 18, align="center", bold=True)
    sheet.text(190, 30, "编号：________", 9.5, align="right")
    left, label_w, total_w = 20.0, 32.0, 170.0
    value_x = left + label_w + 3
    rows = [12.0, 12.0, 12.0, 12.0, 12.0, 26.0, 44.0, 16.0, 18.0, 48.0]
    top = 36.0
    edges = [top]
    for h in rows:
        edges.append(edges[-1] + h)
    for y in edges:
        sheet.line(left, y, left + total_w, y)
    sheet.line(left, top, left, edges[-1])
    sheet.line(left + total_w, top, left + total_w, edges[-1])
    sheet.line(left + label_w, top, left + label_w, edges[-2])
    half = left + label_w + 53
    for r in (3, 4):
        sheet.line(half, edges[r], half, edges[r + 1])
        sheet.line(half + 32, edges[r], half + 32, edges[r + 1])
    sheet.line(left + total_w / 2, edges[-2], left + total_w / 2, edges[-1])
    labels = [
        "项目名称",
        "建设单位",
        "承建单位",
        "合同编号",
        "开工日期",
        "验收内容",
        "验收意见",
        "验收结论",
        "验收组成员",
    ]
    for i, label in enumerate(labels):
        sheet.text(left + label_w / 2, edges[i] + (rows[i] - 4.5) / 2, label, 10.5, align="center")
    sheet.text(half + 16, edges[3] + 3.7, "合同金额", 10.5, align="center")
    sheet.text(half + 16, edges[4] + 3.7, "验收日期", 10.5, align="center")

    name = deal.name
    if form.names_by_hand and len(name) > 28:
        _value(sheet, value_x, edges[0] + 1.2, name[:28], form, rng, True)
        _value(sheet, value_x, edges[0] + 6.6, name[28:], form, rng, True)
    else:
        _value(sheet, value_x, edges[0] + 3.5, name, form, rng, form.names_by_hand)
    _value(sheet, value_x, edges[1] + 3.5, deal.client.name, form, rng, form.names_by_hand)
    _value(sheet, value_x, edges[2] + 3.5, firm.name, form, rng, form.names_by_hand)
    _value(sheet, value_x, edges[3] + 3.5, deal.contract_number, form, rng, form.names_by_hand)
    if form.amount is not None:
        text = f"{wan(form.amount)}万元" if form.amount_in_wan else f"¥{figures(form.amount)}"
        pen.hand(sheet, half + 35, edges[3] + 3.2, text, rng, size=4.4, colour=form.pen)
    pen.hand(
        sheet,
        value_x,
        edges[4] + 3.2,
        date_dots(deal.started_on),
        rng,
        size=4.2,
        colour=form.pen,
        kind="note",
    )
    date_text = date_dots(accepted_on) if form.date_dots else date_cn(accepted_on)
    date_x, date_y = half + 35, edges[4] + 3.2
    if form.whiteout_date:
        wrong = accepted_on - dt.timedelta(days=rng.randint(3, 9))
        box = pen.hand(sheet, date_x, date_y, date_dots(wrong) if form.date_dots else date_cn(wrong), rng,
                       size=4.4, colour=form.pen)  # fmt: skip
        pen.white_out(sheet, box, rng)
    pen.hand(sheet, date_x, date_y, date_text, rng, size=4.4, colour=form.pen)

    content = (
        "按合同清单对设备数量、型号、安装位置及系统功能、性能、培训和技术资料逐项核验，并查看试运行记录。"
    )
    sheet.wrap(value_x, edges[5] + 4, content, 132, 10.5)
    opinion = FAIL_OPINION if form.failed else PASS_OPINION
    for i, line in enumerate(opinion):
        pen.hand(sheet, value_x, edges[6] + 4 + i * 8, line, rng, size=4.3, colour=form.pen)
    signer_box = pen.signature(sheet, value_x + 70, edges[6] + 30, deal.client_signer, rng, colour=form.pen)
    del signer_box
    opinion_seal = (value_x + 105, edges[6] + 24)

    y = edges[7] + 5
    options = (
        ("合格", not form.failed),
        ("不合格", form.failed),
        ("同意验收", not form.failed),
        ("不同意验收", form.failed),
    )
    x = value_x
    for text, chosen in options:
        sheet.rect(x, y, x + 4, y + 4, 0.3)
        box = sheet.text(x + 6, y - 0.3, text, 10.5)
        if chosen:
            pen.tick(sheet, x + 0.3, y + 0.5, rng, size=4.2, colour=form.pen)
        x = box[2] + (14 if text in ("不合格",) else 9)
    for i, member in enumerate(deal.members):
        pen.signature(
            sheet, value_x + i * 45, edges[8] + 5, member, rng, colour=PEN_BLACK if i % 2 else form.pen
        )

    block_top = edges[9]
    sides = ((left + 4, "建设单位（盖章）：", deal.client.name, deal.client_signer),
             (left + total_w / 2 + 4, "承建单位（盖章）：", firm.name, deal.firm_signer))  # fmt: skip
    client_seal = (0.0, 0.0, 0.0, 0.0)
    for x, label, owner, signer in sides:
        sheet.text(x, block_top + 4, label, 10.5)
        sheet.text(x, block_top + 22, "负责人（签字）：", 10.5)
        sig = pen.signature(sheet, x + 33, block_top + 19, signer, rng, colour=form.pen)
        if form.fingerprints:
            pen.fingerprint(sheet, sig[2] + 8, sig[1] + 3, rng)
        sheet.text(x, block_top + 36, "日期：", 10.5)
        pen.hand(sheet, x + 13, block_top + 35.5, date_text, rng, size=4.2, colour=form.pen)
        if form.sealed:
            is_client = owner == deal.client.name
            design = seal_for(owner, rng, dpi, centre="" if is_client else "合同专用章")
            box = stamps.stamp(sheet, x + 45 + rng.uniform(-5, 5), block_top + 18 + rng.uniform(-3, 3), design, rng,
                               owner=owner)  # fmt: skip
            if is_client:
                client_seal = box
                if form.second_client_seal:
                    stamps.stamp(sheet, *opinion_seal, design, rng, owner=owner)
    return sheet, Places(client_seal, opinion_seal)
