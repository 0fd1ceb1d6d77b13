"""Document templates drawn as pages: license, audit report, contract, acceptance form, e-invoice PDF."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf
import zxingcpp

from . import money
from .paint import Page, font, font_bytes

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件产品购置费",
}


@dataclass
class Firm:
    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    valid_until: dt.date | None


@dataclass
class Deal:
    name: str
    number: str
    client: str
    amount: Decimal
    fees: dict[str, Decimal]
    signed_on: dt.date
    accepted_on: dt.date
    place: str
    leader: str
    client_rep: str
    extras: dict = field(default_factory=dict)


def cn_date(d: dt.date, style: int) -> str:
    return [
        f"{d.year}年{d.month}月{d.day}日",
        f"{d:%Y-%m-%d}",
        f"{d:%Y.%m.%d}",
        f"{d.year}年{d.month:02d}月{d.day:02d}日",
    ][style]


def amount_text(v: Decimal, style: str) -> str:
    if style == "space":
        return f"¥{money.grouped(v, ' ')}"
    if style == "rmb":
        return f"RMB {money.grouped(v)}"
    if style == "wan":
        return f"{money.wan(v)}万元（含税）"
    return f"¥{money.grouped(v)}"


def license_page(f: Firm, rng: random.Random) -> Page:
    p = Page(landscape=True, paper=(252, 250, 240))
    p.draw.rectangle([30, 30, p.w - 30, p.h - 30], outline=(180, 140, 60), width=10)
    p.center(90, "营 业 执 照", size=72)
    p.text(120, 200, f"统一社会信用代码  {f.credit_code}", 28)
    rows = [
        ("名　　称", f.name),
        ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", f.legal_rep),
        ("注册资本", f"{_wan_words(f.capital)}"),
        ("成立日期", cn_date(f.established, 0)),
        ("住　　所", f.address),
        ("经营范围", "计算机信息系统集成；软件开发；信息技术咨询服务；"),
        ("", "计算机软硬件及辅助设备批发；网络与信息安全软件开发。"),
    ]
    y = 290
    for label, value in rows:
        p.text(200, y, label, 30)
        p.text(420, y, value, 30)
        y += 62
    term = "长期" if f.valid_until is None else cn_date(f.valid_until, 0)
    p.text(200, y + 10, "营业期限", 30)
    p.text(420, y + 10, f"{cn_date(f.established, 0)} 至 {term}", 30)
    p.text(p.w - 560, p.h - 230, "登记机关", 30)
    p.text(p.w - 560, p.h - 170, cn_date(f.established + dt.timedelta(days=rng.randint(0, 900)), 0), 30)
    p.seal(p.w - 330, p.h - 200, "博尔塔拉蒙古自治州市场监督管理局", rng, radius=120)
    p.extras = {"term_y": y + 10}
    return p


def _wan_words(v: Decimal) -> str:
    return f"{money.capital(v / 10000).replace('元整', '').replace('元', '')}万元人民币"


def audit_pages(f: Firm, fin: dict, rng: random.Random, older_names: bool) -> list[Page]:
    y0 = fin["year"]
    p1 = Page()
    p1.center(150, fin["firm"], size=40)
    p1.center(300, "审 计 报 告", size=56)
    p1.center(390, fin["number"], size=28, bold=False)
    p1.text(120, 520, f"{f.name}全体股东：", 26)
    body = (
        f"　　我们审计了{f.name}（以下简称贵公司）财务报表，包括{y0}年12月31日的资产负债表，{y0}年度的利润表"
        "以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照《小企业会计准则》的规定编制，"
        f"公允反映了贵公司{y0}年12月31日的财务状况以及{y0}年度的经营成果。"
    )
    y = p1.para(120, 580, body, 1000, size=26)
    p1.text(120, y + 20, "一、审计意见", 28, bold=True)
    p1.para(
        120, y + 80, "　　我们审计后认为贵公司财务报表在所有重大方面公允反映，出具标准无保留意见。", 1000, 26
    )
    p1.text(720, 1450, fin["firm"], 26)
    p1.text(720, 1500, "中国注册会计师：" + fin["cpa"], 26)
    p1.text(720, 1550, cn_date(dt.date(y0 + 1, 3, rng.randint(5, 28)), 0), 26)
    p1.seal(880, 1470, fin["firm"], rng, radius=110)
    p2 = Page()
    p2.center(110, "利 润 表", size=44)
    p2.text(100, 190, "会小企02表", 22)
    p2.text(100, 230, f"编制单位：{f.name}", 24)
    p2.text(760, 230, f"{y0}年度", 24)
    p2.text(960, 230, "单位：元", 24)
    rev_label = "一、主营业务收入" if older_names else "一、营业收入"
    rows = [["项　　目", "行次", "本年累计金额", "上年金额"]]
    prev = fin["previous"]
    for i, (label, key) in enumerate(
        [
            (rev_label, "revenue"),
            ("　其中：系统集成收入", "si"),
            ("减：营业成本", "cost"),
            ("　　税金及附加", "tax_add"),
            ("　　销售费用", "selling"),
            ("　　管理费用", "admin"),
            ("　　财务费用", "finance"),
            ("二、营业利润", "op_profit"),
            ("加：营业外收入", "non_in"),
            ("减：营业外支出", "non_out"),
            ("三、利润总额", "total_profit"),
            ("减：所得税费用", "income_tax"),
            ("四、净利润", "net"),
        ],
        start=1,
    ):
        rows.append([label, str(i), money.grouped(fin[key]), money.grouped(prev[key])])
    p2.grid(100, 280, [430, 90, 250, 250], rows, size=24, row_h=58)
    p2.text(100, 1160, "单位负责人：" + f.legal_rep, 24)
    p2.text(520, 1160, "主管会计工作负责人：" + fin["accountant"], 24)
    return [p1, p2]


def contract_pages(f: Firm, d: Deal, rng: random.Random, style: dict) -> list[Page]:
    """Grid page, clause page, optional landscape quotation, signature page. Records the amount cell."""
    pages = []
    p = Page()
    p.center(110, d.name, size=36 if len(d.name) < 22 else 30)
    p.center(170, "合 同 书", size=40)
    p.center(260, style.get("grid_title", "合同要素表"), size=30)
    amount = amount_text(d.amount, style["amount"])
    rows = [
        ["合同名称", d.name],
        ["合同编号", d.number],
        ["甲方", d.extras.get("party_a", d.client)],
        ["乙方", d.extras.get("party_b", f.name)],
        ["合同金额", amount],
        ["签订日期", cn_date(d.signed_on, style["date"])],
        ["签订地点", d.place],
    ]
    origins, bottom = p.grid(110, 320, [220, 800], rows, size=26, row_h=66)
    p.extras = {"amount_xy": origins[4][1], "amount_text": amount, "number_xy": origins[1][1]}
    y = bottom + 50
    clauses = [
        "第一条 项目概况",
        f"　　甲方委托乙方承担“{d.name}”的建设工作，乙方按照甲方需求完成系统设计、软件开发、设备供货、安装调试、"
        "试运行及培训等工作，确保系统按期上线并稳定运行。",
        "第二条 工期",
        f"　　自合同签订之日起{rng.choice([90, 120, 150, 180])}日历天内完成全部建设内容并提交验收申请。",
    ]
    for c in clauses:
        if c.startswith("第"):
            p.text(110, y, c, 28, bold=True)
            y += 50
        else:
            y = p.para(110, y, c, 1020, 26) + 10
    pages.append(p)
    p = Page()
    y = 120
    words = money.capital(d.amount)
    figures = f"¥{money.grouped(d.amount)}" if style["amount"] != "rmb" else f"RMB {money.grouped(d.amount)}"
    clauses = [
        "第三条 合同价款",
        f"　　本合同总价为人民币（大写）{words}（小写：{figures}），"
        "该价格为含税总价，包括设备费、软件费、实施费、培训费及税费等全部费用。",
        "第四条 付款方式",
        "　　合同签订后支付合同总价的30%；系统初验合格后支付至合同总价的80%；终验合格后支付至合同总价的100%。",
        "第五条 验收",
        "　　乙方完成全部工作后书面提出验收申请，甲方在十五个工作日内组织验收，验收合格后双方签署验收报告。",
        "第六条 质量保证",
        "　　质保期为终验合格之日起三年，质保期内乙方提供免费维护及技术支持，响应时间不超过4小时。",
        "第七条 违约责任",
        "　　任何一方违反本合同约定，应承担相应违约责任并赔偿对方由此造成的损失。",
        "第八条 争议解决",
        "　　因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
    ]
    for c in clauses:
        if c.startswith("第"):
            p.text(110, y, c, 28, bold=True)
            y += 50
        else:
            y = p.para(110, y, c, 1020, 26) + 14
    if not style.get("short"):
        pages.append(p)
    if style.get("quotation"):
        q = Page(landscape=True)
        q.center(100, "附件：分项报价明细表", size=38)
        q.text(120, 180, f"项目名称：{d.name}", 26)
        rows = [["序号", "费用类别", "内容说明", "金额（元）"]]
        for i, (k, v) in enumerate(d.fees.items(), start=1):
            rows.append([str(i), FEE_LABELS[k], _fee_note(k), money.grouped(v)])
        rows.append(["", "合计", "", money.grouped(d.amount)])
        q.grid(120, 240, [110, 330, 620, 450], rows, size=26, row_h=66)
        pages.append(q)
    s = Page()
    s.text(110, 140, "第九条 其他", 28, bold=True)
    s.para(
        110, 200, "　　本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。（以下无正文）", 1020, 26
    )
    s.text(110, 420, "甲方（盖章）：" + d.extras.get("party_a", d.client), 26)
    s.text(110, 500, "法定代表人或授权代表：", 26)
    s.hand(420, 515, d.client_rep, rng)
    s.text(110, 580, "日期：" + cn_date(d.signed_on, 0), 26)
    s.text(110, 820, "乙方（盖章）：" + d.extras.get("party_b", f.name), 26)
    s.text(110, 900, "法定代表人或授权代表：", 26)
    s.hand(420, 915, f.legal_rep, rng)
    s.text(110, 980, "日期：" + cn_date(d.signed_on, 0), 26)
    if style.get("seal", True):
        s.seal(560, 480, d.extras.get("party_a", d.client), rng, bottom="合同专用章")
        s.seal(560, 880, d.extras.get("party_b", f.name), rng, bottom="合同专用章")
    pages.append(s)
    return pages


def _fee_note(k: str) -> str:
    return {
        "software_development": "业务应用系统定制开发",
        "consulting_design": "需求调研与方案设计",
        "integration_implementation": "系统集成、安装调试及培训",
        "operation_maintenance": "一年运行维护服务",
        "hardware_purchase": "服务器、存储及网络设备",
        "software_purchase": "数据库及中间件授权",
    }[k]


def acceptance_page(
    f: Firm, d: Deal, rng: random.Random, passed: bool, seal: bool, words: tuple[str, str]
) -> Page:
    p = Page()
    p.center(120, "项目验收表", size=48)
    rows = [
        ["项目名称", d.name],
        ["合同编号", d.number],
        ["建设单位（甲方）", d.extras.get("party_a", d.client)],
        ["承建单位（乙方）", d.extras.get("party_b", f.name)],
        ["验收日期", cn_date(d.extras.get("accept_shown", d.accepted_on), rng.choice([0, 3]))],
        ["验收内容", "软件功能、硬件设备、系统性能、文档资料"],
    ]
    _, bottom = p.grid(100, 220, [280, 760], rows, size=26, row_h=70)
    y = bottom + 40
    p.text(110, y, "验收结论：", 30, bold=True)
    p.checkbox(330, y, words[0], passed, rng=rng)
    p.checkbox(520, y, words[1], not passed, rng=rng)
    y += 90
    p.text(110, y, "验收意见：", 30, bold=True)
    if passed:
        opinion = ["系统功能满足合同要求，运行稳定，", "文档齐全，同意通过验收。"]
    else:
        opinion = ["部分功能未达合同要求，性能测试未通过，", "需整改后重新组织验收。"]
    for i, line in enumerate(opinion):
        p.hand(150, y + 90 + i * 70, line, rng, size=34)
    y += 280
    p.text(110, y, "验收组组长（签字）：", 28)
    p.hand(420, y + 15, d.leader, rng)
    p.text(110, y + 120, "建设单位（盖章）：", 28)
    p.text(650, y + 120, "承建单位（盖章）：", 28)
    p.text(110, y + 320, "日期：" + cn_date(d.extras.get("accept_shown", d.accepted_on), 0), 28)
    if seal:
        p.seal(330, y + 160, d.extras.get("party_a", d.client), rng)
        p.seal(870, y + 160, d.extras.get("party_b", f.name), rng)
    return p


def invoice_pdf(path, inv: dict) -> None:
    """A born-digital 数电票 PDF: text layer in an embedded CJK face, QR code top left."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=396)
    page.insert_font(fontname="cjk", fontbuffer=font_bytes())

    def t(x, y, s, size=9, color=(0, 0, 0)):
        page.insert_text((x, y), s, fontname="cjk", fontsize=size, color=color)

    brown = (0.55, 0.25, 0.1)
    t(190, 40, "电子发票（普通发票）", 18, brown)
    t(400, 30, f"发票号码：{inv['number']}", 8.5)
    t(400, 45, f"开票日期：{inv['date_text']}", 8.5)
    qr = zxingcpp.create_barcode(inv["qr"], zxingcpp.BarcodeFormat.QRCode)
    import io

    import numpy as np
    from PIL import Image

    img = Image.fromarray(np.asarray(qr.to_image(scale=4)))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    page.insert_image(pymupdf.Rect(20, 15, 80, 75), stream=buf.getvalue())
    page.draw_rect(pymupdf.Rect(20, 85, 575, 330), color=brown, width=0.8)
    page.draw_line((297, 85), (297, 140), color=brown, width=0.6)
    page.draw_line((20, 140), (575, 140), color=brown, width=0.6)
    t(28, 103, "购买方信息", 9, brown)
    t(28, 118, f"名称：{inv['buyer']}", 9)
    t(28, 132, f"统一社会信用代码/纳税人识别号：{inv['buyer_code']}", 8)
    t(305, 103, "销售方信息", 9, brown)
    t(305, 118, f"名称：{inv['seller']}", 9)
    t(305, 132, f"统一社会信用代码/纳税人识别号：{inv['seller_code']}", 8)
    cols = [28, 200, 270, 310, 380, 440, 505]
    for x, h in zip(
        cols, ["项目名称", "规格型号", "单位", "数量", "金额", "税率/征收率", "税额"], strict=True
    ):
        t(x, 156, h, 8.5, brown)
    t(28, 174, inv["item"], 8.5)
    t(270, 174, "项", 8.5)
    t(310, 174, "1", 8.5)
    t(370, 174, money.s2(inv["net"]), 8.5)
    t(450, 174, "6%", 8.5)
    t(500, 174, money.s2(inv["tax"]), 8.5)
    page.draw_line((20, 280), (575, 280), color=brown, width=0.6)
    t(28, 272, "合　　计", 9, brown)
    t(365, 272, f"¥{money.s2(inv['net'])}", 9)
    t(495, 272, f"¥{money.s2(inv['tax'])}", 9)
    t(28, 298, "价税合计（大写）", 9, brown)
    t(120, 298, money.capital(inv["total"]), 9)
    t(400, 298, "（小写）", 9, brown)
    t(440, 298, f"¥{money.s2(inv['total'])}", 9)
    t(28, 320, f"备注：{inv['note']}", 8)
    t(28, 350, f"开票人：{inv['drawer']}", 9)
    doc.subset_fonts()
    doc.set_metadata({"producer": "国家税务总局全国统一发票服务平台", "creator": "电子发票服务平台"})
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def text_width(s: str, size: int) -> float:
    return font(size).getlength(s)
