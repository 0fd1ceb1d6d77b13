"""A whole audit report as firms bind it (15–40 pages).

Order: the 注册会计师行业统一监管平台 报备 page (报告编码, 防伪编码, QR), the report's own cover (and a
目录), the 审计报告 with the firm's seal and two CPAs' signatures and seals, the statements, many
pages of 财务报表附注 that repeat figures (营业收入 by business type with 系统集成收入, by region), then
the firm's own papers: its 营业执照, its 会计师事务所执业证书 and, in some reports, its CPAs'
certificates with their annual-inspection stamps. Another company's licence inside the report is
part of the report, not the declaring firm's licence.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf

from . import policies, statements
from .books import Books, Year
from .licence import Registration, horizontal, practice_certificate
from .numerals import cn_date, money, round_to, upper_date, wan
from .people import AuditFirm, Firm
from .sheet import A4, GREY, Sheet, text_width, wrap

CN_NUMBERS = "一二三四五六七八九十"


@dataclass(frozen=True)
class AuditPlan:
    """Everything one report prints that is not in the books."""

    company: Firm
    short: str
    auditor: AuditFirm
    auditor_reg: Registration
    books: Books
    year: int
    unit: str
    columns: tuple[str, str]
    small: bool
    opinion: str
    emphasis: bool
    report_no: str
    code: str
    signed: dt.date
    filed: dt.date
    cpas: tuple[tuple[str, str], tuple[str, str]]
    signers: tuple[str, str, str]
    owners: tuple[tuple[str, int], ...]
    clients: tuple[str, ...]
    extent: float
    contents: bool
    subsegments: bool
    cpa_certificates: bool
    zero: str = ""


@dataclass
class AuditPages:
    """The drawn report: its pages, where things are, and the truth fields."""

    doc: pymupdf.Document
    sheets: list[Sheet]
    where: dict[str, int] = field(default_factory=dict)
    fields: dict[str, object] = field(default_factory=dict)
    field_pages: dict[str, int] = field(default_factory=dict)
    paper_pages: set[int] = field(default_factory=set)
    """Pages that are copies of paper even in an electronically issued report (the firm's licences)."""


def shown(plan: AuditPlan, value: Decimal) -> Decimal:
    """The amount a printed figure states: exact in 元, to the hundred yuan in 万元."""
    return value if plan.unit == "元" else round_to(value, Decimal(100))


def figure(plan: AuditPlan):
    def fig(value: Decimal | None) -> str:
        if value is None:
            return ""
        if value == 0:
            return plan.zero
        return money(value) if plan.unit == "元" else wan(value)

    return fig


def split(total: Decimal, weights: Sequence[float]) -> list[Decimal]:
    """``total`` in parts proportional to ``weights`` that add up to it exactly."""
    s = sum(weights)
    parts = [(total * Decimal(str(w / s))).quantize(Decimal("0.01")) for w in weights[:-1]]
    return [*parts, total - sum(parts, Decimal(0))]


class Flow:
    """Pages filled top to bottom, with an optional running header and page numbers."""

    def __init__(self, pages: AuditPages, rng: random.Random, header: tuple[str, str] | None) -> None:
        self.pages = pages
        self.rng = rng
        self.header = header
        self.number = 0
        self.sheet: Sheet | None = None
        self.y = 0.0
        self.left = 62.0
        self.leading = 1.8
        self.row_h = 17.0
        self.width = A4[0] - 2 * self.left
        self.bottom = A4[1] - 70

    def new(self) -> Sheet:
        page = self.pages.doc.new_page(width=A4[0], height=A4[1])
        sheet = Sheet(page, self.rng)
        self.pages.sheets.append(sheet)
        self.number += 1
        if self.header:
            sheet.text(self.left, 48, self.header[0], 8.5, color=GREY)
            sheet.right(A4[0] - self.left, 48, self.header[1], 8.5)
            sheet.rule(self.left, 54, A4[0] - self.left, 54, 0.5)
            sheet.center(A4[1] - 40, f"第 {self.number} 页", 8.5)
        self.sheet = sheet
        self.y = 84.0
        return sheet

    @property
    def page_no(self) -> int:
        return len(self.pages.sheets)

    def need(self, height: float) -> Sheet:
        if self.sheet is None or self.y + height > self.bottom:
            return self.new()
        return self.sheet

    def heading(self, text: str, size: float = 11.0) -> None:
        sheet = self.need(size * 5)
        sheet.text(self.left, self.y + size, text, size, bold=True)
        self.y += size * 2.2

    def para(self, text: str, size: float = 10.5) -> None:
        for line in wrap(text, self.width, size):
            sheet = self.need(size * self.leading)
            offset = size * 2 if line.startswith("\u3000\u3000") else 0
            sheet.text(self.left + offset, self.y + size, line.lstrip("\u3000"), size)
            self.y += size * self.leading
        self.y += 4

    def table(
        self, widths: Sequence[float], rows: Sequence[Sequence[str]], aligns: str = "", size: float = 9
    ) -> int:
        row_h = self.row_h
        sheet = self.need(row_h * len(rows) + 8)
        scale = self.width / sum(widths)
        self.y = sheet.table(
            self.left, self.y, [w * scale for w in widths], rows, size=size, row_h=row_h, aligns=aligns
        )
        self.y += 12
        return self.page_no


def draw_report(plan: AuditPlan, rng: random.Random) -> AuditPages:
    pages = AuditPages(doc=pymupdf.open(), sheets=[])
    fig = figure(plan)
    filing_cover(pages, plan, rng)
    report_cover(pages, plan, rng)
    opinion_pages(pages, plan, rng)
    statement_pages(pages, plan, rng, fig)
    notes(pages, plan, rng, fig)
    firm_papers(pages, plan, rng)
    now = plan.books.years[plan.year]
    pages.fields = {
        "audit_firm": plan.auditor.name,
        "report_number": plan.report_no,
        "fiscal_year": plan.year,
        "opinion": plan.opinion,
        "operating_revenue": f"{shown(plan, now.revenue):.2f}",
        "net_profit": f"{shown(plan, now.net_profit):.2f}",
        "system_integration_revenue": f"{shown(plan, now.si):.2f}",
        "consolidated": False,
        "company_name": plan.company.name,
    }
    return pages


def _add(pages: AuditPages, rng: random.Random, landscape: bool = False) -> Sheet:
    w, h = A4
    page = pages.doc.new_page(width=h if landscape else w, height=w if landscape else h)
    sheet = Sheet(page, rng)
    pages.sheets.append(sheet)
    return sheet


def opinion_label(opinion: str) -> str:
    return {"unqualified": "无保留意见", "qualified": "保留意见"}[opinion]


def filing_cover(pages: AuditPages, plan: AuditPlan, rng: random.Random) -> None:
    """The 统一监管平台 报备 page the platform prints on top of every report."""
    s = _add(pages, rng)
    s.qr(60, 60, 92, f"http://acc.mof.gov.cn/baogaochaxun?code={plan.code}")
    s.text(170, 86, f"报告编码：{plan.code}", 12, font="china-s")
    s.text(170, 110, "（可通过扫描二维码或登录注册会计师行业统一监管平台查验）", 8.5, color=GREY)
    s.center(200, "注册会计师行业统一监管平台", 18, bold=True)
    s.center(232, "业务报备信息", 14)
    cpa = "，".join(f"{n}（{no}）" for n, no in plan.cpas)
    rows = (
        ("报告名称", f"{plan.company.name}{plan.year}年度审计报告"),
        ("报告文号", plan.report_no),
        ("被审（验）单位名称", plan.company.name),
        ("会计师事务所名称", plan.auditor.name),
        ("业务类型", "财务报表审计"),
        ("报告意见类型", opinion_label(plan.opinion)),
        ("报告日期", cn_date(plan.signed, pad=True)),
        ("报备日期", cn_date(plan.filed, pad=True)),
        ("签字注册会计师", cpa),
        ("防伪编码", f"65{plan.filed:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"),
    )
    y = 280
    s.box((60, y - 18, A4[0] - 60, y - 18 + 34 * len(rows)), width=0.8)
    for label, value in rows:
        s.text(72, y + 4, f"{label}：", 10.5)
        size = 10.5 if text_width(value, 10.5) < 300 else 10.5 * 300 / text_width(value, 10.5)
        s.text(210, y + 4, value, size)
        s.rule(60, y + 16, A4[0] - 60, y + 16, 0.3, GREY)
        y += 34
    s.para(
        60,
        y + 30,
        A4[0] - 120,
        "说明：本页由注册会计师行业统一监管平台生成，报备信息仅证明该业务报告已在平台报备，不代表对报告内容的任何保证。",
        8.5,
    )
    pages.where["filing_cover"] = len(pages.sheets)


def report_cover(pages: AuditPages, plan: AuditPlan, rng: random.Random) -> None:
    s = _add(pages, rng)
    s.center(250, plan.company.name, 20, bold=True)
    s.center(300, f"{plan.year}年度", 16)
    s.center(360, "审 计 报 告", 28, bold=True)
    s.center(410, plan.report_no, 13)
    s.center(640, plan.auditor.name, 14)
    s.center(668, f"地址：{plan.auditor.address}", 9)
    s.center(688, f"电话：0991-{rng.randint(2000000, 8999999)}", 9)
    if plan.contents:
        t = _add(pages, rng)
        t.center(90, "目    录", 16, bold=True)
        items = (
            "一、审计报告",
            "二、资产负债表",
            "三、利润表",
            "四、现金流量表",
            *(() if plan.small else ("五、所有者权益变动表",)),
            f"{'五' if plan.small else '六'}、财务报表附注",
            f"{'六' if plan.small else '七'}、会计师事务所营业执照及执业证书复印件",
        )
        y = 140
        for item in items:
            t.text(110, y, item, 12)
            t.text(150 + text_width(item, 12), y, "·" * 40, 9, color=GREY, record=False)
            y += 34


def opinion_pages(pages: AuditPages, plan: AuditPlan, rng: random.Random) -> None:
    f = Flow(pages, rng, None)
    s = f.new()
    end = f"{plan.year}年12月31日"
    short = plan.short
    fmt = {"company": plan.company.name, "short": short, "end": end, "year": plan.year}
    s.center(f.y, "审 计 报 告", 18, bold=True)
    s.lines.append("审计报告")
    f.y += 26
    s.right(A4[0] - f.left, f.y, plan.report_no, 10.5)
    f.y += 28
    s.text(f.left, f.y, f"{plan.company.name}全体股东：", 10.5)
    f.y += 14
    pages.where["opinion"] = f.page_no
    heads = iter(CN_NUMBERS)
    label = "审计意见" if plan.opinion == "unqualified" else "保留意见"
    f.heading(f"{next(heads)}、{label}")
    f.para(policies.OPINION_UNQUALIFIED.format(**fmt))
    f.para(
        (
            policies.OPINION_UNQUALIFIED_2 if plan.opinion == "unqualified" else policies.OPINION_QUALIFIED_2
        ).format(**fmt)
    )
    f.heading(
        f"{next(heads)}、{'形成审计意见的基础' if plan.opinion == 'unqualified' else '形成保留意见的基础'}"
    )
    if plan.opinion == "qualified":
        ar = plan.books.years[plan.year].balance.assets["应收账款"]
        f.para(
            policies.QUALIFIED_BASIS.format(amount=money((ar * Decimal("0.18")).quantize(Decimal(1))), **fmt)
        )
    f.para(policies.BASIS.format(**fmt))
    if plan.emphasis:
        f.heading(f"{next(heads)}、强调事项")
        f.para(policies.EMPHASIS.format(**fmt))
    f.heading(f"{next(heads)}、管理层和治理层对财务报表的责任")
    for p in policies.MANAGEMENT:
        f.para(p.format(**fmt))
    f.heading(f"{next(heads)}、注册会计师对财务报表审计的责任")
    for p in policies.AUDITOR:
        f.para(p.format(**fmt))
    s = f.need(200)
    y = f.y + 30
    s.text(f.left, y, "（此页无正文，为审计报告签字盖章页）" if f.y < 120 else "", 9)
    s.text(f.left, y + 30, plan.auditor.name, 11)
    s.round_seal(f.left + text_width(plan.auditor.name, 11) / 2, y + 26, 50, plan.auditor.name, "")
    pages.field_pages["audit_firm"] = f.page_no
    x = 320
    for k, (name, number) in enumerate(plan.cpas):
        yy = y + 14 + 62 * k
        s.text(x, yy, "中国注册会计师：", 10.5)
        if k == 0:
            s.text(x, yy + 16, "（项目合伙人）", 9)
        s.signature(x + 88, yy + 2, name, 16)
        s.rect_seal(x + 150, yy - 22, ["中国注册会计师", name, number], 7)
    s.text(f.left, y + 150, f"中国·{plan.auditor.city}", 10.5)
    s.text(x + 40, y + 150, upper_date(plan.signed), 10.5)
    pages.field_pages["fiscal_year"] = pages.where["opinion"]
    pages.field_pages["opinion"] = pages.where["opinion"]
    pages.field_pages["report_number"] = pages.where["opinion"]


def statement_pages(pages: AuditPages, plan: AuditPlan, rng: random.Random, fig) -> None:
    books = plan.books
    now = books.years[plan.year]
    prior = books.prior(plan.year)
    before_year = prior if isinstance(prior, Year) else None
    before_balance = prior.balance if isinstance(prior, Year) else prior
    h = statements.Heading(plan.company.name, plan.year, plan.unit, plan.columns, plan.signers)
    if plan.small:
        s = _add(pages, rng, landscape=True)
        statements.balance_small(s, now.balance, before_balance, h, fig)
        pages.where["balance"] = len(pages.sheets)
        s = _add(pages, rng)
        statements.income_small(s, now, h, fig)
        pages.where["income"] = len(pages.sheets)
        s = _add(pages, rng)
        statements.cash_flow(s, now, before_year, h, fig, small=True)
        pages.where["cash_flow"] = len(pages.sheets)
    else:
        a, b = _add(pages, rng), _add(pages, rng)
        statements.balance_general((a, b), now.balance, before_balance, h, fig)
        pages.where["balance"] = len(pages.sheets) - 1
        s = _add(pages, rng)
        statements.income_general(s, now, before_year, h, fig)
        pages.where["income"] = len(pages.sheets)
        s = _add(pages, rng)
        statements.cash_flow(s, now, before_year, h, fig, small=False)
        pages.where["cash_flow"] = len(pages.sheets)
        s = _add(pages, rng, landscape=True)
        statements.equity_statement(s, books, plan.year, h, fig, "本年金额")
        if before_year is not None:
            s = _add(pages, rng, landscape=True)
            statements.equity_statement(s, books, plan.year - 1, h, fig, "上年金额")
    pages.field_pages["operating_revenue"] = pages.where["income"]
    pages.field_pages["net_profit"] = pages.where["income"]
    pages.field_pages["company_name"] = pages.where["income"]


def notes(pages: AuditPages, plan: AuditPlan, rng: random.Random, fig) -> None:
    from .notes import write_notes

    flow = Flow(pages, rng, (plan.company.name, f"{plan.year}年度财务报表附注"))
    flow.leading = 1.75 + 0.45 * plan.extent
    flow.row_h = 17.0 + 5.0 * plan.extent
    write_notes(flow, plan, rng, fig)


def firm_papers(pages: AuditPages, plan: AuditPlan, rng: random.Random) -> None:
    """The firm's 营业执照 and 执业证书 copies (and, in some reports, its CPAs' certificates)."""
    s = _add(pages, rng, landscape=True)
    horizontal(s, plan.auditor_reg, rng.choice(["numerals", "wan", "paren"]))
    s.rect_seal(560, 250, [f"仅供{plan.short}{plan.year}年度审计报告使用", "再次复印无效"], 10)
    pages.where["firm_licence"] = len(pages.sheets)
    pages.paper_pages.add(len(pages.sheets))
    s = _add(pages, rng)
    a = plan.auditor
    form = (
        "特殊普通合伙" if "特殊普通合伙" in a.name else "普通合伙" if "普通合伙" in a.name else "有限责任公司"
    )
    issued = dt.date(plan.year - rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28))
    practice_certificate(
        s, a.name, a.partner, a.address, form, a.practice_number, a.approval, a.approved_on, issued
    )
    pages.where["practice_certificate"] = len(pages.sheets)
    pages.paper_pages.add(len(pages.sheets))
    if plan.cpa_certificates:
        s = _add(pages, rng)
        for k, (name, number) in enumerate(plan.cpas):
            _cpa_card(s, 60, 70 + 370 * k, name, number, a.name, plan.year, rng)
        pages.paper_pages.add(len(pages.sheets))


