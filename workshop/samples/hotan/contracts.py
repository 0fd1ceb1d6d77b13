"""Contracts: 政府采购合同, 建设工程施工合同 (GF-2017-0201) and the 科技部 技术合同, with their money
clauses (含税 splits, 万元, capital numerals only, 详见附件 with a 分项报价表), 补充协议 and 联合体."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf

from . import people
from .filing import Doc
from .firmdata import FEE_LABELS, Firm, Project
from .numerals import capital, date_cn, figures, fullwidth, truth_money, wan
from .paper import GREY, Sheet


@dataclass
class Terms:
    """How one contract is printed; the defaults print a plain, consistent contract."""

    kind: str = "gov"
    """gov (政府采购合同), build (建设工程施工合同), tech (技术合同)."""
    money: str = "both"
    """both, tax (含税 with 不含税金额/税率/税额), wan (万元 figures only), words (capital numerals only),
    fullwidth, attached (详见附件; the amount only in the 分项报价表 合计 row)."""
    amount: Decimal | None = None
    words_amount: Decimal | None = None
    """The amount the capital numerals spell, when it differs from the figures (a planted error)."""
    fees: dict[str, Decimal] | None = None
    """Itemised fees printed in a 分项报价表 page (the contract's ``fees`` field)."""
    party_a: str | None = None
    party_b: str | None = None
    name: str | None = None
    signed: dt.date | None = None
    date_fmt: Callable[[dt.date], str] = date_cn
    seal_a: bool = True
    seal_b: bool = True
    esign: bool = False
    consortium: str | None = None
    cells: bool = False
    """Party blocks as a two-column table: label and value in separate cells."""
    supplement: tuple[Decimal, dt.date] | None = None
    """A 补充协议 page changing the total to this amount on this date."""
    tax_rate: int = 6
    extra: dict[str, object] = field(default_factory=dict)


def _party_block(
    s: Sheet, y: float, role: str, name: str, rng: random.Random, cells: bool, firm: Firm | None
) -> float:
    bank, account = firm.bank if firm else people.bank_block(rng)
    addr = firm.address if firm else people.address(rng, rng.choice(list(people.COUNTIES)))
    rep = firm.legal_rep if firm else people.person(rng)
    tel = firm.phone if firm else people.phone(rng)
    rows = [
        [role, name],
        ["地址", addr],
        ["法定代表人", rep],
        ["联系电话", tel],
        ["开户银行", bank],
        ["账号", account],
    ]
    if cells:
        return s.table(70, y, [110, 355], rows, size=9.5) + 14
    for i, (label, value) in enumerate(rows):
        if i == 0:
            s.text(70, y, f"{label}：", 11, bold=True)
            y = s.para(70 + 11 * (len(label) + 1), y, value, 11, max_w=380, lead=1.5) + 4
        else:
            s.text(86, y, f"{label}：{value}", 9.5)
            y += 16
    return y + 10


def _amount_lines(t: Terms, amount: Decimal, rng: random.Random) -> tuple[list[str], dict[str, object]]:
    """The money clause as printed, and the truth fields it gives."""
    words_value = t.words_amount if t.words_amount is not None else amount
    words = capital(words_value)
    fig = figures(amount)
    out: dict[str, object] = {"contract_amount": truth_money(amount)}
    if t.money == "tax":
        net = (amount / (1 + Decimal(t.tax_rate) / 100)).quantize(Decimal("0.01"))
        tax = amount - net
        lines = [
            f"合同总价（含税）：人民币{words[3:]}（¥{fig}元）。",
            f"其中：不含税金额¥{figures(net)}元，税率{t.tax_rate}%，税额¥{figures(tax)}元。",
        ]
        out["amount_in_words"] = words
    elif t.money == "wan":
        printed = wan(amount, 2)
        lines = [f"合同金额：{printed}万元（含税）。"]
        out["contract_amount"] = truth_money(Decimal(printed) * 10000)
    elif t.money == "words":
        lines = [f"合同总金额为{words}（含税）。"]
        out["amount_in_words"] = words
    elif t.money == "fullwidth":
        lines = [f"合同总价为人民币{fullwidth(fig)}元（大写：{words}）。"]
        out["amount_in_words"] = words
    elif t.money == "attached":
        lines = [
            "合同总价详见附件《分项报价表》，该总价为固定总价，包含设备、软件、运输、安装、调试、",
            "培训、税费及售后服务等全部费用。",
        ]
    else:
        sep = rng.random() < 0.7
        lines = [f"合同总价：{words}（¥{figures(amount, sep=sep)}元）。"]
        out["amount_in_words"] = words
    return lines, out


def _quote_table(s: Sheet, y: float, t: Terms, amount: Decimal, rng: random.Random, title: str) -> float:
    s.center(y, title, 15)
    y += 22
    rows = [["序号", "费用名称", "内容说明", "金额（元）"]]
    fees = t.fees or {}
    explain = {
        "software_development": "业务平台定制开发",
        "consulting_design": "方案咨询与深化设计",
        "integration_implementation": "安装部署、联调及培训",
        "operation_maintenance": "一年运行维护",
        "data_processing": "历史数据清洗入库",
        "operation_service": "平台运营服务",
        "self_made_hardware": "自研采集终端",
        "hardware_purchase": "服务器、网络及终端设备",
        "software_purchase": "操作系统、数据库及安全软件",
        "other": "运输及不可预见费",
    }
    if fees:
        items = [(FEE_LABELS[k], explain[k], v) for k, v in fees.items() if v]
    else:
        a = (amount * Decimal("0.55")).quantize(Decimal(100))
        items = [("设备及材料", "详见设备清单", a), ("安装调试及培训", "含系统联调", amount - a)]
    for i, (label, text, v) in enumerate(items, 1):
        rows.append([str(i), label, text, figures(v)])
    total = sum((v for _, _, v in items), Decimal(0))
    rows.append(["", "合计", f"大写：{capital(total)}", figures(total)])
    return (
        s.table(60, y, [40, 110, 215, 110], rows, size=9.5, align=["c", "l", "l", "r"], bold_first=True) + 20
    )


def contract(rng: random.Random, firm: Firm, proj: Project, t: Terms) -> Doc:
    amount = t.amount if t.amount is not None else proj.amount
    party_a = t.party_a or proj.client
    party_b = t.party_b or firm.name
    name = t.name or proj.name
    signed = t.signed or proj.signed_on
    doc = pymupdf.open()
    titles = {"gov": "政府采购合同", "build": "建设工程施工合同", "tech": "技术合同"}
    roles = {
        "gov": ("采购人（甲方）", "供应商（乙方）"),
        "build": ("发包人（全称）", "承包人（全称）"),
        "tech": ("委托方（甲方）", "受托方（乙方）"),
    }
    role_a, role_b = roles[t.kind]
    number = (
        proj.number
        if t.kind == "gov"
        else f"HT-{proj.signed_on.year}-{rng.randrange(10, 99)}{rng.randrange(100, 999)}"
    )

    # page 1: title, number, parties ----------------------------------------------------------
    s = Sheet(doc, rng)
    if t.kind == "build":
        s.text(460, 50, "GF—2017—0201", 10)
        s.center(150, "建设工程施工合同", 26)
        s.center(190, "第一部分  合同协议书", 14, bold=False)
        y = 240.0
    elif t.kind == "tech":
        s.center(140, "技 术 合 同", 28)
        s.center(170, "（技术开发·委托）", 12, bold=False)
        y = 220.0
    else:
        s.center(90, titles[t.kind], 22)
        y = 130.0
    s.text(70, y, f"合同编号：{number}", 10.5)
    y += 28
    s.text(70, y, "项目名称：", 11, bold=True)
    y = s.para(130, y, name, 11, max_w=360 if len(name) > 24 else 420, lead=1.5) + 10
    b_label = party_b
    if t.consortium:
        b_label = f"{party_b}（联合体牵头人）、{t.consortium}（联合体成员）"
    y = _party_block(s, y, role_a.split("（")[0] if t.cells else role_a, party_a, rng, t.cells, None)
    y = _party_block(s, y, role_b.split("（")[0] if t.cells else role_b, b_label, rng, t.cells, firm)
    if t.kind == "tech":
        s.text(70, y, f"签订时间：{t.date_fmt(signed)}", 11)
        s.text(70, y + 20, f"签订地点：新疆和田地区{proj.county}", 11)
        s.text(
            70, y + 40, f"有效期限：{date_cn(signed)}至{date_cn(signed.replace(year=signed.year + 1))}", 11
        )
        s.center(790, "中华人民共和国科学技术部印制", 10, bold=False)

    # page 2: articles with the money clause -------------------------------------------------------
    s = Sheet(doc, rng)
    y = 70.0
    lines, money_fields = _amount_lines(t, amount, rng)
    if t.kind == "build":
        arts = [
            (
                "一、工程概况",
                [
                    f"1．工程名称：{name}。",
                    f"2．工程地点：{proj.location}。",
                    "3．工程内容：机房改造、综合布线、设备安装及系统集成调试。",
                ],
            ),
            (
                "二、合同工期",
                [
                    f"计划开工日期：{date_cn(signed + dt.timedelta(days=10))}；工期总日历天数：{rng.randrange(90, 200)}天。"
                ],
            ),
            ("三、质量标准", ["工程质量符合国家现行验收规范合格标准。"]),
            (
                "四、签约合同价与合同价格形式",
                [line.replace("合同总价", "1．签约合同价") for line in lines]
                + [
                    f"包括：（1）安全文明施工费：¥{figures(amount * Decimal('0.015'))}元；",
                    f"（2）材料和工程设备暂估价金额：¥{figures(amount * Decimal('0.2'))}元；",
                    "（3）专业工程暂估价金额：¥0.00元；",
                    f"（4）暂列金额：¥{figures(amount * Decimal('0.05'))}元。".replace("其中：", ""),
                    "2．合同价格形式：固定总价。",
                ],
            ),
        ]
    elif t.kind == "tech":
        arts = [
            (
                "第一条  本合同研究开发项目的要求",
                [
                    f"技术目标：完成{name}的研究开发、部署与试运行。",
                    "技术内容：需求分析、系统设计、软件开发、集成测试与培训。",
                ],
            ),
            (
                "第二条  研究开发经费和报酬",
                [*lines, "支付方式：合同签订后支付30%，验收合格后支付65%，质保期满支付5%。"],
            ),
            (
                "第三条  研究开发计划",
                [f"乙方应于{date_cn(signed + dt.timedelta(days=150))}前完成全部研究开发工作。"],
            ),
        ]
    else:
        arts = [
            (
                "第一条  合同标的",
                [
                    f"乙方按照采购文件及投标文件的要求，为甲方实施{name}，",
                    "提供设备供货、软件开发、安装调试、培训及质保服务。",
                ],
            ),
            ("第二条  合同金额", lines),
            (
                "第三条  付款方式",
                [
                    "合同签订后甲方支付合同总价的30%作为预付款；项目验收合格后支付至95%；",
                    "剩余5%作为质保金，质保期满无质量问题后一次性付清。",
                ],
            ),
            (
                "第四条  交付与验收",
                [
                    f"乙方应于合同签订后{rng.randrange(60, 180)}日历天内完成项目实施，",
                    "甲方按国家有关规定及采购文件组织验收。",
                ],
            ),
        ]
    for head, body in arts:
        s.text(70, y, head, 11.5, bold=True)
        y += 22
        for line in body:
            over_raw = t.extra.get("overlay_from")
            over = Decimal(str(over_raw)) if over_raw is not None else None
            if over is not None and line in lines:
                # the figures were first printed with another amount, then covered and retyped
                old_line = line.replace(figures(amount), figures(over)).replace(
                    capital(amount)[3:], capital(over)[3:]
                )
                s.para(86, y, old_line, 10.5, max_w=440, lead=1.55)
                n_lines = len(old_line) // 40 + 1
                s.rect(pymupdf.Rect(84, y - 12, 530, y + 16 * n_lines - 8), color=None, fill=(1, 1, 1))
            y = s.para(86, y, line, 10.5, max_w=440, lead=1.55) + 3
        y += 10
    nums = {
        "gov": ["第五条", "第六条", "第七条"],
        "build": ["五、", "六、", "七、"],
        "tech": ["第四条", "第五条", "第六条"],
    }
    for num, head in zip(nums[t.kind], ("违约责任", "争议解决", "其他"), strict=True):
        s.text(70, y, f"{num}  {head}", 11.5, bold=True)
        y += 22
        y = (
            s.para(
                86,
                y,
                "双方应全面履行本合同约定的义务。因本合同引起的争议，双方协商解决；协商不成的，"
                "向甲方所在地人民法院提起诉讼。本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力。",
                10.5,
                max_w=440,
            )
            + 10
        )

    # signature page ------------------------------------------------------------------------------
    sig = Sheet(doc, rng)
    sign_page = len(doc) - 1
    y = 110.0
    sig.text(70, 80, "（以下无正文，为签字盖章页）", 10.5)
    a_role = {"gov": "甲方（采购人）", "build": "发包人", "tech": "委托方"}[t.kind]
    b_role = {"gov": "乙方（供应商）", "build": "承包人", "tech": "受托方"}[t.kind]
    sig.text(70, y, f"{a_role}（盖章）：", 11, bold=True)
    sig.para(70, y + 22, party_a, 11, max_w=200)
    sig.text(320, y, f"{b_role}（盖章）：", 11, bold=True)
    sig.para(320, y + 22, party_b, 11, max_w=200)
    sig.text(70, y + 90, "法定代表人或授权代表（签字）：", 10)
    sig.text(320, y + 90, "法定代表人或授权代表（签字）：", 10)
    sig.signature(90, y + 118, people.person(rng))
    sig.signature(340, y + 118, firm.legal_rep)
    date_text = t.date_fmt(signed)
    sig.text(70, y + 160, f"签订日期：{date_text}", 10.5)
    sig.text(320, y + 160, f"签订日期：{date_text}", 10.5)
    if t.kind != "tech":
        sig.text(70, y + 185, f"签订地点：{proj.location}", 10)
    if t.seal_a:
        sig.seal(150 + rng.uniform(-10, 10), y + 70 + rng.uniform(-10, 10), party_a, "", r=40)
    if t.seal_b:
        label = "电子签章" if t.esign else "合同专用章"
        sig.seal(
            400 + rng.uniform(-10, 10),
            y + 70 + rng.uniform(-10, 10),
            party_b,
            label,
            r=40,
            code=f"653{rng.randrange(10**9, 10**10)}",
        )
        if t.esign:
            sig.text(
                350,
                y + 205,
                f"签章时间：{signed.isoformat()} {rng.randrange(9, 18):02d}:{rng.randrange(60):02d}",
                7,
                color=GREY,
            )
            sig.text(350, y + 215, f"证书序列号：{rng.randrange(16**15, 16**16):016X}", 7, color=GREY)

    fields: dict[str, object] = {
        "project_name": name,
        "contract_number": number,
        "party_a": party_a,
        "party_b": party_b,
        "signed_on": signed.isoformat(),
    }
    fields.update(money_fields)
    if t.money == "attached" or t.fees:
        q = Sheet(doc, rng)
        _quote_table(q, 80, t, amount, rng, "附件：分项报价表")
        if t.fees:
            fields["fees"] = {k: truth_money(v) for k, v in t.fees.items()}
        if t.money == "attached":
            fields["contract_amount"] = truth_money(sum(t.fees.values(), Decimal(0)) if t.fees else amount)
    if t.supplement:
        new_amount, on = t.supplement
        sp = Sheet(doc, rng)
        sp.center(90, "补 充 协 议", 20)
        sp.text(70, 130, f"甲方：{party_a}", 11)
        sp.text(70, 152, f"乙方：{party_b}", 11)
        yy = sp.para(
            70,
            190,
            f"甲乙双方于{date_cn(signed)}签订的《{name}》合同（合同编号：{number}）在履行过程中，"
            "因甲方需求变更，新增部分点位及设备。经双方协商一致，订立本补充协议如下：",
            10.5,
            max_w=450,
        )
        yy = sp.para(
            70,
            yy + 8,
            f"一、原合同总价{figures(amount)}元调整为{capital(new_amount)}（¥{figures(new_amount)}元），"
            f"增加金额{figures(new_amount - amount)}元。",
            10.5,
            max_w=450,
        )
        yy = sp.para(
            70, yy + 8, "二、本补充协议与原合同具有同等法律效力，原合同其他条款不变。", 10.5, max_w=450
        )
        sp.text(70, yy + 40, "甲方（盖章）：", 11)
        sp.text(320, yy + 40, "乙方（盖章）：", 11)
        sp.seal(150, yy + 80, party_a, "", r=38)
        sp.seal(400, yy + 80, party_b, "合同专用章", r=38)
        sp.text(70, yy + 140, f"日期：{date_cn(on)}", 10.5)
        sp.text(320, yy + 140, f"日期：{date_cn(on)}", 10.5)
        fields["contract_amount"] = truth_money(new_amount)
        fields["amount_in_words"] = capital(new_amount)
    d = Doc("contract", doc, fields, proj.id)
    d.patch = {}
    d.text_swap = {}
    d.fields = fields
    d.sign_page = sign_page
    d.money_page = 1
    return d
