"""The long contract (8–25 pages) with amounts everywhere, and its 补充协议.

A contract prints one amount that is the contract amount (the 含税 合同总价 of clause 三) and many
that are not: 不含税金额 and 税额, the 采购预算, each instalment of the payment plan with its own
capital numerals, the 履约保证金, the daily liquidated damages and their cap, the 质保金, 暂列金额 and
暂估价, unit prices and quantities in the appendices, and (where the price moved) the original price
beside the 补充协议's new one.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf

from .flow import Flow
from .sheet import NOBREAK_CLOSE as NC
from .sheet import NOBREAK_OPEN as NO
from .sheet import Sheet, text_width, wrap
from .texts import (
    CONTRACT_DOCUMENTS,
    DEFINITIONS,
    DETAIL,
    DUTIES,
    FORCE,
    SECRECY,
    SERVICE,
    SUBSYSTEMS,
    TECH,
    Equipment,
    cn_ordinal,
)
from .world import cn_date, fig, q2, upper, wan

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


@dataclass
class FeeLine:
    key: str
    content: str
    incl: Decimal
    rate: Decimal

    @property
    def label(self) -> str:
        return FEE_LABELS[self.key]

    @property
    def pretax(self) -> Decimal:
        return q2(self.incl / (1 + self.rate))

    @property
    def tax(self) -> Decimal:
        return self.incl - self.pretax


@dataclass
class ItemLine:
    content: str
    unit: str
    qty: int
    price: Decimal

    @property
    def amount(self) -> Decimal:
        return self.price * self.qty


@dataclass
class Gear:
    item: Equipment
    qty: int
    price: Decimal
    provisional: bool = False

    @property
    def amount(self) -> Decimal:
        return self.price * self.qty


@dataclass
class Supplement:
    signed_on: dt.date
    reason: str
    added: dict[str, Decimal]
    """Per fee key, the 含税 amount the supplement adds."""
    scanned: bool = True


@dataclass
class ContractSpec:
    number: str
    project: str
    party_a: str
    party_b: str
    a_rep: str
    b_rep: str
    a_addr: str
    b_addr: str
    a_phone: str
    b_phone: str
    a_bank: tuple[str, str]
    b_bank: tuple[str, str]
    b_code: str
    signed_on: dt.date
    sign_place: str
    client_kind: str
    kind: str
    """integration (category fee table), software or om (item table, one fee key)."""
    lines: list[FeeLine] = field(default_factory=list)
    items: list[ItemLine] = field(default_factory=list)
    item_key: str = "software_development"
    item_rate: Decimal = Decimal("0.06")
    gear: list[Gear] = field(default_factory=list)
    numbering: str = "条"
    body_unit: str = "yuan"
    lean: bool = False
    end: str = "整"
    words_override: str | None = None
    price_page: int = 6
    pages: int = 14
    provisional_sum: Decimal | None = None
    discount: Decimal = Decimal(0)
    plan: list[tuple[str, int]] = field(default_factory=list)
    cumulative: bool = False
    """Print middle instalments as 累计支付至合同总价的N% (验收后付至95%)."""
    deposit_pct: int = 5
    ld_permille: Decimal = Decimal("0.5")
    warranty_months: int = 24
    duration_days: int = 120
    budget: Decimal = Decimal(0)
    procurement: str = "公开招标"
    tender_no: str = ""
    supplement: Supplement | None = None
    amount_on_cover: bool = False
    contents_page: bool = True

    # --- derived amounts ----------------------------------------------------------------
    @property
    def listed(self) -> Decimal:
        """Sum of the appendix's lines before any 商务优惠."""
        if self.kind == "integration":
            return sum((line.incl for line in self.lines), Decimal(0))
        return self.item_pretax + self.item_tax

    @property
    def item_pretax(self) -> Decimal:
        return sum((i.amount for i in self.items), Decimal(0))

    @property
    def item_tax(self) -> Decimal:
        return q2(self.item_pretax * self.item_rate)

    @property
    def total(self) -> Decimal:
        """The 合同总价 (含税) as clause 三 states it."""
        return self.listed - self.discount

    @property
    def pretax(self) -> Decimal:
        if self.kind == "integration":
            if self.discount:
                # the discount comes off the services at 6 %
                return sum((line.pretax for line in self.lines), Decimal(0)) - q2(
                    self.discount / Decimal("1.06")
                )
            return sum((line.pretax for line in self.lines), Decimal(0))
        return self.item_pretax

    @property
    def tax(self) -> Decimal:
        return self.total - self.pretax

    def instalments(self, total: Decimal | None = None) -> list[tuple[str, int, Decimal]]:
        total = self.total if total is None else total
        out = []
        paid = Decimal(0)
        for i, (label, pct) in enumerate(self.plan):
            amount = total - paid if i == len(self.plan) - 1 else q2(total * pct / 100)
            paid += amount
            out.append((label, pct, amount))
        return out

    @property
    def fees(self) -> dict[str, Decimal]:
        """The fees the contract itemises by category (with the supplement's additions), or {}."""
        if self.kind != "integration":
            return {}
        fees: dict[str, Decimal] = {}
        for line in self.lines:
            fees[line.key] = fees.get(line.key, Decimal(0)) + line.incl
        if self.supplement:
            for key, add in self.supplement.added.items():
                fees[key] = fees.get(key, Decimal(0)) + add
        return fees

    @property
    def final_total(self) -> Decimal:
        if self.supplement:
            return self.total + sum(self.supplement.added.values(), Decimal(0))
        return self.total

    def words(self, value: Decimal) -> str:
        return upper(value, lean=self.lean, end=self.end)

    @property
    def total_words(self) -> str:
        return self.words_override or self.words(self.total)


