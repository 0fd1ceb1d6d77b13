"""Invented firms, clients and people of 阿勒泰地区 (青河县, 富蕴县, 阿勒泰市, 布尔津县)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from stdnum.cn import uscc

PLACES: dict[str, str] = {
    "青河县": "654325",
    "富蕴县": "654322",
    "阿勒泰市": "654301",
    "布尔津县": "654321",
}
"""County → region code of GB/T 2260 (the six digits inside a credit code)."""

STREETS: dict[str, tuple[str, ...]] = {
    "青河县": ("团结路", "和平路", "幸福路", "友谊路", "解放路"),
    "富蕴县": ("文化路", "人民路", "民主路", "可可托海路", "育才路"),
    "阿勒泰市": ("解放路", "团结路", "金山路", "桦林路", "公园路"),
    "布尔津县": ("友谊峰路", "文明路", "神湖路", "禾木路", "商贸路"),
}

BUREAUS = (
    "教育局",
    "人民医院",
    "公安局",
    "自然资源局",
    "水利局",
    "融媒体中心",
    "卫生健康委员会",
    "农业农村局",
    "政务服务和公共资源交易中心",
    "疾病预防控制中心",
    "文化体育广播电视和旅游局",
    "应急管理局",
)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
GIVEN = (
    "建国",
    "海军",
    "志强",
    "文华",
    "秀英",
    "玉兰",
    "丽娟",
    "永红",
    "晓东",
    "国庆",
    "新民",
    "振华",
    "春燕",
    "天宇",
    "浩然",
    "俊杰",
    "明辉",
    "立新",
    "丽萍",
    "卫东",
    "学军",
    "红梅",
    "雪莲",
    "爱华",
    "磊",
    "静",
    "勇",
    "鹏",
)
KAZAKH = (
    "叶尔兰·努尔兰",
    "阿依古丽·吐尔逊",
    "哈那提·别克",
    "努尔波拉提·加汗",
    "古丽娜尔·叶尔肯",
    "别尔克·阿合买提",
    "阿山·沙吾提",
    "扎依达·托合塔尔",
)

FIRM_WORDS = (
    "金山",
    "额河",
    "喀纳斯",
    "乌伦古",
    "可可托海",
    "青格里",
    "天雁",
    "北塔",
    "阿尔泰",
    "桦林",
    "雪岭",
    "白桦",
)
FIRM_TAILS = (
    "信息技术有限公司",
    "科技有限公司",
    "网络科技有限公司",
    "数字科技有限公司",
    "智能科技有限公司",
    "信息工程有限公司",
)


def person(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(KAZAKH)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def credit_code(rng: random.Random, region: str) -> str:
    """A unified social credit code (GB 32100-2015) with valid check characters, type 91 (企业)."""
    org = "".join(rng.choice("0123456789") for _ in range(8))
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(org, weights, strict=True))
    check = 11 - total % 11
    org += "X" if check == 10 else "0" if check == 11 else str(check)
    body = "91" + region + org
    return body + uscc.calc_check_digit(body)


@dataclass(frozen=True)
class Firm:
    name: str
    short: str
    county: str
    credit_code: str
    legal_rep: str
    address: str
    capital_wan: int
    established: tuple[int, int, int]


def firm(rng: random.Random, county: str, used: set[str]) -> Firm:
    while True:
        word = rng.choice(FIRM_WORDS)
        tail = rng.choice(FIRM_TAILS)
        mid = rng.choice(("", "云", "数智", "恒通", "汇联", "博远", "联创"))
        name = f"{county}{word}{mid}{tail}"
        if name not in used:
            used.add(name)
            break
    street = rng.choice(STREETS[county])
    address = f"新疆阿勒泰地区{county}{street}{rng.randint(2, 188)}号{rng.choice(('', '2栋', '综合楼'))}{rng.randint(1, 6)}0{rng.randint(1, 9)}室"
    return Firm(
        name=name,
        short=word + mid,
        county=county,
        credit_code=credit_code(rng, PLACES[county]),
        legal_rep=person(rng),
        address=address,
        capital_wan=rng.choice((100, 200, 300, 500, 600, 800, 1000, 1200)),
        established=(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28)),
    )


def client(rng: random.Random, county: str, avoid: set[str]) -> str:
    while True:
        name = county + rng.choice(BUREAUS)
        if name not in avoid:
            avoid.add(name)
            return name
