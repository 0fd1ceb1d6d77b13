"""The contract papers of this family: contract key pages, 补充协议, 框架协议, 采购订单, 合同变更确认单, 工程签证单.

Each function draws its sheets and returns a ``Paper`` whose ``fields`` are the truth fields (CONTRACT 2.2) as the
page visibly shows them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import ink
from .model import FEE_LABELS, Item, Paper, fees_of, total_of
from .numerals import capital, date_cn, figures, yuan_str
from .sheet import Sheet, balanced, text_width
from .world import Firm

LEFT = 70.0
RIGHT = 525.0
WIDTH = RIGHT - LEFT


@dataclass(frozen=True)
class Client:
    name: str
    address: str
    contact: str
    phone: str
    code: str


@dataclass(frozen=True)
class Signing:
    """Who signs for each side and when."""

    client_signer: str
    firm_signer: str
    day: dt.date


def firm_seal(rng: random.Random, firm: Firm, contract: bool = True) -> ink.Image.Image:
    number = firm.place.code + "".join(rng.choice("0123456789") for _ in range(7))
    return ink.round_seal(
        rng,
        firm.name,
        "合同专用章" if contract else "",
        number if contract else "",
        diameter_mm=40 if contract else 42,
        angle=rng.uniform(-25, 25),
        load=rng.uniform(0.72, 0.95),
        wear=rng.uniform(0.2, 0.5),
    )


def client_seal(rng: random.Random, client: Client) -> ink.Image.Image:
    return ink.round_seal(
        rng,
        client.name,
        "",
        "",
        diameter_mm=42,
        angle=rng.uniform(-25, 25),
        load=rng.uniform(0.7, 0.95),
        wear=rng.uniform(0.2, 0.5),
    )


def _article(sheet: Sheet, y: float, heading: str, lines: list[str], size: float = 10.5) -> float:
    sheet.text(LEFT, y, heading, size + 0.5, bold=True)
    y += size * 2.0
    for line in lines:
        y = sheet.para(LEFT, y, WIDTH, line, size)
    return y + 4


def _amount_line(prefix: str, amount: Decimal) -> str:
    return f"{prefix}人民币（大写）{capital(amount)}（小写：¥{figures(amount)}）"


def _sign_block(
    sheet: Sheet,
    y: float,
    client: Client,
    firm: Firm,
    signing: Signing,
    rng: random.Random,
    client_label: str = "甲方",
    firm_label: str = "乙方",
    seals: bool = True,
    firm_contract_seal: bool = True,
) -> float:
    """Two columns, 甲方 left and 乙方 right, each sealed and signed, the date under each."""
    col = (LEFT, LEFT + WIDTH / 2 + 10)
    size = 10.5
    rows = [
        (f"{client_label}（盖章）：{client.name}", f"{firm_label}（盖章）：{firm.name}"),
        ("法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："),
        (f"地址：{client.address}", f"地址：{firm.address}"),
        (f"联系电话：{client.phone}", f"联系电话：{firm.phone}"),
        ("", f"开户银行：{firm.bank}"),
        ("", f"账号：{firm.account}"),
        (f"日期：{date_cn(signing.day)}", f"日期：{date_cn(signing.day)}"),
    ]
    top = y
    half = WIDTH / 2 - 14
    sign_row = y
    for k, (left_text, right_text) in enumerate(rows):
        if k == 1:
            sign_row = y
        heights = []
        for x, text in zip(col, (left_text, right_text), strict=True):
            yy = y
            for line in _wrap_lines(text, half, size):
                sheet.text(x, yy, line, size)
                yy += size * 1.6
            heights.append(yy - y)
        y += max(max(heights), size * 1.6) + 6
        if k == 1:
            y += 14
    label_w = text_width("法定代表人或授权代表（签字）：", size)
    sheet.hand(col[0] + label_w - 6, sign_row + 14, signing.client_signer)
    sheet.hand(col[1] + label_w - 6, sign_row + 14, signing.firm_signer)
    if seals:
        sheet.seal(
            col[0] + 95 + rng.uniform(-15, 15),
            top + 30 + rng.uniform(-8, 10),
            client_seal(rng, client),
            client.name,
        )
        sheet.seal(
            col[1] + 110 + rng.uniform(-15, 15),
            top + 30 + rng.uniform(-8, 10),
            firm_seal(rng, firm, firm_contract_seal),
            firm.name,
        )
    return y


def _wrap_lines(text: str, width: float, size: float) -> list[str]:
    from .sheet import wrap

    return wrap(text, width, size) if text else []


# ---------------------------------------------------------------- contract key pages


def contract(
    rng: random.Random,
    *,
    firm: Firm,
    client: Client,
    project: str,
    number: str,
    items: list[Item],
    signing: Signing,
    location: str,
    fee_table: bool = False,
    service: tuple[dt.date, dt.date] | None = None,
    renewal_of: str | None = None,
    style: str = "合同书",
) -> Paper:
    """A contract's three key pages: parties and price (with the fee table), terms, signature page."""
    amount = total_of(items)
    s1 = Sheet(rng)
    s1.right(RIGHT, 52, f"合同编号：{number}", 10)
    y = 92.0
    for line in balanced(project, WIDTH - 40, 16):
        s1.center(y, line, 16, bold=True)
        y += 24
    s1.spaced(y + 4, style, 20, 10)
    y += 48
    a_label, b_label = (
        ("甲方（采购人）", "乙方（供应商）") if style != "服务合同" else ("甲方（委托方）", "乙方（服务方）")
    )
    for label, name, address in ((a_label, client.name, client.address), (b_label, firm.name, firm.address)):
        s1.text(LEFT, y, f"{label}：{name}", 11)
        y += 19
        s1.text(LEFT + 24, y, f"地址：{address}", 10)
        y += 22
    intro = (
        f"根据《中华人民共和国民法典》及相关法律法规的规定，甲乙双方本着平等自愿、诚实信用的原则，经友好协商，就"
        f"{project}（以下简称“本项目”）有关事宜达成如下条款，共同遵守。"
    )
    y = s1.para(LEFT, y + 6, WIDTH, intro) + 6
    if service:
        content = "；".join(f"{i.name}" for i in items[:1]) or "信息系统运行维护"
        scope = [
            f"1. 服务名称：{project}。",
            f"2. 服务地点：{location}。",
            f"3. 服务内容：{content}，包括服务器、网络及安全设备、应用系统的日常巡检、故障处理、"
            "数据备份与恢复、系统升级和重大活动保障，7×24小时响应。",
        ]
        if renewal_of:
            scope.append(f"4. 本合同为双方{renewal_of}的续签合同，服务内容与上一年度一致。")
    else:
        content = "、".join(f"{i.name}" for i in items)
        scope = [
            f"1. 项目名称：{project}。",
            f"2. 建设地点：{location}。",
            f"3. 建设内容：{content}等的供货、安装、调试、培训及售后服务。",
        ]
    y = _article(s1, y, "第一条  项目概况" if not service else "第一条  服务内容", scope)
    price = [
        _amount_line("1. 本合同总价为" if not service else "1. 本合同年度服务费总额为", amount) + "。",
        "2. 合同价款为含税价，包括货物、运输、安装、调试、培训、技术服务及税费等完成本项目所需的全部费用。",
    ]
    if fee_table:
        price.append("3. 合同价款构成如下（单位：元）：")
    y = _article(s1, y, "第二条  合同价款", price)
    fields_fees: dict[str, str] | None = None
    if fee_table:
        fees = fees_of(items)
        rows = [["序号", "费用名称", "金额（元）"]]
        for k, (key, value) in enumerate(fees.items(), start=1):
            rows.append([str(k), FEE_LABELS[key], figures(value)])
        rows.append(["", "合计", figures(amount)])
        y = s1.table(
            LEFT + 40, y, [50, 200, 140], rows, 10, 20, align=["c", "l", "r"], bold_rows=(0, len(rows) - 1)
        )
        fields_fees = {key: yuan_str(value) for key, value in fees.items()}
    s1.center(805, "第 1 页 共 3 页", 9)

    s2 = Sheet(rng)
    if service:
        period = f"服务期限：自{date_cn(service[0])}起至{date_cn(service[1])}止，共十二个月。"
        y = _article(s2, 60, "第三条  服务期限", [period])
        pay = [
            "1. 合同签订后十五个工作日内，甲方支付年度服务费的40%；",
            "2. 服务期满六个月且考核合格后，支付年度服务费的30%；",
            "3. 服务期满经甲方年度验收合格后，支付剩余30%。",
        ]
        accept = ["服务期满前十五日内，乙方提交年度运维服务报告，甲方组织年度验收并出具验收意见。"]
    else:
        days = rng.choice((60, 90, 120, 150))
        y = _article(
            s2,
            60,
            "第三条  工期",
            [f"乙方应自合同签订之日起{days}个日历天内完成全部供货、安装和调试，并具备验收条件。"],
        )
        pay = [
            "1. 合同签订后十个工作日内，甲方支付合同总价的30%作为预付款；",
            "2. 设备到货并安装调试完成后，支付合同总价的40%；",
            "3. 项目终验合格后，支付至合同总价的95%，余款5%作为质量保证金，质保期满无质量问题后一次付清。",
        ]
        accept = [
            "1. 乙方完成全部工作并自检合格后，书面通知甲方组织验收。",
            "2. 甲方在接到通知后十五个工作日内组织验收，验收合格的签署验收报告。",
            "3. 验收不合格的，乙方应在甲方规定的期限内整改并重新申请验收。",
        ]
    y = _article(s2, y, "第四条  付款方式", pay)
    y = _article(s2, y, "第五条  验收", accept)
    y = _article(
        s2,
        y,
        "第六条  质量保证",
        ["乙方保证所供货物为全新、未使用过的合格产品，提供原厂质保，质保期自验收合格之日起不少于三年。"],
    )
    y = _article(
        s2,
        y,
        "第七条  违约责任",
        [
            "1. 乙方逾期完成的，每逾期一日按合同总价的千分之一向甲方支付违约金。",
            "2. 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。",
        ],
    )
    y = _article(
        s2,
        y,
        "第八条  争议解决",
        [f"因本合同引起的争议，双方协商解决；协商不成的，向{client.name[:3]}所在地人民法院提起诉讼。"],
    )
    _article(
        s2,
        y,
        "第九条  其他",
        [
            "1. 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。",
            "2. 本合同一式陆份，甲方肆份，乙方贰份，自双方签字盖章之日起生效。",
        ],
    )
    s2.center(805, "第 2 页 共 3 页", 9)

    s3 = Sheet(rng)
    s3.text(LEFT, 70, "（以下无正文，为本合同签字盖章页）", 10.5)
    y = _sign_block(s3, 110, client, firm, signing, rng)
    s3.text(LEFT, y + 20, f"签订地点：{location}", 10.5)
    s3.center(805, "第 3 页 共 3 页", 9)

    fields: dict[str, object] = {
        "project_name": project,
        "contract_number": number,
        "party_a": client.name,
        "party_b": firm.name,
        "contract_amount": yuan_str(amount),
        "amount_in_words": capital(amount),
        "signed_on": signing.day.isoformat(),
        "has_seal": True,
    }
    if fields_fees:
        fields["fees"] = fields_fees
    return Paper(
        "contract",
        [s1, s2, s3],
        fields,
        "contract",
        facts={"number": number, "amount": yuan_str(amount), "signed_on": signing.day.isoformat()},
    )


