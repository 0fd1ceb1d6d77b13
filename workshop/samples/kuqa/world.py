"""People, firms, clients and numbers of 库车市 / 沙雅县 / 新和县 (阿克苏地区), written for this family alone.

Also the 人民币大写 writer (and an independent reader used by the selfcheck), figure formats, Chinese dates and
GB 32100 credit codes.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from decimal import Decimal

FEN = Decimal("0.01")

# ---------------------------------------------------------------- numerals

_CAP = "零壹贰叁肆伍陆柒捌玖"


def _group_words(n: int) -> str:
    """Capital numerals of 0 < n < 10000, with the inner 零 rules."""
    out = ""
    pending_zero = False
    for unit_value, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        digit = n // unit_value % 10
        if digit == 0:
            if out:
                pending_zero = True
            continue
        if pending_zero:
            out += "零"
            pending_zero = False
        out += _CAP[digit] + unit
    return out


def _integer_words(n: int) -> str:
    parts = ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, ""))
    out = ""
    gap = False
    for value, unit in parts:
        if value == 0:
            if out:
                gap = True
            continue
        if out and (gap or value < 1000):
            out += "零"
        out += _group_words(value) + unit
        gap = False
    return out


def capital(amount: Decimal) -> str:
    """人民币大写 of ``amount`` (会计基础工作规范 第五十二条): 壹佰零贰万零叁拾元伍角整 / …元整 / …元零伍分."""
    cents = int((amount * 100).to_integral_value())
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    text = _integer_words(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return (text or "零元") + "整"
    if jiao:
        text += _CAP[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += _CAP[fen] + "分"
    else:
        text += "整"
    return text


_DIGIT_VALUE = {c: i for i, c in enumerate(_CAP)}
_SMALL_UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def read_capital(text: str) -> Decimal:
    """Read capital numerals back to yuan; written independently of :func:`capital` for the selfcheck."""
    text = text.replace("人民币", "").replace("圆", "元").strip().rstrip("整正")
    integer, _, tail = text.partition("元")
    total = 0
    section = 0
    digit = 0
    for ch in integer:
        if ch in _DIGIT_VALUE:
            digit = _DIGIT_VALUE[ch]
        elif ch in _SMALL_UNIT:
            section += (digit or 1) * _SMALL_UNIT[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10**4
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 10**8
            section = digit = 0
        else:
            raise ValueError(f"not a capital numeral: {ch!r} in {text!r}")
    total += section + digit
    value = Decimal(total)
    jiao = re.search(r"([壹贰叁肆伍陆柒捌玖])角", tail)
    fen = re.search(r"([壹贰叁肆伍陆柒捌玖])分", tail)
    if jiao:
        value += Decimal(_DIGIT_VALUE[jiao.group(1)]) / 10
    if fen:
        value += Decimal(_DIGIT_VALUE[fen.group(1)]) / 100
    return value.quantize(FEN)


def figure(amount: Decimal) -> str:
    """1,286,500.00"""
    return f"{amount.quantize(FEN):,.2f}"


def wan(amount: Decimal) -> str:
    """128.00 (万元, two decimals)."""
    return f"{(amount / 10000).quantize(FEN):,.2f}"


def money(amount: Decimal) -> str:
    """Truth form: "1286500.00"."""
    return f"{amount.quantize(FEN):.2f}"


# ---------------------------------------------------------------- dates

_HAN = "〇一二三四五六七八九"


def han_number(n: int) -> str:
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _HAN[tens]) + "十" + (_HAN[ones] if ones else "")


def date_cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def date_cn0(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def date_han(d: dt.date) -> str:
    """二〇二四年十一月二十日"""
    return "".join(_HAN[int(c)] for c in str(d.year)) + f"年{han_number(d.month)}月{han_number(d.day)}日"


def between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


# ---------------------------------------------------------------- credit codes

_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _org_check(body: str) -> str:
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A GB 32100-2015 code in ``region`` (``kind`` 91 a company, 11 an organ of state, 12 a public
    institution), both check characters valid."""
    while True:
        body = "MA7" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
        org = body + _org_check(body)
        if org[-1] in _ORG_CHARS:
            break
    head = kind + region + org
    total = sum(_ORG_CHARS.index(c) * w for c, w in zip(head, _USCC_WEIGHTS, strict=True))
    return head + _ORG_CHARS[(31 - total % 31) % 31]


def credit_code_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in _ORG_CHARS for c in code):
        return False
    total = sum(_ORG_CHARS.index(c) * w for c, w in zip(code[:17], _USCC_WEIGHTS, strict=True))
    return _ORG_CHARS[(31 - total % 31) % 31] == code[17]


