"""The four counties of 喀什地区's south-west, their clients, people and firms; GB 32100 / GB 11714 codes."""

from __future__ import annotations

import random
from dataclasses import dataclass

CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters a unified social credit code may hold (GB 32100-2015: no I, O, S, V, Z)."""
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_check_char(body: str) -> str:
    """GB 11714 check character of an eight-character organisation code body."""
    total = sum(_org_value(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def _org_value(char: str) -> int:
    return int(char) if char.isdigit() else ord(char) - ord("A") + 10


def credit_check_char(first17: str) -> str:
    """GB 32100 check character of the first seventeen characters."""
    total = sum(CODE_CHARSET.index(c) * w for c, w in zip(first17, _CODE_WEIGHTS, strict=True))
    return CODE_CHARSET[(31 - total % 31) % 31]


def credit_code_valid(code: str) -> bool:
    """Whether ``code`` has eighteen characters of the charset and the right check characters."""
    if len(code) != 18 or any(c not in CODE_CHARSET for c in code):
        return False
    return credit_check_char(code[:17]) == code[17] and org_check_char(code[8:16]) == code[16]


def make_credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A valid code: ``kind`` (91 company, 11 机关, 12 事业单位), region, organisation code, check."""
    letters = [c for c in CODE_CHARSET if c.isalpha()]
    while True:
        if kind == "91":
            body = "MA" + rng.choice("1234567") + "".join(rng.choice(CODE_CHARSET) for _ in range(5))
        else:
            body = rng.choice("0123") + "".join(
                rng.choice(CODE_CHARSET[:10] + "".join(letters[:6])) for _ in range(7)
            )
        org_check = org_check_char(body)
        if org_check not in CODE_CHARSET:  # 'X' is in the charset; keep the loop for safety
            continue
        first17 = kind + region + body + org_check
        return first17 + credit_check_char(first17)


@dataclass(frozen=True)
class County:
    name: str
    region: str
    towns: tuple[str, ...]
    streets: tuple[str, ...]
    phone: str


COUNTIES: tuple[County, ...] = (
    County(
        "泽普县",
        "653124",
        ("泽普镇", "奎依巴格镇", "波斯喀木乡", "依玛乡", "古勒巴格乡", "阿克塔木乡", "图呼其乡", "桐安乡"),
        ("金湖杨路", "友谊南路", "林海路", "团结路", "石化大道"),
        "0998-8",
    ),
    County(
        "莎车县",
        "653125",
        ("莎车镇", "托木吾斯塘乡", "恰热克镇", "艾力西湖镇", "荒地镇", "阿瓦提镇", "米夏乡"),
        ("叶尔羌路", "阿勒屯路", "古城路", "新城大道", "团结东路"),
        "0998-8",
    ),
    County(
        "叶城县",
        "653126",
        ("喀格勒克镇", "恰尔巴格乡", "依力克其乡", "洛克乡", "乌夏巴什镇", "伯西热克乡"),
        ("新城路", "核桃路", "零公里路", "人民路", "幸福路"),
        "0998-7",
    ),
    County(
        "麦盖提县",
        "653127",
        ("麦盖提镇", "巴扎结米镇", "希依提墩乡", "央塔克乡", "吐曼塔勒乡", "库木库萨尔乡"),
        ("刀郎路", "团结路", "光明路", "文化路", "胜利路"),
        "0998-7",
    ),
)

_TRADE_NAMES = (
    "泽源", "恒远", "汇智", "天合", "明途", "景澜", "砺行", "博纳", "睿川", "瀚星", "金胡杨", "叶河",
    "云岭", "丰泰", "信诺", "智远", "安科", "鼎晟", "晨曦", "嘉合",
)  # fmt: skip
_TRADES = ("信息技术", "网络科技", "智能科技", "电子科技", "数字科技", "系统工程")

_HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
_HAN_GIVEN = (
    "建国", "晓东", "海燕", "志强", "丽娟", "文博", "军", "静", "涛", "磊", "春梅", "新民", "玉兰",
    "国庆", "红霞", "永刚", "雪莲", "小龙",
)  # fmt: skip
_UYGHUR_NAMES = (
    "艾尔肯·吐尔逊", "阿依古丽·买买提", "麦麦提江·阿卜杜拉", "古丽尼格尔·艾合买提", "买买提明·热西提",
    "阿布都热合曼·吾守尔", "努尔比亚·托合提", "帕尔哈提·依明", "热依拉·阿不都", "吐尔洪·艾买尔",
    "迪丽努尔·卡德尔", "艾克拜尔·斯迪克",
)  # fmt: skip


def person(rng: random.Random) -> str:
    """A name as Xinjiang offices write it: Han, or Uyghur with the middle dot."""
    if rng.random() < 0.45:
        return rng.choice(_UYGHUR_NAMES)
    return rng.choice(_HAN_SURNAMES) + rng.choice(_HAN_GIVEN)


def short_person(rng: random.Random) -> str:
    """A Han name (signatures and initials read better short)."""
    return rng.choice(_HAN_SURNAMES) + rng.choice(_HAN_GIVEN)


@dataclass(frozen=True)
class Firm:
    name: str
    short: str
    credit_code: str
    county: County
    address: str
    legal_rep: str
    capital: int
    established: tuple[int, int, int]
    phone: str


def make_firm(rng: random.Random, county: County) -> Firm:
    """An invented small integrator registered in ``county``."""
    trade = rng.choice(_TRADE_NAMES)
    name = f"{county.name}{trade}{rng.choice(_TRADES)}有限公司"
    address = (
        f"新疆喀什地区{county.name}{rng.choice(county.towns)}{rng.choice(county.streets)}"
        f"{rng.randint(2, 188)}号{rng.choice(['', '2楼', '3层301室', '商铺'])}"
    )
    year = rng.randint(2012, 2021)
    return Firm(
        name=name,
        short=trade,
        credit_code=make_credit_code(rng, county.region),
        county=county,
        address=address,
        legal_rep=person(rng),
        capital=rng.choice([1_000_000, 2_000_000, 3_000_000, 5_000_000, 8_000_000]),
        established=(year, rng.randint(1, 12), rng.randint(1, 28)),
        phone=f"{county.phone}{rng.randint(100000, 899999)}",
    )


@dataclass(frozen=True)
class Client:
    name: str
    credit_code: str
    field: str
    subjects: tuple[str, ...]
    """What this client buys (the middle of a project title)."""


_CLIENT_KINDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("{c}教育局", "11", "教育", ("中小学智慧教室建设", "教育城域网升级改造", "校园安防视频监控建设")),
    ("{c}人民医院", "12", "医疗卫生", ("院内网络及机房改造", "智慧病房呼叫系统建设", "医院信息系统等保整改")),
    ("{c}第一中学", "12", "教育", ("智慧校园一期建设", "录播教室及广播系统建设")),
    ("{c}水利局", "11", "农林牧渔、水利", ("灌区信息化监测系统建设", "水资源监控平台建设")),
    ("{c}自然资源局", "11", "党政", ("不动产登记信息平台升级", "视频会议系统建设")),
    ("{c}{t}人民政府", "11", "党政", ("综治视频监控建设", "便民服务中心信息化建设")),
    ("{c}融媒体中心", "12", "文化、体育、娱乐", ("演播室系统改造", "融媒体指挥调度平台建设")),
    ("{c}疾病预防控制中心", "12", "医疗卫生", ("实验室信息管理系统建设", "网络安全设备采购及部署")),
)


def make_client(rng: random.Random, county: County, taken: set[str]) -> Client:
    """A county office or public institution that is not in ``taken`` yet."""
    while True:
        pattern, kind, field, subjects = rng.choice(_CLIENT_KINDS)
        name = pattern.format(c=county.name, t=rng.choice(county.towns))
        if name not in taken:
            taken.add(name)
            return Client(name, make_credit_code(rng, county.region, kind), field, subjects)


AUDIT_FIRMS = (
    "喀什天正会计师事务所（普通合伙）",
    "新疆昆仑华信有限责任会计师事务所",
    "喀什明诚会计师事务所有限公司",
    "新疆叶河联合会计师事务所（普通合伙）",
)

CERTIFICATES = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
)
