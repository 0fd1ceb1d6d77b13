"""The primary statements of an audit report: 资产负债表, 利润表, 现金流量表, 所有者权益变动表.

Two formats: the general 企业会计准则 one (会企01–04表, this year beside last year) and the
小企业会计准则 one (会小企01–03表), whose income and cash-flow statements print 本年累计金额 beside
本月金额 (December alone), as small firms' accounting software exports them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from .books import Balance, Books, Year
from .sheet import Sheet

Fig = Callable[[Decimal | None], str]


@dataclass(frozen=True)
class Heading:
    """What every statement page prints above its table."""

    company: str
    year: int
    unit: str
    columns: tuple[str, str]
    signers: tuple[str, str, str]


def _head(sheet: Sheet, title: str, form: str, date_text: str, h: Heading) -> float:
    w = sheet.width
    sheet.center(62, title, 17, bold=True)
    sheet.text(w - 100, 84, form, 9)
    sheet.text(50, 102, f"编制单位：{h.company}", 9.5)
    sheet.text(w / 2 + 20, 102, date_text, 9.5)
    sheet.text(w - 110, 102, f"单位：{h.unit}", 9.5)
    return 110


def _signers(sheet: Sheet, y: float, h: Heading) -> None:
    a, b, c = h.signers
    sheet.text(50, y + 24, f"法定代表人：{a}", 9.5)
    sheet.text(sheet.width / 2 - 70, y + 24, f"主管会计工作负责人：{b}", 9.5)
    sheet.text(sheet.width - 190, y + 24, f"会计机构负责人：{c}", 9.5)


def balance_general(sheets: tuple[Sheet, Sheet], now: Balance, before: Balance, h: Heading, fig: Fig) -> None:
    """Two pages: assets, then liabilities and equity (期末余额 | 上年年末余额)."""
    a, b = now.assets, before.assets
    assets_rows: list[tuple[str, str, Decimal | None, Decimal | None]] = [
        ("流动资产：", "", None, None),
        ("货币资金", "五、1", a["货币资金"], b["货币资金"]),
        ("交易性金融资产", "", None, None),
        ("应收票据", "", None, None),
        ("应收账款", "五、2", a["应收账款"], b["应收账款"]),
        ("预付款项", "五、3", a["预付款项"], b["预付款项"]),
        ("其他应收款", "五、4", a["其他应收款"], b["其他应收款"]),
        ("存货", "五、5", a["存货"], b["存货"]),
        ("合同资产", "五、6", a["合同资产"], b["合同资产"]),
        ("其他流动资产", "", None, None),
    ]
    cur = ("货币资金", "应收账款", "预付款项", "其他应收款", "存货", "合同资产")
    assets_rows.append(
        ("流动资产合计", "", sum((a[k] for k in cur), Decimal(0)), sum((b[k] for k in cur), Decimal(0)))
    )
    assets_rows += [
        ("非流动资产：", "", None, None),
        ("长期股权投资", "", None, None),
        ("固定资产", "五、7", a["固定资产"], b["固定资产"]),
        ("在建工程", "", None, None),
        ("使用权资产", "", None, None),
        ("无形资产", "五、8", a["无形资产"], b["无形资产"]),
        ("长期待摊费用", "", None, None),
        ("递延所得税资产", "五、9", a["递延所得税资产"], b["递延所得税资产"]),
    ]
    non = ("固定资产", "无形资产", "递延所得税资产")
    assets_rows.append(
        ("非流动资产合计", "", sum((a[k] for k in non), Decimal(0)), sum((b[k] for k in non), Decimal(0)))
    )
    assets_rows.append(("资产总计", "", now.total_assets(), before.total_assets()))
    _statement_table(
        sheets[0],
        "资 产 负 债 表",
        "会企01表",
        f"{h.year}年12月31日",
        h,
        assets_rows,
        ("期末余额", "上年年末余额"),
        fig,
    )
    debt, debt0 = now.liabilities, before.liabilities
    e, f = now.equity, before.equity
    rows: list[tuple[str, str, Decimal | None, Decimal | None]] = [
        ("流动负债：", "", None, None),
        ("短期借款", "五、10", debt["短期借款"], debt0["短期借款"]),
        ("应付票据", "", None, None),
        ("应付账款", "五、11", debt["应付账款"], debt0["应付账款"]),
        ("合同负债", "五、12", debt["合同负债"], debt0["合同负债"]),
        ("应付职工薪酬", "五、13", debt["应付职工薪酬"], debt0["应付职工薪酬"]),
        ("应交税费", "五、14", debt["应交税费"], debt0["应交税费"]),
        ("其他应付款", "五、15", debt["其他应付款"], debt0["其他应付款"]),
        ("流动负债合计", "", now.total_liabilities(), before.total_liabilities()),
        ("非流动负债：", "", None, None),
        ("长期借款", "", None, None),
        ("非流动负债合计", "", None, None),
        ("负债合计", "", now.total_liabilities(), before.total_liabilities()),
        ("所有者权益：", "", None, None),
        ("实收资本", "五、16", e["实收资本"], f["实收资本"]),
        ("资本公积", "五、17", e["资本公积"], f["资本公积"]),
        ("盈余公积", "五、18", e["盈余公积"], f["盈余公积"]),
        ("未分配利润", "五、19", e["未分配利润"], f["未分配利润"]),
        ("所有者权益合计", "", now.total_equity(), before.total_equity()),
        ("负债和所有者权益总计", "", now.total_assets(), before.total_assets()),
    ]
    _statement_table(
        sheets[1],
        "资产负债表（续）",
        "会企01表",
        f"{h.year}年12月31日",
        h,
        rows,
        ("期末余额", "上年年末余额"),
        fig,
    )


def _statement_table(
    sheet: Sheet,
    title: str,
    form: str,
    date_text: str,
    h: Heading,
    rows: Sequence[tuple[str, str, Decimal | None, Decimal | None]],
    columns: tuple[str, str],
    fig: Fig,
    second: str = "附注",
) -> float:
    y = _head(sheet, title, form, date_text, h)
    table = [["项    目", second, *columns]]
    for label, note, now, before in rows:
        table.append(
            [label, note, fig(now) if now is not None else "", fig(before) if before is not None else ""]
        )
    row_h = min(19.0, (sheet.height - 170 - y) / len(table))
    y = sheet.table(50, y, (205, 50, 120, 120), table, size=9, row_h=row_h, aligns="lcrr")
    _signers(sheet, y, h)
    return y


def income_general(sheet: Sheet, now: Year, before: Year | None, h: Heading, fig: Fig) -> None:
    """利润表 (会企02表): this year beside last year under the report's column names."""
    p = now.pnl
    q = before.pnl if before else {}

    def row(label: str, key: str, note: str = "") -> tuple[str, str, Decimal | None, Decimal | None]:
        return (label, note, p.get(key), q.get(key) if q else None)

    rows = [
        row("一、营业收入", "营业收入", "五、20"),
        row("减：营业成本", "营业成本", "五、20"),
        row("税金及附加", "税金及附加", "五、21"),
        row("销售费用", "销售费用", "五、22"),
        row("管理费用", "管理费用", "五、23"),
        row("研发费用", "研发费用", "五、24"),
        row("财务费用", "财务费用", "五、25"),
        row("其中：利息费用", "利息费用"),
        row("利息收入", "利息收入"),
        row("加：其他收益", "其他收益", "五、26"),
        row("投资收益（损失以“－”号填列）", "投资收益"),
        row("信用减值损失（损失以“－”号填列）", "信用减值损失", "五、27"),
        ("资产减值损失（损失以“－”号填列）", "", None, None),
        ("资产处置收益（损失以“－”号填列）", "", None, None),
        row("二、营业利润（亏损以“－”号填列）", "营业利润"),
        row("加：营业外收入", "营业外收入", "五、28"),
        row("减：营业外支出", "营业外支出", "五、28"),
        row("三、利润总额（亏损总额以“－”号填列）", "利润总额"),
        row("减：所得税费用", "所得税费用", "五、29"),
        row("四、净利润（净亏损以“－”号填列）", "净利润"),
        row("（一）持续经营净利润", "净利润"),
        ("（二）终止经营净利润", "", None, None),
        ("五、其他综合收益的税后净额", "", None, None),
        row("六、综合收益总额", "净利润"),
    ]
    _statement_table(sheet, "利  润  表", "会企02表", f"{h.year}年度", h, rows, h.columns, fig)


