"""Counties, clients, invented firms and people of the family, and their registration codes."""

from __future__ import annotations

import random
from dataclasses import dataclass

COUNTIES: dict[str, str] = {
    "麦盖提县": "653127",
    "巴楚县": "653130",
    "岳普湖县": "653128",
    "伽师县": "653129",
}
"""The family's counties of 喀什地区 and their administrative-division codes (GB/T 2260)."""

TOWNS: dict[str, tuple[str, ...]] = {
    "麦盖提县": ("麦盖提镇", "巴扎结米镇", "央塔克乡", "克孜勒阿瓦提乡"),
    "巴楚县": ("巴楚镇", "色力布亚镇", "阿瓦提镇", "三岔口镇"),
    "岳普湖县": ("岳普湖镇", "艾西曼镇", "铁力木乡", "也克先拜巴扎乡"),
    "伽师县": ("巴仁镇", "西克尔库勒镇", "卧里托格拉克镇", "江巴孜乡"),
}

STREETS = (
    "团结路",
    "人民路",
    "友谊路",
    "解放北路",
    "迎宾大道",
    "刀郎路",
    "幸福路",
    "文化路",
    "建设路",
    "胜利路",
)

CLIENT_KINDS: tuple[tuple[str, str, str], ...] = (
    # (organisation suffix, 领域 of the MIIT catalogue, the kind of system it buys)
    ("教育局", "教育", "智慧校园"),
    ("人民医院", "医疗卫生", "HIS系统"),
    ("公安局", "党政", "视频监控"),
    ("水利局", "农林牧渔、水利", "水资源监测"),
    ("自然资源局", "党政", "不动产登记"),
    ("融媒体中心", "文化、体育、娱乐", "融媒体"),
    ("农业农村局", "农林牧渔、水利", "农业物联网"),
    ("政务服务和公共资源交易中心", "党政", "政务服务"),
    ("卫生健康委员会", "医疗卫生", "基层卫生信息"),
    ("第一中学", "教育", "录播教室"),
    ("应急管理局", "党政", "应急指挥"),
    ("市场监督管理局", "党政", "智慧监管"),
)

FIRM_WORDS = (
    "天润",
    "昆仑",
    "丝路",
    "刀郎",
    "胡杨",
    "金穗",
    "叶尔羌",
    "鸿远",
    "睿达",
    "博信",
    "智恒",
    "华拓",
    "星源",
    "宏泰",
)
FIRM_TRADES = ("信息技术", "网络科技", "智能科技", "电子科技", "数字科技", "信息工程")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
GIVEN = (
    "建国",
    "海燕",
    "志强",
    "丽娜",
    "晓东",
    "文杰",
    "红梅",
    "国庆",
    "新疆",
    "玉兰",
    "伟",
    "静",
    "磊",
    "军",
    "涛",
)
UYGHUR_NAMES = (
    "阿卜杜热合曼·买买提",
    "古丽娜尔·艾合买提",
    "艾尔肯·吐尔逊",
    "热依拉·阿不都",
    "买买提江·喀迪尔",
    "迪丽努尔·肉孜",
    "吐尔洪·艾力",
    "帕提古丽·斯迪克",
)

AUDIT_FIRMS = (
    "喀什正信会计师事务所有限公司",
    "新疆天山中和会计师事务所（普通合伙）",
    "喀什华诚联合会计师事务所有限责任公司",
    "新疆宏昌信会计师事务所有限公司",
)

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check(first17: str) -> str:
    """GB 32100-2015 check character of the first 17 characters of a unified social credit code."""
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def org_check(first8: str) -> str:
    """GB 11714-1997 check character of an organisation code's first 8 characters."""
    total = sum(int(c, 36) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def credit_code(rng: random.Random, region: str) -> str:
    """A plausible enterprise code: 9 1 <region> <organisation code with its check> <check>."""
    body = "MA" + "".join(rng.choice(_USCC_CHARS) for _ in range(6))
    first17 = "91" + region + body + org_check(body)
    return first17 + uscc_check(first17)


def public_code(rng: random.Random, region: str) -> str:
    """A code of a state organ (机关, 11) or public institution (事业单位, 12)."""
    kind = rng.choice(("11", "12"))
    body = "".join(rng.choice("0123456789") for _ in range(8))
    first17 = kind + region + body + org_check(body)
    return first17 + uscc_check(first17)


def person(rng: random.Random) -> str:
    """A Han or Uyghur name."""
    if rng.random() < 0.4:
        return rng.choice(UYGHUR_NAMES)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


@dataclass(frozen=True)
class Organisation:
    name: str
    code: str
    address: str
    county: str
    field: str = "其他"
    system: str = ""


def firm(rng: random.Random, county: str) -> Organisation:
    """An invented integrator registered in ``county``."""
    name = f"{county.removesuffix('县')}{rng.choice(FIRM_WORDS)}{rng.choice(FIRM_TRADES)}有限公司"
    return Organisation(name, credit_code(rng, COUNTIES[county]), address(rng, county), county)


def client(rng: random.Random, county: str, taken: set[str]) -> Organisation:
    """A county organisation that buys a system; never one already in ``taken``."""
    while True:
        suffix, field, system = rng.choice(CLIENT_KINDS)
        name = county + suffix
        if name not in taken:
            taken.add(name)
            return Organisation(
                name, public_code(rng, COUNTIES[county]), address(rng, county), county, field, system
            )


def address(rng: random.Random, county: str) -> str:
    """A street address in the county."""
    town = rng.choice(TOWNS[county])
    return f"新疆喀什地区{county}{town}{rng.choice(STREETS)}{rng.randint(2, 188)}号"
