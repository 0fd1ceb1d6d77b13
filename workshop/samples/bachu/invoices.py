"""Invoices as enterprises upload them: 数电票 (全面数字化的电子发票), the older 增值税电子普通发票, and the paper
增值税专用发票 / 普通发票; red (红字) invoices; their QR payloads and the XML e-invoice.

Amounts follow the tax rules: per line 税额 = 金额 × 税率 rounded to the fen, 价税合计 = Σ金额 + Σ税额, and a part
payment's lines are chosen so that its 价税合计 is the share of the (tax-inclusive) contract price it bills.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from xml.sax.saxutils import escape

from . import marks
from .numerals import capital, cn_date, q2, yen
from .people import Company
from .sheet import BLACK, BROWN, FORM_RED, Sheet, text_width

RATE_LABEL = {Decimal("0.06"): "6%", Decimal("0.09"): "9%", Decimal("0.13"): "13%", Decimal("0.03"): "3%"}


@dataclass
class Line:
    item: str  # *信息系统服务*运维服务
    amount: Decimal  # 金额 without tax
    rate: Decimal
    tax: Decimal
    spec: str = ""
    unit: str = ""
    qty: str = ""
    price: str = ""

    @property
    def total(self) -> Decimal:
        return self.amount + self.tax


def split_line(
    item: str, total: Decimal, rate: Decimal, unit: str = "项", qty: int = 1, spec: str = ""
) -> Line:
    """A line whose 金额 + round(金额 × 税率) is exactly ``total`` (the search real 开票 software does)."""
    total = q2(total)
    base = q2(total / (1 + rate))
    for step in (0, 1, -1, 2, -2, 3, -3, 4, -4):
        amount = base + Decimal(step) / 100
        tax = q2(amount * rate)
        if amount + tax == total:
            price = (amount / qty).quantize(Decimal("0.00000001")).normalize() if qty else Decimal(0)
            return Line(
                item, amount, rate, tax, spec, unit if qty else "", str(qty) if qty else "", f"{price:f}"
            )
    # no exact 金额: 开票 in 含税 mode takes 税额 = 价税合计 − 金额 (within the one-fen tolerance the platform allows)
    amount = base
    tax = total - amount
    price = (amount / qty).quantize(Decimal("0.00000001")).normalize() if qty else Decimal(0)
    return Line(item, amount, rate, tax, spec, unit if qty else "", str(qty) if qty else "", f"{price:f}")


@dataclass
class Invoice:
    kind: str  # sdp (数电票), vat_e (增值税电子普通发票), paper_special, paper_ordinary
    special: bool
    number: str
    issued: dt.date
    buyer: Company
    seller: Company
    lines: list[Line]
    remark: str = ""
    code: str = ""  # 发票代码 (not on a 数电票)
    check_code: str = ""  # 校验码
    machine: str = ""
    cipher: list[str] = field(default_factory=list)
    clerk: str = ""
    payee: str = ""
    checker: str = ""
    crc: str = "0000"
    red_of: str = ""  # the blue invoice this red one cancels
    red_confirmation: str = ""
    qr_override: str = ""  # a planted payload; empty = the honest one
    stage: str = ""  # 预付款 / 进度款 / 尾款 (for the record)

    @property
    def amount(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal(0))

    @property
    def tax(self) -> Decimal:
        return sum((ln.tax for ln in self.lines), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.amount + self.tax

    @property
    def red(self) -> bool:
        return self.total < 0

    def honest_qr(self) -> str:
        d = self.issued.strftime("%Y%m%d")
        if self.kind == "sdp":
            # the 数电票 payload carries the 价税合计 (as the real 2024 OFD 数电票 in real-docs/ofd does)
            return f"01,{31 if self.special else 32},,{self.number},{self.total:.2f},{d},,{self.crc}"
        type_code = {"vat_e": "10", "paper_special": "01", "paper_ordinary": "04"}[self.kind]
        check = "" if self.kind == "paper_special" else self.check_code
        return f"01,{type_code},{self.code},{self.number},{self.amount:.2f},{d},{check},{self.crc},"

    @property
    def qr(self) -> str:
        return self.qr_override or self.honest_qr()

    @property
    def title(self) -> str:
        if self.kind == "sdp":
            return "电子发票（增值税专用发票）" if self.special else "电子发票（普通发票）"
        if self.kind == "vat_e":
            return "新疆增值税电子普通发票"
        return "新疆增值税专用发票" if self.kind == "paper_special" else "新疆增值税普通发票"

    def words(self) -> str:
        w = capital(abs(self.total), "圆")
        return "（负数）" + w if self.red else w


def _money_cell(
    sheet: Sheet, right: float, y: float, value: Decimal, size: float = 3.0, role: str = ""
) -> None:
    sheet.text(right, y, f"{value:.2f}", size, BLACK, align="r", role=role)


def _rate(rate: Decimal) -> str:
    return RATE_LABEL.get(rate, f"{rate * 100:.0f}%")


def _fit(text: str, width: float, size: float) -> tuple[str, str]:
    """Split an item name where it outgrows its column (the rest goes on the next line)."""
    for n in range(len(text), 0, -1):
        if text_width(text[:n], size) <= width:
            return text[:n], text[n:]
    return text, ""


def _vertical(
    sheet: Sheet, x: float, y0: float, y1: float, text: str, size: float, color: tuple[float, ...]
) -> None:
    n = len(text)
    step = (y1 - y0) / n
    for i, ch in enumerate(text):
        sheet.text(x, y0 + i * step + (step - size) / 2, ch, size, color)  # type: ignore[arg-type]


# ---------------------------------------------------------------- 数电票


def draw_sdp(inv: Invoice, rng: random.Random) -> Sheet:
    """The 2023+ layout: QR top left, 购买方信息 / 销售方信息 side by side, 项目名称 … 税额, 价税合计（大写）/（小写）."""
    s = Sheet(210, 140, title=inv.title)
    c = BROWN
    s.picture(6.5, 6, 20, 20, marks.qr_png(inv.qr), "qr", inv.qr)
    s.picture(89, 6.5, 32, 21, marks.bureau_seal(rng), "stamp", "全国统一发票监制章")
    s.text(105, 9.5, inv.title, 6.0 if not inv.special else 5.4, c, align="c", role="title")
    s.hline(65.5, 144.5, 17.8, 0.35, c)
    s.hline(65.5, 144.5, 18.8, 0.35, c)
    s.text(145, 10.3, "发票号码：", 3.2, c)
    s.text(162, 10.3, inv.number, 3.2, BLACK, role="invoice_number")
    s.text(145, 16.4, "开票日期：", 3.2, c)
    s.text(162, 16.4, cn_date(inv.issued), 3.2, BLACK, role="issued_on")
    s.box(4.5, 30, 205.5, 124, 0.3, c)
    for x in (10.5, 105, 111):
        s.vline(x, 30, 52, 0.3, c)
    s.hline(4.5, 205.5, 52, 0.3, c)
    _vertical(s, 6.0, 31, 51, "购买方信息", 3.0, c)
    _vertical(s, 106.5, 31, 51, "销售方信息", 3.0, c)
    for x0, who, role in ((12.5, inv.buyer, "buyer"), (113, inv.seller, "seller")):
        s.text(x0, 34.5, "名称：", 3.2, c)
        s.text(x0 + 10, 34.5, who.name, 3.2, BLACK, role=role)
        s.text(x0, 44.3, "统一社会信用代码/纳税人识别号：", 3.0, c)
        s.text(x0 + 47, 44.0, who.credit_code, 3.4, BLACK, role=role + "_id")
    heads = (
        ("项目名称", 6, "l"),
        ("规格型号", 56, "c"),
        ("单 位", 75, "c"),
        ("数 量", 90, "c"),
        ("单 价", 112, "c"),
        ("金 额", 140, "c"),
        ("税率/征收率", 162, "c"),
        ("税 额", 190, "c"),
    )
    for label, x, al in heads:
        s.text(x, 53.5, label, 3.0, c, align=al)
    y = 58.5
    for ln in inv.lines:
        item = ln.item
        first, rest = _fit(item, 41, 3.0)
        s.text(6, y, first, 3.0, BLACK, role="item")
        s.text(56, y, ln.spec, 3.0, align="c")
        s.text(75, y, ln.unit, 3.0, align="c")
        s.text(101, y, ln.qty, 3.0, align="r")
        s.text(127, y, ln.price, 2.8, align="r")
        _money_cell(s, 153, y, ln.amount)
        s.text(162, y, _rate(ln.rate), 3.0, align="c")
        _money_cell(s, 204, y, ln.tax)
        if rest:
            y += 4.3
            s.text(6, y, rest, 3.0, BLACK)
        y += 4.8
    s.text(14, 90.5, "合　　计", 3.2, c)
    s.text(153, 90.5, yen(inv.amount), 3.2, BLACK, align="r", role="amount")
    s.text(204, 90.5, yen(inv.tax), 3.2, BLACK, align="r", role="tax")
    s.hline(4.5, 205.5, 95.8, 0.3, c)
    s.text(12.5, 98.3, "价税合计（大写）", 3.2, c)
    s.text(58, 98.3, "⊗", 3.6, BLACK)
    s.text(63, 98.3, inv.words(), 3.4, BLACK, role="words")
    s.text(140, 98.3, "（小写）", 3.2, c)
    s.text(155.5, 98.0, yen(inv.total), 3.8, BLACK, role="total_amount")
    s.hline(4.5, 205.5, 103.8, 0.3, c)
    s.vline(10.5, 103.8, 124, 0.3, c)
    _vertical(s, 6.0, 106, 122, "备注", 3.0, c)
    if inv.remark:
        s.wrap(12.5, 106, 190, inv.remark, 3.0, 1.45, BLACK, indent=0, role="remark")
    s.text(12.5, 127.5, "开票人：", 3.2, c)
    s.text(26, 127.5, inv.clerk, 3.2, BLACK)
    return s


# ---------------------------------------------------------------- 增值税电子普通发票 and paper invoices


def draw_vat(inv: Invoice, rng: random.Random, paper: bool = False) -> Sheet:
    """The pre-2021 layout (QR and 机器编号 top left, 发票代码/号码/日期/校验码 top right, 密码区, 销售方 below).

    ``paper``: the 240 × 140 mm paper form (发票联) with its printed number in red and the data printed by a
    dot-matrix printer a little off the form's cells.
    """
    W = 240.0 if paper else 215.0
    s = Sheet(W, 140, title=inv.title)
    c = BROWN
    dx = rng.uniform(0.6, 1.6) if paper else 0.0
    dy = rng.uniform(-0.8, 0.9) if paper else 0.0
    ox = 14.0 if paper else 0.0  # the paper form has a margin strip on the left
    face = "cjk"
    s.picture(ox + 9, 4, 22, 22, marks.qr_png(inv.qr), "qr", inv.qr)
    mid = ox + (W - ox - (12 if paper else 0)) / 2 + 2
    s.picture(mid - 18, 5, 36, 24, marks.bureau_seal(rng), "stamp", "全国统一发票监制章")
    s.text(mid, 8.5, inv.title, 6.4, c, align="c", role="title")
    s.hline(mid - 40, mid + 40, 19.5, 0.35, c)
    s.hline(mid - 40, mid + 40, 20.4, 0.35, c)
    if paper:
        s.text(mid, 22.5, "发　票　联", 4.2, c, align="c")
        s.text(ox + 34, 10, inv.code, 4.6, BLACK, face="mono", role="invoice_code")
        s.text(W - 60, 6.5, "No", 4.6, FORM_RED)
        s.text(W - 51, 5.5, inv.number, 6.0, FORM_RED, face="mono", role="invoice_number")
        s.text(W - 60, 16.5, "开票日期：", 3.3, c)
        s.text(W - 43 + dx, 16.5 + dy, inv.issued.strftime("%Y年%m月%d日"), 3.3, BLACK, role="issued_on")
        if inv.kind == "paper_ordinary":
            s.text(W - 60, 22, "校 验 码：", 3.3, c)
            s.text(W - 43 + dx, 22 + dy, inv.check_code, 3.1, BLACK, role="check_code")
        s.text(ox + 9, 27.5, "机器编号：", 3.0, c)
        s.text(ox + 24 + dx, 27.5 + dy, inv.machine, 3.0, BLACK)
        _vertical(s, 3.5, 30, 110, "税总函〔2023〕112号新疆维吾尔自治区印刷厂", 2.4, c)
        _vertical(s, W - 8, 32, 118, "第三联：发票联　购买方记账凭证", 3.0, c)
    else:
        s.text(ox + 9, 27.5, "机器编号：", 3.0, c)
        s.text(ox + 24, 27.5, inv.machine, 3.0, BLACK)
        rx = W - 64
        for i, (label, value, role) in enumerate(
            (
                ("发票代码：", inv.code, "invoice_code"),
                ("发票号码：", inv.number, "invoice_number"),
                ("开票日期：", inv.issued.strftime("%Y年%m月%d日"), "issued_on"),
                ("校 验 码：", " ".join(inv.check_code[k : k + 5] for k in range(0, 20, 5)), "check_code"),
            )
        ):
            s.text(rx, 5.5 + i * 6.0, label, 3.2, c)
            s.text(rx + 16, 5.5 + i * 6.0, value, 3.2, BLACK, role=role)
    x0, x1 = ox + 8, W - (12 if paper else 8)
    s.box(x0, 32, x1, 124, 0.3, c)
    cx = x0 + (x1 - x0) * 0.605  # 密码区 / 备注 column
    s.hline(x0, x1, 52, 0.3, c)
    s.hline(x0, x1, 88, 0.3, c)
    s.hline(x0, x1, 93.5, 0.3, c)
    s.hline(x0, x1, 100.5, 0.3, c)
    for y0, y1, label in ((32, 52, "购买方"), (100.5, 124, "销售方")):
        s.vline(x0 + 6, y0, y1, 0.3, c)
        _vertical(s, x0 + 1.6, y0 + 1, y1 - 1, label, 3.0, c)
        s.vline(cx, y0, y1, 0.3, c)
        s.vline(cx + 6, y0, y1, 0.3, c)
    _vertical(s, cx + 1.6, 33, 51, "密码区", 3.0, c)
    _vertical(s, cx + 1.6, 102, 123, "备注", 3.0, c)
    for who, y0, role in ((inv.buyer, 33.5, "buyer"), (inv.seller, 102, "seller")):
        rows = (
            ("名　　　称：", who.name, role),
            ("纳税人识别号：", who.credit_code, role + "_id"),
            ("地 址、电 话：", f"{who.address} {who.phone}", ""),
            ("开户行及账号：", f"{who.bank} {who.account}", ""),
        )
        for i, (label, value, r) in enumerate(rows):
            yy = y0 + i * 4.6
            s.text(x0 + 7.5, yy, label, 2.9, c)
            size = 3.0 if len(value) < 34 else 2.4 if len(value) < 44 else 2.0
            s.text(x0 + 29 + dx, yy + dy, value, size, BLACK, role=r)
    for i, row in enumerate(inv.cipher):
        s.text(cx + 8 + dx, 33.5 + i * 4.6 + dy, row, 3.5, BLACK, face="mono")
    cols = [x0, x0 + (x1 - x0) * 0.33, x0 + (x1 - x0) * 0.43, x0 + (x1 - x0) * 0.49, x0 + (x1 - x0) * 0.57]
    cols += [x0 + (x1 - x0) * 0.67, x0 + (x1 - x0) * 0.80, x0 + (x1 - x0) * 0.86, x1]
    for x in cols[1:-1]:
        s.vline(x, 52, 93.5, 0.25, c)
    for label, a, b in zip(
        ("货物或应税劳务、服务名称", "规格型号", "单位", "数 量", "单 价", "金 额", "税率", "税 额"),
        cols[:-1],
        cols[1:],
        strict=True,
    ):
        s.text((a + b) / 2, 53.3, label, 2.9, c, align="c")
    y = 58.5
    for ln in inv.lines:
        item = ln.item
        first, rest = _fit(item, cols[1] - cols[0] - 2, 2.9)
        s.text(cols[0] + 1 + dx, y + dy, first, 2.9, BLACK, face=face, role="item")
        s.text(cols[1] + 1 + dx, y + dy, ln.spec, 2.8)
        s.text((cols[2] + cols[3]) / 2 + dx, y + dy, ln.unit, 2.9, align="c")
        s.text(cols[4] - 1 + dx, y + dy, ln.qty, 2.9, align="r")
        s.text(cols[5] - 1 + dx, y + dy, ln.price, 2.6, align="r")
        s.text(cols[6] - 1 + dx, y + dy, f"{ln.amount:.2f}", 2.9, align="r")
        s.text((cols[6] + cols[7]) / 2 + dx, y + dy, _rate(ln.rate), 2.9, align="c")
        s.text(cols[8] - 1 + dx, y + dy, f"{ln.tax:.2f}", 2.9, align="r")
        if rest:
            y += 4.0
            s.text(cols[0] + 1 + dx, y + dy, rest, 2.9)
        y += 4.8
    s.text((cols[0] + cols[1]) / 2, 89.3, "合　　　计", 3.1, c, align="c")
    s.text(cols[6] - 1 + dx, 89.3 + dy, yen(inv.amount), 3.1, BLACK, align="r", face="mono", role="amount")
    s.text(cols[8] - 1 + dx, 89.3 + dy, yen(inv.tax), 3.1, BLACK, align="r", face="mono", role="tax")
    s.text(x0 + 18, 95.3, "价税合计（大写）", 3.2, c)
    s.vline(x0 + 50, 93.5, 100.5, 0.25, c)
    s.text(x0 + 52 + dx, 95.2 + dy, "⊗", 3.6)
    s.text(x0 + 57 + dx, 95.3 + dy, inv.words(), 3.3, BLACK, role="words")
    s.text(cx + 10, 95.3, "（小写）", 3.2, c)
    s.text(cx + 24 + dx, 95.0 + dy, yen(inv.total), 3.6, BLACK, face="mono", role="total_amount")
    if inv.remark:
        s.wrap(cx + 8 + dx, 102.5 + dy, x1 - cx - 10, inv.remark, 2.8, 1.4, BLACK, indent=0, role="remark")
    fy = 126.5
    s.text(x0 + 4, fy, "收款人：", 3.1, c)
    s.text(x0 + 17 + dx, fy + dy, inv.payee, 3.1)
    s.text(x0 + 52, fy, "复核：", 3.1, c)
    s.text(x0 + 62 + dx, fy + dy, inv.checker, 3.1)
    s.text(x0 + 95, fy, "开票人：", 3.1, c)
    s.text(x0 + 108 + dx, fy + dy, inv.clerk, 3.1)
    s.text(x1 - 42, fy, "销售方：（章）", 3.1, c)
    seal = marks.oval_seal(rng, inv.seller.name, inv.seller.credit_code)
    sx = x1 - 48 + rng.uniform(-3, 3)
    s.picture(sx, 104 + rng.uniform(-2, 2), 40, 30, seal, "seal", inv.seller.name)
    return s


def draw(inv: Invoice, rng: random.Random) -> Sheet:
    if inv.kind == "sdp":
        return draw_sdp(inv, rng)
    return draw_vat(inv, rng, paper=inv.kind.startswith("paper"))


# ---------------------------------------------------------------- XML e-invoice


def xml_einvoice(inv: Invoice, issued_time: str) -> bytes:
    """The 数电票 as the national e-invoice service platform's XML (EInvoice: Header, EInvoiceData, TaxSupervisionInfo)."""
    assert inv.kind == "sdp"

    def e(tag: str, value: object) -> str:
        return f"<{tag}>{escape(str(value))}</{tag}>"

    kind = ("01", "增值税专用发票") if inv.special else ("02", "普通发票")
    items = "".join(
        "<IssuItemInformation>"
        + e("ItemName", ln.item)
        + e("SpecMod", ln.spec)
        + e("MeaUnits", ln.unit)
        + e("Quantity", ln.qty)
        + e("UnPrice", ln.price)
        + e("Amount", f"{ln.amount:.2f}")
        + e("TaxRate", f"{ln.rate:.2f}")
        + e("ComTaxAm", f"{ln.tax:.2f}")
        + e("TotaltaxIncludedAmount", f"{ln.total:.2f}")
        + e("TaxClassificationCode", "3040201990000000000" if "服务" in ln.item else "1090511990000000000")
        + "</IssuItemInformation>"
        for ln in inv.lines
    )
    red = ""
    if inv.red:
        red = (
            "<RedInvoiceInformation>"
            + e("OriginalInvoiceNumber", inv.red_of)
            + e("RedInvoiceConfirmationNumber", inv.red_confirmation)
            + "</RedInvoiceInformation>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<EInvoice>"
        "<Header>"
        + e("EIid", inv.number)
        + e("EInvoiceTag", "SWEI6500")
        + e("Version", "0.1")
        + "<InherentLabel>"
        + "<EInvoiceType>"
        + e("LabelCode", kind[0])
        + e("LabelName", kind[1])
        + "</EInvoiceType>"
        + "<InIssuType>"
        + e("LabelCode", "Y" if not inv.red else "N")
        + e("LabelName", "蓝字发票" if not inv.red else "红字发票")
        + "</InIssuType>"
        + "</InherentLabel>"
        "</Header>"
        "<EInvoiceData>"
        "<SellerInformation>"
        + e("SellerIdNum", inv.seller.credit_code)
        + e("SellerName", inv.seller.name)
        + e("SellerAddr", inv.seller.address)
        + e("SellerTelNum", inv.seller.phone)
        + e("SellerBankName", inv.seller.bank)
        + e("SellerBankAccNum", inv.seller.account)
        + "</SellerInformation>"
        "<BuyerInformation>"
        + e("BuyerIdNum", inv.buyer.credit_code)
        + e("BuyerName", inv.buyer.name)
        + "</BuyerInformation>"
        "<BasicInformation>"
        + e("TotalAmWithoutTax", f"{inv.amount:.2f}")
        + e("TotalTaxAm", f"{inv.tax:.2f}")
        + e("TotalTax-includedAmount", f"{inv.total:.2f}")
        + e("TotalTax-includedAmountInChinese", inv.words())
        + e("Drawer", inv.clerk)
        + e("RequestTime", issued_time)
        + "</BasicInformation>"
        + items
        + red
        + "<AdditionalInformation>"
        + e("Remark", inv.remark)
        + "</AdditionalInformation>"
        "</EInvoiceData>"
        "<TaxSupervisionInfo>"
        + e("InvoiceNumber", inv.number)
        + e("IssueTime", issued_time)
        + e("TaxBureauCode", "16500000000")
        + e("TaxBureauName", "国家税务总局新疆维吾尔自治区税务局")
        + "</TaxSupervisionInfo>"
        "</EInvoice>\n"
    )
    return body.encode("utf-8")
