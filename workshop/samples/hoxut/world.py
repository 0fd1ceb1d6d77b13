"""Places, names, identifiers and number words of the hoxut family (阿克苏地区 counties, inspection year 2025)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

YEAR = 2025

COUNTIES: dict[str, tuple[str, str]] = {
    # county: (credit-code region, 简称 used in firm names)
    "乌什县": ("652927", "乌什"),
    "温宿县": ("652922", "温宿"),
    "拜城县": ("652926", "拜城"),
    "新和县": ("652925", "新和"),
    "沙雅县": ("652924", "沙雅"),
}

PREFECTURE = "新疆维吾尔自治区阿克苏地区"

TRADE_WORDS = [
    "托木尔",
    "燕泉",
    "天山雪",
    "胡杨林",
    "木扎尔特",
    "克孜尔",
    "塔河",
    "渭干",
    "博孜墩",
    "英阿瓦提",
    "红旗坡",
]
TRADE_TAILS = [
    "信息技术有限公司",
    "网络科技有限公司",
    "智能科技有限公司",
    "数字科技有限公司",
    "电子工程有限公司",
]

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国志强海军红梅丽娟玉兰文军晓东立新永刚春燕秀英国庆卫东明辉建华亚军新民振宇雪莲俊杰慧敏晨阳天翔子涵浩然思远"
UYGHUR = [
    "艾尔肯·吐尔逊",
    "买买提·艾力",
    "阿不都热合曼·依明",
    "古丽米拉·阿不都",
    "热依拉·买买提",
    "吐尔洪·喀迪尔",
    "迪丽娜尔·艾山",
    "努尔艾力·司马义",
]

TITLES = [
    "高级工程师",
    "正高级工程师",
    "工程师",
    "高级经济师",
    "副主任医师",
    "高级讲师",
    "信息系统项目管理师",
]

AUDIT_FIRMS = [
    "新疆天衡正信会计师事务所（普通合伙）",
    "阿克苏华鼎联合会计师事务所有限责任公司",
    "新疆诚信永和会计师事务所有限公司",
    "新疆西域德勤信会计师事务所（普通合伙）",
]

TEST_LABS = [
    ("新疆信息产品质量监督检验研究院软件测评中心", "CNAS L3581", "CMA 2019311234Z"),
    ("阿克苏地区网络安全等级保护测评中心", "CNAS L9102", "CMA 2021311077P"),
    ("新疆天山信息安全测评中心有限公司", "CNAS L7764", "CMA 2020310562K"),
]

SUPERVISORS = [
    "新疆正衡信息工程监理有限公司",
    "阿克苏宏远工程建设监理有限责任公司",
    "新疆天诚建设项目管理咨询有限公司",
]

CERT_TITLES = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("信息系统监理师", "中级"),
]


def person(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(UYGHUR)
    given = rng.choice(GIVEN[::2]) + (rng.choice(GIVEN[1::2]) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def firm_name(rng: random.Random, county: str) -> str:
    short = COUNTIES[county][1]
    return f"{short}县{rng.choice(TRADE_WORDS)}{rng.choice(TRADE_TAILS)}"


# --- GB 11714 organisation code and GB 32100 unified social credit code -------------------------

_GB32100 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_check(body: str) -> str:
    total = sum(_GB32100.index(c) * w for c, w in zip(body, _W11714, strict=True))
    c = 11 - total % 11
    return "0" if c == 11 else ("X" if c == 10 else str(c))


def credit_check(code17: str) -> str:
    total = sum(_GB32100.index(c) * w for c, w in zip(code17, _W32100, strict=True))
    return _GB32100[(31 - total % 31) % 31]


def credit_code(rng: random.Random, county: str) -> str:
    region = COUNTIES[county][0]
    body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    org = body + _org_check(body)
    code17 = "91" + region + org
    return code17 + credit_check(code17)


def credit_code_valid(code: str) -> bool:
    return len(code) == 18 and credit_check(code[:17]) == code[17] and _org_check(code[8:16]) == code[16]


# --- money ------------------------------------------------------------------------------------

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]
_BIG = ["", "万", "亿"]


def _four(n: int) -> str:
    """Capital numerals of 0 < n < 10000, with 零 for inner gaps."""
    out = ""
    zero = False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[d] + _UNITS[i]
    return out


def words(amount: Decimal) -> str:
    """人民币 capital numerals: 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 / …元整."""
    fen_total = int((amount * 100).to_integral_value())
    yuan, fen = divmod(fen_total, 100)
    jiao, fen = divmod(fen, 10)
    parts: list[str] = []
    groups = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    text = ""
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(text)
            continue
        if text and (need_zero or g < 1000):
            text += "零"
        text += _four(g) + _BIG[idx]
        need_zero = False
    parts.append((text or "零") + "元")
    if jiao == 0 and fen == 0:
        parts.append("整")
    else:
        if jiao:
            parts.append(_DIGITS[jiao] + "角")
        elif yuan:
            parts.append("零")
        if fen:
            parts.append(_DIGITS[fen] + "分")
    return "".join(parts)


def read_words(text: str) -> Decimal:
    """Read back what :func:`words` writes (for the selfcheck)."""
    digits = {c: i for i, c in enumerate(_DIGITS)}
    small = {"拾": 10, "佰": 100, "仟": 1000}
    total = Decimal(0)
    section = 0
    number = 0
    yuan_part, _, rest = text.partition("元")
    for ch in yuan_part:
        if ch in digits:
            number = digits[ch]
        elif ch in small:
            section += (number or 1) * small[ch]
            number = 0
        elif ch == "万":
            total += (section + number) * 10000
            section = number = 0
        elif ch == "亿":
            total = (total + section + number) * 100000000
            section = number = 0
    total += section + number
    jiao = fen = 0
    for i, ch in enumerate(rest):
        if ch in digits and i + 1 < len(rest):
            if rest[i + 1] == "角":
                jiao = digits[ch]
            elif rest[i + 1] == "分":
                fen = digits[ch]
    return total + Decimal(jiao) / 10 + Decimal(fen) / 100


def fig(amount: Decimal) -> str:
    """1,234,567.89"""
    return f"{amount:,.2f}"


def money(amount: Decimal) -> str:
    """Truth form: 1234567.89"""
    return f"{amount:.2f}"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


_CN_DIG = "〇一二三四五六七八九"


def cn_date_upper(d: dt.date) -> str:
    """二〇二五年六月十八日"""

    def num(n: int) -> str:
        if n < 10:
            return _CN_DIG[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIG[tens]) + "十" + (_CN_DIG[ones] if ones else "")

    return "".join(_CN_DIG[int(c)] for c in str(d.year)) + f"年{num(d.month)}月{num(d.day)}日"


@dataclass(frozen=True)
class Firm:
    name: str
    county: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    short: str


def make_firm(rng: random.Random, county: str) -> Firm:
    name = firm_name(rng, county)
    capital = Decimal(rng.choice([300, 500, 600, 800, 1000, 1200, 2000])) * 10000
    est = dt.date(rng.randint(2009, 2019), rng.randint(1, 12), rng.randint(1, 28))
    street = rng.choice(["团结路", "解放路", "人民路", "友谊路", "文化路", "新华路", "建设路"])
    addr = f"{PREFECTURE}{county}{street}{rng.randint(2, 188)}号{rng.choice(['', '商务楼', '综合楼'])}{rng.randint(1, 6)}层"
    return Firm(
        name=name,
        county=county,
        credit_code=credit_code(rng, county),
        legal_rep=person(rng),
        capital=capital,
        established=est,
        address=addr,
        short=name[:2],
    )
