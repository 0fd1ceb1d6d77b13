"""全电发票 (数电票), the 2023+ layout: QR top left, side blocks for buyer and seller."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from . import ink
from .model import Paper
from .numerals import capital, cn_date, s2, yuan
from .paper import A4, INVOICE_BROWN, Sheet

C = INVOICE_BROWN


def invoice(
    rng: random.Random,
    pid: str | None,
    number: str,
    on: dt.date,
    buyer: str,
    buyer_code: str,
    seller: str,
    seller_code: str,
    items: list[tuple[str, str, str, Decimal, Decimal]],
    rate: Decimal,
    special: bool,
    issuer: str,
    seal: bool = False,
) -> Paper:
    """items: (项目名称, 规格型号, 单位, 数量, 含税金额). Returns a one-page invoice."""
    doc = pymupdf.open()
    w = A4[0]
    s = Sheet(doc, (w, 400.0), rng=rng)
    net_total = Decimal(0)
    tax_total = Decimal(0)
    lines = []
    for name, model, unit, qty, gross in items:
        net = yuan(gross / (1 + rate))
        tax = gross - net
        net_total += net
        tax_total += tax
        lines.append((name, model, unit, qty, net, tax))
    gross_total = net_total + tax_total
    kind = "31" if special else "32"
    payload = f"01,{kind},,{number},{net_total:.2f},{on:%Y%m%d},,{rng.randrange(16**4):04X}"
    s.image(28, 18, 88, 78, ink.qr(payload, 240))
    title = "电子发票（增值税专用发票）" if special else "电子发票（普通发票）"
    s.text(w / 2 - 20, 30, title, 15, bold=True, color=C, align="center")
    s.line(w / 2 - 125, 54, w / 2 + 85, 54, 0.8, C)
    s.line(w / 2 - 125, 57, w / 2 + 85, 57, 0.8, C)
    s.text(410, 30, "发票号码：", 9, color=C)
    s.text(455, 30, number, 9)
    s.text(410, 48, "开票日期：", 9, color=C)
    s.text(455, 48, cn_date(on, pad=True), 9)
    x0, x1 = 24.0, w - 24
    y0 = 86.0
    s.rect(x0, y0, x1, 344, 0.8, C)
    mid = w / 2
    s.line(x0, y0 + 62, x1, y0 + 62, 0.8, C)
    s.line(mid, y0, mid, y0 + 62, 0.8, C)
    for bx, label, name, code in (
        (x0, "购买方信息", buyer, buyer_code),
        (mid, "销售方信息", seller, seller_code),
    ):
        s.line(bx + 20, y0, bx + 20, y0 + 62, 0.8, C)
        for i, ch in enumerate(label):
            s.text(bx + 10, y0 + 4 + i * 11, ch, 8.5, color=C, align="center")
        s.text(bx + 25, y0 + 14, "名称：", 9, color=C)
        nx = bx + 52
        ln = s.wrap(name, mid - 30 - nx + bx, 9)
        for k, part in enumerate(ln[:2]):
            s.text(nx, y0 + 14 + k * 12 - (5 if len(ln) > 1 else 0), part, 9)
        s.text(bx + 25, y0 + 40, "统一社会信用代码/纳税人识别号：", 8, color=C)
        s.text(bx + 150, y0 + 39, code, 9)
    cols = (x0, x0 + 170, x0 + 240, x0 + 270, x0 + 320, x0 + 380, x0 + 450, x0 + 490, x1)
    heads = ("项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额")
    ty = y0 + 68
    for i, h in enumerate(heads):
        s.text((cols[i] + cols[i + 1]) / 2, ty, h, 8.5 if i != 6 else 7, color=C, align="center")
    ty += 16
    for name, model, unit, qty, net, tax in lines:
        s.text(cols[0] + 4, ty, name, 8.5)
        s.text(cols[1] + 2, ty, model, 8.5)
        s.text((cols[2] + cols[3]) / 2, ty, unit, 8.5, align="center")
        s.text(cols[4] - 4, ty, f"{qty.normalize():f}", 8.5, align="right")
        s.text(cols[5] - 4, ty, f"{yuan(net / qty) if qty else net}", 8.5, align="right")
        s.text(cols[6] - 4, ty, f"{net:.2f}", 8.5, align="right")
        s.text((cols[6] + cols[7]) / 2, ty, f"{int(rate * 100)}%", 8.5, align="center")
        s.text(cols[8] - 4, ty, f"{tax:.2f}", 8.5, align="right")
        ty += 14
    sy = 250.0
    s.text(cols[0] + 30, sy, "合　　计", 9, color=C)
    s.text(cols[6] - 4, sy, f"¥{net_total:.2f}", 9, align="right")
    s.text(cols[8] - 4, sy, f"¥{tax_total:.2f}", 9, align="right")
    s.line(x0, sy + 16, x1, sy + 16, 0.8, C)
    s.text(x0 + 30, sy + 22, "价税合计（大写）", 9.5, color=C)
    s.text(x0 + 150, sy + 22, f"ⓧ{capital(gross_total)}", 10)
    s.text(x0 + 370, sy + 22, "（小写）", 9.5, color=C)
    s.text(x0 + 410, sy + 22, f"¥{gross_total:.2f}", 10)
    s.line(x0, sy + 40, x1, sy + 40, 0.8, C)
    s.line(x0 + 20, sy + 40, x0 + 20, 344, 0.8, C)
    for i, ch in enumerate("备注"):
        s.text(x0 + 10, sy + 52 + i * 14, ch, 9, color=C, align="center")
    s.text(
        x0 + 26,
        sy + 46,
        f"购方开户银行：{rng.choice(['中国农业银行', '中国建设银行', '中国工商银行'])}喀什分行营业部",
        8,
    )
    s.text(395, 352, "开票人：", 9.5, color=C)
    s.text(435, 352, issuer, 9.5)
    if seal:
        img = ink.oval_seal(seller, seller_code, rng)
        cx, cy = rng.uniform(380, 450), rng.uniform(290, 320)
        s.image(cx - 50, cy - 34, cx + 50, cy + 34, img)
    fields = {
        "invoice_number": number,
        "issued_on": on.isoformat(),
        "buyer": buyer,
        "seller": seller,
        "total_amount": s2(gross_total),
        "qr": payload,
    }
    return Paper("", "invoice", doc, pid, fields)
