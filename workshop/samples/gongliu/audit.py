"""The 审计报告 as a bound whole: cover, opinion (two pages, seals and signatures), the statements, and the
附注 pages whose tables repeat revenue by business type. Also the standalone 财务报表 a company uploads
without a report."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from .books import Balance, Books, Income
from .sheet import Sheet
from .statements import UNIT_NAMES, Column, Drawn, Style, draw_balance, draw_cash, draw_income, fmt
from .world import AuditFirm, Firm, cn_date, ymd0


@dataclass
class ReportSpec:
    firm: Firm
    auditor: AuditFirm
    number: str
    years: list[int]  # the years audited, ascending (one, or two for a two-year report)
    unit: Decimal
    kind: str  # single | group_separate | group_columns | group_only
    template: str  # general | total
    split_income: bool
    si_subtotal: bool
    opinion: str  # unqualified | qualified
    emphasis: bool
    signed_on: dt.date
    own: Books  # the company's own books (母公司 where it has a subsidiary)
    group: Books | None = None
    subsidiary: str = ""
    zero: str = "-"
    contents: bool = False


@dataclass
class Built:
    doc: pymupdf.Document
    sheets: list[Sheet] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    cells: list[dict[str, Any]] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)

    def add(self, sheets: list[Sheet], role: str) -> None:
        for s in sheets:
            self.sheets.append(s)
            self.roles.append(role)


def _fy(years: list[int]) -> str:
    return "、".join(f"{y}年度" for y in years)


def _ends(years: list[int]) -> str:
    return "、".join(f"{y}年12月31日" for y in years)


def _cover(b: Built, spec: ReportSpec) -> None:
    s = Sheet(b.doc)
    s.text(s.width / 2, 190, spec.firm.name, 20, bold=True, align="center")
    s.text(s.width / 2, 236, f"{_fy(spec.years)}财务报表", 16, align="center")
    s.spaced(s.width / 2, 330, "审计报告", 30, 14)
    s.text(s.width / 2, 380, spec.number, 13, align="center")
    if spec.contents:
        y = 450
        s.text(s.width / 2, y, "目    录", 13, bold=True, align="center")
        items = ["一、审计报告", "二、已审财务报表"]
        items += (
            ["    1.合并及母公司资产负债表", "    2.合并及母公司利润表", "    3.合并及母公司现金流量表"]
            if spec.kind in ("group_separate", "group_columns")
            else (
                ["    1.合并资产负债表", "    2.合并利润表", "    3.合并现金流量表"]
                if spec.kind == "group_only"
                else ["    1.资产负债表", "    2.利润表", "    3.现金流量表"]
            )
        )
        items += ["三、财务报表附注"]
        for k, item in enumerate(items):
            s.text(150, y + 28 + k * 22, item, 11)
    s.text(s.width / 2, 720, spec.auditor.name, 14, align="center")
    s.text(s.width / 2, 745, f"{spec.signed_on.year}年{spec.signed_on.month}月", 12, align="center")
    b.add([s], "cover")


def _opinion(b: Built, spec: ReportSpec, rng: random.Random) -> None:
    firm = spec.firm
    short = f"{firm.short}公司"
    years = spec.years
    group = spec.kind != "single"
    both = spec.kind in ("group_separate", "group_columns")
    pre = "合并及母公司" if both else ("合并" if group else "")
    s = Sheet(b.doc)
    s.spaced(s.width / 2, 78, "审计报告", 20, 10)
    s.text(s.width - 70, 108, spec.number, 10.5, align="right")
    s.text(70, 140, f"{firm.name}全体股东：", 10.5)
    qualified = spec.opinion == "qualified"
    y = 170.0
    heading = "一、保留意见" if qualified else "一、审计意见"
    s.text(70, y, heading, 10.5, bold=True)
    y += 22
    scope = (
        f"我们审计了{firm.name}（以下简称“{short}”）财务报表，包括{_ends(years)}的{pre}资产负债表，"
        f"{_fy(years)}的{pre}利润表、{pre}现金流量表、{pre}所有者权益变动表以及相关财务报表附注。"
    )
    y = s.paragraph(70, y, 455, scope)
    if qualified:
        view = (
            f"我们认为，除“形成保留意见的基础”部分所述事项可能产生的影响外，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
            f"公允反映了{short}{_ends(years)}的{pre}财务状况以及{_fy(years)}的{pre}经营成果和现金流量。"
        )
    else:
        view = (
            f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了{short}{_ends(years)}的"
            f"{pre}财务状况以及{_fy(years)}的{pre}经营成果和现金流量。"
        )
    y = s.paragraph(70, y + 4, 455, view)
    y += 8
    s.text(70, y, "二、形成保留意见的基础" if qualified else "二、形成审计意见的基础", 10.5, bold=True)
    y += 22
    if qualified:
        recv = spec.own.years[years[-1]].balance.receivable
        old = recv * Decimal(str(round(rng.uniform(0.18, 0.32), 2)))
        basis = (
            f"如财务报表附注五、3所述，截至{years[-1]}年12月31日，{short}应收账款账面价值为{fmt(recv, Decimal(1))}元，"
            f"其中账龄三年以上的应收账款{fmt(old, Decimal(1))}元，{short}未对其单项计提坏账准备。由于未能取得债务人的"
            f"回函，我们无法实施满意的替代程序，以获取充分、适当的审计证据，因此无法确定是否有必要对上述金额作出调整。"
        )
        y = s.paragraph(70, y, 455, basis)
        y += 4
    basis = (
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步"
        f"阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于{short}，并履行了职业道德方面的"
        f"其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表{'保留' if qualified else '审计'}意见提供了基础。"
    )
    y = s.paragraph(70, y, 455, basis)
    number = 3
    if spec.emphasis:
        y += 8
        s.text(70, y, "三、强调事项", 10.5, bold=True)
        y += 22
        text = (
            f"我们提醒财务报表使用者关注，如财务报表附注十一所述，{short}于{years[-1]}年度对应收账款预期信用损失的"
            "会计估计进行了变更，并采用未来适用法进行会计处理。本段内容不影响已发表的审计意见。"
        )
        y = s.paragraph(70, y, 455, text)
        number = 4
    y += 8
    cn = "一二三四五六"
    s.text(70, y, f"{cn[number - 1]}、管理层和治理层对财务报表的责任", 10.5, bold=True)
    y += 22
    mgmt = (
        f"{short}管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。在编制财务报表时，管理层负责评估"
        f"{short}的持续经营能力，披露与持续经营相关的事项（如适用），并运用持续经营假设，除非管理层计划清算"
        f"{short}、终止运营或别无其他现实的选择。治理层负责监督{short}的财务报告过程。"
    )
    y = s.paragraph(70, y, 455, mgmt)
    b.add([s], "opinion")

    s2 = Sheet(b.doc)
    y = 80.0
    s2.text(70, y, f"{cn[number]}、注册会计师对财务报表审计的责任", 10.5, bold=True)
    y += 22
    duty = [
        "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。"
        "合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。错报可能由于舞弊或"
        "错误导致，如果合理预期错报单独或汇总起来可能影响财务报表使用者依据财务报表作出的经济决策，则通常认为错报是重大的。",
        "在按照审计准则执行审计工作的过程中，我们运用职业判断，并保持职业怀疑。同时，我们也执行以下工作：",
        "（1）识别和评估由于舞弊或错误导致的财务报表重大错报风险，设计和实施审计程序以应对这些风险，并获取充分、"
        "适当的审计证据，作为发表审计意见的基础。",
        "（2）了解与审计相关的内部控制，以设计恰当的审计程序。",
        "（3）评价管理层选用会计政策的恰当性和作出会计估计及相关披露的合理性。",
        f"（4）对管理层使用持续经营假设的恰当性得出结论。同时，根据获取的审计证据，就可能导致对{short}持续经营能力"
        "产生重大疑虑的事项或情况是否存在重大不确定性得出结论。",
        "（5）评价财务报表的总体列报、结构和内容，并评价财务报表是否公允反映相关交易和事项。",
        *(
            [
                "（6）就被审计单位中实体或业务活动的财务信息获取充分、适当的审计证据，以对合并财务报表发表审计意见。"
                "我们负责指导、监督和执行集团审计，并对审计意见承担全部责任。"
            ]
            if spec.kind != "single"
            else []
        ),
        "我们与治理层就计划的审计范围、时间安排和重大审计发现等事项进行沟通，包括沟通我们在审计中识别出的值得关注"
        "的内部控制缺陷。",
    ]
    if rng.random() < 0.5:  # firms word the first duty paragraph their own way
        duty[0] = (
            "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。"
            "合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。"
        )
    if rng.random() < 0.4:
        duty.insert(-1, "从与治理层沟通过的事项中，我们确定哪些事项对本期财务报表审计最为重要。")
    for para in duty:
        y = s2.paragraph(70, y, 455, para, indent=2)
        y += 2
    y = max(y + 30, 560)
    au = spec.auditor
    s2.text(70, y, au.name, 11)
    s2.round_seal(70 + 95, y - 4, au.name, r=52, rng=rng)
    s2.text(330, y, f"中国注册会计师：{au.cpa1}", 11)
    s2.text(330, y + 18, "（项目合伙人）", 9.5)
    s2.cpa_seal(420, y + 26, au.cpa1, au.cpa1_no)
    s2.signature(420, y - 2, rng)
    y2 = y + 100
    s2.text(330, y2, f"中国注册会计师：{au.cpa2}", 11)
    s2.cpa_seal(420, y2 + 8, au.cpa2, au.cpa2_no)
    s2.signature(425, y2 - 2, rng)
    s2.text(70, y2 + 70, f"中国·{au.city}", 11)
    s2.text(330, y2 + 70, cn_date(spec.signed_on), 11)
    b.add([s2], "opinion2")


def _columns(spec: ReportSpec, kind: str) -> list[Column]:
    """Columns of an income (kind=income) or balance (kind=balance) statement for one entity set."""
    y = spec.years[-1]
    entities: list[tuple[str, Books, str]] = []
    if spec.kind == "group_columns":
        assert spec.group is not None
        entities = [("group", spec.group, "合并"), ("parent", spec.own, "母公司")]
    if len(spec.years) == 2:
        periods = [
            (f"{yy}年度" if kind != "balance" else f"{yy}年12月31日", yy) for yy in reversed(spec.years)
        ]
    elif kind == "balance":
        periods = [("期末余额", y), ("上年年末余额", y)]
    else:
        periods = [("本期金额", y), ("上期金额", y - 1)]
    if entities:
        return [Column(h, e, books, yy, sub) for h, yy in periods for e, books, sub in entities]
    return [Column(h, "own", spec.own, yy) for h, yy in periods]


def _entity_columns(spec: ReportSpec, kind: str, entity: str, books: Books) -> list[Column]:
    return [Column(c.header, entity, books, c.year) for c in _columns(_single(spec), kind)]


def _single(spec: ReportSpec) -> ReportSpec:
    clone = ReportSpec(**{**spec.__dict__})
    clone.kind = "single"
    return clone


def _statements(b: Built, spec: ReportSpec) -> None:
    style = Style(unit=spec.unit, zero=spec.zero)
    firm = spec.firm
    y = spec.years[-1]
    period_i = f"{_fy(spec.years)}" if len(spec.years) == 2 else f"{y}年度"
    period_b = f"{y}年12月31日"

    def begin_of(col: Column) -> Balance:
        return col.books.balance_before(col.year)

    plan: list[tuple[str, str, list[Column], str]] = []
    if spec.kind == "single":
        plan = [("own", "", _columns(spec, "balance"), "")]
    elif spec.kind == "group_columns":
        plan = [("both", "合并及母公司", _columns(spec, "balance"), "")]
    elif spec.kind == "group_only":
        assert spec.group is not None
        plan = [("group", "合并", _entity_columns(spec, "balance", "group", spec.group), "")]
    else:
        assert spec.group is not None
        plan = [
            ("group", "合并", _entity_columns(spec, "balance", "group", spec.group), ""),
            ("parent", "母公司", _entity_columns(spec, "balance", "parent", spec.own), ""),
        ]
    for entity, pre, bal_cols, _ in plan:
        inc_cols = [
            Column(c.header, c.entity, c.books, c.year, c.sub)
            for c in (
                _columns(spec, "income")
                if entity in ("own", "both")
                else _entity_columns(spec, "income", entity, bal_cols[0].books)
            )
        ]
        company = firm.name
        page0 = len(b.sheets) + 1
        d = draw_balance(
            b.doc, firm, company, f"{pre}资产负债表", "会企01表", period_b, bal_cols, style, page0, begin_of
        )
        _take(b, d, f"balance_{entity}")
        page0 = len(b.sheets) + 1
        split = spec.split_income and entity in ("own", "group", "both")
        d = draw_income(
            b.doc,
            firm,
            company,
            f"{pre}利润表",
            "会企02表",
            period_i,
            inc_cols,
            style,
            spec.template,
            split,
            page0,
        )
        _take(b, d, f"income_{entity}")
        page0 = len(b.sheets) + 1
        d = draw_cash(b.doc, firm, company, f"{pre}现金流量表", "会企03表", period_i, inc_cols, style, page0)
        _take(b, d, f"cash_{entity}")


def _take(b: Built, d: Drawn, role: str) -> None:
    b.add(d.pages, role)
    b.cells.extend(d.cells)


def _revenue_tables(
    s: Sheet, y: float, spec: ReportSpec, books: Books, entity: str, cells: list[dict[str, Any]], page_no: int
) -> float:
    unit = spec.unit
    years = list(reversed(spec.years)) if len(spec.years) == 2 else [spec.years[-1], spec.years[-1] - 1]
    heads = [f"{yy}年度" for yy in years] if len(spec.years) == 2 else ["本期发生额", "上期发生额"]
    incs: list[Income] = [books.years[yy].income for yy in years]
    s.text(70, y, f"（1）营业收入和营业成本情况（单位：{UNIT_NAMES[unit]}）", 10)
    y += 8
    rows = [
        ["项目", heads[0], "", heads[1], ""],
        ["", "收入", "成本", "收入", "成本"],
        ["主营业务", *[fmt(v, unit, spec.zero) for i in incs for v in (i.main_revenue, i.main_cost)]],
        ["其他业务", *[fmt(v, unit, spec.zero) for i in incs for v in (i.rent, i.other_cost)]],
        ["合计", *[fmt(v, unit, spec.zero) for i in incs for v in (i.revenue, i.cost)]],
    ]
    bottom, base = s.table(
        70, y, [95, 90, 90, 90, 90], rows, size=8.6, row_h=17, header_rows=2, spans={0: [(1, 2), (3, 4)]}
    )
    for k, yy in enumerate(years):
        cells.append(
            _cell(page_no, "note", entity, yy, heads[k], "合计", incs[k].revenue, unit, spec.zero, base[4])
        )
    y = bottom + 26
    s.text(70, y, f"（2）营业收入按业务类型列示（单位：{UNIT_NAMES[unit]}）", 10)
    y += 8
    lines: list[tuple[str, str]] = []
    if spec.si_subtotal:
        lines = [
            ("系统集成收入", "si_total"),
            ("  其中：信息系统集成服务", "si_integration"),
            ("        软件开发", "si_software"),
            ("        运行维护服务", "si_om"),
            ("        系统集成项目外购硬件及软件", "si_goods"),
            ("其他IT类收入", "other_it"),
            ("非IT类收入", "non_it"),
        ]
    else:
        lines = [
            ("信息系统集成服务", "si_integration"),
            ("软件开发服务", "si_software"),
            ("运行维护服务", "si_om"),
            ("其他IT类收入", "other_it"),
            ("非IT类收入（房屋租赁）", "non_it"),
        ]
    rows = [["业务类型", *heads]]
    for label, key in lines:
        vals = [(i.rent + i.non_it_main) if key == "non_it" else getattr(i, key) for i in incs]
        rows.append([label, *[fmt(v, unit, spec.zero) for v in vals]])
    rows.append(["合计", *[fmt(i.revenue, unit, spec.zero) for i in incs]])
    bottom, base = s.table(70, y, [185, 135, 135], rows, size=8.8, row_h=17)
    for r, (label, key) in enumerate(lines, start=1):
        if key == "si_total" or (not spec.si_subtotal and key.startswith("si_")):
            for k, yy in enumerate(years):
                cells.append(
                    _cell(
                        page_no,
                        "note",
                        entity,
                        yy,
                        heads[k],
                        label.strip(),
                        getattr(incs[k], key),
                        unit,
                        spec.zero,
                        base[r],
                    )
                )
    return bottom + 20


def _cell(
    page: int,
    statement: str,
    entity: str,
    year: int,
    header: str,
    label: str,
    value: Decimal,
    unit: Decimal,
    zero: str,
    base: float,
) -> dict[str, Any]:
    return {
        "page": page,
        "statement": statement,
        "entity": entity,
        "year": year,
        "header": header,
        "label": label,
        "text": fmt(value, unit, zero),
        "value": f"{value:.2f}",
        "baseline": round(base, 1),
    }


def _notes(b: Built, spec: ReportSpec) -> None:
    firm = spec.firm
    s = Sheet(b.doc)
    s.text(s.width / 2, 70, f"{firm.name}", 12, align="center")
    s.text(s.width / 2, 92, f"{_fy(spec.years)}财务报表附注", 14, bold=True, align="center")
    s.text(s.width - 60, 112, f"（除特别说明外，金额单位：{UNIT_NAMES[spec.unit]}）", 9, align="right")
    y = 140.0
    s.text(70, y, "一、公司基本情况", 10.5, bold=True)
    y += 22
    about = (
        f"{firm.name}（以下简称“本公司”）成立于{ymd0(firm.established)}，统一社会信用代码{firm.credit_code}，"
        f"注册资本人民币{fmt(firm.capital / 10000, Decimal(1)).replace('.00', '')}万元，法定代表人{firm.legal_rep}，"
        f"住所：{firm.address}。本公司主要从事计算机信息系统集成、软件开发、信息技术咨询及运行维护服务。"
    )
    if spec.kind != "single":
        about += f"本公司持有{spec.subsidiary}的控股权，将其纳入合并财务报表范围。"
    y = s.paragraph(70, y, 455, about)
    y += 6
    s.text(70, y, "二、财务报表的编制基础", 10.5, bold=True)
    y += 22
    y = s.paragraph(
        70,
        y,
        455,
        "本公司以持续经营为基础，根据实际发生的交易和事项，按照财政部发布的《企业会计准则——基本准则》和各项具体"
        "会计准则、企业会计准则应用指南、企业会计准则解释及其他相关规定进行确认和计量，在此基础上编制财务报表。",
    )
    y += 6
    page_no = len(b.sheets) + 1
    entity = {"single": "own", "group_only": "group"}.get(spec.kind, "group")
    books = spec.group if entity == "group" and spec.group is not None else spec.own
    heading = "五、合并财务报表项目注释" if entity == "group" else "五、财务报表项目注释"
    s.text(70, y, heading, 10.5, bold=True)
    y += 22
    s.text(70, y, "20、营业收入和营业成本", 10.5)
    y += 20
    _revenue_tables(s, y, spec, books, entity, b.cells, page_no)
    b.add([s], "notes")
    if spec.kind in ("group_separate", "group_columns"):
        s = Sheet(b.doc)
        page_no = len(b.sheets) + 1
        s.text(70, 80, "十四、母公司财务报表主要项目注释", 10.5, bold=True)
        s.text(70, 104, "3、营业收入和营业成本", 10.5)
        _revenue_tables(s, 124, spec, spec.own, "parent", b.cells, page_no)
        b.add([s], "notes_parent")


def build_report(spec: ReportSpec, rng: random.Random) -> Built:
    b = Built(doc=pymupdf.open())
    _cover(b, spec)
    _opinion(b, spec, rng)
    _statements(b, spec)
    _notes(b, spec)
    b.facts = {
        "kind": "audit_report",
        "years": spec.years,
        "unit": str(spec.unit),
        "layout": spec.kind,
        "template": spec.template,
        "opinion": spec.opinion,
        "emphasis": spec.emphasis,
        "opinion_page": b.roles.index("opinion") + 1,
        "consolidated": spec.kind != "single",
        "parent_figures": spec.kind in ("single", "group_separate", "group_columns"),
        "number": spec.number,
        "auditor": spec.auditor.name,
        "company": spec.firm.name,
        "signed_on": spec.signed_on.isoformat(),
        "roles": b.roles,
    }
    return b


# ---- standalone statements ----------------------------------------------------------------


def build_statements(firm: Firm, books: Books, year: int, unit: Decimal, rng: random.Random) -> Built:
    """A 资产负债表 and a 利润表 printed from the ledger software, signed and stamped, without an audit."""
    b = Built(doc=pymupdf.open())
    style = Style(unit=unit, zero="0.00" if unit == 1 else "-", form_no=True, note_col=False)

    def begin_of(col: Column) -> Balance:
        return col.books.balance_before(col.year)

    bal_cols = [Column("期末余额", "own", books, year), Column("年初余额", "own", books, year)]
    d = draw_balance(
        b.doc, firm, firm.name, "资产负债表", "会企01表", f"{year}年12月31日", bal_cols, style, 1, begin_of
    )
    _take(b, d, "balance_own")
    inc_cols = [Column("本年金额", "own", books, year), Column("上年金额", "own", books, year - 1)]
    d = draw_income(
        b.doc, firm, firm.name, "利润表", "会企02表", f"{year}年度", inc_cols, style, "general", False, 2
    )
    _take(b, d, "income_own")
    for sheet in b.sheets:
        sheet.round_seal(sheet.width - 150, sheet.height - 120, firm.name, r=44, bottom="财务专用章", rng=rng)
        sheet.signature(130, sheet.height - 60, rng, 40)
    b.facts = {
        "kind": "financial_statements",
        "years": [year],
        "unit": str(unit),
        "company": firm.name,
        "roles": b.roles,
    }
    return b
