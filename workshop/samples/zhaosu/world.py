"""The invented world of the zhaosu family: 伊犁 river-valley counties, firms, clients, people, money words."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

COUNTIES: dict[str, dict[str, str]] = {
    "昭苏县": {"code": "654026", "street": "昭苏镇天马路", "town": "喀夏加尔镇", "phone": "0999-6"},
    "特克斯县": {
        "code": "654027",
        "street": "特克斯镇八卦路坎街",
        "town": "乔拉克铁热克镇",
        "phone": "0999-6",
    },
    "新源县": {"code": "654025", "street": "新源镇则克台路", "town": "那拉提镇", "phone": "0999-5"},
    "巩留县": {"code": "654024", "street": "巩留镇东风路", "town": "库尔德宁镇", "phone": "0999-5"},
    "尼勒克县": {"code": "654028", "street": "尼勒克镇团结路", "town": "乌拉斯台镇", "phone": "0999-4"},
}

REGIMENTS = ("七十三团", "七十四团", "七十五团", "七十六团", "七十七团")

SURNAMES = "王李张刘马杨赵陈周吴徐孙胡高郭何罗梁宋韩冯"
GIVEN = (
    "建军",
    "玉兰",
    "海涛",
    "丽娜",
    "志强",
    "春燕",
    "伟",
    "静",
    "晓东",
    "红梅",
    "新疆",
    "天山",
    "振华",
    "秀英",
)
KAZAKH = ("努尔兰·别克", "阿依古丽·哈孜", "叶尔兰·加肯", "古丽娜尔·吐尔逊", "达吾列提·木拉提", "哈那提·阿曼")
UYGHUR = ("艾力·买买提", "热依拉·阿不都", "买合木提·吐尔洪", "古再丽努尔·艾则孜")

FIRM_STEMS = (
    "天马",
    "伊犁河谷",
    "那拉提云",
    "喀拉峻",
    "乌孙",
    "库尔德宁",
    "唐布拉",
    "夏塔",
    "恰甫其海",
    "阔克苏",
)
FIRM_TAILS = (
    "信息技术有限公司",
    "智能科技有限公司",
    "网络工程有限责任公司",
    "数字科技有限公司",
    "信息工程有限公司",
)

AUDIT_FIRMS = (
    "伊犁天正联合会计师事务所（普通合伙）",
    "新疆华实信会计师事务所有限公司",
    "伊宁市金河会计师事务所有限责任公司",
    "新疆中天宏会计师事务所（特殊普通合伙）",
)

CERTS_OK = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("信息系统监理师", "中级"),
    ("HCIE 专家级网络工程师（华为认证）", "专家级"),
    ("IT 服务经理（ITSS）", "无"),
    ("网络规划设计师", "高级"),
)

CERTS_NOT_ON_LIST = (("PMP 项目管理专业人士（美国PMI）", "无"), ("建造师（机电工程）", "二级"))

GRADE_STAFF = {"甲": (40, 12), "乙": (30, 8), "丙": (20, 5), "丁": (6, 0)}
GRADE_TOTAL_WAN = {"甲": 3000, "乙": 1000, "丙": 500, "丁": 0}

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def gb32100_check(first17: str) -> str:
    """GB 32100-2015 check character of the first 17 characters."""
    total = sum(_CC.index(c) * (3**i % 31) for i, c in enumerate(first17))
    return _CC[(31 - total % 31) % 31]


def gb11714_check(first8: str) -> str:
    """GB 11714 organisation-code check character."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first8, weights, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A valid unified social credit code of the region."""
    body = "MA" + rng.choice("79C") + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
    org = body + gb11714_check(body)
    first = kind + region + org
    return first + gb32100_check(first)


def person(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.2:
        return rng.choice(KAZAKH)
    if r < 0.3:
        return rng.choice(UYGHUR)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def q2(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(x: Decimal) -> str:
    """1234567.8 -> '1,234,567.80'."""
    return f"{q2(x):,.2f}"


def plain(x: Decimal) -> str:
    return f"{q2(x):.2f}"


_DIG = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")


def _four(n: int) -> str:
    s, zero = "", False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            zero = bool(s)
        else:
            if zero:
                s += "零"
                zero = False
            s += _DIG[d] + _UNITS[i]
    return s


def capital(amount: Decimal) -> str:
    """人民币大写 of a yuan amount: 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 / …元整."""
    amount = q2(amount)
    yuan = int(amount)
    fen = int((amount - yuan) * 100)
    groups = [(yuan // 10**8) % 10**4, (yuan // 10**4) % 10**4, yuan % 10**4]
    out, pending_zero = "", False
    for g, unit in zip(groups, ("亿", "万", ""), strict=True):
        if g == 0:
            pending_zero = bool(out)
            continue
        part = _four(g)
        if out and (pending_zero or g < 1000):
            out += "零"
        out += part + unit
        pending_zero = False
    if not out:
        out = "零"
    out += "元"
    jiao, f = fen // 10, fen % 10
    if jiao == 0 and f == 0:
        return out + "整"
    if jiao:
        out += _DIG[jiao] + "角"
    elif yuan:
        out += "零"
    if f:
        out += _DIG[f] + "分"
    else:
        out += "整"
    return out


def read_capital(text: str) -> Decimal:
    """An independent reader of capital numerals (for the selfcheck)."""
    digits = {c: i for i, c in enumerate(_DIG)}
    small = {"拾": 10, "佰": 100, "仟": 1000}
    total, section, number = Decimal(0), 0, 0
    fen = Decimal(0)
    for c in text.replace("人民币", ""):
        if c in digits:
            number = digits[c]
        elif c in small:
            section += (number or 1) * small[c]
            number = 0
        elif c == "万":
            total += (section + number) * 10**4
            section = number = 0
        elif c == "亿":
            total = (total + section + number) * 10**8
            section = number = 0
        elif c == "元":
            total += section + number
            section = number = 0
        elif c == "角":
            fen += Decimal(number) / 10
            number = 0
        elif c == "分":
            fen += Decimal(number) / 100
            number = 0
    return q2(total + fen)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