def small_pnl(year: Year, december: bool) -> dict[str, Decimal]:
    """The 小企业 income statement lines (研发 within 管理费用, 政府补助 and bad debts outside operations)."""
    src = year.december if december else year.pnl
    out = {
        "营业收入": src["营业收入"],
        "营业成本": src["营业成本"],
        "税金及附加": src["税金及附加"],
        "销售费用": src["销售费用"],
        "管理费用": src["管理费用"] + src["研发费用"],
        "研究费用": src["研发费用"],
        "财务费用": src["财务费用"],
        "利息费用": src["利息费用"],
        "投资收益": src["投资收益"],
        "营业外收入": src["营业外收入"] + src["其他收益"],
        "政府补助": src["其他收益"],
        "营业外支出": src["营业外支出"] - src["信用减值损失"],
    }
    out["营业利润"] = (
        out["营业收入"]
        - out["营业成本"]
        - out["税金及附加"]
        - out["销售费用"]
        - out["管理费用"]
        - out["财务费用"]
        + out["投资收益"]
    )
    out["利润总额"] = out["营业利润"] + out["营业外收入"] - out["营业外支出"]
    out["所得税费用"] = src["所得税费用"]
    out["净利润"] = out["利润总额"] - out["所得税费用"]
    return out


def income_small(sheet: Sheet, year: Year, h: Heading, fig: Fig) -> None:
    """利润表 (会小企02表): 本年累计金额 beside 本月金额."""
    a = small_pnl(year, december=False)
    d = small_pnl(year, december=True)
    lines = (
        ("一、营业收入", "1", "营业收入"),
        ("减：营业成本", "2", "营业成本"),
        ("税金及附加", "3", "税金及附加"),
        ("销售费用", "11", "销售费用"),
        ("管理费用", "14", "管理费用"),
        ("其中：研究费用", "17", "研究费用"),
        ("财务费用", "18", "财务费用"),
        ("其中：利息费用（收入以“-”号填列）", "19", "利息费用"),
        ("加：投资收益（损失以“-”号填列）", "20", "投资收益"),
        ("二、营业利润（亏损以“-”号填列）", "21", "营业利润"),
        ("加：营业外收入", "22", "营业外收入"),
        ("其中：政府补助", "23", "政府补助"),
        ("减：营业外支出", "24", "营业外支出"),
        ("三、利润总额（亏损总额以“-”号填列）", "30", "利润总额"),
        ("减：所得税费用", "31", "所得税费用"),
        ("四、净利润（净亏损以“-”号填列）", "32", "净利润"),
    )
    rows = [(label, no, a[key], d[key]) for label, no, key in lines]
    _statement_table(
        sheet, "利  润  表", "会小企02表", f"{h.year}年度", h, rows, ("本年累计金额", "本月金额"), fig, "行次"
    )


