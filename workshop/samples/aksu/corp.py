"""The enterprise's own papers: business licences (三证合一 and the old 企业法人营业执照), the
audit report with its statements, the stamped 申报表, 数电票 invoices, software-copyright
certificates and a 中标通知书 (typed ``other``)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import pymupdf
import zxingcpp

from .canvas import A4, A4_LANDSCAPE, Painter, Paper, Sheet, placed
from .text import capital, cjk_font, cn_date, figures, money, yuan_str
from .world import Client, Company

BROWN = (0.55, 0.32, 0.12)
RED = (0.8, 0.1, 0.1)


def qr_pixmap(payload: str) -> pymupdf.Pixmap:
    """A QR code of ``payload`` as a grey pixmap, for placing on a page."""
    img = np.asarray(
        zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(
            scale=4, add_quiet_zones=True
        )
    )
    h, w = img.shape[:2]
    return pymupdf.Pixmap(pymupdf.csGRAY, w, h, img.astype(np.uint8).tobytes(), False)


def _watermark(p: Painter, text: str) -> None:
    """A diagonal grey watermark across the page (仅供年检使用)."""
    for k in range(3):
        cx, cy = p.w * (0.25 + 0.25 * k), p.h * (0.3 + 0.2 * k)
        tw = pymupdf.TextWriter(p.page.rect, opacity=0.45)
        tw.append((cx - 90, cy), text, font=cjk_font(), fontsize=30)
        tw.write_text(
            p.page,
            color=(0.55, 0.55, 0.55),
            morph=(pymupdf.Point(cx, cy), pymupdf.Matrix(1, 1).prerotate(28)),
        )


def license_new(
    co: Company, horizontal: bool, original: bool, watermark: str = "", issued: dt.date | None = None
) -> Paper:
    """三证合一 营业执照 (正本 or 副本, 横版 or 竖版) with QR, 登记机关 seal and its date."""
    issued = issued or co.established
    capital_text = f"人民币{capital(co.capital)}" if horizontal else capital(co.capital)
    term = f"{cn_date(co.established, pad=True)} 至 {'长期' if co.valid_until is None else cn_date(co.valid_until, pad=True)}"
    fields = [
        ("名　　称", co.name),
        ("类　　型", co.kind),
        ("法定代表人", co.legal_rep),
        ("注册资本", capital_text),
        ("成立日期", cn_date(co.established, pad=True)),
        ("营业期限", term),
        ("住　　所", co.address),
    ]
    authority = (
        f"阿克苏地区{co.county}市场监督管理局" if co.county.endswith("县") else f"{co.county}市场监督管理局"
    )
    size = A4_LANDSCAPE if horizontal else A4

    def draw(p: Painter) -> None:
        p.page.draw_rect(pymupdf.Rect(18, 18, p.w - 18, p.h - 18), color=BROWN, width=3)
        p.page.draw_rect(pymupdf.Rect(26, 26, p.w - 26, p.h - 26), color=BROWN, width=0.8)
        p.page.draw_circle((p.w / 2, 72), 24, color=RED, fill=(0.9, 0.75, 0.2), width=2)
        p.text(p.w / 2, 140, "营 业 执 照", 34, align="center", bold=True)
        p.text(p.w / 2, 164, "（正　本）" if original else "（副　本）", 13, align="center")
        p.text(60, 112, "统一社会信用代码", 10)
        p.text(60, 128, co.credit_code, 12)
        if not original:
            p.text(p.w - 60, 112, "副本编号：1-1", 10, align="right")
        qr = qr_pixmap(f"http://www.gsxt.gov.cn/index.html?uniscid={co.credit_code}")
        qx, qy = (p.w - 150, 180) if horizontal else (p.w - 140, 560)
        p.page.insert_image(pymupdf.Rect(qx, qy, qx + 84, qy + 84), pixmap=qr)
        if horizontal:
            left, right = fields[:3], fields[3:]
            y = 210.0
            for lab, val in left:
                p.text(70, y, lab, 11.5)
                p.text(160, y, val, 11.5)
                y += 30
            p.text(70, y, "经营范围", 11.5)
            for ln in p.wrap(co.scope, 280, 9.5)[:9]:
                p.text(160, y, ln, 9.5)
                y += 14
            y = 210.0
            for lab, val in right:
                p.text(470, y, lab, 11.5)
                lines = p.wrap(val, 190, 11.5)
                for i, ln in enumerate(lines):
                    p.text(555, y + i * 16, ln, 11.5)
                y += 30 + 16 * (len(lines) - 1)
            ax, ay = p.w - 200, p.h - 100
        else:
            y = 220.0
            for lab, val in fields:
                p.text(80, y, lab, 12)
                lines = p.wrap(val, 330, 12)
                for i, ln in enumerate(lines):
                    p.text(180, y + i * 17, ln, 12)
                y += 30 + 17 * (len(lines) - 1)
            p.text(80, y, "经营范围", 12)
            for ln in p.wrap(co.scope, 330, 10)[:12]:
                p.text(180, y, ln, 10)
                y += 15
            ax, ay = p.w - 210, p.h - 130
        p.text(ax, ay, "登记机关", 12)
        p.text(ax + 10, ay + 30, cn_date(issued, pad=True), 11)
        p.text(p.w / 2, p.h - 40, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5, align="center")
        p.text(p.w / 2, p.h - 30, "国家市场监督管理总局监制", 8.5, align="center")
        p.sheet.add("seal", ax + 60, ay - 4, name=authority, r=52)
        if watermark:
            _watermark(p, watermark)

    f: dict[str, object] = {
        "company_name": co.name,
        "credit_code": co.credit_code,
        "legal_representative": co.legal_rep,
        "registered_capital": yuan_str(co.capital),
        "company_type": co.kind,
        "established_on": co.established.isoformat(),
        "valid_until": "长期" if co.valid_until is None else co.valid_until.isoformat(),
        "address": co.address,
    }
    return Paper(
        "business_license",
        [placed(draw, size)],
        f,
        spots={"name": 0, "date": 0, "fields": 0},
        label="营业执照",
    )


def license_old(co: Company, reg_no: str, paid_in: Decimal) -> Paper:
    """The pre-2015 企业法人营业执照（副本）: 注册号 instead of a credit code, 营业期限 with an end date."""
    assert co.valid_until is not None
    until = co.valid_until
    authority = f"{co.county}工商行政管理局"

    def draw(p: Painter) -> None:
        p.page.draw_rect(pymupdf.Rect(22, 22, p.w - 22, p.h - 22), color=(0.2, 0.35, 0.55), width=2.5)
        p.page.draw_circle((p.w / 2, 78), 24, color=RED, fill=(0.9, 0.75, 0.2), width=2)
        p.text(p.w / 2, 150, "企业法人营业执照", 28, align="center", bold=True)
        p.text(p.w / 2, 176, "（副　本）", 13, align="center")
        p.text(p.w - 70, 206, f"注册号  {reg_no}", 11, align="right")
        rows = [
            ("名　　称", co.name),
            ("住　　所", co.address),
            ("法定代表人姓名", co.legal_rep),
            ("注册资本", f"{figures(co.capital / 10000, decimals=0)}万元"),
            ("实收资本", f"{figures(paid_in / 10000, decimals=0)}万元"),
            ("公司类型", co.kind),
            (
                "经营范围",
                "计算机信息系统集成；软件开发；计算机及辅助设备、网络设备、通讯器材销售；安全技术防范工程设计施工。",
            ),
            ("成立日期", cn_date(co.established)),
            ("营业期限", f"{cn_date(co.established)}至{cn_date(until)}"),
        ]
        y = 250.0
        for lab, val in rows:
            p.text(80, y, lab, 11.5)
            lines = p.wrap(val, 320, 11.5)
            for i, ln in enumerate(lines):
                p.text(200, y + i * 17, ln, 11.5)
            y += 32 + 17 * (len(lines) - 1)
        p.rect(80, y + 10, p.w - 80, y + 110, w=0.6)
        p.text(90, y + 30, "年度检验情况", 11)
        p.text(p.w - 220, p.h - 110, "登记机关", 12)
        p.text(p.w - 230, p.h - 80, cn_date(co.established), 11)
        p.sheet.add("seal", p.w - 170, p.h - 110, name=authority, r=52)

    f: dict[str, object] = {
        "company_name": co.name,
        "legal_representative": co.legal_rep,
        "registered_capital": yuan_str(co.capital),
        "company_type": co.kind,
        "established_on": co.established.isoformat(),
        "valid_until": co.valid_until.isoformat(),
        "address": co.address,
    }
    return Paper(
        "business_license",
        [placed(draw)],
        f,
        spots={"name": 0, "date": 0, "fields": 0},
        label="企业法人营业执照",
    )


@dataclass
class Books:
    """A year's audited figures in yuan."""

    year: int
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    total_assets: Decimal


