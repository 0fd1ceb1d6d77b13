"""兵团 cities and their clients, firms, people, credit codes, capital numerals and dates."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

CITIES: dict[str, tuple[str, str, str]] = {
    # key: (师, 市, administrative division code of the 师市)
    "shz": ("第八师", "石河子市", "659001"),
    "wjq": ("第六师", "五家渠市", "659004"),
    "bt": ("第十师", "北屯市", "659005"),
    "tmg": ("第二师", "铁门关市", "659006"),
    "tmsk": ("第三师", "图木舒克市", "659003"),
}

BODIES = {
    "edu": ("教育局", "教育"),
    "hosp": ("人民医院", "医疗卫生"),
    "data": ("大数据中心", "党政"),
    "gov": ("政务服务中心", "党政"),
    "water": ("水利工程管理服务中心", "农林牧渔、水利"),
    "cdc": ("疾病预防控制中心", "医疗卫生"),
    "media": ("融媒体中心", "文化、体育、娱乐"),
    "ag": ("农业农村局", "农林牧渔、水利"),
}

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "建国志强海涛文军丽娟春燕新华晓明永刚红梅玉兰立新卫东秀英俊杰宏伟雪莲振华学军德胜"
UYGHUR = ["买买提·艾力", "阿不都热依木·吐尔逊", "古丽米拉·艾山", "努尔买买提·阿西木", "热依拉·买买提"]

FIRM_HEADS = ["绿洲", "天业", "垦泓", "军垦", "屯旺", "准噶", "玛纳", "胡杨", "天诚", "北庭", "驼铃", "雪峰"]
FIRM_TAILS = ["信息技术", "智能科技", "数字科技", "网络工程", "系统集成", "软件科技"]

CERTS = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络规划设计师", "高级"),
    ("网络工程师", "中级"),
    ("信息系统监理师", "中级"),
    ("信息安全工程师", "中级"),
    ("信息系统集成实施工程经理", "中级"),
]


def person(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(UYGHUR)
    n = rng.choice((1, 2, 2))
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


@dataclass
class Client:
    full: str
    """As the contract prints it: 新疆生产建设兵团第八师石河子市教育局."""
    short: str
    """As the declaration writes it."""
    field: str
    city: str
    location: str
    code: str
    """The client's own 统一社会信用代码 (a 12… code of a public institution)."""


def client(rng: random.Random, city: str, body: str) -> Client:
    shi, shi_city, _ = CITIES[city]
    name, field = BODIES[body]
    full = f"新疆生产建设兵团{shi}{shi_city}{name}"
    short = rng.choice([f"{shi}{shi_city}{name}", f"{shi_city}{name}", f"兵团{shi}{shi_city}{name}"])
    return Client(
        full, short, field, shi_city, f"新疆生产建设兵团{shi}{shi_city}", credit_code(rng, city, "12")
    )


_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def credit_code(rng: random.Random, city: str, kind: str = "91") -> str:
    """A GB 32100-2015 code: 91 + division code + GB 11714 organisation code + check character."""
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    body = "MA" + body[2:] if rng.random() < 0.7 else body
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    s = sum(_ORG_CHARS.index(c) * w for c, w in zip(body, weights, strict=True))
    c9 = 11 - s % 11
    org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    pre = kind + CITIES[city][2] + org
    w = [pow(3, i, 31) for i in range(17)]
    total = sum(_CODE_CHARS.index(ch) * w[i] for i, ch in enumerate(pre))
    return pre + _CODE_CHARS[(31 - total % 31) % 31]


@dataclass
class Firm:
    name: str
    code: str
    rep: str
    capital: Decimal
    established: dt.date
    address: str
    city: str


def firm(rng: random.Random, city: str) -> Firm:
    shi_city = CITIES[city][1]
    name = f"新疆{rng.choice(FIRM_HEADS)}{rng.choice(FIRM_TAILS)}有限公司"
    road = rng.choice(["北四路", "东一路", "青湖路", "军垦路", "人民路", "天山路", "团结路"])
    addr = f"新疆{shi_city}{road}{rng.randint(3, 188)}号{rng.randint(1, 9)}栋{rng.randint(101, 1206)}室"
    est = dt.date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    cap = Decimal(rng.choice([500, 1000, 1200, 2000, 3000, 5000])) * 10000
    return Firm(name, credit_code(rng, city), person(rng), cap, est, addr, city)


DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    units = ["仟", "佰", "拾", ""]
    s, zero = "", False
    for i, d in enumerate(f"{n:04d}"):
        k = int(d)
        if k == 0:
            zero = bool(s)
            continue
        if zero:
            s += "零"
            zero = False
        s += DIGITS[k] + units[i]
    return s


def words(amount: Decimal) -> str:
    """人民币 capital numerals: 伍拾捌万陆仟元整, 壹佰贰拾万零叁佰元伍角."""
    fen_total = int((amount * 100).to_integral_value())
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    parts = []
    yi, wan, rest = yuan // 10**8, yuan // 10**4 % 10**4, yuan % 10**4
    out = ""
    if yi:
        out += _four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += _four(wan) + "万"
    if rest:
        if out and rest < 1000:
            out += "零"
        out += _four(rest)
    out = (out or "零") + "元"
    parts.append(out)
    if jiao == 0 and fen == 0:
        parts.append("整")
    else:
        parts.append(DIGITS[jiao] + "角" if jiao else "零")
        if fen:
            parts.append(DIGITS[fen] + "分")
    return "".join(parts)


def fig(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_date0(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def upper_date(d: dt.date) -> str:
    zh = "〇一二三四五六七八九"
    y = "".join(zh[int(c)] for c in str(d.year))

    def num(n: int) -> str:
        if n < 10:
            return zh[n]
        return ("" if n < 20 else zh[n // 10]) + "十" + (zh[n % 10] if n % 10 else "")

    return f"{y}年{num(d.month)}月{num(d.day)}日"


def money(x: Decimal) -> str:
    return f"{x:.2f}"


def round_amount(rng: random.Random, lo: int, hi: int, step: int = 100) -> Decimal:
    return Decimal(rng.randrange(lo // step, hi // step) * step)


def split_fees(rng: random.Random, total: Decimal, keys: list[str]) -> dict[str, Decimal]:
    """Split ``total`` over ``keys`` in round hundreds; the last key takes the remainder."""
    out: dict[str, Decimal] = {}
    left = total
    for i, k in enumerate(keys):
        if i == len(keys) - 1:
            out[k] = left
        else:
            share = Decimal(int(total * Decimal(rng.uniform(0.15, 0.5)) / 100) * 100)
            share = min(share, left - 100 * (len(keys) - i - 1))
            out[k] = share
            left -= share
    return out
