"""The papers of a filing, each drawn as an office tool would export it; each returns (pdf bytes, truth fields)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import cv2
import numpy as np
import pymupdf

from .pdfkit import A4, PdfBuilder, Seal, put
from .world import Firm, cn_date, cn_date0, figures, money, words

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
    "other": "其他",
}
FEE_KEYS = tuple(FEE_LABELS)
ITEMS = {
    "software_development": ("业务管理平台定制开发", "数据接口开发", "移动端应用开发"),
    "consulting_design": ("需求调研及方案设计", "网络规划设计"),
    "integration_implementation": ("设备安装调试", "系统联调及割接", "综合布线施工"),
    "operation_maintenance": ("一年期驻场运维服务",),
    "hardware_purchase": (
        "核心交换机",
        "接入交换机",
        "机架式服务器",
        "网络摄像机",
        "存储设备",
        "LED信息发布屏",
        "UPS电源",
    ),
    "software_purchase": ("数据库软件", "服务器操作系统", "防病毒软件"),
    "other": ("培训及资料费",),
}


@dataclass
class Invoice:
    number: str
    issued: dt.date
    net: Decimal
    tax: Decimal
    rate: int

    @property
    def total(self) -> Decimal:
        return self.net + self.tax


@dataclass
class Deal:
    id: str
    name: str
    client: str
    field: str
    location: str
    signed: dt.date
    accepted: dt.date
    fees: dict[str, Decimal]
    number: str
    client_rep: str
    firm_rep: str
    invoices: list[Invoice] = dataclasses.field(default_factory=list)

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))

    @property
    def services(self) -> Decimal:
        return sum((self.fees.get(k, Decimal(0)) for k in FEE_KEYS[:6]), Decimal(0))


def firm_seal(firm: Firm, kind: str = "合同专用章") -> Seal:
    return Seal(firm.name, kind, firm.code[8:17] if kind else "")


def client_seal(name: str, kind: str = "") -> Seal:
    return Seal(name, kind)


def qr_png(payload: str) -> bytes:
    enc = cv2.QRCodeEncoder.create()
    small = enc.encode(payload)
    big = cv2.resize(small, None, fx=8, fy=8, interpolation=cv2.INTER_NEAREST)
    big = np.pad(big, 32, constant_values=255)
    ok, png = cv2.imencode(".png", big)
    assert ok
    return png.tobytes()


def _when(d: dt.date, hour: int = 10) -> str:
    return f"D:{d:%Y%m%d}{hour:02d}2{d.day % 6}11+08'00'"


# ------------------------------------------------------------------------------------------------ licence


def license_pdf(firm: Firm, rng: random.Random) -> tuple[bytes, dict[str, Any]]:
    b = PdfBuilder(
        "营业执照",
        producer="市场监管总局电子营业执照系统",
        creator="eLicense",
        when=_when(dt.date(2025, 3, 2)),
    )
    c = b.page()
    c.rect(28, 28, A4[0] - 28, A4[1] - 28, width=2.2)
    c.rect(34, 34, A4[0] - 34, A4[1] - 34, width=0.6)
    c.text(A4[0] / 2, 120, "营 业 执 照", 30, align="center", heading=True)
    c.text(A4[0] / 2, 150, "（电子副本）", 12, align="center")
    c.text(70, 190, f"统一社会信用代码  {firm.code}", 11)
    c.page.insert_image(
        pymupdf.Rect(450, 160, 530, 240),
        stream=qr_png(f"https://www.gsxt.gov.cn/index.html?uniscid={firm.code}"),
    )
    kind = "有限责任公司（自然人投资或控股）"
    scope = "计算机信息系统集成服务；软件开发；信息技术咨询服务；网络技术服务；安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    rows = [
        ("名        称", firm.name),
        ("类        型", kind),
        ("法定代表人", firm.legal),
        ("注 册 资 本", f"{int(firm.capital / 10000)}万元人民币"),
        ("成 立 日 期", cn_date0(firm.established)),
        ("营 业 期 限", "长期"),
        ("住        所", firm.address),
    ]
    y = 280.0
    for label, value in rows:
        c.text(70, y, label, 11)
        y = c.para(160, y, 370, value, 11, 1.5) + 8
    c.text(70, y, "经 营 范 围", 11)
    y = c.para(160, y, 370, scope, 11, 1.5)
    c.text(400, 720, "登记机关", 12)
    issued = dt.date(2025, 3, 2)
    c.text(390, 760, cn_date(issued), 11)
    c.seal(450, 712, Seal(f"{firm.place.name}市场监督管理局", "", radius=44), annotation=False)
    c.text(A4[0] / 2, 800, "国家企业信用信息公示系统网址：https://www.gsxt.gov.cn", 8, align="center")
    return b.build(), {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal,
        "registered_capital": money(firm.capital),
        "company_type": kind,
        "established_on": firm.established.isoformat(),
        "valid_until": "长期",
        "address": firm.address,
        "business_scope": scope,
    }


# ------------------------------------------------------------------------------------------------ audit


@dataclass
class Audit:
    year: int
    revenue: Decimal
    si_revenue: Decimal
    other_revenue: Decimal
    cost: Decimal
    tax_surcharge: Decimal
    expenses: Decimal
    income_tax: Decimal

    @property
    def profit_before(self) -> Decimal:
        return self.revenue - self.cost - self.tax_surcharge - self.expenses

    @property
    def net(self) -> Decimal:
        return self.profit_before - self.income_tax


def make_audit(rng: random.Random, year: int) -> Audit:
    revenue = Decimal(rng.randint(700_000_00, 2_400_000_00)) / 100 * 10
    si = (revenue * Decimal(rng.randint(62, 86)) / 100).quantize(Decimal("0.01"))
    cost = (revenue * Decimal(rng.randint(68, 78)) / 100).quantize(Decimal("0.01"))
    tax_s = (revenue * Decimal("0.004")).quantize(Decimal("0.01"))
    exp = (revenue * Decimal(rng.randint(12, 18)) / 100).quantize(Decimal("0.01"))
    a = Audit(year, revenue, si, revenue - si, cost, tax_s, exp, Decimal(0))
    a.income_tax = (a.profit_before * Decimal("0.05")).quantize(Decimal("0.01"))
    return a


def audit_pdf(firm: Firm, a: Audit, rng: random.Random, heading_font: bool) -> tuple[bytes, dict[str, Any]]:
    cpa = rng.choice(
        ("新疆天诚有限责任会计师事务所", "昌吉华益会计师事务所（普通合伙）", "新疆正元联合会计师事务所")
    )
    abbr = {"新": "天诚", "昌": "昌华益"}.get(cpa[0], "正元")
    if "正元" in cpa:
        abbr = "正元"
    number = f"{abbr}审字〔{a.year + 1}〕第{rng.randint(12, 388):04d}号"
    dated = dt.date(a.year + 1, 2, rng.randint(3, 24))
    b = PdfBuilder(
        f"{firm.name}{a.year}年度审计报告",
        producer="WPS 文字",
        creator="WPS 文字",
        when=_when(dated, 16),
        heading_font=heading_font,
    )
    total = 3
    c = b.page()
    c.header_footer(cpa, number, 1, total)
    c.text(A4[0] / 2, 110, "审 计 报 告", 22, align="center", heading=True)
    c.text(A4[0] - 70, 140, number, 10.5, align="right")
    c.text(70, 175, f"{firm.name}全体股东：", 10.5)
    y = 200.0
    c.text(70, y, "一、审计意见", 11, heading=True)
    y = c.para(
        90,
        y + 22,
        440,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括{a.year}年12月31日的资产负债表，{a.year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
    )
    y = c.para(
        90,
        y + 4,
        440,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{a.year}年12月31日的财务状况"
        f"以及{a.year}年度的经营成果和现金流量。",
    )
    c.text(70, y + 10, "二、形成审计意见的基础", 11, heading=True)
    y = c.para(
        90,
        y + 32,
        440,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
    )
    c.text(80, 640, cpa, 10.5)
    c.text(360, 640, "中国注册会计师：" + _pick_name(rng), 10.5)
    c.text(360, 670, "中国注册会计师：" + _pick_name(rng), 10.5)
    c.text(80, 700, "中国·昌吉", 10.5)
    c.text(360, 700, cn_date(dated), 10.5)
    c.seal(150, 625, Seal(cpa, ""), annotation=rng.random() < 0.5)
    # income statement
    c = b.page()
    c.header_footer(cpa, number, 2, total)
    c.text(A4[0] / 2, 100, "利 润 表", 18, align="center", heading=True)
    c.text(70, 130, f"编制单位：{firm.name}", 9.5)
    c.text(300, 130, f"{a.year}年度", 9.5)
    c.text(A4[0] - 70, 130, "单位：元", 9.5, align="right")
    rows: list[list[str | None]] = [
        ["项        目", "行次", "本期金额", "上期金额"],
        ["一、营业收入", "1", figures(a.revenue), figures(a.revenue * Decimal("0.87"))],
        ["  减：营业成本", "2", figures(a.cost), figures(a.cost * Decimal("0.86"))],
        ["      税金及附加", "3", figures(a.tax_surcharge), figures(a.tax_surcharge * Decimal("0.87"))],
        ["      期间费用", "4", figures(a.expenses), figures(a.expenses * Decimal("0.9"))],
        ["二、利润总额", "5", figures(a.profit_before), "—"],
        ["  减：所得税费用", "6", figures(a.income_tax), "—"],
        ["三、净利润", "7", figures(a.net), "—"],
    ]
    rows = [
        [
            (
                cell
                if not cell or cell == "—" or not cell[0].isdigit()
                else figures(Decimal(cell.replace(",", "")).quantize(Decimal("0.01")))
            )
            for cell in r
        ]
        for r in rows
    ]
    c.table(70, 145, [190, 40, 110, 115], rows, row_h=24, aligns=["left", "center", "right", "right"])
    c.text(70, 380, "单位负责人：" + firm.legal, 9.5)
    c.text(250, 380, "主管会计工作负责人：" + _pick_name(rng), 9.5)
    # notes
    c = b.page()
    c.header_footer(cpa, number, 3, total)
    c.text(70, 100, "财务报表附注（摘录）", 13, heading=True)
    c.text(70, 130, "营业收入按业务类别列示：", 10.5)
    rows2: list[list[str | None]] = [
        ["业务类别", f"{a.year}年度", None],
        [None, "收入", "占比"],
        ["系统集成收入", figures(a.si_revenue), f"{a.si_revenue / a.revenue * 100:.1f}%"],
        ["技术服务及其他收入", figures(a.other_revenue), f"{a.other_revenue / a.revenue * 100:.1f}%"],
        ["合计", figures(a.revenue), "100.0%"],
    ]
    c.table(
        70,
        145,
        [170, 150, 90],
        rows2,
        row_h=24,
        spans={(0, 0): (2, 1), (0, 1): (1, 2)},
        aligns=["left", "right", "right"],
    )
    c.para(70, 300, 450, f"其中系统集成收入{figures(a.si_revenue)}元，为公司主营业务收入。", 10.5)
    return b.build(), {
        "audit_firm": cpa,
        "report_number": number,
        "fiscal_year": a.year,
        "opinion": "unqualified",
        "operating_revenue": money(a.revenue),
        "net_profit": money(a.net),
        "system_integration_revenue": money(a.si_revenue),
        "consolidated": False,
        "company_name": firm.name,
    }


def _pick_name(rng: random.Random) -> str:
    from .world import person

    return person(rng)


# ------------------------------------------------------------------------------------------------ contract


@dataclass
class ContractStyle:
    form: bool = False
    """The 合同要素 page is an AcroForm: labels in the page, values in widgets."""
    flatten: bool = False
    rotate: int = 0
    """0, or 90 / 270: the 分项报价明细 is a landscape page stored rotated."""
    bleed: float = 0.0
    draft_layer: bool = False
    heading_font: bool = False
    per_glyph: bool = False
    stamp_image: bool = False
    vector_seals: bool = False
    seal_firm: bool = True
    seal_client: bool = True
    shown_party_a: str | None = None
    shown_amount: Decimal | None = None
    outline_amount: Decimal | None = None
    """Draw this amount as glyph outlines and put ``hidden_amount`` in an invisible text run over it."""
    hidden_amount: Decimal | None = None
    producer: str = "WPS 文字"
    first_figures: str | None = None
    """The 小写 widget's value as first saved (an incremental update corrects it later)."""


