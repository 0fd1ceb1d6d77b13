"""Chinese writing conventions the fresh family draws: capital numerals, date spellings,
full-width digits, credit codes and a few pools of names."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

from stdnum.cn import uscc

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")
HAN_DIGITS = "〇一二三四五六七八九"


def _section(n: int) -> str:
    """Capital numerals of 0 < n < 10000 (no leading 零)."""
    out: list[str] = []
    zero = False
    for pos in range(3, -1, -1):
        d = (n // 10**pos) % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[d] + SMALL_UNITS[pos])
    return "".join(out)


def capital(amount: Decimal) -> str:
    """Capital-numeral spelling of an amount as on Chinese contracts and invoices: 壹佰万零伍仟元整."""
    amount = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    yuan = int(amount)
    cents = int((amount - yuan) * 100)
    jiao, fen = divmod(cents, 10)
    text = ""
    if yuan:
        groups = []
        y = yuan
        while y:
            groups.append(y % 10000)
            y //= 10000
        pending_zero = False
        for index in range(len(groups) - 1, -1, -1):
            g = groups[index]
            if g == 0:
                pending_zero = bool(text)
                continue
            if text and (pending_zero or g < 1000):
                text += "零"
            text += _section(g) + BIG_UNITS[index]
            pending_zero = g % 10 == 0
        text += "元"
    if jiao == 0 and fen == 0:
        return (text or "零元") + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    return text


def money(amount: Decimal, sep: bool = True) -> str:
    """1,234,567.80 (or without thousands separators)."""
    return f"{amount:,.2f}" if sep else f"{amount:.2f}"


FULL = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def fullwidth(text: str) -> str:
    """Digits and separators in full width, as typed with a Chinese IME: １２３，４５６．００."""
    return text.translate(FULL)


def han_year(year: int) -> str:
    return "".join(HAN_DIGITS[int(c)] for c in str(year))


def han_number(n: int) -> str:
    """1..31 in lower-case Chinese numerals: 十一, 二十, 三十一."""
    if n < 10:
        return HAN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else HAN_DIGITS[tens]
    return head + "十" + (HAN_DIGITS[ones] if ones else "")


def date_text(day: dt.date, style: str) -> str:
    """A date in one of the spellings seen on real documents."""
    if style == "cn":
        return f"{day.year}年{day.month}月{day.day}日"
    if style == "cn0":
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    if style == "dot":
        return f"{day.year}.{day.month}.{day.day}"
    if style == "slash":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    if style == "han":
        return f"{han_year(day.year)}年{han_number(day.month)}月{han_number(day.day)}日"
    if style == "iso":
        return day.isoformat()
    raise ValueError(style)


ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_check(body: str) -> str:
    total = sum(int(c, 36) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_code(rng: random.Random, region: str = "650100", kind: str = "91") -> str:
    """A unified social credit code whose organisation-code and GB 32100 check characters hold."""
    while True:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        org_check = _org_check(body)
        head = kind + region + body + org_check
        if all(c in USCC_ALPHABET for c in head):
            return head + uscc.calc_check_digit(head + "0")


REGIONS = {
    "乌鲁木齐市": "650100",
    "克拉玛依市": "650200",
    "昌吉回族自治州": "652300",
    "伊犁哈萨克自治州": "654000",
    "阿克苏地区": "652900",
    "喀什地区": "653100",
    "哈密市": "650500",
    "巴音郭楞蒙古自治州": "652800",
}

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
GIVEN = "建国志强海燕丽娟文博永军晓东春梅国庆玉兰德明新华卫东俊杰红霞振宇慧敏桂芳立新秀英金龙学军"
UYGHUR = (
    "艾尔肯·吐尔逊",
    "买买提·阿不都",
    "古丽娜尔·艾买提",
    "阿依古丽·热合曼",
    "努尔兰·哈力别克",
    "热依拉·吐尔洪",
)


def person(rng: random.Random, minority: float = 0.15) -> str:
    if rng.random() < minority:
        return rng.choice(UYGHUR)
    n = rng.choice((1, 2, 2))
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))