@dataclass
class BuiltContract:
    doc: pymupdf.Document
    sheets: list[Sheet]
    anchors: dict[str, int]
    """0-based page index of: price (clause 三's total), fees (the category table), signature,
    supplement_price (the 补充协议's new total), plan (the payment clause)."""
    supplement_from: int | None = None
    """0-based index of the first 补充协议 page, where there is one."""


def _money(spec: ContractSpec, value: Decimal) -> str:
    return f"人民币¥{fig(value)}元"


def _clause(spec: ContractSpec, i: int, title: str) -> str:
    if spec.numbering == "条":
        return f"第{cn_ordinal(i)}条  {title}"
    return f"{cn_ordinal(i)}、{title}"


def build_contract(spec: ContractSpec, rng: random.Random) -> BuiltContract:
    doc = pymupdf.open()
    flow = Flow(
        doc,
        header=f"合同编号：{spec.number}",
        size=rng.choice((10.0, 10.5, 11.0)),
        leading=rng.uniform(1.6, 1.9),
        margin=rng.choice((56.0, 60.0, 64.0, 70.0)),
    )
    _cover(flow, spec)
    if spec.contents_page:
        _contents(flow, spec)
    flow.new_page()
    flow.heading(spec.project + ("合同书" if spec.kind == "integration" else "服务合同"), 14, center=True)
    flow.para(f"甲方（采购人）：{spec.party_a}", indent=False)
    flow.para(f"乙方（供应商）：{spec.party_b}", indent=False)
    flow.para(
        f"根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例等法律法规，甲乙双方就"
        f"{NO}{spec.project}{NC}（采购编号：{spec.tender_no}）经平等协商，签订本合同，共同遵守。"
    )
    n = 1
    flow.heading(_clause(spec, n, "项目概况"), 11.5)
    flow.para(f"1.1 项目名称：{NO}{spec.project}{NC}。", indent=False)
    flow.para(f"1.2 项目地点：{spec.a_addr}。", indent=False)
    flow.para(
        f"1.3 采购方式：{spec.procurement}。本项目采购预算为人民币{fig(spec.budget)}元，"
        f"乙方于{cn_date(spec.signed_on - dt.timedelta(days=rng.randint(8, 20)))}收到成交（中标）通知书。",
        indent=False,
    )
    flow.para("1.4 组成本合同的文件及优先解释顺序如下：", indent=False)
    for i, item in enumerate(CONTRACT_DOCUMENTS, start=1):
        flow.para(f"（{i}）{item}；")
    flow.para("上述文件互为补充和解释，如有不明确或不一致之处，以排列在前者为准。")
    flow.para("1.5 除上下文另有要求外，本合同下列用语的含义为：", indent=False)
    for item in DEFINITIONS:
        flow.para(item)
    n += 1
    flow.heading(_clause(spec, n, "建设内容与服务范围"), 11.5)
    flow.para("2.1 乙方按照本合同及其附件、采购文件和乙方响应文件的要求，完成以下建设内容：", indent=False)
    subs = list(SUBSYSTEMS.get(spec.client_kind, SUBSYSTEMS["bureau"]))
    rng.shuffle(subs)
    k = 0
    target = spec.price_page - 1
    while flow.page_index < target or k < 3:
        sub = subs[k % len(subs)]
        details = rng.sample(DETAIL, 4)
        flow.para(f"（{k + 1}）{sub}：{'；'.join(details)}。", indent=True)
        k += 1
        if k > 60:
            break
    n += 1
    flow.ensure(flow.size * flow.leading * 9)
    flow.heading(_clause(spec, n, "合同价款"), 11.5)
    _price_clause(flow, spec)
    n += 1
    flow.heading(_clause(spec, n, "支付方式"), 11.5)
    _plan_clause(flow, spec)
    n += 1
    deposit = q2(spec.total * spec.deposit_pct / 100)
    flow.heading(_clause(spec, n, "履约保证金"), 11.5)
    flow.para(
        f"乙方应于本合同签订前向甲方提交合同总价{spec.deposit_pct}%的履约保证金，即{_money(spec, deposit)}，"
        "以银行转账或银行保函形式提交。项目终验合格后，甲方在十五个工作日内无息退还。"
    )
    n += 1
    flow.heading(_clause(spec, n, "工期与交付"), 11.5)
    flow.para(
        f"乙方应自合同签订之日起{spec.duration_days}个日历日内完成全部建设内容并具备验收条件。"
        "因甲方原因造成工期延误的，工期相应顺延。"
    )
    n += 1
    flow.heading(_clause(spec, n, "验收"), 11.5)
    flow.para(
        "项目完工后，乙方向甲方提交书面验收申请及竣工资料，甲方在收到申请后十五个工作日内组织验收。"
        "验收合格的，双方签署验收报告；验收不合格的，乙方应在甲方规定期限内整改并重新申请验收。"
    )
    n += 1
    flow.heading(_clause(spec, n, "质量保证与售后服务"), 11.5)
    last_label, last_pct, last_amount = spec.instalments()[-1]
    if "质保" in last_label:
        flow.para(
            f"质保期为项目终验合格之日起{spec.warranty_months}个月。质量保证金为合同总价的{last_pct}%，"
            f"即{_money(spec, last_amount)}，质保期满且无质量问题的，甲方一次性无息支付。"
        )
    else:
        flow.para(f"服务期为合同签订之日起{spec.warranty_months}个月，本合同不另设质量保证金。")
    for s in rng.sample(SERVICE, 2):
        flow.para(s)
    n += 1
    flow.heading(_clause(spec, n, "双方权利和义务"), 11.5)
    for s in DUTIES:
        flow.para(s)
    n += 1
    flow.heading(_clause(spec, n, "知识产权与保密"), 11.5)
    for s in SECRECY:
        flow.para(s)
    n += 1
    daily = q2(spec.total * spec.ld_permille / 1000)
    cap = q2(spec.total / 10)
    flow.heading(_clause(spec, n, "违约责任"), 11.5)
    flow.para(
        f"乙方逾期交付或逾期完成的，每逾期一日，按合同总价的{spec.ld_permille}‰向甲方支付违约金"
        f"（即每日人民币{fig(daily)}元），累计违约金不超过合同总价的10%（即人民币{fig(cap)}元）；"
        "逾期超过三十日的，甲方有权解除合同。"
    )
    flow.para("甲方无正当理由逾期付款的，每逾期一日，按逾期未付金额的0.3‰向乙方支付违约金。")
    n += 1
    flow.heading(_clause(spec, n, "不可抗力"), 11.5)
    for s in FORCE:
        flow.para(s)
    n += 1
    flow.heading(_clause(spec, n, "争议解决"), 11.5)
    flow.para(
        f"因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向{spec.sign_place}人民法院提起诉讼。"
    )
    n += 1
    flow.heading(_clause(spec, n, "其他"), 11.5)
    flow.para("本合同一式陆份，甲方执肆份，乙方执贰份，具有同等法律效力，自双方签字盖章之日起生效。")
    flow.para(
        "本合同附件为合同不可分割的组成部分：附件1 分项报价表；附件2 设备及软件清单；附件3 技术要求；附件4 售后服务承诺。"
        if spec.kind == "integration"
        else "本合同附件为合同不可分割的组成部分：附件1 报价明细表；附件2 服务内容及要求；附件3 售后服务承诺。"
    )
    flow.para("（以下无正文）", indent=False)
    _signature_page(flow, spec, rng, spec.signed_on, "signature")
    _appendices(flow, spec, rng)
    supplement_from = None
    if spec.supplement:
        supplement_from = len(flow.sheets)
        _supplement(flow, spec, rng)
    flow.finish()
    return BuiltContract(doc, flow.sheets, dict(flow.anchors), supplement_from)


