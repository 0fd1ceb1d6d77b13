"""Plain data of one filing's money: bills of quantities, price lists, invoices, payments, settlements.

Every amount is a ``Decimal`` in yuan to the fen; totals are computed here once and the papers only print them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from jianzheng.models import FEE_KEYS

from .catalogue import BILL_SECTIONS, GOODS, SECTION_NUMERALS, SERVICES
from .places import Party
from .spelling import cents

ZERO = Decimal(0)


@dataclass
class BillLine:
    """One row of a 分部分项工程量清单与计价表: 工程量 × 综合单价 = 合价."""

    code: str
    name: str
    spec: str
    unit: str
    qty: Decimal
    price: Decimal
    fee: str

    @property
    def amount(self) -> Decimal:
        return cents(self.qty * self.price)


@dataclass
class BillSection:
    title: str
    lines: list[BillLine]

    @property
    def subtotal(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)


@dataclass
class Bill:
    """A priced bill of quantities and its 单位工程投标报价汇总表 (GB 50500 order of items)."""

    sections: list[BillSection]
    safety_rate: Decimal
    """安全文明施工费 as a share of the 分部分项工程费."""
    provisional: Decimal
    """暂列金额."""
    levy_rate: Decimal
    """规费 as a share of the 分部分项工程费."""
    tax_rate: Decimal = Decimal("0.09")

    @property
    def items(self) -> Decimal:
        return sum((s.subtotal for s in self.sections), ZERO)

    @property
    def safety(self) -> Decimal:
        return cents(self.items * self.safety_rate)

    @property
    def levy(self) -> Decimal:
        return cents(self.items * self.levy_rate)

    @property
    def before_tax(self) -> Decimal:
        return self.items + self.safety + self.provisional + self.levy

    @property
    def tax(self) -> Decimal:
        return cents(self.before_tax * self.tax_rate)

    @property
    def total(self) -> Decimal:
        return self.before_tax + self.tax

    def lines(self) -> list[BillLine]:
        return [line for section in self.sections for line in section.lines]


def _price(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def draw_bill(rng: random.Random, section_names: list[str], whole_yuan: bool = False, scale: int = 1) -> Bill:
    """A bill over the named 分部: 3–5 lines each, serials per 项目编码 stem, rates as a 2024 tender prints them.

    ``whole_yuan``: redraw the last line's 综合单价 until the total is whole yuan (a tender 取整至元), so that a
    declaration in 万元 with four decimals states it exactly. ``scale`` multiplies counted quantities (a
    county-wide project has three times the cameras of a school's).
    """
    serials: dict[str, int] = {}
    sections = []
    for index, name in enumerate(section_names):
        pool = BILL_SECTIONS[name]
        count = min(len(pool), rng.randint(3, 5))
        chosen = sorted(rng.sample(range(len(pool)), count))
        lines = []
        for pick in chosen:
            stem, item, spec, unit, (q_lo, q_hi), (p_lo, p_hi), fee = pool[pick]
            serials[stem] = serials.get(stem, 0) + 1
            qty = Decimal(rng.randint(q_lo, q_hi) * (scale if q_hi > 1 else 1))
            lines.append(
                BillLine(f"{stem}{serials[stem]:03d}", item, spec, unit, qty, _price(rng, p_lo, p_hi), fee)
            )
        sections.append(BillSection(f"{SECTION_NUMERALS[index]}、{name}", lines))
    provisional = Decimal(rng.choice((20000, 30000, 50000, 60000, 80000, 100000)))
    bill = Bill(
        sections,
        Decimal(rng.choice(("0.015", "0.02", "0.025"))),
        provisional,
        Decimal(rng.choice(("0.008", "0.01", "0.012"))),
    )
    last = bill.sections[-1].lines[-1]
    p_lo, p_hi = int(last.price * Decimal("0.97")), int(last.price * Decimal("1.03")) + 1
    while whole_yuan and bill.total != bill.total.to_integral_value():
        last.price = _price(rng, p_lo, p_hi)
    return bill


def settle_bill(rng: random.Random, bill: Bill, increase: bool) -> Bill:
    """The 审定 bill: quantities as built (a few lines 2–9 % fewer), the unused 暂列金额 dropped; with ``increase``
    a 设计变更 adds cameras and cable so that the settlement is 3–7 % above the contract."""
    sections = []
    for section in bill.sections:
        lines = []
        for line in section.lines:
            qty = line.qty
            if line.qty > 10 and rng.random() < 0.45:
                qty = (line.qty * Decimal(1 - rng.uniform(0.02, 0.09))).to_integral_value()
            lines.append(BillLine(line.code, line.name, line.spec, line.unit, qty, line.price, line.fee))
        sections.append(BillSection(section.title, lines))
    used = (bill.provisional * Decimal(rng.choice(("0", "0.2", "0.35", "0.5")))).quantize(Decimal(1))
    settled = Bill(sections, bill.safety_rate, used, bill.levy_rate, bill.tax_rate)
    if increase:
        target = bill.total * Decimal(1 + rng.uniform(0.035, 0.065))
        extra = BillLine(
            "030507004099",
            "网络枪型摄像机（变更新增）",
            "设计变更单新增点位",
            "台",
            ZERO,
            _price(rng, 900, 1500),
            "hardware_purchase",
        )
        settled.sections[-1].lines.append(extra)
        while settled.total < target:
            extra.qty += 1
    return settled


@dataclass
class PriceLine:
    """A row of a total-price contract's 分项报价表: goods (数量 × 含税单价) or a service lump."""

    name: str
    spec: str
    unit: str
    qty: Decimal
    price: Decimal
    fee: str
    invoice_item: str
    tax_rate: Decimal

    @property
    def amount(self) -> Decimal:
        return cents(self.qty * self.price)


def draw_price_list(rng: random.Random) -> list[PriceLine]:
    lines = []
    for name, spec, unit, (q_lo, q_hi), (p_lo, p_hi), fee, item in rng.sample(GOODS, rng.randint(3, 4)):
        price = Decimal(rng.randint(p_lo // 10, p_hi // 10) * 10)
        lines.append(
            PriceLine(
                name, spec, unit, Decimal(rng.randint(q_lo, q_hi)), price, fee, item + name, Decimal("0.13")
            )
        )
    for name, note, (a_lo, a_hi), fee, item in rng.sample(SERVICES, rng.randint(2, 3)):
        amount = Decimal(rng.randint(a_lo // 100, a_hi // 100) * 100)
        lines.append(PriceLine(name, note, "项", Decimal(1), amount, fee, item, Decimal("0.06")))
    return lines


def fees_of_price_list(lines: list[PriceLine]) -> dict[str, Decimal]:
    fees = dict.fromkeys(FEE_KEYS, ZERO)
    for line in lines:
        fees[line.fee] += line.amount
    return fees


def prorate(
    parts: dict[str, Decimal], total: Decimal, quantum: Decimal = Decimal("0.01")
) -> dict[str, Decimal]:
    """Spread ``total`` over fee keys in proportion to ``parts`` (the way a firm declares a bill's 含税 total),
    each share rounded to ``quantum`` (whole yuan for a form typed in 万元 with four decimals)."""
    base = sum(parts.values(), ZERO)
    fees = {key: (value * total / base).quantize(quantum) if base else ZERO for key, value in parts.items()}
    biggest = max(fees, key=lambda k: fees[k])
    fees[biggest] += total - sum(fees.values(), ZERO)
    return {key: fees.get(key, ZERO) for key in FEE_KEYS}


def fees_of_bill(bill: Bill, total: Decimal, quantum: Decimal = Decimal("0.01")) -> dict[str, Decimal]:
    parts = dict.fromkeys(FEE_KEYS, ZERO)
    for line in bill.lines():
        parts[line.fee] += line.amount
    parts["integration_implementation"] += bill.safety + bill.levy
    parts["other"] += bill.provisional
    return {key: cents(value) for key, value in prorate(parts, total, quantum).items()}


@dataclass
class InvoiceLine:
    item: str
    spec: str
    unit: str
    qty: Decimal | None
    gross: Decimal
    """含税金额 of the line (what the contract prices)."""
    tax_rate: Decimal

    @property
    def net(self) -> Decimal:
        return cents(self.gross / (1 + self.tax_rate))

    @property
    def tax(self) -> Decimal:
        return self.gross - self.net

    @property
    def unit_price(self) -> Decimal | None:
        return None if not self.qty else self.net / self.qty


@dataclass
class Invoice:
    """One invoice as issued: ``style`` is ``e_special`` / ``e_normal`` (数电), ``paper_special`` / ``paper_normal``."""

    number: str
    issued_on: dt.date
    style: str
    lines: list[InvoiceLine]
    note: str
    purpose: str
    """What it bills (预付款, 进度款, 结算款, 货物, 服务) — for the file's reader, not printed as such."""
    code: str = ""
    """发票代码 of a paper invoice."""
    red_of: Invoice | None = None
    red_confirmation: str = ""
    voided: bool = False
    """A blue invoice that a red one offsets."""

    @property
    def net(self) -> Decimal:
        return sum((line.net for line in self.lines), ZERO)

    @property
    def tax(self) -> Decimal:
        return sum((line.tax for line in self.lines), ZERO)

    @property
    def total(self) -> Decimal:
        return sum((line.gross for line in self.lines), ZERO)

    @property
    def digital(self) -> bool:
        return self.style.startswith("e_")

    def qr_payload(self) -> str:
        kind = "31" if self.style == "e_special" else "32"
        return f"01,{kind},,{self.number},{self.total:.2f},{self.issued_on:%Y%m%d},,{self.number[-4:]}"


@dataclass
class Receipt:
    """A bank's 电子回单 of one payment from the client to the firm."""

    serial: str
    receipt_no: str
    paid_on: dt.datetime
    amount: Decimal
    purpose: str
    bank: str
    payer_name: str
    payer_account: str
    payer_branch: str
    payee_name: str
    payee_account: str
    payee_branch: str


@dataclass
class PaymentRequest:
    """工程款支付申请（核准）表 for one progress payment."""

    number: str
    dated: dt.date
    contract_total: Decimal
    done_value: Decimal
    """累计完成合同价款."""
    ratio: Decimal
    cap: Decimal
    paid_before: Decimal
    asked: Decimal


@dataclass
class Settlement:
    """工程结算审定单."""

    number: str
    dated: dt.date
    submitted: Decimal
    """送审金额."""
    approved: Decimal
    """审定金额."""
    cost_firm: str
    change_note: str


@dataclass
class Project:
    """One declared project and every fact its papers print."""

    pid: str
    name: str
    kind: str
    """``bill`` (工程量清单 contract) or ``lump`` (合同总价 with 构成 table)."""
    client: str
    client_party: Party
    firm_party: Party
    sector: str
    location: str
    contract_no: str
    tender_no: str
    signed_on: dt.date
    started_on: dt.date
    finished_on: dt.date
    accepted_on: dt.date
    award_on: dt.date | None
    total: Decimal
    bill: Bill | None = None
    settled: Bill | None = None
    prices: list[PriceLine] = field(default_factory=list)
    printed_fees: dict[str, Decimal] | None = None
    """The 合同价款构成 table (lump contracts)."""
    declared_fees: dict[str, Decimal] = field(default_factory=dict)
    declared_amount: Decimal = ZERO
    declared_client: str = ""
    declared_accepted_on: dt.date | None = None
    invoices: list[Invoice] = field(default_factory=list)
    receipts: list[Receipt] = field(default_factory=list)
    request: PaymentRequest | None = None
    settlement: Settlement | None = None
    acceptance_passed: bool = True
    supervisor: str = ""
    agent: str = ""
    people: dict[str, str] = field(default_factory=dict)
    words_override: str = ""
    """Capital numerals printed instead of the total's own (the words-mismatch plant)."""

    @property
    def invoiced(self) -> Decimal:
        return sum((inv.total for inv in self.invoices), ZERO)