# ---------------------------------------------------------------- 补充协议


def supplement(
    rng: random.Random,
    *,
    firm: Firm,
    client: Client,
    project: str,
    base_number: str,
    base_signed: dt.date,
    base_amount: Decimal,
    number: str,
    changes: list[Item],
    reduce: bool,
    reason: str,
    signing: Signing,
) -> Paper:
    """A one-page 补充协议: what changes, the price before, the change and the price after, both seals."""
    delta = total_of(changes)
    new_total = base_amount - delta if reduce else base_amount + delta
    s = Sheet(rng)
    s.right(RIGHT, 52, f"协议编号：{number}", 10)
    y = 80.0
    for line in balanced(f"《{project}合同》", WIDTH - 30, 15):
        s.center(y, line, 15, bold=True)
        y += 22
    s.spaced(y + 2, "补充协议", 19, 8)
    y += 42
    s.text(LEFT, y, f"甲方：{client.name}", 11)
    s.text(LEFT, y + 19, f"乙方：{firm.name}", 11)
    s.text(LEFT, y + 38, f"原合同编号：{base_number}", 10.5)
    y += 62
    recital = (
        f"鉴于甲乙双方于{date_cn(base_signed)}签订了《{project}合同》（合同编号：{base_number}，以下简称“原合同”），"
        f"原合同总价为人民币{figures(base_amount)}元。现因{reason}，经双方友好协商，根据原合同第九条的约定，"
        "就原合同价款调整事宜达成如下补充协议："
    )
    y = s.para(LEFT, y, WIDTH, recital) + 4
    s.text(LEFT, y, "一、变更内容", 11.5, bold=True)
    y += 21
    word = "核减" if reduce else "增加"
    rows = [["序号", f"{word}内容", "单位", "数量", "单价（元）", "金额（元）"]]
    for k, item in enumerate(changes, start=1):
        rows.append([str(k), item.name, item.unit, str(item.qty), figures(item.price), figures(item.amount)])
    rows.append(["", "小计", "", "", "", figures(delta)])
    y = (
        s.table(
            LEFT,
            y,
            [34, 170, 44, 44, 78, 85],
            rows,
            9.5,
            19,
            align=["c", "l", "c", "c", "r", "r"],
            bold_rows=(0, len(rows) - 1),
        )
        + 10
    )
    s.text(LEFT, y, "二、合同价款调整", 11.5, bold=True)
    y += 21
    y = s.para(
        LEFT, y, WIDTH, f"本次{word}合同价款人民币（大写）{capital(delta)}（小写：¥{figures(delta)}）。"
    )
    y = s.para(LEFT, y, WIDTH, _amount_line("调整后合同总价为", new_total) + "。") + 4
    s.text(LEFT, y, "三、其他约定", 11.5, bold=True)
    y += 21
    for line in (
        "1. 调整后的合同价款按原合同约定的付款方式和比例支付。",
        "2. 本补充协议是原合同不可分割的组成部分，与原合同具有同等法律效力；本补充协议未约定的事项，仍按原合同执行。",
        "3. 本补充协议一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。",
    ):
        y = s.para(LEFT, y, WIDTH, line)
    _compact_sign(s, max(y + 16, 600), client, firm, signing, rng)
    fields: dict[str, object] = {
        "project_name": project,
        "contract_number": number,
        "party_a": client.name,
        "party_b": firm.name,
        "contract_amount": yuan_str(new_total),
        "amount_in_words": capital(new_total),
        "signed_on": signing.day.isoformat(),
        "has_seal": True,
    }
    facts = {
        "base_number": base_number,
        "base_amount": yuan_str(base_amount),
        "delta": yuan_str(delta),
        "reduce": reduce,
        "new_total": yuan_str(new_total),
        "number": number,
        "signed_on": signing.day.isoformat(),
    }
    return Paper("contract", [s], fields, "supplement", facts=facts)


