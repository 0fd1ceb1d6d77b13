"""Names of northern-Xinjiang firms, clients, places and people; varied by seed."""

from __future__ import annotations

import random
from decimal import Decimal

from .cast import Client, Firm, Proj
from .numerals import credit_code, recheck

CITIES = {
    "乌鲁木齐": (
        "650104",
        "新疆乌鲁木齐市高新区（新市区）",
        ("北京南路", "长春中路", "河北东路", "苏州西路"),
        "乌鲁木齐市市场监督管理局",
        "0991",
    ),
    "克拉玛依": (
        "650203",
        "新疆克拉玛依市克拉玛依区",
        ("准噶尔路", "友谊路", "迎宾路", "世纪大道"),
        "克拉玛依市市场监督管理局",
        "0990",
    ),
    "伊宁": (
        "654002",
        "新疆伊犁州伊宁市",
        ("解放西路", "斯大林街", "新华西路", "飞机场路"),
        "伊宁市市场监督管理局",
        "0999",
    ),
    "昌吉": (
        "652301",
        "新疆昌吉州昌吉市",
        ("延安北路", "北京南路", "长宁路", "世纪大道"),
        "昌吉市市场监督管理局",
        "0994",
    ),
    "博乐": (
        "652701",
        "新疆博州博乐市",
        ("青得里大街", "北京路", "锦绣路", "团结路"),
        "博乐市市场监督管理局",
        "0909",
    ),
}
WORDS1 = (
    "天衡",
    "雪域",
    "准噶尔",
    "天池",
    "丝路",
    "西域",
    "赛里木",
    "博格达",
    "金山",
    "昆仑",
    "沙湾",
    "胡杨",
)
WORDS2 = ("智联", "数科", "云图", "信通", "恒信", "华创", "瀚海", "启航", "网联", "中科")
SUFFIX = ("信息技术有限公司", "科技有限公司", "信息科技有限责任公司", "网络科技有限公司", "数字技术有限公司")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林"
GIVEN = (
    "建国",
    "国栋",
    "志强",
    "海燕",
    "新民",
    "丽娜",
    "卫东",
    "晓峰",
    "玉山",
    "红梅",
    "文博",
    "振华",
    "俊杰",
    "雪莲",
)
UY = ("艾力·买买提", "阿依古丽·吐尔逊", "帕尔哈提·艾合买提", "古丽娜尔·阿不都", "买买提江·吾斯曼")


def person(rng: random.Random, uy: bool = False) -> str:
    if uy:
        return rng.choice(UY)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def firm(rng: random.Random, city: str, *, established: str | None = None, valid_until: str = "长期") -> Firm:
    area, addr, streets, auth, tel = CITIES[city]
    prefix = "新疆" if city == "乌鲁木齐" or rng.random() < 0.5 else city
    name = prefix + rng.choice(WORDS1) + rng.choice(WORDS2) + rng.choice(SUFFIX)
    est = established or f"{rng.randint(2009, 2017)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    cap = Decimal(rng.choice((10000000, 20000000, 30000000, 50000000, 12000000)))
    return Firm(
        name=name,
        code=credit_code(rng, area),
        legal=person(rng),
        capital=cap,
        established=est,
        address=f"{addr}{rng.choice(streets)}{rng.randint(8, 580)}号{rng.randint(3, 22)}层{rng.randint(1, 12):02d}室",
        city=city,
        authority=auth,
        valid_until=valid_until,
        bank=f"中国{rng.choice(('工商', '建设', '农业'))}银行{city}{rng.choice(('分行营业部', '支行'))}",
        account=" ".join(f"{rng.randint(1000, 9999)}" for _ in range(4)) + f" {rng.randint(100, 999)}",
        phone=f"{tel}-{rng.randint(2000000, 8999999)}",
        grade="丁",
    )


def org_code(rng: random.Random, city: str) -> str:
    """A government or public-institution credit code (11…/12…)."""
    area = CITIES[city][0]
    c = credit_code(rng, area)
    return recheck(rng.choice(("11", "12")) + c[2:17])


def client(rng: random.Random, name: str, city: str) -> Client:
    _, addr, streets, _, tel = CITIES[city]
    return Client(
        name,
        f"{addr}{rng.choice(streets)}{rng.randint(1, 300)}号",
        person(rng, rng.random() < 0.3),
        f"{tel}-{rng.randint(2000000, 8999999)}",
    )


def contract_no(rng: random.Random, prefix: str, year: str) -> str:
    return rng.choice(
        (
            f"{prefix}-{year}-{rng.randint(1, 199):03d}",
            f"{prefix}（{year}）{rng.randint(1, 99)}号",
            f"XJ{prefix}{year}{rng.randint(1000, 9999)}",
        )
    )


def proj(
    rng: random.Random,
    pid: str,
    name: str,
    cl: Client,
    signed: str,
    accepted: str,
    field: str,
    place: str,
    fees: dict[str, int],
    prefix: str,
) -> Proj:
    fee = {k: Decimal(v) for k, v in fees.items() if v}
    return Proj(
        pid,
        name,
        cl,
        signed,
        accepted,
        field,
        place,
        fee,
        contract_no(rng, prefix, signed[:4]),
        days=rng.choice((90, 120, 150, 180)),
    )


def jitter(rng: random.Random, base: int, step: int = 1000) -> int:
    """An amount near base, rounded to step."""
    return int(base * rng.uniform(0.85, 1.15)) // step * step


CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("信息系统监理师", "中级"),
)


def certificates(rng: random.Random, n: int) -> list[dict[str, str]]:
    """Certified managers, each with a certificate on the inspection's list (seed 000)."""
    out = []
    for _ in range(n):
        cert, level = rng.choice(CERTS)
        out.append(
            {
                "holder": person(rng, rng.random() < 0.2),
                "certificate": cert,
                "level": level,
                "number": f"{'S' if level == '高级' else 'C'}{rng.randint(2014, 2023)}{rng.randint(10000000, 99999999)}",
            }
        )
    return out
