"""The facts of one filing: firm, projects (deals) with their fee splits, invoices, books and the declared row."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .numerals import HUNDRED, WAN, q2, to_unit
from .people import CLIENT_KINDS, COUNTIES, Firm, client, credit_code

FEE_NAMES: dict[str, tuple[str, ...]] = {
    "software_development": ("软件开发费", "应用软件开发费", "定制开发费"),
    "consulting_design": ("咨询设计费", "方案设计费", "深化设计费"),
    "integration_implementation": ("系统集成实施费", "集成实施费", "安装调试及集成费"),
    "operation_maintenance": ("运行维护费", "运维服务费", "一年期运维费"),
    "data_processing": ("数据处理费", "数据治理及迁移费", "数据采集处理费"),
    "operation_service": ("运营服务费", "平台运营服务费", "托管运营费"),
    "self_made_hardware": ("自制硬件费", "自研终端设备费", "自产设备费"),
    "hardware_purchase": ("硬件设备购置费", "硬件设备费", "设备采购费"),
    "software_purchase": ("软件购置费", "商用软件购置费", "正版软件费"),
    "other": ("其他费用", "培训费", "其他（培训及资料费）"),
}
"""A fee key → the names contracts print in their breakdown tables."""

SERVICE_KEYS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
)


@dataclass
class Invoice:
    number: str
    issued_on: dt.date
    total: Decimal
    lines: list[tuple[str, Decimal, Decimal, Decimal]]
    """(item, 金额 net, 税率, 税额)"""
    note: str
    special: bool


@dataclass
class Deal:
    id: str
    name: str
    client: str
    client_code: str
    sector: str
    location: str
    signed_on: dt.date
    accepted_on: dt.date
    contract_number: str
    fees: dict[str, Decimal]
    """The contract's own breakdown, in yuan (all ten keys)."""
    tax_rate: Decimal
    fee_labels: dict[str, str] = field(default_factory=dict)
    invoices: list[Invoice] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))

    @property
    def net(self) -> Decimal:
        """不含税价 of the whole contract at its single tax rate."""
        return q2(self.total / (1 + self.tax_rate))


def _date(rng: random.Random, start: dt.date, span: int) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, span))


def fee_split(rng: random.Random, total_units: int, keys: list[str], unit: Decimal) -> dict[str, Decimal]:
    """Split ``total_units`` × ``unit`` yuan over ``keys`` (first key the largest share)."""
    fees = dict.fromkeys(FEE_NAMES, Decimal(0))
    if "other" in keys:
        # 培训及资料费: a small line, 0.5–1.5万元 (printed 0.8万元 where the contract is in 万元)
        fees["other"] = Decimal(rng.choice((5000, 8000, 12000, 15000)))
        total_units -= int(fees["other"] / unit)
        keys = [k for k in keys if k != "other"]
    weights = [rng.uniform(0.5, 1.5) for _ in keys]
    weights[0] += 1.0
    raw = [int(total_units * w / sum(weights)) for w in weights]
    raw[0] += total_units - sum(raw)
    for k, units in zip(keys, raw, strict=True):
        fees[k] = Decimal(units) * unit
    return fees


def make_deal(
    rng: random.Random,
    pid: str,
    county: str,
    kind: str,
    *,
    size_wan: tuple[int, int],
    keys: list[str],
    unit: Decimal,
    tax_rate: Decimal,
    cents: bool = False,
    serial: int = 1,
) -> Deal:
    """One contract: its client in ``county``, a price of ``size_wan`` 万元, fees in multiples of ``unit``."""
    field_name, topics = CLIENT_KINDS[kind]
    who = client(rng, county, kind)
    total_units = int(Decimal(rng.randint(size_wan[0] * 100, size_wan[1] * 100)) * HUNDRED / unit)
    fees = fee_split(rng, total_units, keys, unit)
    if cents:
        k = keys[-1]
        fees[k] += Decimal(rng.randint(1, 99)) / 100 + rng.randint(1, 80)
    signed = _date(rng, dt.date(2025, 2, 10), 110)
    accepted = signed + dt.timedelta(days=rng.randint(75, 170))
    labels = {k: rng.choice(FEE_NAMES[k]) for k in FEE_NAMES}
    county_code = {
        "墨玉县": "MY",
        "皮山县": "PS",
        "洛浦县": "LP",
        "策勒县": "CL",
        "于田县": "YT",
        "民丰县": "MF",
    }[county]
    number = rng.choice(
        (
            f"{county_code}CG-2025-{rng.randint(10, 299):03d}",
            f"{county[:2]}政采〔2025〕{rng.randint(12, 188)}号",
            f"HT{signed:%Y%m%d}{serial:02d}",
        )
    )
    return Deal(
        id=pid,
        name=f"{who}{rng.choice(topics)}项目",
        client=who,
        client_code=credit_code(rng, COUNTIES[county], prefix="11"),
        sector=field_name,
        location=f"新疆维吾尔自治区和田地区{county}",
        signed_on=signed,
        accepted_on=accepted,
        contract_number=number,
        fees=fees,
        tax_rate=tax_rate,
        fee_labels=labels,
    )