UNITS = {"元": Decimal(1), "万元": Decimal(10000), "千元": Decimal(1000)}


def _in_unit(v: Decimal, unit: str) -> Decimal:
    u = UNITS[unit]
    return (v / u).quantize(Decimal("0.01") if unit != "千元" else Decimal(1)) if unit != "元" else money(v)


def _fmt(v: Decimal, unit: str) -> str:
    return figures(v, decimals=0) if unit == "千元" else figures(v)


def audit_report(
    co: Company, b: Books, firm: str, number: str, unit: str, signed: dt.date, rng: random.Random
) -> Paper:
    """审计报告: cover, unqualified opinion signed by two CPAs, balance sheet, income statement,
    and the revenue note that splits out 系统集成收入; figures in ``unit`` (元, 万元 or 千元)."""
    R, NP, SI, TA = (_in_unit(v, unit) for v in (b.revenue, b.net_profit, b.si_revenue, b.total_assets))
    q = Decimal(1) if unit == "千元" else Decimal("0.01")

    def part(v: Decimal, lo: float, hi: float) -> Decimal:
        return (v * Decimal(str(round(rng.uniform(lo, hi), 4)))).quantize(q)

    tax_add, sell, admin, rnd, fin = (
        part(R, 0.004, 0.008),
        part(R, 0.02, 0.04),
        part(R, 0.05, 0.08),
        part(R, 0.02, 0.04),
        part(R, 0.001, 0.003),
    )
    other_in, other_out = part(R, 0.0, 0.004), part(R, 0.0, 0.001)
    income_tax = part(NP, 0.05, 0.18)
    total_profit = NP + income_tax
    op_profit = total_profit - other_in + other_out
    cost = R - tax_add - sell - admin - rnd - fin - op_profit
    cash, recv, inv = part(TA, 0.15, 0.25), part(TA, 0.3, 0.4), part(TA, 0.08, 0.15)
    fixed, intang = part(TA, 0.08, 0.12), part(TA, 0.02, 0.05)
    other_assets = TA - cash - recv - inv - fixed - intang
    liab = part(TA, 0.35, 0.55)
    equity = TA - liab
    prev = Decimal(str(round(rng.uniform(0.75, 0.95), 3)))

    def cover(p: Painter) -> None:
        p.text(p.w / 2, 200, co.name, 16, align="center")
        p.text(p.w / 2, 300, "审 计 报 告", 30, align="center", bold=True)
        p.text(p.w / 2, 340, number, 12, align="center")
        p.text(p.w / 2, 640, firm, 14, align="center")
        p.text(p.w / 2, 666, f"二〇二六年{'一二三四'[signed.month - 1]}月", 12, align="center")

    def opinion(p: Painter) -> None:
        p.text(p.w / 2, 80, "审计报告", 18, align="center", bold=True)
        p.text(p.w - 60, 104, number, 10.5, align="right")
        p.text(60, 130, f"{co.name}全体股东：", 10.5)
        p.text(60, 156, "一、审计意见", 11, bold=True)
        y = p.para(
            60,
            178,
            f"我们审计了{co.name}（以下简称贵公司）财务报表，包括{b.year}年12月31日的资产负债表，{b.year}年度的利润表、现金流量表、"
            "所有者权益变动表以及相关财务报表附注。",
            475,
        )
        y = p.para(
            60,
            y,
            f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{b.year}年12月31日的财务状况以及{b.year}年度的经营成果和现金流量。",
            475,
        )
        p.text(60, y + 6, "二、形成审计意见的基础", 11, bold=True)
        y = p.para(
            60,
            y + 28,
            "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
            "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
            475,
        )
        p.text(60, y + 60, firm, 10.5)
        p.text(340, y + 60, "中国注册会计师：", 10.5)
        p.text(340, y + 110, "中国注册会计师：", 10.5)
        p.text(60, y + 160, "中国·新疆·阿克苏", 10.5)
        p.text(340, y + 160, cn_date(signed), 10.5)
        p.sheet.add("seal", 150, y + 70, name=firm, r=60)
        for k in (0, 1):
            p.sheet.add("sign", 440, y + 56 + 50 * k, name=["马建新", "阿依古丽·吐尔逊"][k], px=12)
            p.sheet.add("square_seal", 505, y + 56 + 50 * k, name=["马建新", "阿依古丽"][k], s=34)

    def header(p: Painter, title: str, when: str, code: str) -> None:
        p.text(p.w / 2, 70, title, 16, align="center", bold=True)
        p.text(p.w - 60, 90, code, 9, align="right")
        p.text(60, 108, f"编制单位：{co.name}", 9.5)
        p.text(p.w / 2 + 40, 108, when, 9.5, align="center")
        p.text(p.w - 60, 108, f"单位：{unit}", 9.5, align="right")

    def balance(p: Painter) -> None:
        header(p, "资产负债表", f"{b.year}年12月31日", "会企01表")
        rows = [["资产", "行次", "期末余额", "上年年末余额"]]
        items = [
            ("货币资金", cash),
            ("应收账款", recv),
            ("存货", inv),
            ("其他流动资产", other_assets),
            ("固定资产", fixed),
            ("无形资产", intang),
            ("资产总计", TA),
            ("负债合计", liab),
            ("所有者权益合计", equity),
            ("负债和所有者权益总计", TA),
        ]
        for i, (n, v) in enumerate(items, 1):
            rows.append([n, str(i), _fmt(v, unit), _fmt((v * prev).quantize(q), unit)])
        p.table(60, 118, [175, 40, 130, 130], rows, size=9.5, row_h=21, center_cols=(1,))
        p.text(
            60,
            118 + 21 * 12 + 30,
            f"单位负责人：{co.legal_rep}      主管会计工作负责人：      会计机构负责人：",
            9.5,
        )

    def income(p: Painter) -> None:
        header(p, "利润表", f"{b.year}年度", "会企02表")
        items = [
            ("一、营业收入", R),
            ("减：营业成本", cost),
            ("税金及附加", tax_add),
            ("销售费用", sell),
            ("管理费用", admin),
            ("研发费用", rnd),
            ("财务费用", fin),
            ("二、营业利润（亏损以“－”号填列）", op_profit),
            ("加：营业外收入", other_in),
            ("减：营业外支出", other_out),
            ("三、利润总额（亏损总额以“－”号填列）", total_profit),
            ("减：所得税费用", income_tax),
            ("四、净利润（净亏损以“－”号填列）", NP),
        ]
        rows = [["项目", "行次", "本期金额", "上期金额"]]
        for i, (n, v) in enumerate(items, 1):
            rows.append([n, str(i), _fmt(v, unit), _fmt((v * prev).quantize(q), unit)])
        p.table(60, 118, [215, 36, 112, 112], rows, size=9.5, row_h=22, center_cols=(1,))

    def notes(p: Painter) -> None:
        p.text(60, 80, "六、财务报表项目注释（续）", 11, bold=True)
        p.text(60, 106, f"（二十三）营业收入和营业成本　　　　　　　　　　　　　　单位：{unit}", 10)
        other = R - SI
        soft = (other * Decimal("0.6")).quantize(q)
        rows = [
            ["项目", "本期收入", "本期成本"],
            ["系统集成", _fmt(SI, unit), _fmt((SI * Decimal("0.78")).quantize(q), unit)],
            ["软件开发", _fmt(soft, unit), _fmt((soft * Decimal("0.5")).quantize(q), unit)],
            [
                "运维及技术服务",
                _fmt(other - soft, unit),
                _fmt(cost - (SI * Decimal("0.78")).quantize(q) - (soft * Decimal("0.5")).quantize(q), unit),
            ],
            ["合计", _fmt(R, unit), _fmt(cost, unit)],
        ]
        p.table(60, 118, [175, 150, 150], rows, size=10, row_h=22)

    u = UNITS[unit]
    f: dict[str, object] = {
        "audit_firm": firm,
        "report_number": number,
        "fiscal_year": b.year,
        "opinion": "unqualified",
        "operating_revenue": yuan_str(R * u),
        "net_profit": yuan_str(NP * u),
        "system_integration_revenue": yuan_str(SI * u),
        "consolidated": False,
        "company_name": co.name,
    }
    sheets = [Sheet(A4, cover), placed(opinion), Sheet(A4, balance), Sheet(A4, income), Sheet(A4, notes)]
    return Paper(
        "audit_report", sheets, f, spots={"opinion": 1, "income": 3, "si": 4, "revenue": 3}, label="审计报告"
    )


