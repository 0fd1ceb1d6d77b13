"""营业执照 in the layouts enterprises hold, and the papers that travel with them.

- ``horizontal``: the 2016+ 三证合一 licence, landscape (副本 A4; 正本 drawn larger), code top left,
  QR top right, two columns of fields, 登记机关 seal, the 国家企业信用信息公示系统 line.
- ``vertical``: the portrait layout (回纹 frame), code under the title, one column, QR bottom left.
- ``old``: the pre-2015 企业法人营业执照 副本 with a 15-digit 注册号, 实收资本, 公司类型 and a 年度检验情况 box.
- the old 组织机构代码证 (副本), a 开户许可证 and a 居民身份证 (both faces), which enterprises copy beside it.

Each ``draw_*`` returns the Sheet; ``Licence.truth_fields`` is what a careful reviewer reads off the
licence (CONTRACT 2.2), ``Licence.printed`` the text each field is printed as (for the selfcheck).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .sheet import BLACK, RED, Sheet
from .world import cn_date

PERSON_LABEL = {
    "company": "法定代表人",
    "branch": "负责人",
    "sole": "投资人",
    "partnership": "执行事务合伙人",
}
ADDRESS_LABEL = {"company": "住所", "branch": "营业场所", "sole": "住所", "partnership": "主要经营场所"}
CAPITAL_LABEL = {"company": "注册资本", "partnership": "出资额"}
TERM_LABEL = {"company": "营业期限", "branch": "营业期限", "partnership": "合伙期限"}

GSXT = "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn"
ANNUAL = "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。"
QR_NOTE = ("扫描二维码登录‘国家", "企业信用信息公示", "系统’了解更多登记、", "备案、许可、监管信", "息。")


@dataclass
class Licence:
    layout: str
    """horizontal | vertical | old"""
    copy: str
    """正本 | 副本"""
    kind: str
    """company | branch | sole | partnership"""
    name: str
    code: str | None
    company_type: str
    person: str
    established: dt.date
    address: str
    scope: str
    authority: str
    issued: dt.date
    capital_text: str | None = None
    capital: Decimal | None = None
    """The capital in yuan as a reviewer reads it; None where it is not printed or not in yuan."""
    paid_text: str | None = None
    term_end: dt.date | None = None
    has_term: bool = True
    reg_no: str | None = None
    serial: str = ""
    qr: str | None = None
    printed: dict[str, str] = field(default_factory=dict)

    @property
    def term_text(self) -> str:
        start = cn_date(self.established)
        if self.term_end is None:
            return "长期" if self.layout == "vertical" and self.kind == "company" else f"{start} 至 长期"
        return (
            f"{start} 至 {cn_date(self.term_end)}"
            if self.layout != "old"
            else f"{start}至{cn_date(self.term_end)}"
        )

    def truth_fields(self, with_qr: bool) -> dict[str, object]:
        out: dict[str, object] = {"company_name": self.name}
        if self.code:
            out["credit_code"] = self.code
        if self.kind != "branch":
            out["legal_representative"] = self.person
        if self.capital is not None:
            out["registered_capital"] = f"{self.capital:.2f}"
        out["company_type"] = self.company_type
        out["established_on"] = self.established.isoformat()
        if self.has_term:
            out["valid_until"] = "长期" if self.term_end is None else self.term_end.isoformat()
        out["address"] = self.address
        out["business_scope"] = self.scope
        if with_qr and self.qr:
            out["qr"] = self.qr
        return out

    def draw(self, rng: random.Random) -> Sheet:
        if self.layout == "horizontal":
            return draw_horizontal(self, rng)
        if self.layout == "vertical":
            return draw_vertical(self, rng)
        return draw_old(self, rng)


def _label(s: Sheet, x: float, y: float, label: str, width: float, size: float, bold: bool = True) -> None:
    """A label spread over ``width`` mm, as licences print 名　　称."""
    if len(label) == 1:
        s.text(x, y, label, size, bold=bold, record=False)
        return
    chars = sum(s.width(c, size) for c in label)
    if chars > width:
        size *= width / chars
        chars = width
    gap = max(0.0, (width - chars) / (len(label) - 1))
    s.text(x, y, label, size, bold=bold, spacing=gap, record=False)


def _field(
    s: Sheet,
    lic: Licence,
    key: str,
    x: float,
    y: float,
    label: str,
    value: str,
    *,
    lw: float,
    vx: float,
    size: float,
    vsize: float,
    wrap: float,
    leading: float,
) -> float:
    _label(s, x, y, label, lw, size)
    lic.printed[key] = value
    if s.width(value, vsize) <= wrap:
        s.text(vx, y, value, vsize)
        return y
    return s.paragraph(vx, y, value, vsize, wrap, leading) - leading


def _fields(lic: Licence) -> list[tuple[str, str, str]]:
    """(truth key, label, printed value) in the order of the portrait layout."""
    rows: list[tuple[str, str, str]] = [
        ("company_name", "名称", lic.name),
        ("company_type", "类型", lic.company_type),
    ]
    rows.append(("address", ADDRESS_LABEL[lic.kind], lic.address))
    rows.append(("legal_representative", PERSON_LABEL[lic.kind], lic.person))
    if lic.capital_text:
        rows.append(("registered_capital", CAPITAL_LABEL.get(lic.kind, "注册资本"), lic.capital_text))
    rows.append(("established_on", "成立日期", cn_date(lic.established)))
    if lic.has_term:
        rows.append(("valid_until", TERM_LABEL[lic.kind], lic.term_text))
    rows.append(("business_scope", "经营范围", lic.scope))
    return rows


def _authority(s: Sheet, lic: Licence, rng: random.Random, x: float, y: float, k: float) -> None:
    s.text(x, y, "登 记 机 关", 14 * k, bold=True)
    d = lic.issued
    s.text(
        x - 6 * k,
        y + 16 * k,
        f"{d.year}    年    {d.month:02d}    月    {d.day:02d}    日",
        12 * k,
        record=False,
    )
    s.lines.append(f"{d.year}年{d.month:02d}月{d.day:02d}日")
    s.seal(x + 50 * k, y + 6 * k, 19 * k, lic.authority, rng, opacity=0.78)


def draw_horizontal(lic: Licence, rng: random.Random) -> Sheet:
    k = 1.0 if lic.copy == "副本" else 1.36
    s = Sheet(297 * k, 210 * k)
    s.guilloche(8 * k, 7 * k)
    s.emblem(148.5 * k, 27 * k, 15 * k)
    s.text(
        148.5 * k,
        64 * k,
        "营业执照",
        36 * k,
        color=(0.72, 0.12, 0.1),
        bold=True,
        align="center",
        spacing=9 * k,
    )
    if lic.copy == "副本":
        s.text(148.5 * k, 76 * k, "（副    本）", 15 * k, align="center")
    s.text(24 * k, 46 * k, "统一社会信用代码", 11.5 * k, bold=True)
    assert lic.code is not None
    lic.printed["credit_code"] = lic.code
    s.text(24 * k, 54 * k, lic.code, 12.5 * k, font="tiro")
    if lic.copy == "副本":
        s.text(24 * k, 61 * k, "(1/1)", 10 * k, font="tiro", record=False)
    if lic.serial:
        s.text(24 * k, 68 * k, f"编号：{lic.serial}", 8.5 * k, record=False)
    if lic.qr:
        s.qr(224 * k, 34 * k, 24 * k, lic.qr)
        for i, part in enumerate(QR_NOTE):
            s.text(250 * k, (38 + i * 4.2) * k, part, 6.5 * k, record=False)
    left = [r for r in _fields(lic) if r[0] in ("company_name", "company_type", "legal_representative")]
    right = [r for r in _fields(lic) if r[0] in ("registered_capital", "established_on", "valid_until")]
    scope = next(r for r in _fields(lic) if r[0] == "business_scope")
    addr = next(r for r in _fields(lic) if r[0] == "address")
    y = 94.0
    for key, label, value in left:
        y = (
            _field(
                s,
                lic,
                key,
                24 * k,
                y * k,
                label,
                value,
                lw=25 * k,
                vx=56 * k,
                size=12.5 * k,
                vsize=11 * k,
                wrap=98 * k,
                leading=5.2 * k,
            )
            / k
            + 11
        )
    _field(
        s,
        lic,
        scope[0],
        24 * k,
        y * k,
        scope[1],
        scope[2],
        lw=25 * k,
        vx=56 * k,
        size=12.5 * k,
        vsize=9.5 * k,
        wrap=96 * k,
        leading=4.9 * k,
    )
    y = 94.0
    for key, label, value in [*right, addr]:
        y = (
            _field(
                s,
                lic,
                key,
                162 * k,
                y * k,
                label,
                value,
                lw=25 * k,
                vx=194 * k,
                size=12.5 * k,
                vsize=11 * k,
                wrap=82 * k,
                leading=5.2 * k,
            )
            / k
            + 11
        )
    _authority(s, lic, rng, 196 * k, 170 * k, k)
    s.text(12 * k, 205.5 * k, GSXT, 7.5 * k, record=False)
    s.text(140 * k, 204 * k, ANNUAL[:22], 6.5 * k, record=False)
    s.text(140 * k, 207 * k, ANNUAL[22:], 6.5 * k, record=False)
    s.text(286 * k, 205.5 * k, "国家市场监督管理总局监制", 8 * k, align="right", record=False)
    return s


def draw_vertical(lic: Licence, rng: random.Random) -> Sheet:
    s = Sheet(210, 297)
    s.fret(12, 6)
    s.emblem(105, 36, 17)
    s.text(105, 80, "营业执照", 40, color=(0.7, 0.5, 0.1), bold=True, align="center", spacing=9)
    if lic.copy == "副本":
        s.text(105, 91, "（副    本）", 14, align="center")
    if lic.serial:
        s.text(150, 62, f"编号：{lic.serial}", 9, record=False)
    assert lic.code is not None
    end = s.text(52, 104, "统一社会信用代码", 12.5, bold=True)
    lic.printed["credit_code"] = lic.code
    s.text(end + 3, 104, lic.code, 13, font="tiro")
    y = 120.0
    for key, label, value in _fields(lic):
        if key == "business_scope":
            y = _field(
                s, lic, key, 32, y, label, value, lw=33, vx=74, size=13, vsize=9.5, wrap=104, leading=5.0
            )
        else:
            y = _field(
                s, lic, key, 32, y, label, value, lw=33, vx=74, size=13, vsize=11.5, wrap=104, leading=5.6
            )
        y += 10.5
    if lic.qr:
        s.qr(30, 226, 27, lic.qr)
        for i, part in enumerate(QR_NOTE):
            s.text(60, 236 + i * 4.0, part, 6.5, record=False)
    _authority(s, lic, rng, 118, 254, 1.0)
    s.text(16, 289, GSXT, 7.5, record=False)
    s.text(194, 289, "国家市场监督管理总局监制", 8, align="right", record=False)
    return s


def draw_old(lic: Licence, rng: random.Random) -> Sheet:
    """The pre-2015 企业法人营业执照 (副本): 注册号, 实收资本, 公司类型, a 年度检验情况 box."""
    s = Sheet(210, 297)
    s.guilloche(10, 6, color=(0.55, 0.45, 0.35))
    s.emblem(105, 34, 15)
    s.text(105, 70, "企业法人营业执照", 28, color=(0.1, 0.1, 0.1), bold=True, align="center", spacing=2.5)
    s.text(105, 81, "（副    本）", 13, align="center")
    s.text(150, 92, "副本编号：1-1", 9, record=False)
    assert lic.reg_no is not None
    s.text(94, 100, "注册号", 11.5, bold=True, record=False)
    s.text(112, 100, lic.reg_no, 12, font="tiro")
    rows: list[tuple[str, str, str]] = [
        ("company_name", "名称", lic.name),
        ("address", "住所", lic.address),
        ("legal_representative", "法定代表人姓名", lic.person),
        ("registered_capital", "注册资本", lic.capital_text or ""),
        ("", "实收资本", lic.paid_text or ""),
        ("company_type", "公司类型", lic.company_type),
        ("business_scope", "经营范围", lic.scope),
        ("established_on", "成立日期", cn_date(lic.established)),
        ("valid_until", "营业期限", lic.term_text),
    ]
    y = 110.0
    for key, label, value in rows:
        if not key:
            _label(s, 24, y, label, 32, 11)
            s.text(62, y, value, 10.5)
        else:
            y = _field(
                s,
                lic,
                key,
                24,
                y,
                label,
                value,
                lw=32,
                vx=62,
                size=11,
                vsize=9 if key == "business_scope" else 10.5,
                wrap=120,
                leading=4.6,
            )
        y += 9.0
    s.rect(22, 240, 96, 282, 0.5)
    s.text(59, 247, "年 度 检 验 情 况", 10, align="center", record=False)
    s.seal(59, 264, 13, lic.authority, rng, bottom="年检专用章", opacity=0.7)
    s.text(72, 279, f"{lic.issued.year + 1}年度", 9, color=RED, record=False)
    s.text(114, 252, "登 记 机 关", 13, bold=True)
    s.seal(168, 258, 19, lic.authority, rng, opacity=0.78)
    s.text(116, 270, cn_date(lic.issued), 11)
    s.text(200, 290, "中华人民共和国国家工商行政管理总局监制", 7.5, align="right", record=False)
    return s


def draw_org_code(
    name: str,
    org: str,
    kind: str,
    person: str,
    address: str,
    start: dt.date,
    authority: str,
    reg: str,
    rng: random.Random,
) -> Sheet:
    """The old 中华人民共和国组织机构代码证 (副本), valid four years."""
    s = Sheet(210, 148)
    s.rect(8, 8, 202, 140, 1.2, (0.2, 0.35, 0.6))
    s.rect(11, 11, 199, 137, 0.4, (0.2, 0.35, 0.6))
    s.text(105, 26, "中 华 人 民 共 和 国", 14, align="center", record=False)
    s.text(105, 40, "组织机构代码证", 22, bold=True, align="center", spacing=1.5)
    s.text(105, 49, "（副 本）", 11, align="center", record=False)
    code = f"{org[:8]}-{org[8]}"
    end = dt.date(start.year + 4, start.month, start.day) - dt.timedelta(days=1)
    rows = [
        ("代      码：", code),
        ("机 构 名 称：", name),
        ("机 构 类 型：", kind),
        ("法定代表人：", person),
        ("地      址：", address),
        ("有  效  期：", f"自{cn_date(start)}至{cn_date(end)}"),
        ("颁 发 单 位：", authority),
        ("登  记  号：", reg),
    ]
    y = 62.0
    for label, value in rows:
        s.text(24, y, label, 10.5, record=False)
        s.text(56, y, value, 10.5)
        y += 8.6
    s.seal(160, 120, 15, authority, rng, opacity=0.75)
    s.text(105, 135, "中华人民共和国国家质量监督检验检疫总局签发", 7, align="center", record=False)
    return s


def draw_bank_permit(
    name: str,
    person: str,
    bank: str,
    account: str,
    approval: str,
    serial: str,
    issuer: str,
    issued: dt.date,
    rng: random.Random,
) -> Sheet:
    """开户许可证 (basic deposit account), as issued until 2019."""
    s = Sheet(210, 148)
    s.fill(0, 0, 210, 148, (0.96, 0.93, 0.86))
    s.rect(7, 7, 203, 141, 1.4, (0.65, 0.2, 0.15))
    s.rect(10, 10, 200, 138, 0.5, (0.65, 0.2, 0.15))
    s.text(105, 32, "开户许可证", 24, bold=True, align="center", spacing=4, color=(0.6, 0.12, 0.1))
    s.text(30, 46, f"核准号：{approval}", 10.5)
    s.text(128, 46, f"编号：{serial}", 10.5)
    s.paragraph(30, 60, f"经审核，{name}符合开户条件，准予开立基本存款账户。", 11, 150, 6.5)
    rows = [("法定代表人", "（单位负责人）", person), ("开户银行", "", bank), ("账    号", "", account)]
    y = 80.0
    for label, extra, value in rows:
        s.text(30, y, label + extra, 11, record=False)
        s.text(76, y, value, 11)
        y += 10
    s.text(120, 118, "发证机关（盖章）", 10.5, record=False)
    s.seal(168, 112, 16, issuer, rng, bottom="开户许可证专用章", opacity=0.75)
    s.text(130, 132, cn_date(issued), 10.5)
    return s


def draw_id_card(
    name: str,
    male: bool,
    nation: str,
    born: dt.date,
    address: str,
    number: str,
    police: str,
    valid: tuple[dt.date, dt.date],
    rng: random.Random,
) -> Sheet:
    """Both faces of a 居民身份证 side by side, as a copy shop lays them on the glass."""
    s = Sheet(190, 60)
    for x0 in (2.0, 100.0):
        s.page.draw_rect(
            (x0 * 2.8346, 3 * 2.8346, (x0 + 86) * 2.8346, 57 * 2.8346),
            color=(0.6, 0.6, 0.6),
            width=0.4,
            fill=(0.93, 0.95, 0.97),
            radius=0.06,
        )
    s.text(8, 14, "姓  名", 7, color=(0.3, 0.4, 0.6), record=False)
    s.text(20, 14, name, 10)
    s.text(8, 22, "性  别", 7, color=(0.3, 0.4, 0.6), record=False)
    s.text(20, 22, "男" if male else "女", 9, record=False)
    s.text(32, 22, "民  族", 7, color=(0.3, 0.4, 0.6), record=False)
    s.text(44, 22, nation, 9, record=False)
    s.text(8, 30, "出  生", 7, color=(0.3, 0.4, 0.6), record=False)
    s.text(20, 30, f"{born.year}  年  {born.month}  月  {born.day}  日", 9, record=False)
    s.text(8, 38, "住  址", 7, color=(0.3, 0.4, 0.6), record=False)
    s.paragraph(20, 38, address, 8, 44, 4.0)
    s.text(8, 53, "公民身份号码", 7, color=(0.3, 0.4, 0.6), record=False)
    s.text(30, 53, number, 10, font="tiro", spacing=0.4)
    s.fill(64, 10, 84, 36, (0.78, 0.8, 0.84))
    s.page.draw_circle((74 * 2.8346, 19 * 2.8346), 4.2 * 2.8346, color=None, fill=(0.55, 0.57, 0.62))
    s.page.draw_oval(
        (67 * 2.8346, 25 * 2.8346, 81 * 2.8346, 38 * 2.8346), color=None, fill=(0.55, 0.57, 0.62)
    )
    s.emblem(114, 16, 8)
    s.text(150, 18, "中华人民共和国", 11, align="center", bold=True, record=False)
    s.text(150, 30, "居 民 身 份 证", 14, align="center", bold=True, record=False)
    s.text(112, 44, "签发机关", 7, color=BLACK, record=False)
    s.text(126, 44, police, 8.5, record=False)
    s.text(112, 51, "有效期限", 7, record=False)
    s.text(126, 51, f"{valid[0]:%Y.%m.%d}-{valid[1]:%Y.%m.%d}", 8.5, font="tiro", record=False)
    return s
