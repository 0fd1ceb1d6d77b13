"""The stamped declaration form (申报表盖章版) the enterprise prints after filing online."""

from __future__ import annotations

import random
from decimal import Decimal

import pymupdf

from . import ink
from .facts import World
from .numerals import grouped, in_units, money
from .page import Paper, Sheet


def declaration_form(
    w: World, rng: random.Random, seal: bool = True, technical: int | None = None, wan: bool = True
) -> Paper:
    """One page: enterprise block, staff counts, finance table, project count and total, seal."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    c = w.company
    tech = w.technical_total if technical is None else technical
    s.center(f"新疆维吾尔自治区信息系统集成企业{w.year}年度年检申报表", 14, gap=2.2)
    s.table(
        [120, 347],
        [
            ["企业名称", c.name],
            ["统一社会信用代码", c.credit_code],
            ["资质等级", f"{w.grade}级"],
            ["技术人员总数（人）", str(tech)],
            ["持证人员总数（人）", str(len(w.certificates))],
        ],
        size=10,
        marks={(0, 1): "company_name", (1, 1): "credit_code", (2, 1): "grade", (3, 1): "technical_total"},
    )
    unit = "万元" if wan else "元"

    def fig(v: Decimal) -> str:
        return f"{in_units(v, 10000):.2f}" if wan else grouped(v)

    def shown(v: Decimal) -> str:
        return money(in_units(v, 10000) * 10000) if wan else money(v)

    rows = [["年度", f"营业收入（{unit}）", f"系统集成收入（{unit}）", f"净利润（{unit}）"]]
    rows += [[str(f.year), fig(f.revenue), fig(f.si_revenue), fig(f.net_profit)] for f in w.finance]
    s.table([70, 132, 133, 132], rows, size=10)
    total = sum((p.amount for p in w.projects), Decimal(0))
    s.table(
        [200, 267],
        [["申报项目数（个）", str(len(w.projects))], [f"项目合同总额（{unit}）", fig(total)]],
        size=10,
    )
    s.y += 20
    s.para("本企业承诺所填报信息及上传材料真实、准确、完整，如有虚假，愿承担相应责任。")
    s.y += 20
    s.text(s.right - 200, s.y, "企业（盖章）：", 11)
    s.text(s.right - 200, s.y + 40, "法定代表人（签字）：", 11)
    s.image(pymupdf.Rect(s.right - 80, s.y + 28, s.right, s.y + 60), ink.signature(rng))
    if seal:
        s.image(pymupdf.Rect(s.right - 150, s.y - 50, s.right - 30, s.y + 70), ink.seal(c.name, rng))
    fields = {
        "company_name": c.name,
        "credit_code": c.credit_code,
        "grade": w.grade,
        "technical_total": tech,
        "certified_total": len(w.certificates),
        "finance": [
            {
                "year": f.year,
                "operating_revenue": shown(f.revenue),
                "system_integration_revenue": shown(f.si_revenue),
                "net_profit": shown(f.net_profit),
            }
            for f in w.finance
        ],
        "project_count": len(w.projects),
        "project_total": shown(total),
        "has_seal": seal,
    }
    return Paper.of("declaration_form", doc, [s], fields)
