"""The printed papers (licence, audit report, contract key pages, invoice) and what hands add to them.

The acceptance form, filled in by pen, lives in ``acceptance.py``. Each function returns its sheets with
every printed or written run recorded; options that only change how the paper looks come in ``Look``.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import zxingcpp

from . import pen, stamps
from .facts import Audit, Deal, Filing
from .numerals import capitals, date_cn, date_small, figures
from .places import Firm
from .sheet import PEN_BLACK, PEN_BLUE, Sheet

A4 = (210.0, 297.0)


@dataclass
class Look:
    """How one project's contract looks once hands have been at it."""

    pages: int = 3
    itemised: bool = True
    sealed: bool = True
    seam_seal: bool = True
    fingerprints: bool = False
    faint_client_seal: bool = False
    double_firm_seal: bool = False
    amount_corrected_from: Decimal | None = None
    """The contract first printed this amount; it is struck through and the deal's amount written by hand."""
    days_corrected: bool = False
    highlight_amount: bool = False
    certified_copy: bool = False
    pen: tuple[float, float, float] = PEN_BLUE


_SEALS: dict[tuple[str, str, int, bool], np.ndarray] = {}


def seal_for(name: str, rng: random.Random, dpi: int, centre: str = "", code: bool = True) -> np.ndarray:
    """The round seal of ``name`` (42 mm, 40 mm for short names), drawn for ``dpi``: one rubber per owner
    and kind, its 13-digit code fixed by the name, so every impression of it comes from the same design."""
    del rng  # the rubber is the organisation's, not the generator's
    key = (name, centre, dpi, code)
    if key not in _SEALS:
        digits = (
            random.Random(zlib.crc32((name + centre).encode())).choices("0123456789", k=13) if code else []
        )
        _SEALS[key] = stamps.seal_design(
            name, centre, "".join(digits), 42.0 if len(name) > 9 else 40.0, dpi / 25.4
        )
    return _SEALS[key]


