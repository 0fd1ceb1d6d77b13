"""Plain data of one filing: the firm, its projects and each project's acceptance stages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from .world import YEAR

SERVICE_KEYS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
)
FEE_KEYS = (*SERVICE_KEYS, "self_made_hardware", "hardware_purchase", "software_purchase", "other")
FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件产品购置费",
    "other": "其他费用",
}


@dataclass
class Stages:
    """The dates of a project's life, signing to final acceptance, all in order."""

    signed: dt.date
    arrival: dt.date
    preliminary: dt.date
    trial_from: dt.date
    trial_to: dt.date
    final: dt.date
    recheck: dt.date | None = None
    """整改后复验 date where the first final round was only 基本合格."""


def make_stages(rng: random.Random, recheck: bool = False, signed_in_2024: bool = False) -> Stages:
    if signed_in_2024:
        signed = dt.date(YEAR - 1, rng.randint(10, 12), rng.randint(1, 26))
    else:
        signed = dt.date(YEAR, rng.randint(1, 4), rng.randint(3, 27))
    arrival = signed + dt.timedelta(days=rng.randint(15, 35))
    preliminary = arrival + dt.timedelta(days=rng.randint(25, 45))
    trial_from = preliminary + dt.timedelta(days=1)
    trial_to = trial_from + dt.timedelta(days=rng.randint(60, 90))
    final = trial_to + dt.timedelta(days=rng.randint(5, 15))
    st = Stages(signed, arrival, preliminary, trial_from, trial_to, final)
    if recheck:
        st.recheck = final + dt.timedelta(days=rng.randint(15, 30))
    # Everything within the inspection year and after signing (nothing planted relies on a date outside).
    last = st.recheck or st.final
    assert last <= dt.date(YEAR, 11, 30), last
    return st


@dataclass
class Project:
    pid: str
    name: str
    client: str
    field: str
    location: str
    contract_no: str
    kind: str
    """gov (政府采购合同), tech (技术开发合同), construction (GF-2017-0201)."""
    fees: dict[str, Decimal]
    stages: Stages
    supervisor: str | None = None
    lab: tuple[str, str, str] | None = None
    goods: list[tuple[str, str, int]] = dataclasses.field(default_factory=list)
    """到货验收单 rows: (品名, 规格型号, 数量)."""
    declared_accepted: dt.date | None = None
    """The acceptance date the row declares (the final acceptance unless a plant says otherwise)."""

    @property
    def amount(self) -> Decimal:
        return sum((self.fees[k] for k in FEE_KEYS), Decimal(0))

    @property
    def services(self) -> Decimal:
        return sum((self.fees[k] for k in SERVICE_KEYS), Decimal(0))

    def final_date(self) -> dt.date:
        return self.stages.recheck or self.stages.final


def split_fees(rng: random.Random, total_wan: int, shares: dict[str, float]) -> dict[str, Decimal]:
    """Split a total (in 万元) into the keys of ``shares``; yuan amounts ending in hundreds, summing exactly."""
    total = Decimal(total_wan * 10000 + rng.randint(0, 99) * 100)
    keys = list(shares)
    weights = [shares[k] * rng.uniform(0.85, 1.15) for k in keys]
    s = sum(weights)
    fees = {k: Decimal(0) for k in FEE_KEYS}
    acc = Decimal(0)
    for k, w in zip(keys[:-1], weights[:-1], strict=True):
        v = (total * Decimal(w / s) / 100).quantize(Decimal(1)) * 100
        fees[k] = v
        acc += v
    fees[keys[-1]] = total - acc
    return fees