def _cover(flow: Flow, spec: ContractSpec) -> None:
    sheet = flow.new_page(header=False)
    sheet.text(
        297.5, 200, "政 府 采 购 合 同" if spec.procurement != "单一来源" else "合 同 书", 24, align="center"
    )
    title = 15.0
    while text_width(spec.project, title) > 470:
        title -= 0.5
    sheet.text(297.5, 250, spec.project, title, align="center")
    y = 380.0
    rows = [
        ("合同编号", spec.number),
        ("项目名称", spec.project),
        ("甲    方", spec.party_a),
        ("乙    方", spec.party_b),
        ("签订日期", cn_date(spec.signed_on)),
        ("签订地点", spec.sign_place),
    ]
    if spec.amount_on_cover:
        rows.insert(4, ("合同金额", f"人民币{fig(spec.total)}元（含税）"))
    for label, value in rows:
        sheet.text(120, y, f"{label}：", 12)
        for k, line in enumerate(wrap(value, 300, 12)):
            if k:
                y += 20
            sheet.text(200, y, line, 12)
            sheet.hline(198, 500, y + 4, 0.4)
        y += 34
    flow.mark("cover")


def _contents(flow: Flow, spec: ContractSpec) -> None:
    sheet = flow.new_page()
    sheet.text(297.5, 110, "目    录", 15, align="center")
    name_size = 10.5
    while text_width(spec.project, name_size) > 440:
        name_size -= 0.5
    sheet.text(297.5, 134, spec.project, name_size, align="center")
    items = [
        "项目概况",
        "建设内容与服务范围",
        "合同价款",
        "支付方式",
        "履约保证金",
        "工期与交付",
        "验收",
        "质量保证与售后服务",
        "双方权利和义务",
        "知识产权与保密",
        "违约责任",
        "不可抗力",
        "争议解决",
        "其他",
    ]
    y = 160
    for i, title in enumerate(items, start=1):
        sheet.text(110, y, _clause(spec, i, title).replace("  ", " "), 11)
        y += 26
    for title in (
        ["附件1 分项报价表", "附件2 设备及软件清单", "附件3 技术要求", "附件4 售后服务承诺"]
        if spec.kind == "integration"
        else ["附件1 报价明细表", "附件2 服务内容及要求", "附件3 售后服务承诺"]
    ):
        sheet.text(110, y, title, 11)
        y += 26


