"""Licences and audit reports drawn as vector pages."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

import cv2
import numpy as np
import pymupdf

from . import paint as pt
from .deals import Firm
from .people import CITIES, capital, cn_date, cn_date_padded, person


def _qr(page: pymupdf.Page, rect: pymupdf.Rect, payload: str) -> None:
    enc = cv2.QRCodeEncoder.create()
    img = enc.encode(payload)
    img = cv2.resize(img, (img.shape[1] * 8, img.shape[0] * 8), interpolation=cv2.INTER_NEAREST)
    ok, png = cv2.imencode(".png", img)
    assert ok
    page.insert_image(rect, stream=np.asarray(png).tobytes())


def licence_zhengben(page: pymupdf.Page, firm: Firm, issued: dt.date, rng: random.Random) -> None:
    """营业执照 正本, horizontal (page 842 x 595)."""
    w, h = page.rect.width, page.rect.height
    brown = (0.62, 0.42, 0.18)
    page.draw_rect(pymupdf.Rect(18, 18, w - 18, h - 18), color=brown, width=3)
    page.draw_rect(pymupdf.Rect(26, 26, w - 26, h - 26), color=brown, width=0.8)
    page.draw_circle((w / 2, 78), 26, color=(0.8, 0.55, 0.1), fill=(0.93, 0.2, 0.15), width=1.5)
    pt.text(page, w / 2, 150, "营 业 执 照", 40, bold=True, align="center")
    pt.text(page, 60, 80, f"统一社会信用代码 {firm.p.code}", 11)
    pt.text(page, 60, 98, "(1-1)", 10)
    _qr(
        page,
        pymupdf.Rect(w - 150, 50, w - 70, 130),
        f"http://www.gsxt.gov.cn/index.html?uniscid={firm.p.code}",
    )
    pt.text(page, w - 158, 144, "扫描市场主体身份码", 7.5)
    pt.text(page, w - 158, 154, "了解更多登记、备案、", 7.5)
    pt.text(page, w - 158, 164, "许可、监管信息", 7.5)
    left = [
        ("名        称", firm.p.name),
        ("类        型", firm.kind),
        ("法定代表人", firm.p.legal),
    ]
    y = 210
    for k, v in left:
        pt.text(page, 70, y, k, 12)
        pt.text(page, 160, y, v, 12)
        y += 30
    pt.text(page, 70, y, "经营范围", 12)
    for line in pt.wrap(firm.scope, 250, 10.5):
        pt.text(page, 160, y, line, 10.5)
        y += 16
    right = [
        ("注册资本", capital(firm.capital)),
        ("成立日期", cn_date(firm.established)),
        ("营业期限", "长期"),
        ("住        所", firm.p.address),
    ]
    y = 210
    for k, v in right:
        pt.text(page, 450, y, k, 12)
        lines = pt.wrap(v, 240, 12)
        for ln in lines:
            pt.text(page, 530, y, ln, 12)
            y += 18
        y += 12
    pt.text(page, 560, h - 110, "登 记 机 关", 13)
    authority = f"{CITIES[firm.city][0]}市场监督管理局"
    pt.seal(page, 612, h - 100, authority, r=46, seed=7)
    pt.text(page, 560, h - 60, cn_date(issued), 12)
    pt.text(page, 60, h - 40, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    pt.text(page, w - 60, h - 40, "国家市场监督管理总局监制", 8, align="right")


def licence_fuben(page: pymupdf.Page, firm: Firm, issued: dt.date, rng: random.Random) -> None:
    """营业执照 副本 in the older vertical layout (2016–2019 style): label column, 副本编号, QR at the right."""
    w, h = page.rect.width, page.rect.height
    green = (0.25, 0.45, 0.3)
    page.draw_rect(pymupdf.Rect(30, 30, w - 30, h - 30), color=green, width=2.5)
    page.draw_circle((w / 2, 85), 24, color=(0.8, 0.55, 0.1), fill=(0.93, 0.2, 0.15), width=1.2)
    pt.text(page, w / 2, 160, "营 业 执 照", 30, bold=True, align="center")
    pt.text(page, w / 2, 186, "（副      本）", 13, align="center")
    pt.text(page, 60, 220, f"统一社会信用代码  {firm.p.code}", 10.5)
    pt.text(page, 60, 236, f"副本编号：1-{rng.randint(1, 3)}", 9.5)
    _qr(
        page,
        pymupdf.Rect(w - 130, 200, w - 62, 268),
        f"http://www.gsxt.gov.cn/index.html?uniscid={firm.p.code}",
    )
    rows = [
        ("名称", firm.p.name),
        ("类型", firm.kind),
        ("住所", firm.p.address),
        ("法定代表人", firm.p.legal),
        ("注册资本", capital(firm.capital)),
        ("成立日期", cn_date_padded(firm.established)),
        ("营业期限", f"{cn_date(firm.established)}至长期"),
        ("经营范围", firm.scope),
    ]
    y = 300
    for k, v in rows:
        pt.text(page, 70, y, k, 11)
        for ln in pt.wrap(v, 330, 11):
            pt.text(page, 170, y, ln, 11)
            y += 19
        y += 9
    pt.text(page, 360, h - 150, "登记机关", 12)
    pt.seal(page, 420, h - 138, f"{CITIES[firm.city][0]}市场监督管理局", r=44, seed=3)
    pt.text(page, 360, h - 95, cn_date(issued), 11)
    pt.text(
        page, 60, h - 60, "提示：每年1月1日至6月30日通过国家企业信用信息公示系统报送上一年度年度报告。", 8
    )


@dataclass
class Income:
    """One income statement column group: revenue, costs and profits in yuan."""

    revenue: Decimal
    cost: Decimal
    tax: Decimal
    selling: Decimal
    admin: Decimal
    rnd: Decimal
    finance: Decimal
    other_in: Decimal
    other_out: Decimal
    income_tax: Decimal

    @property
    def total_cost(self) -> Decimal:
        return self.cost + self.tax + self.selling + self.admin + self.rnd + self.finance

    @property
    def operating_profit(self) -> Decimal:
        return self.revenue - self.total_cost

    @property
    def pretax(self) -> Decimal:
        return self.operating_profit + self.other_in - self.other_out

    @property
    def net(self) -> Decimal:
        return self.pretax - self.income_tax


def income(rng: random.Random, revenue: Decimal) -> Income:
    def part(lo: float, hi: float) -> Decimal:
        return (revenue * Decimal(rng.uniform(lo, hi))).quantize(Decimal("0.01"))

    inc = Income(
        revenue=revenue,
        cost=part(0.68, 0.76),
        tax=part(0.004, 0.008),
        selling=part(0.02, 0.04),
        admin=part(0.05, 0.08),
        rnd=part(0.02, 0.04),
        finance=part(0.001, 0.004),
        other_in=part(0.0, 0.003),
        other_out=part(0.0, 0.002),
        income_tax=Decimal(0),
    )
    inc.income_tax = (inc.pretax * Decimal("0.15")).quantize(Decimal("0.01"))
    return inc


@dataclass
class Audit:
    firm_name: str
    number: str
    signed: dt.date
    parent: Income
    group: Income
    prior_parent: Income
    prior_group: Income
    cpas: tuple[str, str]


def make_audit(rng: random.Random, firm: Firm, revenue: Decimal) -> Audit:
    parent = income(rng, revenue)
    sub = income(rng, (revenue * Decimal(rng.uniform(0.08, 0.2))).quantize(Decimal("0.01")))
    group = Income(*(getattr(parent, f) + getattr(sub, f) for f in Income.__dataclass_fields__))
    prior_rev = (revenue * Decimal(rng.uniform(0.75, 0.95))).quantize(Decimal("0.01"))
    prior_parent = income(rng, prior_rev)
    psub = income(rng, (prior_rev * Decimal(rng.uniform(0.08, 0.2))).quantize(Decimal("0.01")))
    prior_group = Income(*(getattr(prior_parent, f) + getattr(psub, f) for f in Income.__dataclass_fields__))
    return Audit(
        firm_name=rng.choice(
            (
                "新疆天正会计师事务所（普通合伙）",
                "奎屯天信有限责任会计师事务所",
                "新疆宏昌联合会计师事务所（特殊普通合伙）",
            )
        ),
        number=f"新{rng.choice(('天正', '奎天信', '宏昌'))}审字〔2025〕第{rng.randint(20, 380):03d}号",
        signed=dt.date(2025, rng.randint(3, 4), rng.randint(1, 28)),
        parent=parent,
        group=group,
        prior_parent=prior_parent,
        prior_group=prior_group,
        cpas=(person(rng, 0), person(rng, 0)),
    )


def audit_opinion(page: pymupdf.Page, firm: Firm, a: Audit) -> None:
    pt.text(page, 297, 90, "审 计 报 告", 20, bold=True, align="center")
    pt.text(page, 523, 120, a.number, 10.5, align="right")
    y: float = 150
    pt.text(page, 72, y, f"{firm.p.name}全体股东：", 10.5)
    y += 26
    pt.text(page, 72, y, "一、审计意见", 11, bold=True)
    y += 20
    y = pt.para(
        page,
        72,
        y,
        451,
        f"我们审计了{firm.p.name}（以下简称“贵公司”）财务报表，包括2024年12月31日的合并及母公司资产负债表，"
        "2024年度的合并及母公司利润表、合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。",
    )
    y = pt.para(
        page,
        72,
        y,
        451,
        "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2024年12月31日的"
        "合并及母公司财务状况以及2024年度的合并及母公司经营成果和现金流量。",
    )
    y += 8
    pt.text(page, 72, y, "二、形成审计意见的基础", 11, bold=True)
    y += 20
    y = pt.para(
        page,
        72,
        y,
        451,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步"
        "阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
    )
    y += 8
    pt.text(page, 72, y, "三、管理层和治理层对财务报表的责任", 11, bold=True)
    y += 20
    y = pt.para(
        page,
        72,
        y,
        451,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。",
    )
    y += 40
    pt.text(page, 72, y, a.firm_name, 10.5)
    pt.text(page, 340, y, f"中国注册会计师：{a.cpas[0]}", 10.5)
    pt.seal(page, 150, y + 20, a.firm_name, r=50, seed=1)
    pt.signature(page, 440, y + 10, random.Random(len(a.number)))
    y += 40
    pt.text(page, 72, y + 40, "中国·奎屯", 10.5)
    pt.text(page, 340, y, f"中国注册会计师：{a.cpas[1]}", 10.5)
    pt.signature(page, 440, y + 10, random.Random(len(a.firm_name)))
    pt.text(page, 340, y + 40, cn_date(a.signed), 10.5)


def audit_income(page: pymupdf.Page, firm: Firm, a: Audit) -> None:
    pt.text(page, 297, 70, "合并及母公司利润表", 16, bold=True, align="center")
    pt.text(page, 72, 100, f"编制单位：{firm.p.name}", 9.5)
    pt.text(page, 330, 100, "2024年度", 9.5)
    pt.text(page, 523, 100, "单位：元", 9.5, align="right")
    g, p, pg, pp = a.group, a.parent, a.prior_group, a.prior_parent

    def f(v: Decimal) -> str:
        return f"{v:,.2f}"

    rows: list[list[str]] = [
        ["项    目", "本期金额（合并）", "本期金额（母公司）", "上期金额（合并）", "上期金额（母公司）"],
    ]
    lines = [
        ("一、营业总收入", "revenue"),
        ("其中：营业收入", "revenue"),
        ("二、营业总成本", "total_cost"),
        ("其中：营业成本", "cost"),
        ("税金及附加", "tax"),
        ("销售费用", "selling"),
        ("管理费用", "admin"),
        ("研发费用", "rnd"),
        ("财务费用", "finance"),
        ("三、营业利润（亏损以“－”号填列）", "operating_profit"),
        ("加：营业外收入", "other_in"),
        ("减：营业外支出", "other_out"),
        ("四、利润总额（亏损总额以“－”号填列）", "pretax"),
        ("减：所得税费用", "income_tax"),
        ("五、净利润（净亏损以“－”号填列）", "net"),
    ]
    for label, attr in lines:
        rows.append([label, *(f(getattr(x, attr)) for x in (g, p, pg, pp))])
    pt.table(page, 52, 112, (155, 84, 84, 84, 84), rows, size=8.2, min_h=22)
    pt.text(page, 72, 520, f"法定代表人：{firm.p.legal}", 9)
    pt.text(page, 250, 520, f"主管会计工作负责人：{person(random.Random(firm.p.code), 0)}", 9)
    pt.text(page, 430, 520, "会计机构负责人：同上", 9)
