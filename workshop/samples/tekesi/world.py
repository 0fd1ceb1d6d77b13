"""Places, people, firms and identifiers of the 伊犁 valley's five south-eastern counties.

Everything here is invented: names, streets, credit codes (GB 32100-2015 check characters
computed here), organisation codes (GB 11714-1997), ID-card numbers (GB 11643 / ISO 7064).
Money is ``Decimal``; the capital-numeral writer is this family's own.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

# --- places ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class County:
    name: str
    code: str
    """Administrative division code (GB/T 2260), the credit code's characters 3-8."""
    town: str
    streets: tuple[str, ...]


COUNTIES: dict[str, County] = {
    "特克斯县": County(
        "特克斯县", "654027", "特克斯镇", ("乾街", "坤街", "离街", "坎街", "阿扎提路", "喀拉峻路")
    ),
    "昭苏县": County("昭苏县", "654026", "昭苏镇", ("解放路", "天马路", "人民东路", "夏塔路", "洪纳海街")),
    "巩留县": County("巩留县", "654024", "巩留镇", ("东风路", "团结路", "库尔德宁路", "胜利街", "新华路")),
    "新源县": County(
        "新源县", "654025", "新源镇", ("人民路", "那拉提大道", "则克台路", "巩乃斯路", "文化路")
    ),
    "尼勒克县": County(
        "尼勒克县", "654028", "尼勒克镇", ("乌吐兰路", "唐布拉路", "人民路", "团结西路", "喀什河路")
    ),
}

TRADE_WORDS = (
    "天马",
    "喀拉峻",
    "八卦城",
    "那拉提",
    "库尔德宁",
    "唐布拉",
    "乌孙",
    "巩乃斯",
    "夏塔",
    "阔克苏",
    "汗腾格里",
    "恰甫其海",
    "木扎尔特",
    "雪岭",
    "琼库什台",
)
INDUSTRY = (
    "信息技术",
    "网络科技",
    "数字科技",
    "智能科技",
    "信息工程",
    "电子科技",
    "数联科技",
    "计算机系统工程",
)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高罗郑梁谢宋唐韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦付方邹"
GIVEN = (
    "建国",
    "志强",
    "海燕",
    "丽娟",
    "晓东",
    "文博",
    "新民",
    "春梅",
    "永刚",
    "玉兰",
    "国庆",
    "立新",
    "红霞",
    "俊杰",
    "宏伟",
    "雪莲",
    "天宇",
    "振华",
    "淑芳",
    "德胜",
    "明",
    "静",
    "勇",
    "涛",
    "磊",
    "军",
)
KAZAKH = (
    "努尔兰·吐尔逊",
    "叶尔兰·哈力木",
    "阿依古丽·木拉提",
    "别克·加尔肯",
    "哈那提·巴合提",
    "古丽娜尔·阿布都",
    "吐尔洪·沙吾提",
    "阿斯哈尔·努尔别克",
    "加娜尔·叶尔肯",
)
UYGHUR = ("买买提·吐尔逊", "阿不都热合曼·艾力", "古丽米拉·阿布来提", "艾尔肯·买合木提", "热依拉·吾斯曼")


