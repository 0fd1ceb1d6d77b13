"""The three primary statements drawn on pages: 资产负债表, 利润表 (one page or two), 现金流量表.

A statement has one entity (the company, 母公司 or 合并) or two side by side (合并 | 母公司 under each
period). Every figure drawn is recorded as a cell (page, statement, entity, period, label, text, value), so
the truth and the selfcheck know which figure stands where.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from .books import Balance, Books, Cash, Income
from .sheet import Sheet
from .world import Firm, round_half_up

UNIT_NAMES = {Decimal(1): "元", Decimal(1000): "千元", Decimal(10000): "万元"}


def fmt(value: Decimal, unit: Decimal, zero: str = "-") -> str:
    if value == 0:
        return zero
    if unit == 1:
        return f"{value:,.2f}"
    if unit == 10000:
        return f"{round_half_up(value, Decimal(100)) / 10000:,.2f}"
    return f"{round_half_up(value, Decimal(1000)) / 1000:,.0f}"


def printed_precision(unit: Decimal) -> Decimal:
    """The place value of the last printed digit: 0.01 yuan, 100 yuan (万元, two decimals), 1000 yuan (千元)."""
    return {Decimal(1): Decimal("0.01"), Decimal(10000): Decimal(100), Decimal(1000): Decimal(1000)}[unit]


Row = tuple[str, int, Callable[[Any], Decimal] | None]

GENERAL_INCOME: list[Row] = [
    ("一、营业收入", 0, lambda i: i.revenue),
    ("减：营业成本", 0, lambda i: i.cost),
    ("税金及附加", 2, lambda i: i.tax_surcharge),
    ("销售费用", 2, lambda i: i.selling),
    ("管理费用", 2, lambda i: i.admin),
    ("研发费用", 2, lambda i: i.rnd),
    ("财务费用", 2, lambda i: i.finance),
    ("其中：利息费用", 3, lambda i: i.fin_interest_exp),
    ("利息收入", 6, lambda i: i.fin_interest_inc),
    ("加：其他收益", 0, lambda i: i.other_gains),
    ("投资收益（损失以“－”号填列）", 2, lambda i: i.invest_income),
    ("信用减值损失（损失以“－”号填列）", 2, lambda i: i.credit_loss),
    ("资产减值损失（损失以“－”号填列）", 2, lambda i: i.asset_loss),
    ("资产处置收益（损失以“－”号填列）", 2, lambda i: i.disposal),
    ("二、营业利润（亏损以“－”号填列）", 0, lambda i: i.op_profit),
    ("加：营业外收入", 0, lambda i: i.nonop_income),
    ("减：营业外支出", 0, lambda i: i.nonop_expense),
    ("三、利润总额（亏损总额以“－”号填列）", 0, lambda i: i.total_profit),
    ("减：所得税费用", 0, lambda i: i.income_tax),
    ("四、净利润（净亏损以“－”号填列）", 0, lambda i: i.net_profit),
    ("（一）持续经营净利润（净亏损以“－”号填列）", 1, lambda i: i.net_profit),
    ("（二）终止经营净利润（净亏损以“－”号填列）", 1, lambda i: Decimal(0)),
    ("五、其他综合收益的税后净额", 0, lambda i: Decimal(0)),
    ("六、综合收益总额", 0, lambda i: i.net_profit),
]

TOTAL_INCOME: list[Row] = [
    ("一、营业总收入", 0, lambda i: i.total_revenue),
    ("其中：营业收入", 2, lambda i: i.revenue),
    ("利息收入", 5, lambda i: i.interest_rev),
    ("手续费及佣金收入", 5, lambda i: i.commission_rev),
    ("二、营业总成本", 0, lambda i: i.total_cost),
    ("其中：营业成本", 2, lambda i: i.cost),
    ("税金及附加", 5, lambda i: i.tax_surcharge),
    ("销售费用", 5, lambda i: i.selling),
    ("管理费用", 5, lambda i: i.admin),
    ("研发费用", 5, lambda i: i.rnd),
    ("财务费用", 5, lambda i: i.finance),
    ("其中：利息费用", 6, lambda i: i.fin_interest_exp),
    ("利息收入", 9, lambda i: i.fin_interest_inc),
    ("加：其他收益", 0, lambda i: i.other_gains),
    ("投资收益（损失以“－”号填列）", 2, lambda i: i.invest_income),
    ("信用减值损失（损失以“－”号填列）", 2, lambda i: i.credit_loss),
    ("资产减值损失（损失以“－”号填列）", 2, lambda i: i.asset_loss),
    ("三、营业利润（亏损以“－”号填列）", 0, lambda i: i.op_profit),
    ("加：营业外收入", 0, lambda i: i.nonop_income),
    ("减：营业外支出", 0, lambda i: i.nonop_expense),
    ("四、利润总额（亏损总额以“－”号填列）", 0, lambda i: i.total_profit),
    ("减：所得税费用", 0, lambda i: i.income_tax),
    ("五、净利润（净亏损以“－”号填列）", 0, lambda i: i.net_profit),
    ("（一）按经营持续性分类", 1, None),
    ("1.持续经营净利润（净亏损以“－”号填列）", 2, lambda i: i.net_profit),
    ("2.终止经营净利润（净亏损以“－”号填列）", 2, lambda i: Decimal(0)),
    ("六、其他综合收益的税后净额", 0, lambda i: Decimal(0)),
    ("七、综合收益总额", 0, lambda i: i.net_profit),
]

GROUP_TAIL: list[Row] = [
    ("（二）按所有权归属分类", 1, None),
    ("1.归属于母公司所有者的净利润", 2, lambda i: i.parent_share),
    ("2.少数股东损益", 2, lambda i: i.minority),
]


def income_rows(template: str, group: bool) -> list[Row]:
    rows = list(TOTAL_INCOME if template == "total" else GENERAL_INCOME)
    if group:
        # the ownership split follows the continuity split, before 其他综合收益
        cut = next(k for k, r in enumerate(rows) if r[0].startswith(("五、其他综合", "六、其他综合")))
        if template != "total":
            rows[cut - 2 : cut] = [
                ("（一）按经营持续性分类", 1, None),
                ("1.持续经营净利润（净亏损以“－”号填列）", 2, lambda i: i.net_profit),
                ("2.终止经营净利润（净亏损以“－”号填列）", 2, lambda i: Decimal(0)),
            ]
            cut += 1
        rows[cut:cut] = GROUP_TAIL
    return rows


BALANCE_ROWS: list[tuple[str, int, Callable[[Balance], Decimal] | None, bool]] = [
    ("流动资产：", 0, None, True),
    ("货币资金", 1, lambda b: b.cash, True),
    ("应收账款", 1, lambda b: b.receivable, True),
    ("预付款项", 1, lambda b: b.prepaid, True),
    ("其他应收款", 1, lambda b: b.other_recv, True),
    ("存货", 1, lambda b: b.inventory, True),
    ("合同资产", 1, lambda b: b.contract_assets, True),
    ("流动资产合计", 2, lambda b: b.current_assets, True),
    ("非流动资产：", 0, None, True),
    ("长期股权投资", 1, lambda b: b.lt_invest, True),
    ("固定资产", 1, lambda b: b.fixed, True),
    ("无形资产", 1, lambda b: b.intangible, True),
    ("递延所得税资产", 1, lambda b: b.deferred_tax, True),
    ("非流动资产合计", 2, lambda b: b.noncurrent_assets, True),
    ("资产总计", 3, lambda b: b.total_assets, True),
    ("流动负债：", 0, None, False),
    ("短期借款", 1, lambda b: b.st_loan, False),
    ("应付账款", 1, lambda b: b.payable, False),
    ("合同负债", 1, lambda b: b.contract_liab, False),
    ("应付职工薪酬", 1, lambda b: b.payroll, False),
    ("应交税费", 1, lambda b: b.taxes, False),
    ("其他应付款", 1, lambda b: b.other_pay, False),
    ("流动负债合计", 2, lambda b: b.current_liab, False),
    ("负债合计", 3, lambda b: b.current_liab, False),
    ("所有者权益：", 0, None, False),
    ("实收资本（或股本）", 1, lambda b: b.paid_in, False),
    ("资本公积", 1, lambda b: b.cap_reserve, False),
    ("盈余公积", 1, lambda b: b.surplus, False),
    ("未分配利润", 1, lambda b: b.retained, False),
    ("所有者权益合计", 2, lambda b: b.equity, False),
    ("负债和所有者权益总计", 3, lambda b: b.total_le, False),
]

CASH_ROWS: list[tuple[str, int, Callable[[Cash], Decimal] | None]] = [
    ("一、经营活动产生的现金流量：", 0, None),
    ("销售商品、提供劳务收到的现金", 1, lambda c: c.sales),
    ("收到的税费返还", 1, lambda c: c.refund),
    ("收到其他与经营活动有关的现金", 1, lambda c: c.other_in),
    ("经营活动现金流入小计", 2, lambda c: c.op_in),
    ("购买商品、接受劳务支付的现金", 1, lambda c: c.purchases),
    ("支付给职工以及为职工支付的现金", 1, lambda c: c.staff),
    ("支付的各项税费", 1, lambda c: c.taxes),
    ("支付其他与经营活动有关的现金", 1, lambda c: c.other_out),
    ("经营活动现金流出小计", 2, lambda c: c.op_out),
    ("经营活动产生的现金流量净额", 2, lambda c: c.op_net),
    ("二、投资活动产生的现金流量：", 0, None),
    ("购建固定资产、无形资产和其他长期资产支付的现金", 1, lambda c: c.capex),
    ("投资活动产生的现金流量净额", 2, lambda c: c.inv_net),
    ("三、筹资活动产生的现金流量：", 0, None),
    ("取得借款收到的现金", 1, lambda c: c.borrow),
    ("偿还债务支付的现金", 1, lambda c: c.repay),
    ("筹资活动产生的现金流量净额", 2, lambda c: c.fin_net),
    ("四、现金及现金等价物净增加额", 0, lambda c: c.increase),
    ("加：期初现金及现金等价物余额", 0, lambda c: c.begin),
    ("五、期末现金及现金等价物余额", 0, lambda c: c.end),
]


@dataclass
class Column:
    """One column of figures: a period of one entity's books."""

    header: str  # 本期金额 / 上期金额 / 2025年度 / 期末余额 ...
    entity: str  # own / parent / group
    books: Books
    year: int
    sub: str = ""  # 合并 / 母公司 under a spanning header


