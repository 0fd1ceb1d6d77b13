"""Contracts in the shapes Hami integrators sign them.

- ``tech_service``: the MOST 技术服务合同 template: a cover (委托方/受托方, 签订时间), the
  clauses with 技术服务报酬, and the last page as the template's party table with seals;
- ``framework`` + ``order``: a year's 框架协议 with no amount, then the 采购订单 that carries
  the project and its price;
- ``epc``: a 工程总承包（EPC）合同 协议书 (发包人/承包人), 签约合同价 possibly over 亿, with
  its 其中 breakdown;
- ``priced``: a 系统集成项目合同 whose cover is a two-column table (label and value in separate
  cells) and whose 合同价款 is a table with 不含税/税额/含税 columns; party blocks with
  开户银行/账号/地址/电话 under each party;
- ``procurement``: a 政府采购合同 with the usual text; the buyer may be named in the title only,
  long names wrap; the amount as words and figures, or in 万元 only.

Every builder returns a ``Paper`` whose fields are what a careful reader takes from the page.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from jianzheng.models.document import DocType

from .binder import Paper
from .canvas import INK, Sheet, seal_png
from .numerals import capital, cn_date, grouped, plain, wan

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "第三方软件购置费",
    "other": "其他费用",
}
TAX = {
    "hardware_purchase": Decimal("0.13"),
    "software_purchase": Decimal("0.13"),
    "self_made_hardware": Decimal("0.13"),
    "integration_implementation": Decimal("0.09"),
}


@dataclass
class Party:
    name: str
    rep: str
    agent: str
    address: str
    phone: str
    bank: str
    account: str
    seal_no: str = ""


@dataclass
class Deal:
    project_id: str
    name: str
    number: str
    a: Party
    b: Party
    amount: Decimal
    signed: dt.date
    start: dt.date
    finish: dt.date
    lines: list[str]
    fees: dict[str, Decimal] = field(default_factory=dict)
    words_amount: Decimal | None = None
    """The amount the capital numerals spell; None: the same as ``amount``."""
    place: str = "新疆哈密市"

    @property
    def words(self) -> str:
        return capital(self.words_amount if self.words_amount is not None else self.amount)


def _fields(d: Deal, words: bool = True, fees: bool = False, number: bool = True) -> dict[str, object]:
    out: dict[str, object] = {
        "project_name": d.name,
        "party_a": d.a.name,
        "party_b": d.b.name,
        "contract_amount": plain(d.amount),
        "signed_on": d.signed.isoformat(),
    }
    if number:
        out["contract_number"] = d.number
    if words:
        out["amount_in_words"] = d.words
    if fees:
        out["fees"] = {k: plain(v) for k, v in d.fees.items() if v}
    return out


CLAUSES_COMMON = (
    "乙方应按照国家及行业相关标准、规范组织实施，所供设备须为原厂全新正品，并提供原厂质保证明及合法来源渠道证明。",
    "乙方应指派具备相应资格的项目经理常驻现场，未经甲方书面同意不得更换；项目实施期间乙方人员应遵守甲方各项管理制度。",
    "项目实施过程中因乙方原因造成甲方或第三方人身、财产损失的，由乙方承担全部责任。",
    "乙方对在履行本合同过程中知悉的甲方业务数据、网络拓扑、账号口令等信息负有保密义务，保密期限不因合同终止而终止。",
    "质保期自项目终验合格之日起计算，不少于三年；质保期内乙方提供7×24小时电话支持，故障响应时间不超过2小时，4小时内到达现场。",
    "任何一方因不可抗力不能履行合同的，应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。",
    "本合同履行过程中发生争议的，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
    "本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。",
)
PAY_TERMS = (
    "合同签订后十五个工作日内，甲方向乙方支付合同总价的30%作为预付款；项目初验合格后支付至合同总价的70%；项目终验合格后支付至合同总价的97%；剩余3%作为质保金，质保期满无质量问题后一次性无息支付。",
    "项目设备到货并经甲方清点签收后，甲方支付合同总价的40%；系统安装调试完毕并经验收合格后，甲方支付合同总价的55%；余款5%于质保期满后支付。",
    "本合同采用分期付款方式：合同生效后支付合同总价的20%，项目完成验收后支付合同总价的75%，剩余5%作为质量保证金，验收合格满一年后无息支付。乙方每次收款前应向甲方开具等额合法有效的增值税发票。",
)


def _party_lines(s: Sheet, x: float, y: float, label: str, p: Party, size: float, w: float) -> float:
    """A party block of label: value lines; wraps a long name. Returns the next baseline."""
    lead = size * 1.7
    s.text(x, y, label, size, bold=True)
    lw = _w(label, size)
    y = s.para(x + lw, y, w - lw, p.name, size, leading=1.5) - size * 1.5 + lead
    for lab, val in (
        ("法定代表人：", p.rep),
        ("地　　址：", p.address),
        ("电　　话：", p.phone),
        ("开户银行：", p.bank),
        ("账　　号：", p.account),
    ):
        s.text(x + 12, y, lab, size - 0.5)
        y = (
            s.para(
                x + 12 + _w(lab, size - 0.5), y, w - 12 - _w(lab, size - 0.5), val, size - 0.5, leading=1.45
            )
            - (size - 0.5) * 1.45
            + lead * 0.92
        )
    return y


def _w(s: str, size: float) -> float:
    from .canvas import width

    return width(s, size)


def _seal_for(p: Party, rng: random.Random, bottom: str = "") -> bytes:
    return seal_png(p.name, rng, bottom=bottom, number=p.seal_no)


def _sign_block(
    s: Sheet,
    x: float,
    y: float,
    role: str,
    p: Party,
    date: dt.date,
    rng: random.Random,
    seal_bottom: str = "合同专用章",
    hand_date: bool = True,
    print_name: bool = True,
) -> None:
    """甲方（盖章）/ 法定代表人或委托代理人（签字）/ 日期, a seal over the name and the date."""
    s.text(x, y, f"{role}（盖章）：", 10.5)
    if print_name:
        s.para(x, y + 18, 200, p.name, 10.5, leading=1.5)
    s.text(x, y + 58, "法定代表人或", 10.5)
    s.text(x, y + 74, "委托代理人（签字）：", 10.5)
    s.hand(x + 104, y + 76, rng.choice((p.rep, p.agent)), 15, rng, INK)
    s.text(x, y + 104, "日　　期：", 10.5)
    if hand_date:
        s.hand(x + 56, y + 106, cn_date(date), 12.5, rng)
    else:
        s.text(x + 56, y + 104, cn_date(date, "ymd0"), 10.5)
    s.seal(x + 92 + rng.uniform(-8, 8), y + 62 + rng.uniform(-6, 10), _seal_for(p, rng, seal_bottom), 112)


def _clauses(
    s: Sheet, y: float, items: list[tuple[str, str]], size: float = 10.5, x: float = 72, w: float = 451
) -> float:
    for head, body in items:
        if head:
            s.text(x, y, head, size, bold=True)
            y += size * 1.8
        if body:
            y = s.para(x, y, w, body, size, indent=2) + 2
    return y


# ---- 技术服务合同 -----------------------------------------------------------------------------
def tech_service(d: Deal, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    cover = Sheet.new(doc)
    cover.text(330, 80, "合同登记编号：", 10)
    cover.grid(400, 66, [14] * 10, [18])
    cover.center(220, "技 术 服 务 合 同", 30, bold=True)
    cover.text(392, 255, f"合同编号：{d.number}", 10)
    rows = [("项目名称：", d.name), ("委托方（甲方）：", d.a.name), ("受托方（乙方）：", d.b.name)]
    y = 340.0
    for lab, val in rows:
        cover.text(110, y, lab, 13)
        lines = cover.para(110 + _w(lab, 13), y, 365 - _w(lab, 13) + 110, val, 13, leading=1.6)
        cover.line(110 + _w(lab, 13), y + 4, 490, y + 4, 0.5)
        y = max(y + 40, lines + 14)
    for lab, val in (
        ("签订时间：", cn_date(d.signed)),
        ("签订地点：", d.place),
        ("有效期限：", f"{cn_date(d.start)}至{cn_date(d.finish)}"),
    ):
        cover.text(110, y, lab, 13)
        cover.text(110 + _w(lab, 13), y, val, 13)
        cover.line(110 + _w(lab, 13), y + 4, 490, y + 4, 0.5)
        y += 40
    cover.center(760, "中华人民共和国科学技术部印制", 12)

    body = Sheet.new(doc)
    body.center(70, "技术服务合同", 15, bold=True)
    y = body.para(72, 104, 451, f"委托方（甲方）：{d.a.name}", 10.5)
    y = body.para(72, y, 451, f"受托方（乙方）：{d.b.name}", 10.5) + 4
    y = body.para(
        72,
        y,
        451,
        f"本合同甲方委托乙方就{d.name}进行专项技术服务，并支付技术服务报酬。双方经过平等协商，在真实、充分地表达各自意愿的基础上，根据《中华人民共和国民法典》的规定，达成如下协议，并由双方共同恪守。",
        10.5,
        indent=2,
    )
    scope = "；".join(f"（{i + 1}）{line}" for i, line in enumerate(d.lines))
    y = _clauses(
        body,
        y + 4,
        [
            (
                "第一条　甲方委托乙方进行技术服务的内容如下：",
                f"1．技术服务的目标：完成{d.name}的建设与交付，系统稳定运行并通过甲方验收。2．技术服务的内容：{scope}。",
            ),
            (
                "第二条　乙方应按下列要求完成技术服务工作：",
                f"1．技术服务地点：{d.place}甲方指定地点；2．技术服务期限：{cn_date(d.start)}至{cn_date(d.finish)}；3．技术服务进度：按甲方确认的实施计划分阶段完成。",
            ),
            ("第三条　技术服务报酬及其支付方式：", ""),
        ],
    )
    y = body.para(
        72,
        y,
        451,
        f"1．本项目技术服务报酬（含税）总额为：人民币{d.words}（¥{grouped(d.amount)}）。",
        10.5,
        indent=2,
    )
    y = body.para(
        72,
        y,
        451,
        "2．技术服务报酬由甲方分期支付乙方，具体支付方式和时间如下：" + rng.choice(PAY_TERMS),
        10.5,
        indent=2,
    )
    _clauses(
        body,
        y + 4,
        [
            ("第四条　双方确定因履行本合同应遵守的保密义务如下：", CLAUSES_COMMON[3]),
            (
                "第五条　验收：",
                "技术服务工作完成后，甲方应在收到乙方书面验收申请之日起十个工作日内组织验收，验收合格的由甲方出具验收报告。",
            ),
        ],
    )

    last = Sheet.new(doc)
    last.text(72, 70, "第十条　本合同一式肆份，甲方执贰份，乙方执贰份，具有同等法律效力。", 10.5)
    for who, top, p in (("委托方（甲方）", 96.0, d.a), ("受托方（乙方）", 330.0, d.b)):
        labels = [
            ("名称（或姓名）", p.name),
            ("法定代表人", p.rep),
            ("委托代理人", p.agent),
            ("联系（经办）人", p.agent),
            ("住所（通讯地址）", p.address),
            ("电话", p.phone),
            ("开户银行", p.bank),
            ("账号", p.account),
            ("（盖章）", ""),
        ]
        left = pymupdf.Rect(72, top, 142, top + 22 * len(labels))
        last.box(left.x0, left.y0, left.x1, left.y1)
        last.cell(left, who, 10, align="center")
        cells = last.rows(142, top, [(22.0, [100.0, 281.0])] * len(labels))
        for r, (lab, val) in enumerate(labels):
            last.cell(cells[r][0], lab, 9, align="center")
            if val:
                last.cell(cells[r][1], val, 9)
        last.hand(330, top + 22 * 2 - 5, p.rep, 13, rng, INK)
        yd = top + 22 * 8 + 15
        last.hand(372, yd, str(d.signed.year), 11, rng)
        last.text(405, yd, "年", 9)
        last.hand(420, yd, str(d.signed.month), 11, rng)
        last.text(440, yd, "月", 9)
        last.hand(455, yd, str(d.signed.day), 11, rng)
        last.text(475, yd, "日", 9)
        last.seal(
            300 + rng.uniform(-10, 10),
            top + 22 * 7 + rng.uniform(-6, 6),
            _seal_for(p, rng, "合同专用章"),
            110,
        )
    last.text(72, 560, "印花税票粘贴处：", 10)
    last.box(72, 570, 230, 650)
    fields = _fields(d)
    return Paper(
        DocType.contract,
        doc,
        [cover, body, last],
        fields,
        project_id=d.project_id,
        marks={"amount": 1, "signature": 2, "date": 0},
        note="tech service",
    )


# ---- 框架协议 + 订单 ---------------------------------------------------------------------------
def framework(d: Deal, title: str, rng: random.Random) -> Paper:
    """A year's framework agreement: no price, orders to follow."""
    doc = pymupdf.open()
    p1 = Sheet.new(doc)
    p1.center(90, title, 17, bold=True)
    p1.right(523, 118, f"协议编号：{d.number}", 10)
    y = p1.para(72, 150, 451, f"甲方：{d.a.name}", 11)
    y = p1.para(72, y + 2, 451, f"乙方：{d.b.name}", 11)
    y = p1.para(
        72,
        y + 6,
        451,
        "为保障甲方信息化设备采购及技术服务需求，提高采购效率，经双方友好协商，就甲方在协议有效期内向乙方采购信息化设备及相关技术服务事宜，签订本框架协议。",
        10.5,
        indent=2,
    )
    items = [
        (
            "一、协议范围",
            "本协议适用于协议有效期内甲方向乙方采购的网络设备、安防设备、服务器及存储设备、软件产品以及相应的安装调试、系统集成和运行维护服务。",
        ),
        (
            "二、订单与价格",
            "甲方根据实际需求以书面订单形式向乙方下达采购任务。每份订单应载明项目名称、采购内容、数量、单价、金额及交付时间。订单经双方盖章确认后成为本协议不可分割的组成部分，具体采购内容、数量及金额以订单为准。本协议本身不构成甲方的采购承诺，不约定采购总金额。",
        ),
        (
            "三、协议有效期",
            f"本协议自{cn_date(d.start)}起至{cn_date(d.finish)}止。有效期届满前已下达但未履行完毕的订单，继续按本协议及订单约定履行。",
        ),
        (
            "四、交付与验收",
            "乙方应按订单约定的时间、地点交付货物或完成服务；甲方在交付完成后组织验收，验收合格后出具验收单。",
        ),
        (
            "五、结算方式",
            "按订单分别结算。每份订单验收合格后，乙方开具合法有效的增值税发票，甲方在收到发票后三十日内支付该订单全部款项。",
        ),
        ("六、其他", CLAUSES_COMMON[6] + CLAUSES_COMMON[7]),
    ]
    _clauses(p1, y + 8, items)
    p2 = Sheet.new(doc)
    p2.text(72, 80, "（以下无正文）", 10.5)
    _sign_block(p2, 80, 160, "甲方", d.a, d.signed, rng)
    _sign_block(p2, 320, 160, "乙方", d.b, d.signed, rng)
    fields = {
        "project_name": title,
        "contract_number": d.number,
        "party_a": d.a.name,
        "party_b": d.b.name,
        "signed_on": d.signed.isoformat(),
    }
    return Paper(
        DocType.contract,
        doc,
        [p1, p2],
        fields,
        project_id=d.project_id,
        marks={"signature": 1},
        note="framework agreement",
    )