def balance_small(sheet: Sheet, now: Balance, before: Balance, h: Heading, fig: Fig) -> None:
    """资产负债表 (会小企01表) on one landscape page: 期末余额 | 年初余额 on both sides."""
    y = _head(sheet, "资 产 负 债 表", "会小企01表", f"{h.year}年12月31日", h)
    a, b, debt, debt0, e, f = (
        now.assets,
        before.assets,
        now.liabilities,
        before.liabilities,
        now.equity,
        before.equity,
    )
    left = [
        ("货币资金", "1", a["货币资金"], b["货币资金"]),
        ("应收账款", "4", a["应收账款"], b["应收账款"]),
        ("预付账款", "5", a["预付款项"], b["预付款项"]),
        ("其他应收款", "8", a["其他应收款"] + a["合同资产"], b["其他应收款"] + b["合同资产"]),
        ("存货", "9", a["存货"], b["存货"]),
        ("流动资产合计", "15", None, None),
        ("固定资产账面价值", "21", a["固定资产"], b["固定资产"]),
        ("无形资产", "25", a["无形资产"], b["无形资产"]),
        ("其他非流动资产", "28", a["递延所得税资产"], b["递延所得税资产"]),
        ("非流动资产合计", "29", None, None),
        ("资产总计", "30", now.total_assets(), before.total_assets()),
    ]
    cur_now = sum((v for _, _, v, _ in left[:5] if v is not None), Decimal(0))
    cur_before = sum((v for _, _, _, v in left[:5] if v is not None), Decimal(0))
    left[5] = ("流动资产合计", "15", cur_now, cur_before)
    left[9] = ("非流动资产合计", "29", now.total_assets() - cur_now, before.total_assets() - cur_before)
    right = [
        ("短期借款", "31", debt["短期借款"], debt0["短期借款"]),
        ("应付账款", "33", debt["应付账款"], debt0["应付账款"]),
        ("预收账款", "34", debt["合同负债"], debt0["合同负债"]),
        ("应付职工薪酬", "35", debt["应付职工薪酬"], debt0["应付职工薪酬"]),
        ("应交税费", "36", debt["应交税费"], debt0["应交税费"]),
        ("其他应付款", "39", debt["其他应付款"], debt0["其他应付款"]),
        ("负债合计", "47", now.total_liabilities(), before.total_liabilities()),
        ("实收资本（或股本）", "48", e["实收资本"], f["实收资本"]),
        ("资本公积", "49", e["资本公积"], f["资本公积"]),
        ("盈余公积", "50", e["盈余公积"], f["盈余公积"]),
        ("未分配利润", "51", e["未分配利润"], f["未分配利润"]),
        ("所有者权益合计", "52", now.total_equity(), before.total_equity()),
        ("负债和所有者权益总计", "53", now.total_assets(), before.total_assets()),
    ]
    table = [["资    产", "行次", "期末余额", "年初余额", "负债和所有者权益", "行次", "期末余额", "年初余额"]]
    for i in range(max(len(left), len(right))):
        la = left[i] if i < len(left) else ("", "", None, None)
        ri = right[i] if i < len(right) else ("", "", None, None)
        table.append(
            [
                la[0],
                la[1],
                fig(la[2]) if la[2] is not None else "",
                fig(la[3]) if la[3] is not None else "",
                ri[0],
                ri[1],
                fig(ri[2]) if ri[2] is not None else "",
                fig(ri[3]) if ri[3] is not None else "",
            ]
        )
    y = sheet.table(40, y, (110, 30, 95, 95, 130, 30, 95, 95), table, size=8.5, row_h=21, aligns="lcrrlcrr")
    _signers(sheet, y, h)


