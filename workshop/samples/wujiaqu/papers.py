"""The papers of a filing, drawn as vector pages; each knows its truth type and fields."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from .model import FEE_LABELS, Firm, Invoice, Payment, Proj
from .paint import A4, A4_LAND, A5_LAND, INVOICE_BROWN, RED, Sheet, new_sheet, width
from .people import (
    BANKS,
    capital,
    cn_date,
    cn_date_upper,
    person,
    plain,
    q2,
    yuan,
)

D = Decimal


@dataclass
class Paper:
    """One paper document (its own vector PDF) with the truth it carries."""

    type: str
    label: str
    rng: random.Random
    project_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    doc: pymupdf.Document = field(default_factory=pymupdf.open)

    def sheet(self, size: tuple[float, float] = A4) -> Sheet:
        return new_sheet(self.doc, self.rng, size)

    @property
    def count(self) -> int:
        return int(self.doc.page_count)


def _tax_split(total: Decimal, rate: int) -> tuple[Decimal, Decimal]:
    net = q2(total / (1 + D(rate) / 100))
    return net, total - net


def _parties(s: Sheet, y: float, rows: list[tuple[str, str]], size: float = 11) -> float:
    for label, value in rows:
        end = s.text(72, y, label, size)
        s.text(end, y, value, size)
        y += size * 1.9
    return y


# ---------------------------------------------------------------- contract (+ 补充协议)


def contract(rng: random.Random, firm: Firm, p: Proj) -> Paper:
    paper = Paper("contract", f"{p.name}合同", rng, p.id)
    style = rng.choice(["gov", "plain"])
    a_label, b_label = ("采购人（甲方）：", "供应商（乙方）：") if style == "gov" else ("甲方：", "乙方：")
    # page 1
    s = paper.sheet()
    s.text(A4[0] - 72, 60, f"合同编号：{p.number}", 10, align="right")
    s.title(118, p.name, 16)
    s.title(150, "合 同 书" if style == "plain" else "政府采购合同（服务类）", 20)
    y = 200.0
    y = _parties(
        s,
        y,
        [
            (a_label, p.client),
            (
                "地址：",
                p.location.replace("新疆维吾尔自治区", "")
                + rng.choice(["人民路", "军垦路", "迎宾路"])
                + f"{rng.randint(1, 199)}号",
            ),
            (b_label, p.party_b),
            ("地址：", firm.address),
        ],
    )
    y += 6
    s.text(72, y, "第一条  项目概况", 11.5)
    y += 22
    basis = (
        f"甲方就“{p.name}”经{p.agent}组织公开招标（项目编号：{p.procurement_no}），确定乙方为中标人。"
        if p.agent
        else f"甲方就“{p.name}”委托乙方实施。"
    )
    y = s.para(
        72,
        y,
        451,
        basis + "根据《中华人民共和国民法典》及相关法律法规，双方经协商一致，订立本合同，共同遵守。",
    )
    y += 4
    s.text(72, y, "第二条  合同价款", 11.5)
    y += 22
    words = capital(p.original or p.amount)
    first_amount = p.original or p.amount
    net, tax = _tax_split(first_amount, p.tax_rate)
    if p.settled is not None:
        price = (
            f"本合同暂定总价（含税）为人民币（大写）{words}（¥{yuan(first_amount)}），"
            "最终结算价以甲方委托的审计机构审定的结算金额为准，且不超过暂定总价。"
        )
    else:
        price = (
            f"本合同总价（含税）为人民币（大写）{words}（¥{yuan(first_amount)}），"
            f"其中不含税金额¥{yuan(net)}，增值税税率{p.tax_rate}%，税额¥{yuan(tax)}。"
            "合同总价包括设备、软件、运输、安装调试、培训、税费等全部费用。"
        )
    y = s.para(72, y, 451, price)
    if p.itemised:
        y += 4
        s.text(72, y, "分项价格表（单位：元，含税）", 10.5)
        rows = [["序号", "费用名称", "金额（元）", "备注"]]
        k = 0
        for key, label in FEE_LABELS.items():
            v = p.fees.get(key, D(0))
            if v:
                k += 1
                rows.append([str(k), label, yuan(v), ""])
        rows.append(["", "合计", yuan(p.amount), ""])
        y = s.table(
            72, y + 8, [40, 190, 130, 91], rows, row_h=20, size=10, aligns=["center", "left", "right", "left"]
        )
    # page 2
    s = paper.sheet()
    y = 80.0
    a1 = q2(first_amount * D("0.3"))
    a2 = q2(first_amount * D("0.4"))
    a3 = first_amount - a1 - a2
    clauses = [
        (
            "第三条  付款方式",
            f"合同签订后15个工作日内，甲方支付合同总价的30%，即¥{yuan(a1)}；项目初步验收合格后支付合同总价的40%，"
            f"即¥{yuan(a2)}；竣工（终验）验收合格后支付剩余30%，即¥{yuan(a3)}。乙方每次收款前应向甲方开具等额合法有效的增值税发票。",
        ),
        (
            "第四条  实施期限及地点",
            f"乙方应于合同签订之日起{rng.choice([60, 90, 120, 150])}日历天内完成全部建设内容。实施地点：{p.location}。",
        ),
        (
            "第五条  验收",
            "项目完成部署后，乙方书面提出初步验收申请，甲方组织初步验收；初验合格后系统试运行，试运行期满且运行稳定的，"
            "由甲方组织专家进行竣工（终验）验收。验收依据为招标文件、投标文件、本合同及国家相关标准。",
        ),
        (
            "第六条  质量保证及售后服务",
            f"质保期为竣工验收合格之日起{rng.choice(['一', '二', '三'])}年。质保期内乙方提供7×24小时技术支持，"
            "接到故障通知后2小时内响应，24小时内到达现场。",
        ),
        (
            "第七条  违约责任",
            "乙方逾期交付的，每逾期一日按合同总价的0.5‰向甲方支付违约金；甲方逾期付款的，每逾期一日按应付未付款的0.5‰向乙方支付违约金。",
        ),
        (
            "第八条  争议解决",
            rng.choice(
                [
                    "因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
                    "因本合同引起的争议，双方协商解决；协商不成的，提交五家渠仲裁委员会仲裁。",
                ]
            ),
        ),
        (
            "第九条  其他",
            f"本合同一式{rng.choice(['肆', '陆', '捌'])}份，甲乙双方各执半数，自双方签字盖章之日起生效。",
        ),
    ]
    for head, body in clauses:
        s.text(72, y, head, 11.5)
        y = s.para(72, y + 22, 451, body) + 6
    # page 3: signatures
    s = paper.sheet()
    s.text(72, 90, "（以下无正文，为签署页）", 10.5)
    rows = [
        [a_label.rstrip("："), b_label.rstrip("：")],
        [f"名称：{p.client}", f"名称：{p.party_b}"],
        ["法定代表人或授权代表：", "法定代表人或授权代表："],
        [f"开户银行：{rng.choice(BANKS)}五家渠分行", f"开户银行：{firm.bank}"],
        [f"电话：0994-{rng.randint(5800000, 5899999)}", f"账号：{firm.account}"],
        [f"日期：{cn_date(p.signed)}", f"日期：{cn_date(p.signed)}"],
    ]
    bottom = s.table(72, 120, [225, 226], rows, row_h=34, size=10)
    s.pen(200, 120 + 34 * 2 + 20)
    s.pen(425, 120 + 34 * 2 + 20)
    s.seal(170, bottom - 60, p.client, "合同专用章")
    s.seal(400, bottom - 55, p.party_b, "合同专用章")
    s.text(
        72, bottom + 30, f"签订地点：{rng.choice(['新疆五家渠市', '新疆阜康市', '乌鲁木齐市米东区'])}", 10.5
    )
    fields: dict[str, Any] = {
        "project_name": p.name,
        "contract_number": p.number,
        "party_a": p.client,
        "party_b": p.party_b,
        "contract_amount": plain(p.amount),
        "amount_in_words": capital(p.amount),
        "signed_on": p.signed.isoformat(),
    }
    if p.itemised:
        fields["fees"] = {k: plain(p.fees.get(k, D(0))) for k in FEE_LABELS}
    if p.original is not None:
        supplement(paper, rng, firm, p)
    paper.fields = fields
    return paper


def supplement(paper: Paper, rng: random.Random, firm: Firm, p: Proj) -> None:
    """The 补充协议 bound right after its contract: it raises the price."""
    assert p.original is not None and p.supplement_on is not None
    s = paper.sheet()
    s.title(100, f"{p.name}", 15)
    s.title(130, "补 充 协 议", 20)
    s.text(A4[0] - 72, 160, f"原合同编号：{p.number}", 10, align="right")
    y = _parties(s, 195, [("甲方：", p.client), ("乙方：", p.party_b)])
    diff = p.amount - p.original
    y = s.para(
        72,
        y + 6,
        451,
        f"甲乙双方于{cn_date(p.signed)}签订《{p.name}合同》（合同编号：{p.number}，以下简称原合同）。项目实施过程中，因甲方业务需求变更，"
        f"需增加部分硬件设备及配套实施内容。经双方友好协商，就原合同价款变更事宜达成如下补充协议：",
    )
    items = [
        f"一、原合同总价人民币{capital(p.original)}（¥{yuan(p.original)}）调整为人民币{capital(p.amount)}（¥{yuan(p.amount)}），"
        f"增加¥{yuan(diff)}。",
        "二、增加部分为硬件设备购置费（含税），设备清单见本协议附件。",
        "三、调整后的合同价款按原合同约定的比例和节点支付。",
        "四、除本协议约定事项外，原合同其他条款不变。本协议与原合同具有同等法律效力，与原合同不一致的，以本协议为准。",
        "五、本协议自双方签字盖章之日起生效。",
    ]
    for it in items:
        y = s.para(72, y + 4, 451, it, indent=False)
    y += 30
    s.text(90, y, "甲方（盖章）：", 11)
    s.text(330, y, "乙方（盖章）：", 11)
    s.text(90, y + 40, "授权代表：", 11)
    s.text(330, y + 40, "授权代表：", 11)
    s.pen(150, y + 36)
    s.pen(390, y + 36)
    s.text(90, y + 80, cn_date(p.supplement_on), 11)
    s.text(330, y + 80, cn_date(p.supplement_on), 11)
    s.seal(170, y + 20, p.client, "合同专用章")
    s.seal(410, y + 25, p.party_b, "合同专用章")


# ---------------------------------------------------------------- 中标通知书


def notice(rng: random.Random, p: Proj) -> Paper:
    paper = Paper("other", f"{p.name}中标通知书", rng, p.id)
    s = paper.sheet()
    s.title(110, "中标（成交）通知书", 20)
    s.text(A4[0] - 72, 145, f"编号：{p.procurement_no}-ZB", 10, align="right")
    s.text(72, 185, f"{p.party_b}：", 11.5)
    amt = p.original or p.amount
    y = s.para(
        72,
        215,
        451,
        f"{p.agent}受{p.client}委托，就“{p.name}”（项目编号：{p.procurement_no}）进行公开招标。经评标委员会评审并经采购人确认，"
        f"确定贵单位为中标（成交）供应商，中标（成交）金额：人民币{capital(amt)}（¥{yuan(amt)}）。",
    )
    y = s.para(
        72,
        y + 4,
        451,
        "请贵单位在收到本通知书之日起三十日内，与采购人按照招标文件和投标文件签订政府采购合同。",
    )
    y += 40
    s.text(330, y, f"采购人：{p.client}", 10.5)
    s.text(330, y + 60, f"采购代理机构：{p.agent}", 10.5)
    issued = p.signed - dt.timedelta(days=rng.randint(6, 20))
    s.text(380, y + 110, cn_date(issued), 10.5)
    s.seal(420, y - 5, p.client)
    s.seal(450, y + 60, p.agent)
    return paper


# ---------------------------------------------------------------- acceptance


def _sign_block(s: Sheet, y: float, p: Proj, d: dt.date) -> None:
    s.text(80, y, "建设单位（盖章）：", 10.5)
    s.text(320, y, "承建单位（盖章）：", 10.5)
    s.text(80, y + 36, "负责人：", 10.5)
    s.text(320, y + 36, "项目经理：", 10.5)
    s.pen(130, y + 32)
    s.pen(380, y + 32)
    s.text(80, y + 70, cn_date(d), 10.5)
    s.text(320, y + 70, cn_date(d), 10.5)
    s.seal(180, y + 10, p.client)
    s.seal(420, y + 15, p.party_b)


def initial_acceptance(rng: random.Random, p: Proj) -> Paper:
    assert p.initial is not None
    paper = Paper("acceptance_report", f"{p.name}初步验收报告", rng, p.id)
    s = paper.sheet()
    s.title(90, p.name, 15)
    s.title(122, "初 步 验 收 报 告", 19)
    rows = [
        ["项目名称", p.name],
        ["建设单位", p.client],
        ["承建单位", p.party_b],
    ]
    if p.supervisor:
        rows.append(["监理单位", p.supervisor])
    rows += [["合同编号", p.number], ["初验日期", cn_date(p.initial)]]
    y = s.table(72, 150, [100, 351], rows, row_h=26, size=10.5)
    s.text(72, y + 28, "初步验收意见：", 11)
    y = s.para(
        72,
        y + 52,
        451,
        "验收组听取了承建单位的项目实施汇报，查看了系统部署及运行情况，审阅了项目文档。经审查，系统已按合同要求完成部署调试，"
        "主要功能与性能满足招标文件及合同要求。验收组同意通过初步验收，系统进入试运行阶段，试运行期满后组织竣工（终验）验收。",
    )
    _sign_block(s, y + 40, p, p.initial)
    paper.fields = {
        "project_name": p.name,
        "party_a": p.client,
        "party_b": p.party_b,
        "accepted_on": p.initial.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    if p.supervisor:
        paper.fields["third_party"] = p.supervisor
    return paper


def final_acceptance(rng: random.Random, p: Proj) -> Paper:
    """竣工（终验）验收报告: the report, the expert panel's opinion, and the 监理 sign-off sheet."""
    paper = Paper("acceptance_report", f"{p.name}竣工（终验）验收报告", rng, p.id)
    s = paper.sheet()
    s.title(86, p.name, 15)
    s.title(118, "竣工（终验）验收报告", 19)
    if p.settled is not None:
        money = f"暂定价¥{yuan(p.amount)}；审定结算价¥{yuan(p.settled)}"
    else:
        money = f"¥{yuan(p.amount)}（{capital(p.amount)}）"
    rows = [
        ["项目名称", p.name],
        ["建设单位", p.client],
        ["承建单位", p.party_b],
    ]
    if p.supervisor:
        rows.append(["监理单位", p.supervisor])
    rows += [
        ["合同编号", p.number],
        ["合同金额", money],
        ["开工日期", cn_date(p.signed + dt.timedelta(days=rng.randint(3, 12)))],
    ]
    if p.initial:
        rows.append(["初验日期", cn_date(p.initial)])
        rows.append(
            ["试运行期", f"{cn_date(p.initial)}至{cn_date(p.final - dt.timedelta(days=rng.randint(2, 6)))}"]
        )
    rows.append(["终验日期", cn_date(p.final)])
    y = s.table(72, 140, [100, 351], rows, row_h=25, size=10.5)
    s.text(72, y + 26, "验收结论：", 11)
    y = s.para(
        72,
        y + 50,
        451,
        "验收组按照合同及招标文件要求，对项目建设内容、系统功能、性能指标、安全措施及项目文档进行了全面检查。系统试运行期间运行稳定，"
        "各项指标达到设计要求，项目文档齐全规范。验收组一致认为该项目验收合格，同意通过竣工（终验）验收。",
    )
    _sign_block(s, y + 30, p, p.final)
    # page 2: expert panel
    s = paper.sheet()
    s.title(90, "验收专家组意见", 17)
    y = s.para(
        72,
        130,
        451,
        f"{cn_date(p.final)}，{p.client}组织专家组对“{p.name}”进行竣工验收。专家组听取了建设单位、承建单位"
        + ("、监理单位" if p.supervisor else "")
        + "的汇报，查看了系统现场运行情况，审阅了竣工资料，经质询和讨论，形成意见如下：",
    )
    for it in [
        "一、项目按合同要求完成了全部建设内容，系统功能完整，运行稳定。",
        "二、项目文档资料齐全，符合验收要求。",
        "三、专家组同意该项目通过竣工验收。建议建设单位加强运维管理，做好数据备份。",
    ]:
        y = s.para(72, y + 2, 451, it, indent=False)
    rows = [["序号", "姓名", "工作单位", "职称", "签字"]]
    for i, (name, unit, title) in enumerate(p.experts, start=1):
        rows.append([str(i), name + ("（组长）" if i == 1 else ""), unit, title, ""])
    top = y + 20
    bottom = s.table(72, top, [36, 95, 140, 100, 80], rows, row_h=28, size=10, aligns=["center"] * 5)
    for i in range(len(p.experts)):
        s.pen(460, top + 28 * (i + 1) + 14, 45)
    s.text(330, bottom + 40, "专家组组长（签字）：", 10.5)
    s.pen(440, bottom + 36, 50)
    s.text(380, bottom + 75, cn_date(p.final), 10.5)
    # page 3: 监理 sign-off
    if p.supervisor:
        s = paper.sheet()
        s.title(90, "工程竣工验收监理意见表", 17)
        rows = [
            ["工程名称", p.name],
            ["建设单位", p.client],
            ["承建单位", p.party_b],
            ["监理单位", p.supervisor],
            ["合同编号", p.number],
        ]
        y = s.table(72, 120, [100, 351], rows, row_h=26, size=10.5)
        s.text(72, y + 28, "监理意见：", 11)
        y = s.para(
            72,
            y + 52,
            451,
            "经监理单位审查，承建单位已按合同及设计文件完成全部建设内容，系统试运行正常，初验遗留问题均已整改闭环，"
            "竣工资料齐全，工程质量合格，具备竣工验收条件，同意竣工验收。",
        )
        s.text(300, y + 50, "总监理工程师（签字）：", 10.5)
        s.pen(430, y + 46, 50)
        s.text(300, y + 90, "监理单位（盖章）：", 10.5)
        s.text(330, y + 130, cn_date(p.final), 10.5)
        s.seal(420, y + 90, p.supervisor)
    paper.fields = {
        "project_name": p.name,
        "party_a": p.client,
        "party_b": p.party_b,
        "accepted_on": p.final.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    if p.supervisor:
        paper.fields["third_party"] = p.supervisor
    return paper


# ---------------------------------------------------------------- payments


def receipts(rng: random.Random, firm: Firm, p: Proj, payments: list[Payment]) -> Paper:
    """Bank e-receipts (付款凭证), one A5 landscape page each."""
    paper = Paper("other", f"{p.name}付款凭证", rng, p.id)
    bank = rng.choice(BANKS)
    for pay in payments:
        s = paper.sheet(A5_LAND)
        s.title(48, f"{bank}  网上银行电子回单", 15)
        s.text(40, 74, f"回单编号：{pay.serial}", 9)
        s.text(555, 74, f"打印日期：{pay.paid_on.isoformat()}", 9, align="right")
        rows = [
            ["付款人", "户名", p.client, "收款人", "户名", p.party_b],
            ["", "账号", f"3006{rng.randint(10**11, 10**12 - 1)}", "", "账号", firm.account],
            ["", "开户行", f"{bank}五家渠分行营业部", "", "开户行", firm.bank],
        ]
        y = s.table(40, 84, [38, 40, 180, 38, 40, 179], rows, row_h=24, size=8.5)
        rows2 = [
            ["金额（大写）", f"人民币{capital(pay.amount)}", "金额（小写）", f"¥{yuan(pay.amount)}"],
            [
                "用途",
                f"{p.name}进度款",
                "交易时间",
                f"{pay.paid_on.isoformat()} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}",
            ],
        ]
        y = s.table(40, y, [70, 235, 70, 140], rows2, row_h=24, size=8.5)
        s.text(40, y + 22, "本回单为网上银行电子回单，可重复打印，请勿重复记账。", 8)
        s.seal(480, y + 40, bank, "电子回单专用章", r=34)
    return paper


# ---------------------------------------------------------------- invoices


def _invoice_table(
    s: Sheet, x: float, y: float, inv: Invoice, p: Proj, color: tuple[float, float, float], total: float
) -> float:
    net, tax = _tax_split(inv.amount, p.tax_rate)
    rows = [
        ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"],
        ["*信息技术服务*系统集成服务", "", "项", "1", plain(net), plain(net), f"{p.tax_rate}%", plain(tax)],
        ["合    计", "", "", "", "", f"¥{plain(net)}", "", f"¥{plain(tax)}"],
    ]
    cols = [150.0, 55, 30, 30, 75, 80, 40, 55]
    cols = [c * total / sum(cols) for c in cols]
    return s.table(x, y, cols, rows, row_h=22, size=8.5, color=color)


def e_invoice(rng: random.Random, p: Proj, inv: Invoice, buyer_code: str) -> Paper:
    """数电票: 电子发票（普通发票）, born digital with a text layer and a QR."""
    paper = Paper("invoice", f"电子发票 {inv.number}", rng, p.id)
    s = paper.sheet((595.0, 397.0))
    net, _ = _tax_split(inv.amount, p.tax_rate)
    payload = (
        f"01,32,,{inv.number},{plain(net)},{inv.issued_on.strftime('%Y%m%d')},,{rng.randrange(16**4):04X}"
    )
    s.qr(30, 18, payload, 58)
    s.title(48, "电子发票（普通发票）", 17)
    s.line(200, 56, 395, 56, 0.8, INVOICE_BROWN)
    s.line(200, 59, 395, 59, 0.8, INVOICE_BROWN)
    s.text(420, 36, f"发票号码：{inv.number}", 8.5)
    s.text(
        420, 54, f"开票日期：{inv.issued_on.year}年{inv.issued_on.month:02d}月{inv.issued_on.day:02d}日", 8.5
    )
    y = 84.0
    s.rect(20, y, 575, y + 62, 0.8, INVOICE_BROWN)
    s.line(297, y, 297, y + 62, 0.8, INVOICE_BROWN)
    s.text(26, y + 18, "购买方信息", 8.5)
    s.text(90, y + 24, f"名称：{p.client}", 8.5)
    s.text(90, y + 44, "统一社会信用代码/纳税人识别号：", 7.5)
    s.text(90, y + 56, buyer_code, 8)
    s.text(303, y + 18, "销售方信息", 8.5)
    s.text(365, y + 24, f"名称：{inv.seller}", 8)
    s.text(365, y + 44, "统一社会信用代码/纳税人识别号：", 7.5)
    s.text(365, y + 56, inv.seller_code, 8)
    y = _invoice_table(s, 20, y + 62, inv, p, INVOICE_BROWN, 555)
    s.rect(20, y, 575, y + 24, 0.8, INVOICE_BROWN)
    s.text(28, y + 16, f"价税合计（大写）  {capital(inv.amount)}", 9)
    s.text(400, y + 16, f"（小写）¥{plain(inv.amount)}", 9)
    s.rect(20, y + 24, 575, y + 60, 0.8, INVOICE_BROWN)
    s.text(28, y + 40, f"备注：项目名称：{p.name}；合同编号：{p.number}", 8)
    s.text(28, y + 82, f"开票人：{person(rng)}", 8.5)
    paper.fields = {
        "invoice_number": inv.number,
        "issued_on": inv.issued_on.isoformat(),
        "buyer": p.client,
        "seller": inv.seller,
        "total_amount": plain(inv.amount),
        "qr": payload,
    }
    return paper


def paper_invoice(rng: random.Random, p: Proj, inv: Invoice, buyer_code: str) -> Paper:
    """新疆增值税普通发票 (paper), to be scanned."""
    paper = Paper("invoice", f"增值税普通发票 {inv.number}", rng, p.id)
    s = paper.sheet((680.0, 400.0))
    c = INVOICE_BROWN
    s.title(50, "新疆增值税普通发票", 19)
    s.page.draw_oval(pymupdf.Rect(290, 28, 390, 78), color=RED, width=1.2)
    s.text(340, 58, "全国统一发票监制章", 6.5, color=RED, align="center")
    s.text(470, 30, f"发票代码：{inv.code}", 9)
    s.text(470, 48, f"发票号码：{inv.number}", 9)
    s.text(
        470, 66, f"开票日期：{inv.issued_on.year}年{inv.issued_on.month:02d}月{inv.issued_on.day:02d}日", 9
    )
    s.text(30, 66, f"机器编号：{rng.randint(10**11, 10**12 - 1)}", 8.5)
    y = 80.0
    s.rect(24, y, 656, y + 64, 0.8, c)
    s.line(440, y, 440, y + 64, 0.8, c)
    s.text(30, y + 16, f"购买方  名    称：{p.client}", 8.5)
    s.text(30, y + 32, f"        纳税人识别号：{buyer_code}", 8.5)
    s.text(30, y + 48, "        地址、电话：", 8.5)
    cipher = "".join(rng.choice("0123456789+-*/<>") for _ in range(112))
    for i in range(4):
        s.text(446, y + 15 + 14 * i, cipher[i * 28 : (i + 1) * 28], 7.5)
    y = _invoice_table(s, 24, y + 64, inv, p, c, 632)
    s.rect(24, y, 656, y + 24, 0.8, c)
    s.text(30, y + 16, f"价税合计（大写） {capital(inv.amount)}", 9)
    s.text(470, y + 16, f"（小写）¥{plain(inv.amount)}", 9)
    y += 24
    s.rect(24, y, 656, y + 60, 0.8, c)
    s.text(30, y + 16, f"销售方  名    称：{inv.seller}", 8.5)
    s.text(30, y + 32, f"        纳税人识别号：{inv.seller_code}", 8.5)
    s.text(30, y + 48, f"        备注：{p.number}", 8.5)
    s.text(
        30,
        y + 84,
        f"收款人：{person(rng)}      复核：{person(rng)}      开票人：{person(rng)}      销售方：（章）",
        8.5,
    )
    s.page.draw_oval(pymupdf.Rect(520, y + 6, 640, y + 62), color=RED, width=1.8)
    s.text(580, y + 30, inv.seller[:12], 6.5, color=RED, align="center")
    s.text(580, y + 50, "发票专用章", 8, color=RED, align="center")
    paper.fields = {
        "invoice_number": inv.number,
        "issued_on": inv.issued_on.isoformat(),
        "buyer": p.client,
        "seller": inv.seller,
        "total_amount": plain(inv.amount),
    }
    return paper


# ---------------------------------------------------------------- licence


SCOPE = (
    "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；计算机系统服务；数据处理和存储支持服务；"
    "安全技术防范系统设计施工服务；计算机软硬件及辅助设备批发、零售；网络设备销售；通信设备销售。"
    "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)


def licence(rng: random.Random, firm: Firm) -> Paper:
    paper = Paper("business_license", "营业执照", rng)
    s = paper.sheet(A4_LAND)
    s.rect(24, 24, 818, 571, 3.0, (0.75, 0.35, 0.2))
    s.rect(32, 32, 810, 563, 0.8, (0.75, 0.35, 0.2))
    s.page.draw_circle((421, 78), 26, color=RED, fill=(0.9, 0.3, 0.2), width=1)
    s.title(150, "营 业 执 照", 34)
    s.title(180, "（副  本）", 14)
    s.text(70, 120, f"统一社会信用代码  {firm.code}", 11)
    left = [
        ("名        称", firm.name),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal),
    ]
    y = 230.0
    for label, value in left:
        s.text(70, y, label, 11.5)
        s.text(170, y, value, 11.5)
        y += 34
    s.text(70, y, "经 营 范 围", 11.5)
    yy = y
    line = ""
    for ch in SCOPE:
        if width(line + ch, 10.5) > 240:
            s.text(170, yy, line, 10.5)
            yy += 18
            line = ""
        line += ch
    s.text(170, yy, line, 10.5)
    right = [
        ("注 册 资 本", capital(firm.capital)),
        (
            "成 立 日 期",
            f"{firm.established.year}年{firm.established.month:02d}月{firm.established.day:02d}日",
        ),
        ("营 业 期 限", "长期"),
        ("住        所", firm.address),
    ]
    y = 230.0
    for label, value in right:
        s.text(450, y, label, 11.5)
        if width(value, 11.5) > 250:
            s.text(550, y, value[:20], 11.5)
            s.text(550, y + 18, value[20:], 11.5)
            y += 18
        else:
            s.text(550, y, value, 11.5)
        y += 34
    s.text(560, 470, "登 记 机 关", 12)
    s.seal(700, 470, firm.licence_office, r=46)
    issued = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
    s.text(630, 530, f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", 11)
    s.text(70, 548, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5)
    paper.fields = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal,
        "registered_capital": plain(firm.capital),
        "company_type": "有限责任公司（自然人投资或控股）",
        "established_on": firm.established.isoformat(),
        "valid_until": "长期",
        "address": firm.address,
        "business_scope": SCOPE,
    }
    return paper


# ---------------------------------------------------------------- audit report in 千元


def audit(
    rng: random.Random,
    firm: Firm,
    auditor: str,
    revenue: Decimal,
    si_revenue: Decimal,
    profit: Decimal,
    qualified: bool,
) -> Paper:
    """审计报告 (opinion page) + 资产负债表 + 利润表 + 附注 (营业收入), amounts in 千元."""
    paper = Paper("audit_report", "2024年度审计报告", rng)
    k = D(1000)
    r_k = q2(revenue / k)
    si_k = q2(si_revenue / k)
    np_k = q2(profit / k)
    brand = auditor.replace("新疆", "").replace("昌吉州", "").split("会计师")[0][:4]
    number = f"{brand}审字〔2025〕第{rng.randint(10, 399):04d}号"
    s = paper.sheet()
    s.title(90, "审 计 报 告", 20)
    s.text(A4[0] - 72, 120, number, 10.5, align="right")
    s.text(72, 150, f"{firm.name}全体股东：", 11)
    y = 182.0
    head = "一、保留意见" if qualified else "一、审计意见"
    s.text(72, y, head, 11.5)
    y = s.para(
        72,
        y + 22,
        451,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括2024年12月31日的资产负债表，2024年度的利润表、现金流量表、"
        "所有者权益变动表以及相关财务报表附注。",
    )
    if qualified:
        receivable = q2(revenue * D(rng.uniform(0.08, 0.15)) / k)
        y = s.para(
            72,
            y,
            451,
            "我们认为，除“形成保留意见的基础”部分所述事项可能产生的影响外，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
            "公允反映了贵公司2024年12月31日的财务状况以及2024年度的经营成果和现金流量。",
        )
        s.text(72, y + 4, "二、形成保留意见的基础", 11.5)
        y = s.para(
            72,
            y + 26,
            451,
            f"截至2024年12月31日，贵公司应收账款余额中有{yuan(receivable)}千元账龄超过三年，贵公司未计提坏账准备，"
            "我们无法获取充分、适当的审计证据以判断上述款项的可收回性，因此无法确定是否有必要对这些金额作出调整。",
        )
    else:
        y = s.para(
            72,
            y,
            451,
            "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2024年12月31日的财务状况"
            "以及2024年度的经营成果和现金流量。",
        )
        s.text(72, y + 4, "二、形成审计意见的基础", 11.5)
        y = s.para(
            72,
            y + 26,
            451,
            "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        )
    s.text(72, y + 4, "三、管理层和治理层对财务报表的责任", 11.5)
    y = s.para(
        72,
        y + 26,
        451,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。",
    )
    y += 30
    s.text(72, y, auditor, 10.5)
    s.text(340, y, "中国注册会计师：", 10.5)
    s.pen(450, y - 4, 50)
    s.text(340, y + 40, "中国注册会计师：", 10.5)
    s.pen(450, y + 36, 50)
    s.text(72, y + 40, "中国·乌鲁木齐", 10.5)
    s.text(340, y + 80, cn_date(dt.date(2025, rng.randint(2, 4), rng.randint(1, 28))), 10.5)
    s.seal(150, y + 10, auditor, r=46)
    # balance sheet
    s = paper.sheet()
    s.title(70, "资 产 负 债 表", 17)
    s.text(72, 100, f"编制单位：{firm.name}", 9.5)
    s.text(300, 100, "2024年12月31日", 9.5)
    s.text(523, 100, "单位：千元", 9.5, align="right")

    def rk(lo: float, hi: float) -> Decimal:
        return q2(r_k * D(rng.uniform(lo, hi)))

    cash, recv, inv_, other_cur = rk(0.1, 0.3), rk(0.2, 0.5), rk(0.05, 0.15), rk(0.01, 0.05)
    cur = cash + recv + inv_ + other_cur
    fixed, intang = rk(0.03, 0.1), rk(0.0, 0.03)
    noncur = fixed + intang
    assets = cur + noncur
    loan, pay, taxes = rk(0.0, 0.1), rk(0.1, 0.3), rk(0.01, 0.03)
    liab = loan + pay + taxes
    paid_in = q2(firm.capital / k)
    equity = assets - liab
    retained = equity - paid_in
    rows = [
        ["项目", "期末余额", "项目", "期末余额"],
        ["货币资金", yuan(cash), "短期借款", yuan(loan)],
        ["应收账款", yuan(recv), "应付账款", yuan(pay)],
        ["存货", yuan(inv_), "应交税费", yuan(taxes)],
        ["其他流动资产", yuan(other_cur), "负债合计", yuan(liab)],
        ["流动资产合计", yuan(cur), "实收资本", yuan(paid_in)],
        ["固定资产", yuan(fixed), "未分配利润", yuan(retained)],
        ["无形资产", yuan(intang), "所有者权益合计", yuan(equity)],
        ["非流动资产合计", yuan(noncur), "", ""],
        ["资产总计", yuan(assets), "负债和所有者权益总计", yuan(assets)],
    ]
    s.table(
        60, 112, [120, 120, 135, 100], rows, row_h=24, size=9.5, aligns=["left", "right", "left", "right"]
    )
    # income statement
    s = paper.sheet()
    s.title(70, "利  润  表", 17)
    s.text(72, 100, f"编制单位：{firm.name}", 9.5)
    s.text(320, 100, "2024年度", 9.5)
    s.text(523, 100, "单位：千元", 9.5, align="right")
    tax_add, sell, admin, rd, fin = (
        rk(0.003, 0.008),
        rk(0.02, 0.05),
        rk(0.04, 0.08),
        rk(0.01, 0.04),
        rk(0.0, 0.01),
    )
    non_in, non_out = rk(0.0, 0.004), rk(0.0, 0.002)
    income_tax = q2(max(np_k, D(0)) * D("0.18"))
    total_profit = np_k + income_tax
    op_profit = total_profit - non_in + non_out
    cost = r_k - tax_add - sell - admin - rd - fin - op_profit
    prev = D(rng.uniform(0.75, 1.1))
    rows = [
        ["项目", "本期金额", "上期金额"],
        ["一、营业收入", yuan(r_k), yuan(q2(r_k * prev))],
        ["减：营业成本", yuan(cost), yuan(q2(cost * prev))],
        ["税金及附加", yuan(tax_add), yuan(q2(tax_add * prev))],
        ["销售费用", yuan(sell), yuan(q2(sell * prev))],
        ["管理费用", yuan(admin), yuan(q2(admin * prev))],
        ["研发费用", yuan(rd), yuan(q2(rd * prev))],
        ["财务费用", yuan(fin), yuan(q2(fin * prev))],
        ["二、营业利润", yuan(op_profit), yuan(q2(op_profit * prev))],
        ["加：营业外收入", yuan(non_in), "0.00"],
        ["减：营业外支出", yuan(non_out), "0.00"],
        ["三、利润总额", yuan(total_profit), yuan(q2(total_profit * prev))],
        ["减：所得税费用", yuan(income_tax), yuan(q2(income_tax * prev))],
        ["四、净利润", yuan(np_k), yuan(q2(np_k * prev))],
    ]
    s.table(80, 112, [200, 120, 115], rows, row_h=24, size=9.5, aligns=["left", "right", "right"])
    # note: revenue by kind
    s = paper.sheet()
    s.title(70, "财务报表附注（节选）", 15)
    s.text(72, 110, "五、财务报表项目注释", 11)
    s.text(72, 134, "（十八）营业收入和营业成本", 10.5)
    s.text(523, 134, "单位：千元", 9.5, align="right")
    sw = q2((r_k - si_k) * D(rng.uniform(0.3, 0.6)))
    svc = r_k - si_k - sw
    rows = [
        ["收入类别", "本期发生额"],
        ["系统集成收入", yuan(si_k)],
        ["软件开发收入", yuan(sw)],
        ["技术服务收入", yuan(svc)],
        ["合计", yuan(r_k)],
    ]
    s.table(110, 146, [200, 160], rows, row_h=24, size=10, aligns=["left", "right"])
    paper.fields = {
        "audit_firm": auditor,
        "report_number": number,
        "fiscal_year": 2024,
        "opinion": "qualified" if qualified else "unqualified",
        "operating_revenue": plain(r_k * k),
        "net_profit": plain(np_k * k),
        "system_integration_revenue": plain(si_k * k),
        "consolidated": False,
        "company_name": firm.name,
    }
    return paper


# ---------------------------------------------------------------- 封面 + 目录


def cover_and_toc(rng: random.Random, firm: Firm, entries: list[tuple[str, int, int]]) -> Paper:
    paper = Paper("other", "封面及目录", rng)
    s = paper.sheet()
    s.title(260, "2024年度计算机信息系统集成企业年检", 20)
    s.title(310, "项目合同及验收资料", 26)
    s.title(560, firm.name, 15)
    s.title(600, cn_date_upper(dt.date(2025, 2, rng.randint(10, 26))).replace("日", "日"), 13)
    s = paper.sheet()
    s.title(90, "目    录", 20)
    rows = [["序号", "资料名称", "页码"]]
    for i, (label, a, b) in enumerate(entries, start=1):
        rows.append([str(i), label, f"{a}" if a == b else f"{a}-{b}"])
    s.table(60, 120, [40, 340, 95], rows, row_h=23, size=9.5, aligns=["center", "left", "center"])
    return paper
