"""The four places of this family, their government clients, firms and people, in Chinese with their Uyghur (and,
for the 伊犁 counties' clients, Kazakh) renderings; GB 11714 / GB 32100 check characters."""

from __future__ import annotations

import random
from dataclasses import dataclass

# ---------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    zh: str
    region: str
    ug: str
    """The Uyghur name of the place."""
    ug_adj: str
    """Uyghur attributive form (新源县的 → كۈنەس ناھىيىلىك)."""
    kk_adj: str
    """Kazakh (Arabic script) attributive form."""
    prefecture: str
    streets: tuple[str, ...]


PLACES: tuple[Place, ...] = (
    Place(
        "新源县",
        "654025",
        "كۈنەس ناھىيىسى",
        "كۈنەس ناھىيىلىك",
        "كۇنەس اۋداندىق",
        "伊犁哈萨克自治州",
        ("新源镇人民路", "新源镇解放路", "新源镇巩乃斯大道", "新源镇团结路"),
    ),
    Place(
        "巩留县",
        "654024",
        "توققۇزتارا ناھىيىسى",
        "توققۇزتارا ناھىيىلىك",
        "توعىزتاراۋ اۋداندىق",
        "伊犁哈萨克自治州",
        ("巩留镇东风路", "巩留镇建设路", "巩留镇幸福路", "巩留镇光明路"),
    ),
    Place(
        "伊宁市",
        "654002",
        "غۇلجا شەھىرى",
        "غۇلجا شەھەرلىك",
        "قۇلجا قالالىق",
        "伊犁哈萨克自治州",
        ("斯大林街", "解放西路", "新华东路", "飞机场路", "伊犁河路"),
    ),
    Place(
        "奎屯市",
        "654003",
        "كۈيتۇن شەھىرى",
        "كۈيتۇن شەھەرلىك",
        "كۇيتۇن قالالىق",
        "伊犁哈萨克自治州",
        ("北京西路", "乌鲁木齐东路", "团结南街", "天北新区黄河路"),
    ),
)


def place_named(zh: str) -> Place:
    return next(p for p in PLACES if p.zh == zh)


# ---------------------------------------------------------------- clients

# (zh suffix, Uyghur noun, Kazakh noun, project field)
UNITS: tuple[tuple[str, str, str, str], ...] = (
    ("教育局", "مائارىپ ئىدارىسى", "وقۋ-اعارتۋ مەكەمەسى", "教育"),
    ("人民医院", "خەلق دوختۇرخانىسى", "حالىق اۋرۋحاناسى", "医疗卫生"),
    ("自然资源局", "تەبىئىي بايلىق ئىدارىسى", "تابيعي بايلىق مەكەمەسى", "党政"),
    ("公安局", "جامائەت خەۋپسىزلىك ئىدارىسى", "قوعامدىق قاۋىپسىزدىك مەكەمەسى", "党政"),
    ("水利局", "سۇ ئىشلىرى ئىدارىسى", "سۋ ىستەرى مەكەمەسى", "农林牧渔、水利"),
    ("融媒体中心", "مېدىيا مەركىزى", "مەديا ورتالىعى", "文化、体育、娱乐"),
    (
        "疾病预防控制中心",
        "كېسەللىكنىڭ ئالدىنى ئېلىش ۋە كونترول قىلىش مەركىزى",
        "اۋرۋدىڭ الدىن الۋ ورتالىعى",
        "医疗卫生",
    ),
    ("市场监督管理局", "بازار نازارەت باشقۇرۇش ئىدارىسى", "بازار باقىلاۋ باسقارۋ مەكەمەسى", "党政"),
    ("农业农村局", "يېزا ئىگىلىك ۋە يېزا ئىدارىسى", "اۋىل شارۋاشىلىعى مەكەمەسى", "农林牧渔、水利"),
    ("第一中学", "1-ئوتتۇرا مەكتەپ", "№1 ورتا مەكتەپ", "教育"),
    ("人民政府办公室", "خەلق ھۆكۈمىتى ئىشخانىسى", "حالىق ۇكىمەتى كەڭسەسى", "党政"),
)


@dataclass(frozen=True)
class Client:
    zh: str
    ug: str
    kk: str
    field: str
    place: Place


def client(place: Place, unit: str) -> Client:
    zh, ug, kk, field = next(u for u in UNITS if u[0] == unit)
    return Client(place.zh + zh, f"{place.ug_adj} {ug}", f"{place.kk_adj} {kk}", field, place)


REGISTRAR_UNIT = "市场监督管理局"

# ---------------------------------------------------------------- firms