def person(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.22:
        return rng.choice(KAZAKH)
    if roll < 0.3:
        return rng.choice(UYGHUR)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def people(rng: random.Random, n: int) -> list[str]:
    seen: list[str] = []
    while len(seen) < n:
        name = person(rng)
        if name not in seen:
            seen.append(name)
    return seen


def address(rng: random.Random, county: County) -> str:
    street = rng.choice(county.streets)
    tail = rng.choice(
        (
            f"{rng.randint(2, 188)}号",
            f"{rng.randint(2, 120)}号{rng.randint(1, 4)}楼{rng.randint(1, 3)}{rng.randint(1, 12):02d}室",
            f"{rng.randint(3, 90)}号商住楼{rng.randint(1, 3)}单元{rng.randint(1, 6)}{rng.randint(1, 2):02d}室",
        )
    )
    return f"新疆伊犁州{county.name}{county.town}{street}{tail}"


# --- identifiers ------------------------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check(body: str) -> str:
    """GB 32100-2015 check character of a 17-character body."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc_valid(code: str) -> bool:
    return len(code) == 18 and all(c in USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_check(body: str) -> str:
    """GB 11714-1997 check character of an 8-character organisation-code body."""
    c = 11 - sum(org_value(ch) * w for ch, w in zip(body, ORG_WEIGHTS, strict=True)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def org_code(rng: random.Random, new_style: bool) -> str:
    """Nine characters: an old all-digit code or a post-2015 ``MA……`` code, with its GB 11714 check."""
    allowed = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        if new_style:
            body = "MA7" + "".join(rng.choice(allowed) for _ in range(5))
        else:
            body = str(rng.choice((3, 5, 6, 7))) + "".join(rng.choice("0123456789") for _ in range(7))
        check = org_check(body)
        if check in allowed:
            return body + check


def credit_code(rng: random.Random, county: County, *, new_style: bool = True, org: str | None = None) -> str:
    body = "91" + county.code + (org or org_code(rng, new_style))
    return body + uscc_check(body)


CONFUSABLE: dict[str, str] = {
    "0": "DQUC",
    "D": "0QU",
    "Q": "0D",
    "1": "7LTJ",
    "7": "1T",
    "L": "1",
    "T": "17Y",
    "J": "1",
    "2": "Z",
    "5": "6",
    "6": "G58",
    "G": "6C",
    "C": "G0",
    "8": "B36",
    "B": "8",
    "3": "8",
    "4": "A",
    "A": "4",
    "U": "0W",
    "W": "U",
    "M": "N",
    "N": "MH",
    "H": "N",
    "E": "F",
    "F": "E",
    "P": "R",
    "R": "P",
    "X": "Y",
    "Y": "XT",
    "K": "X",
    "9": "",
}


def confusion_fixes(code: str) -> list[str]:
    """Every code one OCR confusion away from ``code`` that passes the check."""
    fixes = []
    for i, c in enumerate(code):
        for alt in CONFUSABLE.get(c, ""):
            if alt in USCC_CHARS:
                candidate = code[:i] + alt + code[i + 1 :]
                if uscc_valid(candidate):
                    fixes.append(candidate)
    return fixes


def broken_code(rng: random.Random, county: County) -> str:
    """A code whose check character is wrong and that no single OCR confusion makes valid."""
    while True:
        good = credit_code(rng, county)
        wrong = [c for c in USCC_CHARS if c != good[17] and c not in CONFUSABLE.get(good[17], "")]
        bad = good[:17] + rng.choice(wrong)
        if not uscc_valid(bad) and not confusion_fixes(bad):
            return bad


def registration_number(rng: random.Random, county: County) -> str:
    """A 15-digit 注册号 of the 2007-2015 scheme (GB 15 digits, last a ISO 7064 MOD 11,10 check)."""
    body = (
        county.code
        + rng.choice(("0000", "0500", "2000"))
        + "".join(rng.choice("0123456789") for _ in range(4))
    )
    p = 10
    for ch in body:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return body + str((11 - p) % 10)


def id_number(rng: random.Random, county: County, born: dt.date, male: bool) -> str:
    body = county.code + born.strftime("%Y%m%d") + f"{rng.randint(0, 99):02d}"
    seq = rng.choice("13579" if male else "02468")
    body += seq
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


# --- money and dates --------------------------------------------------------------------------

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ("", "拾", "佰", "仟")


def _section(n: int) -> str:
    """Capital numerals of 0 < n < 10000, with inner zeros as 零."""
    out = ""
    zero = False
    for power in (3, 2, 1, 0):
        d = n // 10**power % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[d] + UNITS[power]
    return out


def capital_words(amount: Decimal) -> str:
    """人民币大写 of a yuan amount, ending 元整 or with 角分 (``壹佰贰拾叁万肆仟伍佰元整``)."""
    fen = int((amount * 100).to_integral_value())
    yuan, cents = divmod(fen, 100)
    yi, rest = divmod(yuan, 10**8)
    wan, low = divmod(rest, 10**4)
    out = ""
    if yi:
        out += _section(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += _section(wan) + "万"
    if low:
        if out and low < 1000:
            out += "零"
        out += _section(low)
    out = (out or "零") + "元"
    jiao, f = divmod(cents, 10)
    if not cents:
        return out + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif f:
        out += "零"
    if f:
        out += DIGITS[f] + "分"
    return out


def wan_words(wan: int) -> str:
    """``壹仟贰佰万`` for 1200 (万元)."""
    return _section(wan) + "万"


def read_capital(text: str) -> Decimal:
    """This family's reader of capital numerals (for the selfcheck): ``壹仟贰佰万元整`` → 12000000."""
    text = text.replace("人民币", "").replace("整", "").replace("正", "")
    values = {c: i for i, c in enumerate(DIGITS)}
    small = {"拾": 10, "佰": 100, "仟": 1000}
    total = Decimal(0)
    section = 0
    digit = 0
    fraction = Decimal(0)
    for c in text:
        if c in values:
            digit = values[c]
        elif c in small:
            section += (digit or 1) * small[c]
            digit = 0
        elif c == "万":
            total += (section + digit) * 10**4
            section = digit = 0
        elif c == "亿":
            total = (total + section + digit) * 10**8
            section = digit = 0
        elif c in "元圆":
            total += section + digit
            section = digit = 0
        elif c == "角":
            fraction += Decimal(digit) / 10
            digit = 0
        elif c == "分":
            fraction += Decimal(digit) / 100
            digit = 0
    return total + section + digit + fraction


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_short(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def day_in(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
