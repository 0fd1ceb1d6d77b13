"""营业执照 (三证合一), portrait 副本 layout."""

from __future__ import annotations

import random

import pymupdf

from . import ink
from .model import Firm, Paper
from .numerals import cn_date, s2, upper_date
from .paper import A4, Sheet

GOLD = (0.62, 0.45, 0.18)


def capital_words(firm: Firm) -> str:
    from .numerals import capital

    return "人民币" + capital(firm.capital)


def business_license(firm: Firm, rng: random.Random, stamp: str = "仅供资质年检使用") -> Paper:
    """The 副本 with the copy watermark enterprises lay across uploads (``stamp``; empty for none)."""
    doc = pymupdf.open()
    s = Sheet(doc, A4, rng=rng)
    w, h = A4
    s.rect(22, 22, w - 22, h - 22, 2.2, GOLD)
    s.rect(30, 30, w - 30, h - 30, 0.8, GOLD)
    for cx, cy in ((30, 30), (w - 30, 30), (30, h - 30), (w - 30, h - 30)):
        s.rect(cx - 6, cy - 6, cx + 6, cy + 6, 0.8, GOLD, fill=GOLD)
    s.text(52, 52, "统一社会信用代码", 10)
    s.text(52, 68, firm.credit_code, 12)
    s.text(
        w - 52,
        52,
        f"证照编号：{rng.randint(10, 99)}{firm.credit_code[2:8]}{rng.randint(10**9, 10**10 - 1)}",
        8.5,
        align="right",
    )
    s.image(w / 2 - 36, 48, w / 2 + 36, 120, ink.emblem(300))
    s.text(w / 2, 134, "营业执照", 38, bold=True, align="center", spacing=16)
    s.text(w / 2, 186, "（副　　本）", 13, align="center")
    s.text(w / 2, 206, "（1-1）", 9.5, align="center")
    s.image(
        w - 150,
        140,
        w - 60,
        230,
        ink.qr(f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}", 300),
    )
    s.text(w - 105, 234, "扫描二维码登录“国家企业", 6.5, align="center")
    s.text(w - 105, 243, "信用信息公示系统”了解更多", 6.5, align="center")
    s.text(w - 105, 252, "登记、备案、许可、监管信息。", 6.5, align="center")
    lx, vx = 70.0, 160.0
    y = 278.0
    until = "长期" if firm.valid_until is None else cn_date(firm.valid_until, pad=True)
    rows = [
        ("名　　　　称", firm.name),
        ("类　　　　型", firm.company_type),
        ("法 定 代 表 人", firm.legal_rep),
        ("注 册 资 本", capital_words(firm)),
        ("成 立 日 期", cn_date(firm.established, pad=True)),
        ("营 业 期 限", f"{cn_date(firm.established, pad=True)} 至 {until}"),
        ("住　　　　所", firm.address),
    ]
    scope_at = 3
    for i, (label, value) in enumerate(rows):
        if i == scope_at:
            s.text(lx, y, "经 营 范 围", 11.5)
            for ln in s.wrap(firm.scope, w - vx - 70, 10):
                s.text(vx, y, ln, 10)
                y += 16
            y += 10
        s.text(lx, y, label, 11.5)
        lines = s.wrap(value, w - vx - 70, 11.5)
        for ln in lines:
            s.text(vx, y, ln, 11.5)
            y += 19
        y += 9
    reg_y = h - 190
    s.text(w - 200, reg_y, "登 记 机 关", 12)
    s.text(w - 170, reg_y + 50, upper_date(firm.licensed_on), 11.5, align="center")
    seal = ink.round_seal(firm.registrar, rng, size=560)
    s.image(w - 230, reg_y - 40, w - 110, reg_y + 80, seal)
    s.text(w / 2, h - 70, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5, align="center")
    s.text(w / 2, h - 56, "国家市场监督管理总局监制", 8.5, align="center")
    if stamp:
        s.image(0, 0, w, h, ink.watermark((1190, 1684), stamp, (200, 40, 40), 42))
    fields = {
        "company_name": firm.name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": s2(firm.capital),
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": until if firm.valid_until is None else firm.valid_until.isoformat(),
        "address": firm.address,
        "business_scope": firm.scope,
    }
    return Paper("", "business_license", doc, None, fields)
