"""Business licenses: the old 企业法人营业执照 (注册号), and the 三证合一 license since 2016,
landscape 正本 and portrait 副本, sometimes watermarked 仅供年检使用."""

from __future__ import annotations

import random

import pymupdf
import zxingcpp

from . import ink
from .facts import Company
from .numerals import cn_date, in_units, money
from .page import A4, A4_LANDSCAPE, Paper, Sheet, watermark, wrap

BROWN = (0.55, 0.25, 0.1)


def _frame(s: Sheet) -> None:
    rect = s.page.rect
    for inset, w in ((18, 3.0), (26, 0.8)):
        s.page.draw_rect(
            pymupdf.Rect(rect.x0 + inset, rect.y0 + inset, rect.x1 - inset, rect.y1 - inset),
            color=BROWN,
            width=w,
        )


def _qr(payload: str) -> bytes:
    import cv2

    image = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(scale=4)
    import numpy as np

    ok, buf = cv2.imencode(".png", np.asarray(image))
    assert ok
    return buf.tobytes()


def _capital_text(c: Company, rng: random.Random) -> str:
    wan = in_units(c.registered_capital, 10000, 0)
    return rng.choice([f"{wan}万元", f"人民币{wan}万元整", f"{wan}万元人民币"])


def _fields(c: Company, new: bool) -> dict:
    out = {
        "company_name": c.name,
        "legal_representative": c.legal_rep,
        "registered_capital": money(c.registered_capital),
        "company_type": c.company_type,
        "established_on": c.established_on.isoformat(),
        "valid_until": c.valid_until.isoformat() if c.valid_until else "长期",
        "address": c.address,
        "business_scope": c.scope,
    }
    if new:
        out["credit_code"] = c.credit_code
        out["qr"] = f"http://www.gsxt.gov.cn/index.html?uniscid={c.credit_code}"
    return out


def new_license(
    c: Company, rng: random.Random, copy: str = "正本", landscape: bool = True, mark: str = ""
) -> Paper:
    """三证合一 license: 统一社会信用代码 top left, QR top right, fields in two columns or one."""
    doc = pymupdf.open()
    s = Sheet.new(doc, A4_LANDSCAPE if landscape else A4, margin=60)
    _frame(s)
    w = s.page.rect.width
    s.text(s.left + 10, 50, "统一社会信用代码", 11)
    s.text(s.left + 10, 66, c.credit_code, 12, mark="credit_code")
    s.image(
        pymupdf.Rect(w - 150, 40, w - 70, 120),
        _qr(f"http://www.gsxt.gov.cn/index.html?uniscid={c.credit_code}"),
    )
    s.y = 95 if landscape else 130
    s.center("营 业 执 照", 34 if landscape else 30, gap=1.4)
    s.center(f"（{copy}）", 14, bold=False, gap=2.4)
    rows = [
        ("名　　　称", c.name, "company_name"),
        ("类　　　型", c.company_type, "company_type"),
        ("法定代表人", c.legal_rep, "legal_representative"),
        ("注册资本", _capital_text(c, rng), "registered_capital"),
        ("成立日期", cn_date(c.established_on), "established_on"),
        (
            "营业期限",
            f"{cn_date(c.established_on)}至{cn_date(c.valid_until) if c.valid_until else '长期'}",
            "valid_until",
        ),
        ("住　　　所", c.address, "address"),
    ]
    if landscape:
        left_rows, right_rows = rows[:3] + rows[6:], rows[3:6]
        col_x = [s.left + 20, w / 2 + 20]
        top = s.y
        for col, group in enumerate((left_rows, right_rows)):
            s.y = top
            for label, value, key in group:
                s.text(col_x[col], s.y, label, 11)
                for n, piece in enumerate(wrap(value, 11, w / 2 - 150)):
                    s.text(col_x[col] + 75, s.y + n * 16, piece, 11, mark=key if n == 0 else None)
                s.y += 16 * max(1, len(wrap(value, 11, w / 2 - 150))) + 10
        s.y = max(s.y, top + 150)
        scope_x, scope_room = col_x[1], w / 2 - 100
        s.y = top + 130
    else:
        for label, value, key in rows:
            s.text(s.left + 20, s.y, label, 11)
            for n, piece in enumerate(wrap(value, 11, 320)):
                s.text(s.left + 100, s.y + n * 16, piece, 11, mark=key if n == 0 else None)
            s.y += 16 * max(1, len(wrap(value, 11, 320))) + 10
        scope_x, scope_room = s.left + 20, 400
    s.text(scope_x, s.y, "经 营 范 围", 11)
    for n, piece in enumerate(wrap(c.scope, 9, scope_room - 85)):
        s.text(scope_x + 85, s.y + n * 13, piece, 9, mark="business_scope" if n == 0 else None)
    h = s.page.rect.height
    s.text(w - 260, h - 110, "登记机关", 12)
    s.text(w - 220, h - 70, cn_date(c.established_on.replace(year=max(c.established_on.year, 2017))), 11)
    s.image(pymupdf.Rect(w - 230, h - 175, w - 110, h - 55), ink.seal("乌鲁木齐市市场监督管理局", rng))
    s.text(s.left + 10, h - 48, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    if mark:
        watermark(s, mark)
    return Paper.of("business_license", doc, [s], _fields(c, True))


def old_license(c: Company, rng: random.Random, mark: str = "") -> Paper:
    """企业法人营业执照 (before 2016): 注册号, a business term that ends, portrait 副本."""
    doc = pymupdf.open()
    s = Sheet.new(doc, A4, margin=70)
    _frame(s)
    s.text(s.right - 200, 70, f"注册号  {c.reg_no}", 11, mark="reg_no")
    s.y = 120
    s.center("企业法人营业执照", 28, gap=1.6)
    s.center("（副　本）", 13, bold=False, gap=3)
    rows = [
        ("名　　称", c.name, "company_name"),
        ("住　　所", c.address, "address"),
        ("法定代表人姓名", c.legal_rep, "legal_representative"),
        ("注册资本", _capital_text(c, rng), "registered_capital"),
        ("实收资本", _capital_text(c, rng), ""),
        ("公司类型", c.company_type, "company_type"),
        ("经营范围", c.scope, "business_scope"),
        ("成立日期", cn_date(c.established_on), "established_on"),
        (
            "营业期限",
            f"{cn_date(c.established_on)}至{cn_date(c.valid_until) if c.valid_until else '长期'}",
            "valid_until",
        ),
    ]
    for label, value, key in rows:
        s.text(s.left + 10, s.y, label, 11)
        lines = wrap(value, 10.5 if key != "business_scope" else 9, 300)
        for n, piece in enumerate(lines):
            s.text(
                s.left + 120,
                s.y + n * 15,
                piece,
                10.5 if key != "business_scope" else 9,
                mark=key if n == 0 and key else None,
            )
        s.y += 15 * len(lines) + 12
    s.text(s.right - 180, 730, "登记机关", 12)
    s.text(
        s.right - 160,
        760,
        cn_date(c.established_on.replace(month=1, day=15, year=c.established_on.year + 3)),
        11,
    )
    s.image(pymupdf.Rect(s.right - 200, 670, s.right - 80, 790), ink.seal("乌鲁木齐市工商行政管理局", rng))
    if mark:
        watermark(s, mark, (0.85, 0.2, 0.2))
    return Paper.of("business_license", doc, [s], _fields(c, False))
