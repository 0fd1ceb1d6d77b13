"""Invented firms, people and clients of 胡杨河市 (第七师), 奎屯市, 乌苏市 and 沙湾市; codes, numerals, spellings.

Nothing here names a real enterprise: trade words are drawn from a pool and combined at random.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

# --- places -------------------------------------------------------------------------------------

PLACES: dict[str, dict[str, Any]] = {
    "胡杨河": {
        "region": "659010",
        "city": "胡杨河市",
        "prefix": "新疆维吾尔自治区胡杨河市",
        "streets": ["胡杨大道", "兵团路", "共青路", "锦绣路", "团结南路", "富民路"],
        "towns": ["共青镇", "五五新镇"],
        "market": "第七师胡杨河市市场监督管理局",
        "short": "HYH",
    },
    "奎屯": {
        "region": "654003",
        "city": "奎屯市",
        "prefix": "新疆维吾尔自治区伊犁州奎屯市",
        "streets": ["团结街", "北京西路", "天北新区南京路", "阿克苏东路", "乌鲁木齐西路"],
        "towns": [],
        "market": "奎屯市市场监督管理局",
        "short": "KT",
    },
    "乌苏": {
        "region": "654202",
        "city": "乌苏市",
        "prefix": "新疆维吾尔自治区塔城地区乌苏市",
        "streets": ["南苑路", "虹桥路", "西大街", "新市区东环路", "北京路"],
        "towns": [],
        "market": "乌苏市市场监督管理局",
        "short": "WS",
    },
    "沙湾": {
        "region": "654203",
        "city": "沙湾市",
        "prefix": "新疆维吾尔自治区塔城地区沙湾市",
        "streets": ["三道河子镇建设路", "幸福路", "天山路", "迎宾大道"],
        "towns": [],
        "market": "沙湾市市场监督管理局",
        "short": "SW",
    },
}

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = list(
    "建国军华明伟强磊洋勇艳杰涛超娟霞丽敏静亮刚平辉鹏飞宇浩然俊峰海波志红玉梅兰新疆天山博文晓东雪晨婷瑞琳凯斌成林"
)
UYGHUR = [
    "艾尔肯·买买提",
    "阿不都热合曼·吐尔逊",
    "古丽努尔·艾买提",
    "买买提江·阿不来提",
    "热依拉·吐尔洪",
    "努尔兰·哈力木",
    "阿依古丽·热合曼",
    "叶尔兰·努尔别克",
    "迪丽娜尔·阿吾提",
    "巴合提亚尔·托列吾",
]


def person(rng: random.Random) -> str:
    if rng.random() < 0.14:
        return rng.choice(UYGHUR)
    n = 1 if rng.random() < 0.3 else 2
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


def phone(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(str(rng.randrange(10)) for _ in range(9))


def landline(rng: random.Random, place: str) -> str:
    area = {"胡杨河": "0992", "奎屯": "0992", "乌苏": "0992", "沙湾": "0993"}[place]
    return f"{area}-{rng.randrange(3, 9)}{rng.randrange(1000000):06d}"


# --- GB 32100 unified social credit code ----------------------------------------------------------

_GB32100 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_GB32100_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_GB11714_W = (3, 7, 9, 10, 5, 8, 4, 2)


def _c11714(body: str) -> str:
    total = sum(int(ch, 36) * w for ch, w in zip(body, _GB11714_W, strict=True))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def gb32100_check(first17: str) -> str:
    total = sum(_GB32100.index(ch) * w for ch, w in zip(first17, _GB32100_W, strict=True))
    return _GB32100[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A code whose GB 11714 organisation check and GB 32100 check character both hold."""
    while True:
        if kind == "91":
            body = (
                "MA"
                + rng.choice("7")
                + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
            )
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        org = body + _c11714(body)
        if all(ch in _GB32100 for ch in org):
            first = kind + region + org
            return first + gb32100_check(first)


def credit_code_ok(code: str) -> bool:
    return len(code) == 18 and all(c in _GB32100 for c in code) and gb32100_check(code[:17]) == code[17]


# --- firms and clients --------------------------------------------------------------------------

TRADE = [
    "天禾",
    "瀚川",
    "沐远",
    "胡杨云",
    "泽芯",
    "佳睿",
    "金垦",
    "绿洲星",
    "屯垦云",
    "昆越",
    "拓维达",
    "恒祺",
    "驰骋",
    "新屯",
    "远图",
    "辰宇",
    "博畅",
    "卓坤",
    "澄源",
    "凌睿",
    "纬图",
    "乾润",
    "弘屯",
    "星垣",
]
LINES = ["信息技术有限公司", "数字科技有限公司", "智能科技有限公司", "网络科技有限公司", "信息工程有限公司"]
SISTER_LINES = ["电子工程有限公司", "软件开发有限公司", "系统集成有限公司"]


@dataclass
class Org:
    name: str
    code: str
    address: str
    rep: str = ""
    phone: str = ""
    bank: str = ""
    account: str = ""


