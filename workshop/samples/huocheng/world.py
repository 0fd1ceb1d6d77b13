"""The invented world of the huocheng family: places, clients, firms, people, codes and money spellings.

Everything here is written for this family alone: the GB 32100 / GB 11714 check characters, the
capital-numeral (大写) writer with its optional-零 variants, and the reader the selfcheck uses.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
INSPECTION_YEAR = 2025


@dataclass(frozen=True)
class Place:
    name: str
    """The county or city as written in a firm's or a bureau's name (霍城县)."""
    code: str
    """Administrative division code, the credit code's region (654023)."""
    full: str
    """As a project location is declared."""
    regulator: str
    """The market-regulation bureau that registers the firm."""
    towns: tuple[str, ...]


PLACES: tuple[Place, ...] = (
    Place(
        "霍城县",
        "654023",
        "新疆维吾尔自治区伊犁哈萨克自治州霍城县",
        "霍城县市场监督管理局",
        ("水定镇", "清水河镇", "芦草沟镇", "惠远镇", "萨尔布拉克镇"),
    ),
    Place(
        "察布查尔锡伯自治县",
        "654022",
        "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县",
        "察布查尔锡伯自治县市场监督管理局",
        ("察布查尔镇", "爱新色里镇", "孙扎齐牛录镇", "纳达齐牛录乡", "绰霍尔乡"),
    ),
    Place(
        "伊宁县",
        "654021",
        "新疆维吾尔自治区伊犁哈萨克自治州伊宁县",
        "伊宁县市场监督管理局",
        ("吉里于孜镇", "墩麻扎镇", "英塔木镇", "胡地亚于孜镇", "萨地克于孜乡"),
    ),
    Place(
        "霍尔果斯市",
        "654004",
        "新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市",
        "霍尔果斯市市场监督管理局",
        ("卡拉苏镇", "伊车嘎善锡伯族乡", "亚欧路街道", "友谊西路街道"),
    ),
)

PLACE_BY_NAME = {p.name: p for p in PLACES}


@dataclass(frozen=True)
class Client:
    name: str
    place: str
    field: str
    """One of the 17 MIIT project fields (seed 001 表1)."""
    kind: str
    """What sort of projects it buys: hospital, school, bureau, park, water, media, police, town."""
    tax_id: str = ""


CLIENTS: tuple[Client, ...] = (
    Client("霍城县人民医院", "霍城县", "医疗卫生", "hospital"),
    Client("霍城县第二中学", "霍城县", "教育", "school"),
    Client("霍城县自然资源局", "霍城县", "党政", "bureau"),
    Client("霍城县清水河镇人民政府", "霍城县", "党政", "town"),
    Client("霍城县水利局", "霍城县", "农林牧渔、水利", "water"),
    Client("察布查尔锡伯自治县人民医院", "察布查尔锡伯自治县", "医疗卫生", "hospital"),
    Client("察布查尔锡伯自治县教育局", "察布查尔锡伯自治县", "教育", "school"),
    Client("察布查尔锡伯自治县文化体育广播电视和旅游局", "察布查尔锡伯自治县", "文化、体育、娱乐", "media"),
    Client("察布查尔锡伯自治县农业农村局", "察布查尔锡伯自治县", "农林牧渔、水利", "water"),
    Client("伊宁县人民医院", "伊宁县", "医疗卫生", "hospital"),
    Client("伊宁县政务服务和数据管理局", "伊宁县", "党政", "bureau"),
    Client("伊宁县融媒体中心", "伊宁县", "文化、体育、娱乐", "media"),
    Client("伊宁县应急管理局", "伊宁县", "党政", "bureau"),
    Client("霍尔果斯市数据局", "霍尔果斯市", "党政", "bureau"),
    Client("中哈霍尔果斯国际边境合作中心管理委员会", "霍尔果斯市", "党政", "park"),
    Client("霍尔果斯经济开发区管理委员会", "霍尔果斯市", "党政", "park"),
    Client("霍尔果斯市人民医院", "霍尔果斯市", "医疗卫生", "hospital"),
    Client("霍尔果斯市第一中学", "霍尔果斯市", "教育", "school"),
)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僖桑荆谌银扬明沙薄伏岑习胥保和蔺"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文辉力鹏华建国志红玉兰春梅海燕晓东宏伟永刚立新爱华德胜学军丽娟俊杰浩然子涵雨欣嘉怡思远"
ETHNIC_NAMES = (
    "吐尔逊·买买提",
    "阿依古丽·吾斯曼",
    "努尔兰·哈力木",
    "古丽米拉·塔依尔",
    "艾尔肯·阿不都热依木",
    "佟振华",
    "关春阳",
    "吴扎拉·文杰",
    "托合提·司马义",
)


def person(rng: random.Random, ethnic: float = 0.15) -> str:
    if rng.random() < ethnic:
        return rng.choice(ETHNIC_NAMES)
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.5:
        return surname + rng.choice(GIVEN)
    return surname + rng.choice(GIVEN) + rng.choice(GIVEN)


BRANDS = (
    "丝路数智",
    "锡都云联",
    "伊犁河谷",
    "天马信息",
    "薰衣草数码",
    "果子沟",
    "西域通",
    "惠远智联",
    "卡拉苏",
    "边城网信",
    "塔勒奇",
    "苏木拜",
)
TRADES = ("信息技术", "数字科技", "网络科技", "智能工程", "信息工程", "电子科技")


