"""The papers of a 北屯 filing, drawn as vector pages: contracts (two-column party blocks or a
合同要素表 first page), acceptances (tick-box 验收单, 验收报告 with an expert-group paragraph, a
bureau's 验收意见 letter), the 三证合一 licence, the audit report (合并 and 母公司 in 元) and a
数电票 with its QR code. Each returns the source document and the truth fields it shows.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from . import world as W
from .sheet import RED, Sheet

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "商用软件购置费",
}


@dataclass
class Proj:
    id: str
    title: str
    client: W.Client
    amount: Decimal
    fees: dict[str, Decimal]
    signed: dt.date
    accepted: dt.date
    number: str
    client_rep: str
    client_agent: str
    client_phone: str
    client_addr: str
    client_bank: tuple[str, str]
    agent: str
    extra: dict[str, Any] = field(default_factory=dict)


def make_proj(
    rng: random.Random,
    pid: str,
    c: W.Client,
    amount: Decimal,
    fees: dict[str, Decimal],
    signed: dt.date,
    accepted: dt.date,
) -> Proj:
    number = rng.choice(
        ("BTHT-{y}-{n:03d}", "S10-{y}-XX-{n:03d}", "BT{y}{n:04d}", "兵十师采〔{y}〕{n}号")
    ).format(y=signed.year, n=rng.randint(11, 380))
    addr = "新疆北屯市" + rng.choice(("海川路", "军垦路", "龙湖路", "天骄路")) + f"{rng.randint(1, 200)}号"
    if "县" in c.name:
        addr = (
            c.location.replace("新疆维吾尔自治区", "新疆")
            + rng.choice(("解放路", "团结路", "人民路"))
            + f"{rng.randint(1, 120)}号"
        )
    if c.short.startswith("一八"):
        addr = f"新疆北屯市{c.short}团部"
    return Proj(
        pid,
        W.project_title(rng, c),
        c,
        amount,
        fees,
        signed,
        accepted,
        number,
        W.person(rng),
        W.person(rng),
        W.phone(rng) or W.mobile(rng),
        addr,
        W.bank_account(rng),
        W.person(rng),
    )


def amount_sentence(amount: Decimal, style: str, words: str | None = None) -> str:
    cap = words or W.capital(amount)
    if style == "nodec":
        return f"本合同总价为人民币{cap}（￥{W.figures(amount, decimals=False)}元），含税及一切费用。"
    if style == "fullwidth":
        return f"合同总金额：￥{W.fullwidth(W.figures(amount))}元（大写：人民币{cap}）。"
    if style == "spaced":
        return f"合同价款（含税）为 {W.spaced(amount)} 元，大写：人民币{cap}。"
    return f"合同总价：人民币{cap}（小写：￥{W.figures(amount)}）。"


CLAUSES_P2 = (
    (
        "付款方式",
        "合同签订后十五个工作日内，甲方向乙方支付合同总价的30%；项目验收合格后支付至合同总价的95%；余款作为质量保证金，质保期满且无质量问题后一次性无息支付。",
    ),
    (
        "实施期限及地点",
        "乙方应自合同签订之日起一百二十日内完成全部建设内容并具备验收条件，实施地点为甲方指定地点。",
    ),
    (
        "验收",
        "项目完成后，乙方向甲方提交验收申请及相关技术文档，甲方在收到申请后组织验收，验收合格后双方签署验收文件。",
    ),
    (
        "质量保证",
        "乙方提供的设备及系统质保期为验收合格之日起三年，质保期内乙方免费提供维修、更换及技术支持服务，接到故障通知后四小时内响应。",
    ),
    (
        "知识产权与保密",
        "乙方保证所提供的软件和技术不侵犯第三方知识产权；双方对在合同履行中知悉的对方商业秘密及数据负有保密义务。",
    ),
    (
        "违约责任",
        "任何一方未按本合同约定履行义务的，应承担违约责任；乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金。",
    ),
    (
        "争议解决",
        "因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
    ),
    ("其他", "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效，具有同等法律效力。"),
)
NUMS = "一二三四五六七八九十"


def _party_rows(name: str, addr: str, rep: str, agent: str, tel: str, bank: tuple[str, str]) -> list[str]:
    return [
        f"名称：{name}",
        f"地址：{addr}",
        f"法定代表人：{rep}",
        f"委托代理人：{agent}",
        f"电话：{tel}",
        f"开户银行：{bank[0]}",
        f"账号：{bank[1]}",
    ]


def party_block(
    sh: Sheet,
    y: float,
    left: list[str],
    right: list[str],
    column_order: bool,
    heads: tuple[str, str] = ("甲方（采购人）", "乙方（供应商）"),
) -> float:
    """甲方 left, 乙方 right; drawn row by row (reading order) or column by column."""
    xl, xr, colw, size = 62.0, 312.0, 228.0, 10.0
    items: list[tuple[int, float, float, str, bool]] = []  # (column, x, y, text, bold)
    items.append((0, xl, y, heads[0], True))
    items.append((1, xr, y, heads[1], True))
    yy = y + 20
    for lrow, rrow in zip(left, right, strict=True):
        ll, rl = sh.wrap(lrow, colw, size), sh.wrap(rrow, colw, size)
        for k, t in enumerate(ll):
            items.append((0, xl + (0 if k == 0 else 12), yy + k * 15, t, False))
        for k, t in enumerate(rl):
            items.append((1, xr + (0 if k == 0 else 12), yy + k * 15, t, False))
        yy += max(len(ll), len(rl)) * 15 + 4
    order = (
        sorted(items, key=lambda it: (it[0], it[2]))
        if column_order
        else sorted(items, key=lambda it: (it[2], it[0]))
    )
    for _, x, ty, t, bold in order:
        sh.text(x, ty, t, 11 if bold else size, bold=bold)
    sh.line(300, y - 12, 300, yy - 6, w=0.3, color=(0.6, 0.6, 0.6))
    return yy + 6


def fee_table(sh: Sheet, y: float, fees: dict[str, Decimal], total: Decimal) -> float:
    rows = [["序号", "费用项目", "金额（元）"]]
    i = 0
    for key, label in FEE_LABELS.items():
        if fees.get(key):
            i += 1
            rows.append([str(i), label, W.figures(fees[key])])
    rows.append(["", "合计", W.figures(total)])
    return sh.grid(72, y, [50, 220, 180], rows, h=21, center={0, 1, 2})


def signature_page(
    sh: Sheet,
    y: float,
    firm: W.Firm,
    p: Proj,
    date_s: str,
    rng: random.Random,
    raster: bool,
    column_order: bool,
) -> None:
    left = [f"甲方（盖章）：{p.client.name}", "法定代表人或委托代理人（签字）：", "", f"签订日期：{date_s}"]
    right = [f"乙方（盖章）：{firm.name}", "法定代表人或委托代理人（签字）：", "", f"签订日期：{date_s}"]
    cols = [(62.0, left), (312.0, right)]
    coords = []
    for ci, (x, rows) in enumerate(cols):
        yy = y
        for r in rows:
            lines = sh.wrap(r, 225, 10.5) if r else [""]
            for k, t in enumerate(lines):
                coords.append((ci, x + (0 if k == 0 else 14), yy + k * 16, t))
            yy += len(lines) * 16 + 12
    order = (
        sorted(coords, key=lambda c: (c[0], c[2]))
        if column_order
        else sorted(coords, key=lambda c: (c[2], c[0]))
    )
    for _, x, ty, t in order:
        if t:
            sh.text(x, ty, t, 10.5)
    sh.signature(90, y + 70, p.client_agent, rng)
    sh.signature(340, y + 70, p.agent, rng)
    sh.seal(175, y + 48, p.client.name, "合同专用章", 40, raster=raster, rng=rng)
    sh.seal(430, y + 48, firm.name, "合同专用章", 40, raster=raster, rng=rng)


def contract(
    firm: W.Firm,
    p: Proj,
    rng: random.Random,
    *,
    layout: str = "twocol",
    style: str = "ttf",
    amount_style: str = "plain",
    date_style: str = "cn",
    fee_tab: bool = False,
    column_order: bool = False,
    raster: bool = False,
    words: str | None = None,
    signed_print: dt.date | None = None,
    overlay_old: Decimal | None = None,
) -> tuple[pymupdf.Document, dict[str, Any]]:
    """A three-page contract: parties and price, clauses, signature page.

    layout ``twocol``: page 1 has the two-column party blocks and the price clause.
    layout ``grid``: page 1 is a 合同要素表 (amount in 万元); page 2 parties in one line each and the price.
    ``overlay_old``: the amount first typed; a white box hides it and the declared amount is typed on top.
    """
    doc = pymupdf.open()
    sh = Sheet(doc, style)
    signed = signed_print or p.signed
    date_s = W.date_text(signed, date_style)
    title = p.title + rng.choice(("合同", "合同书", "建设合同"))
    price_text = amount_sentence(p.amount, amount_style, words)
    price_page = 0
    if layout == "grid":
        sh.text(sh.width / 2, 90, title, 16, align="c", bold=True)
        sh.text(sh.width / 2, 130, "合 同 要 素 表", 14, align="c", bold=True)
        rows = [
            ["项目名称", p.title],
            ["合同编号", p.number],
            ["合同金额（万元）", W.wan(p.amount)],
            ["签订日期", date_s],
            ["甲方", p.client.name],
            ["乙方", firm.name],
            ["签订地点", "新疆北屯市"],
            ["履行期限", "自合同签订之日起一百二十日"],
            ["项目所属领域", p.client.field],
        ]
        sh.grid(80, 150, [130, 305], rows, h=30, size=11)
        sh.text(80, 500, "注：本要素表为合同组成部分，与合同条款具有同等效力。", 9)
        sh.new_page()
        y = 80.0
        sh.text(62, y, f"甲方：{p.client.name}", 11)
        sh.text(62, y + 20, f"乙方：{firm.name}", 11)
        y += 50
        price_page = 1
    else:
        sh.text(sh.width / 2, 80, title, 17, align="c", bold=True)
        sh.text(530, 108, f"合同编号：{p.number}", 10, align="r")
        y = party_block(
            sh,
            140,
            _party_rows(
                p.client.name, p.client_addr, p.client_rep, p.client_agent, p.client_phone, p.client_bank
            ),
            _party_rows(firm.name, firm.address, firm.legal_rep, p.agent, W.mobile(rng), firm.bank),
            column_order,
        )
        y += 10
    y = sh.para(
        62,
        y,
        f"根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方就“{p.title}”的建设事宜，"
        "在平等、自愿、协商一致的基础上签订本合同，共同遵守。",
        470,
        10.5,
    )
    y += 6
    sh.text(62, y, "第一条 项目内容", 11, bold=True)
    y = sh.para(
        62,
        y + 20,
        f"乙方负责{p.title}的设计、供货、安装调试、系统集成、培训及售后服务，具体内容以甲方"
        "需求书及乙方响应文件为准。",
        470,
        10.5,
    )
    sh.text(62, y + 4, "第二条 合同价款", 11, bold=True)
    y += 24
    lines = sh.wrap("\u3000\u3000" + price_text, 470, 10.5)
    if overlay_old is not None:
        # the first draft's amount, then a white box over it, then the declared amount typed on top
        old_lines = sh.wrap("\u3000\u3000" + amount_sentence(overlay_old, amount_style), 470, 10.5)
        for k, ln in enumerate(old_lines):
            sh.text(62, y + 18 * k, ln, 10.5)
        sh.rect(
            58, y - 13, 540, y - 13 + 18 * max(len(lines), len(old_lines)), w=0, fill=(1, 1, 1), color=None
        )
    for ln in lines:
        sh.text(62, y, ln, 10.5)
        y += 18
    if fee_tab:
        y = sh.para(62, y, "合同价款构成如下：", 470, 10.5) - 4
        y = fee_table(sh, y, p.fees, p.amount) + 22
    sh.para(
        62, y, "上述价款包含设备、软件、运输、安装、调试、培训、税费及质保期内服务等全部费用。", 470, 10.5
    )
    # clauses page
    sh.new_page()
    y = 80.0
    for i, (head, body) in enumerate(CLAUSES_P2):
        sh.text(62, y, f"第{NUMS[i + 2]}条 {head}", 11, bold=True)
        y = sh.para(62, y + 20, body, 470, 10.5) + 8
    sh.text(sh.width / 2, 800, "（以下无正文，为签署页）", 9, align="c")
    # signature page
    sh.new_page()
    sh.text(62, 80, f"合同编号：{p.number}", 10)
    signature_page(sh, 130, firm, p, date_s, rng, raster, column_order)
    sh.text(62, 360, "合同签订地点：新疆北屯市", 10)
    fields: dict[str, Any] = {
        "project_name": p.title,
        "contract_number": p.number,
        "party_a": p.client.name,
        "party_b": firm.name,
        "contract_amount": W.money(p.amount),
        "amount_in_words": words or W.capital(p.amount),
        "signed_on": signed.isoformat(),
    }
    if fee_tab:
        fields["fees"] = {
            k: W.money(p.fees.get(k, Decimal(0)))
            for k in (
                "software_development",
                "consulting_design",
                "integration_implementation",
                "operation_maintenance",
                "data_processing",
                "operation_service",
                "self_made_hardware",
                "hardware_purchase",
                "software_purchase",
                "other",
            )
        }
    fields["_price_page"] = price_page + 1
    sh.finish()
    return doc, fields


def _accept_fields(firm: W.Firm, p: Proj, when: dt.date, conclusion: str = "passed") -> dict[str, Any]:
    return {
        "project_name": p.title,
        "party_a": p.client.name,
        "party_b": firm.name,
        "accepted_on": when.isoformat(),
        "conclusion": conclusion,
        "has_seal": True,
    }


def accept_tickform(
    firm: W.Firm,
    p: Proj,
    rng: random.Random,
    *,
    style: str = "builtin",
    date_style: str = "plain",
    when: dt.date | None = None,
) -> tuple[pymupdf.Document, dict[str, Any]]:
    when = when or p.accepted
    doc = pymupdf.open()
    sh = Sheet(doc, style)
    sh.text(sh.width / 2, 80, "项 目 验 收 单", 18, align="c", bold=True)
    ds = W.date_text(when, date_style)
    rows = [
        ["项目名称", p.title],
        ["合同编号", p.number],
        ["建设单位（甲方）", p.client.name],
        ["承建单位（乙方）", firm.name],
        ["验收日期", ds],
        [
            "验收内容",
            "按合同约定的建设内容逐项核对设备到货、安装调试、系统功能及技术文档，并进行试运行检查。",
        ],
        [
            "验收意见",
            "设备数量、型号与合同一致，系统运行稳定，各项功能满足合同及技术规范要求，技术资料齐全。",
        ],
    ]
    y = sh.grid(62, 110, [120, 350], rows, h=34, size=10.5)
    sh.rect(62, y, 532, y + 40)
    sh.line(182, y, 182, y + 40)
    sh.text(72, y + 25, "验收结论", 10.5)
    x = 196.0
    x += sh.tick_box(x, y + 25, "合格", True) + 30
    sh.tick_box(x, y + 25, "不合格", False)
    y += 40
    sh.rect(62, y, 532, y + 150)
    sh.line(297, y, 297, y + 150)
    sh.text(72, y + 22, "建设单位（盖章）：", 10.5)
    sh.text(307, y + 22, "承建单位（盖章）：", 10.5)
    sh.text(72, y + 80, "负责人（签字）：", 10.5)
    sh.text(307, y + 80, "负责人（签字）：", 10.5)
    sh.signature(160, y + 82, p.client_agent, rng)
    sh.signature(395, y + 82, p.agent, rng)
    sh.text(150, y + 135, ds, 10.5)
    sh.text(385, y + 135, ds, 10.5)
    sh.seal(200, y + 70, p.client.name, "", 40)
    sh.seal(440, y + 70, firm.name, "", 40)
    sh.finish()
    return doc, _accept_fields(firm, p, when)


EXPERT_UNITS = (
    "第十师北屯市政务服务和数据管理局",
    "新疆生产建设兵团第十师信息中心",
    "北屯职业技术学校",
    "阿勒泰地区信息化专家库",
    "第十师北屯市财政局",
)


def accept_report(
    firm: W.Firm,
    p: Proj,
    rng: random.Random,
    *,
    style: str = "builtin",
    date_style: str = "plain",
    when: dt.date | None = None,
) -> tuple[pymupdf.Document, dict[str, Any]]:
    """项目验收报告, the conclusion a free paragraph (专家组一致同意通过验收); two pages."""
    when = when or p.accepted
    ds = W.date_text(when, date_style)
    doc = pymupdf.open()
    sh = Sheet(doc, style)
    sh.text(sh.width / 2, 90, "项目验收报告", 20, align="c", bold=True)
    y = 140.0
    for label, value in (
        ("项目名称", p.title),
        ("建设单位", p.client.name),
        ("承建单位", firm.name),
        ("合同编号", p.number),
        ("验收时间", ds),
        ("验收地点", p.client.name + "会议室"),
    ):
        sh.text(80, y, f"{label}：", 11)
        for k, ln in enumerate(sh.wrap(value, 350, 11)):
            sh.text(160, y + k * 17, ln, 11)
        y += 17 * len(sh.wrap(value, 350, 11)) + 10
    y += 10
    for head, body in (
        (
            "一、项目概况",
            f"{p.title}由{firm.name}承建，主要建设内容包括硬件设备部署、平台软件开发与部署、系统集成联调及人员培训，"
            "项目已按合同约定全部完成并经过试运行。",
        ),
        ("二、验收依据", "项目合同、招标（采购）文件、投标（响应）文件、国家及行业相关技术标准和规范。"),
        (
            "三、验收过程",
            f"{ds}，{p.client.name}组织成立验收专家组，听取了承建单位的建设情况汇报，查看了现场设备安装及系统运行情况，"
            "审阅了项目技术文档，并进行了质询。",
        ),
        (
            "四、验收结论",
            "专家组认为：该项目完成了合同规定的建设内容，系统功能和性能满足合同要求，运行稳定，文档资料齐全规范。"
            "经讨论，专家组一致同意通过验收。",
        ),
    ):
        sh.text(80, y, head, 11.5, bold=True)
        y = sh.para(80, y + 20, body, 440, 10.5) + 8
    sh.new_page()
    sh.text(80, 90, "验收专家组成员", 12, bold=True)
    rows = [["序号", "姓名", "工作单位", "职称", "签字"]]
    for i in range(5):
        rows.append(
            [
                str(i + 1),
                W.person(rng),
                rng.choice(EXPERT_UNITS),
                rng.choice(("高级工程师", "工程师", "副教授")),
                "",
            ]
        )
    y = sh.grid(80, 105, [35, 70, 200, 70, 60], rows, h=26, size=9.5, center={0, 1, 3})
    for i in range(5):
        sh.signature(425, 105 + 26 * (i + 1) + 20, "签名", rng)
    y += 40
    sh.text(80, y, "建设单位（盖章）：", 11)
    sh.text(330, y, "承建单位（盖章）：", 11)
    sh.text(80, y + 90, ds, 11)
    sh.text(330, y + 90, ds, 11)
    sh.seal(160, y + 40, p.client.name, "", 40)
    sh.seal(410, y + 40, firm.name, "", 40)
    sh.finish()
    return doc, _accept_fields(firm, p, when)


def accept_letter(
    firm: W.Firm,
    p: Proj,
    rng: random.Random,
    *,
    style: str = "builtin",
    date_style: str = "cn",
    when: dt.date | None = None,
) -> tuple[pymupdf.Document, dict[str, Any]]:
    """A bureau's 验收意见 letter, dated the day of the acceptance."""
    when = when or p.accepted
    ds = W.date_text(when, date_style)
    doc = pymupdf.open()
    sh = Sheet(doc, style)
    sh.text(sh.width / 2, 90, p.client.name, 20, align="c", color=RED, bold=True)
    sh.line(62, 110, 533, 110, w=1.6, color=RED)
    sh.text(sh.width / 2, 160, f"关于{p.title}的验收意见", 15, align="c", bold=True)
    y = 205.0
    sh.text(62, y, f"{firm.name}：", 11.5)
    y = sh.para(
        62,
        y + 26,
        f"你公司承建的{p.title}（合同编号：{p.number}），已按合同约定完成全部建设任务。{ds}，"
        f"我单位组织相关业务科室及技术人员对该项目进行了验收。",
        470,
        11.5,
        1.9,
    )
    y = sh.para(
        62,
        y + 4,
        "经现场查验、系统测试和资料审查，该项目建设内容与合同一致，系统运行稳定，"
        "各项功能和技术指标达到合同要求，验收合格，同意交付使用。",
        470,
        11.5,
        1.9,
    )
    y = sh.para(62, y + 4, "特此函告。", 470, 11.5, 1.9)
    sh.text(500, y + 70, p.client.name, 11.5, align="r")
    sh.text(480, y + 95, ds, 11.5, align="r")
    sh.seal(430, y + 70, p.client.name, "", 44)
    sh.finish()
    return doc, _accept_fields(firm, p, when)