def _price_clause(flow: Flow, spec: ContractSpec) -> None:
    total = spec.total
    if spec.body_unit == "wan":
        first = (
            f"3.1 本合同总金额为人民币{wan(total)}万元（含税，大写：{NO}{spec.total_words}{NC}），"
            "该价格为固定总价，各分项价格（单位：元）详见附件1。"
        )
    else:
        first = (
            f"3.1 本合同总价（含税）为人民币¥{fig(total)}元（大写：{NO}{spec.total_words}{NC}），"
            f"其中不含税金额为人民币¥{fig(spec.pretax)}元，增值税税额为人民币¥{fig(spec.tax)}元。"
        )
    flow.para(first, indent=False, mark="price")
    if spec.kind == "integration":
        rates = sorted({line.rate for line in spec.lines})
        if len(rates) > 1:
            flow.para(
                "3.2 税率：软件开发、集成实施等技术服务部分适用增值税税率6%，硬件设备及外购软件部分适用增值税税率13%。"
                "如遇国家税率调整，不含税价格不变，含税价格按调整后税率相应调整。",
                indent=False,
            )
        else:
            flow.para(f"3.2 本合同适用增值税税率{int(rates[0] * 100)}%。", indent=False)
    else:
        flow.para(f"3.2 本合同适用增值税税率{int(spec.item_rate * 100)}%，报价明细详见附件1。", indent=False)
    flow.para(
        "3.3 上述合同总价包含设备购置、运输、保险、安装调试、软件开发、系统集成、培训、税费及质保期内服务等全部费用，"
        "除本合同另有约定外，甲方不再支付其他任何费用。",
        indent=False,
    )
    if spec.provisional_sum:
        flow.para(
            f"3.4 合同总价中包含暂列金额人民币¥{fig(spec.provisional_sum)}元"
            f"（大写：{NO}{spec.words(spec.provisional_sum)}{NC}），用于实施过程中可能发生的零星增补，"
            "其使用须经甲方书面确认，未使用部分在结算时予以核减。",
            indent=False,
        )
    provisional = [g for g in spec.gear if g.provisional]
    if provisional:
        g = provisional[0]
        flow.para(
            f"3.5 附件2中{g.item.name}为暂估价，暂估单价人民币{fig(g.price)}元，最终以甲方确认的采购价格为准。",
            indent=False,
        )


