"""Books that add up: a company's (and a group's) income statement, balance sheet, cash flows and
revenue note for consecutive years, exact to the fen."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal

from .world import money

ZERO = Decimal("0.00")


@dataclass
class Income:
    revenue: Decimal = ZERO  # 营业收入
    interest_rev: Decimal = ZERO  # 利息收入 (营业总收入 template only)
    commission_rev: Decimal = ZERO  # 手续费及佣金收入 (营业总收入 template only)
    cost: Decimal = ZERO
    tax_surcharge: Decimal = ZERO
    selling: Decimal = ZERO
    admin: Decimal = ZERO
    rnd: Decimal = ZERO
    finance: Decimal = ZERO
    fin_interest_exp: Decimal = ZERO
    fin_interest_inc: Decimal = ZERO
    other_gains: Decimal = ZERO
    invest_income: Decimal = ZERO
    credit_loss: Decimal = ZERO  # negative = loss
    asset_loss: Decimal = ZERO  # negative = loss
    disposal: Decimal = ZERO
    nonop_income: Decimal = ZERO
    nonop_expense: Decimal = ZERO
    income_tax: Decimal = ZERO
    minority: Decimal = ZERO  # 少数股东损益 (consolidated only)
    # revenue note
    si_integration: Decimal = ZERO  # 信息系统集成服务
    si_software: Decimal = ZERO  # 软件开发
    si_om: Decimal = ZERO  # 运行维护服务
    si_goods: Decimal = ZERO  # 系统集成项目中外购硬件及软件
    other_it: Decimal = ZERO  # 其他IT类收入
    non_it_main: Decimal = ZERO  # 非IT类收入 within 主营业务
    rent: Decimal = ZERO  # 其他业务收入 (房屋租赁), non-IT
    other_cost: Decimal = ZERO  # 其他业务成本

    @property
    def total_revenue(self) -> Decimal:
        return self.revenue + self.interest_rev + self.commission_rev

    @property
    def total_cost(self) -> Decimal:
        return self.cost + self.tax_surcharge + self.selling + self.admin + self.rnd + self.finance

    @property
    def op_profit(self) -> Decimal:
        return (
            self.total_revenue
            - self.total_cost
            + self.other_gains
            + self.invest_income
            + self.credit_loss
            + self.asset_loss
            + self.disposal
        )

    @property
    def total_profit(self) -> Decimal:
        return self.op_profit + self.nonop_income - self.nonop_expense

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax

    @property
    def parent_share(self) -> Decimal:
        return self.net_profit - self.minority

    @property
    def si_total(self) -> Decimal:
        return self.si_integration + self.si_software + self.si_om + self.si_goods

    @property
    def main_revenue(self) -> Decimal:
        return self.si_total + self.other_it + self.non_it_main

    @property
    def main_cost(self) -> Decimal:
        return self.cost - self.other_cost


@dataclass
class Balance:
    cash: Decimal = ZERO
    receivable: Decimal = ZERO
    prepaid: Decimal = ZERO
    other_recv: Decimal = ZERO
    inventory: Decimal = ZERO
    contract_assets: Decimal = ZERO
    lt_invest: Decimal = ZERO
    fixed: Decimal = ZERO
    intangible: Decimal = ZERO
    deferred_tax: Decimal = ZERO
    st_loan: Decimal = ZERO
    payable: Decimal = ZERO
    contract_liab: Decimal = ZERO
    payroll: Decimal = ZERO
    taxes: Decimal = ZERO
    other_pay: Decimal = ZERO
    paid_in: Decimal = ZERO
    cap_reserve: Decimal = ZERO
    surplus: Decimal = ZERO
    retained: Decimal = ZERO
    minority_eq: Decimal = ZERO

    @property
    def current_assets(self) -> Decimal:
        return (
            self.cash
            + self.receivable
            + self.prepaid
            + self.other_recv
            + self.inventory
            + self.contract_assets
        )

    @property
    def noncurrent_assets(self) -> Decimal:
        return self.lt_invest + self.fixed + self.intangible + self.deferred_tax

    @property
    def total_assets(self) -> Decimal:
        return self.current_assets + self.noncurrent_assets

    @property
    def current_liab(self) -> Decimal:
        return self.st_loan + self.payable + self.contract_liab + self.payroll + self.taxes + self.other_pay

    @property
    def parent_equity(self) -> Decimal:
        return self.paid_in + self.cap_reserve + self.surplus + self.retained

    @property
    def equity(self) -> Decimal:
        return self.parent_equity + self.minority_eq

    @property
    def total_le(self) -> Decimal:
        return self.current_liab + self.equity


@dataclass
class Cash:
    sales: Decimal = ZERO
    refund: Decimal = ZERO
    other_in: Decimal = ZERO
    purchases: Decimal = ZERO
    staff: Decimal = ZERO
    taxes: Decimal = ZERO
    other_out: Decimal = ZERO
    capex: Decimal = ZERO
    borrow: Decimal = ZERO
    repay: Decimal = ZERO
    dividends: Decimal = ZERO
    begin: Decimal = ZERO

    @property
    def op_in(self) -> Decimal:
        return self.sales + self.refund + self.other_in

    @property
    def op_out(self) -> Decimal:
        return self.purchases + self.staff + self.taxes + self.other_out

    @property
    def op_net(self) -> Decimal:
        return self.op_in - self.op_out

    @property
    def inv_net(self) -> Decimal:
        return -self.capex

    @property
    def fin_net(self) -> Decimal:
        return self.borrow - self.repay - self.dividends

    @property
    def increase(self) -> Decimal:
        return self.op_net + self.inv_net + self.fin_net

    @property
    def end(self) -> Decimal:
        return self.begin + self.increase


@dataclass
class Year:
    year: int
    income: Income
    balance: Balance
    cash: Cash


@dataclass
class Books:
    """One entity's books, by year; ``prior`` holds the balance sheet before the first year."""

    years: dict[int, Year] = field(default_factory=dict)
    opening: Balance = field(default_factory=Balance)

    def balance_before(self, year: int) -> Balance:
        return self.years[year - 1].balance if year - 1 in self.years else self.opening


