"""The firm and its projects as data: amounts, dates, parties, goods lists and fee splits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .people import CITIES, Party, day_in, firm_name, party, person, round_amount

GOODS = [
    ("网络交换机", "H3C S5130S-52S-EI", "台", 3800, 9800),
    ("核心交换机", "华为 S7706", "台", 68000, 128000),
    ("网络摄像机", "海康威视 DS-2CD3T47EWD", "台", 560, 1380),
    ("网络硬盘录像机", "海康威视 DS-9632N-I16", "台", 9800, 16800),
    ("机架式服务器", "浪潮 NF5280M6", "台", 42000, 86000),
    ("存储设备", "华为 OceanStor 5310", "套", 118000, 236000),
    ("防火墙", "深信服 AF-1000-B1080", "台", 26000, 52000),
    ("触控一体机", "希沃 MC86FEB", "台", 16800, 24800),
    ("LED显示屏", "洲明 P1.86 室内全彩", "平方米", 5200, 8800),
    ("UPS不间断电源", "山特 C10KS", "台", 8600, 13800),
    ("标准机柜", "图腾 G36042", "台", 2600, 4200),
    ("超五类网线", "安普 六类非屏蔽", "箱", 480, 860),
    ("无线接入点", "锐捷 RG-AP720-L", "台", 860, 1680),
    ("门禁一体机", "中控 ProFace X", "台", 2300, 3900),
]

CLIENT_STEMS = {
    "kuitun": [
        "奎屯市教育局",
        "奎屯市人民医院",
        "奎屯市第一高级中学",
        "奎屯市住房和城乡建设局",
        "奎屯市数据局",
        "奎屯市公安局",
    ],
    "dushanzi": [
        "克拉玛依市独山子区教育局",
        "克拉玛依市独山子区人民医院",
        "克拉玛依市独山子区城市管理局",
        "独山子区第一中学",
        "克拉玛依市独山子区融媒体中心",
    ],
    "wusu": [
        "乌苏市教育局",
        "乌苏市人民医院",
        "乌苏市自然资源局",
        "乌苏市第一中学",
        "乌苏市水利局",
        "乌苏市农业农村局",
    ],
    "shawan": [
        "沙湾市教育局",
        "沙湾市人民医院",
        "沙湾市市场监督管理局",
        "沙湾市第一中学",
        "沙湾市水利局",
        "沙湾市中医医院",
    ],
}

WORKS = [
    ("智慧校园建设工程", "教育"),
    ("视频监控系统建设工程", "党政"),
    ("信息化综合布线及机房改造工程", "党政"),
    ("智能化系统工程", "医疗卫生"),
    ("数字化监管平台建设工程", "党政"),
    ("水利信息化监测系统建设工程", "农林牧渔、水利"),
]
BUYS = [
    ("信息化设备采购项目", "党政"),
    ("多媒体教学设备采购项目", "教育"),
    ("数据中心服务器及存储设备采购项目", "党政"),
    ("网络安全设备采购项目", "党政"),
    ("医疗信息化网络设备采购项目", "医疗卫生"),
]


@dataclass
class Firm:
    city: str
    p: Party
    capital: Decimal
    established: dt.date
    kind: str
    scope: str


def make_firm(rng: random.Random, city: str) -> Firm:
    name = firm_name(rng, city)
    return Firm(
        city=city,
        p=party(rng, name, city),
        capital=Decimal(rng.choice((1000000, 2000000, 5000000, 10000000, 30000000))),
        established=dt.date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28)),
        kind=rng.choice(
            ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司")
        ),
        scope=(
            "一般项目：信息系统集成服务；信息技术咨询服务；软件开发；网络技术服务；计算机系统服务；"
            "安全技术防范系统设计施工服务；智能控制系统集成；计算机软硬件及辅助设备零售；通讯设备销售；"
            "电子产品销售；数据处理服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        ),
    )


@dataclass
class Item:
    name: str
    model: str
    unit: str
    qty: int
    price: Decimal

    @property
    def total(self) -> Decimal:
        return self.price * self.qty


@dataclass
class Deal:
    pid: str
    kind: str  # works (GF-2017-0201) or buy (设备采购)
    name: str
    sector: str
    client: Party
    firm: Party
    city: str
    number: str
    signed: dt.date
    accepted: dt.date
    start: dt.date
    finish: dt.date
    amount: Decimal
    fees: dict[str, Decimal]
    items: list[Item] = field(default_factory=list)
    install: Decimal = Decimal(0)
    safety: Decimal = Decimal(0)
    manager: str = ""
    supervisor: Party | None = None
    subject: str = ""

    @property
    def location(self) -> str:
        return CITIES[self.city][2]

    @property
    def days(self) -> int:
        return (self.finish - self.start).days + 1


def _client(rng: random.Random, city: str, taken: set[str]) -> str:
    options = [c for c in CLIENT_STEMS[city] if c not in taken]
    name = rng.choice(options)
    taken.add(name)
    return name


def works_deal(
    rng: random.Random, pid: str, firm: Firm, city: str, taken: set[str], signed: dt.date | None = None
) -> Deal:
    """A 建设工程施工合同 (智能化/信息化 works) on GF-2017-0201 with the firm as 承包人."""
    client_name = _client(rng, city, taken)
    work, fieldname = rng.choice(WORKS)
    if "医院" in client_name:
        work, fieldname = "智能化系统工程", "医疗卫生"
    elif "水利" in client_name:
        work, fieldname = "水利信息化监测系统建设工程", "农林牧渔、水利"
    elif "水利" in work:
        work, fieldname = "视频监控系统建设工程", "党政"
    short = client_name.replace("克拉玛依市", "")
    name = f"{short}{work}"
    amount = round_amount(rng, 850000, 4600000, 100)
    signed = signed or day_in(rng, dt.date(2024, 3, 1), dt.date(2024, 6, 20))
    start = signed + dt.timedelta(days=rng.randint(5, 15))
    finish = start + dt.timedelta(days=rng.choice((60, 90, 120, 150)) - 1)
    accepted = finish + dt.timedelta(days=rng.randint(5, 25))
    hw = (amount * Decimal(rng.uniform(0.45, 0.6))).quantize(Decimal(100))
    sw = (amount * Decimal(rng.uniform(0.05, 0.12))).quantize(Decimal(100))
    fees = {"hardware_purchase": hw, "software_purchase": sw, "integration_implementation": amount - hw - sw}
    abbrev = {"kuitun": "KT", "dushanzi": "DSZ", "wusu": "WS", "shawan": "SW"}[city]
    sup_name = rng.choice(
        (
            "新疆天诚建设工程监理有限公司",
            "新疆昆仑工程咨询管理集团有限公司",
            "克拉玛依市独山子区建设监理有限责任公司",
        )
    )
    return Deal(
        pid=pid,
        kind="works",
        name=name,
        sector=fieldname,
        client=party(rng, client_name, city),
        firm=firm.p,
        city=city,
        number=f"{abbrev}JS-{signed.year}-{rng.randint(10, 99):03d}",
        signed=signed,
        accepted=accepted,
        start=start,
        finish=finish,
        amount=amount,
        fees=fees,
        safety=(amount * Decimal("0.015")).quantize(Decimal(1)),
        manager=person(rng),
        supervisor=party(rng, sup_name, city),
        subject=work,
    )


def buy_deal(
    rng: random.Random,
    pid: str,
    firm: Firm,
    city: str,
    taken: set[str],
    signed: dt.date | None = None,
    n: int = 5,
) -> Deal:
    """A 设备采购合同 with a 供货清单: goods (hardware) plus one installation line (integration)."""
    client_name = _client(rng, city, taken)
    fits = [
        b
        for b in BUYS
        if ("医疗" not in b[0] or "医院" in client_name) and ("教学" not in b[0] or "医院" not in client_name)
    ]
    buy, fieldname = rng.choice(fits)
    short = client_name.replace("克拉玛依市", "")
    items = []
    for g in rng.sample(GOODS, n):
        price = Decimal(rng.randrange(g[3] // 10, g[4] // 10) * 10)
        items.append(Item(g[0], g[1], g[2], rng.randint(2, 24), price))
    goods = sum((i.total for i in items), Decimal(0))
    install = (goods * Decimal(rng.uniform(0.06, 0.12))).quantize(Decimal(100))
    signed = signed or day_in(rng, dt.date(2024, 3, 1), dt.date(2024, 8, 31))
    accepted = signed + dt.timedelta(days=rng.randint(30, 75))
    abbrev = {"kuitun": "KT", "dushanzi": "DSZ", "wusu": "WS", "shawan": "SW"}[city]
    return Deal(
        pid=pid,
        kind="buy",
        name=f"{short}{buy}",
        sector=fieldname,
        client=party(rng, client_name, city),
        firm=firm.p,
        city=city,
        number=f"{abbrev}CG-{signed.year}{rng.randint(100, 999)}",
        signed=signed,
        accepted=accepted,
        start=signed,
        finish=accepted,
        amount=goods + install,
        fees={"hardware_purchase": goods, "integration_implementation": install},
        items=items,
        install=install,
        subject=buy,
    )
