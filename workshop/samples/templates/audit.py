"""审计报告 (audit report) with its bound statements as following pages."""

from __future__ import annotations

import datetime as dt
import random

import pymupdf

from jianzheng.models.document import DocType

from .. import names
from ..draw import Pen, Style
from ..spell import date_text
from ..world import Finance
from . import Rendered
from .statements import balance_sheet, income_statement

_OPINION = {
    "unqualified": (
        "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了{co}{y}年12月31日的"
        "{cons}财务状况以及{y}年度的{cons}经营成果和现金流量。"
    ),
    "qualified": (
        "我们认为，除“形成保留意见的基础”部分所述事项可能产生的影响外，后附的财务报表在所有重大方面按照"
        "企业会计准则的规定编制，公允反映了{co}{y}年12月31日的{cons}财务状况以及{y}年度的{cons}经营成果和现金流量。"
    ),
}
_HEAD = {"unqualified": "一、审计意见", "qualified": "一、保留意见"}


def render_audit(
    rng: random.Random,
    company: str,
    f: Finance,
    opinion: str = "unqualified",
    consolidated: str = "no",
    firm_index: int | None = None,
) -> Rendered:
    """An audit report of year ``f.year``.

    ``consolidated``: ``no``, ``both`` (合并 and the company's own 母公司 statements)
    or ``only`` (合并 statements alone, the group's figures).
    """
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    fi = firm_index if firm_index is not None else rng.randrange(len(names.AUDIT_FIRMS))
    firm = names.AUDIT_FIRMS[fi]
    number = rng.choice(["{p}审字[{y}]第{n:04d}号", "{p}审字〔{y}〕{n}号", "{p}审[{y}]{n:03d}号"]).format(
        p=names.AUDIT_PREFIX[fi], y=f.year + 1, n=rng.randint(1, 999)
    )
    if rng.random() < 0.5:
        _cover(pen, rng, firm, company, f.year, number)
    pen.new_page()
    pen.center(90, "审 计 报 告", size=22)
    pen.text(360, 125, number, size=10.5, key="report_number")
    y = 165.0
    pen.text(60, y, f"{company}全体股东：", key="company_name")
    y += 30
    cons = "合并" if consolidated != "no" else ""
    pen.text(60, y, _HEAD[opinion], size=pen.style.size + 0.5)
    y += 22
    intro = (
        f"我们审计了{company}（以下简称“贵公司”）{'及其子公司' if cons else ''}财务报表，包括{f.year}年12月31日的{cons}资产负债表，"
        f"{f.year}年度的{cons}利润表、{cons}现金流量表、{cons}所有者权益变动表以及相关财务报表附注。"
    )
    y = pen.wrap(70, y, 460, intro)
    y = pen.wrap(70, y + 4, 460, _OPINION[opinion].format(co="贵公司", y=f.year, cons=cons))
    y += 10
    if opinion == "qualified":
        pen.text(60, y, "二、形成保留意见的基础", size=pen.style.size + 0.5)
        y = pen.wrap(
            70,
            y + 22,
            460,
            "贵公司期末应收账款中有部分款项未能取得函证回函，我们无法实施替代程序获取充分、适当的审计证据，"
            "因此无法确定是否有必要对这些金额进行调整。",
        )
    else:
        pen.text(60, y, "二、形成审计意见的基础", size=pen.style.size + 0.5)
        y = pen.wrap(
            70,
            y + 22,
            460,
            "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、"
            "适当的，为发表审计意见提供了基础。",
        )
    y = pen.wrap(
        70,
        y + 10,
        460,
        "三、管理层和治理层对财务报表的责任：管理层负责按照企业会计准则的规定编制财务报表，"
        "并设计、执行和维护必要的内部控制。",
    )
    pen.text(60, 680, firm, key="audit_firm")
    pen.text(370, 680, "中国注册会计师：" + names.person(rng))
    pen.text(370, 705, "中国注册会计师：" + names.person(rng))
    pen.text(60, 730, "中国·乌鲁木齐")
    signed = dt.date(f.year + 1, rng.randint(2, 4), rng.randint(1, 28))
    pen.text(370, 740, date_text(signed, rng.choice(["cn", "cn0", "han"])))
    pen.seal(140, 680, firm.split("（")[0], radius=50, center="", rng=rng)
    if consolidated in ("both", "only"):
        balance_sheet(pen, rng, company, f, consolidated=True)
        group_rev = f.revenue if consolidated == "only" else (f.revenue * 13 / 10).quantize(f.revenue)
        income_statement(pen, rng, company, f, consolidated=True, revenue=group_rev)
    if consolidated in ("no", "both"):
        if consolidated == "both":
            pen.marks.pop("operating_revenue", None)
        balance_sheet(pen, rng, company, f)
        income_statement(pen, rng, company, f)
    fields = {
        "audit_firm": firm,
        "report_number": number,
        "fiscal_year": f.year,
        "opinion": opinion,
        "operating_revenue": f"{f.revenue:.2f}",
        "net_profit": f"{f.net_profit:.2f}",
        "system_integration_revenue": f"{f.si_revenue:.2f}",
        "consolidated": consolidated != "no",
        "company_name": company,
    }
    return Rendered(DocType.audit_report, doc, fields, pen.marks)


def _cover(pen: Pen, rng: random.Random, firm: str, company: str, year: int, number: str) -> None:
    """A cover page: company, year, report number, firm."""
    pen.new_page()
    pen.center(250, company, size=18)
    pen.center(300, rng.choice([f"{year}年度财务报表审计报告", f"{year}年度审计报告", "审计报告"]), size=24)
    pen.center(345, number, size=12)
    pen.center(640, firm, size=14)
    pen.center(670, "中国·乌鲁木齐", size=12)
