"""Urumqi places, people, firms and clients; credit codes, capital numerals, dates and fee splits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# district, division code, abbreviation used in procurement numbers, a street
DISTRICTS: tuple[tuple[str, str, str, str], ...] = (
    ("高新区（新市区）", "650104", "乌高新", "北京南路"),
    ("经开区（头屯河区）", "650106", "乌经开", "维泰南路"),
    ("天山区", "650102", "乌天", "解放北路"),
    ("沙依巴克区", "650103", "乌沙", "友好南路"),
    ("水磨沟区", "650105", "乌水", "南湖北路"),
    ("米东区", "650109", "乌米", "米东南路"),
)

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
)
GIVEN = (
    "建国伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰志红新疆海燕春梅文博宇浩然晓东子涵思远嘉怡天佑"
)
UYGHUR = (
    "艾尔肯·吐尔逊",
    "买买提·艾力",
    "阿不都热合曼·买提尼亚孜",
    "古丽娜尔·阿不力孜",
    "热依拉·吾守尔",
    "迪丽努尔·艾海提",
    "努尔兰·哈力木",
    "帕尔哈提·依明",
)

FIRM_HEADS = (
    "天山",
    "博格达",
    "丝路",
    "昆仑",
    "西域",
    "雪莲",
    "亚欧",
    "乌拉泊",
    "红山",
    "天池",
    "准噶尔",
    "金桥",
)
FIRM_MIDS = ("云数", "智联", "信创", "数科", "网安", "华信", "启明", "鸿图", "中科", "汇通", "天润", "易达")
FIRM_TAILS = (
    "信息技术有限公司",
    "科技股份有限公司",
    "数字科技有限公司",
    "软件技术有限公司",
    "信息产业有限责任公司",
)

CERTIFICATES: tuple[tuple[str, str], ...] = (
    ("信息系统项目管理师", "高级"),
    ("系统架构设计师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
    ("软件设计师", "中级"),
    ("HCIE 专家级网络工程师（华为认证）", "专家级"),
    ("IT 服务经理（ITSS）", "无"),
)

_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def person(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(UYGHUR)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _org_code(body: str) -> str:
    """GB 11714 organisation code: eight characters plus their check character."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c, 36) * w for c, w in zip(body, weights, strict=True))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def credit_code(rng: random.Random, division: str) -> str:
    """A GB 32100-2015 unified social credit code (enterprise, 91 + division + MA… organisation code)."""
    while True:
        body = "MA" + "".join(rng.choice(_CODE_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        org = _org_code(body)
        if all(c in _CODE_CHARS for c in org):
            break
    head = "91" + division + org
    total = sum(_CODE_CHARS.index(c) * w for c, w in zip(head, _CODE_WEIGHTS, strict=True))
    return head + _CODE_CHARS[(31 - total % 31) % 31]


@dataclass
class Firm:
    name: str
    code: str
    legal: str
    capital: Decimal
    established: dt.date
    district: str
    division: str
    abbr: str
    address: str
    phone: str
    bank: str
    account: str


BANKS = (
    "中国工商银行乌鲁木齐{}支行",
    "中国建设银行乌鲁木齐{}支行",
    "中国银行乌鲁木齐{}支行",
    "乌鲁木齐银行{}支行",
    "中国农业银行乌鲁木齐{}支行",
)
BRANCH = ("北京路", "南湖", "友好", "新华", "头屯河", "西虹", "米东", "长江路")


def phone(rng: random.Random) -> str:
    return f"0991-{rng.randint(2, 8)}{rng.randint(100000, 999999)}"


def account(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((17, 19))))


def firm(rng: random.Random, district_index: int | None = None, taken: set[str] | None = None) -> Firm:
    d = DISTRICTS[rng.randrange(len(DISTRICTS)) if district_index is None else district_index]
    while True:
        name = "新疆" + rng.choice(FIRM_HEADS) + rng.choice(FIRM_MIDS) + rng.choice(FIRM_TAILS)
        if not taken or name not in taken:
            break
    if taken is not None:
        taken.add(name)
    return Firm(
        name=name,
        code=credit_code(rng, d[1]),
        legal=person(rng),
        capital=Decimal(rng.choice((1000, 2000, 3000, 5000, 6000, 8000, 10000, 12000))) * 10000,
        established=dt.date(rng.randint(2006, 2019), rng.randint(1, 12), rng.randint(1, 28)),
        district=d[0],
        division=d[1],
        abbr=d[2],
        address=f"新疆乌鲁木齐市{d[0].split('（')[-1].rstrip('）')}{d[3]}{rng.randint(1, 999)}号{rng.randint(2, 28)}层",
        phone=phone(rng),
        bank=rng.choice(BANKS).format(rng.choice(BRANCH)),
        account=account(rng),
    )


def party(rng: random.Random, name: str) -> Firm:
    """A counterparty (client, general contractor, consortium member) with its bank and address lines."""
    d = rng.choice(DISTRICTS)
    return Firm(
        name=name,
        code=credit_code(rng, d[1]),
        legal=person(rng),
        capital=Decimal(0),
        established=dt.date(2010, 1, 1),
        district=d[0],
        division=d[1],
        abbr=d[2],
        address=f"新疆乌鲁木齐市{d[0].split('（')[-1].rstrip('）')}{d[3]}{rng.randint(1, 999)}号",
        phone=phone(rng),
        bank=rng.choice(BANKS).format(rng.choice(BRANCH)),
        account=account(rng),
    )


# ---- money -------------------------------------------------------------------------------

_DIG = "零壹贰叁肆伍陆柒捌玖"


def _group(g: int) -> str:
    out, zero, started = "", False, False
    for i, ch in enumerate(f"{g:04d}"):
        d = int(ch)
        if d == 0:
            zero = zero or started
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIG[d] + ("仟", "佰", "拾", "")[i]
        started = True
    return out


def words(amount: Decimal) -> str:
    """Capital numerals of an amount in yuan: 壹亿贰仟叁佰万零伍佰元整, 叁万元零伍分."""
    cents = int((amount * 100).to_integral_value(ROUND_HALF_UP))
    n, frac = divmod(cents, 100)
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, need_zero = "", False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            need_zero = bool(out)
            continue
        if out and (g < 1000 or need_zero):
            out += "零"
        out += _group(g) + ("", "万", "亿")[gi]
        need_zero = False
    out = (out or "零") + "元"
    jiao, fen = divmod(frac, 10)
    if not frac:
        return out + "整"
    if jiao:
        out += _DIG[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += _DIG[fen] + "分"
    return out


def figures(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def money(amount: Decimal) -> str:
    """A truth / declaration money string with two decimals."""
    return f"{amount.quantize(Decimal('0.01'))}"


def round_to(amount: Decimal, step: int) -> Decimal:
    return (amount / step).to_integral_value(ROUND_HALF_UP) * step


def split(rng: random.Random, total: Decimal, keys: list[str], step: int = 100) -> dict[str, Decimal]:
    """Split a total over fee keys at random (each at least a tenth), rounded to ``step`` yuan."""
    weights = [rng.uniform(0.1, 1.0) for _ in keys]
    parts: dict[str, Decimal] = {}
    rest = total
    for k, w in zip(keys[:-1], weights[:-1], strict=True):
        parts[k] = round_to(total * Decimal(w / sum(weights)), step)
        rest -= parts[k]
    parts[keys[-1]] = rest
    return parts


# ---- dates -------------------------------------------------------------------------------

_CN = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return "〇一二三四五六七八九"[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + ("" if ones == 0 else _CN[ones])


def date_cn(d: dt.date) -> str:
    """二〇二四年十一月二十日."""
    return "".join(_CN[int(c)] for c in str(d.year)) + f"年{cn_num(d.month)}月{cn_num(d.day)}日"


def date_plain(d: dt.date, pad: bool = False) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def day_in(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d
