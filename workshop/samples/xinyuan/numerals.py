"""Money and dates as the papers spell them: 人民币大写 and figures, Uyghur number words, Chinese, Uyghur and
Kazakh date lines; each writer has a reader of its own so that the selfcheck reads back what was printed."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ("", "拾", "佰", "仟")


def _group(n: int) -> str:
    """Capital numerals of 0 < n < 10000, with 零 where a zero digit sits between non-zero ones."""
    out = ""
    zero = False
    for pos in (3, 2, 1, 0):
        digit = n // 10**pos % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[digit] + UNITS[pos]
    return out


def capital(amount: Decimal) -> str:
    """``Decimal("1050300")`` → ``壹佰零伍万零叁佰元整`` (integral yuan, 角 and 分 where present)."""
    fen = int((amount * 100).to_integral_value())
    yuan, jiao, cents = fen // 100, fen // 10 % 10, fen % 10
    groups = [(yuan // 10**8, "亿"), (yuan // 10**4 % 10**4, "万"), (yuan % 10**4, "")]
    text = ""
    for value, unit in groups:
        if value == 0:
            continue
        if text and value < 1000:
            text += "零"
        text += _group(value) + unit
    text = (text or "零") + "元"
    if jiao == 0 and cents == 0:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if cents:
        text += DIGITS[cents] + "分"
    return text


def read_capital(text: str) -> Decimal | None:
    """Read 人民币…元整 capitals back to yuan; None when the text holds none."""
    body = text.replace("人民币", "").replace("整", "").replace("正", "").strip()
    if not body or any(ch not in DIGITS + "拾佰仟万亿元圆角分" for ch in body):
        return None
    fen = 0
    yuan_part, _, small = body.partition("元") if "元" in body else body.partition("圆")
    total = section = digit = 0
    for ch in yuan_part:
        if ch in DIGITS:
            digit = DIGITS.index(ch)
        elif ch in "拾佰仟":
            section += (digit or 1) * 10 ** ("拾佰仟".index(ch) + 1)
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10**4
            section = digit = 0
        elif ch == "亿":
            total += (section + digit) * 10**8
            section = digit = 0
    total += section + digit
    fen = total * 100
    match = re.search(r"([壹贰叁肆伍陆柒捌玖])角", small)
    if match:
        fen += DIGITS.index(match.group(1)) * 10
    match = re.search(r"([壹贰叁肆伍陆柒捌玖])分", small)
    if match:
        fen += DIGITS.index(match.group(1))
    return Decimal(fen) / 100


def figures(amount: Decimal) -> str:
    """``1234500`` → ``1,234,500.00``."""
    return f"{amount:,.2f}"


def wan(amount: Decimal) -> str:
    """``1234500`` → ``123.45`` (万元, two decimals)."""
    return f"{amount / 10000:.2f}"


def money(amount: Decimal) -> str:
    """A truth money string: two decimals, no separators."""
    return f"{amount:.2f}"


# ---------------------------------------------------------------- Uyghur number words

UG_ONES = ("", "بىر", "ئىككى", "ئۈچ", "تۆت", "بەش", "ئالتە", "يەتتە", "سەككىز", "توققۇز")
UG_TENS = ("", "ئون", "يىگىرمە", "ئوتتۇز", "قىرىق", "ئەللىك", "ئاتمىش", "يەتمىش", "سەكسەن", "توقسان")
UG_HUNDRED, UG_THOUSAND, UG_MILLION = "يۈز", "مىڭ", "مىليون"


def _ug_below_thousand(n: int) -> list[str]:
    words = []
    if n >= 100:
        words += [UG_ONES[n // 100], UG_HUNDRED]
    if n % 100 >= 10:
        words.append(UG_TENS[n % 100 // 10])
    if n % 10:
        words.append(UG_ONES[n % 10])
    return words


def ug_words(amount: Decimal) -> str:
    """Integral yuan in Uyghur words: 1234500 → ``بىر مىليون ئىككى يۈز ئوتتۇز تۆت مىڭ بەش يۈز``."""
    n = int(amount)
    if n == 0:
        return "نۆل"
    words: list[str] = []
    for scale, name in ((10**6, UG_MILLION), (10**3, UG_THOUSAND)):
        if n >= scale:
            words += [*_ug_below_thousand(n // scale), name]
            n %= scale
    words += _ug_below_thousand(n)
    return " ".join(words)


def read_ug_words(text: str) -> int | None:
    """Read Uyghur number words back (the words only; other words end the number)."""
    total = section = 0
    seen = False
    for word in text.split():
        if word in UG_ONES[1:]:
            section += UG_ONES.index(word)
        elif word in UG_TENS[1:]:
            section += UG_TENS.index(word) * 10
        elif word == UG_HUNDRED:
            section = (section or 1) * 100
        elif word == UG_THOUSAND:
            total += (section or 1) * 1000
            section = 0
        elif word == UG_MILLION:
            total += (section or 1) * 10**6
            section = 0
        else:
            if seen:
                break
            continue
        seen = True
    return total + section if seen else None


# ---------------------------------------------------------------- dates

CN_DIGITS = "〇一二三四五六七八九"
UG_MONTHS = (
    "يانۋار",
    "فېۋرال",
    "مارت",
    "ئاپرېل",
    "ماي",
    "ئىيۇن",
    "ئىيۇل",
    "ئاۋغۇست",
    "سېنتەبىر",
    "ئۆكتەبىر",
    "نويابىر",
    "دېكابىر",
)


def _cn_number(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def zh_date(day: dt.date, style: str = "plain") -> str:
    """``plain`` 2025年3月8日, ``padded`` 2025年03月08日, ``spaced`` 2025 年 03 月 08 日, ``hanzi`` 二〇二五年三月八日."""
    if style == "padded":
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    if style == "spaced":
        return f"{day.year} 年 {day.month:02d} 月 {day.day:02d} 日"
    if style == "hanzi":
        year = "".join(CN_DIGITS[int(c)] for c in str(day.year))
        return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"
    return f"{day.year}年{day.month}月{day.day}日"


def read_zh_date(text: str) -> dt.date | None:
    """Read any of ``zh_date``'s spellings back."""
    text = text.replace(" ", "")
    match = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    if match:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = re.search(
        r"([〇一二三四五六七八九]{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日", text
    )
    if not match:
        return None

    def num(s: str) -> int:
        if "十" not in s:
            return CN_DIGITS.index(s)
        tens, _, ones = s.partition("十")
        return (CN_DIGITS.index(tens) if tens else 1) * 10 + (CN_DIGITS.index(ones) if ones else 0)

    year = int("".join(str(CN_DIGITS.index(c)) for c in match.group(1)))
    return dt.date(year, num(match.group(2)), num(match.group(3)))


