"""Alt business license: horizontal, fields in two columns with colon labels, capital in 万元,
营业期限 as a range (2016年05月12日至长期), the credit code in a line of its own beside 证照编号."""

from __future__ import annotations

import datetime as dt
import random

import pymupdf

from jianzheng.models.document import DocType

from ..draw import RED, Pen, Style, wrap_lines
from ..money_words import amount_words
from ..spell import date_text
from ..templates import Rendered
from ..templates.license import license_truth
from ..world import Company


def _capital(rng: random.Random, c: Company) -> str:
    wan = (c.capital / 10000).normalize()
    return rng.choice(
        [f"{wan:f}万元", f"人民币{wan:f}万元", f"{amount_words(c.capital).removesuffix('整')}整"]
    )


def _term(rng: random.Random, c: Company) -> str:
    start = date_text(c.established, "cn0")
    end = "长期" if c.valid_until == "长期" else date_text(c.valid_until, "cn0")  # type: ignore[arg-type]
    return rng.choice([f"{start}至{end}", f"{start} 至 {end}"])


def render_alt_license(rng: random.Random, c: Company) -> Rendered:
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    w, h = 842.0, 595.0
    pen.new_page((w, h))
    pen.rect((22, 22, w - 22, h - 22), width=2.2, color=(0.7, 0.5, 0.15))
    payload = f"http://www.gsxt.gov.cn/index.html?uniscid={c.credit_code}"
    pen.text(60, 62, f"统一社会信用代码：{c.credit_code}", size=12, key="credit_code")
    pen.text(60, 84, f"证照编号：{rng.randint(10**15, 10**16 - 1)}", size=9)
    pen.center(140, "营业执照", size=36, font=pen.style.title_font)
    pen.center(168, "（副本）", size=13)
    pen.qr(w - 150, 52, 84, payload)
    pen.text(w - 160, 148, "扫描二维码登录“国家企业信用", size=7)
    pen.text(w - 160, 158, "信息公示系统”了解更多登记、", size=7)
    left = [
        ("名称", c.name),
        ("类型", c.company_type),
        ("法定代表人", c.legal_rep),
        ("住所", c.address),
    ]
    right = [
        ("注册资本", _capital(rng, c)),
        ("成立日期", date_text(c.established, "cn0")),
        ("营业期限", _term(rng, c)),
        ("经营范围", c.scope),
    ]
    size = 10.5
    for x, column in ((60, left), (430, right)):
        y = 215.0
        for label, value in column:
            lw = pen.text(x, y, f"{label}：", size=size)
            for line in wrap_lines(value, 340 - lw, size) or [""]:
                pen.text(x + lw, y, line, size=size)
                y += size * 1.65
            y += 10
    authority = f"{c.city}市场监督管理局".replace("市市", "市")
    issued = dt.date(max(c.established.year, 2020), rng.randint(1, 12), rng.randint(1, 28))
    pen.text(w - 250, h - 95, "登记机关", size=12)
    pen.text(w - 250, h - 60, date_text(issued, "cn"), size=12)
    pen.seal(w - 190, h - 95, authority, radius=48, rng=rng)
    pen.text(60, h - 40, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", size=8)
    pen.text(w - 320, h - 40, "国家市场监督管理总局监制", size=8, color=RED)
    fields = license_truth(c, payload)
    return Rendered(DocType.business_license, doc, fields, pen.marks)
