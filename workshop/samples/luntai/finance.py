"""The audited figures of a small integrator: an income statement that adds up and a balance sheet that balances."""

from __future__ import annotations

import random
from decimal import Decimal

from .model import Finance
from .spelling import money

Z = Decimal(0)


def _part(rng: random.Random, base: Decimal, lo: float, hi: float) -> Decimal:
    return money(base * Decimal(str(rng.uniform(lo, hi))))


def _income(rng: random.Random, revenue: Decimal) -> list[tuple[str, Decimal]]:
    cost = _part(rng, revenue, 0.66, 0.76)
    taxes = _part(rng, revenue, 0.003, 0.006)
    selling = _part(rng, revenue, 0.01, 0.03)
    admin = _part(rng, revenue, 0.05, 0.08)
    research = _part(rng, revenue, 0.02, 0.04)
    financial = _part(rng, revenue, 0.001, 0.004)
    other_gain = _part(rng, revenue, 0.0, 0.004)
    operating = revenue - cost - taxes - selling - admin - research - financial + other_gain
    extra_in = _part(rng, revenue, 0.0, 0.002)
    extra_out = _part(rng, revenue, 0.0, 0.001)
    before_tax = operating + extra_in - extra_out
    tax = money(before_tax * Decimal("0.05"))  # 小型微利企业: 25 % of income at 20 %
    net = before_tax - tax
    return [
        ("一、营业收入", revenue),
        ("减：营业成本", cost),
        ("税金及附加", taxes),
        ("销售费用", selling),
        ("管理费用", admin),
        ("研发费用", research),
        ("财务费用", financial),
        ("加：其他收益", other_gain),
        ("二、营业利润（亏损以“－”号填列）", operating),
        ("加：营业外收入", extra_in),
        ("减：营业外支出", extra_out),
        ("三、利润总额（亏损总额以“－”号填列）", before_tax),
        ("减：所得税费用", tax),
        ("四、净利润（净亏损以“－”号填列）", net),
    ]


def _balance(rng: random.Random, revenue: Decimal, paid_in: Decimal, retained: Decimal) -> dict[str, Decimal]:
    """One balance-sheet column; cash is what makes it balance."""
    v = {
        "应收账款": _part(rng, revenue, 0.12, 0.3),
        "预付款项": _part(rng, revenue, 0.01, 0.05),
        "其他应收款": _part(rng, revenue, 0.005, 0.03),
        "存货": _part(rng, revenue, 0.03, 0.1),
        "固定资产": _part(rng, revenue, 0.02, 0.08),
        "无形资产": _part(rng, revenue, 0.0, 0.03),
        "短期借款": money(Decimal(rng.choice((0, 0, 500000, 1000000)))),
        "应付账款": _part(rng, revenue, 0.1, 0.22),
        "合同负债": _part(rng, revenue, 0.01, 0.05),
        "应付职工薪酬": _part(rng, revenue, 0.01, 0.025),
        "应交税费": _part(rng, revenue, 0.004, 0.015),
        "其他应付款": _part(rng, revenue, 0.005, 0.03),
        "实收资本": paid_in,
        "盈余公积": money(retained * Decimal("0.1")),
        "未分配利润": retained,
    }
    liabilities = sum(
        (v[k] for k in ("短期借款", "应付账款", "合同负债", "应付职工薪酬", "应交税费", "其他应付款")), Z
    )
    equity = v["实收资本"] + v["盈余公积"] + v["未分配利润"]
    others = sum((v[k] for k in ("应收账款", "预付款项", "其他应收款", "存货", "固定资产", "无形资产")), Z)
    cash = liabilities + equity - others
    if cash < money(revenue * Decimal("0.04")):
        bump = money(revenue * Decimal("0.06")) - cash
        v["短期借款"] += bump
        liabilities += bump
        cash += bump
    v["货币资金"] = cash
    v["流动资产合计"] = cash + sum(v[k] for k in ("应收账款", "预付款项", "其他应收款", "存货"))
    v["非流动资产合计"] = v["固定资产"] + v["无形资产"]
    v["资产总计"] = v["流动资产合计"] + v["非流动资产合计"]
    v["流动负债合计"] = liabilities
    v["负债合计"] = liabilities
    v["所有者权益合计"] = equity
    v["负债和所有者权益总计"] = liabilities + equity
    if v["资产总计"] != v["负债和所有者权益总计"]:  # pragma: no cover - arithmetic above guarantees it
        raise ArithmeticError("balance sheet does not balance")
    return v


ASSET_ROWS = (
    "流动资产：",
    "货币资金",
    "应收账款",
    "预付款项",
    "其他应收款",
    "存货",
    "流动资产合计",
    "非流动资产：",
    "固定资产",
    "无形资产",
    "非流动资产合计",
    "",
    "",
    "资产总计",
)
LIABILITY_ROWS = (
    "流动负债：",
    "短期借款",
    "应付账款",
    "合同负债",
    "应付职工薪酬",
    "应交税费",
    "其他应付款",
    "流动负债合计",
    "负债合计",
    "所有者权益：",
    "实收资本",
    "盈余公积",
    "未分配利润",
    "所有者权益合计",
    "负债和所有者权益总计",
)


def audited_year(rng: random.Random, revenue: Decimal, si_share: float, paid_in: Decimal) -> Finance:
    """The audited 2024 figures (with 2023 beside them)."""
    last_revenue = _part(rng, revenue, 0.75, 1.1)
    this = _income(rng, revenue)
    last = _income(rng, last_revenue)
    net = this[-1][1]
    retained_start = _part(rng, revenue, 0.05, 0.2)
    retained_end = retained_start + money(net * Decimal("0.9"))
    end = _balance(rng, revenue, paid_in, retained_end)
    start = _balance(rng, last_revenue, paid_in, retained_start)
    rows = []
    lefts = list(ASSET_ROWS) + [""] * (len(LIABILITY_ROWS) - len(ASSET_ROWS))
    for left, right in zip(lefts, LIABILITY_ROWS, strict=True):
        rows.append((left, end.get(left), start.get(left), right, end.get(right), start.get(right)))
    si = money(revenue * Decimal(str(si_share)))
    software = money((revenue - si) * Decimal(str(rng.uniform(0.3, 0.6))))
    service = revenue - si - software
    last_si = money(last_revenue * Decimal(str(si_share + rng.uniform(-0.05, 0.05))))
    last_sw = money((last_revenue - last_si) * Decimal("0.5"))
    cost_this, cost_last = this[1][1], last[1][1]
    lines = []
    for label, r, lr in (
        ("系统集成收入", si, last_si),
        ("软件开发收入", software, last_sw),
        ("技术服务收入", service, last_revenue - last_si - last_sw),
    ):
        lines.append((label, r, money(cost_this * r / revenue), lr, money(cost_last * lr / last_revenue)))
    # the rounding rest goes to the last line's cost so that the lines add up to the statement
    label, r, _c, lr, _lc = lines[-1]
    lines[-1] = (
        label,
        r,
        cost_this - sum(x[2] for x in lines[:-1]),
        lr,
        cost_last - sum(x[4] for x in lines[:-1]),
    )
    return Finance(
        revenue=revenue,
        si_revenue=si,
        net_profit=net,
        income=[(a, b, d) for (a, b), (_, d) in zip(this, last, strict=True)],
        balance=rows,
        revenue_lines=lines,
    )