def licence(
    firm: W.Firm,
    rng: random.Random,
    *,
    name: str | None = None,
    style: str = "builtin",
    issued: dt.date | None = None,
) -> tuple[pymupdf.Document, dict[str, Any]]:
    """三证合一 营业执照（副本）, portrait, with a QR code carrying the credit code."""
    doc = pymupdf.open()
    sh = Sheet(doc, style)
    pg = sh.page
    pg.draw_rect(pg.rect, color=None, fill=(0.98, 0.96, 0.9), width=0)
    sh.rect(28, 28, 567, 814, w=3.0, color=(0.7, 0.5, 0.2))
    sh.rect(36, 36, 559, 806, w=0.8, color=(0.7, 0.5, 0.2))
    company = name or firm.name
    sh.text(60, 90, f"统一社会信用代码  {firm.credit_code}", 11)
    sh.text(60, 108, "（1/1）", 9)
    sh.qr(465, 62, 80, f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}")
    sh.text(sh.width / 2, 190, "营 业 执 照", 34, align="c", bold=True, color=(0.75, 0.1, 0.1))
    sh.text(sh.width / 2, 225, "（副        本）", 14, align="c")
    est = firm.established
    term = (
        f"{W.date_text(est, 'pad')} 至 长期"
        if firm.valid_until is None
        else f"{W.date_text(est, 'pad')} 至 {W.date_text(firm.valid_until, 'pad')}"
    )
    scope = (
        "许可项目：第一类增值电信业务。一般项目：信息系统集成服务；软件开发；信息技术咨询服务；计算机系统服务；"
        "安全技术防范系统设计施工服务；网络设备销售；计算机软硬件及辅助设备零售；智能控制系统集成。"
        "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    )
    rows = [
        ("名        称", company),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal_rep),
        ("注册资本", f"人民币{W.capital(firm.capital)}"),
        ("成立日期", W.date_text(est, "pad")),
        ("营业期限", term),
        ("住        所", firm.address),
    ]
    y = 280.0
    for label, value in rows:
        sh.text(70, y, label, 11.5)
        lines = sh.wrap(value, 330, 11.5)
        for k, ln in enumerate(lines):
            sh.text(170, y + k * 18, ln, 11.5)
        y += 18 * len(lines) + 14
    sh.text(70, y, "经营范围", 11.5)
    for k, ln in enumerate(sh.wrap(scope, 330, 10.5)):
        sh.text(170, y + k * 16, ln, 10.5)
    issued = issued or dt.date(rng.randint(2021, 2023), rng.randint(1, 12), rng.randint(1, 28))
    sh.text(330, 700, "登记机关", 12)
    sh.text(500, 745, W.date_text(issued, "plain"), 12, align="r")
    sh.seal(430, 705, "第十师北屯市市场监督管理局", "", 46)
    sh.text(sh.width / 2, 790, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5, align="c")
    fields = {
        "company_name": company,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": W.money(firm.capital),
        "company_type": "有限责任公司（自然人投资或控股）",
        "established_on": est.isoformat(),
        "valid_until": "长期" if firm.valid_until is None else firm.valid_until.isoformat(),
        "address": firm.address,
    }
    sh.finish()
    return doc, fields


