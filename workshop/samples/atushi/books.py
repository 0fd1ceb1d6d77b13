"""One firm's books over consecutive years: income statement, balance sheet, cash flow and equity,
each adding up (assets = liabilities + equity, closing equity = opening + net profit, the cash
flow's net change = the change in 货币资金).

Amounts are ``Decimal`` yuan with two decimals. Revenue is split the way seed 001 asks an audit to
show it: 系统集成收入, 其他IT类收入 and 非IT类收入 within 主营业务收入, plus 其他业务收入.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

CENT = Decimal("0.01")


def amount(rng: random.Random, low: float, high: float) -> Decimal:
    """A random amount in [low, high] yuan, to the fen."""
    return Decimal(rng.randint(int(low * 100), int(high * 100))) / 100


def part(rng: random.Random, total: Decimal, low: float, high: float) -> Decimal:
    """A random share of ``total`` to the fen."""
    return (total * Decimal(str(round(rng.uniform(low, high), 4)))).quantize(CENT)


@dataclass
class Balance:
    """Year-end balance sheet items (yuan)."""

    assets: dict[str, Decimal]
    liabilities: dict[str, Decimal]
    equity: dict[str, Decimal]

    def total_assets(self) -> Decimal:
        return sum(self.assets.values(), Decimal(0))

    def total_liabilities(self) -> Decimal:
        return sum(self.liabilities.values(), Decimal(0))

    def total_equity(self) -> Decimal:
        return sum(self.equity.values(), Decimal(0))


@dataclass
class Year:
    """One fiscal year: P&L lines, the closing balance, cash flows and December's share."""

    year: int
    si: Decimal
    other_it: Decimal
    non_it: Decimal
    other_business: Decimal
    cost_main: Decimal
    cost_other: Decimal
    pnl: dict[str, Decimal]
    balance: Balance
    cash_flow: dict[str, Decimal] = field(default_factory=dict)
    december: dict[str, Decimal] = field(default_factory=dict)
    xinjiang_share: Decimal = Decimal("0.9")

    @property
    def main(self) -> Decimal:
        return self.si + self.other_it + self.non_it

    @property
    def revenue(self) -> Decimal:
        return self.main + self.other_business

    @property
    def net_profit(self) -> Decimal:
        return self.pnl["净利润"]


def _pnl(rng: random.Random, revenue: Decimal, cost_total: Decimal) -> dict[str, Decimal]:
    """The income statement from revenue down to 净利润 (positive main business, modest margin)."""
    taxes = part(rng, revenue, 0.004, 0.009)
    selling = part(rng, revenue, 0.01, 0.03)
    admin = part(rng, revenue, 0.04, 0.08)
    rd = part(rng, revenue, 0.01, 0.04)
    interest_exp = part(rng, revenue, 0.0, 0.004)
    interest_inc = part(rng, revenue, 0.0002, 0.001)
    bank = part(rng, revenue, 0.0001, 0.0005)
    finance = interest_exp - interest_inc + bank
    other_income = part(rng, revenue, 0.002, 0.012)
    invest = Decimal(0) if rng.random() < 0.6 else part(rng, revenue, 0.0005, 0.003)
    credit = -part(rng, revenue, 0.001, 0.006)
    operating = revenue - cost_total - taxes - selling - admin - rd - finance + other_income + invest + credit
    nonop_in = part(rng, revenue, 0.0, 0.002)
    nonop_out = part(rng, revenue, 0.0, 0.0015)
    total = operating + nonop_in - nonop_out
    tax = (
        (total * Decimal(str(rng.choice([0.05, 0.1, 0.15, 0.25])))).quantize(CENT)
        if total > 0
        else Decimal(0)
    )
    net = total - tax
    return {
        "营业收入": revenue,
        "营业成本": cost_total,
        "税金及附加": taxes,
        "销售费用": selling,
        "管理费用": admin,
        "研发费用": rd,
        "财务费用": finance,
        "利息费用": interest_exp,
        "利息收入": interest_inc,
        "其他收益": other_income,
        "投资收益": invest,
        "信用减值损失": credit,
        "营业利润": operating,
        "营业外收入": nonop_in,
        "营业外支出": nonop_out,
        "利润总额": total,
        "所得税费用": tax,
        "净利润": net,
    }


def _balance(rng: random.Random, revenue: Decimal, equity: dict[str, Decimal]) -> Balance:
    liabilities = {
        "短期借款": Decimal(0) if rng.random() < 0.5 else Decimal(rng.choice([50, 100, 200, 300])) * 10000,
        "应付账款": part(rng, revenue, 0.08, 0.2),
        "合同负债": part(rng, revenue, 0.01, 0.05),
        "应付职工薪酬": part(rng, revenue, 0.005, 0.02),
        "应交税费": part(rng, revenue, 0.005, 0.02),
        "其他应付款": part(rng, revenue, 0.002, 0.02),
    }
    total = sum(liabilities.values(), Decimal(0)) + sum(equity.values(), Decimal(0))
    assets = {
        "应收账款": part(rng, total, 0.22, 0.34),
        "预付款项": part(rng, total, 0.01, 0.04),
        "其他应收款": part(rng, total, 0.01, 0.04),
        "存货": part(rng, total, 0.05, 0.12),
        "合同资产": part(rng, total, 0.02, 0.07),
        "固定资产": part(rng, total, 0.05, 0.12),
        "无形资产": part(rng, total, 0.02, 0.06),
        "递延所得税资产": part(rng, total, 0.001, 0.006),
    }
    assets = {"货币资金": total - sum(assets.values(), Decimal(0)), **assets}
    return Balance(assets=assets, liabilities=liabilities, equity=dict(equity))


