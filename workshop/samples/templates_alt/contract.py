"""Alt contracts: 信息化建设项目合同, 技术服务协议, 软件定制开发合同, 采购合同, 运维服务合同.

Unlike the default family, the price is stated only inside a clause sentence
(wrapped like the rest of the paragraph), the fee breakdown is a 分项报价表
with 数量/单价/金额 columns, and the parties appear either in a two-column
header table or only in the signature block (名称/地址/法定代表人 rows), with
the signing date beside the signatures.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

import pymupdf

from jianzheng.models.declaration import FEE_KEYS
from jianzheng.models.document import DocType

from ..draw import Mark, Pen, Style
from ..money_words import amount_words, figures
from ..spell import date_text
from ..templates import Rendered

TITLES = ("信息化建设项目合同", "技术服务协议", "软件定制开发合同", "采购合同", "运维服务合同")
LAYOUTS = ("header_table", "signature_only", "plain_lines")
_PAIRS = (("甲方", "乙方"), ("需方", "供方"), ("委托人", "受托人"), ("采购方", "服务方"))

ITEM_NAMES: dict[str, tuple[str, ...]] = {
    "software_development": ("软件定制开发", "应用系统开发服务", "软件开发服务"),
    "consulting_design": ("项目咨询与规划设计", "咨询设计服务", "方案设计"),
    "integration_implementation": ("系统集成与实施", "安装调试服务", "集成实施服务"),
    "operation_maintenance": ("运维服务（一年）", "系统运行维护服务", "驻场运维服务"),
    "data_processing": ("数据迁移与清洗", "数据处理服务", "历史数据治理"),
    "operation_service": ("平台运营服务", "运营服务"),
    "self_made_hardware": ("自研智能终端", "自制硬件设备"),
    "hardware_purchase": ("硬件设备采购", "服务器及网络设备采购", "硬件设备购置"),
    "software_purchase": ("商用软件采购", "正版软件许可采购", "第三方软件购置"),
    "other": ("培训及其他", "其他费用", "不可预见费"),
}
"""Row names of a 分项报价表, as suppliers write them (not the declaration's fee names)."""


@dataclass
class AltContractSpec:
    project_id: str
    project_name: str
    number: str
    party_a: str
    party_b: str
    fees: dict[str, Decimal]
    signed_on: dt.date
    layout: str = "header_table"
    itemise: bool = True
    words_amount: Decimal | None = None
    address_a: str = ""
    address_b: str = ""
    legal_a: str = ""
    legal_b: str = ""

    @property
    def amount(self) -> Decimal:
        return sum((self.fees[k] for k in FEE_KEYS), Decimal(0))


def render_alt_contract(rng: random.Random, spec: AltContractSpec) -> Rendered:
    """Key pages: first page (title, parties, project), price clause and quote table, signature page."""
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    title = rng.choice(TITLES)
    la, lb = rng.choice(_PAIRS)
    pen.new_page()
    pen.center(78, title, size=19)
    y = 108.0
    number_label = rng.choice(["合同编号：", "协议编号：", "合同号："])
    pen.text(330, y, number_label + spec.number, size=10)
    y += 32
    if spec.layout == "header_table":
        rows = [
            [f"{la}：{spec.party_a}", f"{lb}：{spec.party_b}"],
            [f"法定代表人：{spec.legal_a}", f"法定代表人：{spec.legal_b}"],
            [
                f"联系电话：0991-{rng.randint(2000000, 8999999)}",
                f"联系电话：0991-{rng.randint(2000000, 8999999)}",
            ],
        ]
        y = pen.table(45, y, [255, 255], rows, row_h=26, size=9) + 22
    elif spec.layout == "plain_lines":
        pen.text(60, y, f"{la}（全称）：{spec.party_a}")
        pen.text(60, y + 22, f"{lb}（全称）：{spec.party_b}")
        y += 56
    intro_parties = (
        f"{la}、{lb}双方" if spec.layout != "signature_only" else f"{spec.party_a}（以下简称“{la}”）与{lb}"
    )
    y = pen.wrap(
        60,
        y,
        470,
        f"{intro_parties}依据《中华人民共和国民法典》等法律法规，就“{spec.project_name}”有关事宜，"
        "在平等、自愿、公平、诚实信用的基础上，经友好协商，达成如下协议：",
    )
    y += 10
    pen.text(60, y, "第一条 项目概况", size=pen.style.size + 0.5)
    y = pen.wrap(72, y + 22, 458, f"1.1 项目名称：{spec.project_name}")
    y = pen.wrap(72, y, 458, f"1.2 实施地点：{rng.choice(['甲方指定地点', '新疆维吾尔自治区境内'])}")
    y = pen.wrap(72, y, 458, f"1.3 服务期限：自合同签订之日起{rng.choice([90, 180, 365])}日内完成。")
    y += 8
    pen.text(60, y, "第二条 合同价款及支付", size=pen.style.size + 0.5)
    y += 22
    words = amount_words(spec.words_amount if spec.words_amount is not None else spec.amount)
    fig = figures(spec.amount, rng.choice(["yen", "yuan2"]))
    fig_shown = fig if fig.endswith("元") else fig + "元"
    form = rng.randrange(3)
    if form == 0:
        sentence = f"2.1 本合同总价款为人民币（大写）{words}（小写：{fig_shown}），该价款为含税价，包含完成本项目所需的全部费用。"
        shown_words = words
    elif form == 1:
        sentence = (
            f"2.1 双方确认，本项目合同总价为{fig_shown}（人民币{words}），{lb}不得以任何理由要求增加费用。"
        )
        shown_words = "人民币" + words
    else:
        sentence = f"2.1 本协议项下服务费用共计人民币{words}（¥{spec.amount:,.2f}），含增值税。"
        shown_words = "人民币" + words
    amount_page = pen.page_index
    y = pen.wrap(72, y, 458, sentence)
    if spec.itemise:
        y = _quote_table(pen, rng, y + 6, spec)
    y = pen.wrap(
        72,
        y + 8,
        458,
        f"2.2 付款方式：合同签订后{rng.choice([10, 15, 30])}个工作日内支付合同总价的30%；项目验收合格后支付至95%；"
        "余款作为质保金，质保期满后无息支付。",
    )
    _clauses(pen, rng, y + 10, la, lb)
    _signature_page(pen, rng, spec, la, lb)
    fields: dict[str, object] = {
        "project_name": spec.project_name,
        "contract_number": spec.number,
        "party_a": spec.party_a,
        "party_b": spec.party_b,
        "contract_amount": f"{spec.amount:.2f}",
        "amount_in_words": shown_words,
        "signed_on": spec.signed_on.isoformat(),
        "has_seal": True,
    }
    if spec.itemise:
        fields["fees"] = {k: f"{v:.2f}" for k, v in spec.fees.items() if v}
    rendered = Rendered(DocType.contract, doc, fields, pen.marks, project_id=spec.project_id)
    rendered.marks["amount_page"] = _page_mark(amount_page)
    return rendered


def _page_mark(page: int) -> Mark:
    """Where the price clause is: scenarios plant findings on that page."""
    return Mark(page, pymupdf.Rect(0, 0, 1, 1), "", "", 0.0)


def _quote_table(pen: Pen, rng: random.Random, y: float, spec: AltContractSpec) -> float:
    """分项报价表: 序号 | 名称 | 单位 | 数量 | 单价（元） | 金额（元）."""
    pen.text(72, y + 12, rng.choice(["附：分项报价表", "分项报价明细如下：", "2.1.1 分项报价表"]))
    rows = [["序号", "名称", "单位", "数量", "单价（元）", "金额（元）"]]
    n = 0
    for key in FEE_KEYS:
        value = spec.fees[key]
        if not value:
            continue
        n += 1
        unit, qty = rng.choice([("项", 1), ("套", 1), ("年", 1), ("批", 1)])
        rows.append([str(n), rng.choice(ITEM_NAMES[key]), unit, str(qty), f"{value:,.2f}", f"{value:,.2f}"])
    rows.append(["", "合计（含税）", "", "", "", f"{spec.amount:,.2f}"])
    return pen.table(66, y + 22, [34, 170, 34, 34, 95, 100], rows, row_h=20, align_right={4, 5}, size=9.5)


_CLAUSES = (
    "第三条 双方权利义务：{b}应按照{a}的需求完成系统建设，并提供技术文档和培训；{a}应及时提供实施所需条件。",
    "第四条 验收：项目完成后{b}提出验收申请，{a}在十五个工作日内组织验收，验收合格后签署验收报告。",
    "第五条 质量保证：质保期为终验合格之日起{w}年，质保期内{b}提供免费维护。",
    "第六条 违约责任：任何一方违约的，应赔偿对方因此遭受的损失；逾期交付的，每日按合同总价的千分之一支付违约金。",
    "第七条 争议解决：履行本合同发生争议的，双方协商解决；协商不成的，依法向{a}所在地人民法院起诉。",
    "第八条 其他：本合同一式{n}份，双方各执{m}份，自双方签字盖章之日起生效。",
)


def _clauses(pen: Pen, rng: random.Random, y: float, la: str, lb: str) -> None:
    for clause in _CLAUSES:
        if y > 770:
            pen.new_page()
            y = 80.0
        text = clause.format(
            a=la, b=lb, w=rng.choice([1, 2, 3]), n=rng.choice([4, 6, 8]), m=rng.choice([2, 3])
        )
        y = pen.wrap(60, y, 470, text) + 6


def _signature_page(pen: Pen, rng: random.Random, spec: AltContractSpec, la: str, lb: str) -> None:
    """Signature block: two columns with 名称/地址/法定代表人 rows and the date beside each signature."""
    pen.new_page()
    pen.text(60, 80, "（本页无正文，为合同签署页）", size=10)
    date_style = rng.choice(["han", "cn", "cn0"])
    date_label = rng.choice(["签订日期：", "日期：", "签约日期："])
    y = 140.0
    for x, label, name, address, rep in (
        (60, la, spec.party_a, spec.address_a, spec.legal_a),
        (315, lb, spec.party_b, spec.address_b, spec.legal_b),
    ):
        pen.text(x, y, f"{label}（盖章）：")
        rows = [("名称：", name), ("地址：", address or ""), ("法定代表人：", rep)]
        yy = y + 28
        for row_label, value in rows:
            text = row_label + value
            size = pen.style.size - 1
            while pen.width(text, size) > 240 and size > 7:
                size -= 0.5
            pen.text(x, yy, text, size=size)
            yy += 24
        pen.text(x, yy, "委托代理人（签字）：", size=pen.style.size - 1)
        pen.text(x, yy + 30, date_label + date_text(spec.signed_on, date_style), size=pen.style.size - 1)
        pen.seal(x + 120, y + 60, name, rng=rng)