# trade names: zh, Uyghur transliteration, Uyghur translation where people use one (honest variants)
TRADES: tuple[tuple[str, str, str], ...] = (
    ("天源", "تيەنيۈەن", "تيەنيۈەن"),
    ("金泉", "جىنچۈەن", "ئالتۇن بۇلاق"),
    ("雪莲", "شۆيلەن", "قار لەيلىسى"),
    ("博达", "بودا", "بودا"),
    ("恒信", "خېڭشىن", "خېڭشىن"),
    ("汇通", "خۇيتوڭ", "خۇيتوڭ"),
    ("启明", "چىمىڭ", "چولپان"),
    ("瀚海", "خەنخەي", "خەنخەي"),
    ("天山", "تيەنشەن", "تەڭرىتاغ"),
    ("丝路", "سىلۇ", "يىپەك يولى"),
    ("星河", "شىڭخې", "شىڭخې"),
    ("云帆", "يۈنفەن", "يۈنفەن"),
    ("鑫源", "شىنيۈەن", "شىنيۈەن"),
    ("银河", "يىنخې", "سامان يولى"),
    ("巩乃斯", "كۈنەس", "كۈنەس"),
)

TRADES_OLD = ("友谊", "那拉提", "伊帆", "宏远", "新丝", "乃斯")
"""Trade names firms carried before a change of name (transliterations alongside)."""
TRADES_OLD_UG = {
    "友谊": "دوستلۇق",
    "那拉提": "نارات",
    "伊帆": "يىفەن",
    "宏远": "خۇڭيۈەن",
    "新丝": "شىنسى",
    "乃斯": "نەيسى",
}

INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("信息技术", "ئۇچۇر تېخنىكا"),
    ("网络科技", "تور پەن-تېخنىكا"),
    ("数字科技", "رەقەملىك پەن-تېخنىكا"),
    ("智能科技", "ئەقلىي پەن-تېخنىكا"),
    ("电子科技", "ئېلېكترون پەن-تېخنىكا"),
    ("计算机系统工程", "كومپيۇتېر سىستېما قۇرۇلۇش"),
)

SUFFIXES: tuple[tuple[str, str, str], ...] = (
    ("有限公司", "چەكلىك شىركىتى", "有限责任公司(自然人投资或控股)"),
    ("有限责任公司", "چەكلىك مەسئۇلىيەت شىركىتى", "有限责任公司(自然人独资)"),
)

COMPANY_TYPE_UG = {
    "有限责任公司(自然人投资或控股)": "چەكلىك مەسئۇلىيەت شىركىتى (تەبىئىي كىشى مەبلەغ سالغان ياكى كونترول قىلغان)",
    "有限责任公司(自然人独资)": "چەكلىك مەسئۇلىيەت شىركىتى (تەبىئىي كىشى يالغۇز مەبلەغ سالغان)",
}


def firm_name(
    prefix_zh: str, prefix_ug: str, trade: tuple[str, str], industry: tuple[str, str], suffix: int
) -> tuple[str, str]:
    """(Chinese name, Uyghur name) of a firm."""
    zh = f"{prefix_zh}{trade[0]}{industry[0]}{SUFFIXES[suffix][0]}"
    ug = f"{prefix_ug} {trade[1]} {industry[1]} {SUFFIXES[suffix][1]}"
    return zh, ug


# ---------------------------------------------------------------- people

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
HAN_GIVEN = (
    "建国",
    "志强",
    "晓东",
    "海燕",
    "丽娟",
    "国庆",
    "新民",
    "红梅",
    "永刚",
    "春华",
    "文博",
    "玉兰",
    "振华",
    "雪峰",
    "立新",
    "秀英",
)
UYGHUR_NAMES = (
    "艾尔肯·吐尔逊",
    "阿依古丽·买买提",
    "买买提江·艾力",
    "古丽娜尔·阿不都拉",
    "热合曼·依明",
    "迪丽努尔·艾买提",
    "努尔艾力·卡德尔",
    "帕尔哈提·阿布力米提",
)
KAZAKH_NAMES = (
    "努尔兰·哈力别克",
    "叶尔兰·吐尔逊别克",
    "阿依达娜·赛力克",
    "别克波拉提·努尔哈力",
    "加娜尔·托列吾汗",
)


def person(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN)
    if roll < 0.8:
        return rng.choice(UYGHUR_NAMES)
    return rng.choice(KAZAKH_NAMES)


# ---------------------------------------------------------------- codes

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""Characters of the 8-character body of a 组织机构代码 as the unified code carries it (no I O S V Z)."""


def org_check(body: str) -> str:
    """GB 11714 check character of an 8-character 组织机构代码 body."""
    total = sum(int(c, 36) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def code_check(first17: str) -> str:
    """GB 32100 check character of the first 17 characters of a unified social credit code."""
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(first17, CODE_WEIGHTS, strict=True))
    return CODE_CHARS[(31 - total % 31) % 31]


def code_valid(code: str) -> bool:
    return (
        len(code) == 18
        and all(c in CODE_CHARS for c in code)
        and code_check(code[:17]) == code[17]
        and org_check(code[8:16]) == code[16]
    )


def credit_code(rng: random.Random, region: str) -> str:
    """A valid 91<region>MA… code (GB 11714 check inside, GB 32100 check last)."""
    body = "MA" + "".join(rng.choice(ORG_CHARS) for _ in range(6))
    first17 = "91" + region + body + org_check(body)
    return first17 + code_check(first17)


def contract_number(rng: random.Random, year: int, tag: str) -> str:
    return f"{tag}-{year}-{rng.randrange(10, 999):03d}"