def _plan_clause(flow: Flow, spec: ContractSpec) -> None:
    flow.ensure(flow.size * flow.leading * 4)
    flow.mark("plan")
    flow.para("4.1 本合同款项按以下方式支付：", indent=False)
    plan = spec.instalments()
    cum = 0
    for i, (label, pct, amount) in enumerate(plan, start=1):
        cum += pct
        words = f"（大写：{NO}{spec.words(amount)}{NC}）"
        if spec.cumulative and 1 < i < len(plan):
            text = (
                f"（{i}）{label}，甲方累计支付至合同总价的{cum}%，即本期支付人民币¥{fig(amount)}元{words}；"
            )
        else:
            text = f"（{i}）{label}，甲方支付合同总价的{pct}%，即人民币¥{fig(amount)}元{words}；"
        flow.para(text)
    flow.para(
        f"4.2 乙方收款账户：开户银行 {spec.b_bank[0]}，账号 {spec.b_bank[1]}。"
        "甲方付款前，乙方应向甲方开具等额的增值税发票。",
        indent=False,
    )


def _signature_page(flow: Flow, spec: ContractSpec, rng: random.Random, on: dt.date, anchor: str) -> None:
    sheet = flow.new_page()
    flow.mark(anchor)
    y = 120.0
    blocks = (
        ("甲方（盖章）", spec.party_a, spec.a_rep, spec.a_addr, spec.a_phone, spec.a_bank, ""),
        ("乙方（盖章）", spec.party_b, spec.b_rep, spec.b_addr, spec.b_phone, spec.b_bank, spec.b_code),
    )
    for title, name, rep, addr, tel, bank, code in blocks:
        sheet.text(72, y, f"{title}：{name}", 11)
        sheet.text(72, y + 30, "法定代表人或授权代表（签字）：", 11)
        sheet.signature(250, y + 30, rep, rng)
        sheet.text(72, y + 56, f"地址：{addr}", 10)
        sheet.text(72, y + 78, f"联系电话：{tel}", 10)
        sheet.text(72, y + 100, f"开户银行：{bank[0]}", 10)
        sheet.text(72, y + 122, f"账号：{bank[1]}", 10)
        if code:
            sheet.text(72, y + 144, f"统一社会信用代码：{code}", 10)
        sheet.text(340, y + 166, f"日期：{cn_date(on)}", 11)
        sheet.seal(430, y + 40, name, tilt=rng.uniform(-30, 30))
        y += 280
    flow.y = 780


