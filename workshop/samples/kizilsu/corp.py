"""Company papers: 营业执照 (三证合一) and the old 企业法人营业执照, 审计报告, invoices (paper 专票, 数电票)."""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from .filing import Sheet
from .paint import A4_LANDSCAPE, HEI, SEAL_RED, Pen, width
from .people import Firm, capital, cn_date, figures, money

SCOPE = (
    "计算机信息系统集成；软件开发；信息技术咨询服务；网络工程；安全技术防范工程设计施工；"
    "计算机软硬件及辅助设备、电子产品、通讯设备销售；数据处理服务。"
    "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
)
OLD_SCOPE = (
    "许可经营项目：无。一般经营项目：计算机网络工程、系统集成；计算机软硬件、办公设备、通讯器材的销售及维修。"
)
REGISTRAR = "克孜勒苏柯尔克孜自治州市场监督管理局"


def license_new(doc: str, f: Firm, issued: dt.date, watermark: bool = False) -> tuple[Sheet, dict[str, Any]]:
    """营业执照 (副本), 三证合一: credit code top left, QR top right, fields, registrar's seal."""
    cap = capital(f.capital)
    fields: dict[str, Any] = {
        "company_name": f.name,
        "credit_code": f.credit_code,
        "legal_representative": f.legal_rep,
        "registered_capital": money(f.capital),
        "company_type": "有限责任公司(自然人投资或控股)",
        "established_on": f.established.isoformat(),
        "valid_until": "长期",
        "address": f.address,
        "business_scope": SCOPE,
    }

    def draw(p: Pen) -> None:
        p.rect(30, 30, p.w - 30, p.h - 30, 3, (0.62, 0.45, 0.2))
        p.rect(38, 38, p.w - 38, p.h - 38, 0.8, (0.62, 0.45, 0.2))
        p.text(60, 96, "统一社会信用代码", 10, HEI)
        p.text(60, 114, f.credit_code, 12)
        p.qr(p.w - 150, 70, 80, f"http://www.gsxt.gov.cn/index.html?uniscid={f.credit_code}")
        p.text(p.w - 170, 166, "扫描二维码登录国家企业信用", 7)
        p.text(p.w - 170, 176, "信息公示系统了解更多登记、", 7)
        p.text(p.w - 170, 186, "备案、许可、监管信息", 7)
        p.center(180, "营 业 执 照", 34, HEI)
        p.center(212, "（副   本）", 14, HEI)
        y = 262.0
        rows = (
            ("名        称", f.name),
            ("类        型", fields["company_type"]),
            ("法定代表人", f.legal_rep),
            ("注 册 资 本", cap),
            ("成 立 日 期", cn_date(f.established, pad=True)),
            ("营 业 期 限", f"{cn_date(f.established, pad=True)} 至 长期"),
            ("住        所", f.address),
        )
        for label, value in rows:
            p.text(80, y, label, 11, HEI)
            p.text(170, y, value, 11)
            y += 30
        p.text(80, y, "经 营 范 围", 11, HEI)
        p.para(170, y, SCOPE, 10, right=p.w - 70, leading=1.6, indent=False)
        p.text(330, 700, "登记机关", 12, HEI)
        p.text(330, 740, cn_date(issued, pad=True), 12)
        p.seal(380, 705, REGISTRAR, r=48)
        p.text(60, 790, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
        p.text(370, 790, "国家市场监督管理总局监制", 8)
        if watermark:
            p.watermark("仅供年检使用", 44, 0.25)

    return Sheet(doc, draw), fields


def license_old(doc: str, f: Firm, until: dt.date, issued: dt.date) -> tuple[Sheet, dict[str, Any]]:
    """企业法人营业执照 (副本), the pre-2015 format: 注册号 (15 digits), 营业期限 with an end date."""
    fields: dict[str, Any] = {
        "company_name": f.name,
        "legal_representative": f.legal_rep,
        "registered_capital": money(f.capital),
        "company_type": "有限责任公司",
        "established_on": f.established.isoformat(),
        "valid_until": until.isoformat(),
        "address": f.address,
        "business_scope": OLD_SCOPE,
    }

    def draw(p: Pen) -> None:
        green = (0.2, 0.45, 0.3)
        p.rect(34, 34, p.w - 34, p.h - 34, 4, green)
        p.center(120, "企业法人营业执照", 30, HEI)
        p.center(150, "（副  本）", 13, HEI)
        p.right(p.w - 70, 186, f"注册号  {f.reg_no}", 11)
        y = 232.0
        for label, value in (
            ("名        称", f.name),
            ("住        所", f.address),
            ("法定代表人姓名", f.legal_rep),
            ("注 册 资 本", capital(f.capital).removesuffix("整")),
            ("实 收 资 本", capital(f.capital).removesuffix("整")),
            ("公 司 类 型", "有限责任公司"),
        ):
            p.text(78, y, label, 11, HEI)
            p.text(190, y, value, 11)
            y += 28
        p.text(78, y, "经 营 范 围", 11, HEI)
        y = p.para(190, y, fields["business_scope"], 10.5, right=p.w - 72, leading=1.6, indent=False) + 8
        p.text(78, y, "成 立 日 期", 11, HEI)
        p.text(190, y, cn_date(f.established, pad=True), 11)
        p.text(78, y + 28, "营 业 期 限", 11, HEI)
        p.text(190, y + 28, f"{cn_date(f.established, pad=True)}至{cn_date(until, pad=True)}", 11)
        p.rect(78, y + 56, 300, y + 150, 0.8)
        p.text(86, y + 74, "年度检验情况", 10, HEI)
        p.text(104, y + 104, "2012年度", 10)
        p.rect(100, y + 110, 180, y + 138, 1.2, SEAL_RED)
        p.text(112, y + 129, "已 年 检", 11, HEI, color=SEAL_RED)
        p.text(360, 690, "登记机关", 12, HEI)
        p.text(360, 736, cn_date(issued, pad=True), 12)
        p.seal(420, 700, "克孜勒苏柯尔克孜自治州工商行政管理局", r=50)
        p.text(70, 790, "提示：每年1月1日至6月30日通过企业信用信息公示系统报送上一年度年度报告并公示。", 8)

    return Sheet(doc, draw), fields


# ------------------------------------------------------------------ audit


@dataclass(frozen=True)
class Books:
    """One year's audited figures in yuan (cents)."""

    year: int
    revenue: Decimal
    net_profit: Decimal
    prior_revenue: Decimal
    prior_profit: Decimal


def _lines(b: Books, rng: random.Random) -> list[tuple[str, Decimal, Decimal]]:
    def split(rev: Decimal, np_: Decimal) -> list[tuple[str, Decimal]]:
        tax = (np_ * Decimal("0.15")).quantize(Decimal("0.01"))
        total = np_ + tax
        non_op_in = (rev * Decimal(rng.uniform(0.0, 0.004))).quantize(Decimal("0.01"))
        non_op_out = (rev * Decimal(rng.uniform(0.0, 0.002))).quantize(Decimal("0.01"))
        op = total - non_op_in + non_op_out
        surtax = (rev * Decimal("0.004")).quantize(Decimal("0.01"))
        sales = (rev * Decimal(rng.uniform(0.01, 0.03))).quantize(Decimal("0.01"))
        admin = (rev * Decimal(rng.uniform(0.04, 0.08))).quantize(Decimal("0.01"))
        rd = (rev * Decimal(rng.uniform(0.0, 0.03))).quantize(Decimal("0.01"))
        fin = (rev * Decimal(rng.uniform(0.0, 0.004))).quantize(Decimal("0.01"))
        cost = rev - surtax - sales - admin - rd - fin - op
        return [
            ("一、营业收入", rev),
            ("减：营业成本", cost),
            ("税金及附加", surtax),
            ("销售费用", sales),
            ("管理费用", admin),
            ("研发费用", rd),
            ("财务费用", fin),
            ("二、营业利润（亏损以“－”号填列）", op),
            ("加：营业外收入", non_op_in),
            ("减：营业外支出", non_op_out),
            ("三、利润总额（亏损总额以“－”号填列）", total),
            ("减：所得税费用", tax),
            ("四、净利润（净亏损以“－”号填列）", np_),
        ]

    cur = split(b.revenue, b.net_profit)
    prev = split(b.prior_revenue, b.prior_profit)
    return [(a[0], a[1], c[1]) for a, c in zip(cur, prev, strict=True)]


Unit = Literal["元", "千元"]


def printed(value: Decimal, unit: Unit) -> str:
    if unit == "元":
        return figures(value)
    return f"{(value / 1000).quantize(Decimal(1), ROUND_HALF_UP):,}"


def in_unit(value: Decimal, unit: Unit) -> str:
    """Truth value of a printed figure: the printed number times the unit, two decimals."""
    if unit == "元":
        return money(value)
    return money((value / 1000).quantize(Decimal(1), ROUND_HALF_UP) * 1000)


def audit_report(
    doc: str,
    f: Firm,
    b: Books,
    audit_firm: str,
    report_no: str,
    signed: dt.date,
    unit: Unit,
    rng: random.Random,
) -> tuple[list[Sheet], dict[str, Any]]:
    """审计报告: opinion page (标准无保留意见), 资产负债表, 利润表 (本期 / 上期, in 元 or 千元)."""
    fields: dict[str, Any] = {
        "audit_firm": audit_firm,
        "report_number": report_no,
        "fiscal_year": b.year,
        "opinion": "unqualified",
        "operating_revenue": in_unit(b.revenue, unit),
        "net_profit": in_unit(b.net_profit, unit),
        "consolidated": False,
        "company_name": f.name,
    }
    cpa = [f"{n}" for n in ("马晓燕", "阿不都热合曼·托合提", "李国庆", "热娜古丽·艾买提")]
    rng.shuffle(cpa)
    lines = _lines(b, rng)

    def opinion(p: Pen) -> None:
        p.center(90, "审 计 报 告", 22)
        p.right(523, 124, report_no, 10.5)
        p.text(72, 160, f"{f.name}全体股东：", 11)
        y = p.para(72, 188, "一、审计意见", indent=False, font=HEI)
        y = p.para(
            72,
            y,
            f"我们审计了{f.name}（以下简称贵公司）财务报表，包括{b.year}年12月31日的资产负债表，{b.year}年度的利润表、"
            "现金流量表、所有者权益变动表以及相关财务报表附注。",
        )
        y = p.para(
            72,
            y,
            f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{b.year}年12月31日的"
            f"财务状况以及{b.year}年度的经营成果和现金流量。",
        )
        y = p.para(72, y + 4, "二、形成审计意见的基础", indent=False, font=HEI)
        y = p.para(
            72,
            y,
            "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分"
            "进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的"
            "其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        )
        y = p.para(72, y + 4, "三、管理层和治理层对财务报表的责任", indent=False, font=HEI)
        y = p.para(
            72,
            y,
            "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
            "以使财务报表不存在由于舞弊或错误导致的重大错报。",
        )
        y += 40
        p.text(72, y, audit_firm, 11)
        p.text(340, y, "中国注册会计师：", 10.5)
        p.signature(430, y, cpa[0])
        p.text(72, y + 22, "中国·新疆·阿图什", 10.5)
        p.text(340, y + 44, "中国注册会计师：", 10.5)
        p.signature(430, y + 44, cpa[1])
        p.text(340, y + 88, cn_date(signed), 10.5)
        p.seal(150, y - 10, audit_firm, r=46)

    def balance(p: Pen) -> None:
        p.center(80, "资 产 负 债 表", 17)
        p.text(72, 110, f"编制单位：{f.name}", 9.5)
        p.text(330, 110, f"{b.year}年12月31日", 9.5)
        p.right(523, 110, f"单位：{unit}", 9.5)
        total = (b.revenue * Decimal(rng.uniform(0.7, 1.1))).quantize(Decimal("0.01"))
        liab = (total * Decimal(rng.uniform(0.35, 0.6))).quantize(Decimal("0.01"))
        eq = total - liab
        cash = (total * Decimal("0.22")).quantize(Decimal("0.01"))
        recv = (total * Decimal("0.41")).quantize(Decimal("0.01"))
        inv = (total * Decimal("0.17")).quantize(Decimal("0.01"))
        cur = cash + recv + inv
        rows = [
            ("货币资金", cash),
            ("应收账款", recv),
            ("存货", inv),
            ("流动资产合计", cur),
            ("固定资产", total - cur),
            ("非流动资产合计", total - cur),
            ("资产总计", total),
            ("流动负债合计", liab),
            ("负债合计", liab),
            ("实收资本", f.capital),
            ("未分配利润", eq - f.capital),
            ("所有者权益合计", eq),
            ("负债和所有者权益总计", total),
        ]
        widths = [230.0, 110.0, 111.0]
        y = 122.0
        p.grid(72, y, widths, [22.0] * (len(rows) + 1))
        p.cell(72, y, 22, "项    目", 10, HEI)
        p.cell(302, y, 22, "期末余额", 10, HEI)
        p.cell(412, y, 22, "期初余额", 10, HEI)
        for i, (name, v) in enumerate(rows, start=1):
            p.cell(72, y + 22 * i, 22, name, 9.5)
            p.right(407, y + 22 * i + 15, printed(v, unit), 9.5)
            p.right(518, y + 22 * i + 15, printed((v * Decimal("0.9")).quantize(Decimal("0.01")), unit), 9.5)

    def income(p: Pen) -> None:
        p.center(80, "利  润  表", 17)
        p.text(72, 110, f"编制单位：{f.name}", 9.5)
        p.text(330, 110, f"{b.year}年度", 9.5)
        p.right(523, 110, f"单位：{unit}", 9.5)
        widths = [230.0, 110.0, 111.0]
        y = 122.0
        p.grid(72, y, widths, [22.0] * (len(lines) + 1))
        p.cell(72, y, 22, "项    目", 10, HEI)
        p.cell(302, y, 22, "本期金额", 10, HEI)
        p.cell(412, y, 22, "上期金额", 10, HEI)
        for i, (name, cur, prev) in enumerate(lines, start=1):
            indent = 0 if name[0] in "一二三四" else 14
            p.cell(72 + indent, y + 22 * i, 22, name, 9 if len(name) > 14 else 9.5)
            p.right(407, y + 22 * i + 15, printed(cur, unit), 9.5)
            p.right(518, y + 22 * i + 15, printed(prev, unit), 9.5)
        p.text(72, y + 22 * (len(lines) + 1) + 30, "法定代表人：", 9.5)
        p.text(240, y + 22 * (len(lines) + 1) + 30, "主管会计工作负责人：", 9.5)
        p.text(420, y + 22 * (len(lines) + 1) + 30, "会计机构负责人：", 9.5)

    return [Sheet(doc, opinion), Sheet(doc, balance), Sheet(doc, income)], fields


# ------------------------------------------------------------------ invoices


@dataclass(frozen=True)
class Bill:
    number: str
    issued: dt.date
    buyer: str
    buyer_code: str
    seller: Firm
    item: str
    total: Decimal
    rate: int


def _split_tax(total: Decimal, rate: int) -> tuple[Decimal, Decimal]:
    net = (total / (1 + Decimal(rate) / 100)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return net, total - net


def _fields(b: Bill, qr: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "invoice_number": b.number,
        "issued_on": b.issued.isoformat(),
        "buyer": b.buyer,
        "seller": b.seller.name,
        "total_amount": money(b.total),
    }
    if qr:
        out["qr"] = qr
    return out


def vat_paper(doc: str, b: Bill, code: str, rng: random.Random) -> tuple[Sheet, dict[str, Any]]:
    """新疆增值税专用发票 (发票联), paper, laid on a landscape A4 sheet for scanning."""
    net, tax = _split_tax(b.total, b.rate)
    brown = (0.55, 0.3, 0.15)

    def draw(p: Pen) -> None:
        x0, y0, x1 = 70.0, 70.0, 772.0
        p.center(y0 + 22, "新疆增值税专用发票", 20)
        p.line(330, y0 + 30, 512, y0 + 30, 1.2, brown)
        p.line(330, y0 + 33, 512, y0 + 33, 0.6, brown)
        p.center(y0 + 50, "发  票  联", 11)
        p.text(x0, y0 + 20, code, 12)
        p.text(x1 - 190, y0 + 16, "发票代码：", 9.5, HEI)
        p.text(x1 - 140, y0 + 16, code, 10)
        p.text(x1 - 190, y0 + 34, "发票号码：", 9.5, HEI)
        p.text(x1 - 140, y0 + 34, b.number, 12, color=(0.15, 0.15, 0.5))
        p.text(x1 - 190, y0 + 52, "开票日期：", 9.5, HEI)
        p.text(x1 - 140, y0 + 52, cn_date(b.issued, pad=True), 10)
        top = y0 + 62
        p.rect(x0, top, x1, top + 330, 0.9, brown)
        # buyer
        p.line(x0, top + 70, x1, top + 70, 0.7, brown)
        p.line(x0 + 24, top, x0 + 24, top + 70, 0.7, brown)
        p.text(x0 + 6, top + 25, "购", 10)
        p.text(x0 + 6, top + 43, "买", 10)
        p.text(x0 + 6, top + 61, "方", 10)
        p.text(x0 + 30, top + 16, f"名          称：{b.buyer}", 9.5)
        p.text(x0 + 30, top + 32, f"纳税人识别号：{b.buyer_code}", 9.5)
        p.text(x0 + 30, top + 48, "地 址、电 话：", 9.5)
        p.text(x0 + 30, top + 64, "开户行及账号：", 9.5)
        p.line(x0 + 430, top, x0 + 430, top + 70, 0.7, brown)
        p.text(x0 + 436, top + 20, "密", 10)
        p.text(x0 + 436, top + 50, "码区", 10)
        for k in range(4):
            p.text(
                x0 + 470, top + 16 + 15 * k, "".join(rng.choice("0123456789+-*/<>") for _ in range(28)), 9.5
            )
        # items
        heads = ("货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额")
        cols = [x0, x0 + 190, x0 + 270, x0 + 310, x0 + 350, x0 + 440, x0 + 560, x0 + 600, x1]
        for i, h in enumerate(heads):
            p.text(cols[i] + 4, top + 86, h, 9)
        p.text(cols[0] + 4, top + 108, b.item, 9)
        p.text(cols[2] + 4, top + 108, "项", 9)
        p.text(cols[3] + 4, top + 108, "1", 9)
        p.right(cols[5] - 4, top + 108, f"{net:.2f}", 9)
        p.right(cols[6] - 4, top + 108, f"{net:.2f}", 9)
        p.text(cols[6] + 4, top + 108, f"{b.rate}%", 9)
        p.right(cols[8] - 4, top + 108, f"{tax:.2f}", 9)
        p.line(x0, top + 190, x1, top + 190, 0.7, brown)
        p.text(x0 + 60, top + 184, "合    计", 9.5)
        p.right(cols[6] - 4, top + 184, f"¥{net:.2f}", 9.5)
        p.right(cols[8] - 4, top + 184, f"¥{tax:.2f}", 9.5)
        p.line(x0, top + 216, x1, top + 216, 0.7, brown)
        p.text(x0 + 20, top + 208, "价税合计（大写）", 9.5)
        p.text(x0 + 140, top + 208, f"⊗{capital(b.total)}", 10.5)
        p.text(x0 + 470, top + 208, f"（小写）¥{b.total:.2f}", 10.5)
        # seller
        p.line(x0 + 24, top + 216, x0 + 24, top + 300, 0.7, brown)
        p.text(x0 + 6, top + 244, "销", 10)
        p.text(x0 + 6, top + 262, "售", 10)
        p.text(x0 + 6, top + 280, "方", 10)
        p.text(x0 + 30, top + 234, f"名          称：{b.seller.name}", 9.5)
        p.text(x0 + 30, top + 250, f"纳税人识别号：{b.seller.credit_code}", 9.5)
        p.text(x0 + 30, top + 266, f"地 址、电 话：{b.seller.address[-16:]} {b.seller.phone}", 9)
        p.text(x0 + 30, top + 282, f"开户行及账号：{b.seller.bank} {b.seller.account}", 9)
        p.line(x0 + 430, top + 216, x0 + 430, top + 300, 0.7, brown)
        p.text(x0 + 436, top + 240, "备", 10)
        p.text(x0 + 436, top + 270, "注", 10)
        p.line(x0, top + 300, x1, top + 300, 0.7, brown)
        p.text(x0 + 10, top + 320, "收款人：", 9.5)
        p.text(x0 + 200, top + 320, "复核：", 9.5)
        p.text(x0 + 380, top + 320, "开票人：", 9.5)
        p.text(x0 + 420, top + 320, b.seller.legal_rep.split("·")[0][:3], 9.5)
        p.text(x0 + 540, top + 320, "销售方：（章）", 9.5)
        p.oval_seal(x0 + 600, top + 262, b.seller.name, b.seller.credit_code)

    return Sheet(doc, draw, A4_LANDSCAPE), _fields(b)


def digital_invoice(doc: str, b: Bill, kind: str = "增值税专用发票") -> tuple[Sheet, dict[str, Any]]:
    """数电票 (电子发票), born digital: QR top left, 发票号码 (20 digits), buyer/seller side by side."""
    net, tax = _split_tax(b.total, b.rate)
    type_code = "31" if kind == "增值税专用发票" else "32"
    qr = f"01,{type_code},,{b.number},{b.total:.2f},{b.issued:%Y%m%d},,{zlib.crc32(b.number.encode()) % 65536:04X}"
    line = (0.6, 0.35, 0.2)

    def draw(p: Pen) -> None:
        p.qr(30, 22, 62, qr)
        p.center(52, f"电子发票（{kind}）", 17)
        p.line(200, 60, 395, 60, 1, line)
        p.line(200, 63, 395, 63, 0.5, line)
        p.text(410, 40, f"发票号码：{b.number}", 9)
        p.text(410, 58, f"开票日期：{cn_date(b.issued, pad=True)}", 9)
        x0, x1, top = 24.0, 571.0, 96.0
        p.rect(x0, top, x1, top + 250, 0.8, line)
        p.line(x0, top + 62, x1, top + 62, 0.6, line)
        p.line(297, top, 297, top + 62, 0.6, line)
        p.text(x0 + 6, top + 18, "购买方信息", 9, HEI)
        buyer = f"名称：{b.buyer}"
        p.text(x0 + 6, top + 36, buyer, min(9.0, 262 / max(width(buyer, 1), 1)))
        p.text(x0 + 6, top + 54, f"统一社会信用代码/纳税人识别号：{b.buyer_code}", 8)
        p.text(303, top + 18, "销售方信息", 9, HEI)
        p.text(303, top + 36, f"名称：{b.seller.name}", 9)
        p.text(303, top + 54, f"统一社会信用代码/纳税人识别号：{b.seller.credit_code}", 8)
        cols = (x0 + 6, x0 + 170, x0 + 230, x0 + 265, x0 + 300, x0 + 372, x0 + 440)
        for cx, h in zip(
            cols, ("项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率"), strict=True
        ):
            p.text(cx, top + 78, h, 8.5)
        p.text(x1 - 40, top + 78, "税额", 8.5)
        p.text(cols[0], top + 96, f"*信息技术服务*{b.item}", 8.5)
        p.text(cols[2], top + 96, "项", 8.5)
        p.text(cols[3], top + 96, "1", 8.5)
        p.text(cols[4], top + 96, f"{net:.2f}", 8.5)
        p.text(cols[5], top + 96, f"{net:.2f}", 8.5)
        p.text(cols[6], top + 96, f"{b.rate}%", 8.5)
        p.right(x1 - 6, top + 96, f"{tax:.2f}", 8.5)
        p.text(cols[0], top + 170, "合        计", 9)
        p.text(cols[5], top + 170, f"¥{net:.2f}", 9)
        p.right(x1 - 6, top + 170, f"¥{tax:.2f}", 9)
        p.line(x0, top + 180, x1, top + 180, 0.6, line)
        p.text(x0 + 6, top + 198, "价税合计（大写）", 9)
        p.text(x0 + 100, top + 198, f"⊗{capital(b.total)}", 9.5)
        p.text(390, top + 198, f"（小写）¥{b.total:.2f}", 9.5)
        p.line(x0, top + 208, x1, top + 208, 0.6, line)
        p.text(x0 + 6, top + 226, "备", 9)
        p.text(x0 + 6, top + 242, "注", 9)
        p.text(x0 + 30, top + 232, f"项目名称：{b.item}", 8.5)
        p.text(380, 370, f"开票人：{b.seller.legal_rep.split('·')[0][:4]}", 9)

    return Sheet(doc, draw, (595.0, 396.0)), _fields(b, qr)