def contract_pdf(
    deal: Deal, firm: Firm, st: ContractStyle, rng: random.Random
) -> tuple[bytes, dict[str, Any], int]:
    """Returns the PDF, truth fields, and the 1-based page that states the amount."""
    b = PdfBuilder(
        deal.name + "合同",
        producer=st.producer,
        creator="WPS 文字" if "WPS" in st.producer else "Microsoft® Word 2019",
        when=_when(deal.signed, 15),
        heading_font=st.heading_font,
        per_glyph=st.per_glyph,
    )
    party_a = st.shown_party_a or deal.client
    amount = st.shown_amount if st.shown_amount is not None else deal.amount
    total_pages = 4
    head_left = firm.name
    # p1 -------------------------------------------------------------------------------------
    c = b.page(bleed=st.bleed)
    c.header_footer(head_left, f"合同编号：{deal.number}", 1, total_pages)
    if st.draft_layer:
        oc = b.draft_layer()
        put(
            c.page,
            (150 + c.ox, 560 + c.oy),
            "草 稿",
            96,
            (0.85, 0.85, 0.85),
            oc=oc,
            morph=(pymupdf.Point(300, 450), pymupdf.Matrix(-30)),
        )
        c.text(70, 790, "【模板说明：请勿删除本行，正式文本打印时自动隐藏】", 8, color=(0.5, 0.5, 0.9), oc=oc)
    c.text(A4[0] / 2, 95, deal.name, 15, align="center", heading=True)
    c.text(A4[0] / 2, 122, "合 同 书", 18, align="center", heading=True)
    y = 165.0
    if st.form:
        labels = [
            ("合同编号", deal.number),
            ("甲方（采购人）", party_a),
            ("乙方（供应商）", firm.name),
            ("项目名称", deal.name),
            ("合同金额（大写）", "人民币" + words(amount)),
            ("合同金额（小写）", "¥" + figures(amount)),
            ("签订日期", cn_date(deal.signed)),
            ("签订地点", deal.location.replace("新疆维吾尔自治区", "")),
        ]
        c.text(70, y, "合同要素表", 11, heading=True)
        y += 12
        for i, (label, value) in enumerate(labels):
            y0 = y + i * 28
            c.rect(70, y0, 190, y0 + 28, 0.5)
            c.rect(190, y0, 525, y0 + 28, 0.5)
            c.text(76, y0 + 18, label, 10)
            size = fit(value, 320)
            latin = label.startswith("合同金额（小写")
            c.widget(
                194,
                y0 + 3,
                521,
                y0 + 25,
                f"field_{i}",
                st.first_figures if latin and st.first_figures else value,
                flatten=st.flatten and i % 2 == 0 and not latin,
                size=size,
                latin=latin,
            )
        y += len(labels) * 28 + 30
        y = c.para(
            70,
            y,
            455,
            "甲乙双方根据《中华人民共和国民法典》及相关规定，经协商一致，就上述项目签订本合同，合同要素以上表为准。",
        )
    else:
        c.text(70, y, f"合同编号：{deal.number}", 10.5)
        y += 26
        c.text(70, y, f"甲方（采购人）：{party_a}", 10.5)
        y += 22
        c.text(70, y, f"乙方（供应商）：{firm.name}", 10.5)
        y += 30
        y = c.para(
            70, y, 455, f"根据《中华人民共和国民法典》，甲乙双方就{deal.name}（以下简称本项目）达成如下协议："
        )
        c.text(70, y + 4, "第一条  项目内容", 11, heading=True)
        y = c.para(
            90,
            y + 26,
            435,
            "乙方负责本项目的设备供货、软件开发、安装调试、系统集成、培训及质保服务，具体内容见附件《分项报价单》。",
        )
        c.text(70, y + 4, "第二条  合同金额", 11, heading=True)
        y += 26
        x = 90 + c.text(90, y, f"合同总价：人民币（大写）{words(amount)}", 10.5)
        if st.outline_amount is not None:
            x += c.text(x, y, "（小写：", 10.5)
            shown = "¥" + figures(st.outline_amount)
            w = c.outline_text(x, y, shown, 10.5)
            assert st.hidden_amount is not None
            c.text(x, y, "¥" + figures(st.hidden_amount), 10.5, render_mode=3, glyphs=False)
            c.text(x + w, y, "）", 10.5)
        else:
            c.text(x, y, f"（小写：¥{figures(amount)}）", 10.5)
        y = c.para(
            90,
            y + 18,
            435,
            "本合同总价为固定总价，已包含设备、软件、运输、安装、调试、培训、税费等全部费用。",
        )
    c.text(70, y + 6, "第三条  付款方式", 11, heading=True)
    y = c.para(
        90,
        y + 28,
        435,
        "合同签订后支付合同总价的30%作为预付款；项目验收合格后支付至95%；余款5%作为质保金，质保期满无质量问题后付清。",
    )
    c.text(70, y + 6, "第四条  工期与验收", 11, heading=True)
    y = c.para(
        90,
        y + 28,
        435,
        "乙方应在合同签订后90日内完成实施。项目完成后由甲方组织验收，验收合格后签署验收报告。",
    )
    # p2 / p3: 分项报价单 -------------------------------------------------------------------
    rows = _quote_rows(deal, rng)
    first, second = rows[: len(rows) // 2 + 1], rows[len(rows) // 2 + 1 :]
    for part, chunk in enumerate((first, second)):
        if st.rotate:
            c = b.page(A4[1], A4[0], rotate=st.rotate)
            width = A4[1]
        else:
            c = b.page(bleed=st.bleed)
            width = A4[0]
        c.header_footer(head_left, f"合同编号：{deal.number}", 2 + part, total_pages)
        if part == 0:
            c.text(width / 2, 80, "附件：分项报价单", 14, align="center", heading=True)
        else:
            c.text(70, 80, "附件：分项报价单（续）", 11, heading=True)
        table_w = width - 140
        cols = [40, table_w * 0.26, table_w * 0.30, 50, table_w - 40 - table_w * 0.56 - 50]
        table_rows: list[list[str | None]] = [["序号", "费用类别", "内容", "数量", "金额（元）"]]
        serial = sum(len(items) for _, items in first) if part else 0
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        for cat, items in chunk:
            start = len(table_rows)
            for j, (item, qty, price) in enumerate(items):
                serial += 1
                table_rows.append(
                    [str(serial), FEE_LABELS[cat] if j == 0 else None, item, qty, figures(price)]
                )
            if len(items) > 1:
                spans[(start, 1)] = (len(items), 1)
            table_rows.append([None, FEE_LABELS[cat] + "小计", None, None, figures(deal.fees[cat])])
            spans[(len(table_rows) - 1, 1)] = (1, 3)
        if part == 1:
            table_rows.append(["合计", None, None, None, figures(amount)])
            spans[(len(table_rows) - 1, 0)] = (1, 4)
            table_rows.append([f"合计金额（大写）：人民币{words(amount)}", None, None, None, None])
            spans[(len(table_rows) - 1, 0)] = (1, 5)
        c.table(
            70,
            100,
            cols,
            table_rows,
            row_h=21,
            size=9,
            spans=spans,
            aligns=["center", "left", "left", "center", "right"],
        )
    # p4 signature page ------------------------------------------------------------------------
    c = b.page(bleed=st.bleed)
    c.header_footer(head_left, f"合同编号：{deal.number}", 4, total_pages)
    c.text(70, 90, "第五条  其他", 11, heading=True)
    c.para(
        90,
        112,
        435,
        "本合同一式肆份，甲乙双方各执贰份，经双方法定代表人或授权代表签字并加盖公章或合同专用章后生效。",
    )
    c.text(A4[0] / 2, 180, "（以下无正文）", 10.5, align="center")
    y = 240.0
    c.text(70, y, f"甲方（盖章）：{party_a}" if len(party_a) < 18 else "甲方（盖章）：", 10.5)
    c.text(320, y, "乙方（盖章）：", 10.5)
    if len(party_a) >= 18:
        c.para(70, y + 20, 220, party_a, 10.5)
    c.para(320, y + 20, 220, firm.name, 10.5)
    c.text(70, y + 90, "法定代表人或授权代表（签字）：", 9.5)
    c.text(320, y + 90, "法定代表人或授权代表（签字）：", 9.5)
    c.signature(90, y + 118, deal.client_rep)
    c.signature(340, y + 118, deal.firm_rep)
    c.line(80, y + 122, 240, y + 122, 0.4)
    c.line(330, y + 122, 500, y + 122, 0.4)
    c.text(70, y + 160, f"日期：{cn_date(deal.signed)}", 10.5)
    c.text(320, y + 160, f"日期：{cn_date(deal.signed)}", 10.5)
    c.text(320, y + 185, f"开户银行：{firm.bank}", 9)
    c.text(320, y + 203, f"账    号：{firm.account}", 9)
    c.text(320, y + 221, f"电    话：{firm.phone}", 9)
    if st.seal_client:
        c.seal(
            170,
            y + 60,
            client_seal(party_a, "合同专用章" if "公司" in party_a else ""),
            image=st.stamp_image,
            annotation=not st.vector_seals,
        )
    if st.seal_firm:
        c.seal(420, y + 55, firm_seal(firm), image=st.stamp_image, annotation=not st.vector_seals)
    fields: dict[str, Any] = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": party_a,
        "party_b": firm.name,
        "contract_amount": money(st.outline_amount if st.outline_amount is not None else amount),
        "amount_in_words": "人民币" + words(amount),
        "signed_on": deal.signed.isoformat(),
        "fees": {k: money(deal.fees.get(k, Decimal(0))) for k in FEE_KEYS},
        "has_seal": st.seal_firm and st.seal_client,
    }
    return b.build(), fields, 1