def _r(rng: random.Random, base: Decimal, lo: float, hi: float) -> Decimal:
    return money(base * Decimal(str(rng.uniform(lo, hi))))


def make_income(
    rng: random.Random, revenue: Decimal, *, total_template: bool = False, split_si: bool = True
) -> Income:
    inc = Income(revenue=money(revenue))
    r = inc.revenue
    inc.rent = _r(rng, r, 0.004, 0.02) if rng.random() < 0.7 else ZERO
    inc.non_it_main = ZERO
    inc.other_it = _r(rng, r, 0.03, 0.12)
    si = r - inc.rent - inc.other_it
    if split_si:
        a = _r(rng, si, 0.35, 0.5)
        b = _r(rng, si, 0.15, 0.25)
        c = _r(rng, si, 0.08, 0.15)
        inc.si_integration, inc.si_software, inc.si_om = a, b, c
        inc.si_goods = si - a - b - c
    else:
        a = _r(rng, si, 0.45, 0.6)
        b = _r(rng, si, 0.2, 0.3)
        inc.si_integration, inc.si_software, inc.si_om = a, b, si - a - b
    if total_template:
        inc.commission_rev = _r(rng, r, 0.006, 0.025)
    inc.cost = _r(rng, r, 0.64, 0.76)
    inc.other_cost = _r(rng, inc.rent, 0.2, 0.45) if inc.rent else ZERO
    inc.tax_surcharge = _r(rng, r, 0.003, 0.007)
    inc.selling = _r(rng, r, 0.015, 0.04)
    inc.admin = _r(rng, r, 0.05, 0.08)
    inc.rnd = _r(rng, r, 0.03, 0.06)
    inc.fin_interest_exp = _r(rng, r, 0.0, 0.004)
    inc.fin_interest_inc = _r(rng, r, 0.0005, 0.002)
    inc.finance = inc.fin_interest_exp - inc.fin_interest_inc + _r(rng, r, 0.0002, 0.0008)
    inc.other_gains = _r(rng, r, 0.002, 0.012)
    inc.credit_loss = -_r(rng, r, 0.001, 0.008)
    inc.nonop_income = _r(rng, r, 0.0, 0.002)
    inc.nonop_expense = _r(rng, r, 0.0, 0.0015)
    inc.income_tax = money(max(inc.total_profit, ZERO) * Decimal(str(rng.uniform(0.04, 0.12))))
    return inc


def combine(parent: Income, sub: Income, elim: Decimal, minority_share: Decimal) -> Income:
    """The group's income: parent + subsidiary, intra-group sales ``elim`` removed from revenue and cost."""
    out = Income()
    for f in fields(Income):
        setattr(out, f.name, getattr(parent, f.name) + getattr(sub, f.name))
    out.revenue -= elim
    out.cost -= elim
    out.si_om -= elim  # the subsidiary's O&M sold to the parent, gone from the group's revenue
    out.minority = money(sub.net_profit * minority_share)
    return out


def make_balance(
    rng: random.Random, inc: Income, before: Balance, paid_in: Decimal, lt_invest: Decimal = ZERO
) -> Balance:
    r = inc.revenue
    bal = Balance(paid_in=paid_in, lt_invest=lt_invest)
    bal.surplus = before.surplus + money(max(inc.parent_share, ZERO) * Decimal("0.1"))
    dividend = money(max(inc.parent_share, ZERO) * Decimal(str(rng.choice([0, 0, 0.2, 0.3]))))
    bal.retained = before.retained + inc.parent_share - (bal.surplus - before.surplus) - dividend
    bal.cap_reserve = before.cap_reserve
    bal.minority_eq = before.minority_eq + inc.minority
    bal.st_loan = money(rng.choice([0, 0, 500000, 1000000, 2000000]))
    bal.payable = _r(rng, r, 0.1, 0.22)
    bal.contract_liab = _r(rng, r, 0.02, 0.08)
    bal.payroll = _r(rng, r, 0.01, 0.03)
    bal.taxes = _r(rng, r, 0.005, 0.02)
    bal.other_pay = _r(rng, r, 0.005, 0.03)
    total = bal.current_liab + bal.equity
    bal.fixed = _r(rng, r, 0.04, 0.1)
    bal.intangible = _r(rng, r, 0.02, 0.06)
    bal.deferred_tax = _r(rng, r, 0.001, 0.004)
    current = total - bal.noncurrent_assets
    if current <= 0:  # a thin balance sheet: borrow to fund the fixed assets
        bal.st_loan += -current + money(r * Decimal("0.2"))
        total = bal.current_liab + bal.equity
        current = total - bal.noncurrent_assets
    bal.receivable = _r(rng, current, 0.3, 0.42)
    bal.prepaid = _r(rng, current, 0.02, 0.06)
    bal.other_recv = _r(rng, current, 0.02, 0.05)
    bal.inventory = _r(rng, current, 0.05, 0.12)
    bal.contract_assets = _r(rng, current, 0.04, 0.1)
    bal.cash = current - bal.receivable - bal.prepaid - bal.other_recv - bal.inventory - bal.contract_assets
    assert bal.total_assets == bal.total_le
    return bal


