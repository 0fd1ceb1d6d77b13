"""Contracts as the offices of 南疆 clients and integrators print them."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from . import ink
from .model import Deal, Firm, Paper
from .numerals import capital, cn_date, comma, s2, wan, yuan
from .paper import Sheet

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}

X0, X1 = 72.0, 523.0


def _fields(deal: Deal, firm: Firm, words: str | None = None) -> dict:
    return {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.client,
        "party_b": deal.supplier or firm.name,
        "contract_amount": s2(deal.amount),
        "amount_in_words": words if words is not None else capital(deal.amount),
        "signed_on": deal.signed.isoformat(),
    }


def _head(s: Sheet, title: str, deal: Deal, rng: random.Random, spaced: bool = True) -> float:
    s.text(X1, 40, f"合同编号：{deal.number}", 9.5, align="right")
    s.text(s.w / 2, 70, title, 22, bold=True, align="center", spacing=6 if spaced else 0)
    y = 112
    for ln in s.wrap(f"项目名称：{deal.name}", X1 - X0, 11):
        s.text(X0, y, ln, 11)
        y += 18
    return y + 14


def _party_block(s: Sheet, y: float, role_a: str, role_b: str, deal: Deal, firm: Firm) -> float:
    b = deal.supplier or firm.name
    for role, name, rep, addr, tel in (
        (role_a, deal.client, deal.client_rep, deal.client_addr, deal.client_tel),
        (role_b, b, firm.legal_rep, firm.address, firm.tel),
    ):
        s.text(X0, y, f"{role}：{name}", 11, bold=True)
        y += 19
        s.text(X0 + 22, y, f"住所地：{addr}", 10)
        y += 16
        s.text(X0 + 22, y, f"法定代表人/负责人：{rep}", 10)
        s.text(X0 + 260, y, f"联系电话：{tel}", 10)
        y += 24
    return y


def _sign_page(
    s: Sheet,
    y: float,
    deal: Deal,
    firm: Firm,
    rng: random.Random,
    role_a: str,
    role_b: str,
    seal_b: bool = True,
    seal_a: bool = True,
    place: bool = True,
) -> float:
    b = deal.supplier or firm.name
    s.text(X0, y, "（以下无正文，为签署页）", 10.5)
    y += 40
    col = (X0, X0 + 240)
    top = y
    for i, (role, name) in enumerate(((role_a, deal.client), (role_b, b))):
        x = col[i]
        yy = top
        s.text(x, yy, f"{role}（盖章）：", 10.5)
        yy += 18
        for ln in s.wrap(name, 200, 10.5):
            s.text(x, yy, ln, 10.5)
            yy += 16
        yy += 20
        s.text(x, yy, "法定代表人或授权代表（签字）：", 10.5)
        s.image(x + 40, yy + 12, x + 140, yy + 48, ink.signature(rng))
        yy += 56
        s.text(x, yy, f"日期：{cn_date(deal.signed)}", 10.5)
        if (i == 0 and seal_a) or (i == 1 and seal_b):
            seal = ink.round_seal(
                name,
                rng,
                bottom="合同专用章" if rng.random() < 0.6 else "",
                code=str(rng.randint(6531000000000, 6532999999999)),
            )
            cx, cy = x + rng.uniform(70, 110), top + rng.uniform(20, 40)
            s.image(cx - 60, cy - 60, cx + 60, cy + 60, seal)
    y = top + 160
    if place:
        s.text(X0, y, f"签订地点：新疆{deal.location.replace('新疆维吾尔自治区', '')}", 10.5)
        s.text(X0 + 240, y, f"签订日期：{cn_date(deal.signed)}", 10.5)
        y += 24
    return y


def _clauses(s: Sheet, y: float, items: list[tuple[str, str]], size: float = 10.5) -> float:
    for head, body in items:
        if y > s.h - 110:
            break
        s.text(X0, y, head, size + 0.5, bold=True)
        y += size * 1.9
        y = s.para(X0, y, X1 - X0, body, size) + 6
    return y


GENERIC = [
    (
        "知识产权",
        "乙方为本项目开发的软件著作权归甲方所有，乙方保留其原有平台及通用组件的知识产权。未经对方书面同意，任何一方不得将对方提供的技术资料用于本合同以外的用途。",
    ),
    (
        "保密条款",
        "双方对在合同履行过程中知悉的对方商业秘密、业务数据及个人信息负有保密义务，保密期限自合同签订之日起至相关信息公开之日止，不因合同终止而解除。",
    ),
    (
        "违约责任",
        "任何一方违反本合同约定的，应承担相应违约责任。乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金，但违约金总额不超过合同总价的百分之五。",
    ),
    (
        "争议解决",
        "本合同在履行过程中发生争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
    ),
    ("其他", "本合同一式肆份，甲乙双方各执贰份，具有同等法律效力。本合同自双方签字盖章之日起生效。"),
]


def _words_line(deal: Deal, words: str | None) -> str:
    return words if words is not None else capital(deal.amount)


def software(
    deal: Deal, firm: Firm, rng: random.Random, pid: str, words: str | None = None, full: bool = False
) -> Paper:
    """软件开发合同: 委托方/受托方 or 甲方/乙方, price as a 付款计划 table plus a total clause."""
    doc = pymupdf.open()
    roles = (
        ("甲方（委托方）", "乙方（受托方）") if rng.random() < 0.5 else ("委托方（甲方）", "受托方（乙方）")
    )
    s = Sheet(doc, rng=rng)
    y = _head(s, "软件开发合同", deal, rng)
    y = _party_block(s, y, roles[0], roles[1], deal, firm)
    y = s.para(
        X0,
        y,
        X1 - X0,
        f"根据《中华人民共和国民法典》及相关法律法规，甲乙双方本着平等自愿、诚实信用的原则，就“{deal.name}”的开发事宜，经协商一致，订立本合同。",
    )
    y += 6
    s.text(X0, y, "第一条 项目内容", 11, bold=True)
    y += 20
    y = s.para(
        X0,
        y,
        X1 - X0,
        f"乙方按照甲方需求完成{deal.name}的需求调研、系统设计、软件开发、部署上线及人员培训工作，开发内容详见附件《需求规格说明书》。",
    )
    y += 6
    s.text(X0, y, "第二条 合同价款及支付方式", 11, bold=True)
    y += 20
    total_line = f"本合同总价为人民币（大写）{_words_line(deal, words)}（¥{comma(deal.amount)}），该价款已包含税费及乙方完成本项目的全部费用。"
    y = s.para(X0, y, X1 - X0, total_line)
    anchor_y = y
    y += 4
    shares = rng.choice(((30, 40, 30), (40, 50, 10), (30, 60, 10), (50, 40, 10)))
    amounts = [yuan(deal.amount * Decimal(p) / 100) for p in shares[:-1]]
    amounts.append(deal.amount - sum(amounts))
    conds = ("合同签订后十五个工作日内", "系统上线试运行后", "项目终验合格后")
    rows = [["阶段", "付款条件", "比例", "金额（元）"]]
    for i, (p, a) in enumerate(zip(shares, amounts, strict=True)):
        rows.append([f"第{'一二三'[i]}期", conds[i], f"{p}%", comma(a)])
    rows.append(["合计", "", "100%", comma(deal.amount)])
    s.text(X0, y, "付款计划如下：", 10.5)
    y = s.table(X0, y + 18, (60, 200, 60, 131), rows, aligns="cccr", bold_rows=(0, 4))
    s.text(X0, y + 8, "乙方每次收款前应向甲方开具等额合法有效的增值税发票。", 10.5)
    p1 = Paper("", "contract", doc, pid, _fields(deal, firm, words))
    p1.anchors["amount"] = (0, s.rect_of(X0, anchor_y - 40, X1, anchor_y))

    if full:
        _software_terms(Sheet(doc, rng=rng))
    s3 = Sheet(doc, rng=rng)
    _sign_page(s3, 80, deal, firm, rng, roles[0][:2], roles[1][:2])
    return p1


def _software_terms(s2_: Sheet) -> None:
    _clauses(
        s2_,
        60,
        [
            (
                "第三条 交付与验收",
                "乙方应于合同签订后一百二十日内完成系统开发并部署至甲方指定环境。系统试运行满一个月后，乙方提出验收申请，甲方组织验收，验收合格后双方签署验收报告。",
            ),
            (
                "第四条 质量保证",
                "系统验收合格之日起提供十二个月免费质保服务，质保期内乙方对系统缺陷免费修复，接到故障通知后四小时内响应，二十四小时内到达现场。",
            ),
        ]
        + [(f"第{'五六七八九'[i]}条 {h}", b) for i, (h, b) in enumerate(GENERIC)],
    )


def om_service(deal: Deal, firm: Firm, rng: random.Random, pid: str, start: dt.date, end: dt.date) -> Paper:
    """运维服务合同: 服务期, 合同总价 (含税, 税率6%)."""
    doc = pymupdf.open()
    s = Sheet(doc, rng=rng)
    y = _head(s, "运维服务合同", deal, rng, spaced=False)
    y = _party_block(s, y, "委托方（甲方）", "受托方（乙方）", deal, firm)
    s.text(X0, y, "一、服务内容", 11, bold=True)
    y += 20
    y = s.para(
        X0,
        y,
        X1 - X0,
        f"乙方为甲方“{deal.name}”涉及的服务器、存储、网络安全设备及业务应用系统提供日常巡检、故障处理、数据备份、安全加固及驻场值守服务，服务标准见附件《运维服务级别协议》。",
    )
    s.text(X0, y + 4, "二、服务期限", 11, bold=True)
    y += 24
    y = s.para(X0, y, X1 - X0, f"服务期：自{cn_date(start)}起至{cn_date(end)}止，共计十二个月。")
    s.text(X0, y + 4, "三、合同价款", 11, bold=True)
    y += 24
    net = yuan(deal.amount / Decimal("1.06"))
    tax = deal.amount - net
    y = s.para(
        X0,
        y,
        X1 - X0,
        f"合同总价（含税）：人民币{capital(deal.amount)}（¥{comma(deal.amount)}元），其中不含税金额¥{comma(net)}元，增值税税额¥{comma(tax)}元，税率6%。",
    )
    y = s.para(
        X0,
        y + 2,
        X1 - X0,
        "上述价款为固定总价，包含乙方提供本合同项下全部服务所需的人工、交通、食宿、备品备件及税费。",
    )
    s.text(X0, y + 4, "四、付款方式", 11, bold=True)
    y += 24
    s.para(
        X0,
        y,
        X1 - X0,
        "合同签订后甲方支付合同总价的50%，服务期满经甲方考核合格后支付剩余50%。乙方收款前开具增值税专用发票。",
    )
    paper = Paper("", "contract", doc, pid, _fields(deal, firm))
    s2_ = Sheet(doc, rng=rng)
    y = _clauses(s2_, 60, [(f"{'五六七八九'[i]}、{h}", b) for i, (h, b) in enumerate(GENERIC)])
    _sign_page(s2_, y + 20, deal, firm, rng, "甲方", "乙方")
    return paper


def gov_procurement(deal: Deal, firm: Firm, rng: random.Random, pid: str, purchase_no: str) -> Paper:
    """政府采购合同: 采购人（甲方）/供应商（乙方), 合同金额 大写 and 小写 in 万元."""
    doc = pymupdf.open()
    s = Sheet(doc, rng=rng)
    s.text(s.w / 2, 70, "政府采购合同", 22, bold=True, align="center", spacing=4)
    s.text(s.w / 2, 102, f"（{deal.name}）", 12, align="center")
    rows = [
        ["合同编号", deal.number],
        ["采购项目编号", purchase_no],
        ["采购人（甲方）", deal.client],
        ["地址", deal.client_addr],
        ["供应商（乙方）", deal.supplier or firm.name],
        ["地址", firm.address],
        ["采购方式", rng.choice(["公开招标", "竞争性磋商", "竞争性谈判"])],
    ]
    y = s.table(X0, 130, (110, 341), rows, 10.5, 22, "cl", bold_rows=())
    y += 16
    y = s.para(
        X0,
        y,
        X1 - X0,
        "根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，按照采购文件及供应商响应文件，经双方协商，签订本合同。",
    )
    s.text(X0, y + 6, "一、合同金额", 11, bold=True)
    y += 28
    s.text(X0 + 22, y, f"大写：人民币{capital(deal.amount)}", 11)
    y += 22
    s.text(X0 + 22, y, f"小写：￥{wan(deal.amount)}万元", 11)
    y += 26
    y = s.para(
        X0,
        y,
        X1 - X0,
        "合同金额包括完成本项目所需的设备、软件、实施、培训、运输、税费及售后服务等全部费用，甲方不再另行支付任何费用。",
    )
    s.text(X0, y + 6, "二、履约期限及地点", 11, bold=True)
    y += 28
    y = s.para(
        X0,
        y,
        X1 - X0,
        f"乙方应于合同签订后九十日内完成项目实施，实施地点为{deal.location.replace('新疆维吾尔自治区', '新疆')}甲方指定地点。",
    )
    s.text(X0, y + 6, "三、资金支付", 11, bold=True)
    y += 28
    s.para(
        X0,
        y,
        X1 - X0,
        "本项目资金来源为财政资金。项目验收合格后，乙方开具发票，甲方在收到发票之日起十五个工作日内支付合同金额的百分之百。",
    )
    paper = Paper("", "contract", doc, pid, _fields(deal, firm))
    paper.fields["contract_amount"] = s2(deal.amount)
    s2_ = Sheet(doc, rng=rng)
    y = _clauses(
        s2_,
        60,
        [
            (
                "四、验收",
                "项目实施完毕后，乙方向甲方提交验收申请，甲方组织专家按照采购文件、响应文件及本合同约定进行验收，并出具验收报告。",
            )
        ]
        + [(f"{'五六七八九'[i]}、{h}", b) for i, (h, b) in enumerate(GENERIC[2:])],
    )
    _sign_page(s2_, y + 20, deal, firm, rng, "采购人", "供应商")
    return paper


def goods(
    deal: Deal, firm: Firm, rng: random.Random, pid: str, items: list[tuple[str, str, str, int, Decimal]]
) -> Paper:
    """设备采购合同: a goods list whose 合计 is the contract amount; items are (name, model, unit, qty, price)."""
    doc = pymupdf.open()
    s = Sheet(doc, rng=rng)
    y = _head(s, "设备采购合同", deal, rng)
    y = _party_block(s, y, "甲方（买方）", "乙方（卖方）", deal, firm)
    y = s.para(X0, y, X1 - X0, f"甲方因“{deal.name}”建设需要，向乙方采购下列设备，双方经协商一致签订本合同。")
    s.text(X0, y + 4, "一、货物清单", 11, bold=True)
    rows = [["序号", "品名", "规格型号", "单位", "数量", "单价（元）", "金额（元）"]]
    total = Decimal(0)
    for i, (nm, model, unit, qty, price) in enumerate(items, 1):
        amt = price * qty
        total += amt
        rows.append([str(i), nm, model, unit, str(qty), comma(price), comma(amt)])
    assert total == deal.amount, (total, deal.amount)
    rows.append(["合计", "", "", "", "", "", comma(total)])
    y = s.table(
        X0, y + 24, (30, 95, 100, 30, 32, 77, 87), rows, 9, 20, "cllccrr", bold_rows=(0, len(rows) - 1)
    )
    y += 12
    y = s.para(
        X0,
        y,
        X1 - X0,
        f"合同总金额：人民币{capital(deal.amount)}（¥{comma(deal.amount)}），含13%增值税、运输、安装调试及培训费用。",
    )
    s.text(X0, y + 4, "二、交货", 11, bold=True)
    y += 24
    s.para(
        X0,
        y,
        X1 - X0,
        "乙方应在合同签订后三十日内将货物送达甲方指定地点，甲方收货后五个工作日内组织到货验收并签署到货验收单。",
    )
    paper = Paper("", "contract", doc, pid, _fields(deal, firm))
    s2_ = Sheet(doc, rng=rng)
    y = _clauses(
        s2_,
        60,
        [
            (
                "三、付款",
                "到货验收合格后甲方支付合同金额的90%，余款10%作为质保金，质保期满无质量问题后一次性支付。",
            ),
            ("四、质保", "设备质保期为三年，自到货验收合格之日起计算。"),
        ]
        + [(f"{'五六七八九'[i]}、{h}", b) for i, (h, b) in enumerate(GENERIC[2:])],
    )
    _sign_page(s2_, y + 20, deal, firm, rng, "甲方", "乙方")
    return paper


def integration(
    deal: Deal,
    firm: Firm,
    rng: random.Random,
    pid: str,
    shown_fees: dict[str, Decimal] | None = None,
    full: bool = False,
) -> Paper:
    """系统集成项目合同 with a 报价明细 table by the declaration's fee categories."""
    fees = shown_fees if shown_fees is not None else deal.fees
    doc = pymupdf.open()
    s = Sheet(doc, rng=rng)
    y = _head(s, "系统集成项目合同", deal, rng, spaced=False)
    y = _party_block(s, y, "甲方", "乙方", deal, firm)
    y = s.para(
        X0,
        y,
        X1 - X0,
        f"甲方委托乙方承担“{deal.name}”的系统集成工作，包括软硬件设备供货、应用系统开发、集成实施、调试及培训。双方协商一致，签订本合同。",
    )
    s.text(X0, y + 4, "第一条 合同价款", 11, bold=True)
    y += 24
    y = s.para(
        X0,
        y,
        X1 - X0,
        f"本合同总价为人民币{capital(deal.amount)}（小写：¥{comma(deal.amount)}元），为含税价。报价明细如下：",
    )
    rows = [["序号", "费用类别", "内容说明", "金额（元）"]]
    desc = {
        "software_development": "应用系统定制开发",
        "consulting_design": "方案设计及咨询",
        "integration_implementation": "系统部署、联调、培训",
        "operation_maintenance": "质保期外运行维护",
        "data_processing": "历史数据整理迁移",
        "operation_service": "平台运营服务",
        "self_made_hardware": "自产设备",
        "hardware_purchase": "服务器、网络及安全设备",
        "software_purchase": "操作系统、数据库等",
        "other": "其他",
    }
    i = 0
    for key, label in FEE_LABELS.items():
        v = fees.get(key, Decimal(0))
        if v:
            i += 1
            rows.append([str(i), label, desc[key], comma(v)])
    rows.append(["", "合计", "", comma(sum(fees.values(), Decimal(0)))])
    y = s.table(X0, y + 6, (36, 110, 185, 120), rows, 10, 21, "cclr", bold_rows=(0, len(rows) - 1))
    y += 12
    s.text(X0, y, "第二条 付款方式", 11, bold=True)
    y += 20
    s.para(
        X0,
        y,
        X1 - X0,
        "合同签订后支付30%预付款；设备到货并初验合格后支付40%；项目终验合格后支付25%；余款5%作为质保金，质保期满后支付。",
    )
    paper = Paper("", "contract", doc, pid, _fields(deal, firm))
    paper.fields["fees"] = {k: s2(v) for k, v in fees.items() if v}
    if not full:
        _sign_page(Sheet(doc, rng=rng), 80, deal, firm, rng, "甲方", "乙方")
        return paper
    s2_ = Sheet(doc, rng=rng)
    y = _clauses(
        s2_,
        60,
        [
            (
                "第三条 工期",
                "乙方应在合同签订后一百五十日内完成全部建设内容，项目分初验和终验两个阶段，初验合格后进入三个月试运行，试运行结束后进行终验。",
            ),
            (
                "第四条 验收标准",
                "按国家及行业相关标准、招标文件技术要求及乙方投标文件承诺进行验收，并可委托监理单位参与验收。",
            ),
        ]
        + [(f"第{'五六七八九'[i]}条 {h}", b) for i, (h, b) in enumerate(GENERIC)],
    )
    s3 = Sheet(doc, rng=rng)
    _sign_page(s3, 80, deal, firm, rng, "甲方", "乙方")
    return paper
