"""The papers of a fresh submission, each drawn as a text-layer PDF (the assembler may then
print-and-scan it): contracts of four kinds, two acceptance layouts, the older VAT special
invoice, the business license and an audit report with its statements."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pymupdf as fitz

from . import cn
from . import paper as P
from .world import FEE_LABELS, Company, Job

CENT = Decimal("0.01")
RED = (0.78, 0.1, 0.1)
INVOICE_BROWN = (0.55, 0.35, 0.15)


@dataclass
class Built:
    """One drawn document: its pages, its type and the fields the truth records."""

    doc: fitz.Document
    type: str
    fields: dict[str, Any]
    project_id: str | None = None
    key_page: int = 0
    landscape: bool = False
    notes: list[str] = field(default_factory=list)


def _m(value: Decimal) -> str:
    return f"{value:.2f}"


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# ── contracts ────────────────────────────────────────────────────────────


def _head_numbers(s: P.Sheet, job: Job, rng: random.Random) -> None:
    """合同编号 and a long 项目编号 (a procurement number) at the top right, as tender contracts print them."""
    project_no = (
        f"{rng.choice(('6501', '6528', '6523', '6529'))}{job.signed_on:%Y%m%d}{rng.randint(10000, 99999)}"
    )
    s.line(f"项目编号：{project_no}", 9.5, align="right", gap=0.35)
    s.line(f"合同编号：{job.contract_number}", 9.5, align="right", gap=1.0)


def _signature_block(
    s: P.Sheet,
    left: tuple[str, str],
    right: tuple[str, str],
    job: Job,
    ent: Company,
    client_rep: str,
    rng: random.Random,
    date_style: str,
    sealed: bool,
    seal_label: str = "合同专用章",
) -> None:
    """Two columns: party label and name, 法定代表人或委托代理人 with a pen signature, address,
    bank details, and the signing date (only here)."""
    top = s.y + 6
    col_w = s.inner / 2
    client_name = job.client.name
    b_name = job.party_b or ent.name
    rows = [
        (f"{left[0]}（盖章）：", f"{right[0]}（盖章）："),
        (client_name, b_name),
        ("法定代表人或委托代理人：", "法定代表人或委托代理人："),
        ("", ""),
        (f"地址：{job.client.address}", f"地址：{ent.address}"),
        (f"电话：{job.client.phone}", f"电话：{ent.phone}"),
        ("开户银行：", f"开户银行：{ent.bank}"),
        ("账号：", f"账号：{ent.account}"),
        (
            f"日期：{cn.date_text(job.signed_on, date_style)}",
            f"日期：{cn.date_text(job.signed_on, date_style)}",
        ),
    ]
    y = top
    for a, b in rows:
        for k, t in enumerate((a, b)):
            for j, ln in enumerate(P.wrap(t, 9.5, col_w - 12)[:2]):
                s.text(s.left + k * col_w, y + j * 12, ln, 9.5)
        y += 17 if len(P.wrap(a, 9.5, col_w - 12)) < 2 and len(P.wrap(b, 9.5, col_w - 12)) < 2 else 28
    sig_y = top + 17 * 3 + 2
    s.image(fitz.Rect(s.left + 20, sig_y - 4, s.left + 100, sig_y + 22), P.signature(client_rep, rng))
    s.image(
        fitz.Rect(s.left + col_w + 20, sig_y - 4, s.left + col_w + 100, sig_y + 22),
        P.signature(ent.legal_rep, rng),
    )
    if sealed:
        s.stamp(
            (s.left + 110 + rng.uniform(-15, 15), top + 40 + rng.uniform(-8, 8)),
            P.round_seal(client_name, rng, seal_label if rng.random() < 0.5 else ""),
            118,
        )
        s.stamp(
            (s.left + col_w + 110 + rng.uniform(-15, 15), top + 40 + rng.uniform(-8, 8)),
            P.round_seal(b_name, rng, seal_label),
            118,
        )
    s.y = y + 10


def _words(job: Job) -> str:
    return job.words or cn.capital(job.amount)


def _price_items(job: Job, rng: random.Random) -> list[tuple[str, str, int, Decimal, Decimal]]:
    """(name, model, quantity, rate, gross) lines whose gross amounts add up to the total."""
    catalogue = [
        ("机架式服务器", "2U/2×Xeon Silver 4314/256G", 0.13),
        ("核心交换机", "S7706 万兆/48口", 0.13),
        ("分布式存储", "OceanStor 5310 200TB", 0.13),
        ("下一代防火墙", "USG6550E", 0.13),
        ("视频会议终端", "TE30-1080P", 0.13),
        ("系统集成及安装调试服务", "项", 0.06),
        ("数据迁移服务", "项", 0.06),
    ]
    picks = [*rng.sample(catalogue[:5], 3), catalogue[5]]
    shares = [rng.uniform(0.5, 1.5) for _ in picks]
    total = job.amount
    grosses = [(total * Decimal(sh / sum(shares)) / 100).quantize(Decimal(1)) * 100 for sh in shares[:-1]]
    grosses.append(total - sum(grosses, Decimal(0)))
    out = []
    for (name, model, rate), gross in zip(picks, grosses, strict=True):
        qty = 1 if model == "项" else rng.randint(1, 6)
        out.append((name, model, qty, Decimal(str(rate)), gross))
    return out


def contract_purchase(job: Job, ent: Company, rng: random.Random, fullwidth: bool = False) -> Built:
    """购销合同, 需方/供方, a price table with tax columns; the declared amount is 价税合计."""
    doc = fitz.open()
    s = P.Sheet(doc)
    _head_numbers(s, job, rng)
    s.line("设 备 购 销 合 同", 19, align="center", bold=True, gap=1.0)
    s.line(f"需方：{job.client.name}（以下简称甲方）", 10.5)
    s.line(f"供方：{job.party_b or ent.name}（以下简称乙方）", 10.5)
    s.line(f"签订地点：{job.location.replace('新疆维吾尔自治区', '')}", 10.5, gap=0.9)
    s.para(
        f"根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方本着平等互利的原则，就“{job.name}”"
        "所需设备的采购事宜，经协商一致，订立本合同，以资共同遵守。",
        10.5,
    )
    s.line("一、产品名称、规格型号、数量、金额", 10.5, bold=True)
    items = _price_items(job, rng)
    rows = [["序号", "产品名称", "规格型号", "数量", "不含税金额", "税率", "税额", "价税合计"]]
    net_sum = tax_sum = Decimal(0)
    for i, (name, model, qty, rate, gross) in enumerate(items, 1):
        net = _q(gross / (1 + rate))
        tax = gross - net
        net_sum += net
        tax_sum += tax
        rows.append(
            [
                str(i),
                name,
                model,
                str(qty),
                cn.money(net),
                f"{int(rate * 100)}%",
                cn.money(tax),
                cn.money(gross),
            ]
        )
    total_txt = cn.money(job.amount)
    if fullwidth:
        total_txt = cn.fullwidth(total_txt)
    rows.append(["合计", "", "", "", cn.money(net_sum), "", cn.money(tax_sum), total_txt])
    s.table(rows, [0.6, 2.1, 2.3, 0.6, 1.5, 0.7, 1.3, 1.6], size=8.5, aligns="cllcrcrr", bold_rows=(0,))
    s.skip(6)
    yen = "￥" if fullwidth else "¥"
    s.para(
        f"合同总价（含税）：人民币（大写）{_words(job)}（小写：{yen}{total_txt}）。上述价格已包含设备费、"
        "运输费、保险费、安装调试费、培训费及税费等全部费用。",
        10.5,
        first=0,
    )
    s.line("二、质量要求及技术标准", 10.5, bold=True)
    s.para(
        "乙方所供设备须为原厂全新正品，符合国家相关标准及招标文件技术参数要求，并提供原厂质保承诺函。", 10.5
    )
    s.line("三、交货时间、地点及方式", 10.5, bold=True)
    s.para(
        f"乙方应于合同签订后三十日内将全部设备送达甲方指定地点（{job.client.address}），并负责卸货、"
        "安装及调试，所发生的费用由乙方承担。",
        10.5,
    )
    s.line("四、付款方式", 10.5, bold=True)
    first = _q(job.amount * Decimal("0.3"))
    second = _q(job.amount * Decimal("0.6"))
    s.para(
        f"1. 首付款：合同签订后十个工作日内，甲方向乙方支付合同总价的30%，即人民币{cn.money(first)}元；", 10.5
    )
    s.para(f"2. 到货验收合格后十个工作日内，甲方支付合同总价的60%，即人民币{cn.money(second)}元；", 10.5)
    s.para(
        f"3. 剩余10%即人民币{cn.money(job.amount - first - second)}元作为质量保证金，质保期满无质量问题后一次性无息支付。",
        10.5,
    )
    s2 = P.Sheet(doc)
    s2.line("五、验收", 10.5, bold=True)
    s2.para(
        "设备安装调试完成后，乙方书面通知甲方组织验收，验收依据为本合同、招标文件及投标文件。"
        "验收不合格的，乙方应在七日内更换或整改，由此产生的费用由乙方承担。",
        10.5,
    )
    s2.line("六、质量保证及售后服务", 10.5, bold=True)
    s2.para(
        "质保期为验收合格之日起三年。质保期内乙方提供7×24小时技术支持，接到故障通知后2小时内响应，"
        "24小时内到达现场。",
        10.5,
    )
    s2.line("七、违约责任", 10.5, bold=True)
    s2.para(
        "乙方逾期交货的，每逾期一日按合同总价的千分之三向甲方支付违约金；甲方逾期付款的，每逾期一日"
        "按应付未付款项的千分之三向乙方支付违约金。",
        10.5,
    )
    s2.line("八、争议解决", 10.5, bold=True)
    s2.para("因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。", 10.5)
    s2.line("九、其他", 10.5, bold=True)
    s2.para(
        "本合同一式陆份，甲方执肆份，乙方执贰份，经双方法定代表人或委托代理人签字并加盖公章或合同专用章后生效。",
        10.5,
    )
    s2.skip(14)
    _signature_block(s2, ("需方", ""), ("供方", ""), job, ent, job.client.contact, rng, "cn", job.sealed)
    return Built(doc, "contract", _contract_fields(job, ent, signed_style=True), job.id, key_page=0)


def contract_work(job: Job, ent: Company, rng: random.Random, fullwidth: bool = True) -> Built:
    """软件开发承揽合同, 定作人/承揽人; the price clause falls on page 2, digits full width."""
    doc = fitz.open()
    s = P.Sheet(doc)
    _head_numbers(s, job, rng)
    s.line("承 揽 合 同", 19, align="center", bold=True, gap=0.4)
    s.line("（软件定制开发）", 11, align="center", gap=1.2)
    s.line(f"定作人（甲方）：{job.client.name}", 10.5)
    s.line(f"承揽人（乙方）：{job.party_b or ent.name}", 10.5, gap=1.0)
    s.para(
        f"甲方委托乙方承揽“{job.name}”的定制开发工作，为明确双方的权利义务，依照《中华人民共和国民法典》"
        "合同编第十七章的规定，双方经协商一致，签订本合同。",
        10.5,
    )
    s.line("第一条  承揽工作内容", 10.5, bold=True)
    for k, t in enumerate(
        (
            "需求调研与分析：完成业务需求调研，形成《需求规格说明书》并经甲方确认；",
            "系统设计：完成总体设计、数据库设计及接口设计；",
            "软件开发：按需求规格说明书完成全部功能模块的编码、单元测试及集成测试；",
            "部署实施：在甲方指定环境完成系统部署、数据初始化及试运行；",
            "培训及技术支持：对甲方管理员及业务人员进行操作培训。",
        ),
        1,
    ):
        s.para(f"{k}. {t}", 10.5)
    s.line("第二条  工作期限", 10.5, bold=True)
    s.para(
        "乙方应自本合同生效之日起一百二十个日历日内完成全部工作并提交验收申请。因甲方原因造成工期延误的，工期相应顺延。",
        10.5,
    )
    s.line("第三条  材料及技术资料", 10.5, bold=True)
    s.para(
        "开发所需的软件开发环境由乙方自备；甲方负责提供业务资料、测试数据及运行所需的服务器与网络环境，"
        "并指定专人配合乙方工作。乙方应对甲方提供的资料保密，不得用于本合同以外的用途。",
        10.5,
    )
    s.para(
        "乙方交付的成果包括：可运行的软件系统、源代码、安装部署手册、用户操作手册、测试报告及培训材料。", 10.5
    )
    s.line("第四条  知识产权", 10.5, bold=True)
    s.para(
        "本合同项下定制开发形成的软件著作权归甲方所有，乙方享有署名权。乙方保证所交付成果不侵犯第三方的合法权益。",
        10.5,
    )
    s2 = P.Sheet(doc)
    s2.line("第五条  合同价款及支付方式", 10.5, bold=True)
    total = cn.money(job.amount)
    shown = cn.fullwidth(total) if fullwidth else total
    s2.para(
        f"1. 本合同总价款为人民币{_words(job)}（￥{shown}元），该价款为含税价，包括乙方完成承揽工作的全部费用。",
        10.5,
    )
    if job.itemised:
        parts = "；".join(f"{FEE_LABELS[k]}{cn.money(v)}元" for k, v in job.itemised.items())
        s2.para(f"其中：{parts}。", 10.5)
    first = _q(job.amount * Decimal("0.4"))
    s2.para(
        f"2. 合同签订后十五个工作日内甲方支付合同总价款的40%，即人民币{cn.money(first)}元；系统终验合格后"
        f"支付剩余60%，即人民币{cn.money(job.amount - first)}元。",
        10.5,
    )
    s2.para("3. 乙方收款前应向甲方开具等额合法有效的增值税发票。", 10.5)
    s2.line("第六条  验收", 10.5, bold=True)
    s2.para("系统试运行满一个月后，乙方提出终验申请，甲方在十五个工作日内组织验收并出具验收报告。", 10.5)
    s2.line("第七条  违约责任", 10.5, bold=True)
    s2.para("乙方未按期交付的，每迟延一日按合同总价款的万分之五支付违约金，累计不超过合同总价款的10%。", 10.5)
    s2.line("第八条  其他约定", 10.5, bold=True)
    s2.para("本合同自双方签字盖章之日起生效。本合同一式四份，双方各执两份，具有同等法律效力。", 10.5)
    s2.skip(16)
    _signature_block(s2, ("定作人", ""), ("承揽人", ""), job, ent, job.client.contact, rng, "han", job.sealed)
    return Built(doc, "contract", _contract_fields(job, ent), job.id, key_page=1)


def contract_construction(job: Job, ent: Company, rng: random.Random) -> Built:
    """信息化工程施工合同, 建设单位/施工单位 in two side-by-side columns at the top."""
    doc = fitz.open()
    s = P.Sheet(doc)
    s.line(f"合同编号：{job.contract_number}", 9.5, gap=1.2)
    s.line(f"{job.name}", 15, align="center", bold=True, gap=0.3)
    s.line("施 工 合 同", 19, align="center", bold=True, gap=1.0)
    s.table(
        [
            ["甲方（建设单位）", "乙方（施工单位）"],
            [f"名称：{job.client.name}", f"名称：{job.party_b or ent.name}"],
            [f"地址：{job.client.address}", f"地址：{ent.address}"],
            [f"联系人：{job.client.contact}", f"法定代表人：{ent.legal_rep}"],
            [f"电话：{job.client.phone}", f"电话：{ent.phone}"],
        ],
        [1, 1],
        size=9.5,
        aligns="ll",
        bold_rows=(0,),
    )
    s.skip(8)
    s.para(
        "依照《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，"
        "双方就本工程施工事项协商一致，订立本合同。",
        10.5,
    )
    s.line("一、工程概况", 10.5, bold=True)
    s.para(f"工程名称：{job.name}", 10.5, first=0)
    s.para(f"工程地点：{job.client.address}", 10.5, first=0)
    s.para(
        "工程内容：综合布线、机房建设（含配电、UPS、精密空调、动环监控）、网络及安全设备安装、视频监控系统、"
        "信息发布系统的深化设计、供货、安装、调试及培训。",
        10.5,
        first=0,
    )
    s.line("二、合同工期", 10.5, bold=True)
    start = job.start_on or (job.signed_on + dt.timedelta(days=10))
    s.para(
        f"计划开工日期：{cn.date_text(start, 'cn')}；计划竣工日期：{cn.date_text(start + dt.timedelta(days=120), 'cn')}；"
        "工期总日历天数120天。",
        10.5,
        first=0,
    )
    s.line("三、质量标准", 10.5, bold=True)
    s.para("工程质量符合国家现行施工验收规范，一次验收合格。", 10.5, first=0)
    s.line("四、签约合同价与合同价格形式", 10.5, bold=True)
    s.para(
        f"签约合同价为：人民币（大写）{_words(job)}（¥{cn.money(job.amount)}元）。合同价格形式：固定总价。",
        10.5,
        first=0,
    )
    s.para("安全文明施工费已包含在签约合同价内，不另行计取。", 10.5, first=0)
    s.line("五、工程款支付", 10.5, bold=True)
    s.para(
        "合同签订后支付预付款20%；工程竣工验收合格后支付至合同价的95%；余款5%作为质量保证金，"
        "缺陷责任期满后无息支付。",
        10.5,
        first=0,
    )
    s2 = P.Sheet(doc)
    s2.line("六、双方责任", 10.5, bold=True)
    s2.para(
        "甲方负责办理施工所需的审批手续，提供施工场地、水电接入点及相关图纸资料；乙方负责组织施工、"
        "保证工程质量和施工安全，并按规定整理竣工资料。",
        10.5,
    )
    s2.line("七、竣工验收", 10.5, bold=True)
    s2.para(
        "工程完工后，乙方提交竣工验收申请及竣工资料，甲方会同监理单位组织竣工验收，验收合格后签署竣工验收报告。",
        10.5,
    )
    s2.line("八、缺陷责任期与保修", 10.5, bold=True)
    s2.para("缺陷责任期为竣工验收合格之日起二十四个月；设备保修按原厂标准执行。", 10.5)
    s2.line("九、合同生效", 10.5, bold=True)
    s2.para(
        "本合同经双方法定代表人或其委托代理人签字并加盖单位公章后生效。合同一式八份，甲方执五份，乙方执三份。",
        10.5,
    )
    s2.skip(20)
    _signature_block(
        s2,
        ("建设单位", ""),
        ("施工单位", ""),
        job,
        ent,
        job.client.contact,
        rng,
        "cn0",
        job.sealed,
        seal_label="",
    )
    return Built(doc, "contract", _contract_fields(job, ent), job.id, key_page=0)


def contract_service(job: Job, ent: Company, rng: random.Random) -> Built:
    """信息技术服务合同, 甲方（采购方）/乙方（服务方）, with a fee breakdown table by category."""
    doc = fitz.open()
    s = P.Sheet(doc)
    _head_numbers(s, job, rng)
    s.line("信息技术服务合同", 19, align="center", bold=True, gap=1.0)
    s.line(f"甲方（采购方）：{job.client.name}", 10.5)
    s.line(f"乙方（服务方）：{job.party_b or ent.name}", 10.5, gap=1.0)
    s.para(f"甲方就“{job.name}”委托乙方提供系统建设及相关服务，经双方协商一致，签订本合同。", 10.5)
    s.line("一、服务内容", 10.5, bold=True)
    s.para(
        "乙方负责项目的需求分析、方案设计、软件开发、软硬件供货、系统集成部署、联调测试、培训及一年免费运维。",
        10.5,
    )
    s.line("二、合同金额及构成", 10.5, bold=True)
    rows = [["序号", "费用项目", "金额（元）", "备注"]]
    for i, (k, v) in enumerate(job.itemised.items(), 1):
        rows.append([str(i), FEE_LABELS[k], cn.money(v), "含税"])
    rows.append(["", "合计", cn.money(job.amount), ""])
    s.table(rows, [0.7, 3, 2, 1.5], size=9.5, aligns="clrc", bold_rows=(0, len(rows) - 1))
    s.skip(6)
    s.para(f"合同总金额：人民币{_words(job)}（¥{cn.money(job.amount)}）。", 10.5, first=0)
    s.line("三、付款方式", 10.5, bold=True)
    first = _q(job.amount * Decimal("0.3"))
    s.para(
        f"合同签订后支付30%，即¥{cn.money(first)}元；项目终验合格后支付65%；剩余5%于免费运维期满后支付。",
        10.5,
    )
    s.line("四、项目周期", 10.5, bold=True)
    s.para("自合同签订之日起180日内完成建设并通过甲方组织的终验。", 10.5)
    s.line("五、保密", 10.5, bold=True)
    s.para("乙方对履约过程中知悉的甲方数据及业务信息负有保密义务，保密期限不因合同终止而终止。", 10.5)
    s.line("六、其他", 10.5, bold=True)
    s.para("本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。", 10.5)
    s.skip(16)
    _signature_block(s, ("甲方", ""), ("乙方", ""), job, ent, job.client.contact, rng, "slash", job.sealed)
    return Built(doc, "contract", _contract_fields(job, ent), job.id, key_page=0)


def _contract_fields(job: Job, ent: Company, signed_style: bool = False) -> dict[str, Any]:
    """The truth of a contract. ``amount_in_words`` is the capital-numeral run as printed: with 人民币
    where 人民币 runs straight into the numerals, without it where 人民币（大写） stands before them."""
    words = _words(job)
    printed = words if job.contract_kind in ("purchase", "construction") else "人民币" + words
    fields: dict[str, Any] = {
        "project_name": job.name,
        "contract_number": job.contract_number,
        "party_a": job.client.name,
        "party_b": job.party_b or ent.name,
        "contract_amount": _m(job.amount),
        "amount_in_words": printed,
        "signed_on": job.signed_on.isoformat(),
        "has_seal": job.sealed,
    }
    if job.itemised:
        fields["fees"] = {k: _m(v) for k, v in job.itemised.items()}
    return fields


CONTRACTS = {
    "purchase": contract_purchase,
    "work": contract_work,
    "construction": contract_construction,
    "service": contract_service,
}


# ── acceptance ───────────────────────────────────────────────────────────


def _tick(page: fitz.Page, box: fitz.Rect, rng: random.Random) -> None:
    """A pen tick over a printed □."""
    x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
    pts = [(x0 + 1, y0 + (y1 - y0) * 0.55), (x0 + (x1 - x0) * 0.42, y1 + 1), (x1 + 4, y0 - 4)]
    page.draw_polyline([fitz.Point(*p) for p in pts], color=(0.1, 0.15, 0.45), width=1.4)


def acceptance_completion(job: Job, ent: Company, rng: random.Random, pen_ticks: bool) -> Built:
    """竣工验收报告: a form table, a checkbox conclusion and a three-party sign-off table."""
    doc = fitz.open()
    s = P.Sheet(doc, top=56)
    s.line("工程竣工验收报告", 19, align="center", bold=True, gap=1.1)
    start = job.start_on or (job.signed_on + dt.timedelta(days=10))
    done = job.accepted_on - dt.timedelta(days=rng.randint(5, 20))
    rows = [
        ["工程名称", job.name],
        ["建设单位", job.client.name],
        ["施工单位", job.party_b or ent.name],
        ["监理单位", job.supervisor or "—"],
        ["合同编号", job.contract_number],
        ["开工日期", cn.date_text(start, "cn0")],
        ["竣工日期", cn.date_text(done, "cn0")],
        ["验收日期", cn.date_text(job.accepted_on, "dot")],
    ]
    s.table(rows, [1.2, 4.8], size=10, aligns="cl", bold_rows=())
    s.table(
        [
            [
                "验收内容",
                "对照合同及深化设计文件，验收组对综合布线、机房配电及UPS、网络设备、安全设备、视频监控"
                "及信息发布系统进行了现场检查和功能测试，查阅了施工记录、隐蔽工程记录、设备合格证及调试报告。",
            ]
        ],
        [1.2, 4.8],
        size=10,
        aligns="cl",
        bold_rows=(),
        row_h=70,
    )
    opinion = (
        "工程已按合同及设计要求全部完成，施工质量符合规范要求，竣工资料齐全，系统运行稳定，同意通过竣工验收。"
        if job.passed
        else "视频监控系统部分点位未安装到位，机房动环监控告警功能未实现，竣工资料不完整，本次验收不予通过，"
        "请施工单位限期整改后重新申请验收。"
    )
    s.table([["验收意见", opinion]], [1.2, 4.8], size=10, aligns="cl", bold_rows=(), row_h=60)
    # conclusion row with boxes
    y = s.y
    s.table([["验收结论", ""]], [1.2, 4.8], size=10, aligns="cl", bold_rows=(), row_h=30)
    x = s.left + s.inner * 1.2 / 6 + 12
    if pen_ticks:
        r1 = s.text(x, y + 10, "□ 合格", 11)
        r2 = s.text(x + 110, y + 10, "□ 不合格", 11)
        _tick(
            s.page,
            fitz.Rect(r1.x0, r1.y0, r1.x0 + 11, r1.y1)
            if job.passed
            else fitz.Rect(r2.x0, r2.y0, r2.x0 + 11, r2.y1),
            rng,
        )
    else:
        s.text(x, y + 10, ("■ 合格" if job.passed else "□ 合格"), 11)
        s.text(x + 110, y + 10, ("□ 不合格" if job.passed else "■ 不合格"), 11)
    s.skip(10)
    parties = [
        ("建设单位（公章）", job.client.name, job.client.contact),
        ("施工单位（公章）", job.party_b or ent.name, ent.legal_rep),
    ]
    if job.supervisor:
        parties.append(("监理单位（公章）", job.supervisor, "张立伟"))
    top = s.y
    cells = s.table(
        [
            [p[0] for p in parties],
            ["\n\n项目负责人：\n\n\n" for _ in parties],
            [f"日期：{cn.date_text(job.accepted_on, 'cn')}" for _ in parties],
        ],
        [1] * len(parties),
        size=10,
        aligns="c" * len(parties),
        bold_rows=(0,),
    )
    for k, (_, name, person) in enumerate(parties):
        cell = cells[1][k]
        s.image(fitz.Rect(cell.x0 + 70, cell.y0 + 30, cell.x0 + 140, cell.y0 + 54), P.signature(person, rng))
        if job.sealed:
            s.stamp(
                (cell.x0 + cell.width / 2 + rng.uniform(-10, 10), cell.y0 + 40), P.round_seal(name, rng), 104
            )
    del top
    fields = {
        "project_name": job.name,
        "party_a": job.client.name,
        "party_b": job.party_b or ent.name,
        "accepted_on": job.accepted_on.isoformat(),
        "conclusion": "passed" if job.passed else "failed",
        "has_seal": job.sealed,
    }
    if job.supervisor:
        fields["third_party"] = job.supervisor
    return Built(doc, "acceptance_report", fields, job.id)


def acceptance_final(job: Job, ent: Company, rng: random.Random) -> Built:
    """项目终验报告: the 初验 date in the text, the 终验 date in capital Chinese, （√）通过."""
    doc = fitz.open()
    s = P.Sheet(doc)
    s.line(job.name, 14, align="center", bold=True, gap=0.4)
    s.line("终 验 报 告", 20, align="center", bold=True, gap=1.3)
    first = job.accepted_on - dt.timedelta(days=rng.randint(60, 100))
    s.line(f"项目名称：{job.name}", 10.5, gap=0.8)
    s.line(f"采购人：{job.client.name}", 10.5, gap=0.8)
    s.line(f"供应商：{job.party_b or ent.name}", 10.5, gap=0.8)
    s.line(f"合同编号：{job.contract_number}", 10.5, gap=0.8)
    s.line(f"终验时间：{cn.date_text(job.accepted_on, 'han')}", 10.5, gap=0.8)
    s.line(f"终验地点：{job.client.name}会议室", 10.5, gap=1.2)
    s.line("一、项目建设情况", 11, bold=True)
    s.para(
        f"本项目于{cn.date_text(job.signed_on, 'cn')}签订合同，{cn.date_text(first, 'cn')}完成部署并通过初验，"
        "随后进入试运行。试运行期间系统运行平稳，未发生重大故障，各项性能指标满足合同要求。",
        10.5,
    )
    s.line("二、终验情况", 11, bold=True)
    s.para(
        "验收组由采购人业务部门、信息中心及特邀专家共五人组成。验收组听取了供应商的项目建设汇报，审阅了"
        "需求规格说明书、设计文档、测试报告、试运行报告、用户手册等文档，对系统功能进行了逐项核验。",
        10.5,
    )
    s.line("三、验收组意见", 11, bold=True)
    if job.passed:
        s.para(
            "项目按合同约定完成了全部建设内容，文档齐全，功能及性能满足合同要求。验收组一致同意本项目通过终验。",
            10.5,
        )
    else:
        s.para(
            "统一身份认证与电子证照库接口未完成对接，部分报表数据与源系统不一致，文档不齐全。验收组认为"
            "项目尚不具备终验条件，终验不通过，请供应商在三十日内完成整改。",
            10.5,
        )
    s.skip(6)
    x = s.left
    s.text(x, s.y, "验收结论：", 11, bold=True)
    s.text(x + 70, s.y, "（√）通过" if job.passed else "（  ）通过", 11)
    s.text(x + 170, s.y, "（  ）不通过" if job.passed else "（√）不通过", 11)
    s.skip(40)
    s.line("验收组成员签字：", 10.5, gap=3.0)
    for k in range(3):
        s.image(
            fitz.Rect(s.left + 100 + k * 110, s.y - 46, s.left + 180 + k * 110, s.y - 20),
            P.signature(rng.choice(("马晓东", "刘春梅", "艾尔肯", "孙立新", "何俊杰")), rng),
        )
    top = s.y
    col = s.inner / 2
    s.text(s.left, top, "采购人（盖章）：", 10.5)
    s.text(s.left + col, top, "供应商（盖章）：", 10.5)
    s.text(s.left, top + 70, f"日期：{cn.date_text(job.accepted_on, 'cn')}", 10.5)
    s.text(s.left + col, top + 70, f"日期：{cn.date_text(job.accepted_on, 'cn')}", 10.5)
    if job.sealed:
        s.stamp((s.left + 110, top + 30), P.round_seal(job.client.name, rng), 108)
        s.stamp((s.left + col + 110, top + 30), P.round_seal(job.party_b or ent.name, rng), 108)
    fields = {
        "project_name": job.name,
        "party_a": job.client.name,
        "party_b": job.party_b or ent.name,
        "accepted_on": job.accepted_on.isoformat(),
        "conclusion": "passed" if job.passed else "failed",
        "has_seal": job.sealed,
    }
    return Built(doc, "acceptance_report", fields, job.id)


# ── invoices ─────────────────────────────────────────────────────────────

INVOICE_W, INVOICE_H = 240 * 72 / 25.4, 140 * 72 / 25.4


def invoice_special(
    job: Job,
    ent: Company,
    rng: random.Random,
    gross: Decimal,
    issued: dt.date,
    item: str,
    rate: Decimal,
    copy: str = "发票联",
) -> Built:
    """The pre-2021 增值税专用发票: 发票代码, 机器编号, 密码区, buyer and seller blocks,
    价税合计（大写）…（小写）¥…, the seller's oval seal; QR with the pre-tax amount."""
    doc = fitz.open()
    s = P.Sheet(doc, width=INVOICE_W, height=INVOICE_H, left=22, right=22, top=14)
    pg = s.page
    C = INVOICE_BROWN
    code = f"6500{issued.year % 100:02d}{rng.randint(1, 4)}130"
    number = f"{rng.randint(0, 99999999):08d}"
    machine = f"6619{rng.randint(10000000, 99999999)}"
    net = _q(gross / (1 + rate))
    tax = gross - net
    hashv = hashlib.md5(f"{code}{number}".encode()).hexdigest()[:4].upper()
    qr = f"01,01,{code},{number},{_m(net)},{issued:%Y%m%d},,{hashv}"
    s.image(fitz.Rect(24, 12, 78, 66), P.qr_png(qr, 3))
    s.text(INVOICE_W / 2 - 120, 16, "新疆增值税专用发票", 21, color=C, bold=True)
    pg.draw_line((INVOICE_W / 2 - 110, 44), (INVOICE_W / 2 + 95, 44), color=C, width=0.8)
    pg.draw_line((INVOICE_W / 2 - 110, 47), (INVOICE_W / 2 + 95, 47), color=C, width=0.8)
    s.text(INVOICE_W / 2 - 24, 52, copy, 10, color=C)
    s.text(INVOICE_W - 185, 14, "No", 13, color=C)
    s.text(INVOICE_W - 160, 13, number, 15, color=(0.1, 0.1, 0.1))
    s.text(90, 50, code, 11)
    s.text(INVOICE_W - 185, 36, f"发票代码：{code}", 9, color=C)
    s.text(INVOICE_W - 185, 48, f"发票号码：{number}", 9, color=C)
    s.text(
        INVOICE_W - 185, 60, f"开票日期：{issued.year}年{issued.month:02d}月{issued.day:02d}日", 9, color=C
    )
    s.text(24, 70, f"机器编号：{machine}", 8.5, color=C)
    x0, x1 = 22.0, INVOICE_W - 22
    y0 = 82.0
    grid = fitz.Rect(x0, y0, x1, y0 + 250)
    pg.draw_rect(grid, color=C, width=0.9)
    # buyer block
    yb = y0 + 58
    pg.draw_line((x0, yb), (x1, yb), color=C, width=0.6)
    pg.draw_line((x0 + 18, y0), (x0 + 18, yb), color=C, width=0.6)
    for k, ch in enumerate("购买方"):
        s.text(x0 + 4, y0 + 6 + k * 16, ch, 10, color=C)
    labels = ("名        称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号：")
    values = (
        job.client.name,
        "11650000" + "".join(str(rng.randrange(10)) for _ in range(10)),
        f"{job.client.address} {job.client.phone}",
        f"{rng.choice(('中国农业银行', '中国建设银行'))}"
        f"{rng.randint(10000000, 99999999)}{rng.randint(1000000, 9999999)}",
    )
    for k, (lab, val) in enumerate(zip(labels, values, strict=True)):
        s.text(x0 + 22, y0 + 4 + k * 13.5, lab, 8.5, color=C)
        s.text(x0 + 88, y0 + 4 + k * 13.5, val[:34], 8.5)
    xm = x0 + 400
    pg.draw_line((xm, y0), (xm, yb), color=C, width=0.6)
    pg.draw_line((xm + 16, y0), (xm + 16, yb), color=C, width=0.6)
    for k, ch in enumerate("密码区"):
        s.text(xm + 3, y0 + 6 + k * 16, ch, 10, color=C)
    for k in range(4):
        cipher = "".join(rng.choice("0123456789+-*/<>") for _ in range(27))
        s.text(xm + 20, y0 + 5 + k * 13, cipher, 8.2)
    # item lines
    heads = ("货物或应税劳务、服务名称", "规格型号", "单 位", "数 量", "单 价", "金 额", "税率", "税 额")
    cols = (x0, x0 + 170, x0 + 235, x0 + 265, x0 + 300, x0 + 370, x0 + 470, x0 + 505, x1)
    yi = yb + 14
    for k, h in enumerate(heads):
        w = P.width_of(h, 8.5)
        s.text((cols[k] + cols[k + 1]) / 2 - w / 2, yb + 3, h, 8.5, color=C)
    s.text(cols[0] + 4, yi + 4, item, 8.5)
    s.text(cols[2] + 8, yi + 4, "项", 8.5)
    s.text(cols[3] + 12, yi + 4, "1", 8.5)
    s.text(cols[4] + 2, yi + 4, f"{net:.2f}", 8.5)
    s.text(cols[6] - P.width_of(f"{net:.2f}", 8.5) - 3, yi + 4, f"{net:.2f}", 8.5)
    s.text(cols[6] + 6, yi + 4, f"{int(rate * 100)}%", 8.5)
    s.text(cols[8] - P.width_of(f"{tax:.2f}", 8.5) - 3, yi + 4, f"{tax:.2f}", 8.5)
    ys = yb + 92
    pg.draw_line((x0, ys), (x1, ys), color=C, width=0.6)
    s.text(cols[0] + 60, ys - 14, "合        计", 8.5, color=C)
    s.text(cols[6] - P.width_of(f"¥{net:.2f}", 8.5) - 3, ys - 14, f"¥{net:.2f}", 8.5)
    s.text(cols[8] - P.width_of(f"¥{tax:.2f}", 8.5) - 3, ys - 14, f"¥{tax:.2f}", 8.5)
    yt = ys + 20
    pg.draw_line((x0, yt), (x1, yt), color=C, width=0.6)
    s.text(x0 + 14, ys + 5, "价税合计（大写）", 9, color=C)
    s.text(x0 + 110, ys + 5, "ⓧ " + cn.capital(gross), 9.5)
    s.text(x0 + 430, ys + 5, "（小写）", 9, color=C)
    s.text(x0 + 470, ys + 5, f"¥{gross:.2f}", 9.5)
    # seller block
    for k, ch in enumerate("销售方"):
        s.text(x0 + 4, yt + 6 + k * 16, ch, 10, color=C)
    pg.draw_line((x0 + 18, yt), (x0 + 18, y0 + 250), color=C, width=0.6)
    svals = (ent.name, ent.credit_code, f"{ent.address} {ent.phone}", f"{ent.bank} {ent.account}")
    for k, (lab, val) in enumerate(zip(labels, svals, strict=True)):
        s.text(x0 + 22, yt + 4 + k * 13.5, lab, 8.5, color=C)
        s.text(x0 + 88, yt + 4 + k * 13.5, val[:36], 8.5)
    pg.draw_line((xm, yt), (xm, y0 + 250), color=C, width=0.6)
    pg.draw_line((xm + 16, yt), (xm + 16, y0 + 250), color=C, width=0.6)
    for k, ch in enumerate("备注"):
        s.text(xm + 3, yt + 8 + k * 20, ch, 10, color=C)
    s.text(xm + 20, yt + 6, f"项目名称：{job.name[:16]}", 8)
    s.text(xm + 20, yt + 18, f"合同编号：{job.contract_number}", 8)
    yf = y0 + 256
    for k, lab in enumerate(("收款人：", "复核：", "开票人：", "销售方：（章）")):
        s.text(x0 + 10 + k * 150, yf, lab, 9, color=C)
    s.text(x0 + 50, yf, cn.person(rng), 9)
    s.text(x0 + 190, yf, cn.person(rng), 9)
    s.text(x0 + 350, yf, cn.person(rng), 9)
    s.stamp((x0 + 560, yt + 30), P.oval_seal(ent.name, ent.credit_code, rng), 92)
    fields = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": job.client.name,
        "seller": ent.name,
        "total_amount": _m(gross),
        "qr": qr,
    }
    return Built(doc, "invoice", fields, job.id, landscape=True)


