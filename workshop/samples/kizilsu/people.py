"""People, firms, clients and numbers of 克孜勒苏柯尔克孜自治州 (the kizilsu family's world).

Names are Han, Uyghur and Kyrgyz (Kyrgyz and Uyghur names transliterated into Chinese with the
middle dot ·). Credit codes follow GB 32100-2015 (with the GB 11714 organisation-code check inside),
old 注册号 are 15 digits with the ISO 7064 MOD 11,10 check digit.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

COUNTIES: dict[str, str] = {
    "阿图什市": "653001",
    "阿克陶县": "653022",
    "阿合奇县": "653023",
    "乌恰县": "653024",
}
PREFECTURE = "克孜勒苏柯尔克孜自治州"

STREETS: dict[str, tuple[str, ...]] = {
    "阿图什市": ("帕米尔路", "天门路", "光明路", "松他克路", "幸福路"),
    "阿克陶县": ("团结路", "昆仑路", "胜利路", "奥依塔克路"),
    "阿合奇县": ("托什干路", "库兰萨日克路", "人民路"),
    "乌恰县": ("迎宾路", "康苏路", "团结西路"),
}

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
HAN_GIVEN = "建国明华志强海燕丽娟文博俊杰晓东春梅立新永红雪峰振宇佳琪雨涵子豪国庆秀兰卫东"

# Kyrgyz (柯尔克孜族) given names and patronymics as usually transliterated.
KYRGYZ_GIVEN = (
    "阿斯力别克", "努尔兰", "卡德尔别克", "别克吐尔", "托合托逊", "朱努斯", "吐尔地别克", "玛纳斯别克",
    "阿依努尔", "古丽加玛丽", "加娜尔", "阿依提别克", "苏来曼别克", "克孜勒别克", "阿曼吐尔",
)  # fmt: skip
KYRGYZ_FATHER = (
    "库尔曼", "阿散", "乌森", "托合托别克", "朱马力", "吐尔逊别克", "阿不都拉", "马木提", "奥斯曼", "阿力木别克",
)  # fmt: skip
UYGHUR_GIVEN = (
    "阿不都热合曼", "买买提", "艾尔肯", "热娜古丽", "努尔买买提", "阿依古丽", "吐尔洪", "迪力夏提",
    "帕尔哈提", "古丽米拉", "艾合买提", "麦尔丹",
)  # fmt: skip
UYGHUR_FATHER = ("托合提", "吐尔地", "艾买提", "阿不都热依木", "司马义", "买买提明", "热合曼", "吾守尔")


def han_name(rng: random.Random) -> str:
    given = "".join(rng.sample(HAN_GIVEN, rng.choice((1, 2))))
    return rng.choice(HAN_SURNAMES) + given


def kyrgyz_name(rng: random.Random) -> str:
    return f"{rng.choice(KYRGYZ_GIVEN)}·{rng.choice(KYRGYZ_FATHER)}"


def uyghur_name(rng: random.Random) -> str:
    return f"{rng.choice(UYGHUR_GIVEN)}·{rng.choice(UYGHUR_FATHER)}"


def any_name(rng: random.Random) -> str:
    return rng.choice((han_name, kyrgyz_name, uyghur_name, kyrgyz_name))(rng)


# ---------------------------------------------------------------- codes

_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def credit_code(rng: random.Random, region: str) -> str:
    """A GB 32100-2015 unified social credit code of a company (91) registered in ``region``."""
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    body = "MA" + body[2:] if rng.random() < 0.6 else body.replace("I", "1")
    org_sum = sum(_CC_CHARS.index(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    org_check = 11 - org_sum % 11
    check9 = {10: "X", 11: "0"}.get(org_check, str(org_check))
    if check9 == "X":  # X is no GB 32100 character; draw again
        return credit_code(rng, region)
    code17 = "91" + region + body + check9
    total = sum(_CC_CHARS.index(c) * w for c, w in zip(code17, _CC_WEIGHTS, strict=True))
    return code17 + _CC_CHARS[(31 - total % 31) % 31]


def registration_number(rng: random.Random, region: str) -> str:
    """An old 15-digit 工商注册号: region (6) + sequence (8) + ISO 7064 MOD 11,10 check digit."""
    digits = region + "".join(str(rng.randrange(10)) for _ in range(8))
    p = 10
    for ch in digits:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return digits + str((11 - p) % 10)


def tax_code_like(rng: random.Random) -> str:
    return credit_code(rng, rng.choice(list(COUNTIES.values())))


# ---------------------------------------------------------------- money

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")


def _four(n: int) -> str:
    """A group 0..9999 in capital numerals with inner 零 (no leading 零)."""
    out, zero = "", False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _DIGITS[d] + _UNITS[pos]
    return out


def capital(amount: Decimal) -> str:
    """Capital numerals of a non-negative amount: 3285000 → 叁佰贰拾捌万伍仟元整; 102360000 → 壹亿零贰佰叁拾陆万元整."""
    cents = int((amount * 100).to_integral_value(ROUND_HALF_UP))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    groups = [yuan // 10**8, yuan // 10**4 % 10**4, yuan % 10**4]
    text, pending_zero = "", False
    for value, mark in zip(groups, ("亿", "万", ""), strict=True):
        if value == 0:
            pending_zero = bool(text)
            continue
        if text and (pending_zero or value < 1000):
            text += "零"
        text += _four(value) + mark
        pending_zero = value % 10 == 0  # 壹佰万零伍仟: the higher group's trailing zeros
    text = (text or "零") + "元"
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif fen:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    return text


def figures(amount: Decimal) -> str:
    """¥3,285,000.00 without the sign."""
    return f"{amount:,.2f}"


def wan(amount: Decimal) -> str:
    """328.50 (万元, two decimals)."""
    return str((amount / 10000).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(amount: Decimal) -> str:
    """Truth/declaration form: two decimals."""
    return str(amount.quantize(Decimal("0.01"), ROUND_HALF_UP))


def round_amount(rng: random.Random, low: int, high: int, step: int = 500) -> Decimal:
    """An amount in yuan between low and high, a multiple of ``step``."""
    return Decimal(rng.randrange(low // step, high // step) * step)


def cn_date(d: dt.date, pad: bool = False) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def day_in(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    d = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
    while d.weekday() == 6:  # nobody signs on a Sunday here
        d -= dt.timedelta(days=1)
    return d


# ---------------------------------------------------------------- firms and clients

FIRM_WORDS = ("帕米尔", "昆仑", "天门", "玛纳斯", "慕士塔格", "托什干", "克州", "西极", "苏木塔什", "云杉")
FIRM_TAILS = ("信息技术", "数智科技", "网络工程", "电子科技", "系统集成", "智能科技", "通信技术")
FIRM_FORMS = ("有限公司", "有限责任公司")


@dataclass(frozen=True)
class Firm:
    name: str
    county: str
    credit_code: str
    reg_no: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    phone: str
    bank: str
    account: str


def firm(rng: random.Random, county: str, *, old: bool = False) -> Firm:
    place = county[:-1] if county.endswith(("市", "县")) else county
    prefix = rng.choice((f"{PREFECTURE[:2]}州", place, "新疆", place))
    if prefix == "克孜州":
        prefix = "克州"
    name = f"{prefix}{rng.choice(FIRM_WORDS)}{rng.choice(FIRM_TAILS)}{rng.choice(FIRM_FORMS)}"
    region = COUNTIES[county]
    est = (
        day_in(rng, dt.date(2002, 3, 1), dt.date(2008, 12, 1))
        if old
        else day_in(rng, dt.date(2012, 1, 1), dt.date(2020, 6, 30))
    )
    street = rng.choice(STREETS[county])
    return Firm(
        name=name,
        county=county,
        credit_code=credit_code(rng, region),
        reg_no=registration_number(rng, region),
        legal_rep=any_name(rng),
        capital=Decimal(rng.choice((200, 300, 500, 800, 1000, 2000, 3000))) * 10000,
        established=est,
        address=f"新疆{PREFECTURE}{county}{street}{rng.randrange(2, 188)}号{rng.choice(('', '2楼', '3楼301室', '商住楼1单元'))}",
        phone=f"0908-{rng.randrange(4200000, 4299999)}",
        bank=rng.choice(("中国农业银行", "中国工商银行", "中国建设银行", "新疆农村信用社")) + f"{county}支行",
        account="".join(str(rng.randrange(10)) for _ in range(19)),
    )


@dataclass(frozen=True)
class Client:
    full: str
    """As printed on the contract and acceptance."""
    declared: str
    """As the declaration's client column writes it."""
    aid: str | None = None
    """The 援疆 province named in project titles (江苏援疆, 江西援疆), or None."""


def aid_hq(rng: random.Random, county: str) -> Client:
    """A 援疆指挥部 as client: 江苏 for the prefecture and its cities, 江西 for 阿克陶县."""
    if county == "阿克陶县":
        full = "江西省对口支援新疆克孜勒苏柯尔克孜自治州阿克陶县前方指挥部"
        return Client(full, full, "江西援疆")
    full = "江苏省对口支援新疆克孜勒苏柯尔克孜自治州前方指挥部"
    return Client(full, rng.choice((full, full)), "江苏援疆")


BUREAUS = (
    "教育局",
    "卫生健康委员会",
    "自然资源局",
    "公安局",
    "农业农村局",
    "文化体育广播电视和旅游局",
    "人民医院",
)


def bureau(rng: random.Random, county: str, which: str | None = None) -> Client:
    b = which or rng.choice(BUREAUS)
    return Client(f"{county}{b}", f"{county}{b}")