# ---------------------------------------------------------------- people and places

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国 立新 海燕 晓东 丽娟 志强 文华 红梅 永胜 春生 玉兰 学军 彦军 桂芳 新民 伟 敏 静 磊 娜 军 涛 勇 燕 斌 霞 超 鹏 亮 平 刚 杰 宏伟 雪梅 振华 秀英 金花 国庆 卫东 晓燕".split()
UYGHUR_M = (
    "买买提 艾力 阿不都 吐尔逊 艾尔肯 买合木提 阿迪力 亚森 努尔买买提 热合曼 艾山 库尔班 依明 麦麦提".split()
)
UYGHUR_F = "古丽 阿依古丽 热依拉 迪丽努尔 帕提古丽 努尔古丽 米热古丽 阿依努尔 祖丽胡玛尔".split()
UYGHUR_FATHER = "艾买提 吐尔洪 司马义 阿布拉 玉素甫 买买提 卡德尔 吾守尔 依沙克 哈力克 托合提 肉孜".split()


def person(rng: random.Random) -> str:
    if rng.random() < 0.3:
        first = rng.choice(UYGHUR_M + UYGHUR_F)
        return f"{first}·{rng.choice(UYGHUR_FATHER)}"
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


@dataclass(frozen=True)
class County:
    name: str
    """库车市"""
    region: str
    """行政区划代码 (credit code digits 3–8)."""
    streets: tuple[str, ...]
    brands: tuple[str, ...]
    phone: str


COUNTIES = (
    County(
        "库车市",
        "652902",
        ("天山路", "新城路", "团结路", "友谊路", "文化路", "解放路", "龟兹路", "人民路", "萨克萨克街"),
        ("龟兹云", "苏巴什", "渭干", "天山神秘", "克孜尔", "库车河", "丝路龟兹", "盐水沟"),
        "0997-72",
    ),
    County(
        "沙雅县",
        "652924",
        ("胡杨路", "塔里木大道", "新沙路", "英买力路", "幸福路", "团结路"),
        ("胡杨林", "塔河", "英买力", "沙雅金胡杨", "海楼"),
        "0997-81",
    ),
    County(
        "新和县",
        "652925",
        ("新和大道", "依其艾日克路", "友谊路", "渭北路", "人民路", "团结西路"),
        ("依西", "渭北", "新和塔", "玉奇喀特", "通古孜"),
        "0997-85",
    ),
)

TRADES = (
    "信息技术",
    "网络科技",
    "数码科技",
    "智能科技",
    "电子科技",
    "计算机系统工程",
    "软件技术",
    "信息工程",
)


@dataclass
class Firm:
    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    county: County
    phone: str
    bank: str
    account: str
    contact: str
    company_type: str = "有限责任公司（自然人投资或控股）"
    staff_names: list[str] = field(default_factory=list)


BANKS = (
    "中国农业银行股份有限公司库车天山路支行",
    "中国工商银行股份有限公司库车支行",
    "中国建设银行股份有限公司沙雅支行",
    "新疆农村信用社新和县联社营业部",
    "中国银行股份有限公司阿克苏库车支行",
    "库车国民村镇银行股份有限公司",
)


def account_number(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(rng.choice((16, 19))))


def make_firm(rng: random.Random, county: County | None = None) -> Firm:
    county = county or rng.choice(COUNTIES)
    brand = rng.choice(county.brands)
    name = f"{county.name}{brand}{rng.choice(TRADES)}有限公司"
    established = between(rng, dt.date(2012, 1, 1), dt.date(2020, 12, 31))
    street = rng.choice(county.streets)
    address = f"新疆阿克苏地区{county.name}{street}{rng.randint(2, 388)}号{rng.choice(('', '', '2栋', '商务楼'))}{rng.randint(1, 6)}层{rng.randint(1, 12):02d}室"
    return Firm(
        name=name,
        credit_code=credit_code(rng, county.region),
        legal_rep=person(rng),
        capital=Decimal(rng.choice((200, 300, 500, 600, 800, 1000, 1200, 2000))) * 10000,
        established=established,
        address=address,
        county=county,
        phone=county.phone + "".join(rng.choice("0123456789") for _ in range(5)),
        bank=rng.choice(BANKS),
        account=account_number(rng),
        contact=person(rng),
    )


@dataclass(frozen=True)
class Client:
    name: str
    field: str
    location: str
    kind: str
    """"bureau", "hospital", "school", "gov"."""
    projects: tuple[str, ...]
    """Project-title stems, the client's short name is put in front."""
    short: str