def _appendices(flow: Flow, spec: ContractSpec, rng: random.Random) -> None:
    if spec.kind == "integration":
        flow.new_page()
        flow.heading("附件1：分项报价表", 13, center=True)
        flow.para("单位：元", indent=False, size=9)
        if spec.discount:
            rows = [["序号", "费用类别", "主要内容", "报价金额（含税）"]]
            for i, line in enumerate(spec.lines, start=1):
                rows.append([str(i), line.label, line.content, fig(line.incl)])
            rows.append(["", "商务优惠", "成交价格优惠", "-" + fig(spec.discount)])
            rows.append(["", "合同总价", "", fig(spec.total)])
            flow.table([36, 90, 220, 121], rows, aligns=["center", "left", "left", "right"], mark="fees")
        else:
            rows = [["序号", "费用类别", "主要内容", "不含税金额", "税率", "税额", "含税金额"]]
            for i, line in enumerate(spec.lines, start=1):
                rows.append(
                    [
                        str(i),
                        line.label,
                        line.content,
                        fig(line.pretax),
                        f"{int(line.rate * 100)}%",
                        fig(line.tax),
                        fig(line.incl),
                    ]
                )
            rows.append(["", "合计", "", fig(spec.pretax), "", fig(spec.tax), fig(spec.total)])
            flow.table(
                [30, 66, 122, 78, 34, 64, 73],
                rows,
                size=8.5,
                aligns=["center", "left", "left", "right", "center", "right", "right"],
                mark="fees",
            )
        if spec.discount:
            flow.para(
                "注：各分项为成交报价，扣除商务优惠后为合同总价；设备及软件明细见附件2。",
                indent=False,
                size=9,
            )
        else:
            flow.para("注：各分项含税金额之和为合同总价；设备及软件明细见附件2。", indent=False, size=9)
        flow.new_page()
        flow.heading("附件2：设备及软件清单", 13, center=True)
        rows = [["序号", "名称", "品牌/型号", "单位", "数量", "单价（元）", "金额（元）"]]
        for i, g in enumerate(spec.gear, start=1):
            name = g.item.name + ("（暂估价）" if g.provisional else "")
            rows.append([str(i), name, g.item.model, g.item.unit, str(g.qty), fig(g.price), fig(g.amount)])
        gear_total = sum((g.amount for g in spec.gear), Decimal(0))
        rows.append(["", "合计", "", "", "", "", fig(gear_total)])
        flow.table(
            [28, 90, 150, 34, 34, 65, 66],
            rows,
            size=8.5,
            aligns=["center", "left", "left", "center", "center", "right", "right"],
        )
        flow.para("注：以上单价均为含税价格，包含运输、安装及原厂质保服务。", indent=False, size=9)
        tech_title = "附件3：技术要求"
        service_title = "附件4：售后服务承诺"
    else:
        flow.new_page()
        flow.heading("附件1：报价明细表", 13, center=True)
        rows = [["序号", "服务内容", "单位", "数量", "单价（元）", "金额（元）"]]
        for i, item in enumerate(spec.items, start=1):
            rows.append([str(i), item.content, item.unit, str(item.qty), fig(item.price), fig(item.amount)])
        rows.append(["", "小计（不含税）", "", "", "", fig(spec.item_pretax)])
        rows.append(["", f"增值税（{int(spec.item_rate * 100)}%）", "", "", "", fig(spec.item_tax)])
        rows.append(["", "合计（含税）", "", "", "", fig(spec.total)])
        flow.table(
            [32, 200, 40, 40, 77, 78],
            rows,
            aligns=["center", "left", "center", "center", "right", "right"],
            mark="fees",
        )
        tech_title = "附件2：服务内容及要求"
        service_title = "附件3：售后服务承诺"
    flow.new_page()
    flow.heading(tech_title, 13, center=True)
    subs = list(SUBSYSTEMS.get(spec.client_kind, SUBSYSTEMS["bureau"]))
    k = 0
    reserve = 2 if spec.supplement else 1
    techs = rng.sample(TECH, len(TECH))
    rng.shuffle(subs)
    while len(flow.sheets) < spec.pages - reserve or k < 4:
        flow.para(f"{k + 1}. {subs[k % len(subs)]}：{techs[k % len(techs)]}")
        k += 1
        if k > 400:
            break
    flow.new_page()
    flow.heading(service_title, 13, center=True)
    flow.para(f"致{spec.party_a}：", indent=False)
    flow.para(f"我公司就{NO}{spec.project}{NC}的售后服务郑重承诺如下：")
    for i, s in enumerate(rng.sample(SERVICE, len(SERVICE)), start=1):
        flow.para(f"{i}. {s}")
    flow.para(f"承诺单位：{spec.party_b}", indent=False)
    flow.para(f"日期：{cn_date(spec.signed_on)}", indent=False)