@dataclass
class FormData:
    """What the 申报表 prints (the declaration as the enterprise downloaded it)."""

    company: Company
    grade: str
    technical: int
    certified: int
    finance: list[tuple[int, Decimal, Decimal, Decimal]]
    projects: list[tuple[str, str, dt.date, Decimal]]
    year: int
    sealed: bool = True
    stamped_on: dt.date = dt.date(2026, 2, 10)


def declaration_form(d: FormData, rng: random.Random) -> Paper:
    """The 申报表 printed from the web system, sealed by the enterprise and scanned back."""
    total = sum((pj[3] for pj in d.projects), Decimal(0))

    def p1(p: Painter) -> None:
        p.text(
            p.w / 2,
            70,
            f"{d.year}年度自治区计算机信息系统集成（信息工程）企业",
            14,
            align="center",
            bold=True,
        )
        p.text(p.w / 2, 92, "年度检查申报表", 16, align="center", bold=True)
        rows = [
            ["企业名称", d.company.name, "资质等级", d.grade + "级"],
            ["统一社会信用代码", d.company.credit_code, "法定代表人", d.company.legal_rep],
            ["技术人员总数（人）", str(d.technical), "持证人员总数（人）", str(d.certified)],
        ]
        y = p.table(45, 110, [100, 200, 90, 115], rows, size=9.5, heights=[34, 24, 24])
        p.text(45, y + 22, "二、经营情况（单位：元）", 10.5, bold=True)
        frows = [["年度", "营业收入", "系统集成收入", "净利润"]]
        for yr, rev, si, np_ in d.finance:
            frows.append([str(yr), figures(rev), figures(si), figures(np_)])
        y = p.table(45, y + 30, [70, 145, 145, 145], frows, size=9.5, row_h=22, center_cols=(0,))
        p.text(45, y + 22, "三、计算机信息系统集成项目汇总（单位：元）", 10.5, bold=True)
        prow = [["序号", "项目名称", "甲方单位", "验收日期", "合同金额"]]
        for i, (n, c, acc, amt) in enumerate(d.projects, 1):
            prow.append([str(i), n, c, acc.isoformat(), figures(amt)])
        prow.append(["合计", f"共{len(d.projects)}个项目", "", "", figures(total)])
        y = p.table(
            45,
            y + 30,
            [34, 190, 130, 66, 85],
            prow,
            size=8.5,
            heights=[22, *[34] * len(d.projects), 22],
            center_cols=(0,),
        )
        p.text(330, y + 50, "企业（盖章）：", 10.5)
        p.text(330, y + 110, f"{d.stamped_on.year}年{d.stamped_on.month}月{d.stamped_on.day}日", 10.5)
        p.text(
            45,
            p.h - 40,
            f"打印时间：{d.stamped_on.isoformat()} 09:{rng.randint(10, 59)}　　新疆IT三会年检申报系统",
            8,
        )
        if d.sealed:
            p.sheet.add("seal", 430, y + 70, name=d.company.name, r=60, code=d.company.seal_code[-8:])

    f: dict[str, object] = {
        "company_name": d.company.name,
        "credit_code": d.company.credit_code,
        "grade": d.grade,
        "technical_total": d.technical,
        "certified_total": d.certified,
        "finance": [
            {
                "year": yr,
                "operating_revenue": yuan_str(r),
                "system_integration_revenue": yuan_str(s),
                "net_profit": yuan_str(n),
            }
            for yr, r, s, n in d.finance
        ],
        "project_count": len(d.projects),
        "project_total": yuan_str(total),
        "has_seal": d.sealed,
    }
    return Paper(
        "declaration_form", [placed(p1)], f, spots={"seal": 0, "finance": 0, "projects": 0}, label="申报表"
    )


