"""Business licences: the 三证合一 营业执照 (landscape 副本, portrait 正本) and the old
企业法人营业执照 layout with its 注册号."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from jianzheng.models.document import DocType

from .cast import Company
from .deal import cn_date, iso
from .filing import Paper
from .layout import A4, A4_LANDSCAPE, Emblem, Guilloche, Page, Qr, Seal, Text, width_of, wrap
from .numerals import capital


@dataclass(frozen=True)
class Registration:
    """What the registry holds about the enterprise (what its licence prints)."""

    company: Company
    kind: str
    capital_wan: int
    established: dt.date
    until: dt.date | None
    """None: 长期."""
    scope: str
    authority: str
    issued: dt.date


def _fields(reg: Registration) -> dict[str, object]:
    c = reg.company
    return {
        "company_name": c.name,
        "credit_code": c.credit_code,
        "legal_representative": c.legal_rep,
        "registered_capital": f"{reg.capital_wan * 10000}.00",
        "company_type": reg.kind,
        "established_on": iso(reg.established),
        "valid_until": iso(reg.until) if reg.until else "长期",
        "address": c.address,
    }


def _term(reg: Registration) -> str:
    end = cn_date(reg.until, padded=True) if reg.until else "长期"
    return f"{cn_date(reg.established, padded=True)} 至 {end}"


def _capital_text(wan: int) -> str:
    return capital(Decimal(wan)).removesuffix("元整") + "万元整"


def _labelled(
    page: Page, x: float, y: float, label: str, value: str, size: float, width: float, label_w: float
) -> float:
    page.add(
        Text(x, y, label, size, bold=True, spacing=(label_w - width_of(label, size)) / max(len(label) - 1, 1))
    )
    lines = wrap(value, size, width - label_w - 10)
    for k, line in enumerate(lines):
        page.add(Text(x + label_w + 10, y + k * size * 1.5, line, size))
    return y + len(lines) * size * 1.5 + size * 0.9


def modern(reg: Registration, rng: random.Random, *, landscape: bool = True, copy: str = "副本") -> Paper:
    """三证合一 营业执照: emblem, QR, credit code top left, two columns of fields (landscape)."""
    c = reg.company
    w, h = A4_LANDSCAPE if landscape else A4
    page = Page(w, h)
    page.add(Guilloche(24, 24, w - 24, h - 24))
    page.add(Emblem(w / 2, 62, 30))
    title_size = 40 if landscape else 36
    title = "营业执照"
    spacing = 14
    page.add(
        Text(
            (w - width_of(title, title_size, spacing)) / 2, 142, title, title_size, bold=True, spacing=spacing
        )
    )
    page.add(Text(w / 2 - 24, 172, f"（{copy}）", 14))
    if copy == "副本":
        page.add(Text(60, 96, f"编号：{rng.randrange(10**16, 10**17)}", 9))
    page.add(Text(60, 118, "统一社会信用代码", 12, bold=True))
    page.add(Text(60, 138, c.credit_code, 12.5))
    qr_x = w - 175 if landscape else w - 140
    page.add(Qr(qr_x, 88, 72, f"http://www.gsxt.gov.cn/index?uniscid={c.credit_code}"))
    page.add(
        Text(qr_x - 2, 172, "扫描二维码登录“国家企业", 6.5),
        Text(qr_x - 2, 181, "信用信息公示系统”了解更多", 6.5),
    )
    size = 12
    if landscape:
        left_rows = [
            ("名称", c.name),
            ("类型", reg.kind),
            ("法定代表人", c.legal_rep),
            ("经营范围", reg.scope),
        ]
        right_rows = [
            ("注册资本", f"{_capital_text(reg.capital_wan)}"),
            ("成立日期", cn_date(reg.established, padded=True)),
            ("营业期限", _term(reg)),
            ("住所", c.address),
        ]
        y = 220.0
        for label, value in left_rows:
            y = _labelled(page, 60, y, label, value, size, 400, 72)
        y = 220.0
        for label, value in right_rows:
            y = _labelled(page, 470, y, label, value, size, 330, 72)
        seal_x, seal_y = w - 150, h - 120
        page.add(Text(w - 330, h - 120, "登记机关", 13, spacing=6))
    else:
        rows = [
            ("名称", c.name),
            ("类型", reg.kind),
            ("住所", c.address),
            ("法定代表人", c.legal_rep),
            ("注册资本", _capital_text(reg.capital_wan)),
            ("成立日期", cn_date(reg.established, padded=True)),
            ("营业期限", _term(reg)),
            ("经营范围", reg.scope),
        ]
        y = 220.0
        for label, value in rows:
            y = _labelled(page, 70, y, label, value, size, w - 140, 76)
        seal_x, seal_y = w - 150, h - 150
        page.add(Text(w - 330, h - 150, "登记机关", 13, spacing=6))
    page.add(
        Text(
            seal_x - 40,
            seal_y + 50,
            f"{reg.issued.year}  年  {reg.issued.month:02d}  月  {reg.issued.day:02d}  日",
            11,
        )
    )
    page.add(Seal(seal_x, seal_y, 46, reg.authority, seed=rng.randrange(1 << 30), strength=0.9))
    page.add(Text(40, h - 36, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 7.5))
    page.add(Text(w - 260, h - 36, "国家市场监督管理总局监制", 7.5))
    return Paper(DocType.business_license, [page], _fields(reg))


def old_style(reg: Registration, rng: random.Random, *, registration_no: str) -> Paper:
    """企业法人营业执照 (副本), the layout before 三证合一: 注册号 top right, label rows down the page."""
    c = reg.company
    w, h = A4
    page = Page(w, h)
    page.add(Guilloche(30, 30, w - 30, h - 30, colour=(168, 140, 100)))
    page.add(Emblem(w / 2, 80, 28))
    title = "企业法人营业执照"
    page.add(Text((w - width_of(title, 30, 6)) / 2, 160, title, 30, bold=True, spacing=6))
    page.add(Text(w / 2 - 22, 188, "（副  本）", 13))
    page.add(Text(w - 250, 220, f"注册号  {registration_no}", 11))
    page.add(Text(w - 250, 238, f"统一社会信用代码  {c.credit_code}", 9))
    rows = [
        ("名称", c.name),
        ("住所", c.address),
        ("法定代表人姓名", c.legal_rep),
        ("注册资本", f"{reg.capital_wan}万元人民币"),
        ("实收资本", f"{reg.capital_wan}万元人民币"),
        ("公司类型", reg.kind),
        ("经营范围", reg.scope),
        ("成立日期", cn_date(reg.established, padded=True)),
        ("营业期限", _term(reg)),
    ]
    y = 280.0
    for label, value in rows:
        y = _labelled(page, 70, y, label, value, 11.5, w - 140, 96)
    page.add(Text(70, h - 140, "年度检验情况", 11))
    page.add(Text(w - 240, h - 116, "登记机关", 12, spacing=4))
    page.add(Text(w - 250, h - 80, cn_date(reg.issued, padded=True), 11))
    page.add(Seal(w - 170, h - 110, 44, reg.authority, seed=rng.randrange(1 << 30)))
    return Paper(DocType.business_license, [page], _fields(reg))
