"""Money and dates as papers print them: figures with separators, 万元, capital numerals, Chinese dates."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
WAN = Decimal(10000)
DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")
LOWER_DIGITS = "〇一二三四五六七八九"


def money(value: Decimal) -> str:
    """12,345,678.90 (a minus sign in front of a negative)."""
    q = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return f"{q:,.2f}" if q else "0.00"


def wan(value: Decimal) -> str:
    """An amount in 万元 with two decimals and separators: 1,234.57."""
    return money(round_to(value, Decimal(100)) / WAN)


def round_to(value: Decimal, unit: Decimal) -> Decimal:
    """Round half up to a multiple of ``unit`` (100 for a 万元 figure with two decimals)."""
    return ((value / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit).quantize(CENT)


def _group(n: int) -> str:
    """A 0 < n < 10000 group in capitals, with inner zeros as a single 零."""
    out = ""
    zero = False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[d] + SMALL_UNITS[pos]
    return out


def capital(value: Decimal) -> str:
    """人民币 capital numerals without the 人民币 lead-in: 贰佰肆拾伍万零叁佰元整, 壹拾万元伍角."""
    q = value.quantize(CENT, rounding=ROUND_HALF_UP)
    if q < 0:
        raise ValueError("negative amount")
    yuan = int(q)
    fen_total = int((q - yuan) * 100)
    jiao, fen = divmod(fen_total, 10)
    out = ""
    if yuan:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        if len(groups) > 3:
            raise ValueError("amount too large")
        need_zero = False
        for index in range(len(groups) - 1, -1, -1):
            g = groups[index]
            if g == 0:
                need_zero = bool(out)
                continue
            if out and (need_zero or g < 1000):
                out += "零"
            need_zero = False
            out += _group(g) + BIG_UNITS[index]
        out += "元"
    if not jiao and not fen:
        return (out or "零元") + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    return out


def read_capital(text: str) -> Decimal | None:
    """Read back what ``capital`` writes (strict; None on anything else)."""
    text = text.removeprefix("人民币").removesuffix("整")
    total = Decimal(0)
    section = 0
    number = 0
    units = {"拾": 10, "佰": 100, "仟": 1000}
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in DIGITS:
            number = DIGITS.index(ch)
        elif ch in units:
            section += number * units[ch]
            number = 0
        elif ch == "万":
            total += (section + number) * 10000
            section = number = 0
        elif ch == "亿":
            total = (total + section + number) * 100000000
            section = number = 0
        elif ch == "元":
            total += section + number
            section = number = 0
        elif ch == "角":
            total += Decimal(number) / 10
            number = 0
        elif ch == "分":
            total += Decimal(number) / 100
            number = 0
        else:
            return None
        i += 1
    if number or section:
        return None
    return total.quantize(CENT)


def cn_date(day: dt.date, pad: bool = False) -> str:
    """2025年3月5日 (or 2025年03月05日 with pad)."""
    if pad:
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    return f"{day.year}年{day.month}月{day.day}日"


def upper_date(day: dt.date) -> str:
    """二〇二六年三月十日, as the opinion page dates itself."""
    year = "".join(LOWER_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_small_number(day.month)}月{_small_number(day.day)}日"


def _small_number(n: int) -> str:
    if n < 10:
        return LOWER_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else LOWER_DIGITS[tens] + "十"
    return head + (LOWER_DIGITS[ones] if ones else "")


def read_upper_date(text: str) -> dt.date | None:
    """Read back ``upper_date``."""
    try:
        year_s, rest = text.split("年")
        month_s, rest = rest.split("月")
        day_s = rest.rstrip("日")
    except ValueError:
        return None

    def small(s: str) -> int:
        if "十" in s:
            head, _, tail = s.partition("十")
            return (LOWER_DIGITS.index(head) if head else 1) * 10 + (LOWER_DIGITS.index(tail) if tail else 0)
        return LOWER_DIGITS.index(s)

    year = int("".join(str(LOWER_DIGITS.index(c)) for c in year_s))
    return dt.date(year, small(month_s), small(day_s))
