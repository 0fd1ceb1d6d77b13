"""How money and dates are spelled on the papers: figures with separators, 万元 with four decimals, 人民币大写."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("", "拾", "佰", "仟")
GROUPS = ("", "万", "亿", "万")
HANZI_DIGITS = "〇一二三四五六七八九"


def cents(value: Decimal | int | str) -> Decimal:
    """A money value rounded to the fen, half up as invoicing software does."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def yuan(value: Decimal) -> str:
    """``1,234,567.89``: figures with thousands separators and two decimals."""
    return f"{cents(value):,.2f}"


def plain(value: Decimal) -> str:
    """``1234567.89``: the report's and the declaration's spelling."""
    return f"{cents(value):.2f}"


def wan4(value: Decimal) -> str:
    """``123.4568``: the amount in 万元 with four decimals (to the yuan), as tender papers print it."""
    return f"{(Decimal(value) / 10000).quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP):,.4f}"


def _integer_words(number: int) -> str:
    if number == 0:
        return "零"
    text = str(number)
    length = len(text)
    out = ""
    pending_zero = False
    for index, char in enumerate(text):
        place = length - 1 - index
        digit = int(char)
        if digit == 0:
            pending_zero = True
        else:
            if pending_zero and out:
                out += "零"
            pending_zero = False
            out += DIGITS[digit] + PLACES[place % 4]
        if place % 4 == 0 and place > 0:
            group = text[max(0, index - 3) : index + 1]
            if int(group) > 0:
                out += GROUPS[place // 4]
    return out


def capital(value: Decimal) -> str:
    """人民币大写 of an amount: ``壹佰零伍万元整``, ``壹万零伍元零陆分``, ``伍佰元叁角``."""
    total = int(cents(value) * 100)
    if total < 0:
        raise ValueError("capital numerals of a negative amount: write （负数） before them")
    whole, rest = divmod(total, 100)
    jiao, fen = divmod(rest, 10)
    if jiao == 0 and fen == 0:
        return _integer_words(whole) + "元整"
    out = _integer_words(whole) + "元" if whole else ""
    if jiao:
        if whole and whole % 10 == 0:
            out += "零"
        out += DIGITS[jiao] + "角"
    elif whole:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    return out


def parse_capital(text: str) -> Decimal:
    """Read capital numerals back (the selfcheck's independent reading of what the papers print)."""
    text = text.replace("人民币", "").replace("整", "").replace("正", "").replace("（负数）", "")
    units = {"拾": 10, "佰": 100, "仟": 1000}
    total = Decimal(0)
    whole_part, _, frac = text.partition("元")
    if "元" not in text:
        whole_part, frac = "", text
    section = 0
    number = 0
    big = 0
    for char in whole_part:
        if char in DIGITS:
            number = DIGITS.index(char)
        elif char in units:
            section += (number or 1) * units[char]
            number = 0
        elif char == "万":
            big += (section + number) * 10_000
            section = number = 0
        elif char == "亿":
            big = (big + section + number) * 100_000_000
            section = number = 0
        else:
            raise ValueError(f"unexpected {char!r} in {text!r}")
    total = Decimal(big + section + number)
    digit = 0
    for char in frac:
        if char in DIGITS:
            digit = DIGITS.index(char)
        elif char == "角":
            total += Decimal(digit) / 10
            digit = 0
        elif char == "分":
            total += Decimal(digit) / 100
            digit = 0
        else:
            raise ValueError(f"unexpected {char!r} in {text!r}")
    return cents(total)


def cn_date(day: dt.date) -> str:
    """``2024年3月5日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_date0(day: dt.date) -> str:
    """``2024年03月05日`` (licences, invoices)."""
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def _hanzi_number(number: int) -> str:
    if number < 10:
        return HANZI_DIGITS[number]
    tens, ones = divmod(number, 10)
    return ("十" if tens == 1 else HANZI_DIGITS[tens] + "十") + (HANZI_DIGITS[ones] if ones else "")


def hanzi_date(day: dt.date) -> str:
    """``二〇二四年三月十五日`` (official letters: 中标通知书, 审计报告 dates under seals)."""
    year = "".join(HANZI_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_hanzi_number(day.month)}月{_hanzi_number(day.day)}日"


def dotted(day: dt.date) -> str:
    """``2024.03.05``."""
    return f"{day.year}.{day.month:02d}.{day.day:02d}"