@dataclass
class Drawn:
    """Pages a statement was drawn on and the cells it printed."""

    pages: list[Sheet] = field(default_factory=list)
    cells: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Style:
    unit: Decimal = Decimal(1)
    zero: str = "-"
    size: float = 8.6
    row_h: float = 16.0
    form_no: bool = True
    note_col: bool = True


def _header(sheet: Sheet, title: str, form: str, company: str, period: str, style: Style) -> float:
    sheet.spaced(sheet.width / 2, 64, title, 16, 4)
    if style.form_no and form:
        sheet.text(sheet.width - 56, 88, form, 8.5, align="right")
    y = 104
    sheet.text(56, y, f"编制单位：{company}", 9)
    sheet.text(sheet.width / 2 + 40, y, period, 9, align="center")
    sheet.text(sheet.width - 56, y, f"单位：{UNIT_NAMES[style.unit]}", 9, align="right")
    return y + 8


def _footer(sheet: Sheet, firm: Firm, legal_rep: str) -> None:
    y = sheet.height - 70
    sheet.text(56, y, f"法定代表人：{legal_rep}", 9)
    sheet.text(sheet.width / 2 - 40, y, f"主管会计工作负责人：{firm.accountant}", 9)
    sheet.text(sheet.width - 56, y, f"会计机构负责人：{firm.bookkeeper}", 9, align="right")


