"""Money in capital numerals (大写) written and read back, figures, dates as papers print them."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿")
CENT = Decimal("0.01")


def q2(value: Decimal | int | str) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def _group(n: int) -> str:
    """0 < n < 10000 in capitals, with inner zeros as 零 (no leading zero)."""
    out = []
    digits = f"{n:04d}"
    zero = False
    started = False
    for i, ch in enumerate(digits):
        d = int(ch)
        unit = SMALL_UNITS[3 - i]
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[d] + unit)
        started = True
    return "".join(out)


def capital(amount: Decimal, yuan: str = "元") -> str:
    """``Decimal('300000')`` → 叁拾万元整; ``103.5`` → 壹佰零叁圆伍角 (with yuan="圆"). Negative: the caller prefixes."""
    amount = q2(abs(amount))
    whole = int(amount)
    fen_total = int((amount - whole) * 100)
    jiao, fen = divmod(fen_total, 10)
    parts: list[str] = []
    if whole:
        groups = []
        n = whole
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
            text += _group(g) + BIG_UNITS[idx]
            need_zero = False
        parts.append(text + yuan)
    if jiao == 0 and fen == 0:
        return ("".join(parts) or "零" + yuan) + "整"
    if jiao:
        parts.append(DIGITS[jiao] + "角")
    elif whole:
        parts.append("零")
    if fen:
        parts.append(DIGITS[fen] + "分")
    return "".join(parts)


def read_capital(text: str) -> Decimal:
    """Read a capital-numeral amount back (the selfcheck's own reader)."""
    text = text.replace("人民币", "").replace("（负数）", "").replace("(负数)", "").strip()
    text = text.replace("圆", "元").replace("正", "整")
    values = {c: i for i, c in enumerate(DIGITS)}
    small = {"拾": 10, "佰": 100, "仟": 1000}
    yuan_part, _, rest = text.partition("元")
    if "元" not in text:
        yuan_part, rest = "", text
    total = 0
    section = 0
    digit = 0
    for ch in yuan_part:
        if ch in values:
            digit = values[ch]
        elif ch in small:
            section += (digit or 1) * small[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100000000
            section = digit = 0
        else:
            raise ValueError(f"unexpected {ch!r} in {text!r}")
    total += section + digit
    cents = 0
    digit = 0
    for ch in rest:
        if ch in values:
            digit = values[ch]
        elif ch == "角":
            cents += digit * 10
            digit = 0
        elif ch == "分":
            cents += digit
            digit = 0
        elif ch == "整":
            pass
        else:
            raise ValueError(f"unexpected {ch!r} in {text!r}")
    return q2(Decimal(total) + Decimal(cents) / 100)


def figures(amount: Decimal, sep: bool = True) -> str:
    """``1234567.5`` → ``1,234,567.50`` (or ``1234567.50`` as invoices print it)."""
    return f"{q2(amount):,.2f}" if sep else f"{q2(amount):.2f}"


def yen(amount: Decimal, sep: bool = False) -> str:
    """Invoice style: ``¥300000.00``; negative ``¥-300000.00``."""
    a = q2(amount)
    if a < 0:
        return "¥-" + figures(-a, sep)
    return "¥" + figures(a, sep)


def money_str(amount: Decimal) -> str:
    """Truth / declaration style: two decimals, no separators."""
    return f"{q2(amount):.2f}"


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


CN_DIGITS = "〇一二三四五六七八九"


def cn_upper_date(d: dt.date) -> str:
    """二〇二五年三月十二日."""

    def num(n: int) -> str:
        if n < 10:
            return CN_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")

    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{num(d.month)}月{num(d.day)}日"


def wan(amount: Decimal) -> str:
    return f"{q2(amount) / 10000:.2f}"