def cash_flow(sheet: Sheet, now: Year, before: Year | None, h: Heading, fig: Fig, small: bool) -> None:
    """现金流量表: this year beside last year, or (小企业) beside December."""
    c = now.cash_flow
    if small:
        d = {k: (v * Decimal("0.12")).quantize(Decimal("0.01")) for k, v in c.items()}
        # December ends where the year ends
        d["期末现金及现金等价物余额"] = c["期末现金及现金等价物余额"]
        d["期初现金及现金等价物余额"] = c["期末现金及现金等价物余额"] - d["现金及现金等价物净增加额"]
        columns = ("本年累计金额", "本月金额")
        form = "会小企03表"
    else:
        d = before.cash_flow if before else {}
        columns = h.columns
        form = "会企03表"
    keys = (
        "一、经营活动产生的现金流量：",
        "销售商品、提供劳务收到的现金",
        "收到其他与经营活动有关的现金",
        "经营活动现金流入小计",
        "购买商品、接受劳务支付的现金",
        "支付给职工以及为职工支付的现金",
        "支付的各项税费",
        "支付其他与经营活动有关的现金",
        "经营活动现金流出小计",
        "经营活动产生的现金流量净额",
        "二、投资活动产生的现金流量：",
        "购建固定资产、无形资产和其他长期资产支付的现金",
        "投资活动产生的现金流量净额",
        "三、筹资活动产生的现金流量：",
        "取得借款收到的现金",
        "偿还债务支付的现金",
        "分配股利、利润或偿付利息支付的现金",
        "筹资活动产生的现金流量净额",
        "四、现金及现金等价物净增加额",
        "加：期初现金及现金等价物余额",
        "五、期末现金及现金等价物余额",
    )
    rows: list[tuple[str, str, Decimal | None, Decimal | None]] = []
    for label in keys:
        key = label.split("、", 1)[-1].removeprefix("加：") if label[0] in "四五加" else label
        if key not in c:
            rows.append((label, "", None, None))
        else:
            rows.append((label, "", c[key], d.get(key)))
    _statement_table(
        sheet, "现 金 流 量 表", form, f"{h.year}年度", h, rows, columns, fig, "行次" if small else "附注"
    )


def equity_statement(sheet: Sheet, books: Books, year: int, h: Heading, fig: Fig, label: str) -> None:
    """所有者权益变动表, one block (本年金额 or 上年金额) on a landscape page."""
    y = _head(sheet, "所有者权益变动表", "会企04表", f"{h.year}年度", h)
    sheet.center(y + 4, label, 10.5)
    now = books.years[year]
    before = books.prior(year)
    opening = before.balance.equity if isinstance(before, Year) else before.equity
    closing = now.balance.equity
    cols = ("实收资本", "资本公积", "盈余公积", "未分配利润")
    reserve = closing["盈余公积"] - opening["盈余公积"]
    net = now.net_profit

    def line(title: str, values: dict[str, Decimal] | None) -> list[str]:
        if values is None:
            return [title, "", "", "", "", ""]
        total = sum(values.values(), Decimal(0))
        return [title, *(fig(values[k]) if values.get(k) else "" for k in cols), fig(total)]

    zero = dict.fromkeys(cols, Decimal(0))
    rows = [
        ["项    目", *cols, "所有者权益合计"],
        line("一、上年年末余额", opening),
        line("加：会计政策变更", None),
        line("前期差错更正", None),
        line("二、本年年初余额", opening),
        line(
            "三、本年增减变动金额（减少以“－”号填列）",
            {**zero, "盈余公积": reserve, "未分配利润": net - reserve},
        ),
        line("（一）综合收益总额", {**zero, "未分配利润": net}),
        line("（二）所有者投入和减少资本", None),
        line("（三）利润分配", {**zero, "盈余公积": reserve, "未分配利润": -reserve}),
        line("1．提取盈余公积", {**zero, "盈余公积": reserve, "未分配利润": -reserve}),
        line("2．对所有者（或股东）的分配", None),
        line("（四）所有者权益内部结转", None),
        line("四、本年年末余额", closing),
    ]
    y = sheet.table(40, y + 14, (230, 105, 95, 105, 115, 115), rows, size=8.5, row_h=24, aligns="lrrrrr")
    _signers(sheet, y, h)