def _supplement(flow: Flow, spec: ContractSpec, rng: random.Random) -> None:
    sup = spec.supplement
    assert sup is not None
    added = sum(sup.added.values(), Decimal(0))
    new_total = spec.final_total
    flow.new_page()
    flow.heading(f"{spec.project}合同补充协议", 14, center=True)
    flow.para(f"原合同编号：{spec.number}", indent=False)
    flow.para(f"甲方：{spec.party_a}", indent=False)
    flow.para(f"乙方：{spec.party_b}", indent=False)
    flow.para(
        f"甲乙双方于{cn_date(spec.signed_on)}签订了《{NO}{spec.project}{NC}合同书》（以下简称原合同）。"
        f"{sup.reason}经双方协商一致，就合同价款变更事宜达成如下补充协议："
    )
    flow.para(
        f"一、原合同总价为人民币¥{fig(spec.total)}元（大写：{NO}{spec.words(spec.total)}{NC}）。",
    )
    flow.para(
        f"二、本次增加合同金额人民币¥{fig(added)}元（大写：{NO}{spec.words(added)}{NC}），"
        f"变更后合同总价（含税）为人民币¥{fig(new_total)}元（大写：{NO}{spec.words(new_total)}{NC}）。",
        mark="supplement_price",
    )
    flow.para("三、变更后的分项价格如下（单位：元，含税）：")
    rows = [["序号", "费用类别", "原合同金额", "本次增加", "变更后金额"]]
    original: dict[str, Decimal] = {}
    for line in spec.lines:
        original[line.key] = original.get(line.key, Decimal(0)) + line.incl
    for i, (key, amount) in enumerate(spec.fees.items(), start=1):
        add = sup.added.get(key, Decimal(0))
        rows.append([str(i), FEE_LABELS[key], fig(original.get(key, Decimal(0))), fig(add), fig(amount)])
    rows.append(["", "合计", fig(spec.total), fig(added), fig(new_total)])
    flow.table(
        [36, 110, 107, 107, 107],
        rows,
        aligns=["center", "left", "right", "right", "right"],
        mark="supplement_fees",
    )
    flow.para("四、增加部分的款项在项目终验合格后与原合同验收款一并支付，质量保证金比例不变。")
    flow.para(
        "五、本补充协议是原合同不可分割的组成部分，与原合同具有同等法律效力；本补充协议未约定事项，仍按原合同执行。"
    )
    flow.para("六、本补充协议一式陆份，甲方执肆份，乙方执贰份，自双方签字盖章之日起生效。")
    sheet = flow.sheet
    y = max(flow.y + 20, 560)
    if y > 640:
        sheet = flow.new_page()
        y = 140
    sheet.text(72, y, f"甲方（盖章）：{spec.party_a}", 10.5)
    sheet.text(72, y + 26, "授权代表（签字）：", 10.5)
    sheet.signature(180, y + 26, spec.a_rep, rng)
    sheet.text(72, y + 52, f"日期：{cn_date(sup.signed_on)}", 10.5)
    sheet.seal(200, y + 100, spec.party_a, r=40, tilt=rng.uniform(-30, 30))
    sheet.text(320, y, "乙方（盖章）：", 10.5)
    sheet.text(320, y + 18, spec.party_b, 9.5)
    sheet.text(320, y + 44, "授权代表（签字）：", 10.5)
    sheet.signature(420, y + 44, spec.b_rep, rng)
    sheet.text(320, y + 70, f"日期：{cn_date(sup.signed_on)}", 10.5)
    sheet.seal(450, y + 110, spec.party_b, r=40, tilt=rng.uniform(-30, 30))
    flow.y = 780
