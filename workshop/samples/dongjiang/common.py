"""Identities, money spelling and registration numbers of the 东疆 family.

Everything random goes through one ``random.Random`` per scenario, so a seed fixes a scenario;
the planted causes never depend on it.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

TWO = Decimal("0.01")

# --------------------------------------------------------------------------- places and names

AREAS = {
    "哈密": (
        "650502",
        "新疆维吾尔自治区哈密市伊州区",
        ["爱国北路", "天山北路", "建国南路", "前进东路", "八一北路"],
    ),
    "吐鲁番": ("650402", "新疆维吾尔自治区吐鲁番市高昌区", ["绿洲中路", "老城东路", "椰海路", "高昌北路"]),
    "鄯善": ("650421", "新疆维吾尔自治区吐鲁番市鄯善县", ["楼兰东路", "团结西路", "新城路"]),
    "伊吾": ("650522", "新疆维吾尔自治区哈密市伊吾县", ["胡杨大道", "伊吾大道", "天山路"]),
    "巴里坤": ("650521", "新疆维吾尔自治区哈密市巴里坤哈萨克自治县", ["汉城路", "鹏程路", "东大街"]),
    "托克逊": ("650422", "新疆维吾尔自治区吐鲁番市托克逊县", ["友好路", "迎宾路"]),
}

FIRM_WORDS = [
    "天驰",
    "瀚海",
    "火洲",
    "东天山",
    "伊州",
    "星耀",
    "楼兰",
    "丝路",
    "坎儿井",
    "明驼",
    "沙漠绿洲",
    "雪峰",
    "葡萄沟",
    "驼铃",
]
FIRM_TAILS = [
    "信息技术有限公司",
    "数字科技有限公司",
    "网络工程有限公司",
    "智能科技有限责任公司",
    "数联科技有限公司",
]

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
)
GIVEN = "建国军华明丽芳强伟静敏杰涛磊洋勇艳娟霞斌超鹏辉刚亮琴燕红梅玲新疆天山海波志宏文武晓东雪莲"
UYGHUR = [
    "阿不都热合曼·买买提",
    "艾尔肯·吐尔逊",
    "古丽娜尔·艾买提",
    "热依拉·阿布拉",
    "买买提江·依明",
    "努尔兰·哈力木",
    "帕尔哈提·肉孜",
]

BANKS = [
    "中国工商银行股份有限公司哈密分行营业部",
    "中国建设银行股份有限公司吐鲁番分行",
    "中国农业银行股份有限公司鄯善县支行",
    "哈密市商业银行股份有限公司伊州支行",
    "新疆农村信用社巴里坤县联社营业部",
    "中国银行股份有限公司哈密分行",
]

AUDIT_FIRMS = [
    "新疆天宏会计师事务所（普通合伙）",
    "哈密正信有限责任会计师事务所",
    "吐鲁番华信会计师事务所有限公司",
    "新疆驼铃联合会计师事务所（特殊普通合伙）",
]

TEST_LABS = [
    "新疆维吾尔自治区软件评测中心",
    "新疆信息产品质量监督检验研究院（国家信息安全产品质量检验检测中心（新疆））",
    "哈密市产品质量检验所",
]

SUPERVISORS = [
    "新疆天诚信息工程监理有限公司",
    "乌鲁木齐华夏信息工程监理咨询有限公司",
    "新疆恒正工程项目管理有限公司",
]


def person(rng: random.Random) -> str:
    if rng.random() < 0.18:
        return rng.choice(UYGHUR)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def firm_name(rng: random.Random, city: str) -> str:
    return f"{city}{rng.choice(FIRM_WORDS)}{rng.choice(FIRM_TAILS)}"


def phone(rng: random.Random) -> str:
    return rng.choice(["0902-", "0995-"]) + str(rng.randint(2200000, 2899999))


def account(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((16, 19, 20))))


def address(rng: random.Random, city: str) -> str:
    _, prefix, roads = AREAS[city]
    return f"{prefix}{rng.choice(roads)}{rng.randint(1, 380)}号"


# --------------------------------------------------------------------------- registration numbers

_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body: str) -> str:
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body, w, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def credit_code(rng: random.Random, area: str) -> str:
    """An 18-character unified social credit code with valid org-code and GB 32100 check characters."""
    body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    org = body + _org_check(body)
    first17 = "91" + area + org
    total = sum(_CC_CHARS.index(c) * w for c, w in zip(first17, _CC_W, strict=True))
    check = (31 - total % 31) % 31
    return first17 + _CC_CHARS[check]


def registration_number(rng: random.Random, area: str) -> str:
    """A 15-digit pre-2015 注册号 with its ISO 7064 MOD 11,10 check digit."""
    body = area + "".join(str(rng.randint(0, 9)) for _ in range(8))
    p = 10
    for ch in body:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return body + str((11 - p) % 10)


def tax_id(rng: random.Random, area: str) -> str:
    return credit_code(rng, area)


# --------------------------------------------------------------------------- money

DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    units = ["仟", "佰", "拾", ""]
    s = f"{n:04d}"
    out = ""
    zero = False
    for d, u in zip(s, units, strict=True):
        if d == "0":
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[int(d)] + u
    return out


def capital(amount: Decimal) -> str:
    """人民币 capital numerals: 1325000 -> 壹佰叁拾贰万伍仟元整."""
    amount = amount.quantize(TWO, ROUND_HALF_UP)
    yuan = int(amount)
    fen_total = int((amount - yuan) * 100)
    jiao, fen = divmod(fen_total, 10)
    groups = [(yuan // 100000000) % 10000, (yuan // 10000) % 10000, yuan % 10000]
    names = ["亿", "万", ""]
    out = ""
    pending_zero = False
    for g, name in zip(groups, names, strict=True):
        if g == 0:
            if out:
                pending_zero = True
            continue
        part = _four(g)
        if out and (pending_zero or g < 1000):
            part = "零" + part.lstrip("零")
        pending_zero = False
        out += part + name
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
    return out


def figures(amount: Decimal) -> str:
    return f"{amount.quantize(TWO):,.2f}"


def wan(amount: Decimal, places: int = 2) -> str:
    """Amount in 万元 without trailing zeros beyond what is needed: 1325000 -> 132.5."""
    value = (amount / Decimal(10000)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def money(amount: Decimal | int | str) -> str:
    return f"{Decimal(amount).quantize(TWO, ROUND_HALF_UP):.2f}"


def round_to(amount: Decimal, step: int) -> Decimal:
    return (Decimal(amount) / step).quantize(Decimal(1), ROUND_HALF_UP) * step


# --------------------------------------------------------------------------- dates


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_date_padded(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


UPPER_NUM = "〇一二三四五六七八九"


def cn_date_upper(d: dt.date) -> str:
    """二〇二四年三月五日, as old licenses print it."""

    def small(n: int) -> str:
        if n < 10:
            return UPPER_NUM[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else UPPER_NUM[tens]) + "十" + (UPPER_NUM[ones] if ones else "")

    return "".join(UPPER_NUM[int(c)] for c in str(d.year)) + f"年{small(d.month)}月{small(d.day)}日"


def day_in(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