# ── business license ─────────────────────────────────────────────────────


def business_license(ent: Company, rng: random.Random, issued: dt.date) -> Built:
    """营业执照（副本）, three-in-one: the code top left, QR top right, two columns of fields,
    capital in words, 营业期限 长期 or an end date."""
    W, H = 842.0, 595.0
    doc = fitz.open()
    s = P.Sheet(doc, width=W, height=H, left=40, right=40, top=30)
    pg = s.page
    pg.draw_rect(fitz.Rect(16, 16, W - 16, H - 16), color=(0.65, 0.45, 0.2), width=3)
    pg.draw_rect(fitz.Rect(22, 22, W - 22, H - 22), color=(0.65, 0.45, 0.2), width=0.8)
    pg.draw_circle((W / 2, 70), 30, color=(0.8, 0.2, 0.1), fill=(0.9, 0.75, 0.3), width=1.5)
    _star_fill = [
        (W / 2 + 12 * math.cos(math.radians(-90 + 72 * k)), 70 + 12 * math.sin(math.radians(-90 + 72 * k)))
        for k in (0, 2, 4, 1, 3)
    ]
    pg.draw_polyline(
        [fitz.Point(*p) for p in _star_fill], color=(0.8, 0.2, 0.1), fill=(0.8, 0.2, 0.1), closePath=True
    )
    s.text(48, 44, "统一社会信用代码", 11)
    s.text(48, 60, ent.credit_code, 13)
    s.text(W - 175, 44, f"证照编号：{rng.randint(10, 99)}{rng.randint(10**15, 10**16 - 1)}", 8.5)
    s.text(W / 2 - 128, 106, "营 业 执 照", 40, bold=True)
    s.text(W / 2 - 32, 160, "（副    本）", 13)
    s.image(
        fitz.Rect(W - 150, 62, W - 62, 150),
        P.qr_png(f"http://www.gsxt.gov.cn/index.html?uniscid={ent.credit_code}", 4),
    )
    s.text(W - 178, 154, "扫描二维码登录“国家企业信用", 7.5)
    s.text(W - 178, 164, "信息公示系统”了解更多登记、", 7.5)
    s.text(W - 178, 174, "备案、许可、监管信息。", 7.5)
    cap_words = cn.capital(ent.capital).replace("元整", "元整")
    until = "长期" if ent.valid_until == "长期" else cn.date_text(ent.valid_until, "cn0")  # type: ignore[arg-type]
    left = [
        ("名            称", ent.name),
        ("类            型", ent.company_type),
        ("法定代表人", ent.legal_rep),
    ]
    right = [
        ("注 册 资 本", f"人民币{cap_words}"),
        ("成 立 日 期", cn.date_text(ent.established, "cn0")),
        ("营 业 期 限", f"{cn.date_text(ent.established, 'cn0')} 至 {until}"),
        ("住            所", ent.address),
    ]
    y = 200.0
    for lab, val in left:
        s.text(70, y, lab, 11.5)
        for j, ln in enumerate(P.wrap(val, 11.5, 250)):
            s.text(160, y + j * 16, ln, 11.5)
        y += 30
    s.text(70, y, "经 营 范 围", 11.5)
    for j, ln in enumerate(P.wrap(ent.scope, 10, 250)):
        s.text(160, y + j * 14.5, ln, 10)
    y = 200.0
    for lab, val in right:
        s.text(450, y, lab, 11.5)
        for j, ln in enumerate(P.wrap(val, 11.5, 270)):
            s.text(540, y + j * 16, ln, 11.5)
        y += 30 if len(val) < 24 else 46
    s.text(560, 470, "登 记 机 关", 12)
    s.stamp(
        (690, 478),
        P.round_seal(
            f"{rng.choice(('乌鲁木齐市', '乌鲁木齐市新市区', '昌吉市'))}市场监督管理局", rng, serial=False
        ),
        104,
    )
    s.text(640, 520, f"{issued.year}    年   {issued.month:02d}    月   {issued.day:02d}    日", 11)
    s.text(60, H - 50, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5)
    s.text(W - 240, H - 50, "国家市场监督管理总局监制", 8.5)
    fields = {
        "company_name": ent.name,
        "credit_code": ent.credit_code,
        "legal_representative": ent.legal_rep,
        "registered_capital": _m(ent.capital),
        "company_type": ent.company_type,
        "established_on": ent.established.isoformat(),
        "valid_until": "长期" if ent.valid_until == "长期" else ent.valid_until.isoformat(),  # type: ignore[union-attr]
        "address": ent.address,
        "business_scope": ent.scope,
        "qr": f"http://www.gsxt.gov.cn/index.html?uniscid={ent.credit_code}",
    }
    return Built(doc, "business_license", fields, landscape=True)


