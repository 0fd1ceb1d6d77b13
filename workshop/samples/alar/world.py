"""Names, places, firms, clients, credit codes, capital numerals and date spellings of the alar family."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国志强海燕丽娟春梅国庆伟明晓东红霞玉兰文杰俊峰新华立新宏伟军德福刚秀英淑珍永胜卫东振华玉凤金龙学军慧敏雪莲建新爱萍燕玲天山博文子涵思远嘉怡浩然梦瑶"
UYGHUR = (
    "买买提·艾力",
    "艾尔肯·吐尔逊",
    "阿不都热依木·买买提",
    "古丽米拉·阿不都拉",
    "热依拉·艾买提",
    "努尔艾力·吾斯曼",
    "迪丽努尔·阿布力孜",
    "依明江·托合提",
    "吾买尔江·肉孜",
    "帕提古丽·热合曼",
)


def person(rng: random.Random) -> str:
    if rng.random() < 0.18:
        return rng.choice(UYGHUR)
    n = rng.choice((1, 2, 2))
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


@dataclass(frozen=True)
class Place:
    """Where a firm is registered."""

    county: str  # 阿拉尔市 / 温宿县 / 阿瓦提县
    region_code: str  # GB/T 2260
    full: str  # for 住所 and 项目实施地
    registrar: str  # 登记机关
    streets: tuple[str, ...]


PLACES = {
    "alar": Place(
        "阿拉尔市",
        "659002",
        "新疆维吾尔自治区阿拉尔市",
        "第一师阿拉尔市市场监督管理局",
        ("军垦大道", "塔里木大道", "胜利大道", "三五九旅大道", "金银川路", "幸福路", "南口大街"),
    ),
    "wensu": Place(
        "温宿县",
        "652922",
        "新疆维吾尔自治区阿克苏地区温宿县",
        "温宿县市场监督管理局",
        ("托乎拉路", "天山路", "人民路", "温宿大道", "博孜墩路"),
    ),
    "awati": Place(
        "阿瓦提县",
        "652928",
        "新疆维吾尔自治区阿克苏地区阿瓦提县",
        "阿瓦提县市场监督管理局",
        ("刀郎路", "多浪路", "人民路", "健康路", "新城大道"),
    ),
}

TRADE_WORDS = (
    "塔河",
    "金银川",
    "胡杨",
    "昆岗",
    "沙井子",
    "多浪",
    "托木尔",
    "天马",
    "南口",
    "绿洲",
    "雪菊",
    "白水",
    "新垦",
    "红枣",
)
INDUSTRY = (
    "信息技术有限公司",
    "网络科技有限公司",
    "数字科技有限公司",
    "智能科技有限公司",
    "信息工程有限公司",
    "电子科技有限公司",
)


# GB 32100-2015 unified social credit code
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    c = 11 - sum(_org_value(ch) * w for ch, w in zip(body, ORG_WEIGHTS, strict=True)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_check(first17: str) -> str:
    c = 31 - sum(CODE_CHARS.index(ch) * w for ch, w in zip(first17, CODE_WEIGHTS, strict=True)) % 31
    return CODE_CHARS[0 if c == 31 else c]


def credit_code(rng: random.Random, region: str) -> str:
    while True:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        oc = org_check(body)
        if oc in CODE_CHARS:
            break
    first = "91" + region + body + oc
    return first + credit_check(first)


def credit_ok(code: str) -> bool:
    return (
        len(code) == 18
        and all(c in CODE_CHARS for c in code)
        and credit_check(code[:17]) == code[17]
        and org_check(code[8:16]) == code[16]
    )


def gov_code(rng: random.Random, region: str = "659002") -> str:
    """Credit code of a 机关 / 事业单位 (登记管理部门 1 / 12, category 1 / 2)."""
    while True:
        body = "".join(rng.choice("0123456789") for _ in range(8))
        oc = org_check(body)
        if oc in CODE_CHARS:
            break
    first = rng.choice(("11", "12")) + region + body + oc
    return first + credit_check(first)


@dataclass
class Firm:
    name: str
    short: str
    code: str
    place: Place
    address: str
    legal: str
    capital: Decimal
    established: dt.date
    phone: str
    bank: str
    account: str
    grade: str = "丁"
    subsidiary: str | None = None
    staff: dict[str, object] = field(default_factory=dict)


BANKS = (
    "中国农业银行股份有限公司阿拉尔分行",
    "中国建设银行股份有限公司阿拉尔分行",
    "中国工商银行股份有限公司阿拉尔分行",
    "新疆阿拉尔农村商业银行股份有限公司",
    "中国银行股份有限公司阿克苏分行",
    "中国农业银行股份有限公司温宿县支行",
    "中国建设银行股份有限公司阿瓦提支行",
)


def make_firm(rng: random.Random, where: str, avoid: set[str] | None = None) -> Firm:
    place = PLACES[where]
    avoid = avoid or set()
    while True:
        trade = rng.choice(TRADE_WORDS)
        ind = rng.choice(INDUSTRY)
        prefix = "阿拉尔市" if where == "alar" else place.county.replace("县", "")
        if where != "alar" and rng.random() < 0.5:
            prefix = place.county
        name = f"{prefix}{trade}{ind}" if rng.random() < 0.7 else f"新疆{trade}{ind}"
        if name not in avoid:
            break
    capital = Decimal(rng.choice((200, 300, 500, 800, 1000, 1200, 2000))) * 10000
    est = dt.date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))
    return Firm(
        name=name,
        short=trade,
        code=credit_code(rng, place.region_code),
        place=place,
        address=f"{place.full}{rng.choice(place.streets)}{rng.randint(2, 399)}号"
        + rng.choice(("", f"{rng.randint(2, 12)}栋{rng.randint(1, 6)}0{rng.randint(1, 9)}室", "商住楼二层")),
        legal=person(rng),
        capital=capital,
        established=est,
        phone=f"0997-{rng.randint(4200000, 4999999)}",
        bank=rng.choice(BANKS),
        account="".join(rng.choice("0123456789") for _ in range(rng.choice((17, 19, 20)))),
    )


@dataclass(frozen=True)
class Client:
    name: str
    short: str
    field: str
    location: str
    projects: tuple[str, ...]
    address: str


CLIENTS = (
    Client(
        "第一师阿拉尔市教育局",
        "阿拉尔市教育局",
        "教育",
        "新疆维吾尔自治区阿拉尔市",
        ("中小学智慧教室建设项目", "教育城域网升级改造项目", "校园安全视频监控联网项目"),
        "阿拉尔市军垦大道西1号",
    ),
    Client(
        "第一师阿拉尔市公安局",
        "阿拉尔市公安局",
        "党政",
        "新疆维吾尔自治区阿拉尔市",
        ("社会治安视频监控扩容项目", "智慧警务数据中台建设项目", "城区卡口系统升级项目"),
        "阿拉尔市塔里木大道东88号",
    ),
    Client(
        "第一师阿拉尔市卫生健康委员会",
        "阿拉尔市卫健委",
        "医疗卫生",
        "新疆维吾尔自治区阿拉尔市",
        ("全民健康信息平台建设项目", "基层医疗卫生机构信息化项目", "远程会诊系统建设项目"),
        "阿拉尔市胜利大道36号",
    ),
    Client(
        "第一师阿拉尔市农业农村局",
        "阿拉尔市农业农村局",
        "农林牧渔、水利",
        "新疆维吾尔自治区阿拉尔市",
        ("数字农业综合服务平台项目", "农产品质量安全追溯系统项目"),
        "阿拉尔市金银川路15号",
    ),
    Client(
        "第一师阿拉尔市政务服务和数据管理局",
        "阿拉尔市数据局",
        "党政",
        "新疆维吾尔自治区阿拉尔市",
        ("政务云平台扩容项目", "一网通办综合受理系统项目", "电子政务外网安全加固项目"),
        "阿拉尔市三五九旅大道西2号",
    ),
    Client(
        "塔里木大学",
        "塔里木大学",
        "教育",
        "新疆维吾尔自治区阿拉尔市",
        ("智慧校园数据中心机房改造项目", "校园网无线覆盖提升项目", "图书馆智能化管理系统项目"),
        "阿拉尔市塔里木大道705号",
    ),
    Client(
        "新疆生产建设兵团第一师医院",
        "第一师医院",
        "医疗卫生",
        "新疆维吾尔自治区阿拉尔市",
        ("智慧医院信息化建设项目", "医院信息集成平台项目", "互联网医院系统建设项目"),
        "阿拉尔市南口大街2号",
    ),
    Client(
        "第一师阿拉尔医院",
        "阿拉尔医院",
        "医疗卫生",
        "新疆维吾尔自治区阿拉尔市",
        ("电子病历系统升级项目", "医院网络安全等级保护建设项目"),
        "阿拉尔市幸福路9号",
    ),
    Client(
        "第一师一团",
        "一团",
        "农林牧渔、水利",
        "新疆维吾尔自治区阿拉尔市一团",
        ("连队综合服务中心信息化项目", "智慧农业灌溉物联网项目", "团场雪亮工程项目"),
        "第一师一团团部",
    ),
    Client(
        "第一师十团",
        "十团",
        "农林牧渔、水利",
        "新疆维吾尔自治区阿拉尔市十团",
        ("高标准农田智慧灌溉物联网建设项目", "团场视频会议系统项目", "数字乡村综合平台项目"),
        "第一师十团团部",
    ),
    Client(
        "第一师十二团",
        "十二团",
        "农林牧渔、水利",
        "新疆维吾尔自治区阿拉尔市十二团",
        ("连队雪亮工程视频监控项目", "团场政务网络改造项目"),
        "第一师十二团团部",
    ),
    Client(
        "第一师阿拉尔市水利局",
        "阿拉尔市水利局",
        "农林牧渔、水利",
        "新疆维吾尔自治区阿拉尔市",
        ("灌区水量计量监测系统项目", "水利信息化综合平台项目"),
        "阿拉尔市金银川路77号",
    ),
)

SUPERVISORS = (
    "新疆兵团勘测设计院集团工程监理有限责任公司",
    "新疆天诚工程项目管理有限公司",
    "阿克苏恒信建设工程监理有限公司",
    "新疆信实工程咨询监理有限公司",
)
AUDIT_FIRMS = (
    ("新疆天瑞会计师事务所（普通合伙）", "新天瑞审字"),
    ("阿克苏信诚有限责任会计师事务所", "阿信诚审字"),
    ("新疆驰远天合有限责任会计师事务所阿克苏分所", "驰远审字"),
    ("新疆金天中会计师事务所有限公司", "金天中审字"),
)
AGENCIES = (
    "新疆兵团公共资源交易中心第一师分中心",
    "新疆恒远招标代理有限公司",
    "阿拉尔市瑞达工程招标咨询有限公司",
)


# ---- money and numerals -------------------------------------------------------------------------

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿", "万亿")


def q2(v: Decimal) -> Decimal:
    return v.quantize(CENT, rounding=ROUND_HALF_UP)


def _group(n: int) -> str:
    out, zero = "", False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
            out += DIGITS[d] + SMALL_UNITS[pos]
            zero = False
    return out


def rmb_words(amount: Decimal) -> str:
    """人民币大写 of a non-negative amount: 壹亿零贰佰叁拾肆万伍仟元整, 叁万元零伍分."""
    amount = q2(amount)
    yuan = int(amount)
    cents = int((amount - yuan) * 100)
    jiao, fen = divmod(cents, 10)
    groups = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, pending_zero = "", False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or g < 1000):
            out += "零"
        out += _group(g) + BIG_UNITS[idx]
        pending_zero = False
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    else:
        out += "整"
    return out


def read_words(text: str) -> Decimal:
    """Independent reader of 人民币大写 (for the selfcheck)."""
    text = text.replace("人民币", "").replace("整", "").replace("正", "")
    vals = {c: i for i, c in enumerate(DIGITS)}
    small = {"拾": 10, "佰": 100, "仟": 1000}
    total = Decimal(0)
    yi_part = Decimal(0)
    wan_part = Decimal(0)
    cur = Decimal(0)
    digit = 0
    i = 0
    frac = Decimal(0)
    while i < len(text):
        c = text[i]
        if c in vals:
            digit = vals[c]
        elif c in small:
            cur += (digit or 1) * small[c]
            digit = 0
        elif c == "万":
            wan_part = (cur + digit) * 10000
            cur, digit = Decimal(0), 0
        elif c == "亿":
            yi_part = (wan_part + cur + digit) * 100000000
            wan_part, cur, digit = Decimal(0), Decimal(0), 0
        elif c == "元":
            total = yi_part + wan_part + cur + digit
            digit = 0
        elif c == "角":
            frac += Decimal(digit) / 10
            digit = 0
        elif c == "分":
            frac += Decimal(digit) / 100
            digit = 0
        i += 1
    return q2(total + frac)


def fig(v: Decimal) -> str:
    """12,345.60"""
    return f"{q2(v):,.2f}"


def wan(v: Decimal) -> str:
    """Yuan → 万元 with two decimals (v a multiple of 100)."""
    return f"{q2(v / 10000):,.2f}"


def s2(v: Decimal) -> str:
    return f"{q2(v):.2f}"


CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def cn_small(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def date_cn(d: dt.date, style: int = 0) -> str:
    if style == 1:
        return f"{cn_year(d.year)}年{cn_small(d.month)}月{cn_small(d.day)}日"
    if style == 2:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


def rand_date(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    d = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d if d >= lo else lo
