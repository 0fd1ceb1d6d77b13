"""An invoice in the 数电 (全面数字化的电子发票) layout: 20-digit number, buyer and seller side by
side, 价税合计 in capitals and figures, QR top left."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from .facts import Party
from .license import _qr
from .numerals import capital, grouped, money
from .page import Paper, Sheet

BROWN = (0.6, 0.3, 0.1)


def invoice(
    seller: Party,
    buyer: Party,
    total: Decimal,
    on: dt.date,
    item: str,
    rng: random.Random,
    pid: str | None = None,
) -> Paper:
    """One page, landscape A5-like; the truth carries the QR payload."""
    doc = pymupdf.open()
    s = Sheet.new(doc, (680.0, 420.0), margin=40)
    number = f"{on.year % 100}65{rng.randint(10**15, 10**16 - 1)}"
    rate = Decimal("0.06") if rng.random() < 0.6 else Decimal("0.13")
    net = (total / (1 + rate)).quantize(Decimal("0.01"))
    tax = total - net
    payload = f"01,32,,{number},{money(total)},{on:%Y%m%d},,{rng.randint(1000, 9999):04X}"
    s.image(pymupdf.Rect(40, 20, 100, 80), _qr(payload))
    s.y = 30
    s.center("电子发票（增值税专用发票）" if rate == Decimal("0.13") else "电子发票（普通发票）", 17, gap=1.2)
    s.text(480, 40, f"发票号码：{number}", 9, mark="invoice_number")
    s.text(480, 56, f"开票日期：{on.year}年{on.month:02d}月{on.day:02d}日", 9, mark="issued_on")
    s.y = 90
    s.table(
        [30, 280, 30, 260],
        [
            [
                "购买方信息",
                f"名称：{buyer.name}\n统一社会信用代码/纳税人识别号：{buyer.credit_code}",
                "销售方信息",
                f"名称：{seller.name}\n统一社会信用代码/纳税人识别号：{seller.credit_code}",
            ]
        ],
        size=8.5,
        marks={(0, 1): "buyer", (0, 3): "seller"},
        min_h=50,
    )
    rows = [
        ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"],
        [
            f"*信息技术服务*{item}",
            "",
            "项",
            "1",
            grouped(net),
            grouped(net),
            f"{int(rate * 100)}%",
            grouped(tax),
        ],
        ["合　　计", "", "", "", "", f"¥{grouped(net)}", "", f"¥{grouped(tax)}"],
    ]
    s.y -= 8
    s.table([150, 50, 30, 30, 80, 80, 60, 120], rows, size=8.5)
    s.y -= 8
    s.table(
        [120, 480],
        [["价税合计（大写）", f"ⓧ{capital(total)}　　　　（小写）¥{grouped(total)}"]],
        size=9.5,
        marks={(0, 1): "total_amount"},
    )
    s.table([30, 570], [["备注", f"项目名称：{item}"]], size=8.5, min_h=40)
    s.text(40, 385, "开票人：" + rng.choice(["李娜", "王芳", "马丽"]), 9)
    fields = {
        "invoice_number": number,
        "issued_on": on.isoformat(),
        "buyer": buyer.name,
        "seller": seller.name,
        "total_amount": money(total),
        "qr": payload,
    }
    return Paper.of("invoice", doc, [s], fields, pid)
