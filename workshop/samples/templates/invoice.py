"""Electronic invoices: 电子发票（普通发票） (数电, 20-digit number) and 增值税电子普通发票 layouts."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from jianzheng.models.document import DocType

from ..draw import RED, Pen, Style
from ..money_words import amount_words
from ..spell import date_text
from . import Rendered


@dataclass
class InvoiceSpec:
    project_id: str | None
    number: str
    issued_on: dt.date
    buyer: str
    buyer_code: str
    seller: str
    seller_code: str
    total: Decimal
    item: str = "*信息技术服务*系统集成服务"
    qr_total: Decimal | None = None
    """Amount written into the QR code (None: the printed total)."""
    layout: str = "digital"


def invoice_number(rng: random.Random, year: int, layout: str) -> str:
    """A 20-digit 数电 number (year + region 65 + serial) or an 8-digit old-style one."""
    if layout == "digital":
        return f"{year % 100:02d}65{rng.randint(0, 9)}{rng.randint(10**14, 10**15 - 1)}"
    return f"{rng.randint(0, 99_999_999):08d}"


def qr_payload(spec: InvoiceSpec, code: str = "") -> str:
    """The VAT invoice QR content: 01,<type>,<code>,<number>,<amount>,<YYYYMMDD>,<check>,<hash>."""
    total = spec.qr_total if spec.qr_total is not None else spec.total
    kind = "32" if spec.layout == "digital" else "10"
    check = (
        "" if spec.layout == "digital" else str(int(hashlib.sha1(spec.number.encode()).hexdigest(), 16))[:20]
    )
    digest = hashlib.md5(f"{spec.number}{total}".encode()).hexdigest()[:4].upper()
    return f"01,{kind},{code},{spec.number},{total:.2f},{spec.issued_on:%Y%m%d},{check},{digest}"


def render_invoice(rng: random.Random, spec: InvoiceSpec) -> Rendered:
    """One invoice page (A5 landscape-like) with a QR code in the top-left corner."""
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    page = pen.new_page((620.0, 400.0))
    rate = Decimal("0.06") if "服务" in spec.item else Decimal("0.13")
    net = (spec.total / (1 + rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    tax = spec.total - net
    code = "" if spec.layout == "digital" else f"0650{rng.randint(10**7, 10**8 - 1)}"
    payload = qr_payload(spec, code)
    pen.qr(20, 16, 70, payload)
    title = "电子发票（普通发票）" if spec.layout == "digital" else "新疆增值税电子普通发票"
    pen.center(45, title, size=18, font=pen.style.title_font)
    pen.line(230, 52, 390, 52, width=1)
    x = 440.0
    if code:
        pen.labelled(x, 30, "发票代码：", code, size=9)
    pen.labelled(x, 44, "发票号码：", spec.number, key="invoice_number", size=9)
    pen.labelled(x, 58, "开票日期：", date_text(spec.issued_on, "cn0"), key="issued_on", size=9)
    if spec.layout != "digital":
        pen.labelled(x, 72, "校 验 码：", qr_payload(spec, code).split(",")[6][:20], size=9)
    pen.rect((20, 90, 600, 370), width=0.8, color=(0.55, 0.35, 0.2))
    pen.line(20, 140, 600, 140)
    pen.line(310, 90, 310, 140)
    pen.text(26, 106, "购买方", size=9)
    pen.labelled(70, 106, "名称：", spec.buyer, key="buyer", size=9)
    pen.labelled(70, 126, "统一社会信用代码/纳税人识别号：", spec.buyer_code, size=8.5)
    pen.text(316, 106, "销售方", size=9)
    pen.labelled(360, 106, "名称：", spec.seller, key="seller", size=9)
    pen.labelled(360, 126, "统一社会信用代码/纳税人识别号：", spec.seller_code, size=8.5)
    rows = [
        ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"],
        [spec.item, "", "项", "1", f"{net:.2f}", f"{net:.2f}", f"{int(rate * 100)}%", f"{tax:.2f}"],
        ["合计", "", "", "", "", f"¥{net:.2f}", "", f"¥{tax:.2f}"],
    ]
    pen.table(20, 145, [170, 55, 35, 35, 75, 85, 60, 65], rows, row_h=26, size=8.5, align_right={4, 5, 7})
    pen.line(20, 300, 600, 300)
    pen.text(26, 320, "价税合计（大写）", size=9.5)
    pen.text(130, 320, amount_words(spec.total), size=9.5, key="total_words")
    pen.labelled(
        420,
        320,
        "（小写）",
        f"¥{spec.total:,.2f}" if rng.random() < 0.5 else f"¥{spec.total:.2f}",
        key="total_amount",
        size=9.5,
    )
    pen.text(26, 350, "备注：" + rng.choice(["项目款", "合同进度款", "项目尾款", ""]), size=9)
    pen.text(440, 390, "开票人：" + rng.choice(["李娜", "王芳", "陈静"]), size=9)
    if spec.layout != "digital":
        pen.seal(520, 345, spec.seller, radius=32, center="发票专用章", rng=rng)
    else:
        pen.text(230, 70, "国家税务总局", size=9, color=RED)
        pen.text(232, 82, "新疆维吾尔自治区税务局", size=8, color=RED)
    del page
    fields = {
        "invoice_number": spec.number,
        "issued_on": spec.issued_on.isoformat(),
        "buyer": spec.buyer,
        "seller": spec.seller,
        "total_amount": f"{spec.total:.2f}",
        "qr": payload,
    }
    return Rendered(DocType.invoice, doc, fields, pen.marks, project_id=spec.project_id)
