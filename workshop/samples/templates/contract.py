"""Contracts in four visually different templates, with fee tables, clause pages and a signature page.

Kinds: ``service`` 技术服务合同 (委托方/受托方), ``integration`` 系统集成项目合同书
(发包人/承包人, cover page), ``procurement`` 政府采购合同 (采购人/供应商, header
table) and ``software`` 软件开发合同 (甲方/乙方).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf

from jianzheng.models.declaration import FEE_KEYS
from jianzheng.models.document import DocType

from ..draw import Pen, Style
from ..money_words import amount_words, exact_styles, figures
from ..spell import date_text
from ..world import FEE_LABELS
from . import Rendered

KINDS = ("service", "integration", "procurement", "software")
_TITLES = {
    "service": ("技术服务合同", "技术服务合同书"),
    "integration": ("系统集成项目合同书", "信息系统集成项目合同"),
    "procurement": ("政府采购合同", "政府采购项目合同书"),
    "software": ("软件开发合同", "软件开发委托合同"),
}
_PARTIES = {
    "service": ("委托方（甲方）", "受托方（乙方）"),
    "integration": ("发包人", "承包人"),
    "procurement": ("采购人（甲方）", "供应商（乙方）"),
    "software": ("甲方", "乙方"),
}


@dataclass
class ContractSpec:
    """What one contract says (which may differ from the declaration where a problem is planted)."""

    project_id: str
    project_name: str
    number: str
    party_a: str
    party_b: str
    fees: dict[str, Decimal]
    signed_on: dt.date
    kind: str = "service"
    itemise: bool = True
    words_amount: Decimal | None = None
    """Amount the capital numerals say (None: the contract amount)."""
    seal_a: bool = True
    seal_b: bool = True
    legal_a: str = ""
    legal_b: str = ""
    address_b: str = ""
    key_pages_only: bool = False
    """Leave out the second clause page, as uploads of "合同关键页" do."""
    style: Style | None = None
    """Fonts to use (None: a random style)."""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def amount(self) -> Decimal:
        return sum((self.fees[k] for k in FEE_KEYS), Decimal(0))


def render_contract(rng: random.Random, spec: ContractSpec) -> Rendered:
    """The contract's key pages: first page(s) with parties and amount, clauses, signature page."""
    doc = pymupdf.open()
    pen = Pen(doc, spec.style or Style.pick(rng))
    title = rng.choice(_TITLES[spec.kind])
    la, lb = _PARTIES[spec.kind]
    words = amount_words(spec.words_amount if spec.words_amount is not None else spec.amount)
    styles = [s for s in exact_styles(spec.amount) if s != "rmb"]
    fig = figures(spec.amount, rng.choice(["yen", "yen", *styles]))
    form = rng.randrange(3)
    if form == 0:
        amount_line = (f"人民币{words}（{fig}）", "人民币" + words)
    elif form == 1:
        amount_line = (f"{fig}（大写：人民币{words}）", "人民币" + words)
    else:
        amount_line = (f"人民币（大写）{words}（小写：{fig}）", words)
    sign_text = date_text(spec.signed_on, rng.choice(["cn", "cn0", "iso", "han"]))
    if spec.kind == "integration":
        _cover(pen, rng, title, spec, la, lb, sign_text)
        pen.new_page()
        y = 80.0
    else:
        pen.new_page()
        pen.center(80, title, size=20)
        y = 115.0
        pen.labelled(360, y, "合同编号：", spec.number, key="contract_number")
        y += 30
    if spec.kind == "procurement":
        rows = [
            ["项目名称", spec.project_name],
            ["采购人", spec.party_a],
            ["供应商", spec.party_b],
            ["合同编号", spec.number],
        ]
        y = pen.table(
            60,
            y,
            [90, 385],
            rows,
            row_h=24,
            keys={(0, 1): "project_name", (1, 1): "party_a", (2, 1): "party_b"},
        )
        y += 25
    elif spec.kind == "software":
        # Parties side by side in a table, as software-development contracts often print them.
        rows = [
            ["", la, lb],
            ["名称", spec.party_a, spec.party_b],
            ["法定代表人", spec.legal_a, spec.legal_b],
            ["联系电话", f"0991-{rng.randint(2000000, 8999999)}", f"0991-{rng.randint(2000000, 8999999)}"],
        ]
        y = pen.table(
            50, y, [75, 210, 210], rows, row_h=24, size=9.5, keys={(1, 1): "party_a", (1, 2): "party_b"}
        )
        y += 25
    else:
        pen.labelled(60, y, f"{la}：", spec.party_a, key="party_a")
        y += 22
        if spec.legal_a:
            pen.text(60, y, f"法定代表人：{spec.legal_a}")
            y += 22
        pen.labelled(60, y, f"{lb}：", spec.party_b, key="party_b")
        y += 22
        if spec.address_b:
            pen.text(60, y, f"住所：{spec.address_b}")
            y += 22
        y += 10
    intro = (
        f"根据《中华人民共和国民法典》及有关法律法规，{la}与{lb}本着平等互利的原则，就“{spec.project_name}”"
        f"（以下简称“本项目”）的实施事宜，经协商一致，订立本合同，共同遵守。"
    )
    if spec.kind != "procurement":
        pen.text(60, y, "项目名称：")
        pen.text(60 + pen.width("项目名称："), y, spec.project_name, key="project_name")
        y += 26
    y = pen.wrap(60, y, 470, intro)
    y += 8
    pen.text(
        60, y, rng.choice(["第一条 合同价款", "一、合同金额", "第二条 合同总价"]), size=pen.style.size + 0.5
    )
    y += 22
    lead = rng.choice(["本合同总价款为", "合同总金额：", "合同价款（含税）为"])
    pen.text(60, y, lead)
    pen.text(60 + pen.width(lead), y, amount_line[0], key="contract_amount")
    y += 22
    if spec.itemise:
        y = _fee_table(pen, rng, y + 6, spec)
    y = pen.wrap(
        60,
        y + 22,
        470,
        "上述价款已包含设备购置、运输、安装调试、系统集成、培训、税费及质保期内服务等全部费用。",
    )
    _clauses(pen, rng, y + 10, la, lb, first=True)
    if not spec.key_pages_only:
        pen.new_page()
        _clauses(pen, rng, 80, la, lb, first=False)
    _signature_page(pen, rng, spec, la, lb, sign_text)
    fields: dict[str, object] = {
        "project_name": spec.project_name,
        "contract_number": spec.number,
        "party_a": spec.party_a,
        "party_b": spec.party_b,
        "contract_amount": f"{spec.amount:.2f}",
        "amount_in_words": amount_line[1],
        "signed_on": spec.signed_on.isoformat(),
        "has_seal": spec.seal_a or spec.seal_b,
    }
    if spec.itemise:
        fields["fees"] = {k: f"{v:.2f}" for k, v in spec.fees.items() if v}
    pen.marks["amount_figures"] = pen.marks["contract_amount"]
    if rng.random() < 0.5:
        _page_numbers(pen, rng)
    if rng.random() < 0.15:
        mark = rng.choice(["此复印件仅供资质年检使用", "与原件核对一致"])
        for i in range(doc.page_count):
            pen.page = doc[i]
            pen.watermark(mark)
    return Rendered(DocType.contract, doc, fields, pen.marks, project_id=spec.project_id)