def _compact_sign(
    s: Sheet,
    y: float,
    client: Client,
    firm: Firm,
    signing: Signing,
    rng: random.Random,
    labels: tuple[str, str] = ("甲方（盖章）", "乙方（盖章）"),
) -> float:
    col = (LEFT, LEFT + WIDTH / 2 + 10)
    s.text(col[0], y, labels[0] + "：", 11)
    s.text(col[1], y, labels[1] + "：", 11)
    s.text(col[0], y + 46, "授权代表（签字）：", 10.5)
    s.text(col[1], y + 46, "授权代表（签字）：", 10.5)
    s.hand(col[0] + 95, y + 46, signing.client_signer)
    s.hand(col[1] + 95, y + 46, signing.firm_signer)
    s.text(col[0], y + 80, f"日期：{date_cn(signing.day)}", 10.5)
    s.text(col[1], y + 80, f"日期：{date_cn(signing.day)}", 10.5)
    s.seal(
        col[0] + 90 + rng.uniform(-10, 10), y + 30 + rng.uniform(-6, 6), client_seal(rng, client), client.name
    )
    s.seal(col[1] + 95 + rng.uniform(-10, 10), y + 30 + rng.uniform(-6, 6), firm_seal(rng, firm), firm.name)
    return y + 110


# ---------------------------------------------------------------- 框架协议 and 采购订单


