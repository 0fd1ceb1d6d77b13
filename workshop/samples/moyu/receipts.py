"""Money papers: the 数电票, the bank's 进账单 with its digit grid, the firm's 收款收据 with ⊗ places."""

from __future__ import annotations

import random
from decimal import Decimal

import pymupdf

from .deals import Deal, Invoice
from .numerals import capital, figure, fixed_capital, grid_cells
from .paper import Paper, cn_date, money
from .people import Firm, person
from .sheet import RED, Sheet

INVOICE_RECT = pymupdf.Rect(0, 0, 700, 460)
SLIP_RECT = pymupdf.Rect(0, 0, 640, 380)


def invoice(doc: pymupdf.Document, inv: Invoice, deal: Deal, firm: Firm, rng: random.Random) -> Paper:
    """A 数电票 as the platform prints it: 价税合计（大写）with ⊗ and 圆, （小写）¥."""
    s = Sheet(doc, rect=pymupdf.Rect(INVOICE_RECT))
    kind = "电子发票（增值税专用发票）" if inv.special else "电子发票（普通发票）"
    s.centred(44, kind, 17)
    s.line(250, 52, 450, 52, color=RED)
    s.text(500, 34, f"发票号码：{inv.number}", 9)
    s.text(500, 50, f"开票日期：{cn_date(inv.issued_on, pad=True)}", 9)
    s.box(24, 64, 676, 134)
    s.line(350, 64, 350, 134)
    s.text(30, 84, "购", 10)
    s.text(30, 100, "买", 10)
    s.text(30, 116, "方", 10)
    s.text(48, 86, f"名称：{deal.client}", 9.5)
    s.text(48, 110, f"统一社会信用代码/纳税人识别号：{deal.client_code}", 9)
    s.text(356, 84, "销", 10)
    s.text(356, 100, "售", 10)
    s.text(356, 116, "方", 10)
    s.text(374, 86, f"名称：{firm.name}", 9.5)
    s.text(374, 110, f"统一社会信用代码/纳税人识别号：{firm.credit_code}", 9)
    rows = [["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]]
    net_sum = Decimal(0)
    tax_sum = Decimal(0)
    for item, net, rate, tax in inv.lines:
        rows.append([item, "", "项", "1", f"{net:.2f}", f"{net:.2f}", f"{int(rate * 100)}%", f"{tax:.2f}"])
        net_sum += net
        tax_sum += tax
    while len(rows) < 4:
        rows.append([""] * 8)
    rows.append(["合　　计", "", "", "", "", f"¥{net_sum:.2f}", "", f"¥{tax_sum:.2f}"])
    y = s.table(
        24,
        134,
        [196, 56, 36, 36, 90, 100, 62, 76],
        rows,
        row_h=22,
        size=8.5,
        align=["l", "c", "c", "r", "r", "r", "c", "r"],
    )
    s.box(24, y, 676, y + 26)
    s.text(30, y + 17, "价税合计（大写）", 9.5)
    words = "⊗" + capital(inv.total, yuan="圆")
    s.text(150, y + 17, words, 10)
    s.text(480, y + 17, f"（小写）¥{inv.total:.2f}", 10)
    y += 26
    s.box(24, y, 676, y + 60)
    s.text(30, y + 34, "备注", 9.5)
    s.text(70, y + 20, inv.note, 9)
    s.text(70, y + 38, f"项目名称：{deal.name}", 9)
    s.text(60, y + 84, f"开票人：{person(rng)}", 9.5)
    fields = {
        "invoice_number": inv.number,
        "issued_on": inv.issued_on.isoformat(),
        "buyer": deal.client,
        "seller": firm.name,
        "total_amount": money(inv.total),
    }
    paper = Paper("invoice", [s], fields, dict.fromkeys(fields, 0), deal.id)
    paper.amounts["total_amount"] = f"¥{inv.total:.2f}"
    paper.amounts["total_words"] = words
    return paper


def bank_slip(
    doc: pymupdf.Document, deal: Deal, firm: Firm, amount: Decimal, when_text: str, rng: random.Random
) -> Paper:
    """A bank 进账单（收账通知）: payer and payee, 人民币（大写）and the 亿…分 digit grid with ￥ before the first digit."""
    s = Sheet(doc, rect=pymupdf.Rect(SLIP_RECT))
    bank = firm.bank.split("县")[0][:-2] if "县" in firm.bank else firm.bank
    s.centred(40, f"{bank}  进账单（收账通知）", 15)
    s.centred(60, when_text, 10)
    s.box(30, 72, 610, 250)
    s.line(320, 72, 320, 162)
    for i, (label, a, b) in enumerate(
        (
            ("全　称", deal.client, firm.name),
            ("账　号", str(rng.randint(10**17, 10**18 - 1)), firm.account),
            (
                "开户银行",
                f"国家金库{deal.client[:3]}支库" if rng.random() < 0.4 else f"{bank}{deal.client[:3]}支行",
                firm.bank,
            ),
        )
    ):
        yy = 94 + i * 26
        s.text(60, yy, label, 9.5)
        s.text(120, yy, a, 9.5)
        s.text(350, yy, label, 9.5)
        s.text(410, yy, b, 9.5)
        s.line(30, yy + 8, 610, yy + 8, width=0.3)
    s.text(36, 100, "出", 9)
    s.text(36, 116, "票", 9)
    s.text(36, 132, "人", 9)
    s.text(326, 100, "收", 9)
    s.text(326, 116, "款", 9)
    s.text(326, 132, "人", 9)
    s.line(30, 162, 610, 162)
    s.text(36, 184, "金额", 10)
    s.text(70, 184, "人民币", 9)
    s.text(70, 200, "（大写）", 9)
    words = capital(amount)
    s.text(114, 192, words, 10)
    cells = grid_cells(amount)
    s.digit_grid(440, 168, cells, cell_w=15)
    s.line(30, 206, 610, 206)
    s.text(40, 228, "票据种类　转账支票", 9.5)
    s.text(220, 228, "票据张数　1", 9.5)
    s.text(350, 228, "收款人开户银行签章", 9.5)
    s.seal(520, 286, f"{bank}{firm.county}支行", rng, caption="转讫", r=34)
    s.text(40, 280, "复核　　　　记账", 9.5)
    paper = Paper("other", [s], {}, {}, deal.id)
    paper.amounts["grid"] = "".join(cells)
    paper.amounts["words"] = words
    return paper


def receipt(
    doc: pymupdf.Document, deal: Deal, firm: Firm, amount: Decimal, when_text: str, rng: random.Random
) -> Paper:
    """The firm's own 收款收据: 人民币（大写）in fixed places with ⊗ before the first digit, ￥ figure."""
    s = Sheet(doc, rect=pymupdf.Rect(SLIP_RECT))
    s.centred(44, "收　款　收　据", 17)
    s.text(470, 40, f"No.{rng.randint(10**6, 10**7 - 1)}", 10, color=RED)
    s.centred(66, when_text, 10)
    s.box(40, 80, 600, 260)
    s.text(52, 108, f"今收到：{deal.client}", 10.5)
    s.text(52, 138, f"交　来：{deal.name}进度款", 10.5)
    words = fixed_capital(amount)
    s.text(52, 170, f"人民币（大写）{words}", 10.5)
    s.text(52, 204, f"￥{amount:,.2f}", 12)
    s.text(300, 204, "收款方式：银行转账", 10.5)
    s.text(52, 244, f"收款单位（盖章）：{firm.name}", 10)
    s.text(420, 290, f"收款人：{person(rng)}", 10)
    s.seal(200, 230, firm.name, rng, caption="财务专用章", r=36)
    paper = Paper("other", [s], {}, {}, deal.id)
    paper.amounts["fixed"] = words
    paper.amounts["figure"] = f"￥{amount:,.2f}"
    return paper


def stated(value: Decimal) -> str:
    return figure(value, "yen_comma")