def _layout(
    sheet: Sheet, columns: list[Column], style: Style
) -> tuple[list[float], list[list[str]], int, str]:
    span = any(c.sub for c in columns)
    usable = sheet.width - 112
    fig_w = 92.0 if len(columns) <= 2 else 72.0
    note_w = 34.0 if style.note_col else 0.0
    label_w = usable - note_w - fig_w * len(columns)
    widths = [label_w] + ([note_w] if note_w else []) + [fig_w] * len(columns)
    if span:
        top = (
            ["项目"]
            + (["附注"] if note_w else [])
            + [c.header if k % 2 == 0 else "" for k, c in enumerate(columns)]
        )
        second = [""] + ([""] if note_w else []) + [c.sub for c in columns]
        head = [top, second]
    else:
        head = [["项目"] + (["附注"] if note_w else []) + [c.header for c in columns]]
    aligns = "l" + ("c" if note_w else "") + "r" * len(columns)
    return widths, head, len(head), aligns


def _draw_rows(
    sheet: Sheet,
    y: float,
    columns: list[Column],
    rows: list[tuple[str, int, list[Decimal | None], str]],
    style: Style,
    statement: str,
    drawn: Drawn,
    page_no: int,
) -> float:
    widths, head, nhead, aligns = _layout(sheet, columns, style)
    table_rows = [*head]
    indents = [0] * nhead
    for label, indent, values, note in rows:
        if len(columns) > 2:  # four figure columns leave no room for the 填列 reminders
            label = re.sub(r"（[^（）]*填列）", "", label)
        cells = [label] + ([note] if style.note_col else [])
        cells += ["" if v is None else fmt(v, style.unit, style.zero) for v in values]
        table_rows.append(cells)
        indents.append(indent)
    spans: dict[int, list[tuple[int, int]]] = {}
    if nhead == 2:
        first = 2 if style.note_col else 1
        spans[0] = [(c, c + 1) for c in range(first, first + len(columns), 2)]
    bottom, baselines = sheet.table(
        56,
        y,
        widths,
        table_rows,
        size=style.size,
        row_h=style.row_h,
        aligns=aligns,
        header_rows=nhead,
        indents=indents,
        spans=spans,
    )
    for r, (label, _indent, values, _note) in enumerate(rows):
        label = table_rows[r + nhead][0]
        for c, value in enumerate(values):
            if value is None:
                continue
            col = columns[c]
            drawn.cells.append(
                {
                    "page": page_no,
                    "statement": statement,
                    "entity": col.entity,
                    "year": col.year,
                    "header": col.header,
                    "label": label,
                    "text": fmt(value, style.unit, style.zero),
                    "value": f"{value:.2f}",
                    "baseline": round(baselines[r + nhead], 1),
                }
            )
    return bottom