def framework(
    rng: random.Random,
    *,
    firm: Firm,
    client: Client,
    title: str,
    number: str,
    catalogue: list[Item],
    ceiling: Decimal,
    period: tuple[dt.date, dt.date],
    signing: Signing,
) -> Paper:
    """A unit-price framework agreement: a price list, a term and a ceiling (不超过…), no contract price."""
    s1 = Sheet(rng)
    s1.right(RIGHT, 52, f"协议编号：{number}", 10)
    y = 88.0
    for line in balanced(title, WIDTH - 30, 16):
        s1.center(y, line, 16, bold=True)
        y += 24
    y += 14
    s1.text(LEFT, y, f"甲方（采购人）：{client.name}", 11)
    s1.text(LEFT, y + 20, f"乙方（供应商）：{firm.name}", 11)
    y += 50
    y = (
        s1.para(
            LEFT,
            y,
            WIDTH,
            f"为保障{client.name}{period[0].year}年度日常采购需求，提高采购效率，甲乙双方经友好协商，"
            "就下列货物及服务的框架采购事宜达成如下协议：",
        )
        + 4
    )
    s1.text(LEFT, y, "第一条  采购标的及单价", 11.5, bold=True)
    y += 21
    rows = [["序号", "货物/服务名称", "单位", "单价（元，含税）"]]
    for k, item in enumerate(catalogue, start=1):
        rows.append([str(k), item.name, item.unit, figures(item.price)])
    y = s1.table(LEFT, y, [40, 230, 60, 125], rows, 10, 20, align=["c", "l", "c", "r"]) + 10
    y = _article(
        s1, y, "第二条  协议期限", [f"本协议有效期自{date_cn(period[0])}起至{date_cn(period[1])}止。"]
    )
    _article(
        s1,
        y,
        "第三条  采购数量及金额",
        [
            "1. 本协议为单价框架协议，不约定采购数量和合同总价。协议有效期内，甲方根据实际需要分批向乙方发出采购订单，"
            "按订单所列数量和本协议单价结算。",
            f"2. 协议有效期内采购总金额不超过人民币（大写）{capital(ceiling)}（小写：¥{figures(ceiling)}），"
            "以实际订单结算金额为准，甲方不承诺采购总量。",
        ],
    )
    s1.center(805, "第 1 页 共 2 页", 9)
    s2 = Sheet(rng)
    y = _article(
        s2,
        60,
        "第四条  订单",
        [
            "1. 采购订单应载明货物名称、数量、单价、金额、交货地点和交货期限，经双方签字盖章后生效。",
            "2. 采购订单是本协议的组成部分，与本协议具有同等法律效力。",
        ],
    )
    y = _article(
        s2, y, "第五条  交付与验收", ["乙方按订单约定的时间和地点交货并完成安装调试，甲方按批次组织验收。"]
    )
    y = _article(
        s2,
        y,
        "第六条  付款",
        ["每批订单验收合格后三十日内，甲方按该批订单金额的95%支付，余款在质保期满后付清。"],
    )
    y = _article(s2, y, "第七条  其他", ["本协议一式肆份，双方各执贰份，自双方签字盖章之日起生效。"])
    _compact_sign(s2, y + 30, client, firm, signing, rng)
    s2.center(805, "第 2 页 共 2 页", 9)
    fields: dict[str, object] = {
        "project_name": title,
        "contract_number": number,
        "party_a": client.name,
        "party_b": firm.name,
        "signed_on": signing.day.isoformat(),
        "has_seal": True,
    }
    return Paper(
        "contract",
        [s1, s2],
        fields,
        "framework",
        facts={"number": number, "ceiling": yuan_str(ceiling), "signed_on": signing.day.isoformat()},
    )