def fit(s: str, width: float, size: float = 10.5) -> float:
    """The largest size up to ``size`` (in half points) at which ``s`` fits ``width``."""
    from .pdfkit import CJK

    while size > 6 and CJK.text_length(s, size) > width:
        size -= 0.5
    return size


def _quote_rows(deal: Deal, rng: random.Random) -> list[tuple[str, list[tuple[str, str, Decimal]]]]:
    out = []
    for cat in FEE_KEYS:
        value = deal.fees.get(cat, Decimal(0))
        if not value:
            continue
        names = list(ITEMS.get(cat, ("其他费用",)))
        rng.shuffle(names)
        n = min(len(names), rng.randint(1, 3))
        if value < 30000:
            n = 1
        cuts = sorted(rng.sample(range(1, 20), n - 1))
        parts, prev = [], 0
        for cut in [*cuts, 20]:
            parts.append(cut - prev)
            prev = cut
        amounts = [(value * p / 20).quantize(Decimal("100")) for p in parts[:-1]]
        amounts.append(value - sum(amounts, Decimal(0)))
        items = []
        for name, amt in zip(names[:n], amounts, strict=True):
            qty = (
                f"{rng.randint(2, 24)}台"
                if cat == "hardware_purchase"
                else ("1套" if cat != "integration_implementation" else "1项")
            )
            items.append((name, qty, amt))
        out.append((cat, items))
    return out


