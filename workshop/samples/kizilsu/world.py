"""What the scenarios share: the declaration's rows, project titles, dates, panels, scanners."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .acceptance import Lab, Member
from .contracts import Deal
from .people import (
    PREFECTURE,
    Client,
    Firm,
    any_name,
    day_in,
    han_name,
    kyrgyz_name,
    money,
    uyghur_name,
)
from .scan import Scanner

YEAR = 2024

TOPICS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    # bureau → (title stem, field, scope lines)
    "教育局": (
        (
            "中小学智慧校园建设项目",
            "教育",
            ("智慧黑板及录播设备采购安装", "校园网络及无线覆盖改造", "智慧校园管理平台部署"),
        ),
        (
            "双语教学录播教室建设项目",
            "教育",
            ("录播主机及摄像跟踪系统", "教室音视频扩声系统", "课程资源管理平台"),
        ),
    ),
    "卫生健康委员会": (
        (
            "乡镇卫生院信息化提升项目",
            "医疗卫生",
            ("基层HIS系统部署", "远程心电及影像终端", "卫生院内网及安全设备"),
        ),
    ),
    "人民医院": (
        ("远程会诊系统建设项目", "医疗卫生", ("远程会诊平台软件", "高清会诊终端", "专线网络及安全加固")),
    ),
    "自然资源局": (
        ("不动产登记信息平台升级项目", "党政", ("登记业务系统升级", "数据整合及质检", "服务器及存储扩容")),
    ),
    "公安局": (("视频监控联网扩容项目", "党政", ("前端高清摄像机安装", "视频汇聚平台扩容", "传输链路建设")),),
    "农业农村局": (
        (
            "高标准农田物联网监测系统项目",
            "农林牧渔、水利",
            ("墒情及气象监测站点", "物联网数据平台", "田间视频监控"),
        ),
    ),
    "文化体育广播电视和旅游局": (
        (
            "智慧旅游服务平台建设项目",
            "文化、体育、娱乐",
            ("景区票务及客流监测", "智慧旅游小程序", "景区广播及信息发布"),
        ),
    ),
}
AID_TOPICS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("智慧教育云平台建设项目", "教育", ("教育云平台软件开发", "云计算资源及存储设备", "学校接入网络及终端")),
    ("城乡医疗远程会诊系统建设项目", "医疗卫生", ("远程会诊平台", "乡镇会诊终端", "医疗专网及安全设备")),
    (
        "数字乡村综合服务平台建设项目",
        "农林牧渔、水利",
        ("综合服务平台开发", "村级服务终端", "数据中心机房改造"),
    ),
    (
        "城市运行管理服务平台建设项目",
        "党政",
        ("城市运行监测平台", "指挥中心大屏及坐席", "视频汇聚及网络设备"),
    ),
)

# how the fees of a project split, by kind: key → share of the contract amount
SPLITS: dict[str, dict[str, float]] = {
    "build": {
        "hardware_purchase": 0.48,
        "software_purchase": 0.08,
        "integration_implementation": 0.16,
        "software_development": 0.2,
        "consulting_design": 0.03,
        "other": 0.05,
    },
    "software": {
        "software_development": 0.55,
        "integration_implementation": 0.15,
        "hardware_purchase": 0.25,
        "consulting_design": 0.05,
    },
    "om": {"operation_maintenance": 0.82, "hardware_purchase": 0.1, "integration_implementation": 0.08},
}
FEE_ORDER = (
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


def fees(amount: Decimal, kind: str, rng: random.Random) -> dict[str, Decimal]:
    """Ten fees adding up to ``amount`` exactly; each share varied by up to ±15 %, rounded to 100 yuan."""
    split = SPLITS[kind]
    keys = sorted(split, key=lambda k: -split[k])  # the largest share takes the remainder
    out = dict.fromkeys(FEE_ORDER, Decimal(0))
    rest = amount
    for k in keys[1:]:
        part = (amount * Decimal(split[k] * rng.uniform(0.85, 1.15)) / 100).quantize(Decimal(1)) * 100
        out[k] = part
        rest -= part
    out[keys[0]] = rest
    return out


def project_row(
    pid: str,
    name: str,
    client: str,
    signed: dt.date,
    accepted: dt.date,
    field_: str,
    county: str,
    amount: Decimal,
    kind: str,
    rng: random.Random,
) -> dict[str, Any]:
    f = fees(amount, kind, rng)
    services = sum((f[k] for k in FEE_ORDER[:6]), Decimal(0))
    return {
        "id": pid,
        "name": name,
        "client": client,
        "signed_on": signed.isoformat(),
        "accepted_on": accepted.isoformat(),
        "field": field_,
        "location": f"新疆维吾尔自治区{PREFECTURE}{county}",
        "fees": {k: money(v) for k, v in f.items()},
        "services_total": money(services),
        "contract_amount": money(sum(f.values(), Decimal(0))),
    }


CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("信息系统集成实施工程经理", None),
    ("HCIP 高级网络工程师", "高级"),
    ("数据库系统工程师", "中级"),
)


@dataclass
class Company:
    """The declaring enterprise and its declared staff."""

    firm: Firm
    grade: str
    technical: int
    certificates: list[dict[str, Any]] = field(default_factory=list)


def company(firm: Firm, grade: str, rng: random.Random) -> Company:
    lo, certs = {"乙": (32, 9), "丙": (21, 6), "丁": (7, 2)}[grade]
    n_certs = certs + rng.randrange(3)
    rows = []
    for _ in range(n_certs):
        title, level = rng.choice(CERTS)
        rows.append(
            {
                "holder": any_name(rng),
                "certificate": title,
                "level": level,
                "number": f"{rng.choice(('S', 'XJ', 'H'))}{rng.randrange(2016, 2024)}{rng.randrange(10**7, 10**8)}",
            }
        )
    return Company(firm, grade, lo + rng.randrange(8), rows)


def declaration(c: Company, finance: list[dict[str, Any]], projects: list[dict[str, Any]]) -> dict[str, Any]:
    f = c.firm
    return {
        "enterprise": {
            "name": f.name,
            "credit_code": f.credit_code,
            "legal_representative": f.legal_rep,
            "registered_capital": money(f.capital),
            "established_on": f.established.isoformat(),
            "grade": c.grade,
            "inspection_year": YEAR,
            "staff": {
                "technical_total": c.technical,
                "certified_total": len(c.certificates),
                "certificates": c.certificates,
            },
        },
        "finance": finance,
        "projects": projects,
    }


def finance_row(year: int, revenue: Decimal, si_share: float, profit: Decimal) -> dict[str, Any]:
    return {
        "year": year,
        "operating_revenue": money(revenue),
        "system_integration_revenue": money((revenue * Decimal(si_share)).quantize(Decimal("0.01"))),
        "net_profit": money(profit),
    }


def cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def dates(rng: random.Random, months: int = 4) -> tuple[dt.date, dt.date]:
    """A signing date in 2024 and an acceptance date ``months`` ± 1 later, both within the year."""
    signed = day_in(rng, dt.date(YEAR, 2, 20), dt.date(YEAR, 7, 31))
    accepted = signed + dt.timedelta(days=30 * months + rng.randrange(-25, 25))
    if accepted > dt.date(YEAR, 12, 20):
        accepted = day_in(rng, dt.date(YEAR, 11, 20), dt.date(YEAR, 12, 20))
    return signed, accepted


def panel(rng: random.Random, client: Client, county: str, n: int) -> list[Member]:
    """A 验收小组: the client's people, an outside expert or two, a 援疆 cadre where the client is one."""
    lead_unit = f"{client.aid}前方指挥部" if client.aid else client.full
    out = [Member(kyrgyz_name(rng), lead_unit, "组长")]
    units = [
        (f"{county}发展和改革委员会", "副主任"),
        (f"{county}财政局", "科长"),
        (f"{PREFECTURE[:2]}州数据局", "高级工程师"),
        ("新疆大学", "副教授"),
        (f"{county}工业和信息化局", "工程师"),
    ]
    rng.shuffle(units)
    for unit, role in units[: n - 1]:
        out.append(Member(rng.choice((kyrgyz_name, uyghur_name, han_name))(rng), unit, role))
    return out


