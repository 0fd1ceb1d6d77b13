"""Plain data of a filing: deal items, papers (typed documents with their truth fields) and attachments."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .scan import Device
from .sheet import Sheet

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


@dataclass(frozen=True)
class Item:
    name: str
    fee: str
    unit: str
    qty: int
    price: Decimal

    @property
    def amount(self) -> Decimal:
        return self.price * self.qty


# name, fee key, unit, price range in hundreds of yuan (lump sums have unit 项)
CATALOGUE: dict[str, list[tuple[str, str, str, int, int]]] = {
    "edu": [
        ("86英寸交互式智能平板", "hardware_purchase", "台", 140, 220),
        ("教师用计算机", "hardware_purchase", "台", 45, 65),
        ("全高清录播主机", "hardware_purchase", "套", 380, 650),
        ("千兆接入交换机（24口）", "hardware_purchase", "台", 28, 42),
        ("教学资源管理软件", "software_purchase", "套", 200, 600),
        ("系统安装调试及培训", "integration_implementation", "项", 150, 600),
    ],
    "hospital": [
        ("机架式服务器", "hardware_purchase", "台", 380, 680),
        ("核心交换机", "hardware_purchase", "台", 600, 1200),
        ("机房精密空调", "hardware_purchase", "台", 900, 1600),
        ("UPS不间断电源（60kVA）", "hardware_purchase", "套", 800, 1400),
        ("数据库软件", "software_purchase", "套", 500, 1200),
        ("系统开发及接口改造", "software_development", "项", 1500, 4800),
        ("机房工程及系统集成", "integration_implementation", "项", 600, 2000),
    ],
    "water": [
        ("雷达水位计", "hardware_purchase", "套", 90, 160),
        ("遥测终端机（RTU）", "hardware_purchase", "台", 60, 90),
        ("视频监测站点设备", "hardware_purchase", "套", 120, 200),
        ("监测预警平台软件开发", "software_development", "项", 1200, 3600),
        ("站点安装调试", "integration_implementation", "项", 300, 900),
    ],
    "police": [
        ("高清网络摄像机", "hardware_purchase", "台", 22, 48),
        ("LED小间距显示屏", "hardware_purchase", "平方米", 90, 150),
        ("视频联网平台软件", "software_purchase", "套", 600, 1500),
        ("系统集成实施", "integration_implementation", "项", 500, 1500),
    ],
    "land": [
        ("服务器", "hardware_purchase", "台", 380, 650),
        ("平台软件开发", "software_development", "项", 1800, 5200),
        ("历史数据整理入库", "data_processing", "项", 400, 1500),
        ("系统集成实施", "integration_implementation", "项", 300, 900),
    ],
    "media": [
        ("4K演播室摄像机", "hardware_purchase", "台", 450, 900),
        ("导播切换台", "hardware_purchase", "台", 600, 1300),
        ("演播室灯光系统", "hardware_purchase", "套", 400, 800),
        ("系统集成及调试", "integration_implementation", "项", 400, 1200),
    ],
}

KIND_BY_FIELD = {
    "教育": "edu",
    "医疗卫生": "hospital",
    "农林牧渔、水利": "water",
    "文化、体育、娱乐": "media",
}


def client_kind(client_name: str) -> str:
    for word, kind in (
        ("教育", "edu"),
        ("学", "edu"),
        ("医院", "hospital"),
        ("水利", "water"),
        ("公安", "police"),
        ("自然资源", "land"),
        ("融媒体", "media"),
    ):
        if word in client_name:
            return kind
    return "land"


def draw_items(rng: random.Random, kind: str, lo: int, hi: int) -> list[Item]:
    """Items adding up to an amount between ``lo`` and ``hi`` yuan, in whole hundreds."""
    catalogue = CATALOGUE[kind]
    goods = [c for c in catalogue if c[2] != "项"]
    lumps = [c for c in catalogue if c[2] == "项"]
    target = rng.randint(lo // 100, hi // 100) * 100
    items: list[Item] = []
    chosen = rng.sample(goods, k=min(len(goods), rng.randint(2, 3)))
    budget = Decimal(target) * Decimal(rng.uniform(0.55, 0.75))
    for k, (name, fee, unit, plo, phi) in enumerate(chosen):
        price = Decimal(rng.randint(plo, phi) * 100)
        share = budget / len(chosen)
        qty = max(1, int(share / price))
        items.append(Item(name, fee, unit, qty, price))
        del k
    rest = Decimal(target) - sum((i.amount for i in items), Decimal(0))
    if rest <= 0:
        return items
    lump_list = rng.sample(lumps, k=min(len(lumps), 2 if rest > 300000 else 1))
    for n, (name, fee, unit, _plo, _phi) in enumerate(lump_list):
        amount = (
            rest
            if n == len(lump_list) - 1
            else (rest * Decimal(rng.uniform(0.4, 0.7)) / 100).quantize(Decimal(1)) * 100
        )
        items.append(Item(name, fee, unit, 1, amount))
        rest -= amount
    return items


def fees_of(items: list[Item]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for item in items:
        out[item.fee] = out.get(item.fee, Decimal(0)) + item.amount
    return out


def total_of(items: list[Item]) -> Decimal:
    return sum((i.amount for i in items), Decimal(0))


@dataclass
class Paper:
    """One document: its sheets, truth type and fields, and the facts the selfcheck reasons with."""

    type: str
    sheets: list[Sheet]
    fields: dict[str, Any]
    role: str
    project_id: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass
class Attachment:
    """One file of the submission: a scanned PDF, a born-digital PDF or a JPEG."""

    path: str
    papers: list[Paper]
    mode: str  # "scan" | "digital" | "jpeg"
    device: Device | None = None
    producer: str = ""