def _year(
    rng: random.Random, year: int, revenue: Decimal, opening: dict[str, Decimal], prev_cash: Decimal
) -> Year:
    other_business = part(rng, revenue, 0.005, 0.02)
    main = revenue - other_business
    si = part(rng, main, 0.62, 0.82)
    other_it = part(rng, main, 0.08, 0.18)
    non_it = main - si - other_it
    cost_main = part(rng, main, 0.72, 0.8)
    cost_other = part(rng, other_business, 0.3, 0.6)
    pnl = _pnl(rng, revenue, cost_main + cost_other)
    net = pnl["净利润"]
    reserve = (net * Decimal("0.1")).quantize(CENT) if net > 0 else Decimal(0)
    equity = {
        "实收资本": opening["实收资本"],
        "资本公积": opening["资本公积"],
        "盈余公积": opening["盈余公积"] + reserve,
        "未分配利润": opening["未分配利润"] + net - reserve,
    }
    balance = _balance(rng, revenue, equity)
    y = Year(year, si, other_it, non_it, other_business, cost_main, cost_other, pnl, balance)
    y.cash_flow = _cash_flow(rng, y, prev_cash)
    y.december = {k: part(rng, v, 0.08, 0.2) for k, v in pnl.items()}
    y.xinjiang_share = Decimal(str(round(rng.uniform(0.82, 0.97), 3)))
    return y


def _cash_flow(rng: random.Random, y: Year, prev_cash: Decimal) -> dict[str, Decimal]:
    delta = y.balance.assets["货币资金"] - prev_cash
    sales = part(rng, y.revenue, 0.92, 1.1)
    other_in = part(rng, y.revenue, 0.005, 0.03)
    buy = part(rng, y.revenue, 0.55, 0.7)
    staff = part(rng, y.revenue, 0.08, 0.14)
    taxes = part(rng, y.revenue, 0.02, 0.05)
    invest_out = part(rng, y.revenue, 0.005, 0.03)
    borrow = y.balance.liabilities["短期借款"]
    repay = Decimal(0) if borrow == 0 else part(rng, borrow, 0.0, 0.6)
    interest = y.pnl["利息费用"]
    # 支付其他与经营活动有关的现金 closes the statement on the change in cash
    other_out = sales + other_in - buy - staff - taxes - invest_out + borrow - repay - interest - delta
    if other_out < 0:
        borrow += -other_out + part(rng, y.revenue, 0.01, 0.02)
        other_out = sales + other_in - buy - staff - taxes - invest_out + borrow - repay - interest - delta
    operating = sales + other_in - buy - staff - taxes - other_out
    financing = borrow - repay - interest
    return {
        "销售商品、提供劳务收到的现金": sales,
        "收到其他与经营活动有关的现金": other_in,
        "经营活动现金流入小计": sales + other_in,
        "购买商品、接受劳务支付的现金": buy,
        "支付给职工以及为职工支付的现金": staff,
        "支付的各项税费": taxes,
        "支付其他与经营活动有关的现金": other_out,
        "经营活动现金流出小计": buy + staff + taxes + other_out,
        "经营活动产生的现金流量净额": operating,
        "购建固定资产、无形资产和其他长期资产支付的现金": invest_out,
        "投资活动产生的现金流量净额": -invest_out,
        "取得借款收到的现金": borrow,
        "偿还债务支付的现金": repay,
        "分配股利、利润或偿付利息支付的现金": interest,
        "筹资活动产生的现金流量净额": financing,
        "现金及现金等价物净增加额": delta,
        "期初现金及现金等价物余额": prev_cash,
        "期末现金及现金等价物余额": y.balance.assets["货币资金"],
    }


@dataclass
class Books:
    """Consecutive years of one firm; ``opening`` is the balance before the first year."""

    opening: Balance
    years: dict[int, Year]

    def prior(self, year: int) -> Year | Balance:
        return self.years.get(year - 1) or self.opening


def make_books(rng: random.Random, first: int, last: int, revenue_last: Decimal, capital: Decimal) -> Books:
    """Books from ``first - 1``'s closing balance to ``last``, revenue growing towards ``revenue_last``."""
    count = last - first + 1
    revenues = [revenue_last]
    for _ in range(count):
        revenues.insert(0, (revenues[0] / Decimal(str(round(rng.uniform(1.05, 1.3), 3)))).quantize(CENT))
    equity = {
        "实收资本": capital,
        "资本公积": Decimal(0) if rng.random() < 0.6 else part(rng, capital, 0.02, 0.2),
        "盈余公积": part(rng, capital, 0.02, 0.08),
        "未分配利润": part(rng, revenues[0], 0.05, 0.2),
    }
    opening = _balance(rng, revenues[0], equity)
    years: dict[int, Year] = {}
    previous_equity = equity
    cash = opening.assets["货币资金"]
    for offset, year in enumerate(range(first, last + 1)):
        y = _year(rng, year, revenues[offset + 1], previous_equity, cash)
        years[year] = y
        previous_equity = y.balance.equity
        cash = y.balance.assets["货币资金"]
    return Books(opening=opening, years=years)
