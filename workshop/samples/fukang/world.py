"""Invented firms, clients, people and the number spellings the papers print (fukang family)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS_32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_WEIGHTS_11714 = [3, 7, 9, 10, 5, 8, 4, 2]
_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_check(body: str) -> str:
    """GB 11714 check character of an eight-character organisation code body."""
    total = sum(int(c, 36) * w for c, w in zip(body, _WEIGHTS_11714, strict=True))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_check(body17: str) -> str:
    """GB 32100-2015 check character of the first 17 characters."""
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(body17, _WEIGHTS_32100, strict=True))
    return CODE_CHARS[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    body = "MA" + "".join(rng.choice(_ORG_CHARS) for _ in range(6))
    org = body + org_check(body)
    head = kind + region + org
    return head + credit_check(head)


def credit_valid(code: str) -> bool:
    return len(code) == 18 and all(c in CODE_CHARS for c in code) and credit_check(code[:17]) == code[17]


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]


def _four(n: int) -> str:
    out, zero = "", False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _DIGITS[d] + _UNITS[i]
    return out


def words(amount: Decimal) -> str:
    """人民币大写 for an amount in yuan: 壹佰贰拾万零伍佰元整, …元叁角伍分."""
    fen = int((amount * 100).to_integral_value())
    yuan, jiao, f = fen // 100, fen // 10 % 10, fen % 10
    parts = [(yuan // 10**8, "亿"), (yuan // 10**4 % 10**4, "万"), (yuan % 10**4, "")]
    out, pending_zero = "", False
    for value, unit in parts:
        if value == 0:
            if out:
                pending_zero = True
            continue
        if out and (pending_zero or value < 1000):
            out += "零"
        out += _four(value) + unit
        pending_zero = False
    out = (out or "零") + "元"
    if jiao == 0 and f == 0:
        return out + "整"
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    if f:
        out += _DIGITS[f] + "分"
    else:
        out += "整"
    return out


def figures(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def money(amount: Decimal) -> str:
    return f"{amount:.2f}"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_date0(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


_CN_NUM = "〇一二三四五六七八九"


def cn_date_upper(d: dt.date) -> str:
    def small(n: int) -> str:
        if n < 10:
            return _CN_NUM[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_NUM[tens]) + "十" + (_CN_NUM[ones] if ones else "")

    return "".join(_CN_NUM[int(c)] for c in str(d.year)) + "年" + small(d.month) + "月" + small(d.day) + "日"


@dataclass(frozen=True)
class Place:
    name: str
    code: str
    full: str
    streets: tuple[str, ...]
    phone: str


PLACES = {
    "米东区": Place(
        "米东区",
        "650109",
        "新疆维吾尔自治区乌鲁木齐市米东区",
        ("米东南路", "古牧地西路", "振兴街", "石化路", "米东北路", "友谊路"),
        "0991",
    ),
    "昌吉市": Place(
        "昌吉市",
        "652301",
        "新疆维吾尔自治区昌吉回族自治州昌吉市",
        ("延安北路", "建国西路", "北京南路", "宁边西路", "长宁南路", "世纪大道"),
        "0994",
    ),
    "呼图壁县": Place(
        "呼图壁县",
        "652323",
        "新疆维吾尔自治区昌吉回族自治州呼图壁县",
        ("呼图壁镇迎宾路", "园林路", "广场路", "文化路", "景化路"),
        "0994",
    ),
}

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾"
GIVEN = "建国志强海燕丽娟红梅晓东文斌玉兰俊杰亚军新华立新秀英国庆春花明辉学军瑞峰静宇鹏飞"
UYGHUR = (
    "艾尔肯·吐尔逊",
    "古丽米拉·阿不都",
    "买买提·依明",
    "阿依努尔·卡德尔",
    "努尔兰·沙吾提",
    "迪丽娜尔·艾力",
)


def person(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(UYGHUR)
    n = rng.choice((1, 2, 2))
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


FIRM_WORDS = (
    "天衡",
    "瀚博",
    "西域云通",
    "博格达",
    "金穗",
    "恒岳",
    "昌荣",
    "丝路数联",
    "北庭",
    "天池智汇",
    "雪峰",
    "润疆",
)
FIRM_TAILS = ("信息技术有限公司", "科技有限公司", "智能科技有限公司", "网络工程有限公司", "数字技术有限公司")


@dataclass
class Firm:
    name: str
    code: str
    place: Place
    address: str
    legal: str
    capital: Decimal
    established: dt.date
    phone: str
    bank: str
    account: str
    staff: int
    certs: list[tuple[str, str, str, str]] = field(default_factory=list)


CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
    ("系统架构设计师", "高级"),
)


def make_firm(rng: random.Random, place_name: str, avoid: str = "") -> Firm:
    place = PLACES[place_name]
    while True:
        short = rng.choice(FIRM_WORDS)
        tail = rng.choice(FIRM_TAILS)
        prefix = "新疆" if rng.random() < 0.6 else place.full.split("自治区")[1].split("市")[0] + "市"
        if place_name == "呼图壁县" and prefix != "新疆":
            prefix = "呼图壁县"
        name = prefix + short + tail
        if name != avoid:
            break
    n_cert = rng.randint(2, 4)
    certs = []
    for _ in range(n_cert):
        title, level = rng.choice(CERTS)
        certs.append(
            (
                person(rng),
                title,
                level,
                f"{rng.choice('SZ')}{rng.randint(2016, 2024)}{rng.randint(1000000, 9999999)}",
            )
        )
    return Firm(
        name=name,
        code=credit_code(rng, place.code),
        place=place,
        address=f"{place.full}{rng.choice(place.streets)}{rng.randint(2, 899)}号{rng.randint(1, 18)}层{rng.randint(1, 30):02d}室",
        legal=person(rng),
        capital=Decimal(rng.choice((300, 500, 800, 1000, 2000))) * 10000,
        established=dt.date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28)),
        phone=f"{place.phone}-{rng.randint(2100000, 8899999)}",
        bank=rng.choice(("中国工商银行", "中国农业银行", "中国建设银行", "昌吉农村商业银行", "乌鲁木齐银行"))
        + place.name
        + rng.choice(("支行", "营业部", "分理处")),
        account="".join(str(rng.randint(0, 9)) for _ in range(19)),
        staff=rng.randint(8, 16),
        certs=certs,
    )


# client name, field, location place
CLIENTS = (
    ("乌鲁木齐市米东区教育局", "教育", "米东区"),
    ("乌鲁木齐市米东区卫生健康委员会", "医疗卫生", "米东区"),
    ("乌鲁木齐市米东区古牧地镇社区服务中心", "党政", "米东区"),
    ("乌鲁木齐市米东区人民医院", "医疗卫生", "米东区"),
    ("乌鲁木齐市第七十中学", "教育", "米东区"),
    ("昌吉市自然资源局", "党政", "昌吉市"),
    ("昌吉回族自治州人民医院", "医疗卫生", "昌吉市"),
    ("昌吉市第一中学", "教育", "昌吉市"),
    ("昌吉市宁边路街道建国路社区服务中心", "党政", "昌吉市"),
    ("国网新疆电力有限公司昌吉供电公司", "能源", "昌吉市"),
    ("中国移动通信集团新疆有限公司昌吉分公司", "电信", "昌吉市"),
    ("呼图壁县人民医院", "医疗卫生", "呼图壁县"),
    ("呼图壁县水利局", "农林牧渔、水利", "呼图壁县"),
    ("呼图壁县第二中学", "教育", "呼图壁县"),
    ("中国石油天然气股份有限公司新疆销售呼图壁分公司", "能源", "呼图壁县"),
    ("呼图壁县政务服务和公共资源交易中心", "党政", "呼图壁县"),
)

# a sibling body a careless contract could name instead (PARTY_MISMATCH)
SIBLING = {
    "国网新疆电力有限公司昌吉供电公司": "国网新疆电力有限公司呼图壁县供电公司",
    "昌吉回族自治州人民医院": "昌吉市人民医院",
    "昌吉市第一中学": "昌吉市第三中学",
    "呼图壁县水利局": "呼图壁县农业农村局",
}

WORKS = {
    "教育": ("智慧校园网络升级改造项目", "录播教室及多媒体教学系统集成项目", "校园安防监控系统建设项目"),
    "医疗卫生": (
        "医院信息平台网络安全等级保护建设项目",
        "院区无线网络及机房改造项目",
        "远程会诊系统集成项目",
    ),
    "党政": ("政务服务大厅智能排队及信息发布系统项目", "视频会议系统建设项目", "网格化管理平台建设项目"),
    "能源": ("变电站视频监控系统集成项目", "营业厅信息化设备更新项目", "数据中心机房动环监控项目"),
    "电信": ("基站动环监控系统集成项目", "营业厅智能终端部署项目"),
    "农林牧渔、水利": ("灌区信息化监测系统建设项目", "水资源监控平台建设项目"),
}


def project_title(rng: random.Random, client: str, field_name: str) -> str:
    short = client.replace("有限公司", "").replace("股份", "")
    return short + rng.choice(WORKS[field_name])
