"""The enterprise's own papers, all in Chinese only: the 营业执照 (副本) whose registry seal is bilingual, the
audit report of an Ili CPA firm, and the 数电票 the firm issues to its client.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from decimal import Decimal
from typing import Any

import pymupdf

from . import ink
from .canvas import Sheet
from .model import Filing, Invoice, Project
from .numerals import capital, cn_number, cn_year, date_cn, date_padded, grouped, money_str
from .world import han_person

OLIVE = (0.55, 0.58, 0.33)
BROWN = (0.55, 0.33, 0.12)

SCOPE = (
    "一般项目：信息系统集成服务；信息技术咨询服务；软件开发；网络与信息安全软件开发；计算机系统服务；数据处理服务；"
    "安全技术防范系统设计施工服务；智能控制系统集成；计算机软硬件及辅助设备零售；通讯设备销售。（除依法须经批准的项目外，"
    "凭营业执照依法自主开展经营活动）"
)

REGISTRY_UG = {
    "伊宁市": "غۇلجا شەھەرلىك بازار نازارەت باشقۇرۇش ئىدارىسى",
    "伊宁县": "غۇلجا ناھىيىلىك بازار نازارەت باشقۇرۇش ئىدارىسى",
    "察布查尔锡伯自治县": "چاپچال شىبە ئاپتونوم ناھىيىلىك بازار نازارەت باشقۇرۇش ئىدارىسى",
    "霍城县": "قورغاس ناھىيىلىك بازار نازارەت باشقۇرۇش ئىدارىسى",
    "新源县": "كۈنەس ناھىيىلىك بازار نازارەت باشقۇرۇش ئىدارىسى",
    "特克斯县": "تېكەس ناھىيىلىك بازار نازارەت باشقۇرۇش ئىدارىسى",
    "巩留县": "توققۇزتارا ناھىيىلىك بازار نازارەت باشقۇرۇش ئىدارىسى",
    "尼勒克县": "نىلقا ناھىيىلىك بازار نازارەت باشقۇرۇش ئىدارىسى",
    "昭苏县": "موڭغۇلكۈرە ناھىيىلىك بازار نازارەت باشقۇرۇش ئىدارىسى",
}


def _wave_border(s: Sheet, inset: float, amp: float, period: float, color: tuple[float, ...]) -> None:
    """A guilloche-like frame: two interleaved sine bands round the page."""
    w, h = s.w, s.h
    for phase in (0.0, math.pi):
        for side in range(4):
            pts = []
            length = w - 2 * inset if side in (0, 2) else h - 2 * inset
            n = int(length / 2)
            for k in range(n + 1):
                t = k / n * length
                off = amp * math.sin(2 * math.pi * t / period + phase)
                if side == 0:
                    pts.append((inset + t, inset + off))
                elif side == 1:
                    pts.append((w - inset + off, inset + t))
                elif side == 2:
                    pts.append((w - inset - t, h - inset + off))
                else:
                    pts.append((inset + off, h - inset - t))
            s.page.draw_polyline(pts, color=color, width=0.7)
    s.box(inset - amp - 3, inset - amp - 3, w - inset + amp + 3, h - inset + amp + 3, w=1.2, color=color)
    s.box(inset + amp + 3, inset + amp + 3, w - inset - amp - 3, h - inset - amp - 3, w=0.6, color=color)


def _emblem(s: Sheet, cx: float, cy: float, r: float) -> None:
    s.page.draw_circle((cx, cy), r, color=(0.85, 0.65, 0.15), fill=(0.8, 0.1, 0.1), width=2)
    gold = (0.98, 0.8, 0.2)
    for k, (dx, dy, rr) in enumerate(
        ((0, -0.35, 0.28), (-0.45, -0.55, 0.1), (-0.52, -0.25, 0.1), (-0.45, 0.05, 0.1), (-0.3, 0.25, 0.1))
    ):
        x, y = cx + dx * r + (0.3 * r if k else 0), cy + dy * r
        pts = []
        for i in range(10):
            rad = rr * r * (1 if i % 2 == 0 else 0.4)
            a = math.radians(-90 + i * 36)
            pts.append((x + rad * math.cos(a), y + rad * math.sin(a)))
        s.page.draw_polyline(pts, color=None, fill=gold, closePath=True)
    s.box(cx - 0.55 * r, cy + 0.3 * r, cx + 0.55 * r, cy + 0.55 * r, w=0, color=None, fill=gold)


def licence(doc: pymupdf.Document, rng: random.Random, f: Filing) -> tuple[list[Sheet], dict[str, Any]]:
    """营业执照（副本）, landscape, one page."""
    s = Sheet.new(doc, landscape=True)
    firm = f.firm
    _wave_border(s, 30, 3.2, 9.0, OLIVE)
    _emblem(s, s.w / 2, 70, 30)
    s.center(150, "营 业 执 照", 38, bold=True, spacing=6)
    s.center(176, "（副      本）", 14)
    s.text(
        66,
        118,
        f"编号：S{rng.randint(1000, 9999)}{rng.randint(100000000, 999999999)}{rng.randint(10, 99)}",
        8.5,
    )
    s.text(66, 138, "统一社会信用代码", 12, spacing=1.5)
    s.text(66, 158, firm.code, 12.5)
    qr_rect = pymupdf.Rect(s.w - 190, 92, s.w - 120, 162)
    s.image(qr_rect, ink.qr_png(f"https://www.gsxt.gov.cn/index.html?uniscid={firm.code}"))
    for i, line in enumerate(
        ("扫描二维码登录‘国家", "企业信用信息公示系", "统’了解更多登记、", "备案、许可、监管信息。")
    ):
        s.text(s.w - 116, 104 + i * 11, line, 7.2)
    legal = f.licence_legal.name(f.dots["licence"])
    cap_text = "人民币" + capital(Decimal(firm.capital_wan) * 10000)
    est = dt.date.fromisoformat(firm.established)
    until = "长期" if f.licence_valid_until is None else date_padded(f.licence_valid_until)
    ctype = "有限责任公司（自然人投资或控股）" if rng.random() < 0.7 else "有限责任公司（自然人独资）"
    left = [("名        称", firm.name), ("类        型", ctype), ("法定代表人", legal)]
    right = [
        ("注 册 资 本", cap_text),
        ("成 立 日 期", date_padded(est)),
        ("营 业 期 限", f"{date_padded(est)} 至 {until}"),
        ("住        所", firm.address),
    ]
    y = 222.0
    for label, value in left:
        s.text(70, y, label, 12.5, bold=True)
        s.text(160, y, value, 11.5)
        y += 30
    s.text(70, y, "经 营 范 围", 12.5, bold=True)
    s.para(160, 430, y, SCOPE, 9.5, indent=0, leading=1.55)
    y = 222.0
    for label, value in right:
        s.text(470, y, label, 12.5, bold=True)
        if len(value) > 20:
            s.para(560, s.w - 60, y, value, 11, indent=0, leading=1.45)
        else:
            s.text(560, y, value, 11.5)
        y += 30
    issue = dt.date(rng.choice((2022, 2023, 2024)), rng.randint(1, 12), rng.randint(1, 28))
    s.text(560, 470, "登 记 机 关", 13, bold=True)
    s.text(600, 520, f"{issue.year}      {issue.month:02d}      {issue.day:02d}", 11)
    s.text(620, 506, "年           月          日", 10.5)
    registry = f.firm.place.cn + "市场监督管理局"
    s.stamp(
        ink.body_seal(rng, registry, REGISTRY_UG[f.firm.place.cn], "ug", layout="lower", diameter_mm=44),
        672 + rng.uniform(-8, 8),
        478 + rng.uniform(-6, 6),
    )
    s.text(48, s.h - 40, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    s.center(s.h - 44, "市场主体应当于每年1月1日至6月30日通过", 8)
    s.center(s.h - 34, "国家企业信用信息公示系统报送公示年度报告", 8)
    s.right(s.w - 48, s.h - 40, "国家市场监督管理总局监制", 8)
    fields = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": legal,
        "registered_capital": money_str(Decimal(firm.capital_wan) * 10000),
        "company_type": ctype,
        "established_on": est.isoformat(),
        "valid_until": "长期" if f.licence_valid_until is None else f.licence_valid_until.isoformat(),
        "address": firm.address,
    }
    return [s], fields


# ---------------------------------------------------------------- audit report

X0, X1 = 72.0, 523.0


def _money_rows(
    s: Sheet,
    y: float,
    xs: list[float],
    rows: list[tuple[str, Decimal | None, Decimal | None]],
    heads: tuple[str, ...],
    size: float = 9.5,
    rh: float = 17.5,
) -> float:
    s.box(xs[0], y, xs[-1], y + rh + 4, w=0.8)
    for i, head in enumerate(heads):
        s.cell(xs[i], y, xs[i + 1], y + rh + 4, head, size, "center")
    y += rh + 4
    for label, a, b in rows:
        s.line(xs[0], y + rh, xs[-1], y + rh, 0.3)
        bold = label.startswith(("一、", "二、", "三、", "四、")) or label.endswith(("合计", "总计"))
        s.text(
            xs[0] + (4 if not label.startswith(("  ", "减", "加")) else 14),
            y + rh - 5,
            label.strip(),
            size,
            bold=bold,
        )
        if a is not None:
            s.right(xs[2] - 4, y + rh - 5, grouped(a), size)
        if b is not None:
            s.right(xs[3] - 4, y + rh - 5, grouped(b), size)
        y += rh
    for x in xs:
        s.line(x, y - rh * len(rows) - rh - 4, x, y, 0.5)
    s.line(xs[0], y, xs[-1], y, 0.8)
    return y


def audit_report(doc: pymupdf.Document, rng: random.Random, f: Filing) -> tuple[list[Sheet], dict[str, Any]]:
    """Cover, opinion with signatures, 资产负债表, 利润表, the revenue note: five pages."""
    a = f.audit
    firm = f.firm
    year = f.year
    dot = f.dots["audit"]
    cover = Sheet.new(doc)
    cover.center(250, firm.name, 20, bold=True)
    cover.center(330, "审  计  报  告", 30, bold=True, spacing=4)
    cover.center(372, a.number, 13)
    cover.center(640, a.firm, 15)
    cover.center(668, f"{cn_year(a.date.year)}年{cn_number(a.date.month)}月", 13)
    op = Sheet.new(doc)
    op.center(72, "审 计 报 告", 17, bold=True, spacing=3)
    op.right(X1, 96, a.number, 10.5)
    op.text(X0, 122, f"{firm.name}全体股东：", 11)
    short = firm.short
    y = 146.0
    parts = [
        (
            "一、审计意见",
            f"我们审计了{firm.name}（以下简称“{short}”）财务报表，包括{year}年12月31日的资产负债表，{year}年度的"
            f"利润表、现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业"
            f"会计准则的规定编制，公允反映了{short}{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。",
        ),
        (
            "二、形成审计意见的基础",
            "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的"
            "责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于"
            f"{short}，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计"
            "意见提供了基础。",
        ),
        (
            "三、管理层和治理层对财务报表的责任",
            f"{short}管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、"
            "执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。",
        ),
        (
            "四、注册会计师对财务报表审计的责任",
            "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，"
            "并出具包含审计意见的审计报告。合理保证是高水平的保证，但并不能保证按照审计准则执行的"
            "审计在某一重大错报存在时总能发现。",
        ),
    ]
    for head, body in parts:
        op.text(X0, y, head, 11, bold=True)
        y = op.para(X0, X1, y + 20, body, 10.5, leading=1.75)
        y += 4
    y = max(y + 20, 620)
    op.text(X0, y, a.firm, 10.5)
    op.text(X0 + 260, y, f"中国注册会计师：{a.cpas[0][0]}", 10.5)
    op.text(X0 + 260, y + 46, f"中国注册会计师：{a.cpas[1][0]}", 10.5)
    op.text(X0, y + 70, "中国·伊宁", 10.5)
    op.text(X0 + 260, y + 92, date_cn(a.date), 10.5)
    op.stamp(ink.firm_seal(rng, a.firm, diameter_mm=42), X0 + 80 + rng.uniform(-8, 8), y + 20)
    for i, (name, number) in enumerate(a.cpas):
        op.stamp(ink.cpa_seal(rng, name, number), X0 + 420 + rng.uniform(-6, 6), y - 6 + i * 46)
        op.sign(ink.signature(rng, 22, 8), X0 + 350, y + i * 46 + 18)
    # balance sheet
    b = a.balance
    bs = Sheet.new(doc)
    bs.center(70, "资 产 负 债 表", 16, bold=True, spacing=2)
    bs.text(X0, 96, f"编制单位：{firm.name}", 9.5)
    bs.center(96, f"{year}年12月31日", 9.5, X0 + 250, X0 + 360)
    bs.right(X1, 96, "单位：元", 9.5)
    xs = [X0, X0 + 220, X0 + 335, X1]
    rows: list[tuple[str, Decimal | None, Decimal | None]] = [
        ("流动资产：", None, None),
        ("  货币资金", b["cash"], b["cash_p"]),
        ("  应收账款", b["ar"], b["ar_p"]),
        ("  预付款项", b["prepaid"], b["prepaid_p"]),
        ("  存货", b["inventory"], b["inventory_p"]),
        ("流动资产合计", b["ca"], b["ca_p"]),
        ("非流动资产：", None, None),
        ("  固定资产", b["fixed"], b["fixed_p"]),
        ("  无形资产", b["intangible"], b["intangible_p"]),
        ("非流动资产合计", b["nca"], b["nca_p"]),
        ("资产总计", b["assets"], b["assets_p"]),
        ("流动负债：", None, None),
        ("  应付账款", b["ap"], b["ap_p"]),
        ("  合同负债", b["contract_liab"], b["contract_liab_p"]),
        ("  应付职工薪酬", b["payroll"], b["payroll_p"]),
        ("  应交税费", b["tax_payable"], b["tax_payable_p"]),
        ("负债合计", b["liab"], b["liab_p"]),
        ("所有者权益：", None, None),
        ("  实收资本", b["paid_in"], b["paid_in"]),
        ("  盈余公积", b["surplus"], b["surplus_p"]),
        ("  未分配利润", b["retained"], b["retained_p"]),
        ("所有者权益合计", b["equity"], b["equity_p"]),
        ("负债和所有者权益总计", b["assets"], b["assets_p"]),
    ]
    y = _money_rows(bs, 106, xs, rows, ("项    目", "期末余额", "上年年末余额"))
    bs.text(
        X0,
        y + 30,
        f"法定代表人：{firm.legal.name(dot)}        主管会计工作负责人：        会计机构负责人：",
        9.5,
    )
    # income statement
    inc = Sheet.new(doc)
    inc.center(70, "利  润  表", 16, bold=True, spacing=2)
    inc.text(X0, 96, f"编制单位：{firm.name}", 9.5)
    inc.center(96, f"{year}年度", 9.5, X0 + 250, X0 + 360)
    inc.right(X1, 96, "单位：元", 9.5)
    p = a.prior
    rows = [
        ("一、营业收入", a.revenue, p["revenue"]),
        ("减：营业成本", a.cost, p["cost"]),
        ("  税金及附加", a.taxes, p["taxes"]),
        ("  销售费用", a.selling, p["selling"]),
        ("  管理费用", a.admin, p["admin"]),
        ("  研发费用", a.rnd, p["rnd"]),
        ("  财务费用", a.finance_cost, p["finance_cost"]),
        ("加：其他收益", a.other_income, p["other_income"]),
        ("二、营业利润", a.operating_profit, p["operating_profit"]),
        ("加：营业外收入", a.nonop_in, p["nonop_in"]),
        ("减：营业外支出", a.nonop_out, p["nonop_out"]),
        ("三、利润总额", a.total_profit, p["total_profit"]),
        ("减：所得税费用", a.income_tax, p["income_tax"]),
        ("四、净利润", a.net_profit, p["net_profit"]),
    ]
    y = _money_rows(inc, 106, xs, rows, ("项    目", "本期金额", "上期金额"), rh=22)
    inc.text(
        X0,
        y + 30,
        f"法定代表人：{firm.legal.name(dot)}        主管会计工作负责人：        会计机构负责人：",
        9.5,
    )
    # note
    note = Sheet.new(doc)
    note.text(X0, 80, "五、财务报表项目注释（续）", 11, bold=True)
    note.text(X0, 106, "（十八）营业收入和营业成本", 10.5, bold=True)
    note.text(X0, 128, "1．营业收入和营业成本按业务类别列示", 10.5)
    note.right(X1, 128, "单位：元", 9.5)
    xs2 = [X0, X0 + 150, X0 + 265, X0 + 365, X1]
    cost_si = (a.cost * a.si_revenue / a.revenue).quantize(Decimal("0.01"))
    cost_sv = (a.cost * a.service_revenue / a.revenue).quantize(Decimal("0.01"))
    cost_gd = a.cost - cost_si - cost_sv
    nrows = [
        ("系统集成收入", a.si_revenue, cost_si, p["si_revenue"]),
        ("技术服务收入", a.service_revenue, cost_sv, p["service_revenue"]),
        ("商品销售收入", a.goods_revenue, cost_gd, p["goods_revenue"]),
        ("合    计", a.revenue, a.cost, p["revenue"]),
    ]
    y = 138.0
    note.box(X0, y, X1, y + 24, w=0.8)
    for i, head in enumerate(("项    目", "本期发生额 收入", "本期发生额 成本", "上期发生额 收入")):
        note.cell(xs2[i], y, xs2[i + 1], y + 24, head, 9.5, "center")
    y += 24
    for label, rev, cost, prev in nrows:
        note.box(X0, y, X1, y + 22, w=0.4)
        note.text(X0 + 4, y + 15, label, 9.5, bold=label.startswith("合"))
        note.right(xs2[2] - 4, y + 15, grouped(rev), 9.5)
        note.right(xs2[3] - 4, y + 15, grouped(cost), 9.5)
        note.right(xs2[4] - 4, y + 15, grouped(prev), 9.5)
        y += 22
    for x in xs2:
        note.line(x, 138, x, y, 0.5)
    note.para(
        X0,
        X1,
        y + 26,
        f"2．本期系统集成收入主要来源于伊犁州直及各县市党政机关、医疗卫生和教育单位的信息化建设项目，"
        f"本期确认的前五名客户收入合计占营业收入的比例为{rng.randint(52, 78)}%。",
        10.5,
    )
    fields = {
        "audit_firm": a.firm,
        "report_number": a.number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money_str(a.revenue),
        "net_profit": money_str(a.net_profit),
        "system_integration_revenue": money_str(a.si_revenue),
        "consolidated": False,
        "company_name": firm.name,
    }
    return [cover, op, bs, inc, note], fields


# ---------------------------------------------------------------- invoice

INVOICE_SIZE = (595.28, 396.85)


def invoice(
    doc: pymupdf.Document, rng: random.Random, f: Filing, p: Project, inv: Invoice
) -> tuple[list[Sheet], dict[str, Any]]:
    """电子发票（增值税专用发票 / 普通发票）as the tax bureau's platform prints it: born digital."""
    s = Sheet.new(doc, size=INVOICE_SIZE, landscape=False)
    title = "电子发票（增值税专用发票）" if inv.kind == "专票" else "电子发票（普通发票）"
    s.stamp(
        ink.oval_seal(rng, ("全国统一发票监制章", "国家税务总局", "新疆维吾尔自治区税务局"), 44, 28),
        s.w / 2,
        40,
    )
    s.center(46, title, 16, color=BROWN, bold=True)
    s.line(s.w / 2 - 120, 52, s.w / 2 + 120, 52, 0.8, BROWN)
    s.line(s.w / 2 - 120, 55, s.w / 2 + 120, 55, 0.8, BROWN)
    payload = f"01,{31 if inv.kind == '专票' else 32},,{inv.number},{inv.total:.2f},{inv.issued:%Y%m%d},,{rng.randrange(16**4):04X}"
    s.image(pymupdf.Rect(24, 14, 84, 74), ink.qr_png(payload, 4))
    s.text(410, 36, f"发票号码：{inv.number}", 9, color=BROWN)
    s.text(410, 54, f"开票日期：{date_padded(inv.issued)}", 9, color=BROWN)
    x0, x1 = 24.0, s.w - 24
    y0 = 80.0
    s.box(x0, y0, x1, y0 + 62, w=0.8, color=BROWN)
    mid = (x0 + x1) / 2
    s.line(mid, y0, mid, y0 + 62, 0.8, BROWN)
    for base, label in ((x0, "购买方信息"), (mid, "销售方信息")):
        s.line(base + 20, y0, base + 20, y0 + 62, 0.6, BROWN)
        for i, ch in enumerate(label):
            s.text(base + 5, y0 + 12 + i * 10.5, ch, 8.5, color=BROWN)
    s.text(x0 + 26, y0 + 24, "名称：", 8.5, color=BROWN)
    s.text(x0 + 52, y0 + 24, p.client.cn, 9)
    s.text(x0 + 26, y0 + 46, "统一社会信用代码/纳税人识别号：", 8.5, color=BROWN)
    s.text(x0 + 152, y0 + 46, p.client.code, 9)
    s.text(mid + 26, y0 + 24, "名称：", 8.5, color=BROWN)
    s.text(mid + 52, y0 + 24, f.firm.name, 9)
    s.text(mid + 26, y0 + 46, "统一社会信用代码/纳税人识别号：", 8.5, color=BROWN)
    s.text(mid + 152, y0 + 46, f.firm.code, 9)
    y = y0 + 62
    cols = [x0, x0 + 170, x0 + 240, x0 + 268, x0 + 300, x0 + 370, x0 + 440, x0 + 480, x1]
    heads = ("项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额")
    s.box(x0, y, x1, y + 112, w=0.8, color=BROWN)
    for i, head in enumerate(heads):
        s.center(y + 13, head, 8.5, cols[i], cols[i + 1], color=BROWN)
    rate_txt = f"{int(inv.rate * 100)}%"
    s.text(cols[0] + 3, y + 30, inv.item, 8.5)
    s.center(y + 30, "项", 8.5, cols[2], cols[3])
    s.center(y + 30, "1", 8.5, cols[3], cols[4])
    s.right(cols[5] - 3, y + 30, f"{inv.amount:.2f}", 8.5)
    s.right(cols[6] - 3, y + 30, f"{inv.amount:.2f}", 8.5)
    s.center(y + 30, rate_txt, 8.5, cols[6], cols[7])
    s.right(cols[8] - 3, y + 30, f"{inv.tax:.2f}", 8.5)
    s.center(y + 104, "合        计", 8.5, cols[0], cols[1], color=BROWN)
    s.right(cols[6] - 3, y + 104, f"¥{inv.amount:.2f}", 8.5)
    s.right(cols[8] - 3, y + 104, f"¥{inv.tax:.2f}", 8.5)
    y += 112
    s.box(x0, y, x1, y + 24, w=0.8, color=BROWN)
    s.text(x0 + 30, y + 16, "价税合计（大写）", 9, color=BROWN)
    words = capital(inv.total).replace("元", "圆")
    s.text(x0 + 150, y + 16, f"ⓧ{words}", 9.5)
    s.text(x0 + 390, y + 16, "（小写）", 9, color=BROWN)
    s.text(x0 + 428, y + 16, f"¥{inv.total:.2f}", 9.5)
    y += 24
    s.box(x0, y, x1, y + 50, w=0.8, color=BROWN)
    s.line(x0 + 20, y, x0 + 20, y + 50, 0.6, BROWN)
    s.text(x0 + 5, y + 22, "备", 8.5, color=BROWN)
    s.text(x0 + 5, y + 36, "注", 8.5, color=BROWN)
    s.text(x0 + 26, y + 16, f"项目名称：{p.name}", 8.5)
    s.text(x0 + 26, y + 30, f"合同编号：{p.contract_no}", 8.5)
    s.text(x0 + 26, y + 44, "款项性质：" + ("预付款" if inv.issued < p.accepted else "验收款"), 8.5)
    s.text(x0 + 20, y + 68, f"开票人：{han_person(rng).name()}", 9, color=BROWN)
    fields = {
        "invoice_number": inv.number,
        "issued_on": inv.issued.isoformat(),
        "buyer": p.client.cn,
        "seller": f.firm.name,
        "total_amount": money_str(inv.total),
        "qr": payload,
    }
    return [s], fields


def invoice_number(rng: random.Random, issued: dt.date) -> str:
    return f"{issued.year % 100:02d}652{rng.randint(0, 10**6 - 1):09d}{rng.randint(100000, 999999)}"


def project_invoice(rng: random.Random, p: Project, share: Decimal, issued: dt.date, kind: str) -> Invoice:
    rate = Decimal("0.06") if "服务" in p.name or "平台" in p.name or "系统" in p.name else Decimal("0.13")
    item = "*信息技术服务*信息系统集成服务" if rate == Decimal("0.06") else "*计算机网络设备*网络及安防设备"
    total = (p.amount * share).quantize(Decimal("0.01"))
    return Invoice(invoice_number(rng, issued), issued, kind, item, rate, total)