def ug_date(day: dt.date, style: str = "ordinal") -> str:
    """Uyghur date line: ``ordinal`` 2025-يىلى 3-ئاينىڭ 8-كۈنى, ``month`` 2025-يىل 8-مارت."""
    if style == "month":
        return f"{day.year}-يىل {day.day}-{UG_MONTHS[day.month - 1]}"
    return f"{day.year}-يىلى {day.month}-ئاينىڭ {day.day}-كۈنى"


def read_ug_date(text: str) -> dt.date | None:
    """Read ``ug_date``'s spellings back."""
    match = re.search(r"(\d{4})-يىلى (\d{1,2})-ئاينىڭ (\d{1,2})-كۈنى", text)
    if match:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = re.search(r"(\d{4})-يىل (\d{1,2})-(\S+)", text)
    if match and match.group(3) in UG_MONTHS:
        return dt.date(int(match.group(1)), UG_MONTHS.index(match.group(3)) + 1, int(match.group(2)))
    return None


def kk_date(day: dt.date) -> str:
    """Kazakh (Arabic script) date line: 2025-جىلى 3-ايدىڭ 8-كۇنى."""
    return f"{day.year}-جىلى {day.month}-ايدىڭ {day.day}-كۇنى"


def read_kk_date(text: str) -> dt.date | None:
    match = re.search(r"(\d{4})-جىلى (\d{1,2})-ايدىڭ (\d{1,2})-كۇنى", text)
    if not match:
        return None
    return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