AUDIT_FIRMS = (
    "新疆北辰恒正会计师事务所（普通合伙）",
    "新疆信诚永和会计师事务所有限责任公司",
    "阿勒泰金诚联合会计师事务所（普通合伙）",
)


def audit(
    firm: W.Firm, revenue: Decimal, profit: Decimal, rng: random.Random, *, style: str = "ttf"
) -> tuple[pymupdf.Document, dict[str, Any]]:
    """Two pages: the unqualified opinion, then 合并及母公司利润表 (元) with 合并 and 母公司 columns."""
    af = rng.choice(AUDIT_FIRMS)
    number = f"{af[2:4]}审字〔2025〕第{rng.randint(10, 420):03d}号"
    doc = pymupdf.open()
    sh = Sheet(doc, style)
    sh.text(sh.width / 2, 90, "审 计 报 告", 20, align="c", bold=True)
    sh.text(530, 120, number, 10.5, align="r")
    y = 160.0
    sh.text(62, y, f"{firm.name}全体股东：", 11)
    y += 30
    sh.text(62, y, "一、审计意见", 11, bold=True)
    y = sh.para(
        62,
        y + 22,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括2024年12月31日的合并及母公司资产负债表，"
        "2024年度的合并及母公司利润表、合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。",
        470,
    )
    y = sh.para(
        62,
        y,
        "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2024年12月31日"
        "的合并及母公司财务状况以及2024年度的合并及母公司经营成果和现金流量。",
        470,
    )
    sh.text(62, y + 8, "二、形成审计意见的基础", 11, bold=True)
    y = sh.para(
        62,
        y + 30,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。按照中国注册会计师职业道德守则，我们独立于贵公司，"
        "并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        470,
    )
    y += 40
    sh.text(62, y, af, 11)
    sh.text(330, y, "中国注册会计师：", 11)
    sh.text(330, y + 40, "中国注册会计师：", 11)
    sh.signature(430, y + 2, "甲", rng)
    sh.signature(430, y + 42, "乙", rng)
    sh.text(62, y + 80, "中国·北屯", 11)
    sh.text(330, y + 80, "二〇二五年三月" + rng.choice(("十八", "二十", "二十六")) + "日", 11)
    sh.seal(150, y + 20, af, "", 44)
    # 利润表
    sh.new_page()
    sh.text(sh.width / 2, 80, "合并及母公司利润表", 15, align="c", bold=True)
    sh.text(62, 108, f"编制单位：{firm.name}", 9.5)
    sh.text(320, 108, "2024年度", 9.5)
    sh.text(533, 108, "单位：元", 9.5, align="r")
    k = Decimal(rng.choice(("1.08", "1.12", "1.15", "1.21")))
    rev_c = (revenue * k).quantize(Decimal("0.01"))
    cost = (revenue * Decimal(rng.choice(("0.68", "0.72", "0.75")))).quantize(Decimal("0.01"))
    tax = (revenue * Decimal("0.004")).quantize(Decimal("0.01"))
    other_inc = Decimal(rng.randint(2000, 30000))
    other_out = Decimal(rng.randint(500, 5000))
    income_tax = Decimal(rng.randint(5000, 60000))
    total = profit + income_tax
    op = total - other_inc + other_out
    rest = revenue - cost - tax - op
    sell = (rest * Decimal("0.2")).quantize(Decimal("0.01"))
    fin = (rest * Decimal("0.03")).quantize(Decimal("0.01"))
    rnd = (rest * Decimal("0.17")).quantize(Decimal("0.01"))
    mgmt = rest - sell - fin - rnd
    mother = [revenue, cost, tax, sell, mgmt, rnd, fin, op, other_inc, other_out, total, income_tax, profit]

    def cons(v: Decimal) -> Decimal:
        return (v * k).quantize(Decimal("0.01"))

    c_cost, c_tax, c_sell, c_mgmt, c_rnd, c_fin = (cons(v) for v in (cost, tax, sell, mgmt, rnd, fin))
    c_op = rev_c - c_cost - c_tax - c_sell - c_mgmt - c_rnd - c_fin
    c_total = c_op + other_inc - other_out
    c_itax = cons(income_tax)
    c_profit = c_total - c_itax
    consv = [
        rev_c,
        c_cost,
        c_tax,
        c_sell,
        c_mgmt,
        c_rnd,
        c_fin,
        c_op,
        other_inc,
        other_out,
        c_total,
        c_itax,
        c_profit,
    ]
    labels = [
        "一、营业收入",
        "减：营业成本",
        "税金及附加",
        "销售费用",
        "管理费用",
        "研发费用",
        "财务费用",
        "二、营业利润",
        "加：营业外收入",
        "减：营业外支出",
        "三、利润总额",
        "减：所得税费用",
        "四、净利润",
    ]
    rows = [["项目", "本期金额（合并）", "本期金额（母公司）"]]
    for lab, a, b in zip(labels, consv, mother, strict=True):
        rows.append([lab, W.figures(a), W.figures(b)])
    sh.grid(62, 120, [190, 140, 140], rows, h=24, size=9.5)
    sh.text(62, 480, "法定代表人：" + firm.legal_rep, 9.5)
    sh.text(230, 480, "主管会计工作负责人：" + W.person(rng), 9.5)
    sh.text(420, 480, "会计机构负责人：" + W.person(rng), 9.5)
    fields = {
        "audit_firm": af,
        "report_number": number,
        "fiscal_year": 2024,
        "opinion": "unqualified",
        "operating_revenue": W.money(revenue),
        "net_profit": W.money(profit),
        "consolidated": True,
    }
    sh.finish()
    return doc, fields


