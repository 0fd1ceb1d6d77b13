"""Names, firms, 兵团 clients, identifiers, capital numerals and dates for the tumxuk family."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢"
)
GIVEN = "建国军华明强伟芳娜静磊洋勇艳杰娟涛超秀霞平刚桂英志红海波新文斌宁雪梅玉兰春晖鹏飞慧敏"
UYGHUR = [
    "艾力·买买提",
    "阿不都热依木·吐尔逊",
    "古丽娜尔·艾则孜",
    "买买提江·阿布拉",
    "热依汗古丽·吾守尔",
    "努尔艾力·肉孜",
]

FIRM_STEMS = ["叶河", "金胡杨", "永安坝", "前海", "唐王城", "昆岗", "托木尔", "塔河", "红枣林", "兵垦"]
FIRM_TAILS = [
    "信息技术有限公司",
    "数字科技有限公司",
    "智能科技有限责任公司",
    "网络工程有限公司",
    "电子信息有限公司",
]
STREETS = [
    "前海街道迎宾大道",
    "锦绣街道军垦路",
    "齐干却勒街道金胡杨路",
    "永安坝街道幸福路",
    "兵团草湖镇团结路",
]
BANKS = [
    "中国农业银行图木舒克分行",
    "中国建设银行第三师支行",
    "中国工商银行图木舒克支行",
    "新疆银行图木舒克分行",
]

CPA_FIRMS = [
    "新疆兵垦会计师事务所（普通合伙）",
    "喀什正信联合会计师事务所（特殊普通合伙）",
    "阿拉尔金诚会计师事务所有限公司",
]


def person(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(UYGHUR)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


# --- codes -----------------------------------------------------------------

_CC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(rng: random.Random) -> str:
    """GB 11714 organisation code (8 characters + check)."""
    body = "MA" + "".join(rng.choice("0123456789") for _ in range(6)) if rng.random() < 0.6 else ""
    if not body:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    total = sum(_ORG_ALPHABET.index(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    ch = "X" if check == 10 else ("0" if check == 11 else str(check))
    return body + ch


def credit_code(rng: random.Random, region: str = "659003") -> str:
    """GB 32100-2015 unified social credit code of a company (91 + region + org code + check)."""
    body = "91" + region + org_code(rng)
    total = sum(_CC_ALPHABET.index(c) * w for c, w in zip(body, _CC_WEIGHTS, strict=True))
    return body + _CC_ALPHABET[(31 - total % 31) % 31]


def credit_code_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in _CC_ALPHABET for c in code):
        return False
    total = sum(_CC_ALPHABET.index(c) * w for c, w in zip(code[:17], _CC_WEIGHTS, strict=True))
    return _CC_ALPHABET[(31 - total % 31) % 31] == code[17]


def registration_number(rng: random.Random, region: str = "659003") -> str:
    """Old 15-digit 注册号 (ISO 7064 MOD 11,10 check digit)."""
    body = region + "0" + "".join(rng.choice("0123456789") for _ in range(7))
    p = 10
    for c in body:
        s = (p + int(c)) % 10 or 10
        p = (s * 2) % 11
    return body + str((11 - p) % 10)


# --- money -----------------------------------------------------------------

_NUM = "零壹贰叁肆伍陆柒捌玖"
_UNIT4 = ["", "拾", "佰", "仟"]


def _four(n: int) -> str:
    """A group 1..9999 without leading 零."""
    out, zero = "", False
    digits = f"{n:04d}"
    started = False
    for i, d in enumerate(digits):
        v = int(d)
        unit = _UNIT4[3 - i]
        if v == 0:
            if started:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += _NUM[v] + unit
        started = True
    return out


def capital(amount: Decimal) -> str:
    """Capital numerals (大写) of a yuan amount: 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 / …元整."""
    fen_total = int((amount * 100).to_integral_value())
    yuan, frac = divmod(fen_total, 100)
    jiao, fen = divmod(frac, 10)
    groups = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    names = ["", "万", "亿"]
    text = ""
    pending_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            pending_zero = bool(text)
            continue
        if text and (pending_zero or g < 1000):
            text += "零"
        text += _four(g) + names[idx]
        pending_zero = False
    if not text:
        text = "零"
    text += "元"
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += _NUM[jiao] + "角"
    elif fen:
        text += "零"
    if fen:
        text += _NUM[fen] + "分"
    return text


def figure(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def wan(amount: Decimal, places: int = 2) -> str:
    q = Decimal(1).scaleb(-places)
    return f"{(amount / 10000).quantize(q):,}"


def money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


# --- dates -----------------------------------------------------------------

_CN_DIGIT = "〇一二三四五六七八九"


def cn_date(d: dt.date) -> str:
    """二〇二四年六月十八日."""

    def small(n: int) -> str:
        if n < 10:
            return _CN_DIGIT[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGIT[tens]) + "十" + (_CN_DIGIT[ones] if ones else "")

    year = "".join(_CN_DIGIT[int(c)] for c in str(d.year))
    return f"{year}年{small(d.month)}月{small(d.day)}日"


def ymd(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = (end - start).days
    d = start + dt.timedelta(days=rng.randint(0, span))
    if d.weekday() >= 5:
        d -= dt.timedelta(days=d.weekday() - 4)
    return max(d, start)


# --- firms and clients -----------------------------------------------------


@dataclass
class Firm:
    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    phone: str
    bank: str
    account: str
    reg_number: str


def firm(rng: random.Random, region: str = "659003") -> Firm:
    name = "新疆" + rng.choice(FIRM_STEMS) + rng.choice(FIRM_TAILS)
    return Firm(
        name=name,
        credit_code=credit_code(rng, region),
        legal_rep=person(rng),
        capital=Decimal(rng.choice([300, 500, 600, 800, 1000, 1200, 2000])) * 10000,
        established=rand_date(rng, dt.date(2012, 3, 1), dt.date(2019, 10, 30)),
        address="新疆图木舒克市" + rng.choice(STREETS) + f"{rng.randint(2, 199)}号",
        phone=f"0998-{rng.randint(5100000, 5199999)}",
        bank=rng.choice(BANKS),
        account="".join(rng.choice("0123456789") for _ in range(19)),
        reg_number=registration_number(rng, region),
    )


@dataclass
class Client:
    name: str
    short: str
    address: str
    location: str
    field: str
    contact: str
    phone: str


def _loc(city: str) -> str:
    return f"新疆生产建设兵团{city}"


CLIENTS: list[tuple[str, str, str, str, str]] = [
    # name, short, address, city, field
    ("第三师图木舒克市教育局", "师市教育局", "图木舒克市前海街道文化路", "第三师图木舒克市", "教育"),
    ("第三师图木舒克市数据局", "师市数据局", "图木舒克市前海街道迎宾大道", "第三师图木舒克市", "党政"),
    ("第三师图木舒克市大数据中心", "师市大数据中心", "图木舒克市锦绣街道军垦路", "第三师图木舒克市", "党政"),
    ("第三师四十四团", "四十四团", "图木舒克市永安坝街道", "第三师图木舒克市", "农林牧渔、水利"),
    ("第三师五十一团", "五十一团", "图木舒克市草湖镇", "第三师图木舒克市", "农林牧渔、水利"),
    ("第三师四十九团", "四十九团", "图木舒克市海安镇", "第三师图木舒克市", "农林牧渔、水利"),
    ("新疆生产建设兵团第三师医院", "第三师医院", "图木舒克市前海街道", "第三师图木舒克市", "医疗卫生"),
    ("第三师图木舒克市人民医院", "师市人民医院", "图木舒克市齐干却勒街道", "第三师图木舒克市", "医疗卫生"),
    ("第三师图木舒克市公安局", "师市公安局", "图木舒克市前海街道", "第三师图木舒克市", "党政"),
    ("第一师阿拉尔市教育局", "阿拉尔市教育局", "阿拉尔市幸福路", "第一师阿拉尔市", "教育"),
    ("第一师十团", "十团", "阿拉尔市沙河镇", "第一师阿拉尔市", "农林牧渔、水利"),
    ("新疆生产建设兵团第一师医院", "第一师医院", "阿拉尔市南口街道", "第一师阿拉尔市", "医疗卫生"),
]


def client(rng: random.Random, name: str) -> Client:
    row = next(r for r in CLIENTS if r[0] == name)
    return Client(
        name=row[0],
        short=row[1],
        address=row[2] + f"{rng.randint(1, 88)}号",
        location=_loc(row[3]),
        field=row[4],
        contact=person(rng),
        phone=("0997-" if "第一师" in row[3] else "0998-") + str(rng.randint(4100000, 5199999)),
    )


def company_number(rng: random.Random, year: int) -> str:
    return f"HT-{year}{rng.randint(1, 12):02d}-{rng.randint(10, 399):03d}"


def procurement_number(rng: random.Random, year: int, first_division: bool = False) -> str:
    """师市-style procurement plan number: 兵三师图采〔2024〕0123号 (第一师: 兵一师阿采〔2024〕…)."""
    prefix = "兵一师阿采" if first_division else "兵三师图采"
    return f"{prefix}〔{year}〕{rng.randint(10, 480):04d}号"


def project_code(rng: random.Random, year: int, division: str = "BT3S") -> str:
    return f"{division}-{year}-GK-{rng.randint(1, 260):03d}"
