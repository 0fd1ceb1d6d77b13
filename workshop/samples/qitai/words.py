"""Spellings a filing prints: 人民币大写 (and an independent reader), figures, dates, GB 32100 codes."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")


def _group(value: int) -> str:
    """Four digits (1..9999) in capital numerals; inner zeros as one 零, trailing zeros dropped."""
    text = ""
    gap = False
    for position in range(3, -1, -1):
        digit = value // 10**position % 10
        if digit == 0:
            gap = bool(text)
            continue
        if gap:
            text += "零"
            gap = False
        text += DIGITS[digit] + SMALL_UNITS[position]
    return text


def capital(amount: Decimal) -> str:
    """``Decimal('1203400.50')`` → ``壹佰贰拾万叁仟肆佰元伍角整``."""
    fen_total = int((amount * 100).to_integral_value())
    yuan, cents = divmod(fen_total, 100)
    jiao, fen = divmod(cents, 10)
    groups = []
    rest = yuan
    while rest:
        groups.append(rest % 10000)
        rest //= 10000
    text = ""
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        value = groups[index]
        if value == 0:
            pending_zero = bool(text)
            continue
        if text and (pending_zero or value < 1000):
            text += "零"
        pending_zero = False
        text += _group(value) + BIG_UNITS[index]
    if not text:
        text = "零"
    text += "元"
    if jiao == 0 and fen == 0:
        return text + "整"
    if fen == 0:
        return text + DIGITS[jiao] + "角整"
    if jiao == 0:
        return text + "零" + DIGITS[fen] + "分"
    return text + DIGITS[jiao] + "角" + DIGITS[fen] + "分"


def read_capital(text: str) -> Decimal:
    """Independent reader of capital numerals (for the selfcheck)."""
    text = text.replace("人民币", "").replace("整", "").replace("正", "")
    small = {"拾": 10, "佰": 100, "仟": 1000}
    total = Decimal(0)
    section = 0
    number = 0
    yuan_done = False
    for char in text:
        if char in DIGITS:
            number = DIGITS.index(char)
        elif char in small:
            section += (number or 1) * small[char]
            number = 0
        elif char == "万":
            total += (section + number) * 10000
            section = number = 0
        elif char == "亿":
            total += (section + number) * 100000000
            section = number = 0
        elif char == "元":
            total += section + number
            section = number = 0
            yuan_done = True
        elif char == "角" and yuan_done:
            total += Decimal(number) / 10
            number = 0
        elif char == "分" and yuan_done:
            total += Decimal(number) / 100
            number = 0
    return total.quantize(Decimal("0.01"))


def figures(amount: Decimal, sign: str = "¥") -> str:
    return f"{sign}{amount:,.2f}"


def plain(amount: Decimal) -> str:
    return f"{amount:.2f}"


def cn_date(day: dt.date, padded: bool = False) -> str:
    if padded:
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    return f"{day.year}年{day.month}月{day.day}日"


_LING = "〇一二三四五六七八九"


def upper_date(day: dt.date) -> str:
    """二〇二五年六月十八日 (as printed under seals)."""

    def small(n: int) -> str:
        if n < 10:
            return _LING[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _LING[tens]) + "十" + (_LING[ones] if ones else "")

    year = "".join(_LING[int(c)] for c in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"


CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS_18 = [pow(3, i, 31) for i in range(17)]
_WEIGHTS_ORG = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(char: str) -> int:
    return int(char) if char.isdigit() else ord(char) - 55


def org_check(body: str) -> str:
    """GB 11714 check character of an eight-character organisation code body."""
    rest = 11 - sum(_org_value(c) * w for c, w in zip(body, _WEIGHTS_ORG, strict=True)) % 11
    return {10: "X", 11: "0"}.get(rest, str(rest))


def code_check(first17: str) -> str:
    """GB 32100-2015 check character."""
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(first17, _WEIGHTS_18, strict=True))
    return CODE_CHARS[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A valid code: ``91`` firms (MA… bodies), ``11`` organs, ``12`` public institutions."""
    if kind == "91":
        body = "MA" + "".join(rng.choice(CODE_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        body = body[:2] + str(rng.randint(5, 9)) + body[3:]
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
        body = str(rng.choice((0, 7))) + body[1:]
    first17 = kind + region + body + org_check(body)
    return first17 + code_check(first17)


def valid_code(code: str) -> bool:
    return len(code) == 18 and all(c in CODE_CHARS for c in code) and code_check(code[:17]) == code[17]
