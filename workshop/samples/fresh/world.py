"""The people, companies and projects one fresh submission is about."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal

from . import cn

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


@dataclass
class Company:
    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    phone: str
    bank: str
    account: str
    company_type: str = "有限责任公司（自然人投资或控股）"
    valid_until: dt.date | str = "长期"
    scope: str = ""


@dataclass
class Client:
    name: str
    address: str
    contact: str
    phone: str


@dataclass
class Job:
    """One declared project and what its papers say."""

    id: str
    name: str
    client: Client
    amount: Decimal
    """What the papers show (the contract's total)."""
    fees: dict[str, Decimal]
    """The declared fee split (sums to the declared amount)."""
    signed_on: dt.date
    accepted_on: dt.date
    field: str
    location: str
    contract_number: str
    contract_kind: str
    acceptance_kind: str = "final"
    declared_amount: Decimal | None = None
    declared_fees: dict[str, Decimal] | None = None
    declared_signed_on: dt.date | None = None
    declared_accepted_on: dt.date | None = None
    party_b: str | None = None
    """Party B as the papers print it, where it is not the declaring company (a planted cause)."""
    words: str | None = None
    """The capital-numeral text printed, where it is not the amount's own (a planted cause)."""
    itemised: dict[str, Decimal] = dc_field(default_factory=dict)
    """Fees the contract itemises by the form's categories."""
    supervisor: str | None = None
    passed: bool = True
    sealed: bool = True
    start_on: dt.date | None = None

    def declared(self) -> dict[str, object]:
        fees = self.declared_fees or self.fees
        services = sum((fees.get(k, Decimal(0)) for k in list(FEE_LABELS)[:6]), Decimal(0))
        total = sum(fees.values(), Decimal(0))
        return {
            "id": self.id,
            "name": self.name,
            "client": self.client.name,
            "signed_on": (self.declared_signed_on or self.signed_on).isoformat(),
            "accepted_on": (self.declared_accepted_on or self.accepted_on).isoformat(),
            "field": self.field,
            "location": self.location,
            "fees": {k: f"{fees.get(k, Decimal(0)):.2f}" for k in FEE_LABELS},
            "services_total": f"{services:.2f}",
            "contract_amount": f"{total:.2f}",
        }


BANKS = (
    "中国工商银行乌鲁木齐友好路支行",
    "中国建设银行克拉玛依分行营业部",
    "中国农业银行昌吉回族自治州分行",
    "新疆银行乌鲁木齐高新区支行",
    "乌鲁木齐银行新华北路支行",
    "中国银行阿克苏分行",
)
STREETS = ("北京南路", "河北东路", "友好北路", "新医路", "天山路", "准噶尔路", "长江路", "人民路")


def bank_account(rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(rng.choice((17, 19, 20))))


def phone(rng: random.Random) -> str:
    return (
        f"0991-{rng.randint(2000000, 8999999)}"
        if rng.random() < 0.6
        else f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}"
    )


def company(rng: random.Random, name: str, city: str) -> Company:
    region = cn.REGIONS.get(city, "650100")
    est = dt.date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    capital = Decimal(rng.choice((500, 800, 1000, 1200, 2000, 3000, 5008))) * 10000
    return Company(
        name=name,
        credit_code=cn.credit_code(rng, region),
        legal_rep=cn.person(rng),
        capital=capital,
        established=est,
        address=f"新疆维吾尔自治区{city}{rng.choice(STREETS)}{rng.randint(8, 480)}号{rng.randint(2, 22)}层{rng.randint(1, 30):02d}室",
        phone=phone(rng),
        bank=rng.choice(BANKS),
        account=bank_account(rng),
        scope=(
            "计算机信息系统集成服务；软件开发；信息技术咨询服务；数据处理和存储支持服务；"
            "网络与信息安全软件开发；安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售；"
            "通讯设备销售；物联网技术服务。（除许可业务外，可自主依法经营法律法规非禁止或限制的项目）"
        ),
    )


def client(rng: random.Random, name: str, city: str) -> Client:
    return Client(
        name=name,
        address=f"新疆维吾尔自治区{city}{rng.choice(STREETS)}{rng.randint(1, 300)}号",
        contact=cn.person(rng),
        phone=phone(rng),
    )


def split(total: Decimal, shares: dict[str, float], unit: int = 100) -> dict[str, Decimal]:
    """Split ``total`` over fee keys by share, rounded to ``unit`` yuan, the last key taking the rest."""
    keys = list(shares)
    out: dict[str, Decimal] = {}
    weight = sum(shares.values())
    for k in keys[:-1]:
        out[k] = (total * Decimal(shares[k] / weight) / unit).quantize(Decimal(1)) * unit
    out[keys[-1]] = total - sum(out.values(), Decimal(0))
    return out
