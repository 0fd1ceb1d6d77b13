"""Money in figures, 万元 and capital numerals (大写), and dates as contracts print them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ["", "拾", "佰", "仟"]
BIG = ["", "万", "亿"]


def _four(n: int) -> str:
    """Capital numerals of 0 < n < 10000, with inner zeros as 零 (no leading 零)."""
    out = ""
    zero = False
    for pos in range(3, -1, -1):
        d = (n // 10**pos) % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[d] + UNITS[pos]
    return out


def capital(amount: Decimal) -> str:
    """大写 of a yuan amount: 壹佰贰拾万零伍仟元整, 叁万元零伍角, 捌拾元零陆分."""
    fen_total = int((amount * 100).quantize(Decimal(1)))
    yuan, fen = divmod(fen_total, 100)
    jiao, fen = divmod(fen, 10)
    text = ""
    if yuan:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        pending_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                pending_zero = bool(text)
                continue
            if text and (pending_zero or g < 1000):
                text += "零"
            text += _four(g) + BIG[idx]
            pending_zero = False
        text += "元"
    if not jiao and not fen:
        return (text or "零元") + "整"
    if jiao:
        if yuan and yuan % 10 == 0:
            text += "零"
        text += DIGITS[jiao] + "角"
    if fen:
        if not jiao and yuan:
            text += "零"
        text += DIGITS[fen] + "分"
    return text


def read_capital(text: str) -> Decimal:
    """Read back what ``capital`` writes (the selfcheck's own reader)."""
    text = text.replace("人民币", "").replace("整", "").replace("正", "")
    total = Decimal(0)
    section = Decimal(0)
    digit = 0
    small = {"拾": 10, "佰": 100, "仟": 1000}
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS.index(ch)
        elif ch in small:
            section += (digit or 1) * small[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit = Decimal(0), 0
        elif ch == "亿":
            total = (total + section + digit) * 100000000
            section, digit = Decimal(0), 0
        elif ch == "元":
            total += section + digit
            section, digit = Decimal(0), 0
        elif ch == "角":
            total += Decimal(digit) / 10
            digit = 0
        elif ch == "分":
            total += Decimal(digit) / 100
            digit = 0
    return total.quantize(Decimal("0.01"))


def figures(amount: Decimal) -> str:
    """1,234,567.80"""
    return f"{amount:,.2f}"


def yuan(amount: Decimal) -> str:
    return f"{amount:.2f}"


def wan(amount: Decimal) -> str:
    return f"{amount / 10000:.4f}".rstrip("0").rstrip(".")


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def padded_date(day: dt.date) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


HANZI_DIGITS = "〇一二三四五六七八九"


def hanzi_date(day: dt.date) -> str:
    """二〇二五年六月十八日"""

    def small(n: int) -> str:
        if n < 10:
            return HANZI_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else HANZI_DIGITS[tens]) + "十" + (HANZI_DIGITS[ones] if ones else "")

    year = "".join(HANZI_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"
