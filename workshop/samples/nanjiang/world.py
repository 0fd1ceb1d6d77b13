"""Names, places and people of 南疆 filings, drawn per seed."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from .model import Deal, Firm
from .numerals import credit_code, phone


@dataclass(frozen=True)
class City:
    name: str
    prefecture: str
    region: str
    area: str
    streets: tuple[str, ...]
    counties: tuple[str, ...]


CITIES = {
    "喀什": City(
        "喀什",
        "喀什地区",
        "653101",
        "0998",
        ("深喀大道", "人民东路", "色满路", "世纪大道", "克孜都维路"),
        ("疏附县", "疏勒县", "莎车县", "伽师县", "泽普县"),
    ),
    "和田": City(
        "和田",
        "和田地区",
        "653201",
        "0903",
        ("北京西路", "乌鲁木齐南路", "杭州大道", "团结路"),
        ("于田县", "洛浦县", "墨玉县", "策勒县", "皮山县"),
    ),
    "阿克苏": City(
        "阿克苏",
        "阿克苏地区",
        "652901",
        "0997",
        ("西大街", "南大街", "英巴格路", "栏杆路", "东大街"),
        ("库车市", "新和县", "沙雅县", "温宿县", "拜城县"),
    ),
}

CORES = [
    "丝路云帆",
    "昆仑智联",
    "帕米尔数创",
    "胡杨信通",
    "塔河云图",
    "玉龙数智",
    "多浪智慧",
    "沙海星联",
    "天山卓越",
    "西域博远",
]
SUFFIXES = ["信息技术有限公司", "网络科技有限公司", "数字科技有限公司", "智能科技有限公司"]
HAN = ["王海涛", "李建军", "马晓燕", "张志刚", "刘春梅", "杨国庆", "陈晓东", "赵玉兰", "周立新", "何永福"]
UYGHUR = [
    "艾尼瓦尔·吐尔逊",
    "阿不都热合曼·买买提",
    "古丽娜尔·艾买提",
    "热依拉·阿不力孜",
    "买买提明·吾守尔",
    "迪丽努尔·阿布拉",
    "艾克拜尔·托合提",
    "努尔曼古丽·吐逊",
]
SCOPE = (
    "许可项目：第一类增值电信业务；第二类增值电信业务。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；计算机系统服务；数据处理和存储支持服务；安全技术防范系统设计施工服务；"
    "计算机软硬件及辅助设备零售；网络设备销售；通讯设备销售；办公设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)
AUDIT_FIRMS = [
    ("新疆天恒信有限责任会计师事务所", "新天恒信"),
    ("喀什中正联合会计师事务所（普通合伙）", "喀中正"),
    ("阿克苏瑞信会计师事务所有限责任公司", "阿瑞信"),
    ("新疆华西会计师事务所（特殊普通合伙）和田分所", "华西和"),
]
SUPERVISORS = [
    "新疆诚信工程建设监理有限公司",
    "新疆天正信息工程监理咨询有限公司",
    "喀什建科工程项目管理有限公司",
]
CERTS = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("网络规划设计师", "高级"),
]


def person(rng: random.Random) -> str:
    return rng.choice(UYGHUR) if rng.random() < 0.5 else rng.choice(HAN)


def make_firm(
    rng: random.Random, city: str, grade: str = "丁", certified: int = 2, technical: int = 9
) -> Firm:
    c = CITIES[city]
    core = rng.choice(CORES)
    name = f"{c.name}{core}{rng.choice(SUFFIXES)}"
    est = dt.date(rng.randint(2012, 2019), rng.randint(1, 12), rng.randint(1, 28))
    certs = []
    used: set[str] = set()
    for title, level in rng.sample(CERTS, certified):
        holder = person(rng)
        while holder in used:
            holder = person(rng)
        used.add(holder)
        certs.append(
            (
                holder,
                title,
                level,
                f"{'S' if level == '高级' else 'M'}{rng.randint(2016, 2023)}{rng.randint(10**7, 10**8 - 1)}",
            )
        )
    return Firm(
        name=name,
        credit_code=credit_code(rng, c.region),
        legal_rep=person(rng),
        capital=Decimal(rng.choice([2000000, 3000000, 5000000, 8000000, 10000000])),
        established=est,
        valid_until=None,
        address=f"新疆{c.prefecture}{c.name}市{rng.choice(c.streets)}{rng.randint(8, 399)}号{rng.choice(['', '创业大厦', '科技园'])}{rng.randint(2, 16)}层{rng.randint(1, 20):02d}室".replace(
            "层", "层", 1
        ),
        scope=SCOPE,
        company_type="有限责任公司（自然人投资或控股）",
        city=c.name,
        area_code=c.area,
        registrar=f"{c.name}市市场监督管理局",
        licensed_on=dt.date(rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28)),
        bank=rng.choice(["中国农业银行", "中国建设银行", "中国工商银行", "新疆农村信用社"]),
        account=str(rng.randint(10**15, 10**16 - 1)),
        tel=phone(rng, c.area),
        grade=grade,
        technical_total=technical,
        certificates=certs,
    )


def deal(
    rng: random.Random,
    firm: Firm,
    pid: str,
    name: str,
    client: str,
    amount: Decimal,
    signed: dt.date,
    accepted: dt.date,
    field: str,
    fees: dict[str, Decimal],
    prefix: str,
) -> Deal:
    c = CITIES[firm.city]
    assert sum(fees.values(), Decimal(0)) == amount, (pid, fees, amount)
    return Deal(
        pid=pid,
        name=name,
        client=client,
        amount=amount,
        signed=signed,
        accepted=accepted,
        field=field,
        location=f"新疆维吾尔自治区{c.prefecture}",
        fees=fees,
        number=f"{prefix}-{signed.year}-{rng.randint(1, 199):03d}",
        client_rep=person(rng),
        client_addr=f"新疆{c.prefecture}{rng.choice(c.streets)}{rng.randint(1, 200)}号",
        client_tel=phone(rng, c.area),
    )


def date_in(rng: random.Random, year: int, m0: int, m1: int) -> dt.date:
    return dt.date(year, rng.randint(m0, m1), rng.randint(1, 28))


def money(rng: random.Random, lo: int, hi: int, step: int = 100) -> Decimal:
    """A round-ish contract figure: a whole number of ``step`` yuan."""
    return Decimal(rng.randrange(lo // step, hi // step) * step)