def order(
    rng: random.Random,
    *,
    firm: Firm,
    client: Client,
    title: str,
    number: str,
    framework_number: str,
    items: list[Item],
    delivery: str,
    signing: Signing,
) -> Paper:
    """One 采购订单 under a framework agreement: items × unit prices, the total in words and figures, two seals."""
    amount = total_of(items)
    s = Sheet(rng)
    s.spaced(62, "采购订单", 20, 10)
    y = 104.0
    info = [
        ["订单编号", number, "下单日期", date_cn(signing.day)],
        ["依据协议", f"{framework_number}", "交货期限", "下单后30日内"],
        ["采购单位（甲方）", client.name, "联系人", client.contact],
        ["供应商（乙方）", firm.name, "联系电话", firm.phone],
        ["项目名称", title, "", ""],
    ]
    y = s.table(LEFT, y, [92, 165, 70, 128], info, 9.5, 21, bold_rows=(), spans={(4, 1): 3}) + 12
    rows = [["序号", "货物/服务名称", "单位", "数量", "单价（元）", "金额（元）"]]
    for k, item in enumerate(items, start=1):
        rows.append([str(k), item.name, item.unit, str(item.qty), figures(item.price), figures(item.amount)])
    rows.append(["", "合计", "", "", "", figures(amount)])
    y = (
        s.table(
            LEFT,
            y,
            [34, 176, 44, 44, 76, 81],
            rows,
            9.5,
            20,
            align=["c", "l", "c", "c", "r", "r"],
            bold_rows=(0, len(rows) - 1),
        )
        + 10
    )
    y = s.para(LEFT, y, WIDTH, _amount_line("订单金额合计：", amount) + "。", indent=0)
    y = s.para(LEFT, y, WIDTH, f"交货地点：{delivery}。", indent=0)
    y = s.para(
        LEFT,
        y,
        WIDTH,
        f"本订单依据双方签订的框架协议（编号：{framework_number}）下达，单价按协议执行。",
        indent=0,
    )
    _compact_sign(s, y + 24, client, firm, signing, rng, labels=("采购单位（盖章）", "供应商确认（盖章）"))
    fields: dict[str, object] = {
        "project_name": title,
        "contract_number": number,
        "party_a": client.name,
        "party_b": firm.name,
        "contract_amount": yuan_str(amount),
        "amount_in_words": capital(amount),
        "signed_on": signing.day.isoformat(),
        "has_seal": True,
    }
    return Paper(
        "contract",
        [s],
        fields,
        "order",
        facts={"number": number, "framework": framework_number, "amount": yuan_str(amount)},
    )