def _cpa_card(
    s: Sheet, x: float, y: float, name: str, number: str, firm: str, year: int, rng: random.Random
) -> None:
    """One CPA's 注册会计师证书 opening: particulars on the left, 年度检验登记 stamps on the right."""
    s.box((x, y, x + 475, y + 330), width=0.8)
    s.rule(x + 237, y, x + 237, y + 330, 0.4, GREY)
    born = dt.date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
    rows = (
        ("姓名", name),
        ("性别", rng.choice(["男", "女"])),
        ("出生日期", cn_date(born)),
        ("工作单位", firm),
        ("身份证号码", f"6530{rng.randint(10, 99)}{born:%Y}********"),
        ("证书编号", number),
        ("批准注册协会", "新疆注册会计师协会"),
        ("发证日期", cn_date(dt.date(rng.randint(2008, 2018), rng.randint(1, 12), rng.randint(1, 28)))),
    )
    yy = y + 30
    for label, value in rows:
        s.text(x + 12, yy, f"{label}：", 9)
        for line in wrap(value, 140, 9, indent=0):
            s.text(x + 82, yy, line, 9)
            yy += 15
        yy += 12
    s.text(x + 255, y + 26, "年度检验登记", 11, bold=True)
    s.text(x + 255, y + 44, "Annual Renewal Registration", 7, font="helv", record=False)
    for k in range(3):
        sy = y + 70 + k * 85
        s.text(x + 255, sy, "本证书经检验合格，继续有效一年。", 8.5)
        s.text(
            x + 255,
            sy + 16,
            "This certificate is valid for another year after this renewal.",
            5.5,
            font="helv",
            record=False,
        )
        s.round_seal(x + 400, sy + 18, 30, "新疆注册会计师协会", "")
        s.text(
            x + 360, sy + 54, f"{year - 2 + k}年{rng.randint(4, 6)}月{rng.randint(1, 28)}日", 8.5, color=GREY
        )
