"""Two printed forms: the 数电 e-invoice (电子发票) of a part payment, and the stamped declaration
form (申报表盖章版) the enterprise downloads after filing and uploads back.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.document import DocType

from .binder import Paper
from .canvas import Sheet, seal_png
from .numerals import capital, cn_date, in_unit, plain

INV = (0.55, 0.27, 0.16)
"""The brown of the e-invoice's frame and labels."""


@dataclass
class Sale:
    project_id: str
    number: str
    issued: dt.date
    buyer: str
    buyer_code: str
    seller: str
    seller_code: str
    item: str
    total: Decimal
    rate: Decimal
    note: str
    drawer: str


def invoice(v: Sale, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    s = Sheet.new(doc, (680.0, 397.0))
    net = (v.total / (1 + v.rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    tax = v.total - net
    qr = f"01,32,,{v.number},{plain(net)},{v.issued.strftime('%Y%m%d')},,{''.join(rng.choice('0123456789ABCDEF') for _ in range(4))}"
    s.qr(pymupdf.Rect(24, 18, 84, 78), qr)
    s.center(44, "电子发票（普通发票）", 19, color=INV, bold=True)
    s.line(245, 52, 435, 52, 0.8, INV)
    s.line(245, 55, 435, 55, 0.8, INV)
    s.text(470, 38, "发票号码：", 9, color=INV)
    s.text(520, 38, v.number, 9)
    s.text(470, 56, "开票日期：", 9, color=INV)
    s.text(520, 56, cn_date(v.issued, "ymd0"), 9)
    x0, x1 = 24.0, 656.0
    top = 84.0
    s.box(x0, top, x1, 340, w=0.8, color=INV)
    s.line(x0, top + 56, x1, top + 56, 0.8, INV)
    mid = (x0 + x1) / 2
    s.line(mid, top, mid, top + 56, 0.8, INV)
    for xx, who, name, code in (
        (x0, "购买方信息", v.buyer, v.buyer_code),
        (mid, "销售方信息", v.seller, v.seller_code),
    ):
        s.line(xx + 20, top, xx + 20, top + 56, 0.8, INV)
        for i, ch in enumerate(who):
            s.text(xx + 6, top + 12 + i * 9.2, ch, 8, color=INV)
        s.text(xx + 26, top + 20, "名称：", 8.5, color=INV)
        s.text(xx + 54, top + 20, name, 8.5)
        s.text(xx + 26, top + 42, "统一社会信用代码/纳税人识别号：", 8.5, color=INV)
        s.text(xx + 158, top + 42, code, 8.5)
    heads = (
        ("项目名称", 24.0, 150.0),
        ("规格型号", 150.0, 215.0),
        ("单 位", 215.0, 250.0),
        ("数 量", 250.0, 290.0),
        ("单 价", 290.0, 385.0),
        ("金 额", 385.0, 480.0),
        ("税率/征收率", 480.0, 545.0),
        ("税 额", 545.0, 656.0),
    )
    hy = top + 70
    for label, a, b in heads:
        s.center(hy, label, 8.5, x0=a, x1=b, color=INV)
    ry = hy + 18
    s.text(28, ry, v.item, 8.5)
    s.center(ry, "项", 8.5, x0=215, x1=250)
    s.center(ry, "1", 8.5, x0=250, x1=290)
    s.right(381, ry, plain(net), 8.5)
    s.right(476, ry, plain(net), 8.5)
    s.center(ry, f"{int(v.rate * 100)}%", 8.5, x0=480, x1=545)
    s.right(650, ry, plain(tax), 8.5)
    sy = top + 180
    s.text(40, sy, "合　　计", 8.5, color=INV)
    s.right(476, sy, f"¥{plain(net)}", 8.5)
    s.right(650, sy, f"¥{plain(tax)}", 8.5)
    s.line(x0, sy + 8, x1, sy + 8, 0.8, INV)
    ty = sy + 26
    s.text(30, ty, "价税合计（大写）", 8.5, color=INV)
    s.text(120, ty, "⊗" + capital(v.total), 9.5)
    s.text(460, ty, "（小写）", 8.5, color=INV)
    s.text(500, ty, f"¥{plain(v.total)}", 9.5)
    s.line(x0, ty + 8, x1, ty + 8, 0.8, INV)
    s.line(x0 + 20, ty + 8, x0 + 20, 340, 0.8, INV)
    for i, ch in enumerate("备注"):
        s.text(x0 + 6, ty + 24 + i * 12, ch, 8, color=INV)
    s.para(x0 + 26, ty + 22, 600, v.note, 8.5, leading=1.5)
    s.text(40, 362, "开票人：", 8.5, color=INV)
    s.text(80, 362, v.drawer, 8.5)
    fields = {
        "invoice_number": v.number,
        "issued_on": v.issued.isoformat(),
        "buyer": v.buyer,
        "seller": v.seller,
        "total_amount": plain(v.total),
        "qr": qr,
    }
    return Paper(DocType.invoice, doc, [s], fields, project_id=v.project_id, note="e-invoice")


def invoice_number(rng: random.Random, year: int) -> str:
    return f"{year % 100:02d}652000000{rng.randint(10**8, 10**9 - 1)}"


def declaration_form(decl: Declaration, issued: dt.date, rng: random.Random, sealed: bool = True) -> Paper:
    """申报表（盖章版）: the figures printed in 万元 with two decimals, as the web system prints them."""
    e = decl.enterprise
    doc = pymupdf.open()
    s = Sheet.new(doc)
    s.center(64, f"{e.inspection_year}年度自治区计算机信息系统集成（信息工程）", 14, bold=True)
    s.center(86, "企业年检申报表", 16, bold=True)
    s.right(523, 108, f"打印日期：{issued.isoformat()}", 8.5)
    rows = s.rows(72, 116, [(24.0, [110.0, 341.0])] * 3 + [(24.0, [110.0, 115.0, 110.0, 116.0])] * 2)
    for r, (lab, val) in enumerate(
        (
            ("企业名称", e.name),
            ("统一社会信用代码", e.credit_code or ""),
            ("法定代表人", e.legal_representative or ""),
        )
    ):
        s.cell(rows[r][0], lab, 9.5, align="center")
        s.cell(rows[r][1], val, 9.5)
    s.cell(rows[3][0], "资质等级", 9.5, align="center")
    s.cell(rows[3][1], f"{e.grade}级" if e.grade else "", 9.5)
    s.cell(rows[3][2], "年检年度", 9.5, align="center")
    s.cell(rows[3][3], str(e.inspection_year), 9.5)
    s.cell(rows[4][0], "技术人员总数", 9.5, align="center")
    s.cell(rows[4][1], f"{e.staff.technical_total}人", 9.5)
    s.cell(rows[4][2], "持证人员总数", 9.5, align="center")
    s.cell(rows[4][3], f"{e.staff.certified_total}人", 9.5)
    y = 116.0 + 24 * 5 + 26
    s.text(72, y, "一、经营情况（单位：万元）", 10.5, bold=True)
    fin = s.rows(72, y + 8, [(22.0, [70.0, 127.0, 127.0, 127.0])] * (len(decl.finance) + 1))
    for cell, h in zip(fin[0], ("年度", "营业收入", "系统集成收入", "净利润"), strict=True):
        s.cell(cell, h, 9, align="center", bold=True)
    rows_f = []
    for i, f in enumerate(decl.finance, start=1):
        vals = [f.operating_revenue, f.system_integration_revenue, f.net_profit]
        s.cell(fin[i][0], str(f.year), 9, align="center")
        for j, v in enumerate(vals, start=1):
            s.cell(fin[i][j], f"{in_unit(v, 10000):.2f}" if v is not None else "", 9, align="right")
        rows_f.append(
            {
                "year": f.year,
                **{
                    k: plain(in_unit(v, 10000) * 10000)
                    for k, v in zip(
                        ("operating_revenue", "system_integration_revenue", "net_profit"), vals, strict=True
                    )
                    if v is not None
                },
            }
        )
    y = y + 8 + 22 * (len(decl.finance) + 1) + 30
    s.text(72, y, "二、系统集成项目汇总（单位：万元）", 10.5, bold=True)
    spec = (
        [(22.0, [32.0, 170.0, 150.0, 99.0])]
        + [(30.0, [32.0, 170.0, 150.0, 99.0])] * len(decl.projects)
        + [(22.0, [352.0, 99.0])]
    )
    pt = s.rows(72, y + 8, spec)
    for cell, h in zip(pt[0], ("序号", "项目名称", "甲方单位", "合同金额"), strict=True):
        s.cell(cell, h, 9, align="center", bold=True)
    total = Decimal(0)
    for i, p in enumerate(decl.projects, start=1):
        amount = p.contract_amount or Decimal(0)
        total += amount
        s.cell(pt[i][0], str(i), 8.5, align="center")
        s.cell(pt[i][1], p.name, 8)
        s.cell(pt[i][2], p.client or "", 8)
        s.cell(pt[i][3], f"{in_unit(amount, 10000):.2f}", 8.5, align="right")
    s.cell(pt[-1][0], f"合计：共{len(decl.projects)}个项目", 9, align="center", bold=True)
    s.cell(pt[-1][1], f"{in_unit(total, 10000):.2f}", 9, align="right", bold=True)
    y = y + 8 + sum(h for h, _ in spec) + 30
    y = s.para(
        72,
        y,
        451,
        "本企业承诺：所填报数据及上传附件真实、准确、完整，如有虚假，愿承担相应责任。",
        10,
        indent=2,
    )
    s.text(330, y + 30, "企业（盖章）：", 10.5)
    s.text(330, y + 60, "法定代表人（签字）：", 10.5)
    s.hand(430, y + 62, e.legal_representative or "", 14, rng)
    s.text(330, y + 90, cn_date(issued), 10.5)
    if sealed:
        s.seal(420, y + 44, seal_png(e.name, rng), 120)
    fields = {
        "company_name": e.name,
        "credit_code": e.credit_code,
        "grade": e.grade.value if e.grade else None,
        "technical_total": e.staff.technical_total,
        "certified_total": e.staff.certified_total,
        "finance": rows_f,
        "project_count": len(decl.projects),
        "project_total": plain(in_unit(total, 10000) * 10000),
        "has_seal": sealed,
    }
    return Paper(
        DocType.declaration_form,
        doc,
        [s],
        {k: v for k, v in fields.items() if v is not None},
        note="declaration form",
    )
