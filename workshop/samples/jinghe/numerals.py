"""Money and dates as Chinese papers print them: 人民币大写, figures with separators, 年月日."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")


def _four(n: int) -> str:
    """Capital numerals of 0 < n < 10000, with 零 for inner zero runs."""
    out: list[str] = []
    zero = False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[d] + SMALL_UNITS[pos])
    return "".join(out)


def capital(amount: Decimal, unit: str = "元", end: str = "整") -> str:
    """人民币大写 of an amount (at most 9 999 亿), e.g. 贰佰肆拾伍万零陆佰元整."""
    fen_total = int((amount * 100).to_integral_value())
    yuan, fen = divmod(fen_total, 100)
    parts: list[str] = []
    groups = []
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(parts)
            continue
        if parts and (need_zero or g < 1000):
            parts.append("零")
        parts.append(_four(g) + BIG_UNITS[idx])
        need_zero = False
    text = "".join(parts)
    if not text:
        text = "零"
    text += unit
    jiao, f = divmod(fen, 10)
    if jiao == 0 and f == 0:
        return text + end
    if jiao:
        text += DIGITS[jiao] + "角"
    elif f:
        text += "零"
    if f:
        text += DIGITS[f] + "分"
    return text


def figures(amount: Decimal, style: str = "comma") -> str:
    """An amount in figures: 2,450,000.00 (comma), 2450000.00 (bare), 245.00万 (wan)."""
    if style == "bare":
        return f"{amount:.2f}"
    if style == "wan":
        return f"{amount / 10000:.2f}万"
    return f"{amount:,.2f}"


def ymd(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def ymd_padded(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


CN_YEAR_DIGITS = "〇一二三四五六七八九"


def ymd_chinese(d: dt.date) -> str:
    """二〇二四年六月十二日, as registrars date their notices."""

    def num(n: int) -> str:
        if n < 10:
            return CN_YEAR_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_YEAR_DIGITS[tens]) + "十" + (CN_YEAR_DIGITS[ones] if ones else "")

    year = "".join(CN_YEAR_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{num(d.month)}月{num(d.day)}日"


def read_capital(text: str) -> Decimal:
    """Read back a 大写 amount written by ``capital`` (for the selfcheck)."""
    text = text.replace("人民币", "").replace("整", "").replace("正", "")
    value = Decimal(0)
    section = 0
    number = 0
    small = {"拾": 10, "佰": 100, "仟": 1000}
    for ch in text:
        if ch in DIGITS:
            number = DIGITS.index(ch)
        elif ch in small:
            section += (number or 1) * small[ch]
            number = 0
        elif ch == "万":
            value += (section + number) * 10000
            section = number = 0
        elif ch == "亿":
            value = (value + section + number) * 100000000
            section = number = 0
        elif ch in "元圆":
            value += section + number
            section = number = 0
        elif ch == "角":
            value += Decimal(number) / 10
            number = 0
        elif ch == "分":
            value += Decimal(number) / 100
            number = 0
    return value.quantize(Decimal("0.01"))
