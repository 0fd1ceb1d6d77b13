"""The four places of this family, their public bodies, firms and people; GB 11714 / GB 32100 check characters."""

from __future__ import annotations

import random
from dataclasses import dataclass

PREFECTURE = "伊犁哈萨克自治州"


@dataclass(frozen=True)
class Place:
    county: str
    short: str
    code: str
    seat: str
    towns: tuple[str, ...]
    streets: tuple[str, ...]
    trade_words: tuple[str, ...]
    phone: str


PLACES: tuple[Place, ...] = (
    Place(
        "尼勒克县",
        "尼勒克",
        "654028",
        "尼勒克镇",
        (
            "乌拉斯台镇",
            "木斯乡",
            "喀拉托别乡",
            "乌赞乡",
            "加哈乌拉斯台乡",
            "苏布台乡",
            "胡吉尔台乡",
            "科蒙乡",
            "克令乡",
        ),
        ("团结路", "和平路", "新华路", "喀什河路", "吉林台路", "幸福路"),
        ("唐布拉", "喀什河", "乔尔玛", "吉林台", "加哈", "蜂场"),
        "0999-46",
    ),
    Place(
        "伊宁县",
        "伊宁县",
        "654021",
        "吉里于孜镇",
        (
            "墩麻扎镇",
            "英塔木镇",
            "胡地亚于孜镇",
            "萨地克于孜乡",
            "愉群翁回族乡",
            "喀什镇",
            "阿乌利亚乡",
            "温亚尔乡",
        ),
        ("迎宾大道", "团结东路", "英也尔路", "伊犁河路", "阿吾勒路"),
        ("吉里于孜", "墩麻扎", "萨地克", "阿乌利亚", "喀拉亚尕奇", "英塔木"),
        "0999-48",
    ),
    Place(
        "察布查尔锡伯自治县",
        "察布查尔",
        "654022",
        "察布查尔镇",
        (
            "爱新舍里镇",
            "孙扎齐牛录乡",
            "纳达齐牛录乡",
            "坎乡",
            "扎库齐牛录乡",
            "海努克乡",
            "绰霍尔乡",
            "堆齐牛录乡",
        ),
        ("锡伯大街", "寨牛录街", "团结路", "西迁路", "弓箭路"),
        ("孙扎齐", "纳达齐", "绰霍尔", "海努克", "爱新舍里", "乌孙山"),
        "0999-36",
    ),
    Place(
        "霍城县",
        "霍城",
        "654023",
        "水定镇",
        ("清水河镇", "芦草沟镇", "惠远镇", "萨尔布拉克镇", "三道河乡", "大西沟乡", "兰干乡", "良繁场"),
        ("惠远路", "伊犁路", "将军路", "解放路", "北京路"),
        ("惠远", "果子沟", "芦草沟", "薰衣草", "清水河", "大西沟"),
        "0999-30",
    ),
)


def place_by_code(code: str) -> Place:
    return next(p for p in PLACES if p.code == code)


# ---------------------------------------------------------------- codes

