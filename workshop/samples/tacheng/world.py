"""Invented firms, clients, people and projects of 塔城地区 (all names are made up)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .ids import credit_code, registration_number

PLACES = ("塔城市", "乌苏市", "沙湾市", "额敏县", "托里县", "裕民县", "和布克赛尔县")
SHORT = {
    "塔城市": "塔城",
    "乌苏市": "乌苏",
    "沙湾市": "沙湾",
    "额敏县": "额敏",
    "托里县": "托里",
    "裕民县": "裕民",
    "和布克赛尔县": "和丰",
}
STREETS = ("新华路", "光明路", "团结路", "文化路", "伊宁路", "和平街", "解放路", "友好路", "北京路", "长江路")

_BRANDS = (
    "天合瑞通",
    "金盾云联",
    "博源智信",
    "汇泽恒达",
    "鑫科启航",
    "瀚海数联",
    "远山网维",
    "北疆云图",
    "雪莲信通",
    "乾景华辰",
    "峰峦智创",
    "泽宇数智",
    "凯旋通达",
    "锦程数码",
    "恒信安邦",
    "新桥云启",
)
_KINDS = (
    "信息技术有限公司",
    "网络科技有限公司",
    "信息科技有限公司",
    "电子科技有限公司",
    "数字技术有限公司",
    "智能科技有限公司",
)
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林郑梁谢宋唐韩曹许邓冯"
_GIVEN = "建国明华军伟志强磊静敏丽霞新疆涛斌海燕红梅玉兰晓东文俊平鹏飞亮杰宏"
_MINORITY = (
    "阿依古丽·努尔兰",
    "叶尔波拉提·哈力木",
    "努尔兰·别克",
    "热依汗古丽·买买提",
    "巴合提别克·吐尔逊",
    "古丽米拉·阿不都",
    "阿布都热合曼·艾买提",
    "哈那提·叶尔肯",
    "玛合沙提·托合塔尔",
)


def person(rng: random.Random, minority: float = 0.25) -> str:
    if rng.random() < minority:
        return rng.choice(_MINORITY)
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def date_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


@dataclass
class Firm:
    name: str
    place: str
    credit_code: str
    reg_no: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    grade: str = "丁"
    staff: int = 12
    certs: list[dict] = field(default_factory=list)


def firm(rng: random.Random, place: str, used: set[str] | None = None) -> Firm:
    used = used if used is not None else set()
    while True:
        prefix = rng.choice((f"新疆{SHORT[place]}", f"{place}", f"塔城地区{SHORT[place]}", "新疆"))
        name = prefix + rng.choice(_BRANDS) + rng.choice(_KINDS)
        if name not in used:
            used.add(name)
            break
    cap = Decimal(rng.choice((200, 300, 500, 600, 800, 1000, 1200, 2000))) * 10000
    est = date_between(rng, dt.date(2009, 1, 1), dt.date(2019, 12, 31))
    addr = f"新疆塔城地区{place}{rng.choice(STREETS)}{rng.randint(3, 188)}号"
    return Firm(
        name, place, credit_code(rng, place), registration_number(rng, place), person(rng), cap, est, addr
    )


_CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
)


def staff(rng: random.Random, f: Firm, grade: str) -> None:
    """Staff and certificate rows that meet the grade's thresholds (seed 000)."""
    f.grade = grade
    need_staff, need_cert = {"甲": (40, 12), "乙": (30, 8), "丙": (20, 5), "丁": (6, 1)}[grade]
    f.staff = need_staff + rng.randint(1, 9)
    n = need_cert + rng.randint(0, 3)
    f.certs = []
    for i in range(n):
        title, level = rng.choice(_CERTS)
        f.certs.append(
            {
                "holder": person(rng),
                "certificate": title,
                "level": level,
                "number": f"{'S' if level == '高级' else 'M'}{2015 + i % 9}{rng.randint(10**8, 10**9 - 1)}",
            }
        )


_CLIENT_BODIES = (
    ("教育局", "教育"),
    ("人民医院", "医疗卫生"),
    ("公安局", "党政"),
    ("自然资源局", "党政"),
    ("农业农村局", "农林牧渔、水利"),
    ("水利局", "农林牧渔、水利"),
    ("融媒体中心", "文化、体育、娱乐"),
    ("人民政府办公室", "党政"),
    ("第二中学", "教育"),
    ("疾病预防控制中心", "医疗卫生"),
)
_PROJECTS = {
    "教育": ("智慧校园建设项目", "教育城域网升级改造项目", "中小学录播教室建设项目"),
    "医疗卫生": ("电子病历系统升级改造项目", "区域影像云平台建设项目", "医院信息系统(HIS)运维服务项目"),
    "党政": ("视频监控联网平台建设项目", "电子政务外网升级项目", "不动产登记信息化建设项目"),
    "农林牧渔、水利": (
        "高标准农田信息化监测系统项目",
        "灌区量测水信息化建设项目",
        "畜牧养殖追溯平台建设项目",
    ),
    "文化、体育、娱乐": ("县级融媒体中心技术平台建设项目", "应急广播系统建设项目"),
}


@dataclass
class Client:
    name: str
    field: str
    place: str


def client(rng: random.Random, place: str, exclude: set[str] | None = None) -> Client:
    while True:
        body, fld = rng.choice(_CLIENT_BODIES)
        name = place + body
        if not exclude or name not in exclude:
            return Client(name, fld, place)


def project_name(rng: random.Random, c: Client) -> str:
    return (
        SHORT[c.place]
        + rng.choice(("", "地区" if c.place == "塔城市" else ""))
        + rng.choice(_PROJECTS[c.field])
    )


def amount(rng: random.Random, lo: int, hi: int, round_to: int = 100) -> Decimal:
    return Decimal(rng.randint(lo // round_to, hi // round_to) * round_to)


def split_fees(rng: random.Random, total: Decimal, keys: list[str]) -> dict[str, Decimal]:
    """Split ``total`` into the given fee keys (whole hundreds, the last takes the rest)."""
    out: dict[str, Decimal] = {}
    left = total
    for k in keys[:-1]:
        share = Decimal(int(left * Decimal(rng.uniform(0.25, 0.6)) / 100) * 100)
        out[k] = share
        left -= share
    out[keys[-1]] = left
    return out