def qr(sheet: Sheet, x: float, y: float, payload: str, size_mm: float) -> None:
    """A QR code of ``payload`` printed at (x, y) mm, ``size_mm`` wide."""
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    modules = np.asarray(barcode.to_image(scale=1, add_quiet_zones=False), dtype=np.float32) / 255.0
    cell = max(1, sheet.px(size_mm) // modules.shape[0])
    big = np.kron(1.0 - modules, np.ones((cell, cell), np.float32))
    sheet.ink(big, sheet.px(x), sheet.px(y), (0.05, 0.05, 0.05))
    sheet.mark(
        "qr", (x, y, x + big.shape[1] / sheet.px_per_mm, y + big.shape[0] / sheet.px_per_mm), payload=payload
    )


def licence(filing: Filing, rng: random.Random, dpi: int) -> Sheet:
    """营业执照（副本）, landscape, with its QR and the 登记机关's seal."""
    firm = filing.firm
    sheet = Sheet(297, 210, dpi, tone=(0.985, 0.975, 0.95))
    for inset, width in ((6, 1.6), (9, 0.4)):
        sheet.rect(inset, inset, 297 - inset, 210 - inset, width)
    sheet.text(148.5, 24, "营 业 执 照", 30, align="center", bold=True)
    sheet.text(148.5, 42, "（副    本）", 14, align="center")
    sheet.text(22, 22, "统一社会信用代码", 10)
    sheet.text(22, 28, firm.credit_code, 12)
    sheet.text(22, 36, f"副本编号：{rng.randint(1, 3)}-{rng.randint(1, 9)}", 9)
    qr(sheet, 248, 20, f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}", 30)
    sheet.text(240, 52, "扫描二维码登录", 7)
    sheet.text(240, 56, "国家企业信用信息公示系统", 7)
    left, right = 30, 160
    y = 66
    established = dt.date(*firm.established)
    rows_left = [
        ("名　　称", firm.name),
        ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal_rep),
    ]
    for label, value in rows_left:
        sheet.text(left, y, label, 11)
        sheet.text(left + 28, y, value, 11)
        y += 11
    sheet.text(left, y, "经营范围", 11)
    scope = (
        "一般项目：信息系统集成服务；信息技术咨询服务；软件开发；网络与信息安全软件开发；计算机系统服务；"
        "安防设备销售；计算机软硬件及辅助设备零售；智能控制系统集成。（除依法须经批准的项目外，凭营业执照"
        "依法自主开展经营活动）"
    )
    wrap_end = sheet.wrap(left + 28, y, scope, 100, 9.5)
    del wrap_end
    until = "长期" if filing.licence_until is None else date_cn(filing.licence_until)
    y = 66
    rows_right = [
        ("注册资本", f"人民币{capitals(Decimal(firm.capital)).removesuffix('元整')}元整"),
        ("成立日期", date_cn(established)),
        ("营业期限", f"{date_cn(established)}至{until}"),
        ("住　　所", firm.address),
    ]
    for label, value in rows_right:
        sheet.text(right, y, label, 11)
        if len(value) > 24:
            sheet.text(right + 24, y, value[:24], 10.5)
            sheet.text(right + 24, y + 6, value[24:], 10.5)
            y += 6
        else:
            sheet.text(right + 24, y, value, 11)
        y += 11
    issued = established + dt.timedelta(days=rng.randint(200, 2400))
    sheet.text(200, 168, "登记机关", 12)
    authority = f"{firm.county.name}市场监督管理局"
    stamps.stamp(sheet, 240, 170, seal_for(authority, rng, dpi, code=False), rng, owner=authority)
    sheet.text(222, 186, date_cn(min(issued, dt.date(2025, 6, 1))), 11)
    sheet.text(40, 196, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    sheet.text(200, 196, "国家市场监督管理总局监制", 8)
    return sheet


def certify_copy(
    sheet: Sheet, firm: Firm, rng: random.Random, x: float, y: float, design: np.ndarray
) -> None:
    """与原件一致: the stamp, the firm's seal half over it, a signature and the date by pen."""
    stamps.box_stamp(sheet, x, y, ["与原件一致"], rng, owner=firm.name, kind="certified_copy", size_mm=6.0)
    stamps.stamp(sheet, x + 38, y + 8, design, rng, owner=firm.name)
    pen.signature(sheet, x + 2, y + 15, firm.legal_rep, rng, colour=PEN_BLACK)
    pen.hand(sheet, x + 2, y + 24, f"{2026}.{rng.randint(1, 2)}.{rng.randint(3, 27)}", rng, size=4.2,
             colour=PEN_BLACK, kind="note")  # fmt: skip


def audit_report(filing: Filing, rng: random.Random, dpi: int) -> list[Sheet]:
    """审计报告: the opinion page and the 利润表 with 其中：系统集成收入; the audit firm's 骑缝章 across both."""
    audit: Audit = filing.audit
    firm = filing.firm
    first = Sheet(*A4, dpi, tone=(0.99, 0.99, 0.985))
    first.text(105, 28, "审 计 报 告", 20, align="center", bold=True)
    first.text(185, 42, audit.report_number, 10.5, align="right")
    first.text(25, 54, f"{firm.name}全体股东：", 11)
    y = first.text(25, 64, "一、审计意见", 11, bold=True)[3] + 3
    opinion = (
        f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括{filing.audit.signed_on.year - 1}年12月31日的资产负债表，"
        f"{filing.audit.signed_on.year - 1}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。"
        "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司"
        f"{filing.audit.signed_on.year - 1}年12月31日的财务状况以及{filing.audit.signed_on.year - 1}年度的经营成果和现金流量。"
    )
    y = first.wrap(32, y, opinion, 150, 10.5)
    y = first.text(25, y + 4, "二、形成审计意见的基础", 11, bold=True)[3] + 3
    basis = (
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分"
        "进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德"
        "方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
    )
    y = first.wrap(32, y, basis, 150, 10.5)
    first.text(25, 222, audit.firm_name, 11)
    first.text(130, 222, f"中国注册会计师：{audit.cpas[0]}", 10.5)
    first.text(130, 236, f"中国注册会计师：{audit.cpas[1]}", 10.5)
    first.text(25, 236, "中国·喀什", 10.5)
    first.text(130, 252, date_cn(audit.signed_on), 10.5)
    stamps.stamp(first, 60, 230, seal_for(audit.firm_name, rng, dpi), rng, owner=audit.firm_name)
    pen.signature(first, 165, 216, audit.cpas[0], rng, colour=PEN_BLACK)
    pen.signature(first, 165, 230, audit.cpas[1], rng, colour=PEN_BLACK)

    second = Sheet(*A4, dpi, tone=(0.99, 0.99, 0.985))
    second.text(105, 24, "利 润 表", 16, align="center", bold=True)
    year = audit.signed_on.year - 1
    second.text(25, 36, f"编制单位：{firm.name}", 9.5)
    second.text(125, 36, f"{year}年度", 9.5)
    second.text(185, 36, "单位：元", 9.5, align="right")
    rows = [
        ("一、营业收入", audit.revenue),
        ("    其中：系统集成收入", audit.integration_revenue),
        ("减：营业成本", audit.cost),
        ("    税金及附加", audit.taxes),
        ("    销售费用", audit.selling),
        ("    管理费用", audit.admin),
        ("    财务费用", audit.finance_cost),
        ("二、营业利润", audit.operating_profit),
        ("加：营业外收入", audit.other_income),
        ("三、利润总额", audit.total_profit),
        ("减：所得税费用", audit.income_tax),
        ("四、净利润", audit.net_profit),
    ]
    widths, height = [95.0, 65.0], 9.0
    second.grid(25, 44, widths, [height] * (len(rows) + 1))
    second.text(60, 46.5, "项    目", 10, align="center")
    second.text(152, 46.5, "本期金额", 10, align="center")
    for i, (label, value) in enumerate(rows, start=1):
        top = 44 + i * height + 2.5
        second.text(28, top, label, 10)
        second.text(182, top, figures(value), 10, align="right")
    second.text(25, 170, f"企业负责人：{firm.legal_rep}", 9.5)
    second.text(95, 170, "主管会计工作负责人：", 9.5)
    second.text(150, 170, "会计机构负责人：", 9.5)
    stamps.seam_stamp([first, second], rng.uniform(120, 170), seal_for(audit.firm_name, rng, dpi), rng,
                      owner=audit.firm_name)  # fmt: skip
    return [first, second]


def annual_use_only(sheet: Sheet, firm: Firm, rng: random.Random, x: float, y: float) -> None:
    """仅供年检使用: the firm's own rectangular stamp, put on everything it copies for the inspection."""
    stamps.box_stamp(
        sheet, x, y, ["仅供年检使用", "再复印无效"], rng, owner=firm.name, kind="use_only", size_mm=4.6
    )


def invoice(
    firm: Firm, deal: Deal, share: Decimal, number: str, issued: dt.date, rng: random.Random, dpi: int
) -> Sheet:
    """A printed 电子发票（普通发票） for ``share`` of the deal, 6 % 信息技术服务, with its QR."""
    gross = (deal.amount * share).quantize(Decimal("1"))
    net = (gross / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = gross - net
    sheet = Sheet(210, 140, dpi, tone=(0.995, 0.995, 0.99))
    qr(sheet, 12, 8, f"01,32,,{number},{net:.2f},{issued:%Y%m%d},,{rng.randint(1000, 9999)}", 20)
    red = (0.62, 0.25, 0.2)
    sheet.text(105, 10, "电子发票（普通发票）", 17, colour=red, align="center")
    sheet.text(140, 10, f"发票号码：{number}", 9)
    sheet.text(140, 16, f"开票日期：{date_cn(issued)}", 9)
    sheet.grid(8, 32, [10, 87, 10, 87], [26, 46, 10, 9])
    sheet.text(10, 36, "购", 9, colour=red)
    sheet.text(10, 42, "买", 9, colour=red)
    sheet.text(10, 48, "方", 9, colour=red)
    sheet.text(20, 37, f"名称：{deal.client.name}", 9)
    sheet.text(20, 46, f"统一社会信用代码/纳税人识别号：{deal.client.credit_code}", 8)
    sheet.text(107, 36, "销", 9, colour=red)
    sheet.text(107, 42, "售", 9, colour=red)
    sheet.text(107, 48, "方", 9, colour=red)
    sheet.text(117, 37, f"名称：{firm.name}", 9)
    sheet.text(117, 46, f"统一社会信用代码/纳税人识别号：{firm.credit_code}", 8)
    head_y = 60
    for x, label in (
        (12, "项目名称"),
        (80, "单位"),
        (95, "数量"),
        (120, "金额"),
        (150, "税率/征收率"),
        (180, "税额"),
    ):
        sheet.text(x, head_y, label, 8.5)
    sheet.text(12, head_y + 8, "*信息技术服务*系统集成服务", 8.5)
    sheet.text(80, head_y + 8, "项", 8.5)
    sheet.text(97, head_y + 8, "1", 8.5)
    sheet.text(140, head_y + 8, figures(net), 8.5, align="right")
    sheet.text(155, head_y + 8, "6%", 8.5)
    sheet.text(200, head_y + 8, figures(tax), 8.5, align="right")
    sheet.text(12, 97, "合　　计", 8.5)
    sheet.text(140, 97, f"¥{figures(net)}", 8.5, align="right")
    sheet.text(200, 97, f"¥{figures(tax)}", 8.5, align="right")
    sheet.text(12, 106, "价税合计（大写）", 9)
    sheet.text(45, 106, capitals(gross), 9)
    sheet.text(140, 106, "（小写）", 9)
    sheet.text(156, 106, f"¥{figures(gross)}", 9)
    sheet.text(12, 117, f"备注：项目名称：{deal.name[:26]}", 8)
    sheet.text(12, 130, f"开票人：{pen_name(rng)}", 9)
    return sheet


def pen_name(rng: random.Random) -> str:
    """A clerk's name as printed on an invoice."""
    return rng.choice("王李张刘陈杨") + rng.choice(["娟", "丽", "芳", "敏", "婷"])


def small_date(day: dt.date) -> str:
    """Dates the way seals and signature blocks are written in full (二〇二五年…)."""
    return date_small(day)
