"""Plain data of one filing: the firm's projects, invoices and finance figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from .world import Client

FEE_ROWS: tuple[tuple[str, str], ...] = (
    ("设备及材料购置费", "hardware_purchase"),
    ("软件购置费（平台软件及授权）", "software_purchase"),
    ("深化设计费", "consulting_design"),
    ("安装调试及系统集成费", "integration_implementation"),
    ("其他费用（安全文明施工费、专业工程暂估价、暂列金额）", "other"),
)
"""The 报价汇总表 rows and the declaration fee each one is declared under."""


@dataclass
class Invoice:
    code: str
    """The 10-digit 发票代码 of a paper 专票."""
    number: str
    """The 8-digit 发票号码."""
    issued_on: dt.date
    net: Decimal
    """金额 (不含税)."""
    tax: Decimal
    """税额 at 9 %."""
    stage: str
    """预付款 / 进度款 (in the goods line)."""

    @property
    def total(self) -> Decimal:
        return self.net + self.tax


@dataclass
class Project:
    pid: str
    client: Client
    name: str
    contract_number: str
    signed_on: dt.date
    start_on: dt.date
    finish_on: dt.date
    accepted_on: dt.date
    amount: Decimal
    """签约合同价 as printed (the visible one where a block is pasted)."""
    safety: Decimal
    specialist: Decimal
    provisional: Decimal
    fees: dict[str, Decimal]
    """The 报价汇总表 split (keys of FEE_ROWS), summing to amount."""
    itemised: bool
    """Whether the 报价汇总表 appendix is attached."""
    supervisor: str
    designer: str
    tester: str
    manager: str
    """项目经理."""
    client_rep: str
    client_code: str
    """The client's unified social credit code (11… / 12…)."""
    party_b: str
    """承包人 as printed on the contract and acceptance (the firm, or its sister in the party plant)."""
    settlement: Decimal | None = None
    """审定金额 of the 竣工结算审核报告 (None: no report)."""
    settlement_firm: str = ""
    settlement_no: str = ""
    settlement_on: dt.date | None = None
    invoices: list[Invoice] = field(default_factory=list)
    declared_amount: Decimal = Decimal(0)
    declared_fees: dict[str, Decimal] = field(default_factory=dict)
    """All ten declaration keys."""
    payment_amounts: bool = True
    """专用条款 prints 预付款 / 质保金 amounts (not only percentages)."""
    full: bool = True
    """P1-style (通用条款 page, two-page acceptance) or the short P2 set."""
    original_amount: Decimal | None = None
    """Under a pasted block: the amount the page printed before the paste."""