# ------------------------------------------------------------------------------------------------ acceptance


@dataclass
class AcceptanceStyle:
    flatten: bool = False
    passed: bool = True
    stamp_image: bool = False
    vector_seals: bool = False
    seal: bool = True
    shown_date: dt.date | None = None
    third_party: str | None = None


def acceptance_pdf(
    deal: Deal, firm: Firm, st: AcceptanceStyle, rng: random.Random, party_a: str | None = None
) -> tuple[bytes, dict[str, Any]]:
    party_a = party_a or deal.client
    accepted = st.shown_date or deal.accepted
    b = PdfBuilder(
        deal.name + "验收报告",
        producer="Adobe Acrobat Pro (64-bit) 24.2",
        creator="Adobe Acrobat Pro (64-bit) 24.2",
        when=_when(accepted, 17),
    )
    c = b.page()
    c.text(A4[0] / 2, 80, "项目竣工验收报告", 20, align="center", heading=True)
    c.text(A4[0] - 70, 105, f"编号：YS-{deal.number[-8:]}", 9.5, align="right")
    labels = [
        ("项目名称", deal.name),
        ("合同编号", deal.number),
        ("建设单位", party_a),
        ("承建单位", firm.name),
        ("验收日期", cn_date(accepted)),
        ("验收地点", deal.location.replace("新疆维吾尔自治区", "")),
    ]
    if st.third_party:
        labels.append(("监理单位", st.third_party))
    y = 120.0
    for i, (label, value) in enumerate(labels):
        y0 = y + i * 30
        c.rect(60, y0, 170, y0 + 30, 0.6)
        c.rect(170, y0, 535, y0 + 30, 0.6)
        c.text(70, y0 + 19, label, 10.5)
        c.widget(174, y0 + 4, 531, y0 + 26, f"ys_{i}", value, flatten=st.flatten, size=fit(value, 350))
    y += len(labels) * 30
    c.rect(60, y, 170, y + 150, 0.6)
    c.rect(170, y, 535, y + 150, 0.6)
    c.text(70, y + 80, "验收意见", 10.5)
    opinion = (
        "验收小组听取了承建单位的实施汇报，查验了设备到货、安装及系统运行情况，审阅了竣工资料。系统功能及性能满足合同要求，"
        "文档资料齐全，同意通过验收。"
        if st.passed
        else "验收小组查验了现场及系统运行情况。部分设备未按合同到货，系统联调未完成，竣工资料不齐全，本次验收不予通过，请承建单位限期整改后重新申请验收。"
    )
    c.widget(174, y + 4, 531, y + 26, "ys_op1", opinion[:33], flatten=st.flatten, size=9.5)
    c.widget(174, y + 30, 531, y + 52, "ys_op2", opinion[33:66], flatten=st.flatten, size=9.5)
    c.widget(174, y + 56, 531, y + 78, "ys_op3", opinion[66:99], flatten=st.flatten, size=9.5)
    y += 150
    c.rect(60, y, 170, y + 36, 0.6)
    c.rect(170, y, 535, y + 36, 0.6)
    c.text(70, y + 23, "验收结论", 10.5)
    c.checkbox(190, y + 12, "ys_pass", st.passed, flatten=st.flatten)
    c.text(206, y + 22, "合格", 10.5)
    c.checkbox(290, y + 12, "ys_fail", not st.passed, flatten=st.flatten)
    c.text(306, y + 22, "不合格", 10.5)
    y += 60
    cols = [("建设单位（盖章）", party_a, deal.client_rep), ("承建单位（盖章）", firm.name, deal.firm_rep)]
    if st.third_party:
        cols.append(("监理单位（盖章）", st.third_party, _pick_name(rng)))
    xw = 475 / len(cols)
    for i, (label, org, rep) in enumerate(cols):
        x = 60 + i * xw
        c.text(x + 4, y, label, 9.5)
        c.text(x + 4, y + 90, "代表签字：", 9)
        c.signature(x + 50, y + 90, rep)
        c.text(x + 4, y + 115, cn_date(accepted), 9)
        if st.seal:
            seal = client_seal(org) if i != 1 else firm_seal(firm, "")
            c.seal(x + xw / 2, y + 48, seal, image=st.stamp_image, annotation=not st.vector_seals)
    fields = {
        "project_name": deal.name,
        "party_a": party_a,
        "party_b": firm.name,
        "accepted_on": accepted.isoformat(),
        "conclusion": "passed" if st.passed else "failed",
        "has_seal": st.seal,
    }
    if st.third_party:
        fields["third_party"] = st.third_party
    return b.build(), fields