def make_cash(rng: random.Random, inc: Income, before: Balance, after: Balance) -> Cash:
    r = inc.revenue
    c = Cash(begin=before.cash)
    c.sales = _r(rng, r, 0.95, 1.1)
    c.refund = _r(rng, r, 0.0, 0.006)
    c.other_in = _r(rng, r, 0.005, 0.02)
    c.purchases = _r(rng, r, 0.55, 0.7)
    c.staff = _r(rng, r, 0.1, 0.16)
    c.taxes = _r(rng, r, 0.02, 0.04)
    c.capex = _r(rng, r, 0.01, 0.04)
    loan_change = after.st_loan - before.st_loan
    c.borrow = max(loan_change, ZERO)
    c.repay = max(-loan_change, ZERO)
    c.dividends = ZERO
    need = after.cash - c.begin  # the plug keeps 期末现金 = the balance sheet's 货币资金
    c.other_out = ZERO
    gap = c.increase - need
    if gap >= 0:
        c.other_out = gap
    else:
        c.other_in += -gap
    assert c.end == after.cash
    return c


def opening_balance(
    rng: random.Random, revenue: Decimal, paid_in: Decimal, minority: bool = False
) -> Balance:
    """The balance sheet before the first modelled year: paid-in capital, some reserves, retained earnings."""
    bal = Balance(paid_in=paid_in)
    bal.surplus = _r(rng, revenue, 0.005, 0.02)
    bal.retained = _r(rng, revenue, 0.05, 0.2)
    bal.cap_reserve = money(rng.choice([0, 0, 100000, 300000]))
    bal.cash = _r(rng, revenue, 0.06, 0.14)
    if minority:
        bal.minority_eq = _r(rng, revenue, 0.01, 0.03)
    return bal


def grow(rng: random.Random, revenue: Decimal, lo: float = 0.08, hi: float = 0.3) -> Decimal:
    """Last year's revenue from this year's: smaller by ``lo``-``hi``, or larger now and then."""
    factor = 1 - rng.uniform(lo, hi) if rng.random() < 0.75 else 1 + rng.uniform(lo, hi)
    return money(revenue * Decimal(str(factor)))


def chain(
    rng: random.Random,
    revenues: dict[int, Decimal],
    paid_in: Decimal,
    *,
    total_template: bool = False,
    split_si: bool = True,
    lt_invest: Decimal = ZERO,
) -> Books:
    """A company's books over the given years (ascending)."""
    years = sorted(revenues)
    books = Books(opening=opening_balance(rng, revenues[years[0]], paid_in))
    for y in years:
        inc = make_income(rng, revenues[y], total_template=total_template, split_si=split_si)
        before = books.balance_before(y)
        bal = make_balance(rng, inc, before, paid_in, lt_invest)
        books.years[y] = Year(y, inc, bal, make_cash(rng, inc, before, bal))
    return books


def group(rng: random.Random, parent: Books, paid_in: Decimal, minority_share: Decimal) -> Books:
    """The consolidated books of ``parent`` with a subsidiary it holds (1 - minority_share) of."""
    years = sorted(parent.years)
    first_rev = parent.years[years[0]].income.revenue
    books = Books(opening=opening_balance(rng, first_rev, paid_in, minority=True))
    books.opening = replace(
        books.opening, surplus=parent.opening.surplus, cap_reserve=parent.opening.cap_reserve
    )
    for y in years:
        p = parent.years[y].income
        sub = make_income(rng, money(p.revenue * Decimal(str(rng.uniform(0.15, 0.35)))))
        sub.other_it += sub.rent
        sub.rent = sub.other_cost = ZERO
        elim = money(sub.si_om * Decimal(str(rng.uniform(0.5, 0.95))))
        sub.income_tax = money(max(sub.total_profit, ZERO) * Decimal("0.05"))
        inc = combine(p, sub, elim, minority_share)
        before = books.balance_before(y)
        bal = make_balance(rng, inc, before, paid_in)
        books.years[y] = Year(y, inc, bal, make_cash(rng, inc, before, bal))
    return books