def invoice(
    number: str,
    issued: dt.date,
    buyer: Client,
    buyer_code: str,
    seller: Company,
    total: Decimal,
    item: str,
    issuer: str,
) -> Paper:
    """A 数电票 (电子发票（普通发票）) as the tax platform renders it: QR, boxes, 价税合计."""
    net = (total / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = total - net
    qr = f"01,32,,{number},{net:.2f},{issued:%Y%m%d},,{number[-6:]}"

    def draw(p: Painter) -> None:
        brown = (0.6, 0.3, 0.15)
        p.page.insert_image(pymupdf.Rect(28, 20, 92, 84), pixmap=qr_pixmap(qr))
        p.text(p.w / 2, 50, "电子发票（普通发票）", 20, align="center", color=brown)
        p.page.draw_line((p.w / 2 - 110, 58), (p.w / 2 + 110, 58), color=brown, width=0.8)
        p.page.draw_line((p.w / 2 - 110, 61), (p.w / 2 + 110, 61), color=brown, width=0.8)
        p.text(p.w - 200, 40, f"发票号码：{number}", 9.5)
        p.text(p.w - 200, 58, f"开票日期：{cn_date(issued, pad=True)}", 9.5)
        p.page.draw_rect(pymupdf.Rect(28, 92, p.w - 28, p.h - 30), color=brown, width=0.8)
        mid = p.w / 2
        p.page.draw_line((mid, 92), (mid, 150), color=brown, width=0.6)
        p.page.draw_line((28, 150), (p.w - 28, 150), color=brown, width=0.6)
        for x0, role, name, code in (
            (32, "购买方信息", buyer.name, buyer_code),
            (mid + 4, "销售方信息", seller.name, seller.credit_code),
        ):
            p.text(x0 + 4, 108, role, 9, color=brown)
            p.text(x0 + 4, 124, f"名称：{name}", 9)
            p.text(x0 + 4, 140, f"统一社会信用代码/纳税人识别号：{code}", 8.5)
        heads = ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]
        xs = [36, 210, 270, 305, 345, 420, 500, 560]
        for x, h in zip(xs, heads, strict=True):
            p.text(x, 166, h, 9, color=brown)
        p.text(36, 186, item, 9)
        p.text(305, 186, "1", 9)
        p.text(345, 186, figures(net, sep=False), 9)
        p.text(420, 186, figures(net, sep=False), 9)
        p.text(508, 186, "6%", 9)
        p.text(560, 186, figures(tax, sep=False), 9)
        p.text(60, 250, "合　　计", 9, color=brown)
        p.text(420, 250, f"¥{figures(net, sep=False)}", 9)
        p.text(560, 250, f"¥{figures(tax, sep=False)}", 9)
        p.page.draw_line((28, 262), (p.w - 28, 262), color=brown, width=0.6)
        p.text(36, 280, "价税合计（大写）", 9, color=brown)
        p.text(130, 280, f"⊗{capital(total)}", 10)
        p.text(440, 280, "（小写）", 9, color=brown)
        p.text(480, 280, f"¥{figures(total, sep=False)}", 10)
        p.page.draw_line((28, 292), (p.w - 28, 292), color=brown, width=0.6)
        p.text(36, 310, "备注", 9, color=brown)
        p.text(36, p.h - 14, f"开票人：{issuer}", 9, color=brown)

    f: dict[str, object] = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": buyer.name,
        "seller": seller.name,
        "total_amount": yuan_str(total),
        "qr": qr,
    }
    return Paper("invoice", [Sheet((680.0, 396.0), draw)], f, spots={"amount": 0}, label="发票")


