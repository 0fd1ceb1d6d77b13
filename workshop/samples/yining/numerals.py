"""Money and date spellings as Ili offices print them: 人民币大写, grouped figures, 万元, Chinese dates.

The writer and the reader are written independently of each other (the reader parses by
sections, the writer builds by groups of four), so the selfcheck can use one to check the other.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")
CN_DIGITS = "〇一二三四五六七八九"

CENT = Decimal("0.01")


def q2(value: Decimal) -> Decimal:
    """Round to the fen."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _group(n: int) -> str:
    """A group of four digits (1..9999) in capital numerals, zeros inside collapsed to one 零."""
    text = ""
    zero = False
    for pos in range(3, -1, -1):
        d = (n // 10**pos) % 10
        if d == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += DIGITS[d] + SMALL_UNITS[pos]
    return text


def capital(amount: Decimal) -> str:
    """人民币大写 of an amount: 壹佰贰拾陆万捌仟元整, 壹仟零伍元伍角, 叁万元零陆分."""
    amount = q2(amount)
    if amount < 0:
        raise ValueError("negative amount")
    yuan = int(amount)
    fen_total = int((amount - yuan) * 100)
    jiao, fen = divmod(fen_total, 10)
    parts: list[str] = []
    if yuan:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        text = ""
        gap = False  # a zero digit between the last group written and this one
        for index in range(len(groups) - 1, -1, -1):
            g = groups[index]
            if g == 0:
                gap = gap or bool(text)
                continue
            if text and (gap or g < 1000):
                text += "零"
            gap = g % 10 == 0
            text += _group(g) + BIG_UNITS[index]
        parts.append(text + "元")
    if jiao == 0 and fen == 0:
        return ("".join(parts) or "零元") + "整"
    if jiao:
        parts.append(DIGITS[jiao] + "角")
    elif yuan:
        parts.append("零")
    if fen:
        parts.append(DIGITS[fen] + "分")
    return "".join(parts)


def grouped(amount: Decimal) -> str:
    """1,268,000.00"""
    return f"{q2(amount):,.2f}"


def wan(amount: Decimal, places: int = 2) -> str:
    """126.80 (the 万元 figure without the unit)."""
    return f"{(amount / 10000).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)}"


def money_str(amount: Decimal) -> str:
    """The truth and declaration spelling: two decimals, no separators."""
    return f"{q2(amount):.2f}"


def cn_year(year: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(year))


def cn_number(n: int) -> str:
    """1..31 in Chinese numerals as dates write them (十八, 二十一, 三十)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def date_cn(d: dt.date) -> str:
    """二〇二五年四月十八日 (the date under an official seal)."""
    return f"{cn_year(d.year)}年{cn_number(d.month)}月{cn_number(d.day)}日"


def date_plain(d: dt.date) -> str:
    """2025年4月18日"""
    return f"{d.year}年{d.month}月{d.day}日"


def date_padded(d: dt.date) -> str:
    """2025年04月18日 (the licence's and the invoice's spelling)."""
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def date_dotted(d: dt.date) -> str:
    """2025.04.18"""
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def date_any(d: dt.date, rng: random.Random) -> str:
    """One of the spellings a typed form uses."""
    return rng.choice((date_plain, date_padded, date_plain, date_dotted))(d)


_DIGIT_VALUE = {c: i for i, c in enumerate(DIGITS)}
_DIGIT_VALUE.update({"〇": 0, "两": 2})
_UNIT_VALUE = {"拾": 10, "佰": 100, "仟": 1000}


def read_capital(text: str) -> Decimal:
    """Parse 人民币大写 back into an amount (the selfcheck's independent reader)."""
    text = text.replace("人民币", "").replace("（大写）", "").replace("(大写)", "").strip("：: ")
    if text.endswith("整") or text.endswith("正"):
        text = text[:-1]
    yuan_part, _, small = text.partition("元")
    if not _:
        yuan_part, small = "", text

    def section(s: str) -> int:
        total, digit = 0, 0
        for ch in s:
            if ch in _DIGIT_VALUE:
                digit = _DIGIT_VALUE[ch]
            elif ch in _UNIT_VALUE:
                total += (digit or 1) * _UNIT_VALUE[ch]
                digit = 0
            else:
                raise ValueError(f"unexpected {ch!r} in {text!r}")
        return total + digit

    value = 0
    rest = yuan_part
    if "亿" in rest:
        head, rest = rest.split("亿", 1)
        value += section(head) * 10**8
    if "万" in rest:
        head, rest = rest.split("万", 1)
        value += section(head) * 10**4
    value += section(rest)
    fen = 0
    small = small.lstrip("零")
    if "角" in small:
        head, small = small.split("角", 1)
        fen += _DIGIT_VALUE[head[-1]] * 10
        small = small.lstrip("零")
    if "分" in small:
        head, small = small.split("分", 1)
        fen += _DIGIT_VALUE[head[-1]]
    return Decimal(value) + Decimal(fen) / 100
