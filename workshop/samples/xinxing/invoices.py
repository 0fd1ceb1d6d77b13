"""Invoices: 数电票 (电子发票（增值税专用发票/普通发票）, born digital) and paper 新疆增值税专用/普通发票, blue and red."""

from __future__ import annotations

import random
from decimal import Decimal

from .deal import Invoice
from .pagespec import A4_LANDSCAPE, EINVOICE, PageSpec
from .places import Party
from .sheet import BLACK, BROWN, Sheet
from .spelling import capital, cn_date0
from .stamps import oval_seal, qr_png


def invoice_words(amount: Decimal) -> str:
    """价税合计（大写） as tax software prints it: 圆 for 元, （负数） before a red invoice's amount."""
    words = capital(abs(amount)).replace("元", "圆")
    return ("（负数）" if amount < 0 else "") + words


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def _unit_price(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value:.8f}".rstrip("0").rstrip(".")
    return text if "." in text and len(text.split(".")[1]) >= 2 else f"{value:.2f}"


def _rate(value: Decimal) -> str:
    return f"{int(value * 100)}%"


def _otimes(sheet: Sheet, x: float, y: float, size: float) -> float:
    """The circled cross before 价税合计（大写） (no glyph for it in the CJK face): drawn; returns the x after it."""
    r = size * 0.42
    cx, cy = x + r, y - size * 0.36
    sheet.circle((cx, cy), r, 0.6)
    d = r * 0.7
    sheet.line(cx - d, cy - d, cx + d, cy + d, 0.6)
    sheet.line(cx - d, cy + d, cx + d, cy - d, 0.6)
    return x + 2 * r + size * 0.3


def _vertical(
    sheet: Sheet, x: float, y0: float, y1: float, text: str, size: float, color: tuple[float, float, float]
) -> None:
    step = (y1 - y0) / (len(text) + 1)
    for i, char in enumerate(text):
        sheet.text(x, y0 + step * (i + 1) + size * 0.35, char, size, color, align="center")


def e_invoice_page(inv: Invoice, buyer: Party, seller: Party, drawer: str) -> PageSpec:
    """A 数电票 as the national platform's PDF lays it out (210 × 140 mm, brown form, black data, no seal)."""
    special = inv.style == "e_special"

    def paint(s: Sheet) -> None:
        s.picture((24, 14, 84, 74), qr_png(inv.qr_payload(), 4))
        title = "电子发票（增值税专用发票）" if special else "电子发票（普通发票）"
        s.text(297.6, 42, title, 17, BROWN, bold=True, align="center")
        s.line(200, 50, 395, 50, 0.8, BROWN)
        s.line(200, 53, 395, 53, 0.8, BROWN)
        s.text(420, 36, "发票号码：", 9, BROWN)
        s.text(466, 36, inv.number, 9, BLACK)
        s.text(420, 54, "开票日期：", 9, BROWN)
        s.text(466, 54, cn_date0(inv.issued_on), 9, BLACK)
        s.frame((20, 72, 575, 334), 0.9, BROWN)
        s.line(20, 132, 575, 132, 0.8, BROWN)
        s.line(297.6, 72, 297.6, 132, 0.8, BROWN)
        for x, label, party in ((20, "购买方信息", buyer), (297.6, "销售方信息", seller)):
            s.line(x + 18, 72, x + 18, 132, 0.8, BROWN)
            _vertical(s, x + 9, 72, 132, label, 8.5, BROWN)
            s.text(x + 24, 94, "名称：", 8.5, BROWN)
            s.text(x + 52, 94, party.name, 8.5, BLACK)
            s.text(x + 24, 118, "统一社会信用代码/纳税人识别号：", 8.5, BROWN)
            s.text(x + 156, 118, party.credit_code, 8.5, BLACK)
        columns = (
            (22, 150, "项目名称", "left"),
            (172, 58, "规格型号", "left"),
            (230, 30, "单位", "center"),
            (262, 48, "数量", "right"),
            (312, 70, "单价", "right"),
            (384, 72, "金额", "right"),
            (458, 46, "税率/征收率", "center"),
            (506, 66, "税额", "right"),
        )
        for x, w, label, _ in columns:
            s.text(x + w / 2, 146, label, 8.5, BROWN, align="center")
        y = 162
        for line in inv.lines:
            cells = [
                line.item,
                line.spec,
                line.unit,
                "" if line.qty is None else f"{line.qty:g}",
                _unit_price(line.unit_price),
                _money(line.net),
                _rate(line.tax_rate),
                _money(line.tax),
            ]
            rows = s.wrap(cells[0], 148, 8)
            specs = s.wrap(cells[1], 56, 7) if cells[1] else []
            for (x, w, _, align), text in zip(columns, cells, strict=True):
                if text and x not in (22, 172):
                    s.text(
                        x + (w if align == "right" else w / 2 if align == "center" else 0),
                        y,
                        text,
                        8,
                        BLACK,
                        align=align,
                    )
            for k, part in enumerate(rows):
                s.text(24, y + k * 11, part, 8, BLACK)
            for k, part in enumerate(specs):
                s.text(173, y + k * 10, part, 7, BLACK)
            y += max(11 * len(rows), 10 * len(specs), 11) + 3
        s.text(60, 268, "合　　计", 8.5, BROWN, align="center")
        s.text(456, 268, f"¥{_money(inv.net)}", 8.5, BLACK, align="right")
        s.text(572, 268, f"¥{_money(inv.tax)}", 8.5, BLACK, align="right")
        s.line(20, 276, 575, 276, 0.8, BROWN)
        s.text(30, 292, "价税合计（大写）", 9, BROWN)
        s.text(_otimes(s, 130, 292, 9.5), 292, invoice_words(inv.total), 9.5, BLACK)
        s.text(420, 292, "（小写）", 9, BROWN)
        s.text(458, 292, f"¥{_money(inv.total)}", 9.5, BLACK)
        s.line(20, 300, 575, 300, 0.8, BROWN)
        s.line(38, 300, 38, 334, 0.8, BROWN)
        _vertical(s, 29, 300, 334, "备注", 8.5, BROWN)
        y = 313
        for part in s.wrap(inv.note, 525, 8):
            s.text(44, y, part, 8, BLACK)
            y += 10
        s.text(44, 352, "开票人：", 9, BROWN)
        s.text(84, 352, drawer, 9, BLACK)

    return PageSpec(paint, EINVOICE, "helv")


