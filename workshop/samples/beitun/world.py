"""Invented people, firms and 兵团 clients of 北屯市, money and date spellings.

Nothing here is keyed to a real company: names are drawn from syllable pools, credit codes are
made up with valid GB 11714 / GB 32100 check characters, phone numbers use the 0906 area code.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国海军志强红梅秀英立新文斌晓东永刚丽娟春燕国庆明辉宏伟玉兰振华德明雪莲成林子涵俊杰佳琪浩然欣怡雅静鹏飞晨阳瑞峰振宇"
UYGHUR = [
    "艾尔肯·吐尔逊",
    "阿不都热合曼·买买提",
    "古丽娜尔·艾力",
    "努尔兰·哈力木",
    "叶尔兰·别克",
    "阿依古丽·托合提",
]

FIRM_HEADS = ["北屯市", "新疆", "新疆北屯", "阿勒泰"]
FIRM_CORES = [
    "屯垦",
    "额河",
    "金山",
    "北疆",
    "天骏",
    "垦源",
    "雪峰",
    "科信",
    "润泽",
    "云拓",
    "驰远",
    "恒信",
    "博瑞",
    "卓越",
    "汇通",
    "启航",
]
FIRM_TAILS = [
    "信息技术有限公司",
    "网络科技有限公司",
    "数字科技有限公司",
    "智能科技有限公司",
    "信息工程有限责任公司",
    "电子科技有限公司",
]


@dataclass(frozen=True)
class Client:
    name: str
    short: str
    field: str
    location: str
    topics: tuple[str, ...]


CLIENTS: tuple[Client, ...] = (
    Client(
        "第十师北屯市教育局",
        "教育局",
        "教育",
        "新疆维吾尔自治区北屯市",
        (
            "中小学智慧校园建设项目",
            "教育城域网升级改造项目",
            "标准化考场视频监控系统项目",
            "录播教室及班班通设备采购项目",
        ),
    ),
    Client(
        "第十师北屯市卫生健康委员会",
        "卫健委",
        "医疗卫生",
        "新疆维吾尔自治区北屯市",
        ("全民健康信息平台升级项目", "基层医疗机构信息系统运维服务项目"),
    ),
    Client(
        "第十师北屯市公安局",
        "公安局",
        "党政",
        "新疆维吾尔自治区北屯市",
        ("城区视频监控联网扩容项目", "指挥中心大屏及会商系统建设项目"),
    ),
    Client(
        "第十师北屯市农业农村局",
        "农业农村局",
        "农林牧渔、水利",
        "新疆维吾尔自治区北屯市",
        ("高标准农田物联网监测平台项目", "农机作业信息化监管平台项目"),
    ),
    Client(
        "第十师北屯市水利局",
        "水利局",
        "农林牧渔、水利",
        "新疆维吾尔自治区北屯市",
        ("灌区量测水自动化改造项目", "水利工程运行管理平台项目"),
    ),
    Client(
        "第十师北屯市政务服务和数据管理局",
        "数据局",
        "党政",
        "新疆维吾尔自治区北屯市",
        ("政务云平台扩容项目", "一体化政务服务平台对接项目", "机房等级保护整改项目"),
    ),
    Client(
        "第十师医院",
        "第十师医院",
        "医疗卫生",
        "新疆维吾尔自治区北屯市",
        ("医院信息系统（HIS）升级改造项目", "医院数据中心机房建设项目", "互联网医院平台建设项目"),
    ),
    Client(
        "第十师一八一团",
        "一八一团",
        "农林牧渔、水利",
        "新疆维吾尔自治区北屯市",
        ("{c}智慧连队综合管理平台项目", "{c}安防监控及广播系统项目"),
    ),
    Client(
        "第十师一八二团",
        "一八二团",
        "农林牧渔、水利",
        "新疆维吾尔自治区北屯市",
        ("{c}高效节水灌溉自动化控制项目", "{c}数字连队建设项目"),
    ),
    Client(
        "第十师一八三团",
        "一八三团",
        "公用事业",
        "新疆维吾尔自治区北屯市",
        ("{c}供水管网监测系统项目", "团部及{c}网络覆盖工程"),
    ),
    Client(
        "第十师一八七团",
        "一八七团",
        "农林牧渔、水利",
        "新疆维吾尔自治区北屯市",
        ("{c}农业物联网示范项目", "{c}智慧党建及便民服务平台项目"),
    ),
    Client(
        "第十师一八八团",
        "一八八团",
        "公用事业",
        "新疆维吾尔自治区北屯市",
        ("{c}视频监控及应急广播项目", "团部会议室及{c}远程视频系统项目"),
    ),
    Client(
        "福海县教育局",
        "福海县教育局",
        "教育",
        "新疆维吾尔自治区阿勒泰地区福海县",
        ("县域教育资源公共服务平台项目", "中小学网络安全设备采购项目"),
    ),
    Client(
        "布尔津县人民医院",
        "布尔津县人民医院",
        "医疗卫生",
        "新疆维吾尔自治区阿勒泰地区布尔津县",
        ("PACS影像归档系统建设项目", "医院网络安全等级保护建设项目"),
    ),
    Client(
        "哈巴河县公安局",
        "哈巴河县公安局",
        "党政",
        "新疆维吾尔自治区阿勒泰地区哈巴河县",
        ("边境视频监控补点项目", "执法办案中心信息化建设项目"),
    ),
)
LIANDUI = ("一连", "二连", "三连", "四连", "五连", "六连", "七连", "八连", "九连", "十连", "十一连")


def client(name: str) -> Client:
    return next(c for c in CLIENTS if c.name == name)


def project_title(rng: random.Random, c: Client) -> str:
    topic = rng.choice(c.topics)
    if "{c}" in topic:
        return c.short + topic.replace("{c}", rng.choice(LIANDUI))
    prefix = "第十师北屯市" if c.name.startswith("第十师北屯市") else c.short if "县" in c.short else ""
    if prefix and not topic.startswith(prefix):
        return prefix + topic
    return topic


def person(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(UYGHUR)
    if rng.random() < 0.3:
        return rng.choice(SURNAMES) + rng.choice("伟军勇静敏磊洋艳杰涛明超霞平刚丽斌鹏")
    i = rng.randrange(0, len(GIVEN) - 1, 2)
    return rng.choice(SURNAMES) + GIVEN[i : i + 2]


def phone(rng: random.Random) -> str:
    return rng.choice(("0906-", "0906-", "0906－")) + str(rng.randint(3000000, 3399999))


def mobile(rng: random.Random) -> str:
    return rng.choice(("139", "138", "135", "189", "181", "177")) + f"{rng.randint(0, 99999999):08d}"


def bank_account(rng: random.Random) -> tuple[str, str]:
    bank = rng.choice(
        (
            "中国农业银行北屯支行",
            "中国建设银行北屯分行营业部",
            "中国工商银行北屯支行",
            "北屯农村商业银行营业部",
        )
    )
    return bank, "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((16, 19))))


# ---- credit codes (GB 11714 organisation code inside GB 32100) --------------------------------

_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_code(rng: random.Random) -> str:
    body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body]
    c = 11 - sum(v * w for v, w in zip(vals, _ORG_W, strict=True)) % 11
    check = "X" if c == 10 else "0" if c == 11 else str(c)
    return body + check


def credit_code(rng: random.Random, region: str = "659005") -> str:
    body = "91" + region + _org_code(rng)
    s = sum(_CC_CHARS.index(ch) * w for ch, w in zip(body, _CC_W, strict=True))
    return body + _CC_CHARS[(31 - s % 31) % 31]


def credit_code_ok(code: str) -> bool:
    if len(code) != 18 or any(ch not in _CC_CHARS for ch in code):
        return False
    s = sum(_CC_CHARS.index(ch) * w for ch, w in zip(code[:17], _CC_W, strict=True))
    return _CC_CHARS[(31 - s % 31) % 31] == code[17]


@dataclass
class Firm:
    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    contact: str
    bank: tuple[str, str]
    former_name: str = ""
    valid_until: dt.date | None = None
    staff: int = 12
    certs: list[tuple[str, str, str, str]] = field(default_factory=list)


def firm(rng: random.Random) -> Firm:
    head, core, tail = rng.choice(FIRM_HEADS), rng.choice(FIRM_CORES), rng.choice(FIRM_TAILS)
    name = head + core + tail
    streets = ("海川路", "龙湖路", "北屯大道", "友谊路", "军垦路", "天骄路", "金山路")
    address = f"新疆北屯市{rng.choice(streets)}{rng.randint(2, 399)}号{rng.choice(('', '综合楼', '创业孵化园'))}{rng.randint(1, 6)}0{rng.randint(1, 9)}室"
    cap = Decimal(rng.choice((100, 200, 300, 500, 600, 800, 1000, 1200))) * 10000
    est = dt.date(rng.randint(2009, 2020), rng.randint(1, 12), rng.randint(1, 28))
    return Firm(name, credit_code(rng), person(rng), cap, est, address, person(rng), bank_account(rng))


CERT_POOL = (
    ("信息系统项目管理师", "高级", "S"),
    ("系统集成项目管理工程师", "中级", "C"),
    ("网络工程师", "中级", "C"),
    ("信息系统监理师", "中级", "C"),
    ("软件设计师", "中级", "C"),
)


def certificates(rng: random.Random, n: int) -> list[tuple[str, str, str, str]]:
    out = []
    for _ in range(n):
        title, level, prefix = rng.choice(CERT_POOL)
        number = f"{prefix}{rng.randint(2015, 2023)}{rng.randint(0, 9999999):07d}"
        out.append((person(rng), title, level, number))
    return out


# ---- money -------------------------------------------------------------------------------------

_DIG = "零壹贰叁肆伍陆柒捌玖"
_UNIT4 = ("", "拾", "佰", "仟")


def _group(n: int) -> str:
    s, zero = "", False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(s)
            continue
        if zero:
            s += "零"
            zero = False
        s += _DIG[d] + _UNIT4[pos]
    return s


def capital(amount: Decimal) -> str:
    """人民币 capital numerals: 壹佰贰拾万零叁仟元整, …元伍角陆分, …元零陆分."""
    cents = int((amount * 100).to_integral_value())
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    groups = [(yuan // 10**8, "亿"), (yuan // 10**4 % 10**4, "万"), (yuan % 10**4, "")]
    out, pending_zero = "", False
    for value, unit in groups:
        if value == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or value < 1000):
            out += "零"
        out += _group(value) + unit
        pending_zero = False
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += _DIG[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += _DIG[fen] + "分"
    return out


def figures(amount: Decimal, decimals: bool = True) -> str:
    s = f"{amount:,.2f}" if decimals else f"{amount:,.0f}"
    return s


def fullwidth(s: str) -> str:
    return s.translate(str.maketrans("0123456789,.", "０１２３４５６７８９，．"))


def spaced(amount: Decimal) -> str:
    return f"{amount:,.2f}".replace(",", " ")


def wan(amount: Decimal) -> str:
    return f"{amount / 10000:.2f}"


def money(v: Decimal) -> str:
    return f"{v:.2f}"


# ---- dates -------------------------------------------------------------------------------------

_CN = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + _CN[n % 10]
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def date_text(d: dt.date, style: str) -> str:
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return f"{d.year}-{d.month}-{d.day}"
    if style == "cn":
        return "".join(_CN[int(c)] for c in str(d.year)) + f"年{_cn_num(d.month)}月{_cn_num(d.day)}日"
    if style == "iso":
        return d.isoformat()
    if style == "pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