def copyright_cert(
    co: Company, title: str, reg_no: str, cert_no: str, issued: dt.date, developed: dt.date
) -> Paper:
    """计算机软件著作权登记证书 with the 国家版权局 seal."""

    def draw(p: Painter) -> None:
        p.page.draw_rect(pymupdf.Rect(30, 30, p.w - 30, p.h - 30), color=(0.6, 0.45, 0.1), width=4)
        p.text(p.w / 2, 90, "中华人民共和国国家版权局", 14, align="center")
        p.text(p.w / 2, 140, "计算机软件著作权登记证书", 24, align="center", bold=True)
        p.text(p.w / 2, 176, f"证书号：软著登字第{cert_no}号", 12, align="center")
        y = 240.0
        for lab, val in (
            ("软件名称：", title),
            ("著作权人：", co.name),
            ("开发完成日期：", cn_date(developed)),
            ("首次发表日期：", "未发表"),
            ("权利取得方式：", "原始取得"),
            ("权利范围：", "全部权利"),
            ("登记号：", reg_no),
        ):
            p.text(90, y, lab, 12)
            lines = p.wrap(val, 320, 12)
            for i, ln in enumerate(lines):
                p.text(200, y + i * 18, ln, 12)
            y += 32 + 18 * (len(lines) - 1)
        p.para(
            90,
            y + 20,
            "根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，经中国版权保护中心审核，对以上事项予以登记。",
            420,
        )
        p.text(p.w - 110, p.h - 110, cn_date(issued), 12, align="right")
        p.sheet.add("seal", p.w - 170, p.h - 130, name="中华人民共和国国家版权局", sub="", r=56)

    f: dict[str, object] = {
        "kind": "software_copyright",
        "title": title,
        "number": reg_no,
        "holder": co.name,
        "issued_on": issued.isoformat(),
    }
    return Paper("ip_certificate", [placed(draw)], f, spots={"holder": 0}, label="软著证书")


def bid_notice(
    client: Client, vendor: Company, name: str, amount: Decimal, agency: str, on: dt.date
) -> Paper:
    """中标通知书 from the procurement agency (typed ``other``; it carries the amount too)."""

    def draw(p: Painter) -> None:
        p.text(p.w / 2, 100, "中 标 通 知 书", 22, align="center", bold=True)
        p.text(60, 150, f"{vendor.name}：", 11)
        y = p.para(
            60,
            176,
            f"{client.name}“{name}”项目，经评标委员会评审并经采购人确认，确定贵单位为中标供应商，中标金额为人民币{capital(amount)}（¥{figures(amount)}）。"
            "请贵单位收到本通知书后30日内与采购人签订政府采购合同。",
            475,
        )
        p.text(p.w - 80, y + 80, agency, 11, align="right")
        p.text(p.w - 90, y + 104, cn_date(on), 11, align="right")
        p.sheet.add("seal", p.w - 160, y + 84, name=agency, r=58)

    return Paper("other", [placed(draw)], {}, label="中标通知书")