# ------------------------------------------------------------------------------------------------ invoice


def invoice_xml(inv: Invoice, deal: Deal, firm: Firm, buyer_code: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<EInvoice>\n"
        f"  <Header><EIid>{inv.number}</EIid><EInvoiceTag>SWEI6500</EInvoiceTag><Version>0.1</Version>"
        "<InherentLabel><EInvoiceType><LabelCode>02</LabelCode><LabelName>普通发票</LabelName></EInvoiceType></InherentLabel></Header>\n"
        "  <EInvoiceData>\n"
        f"    <SellerInformation><SellerIdNum>{firm.code}</SellerIdNum><SellerName>{firm.name}</SellerName></SellerInformation>\n"
        f"    <BuyerInformation><BuyerIdNum>{buyer_code}</BuyerIdNum><BuyerName>{deal.client}</BuyerName></BuyerInformation>\n"
        f"    <BasicInformation><TotalAmWithoutTax>{money(inv.net)}</TotalAmWithoutTax><TotalTaxAm>{money(inv.tax)}</TotalTaxAm>"
        f"<TotalTax-includedAmount>{money(inv.total)}</TotalTax-includedAmount><TotalTax-includedAmountInChinese>{words(inv.total)}</TotalTax-includedAmountInChinese>"
        f"<RequestTime>{inv.issued.isoformat()} 11:20:05</RequestTime></BasicInformation>\n"
        f"    <IssuItemInformation><ItemName>*信息技术服务*{deal.name[-12:]}</ItemName><TaxRate>0.{inv.rate:02d}</TaxRate><Amount>{money(inv.net)}</Amount><ComTaxAm>{money(inv.tax)}</ComTaxAm></IssuItemInformation>\n"
        "  </EInvoiceData>\n"
        f"  <TaxSupervisionInfo><InvoiceNumber>{inv.number}</InvoiceNumber><IssueTime>{inv.issued.isoformat()}</IssueTime><TaxBureauCode>16500000000</TaxBureauCode></TaxSupervisionInfo>\n"
        "</EInvoice>\n"
    ).encode()


