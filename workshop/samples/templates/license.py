"""营业执照 (business license), horizontal (landscape) and vertical (portrait) layouts."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from jianzheng.models.document import DocType

from ..draw import RED, Pen, Style, wrap_lines
from ..money_words import amount_words
from ..spell import date_text
from ..world import Company
from . import Rendered

_AUTHORITIES = ("乌鲁木齐市市场监督管理局", "{district}市场监督管理局", "新疆维吾尔自治区市场监督管理局")


def capital_text(rng: random.Random, capital: Decimal) -> str:
    """注册资本 as licenses print it: 壹仟万元整, 1000万元人民币, 人民币壹仟万元整."""
    wan = (capital / 10000).normalize()
    return rng.choice(
        [amount_words(capital), f"{wan:f}万元人民币", "人民币" + amount_words(capital), f"{wan:f}万元"]
    )


def term_text(rng: random.Random, c: Company) -> str:
    """营业期限: a range to a date, or 长期."""
    start = date_text(c.established, "cn0")
    if c.valid_until == "长期":
        return rng.choice(["长期", f"{start} 至 长期", f"{start}至长期"])
    assert isinstance(c.valid_until, dt.date)
    return f"{start} 至 {date_text(c.valid_until, 'cn0')}"


def license_truth(c: Company, qr_payload: str) -> dict[str, object]:
    """What a license of this company says, as the truth gives it (any layout)."""
    return {
        "company_name": c.name,
        "credit_code": c.credit_code,
        "legal_representative": c.legal_rep,
        "registered_capital": f"{c.capital:.2f}",
        "company_type": c.company_type,
        "established_on": c.established.isoformat(),
        "valid_until": c.valid_until if isinstance(c.valid_until, str) else c.valid_until.isoformat(),
        "address": c.address,
        "business_scope": c.scope,
        "qr": qr_payload,
    }


def render_license(
    rng: random.Random, c: Company, qr_code: str | None = None, layout: str | None = None
) -> Rendered:
    """The license of company ``c``; ``qr_code`` puts another credit code in the QR (a plant)."""
    layout = layout or rng.choice(["h", "v"])
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    size = (842.0, 595.0) if layout == "h" else (595.0, 842.0)
    page = pen.new_page(size)
    w, h = size
    pen.rect((18, 18, w - 18, h - 18), width=3, color=(0.75, 0.55, 0.2))
    pen.rect((26, 26, w - 26, h - 26), width=0.8, color=(0.75, 0.55, 0.2))
    payload = f"http://www.gsxt.gov.cn/index.html?uniscid={qr_code or c.credit_code}"
    fs = pen.style.size + 1
    pen.text(50, 70, "统一社会信用代码", size=fs)
    pen.text(
        50, 92, c.credit_code, size=fs + 1, font="helv" if rng.random() < 0.5 else None, key="credit_code"
    )
    if rng.random() < 0.6:
        pen.text(w - 170, 60, "（副 本）" if rng.random() < 0.5 else "（1-1）", size=fs)
    pen.center(150 if layout == "h" else 170, "营 业 执 照", size=38, font=pen.style.title_font)
    pen.qr(w - 140, 80 if layout == "h" else 100, 88, payload)
    rows = [
        ("名称", c.name, "company_name"),
        ("类型", c.company_type, "company_type"),
        ("法定代表人", c.legal_rep, "legal_representative"),
        ("经营范围", c.scope, "business_scope"),
        ("注册资本", capital_text(rng, c.capital), "registered_capital"),
        ("成立日期", date_text(c.established, rng.choice(["cn0", "cn"])), "established_on"),
        ("营业期限", term_text(rng, c), "valid_until"),
        ("住所", c.address, "address"),
    ]
    spaced = rng.random() < 0.5
    if layout == "h":
        left = [
            r
            for r in rows
            if r[2] in ("company_name", "company_type", "legal_representative", "business_scope")
        ]
        right = [r for r in rows if r not in left]
        _column(pen, 60, 210, 330, left, spaced)
        _column(pen, 440, 210, 340, right, spaced)
        seal_x, seal_y, date_y = w - 170, h - 110, h - 70
    else:
        _column(
            pen,
            70,
            230,
            460,
            [rows[0], rows[1], rows[7], rows[2], rows[4], rows[5], rows[6], rows[3]],
            spaced,
        )
        seal_x, seal_y, date_y = w - 160, h - 150, h - 100
    authority = rng.choice(_AUTHORITIES).format(district=c.district)
    pen.text(seal_x - 80, date_y - 40, "登 记 机 关", size=fs)
    issued = dt.date(max(c.established.year, 2019), rng.randint(1, 12), rng.randint(1, 28))
    pen.text(seal_x - 40, date_y, date_text(issued, "cn0"), size=fs)
    pen.seal(seal_x, seal_y, authority, radius=52, rng=rng)
    foot = "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn"
    pen.text(50, h - 40, foot, size=8)
    pen.text(w - 330, h - 40, "国家市场监督管理总局监制", size=8, color=RED)
    fields = license_truth(c, payload)
    if rng.random() < 0.4:
        pen.watermark(rng.choice(["此复印件仅供年检使用", "仅供2024年度年检使用，他用无效", "与原件一致"]))
    del page
    return Rendered(DocType.business_license, doc, fields, pen.marks)


def _column(
    pen: Pen, x: float, y: float, width: float, rows: list[tuple[str, str, str]], spaced: bool
) -> None:
    label_w = 80.0
    for label, value, key in rows:
        shown = "  ".join(label) if spaced and len(label) <= 4 else label
        pen.text(x, y, shown)
        lines = wrap_lines(value, width - label_w, pen.style.size) or [""]
        for i, line in enumerate(lines):
            pen.text(x + label_w, y, line, key=key if i == 0 else None)
            y += pen.style.size * 1.7
        y += 6
