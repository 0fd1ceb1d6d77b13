"""Places, people, firms, audit firms and their registration numbers (GB 32100 / GB 11714).

Everything here is invented; the region codes are the real administrative codes of 克州 and 喀什.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

PLACES: dict[str, tuple[str, str, str]] = {
    # short place → (credit-code region, registering authority, street prefix)
    "阿图什市": ("653001", "阿图什市市场监督管理局", "克孜勒苏柯尔克孜自治州阿图什市"),
    "阿克陶县": ("653022", "阿克陶县市场监督管理局", "克孜勒苏柯尔克孜自治州阿克陶县"),
    "阿合奇县": ("653023", "阿合奇县市场监督管理局", "克孜勒苏柯尔克孜自治州阿合奇县"),
    "乌恰县": ("653024", "乌恰县市场监督管理局", "克孜勒苏柯尔克孜自治州乌恰县"),
    "喀什经济开发区": ("653101", "喀什经济开发区市场监督管理局", "新疆喀什经济开发区"),
}

STREETS = (
    "帕米尔路",
    "光明路",
    "松他克路",
    "天山路",
    "昆仑路",
    "幸福路",
    "团结西路",
    "深喀大道",
    "世纪大道",
    "迎宾大道",
    "友谊路",
    "建设路",
)

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯"
HAN_GIVEN = (
    "建国",
    "晓燕",
    "志强",
    "海涛",
    "丽娟",
    "文博",
    "玉梅",
    "振华",
    "雪莲",
    "国庆",
    "立新",
    "春燕",
    "俊杰",
    "红霞",
    "明辉",
    "静怡",
    "鹏飞",
    "淑芳",
)
UYGHUR_KYRGYZ = (
    "艾尔肯·吐尔逊",
    "古丽米拉·买买提",
    "阿不都热依木·托合提",
    "努尔兰·阿斯卡尔",
    "吐尔洪·卡德尔",
    "热依拉·艾买提",
    "买买提江·阿不拉",
    "阿依古丽·沙吾提",
    "托合提·玉素甫",
    "居来提·依明",
    "库尔曼别克·吐尔地",
    "阿依别克·苏来曼",
)

FIRM_WORDS = (
    "帕米尔",
    "天昱",
    "昆仑智联",
    "慕士塔格",
    "玉其塔什",
    "云岭",
    "丝路数智",
    "克州瀚海",
    "西极星",
    "恰克玛克",
    "托云",
    "苏巴什",
    "红旗拉甫",
    "明尧",
    "博格达讯",
    "天山网联",
)
FIRM_TRADES = (
    "信息技术有限公司",
    "网络科技有限公司",
    "数据科技有限公司",
    "智能科技有限公司",
    "信息工程有限公司",
    "电子科技有限责任公司",
)

AUDIT_FIRMS: tuple[tuple[str, str, str], ...] = (
    # name, the abbreviation used in report numbers, city the report is signed in
    ("新疆昆仑正信会计师事务所有限责任公司", "昆正审字", "乌鲁木齐"),
    ("喀什天衡华信会计师事务所（普通合伙）", "喀衡会审字", "喀什"),
    ("新疆丝路中瑞会计师事务所有限公司", "丝中瑞审字", "乌鲁木齐"),
    ("克孜勒苏明鉴会计师事务所有限责任公司", "克明鉴审字", "阿图什"),
    ("新疆天山恒正会计师事务所（特殊普通合伙）", "天恒正审字", "乌鲁木齐"),
    ("喀什诚德信会计师事务所有限公司", "喀诚德审字", "喀什"),
    ("新疆金桥立信会计师事务所有限公司", "金桥审字", "乌鲁木齐"),
    ("新疆帕米尔公正会计师事务所（普通合伙）", "帕公审字", "喀什"),
    ("新疆同心致远会计师事务所有限责任公司", "同致审字", "乌鲁木齐"),
    ("新疆博通华盛会计师事务所有限公司", "博华审字", "乌鲁木齐"),
    ("新疆正大方圆会计师事务所有限公司", "正方审字", "乌鲁木齐"),
    ("喀什经开中审会计师事务所（普通合伙）", "经开中审字", "喀什"),
)
"""Twelve invented firms: each filing of one seed draws a different one, so that the firm's licence
copy bound in every report it signs never appears in two filings of one corpus."""

GSXT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
GB32100_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
GB11714_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ORG_BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWY"


def _char_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body: str) -> str | None:
    """GB 11714 check character of an 8-character organisation code body (None if not expressible)."""
    total = sum(_char_value(c) * w for c, w in zip(body, GB11714_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 10:
        return "X"
    return "0" if check == 11 else str(check)


def credit_check(first17: str) -> str:
    """GB 32100-2015 check character of the first 17 characters of a credit code."""
    total = sum(GSXT_CHARSET.index(c) * w for c, w in zip(first17, GB32100_WEIGHTS, strict=True))
    return GSXT_CHARSET[(31 - total % 31) % 31]


def credit_code_valid(code: str) -> bool:
    """True when an 18-character code has a valid GB 32100 check character."""
    if len(code) != 18 or any(c not in GSXT_CHARSET for c in code):
        return False
    return credit_check(code[:17]) == code[17]


def make_credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A new-style code: 91 + region + MA + 6 characters + GB 11714 check + GB 32100 check."""
    while True:
        body = "MA" + "".join(rng.choice(ORG_BODY_CHARS) for _ in range(6))
        check = org_check(body)
        if check is None:
            continue
        first17 = kind + region + body + check
        return first17 + credit_check(first17)