def paper_invoice_page(
    rng: random.Random,
    inv: Invoice,
    buyer: Party,
    seller: Party,
    people: tuple[str, str, str],
    cipher: list[str],
    check: str,
) -> PageSpec:
    """A paper 新疆增值税专用发票 / 普通发票 (发票联, 240 × 140 mm) lying on an A4-landscape scanner bed.

    The form is printed in brown; the data in black from a dot-matrix printer, a few points off the form.
    """
    special = inv.style == "paper_special"
    ox, oy = 80 + rng.uniform(-20, 20), 70 + rng.uniform(-15, 25)
    dx, dy = rng.uniform(-4, 4), rng.uniform(-3, 3)
    supervise = oval_seal(rng, "全国统一发票监制章", "国家税务总局", "新疆维吾尔自治区税务局", 32, 22)
    invoice_seal = oval_seal(rng, seller.name, seller.credit_code, "发票专用章")

    def paint(s: Sheet) -> None:
        X = lambda v: ox + v  # noqa: E731
        Y = lambda v: oy + v  # noqa: E731
        title = "新疆增值税专用发票" if special else "新疆增值税普通发票"
        s.text(X(340), Y(30), title, 19, BROWN, bold=True, align="center", spacing=1.5)
        s.line(X(235), Y(38), X(445), Y(38), 0.8, BROWN)
        s.line(X(235), Y(41), X(445), Y(41), 0.8, BROWN)
        s.text(X(340), Y(54), "发　票　联", 10, BROWN, align="center")
        s.picture_mm(X(340), Y(26), supervise, 32, 22)
        s.text(X(20), Y(30), inv.code, 15, BROWN, latin="cour")
        s.text(X(520), Y(26), "No", 12, (0.6, 0.1, 0.1), latin="helv")
        s.text(X(542), Y(26), inv.number, 15, (0.6, 0.1, 0.1), latin="cour")
        s.text(X(520), Y(54), "开票日期：", 9, BROWN)
        s.text(X(566) + dx, Y(54) + dy, cn_date0(inv.issued_on), 9, BLACK)
        if not special:
            s.text(X(520), Y(40), "校 验 码：", 8, BROWN)
            s.text(X(566) + dx, Y(40) + dy, check, 7, BLACK, latin="cour")
        s.frame((X(10), Y(64), X(670), Y(326)), 0.9, BROWN)
        # buyer block and 密码区
        s.line(X(10), Y(122), X(670), Y(122), 0.8, BROWN)
        s.line(X(30), Y(64), X(30), Y(122), 0.8, BROWN)
        _vertical(s, X(20), Y(64), Y(122), "购买方", 9, BROWN)
        s.line(X(410), Y(64), X(410), Y(122), 0.8, BROWN)
        s.line(X(428), Y(64), X(428), Y(122), 0.8, BROWN)
        _vertical(s, X(419), Y(64), Y(122), "密码区", 9, BROWN)
        labels = ("名　　　称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号：")
        values = (
            buyer.name,
            buyer.credit_code,
            f"{buyer.address} {buyer.phone}",
            f"{buyer.branch} {buyer.account}",
        )
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            s.text(X(36), Y(78 + 13.5 * i), label, 8.5, BROWN)
            s.text(
                X(102) + dx,
                Y(78 + 13.5 * i) + dy,
                value,
                8 if i > 1 else 9,
                BLACK,
                latin="cour" if i == 1 else "helv",
            )
        for i, cipher_line in enumerate(cipher):
            s.text(X(434) + dx, Y(79 + 12.5 * i) + dy, cipher_line, 9, BLACK, latin="cour")
        # items
        xs = (10, 196, 262, 296, 350, 430, 520, 560, 670)
        heads = (
            "货物或应税劳务、服务名称",
            "规格型号",
            "单位",
            "数　量",
            "单　价",
            "金　额",
            "税率",
            "税　额",
        )
        for x0, x1, head in zip(xs, xs[1:], heads, strict=False):
            s.text(X((x0 + x1) / 2), Y(134), head, 8.5, BROWN, align="center")
            if x1 != 670:
                s.line(X(x1), Y(122), X(x1), Y(254), 0.6, BROWN)
        y = Y(150)
        for line in inv.lines:
            s.text(X(14) + dx, y + dy, line.item, 8.5, BLACK)
            for k, part in enumerate(s.wrap(line.spec, 62, 7)[:2]):
                s.text(X(199) + dx, y + dy + k * 8.5, part, 7, BLACK)
            s.text(X(279) + dx, y + dy, line.unit, 8.5, BLACK, align="center")
            if line.qty is not None:
                s.text(X(346) + dx, y + dy, f"{line.qty:g}", 8.5, BLACK, align="right", latin="cour")
            s.text(X(426) + dx, y + dy, _unit_price(line.unit_price), 8.5, BLACK, align="right", latin="cour")
            s.text(X(516) + dx, y + dy, _money(line.net), 8.5, BLACK, align="right", latin="cour")
            s.text(X(540) + dx, y + dy, _rate(line.tax_rate), 8.5, BLACK, align="center", latin="cour")
            s.text(X(666) + dx, y + dy, _money(line.tax), 8.5, BLACK, align="right", latin="cour")
            y += 19 if line.spec else 13
        s.text(X(103), Y(248), "合　　　计", 9, BROWN, align="center")
        s.text(X(516) + dx, Y(248) + dy, f"¥{_money(inv.net)}", 9, BLACK, align="right", latin="cour")
        s.text(X(666) + dx, Y(248) + dy, f"¥{_money(inv.tax)}", 9, BLACK, align="right", latin="cour")
        s.line(X(10), Y(254), X(670), Y(254), 0.8, BROWN)
        s.text(X(103), Y(268), "价税合计（大写）", 9, BROWN, align="center")
        s.line(X(196), Y(254), X(196), Y(274), 0.6, BROWN)
        s.text(_otimes(s, X(204) + dx, Y(268) + dy, 10), Y(268) + dy, invoice_words(inv.total), 10, BLACK)
        s.text(X(500), Y(268), "（小写）", 9, BROWN)
        s.text(X(540) + dx, Y(268) + dy, f"¥{_money(inv.total)}", 10, BLACK, latin="cour")
        s.line(X(10), Y(274), X(670), Y(274), 0.8, BROWN)
        # seller block and 备注
        s.line(X(30), Y(274), X(30), Y(326), 0.8, BROWN)
        _vertical(s, X(20), Y(274), Y(326), "销售方", 9, BROWN)
        s.line(X(410), Y(274), X(410), Y(326), 0.8, BROWN)
        s.line(X(428), Y(274), X(428), Y(326), 0.8, BROWN)
        _vertical(s, X(419), Y(274), Y(326), "备注", 9, BROWN)
        values = (
            seller.name,
            seller.credit_code,
            f"{seller.address} {seller.phone}",
            f"{seller.branch} {seller.account}",
        )
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            s.text(X(36), Y(286 + 12 * i), label, 8.5, BROWN)
            s.text(
                X(102) + dx,
                Y(286 + 12 * i) + dy,
                value,
                8 if i > 1 else 9,
                BLACK,
                latin="cour" if i == 1 else "helv",
            )
        yy = Y(286)
        for part in s.wrap(inv.note, 236, 7.5):
            s.text(X(432) + dx, yy + dy, part, 7.5, BLACK)
            yy += 10
        payee, checker, drawer = people
        s.text(X(20), Y(342), "收款人：", 9, BROWN)
        s.text(X(58), Y(342), payee, 9, BLACK)
        s.text(X(190), Y(342), "复核：", 9, BROWN)
        s.text(X(220), Y(342), checker, 9, BLACK)
        s.text(X(350), Y(342), "开票人：", 9, BROWN)
        s.text(X(390), Y(342), drawer, 9, BLACK)
        s.text(X(520), Y(342), "销售方：（章）", 9, BROWN)
        s.picture_mm(X(600) + rng.uniform(-10, 10), Y(318) + rng.uniform(-8, 8), invoice_seal, 40, 30)
        for i, char in enumerate("第三联：发票联　购买方记账凭证"):
            s.text(X(680), Y(80 + 15 * i), char, 8, BROWN, align="center")

    return PageSpec(paint, A4_LANDSCAPE, "helv")