def invoice_pdf(
    inv: Invoice, deal: Deal, firm: Firm, buyer_code: str, embed_xml: bool
) -> tuple[bytes, dict[str, Any]]:
    brown = (0.55, 0.3, 0.15)
    b = PdfBuilder(
        "电子发票", producer="国家税务总局全国统一电子发票服务平台", creator="EIS", when=_when(inv.issued, 11)
    )
    c = b.page(A4[0], 396)
    c.text(A4[0] / 2, 50, "电子发票（普通发票）", 18, align="center", color=brown, heading=True)
    c.line(200, 58, 395, 58, 1.0, brown)
    c.line(200, 61, 395, 61, 1.0, brown)
    c.text(400, 40, f"发票号码：{inv.number}", 9, color=brown)
    c.text(
        400,
        56,
        f"开票日期：{inv.issued.year}年{inv.issued.month:02d}月{inv.issued.day:02d}日",
        9,
        color=brown,
    )
    qr_payload = (
        f"01,32,,{inv.number},{money(inv.net)},{inv.issued:%Y%m%d},,{int(inv.number[-6:]) * 7 % 10000:04d}"
    )
    c.page.insert_image(pymupdf.Rect(24, 20, 84, 80), stream=qr_png(qr_payload))
    c.rect(24, 88, A4[0] - 24, 340, 0.8)
    c.line(297, 88, 297, 150, 0.6)
    c.line(24, 150, A4[0] - 24, 150, 0.6)
    c.text(32, 108, "购买方信息  名称：" + deal.client, 9)
    c.text(32, 130, "统一社会信用代码/纳税人识别号：" + buyer_code, 8.5)
    c.text(305, 108, "销售方信息  名称：" + firm.name, 8.5 if len(firm.name) > 16 else 9)
    c.text(305, 130, "统一社会信用代码/纳税人识别号：" + firm.code, 8.5)
    c.table(
        24,
        150,
        [180, 60, 40, 70, 97, 40, 60],
        [
            ["项目名称", "规格型号", "单位", "数量", "金额", "税率", "税额"],
            [
                "*信息技术服务*" + deal.name[-10:],
                "",
                "项",
                "1",
                figures(inv.net),
                f"{inv.rate}%",
                figures(inv.tax),
            ],
            ["合    计", None, None, None, "¥" + figures(inv.net), None, "¥" + figures(inv.tax)],
        ],
        row_h=26,
        size=8.5,
        aligns=["left", "center", "center", "center", "right", "center", "right"],
    )
    c.text(32, 255, f"价税合计（大写）  ⊗{words(inv.total)}", 10)
    c.text(400, 255, f"（小写）¥{figures(inv.total)}", 10)
    c.text(32, 300, "备注  合同编号：" + deal.number, 9)
    c.text(400, 370, "开票人：" + firm.legal, 9, color=brown)
    if embed_xml:
        b.pdfa = True
        b.attach(f"{inv.number}.xml", invoice_xml(inv, deal, firm, buyer_code), "数电票数据文件")
    return b.build(), {
        "invoice_number": inv.number,
        "issued_on": inv.issued.isoformat(),
        "buyer": deal.client,
        "seller": firm.name,
        "total_amount": money(inv.total),
        "qr": qr_payload,
    }


