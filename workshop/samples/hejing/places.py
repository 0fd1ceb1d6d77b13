"""Who and where: the five places of the family, firms, clients, people and their codes.

Places are 和静县, 和硕县, 焉耆县, 博湖县 and 库尔勒市 of 巴音郭楞蒙古自治州. Credit codes follow
GB 32100-2015 (18 characters, check character over the first 17) with a GB 11714 organisation code
(8 characters and its own check character) inside.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PREFECTURE = "巴音郭楞蒙古自治州"
PROVINCE = "新疆维吾尔自治区"


@dataclass(frozen=True)
class Place:
    name: str
    region: str
    """Six-digit administrative code, the third to eighth characters of a credit code."""
    short: str
    streets: tuple[str, ...]
    sights: tuple[str, ...]
    """Words firms of the place like to put in their names."""


PLACES: tuple[Place, ...] = (
    Place(
        "和静县",
        "652827",
        "和静",
        ("和静镇东归大道", "和静镇巴音东路", "和静镇团结南路"),
        ("天鹅湖", "巴音布鲁克", "开都河", "东归", "乌拉斯台"),
    ),
    Place(
        "和硕县",
        "652828",
        "和硕",
        ("特吾里克镇清水河路", "特吾里克镇金沙滩路"),
        ("金沙滩", "清水河", "马兰", "红山"),
    ),
    Place(
        "焉耆县",
        "652826",
        "焉耆",
        ("焉耆镇团结路", "焉耆镇开都河路", "七个星镇文化路"),
        ("七个星", "霍拉山", "焉耆盆地", "永宁"),
    ),
    Place(
        "博湖县",
        "652829",
        "博湖",
        ("博湖镇博斯腾路", "博湖镇团结西路"),
        ("博斯腾", "莲花湖", "阿洪口", "西海"),
    ),
    Place(
        "库尔勒市",
        "652801",
        "库尔勒",
        ("人民东路", "石化大道", "萨依巴格路", "建国北路"),
        ("梨城", "孔雀河", "铁门关", "塔什店"),
    ),
)

TRADES = ("信息技术", "网络科技", "数字科技", "智能科技", "电子科技", "信息工程", "计算机系统")
FIRM_FORMS = ("有限公司", "有限责任公司")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国军伟志强明华平辉勇杰涛斌磊超鹏飞海波宏刚玲红梅燕霞丽敏静婷娟芳兰秀英慧琳晓雪新疆天宇浩然子涵雨欣佳怡俊峰立新学文振东"
MONGOL = (
    "巴特尔",
    "那仁格日勒",
    "乌兰其其格",
    "孟克",
    "其美格",
    "巴音",
    "道尔吉",
    "额尔敦",
    "斯琴",
    "吉日木图",
    "苏和",
)
UYGHUR = (
    "买买提·依明",
    "阿依古丽·吐尔逊",
    "艾尔肯·阿不都",
    "古丽娜尔·艾买提",
    "热合曼·托乎提",
    "迪丽努尔·买合木提",
)


@dataclass(frozen=True)
class ClientKind:
    suffix: str
    field: str
    topics: tuple[str, ...]


CLIENT_KINDS: tuple[ClientKind, ...] = (
    ClientKind(
        "教育局", "教育", ("智慧校园建设", "教育城域网升级改造", "班班通设备更新", "校园安防监控系统建设")
    ),
    ClientKind("第一中学", "教育", ("智慧教室建设", "校园网络升级改造", "录播教室建设")),
    ClientKind(
        "人民医院",
        "医疗卫生",
        ("医院信息系统升级", "电子病历系统建设", "院内网络安全等级保护整改", "影像归档传输系统建设"),
    ),
    ClientKind("公安局", "党政", ("视频监控系统扩容", "指挥中心大屏系统建设", "智慧安防小区建设")),
    ClientKind(
        "水利局", "农林牧渔、水利", ("灌区信息化监测平台建设", "水资源监控系统建设", "河湖长制信息平台建设")
    ),
    ClientKind("融媒体中心", "文化、体育、娱乐", ("融媒体指挥调度平台建设", "演播室系统升级改造")),
    ClientKind("政务服务中心", "党政", ("一网通办平台升级", "政务外网安全加固", "政务大厅综合窗口系统建设")),
    ClientKind("自然资源局", "党政", ("不动产登记信息平台升级", "国土空间基础信息平台建设")),
    ClientKind("疾病预防控制中心", "医疗卫生", ("疾控信息系统建设", "冷链监测系统建设")),
)

CERTIFICATES: tuple[tuple[str, str], ...] = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("信息系统监理师", "中级"),
    ("软件设计师", "中级"),
)
"""Titles from seed 000's table of valid certificates (national soft-exam, middle and senior)."""

AUDIT_FIRMS: tuple[tuple[str, str], ...] = (
    ("新疆巴州信诚有限责任会计师事务所", "巴信会审字"),
    ("新疆天正会计师事务所有限公司库尔勒分所", "天正库审字"),
    ("新疆华洲会计师事务所有限公司", "华洲审字"),
)

GB32100_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
GB32100_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
GB11714_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def gb11714_check(body: str) -> str:
    """Check character of an 8-character organisation code body."""
    total = sum(
        (int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, GB11714_WEIGHTS, strict=True)
    )
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def gb32100_check(body: str) -> str:
    """Check character of a 17-character unified social credit code body."""
    total = sum(GB32100_CHARS.index(c) * w for c, w in zip(body, GB32100_WEIGHTS, strict=True))
    return GB32100_CHARS[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str, head: str = "91") -> str:
    """A valid credit code: 91 (company) or 11/12 (public body) + region + organisation code + check."""
    letters = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = (
            "MA" + "".join(rng.choice(letters) for _ in range(6))
            if head == "91"
            else "".join(rng.choice("0123456789") for _ in range(8))
        )
        check = gb11714_check(body)
        if check in GB32100_CHARS:
            code17 = head + region + body + check
            return code17 + gb32100_check(code17)


def person(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(MONGOL)
    if roll < 0.25:
        return rng.choice(UYGHUR)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def people(rng: random.Random, count: int) -> list[str]:
    """Distinct names."""
    seen: list[str] = []
    while len(seen) < count:
        name = person(rng)
        if name not in seen:
            seen.append(name)
    return seen


def firm_name(rng: random.Random, place: Place) -> str:
    return f"{place.name}{rng.choice(place.sights)}{rng.choice(TRADES)}{rng.choice(FIRM_FORMS)}"


def client_name(place: Place, kind: ClientKind) -> str:
    return f"{place.name}{kind.suffix}"


def address(rng: random.Random, place: Place) -> str:
    return f"{PROVINCE}{PREFECTURE}{place.name}{rng.choice(place.streets)}{rng.randint(2, 188)}号"


def location(place: Place) -> str:
    return f"{PROVINCE}{PREFECTURE}{place.name}"