def draw_income(
    doc: pymupdf.Document,
    firm: Firm,
    company: str,
    title: str,
    form: str,
    period: str,
    columns: list[Column],
    style: Style,
    template: str,
    split: bool,
    first_page_no: int,
    statement: str = "income",
) -> Drawn:
    group = any(c.entity == "group" for c in columns)
    rows_def = income_rows(template, group)
    if len(columns) > 2:
        style = Style(style.unit, style.zero, 7.6, 15.0, style.form_no, False)
    values_rows: list[tuple[str, int, list[Decimal | None], str]] = []
    for label, indent, fn in rows_def:
        vals: list[Decimal | None] = []
        for col in columns:
            inc: Income = col.books.years[col.year].income
            vals.append(None if fn is None else fn(inc))
        note = ""
        if label in ("一、营业收入", "其中：营业收入"):
            note = "五、20" if style.note_col else ""
        values_rows.append((label, indent, vals, note))
    drawn = Drawn()
    if split:  # the statement as Word lays it out at a reading size: it no longer fits one page
        style = Style(style.unit, style.zero, 10.0, 31.0, style.form_no, style.note_col)
        cut = next(k for k, r in enumerate(values_rows) if "营业利润" in r[0]) + 1
        parts = [values_rows[:cut], values_rows[cut:]]
    else:
        parts = [values_rows]
    for k, part in enumerate(parts):
        sheet = Sheet(doc)
        head_title = title if k == 0 else f"{title}（续）"
        y = _header(sheet, head_title, form, company, period, style)
        _draw_rows(sheet, y, columns, part, style, statement, drawn, first_page_no + k)
        if k == len(parts) - 1:
            _footer(sheet, firm, firm.legal_rep)
        else:
            sheet.text(sheet.width - 56, sheet.height - 70, "（接下页）", 9, align="right")
        drawn.pages.append(sheet)
    return drawn


def draw_balance(
    doc: pymupdf.Document,
    firm: Firm,
    company: str,
    title: str,
    form: str,
    period: str,
    columns: list[Column],
    style: Style,
    page_no: int,
    begin_of: Callable[[Column], Balance],
) -> Drawn:
    group = any(c.entity == "group" for c in columns)
    rows: list[tuple[str, int, list[Decimal | None], str]] = []
    for label, indent, fn, _asset in BALANCE_ROWS:
        if label == "所有者权益合计" and group:
            rows.append(
                ("归属于母公司所有者权益合计", 2, [_bal(c, begin_of).parent_equity for c in columns], "")
            )
            rows.append(("少数股东权益", 1, [_bal(c, begin_of).minority_eq for c in columns], ""))
        if label == "所有者权益：" and group:
            label = "所有者权益（或股东权益）："
        vals: list[Decimal | None] = [None if fn is None else fn(_bal(c, begin_of)) for c in columns]
        rows.append((label, indent, vals, ""))
    size = 7.6 if len(columns) > 2 else min(style.size, 8.2)
    style = Style(style.unit, style.zero, size, 14.2 if group else 15.0, style.form_no, False)
    drawn = Drawn()
    sheet = Sheet(doc)
    y = _header(sheet, title, form, company, period, style)
    _draw_rows(sheet, y, columns, rows, style, "balance", drawn, page_no)
    _footer(sheet, firm, firm.legal_rep)
    drawn.pages.append(sheet)
    return drawn


def _bal(col: Column, begin_of: Callable[[Column], Balance]) -> Balance:
    if col.header in ("上年年末余额", "年初余额"):
        return begin_of(col)
    return col.books.years[col.year].balance


def draw_cash(
    doc: pymupdf.Document,
    firm: Firm,
    company: str,
    title: str,
    form: str,
    period: str,
    columns: list[Column],
    style: Style,
    page_no: int,
) -> Drawn:
    rows: list[tuple[str, int, list[Decimal | None], str]] = []
    for label, indent, fn in CASH_ROWS:
        vals: list[Decimal | None] = [None if fn is None else fn(c.books.years[c.year].cash) for c in columns]
        rows.append((label, indent, vals, ""))
    size = 7.6 if len(columns) > 2 else style.size
    style = Style(style.unit, style.zero, size, style.row_h, style.form_no, False)
    drawn = Drawn()
    sheet = Sheet(doc)
    y = _header(sheet, title, form, company, period, style)
    _draw_rows(sheet, y, columns, rows, style, "cash", drawn, page_no)
    _footer(sheet, firm, firm.legal_rep)
    drawn.pages.append(sheet)
    return drawn
