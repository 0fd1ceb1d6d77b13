"""Names, firms, clients, codes and money words of the 五家渠 / 阜康 / 米东 (米泉) filings."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
GIVEN = "建国志强海燕晓东丽娟新民玉兰春生红梅文斌雪峰立新振华秀英俊杰国庆永胜小军思远佳怡子涵宏伟明辉金花德福立军淑芬卫东家豪梦瑶浩然晓燕学军天宇"
UYGHUR = [
    "艾力·买买提",
    "阿不都热合曼·吐尔逊",
    "古丽娜尔·艾买提",
    "麦麦提江·阿不来提",
    "热依拉·吾斯曼",
    "努尔兰·哈力木",
    "阿依古丽·托合提",
    "叶尔兰·努尔别克",
]


def person(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(UYGHUR)
    given = GIVEN[rng.randrange(0, len(GIVEN) // 2) * 2 :][:2]
    if rng.random() < 0.3:
        given = given[0]
    return rng.choice(SURNAMES) + given


BRANDS = [
    "青湖",
    "博峰",
    "天池云",
    "蔡家湖",
    "军垦",
    "绿洲恒信",
    "北庭数智",
    "瑞丰通",
    "金桥汇",
    "泰和安",
    "星河智联",
    "润泽",
    "天山曙光",
    "冠达",
    "鼎新",
    "卓越华信",
]
TRADES = ["信息技术", "科技", "智能科技", "网络科技", "数字科技", "信息工程"]

# 行政区划代码 of the places the firms are registered in.
PLACES = [
    ("659004", "新疆五家渠市", "五家渠市人民北路", "五家渠"),
    ("659004", "新疆五家渠市", "五家渠经济技术开发区长安街", "五家渠"),
    ("652302", "新疆维吾尔自治区昌吉回族自治州阜康市", "阜康市博峰街", "阜康"),
    ("650109", "新疆维吾尔自治区乌鲁木齐市米东区", "米东区米泉南路", "米东"),
]

_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: 31 characters, no I O S V Z
_CODE_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(rng: random.Random) -> str:
    """A GB 11714 organisation code (8 digits + check)."""
    body = "".join(rng.choice("0123456789") for _ in range(8))
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(ch) * w for ch, w in zip(body, weights, strict=True)) % 11
    check = "X" if c == 10 else "0" if c == 11 else str(c)
    return body + check


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A GB 32100-2015 unified social credit code (91 a company, 11 an organ, 12 a public institution)."""
    chars = _CODE_CHARS
    body = kind + region + org_code(rng)
    total = sum(chars.index(ch) * w for ch, w in zip(body, _CODE_W, strict=True))
    check = (31 - total % 31) % 31
    return body + chars[check]


def credit_code_ok(code: str) -> bool:
    chars = _CODE_CHARS
    if len(code) != 18 or any(ch not in chars for ch in code):
        return False
    total = sum(chars.index(ch) * w for ch, w in zip(code[:17], _CODE_W, strict=True))
    return chars[(31 - total % 31) % 31] == code[17]


def firm(rng: random.Random, brand: str | None = None) -> dict[str, str]:
    region, prov, street, short = rng.choice(PLACES)
    brand = brand or rng.choice(BRANDS)
    trade = rng.choice(TRADES)
    prefix = (
        "新疆" if rng.random() < 0.6 else {"五家渠": "五家渠", "阜康": "阜康市", "米东": "乌鲁木齐"}[short]
    )
    name = f"{prefix}{brand}{trade}有限公司"
    address = f"{prov}{street}{rng.randint(8, 388)}号{rng.choice(['', '创业大厦', '科技孵化园'])}{rng.choice(['', f'{rng.randint(2, 12)}层{rng.randint(1, 20):02d}室'])}"
    return {
        "name": name,
        "brand": brand,
        "trade": trade,
        "prefix": prefix,
        "code": credit_code(rng, region),
        "address": address,
        "short": short,
    }


def sister_name(f: dict[str, str], rng: random.Random) -> str:
    """Another company of the same owners: same brand, different trade word."""
    trades = [t for t in ["软件", "电子工程", "数据服务", "通信工程"] if t not in f["trade"]]
    return f"{f['prefix']}{f['brand']}{rng.choice(trades)}有限公司"


