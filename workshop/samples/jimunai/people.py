"""Places, people, firms and clients of 阿勒泰地区's north-west counties; credit codes; 人民币大写 and dates."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

COUNTIES: dict[str, str] = {
    "吉木乃县": "654326",
    "哈巴河县": "654324",
    "布尔津县": "654321",
    "福海县": "654323",
    "青河县": "654325",
}
"""County → GB/T 2260 region code (the credit code's digits 3–8)."""

STREETS: dict[str, tuple[str, ...]] = {
    "吉木乃县": ("托斯特乡边贸路", "吉木乃镇团结路", "吉木乃镇友谊路", "口岸大道"),
    "哈巴河县": ("阿克齐镇友谊路", "阿克齐镇白桦路", "阿克齐镇幸福路", "团结东路"),
    "布尔津县": ("布尔津镇文明路", "布尔津镇友谊峰路", "喀纳斯路", "神湖路"),
    "福海县": ("福海镇人民东路", "福海镇团结路", "乌伦古路", "海上魔鬼城路"),
    "青河县": ("青河镇友谊路", "青河镇团结北路", "乌伦古河路", "三道海子路"),
}

CLIENT_UNITS: tuple[tuple[str, str], ...] = (
    ("教育局", "教育"),
    ("人民医院", "医疗卫生"),
    ("卫生健康委员会", "医疗卫生"),
    ("公安局", "党政"),
    ("自然资源局", "党政"),
    ("水利局", "农林牧渔、水利"),
    ("融媒体中心", "文化、体育、娱乐"),
    ("应急管理局", "党政"),
    ("农业农村局", "农林牧渔、水利"),
    ("政务服务和公共资源交易中心", "党政"),
    ("第一中学", "教育"),
    ("文化体育广播电视和旅游局", "文化、体育、娱乐"),
)

SYSTEMS: dict[str, tuple[str, ...]] = {
    "教育局": ("智慧校园网络升级改造项目", "中小学录播教室建设项目", "教育城域网安全加固项目"),
    "人民医院": ("医院信息系统（HIS）升级项目", "院内无线网络覆盖项目", "PACS影像存储扩容项目"),
    "卫生健康委员会": ("全民健康信息平台建设项目", "基层卫生机构信息化提升项目"),
    "公安局": ("视频监控联网共享平台建设项目", "指挥中心大屏显示系统项目"),
    "自然资源局": ("不动产登记信息系统升级项目", "国土空间基础信息平台建设项目"),
    "水利局": ("水资源监测信息化建设项目", "灌区量水设施自动化改造项目"),
    "融媒体中心": ("融媒体中心演播室系统集成项目", "应急广播系统建设项目"),
    "应急管理局": ("应急指挥信息化平台建设项目", "森林草原防火视频监测项目"),
    "农业农村局": ("农牧业大数据平台建设项目", "高标准农田监测系统项目"),
    "政务服务和公共资源交易中心": ("政务服务大厅智能化改造项目", "电子政务外网升级项目"),
    "第一中学": ("智慧教室及校园广播系统项目", "校园安防监控系统建设项目"),
    "文化体育广播电视和旅游局": ("景区智慧旅游服务平台项目", "文化馆数字化展示系统项目"),
}

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
)
GIVEN = "建国志强海燕玉兰国华文静晓东建军春梅新民立新红霞丽娜永红德胜明辉秀英晓燕俊杰鹏飞雪梅振华"
KAZAKH = (
    "努尔兰·哈森",
    "叶尔兰·托列根",
    "阿依古丽·加那提",
    "巴合提别克·木拉提",
    "赛力克·阿布都拉",
    "古丽米拉·叶尔肯",
    "哈那提·别克",
    "达吾列提·卡德尔",
)
TRADE = ("金山", "额河", "喀纳斯", "白桦林", "乌伦古", "界山", "阿山", "北屯", "五彩", "天泽", "瀚云", "博远")
SUFFIX = ("信息技术有限公司", "网络科技有限公司", "智能科技有限公司", "电子工程有限公司", "数码科技有限公司")

CERT_TITLES = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
)
"""Titles from seed 000's table of valid certificates."""

AUDIT_FIRMS = (
    "新疆金阿山有限责任会计师事务所",
    "阿勒泰正信会计师事务所有限公司",
    "新疆天源联合会计师事务所（普通合伙）",
    "新疆额尔齐斯会计师事务所有限公司",
)