@dataclass(frozen=True)
class Firm:
    """The declaring enterprise, as its licence registers it."""

    name: str
    place: str
    credit_code: str
    legal_rep: str
    capital_wan: int
    company_type: str
    address: str
    authority: str
    scope: str
    established: dt.date
    short: str


@dataclass(frozen=True)
class AuditFirm:
    """An accounting firm: its own licence and practice certificate are bound into its reports."""

    name: str
    abbrev: str
    city: str
    credit_code: str
    partner: str
    address: str
    practice_number: str
    approval: str
    approved_on: str
    established: tuple[int, int, int]


SCOPE = (
    "计算机信息系统集成服务；软件开发；信息技术咨询服务；数据处理和存储支持服务；网络技术服务；"
    "安全技术防范系统设计施工服务；智能化安装工程服务；计算机软硬件及辅助设备零售；通讯设备销售；"
    "办公设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)


def person(rng: random.Random) -> str:
    """A Han name or a Uyghur / Kyrgyz name with the middle dot."""
    if rng.random() < 0.35:
        return rng.choice(UYGHUR_KYRGYZ)
    return rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN)


def han_person(rng: random.Random) -> str:
    return rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN)


def make_firm(rng: random.Random, place: str, capital_wan: int, established: dt.date) -> Firm:
    region, authority, prefix = PLACES[place]
    word = rng.choice(FIRM_WORDS)
    lead = {"喀什经济开发区": "喀什"}.get(place, place if rng.random() < 0.5 else "新疆")
    name = f"{lead}{word}{rng.choice(FIRM_TRADES)}"
    street = rng.choice(STREETS)
    address = f"{prefix}{street}{rng.randint(2, 188)}号{rng.choice(['', '综合楼', '创业大厦', '科技园'])}{rng.randint(2, 12)}层{rng.randint(1, 20):02d}室"
    return Firm(
        name=name,
        place=place,
        credit_code=make_credit_code(rng, region),
        legal_rep=person(rng),
        capital_wan=capital_wan,
        company_type=rng.choice(["有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)"]),
        address=address,
        authority=authority,
        scope=SCOPE,
        established=established,
        short=f"{word}公司",
    )


def make_audit_firm(rng: random.Random, index: int) -> AuditFirm:
    name, abbrev, city = AUDIT_FIRMS[index % len(AUDIT_FIRMS)]
    region = "650100" if city == "乌鲁木齐" else ("653101" if city == "喀什" else "653001")
    year = rng.randint(2003, 2016)
    return AuditFirm(
        name=name,
        abbrev=abbrev,
        city=city,
        credit_code=make_credit_code(rng, region),
        partner=han_person(rng),
        address=f"新疆维吾尔自治区{city}市{rng.choice(STREETS)}{rng.randint(10, 300)}号{rng.randint(5, 21)}楼",
        practice_number=f"6501{rng.randint(1000, 9999)}",
        approval=f"新财会〔{year}〕{rng.randint(3, 60)}号",
        approved_on=f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        established=(year, rng.randint(1, 12), rng.randint(1, 28)),
    )


def cpa_number(rng: random.Random) -> str:
    """A 12-digit CPA registration number of the Xinjiang institute."""
    return f"6501{rng.randint(0, 9999):04d}{rng.randint(0, 9999):04d}"


CLIENTS: dict[str, tuple[str, ...]] = {
    "阿图什市": (
        "阿图什市教育局",
        "阿图什市人民医院",
        "阿图什市公安局",
        "阿图什市政务服务和公共资源交易中心",
    ),
    "阿克陶县": ("阿克陶县教育局", "阿克陶县人民医院", "阿克陶县水利局", "阿克陶县融媒体中心"),
    "阿合奇县": ("阿合奇县教育局", "阿合奇县人民医院", "阿合奇县农业农村局", "阿合奇县应急管理局"),
    "乌恰县": ("乌恰县教育局", "乌恰县卫生健康委员会", "乌恰县自然资源局", "乌恰县第一中学"),
    "喀什经济开发区": (
        "喀什经济开发区管理委员会",
        "喀什综合保税区管理委员会",
        "喀什地区第一人民医院",
        "喀什大学",
    ),
}

FIELD_OF: dict[str, str] = {
    "教育局": "教育",
    "人民医院": "医疗卫生",
    "公安局": "党政",
    "中心": "党政",
    "水利局": "农林牧渔、水利",
    "融媒体中心": "文化、体育、娱乐",
    "农业农村局": "农林牧渔、水利",
    "应急管理局": "党政",
    "卫生健康委员会": "医疗卫生",
    "自然资源局": "党政",
    "第一中学": "教育",
    "管理委员会": "党政",
    "第一人民医院": "医疗卫生",
    "大学": "教育",
}


def field_of(client: str) -> str:
    """The MIIT field of a client, by the longest matching suffix."""
    best = ""
    for suffix in FIELD_OF:
        if client.endswith(suffix) and len(suffix) > len(best):
            best = suffix
    return FIELD_OF[best] if best else "其他"


TOPICS: dict[str, tuple[str, ...]] = {
    "教育": ("智慧校园建设项目", "教育城域网升级改造项目", "标准化考场视频监控系统建设项目"),
    "医疗卫生": ("医院信息系统（HIS）升级项目", "远程会诊平台建设项目", "数据中心机房改造项目"),
    "党政": ("视频会议系统建设项目", "政务外网安全加固项目", "指挥调度平台建设项目"),
    "农林牧渔、水利": ("灌区信息化建设项目", "水资源监测平台建设项目", "农业物联网监测项目"),
    "文化、体育、娱乐": ("融媒体中心平台建设项目", "应急广播系统建设项目"),
    "其他": ("信息化建设项目",),
}