# Clients: (full name, short name used on the form, field, location, project title pool)
CLIENTS = [
    (
        "新疆生产建设兵团第六师五家渠市教育局",
        "第六师五家渠市教育局",
        "教育",
        "新疆维吾尔自治区五家渠市",
        ["智慧校园平台建设项目", "中小学录播教室建设项目", "教育城域网升级改造项目"],
    ),
    (
        "新疆生产建设兵团第六师五家渠市数据局",
        "第六师五家渠市数据局",
        "党政",
        "新疆维吾尔自治区五家渠市",
        ["政务云平台扩容项目", "一网通办综合受理系统建设项目", "数据共享交换平台建设项目"],
    ),
    (
        "新疆生产建设兵团第六师医院",
        "第六师医院",
        "医疗卫生",
        "新疆维吾尔自治区五家渠市",
        ["医院信息集成平台建设项目", "互联网医院系统建设项目", "机房及网络安全等级保护整改项目"],
    ),
    (
        "新疆生产建设兵团第六师一〇二团",
        "第六师一〇二团",
        "农林牧渔、水利",
        "新疆维吾尔自治区五家渠市",
        ["数字连队综合管理平台建设项目", "高效节水智能灌溉控制系统项目", "团场视频监控联网项目"],
    ),
    (
        "新疆生产建设兵团第六师芳草湖农场",
        "第六师芳草湖农场",
        "农林牧渔、水利",
        "新疆维吾尔自治区昌吉回族自治州呼图壁县",
        ["智慧农业物联网监测项目", "农场综合治理信息平台建设项目"],
    ),
    (
        "阜康市人民医院",
        "阜康市人民医院",
        "医疗卫生",
        "新疆维吾尔自治区昌吉回族自治州阜康市",
        ["电子病历系统升级项目", "院内网络及安全设备更新项目"],
    ),
    (
        "阜康市教育局",
        "阜康市教育局",
        "教育",
        "新疆维吾尔自治区昌吉回族自治州阜康市",
        ["中小学智慧教室建设项目", "教育资源公共服务平台项目"],
    ),
    (
        "阜康市自然资源局",
        "阜康市自然资源局",
        "党政",
        "新疆维吾尔自治区昌吉回族自治州阜康市",
        ["不动产登记信息系统升级项目", "国土空间基础信息平台建设项目"],
    ),
    (
        "乌鲁木齐市米东区卫生健康委员会",
        "米东区卫生健康委员会",
        "医疗卫生",
        "新疆维吾尔自治区乌鲁木齐市米东区",
        ["区域全民健康信息平台建设项目", "基层医疗机构信息化提升项目"],
    ),
    (
        "乌鲁木齐市米东区城市管理局",
        "米东区城市管理局",
        "公用事业",
        "新疆维吾尔自治区乌鲁木齐市米东区",
        ["数字城管平台升级项目", "米泉片区智慧停车系统建设项目"],
    ),
    (
        "五家渠市公共交通有限责任公司",
        "五家渠市公共交通有限责任公司",
        "交通",
        "新疆维吾尔自治区五家渠市",
        ["智能公交调度系统建设项目", "公交车载视频监控系统项目"],
    ),
]

SUPERVISORS = [
    "新疆天诚信息工程监理有限公司",
    "新疆华瑞通信息技术咨询监理有限公司",
    "乌鲁木齐正信工程项目管理有限公司",
    "新疆兵团勘测设计院集团有限责任公司",
]
AUDITORS = [
    "新疆天恒信会计师事务所（特殊普通合伙）",
    "新疆正大华信会计师事务所有限公司",
    "昌吉州宏远会计师事务所有限责任公司",
    "新疆北庭联合会计师事务所（普通合伙）",
]
AGENTS = ["新疆中诚招标代理有限公司", "新疆兵团招标有限公司", "昌吉州鑫汇项目管理咨询有限公司"]
BANKS = ["中国农业银行", "中国工商银行", "中国建设银行", "中国银行", "新疆银行"]
EXPERT_UNITS = ["新疆大学", "石河子大学", "新疆农业大学", "昌吉学院", "第六师五家渠市数据局", "新疆工程学院"]
TITLES = ["教授", "高级工程师", "正高级工程师", "副教授", "高级工程师（信息系统）"]

CERTS_OK = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("软件设计师", "中级"),
    ("信息系统监理师", "中级"),
]


D = Decimal
CENT = D("0.01")


def q2(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def yuan(x: Decimal) -> str:
    """1234567.8 → 1,234,567.80."""
    return f"{q2(x):,.2f}"


def plain(x: Decimal) -> str:
    return f"{q2(x):.2f}"


_DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    units = ["", "拾", "佰", "仟"]
    out = ""
    zero = False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _DIG[d] + units[i]
    return out


def capital(amount: Decimal) -> str:
    """人民币大写 without the 人民币 prefix: 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 / …元整."""
    fen = int(q2(amount) * 100)
    whole, rest = divmod(fen, 100)
    jiao, f = divmod(rest, 10)
    out = ""
    pending = False
    for group, unit in ((whole // 10**8, "亿"), (whole // 10**4 % 10**4, "万"), (whole % 10**4, "")):
        if group == 0:
            if out:
                pending = True
            continue
        if out and (pending or group < 1000):
            out += "零"
        out += _four(group) + unit
        pending = False
    if whole:
        out += "元"
    if not jiao and not f:
        return (out or "零元") + "整"
    if jiao:
        out += _DIG[jiao] + "角"
    elif whole:
        out += "零"
    if f:
        out += _DIG[f] + "分"
    return out


def read_capital(text: str) -> Decimal:
    """Read capital numerals back (the selfcheck's own reader, independent of the checker)."""
    digits = {c: i for i, c in enumerate(_DIG)}
    small = {"拾": 10, "佰": 100, "仟": 1000}
    total = D(0)
    section = 0
    number = 0
    yuan_part = D(0)
    for ch in text:
        if ch in digits:
            number = digits[ch]
        elif ch in small:
            section += (number or 1) * small[ch]
            number = 0
        elif ch == "万":
            total += (section + number) * 10**4
            section = number = 0
        elif ch == "亿":
            total = (total + section + number) * 10**8
            section = number = 0
        elif ch == "元":
            yuan_part = total + section + number
            total = D(0)
            section = number = 0
        elif ch == "角":
            yuan_part += D(number) / 10
            number = 0
        elif ch == "分":
            yuan_part += D(number) / 100
            number = 0
    return q2(yuan_part)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


_LOWER = "〇一二三四五六七八九"


def cn_date_upper(d: dt.date) -> str:
    """二〇二四年十一月五日 (as written on seals and some signature lines)."""

    def n(v: int) -> str:
        if v < 10:
            return _LOWER[v]
        tens, ones = divmod(v, 10)
        return ("" if tens == 1 else _LOWER[tens]) + "十" + ("" if ones == 0 else _LOWER[ones])

    return "".join(_LOWER[int(c)] for c in str(d.year)) + "年" + n(d.month) + "月" + n(d.day) + "日"


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d
