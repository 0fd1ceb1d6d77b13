"""The firm that files and its projects: fees, invoice items, payment stages and dates, drawn from a seed."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal

from .numerals import q2
from .people import PLACES, Company, Place, make_company, person

FEE_KEYS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
)
SERVICE_KEYS = FEE_KEYS[:6]
FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他",
}

R6, R9, R13 = Decimal("0.06"), Decimal("0.09"), Decimal("0.13")


@dataclass(frozen=True)
class Item:
    """One invoice line kind of a project: which fee it bills, at what rate."""

    fee: str
    name: str  # *信息系统服务*运维服务
    rate: Decimal
    unit: str = "项"
    qty: int = 1
    spec: str = ""


@dataclass(frozen=True)
class Kind:
    """A kind of project: its name pattern, field, fee shares and invoice items."""

    key: str
    title: str  # with {client_short}
    field: str
    shares: tuple[tuple[str, float], ...]
    items: tuple[Item, ...]
    scope: str


KINDS: dict[str, Kind] = {
    "om": Kind(
        "om",
        "{c}信息系统运维服务项目",
        "党政",
        (("operation_maintenance", 1.0),),
        (Item("operation_maintenance", "*信息系统服务*运维服务", R6, "年", 1),),
        "对甲方机房、网络、服务器及业务系统提供7×24小时运行维护服务，包括巡检、故障处置、安全加固和数据备份",
    ),
    "edu_cloud": Kind(
        "edu_cloud",
        "{p}智慧教育云平台建设项目",
        "教育",
        (("software_development", 0.42), ("integration_implementation", 0.18), ("hardware_purchase", 0.40)),
        (
            Item("software_development", "*信息技术服务*软件开发服务", R6),
            Item("integration_implementation", "*信息技术服务*信息系统集成服务", R6),
            Item("hardware_purchase", "*计算机*服务器", R13, "台", 4, "R4900 G5"),
        ),
        "建设教育资源公共服务平台、教学管理系统，采购服务器并完成部署、集成、联调和培训",
    ),
    "his": Kind(
        "his",
        "{c}HIS及电子病历系统升级改造项目",
        "医疗卫生",
        (("software_development", 0.55), ("software_purchase", 0.20), ("hardware_purchase", 0.25)),
        (
            Item("software_development", "*信息技术服务*软件开发服务", R6),
            Item("software_purchase", "*软件*数据库管理系统软件", R13, "套", 1, "V8.0"),
            Item("hardware_purchase", "*计算机网络设备*核心交换机", R13, "台", 2, "S7706"),
        ),
        "升级医院HIS、电子病历和LIS系统，采购数据库软件和核心交换设备，完成数据迁移和接口改造",
    ),
    "video": Kind(
        "video",
        "{p}公共安全视频监控联网扩容项目",
        "党政",
        (("integration_implementation", 0.38), ("hardware_purchase", 0.62)),
        (
            Item("integration_implementation", "*建筑服务*智能化安装工程服务", R9),
            Item("hardware_purchase", "*视频监控设备*网络摄像机", R13, "台", 48, "DS-2CD3T46"),
        ),
        "新建前端高清点位及汇聚链路，完成监控平台扩容、布线、安装调试和联网",
    ),
    "water": Kind(
        "water",
        "{p}灌区水利信息化平台建设项目",
        "农林牧渔、水利",
        (("software_development", 0.35), ("data_processing", 0.15), ("hardware_purchase", 0.5)),
        (
            Item("software_development", "*信息技术服务*软件开发服务", R6),
            Item("data_processing", "*信息技术服务*数据处理服务", R6),
            Item("hardware_purchase", "*计量仪器*超声波流量计", R13, "套", 12, "TDS-100"),
        ),
        "建设灌区量测水监测平台，安装斗口计量设施，完成历史数据整理入库",
    ),
    "media": Kind(
        "media",
        "{c}演播及指挥调度平台建设项目",
        "文化、体育、娱乐",
        (
            ("consulting_design", 0.08),
            ("software_development", 0.32),
            ("integration_implementation", 0.20),
            ("hardware_purchase", 0.40),
        ),
        (
            Item("consulting_design", "*信息技术服务*信息技术咨询服务", R6),
            Item("software_development", "*信息技术服务*软件开发服务", R6),
            Item("integration_implementation", "*信息技术服务*信息系统集成服务", R6),
            Item("hardware_purchase", "*广播电视设备*演播室切换台", R13, "套", 1, "XS-2000"),
        ),
        "建设融媒体指挥调度平台，改造演播室，完成设备采购、系统集成和培训",
    ),
    "gov_data": Kind(
        "gov_data",
        "{c}政务数据共享交换平台建设项目",
        "党政",
        (("software_development", 0.6), ("data_processing", 0.25), ("operation_maintenance", 0.15)),
        (
            Item("software_development", "*信息技术服务*软件开发服务", R6),
            Item("data_processing", "*信息技术服务*数据处理服务", R6),
            Item("operation_maintenance", "*信息系统服务*运维服务", R6),
        ),
        "建设政务数据目录、共享交换和质量管理子系统，完成部门数据归集治理及一年运维",
    ),
}

CLIENT_KINDS = {
    "教育局": ("edu_cloud", "om"),
    "第一中学": ("edu_cloud", "om"),
    "医院": ("his", "om"),
    "卫生健康委员会": ("his", "gov_data"),
    "水利局": ("water", "om"),
    "农业农村局": ("water", "gov_data"),
    "融媒体中心": ("media", "om"),
    "公安局": ("video", "om"),
    "应急管理局": ("video", "gov_data"),
    "自然资源": ("gov_data", "om"),
    "数据局": ("gov_data", "om"),
    "市场监督管理局": ("gov_data", "video"),
    "交易中心": ("gov_data", "om"),
}

FIELD_BY_CLIENT = {
    "医院": "医疗卫生",
    "卫生健康": "医疗卫生",
    "教育局": "教育",
    "中学": "教育",
    "水利": "农林牧渔、水利",
}


def kinds_for(client: str) -> tuple[str, ...]:
    for key, kinds in CLIENT_KINDS.items():
        if key in client:
            return kinds
    return ("gov_data", "om")


@dataclass
class Stage:
    label: str  # 预付款 / 进度款 / 尾款 / 全款 / 验收款
    fraction: Decimal


@dataclass
class Project:
    pid: str
    kind: Kind
    name: str
    client: Company
    place: Place
    number: str
    signed: dt.date
    accepted: dt.date
    fees: dict[str, Decimal]
    signer_a: str
    signer_b: str
    duration_days: int
    fee_table: bool
    field: str
    extra: dict[str, object] = dc_field(default_factory=dict)

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))

    @property
    def services_total(self) -> Decimal:
        return sum((self.fees.get(k, Decimal(0)) for k in SERVICE_KEYS), Decimal(0))

    def item_totals(self) -> list[tuple[Item, Decimal]]:
        return [(it, self.fees[it.fee]) for it in self.kind.items if self.fees.get(it.fee)]


@dataclass
class Firm:
    company: Company
    place: Place
    capital: Decimal
    established: dt.date
    company_type: str
    scope: str
    technical_total: int
    certificates: list[dict[str, str]]
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    audit_firm: str
    audit_number: str
    audit_date: dt.date
    cpas: tuple[str, str]
    license_issued: dt.date
    clerk: str
    payee: str
    checker: str


SCOPE = (
    "许可项目：建筑智能化工程施工。一般项目：信息系统集成服务；软件开发；信息技术咨询服务；信息系统运行维护服务；"
    "数据处理服务；计算机软硬件及辅助设备批发、零售；安防设备销售；网络设备销售；通讯设备销售。"
    "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)

CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
)

AUDIT_FIRMS = (
    "新疆天合信有限责任会计师事务所",
    "喀什正信会计师事务所（普通合伙）",
    "阿克苏华远有限责任会计师事务所",
    "新疆中天恒会计师事务所有限公司",
)


def make_firm(rng: random.Random, place: Place, name: str) -> Firm:
    company = make_company(rng, place, name)
    capital = Decimal(rng.choice((1000000, 2000000, 3000000, 5000000, 10000000)))
    established = dt.date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28))
    techs = rng.randint(8, 16)
    certs = []
    for cert, level in rng.sample(CERTS, rng.randint(2, 4)):
        year = rng.randint(2015, 2023)
        prefix = "S" if level == "高级" else "Z"
        certs.append(
            {
                "holder": person(rng),
                "certificate": cert,
                "level": level,
                "number": f"{prefix}{year}{rng.randint(1, 99):02d}{rng.randint(1000000, 9999999)}",
            }
        )
    revenue = (
        Decimal(rng.randint(600, 2200)) * 10000
        + Decimal(rng.randint(0, 9999))
        + Decimal(rng.randint(0, 99)) / 100
    )
    si = q2(revenue * Decimal(rng.uniform(0.55, 0.85)))
    profit = q2(revenue * Decimal(rng.uniform(0.03, 0.11)))
    audit_firm = rng.choice(AUDIT_FIRMS)
    abbr = {
        "新疆天合信": "新天会审字",
        "喀什正信": "喀正会审字",
        "阿克苏华远": "阿华会审字",
        "新疆中天恒": "新中天审字",
    }
    key = next(k for k in abbr if audit_firm.startswith(k))
    return Firm(
        company=company,
        place=place,
        capital=capital,
        established=established,
        company_type="有限责任公司（自然人投资或控股）",
        scope=SCOPE,
        technical_total=techs,
        certificates=certs,
        revenue=q2(revenue),
        si_revenue=si,
        net_profit=profit,
        audit_firm=audit_firm,
        audit_number=f"{abbr[key]}〔2026〕第{rng.randint(10, 399):04d}号",
        audit_date=dt.date(2026, rng.randint(1, 2), rng.randint(5, 26)),
        cpas=(person(rng), person(rng)),
        license_issued=established + dt.timedelta(days=rng.randint(200, 2000)),
        clerk=person(rng),
        payee=person(rng),
        checker=person(rng),
    )


def client_company(rng: random.Random, place: Place, name: str) -> Company:
    return make_company(rng, place, name, kind="organ")


ABBR = {"巴楚县": "BC", "图木舒克市": "TMSK", "阿瓦提县": "AWT", "柯坪县": "KP"}


def make_project(
    rng: random.Random,
    pid: str,
    place: Place,
    client: Company,
    kind_key: str | None = None,
    amount_range: tuple[int, int] = (300000, 2600000),
    signed_range: tuple[dt.date, dt.date] = (dt.date(2025, 2, 10), dt.date(2025, 6, 20)),
    accepted_by: dt.date = dt.date(2025, 12, 12),
    accepted_from: dt.date = dt.date(2025, 1, 12),
) -> Project:
    kind = KINDS[kind_key or rng.choice(kinds_for(client.name))]
    name = kind.title.format(c=client.name.replace("第三师图木舒克市", "图木舒克市"), p=place.name)
    if kind.key == "om":
        name = name.replace("项目", f"（{rng.choice(('2025', '2025—2026'))}年度）项目")
    total = Decimal(rng.randint(amount_range[0] // 100, amount_range[1] // 100) * 100)
    if rng.random() < 0.35:
        total += Decimal(rng.randint(1, 99)) * 10 + Decimal(rng.choice((0, 0, 50)))
    fees: dict[str, Decimal] = {}
    left = total
    for i, (fee, share) in enumerate(kind.shares):
        if i == len(kind.shares) - 1:
            fees[fee] = left
        else:
            part = q2(total * Decimal(str(share)) * Decimal(str(rng.uniform(0.9, 1.1))))
            part = part.quantize(Decimal("1")) if rng.random() < 0.7 else part
            fees[fee] = part
            left -= part
    span = (signed_range[1] - signed_range[0]).days
    signed = signed_range[0] + dt.timedelta(days=rng.randint(0, max(span, 0)))
    accepted = signed + dt.timedelta(days=rng.randint(95, 210))
    if accepted > accepted_by:
        accepted = accepted_by - dt.timedelta(days=rng.randint(0, 20))
    if accepted < accepted_from:  # only projects accepted in the inspection year are declared
        accepted = accepted_from + dt.timedelta(days=rng.randint(0, 70))
    letters = {
        "教育": "JY",
        "医院": "YY",
        "水利": "SL",
        "融媒": "RM",
        "公安": "GA",
        "应急": "YJ",
        "自然": "ZR",
        "卫生": "WJ",
    }
    code = next((v for k, v in letters.items() if k in client.name), "XX")
    number = (
        f"{ABBR[place.name]}{code}-{rng.choice(('CG', 'FW', 'HT'))}-{signed.year}-{rng.randint(3, 96):03d}"
    )
    field_name = kind.field
    for key, value in FIELD_BY_CLIENT.items():
        if key in client.name:
            field_name = value
    return Project(
        pid=pid,
        kind=kind,
        name=name,
        client=client,
        place=place,
        number=number,
        signed=signed,
        accepted=accepted,
        fees=fees,
        signer_a=person(rng),
        signer_b=person(rng),
        duration_days=duration(rng, signed, accepted),
        fee_table=rng.random() < 0.6,
        field=field_name,
    )


def duration(rng: random.Random, signed: dt.date, accepted: dt.date) -> int:
    """The contract's 履行期限: a round number of days the work took about (acceptance follows the work)."""
    need = (accepted - signed).days * rng.uniform(0.7, 0.9)
    return next(d for d in (60, 90, 120, 150, 180, 240, 300, 365, 450, 540, 600, 720, 900) if d >= need)


def place(key: str) -> Place:
    return PLACES[key]
