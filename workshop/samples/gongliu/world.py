"""Places, people, firms, audit firms and the arithmetic of codes, money and dates for the gongliu family.

Everything here is invented: the four counties are real places, the firms and people in them are not.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class County:
    region: str
    short: str
    towns: tuple[str, ...]
    streets: tuple[str, ...]
    words: tuple[str, ...]


COUNTIES: dict[str, County] = {
    "巩留县": County(
        "654024",
        "巩留",
        ("巩留镇", "阿克吐别克镇", "东买里镇", "提克阿热克镇"),
        ("解放路", "人民路", "光明路", "友谊路", "团结西路"),
        ("雪岭", "云杉", "库尔德宁", "恰西", "河谷", "伊河"),
    ),
    "特克斯县": County(
        "654027",
        "特克斯",
        ("特克斯镇", "喀拉达拉镇", "齐勒乌泽克镇"),
        ("阿扎提街", "乌孙路", "环城路", "八卦城一环路", "喀拉峻路"),
        ("乌孙", "八卦城", "喀拉峻", "阔克苏", "天门"),
    ),
    "昭苏县": County(
        "654026",
        "昭苏",
        ("昭苏镇", "喀夏加尔镇", "洪纳海镇"),
        ("解放路", "团结路", "天马路", "油菜花大道"),
        ("天马", "夏塔", "木扎尔特", "格登", "高原"),
    ),
    "察布查尔锡伯自治县": County(
        "654022",
        "察布查尔",
        ("察布查尔镇", "爱新色里镇", "孙扎齐牛录镇"),
        ("锡伯大街", "阿吾勒路", "察布查尔大道", "西迁路"),
        ("锡泉", "西迁", "伊犁河", "纳达齐", "锡都"),
    ),
}

INDUSTRY = ["信息技术", "网络科技", "数智科技", "智能科技", "软件科技", "电子科技", "信息工程"]

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
XIBE_SURNAMES = "佟关吴郭何常韩安伊"
GIVEN = "建国志强海军晓燕丽娟文华国庆新民玉兰春梅红霞永刚立新卫东振华德明金凤桂兰秀英雪梅俊杰婷婷浩然子涵欣怡宇轩雨涵博文思远嘉怡明轩梓萱"
KAZAKH = [
    "叶尔兰·努尔兰",
    "阿依古丽·吐尔逊",
    "别克·哈力木",
    "加娜尔·马合沙提",
    "努尔波拉提·赛力克",
    "哈丽娜·叶尔肯",
    "巴合提·加肯",
]
UYGHUR = ["艾力·买买提", "古丽米热·艾山", "阿不都热合曼·吾守尔", "迪丽努尔·买合木提", "热依拉·阿不力孜"]

CLIENT_ORGS: list[tuple[str, str, list[str]]] = [
    ("教育局", "教育", ["中小学智慧校园网络升级改造项目", "教育城域网扩容及录播教室建设项目"]),
    ("人民医院", "医疗卫生", ["医院信息系统（HIS）升级及机房改造项目", "医院影像归档和通信系统建设项目"]),
    ("公安局", "党政", ["视频监控联网平台扩容项目", "公安指挥中心大屏及网络改造项目"]),
    ("自然资源局", "党政", ["不动产登记信息平台建设项目", "国土空间基础信息平台建设项目"]),
    ("农业农村局", "农林牧渔、水利", ["高标准农田物联网监测系统建设项目", "智慧畜牧养殖监管平台建设项目"]),
    ("水利局", "农林牧渔、水利", ["灌区信息化监测系统建设项目", "水资源监控能力建设项目"]),
    ("融媒体中心", "文化、体育、娱乐", ["融媒体中心演播室及网络系统建设项目"]),
    ("文化体育广播电视和旅游局", "文化、体育、娱乐", ["智慧旅游景区票务及监控系统建设项目"]),
    ("应急管理局", "党政", ["应急指挥信息平台建设项目"]),
    ("政务服务和公共资源交易中心", "党政", ["政务服务大厅综合管理系统建设项目"]),
]

AUDIT_FIRMS: list[tuple[str, str, str]] = [
    ("伊犁恒信会计师事务所（普通合伙）", "恒信审字", "伊宁"),
    ("新疆天诚联合会计师事务所（特殊普通合伙）", "天诚审字", "乌鲁木齐"),
    ("伊犁正则会计师事务所有限责任公司", "正则审", "伊宁"),
    ("新疆弘正会计师事务所有限公司", "弘正审字", "乌鲁木齐"),
    ("伊宁同信会计师事务所（普通合伙）", "同信审字", "伊宁"),
    ("新疆瑞丰华会计师事务所（特殊普通合伙）", "瑞丰华审字", "乌鲁木齐"),
    ("伊犁明鉴会计师事务所有限公司", "明鉴审字", "伊宁"),
]

CERTIFICATES: list[tuple[str, str]] = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
]

# GB 32100-2015 / GB 11714-1997
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body: str) -> str:
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "X" if value == 10 else ("0" if value == 11 else str(value))


def credit_check(body17: str) -> str:
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(body17, CODE_WEIGHTS, strict=True))
    return CODE_CHARS[(31 - total % 31) % 31]


def credit_code_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in CODE_CHARS for c in code):
        return False
    return credit_check(code[:17]) == code[17]


def credit_code(rng: random.Random, region: str, prefix: str = "91") -> str:
    letters = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = "MA" + "".join(rng.choice(letters) for _ in range(6))
        check = org_check(body)
        org = body + check
        code17 = prefix + region + org
        if all(c in CODE_CHARS for c in code17):
            return code17 + credit_check(code17)


# ---- money ---------------------------------------------------------------------------------

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ["", "拾", "佰", "仟"]
BIG_UNITS = ["", "万", "亿"]


def money(value: Decimal | int | float | str) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def yuan(value: Decimal) -> str:
    """Figures as printed in a 元 statement: ``12,345,678.90``."""
    return f"{value:,.2f}"


def round_half_up(value: Decimal, unit: Decimal) -> Decimal:
    return (value / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit


def agree(a: Decimal, a_unit: Decimal, b: Decimal, b_unit: Decimal) -> bool:
    """CONTRACT 1.1: equal at the coarser of the two precisions."""
    unit = max(a_unit, b_unit)
    return round_half_up(a, unit) == round_half_up(b, unit)


def _four(n: int) -> str:
    out = ""
    zero = False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[d] + SMALL_UNITS[i]
    return out


def capital(value: Decimal) -> str:
    """人民币大写 without the 人民币 prefix: ``贰佰肆拾伍万元整``."""
    value = money(value)
    whole = int(value)
    fen_total = int((value - whole) * 100)
    jiao, fen = divmod(fen_total, 10)
    if whole == 0:
        head = ""
    else:
        groups = []
        n = whole
        while n:
            groups.append(n % 10000)
            n //= 10000
        head = ""
        need_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                need_zero = bool(head)
                continue
            if head and (need_zero or g < 1000):
                head += "零"
            head += _four(g) + BIG_UNITS[idx]
            need_zero = False
        head += "元"
    if jiao == 0 and fen == 0:
        return head + "整"
    tail = ""
    if jiao:
        tail += DIGITS[jiao] + "角"
    elif head:
        tail += "零"
    if fen:
        tail += DIGITS[fen] + "分"
    else:
        tail += "整"
    return head + tail


def read_capital(text: str) -> Decimal:
    """An independent reader of 大写 amounts, for the selfcheck."""
    text = text.replace("人民币", "").replace("整", "").replace("正", "")
    digit = {c: i for i, c in enumerate(DIGITS)}
    units = {"拾": 10, "佰": 100, "仟": 1000}
    total = Decimal(0)
    section = 0
    number = 0
    frac = Decimal(0)
    i = 0
    while i < len(text):
        c = text[i]
        if c in digit:
            number = digit[c]
        elif c in units:
            section += (number or 1) * units[c]
            number = 0
        elif c == "万":
            total += (section + number) * 10000
            section = number = 0
        elif c == "亿":
            total = (total + section + number) * 100000000
            section = number = 0
        elif c == "元":
            total += section + number
            section = number = 0
        elif c == "角":
            frac += Decimal(number) / 10
            number = 0
        elif c == "分":
            frac += Decimal(number) / 100
            number = 0
        else:
            raise ValueError(f"not a capital numeral: {c!r} in {text!r}")
        i += 1
    return money(total + section + number + frac)


CN_DIGITS = "〇一二三四五六七八九"


def cn_date(day: dt.date) -> str:
    """``二〇二六年三月十二日`` as audit reports sign."""

    def num(n: int) -> str:
        if n < 10:
            return "〇一二三四五六七八九"[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + ("" if ones == 0 else CN_DIGITS[ones])

    year = "".join(CN_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{num(day.month)}月{num(day.day)}日"


def ymd(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def ymd0(day: dt.date) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


# ---- people and firms --------------------------------------------------------------------


def person(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.18:
        return rng.choice(KAZAKH)
    if pick < 0.26:
        return rng.choice(UYGHUR)
    surnames = XIBE_SURNAMES if pick < 0.36 else HAN_SURNAMES
    given_len = rng.choice([1, 2, 2])
    given = "".join(rng.choice(GIVEN) for _ in range(given_len))
    return rng.choice(surnames) + given


@dataclass(frozen=True)
class Firm:
    name: str
    short: str
    county: str
    region: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    company_type: str
    accountant: str
    bookkeeper: str


@dataclass(frozen=True)
class AuditFirm:
    name: str
    prefix: str
    city: str
    cpa1: str
    cpa2: str
    cpa1_no: str
    cpa2_no: str


def make_firm(rng: random.Random, county: str) -> Firm:
    info = COUNTIES[county]
    word = rng.choice(info.words)
    industry = rng.choice(INDUSTRY)
    style = rng.random()
    if style < 0.55:
        name = f"{county}{word}{industry}有限公司"
    elif style < 0.8:
        name = f"新疆{word}{industry}有限公司"
    elif not word.startswith("伊"):
        name = f"伊犁{word}{industry}有限责任公司"
    else:
        name = f"新疆{word}{industry}有限责任公司"
    short = word + industry[:2]
    street = rng.choice(info.streets)
    town = rng.choice(info.towns)
    address = f"新疆伊犁州{county}{town}{street}{rng.randint(2, 188)}号"
    if rng.random() < 0.5:
        address += f"{rng.randint(1, 6)}楼{rng.randint(101, 620)}室"
    capital_wan = rng.choice([100, 200, 300, 500, 600, 800, 1000, 1200, 2000])
    established = dt.date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    return Firm(
        name=name,
        short=short,
        county=county,
        region=info.region,
        credit_code=credit_code(rng, info.region),
        legal_rep=person(rng),
        capital=money(capital_wan * 10000),
        established=established,
        address=address,
        company_type=rng.choice(["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）"]),
        accountant=person(rng),
        bookkeeper=person(rng),
    )


def make_subsidiary(rng: random.Random, parent: Firm) -> str:
    return rng.choice(
        [
            f"伊犁{parent.short}运维服务有限公司",
            f"伊宁市{parent.short[:2]}数据服务有限公司",
            f"新疆{parent.short[:2]}智联工程有限公司",
        ]
    )


def make_audit_firm(rng: random.Random, used: set[str]) -> AuditFirm:
    choices = [f for f in AUDIT_FIRMS if f[0] not in used] or AUDIT_FIRMS
    name, prefix, city = rng.choice(choices)
    used.add(name)

    def cpa_no() -> str:
        return "6500" + "".join(str(rng.randint(0, 9)) for _ in range(8))

    cpa1, cpa2 = person(rng), person(rng)
    while cpa2 == cpa1:
        cpa2 = person(rng)
    return AuditFirm(name, prefix, city, cpa1, cpa2, cpa_no(), cpa_no())


def report_number(rng: random.Random, firm: AuditFirm, year: int) -> str:
    n = rng.randint(12, 480)
    style = rng.randint(0, 2)
    if style == 0:
        return f"{firm.prefix}〔{year}〕第{n:04d}号"
    if style == 1:
        return f"{firm.prefix}[{year}]{n:03d}号"
    return f"{firm.prefix}（{year}）第{n:03d}号"


def client_pool(rng: random.Random, county: str) -> list[tuple[str, str, str]]:
    """(client, field, project name) for a firm of ``county``: its own and neighbouring counties."""
    counties = [county] + [c for c in COUNTIES if c != county]
    out = []
    for c in counties[:2]:
        for org, field, titles in CLIENT_ORGS:
            out.append((f"{c}{org}", field, f"{c}{rng.choice(titles)}"))
    rng.shuffle(out)
    return out
