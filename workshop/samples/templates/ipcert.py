"""计算机软件著作权登记证书 (software-copyright registration certificate)."""

from __future__ import annotations

import datetime as dt
import random

import pymupdf

from jianzheng.models.document import DocType

from ..draw import Pen, Style
from ..spell import date_text
from . import Rendered


def render_software_copyright(
    rng: random.Random, title: str, holder: str, number: str, registered: dt.date
) -> Rendered:
    """A certificate page: 软件名称, 著作权人, 登记号, 登记日期, the copyright office's seal."""
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    pen.new_page()
    pen.rect((30, 30, 565, 812), width=4, color=(0.7, 0.55, 0.25))
    pen.center(120, "中华人民共和国国家版权局", size=16)
    pen.center(175, "计算机软件著作权登记证书", size=26)
    pen.text(380, 215, f"证书号：软著登字第{rng.randint(10**7, 10**8 - 1)}号", size=10)
    developed = registered - dt.timedelta(days=rng.randint(60, 300))
    rows = [
        ("软件名称：", title, "title"),
        ("著作权人：", holder, "holder"),
        ("开发完成日期：", date_text(developed, "cn0"), None),
        ("首次发表日期：", rng.choice(["未发表", date_text(developed + dt.timedelta(days=20), "cn0")]), None),
        ("权利取得方式：", "原始取得", None),
        ("权利范围：", "全部权利", None),
        ("登记号：", number, "number"),
    ]
    y = 280.0
    for label, value, key in rows:
        pen.labelled(90, y, label, value, key=key, size=13)
        y += 40
    body = (
        "根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，经中国版权保护中心审核，"
        "对以上事项予以登记。"
    )
    y = pen.wrap(90, y + 20, 420, body, size=12)
    pen.text(
        330, 720, "登记日期：" + date_text(registered, rng.choice(["cn", "cn0"])), size=12, key="issued_on"
    )
    pen.seal(420, 690, "中华人民共和国国家版权局", radius=58, rng=rng)
    fields = {
        "kind": "software_copyright",
        "title": title,
        "number": number,
        "holder": holder,
        "issued_on": registered.isoformat(),
    }
    return Rendered(DocType.ip_certificate, doc, fields, pen.marks)
