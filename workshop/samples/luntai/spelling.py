"""How the papers spell money, dates and codes: 人民币大写, figures, 万元, 二〇二四年, GB 32100 codes."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")
HAN_DIGITS = "〇一二三四五六七八九"


def money(value: Decimal | int | str) -> Decimal:
    """A Decimal with exactly two places (never a float on the way)."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def money_str(value: Decimal) -> str:
    """The truth's and the declaration's spelling: "2450000.00"."""
    return f"{money(value):.2f}"


def _group(digits: str) -> str:
    """Four digits (with leading zeros) as capital numerals, zeros inside collapsed to one 零."""
    out: list[str] = []
    zero = False
    for position, char in enumerate(digits):
        d = int(char)
        unit = SMALL_UNITS[3 - position]
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[d] + unit)
    return "".join(out)


def capital(value: Decimal) -> str:
    """人民币大写 of an amount: 壹佰零陆万零伍佰元整, 壹拾贰元零伍分, 叁万元伍角整."""
    value = money(value)
    yuan = int(value)
    jiao = int(value * 10) % 10
    fen = int(value * 100) % 10
    words = ""
    if yuan:
        groups: list[str] = []
        text = str(yuan)
        while text:
            groups.insert(0, text[-4:].rjust(4, "0"))
            text = text[:-4]
        pending_zero = False
        for index, group in enumerate(groups):
            big = BIG_UNITS[len(groups) - 1 - index]
            if int(group) == 0:
                pending_zero = bool(words)
                continue
            if words and (pending_zero or group[0] == "0"):
                words += "零"
            pending_zero = False
            words += _group(group) + big
        words += "元"
    if not jiao and not fen:
        return (words or "零元") + "整"
    if jiao:
        if words and yuan % 10 == 0:
            words += "零"
        words += DIGITS[jiao] + "角"
    elif words:
        words += "零"
    if fen:
        words += DIGITS[fen] + "分"
    else:
        words += "整"
    return words


def figure(value: Decimal, sep: str = ",") -> str:
    """1,286,000.00 (or without separators when sep is empty)."""
    whole, cents = f"{money(value):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sep.join(groups) + "." + cents


def wan(value: Decimal, places: int = 2) -> str:
    """An amount in 万元 with ``places`` decimals, as a figure: 128.60."""
    q = Decimal(1).scaleb(-places)
    return f"{(money(value) / 10000).quantize(q, rounding=ROUND_HALF_UP)}"


def han_number(n: int) -> str:
    """Month and day numbers the way a date in characters spells them: 十, 十三, 二十一, 三十."""
    if n < 10:
        return HAN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HAN_DIGITS[tens]) + "十" + (HAN_DIGITS[ones] if ones else "")


def date_text(day: dt.date, style: str) -> str:
    """A date in one of the spellings offices use."""
    if style == "cn":
        return f"{day.year}年{day.month}月{day.day}日"
    if style == "cn0":
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    if style == "han":
        year = "".join(HAN_DIGITS[int(c)] for c in str(day.year))
        return f"{year}年{han_number(day.month)}月{han_number(day.day)}日"
    if style == "dot":
        return f"{day.year}.{day.month}.{day.day}"
    if style == "iso":
        return day.isoformat()
    if style == "slash":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    raise ValueError(f"unknown date style {style!r}")


# GB 32100-2015 and GB 11714-1997 -----------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_check(body: str) -> str:
    """The GB 11714 check character of an 8-character organisation code body."""
    total = sum(int(c, 36) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(body17: str) -> str:
    """The GB 32100 check character of the first 17 characters."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str, kind: str = "enterprise") -> str:
    """A unified social credit code that passes both checks.

    ``enterprise``: 91 + region + MA…(registered since 2015); ``legacy``: 91 + region + the old
    all-digit organisation code (firms registered before 2015); ``organ``: 11 + region + digits
    (机关); ``institution``: 12 + region + digits (事业单位).
    """
    if kind == "legacy":
        body = "".join(rng.choice("0123456789") for _ in range(8))
        head = "91"
    elif kind == "enterprise":
        letters = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "MA" + "".join(rng.choice(letters) for _ in range(6))
        head = "91"
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
        head = "11" if kind == "organ" else "12"
    org = body + org_check(body)
    if org[-1] not in USCC_CHARS:  # pragma: no cover - X and digits are all in the set
        raise ValueError(org)
    first17 = head + region + org
    return first17 + uscc_check(first17)
