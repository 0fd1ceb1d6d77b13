"""申报表盖章版: the declaration form as the annual-inspection web system prints it, stamped.

One A4 page: the title, 企业基本信息 (字段/值 rows, or label-value pairs side by
side), 近三年经营情况 in 万元 or 元, 完成项目汇总 (labelled totals or a project
table with a 合计 row), the declaration sentence and 申报单位（盖章） with the
date and the company's red seal (unless a plant leaves it off).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from jianzheng.models.document import DocType

from ..draw import Pen, Style
from ..spell import date_text
from . import Rendered

_GRADE_SPELLINGS = {
    "甲": ("甲级", "一级"),
    "乙": ("乙级", "二级"),
    "丙": ("丙级", "三级"),
    "丁": ("丁级", "四级"),
}
_DECLARATIONS = (
    "本单位郑重承诺：以上填报内容及上传附件均真实、有效，如有虚假，愿承担相应责任。",
    "我单位承诺所填报数据真实、准确、完整，所附材料与原件一致，如有不实，自愿承担一切后果。",
)


@dataclass
class FormProject:
    name: str
    client: str
    accepted_on: dt.date
    amount: Decimal


@dataclass
class FormSpec:
    """What the form prints; a plant changes these, not the declaration."""

    year: int
    company: str
    credit_code: str
    grade: str
    legal_rep: str
    technical_total: int
    certified_total: int
    finance: list[tuple[int, Decimal, Decimal, Decimal]]
    """(year, operating revenue, system-integration revenue, net profit) in yuan."""
    projects: list[FormProject]
    project_total: Decimal | None = None
    """The printed 合计; None: the sum of the projects."""
    seal: bool = True
    signed_on: dt.date = field(default_factory=lambda: dt.date(2025, 2, 20))


def _scaled(value: Decimal, wan: bool) -> Decimal:
    """A yuan amount as printed: to the cent, or in 万元 to two decimals (100 yuan)."""
    if wan:
        return (value / 10000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return value.quantize(Decimal("0.01"))


def _text(value: Decimal, wan: bool, commas: bool) -> str:
    shown = _scaled(value, wan)
    return f"{shown:,.2f}" if commas else f"{shown:.2f}"


def _as_printed(value: Decimal, wan: bool) -> str:
    """The yuan value the printed figure stands for, as truth records it."""
    return f"{_scaled(value, wan) * (10000 if wan else 1):.2f}"


def render_declaration_form(rng: random.Random, spec: FormSpec) -> Rendered:
    """The stamped form of one filing; its truth fields are what the page prints."""
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    pen.new_page()
    wan = rng.random() < 0.6
    commas = rng.random() < 0.5
    if rng.random() < 0.5:
        pen.center(56, "新疆维吾尔自治区计算机信息系统集成企业（信息工程企业）", size=13)
        pen.center(80, f"{spec.year}年度年检申报表", size=18)
    else:
        pen.center(70, f"{spec.year}年度计算机信息系统集成企业资质年检申报表", size=15)
    pen.text(40, 108, f"申报年度：{spec.year}", size=9)
    pen.text(380, 108, f"打印日期：{date_text(spec.signed_on, 'iso')}", size=9)
    grade = rng.choice(_GRADE_SPELLINGS[spec.grade])
    grade_label = rng.choice(["资质等级", "证书等级"])
    certified_label = rng.choice(["持证项目经理人数", "项目管理人员人数"])
    staff = f"{spec.technical_total}" + rng.choice(["", "人"])
    certified = f"{spec.certified_total}" + rng.choice(["", "人"])
    pen.text(40, 132, "一、企业基本信息", size=11)
    if rng.random() < 0.5:
        rows = [
            ["字段", "值"],
            ["企业名称", spec.company],
            ["统一社会信用代码", spec.credit_code],
            [grade_label, grade],
            ["法定代表人", spec.legal_rep],
            ["技术人员总数", staff],
            [certified_label, certified],
        ]
        y = pen.table(40, 140, [150, 365], rows, row_h=21)
    else:
        rows = [
            ["企业名称", spec.company, "统一社会信用代码", spec.credit_code],
            [grade_label, grade, "法定代表人", spec.legal_rep],
            ["技术人员总数", staff, certified_label, certified],
        ]
        y = pen.table(40, 140, [75, 225, 100, 115], rows, row_h=22, size=8.5)
    unit = "万元" if wan else "元"
    pen.text(40, y + 24, "二、近三年经营情况" + (f"（单位：{unit}）" if rng.random() < 0.5 else ""), size=11)
    header = ["年度", f"营业收入（{unit}）", f"系统集成收入（{unit}）", f"净利润（{unit}）"]
    money_rows = [
        [str(year), _text(rev, wan, commas), _text(si, wan, commas), _text(profit, wan, commas)]
        for year, rev, si, profit in spec.finance
    ]
    y = pen.table(40, y + 32, [70, 150, 150, 145], [header, *money_rows], row_h=21, align_right={1, 2, 3})
    total = spec.project_total
    if total is None:
        total = sum((p.amount for p in spec.projects), Decimal(0))
    pen.text(40, y + 24, "三、完成项目汇总", size=11)
    if rng.random() < 0.5:
        rows = [
            ["完成项目数", f"{len(spec.projects)}" + rng.choice(["", "个", "项"])],
            [f"合同金额合计（{unit}）", _text(total, wan, commas)],
        ]
        y = pen.table(40, y + 32, [150, 365], rows, row_h=21)
    else:
        head = ["序号", "项目名称", "甲方单位", "验收日期", f"合同金额（{unit}）"]
        body = [
            [str(i), p.name, p.client, p.accepted_on.isoformat(), _text(p.amount, wan, commas)]
            for i, p in enumerate(spec.projects, start=1)
        ]
        rows = [head, *body, ["合计", "", "", "", _text(total, wan, commas)]]
        y = pen.table(40, y + 32, [30, 205, 150, 60, 70], rows, row_h=20, size=7, align_right={4})
    y = pen.wrap(40, y + 30, 515, rng.choice(_DECLARATIONS), size=10)
    pen.text(300, y + 30, "申报单位（盖章）：", size=10)
    pen.text(300, y + 52, spec.company, size=10)
    pen.text(300, y + 80, f"日期：{date_text(spec.signed_on, rng.choice(['cn', 'cn0']))}", size=10)
    if spec.seal:
        pen.seal(390, y + 52, spec.company, rng=rng, radius=50)
    fields: dict[str, object] = {
        "company_name": spec.company,
        "credit_code": spec.credit_code,
        "grade": spec.grade,
        "technical_total": spec.technical_total,
        "certified_total": spec.certified_total,
        "finance": [
            {
                "year": year,
                "operating_revenue": _as_printed(rev, wan),
                "system_integration_revenue": _as_printed(si, wan),
                "net_profit": _as_printed(profit, wan),
            }
            for year, rev, si, profit in spec.finance
        ],
        "project_count": len(spec.projects),
        "project_total": _as_printed(total, wan),
        "has_seal": spec.seal,
    }
    return Rendered(DocType.declaration_form, doc, fields, pen.marks)