SCANNERS = (
    "RICOH IM C3000",
    "Canon iR-ADV C5535",
    "KONICA MINOLTA bizhub C300i",
    "EPSON DS-1630",
    "HP LaserJet MFP M436",
    "SHARP BP-30C25",
)


def person(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(KAZAKH)
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


# ---- GB 11714 and GB 32100 ----
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def org_code(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(2)) + "".join(
        rng.choice("0123456789") for _ in range(6)
    )
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, weights, strict=True))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def credit_check(code17: str) -> str:
    total = sum(_CC.index(c) * w for c, w in zip(code17, _CC_W, strict=True))
    return _CC[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str) -> str:
    head = "91" + region + org_code(rng)
    return head + credit_check(head)


def credit_code_valid(code: str) -> bool:
    return len(code) == 18 and all(c in _CC for c in code) and credit_check(code[:17]) == code[17]


# ---- money ----
_DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    out = ""
    zero = False
    for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        d = n // div % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIG[d] + unit
    return out


def daxie(amount: Decimal) -> str:
    """人民币大写 of an amount in yuan: 壹佰贰拾万零叁仟肆佰元伍角整 style."""
    fen_total = int((amount * 100).to_integral_value())
    yuan, fen = divmod(fen_total, 100)
    parts = []
    yi, rest = divmod(yuan, 100_000_000)
    wan, one = divmod(rest, 10_000)
    if yi:
        parts.append(_four(yi) + "亿")
    if wan:
        if yi and wan < 1000:
            parts.append("零")
        parts.append(_four(wan) + "万")
    if one:
        if (yi or wan) and one < 1000:
            parts.append("零")
        parts.append(_four(one))
    text = "".join(parts) or "零"
    text += "元"
    jiao, f = divmod(fen, 10)
    if not jiao and not f:
        return text + "整"
    if jiao:
        text += _DIG[jiao] + "角"
    elif f:
        text += "零"
    if f:
        text += _DIG[f] + "分"
    else:
        text += "整"
    return text


def read_daxie(text: str) -> Decimal:
    """An independent reader of 人民币大写 (for the selfcheck)."""
    text = text.replace("人民币", "").replace("整", "").replace("正", "")
    digits = {c: i for i, c in enumerate(_DIG)}
    small = {"拾": 10, "佰": 100, "仟": 1000}
    total = Decimal(0)
    section = 0
    number = 0
    yuan_done = False
    fen = Decimal(0)
    for ch in text:
        if ch in digits:
            number = digits[ch]
        elif ch in small:
            section += (number or 1) * small[ch]
            number = 0
        elif ch == "万":
            total += Decimal((section + number) * 10_000)
            section = number = 0
        elif ch == "亿":
            total = (total + section + number) * 100_000_000
            section = number = 0
        elif ch == "元":
            total += section + number
            section = number = 0
            yuan_done = True
        elif ch == "角" and yuan_done:
            fen += Decimal(number) / 10
            number = 0
        elif ch == "分" and yuan_done:
            fen += Decimal(number) / 100
            number = 0
    return (total + fen).quantize(Decimal("0.01"))


def figure(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


_CN_NUM = "〇一二三四五六七八九"


def cn_date_upper(day: dt.date) -> str:
    """二〇二五年九月十二日."""

    def small(n: int) -> str:
        if n < 10:
            return _CN_NUM[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_NUM[tens]) + "十" + (_CN_NUM[ones] if ones else "")

    year = "".join(_CN_NUM[int(c)] for c in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"


@dataclass
class Firm:
    name: str
    county: str
    code: str
    legal: str
    capital: Decimal
    established: dt.date
    address: str
    phone: str


def make_firm(rng: random.Random, county: str, used: set[str]) -> Firm:
    while True:
        name = rng.choice((county, "新疆", "阿勒泰")) + rng.choice(TRADE) + rng.choice(SUFFIX)
        if name not in used:
            used.add(name)
            break
    region = COUNTIES[county]
    return Firm(
        name=name,
        county=county,
        code=credit_code(rng, region),
        legal=person(rng),
        capital=Decimal(rng.choice((100, 200, 300, 500, 600, 800, 1000))) * 10000,
        established=dt.date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28)),
        address=f"新疆阿勒泰地区{county}{rng.choice(STREETS[county])}{rng.randint(2, 188)}号",
        phone=f"0906-{rng.randint(6200000, 6899999)}",
    )