def order(d: Deal, framework_number: str, rng: random.Random) -> Paper:
    """采购订单 under a framework agreement: the project, the items and the price."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    s.center(78, "采 购 订 单", 20, bold=True)
    s.text(72, 112, f"订单编号：{d.number}", 10)
    s.right(523, 112, f"框架协议编号：{framework_number}", 10)
    head = s.rows(
        72,
        124,
        [
            (26.0, [80.0, 371.0]),
            (40.0, [80.0, 145.5, 80.0, 145.5]),
            (26.0, [80.0, 145.5, 80.0, 145.5]),
            (26.0, [80.0, 145.5, 80.0, 145.5]),
        ],
    )
    s.cell(head[0][0], "项目名称", 8.5, align="center")
    s.cell(head[0][1], d.name, 9.5)
    pairs = [
        ("采购单位（甲方）", d.a.name, "供应单位（乙方）", d.b.name),
        ("交付地点", d.place + "甲方指定地点", "交付期限", f"{cn_date(d.finish)}前"),
        ("下单日期", cn_date(d.signed), "联系人", d.a.agent),
    ]
    for r, (l1, v1, l2, v2) in enumerate(pairs, start=1):
        s.cell(head[r][0], l1, 8.5, align="center")
        s.cell(head[r][1], v1, 9)
        s.cell(head[r][2], l2, 8.5, align="center")
        s.cell(head[r][3], v2, 9)
    # item lines add up to the amount
    n = len(d.lines)
    parts = _split(d.amount, n, rng)
    rows = [22] + [22] * n + [24, 24]
    t = s.grid(72, 262, [30, 170, 60, 40, 50, 101], rows)
    for j, h in enumerate(("序号", "货物/服务名称", "规格型号", "单位", "数量", "金额（元）")):
        s.cell(t[0][j], h, 9, align="center", bold=True)
    for i, (line, part) in enumerate(zip(d.lines, parts, strict=True)):
        s.cell(t[i + 1][0], str(i + 1), 9, align="center")
        s.cell(t[i + 1][1], line, 9)
        s.cell(t[i + 1][2], rng.choice(("详见清单", "定制", "标准版")), 8.5, align="center")
        s.cell(t[i + 1][3], rng.choice(("套", "项", "批")), 9, align="center")
        s.cell(t[i + 1][4], "1", 9, align="center")
        s.cell(t[i + 1][5], grouped(part), 9, align="right")
    tot = len(rows) - 2
    s.cell(t[tot][1], "合计（小写）", 9, align="center", bold=True)
    s.cell(t[tot][5], f"¥{grouped(d.amount)}", 9, align="right", bold=True)
    s.cell(t[tot + 1][1], "合计（大写）", 9, align="center", bold=True)
    big = pymupdf.Rect(t[tot + 1][2].x0, t[tot + 1][2].y0, t[tot + 1][5].x1, t[tot + 1][5].y1)
    s.page.draw_rect(
        pymupdf.Rect(big.x0 + 0.6, big.y0 + 0.6, big.x1 - 0.6, big.y1 - 0.6),
        color=(1, 1, 1),
        fill=(1, 1, 1),
        width=0,
    )
    s.cell(big, f"人民币{d.words}", 9.5)
    y = 262.0 + sum(rows) + 24
    y = s.para(
        72,
        y,
        451,
        "备注：本订单为双方所签框架协议项下订单，订单价格已含税费、运输、安装调试及培训费用。本订单未约定事项按框架协议执行。",
        9.5,
    )
    _sign_block(s, 80, y + 30, "甲方", d.a, d.signed, rng, seal_bottom="")
    _sign_block(s, 320, y + 30, "乙方", d.b, d.signed, rng)
    fields = _fields(d)
    return Paper(
        DocType.contract,
        doc,
        [s],
        fields,
        project_id=d.project_id,
        marks={"amount": 0, "signature": 0},
        note="order",
    )


def _split(total: Decimal, n: int, rng: random.Random) -> list[Decimal]:
    weights = [rng.uniform(0.5, 2) for _ in range(n)]
    raw = [
        (total * Decimal(w / sum(weights)) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 100
        for w in weights
    ]
    raw[-1] = total - sum(raw[:-1])
    return raw


# ---- EPC 总承包 ---------------------------------------------------------------------------------
EPC_ITEMS = (
    ("consulting_design", "勘察设计费"),
    ("hardware_purchase", "设备购置费"),
    ("integration_implementation", "系统集成及安装调试费"),
    ("software_development", "软件开发费"),
    ("operation_maintenance", "运行维护费"),
    ("other", "其他费用"),
)


def epc(d: Deal, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    cover = Sheet.new(doc)
    cover.right(523, 70, f"合同编号：{d.number}", 10)
    if len(d.name) <= 24:
        cover.center(230, d.name, 18, bold=True)
    else:
        cover.center(215, d.name[:22], 18, bold=True)
        cover.center(245, d.name[22:], 18, bold=True)
    cover.center(300, "工程总承包（EPC）合同", 24, bold=True)
    cover.text(150, 440, f"发包人：{d.a.name}", 13)
    cover.text(150, 480, f"承包人：{d.b.name}", 13)
    cover.center(700, f"{d.signed.year}年{d.signed.month}月", 13)

    p = Sheet.new(doc)
    p.center(72, "第一部分　合同协议书", 15, bold=True)
    y = p.para(72, 104, 451, f"发包人（全称）：{d.a.name}", 10.5)
    y = p.para(72, y, 451, f"承包人（全称）：{d.b.name}", 10.5)
    y = p.para(
        72,
        y + 4,
        451,
        f"根据《中华人民共和国民法典》《中华人民共和国建筑法》《中华人民共和国招标投标法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，双方就{d.name}的设计、采购、施工总承包事项协商一致，共同达成如下协议：",
        10.5,
        indent=2,
    )
    y = _clauses(
        p,
        y + 6,
        [
            (
                "一、工程概况",
                f"1．工程名称：{d.name}。2．工程地点：{d.place}。3．工程内容：{'、'.join(d.lines)}等的设计、设备采购、安装调试、系统集成及试运行。",
            ),
            ("二、合同工期", f"计划开工日期：{cn_date(d.start)}；计划竣工日期：{cn_date(d.finish)}。"),
            ("三、质量标准", "工程质量符合国家现行验收规范和标准，达到合格标准。"),
            ("四、签约合同价与合同价格形式", ""),
        ],
    )
    y = p.para(
        72,
        y,
        451,
        f"1．签约合同价为：人民币（大写）{d.words}（¥{grouped(d.amount)}元）。其中：",
        10.5,
        indent=2,
    )
    listed = [(label, d.fees[key]) for key, label in EPC_ITEMS if d.fees.get(key)]
    for i, (label, v) in enumerate(listed):
        end = "。" if i == len(listed) - 1 else "；"
        y = p.para(72, y, 451, f"（{'一二三四五六'[i]}）{label}：¥{grouped(v)}元{end}", 10.5, indent=4)
    y = p.para(
        72,
        y,
        451,
        "2．合同价格形式：总价合同。除合同另有约定外，合同价格不因工程量变化而调整。",
        10.5,
        indent=2,
    )
    _clauses(
        p,
        y + 4,
        [
            ("五、项目经理", f"承包人项目经理：{d.b.agent}。"),
            (
                "六、合同文件构成",
                "本协议书与下列文件一起构成合同文件：中标通知书、专用合同条件、通用合同条件、发包人要求、价格清单及承包人建议书。",
            ),
        ],
    )

    last = Sheet.new(doc)
    y = _clauses(
        last,
        80,
        [
            (
                "七、承诺",
                "发包人承诺按照法律规定履行项目审批手续，按照合同约定的期限和方式支付合同价款。承包人承诺按照法律规定及合同约定组织完成工程设计、采购和施工，确保工程质量和安全，并在质量保修期内承担相应的保修责任。",
            ),
            ("八、订立时间", f"本合同于{cn_date(d.signed)}订立。"),
            ("九、订立地点", f"本合同在{d.place}订立。"),
            (
                "十、合同生效",
                "本合同自双方签字并盖章之日起生效。本合同一式捌份，发包人执肆份，承包人执肆份。",
            ),
        ],
    )
    _sign_block(last, 80, y + 30, "发包人", d.a, d.signed, rng, seal_bottom="")
    _sign_block(last, 320, y + 30, "承包人", d.b, d.signed, rng)
    fields = _fields(d, fees=True)
    return Paper(
        DocType.contract,
        doc,
        [cover, p, last],
        fields,
        project_id=d.project_id,
        marks={"amount": 1, "signature": 2},
        note="EPC",
    )


# ---- 价款表合同 ----------------------------------------------------------------------------------
def priced(d: Deal, rng: random.Random) -> Paper:
    """Cover as a two-column table; 合同价款 table with 不含税/税额/含税 columns."""
    doc = pymupdf.open()
    cover = Sheet.new(doc)
    cover.center(150, "系统集成项目合同书", 26, bold=True)
    t = cover.grid(110, 260, [100, 275], [34, 46, 46, 46, 34, 34])
    rows = [
        ("合同编号", d.number),
        ("项目名称", d.name),
        ("甲　　方", d.a.name),
        ("乙　　方", d.b.name),
        ("签订日期", cn_date(d.signed, "ymd0")),
        ("签订地点", d.place),
    ]
    for r, (lab, val) in enumerate(rows):
        cover.cell(t[r][0], lab, 11, align="center")
        cover.cell(t[r][1], val, 11)
    p = Sheet.new(doc)
    y = _clauses(
        p,
        80,
        [
            (
                "第一条　项目内容",
                f"乙方负责{d.name}的设备供货、软件开发、系统集成、安装调试、培训及质保期内的运行维护，具体内容：{'；'.join(d.lines)}。",
            ),
            ("第二条　合同价款", "本合同价款明细如下（单位：元）："),
        ],
    )
    keys = [k for k, v in d.fees.items() if v]
    rows_h = [26] + [22] * len(keys) + [24]
    tb = p.grid(72, y - 4, [28, 120, 88, 40, 80, 95], rows_h)
    for j, h in enumerate(("序号", "费用名称", "不含税金额", "税率", "税额", "含税金额")):
        p.cell(tb[0][j], h, 9, align="center", bold=True)
    ex_total = Decimal(0)
    tax_total = Decimal(0)
    for i, k in enumerate(keys):
        gross = d.fees[k]
        rate = TAX.get(k, Decimal("0.06"))
        net = (gross / (1 + rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        tax = gross - net
        ex_total += net
        tax_total += tax
        cells = tb[i + 1]
        p.cell(cells[0], str(i + 1), 9, align="center")
        p.cell(cells[1], FEE_LABELS[k], 9)
        p.cell(cells[2], grouped(net), 9, align="right")
        p.cell(cells[3], f"{int(rate * 100)}%", 9, align="center")
        p.cell(cells[4], grouped(tax), 9, align="right")
        p.cell(cells[5], grouped(gross), 9, align="right")
    last_row = tb[-1]
    p.cell(last_row[1], "合　　计", 9, align="center", bold=True)
    p.cell(last_row[2], grouped(ex_total), 9, align="right")
    p.cell(last_row[4], grouped(tax_total), 9, align="right")
    p.cell(last_row[5], grouped(d.amount), 9, align="right", bold=True)
    y = y - 4 + sum(rows_h) + 22
    y = p.para(
        72,
        y,
        451,
        f"合同总价（含税）：人民币{d.words}（¥{grouped(d.amount)}）。上述价格包括设备、软件、运输、安装、调试、培训、税费及质保期内服务等全部费用。",
        10.5,
        indent=2,
    )
    y = _clauses(
        p,
        y + 6,
        [
            ("第三条　付款方式", rng.choice(PAY_TERMS)),
            ("第四条　工期", f"{cn_date(d.start)}至{cn_date(d.finish)}。"),
            ("第五条　质量保证", CLAUSES_COMMON[4]),
        ],
    )
    last = Sheet.new(doc)
    y = _clauses(
        last,
        80,
        [("第九条　其他", CLAUSES_COMMON[7] + "本合同一式陆份，甲方肆份，乙方贰份，自双方盖章之日起生效。")],
    )
    last.text(72, y + 16, "（以下无正文，为签章页）", 10.5)
    top = y + 60
    for x, role, pty in ((72.0, "甲方（盖章）：", d.a), (310.0, "乙方（盖章）：", d.b)):
        yy = _party_lines(last, x, top, role, pty, 10, 215)
        last.text(x, yy + 10, "授权代表（签字）：", 10)
        last.hand(x + 92, yy + 12, pty.agent, 14, rng, INK)
        last.text(x, yy + 40, "日期：", 10)
        last.hand(x + 34, yy + 42, cn_date(d.signed), 12, rng)
        last.seal(
            x + 120 + rng.uniform(-10, 10),
            yy + 10 + rng.uniform(-8, 8),
            _seal_for(pty, rng, "合同专用章"),
            110,
        )
    fields = _fields(d, fees=True)
    return Paper(
        DocType.contract,
        doc,
        [cover, p, last],
        fields,
        project_id=d.project_id,
        marks={"amount": 1, "signature": 2},
        note="priced table",
    )


# ---- 政府采购合同 --------------------------------------------------------------------------------
def procurement(d: Deal, rng: random.Random, title_only_a: bool = False, wan_only: bool = False) -> Paper:
    """政府采购合同. ``title_only_a``: the buyer's name is printed in the title only (the party
    line reads 采购人（甲方）：（以下简称甲方）); ``wan_only``: the price is printed as 万元 only."""
    doc = pymupdf.open()
    p1 = Sheet.new(doc)
    title = f"{d.a.name}{d.name.replace(d.a.name, '')}政府采购合同" if title_only_a else "政府采购合同"
    if title_only_a:
        from .canvas import wrap

        lines = wrap(title, 420, 17)
        yy = 80.0
        for line in lines:
            p1.center(yy, line, 17, bold=True)
            yy += 26
        top = yy + 10
    else:
        p1.center(86, title, 20, bold=True)
        top = 120.0
    p1.right(523, top, f"合同编号：{d.number}", 10)
    y = top + 28
    if title_only_a:
        y = p1.para(72, y, 451, "采购人（甲方）：（以下简称甲方）", 10.5)
    else:
        y = p1.para(72, y, 451, f"采购人（甲方）：{d.a.name}", 10.5)
    y = p1.para(72, y, 451, f"供应商（乙方）：{d.b.name}", 10.5)
    y = p1.para(
        72,
        y + 4,
        451,
        f"根据《中华人民共和国政府采购法》《中华人民共和国民法典》及{d.name}（项目编号：HMZC{d.signed.year}-{rng.randint(100, 999)}）采购文件、乙方响应文件及成交通知书，经双方协商一致，签订本合同。",
        10.5,
        indent=2,
    )
    y = _clauses(
        p1,
        y + 6,
        [
            ("一、项目名称", d.name),
            ("二、采购内容", "；".join(d.lines) + "。详细技术参数及配置清单见合同附件。"),
        ],
    )
    if wan_only:
        price = f"本合同总价为{wan(d.amount)}万元（含税），包括货物、运输、安装、调试、培训、质保及税费等全部费用。"
    else:
        price = f"本合同总价为人民币{d.words}（¥{grouped(d.amount)}），包括货物、运输、安装、调试、培训、质保及税费等全部费用。"
    y = _clauses(p1, y, [("三、合同金额", price), ("四、付款方式", rng.choice(PAY_TERMS))])
    p2 = Sheet.new(doc)
    y = _clauses(
        p2,
        80,
        [
            (
                "五、交付期限及地点",
                f"乙方应于{cn_date(d.finish)}前完成全部供货、安装及调试，交付地点为甲方指定地点。",
            ),
            (
                "六、验收",
                "乙方完成全部工作后向甲方提出验收申请，甲方按采购文件、响应文件及国家有关标准组织验收，验收合格后双方签署验收单。",
            ),
            ("七、质量保证", CLAUSES_COMMON[4]),
            (
                "八、违约责任",
                "乙方逾期交付的，每逾期一日按合同总价的千分之五向甲方支付违约金；甲方逾期付款的，每逾期一日按逾期金额的千分之五向乙方支付违约金。",
            ),
            ("九、争议解决", CLAUSES_COMMON[6]),
            ("十、其他", "本合同一式伍份，甲方叁份，乙方贰份，自双方签字盖章之日起生效。"),
        ],
    )
    p2.text(72, y + 6, "（以下无正文）", 10.5)
    _sign_block(p2, 80, y + 50, "甲方", d.a, d.signed, rng, seal_bottom="", print_name=not title_only_a)
    _sign_block(p2, 320, y + 50, "乙方", d.b, d.signed, rng)
    fields = _fields(d, words=not wan_only)
    return Paper(
        DocType.contract,
        doc,
        [p1, p2],
        fields,
        project_id=d.project_id,
        marks={"amount": 0, "signature": 1},
        note="procurement",
    )
