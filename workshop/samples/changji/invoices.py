"""Invoices: the 数电票 (电子发票（增值税专用发票）/（普通发票）) with its QR code."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from jianzheng.models.document import DocType

from .cast import Company
from .deal import cn_date, iso
from .filing import Paper
from .flow import Cell, Flow
from .layout import A4_LANDSCAPE, Qr, Text
from .numerals import capital, figures, money_text

CENT = Decimal("0.01")


def invoice_number(rng: random.Random, day: dt.date) -> str:
    """A 20-digit 数电票 number: year, province code 65, then a sequence."""
    return f"{day.year % 100:02d}652000000{rng.randrange(10**8, 10**9)}"


def e_invoice(
    seller: Company,
    buyer: Company,
    total: Decimal,
    day: dt.date,
    rng: random.Random,
    *,
    item: str,
    rate: Decimal | None,
    special: bool = True,
    project: str | None = None,
    project_name: str = "",
    note: str = "",
) -> Paper:
    """One 数电票. ``rate`` None means 免税 (technology contracts registered for exemption)."""
    number = invoice_number(rng, day)
    if rate is None:
        net, tax_text, rate_text, tax = total, "***", "免税", Decimal(0)
    else:
        net = (total / (1 + rate)).quantize(CENT)
        tax = total - net
        tax_text, rate_text = figures(tax, separators=False), f"{int(rate * 100)}%"
    w, h = A4_LANDSCAPE
    flow = Flow(size=(w, h * 0.62), margins=(40, 36, 40, 20), body=9.5)
    kind = "电子发票（增值税专用发票）" if special else "电子发票（普通发票）"
    payload = f"01,{'20' if special else '32'},,{number},{figures(net, separators=False)},{day:%Y%m%d},,{rng.randrange(0x1000, 0xFFFF):04X}"
    flow.place(Qr(42, 30, 62, payload))
    flow.y = 48
    flow.line(kind, 17, align="center", colour=(150, 70, 40))
    flow.place(
        Text(w - 230, 52, f"发票号码：{number}", 9.5),
        Text(w - 230, 68, f"开票日期：{cn_date(day, padded=True)}", 9.5),
    )
    flow.y = 100
    flow.table(
        [0.35, 3, 0.35, 3],
        [
            [
                Cell("购买方信息", "center"),
                f"名称：{buyer.name}\u3000统一社会信用代码/纳税人识别号：{buyer.credit_code}",
                Cell("销售方信息", "center"),
                f"名称：{seller.name}\u3000统一社会信用代码/纳税人识别号：{seller.credit_code}",
            ],
        ],
        size=9,
        pad=6,
        min_height=50,
    )
    rows: list[list[Cell | str]] = [
        [
            Cell(t, "center")
            for t in ("项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额")
        ]
    ]
    rows.append(
        [
            item,
            "",
            "项",
            Cell("1", "center"),
            Cell(figures(net, separators=False), "right"),
            Cell(figures(net, separators=False), "right"),
            Cell(rate_text, "center"),
            Cell(tax_text, "right"),
        ]
    )
    rows.append(
        [
            Cell("合    计", "center"),
            "",
            "",
            "",
            "",
            Cell("¥" + figures(net, separators=False), "right"),
            "",
            Cell("¥" + tax_text if rate is not None else "***", "right"),
        ]
    )
    rows.append(
        [
            Cell("价税合计（大写）", "center"),
            Cell(capital(total), span=4),
            Cell("（小写）¥" + figures(total, separators=False), span=3),
        ]
    )
    rows.append(
        [Cell("备注", "center"), Cell(note or (f"项目名称：{project_name}" if project_name else ""), span=7)]
    )
    flow.table([2.4, 1, 0.6, 0.6, 1.2, 1.3, 1, 1.1], rows, size=8.8, header_rows=1, pad=4)
    flow.line(f"开票人：{seller.legal_rep[:1]}会计", 9.5)
    fields: dict[str, object] = {
        "invoice_number": number,
        "issued_on": iso(day),
        "buyer": buyer.name,
        "seller": seller.name,
        "total_amount": money_text(total),
        "qr": payload,
    }
    return Paper(DocType.invoice, flow.finish(), fields, project)