@dataclass
class Firm(Org):
    place: str = ""
    capital: Decimal = Decimal(0)
    established: dt.date = dt.date(2016, 1, 1)
    valid_until: dt.date | None = None
    company_type: str = "有限责任公司（自然人投资或控股）"
    scope: str = ""
    trade: str = ""
    staff: int = 0
    certs: list[tuple[str, str, str, str]] = field(default_factory=list)


SCOPE = (
    "许可项目：建设工程施工；第一类增值电信业务。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门"
    "批准文件或许可证件为准）一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；信息系统集成服务；软件开发；"
    "信息技术咨询服务；数据处理和存储支持服务；计算机系统服务；安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售；"
    "网络设备销售；办公设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)

BANKS = [
    "中国农业银行股份有限公司",
    "中国工商银行股份有限公司",
    "中国建设银行股份有限公司",
    "新疆银行股份有限公司",
    "中国银行股份有限公司",
]


def address(rng: random.Random, place: str) -> str:
    p = PLACES[place]
    street = rng.choice(p["streets"])
    return f"{p['prefix']}{street}{rng.randrange(2, 260)}号" + rng.choice(
        ["", "", f"{rng.randrange(2, 18)}栋{rng.randrange(1, 9)}0{rng.randrange(1, 9)}室"]
    )


def bank(rng: random.Random, place: str) -> tuple[str, str]:
    name = rng.choice(BANKS) + str(PLACES[place]["city"]) + rng.choice(["支行", "分行营业部", "城区支行"])
    account = "".join(str(rng.randrange(10)) for _ in range(rng.choice([16, 19])))
    return name, account


def firm(rng: random.Random, place: str, trade: str | None = None, line: str | None = None) -> Firm:
    p = PLACES[place]
    trade = trade or rng.choice(TRADE)
    line = line or rng.choice(LINES)
    head = {"胡杨河": "胡杨河市", "奎屯": "奎屯", "乌苏": "乌苏市", "沙湾": "沙湾市"}[place]
    name = (
        (rng.choice(["新疆", head]) if place != "胡杨河" else rng.choice(["新疆", "胡杨河市"])) + trade + line
    )
    established = dt.date(rng.randrange(2012, 2021), rng.randrange(1, 13), rng.randrange(1, 28))
    b, acct = bank(rng, place)
    return Firm(
        name=name,
        code=credit_code(rng, str(p["region"])),
        address=address(rng, place),
        rep=person(rng),
        phone=landline(rng, place),
        bank=b,
        account=acct,
        place=place,
        capital=Decimal(rng.choice([500, 600, 800, 1000, 1200, 2000, 3000])) * 10000,
        established=established,
        scope=SCOPE,
        trade=trade,
    )


# (name, field, place, kind) — kind chooses the project stems
CLIENTS: list[tuple[str, str, str, str]] = [
    ("第七师胡杨河市公安局", "党政", "胡杨河", "police"),
    ("第七师胡杨河市教育局", "教育", "胡杨河", "school"),
    ("第七师胡杨河市数据局", "党政", "胡杨河", "gov"),
    ("第七师胡杨河市水利局", "农林牧渔、水利", "胡杨河", "water"),
    ("第七师一二三团", "农林牧渔、水利", "胡杨河", "tuan"),
    ("第七师一二五团", "农林牧渔、水利", "胡杨河", "tuan"),
    ("第七师一二六团", "农林牧渔、水利", "胡杨河", "tuan"),
    ("第七师一三〇团", "农林牧渔、水利", "胡杨河", "tuan"),
    ("第七师医院", "医疗卫生", "奎屯", "hospital"),
    ("奎屯市人民医院", "医疗卫生", "奎屯", "hospital"),
    ("奎屯市第一高级中学", "教育", "奎屯", "school"),
    ("奎屯市自然资源局", "党政", "奎屯", "gov"),
    ("乌苏市公安局", "党政", "乌苏", "police"),
    ("乌苏市人民医院", "医疗卫生", "乌苏", "hospital"),
    ("乌苏市水利局", "农林牧渔、水利", "乌苏", "water"),
    ("沙湾市教育局", "教育", "沙湾", "school"),
    ("沙湾市人民医院", "医疗卫生", "沙湾", "hospital"),
    ("沙湾市城市管理局", "公用事业", "沙湾", "gov"),
]

STEMS: dict[str, list[tuple[str, str]]] = {
    # (title stem, profile) — profile picks the fee split
    "police": [
        ("视频监控联网平台升级改造项目", "hw"),
        ("智慧警务综合应用平台建设项目", "sw"),
        ("公安检查站智能化系统集成项目", "hw"),
    ],
    "school": [
        ("智慧校园综合管理平台建设项目", "sw"),
        ("校园安全视频监控系统集成项目", "hw"),
        ("教育城域网升级改造项目", "hw"),
    ],
    "gov": [
        ("政务云资源扩容及等保加固项目", "hw"),
        ("数据共享交换平台建设项目", "sw"),
        ("城市运行管理服务平台建设项目", "sw"),
    ],
    "water": [("灌区信息化及水量计量监测系统建设项目", "hw"), ("智慧水利综合管理平台建设项目", "sw")],
    "tuan": [
        ("数字团场综合管理平台建设项目", "sw"),
        ("高标准农田智能灌溉物联网系统集成项目", "hw"),
        ("连队视频监控及应急广播系统项目", "hw"),
    ],
    "hospital": [
        ("信息集成平台（二期）建设项目", "sw"),
        ("机房及网络安全等级保护改造项目", "hw"),
        ("互联网医院及预约挂号系统建设项目", "sw"),
    ],
}

SUPERVISORS = [
    "新疆天衡工程项目管理有限公司",
    "新疆正信信息工程监理有限公司",
    "伊犁恒远工程咨询有限公司",
    "塔城地区华信项目管理有限公司",
]
AUDITORS = [
    ("新疆天北会计师事务所（普通合伙）", "新天北审字"),
    ("奎屯华诚会计师事务所有限责任公司", "奎华诚审字"),
    ("新疆正衡信会计师事务所有限公司", "新正衡审字"),
    ("塔城鑫源会计师事务所（普通合伙）", "塔鑫源审字"),
]

CERTS: list[tuple[str, str]] = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("软件设计师", "中级"),
]