def _page_numbers(pen: Pen, rng: random.Random) -> None:
    """Footers 第 i 页 共 n 页 (or - i -) on every page."""
    n = pen.doc.page_count
    form = rng.choice(["第 {i} 页 共 {n} 页", "第{i}页/共{n}页", "- {i} -"])
    for i in range(n):
        pen.page = pen.doc[i]
        text = form.format(i=i + 1, n=n)
        pen.text((pen.p.rect.width - pen.width(text, 9)) / 2, pen.p.rect.height - 30, text, size=9)


def _cover(
    pen: Pen, rng: random.Random, title: str, spec: ContractSpec, la: str, lb: str, sign_text: str
) -> None:
    pen.new_page()
    pen.center(220, title, size=28)
    pen.labelled(150, 330, "项目名称：", spec.project_name, key="project_name", size=13)
    pen.labelled(150, 365, "合同编号：", spec.number, key="contract_number", size=13)
    pen.labelled(150, 400, f"{la}：", spec.party_a, key="party_a", size=13)
    pen.labelled(150, 435, f"{lb}：", spec.party_b, key="party_b", size=13)
    pen.text(150, 470, "签订地点：新疆乌鲁木齐市", size=13)
    pen.labelled(150, 505, "签订日期：", sign_text, key="signed_on_cover", size=13)