# ---------------------------------------------------------------- 合同变更确认单 and 工程签证单


def change_form(
    rng: random.Random,
    *,
    firm: Firm,
    client: Client,
    project: str,
    base_number: str,
    number: str,
    base_amount: Decimal,
    changes: list[Item],
    reason: str,
    signing: Signing,
    supervisor: str | None,
    visa: bool = False,
) -> Paper:
    """A one-page change form signed by the client (and the supervisor): 合同变更确认单, or 工程签证单 when ``visa``."""
    delta = total_of(changes)
    new_total = base_amount + delta
    s = Sheet(rng)
    title = "工程签证单" if visa else "合同变更确认单"
    s.spaced(62, title, 19, 8)
    s.right(RIGHT, 96, f"编号：{number}", 10)
    what = "签证" if visa else "变更"
    detail = "；".join(f"{i.name}{i.qty}{i.unit}" for i in changes)
    rows = [
        ["项目名称", project],
        ["合同编号", base_number],
        ["建设单位", client.name],
        ["施工单位", firm.name],
        [f"{what}事由", reason],
        [f"{what}内容", f"{detail}（详见附件工程量清单）。"],
        ["原合同价款", f"人民币{figures(base_amount)}元"],
        [f"本次{what}金额", f"人民币（大写）{capital(delta)}（小写：¥{figures(delta)}）"],
        [f"{what}后合同价款", f"人民币（大写）{capital(new_total)}（小写：¥{figures(new_total)}）"],
    ]
    y = s.table(LEFT, 116, [110, 345], rows, 10, 26, bold_rows=()) + 0
    opinions = [("施工单位意见", f"以上{what}内容属实，请予确认。", firm.name, signing.firm_signer)]
    if supervisor:
        opinions.append(("监理单位意见", f"经现场核实，{what}工程量属实，同意。", supervisor, "监理工程师"))
    opinions.append(
        ("建设单位意见", f"同意{what}，{what}金额按上述价款执行。", client.name, signing.client_signer)
    )
    for label, text, owner, signer in opinions:
        h = 92
        s.rect(LEFT, y, LEFT + 110, y + h, 0.6)
        s.rect(LEFT + 110, y, RIGHT, y + h, 0.6)
        s.text(LEFT + 8, y + h / 2 - 6, label, 10)
        s.text(LEFT + 118, y + 10, text, 10)
        s.text(LEFT + 118, y + 44, "（盖章）", 10)
        s.text(LEFT + 260, y + 44, "签字：", 10)
        s.hand(LEFT + 292, y + 44, signer if signer != "监理工程师" else signing.client_signer[:1] + "工")
        s.text(LEFT + 260, y + 68, f"日期：{date_cn(signing.day)}", 10)
        if owner == firm.name:
            picture = firm_seal(rng, firm, contract=False)
        else:
            picture = ink.round_seal(
                rng, owner, "", "", 40, rng.uniform(-25, 25), rng.uniform(0.7, 0.95), rng.uniform(0.2, 0.5)
            )
        s.seal(LEFT + 170 + rng.uniform(-10, 10), y + 48 + rng.uniform(-6, 6), picture, owner)
        y += h
    s.text(LEFT, y + 10, "注：本单一式肆份，建设单位贰份，施工单位、监理单位各壹份。", 9)
    facts = {
        "base_number": base_number,
        "base_amount": yuan_str(base_amount),
        "delta": yuan_str(delta),
        "new_total": yuan_str(new_total),
        "number": number,
        "signed_on": signing.day.isoformat(),
    }
    return Paper("other", [s], {}, "visa" if visa else "change", facts=facts)