def firm_name(rng: random.Random, place: Place) -> str:
    head = rng.choice(
        ["新疆", "伊犁", place.name.removesuffix("锡伯自治县").removesuffix("县").removesuffix("市")]
    )
    if head in ("新疆", "伊犁"):
        head = head + rng.choice(BRANDS)
    else:
        head = head + rng.choice(BRANDS)[:2]
    return f"{head}{rng.choice(TRADES)}有限公司"


# --- unified social credit code (GB 32100-2015) and organisation code (GB 11714-1997) -----

GB32100_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
GB32100_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
GB11714_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _gb11714_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def gb11714_check(body: str) -> str:
    total = sum(_gb11714_value(c) * w for c, w in zip(body, GB11714_WEIGHTS, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def gb32100_check(first17: str) -> str:
    total = sum(GB32100_CHARS.index(c) * w for c, w in zip(first17, GB32100_WEIGHTS, strict=True))
    return GB32100_CHARS[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str, prefix: str = "91") -> str:
    """A credit code: 91 (market regulation, enterprise) or 11/12 (机关/事业单位), region, organisation code."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        if prefix == "91":
            body = "MA" + "".join(rng.choice(alphabet) for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        check = gb11714_check(body)
        if check in GB32100_CHARS:
            first17 = prefix + region + body + check
            return first17 + gb32100_check(first17)


def credit_code_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in GB32100_CHARS for c in code):
        return False
    return gb32100_check(code[:17]) == code[17] and gb11714_check(code[8:16]) == code[16]


# --- money --------------------------------------------------------------------------------

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")


def q2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def fig(value: Decimal) -> str:
    """1,286,400.00"""
    return f"{q2(value):,.2f}"


def plain(value: Decimal) -> str:
    return f"{q2(value):.2f}"


def wan(value: Decimal, places: int = 2) -> str:
    """The amount in 万元, exactly (the caller keeps amounts whole at that precision)."""
    w = value / Decimal(10000)
    text = f"{w:.{places}f}"
    if Decimal(text) * 10000 != q2(value):
        raise ValueError(f"{value} is not exact at {places} decimals of 万元")
    return text


def upper(
    value: Decimal, *, lean: bool = False, end: str = "整", yuan: str = "元", head_one: bool = True
) -> str:
    """The capital-numeral amount, as banks and contracts write it.

    ``lean`` drops the optional 零 the PBoC rules allow to drop (a 0 at 万位 or 元位 followed by a
    non-zero 千位 or 角位: 壹拾万柒仟元 instead of 壹拾万零柒仟元); ``end`` is 整 or 正;
    ``head_one`` writes 壹拾 rather than 拾 at the head.
    """
    value = q2(value)
    integer = int(value)
    cents = int((value - integer) * 100)
    jiao, fen = divmod(cents, 10)
    digits = str(integer)
    n = len(digits)
    out: list[str] = []
    zero = False
    zero_at_section = False
    for i, ch in enumerate(digits):
        pos = n - 1 - i
        d = int(ch)
        if d == 0:
            zero = True
            if pos % 4 == 0 and pos > 0:
                section = digits[max(0, i - 3) : i + 1]
                if int(section):
                    out.append("万" if pos == 4 else "亿")
                zero_at_section = True
            continue
        if zero and out:
            if not (lean and zero_at_section and pos % 4 == 3):
                out.append("零")
        zero = False
        zero_at_section = False
        word = DIGITS[d] + SMALL_UNITS[pos % 4]
        if not head_one and not out and d == 1 and pos % 4 == 1:
            word = "拾"
        out.append(word)
        if pos % 4 == 0 and pos > 0:
            out.append("万" if pos == 4 else "亿")
    text = "".join(out) or "零"
    text += yuan
    if jiao == 0 and fen == 0:
        return text + end
    if jiao:
        if digits[-1] == "0" and not lean:
            text += "零"
        text += DIGITS[jiao] + "角"
        if fen == 0:
            return text + end
    else:
        text += "零"
    return text + DIGITS[fen] + "分"


_DIGIT_VALUE = {c: i for i, c in enumerate(DIGITS)}
_DIGIT_VALUE.update({"两": 2, "〇": 0})
_UNIT_VALUE = {"拾": 10, "佰": 100, "仟": 1000}


def read_upper(text: str) -> Decimal | None:
    """Read a capital-numeral amount back (the selfcheck's own reader); None when it is not one."""
    s = text.replace("人民币", "").replace("整", "").replace("正", "").replace("圆", "元").strip()
    if not s:
        return None
    big = Decimal(0)
    section = 0
    number = 0
    frac = Decimal(0)
    prev = ""
    for ch in s:
        if ch in _DIGIT_VALUE:
            number = _DIGIT_VALUE[ch]
        elif ch in _UNIT_VALUE:
            if number == 0 and prev in ("", "万", "亿"):
                number = 1
            section += number * _UNIT_VALUE[ch]
            number = 0
        elif ch in ("万", "亿"):
            big += Decimal(section + number) * (10000 if ch == "万" else 100000000)
            section = number = 0
        elif ch == "元":
            big += section + number
            section = number = 0
        elif ch == "角":
            frac += Decimal(number) / 10
            number = 0
        elif ch == "分":
            frac += Decimal(number) / 100
            number = 0
        else:
            return None
        prev = ch
    return q2(big + section + number + frac)


# --- dates ----------------------------------------------------------------------------------


def cn_date(d: dt.date, pad: bool = False) -> str:
    if pad:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


def day_in(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = (end - start).days
    return start + dt.timedelta(days=rng.randint(0, max(0, span)))


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d