_KC = "新疆维吾尔自治区阿克苏地区库车市"
_SY = "新疆维吾尔自治区阿克苏地区沙雅县"
_XH = "新疆维吾尔自治区阿克苏地区新和县"

CLIENTS = (
    Client(
        "库车市数据局",
        "党政",
        _KC,
        "bureau",
        ("政务数据共享交换平台技术服务", "城市运行管理平台（一期）技术开发", "政务外网安全运维服务"),
        "库车市",
    ),
    Client(
        "库车市教育局",
        "教育",
        _KC,
        "bureau",
        ("智慧教育云平台技术开发", "中小学校园网络安全运维服务", "教育装备管理系统技术服务"),
        "库车市",
    ),
    Client(
        "库车市自然资源局",
        "党政",
        _KC,
        "bureau",
        ("不动产登记信息系统技术服务", "国土空间基础信息平台技术开发"),
        "库车市",
    ),
    Client(
        "库车市卫生健康委员会",
        "医疗卫生",
        _KC,
        "bureau",
        ("全民健康信息平台技术开发", "基层医疗卫生机构信息系统运维服务"),
        "库车市",
    ),
    Client(
        "库车市人民医院",
        "医疗卫生",
        _KC,
        "hospital",
        ("信息系统（HIS）运行维护服务", "电子病历系统功能升级技术开发", "互联网医院平台技术服务"),
        "库车市人民医院",
    ),
    Client(
        "库车市维吾尔医医院",
        "医疗卫生",
        _KC,
        "hospital",
        ("信息化运行维护服务", "LIS与PACS系统集成技术服务"),
        "库车市维吾尔医医院",
    ),
    Client(
        "库车市第二中学",
        "教育",
        _KC,
        "school",
        ("智慧校园平台技术服务", "校园网络及安防系统运维服务"),
        "库车市第二中学",
    ),
    Client(
        "沙雅县塔里木乡卫生院",
        "医疗卫生",
        _SY,
        "hospital",
        ("远程诊疗系统技术服务", "卫生院信息系统运行维护服务"),
        "沙雅县塔里木乡卫生院",
    ),
    Client(
        "沙雅县塔里木乡中心学校",
        "教育",
        _SY,
        "school",
        ("智慧课堂平台技术开发", "校园信息化运维服务"),
        "沙雅县塔里木乡中心学校",
    ),
    Client(
        "沙雅县人民医院",
        "医疗卫生",
        _SY,
        "hospital",
        ("信息集成平台技术开发", "数据中心机房运行维护服务"),
        "沙雅县人民医院",
    ),
    Client(
        "沙雅县水利局",
        "农林牧渔、水利",
        _SY,
        "bureau",
        ("灌区信息化管理平台技术开发", "水资源监测系统运维服务"),
        "沙雅县",
    ),
    Client(
        "新和县人民政府办公室",
        "党政",
        _XH,
        "gov",
        ("电子政务内网运行维护服务", "“一网通办”政务服务平台技术服务", "政府门户网站集约化平台技术开发"),
        "新和县",
    ),
    Client(
        "新和县人民医院",
        "医疗卫生",
        _XH,
        "hospital",
        ("信息系统运行维护服务", "智慧医院服务平台技术开发"),
        "新和县人民医院",
    ),
    Client(
        "新和县农业农村局",
        "农林牧渔、水利",
        _XH,
        "bureau",
        ("数字乡村综合服务平台技术开发", "农村人居环境监测系统技术服务"),
        "新和县",
    ),
)


def client_address(rng: random.Random, client: Client) -> str:
    county = next(c for c in COUNTIES if c.name in client.location)
    return f"新疆阿克苏地区{county.name}{rng.choice(county.streets)}{rng.randint(1, 260)}号"


AUDIT_FIRMS = (
    ("新疆龟兹联合会计师事务所（普通合伙）", "新龟会审字"),
    ("阿克苏天信有限责任会计师事务所", "阿天信审字"),
    ("新疆塔河会计师事务所有限公司", "新塔会审字"),
    ("新疆正衡信达会计师事务所（特殊普通合伙）", "正衡审字"),
)

TEST_CENTRES = (
    ("新疆天山软件评测中心有限公司", "XJTS"),
    ("新疆数安信息系统测评中心有限公司", "XJSA"),
    ("阿克苏地区软件和信息技术服务评测中心", "AKSP"),
)

TECH_MARKETS = ("阿克苏地区技术合同认定登记站", "新疆维吾尔自治区技术市场管理办公室")

RECOGNISED = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
    ("软件评测师", "中级"),
    ("系统架构设计师", "高级"),
    ("信息系统监理师", "中级"),
)