# ── audit report ─────────────────────────────────────────────────────────


@dataclass
class Books:
    """One year's figures of the declaring company (and of the group, for a consolidated report)."""

    year: int
    revenue: Decimal
    integration: Decimal
    profit: Decimal
    assets: Decimal
    prior_revenue: Decimal
    prior_profit: Decimal
    group: tuple[Decimal, Decimal, Decimal] | None = None
    """Consolidated revenue, profit, assets, where the report is consolidated."""
    unit: str = "元"


def _fig(value: Decimal, unit: str) -> str:
    if unit == "万元":
        return cn.money(_q(value / 10000))
    return cn.money(value)


def audit_report(
    ent: Company, books: Books, rng: random.Random, firm: str, number: str, signed: dt.date
) -> Built:
    """审计报告: opinion page, balance sheet (期末余额/年初余额), income statement (本期金额/上期金额,
    营业总收入 above 营业收入), and the note splitting revenue by business."""
    doc = fitz.open()
    u = books.unit
    cons = books.group is not None
    s = P.Sheet(doc)
    s.line("审 计 报 告", 20, align="center", bold=True, gap=0.6)
    s.line(number, 10.5, align="center", gap=1.4)
    s.line(f"{ent.name}全体股东：", 10.5, gap=0.9)
    s.line("一、审计意见", 10.5, bold=True)
    scope = "合并及母公司" if cons else ""
    s.para(
        f"我们审计了{ent.name}（以下简称贵公司）财务报表，包括{books.year}年12月31日的{scope}资产负债表，"
        f"{books.year}年度的{scope}利润表、{scope}现金流量表、{scope}所有者权益变动表以及相关财务报表附注。",
        10.5,
    )
    s.para(
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{books.year}年12月31日的"
        f"{scope}财务状况以及{books.year}年度的{scope}经营成果和现金流量。",
        10.5,
    )
    s.line("二、形成审计意见的基础", 10.5, bold=True)
    s.para(
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步"
        "阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        10.5,
    )
    s.line("三、管理层和治理层对财务报表的责任", 10.5, bold=True)
    s.para(
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。",
        10.5,
    )
    s.line("四、注册会计师对财务报表审计的责任", 10.5, bold=True)
    s.para(
        "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。",
        10.5,
    )
    s.skip(24)
    y = s.y
    s.text(s.left, y, firm, 10.5)
    s.text(s.left + 260, y, "中国注册会计师：", 10.5)
    s.text(s.left, y + 44, "中国·乌鲁木齐", 10.5)
    s.text(s.left + 260, y + 44, "中国注册会计师：", 10.5)
    s.image(fitz.Rect(s.left + 350, y - 8, s.left + 420, y + 16), P.signature(cn.person(rng, 0), rng))
    s.image(fitz.Rect(s.left + 350, y + 36, s.left + 420, y + 60), P.signature(cn.person(rng, 0), rng))
    s.text(s.left + 260, y + 88, cn.date_text(signed, "han"), 10.5)
    s.stamp((s.left + 80, y + 30), P.round_seal(firm, rng), 112)

    def statement(title: str, code: str, header: list[str], rows: list[list[str]]) -> None:
        sh = P.Sheet(doc)
        sh.line(title, 16, align="center", bold=True, gap=0.9)
        sh.text(sh.left, sh.y, f"编制单位：{ent.name}", 9.5)
        sh.text(
            sh.left + sh.inner - 150,
            sh.y,
            f"{books.year}年度" if code == "会企02表" else f"{books.year}年12月31日",
            9.5,
        )
        sh.text(sh.left + sh.inner - 60, sh.y, code, 9.5)
        sh.skip(14)
        sh.line(f"单位：人民币{u}" if u == "元" else f"金额单位：{u}", 9.5, align="right", gap=0.6)
        widths = [3.2] + [1.6] * (len(header) - 1)
        sh.table(
            [header, *rows], widths, size=8.8, row_h=19, aligns="l" + "r" * (len(header) - 1), bold_rows=(0,)
        )
        sh.skip(16)
        sh.text(sh.left, sh.y, "法定代表人：", 9.5)
        sh.text(sh.left + 160, sh.y, "主管会计工作负责人：", 9.5)
        sh.text(sh.left + 330, sh.y, "会计机构负责人：", 9.5)

    f = lambda v: _fig(v, u)  # noqa: E731
    assets = books.assets
    prior_assets = _q(assets * Decimal("0.86"))
    cash = _q(assets * Decimal("0.21"))
    recv = _q(assets * Decimal("0.34"))
    inv = _q(assets * Decimal("0.12"))
    fixed = assets - cash - recv - inv
    bs_rows = [
        ["流动资产：", "", ""],
        ["  货币资金", f(cash), f(_q(cash * Decimal("0.9")))],
        ["  应收账款", f(recv), f(_q(recv * Decimal("0.8")))],
        ["  存货", f(inv), f(_q(inv * Decimal("1.1")))],
        ["流动资产合计", f(cash + recv + inv), f(_q((cash + recv + inv) * Decimal("0.87")))],
        ["非流动资产：", "", ""],
        ["  固定资产", f(fixed), f(prior_assets - _q((cash + recv + inv) * Decimal("0.87")))],
        ["非流动资产合计", f(fixed), f(prior_assets - _q((cash + recv + inv) * Decimal("0.87")))],
        ["资产总计", f(assets), f(prior_assets)],
    ]
    statement("资 产 负 债 表", "会企01表", ["项    目", "期末余额", "年初余额"], bs_rows)
    rev, prof = books.revenue, books.profit
    cost = _q(rev * Decimal("0.71"))
    tax = _q(rev * Decimal("0.006"))
    sell = _q(rev * Decimal("0.04"))
    admin = _q(rev * Decimal("0.08"))
    income_tax = _q(prof * Decimal("0.15") / Decimal("0.85"))
    total_profit = prof + income_tax
    op_profit = total_profit - Decimal("12000.00")
    admin = rev - cost - tax - sell - op_profit
    prior = books.prior_revenue
    pp = books.prior_profit
    if cons and books.group:
        grev, gprof, _ = books.group
        header = ["项    目", "本期金额（合并）", "本期金额（母公司）", "上期金额（母公司）"]
        rows = [
            ["一、营业总收入", f(grev), f(rev), f(prior)],
            ["  其中：营业收入", f(grev), f(rev), f(prior)],
            [
                "二、营业总成本",
                f(_q(grev * Decimal("0.85"))),
                f(cost + tax + sell + admin),
                f(_q(prior * Decimal("0.86"))),
            ],
            ["  其中：营业成本", f(_q(grev * Decimal("0.7"))), f(cost), f(_q(prior * Decimal("0.7")))],
            ["三、营业利润", f(_q(gprof * Decimal("1.15"))), f(op_profit), f(_q(pp * Decimal("1.1")))],
            ["四、利润总额", f(_q(gprof * Decimal("1.16"))), f(total_profit), f(_q(pp * Decimal("1.12")))],
            ["  减：所得税费用", f(_q(gprof * Decimal("0.16"))), f(income_tax), f(_q(pp * Decimal("0.12")))],
            ["五、净利润", f(gprof), f(prof), f(pp)],
        ]
    else:
        header = ["项    目", "本期金额", "上期金额"]
        rows = [
            ["一、营业总收入", f(rev), f(prior)],
            ["  其中：营业收入", f(rev), f(prior)],
            ["二、营业总成本", f(cost + tax + sell + admin), f(_q(prior * Decimal("0.86")))],
            ["  其中：营业成本", f(cost), f(_q(prior * Decimal("0.7")))],
            ["        税金及附加", f(tax), f(_q(prior * Decimal("0.006")))],
            ["        销售费用", f(sell), f(_q(prior * Decimal("0.04")))],
            ["        管理费用", f(admin), f(_q(prior * Decimal("0.08")))],
            ["三、营业利润（亏损以“－”号填列）", f(op_profit), f(_q(pp * Decimal("1.1")))],
            ["  加：营业外收入", "12,000.00" if u == "元" else "1.20", "0.00"],
            ["四、利润总额（亏损总额以“－”号填列）", f(total_profit), f(_q(pp * Decimal("1.12")))],
            ["  减：所得税费用", f(income_tax), f(_q(pp * Decimal("0.12")))],
            ["五、净利润（净亏损以“－”号填列）", f(prof), f(pp)],
        ]
    statement("合 并 及 母 公 司 利 润 表" if cons else "利  润  表", "会企02表", header, rows)
    sh = P.Sheet(doc)
    sh.line(f"{ent.name}", 11, align="center", gap=0.3)
    sh.line(f"{books.year}年度财务报表附注（节选）", 13, align="center", bold=True, gap=1.0)
    sh.line("五、财务报表主要项目注释", 10.5, bold=True)
    sh.line("（二十二）营业收入和营业成本", 10.5, gap=0.6)
    sh.line("1. 营业收入按业务类别列示（母公司）" if cons else "1. 营业收入按业务类别列示", 10.5, gap=0.6)
    other = rev - books.integration
    soft = _q(other * Decimal("0.6"))
    rows2 = [
        ["业务类别", "本期发生额", "上期发生额"],
        ["系统集成收入", f(books.integration), f(_q(prior * Decimal("0.74")))],
        ["软件开发及技术服务收入", f(soft), f(_q(prior * Decimal("0.16")))],
        [
            "运维服务收入",
            f(other - soft),
            f(prior - _q(prior * Decimal("0.74")) - _q(prior * Decimal("0.16"))),
        ],
        ["合    计", f(rev), f(prior)],
    ]
    sh.line(f"单位：人民币{u}" if u == "元" else f"金额单位：{u}", 9.5, align="right", gap=0.5)
    sh.table(rows2, [3, 2, 2], size=9.5, aligns="lrr", bold_rows=(0,))
    sh.skip(10)
    sh.para(
        "营业收入确认原则：系统集成业务在项目完成安装调试并经客户验收合格、取得验收报告时确认收入；"
        "运维服务收入在服务期内按直线法分期确认。",
        10,
    )

    def shown(v: Decimal) -> str:
        return _m(_q(v / 10000) * 10000) if u == "万元" else _m(v)

    fields = {
        "audit_firm": firm,
        "report_number": number,
        "fiscal_year": books.year,
        "opinion": "unqualified",
        "operating_revenue": shown(rev),
        "net_profit": shown(prof),
        "system_integration_revenue": shown(books.integration),
        "consolidated": cons,
        "company_name": ent.name,
    }
    return Built(doc, "audit_report", fields, key_page=2)
