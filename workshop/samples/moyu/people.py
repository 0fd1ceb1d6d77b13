"""Invented firms, clients and people of the six southern 和田 counties, with valid registration codes."""

from __future__ import annotations

import random
from dataclasses import dataclass

COUNTIES: dict[str, str] = {
    "墨玉县": "653222",
    "皮山县": "653223",
    "洛浦县": "653224",
    "策勒县": "653225",
    "于田县": "653226",
    "民丰县": "653227",
}
"""County → administrative division code (the 6 digits after 91 in a credit code)."""

CLIENT_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "教育局": ("教育", ("智慧教育云平台建设", "中小学班班通设备更新", "教育城域网升级改造")),
    "人民医院": (
        "医疗卫生",
        ("信息系统（HIS）升级改造", "远程会诊及影像归档系统建设", "院内网络安全等级保护整改"),
    ),
    "公安局": ("党政", ("城区视频监控联网扩容", "智慧警务指挥调度系统建设", "治安卡口监控系统升级")),
    "水利局": (
        "农林牧渔、水利",
        ("灌区信息化及量测水设施建设", "水资源监测预警平台建设", "渠系闸门远程控制系统建设"),
    ),
    "融媒体中心": (
        "文化、体育、娱乐",
        ("融媒体指挥调度平台建设", "广播电视播控系统数字化改造", "应急广播系统建设"),
    ),
    "农业农村局": (
        "农林牧渔、水利",
        ("高标准农田信息化监测平台建设", "农产品质量安全追溯系统建设", "数字乡村综合服务平台建设"),
    ),
    "自然资源局": (
        "党政",
        ("不动产登记信息平台升级", "国土空间基础信息平台建设", "自然资源执法监管系统建设"),
    ),
    "卫生健康委员会": (
        "医疗卫生",
        ("全民健康信息平台建设", "基层医疗卫生机构信息化提升", "120急救指挥调度系统建设"),
    ),
    "第一中学": (
        "教育",
        ("智慧校园综合平台建设", "标准化考点及网上巡查系统建设", "录播教室及多媒体教学系统建设"),
    ),
    "应急管理局": (
        "党政",
        ("应急指挥中心信息化建设", "安全生产风险监测预警系统建设", "应急通信保障系统建设"),
    ),
    "政务服务和数据管理局": (
        "党政",
        ("政务服务一体化平台建设", "政务外网及数据中心机房改造", "“一网通办”自助服务终端部署"),
    ),
}
"""Client kind → (field of the MIIT catalogue, project topics)."""

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
GIVEN = "建国志强海燕文斌晓东丽娟伟明俊杰红梅永刚玉兰新华卫东春霞国庆秀英德胜金花立新慧敏振华雪莲"
UYGHUR_GIVEN = (
    "艾力",
    "买买提",
    "阿不都",
    "努尔",
    "吐尔逊",
    "热合曼",
    "帕尔哈提",
    "阿依古丽",
    "古丽娜尔",
    "迪丽努尔",
)
UYGHUR_FAMILY = (
    "艾买提",
    "吐尔洪",
    "依明",
    "卡德尔",
    "阿布拉",
    "尼亚孜",
    "司马义",
    "麦麦提",
    "买合木提",
    "吾守尔",
)
FIRM_WORDS = (
    "玉河",
    "昆仑",
    "和瑞",
    "丝路",
    "绿洲",
    "雪峰",
    "天禾",
    "恒信",
    "启航",
    "博远",
    "瀚海",
    "聚鑫",
    "云帆",
    "南疆",
)
FIRM_TAILS = (
    "信息技术有限公司",
    "网络科技有限公司",
    "数智科技有限公司",
    "电子科技有限公司",
    "信息工程有限公司",
)
AUDIT_FIRMS = (
    "新疆天衡会计师事务所（普通合伙）",
    "新疆华瑞信会计师事务所有限公司",
    "新疆丝路正信会计师事务所（特殊普通合伙）",
    "和田昆仑联合会计师事务所有限公司",
    "新疆中审众环会计师事务所有限公司",
    "新疆驰远天合有限责任会计师事务所",
)
CERTIFICATES: tuple[tuple[str, str], ...] = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("信息系统集成实施工程经理", "中级"),
)
"""Titles from seed 000's table of valid certificates (and the region's 工程经理)."""

BANKS = ("中国农业银行", "中国工商银行", "中国建设银行", "中国银行", "新疆农村信用社")

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def person(rng: random.Random) -> str:
    """A Han or Uyghur name as it is printed on Chinese papers."""
    if rng.random() < 0.35:
        return f"{rng.choice(UYGHUR_GIVEN)}·{rng.choice(UYGHUR_FAMILY)}"
    given = rng.choice([GIVEN[i : i + 2] for i in range(0, len(GIVEN) - 1, 2)])
    if rng.random() < 0.3:
        given = given[0]
    return rng.choice(SURNAMES) + given


def _org_check(body: str) -> str:
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def credit_code(rng: random.Random, region: str, prefix: str = "91") -> str:
    """A unified social credit code (GB 32100-2015): a company (91) or a government body (11) in ``region``."""
    if prefix == "91":
        body = "MA" + "".join(rng.choice(CODE_CHARS) for _ in range(6))
    else:
        body = "0" + "".join(rng.choice("0123456789") for _ in range(7))
    org = body + _org_check(body)
    head = prefix + region + org
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(head, _CREDIT_WEIGHTS, strict=True))
    return head + CODE_CHARS[(31 - total % 31) % 31]


def credit_code_valid(code: str) -> bool:
    """GB 32100-2015 check character."""
    if len(code) != 18 or any(c not in CODE_CHARS for c in code):
        return False
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(code[:17], _CREDIT_WEIGHTS, strict=True))
    return CODE_CHARS[(31 - total % 31) % 31] == code[17]


@dataclass(frozen=True)
class Firm:
    name: str
    county: str
    credit_code: str
    legal_representative: str
    registered_capital: int
    established_on: str
    address: str
    bank: str
    account: str


def firm(rng: random.Random, county: str, used: set[str]) -> Firm:
    """A small integrator registered in ``county`` whose name is not in ``used``."""
    while True:
        word = rng.choice(FIRM_WORDS) + rng.choice(FIRM_WORDS)
        if word[:2] == word[2:]:
            continue
        name = rng.choice((f"新疆{word}", f"{county[:-1]}{word}", f"和田{word}")) + rng.choice(FIRM_TAILS)
        if name not in used:
            used.add(name)
            break
    year = rng.randint(2009, 2020)
    return Firm(
        name=name,
        county=county,
        credit_code=credit_code(rng, COUNTIES[county]),
        legal_representative=person(rng),
        registered_capital=rng.choice((2_000_000, 3_000_000, 5_000_000, 8_000_000, 10_000_000)),
        established_on=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        address=f"新疆维吾尔自治区和田地区{county}{rng.choice(('团结路', '文化路', '友谊路', '幸福路', '迎宾路'))}"
        f"{rng.randint(3, 188)}号{rng.choice(('', '2楼', '综合楼3层'))}",
        bank=rng.choice(BANKS) + f"{county}支行",
        account=str(rng.randint(10**15, 10**16 - 1)) + str(rng.randint(100, 999)),
    )


def client(rng: random.Random, county: str, kind: str) -> str:
    """The client's name: the county's bureau, hospital or school."""
    return f"{county}{kind}"
