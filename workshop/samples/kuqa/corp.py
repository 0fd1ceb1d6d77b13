"""Company papers: 营业执照（副本） landscape with QR, the 2024 审计报告 (opinion, 利润表, 营业收入 note; born
digital from the accountants), and the paper 新疆增值税专用发票 (发票联, 密码区, 价税合计 大写/小写)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

import cv2

from .model import Paper
from .paint import BROWN, INVOICE, Canvas, width
from .world import AUDIT_FIRMS, FEN, Firm, capital, date_cn, date_cn0, figure, money, person


def _qr(c: Canvas, x: float, y: float, size: float, payload: str) -> None:
    encoder = cv2.QRCodeEncoder.create()
    img = encoder.encode(payload)
    n = img.shape[0]
    cell = size / n
    shape = c.page.new_shape()
    for r in range(n):
        for k in range(n):
            if img[r, k] < 128:
                shape.draw_rect((x + k * cell, y + r * cell, x + (k + 1) * cell, y + (r + 1) * cell))
    shape.finish(color=None, fill=(0, 0, 0), width=0)
    shape.commit()


# ---------------------------------------------------------------- 营业执照


def licence(firm: Firm, paper: Paper, issued: dt.date) -> None:
    c = paper.new((841.89, 595.28))
    rng = c.rng
    c.rect(22, 22, 820, 573, 3.0, BROWN)
    c.rect(30, 30, 812, 565, 0.8, BROWN)
    c.text(60, 78, "统一社会信用代码", 12)
    c.page.insert_text((60, 100), firm.credit_code, fontsize=15, fontname="helv")
    c.spaced(421, 110, "营业执照", 40, 22)
    c.center(421, 146, "（副　　本）", 16)
    c.text(60, 124, f"副本编号：1-{rng.randint(1, 3)}", 10)
    _qr(c, 690, 52, 88, f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}")
    c.text(650, 156, "扫描二维码登录“国家企业信用", 8)
    c.text(650, 167, "信息公示系统”了解更多登记、", 8)
    c.text(650, 178, "备案、许可、监管信息。", 8)
    left = (
        ("名　　称", firm.name),
        ("类　　型", firm.company_type),
        ("法定代表人", firm.legal_rep),
    )
    y = 222.0
    for label, value in left:
        c.text(70, y, label, 12.5)
        c.text(170, y, value, 12.5 if len(value) < 20 else 11)
        y += 34
    c.text(70, y, "经 营 范 围", 12.5)
    scope = (
        "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；信息系统运行维护服务；数据处理和存储支持服务；"
        "网络技术服务；计算机软硬件及辅助设备零售；安全技术防范系统设计施工服务；智能控制系统集成。"
        "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    )
    for line in c.wrap(scope, 10, 250):
        c.text(170, y, line, 10)
        y += 16
    cap_words = "人民币" + capital(firm.capital).removesuffix("整").removesuffix("元") + "元整"
    right = (
        ("注 册 资 本", cap_words),
        ("成 立 日 期", date_cn0(firm.established)),
        ("营 业 期 限", f"{date_cn0(firm.established)}至长期"),
    )
    y = 222.0
    for label, value in right:
        c.text(470, y, label, 12.5)
        c.text(565, y, value, 12.5)
        y += 34
    c.text(470, y, "住　　所", 12.5)
    for line in c.wrap(firm.address, 11.5, 200):
        c.text(565, y, line, 11.5)
        y += 18
    c.text(590, 486, "登 记 机 关", 14)
    c.center(655, 530, date_cn0(issued), 13)
    c.seal(
        650 + rng.uniform(-8, 8), 480 + rng.uniform(-6, 6), f"{firm.county.name}市场监督管理局", "", radius=52
    )
    c.text(60, 548, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 9)
    c.text(600, 560, "国家市场监督管理总局监制", 9)
    paper.fields.update(
        {
            "company_name": firm.name,
            "credit_code": firm.credit_code,
            "legal_representative": firm.legal_rep,
            "registered_capital": money(firm.capital),
            "company_type": firm.company_type,
            "established_on": firm.established.isoformat(),
            "valid_until": "长期",
            "address": firm.address,
        }
    )


# ---------------------------------------------------------------- 审计报告


@dataclass
class Books:
    revenue: Decimal
    si_revenue: Decimal
    service_revenue: Decimal
    other_revenue: Decimal
    lines: list[tuple[str, Decimal, Decimal]]
    """(利润表 line, 本期, 上期)."""
    net_profit: Decimal


def make_books(rng: random.Random, projects_total: Decimal) -> Books:
    def r(lo: float, hi: float, base: Decimal) -> Decimal:
        return (base * Decimal(str(round(rng.uniform(lo, hi), 4)))).quantize(FEN)

    revenue = max(
        projects_total * Decimal(str(round(rng.uniform(1.6, 3.2), 3))), Decimal(4_000_000)
    ).quantize(FEN)
    revenue += Decimal(rng.randint(0, 99)) / 100
    si = r(0.55, 0.72, revenue)
    service = r(0.12, 0.25, revenue)
    other = revenue - si - service

    def column(rev: Decimal) -> tuple[list[Decimal], Decimal]:
        cost = r(0.58, 0.7, rev)
        tax = r(0.003, 0.007, rev)
        sell = r(0.02, 0.04, rev)
        admin = r(0.06, 0.09, rev)
        rnd = r(0.03, 0.05, rev)
        fin = r(0.001, 0.004, rev)
        op = rev - cost - tax - sell - admin - rnd - fin
        nonin = Decimal(rng.randint(0, 40000)) + Decimal(rng.randint(0, 99)) / 100
        nonout = Decimal(rng.randint(0, 20000)) + Decimal(rng.randint(0, 99)) / 100
        total = op + nonin - nonout
        itax = (total * Decimal("0.05")).quantize(FEN) if total > 0 else Decimal(0)
        net = total - itax
        return [rev, cost, tax, sell, admin, rnd, fin, op, nonin, nonout, total, itax, net], net

    now, net = column(revenue)
    before, _ = column((revenue * Decimal(str(round(rng.uniform(0.75, 1.1), 3)))).quantize(FEN))
    names = (
        "一、营业收入",
        "　　减：营业成本",
        "　　　　税金及附加",
        "　　　　销售费用",
        "　　　　管理费用",
        "　　　　研发费用",
        "　　　　财务费用",
        "二、营业利润（亏损以“－”号填列）",
        "　　加：营业外收入",
        "　　减：营业外支出",
        "三、利润总额（亏损总额以“－”号填列）",
        "　　减：所得税费用",
        "四、净利润（净亏损以“－”号填列）",
    )
    lines = [(n, a, b) for n, a, b in zip(names, now, before, strict=True)]
    return Books(revenue, si, service, other, lines, net)


def audit_report(firm: Firm, books: Books, paper: Paper, rng: random.Random) -> None:
    audit_firm, prefix = rng.choice(AUDIT_FIRMS)
    number = f"{prefix}〔2025〕第{rng.randint(12, 460):04d}号"
    day = dt.date(2025, rng.randint(2, 4), rng.randint(1, 28))
    L, R = 72.0, 523.0
    c = paper.new()
    c.center(297, 90, "审 计 报 告", 20, bold=True)
    c.right(R, 118, number, 10.5)
    c.text(L, 148, f"{firm.name}全体股东：", 11)
    y = c.para(L, 176, R - L, "一、审计意见", 11, indent=0)
    y = c.para(
        L,
        y,
        R - L,
        f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括2024年12月31日的资产负债表，2024年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
        11,
    )
    y = c.para(
        L,
        y,
        R - L,
        "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2024年12月31日的财务状况"
        "以及2024年度的经营成果和现金流量。",
        11,
    )
    y = c.para(L, y + 4, R - L, "二、形成审计意见的基础", 11, indent=0)
    y = c.para(
        L,
        y,
        R - L,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        11,
    )
    y = c.para(L, y + 4, R - L, "三、管理层和治理层对财务报表的责任", 11, indent=0)
    y = c.para(
        L,
        y,
        R - L,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。",
        11,
    )
    y += 40
    c.text(L, y, audit_firm, 11)
    c.text(330, y, "中国注册会计师：", 11)
    c.signature(430, y, 50)
    c.text(330, y + 40, "中国注册会计师：", 11)
    c.signature(430, y + 40, 50)
    c.text(L, y + 80, "中国·阿克苏", 11)
    c.text(330, y + 80, date_cn(day), 11)
    c.seal(150, y + 10, audit_firm, "", radius=54)

    c = paper.new()
    c.center(297, 80, "利 润 表", 18, bold=True)
    c.text(L, 110, f"编制单位：{firm.name}", 9.5)
    c.center(340, 110, "2024年度", 9.5)
    c.right(R, 110, "单位：元", 9.5)
    rows = [["项　　　　目", "本期金额", "上期金额"]]
    for name, now, before in books.lines:
        rows.append([name, figure(now), figure(before)])
    c.grid(L, 120, [231, 110, 110], rows, 24, 9.5, align=["l", "r", "r"], bold_first=True)
    c.text(L, 470, "法定代表人：" + firm.legal_rep, 9.5)
    c.text(L + 170, 470, "主管会计工作负责人：" + person(rng), 9.5)
    c.text(L + 340, 470, "会计机构负责人：" + person(rng), 9.5)
    paper.marks["income"] = 1

    c = paper.new()
    c.text(L, 84, "财务报表附注（节选）", 12, bold=True)
    y = c.para(L, 116, R - L, "五、（十八）营业收入和营业成本", 10.5, indent=0)
    rows = [["项　　目", "本期发生额（元）"]]
    for name, value in (
        ("系统集成收入", books.si_revenue),
        ("信息技术服务收入", books.service_revenue),
        ("其他业务收入", books.other_revenue),
        ("合　　计", books.revenue),
    ):
        rows.append([name, figure(value)])
    c.grid(L, y, [231, 180], rows, 24, 10, align=["l", "r"], bold_first=True)
    c.text(L, 300, "注：系统集成收入包括信息系统集成、软件开发及相关实施服务取得的收入。", 9.5)
    paper.printed.append(
        {
            "page": 2,
            "what": "revenue_note",
            "rows": [money(books.si_revenue), money(books.service_revenue), money(books.other_revenue)],
            "total": money(books.revenue),
        }
    )
    paper.fields.update(
        {
            "audit_firm": audit_firm,
            "report_number": number,
            "fiscal_year": 2024,
            "opinion": "unqualified",
            "operating_revenue": money(books.revenue),
            "net_profit": money(books.net_profit),
            "system_integration_revenue": money(books.si_revenue),
            "consolidated": False,
        }
    )


# ---------------------------------------------------------------- 增值税专用发票


def invoice(
    paper: Paper,
    *,
    seller: Firm,
    buyer: str,
    buyer_code: str,
    buyer_address: str,
    item: str,
    total: Decimal,
    issued: dt.date,
    project: str,
) -> None:
    c = paper.new(INVOICE)
    rng = c.rng
    pre = (total / Decimal("1.06")).quantize(FEN)
    tax = total - pre
    code = f"65002{rng.randint(2, 4)}{rng.randint(1, 3)}130"
    number = f"{rng.randint(0, 99999999):08d}"
    # the printed form
    c.center(341, 44, "新疆增值税专用发票", 21, bold=True)
    c.line(250, 52, 432, 52, 0.8, BROWN)
    c.line(250, 55, 432, 55, 0.8, BROWN)
    c.page.draw_oval((311, 18, 371, 52), color=(0.85, 0.35, 0.3), width=0.8)
    c.center(341, 72, "发　　票　　联", 12)
    c.page.insert_text((34, 40), code, fontsize=15, fontname="cour", color=(0, 0, 0))
    c.text(520, 40, "No", 13)
    c.page.insert_text((545, 40), number, fontsize=17, fontname="cour", color=(0.75, 0.1, 0.1))
    c.text(505, 72, "开票日期：", 9.5)
    x0, x1 = 28.0, 655.0
    top = 80.0
    c.rect(x0, top, x1, 330, 1.0, BROWN)
    # buyer / 密码区
    c.line(x0, 140, x1, 140, 0.7, BROWN)
    c.line(x0 + 20, top, x0 + 20, 140, 0.7, BROWN)
    c.line(400, top, 400, 140, 0.7, BROWN)
    c.line(420, top, 420, 140, 0.7, BROWN)
    for k, ch in enumerate("购买方"):
        c.text(x0 + 4, top + 20 + k * 15, ch, 10)
    for k, ch in enumerate("密码区"):
        c.text(404, top + 20 + k * 15, ch, 10)
    for k, label in enumerate(("名　　　　称：", "纳税人识别号：", "地　址、电　话：", "开户行及账号：")):
        c.text(x0 + 24, top + 14 + k * 15, label, 8.5)
    # items header and rows
    heads = (
        ("货物或应税劳务、服务名称", 28, 200),
        ("规格型号", 200, 260),
        ("单位", 260, 295),
        ("数量", 295, 340),
        ("单价", 340, 420),
        ("金额", 420, 520),
        ("税率", 520, 560),
        ("税额", 560, 655),
    )
    for name, a, b in heads:
        c.center((a + b) / 2, 153, name, 8.5)
        if a > x0:
            c.line(a, 140, a, 250, 0.5, BROWN)
    c.line(x0, 250, x1, 250, 0.7, BROWN)
    c.text(60, 244, "合　　　　计", 9)
    c.line(x0, 268, x1, 268, 0.7, BROWN)
    c.text(34, 262, "价税合计（大写）", 9)
    c.text(470, 262, "（小写）", 9)
    c.line(x0 + 20, 268, x0 + 20, 330, 0.7, BROWN)
    c.line(400, 268, 400, 330, 0.7, BROWN)
    c.line(420, 268, 420, 330, 0.7, BROWN)
    for k, ch in enumerate("销售方"):
        c.text(x0 + 4, 286 + k * 15, ch, 10)
    for k, ch in enumerate("备注"):
        c.text(404, 290 + k * 18, ch, 10)
    for k, label in enumerate(("名　　　　称：", "纳税人识别号：", "地　址、电　话：", "开户行及账号：")):
        c.text(x0 + 24, 280 + k * 15, label, 8.5)
    c.text(40, 350, "收款人：", 9)
    c.text(190, 350, "复核：", 9)
    c.text(330, 350, "开票人：", 9)
    c.text(470, 350, "销售方：（章）", 9)
    c.text(659, 150, "第", 8)
    for k, ch in enumerate("三联：发票联购买方记账凭证"):
        c.text(661, 162 + k * 11, ch, 8)
    # the 税控 printer's data, a little off the form
    dx, dy = rng.uniform(-3, 4), rng.uniform(-1.5, 2.5)
    c.text(555 + dx, 72 + dy, date_cn0(issued), 9.5)
    for k, value in enumerate((buyer, buyer_code, buyer_address, "—")):
        c.text(x0 + 100 + dx, top + 14 + k * 15 + dy, value, 8.5 if len(value) < 30 else 7.5)
    crypto = "0123456789+-*/<>"
    for k in range(4):
        c.page.insert_text(
            (425 + dx, top + 14 + k * 13 + dy),
            "".join(rng.choice(crypto) for _ in range(28)),
            fontsize=9.5,
            fontname="cour",
        )
    c.text(32 + dx, 172 + dy, item, 8.5)
    c.text(264 + dx, 172 + dy, "项", 8.5)
    c.page.insert_text((318 + dx, 172 + dy), "1", fontsize=8.5, fontname="cour")
    for value, right in (
        (figure(pre).replace(",", ""), 418),
        (figure(pre).replace(",", ""), 518),
        (figure(tax).replace(",", ""), 653),
    ):
        c.page.insert_text((right - 5.1 * len(value) + dx, 172 + dy), value, fontsize=8.5, fontname="cour")
    c.text(530 + dx, 172 + dy, "6%", 8.5)
    c.page.insert_text(
        (495 - 5.1 * len(figure(pre)) + dx, 244 + dy),
        "¥" + figure(pre).replace(",", ""),
        fontsize=9,
        fontname="cour",
    )
    c.page.insert_text(
        (640 - 5.1 * len(figure(tax)) + dx, 244 + dy),
        "¥" + figure(tax).replace(",", ""),
        fontsize=9,
        fontname="cour",
    )
    c.text(120 + dx, 262 + dy, "⊗ " + capital(total), 9.5)
    c.page.insert_text(
        (510 + dx, 262 + dy), "¥" + figure(total).replace(",", ""), fontsize=10, fontname="cour"
    )
    for k, value in enumerate(
        (
            seller.name,
            seller.credit_code,
            f"{seller.address} {seller.phone}",
            f"{seller.bank} {seller.account}",
        )
    ):
        c.text(x0 + 100 + dx, 280 + k * 15 + dy, value, 8.5 if width(value, 8.5) < 270 else 6.6)
    c.text(426 + dx, 288 + dy, f"项目名称：{project}" if len(project) < 20 else "项目名称：", 7.5)
    if len(project) >= 20:
        for k, line in enumerate(c.wrap(project, 7.5, 220)):
            c.text(426 + dx, 300 + k * 11 + dy, line, 7.5)
    c.text(375 + dx, 350 + dy, person(rng), 9)
    c.oval_seal(560 + rng.uniform(-12, 12), 320 + rng.uniform(-6, 6), seller.name, seller.credit_code)
    paper.printed.append(
        {
            "page": paper.pages - 1,
            "what": "invoice",
            "pre_tax": money(pre),
            "tax": money(tax),
            "total": money(total),
            "words": capital(total),
        }
    )
    paper.fields.update(
        {
            "invoice_number": number,
            "issued_on": issued.isoformat(),
            "buyer": buyer,
            "seller": seller.name,
            "total_amount": money(total),
        }
    )