def lab(rng: random.Random, accepted: dt.date) -> Lab:
    name = rng.choice(
        (
            "新疆信息产品检测中心（克州分中心）",
            "克孜勒苏柯尔克孜自治州产品质量检验所",
            "新疆软件测评中心有限公司",
        )
    )
    return Lab(
        name, f"XJJC-{YEAR}-{rng.randrange(1000, 9999)}", accepted - dt.timedelta(days=rng.randrange(3, 10))
    )


def deal(
    rng: random.Random,
    pid: str,
    title: str,
    number: str,
    client: Client,
    vendor: Firm,
    amount: Decimal,
    dates_: tuple[dt.date, dt.date],
    county: str,
    scope: tuple[str, ...],
) -> Deal:
    return Deal(
        pid=pid,
        title=title,
        number=number,
        client=client,
        vendor=vendor,
        amount=amount,
        signed=dates_[0],
        accepted=dates_[1],
        county=county,
        scope=scope,
        client_rep=rng.choice((kyrgyz_name, uyghur_name, han_name))(rng),
        vendor_rep=vendor.legal_rep,
        tender_no=f"KZZC{YEAR}-{rng.randrange(10, 99)}{rng.randrange(100, 999)}",
        agency=rng.choice(
            ("新疆天恒招标代理有限公司", "克州公共资源交易服务有限公司", "新疆中咨项目管理有限公司")
        ),
        months=rng.choice((3, 4, 5)),
    )


def grey(rng: random.Random) -> Scanner:
    """Grey JPEG at 200 dpi, quality 60–80."""
    return Scanner(dpi=200, mode="grey", quality=rng.randrange(60, 81), skew=rng.uniform(0.3, 1.0), noise=2.5)


def bilevel(rng: random.Random) -> Scanner:
    return Scanner(
        dpi=300, mode="bilevel", skew=rng.uniform(0.2, 0.7), threshold=rng.randrange(140, 165), noise=2.0
    )


def colour(rng: random.Random) -> Scanner:
    """Colour at 150 dpi, blurred 0.5–1 px."""
    return Scanner(
        dpi=150,
        mode="colour",
        quality=rng.randrange(70, 86),
        blur=rng.uniform(0.5, 1.0),
        skew=rng.uniform(0.3, 1.2),
        noise=2.0,
    )