def add_invoices(rng: random.Random, deal: Deal, seller: Firm, shares: list[Decimal]) -> None:
    """数电票 for shares of the contract price, dated between signing and a little after acceptance."""
    hw = deal.fees["hardware_purchase"] + deal.fees["self_made_hardware"] + deal.fees["software_purchase"]
    for i, share in enumerate(shares):
        total = q2(deal.total * share)
        when = deal.signed_on + dt.timedelta(days=10 + i * 45 + rng.randint(0, 20))
        when = min(when, deal.accepted_on + dt.timedelta(days=20))
        lines: list[tuple[str, Decimal, Decimal, Decimal]] = []
        if hw and deal.total:
            part_hw = q2(total * hw / deal.total)
            parts = [
                ("*计算机外部设备*网络及服务器设备", part_hw, Decimal("0.13")),
                ("*信息技术服务*系统集成服务", total - part_hw, Decimal("0.06")),
            ]
        else:
            parts = [("*信息技术服务*软件开发及实施服务", total, deal.tax_rate)]
        for item, gross, rate in parts:
            if gross <= 0:
                continue
            net = q2(gross / (1 + rate))
            lines.append((item, net, rate, gross - net))
        stage = ("预付款", "进度款", "验收款", "尾款")[min(i, 3)]
        deal.invoices.append(
            Invoice(
                number=f"25652{rng.randint(10**14, 10**15 - 1)}",
                issued_on=when,
                total=total,
                lines=lines,
                note=f"合同编号：{deal.contract_number}；{stage}（合同总价的{int(share * 100)}%）",
                special=rng.random() < 0.4,
            )
        )


@dataclass
class Books:
    """One year's income statement (yuan) and the revenue split the notes print."""

    revenue: Decimal
    cost: Decimal
    taxes: Decimal
    selling: Decimal
    admin: Decimal
    rnd: Decimal
    finance: Decimal
    other_income: Decimal
    non_op_in: Decimal
    non_op_out: Decimal
    income_tax: Decimal
    si_revenue: Decimal
    other_it: Decimal

    @property
    def operating_profit(self) -> Decimal:
        return (
            self.revenue
            - self.cost
            - self.taxes
            - self.selling
            - self.admin
            - self.rnd
            - self.finance
            + self.other_income
        )

    @property
    def total_profit(self) -> Decimal:
        return self.operating_profit + self.non_op_in - self.non_op_out

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax

    @property
    def non_it(self) -> Decimal:
        return self.revenue - self.si_revenue - self.other_it


def books(rng: random.Random, projects_total: Decimal, unit: Decimal) -> Books:
    """A profitable year whose 系统集成收入 covers the declared projects; every line a multiple of ``unit``."""

    def m(value: float) -> Decimal:
        return to_unit(Decimal(str(round(value, 2))), unit)

    si = m(float(projects_total) * rng.uniform(1.15, 1.6))
    other_it = m(float(si) * rng.uniform(0.05, 0.2))
    revenue = si + other_it + m(float(si) * rng.uniform(0.0, 0.06))
    r = float(revenue)
    return Books(
        revenue=revenue,
        cost=m(r * rng.uniform(0.62, 0.72)),
        taxes=m(r * 0.006),
        selling=m(r * rng.uniform(0.02, 0.04)),
        admin=m(r * rng.uniform(0.06, 0.09)),
        rnd=m(r * rng.uniform(0.02, 0.05)),
        finance=m(r * 0.002),
        other_income=m(r * rng.uniform(0.0, 0.01)),
        non_op_in=m(r * 0.001),
        non_op_out=m(r * 0.0005),
        income_tax=m(r * rng.uniform(0.005, 0.012)),
        si_revenue=si,
        other_it=other_it,
    )


def wan_exact(value: Decimal) -> bool:
    """Whether ``value`` yuan prints exactly as 万元 with two decimals."""
    return value % HUNDRED == 0


__all__ = ["WAN", "Books", "Deal", "Invoice", "add_invoices", "books", "fee_split", "make_deal", "wan_exact"]
