"""Document templates: business licences, audit reports, contracts and their supplements, acceptance papers."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf

from . import ink
from .sheet import Sheet, put, width
from .text import capital, date_cn_numerals, date_in, grouped, q2, wan

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
class Firm:
    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    district: str
    company_type: str
    valid_until: dt.date | None
    """None: 长期"""
    scope: str = "计算机信息系统集成；软件开发；信息技术咨询服务；网络与信息安全软件开发；计算机及通讯设备销售、租赁；安防工程。"


@dataclass
class Deal:
    """One contract as printed."""

    project: str
    number: str
    party_a: str
    party_b: str
    amount: Decimal
    signed_on: dt.date
    place: str
    party_c: str | None = None
    party_c_role: str = "监理单位"
    tax_rate: int = 13
    fees: dict[str, Decimal] | None = None
    amount_style: str = "yuan"
    """yuan: figures + capital words + 不含税/税额; prose: words first; wan: only 万元 figures"""
    words: str | None = None
    """Capital numerals printed; None: those of ``amount``."""
    date_style: str = "cn"
    printed_total: int = 6
    layout: str = "table"
    """table: parties in a two-column table; lines: 甲方：… lines"""
    seals: bool = True
    one_page: bool = False
    title: str = "合同书"


@dataclass
class ContractOut:
    sheets: list[Sheet]
    amount_page: int = 1
    parties_page: int = 1
    signed_page: int = 1
    fees_page: int | None = None
    sign_page: int = 1
    amount_rect: tuple[float, float, float, float] = (0, 0, 0, 0)
    words_rect: tuple[float, float, float, float] = (0, 0, 0, 0)
    extra: dict[str, object] = field(default_factory=dict)


# ---------------------------------------------------------------- business licence


def licence(rng: random.Random, f: Firm, variant: str, watermark: str | None = None) -> Sheet:
    """variant: electronic (电子营业执照 printout with QR) | portrait (三证合一 副本)."""
    s = Sheet(rng)
    W, H = s.size
    term = (
        "长期"
        if f.valid_until is None
        else f"{f.established.year}年{f.established.month:02d}月{f.established.day:02d}日 至 {f.valid_until.year}年{f.valid_until.month:02d}月{f.valid_until.day:02d}日"
    )
    cap_words = capital(f.capital) if rng.random() < 0.6 else f"人民币{wan(f.capital, 0)}万元"
    established = f"{f.established.year}年{f.established.month:02d}月{f.established.day:02d}日"
    payload = f"https://www.gsxt.gov.cn/index.html?uniscid={f.credit_code}&entname={f.name}"
    if variant == "electronic":
        s.rect((30, 30, W - 30, H - 330), w=1.2)
        s.image(ink.emblem(), W / 2 - 28, 48, 56)
        s.text(W / 2, 135, "营 业 执 照", 26, color=(0.75, 0.1, 0.1), align="center")
        s.text(W / 2, 158, "（电子营业执照）", 11, align="center")
        s.text(50, 190, f"统一社会信用代码  {f.credit_code}", 11)
        s.image(ink.qr(payload), W - 150, 170, 95)
        rows = [
            ("名称", f.name),
            ("类型", f.company_type),
            ("法定代表人", f.legal_rep),
            ("注册资本", cap_words),
            ("成立日期", established),
            ("营业期限", term),
            ("住所", f.address),
        ]
        y: float = 300
        for label, value in rows:
            s.text(60, y, label, 11)
            s.text(150, y, value, 11)
            y += 26
        s.text(60, y, "经营范围", 11)
        y = s.para(150, y, f.scope, W - 210, 10)
        s.text(W - 90, H - 375, "登记机关", 11, align="right")
        s.seal(f"克拉玛依市{f.district}市场监督管理局", W - 140, H - 400, 100)
        s.text(
            W - 70,
            H - 350,
            f"{f.established.year + rng.randint(1, 3)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            10,
            align="right",
        )
        s.text(50, H - 305, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
        s.text(
            50,
            H - 292,
            "下载时间：2026年"
            + f"{rng.randint(1, 3)}月{rng.randint(1, 28)}日"
            + "  扫码查验电子营业执照真实性",
            8,
        )
    else:
        s.rect((28, 28, W - 28, H - 28), w=2.5)
        s.rect((36, 36, W - 36, H - 36), w=0.8)
        s.image(ink.emblem(), W / 2 - 30, 55, 60)
        s.text(W / 2, 160, "营  业  执  照", 32, align="center")
        s.text(W / 2, 185, "（副  本）", 12, align="center")
        s.text(60, 215, f"统一社会信用代码 {f.credit_code}", 10.5)
        s.text(60, 232, f"副本编号：{rng.randint(1, 3)}-{rng.randint(1, 9)}", 9)
        s.image(ink.qr(payload), W - 140, 200, 85)
        rows = [
            ("名        称", f.name),
            ("类        型", f.company_type),
            ("法定代表人", f.legal_rep),
            ("注册资本", cap_words),
            ("成立日期", established),
            ("营业期限", term),
            ("住        所", f.address),
        ]
        y = 330
        for label, value in rows:
            s.text(70, y, label, 11)
            s.text(165, y, value, 11)
            y += 30
        s.text(70, y, "经营范围", 11)
        y = s.para(165, y, f.scope, W - 230, 10)
        s.text(W - 110, H - 150, "登记机关", 12, align="right")
        s.seal(f"克拉玛依市{f.district}市场监督管理局", W - 160, H - 150, 105)
        s.text(
            W - 80,
            H - 95,
            f"{f.established.year + rng.randint(1, 3)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            11,
            align="right",
        )
        s.text(
            W / 2,
            H - 55,
            "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn    市场主体应当于每年1月1日至6月30日报送年度报告",
            7,
            align="center",
        )
    if watermark:
        for k in range(3):
            at = pymupdf.Point(90 + k * 60, 420 + k * 190)
            put(s.page, at.x, at.y, watermark, 30, (0.55, 0.55, 0.6), morph=(at, _rot(-30)), opacity=0.45)
    return s


def _rot(deg: float):
    import pymupdf

    return pymupdf.Matrix(1, 1).prerotate(deg)


def licence_fields(f: Firm) -> dict[str, object]:
    return {
        "company_name": f.name,
        "credit_code": f.credit_code,
        "legal_representative": f.legal_rep,
        "registered_capital": f"{q2(f.capital):.2f}",
        "company_type": f.company_type,
        "established_on": f.established.isoformat(),
        "valid_until": "长期" if f.valid_until is None else f.valid_until.isoformat(),
        "address": f.address,
    }


# ---------------------------------------------------------------- audit report


@dataclass
class Books:
    year: int
    revenue: Decimal
    revenue_prev: Decimal
    profit: Decimal
    profit_prev: Decimal
    assets: Decimal
    unit: str = "元"
    prev_first: bool = True
    """上期金额 printed left of 本期金额."""
    total_revenue_line: bool = True
    """营业总收入 with 其中：营业收入 below it."""


def _fig(v: Decimal, unit: str) -> str:
    return wan(v) if unit == "万元" else grouped(v)


def audit_report(rng: random.Random, f: Firm, b: Books, audit_firm: str, number: str) -> list[Sheet]:
    p1 = Sheet(rng)
    W, H = p1.size
    p1.text(W / 2, 90, "审 计 报 告", 22, align="center")
    p1.text(W - 60, 120, number, 10.5, align="right")
    p1.text(60, 160, f"{f.name}全体股东：", 11)
    y: float = 195
    p1.text(60, y, "一、审计意见", 11)
    y = p1.para(
        80,
        y + 24,
        f"我们审计了{f.name}（以下简称“贵公司”）财务报表，包括{b.year}年12月31日的资产负债表，{b.year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
        W - 150,
    )
    y = p1.para(
        80,
        y + 6,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{b.year}年12月31日的财务状况"
        f"以及{b.year}年度的经营成果和现金流量。",
        W - 150,
    )
    p1.text(60, y + 14, "二、形成审计意见的基础", 11)
    y = p1.para(
        80,
        y + 38,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        W - 150,
    )
    y += 40
    p1.text(60, y, audit_firm, 11)
    p1.seal(audit_firm, 150, y + 40, 110)
    p1.text(W - 250, y, "中国注册会计师：", 11)
    p1.sign(rng.choice(("李", "王", "周", "马")) + "某某"[: rng.randint(1, 2)], W - 150, y + 2)
    p1.text(W - 250, y + 40, "中国注册会计师：", 11)
    p1.text(60, y + 110, "中国·克拉玛依", 11)
    issued = dt.date(b.year + 1, rng.randint(2, 4), rng.randint(1, 28))
    p1.text(W - 60, y + 110, f"{issued.year}年{issued.month}月{issued.day}日", 11, align="right")

    p2 = Sheet(rng)
    p2.text(W / 2, 60, "利 润 表", 16, align="center")
    p2.text(60, 86, f"编制单位：{f.name}", 9)
    p2.text(W / 2 + 60, 86, f"{b.year}年度", 9)
    p2.text(W - 60, 86, f"单位：{b.unit}", 9, align="right")
    cur, prev = "本期金额", "上期金额"
    hdr = ["项    目", prev, cur] if b.prev_first else ["项    目", cur, prev]
    cost = b.revenue - b.profit * Decimal("1.18")
    cost_prev = b.revenue_prev - b.profit_prev * Decimal("1.18")
    lines: list[tuple[str, Decimal, Decimal]] = []
    if b.total_revenue_line:
        lines += [
            ("一、营业总收入", b.revenue, b.revenue_prev),
            ("其中：营业收入", b.revenue, b.revenue_prev),
        ]
        lines += [("二、营业总成本", cost, cost_prev)]
    else:
        lines += [("一、营业收入", b.revenue, b.revenue_prev)]
    lines += [
        ("    其中：营业成本", cost * Decimal("0.82"), cost_prev * Decimal("0.82")),
        ("          税金及附加", cost * Decimal("0.01"), cost_prev * Decimal("0.01")),
        ("          销售费用", cost * Decimal("0.05"), cost_prev * Decimal("0.05")),
        ("          管理费用", cost * Decimal("0.08"), cost_prev * Decimal("0.08")),
        ("          研发费用", cost * Decimal("0.035"), cost_prev * Decimal("0.035")),
        ("          财务费用", cost * Decimal("0.005"), cost_prev * Decimal("0.005")),
        ("三、营业利润", b.profit * Decimal("1.18"), b.profit_prev * Decimal("1.18")),
        ("    加：营业外收入", Decimal(0), Decimal(0)),
        ("四、利润总额", b.profit * Decimal("1.18"), b.profit_prev * Decimal("1.18")),
        ("    减：所得税费用", b.profit * Decimal("0.18"), b.profit_prev * Decimal("0.18")),
        ("五、净利润", b.profit, b.profit_prev),
    ]
    rows = [hdr]
    for label, c, pv in lines:
        a, bb = (_fig(pv, b.unit), _fig(c, b.unit)) if b.prev_first else (_fig(c, b.unit), _fig(pv, b.unit))
        rows.append([label, a, bb])
    y = p2.table(60, 96, [215, 130, 130], rows, row_h=21, size=9.5, aligns=["left", "right", "right"])
    p2.text(W / 2, y + 50, "资 产 负 债 表（简表）", 14, align="center")
    p2.text(60, y + 72, f"{b.year}年12月31日", 9)
    p2.text(W - 60, y + 72, f"单位：{b.unit}", 9, align="right")
    assets = b.assets
    bal = [
        ["资    产", "期末余额", "负债和所有者权益", "期末余额"],
        [
            "货币资金",
            _fig(assets * Decimal("0.31"), b.unit),
            "应付账款",
            _fig(assets * Decimal("0.22"), b.unit),
        ],
        [
            "应收账款",
            _fig(assets * Decimal("0.42"), b.unit),
            "应交税费",
            _fig(assets * Decimal("0.05"), b.unit),
        ],
        ["存货", _fig(assets * Decimal("0.12"), b.unit), "负债合计", _fig(assets * Decimal("0.27"), b.unit)],
        [
            "固定资产",
            _fig(assets * Decimal("0.15"), b.unit),
            "所有者权益合计",
            _fig(assets * Decimal("0.73"), b.unit),
        ],
        ["资产总计", _fig(assets, b.unit), "负债和所有者权益总计", _fig(assets, b.unit)],
    ]
    p2.table(
        60, y + 80, [95, 110, 150, 120], bal, row_h=21, size=9, aligns=["left", "right", "left", "right"]
    )
    p2.text(60, H - 60, "法定代表人：", 9)
    p2.sign(f.legal_rep, 120, H - 58, 14)
    p2.text(230, H - 60, "主管会计工作负责人：", 9)
    p2.text(400, H - 60, "会计机构负责人：", 9)
    return [p1, p2]


def audit_fields(b: Books, audit_firm: str, number: str) -> dict[str, object]:
    def shown(v: Decimal) -> str:
        return f"{q2(v) if b.unit == '元' else Decimal(wan(v).replace(',', '')) * 10000:.2f}"

    return {
        "audit_firm": audit_firm,
        "report_number": number,
        "fiscal_year": b.year,
        "opinion": "unqualified",
        "operating_revenue": shown(b.revenue),
        "net_profit": shown(b.profit),
        "consolidated": False,
    }


# ---------------------------------------------------------------- contract


def _amount_lines(d: Deal) -> list[str]:
    words = d.words if d.words is not None else capital(d.amount)
    net = q2(d.amount / (1 + Decimal(d.tax_rate) / 100))
    tax = q2(d.amount) - net
    if d.amount_style == "wan":
        return [f"合同金额：人民币{wan(d.amount)}万元（含税，税率{d.tax_rate}%）。"]
    if d.amount_style == "prose":
        return [
            f"本合同总金额为人民币{words}（¥{grouped(d.amount)}），该价格为含税价，",
            f"其中不含税金额¥{grouped(net)}元，增值税税额¥{grouped(tax)}元（税率{d.tax_rate}%）。",
        ]
    return [
        f"合同总价（含税）：¥{grouped(d.amount)}",
        f"大写：人民币{words}",
        f"其中：不含税金额 ¥{grouped(net)}    税额 ¥{grouped(tax)}（税率 {d.tax_rate}%）",
    ]


def contract(rng: random.Random, d: Deal, bar_c: str = "") -> ContractOut:
    W, _H = 595.0, 842.0
    p1 = Sheet(rng)
    out = ContractOut(sheets=[p1])
    p1.text(W / 2, 95, d.project, 15, align="center")
    p1.text(W / 2, 122, d.title, 18, align="center")
    signed = date_in(rng, d.date_style, d.signed_on)
    y: float = 150
    p1.text(330, y, f"签订日期：{signed}", 10)
    p1.text(330, y + 18, f"签订地点：{d.place}", 10)
    y += 40
    roles = [("甲方（采购人）", d.party_a), ("乙方（供应商）", d.party_b)]
    if d.party_c:
        roles.append((f"丙方（{d.party_c_role}）", d.party_c))
    if d.layout == "table":
        rows: list[list[str]] = []
        for label, name in roles:
            rows.append([label, name])
            rows.append(
                [
                    "地址",
                    f"新疆克拉玛依市{rng.choice(('克拉玛依区', '独山子区', '白碱滩区'))}{rng.randint(1, 99)}号",
                ]
            )
        y = p1.table(60, y, [120, 355], rows, row_h=22, size=10) + 22
    else:
        for label, name in roles:
            p1.text(60, y, f"{label.split('（')[0]}：{name}", 11)
            y += 22
        y += 8
    y = p1.para(
        60,
        y,
        f"根据《中华人民共和国民法典》及相关法律法规，{'各方' if d.party_c else '甲乙双方'}经友好协商，就“{d.project}”"
        "有关事项达成如下协议，共同遵守。",
        W - 120,
    )
    p1.text(60, y + 6, "第一条  项目内容", 11)
    y = p1.para(
        80,
        y + 28,
        "乙方负责本项目的设备供货、软件开发、系统集成、安装调试、培训及质保期内的运维服务，具体以附件技术规格书为准。",
        W - 150,
    )
    p1.text(60, y + 6, "第二条  合同价款", 11)
    y += 30
    for i, ln in enumerate(_amount_lines(d)):
        end = p1.text(80, y, ln, 10.5)
        r = (80.0, y - 11.0, end, y + 3.0)
        if i == 0:
            out.amount_rect = r
        if "大写" in ln or "总金额为人民币" in ln:
            out.words_rect = r
        y += 20
    sheets_needed = not d.one_page
    cur = p1
    if d.fees:
        if sheets_needed and y > 520:
            cur = Sheet(rng)
            out.sheets.append(cur)
            y = 90
        cur.text(80, y + 4, "合同价款构成如下：", 10.5)
        rows = [["序号", "费用项目", "金额（元）"]]
        total = Decimal(0)
        for k, label in FEE_LABELS.items():
            v = d.fees.get(k, Decimal(0))
            if v:
                rows.append([str(len(rows)), label, grouped(v)])
                total += v
        rows.append(["", "合计", grouped(total)])
        y = (
            cur.table(
                80, y + 12, [50, 200, 180], rows, row_h=19, size=9.5, aligns=["center", "left", "right"]
            )
            + 20
        )
        out.fees_page = len(out.sheets)
    if sheets_needed:
        cur = Sheet(rng)
        out.sheets.append(cur)
        y = 90
    clauses = [
        (
            "第三条  付款方式",
            "合同签订后支付合同总价的30%；到货验收合格后支付40%；项目终验合格后支付25%；余款5%作为质保金，质保期满无质量问题后一次付清。",
        ),
        (
            "第四条  交付与验收",
            "乙方应于合同签订后120日内完成项目实施。甲方组织验收小组按合同及技术规格书进行验收，验收合格后出具验收报告。",
        ),
        (
            "第五条  违约责任",
            "任何一方违反本合同约定，应向守约方支付违约金，违约金不足以弥补损失的，违约方还应赔偿损失。",
        ),
        (
            "第六条  其他",
            f"本合同一式{'六' if d.party_c else '四'}份，各方各执两份，自各方签字盖章之日起生效。",
        ),
    ]
    if d.one_page:
        clauses = clauses[1:2] + clauses[3:]
    for head, body in clauses:
        cur.text(60, y, head, 11)
        y = cur.para(80, y + 22, body, W - 150, 10) + 4
    y += 10
    blocks = [("甲方（盖章）", d.party_a), ("乙方（盖章）", d.party_b)]
    if d.party_c:
        blocks.append(("丙方（盖章）", d.party_c))
    colw = (W - 120) / len(blocks)
    hand = f"{d.signed_on.year}.{d.signed_on.month}.{d.signed_on.day}"
    for i, (label, name) in enumerate(blocks):
        x = 60 + i * colw
        cur.text(x, y, label, 10)
        yy = cur.para(x, y + 20, name, colw - 12, 9.5, 1.5)
        cur.text(x, yy + 18, "法定代表人或授权代表：", 9)
        cur.sign(
            rng.choice(("张", "李", "王", "刘", "马")) + rng.choice(("军", "敏", "涛", "燕")),
            x + 20,
            yy + 44,
            18,
        )
        cur.text(x, yy + 66, "日期：", 9)
        cur.sign(hand, x + 28, yy + 68, 15)
        if d.seals:
            cur.seal(name, x + colw / 2 - 10, y + 40, 100, bottom="合同专用章")
    out.sign_page = len(out.sheets)
    number = d.number
    shown = [1, 2, d.printed_total] if len(out.sheets) == 3 else [1, d.printed_total][: len(out.sheets)]
    style = rng.randint(0, 2)
    for n, sh in enumerate(out.sheets):
        sh.header_footer(number, shown[n], d.printed_total, style)
    if bar_c:
        halves = (
            ink.slices(ink.seal(rng, bar_c, "合同专用章"), len(out.sheets)) if len(out.sheets) > 1 else []
        )
        for j, sh in enumerate(out.sheets[: len(halves)]):
            strip = halves[j]
            wpt = 110 * strip.width / ink.seal(rng, bar_c).width
            sh.image(strip, W - wpt, 380, wpt)
    return out


def contract_fields(d: Deal) -> dict[str, object]:
    shown = d.amount if d.amount_style != "wan" else Decimal(wan(d.amount).replace(",", "")) * 10000
    out: dict[str, object] = {
        "project_name": d.project,
        "contract_number": d.number,
        "party_a": d.party_a,
        "party_b": d.party_b,
        "contract_amount": f"{q2(shown):.2f}",
        "signed_on": d.signed_on.isoformat(),
    }
    if d.amount_style != "wan":
        out["amount_in_words"] = "人民币" + (d.words if d.words is not None else capital(d.amount))
    if d.fees:
        out["fees"] = {k: f"{q2(d.fees.get(k, Decimal(0))):.2f}" for k in FEE_LABELS}
    return out


def supplement(rng: random.Random, d: Deal, on: dt.date, number: str) -> Sheet:
    """补充协议: moves the delivery date, leaves the price alone."""
    s = Sheet(rng)
    W = s.size[0]
    s.text(W / 2, 95, "补 充 协 议", 18, align="center")
    s.text(W - 60, 120, f"协议编号：{number}", 10, align="right")
    y = s.table(60, 140, [120, 355], [["甲方", d.party_a], ["乙方", d.party_b]], row_h=24) + 26
    y = s.para(
        60,
        y,
        f"甲乙双方于{date_cn_numerals(d.signed_on)}签订《{d.project}{d.title}》（合同编号：{d.number}，以下简称“原合同”）。"
        "因建设单位机房改造工期调整，经双方协商一致，就原合同有关事项补充约定如下：",
        W - 120,
    )
    for body in (
        "一、原合同第四条约定的实施期限顺延60日，乙方应在顺延期限内完成全部实施内容。",
        "二、原合同价款及付款方式不作调整，仍按原合同执行。",
        "三、本协议为原合同不可分割的组成部分，与原合同具有同等法律效力；本协议未约定事项，仍按原合同执行。",
        "四、本协议一式四份，双方各执两份，自双方签字盖章之日起生效。",
    ):
        y = s.para(80, y + 4, body, W - 150) + 2
    y += 30
    for i, (label, name) in enumerate((("甲方（盖章）", d.party_a), ("乙方（盖章）", d.party_b))):
        x = 60 + i * 245
        s.text(x, y, label, 10)
        s.para(x, y + 20, name, 220, 9.5, 1.5)
        s.text(x, y + 80, "授权代表：", 9)
        s.sign(rng.choice(("陈", "赵", "孙")) + rng.choice(("刚", "丽", "平")), x + 48, y + 82, 16)
        s.text(x, y + 104, f"日期：{on.year}年{on.month}月{on.day}日", 9)
        s.seal(name, x + 110, y + 50, 100, bottom="合同专用章")
    return s


# ---------------------------------------------------------------- acceptance


@dataclass
class Acceptance:
    project: str
    party_a: str
    party_b: str
    number: str
    accepted_on: dt.date
    passed: bool = True
    seal: bool = True
    verdict: str = "验收结论：通过"
    date_style: str = "cn"
    supervisor: str | None = None


def acceptance_report(
    rng: random.Random, a: Acceptance, members: list[str], with_roster: bool = True
) -> list[Sheet]:
    s = Sheet(rng)
    W, _H = s.size
    s.text(W / 2, 80, a.project, 14, align="center")
    s.text(W / 2, 108, "项 目 验 收 报 告", 18, align="center")
    when = date_in(rng, a.date_style, a.accepted_on)
    rows = [
        ["项目名称", a.project],
        ["建设单位", a.party_a],
        ["承建单位", a.party_b],
        ["合同编号", a.number],
        ["验收日期", when],
        ["验收地点", f"{a.party_a}会议室"],
    ]
    y = s.table(60, 130, [100, 375], rows, row_h=24) + 24
    s.text(60, y, "一、验收依据及内容", 11)
    y = s.para(
        80,
        y + 22,
        "依据项目合同、技术规格书及相关国家标准，验收小组对项目的设备到货安装、软件功能、系统联调、"
        "文档资料及培训情况进行了现场检查和测试。",
        W - 150,
    )
    s.text(60, y + 6, "二、验收意见", 11)
    if a.passed:
        body = "项目已按合同要求完成全部建设内容，系统运行稳定，功能满足需求，技术文档齐全，验收小组一致同意通过验收。"
    else:
        body = "经现场测试，部分功能模块未达到合同约定的技术指标，数据接口联调未完成，技术文档不完整。验收小组意见：本次验收不予通过，请承建单位限期整改，整改完成后申请复验。"
    y = s.para(80, y + 28, body, W - 150)
    s.text(60, y + 14, a.verdict, 13)
    y += 60
    s.text(60, y, "验收小组组长（签字）：", 10.5)
    s.sign(members[0], 185, y + 2, 18)
    s.text(330, y, "建设单位（盖章）：", 10.5)
    if a.seal:
        s.seal(a.party_a, 440, y + 22, 110, bottom="")
    s.text(330, y + 60, f"{a.accepted_on.year}年{a.accepted_on.month}月{a.accepted_on.day}日", 10.5)
    pages = [s]
    if with_roster:
        r = Sheet(rng)
        r.text(W / 2, 80, "验收小组成员签字表", 16, align="center")
        r.text(60, 110, f"项目名称：{a.project}", 10)
        r.text(60, 128, f"验收日期：{when}", 10)
        units = [a.party_a, a.party_a, "特邀专家", "特邀专家", a.party_b]
        titles = ["组长", "组员", "高级工程师", "高级工程师", "项目经理"]
        rows2 = [["序号", "姓名", "工作单位", "职务/职称", "签字"]]
        for i, m in enumerate(members[:5]):
            rows2.append([str(i + 1), m, units[i % 5][:16], titles[i % 5], ""])
        r.table(60, 140, [40, 70, 220, 80, 65], rows2, row_h=34, size=9.5)
        for i, m in enumerate(members[:5]):
            r.sign(m, 475, 140 + 34 * (i + 1) + 26, 17, ink_color=rng.choice(("blue", "black")))
        pages.append(r)
    return pages


def acceptance_certificate(rng: random.Random, a: Acceptance) -> Sheet:
    s = Sheet(rng)
    W, _H = s.size
    s.rect((40, 60, W - 40, 560), w=2)
    s.rect((48, 68, W - 48, 552), w=0.6)
    s.text(W / 2, 120, "验 收 证 书", 24, align="center")
    s.text(W - 70, 150, f"证书编号：YS-{a.accepted_on.year}-{rng.randint(100, 999)}", 10, align="right")
    y = s.para(
        80,
        190,
        f"{a.party_b}承建的“{a.project}”（合同编号：{a.number}），已按合同约定完成全部建设内容。"
        f"{a.party_a}于{date_cn_numerals(a.accepted_on)}组织验收小组进行了竣工验收，经审查资料、现场测试，"
        "项目各项指标符合合同及技术规范要求。",
        W - 160,
        11,
    )
    s.text(80, y + 16, "验收结论：验收合格", 14)
    s.text(80, y + 50, "特发此证。", 11)
    s.text(W - 90, 470, f"建设单位：{a.party_a}", 10.5, align="right")
    s.text(
        W - 90,
        500,
        f"{a.accepted_on.year}年{a.accepted_on.month:02d}月{a.accepted_on.day:02d}日",
        10.5,
        align="right",
    )
    if a.seal:
        s.seal(a.party_a, W - 170, 470, 112)
    return s


def supervisor_signoff(rng: random.Random, a: Acceptance, chief: str) -> Sheet:
    assert a.supervisor
    s = Sheet(rng)
    W, _H = s.size
    s.text(W / 2, 80, "竣工验收监理意见书", 18, align="center")
    s.text(W - 60, 105, f"编号：JL-{a.accepted_on.year}-{rng.randint(10, 99)}", 9.5, align="right")
    rows = [
        ["工程名称", a.project],
        ["建设单位", a.party_a],
        ["承建单位", a.party_b],
        ["监理单位", a.supervisor],
        ["合同编号", a.number],
        ["验收日期", date_in(rng, a.date_style, a.accepted_on)],
    ]
    y = s.table(60, 120, [100, 375], rows, row_h=24) + 26
    s.text(60, y, "监理意见：", 11)
    y = s.para(
        80,
        y + 22,
        "经监理单位审查，本工程已按设计文件及合同约定完成全部建设内容，隐蔽工程及分项工程均检验合格，"
        "系统试运行期间运行正常，竣工资料齐全。监理单位同意本工程通过竣工验收。",
        W - 150,
    )
    s.text(80, y + 10, "验收结论：验收合格", 12.5)
    y += 50
    s.text(80, y, "总监理工程师（签字）：", 10.5)
    s.sign(chief, 210, y + 2, 18)
    s.text(330, y, "监理单位（盖章）：", 10.5)
    s.seal(a.supervisor, 450, y + 24, 110, bottom="")
    y += 90
    s.text(60, y, "建设单位意见：同意验收。", 11)
    s.text(330, y + 10, "建设单位（盖章）：", 10.5)
    if a.seal:
        s.seal(a.party_a, 450, y + 34, 110)
    s.text(330, y + 70, f"{a.accepted_on.year}年{a.accepted_on.month}月{a.accepted_on.day}日", 10.5)
    return s


def acceptance_fields(a: Acceptance) -> dict[str, object]:
    out: dict[str, object] = {
        "project_name": a.project,
        "party_a": a.party_a,
        "party_b": a.party_b,
        "accepted_on": a.accepted_on.isoformat(),
        "conclusion": "passed" if a.passed else "failed",
        "has_seal": a.seal or a.supervisor is not None,
    }
    if a.supervisor:
        out["third_party"] = a.supervisor
    return out


def delivery_note(rng: random.Random, d: Deal, on: dt.date) -> Sheet:
    """到货验收单: goods received in good order; not the project's final acceptance."""
    s = Sheet(rng)
    W, _H = s.size
    s.text(W / 2, 80, "设备到货验收单", 17, align="center")
    s.text(60, 110, f"项目名称：{d.project}", 10)
    s.text(60, 128, f"合同编号：{d.number}", 10)
    s.text(W - 60, 128, f"到货日期：{on.year}-{on.month:02d}-{on.day:02d}", 10, align="right")
    goods = [
        ("核心交换机", "S6730-H48X6C", "2"),
        ("服务器", "2288H V6", "4"),
        ("存储设备", "OceanStor 5310", "1"),
        ("防火墙", "USG6555F", "2"),
        ("机柜", "42U 600×1200", "3"),
    ]
    rows = [["序号", "设备名称", "规格型号", "数量", "外观检查", "备注"]]
    for i, (n, m, q) in enumerate(rng.sample(goods, 4)):
        rows.append([str(i + 1), n, m, q, "完好", ""])
    y = s.table(60, 140, [40, 100, 140, 50, 70, 75], rows, row_h=24, size=9.5) + 26
    s.para(
        60,
        y,
        "到货验收意见：设备外包装完好，型号、数量与合同清单一致，随机资料齐全，同意签收。设备安装调试及系统终验另行组织。",
        W - 120,
    )
    s.text(60, y + 80, "收货单位（签字）：", 10)
    s.sign(rng.choice(("何", "高", "林")) + rng.choice(("斌", "洁")), 160, y + 82, 16)
    s.text(330, y + 80, "供货单位（签字）：", 10)
    s.sign(rng.choice(("罗", "郑")) + rng.choice(("亮", "娟")), 430, y + 82, 16)
    return s


def text_at(s: Sheet, needle: str) -> tuple[float, float, float, float]:
    """The box of the first recorded span containing ``needle`` (for planting edits)."""
    for sp in s.spans:
        if needle in sp.text:
            k = sp.text.index(needle)
            x0 = sp.x + width(sp.text[:k], sp.size)
            return (x0, sp.y - sp.size * 0.95, x0 + width(needle, sp.size), sp.y + sp.size * 0.3)
    raise KeyError(needle)