_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def org_check(body: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    total = sum(_ORG_CHARS.index(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def uscc_check(first17: str) -> str:
    """GB 32100 check character of the first 17 characters of a unified social credit code."""
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def uscc_valid(code: str) -> bool:
    return len(code) == 18 and all(c in _USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


def credit_code(rng: random.Random, kind: str, region: str) -> str:
    """A valid code: kind "91" (company), "11" (机关), "12" (事业单位)."""
    while True:
        if kind == "91":
            body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        try:
            check = org_check(body)
        except ValueError:
            continue
        first17 = kind + region + body + check
        if all(c in _USCC_CHARS for c in first17):
            return first17 + uscc_check(first17)


# ---------------------------------------------------------------- people

HAN_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
)
HAN_GIVEN = (
    "建国",
    "卫东",
    "志强",
    "海燕",
    "丽娟",
    "文博",
    "晓军",
    "红梅",
    "新民",
    "玉兰",
    "国庆",
    "振华",
    "秀英",
    "立新",
    "永刚",
    "静",
    "磊",
    "鹏",
    "婷",
    "军",
    "明轩",
    "思远",
    "佳怡",
    "浩然",
    "雪莲",
    "天山",
    "玉龙",
    "春燕",
    "伟",
    "敏",
)
XIBE_SURNAMES = ("关", "佟", "吴", "郭", "何", "安", "韩", "常", "富", "伊")
UYGHUR = (
    "艾力·买买提",
    "古丽娜尔·吐尔逊",
    "阿不都热合曼·依明",
    "热娜古丽·艾买提",
    "买尔旦·阿不力米提",
    "努尔艾力·司马义",
    "迪丽努尔·阿布都拉",
    "艾克拜尔·吾守尔",
    "帕提古丽·热合曼",
    "吐尔洪·托合提",
)
KAZAKH = (
    "叶尔兰·努尔兰",
    "阿依古丽·沙比提",
    "努尔波拉提·哈力木",
    "别克·托列吾汗",
    "加娜尔·叶尔肯",
    "哈那提·巴合提",
    "阿勒泰·木拉提",
    "古丽米拉·加米西",
    "叶尔江·努尔别克",
    "赛力克·吐尔逊别克",
)


def person(rng: random.Random, place: Place | None = None) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN)
    if roll < 0.7 and place is not None and place.code == "654022":
        return rng.choice(XIBE_SURNAMES) + rng.choice(HAN_GIVEN)
    if roll < 0.85:
        return rng.choice(KAZAKH)
    return rng.choice(UYGHUR)


# ---------------------------------------------------------------- firms and clients

INDUSTRY = ("信息技术", "网络科技", "智能科技", "数字科技", "电子科技", "信息工程")
FIRM_PATTERNS = ("新疆{w}{i}有限公司", "伊犁{w}{i}有限公司", "{c}{w}{i}有限责任公司", "{c}{w}{i}有限公司")

CPA_FIRMS = (
    ("伊犁正衡会计师事务所有限责任公司", "伊正衡审字"),
    ("新疆天恒信会计师事务所（普通合伙）", "新天恒审字"),
    ("伊犁诚信联合会计师事务所", "伊诚会审字"),
    ("新疆瑞丰会计师事务所有限公司", "新瑞丰审字"),
)


@dataclass(frozen=True)
class Firm:
    name: str
    code: str
    place: Place
    legal_rep: str
    capital_wan: int
    established: tuple[int, int, int]
    address: str
    phone: str
    bank: str
    account: str


def make_firm(rng: random.Random, place: Place) -> Firm:
    county = place.county.replace("锡伯自治县", "").replace("县", "")
    pattern = rng.choice(FIRM_PATTERNS)
    name = pattern.format(w=rng.choice(place.trade_words), i=rng.choice(INDUSTRY), c=county)
    address = (
        f"新疆伊犁州{place.county}{place.seat}{rng.choice(place.streets)}{rng.randint(2, 188)}号"
        + rng.choice(("", f"{rng.randint(1, 6)}号楼{rng.randint(1, 5)}0{rng.randint(1, 9)}室", "商住楼一层"))
    )
    bank = rng.choice(("中国农业银行", "中国建设银行", "中国工商银行", "新疆农村信用社", "伊犁农村商业银行"))
    branch = f"{bank}{place.short}{rng.choice(('支行', '营业部', '分理处'))}"
    return Firm(
        name=name,
        code=credit_code(rng, "91", place.code),
        place=place,
        legal_rep=person(rng, place),
        capital_wan=rng.choice((100, 200, 300, 500, 600, 800, 1000, 1200)),
        established=(rng.randint(2011, 2021), rng.randint(1, 12), rng.randint(1, 28)),
        address=address,
        phone=f"{place.phone}{rng.randint(10000, 99999)}",
        bank=branch,
        account="".join(rng.choice("0123456789") for _ in range(19)),
    )


@dataclass(frozen=True)
class Client:
    name: str
    kind: str  # "11" 机关, "12" 事业单位
    field: str
    stems: tuple[str, ...]
    place: Place


EDU_STEMS = (
    "中小学智慧教室建设项目",
    "校园安防监控系统建设项目",
    "教育城域网升级改造项目",
    "录播教室建设项目",
)
HOSPITAL_STEMS = (
    "数据中心机房改造项目",
    "互联网医院平台建设项目",
    "院内网络安全等级保护整改项目",
    "HIS系统升级改造项目",
)
WATER_STEMS = ("水资源监测信息化建设项目", "灌区信息化建设项目", "山洪灾害监测预警系统建设项目")
POLICE_STEMS = ("视频监控联网平台建设项目", "指挥中心大屏显示系统建设项目")
LAND_STEMS = ("不动产登记信息平台升级项目", "国土空间基础信息平台建设项目")
MEDIA_STEMS = ("演播室系统集成项目", "应急广播系统建设项目")


def clients(place: Place) -> list[Client]:
    c = place.county
    return [
        Client(f"{c}教育局", "11", "教育", EDU_STEMS, place),
        Client(f"{c}人民医院", "12", "医疗卫生", HOSPITAL_STEMS, place),
        Client(f"{c}水利局", "11", "农林牧渔、水利", WATER_STEMS, place),
        Client(f"{c}公安局", "11", "党政", POLICE_STEMS, place),
        Client(f"{c}自然资源局", "11", "党政", LAND_STEMS, place),
        Client(f"{c}融媒体中心", "12", "文化、体育、娱乐", MEDIA_STEMS, place),
    ]


def schools(place: Place, rng: random.Random, count: int) -> list[str]:
    """Schools of a county for a merged row (one contract each, the 教育局 as 甲方)."""
    names = [f"{place.county}第一中学", f"{place.county}第二中学", f"{place.county}第一小学"]
    names += [f"{place.county}{town}中心学校" for town in place.towns]
    rng.shuffle(names)
    return names[:count]


CERTIFICATES = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("信息系统监理师", "中级"),
)