# ------------------------------------------------------------------------------------------------ declaration form


def declaration_form_pdf(
    firm: Firm, grade: str, tech: int, certified: int, audit: Audit, deals: list[Deal], year: int
) -> tuple[bytes, dict[str, Any]]:
    b = PdfBuilder(
        "申报表",
        producer="Microsoft: Print To PDF",
        creator="Microsoft Edge",
        when=_when(dt.date(year + 1, 2, 20), 9),
    )
    c = b.page(A4[1], A4[0], rotate=270)
    W = A4[1]
    c.text(
        W / 2, 60, f"{year}年度计算机信息系统集成（信息工程）企业年检申报表", 16, align="center", heading=True
    )
    c.table(
        50,
        80,
        [120, 250, 120, 252],
        [
            ["企业名称", firm.name, "统一社会信用代码", firm.code],
            ["资质等级", f"{grade}级", "技术人员总数", str(tech)],
            ["持证人员总数", str(certified), "项目个数", str(len(deals))],
        ],
        row_h=24,
        size=9.5,
    )
    total = sum((d.amount for d in deals), Decimal(0))
    rows: list[list[str | None]] = [["年度", "营业收入（元）", "系统集成收入（元）", "净利润（元）"]]
    rows.append([str(audit.year), figures(audit.revenue), figures(audit.si_revenue), figures(audit.net)])
    c.table(
        50, 170, [120, 207, 208, 207], rows, row_h=24, size=9.5, aligns=["center", "right", "right", "right"]
    )
    prow: list[list[str | None]] = [["序号", "项目名称", "甲方单位", "合同金额（元）"]]
    for i, d in enumerate(deals, 1):
        prow.append([str(i), d.name, d.client, figures(d.amount)])
    prow.append(["合计", None, None, figures(total)])
    c.table(
        50,
        240,
        [40, 360, 212, 130],
        prow,
        row_h=24,
        size=9,
        spans={(len(prow) - 1, 0): (1, 3)},
        aligns=["center", "left", "left", "right"],
    )
    c.text(560, 520, "企业（盖章）", 10.5)
    c.text(560, 545, cn_date(dt.date(year + 1, 2, 20)), 10.5)
    c.seal(640, 505, Seal(firm.name, "", radius=44), annotation=False)
    return b.build(), {
        "company_name": firm.name,
        "credit_code": firm.code,
        "grade": grade,
        "technical_total": tech,
        "certified_total": certified,
        "finance": [
            {
                "year": audit.year,
                "operating_revenue": money(audit.revenue),
                "system_integration_revenue": money(audit.si_revenue),
                "net_profit": money(audit.net),
            }
        ],
        "project_count": len(deals),
        "project_total": money(total),
        "has_seal": True,
    }