def invoice(
    firm: W.Firm,
    p: Proj,
    amount: Decimal,
    issued: dt.date,
    rng: random.Random,
    *,
    qr_amount: Decimal | None = None,
) -> tuple[pymupdf.Document, dict[str, Any]]:
    """数电票（普通发票）, 免税 so that 金额 = 价税合计; the QR carries number, amount and date."""
    number = "24652" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    check = "".join(rng.choice("0123456789ABCDEF") for _ in range(4))
    payload = (
        f"01,32,,{number},{W.money(qr_amount if qr_amount is not None else amount)},{issued:%Y%m%d},,{check}"
    )
    buyer_code = W.credit_code(rng, "659005").replace("91", "11", 1)
    buyer_code = buyer_code[:17] + _fix_check(buyer_code)
    doc = pymupdf.open()
    sh = Sheet(doc, "ttf", size=(683, 397))
    brown = (0.55, 0.3, 0.15)
    sh.qr(24, 16, 70, payload)
    sh.text(341, 48, "电子发票（普通发票）", 18, align="c", color=brown, bold=True)
    sh.line(250, 56, 432, 56, w=0.8, color=brown)
    sh.line(250, 59, 432, 59, w=0.8, color=brown)
    sh.text(480, 40, f"发票号码：{number}", 9)
    sh.text(480, 58, f"开票日期：{W.date_text(issued, 'pad')}", 9)
    sh.rect(20, 96, 663, 356, w=0.8, color=brown)
    sh.line(20, 150, 663, 150, w=0.8, color=brown)
    sh.line(341, 96, 341, 150, w=0.8, color=brown)
    sh.text(30, 118, "购买方信息", 9, color=brown)
    sh.text(90, 118, f"名称：{p.client.name}", 9)
    sh.text(90, 138, f"统一社会信用代码/纳税人识别号：{buyer_code}", 9)
    sh.text(350, 118, "销售方信息", 9, color=brown)
    sh.text(410, 118, f"名称：{firm.name}", 9)
    sh.text(410, 138, f"统一社会信用代码/纳税人识别号：{firm.credit_code}", 9)
    heads = [
        ("项目名称", 30),
        ("规格型号", 200),
        ("单位", 262),
        ("数量", 300),
        ("单价", 350),
        ("金额", 450),
        ("税率/征收率", 520),
        ("税额", 605),
    ]
    for h, x in heads:
        sh.text(x, 166, h, 9, color=brown)
    sh.text(30, 186, "*信息技术服务*" + rng.choice(("软件开发服务", "信息系统服务", "信息技术服务")), 9)
    sh.text(262, 186, "项", 9)
    sh.text(300, 186, "1", 9)
    sh.text(350, 186, W.figures(amount), 9)
    sh.text(450, 186, W.figures(amount), 9)
    sh.text(520, 186, "免税", 9)
    sh.text(605, 186, "***", 9)
    sh.line(20, 280, 663, 280, w=0.6, color=brown)
    sh.text(30, 272, "合      计", 9, color=brown)
    sh.text(450, 272, f"¥{W.figures(amount)}", 9)
    sh.text(605, 272, "***", 9)
    sh.line(20, 305, 663, 305, w=0.6, color=brown)
    sh.text(30, 297, "价税合计（大写）", 9, color=brown)
    sh.text(120, 297, f"⊗{W.capital(amount)}", 9)
    sh.text(450, 297, "（小写）", 9, color=brown)
    sh.text(490, 297, f"¥{W.figures(amount)}", 9)
    sh.text(30, 322, "备", 9, color=brown)
    sh.text(30, 342, "注", 9, color=brown)
    sh.text(60, 330, f"项目名称：{p.title}；合同编号：{p.number}", 8.5)
    sh.text(30, 378, f"开票人：{W.person(rng)}", 9, color=brown)
    fields = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": p.client.name,
        "seller": firm.name,
        "total_amount": W.money(amount),
        "qr": payload,
    }
    sh.finish()
    return doc, fields


def _fix_check(code: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    s = sum(chars.index(ch) * w for ch, w in zip(code[:17], weights, strict=True))
    return chars[(31 - s % 31) % 31]