def _fee_table(pen: Pen, rng: random.Random, y: float, spec: ContractSpec) -> float:
    rows = [["序号", "费用名称", "金额（元）", "备注"]]
    keys = {}
    n = 0
    for key in FEE_KEYS:
        if spec.fees[key]:
            n += 1
            rows.append([str(n), rng.choice(FEE_LABELS[key]), f"{spec.fees[key]:,.2f}", ""])
            keys[(n, 2)] = f"fee_{key}"
    rows.append(["", "合计", f"{spec.amount:,.2f}", ""])
    pen.text(60, y + 12, rng.choice(["合同价款构成如下：", "费用明细：", "分项报价表："]))
    return pen.table(60, y + 22, [40, 200, 140, 90], rows, row_h=21, keys=keys, align_right={2})


_CLAUSES = (
    "{b}应按照{a}确认的技术方案和进度计划组织实施，项目实施周期为合同签订之日起{d}个日历日。",
    "{a}应为{b}提供必要的工作条件，包括机房、网络接入及相关配合人员。",
    "付款方式：合同签订后{a}支付合同总价的30%作为预付款；系统上线试运行后支付40%；项目验收合格后支付剩余30%。",
    "质量保证：{b}提供自验收合格之日起{w}年的免费质保服务，质保期内7×24小时响应。",
    "验收：项目完成后，{b}向{a}提交验收申请，{a}在收到申请后15个工作日内组织验收。",
    "知识产权：本项目中{b}为{a}定制开发的软件，其著作权归{a}所有，{b}保留通用组件的权利。",
    "保密：双方对在合作中知悉的对方商业秘密及技术资料负有保密义务，保密期限不受合同终止影响。",
    "违约责任：任何一方违反本合同约定，应向守约方支付合同总价5%的违约金；给对方造成损失的，应予赔偿。",
    "争议解决：因本合同引起的争议，双方协商解决；协商不成的，提交{a}所在地人民法院诉讼解决。",
    "本合同一式{n}份，{a}执{m}份，{b}执{m2}份，具有同等法律效力，自双方签字盖章之日起生效。",
)


def _clauses(pen: Pen, rng: random.Random, y: float, la: str, lb: str, first: bool) -> None:
    a, b = la.split("（")[0], lb.split("（")[0]
    chosen = _CLAUSES[:5] if first else _CLAUSES[5:]
    num = ["二", "三", "四", "五", "六"] if first else ["七", "八", "九", "十", "十一"]
    for n, clause in zip(num, chosen, strict=True):
        if y > 760:
            break
        text = clause.format(a=a, b=b, d=rng.choice([90, 120, 180]), w=rng.choice([1, 2, 3]), n=6, m=4, m2=2)
        y = pen.wrap(60, y, 470, f"第{n}条 {text}") + 6


def _signature_page(
    pen: Pen, rng: random.Random, spec: ContractSpec, la: str, lb: str, sign_text: str
) -> None:
    pen.new_page()
    pen.text(60, 90, "（以下无正文，为签署页）")
    y = 160.0
    for x, label, name, seal, rep in (
        (60, la, spec.party_a, spec.seal_a, spec.legal_a),
        (320, lb, spec.party_b, spec.seal_b, spec.legal_b),
    ):
        pen.text(x, y, f"{label}（盖章）：")
        pen.text(x, y + 24, name, size=pen.style.size - 1, key="sign_a" if x == 60 else "sign_b")
        pen.text(x, y + 70, "法定代表人或授权代表（签字）：")
        if rep:
            pen.text(x + 20, y + 95, rep)
        pen.text(
            x,
            y + 130,
            "开户银行："
            + rng.choice(["中国银行乌鲁木齐分行", "中国建设银行新疆分行", "新疆银行股份有限公司"]),
            size=9.5,
        )
        pen.text(x, y + 150, f"账号：{rng.randint(10**15, 10**16 - 1)}", size=9.5)
        if seal:
            pen.seal(x + 110, y + 60, name, rng=rng)
    pen.labelled(60, y + 210, rng.choice(["签订日期：", "签约时间：", "日期："]), sign_text, key="signed_on")
    pen.text(60, y + 236, "签订地点：新疆维吾尔自治区乌鲁木齐市")