def client_org(rng: random.Random, name: str, place: str) -> Org:
    kind = "12" if ("医院" in name or "中学" in name) else "11"
    b, acct = bank(rng, place)
    return Org(
        name=name,
        code=credit_code(rng, str(PLACES[place]["region"]), kind),
        address=address(rng, place),
        rep=person(rng),
        phone=landline(rng, place),
        bank=b,
        account=acct,
    )


# --- money --------------------------------------------------------------------------------------

CENT = Decimal("0.01")
DIG = "零壹贰叁肆伍陆柒捌玖"


def q2(v: Decimal) -> Decimal:
    return v.quantize(CENT, rounding=ROUND_HALF_UP)


def _four(n: int) -> str:
    units = ["仟", "佰", "拾", ""]
    s = f"{n:04d}"
    out = ""
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIG[d] + units[i]
    return out


def capital(amount: Decimal) -> str:
    """人民币大写 without the 人民币 prefix: 壹佰贰拾万零伍仟元整, …元伍角, …元零捌分."""
    amount = q2(amount)
    yuan = int(amount)
    fen = int((amount - yuan) * 100)
    groups = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    names = ["", "万", "亿"]
    out = ""
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(out)
            continue
        part = _four(g)
        if out and (need_zero or g < 1000):
            out += "零"
        out += part + names[idx]
        need_zero = False
    if not out:
        out = "零"
    out += "元"
    jiao, f = divmod(fen, 10)
    if fen == 0:
        return out + "整"
    if jiao:
        out += DIG[jiao] + "角"
    elif yuan:
        out += "零"
    if f:
        out += DIG[f] + "分"
    return out


def figures(amount: Decimal) -> str:
    return f"{q2(amount):,.2f}"


FULL = str.maketrans("0123456789,.:-()", "０１２３４５６７８９，．：－（）")


def fullwidth(s: str) -> str:
    return s.translate(FULL)


def wan(amount: Decimal) -> str:
    return f"{q2(amount / 10000):,.2f}"


def money_str(v: Decimal) -> str:
    return f"{q2(v):.2f}"


# --- dates --------------------------------------------------------------------------------------

CN_DIGIT = "〇一二三四五六七八九"


def date_cn(d: dt.date, pad: bool = False) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def date_upper(d: dt.date) -> str:
    def num(n: int) -> str:
        if n < 10:
            return "一二三四五六七八九"[n - 1]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGIT[tens]) + "十" + (CN_DIGIT[ones] if ones else "")

    return "".join(CN_DIGIT[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


# --- awkward code points ------------------------------------------------------------------------


def _table(lo: int, hi: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for cp in range(lo, hi):
        ch = chr(cp)
        norm = unicodedata.normalize("NFKC", ch)
        if norm != ch and len(norm) == 1 and unicodedata.category(norm) == "Lo":
            out.setdefault(norm, ch)
    return out


KANGXI: dict[str, str] = _table(0x2F00, 0x2FD6)
"""Unified ideograph → its Kangxi radical twin (⼀ for 一, ⽉ for 月, ⾦ for 金 ...): what some
Word/WPS exports write in the ToUnicode map of a font whose radical and ideograph share one glyph."""

COMPAT: dict[str, str] = {
    k: v for k, v in _table(0xF900, 0xFB00).items() if k in "年金不六零利率行理量力立路料良例了女履"
}
"""A few CJK-compatibility twins (年 U+F98E, 金 U+F90A, 不 U+F967, 零 U+F9B2 ...)."""


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)
