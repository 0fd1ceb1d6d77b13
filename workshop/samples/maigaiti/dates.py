"""Dates as papers print them, and the family's own reader of those spellings (for the selfcheck).

A style is a name; ``spell(day, style)`` writes the date, ``read_dates(text)`` finds every date
in a line, whatever its spelling. The reader is this family's, written from the spellings
below, not the checker's.
"""

from __future__ import annotations

import datetime as dt
import re

HAN_DIGITS = "〇一二三四五六七八九"

STYLES = (
    "cn",  # 2024年3月5日
    "cn0",  # 2024年03月05日
    "cn_spaced",  # 2024 年 03 月 05 日 (licences, printed by the registry's software)
    "han",  # 二〇二四年三月五日
    "dot",  # 2024.3.5
    "dot0",  # 2024.03.05
    "slash",  # 2024/03/05
    "dash",  # 2024-3-5
    "iso",  # 2024-03-05
    "yy",  # 24年3月5日
    "ug",  # 2024-يىلى 3-ئاينىڭ 5-كۈنى (Uyghur)
)


def han_number(value: int) -> str:
    """一 … 三十一 as a month or day is written in 二〇二四年十一月二十六日."""
    if value < 10:
        return HAN_DIGITS[value]
    tens, units = divmod(value, 10)
    head = "" if tens == 1 else HAN_DIGITS[tens]
    return head + "十" + (HAN_DIGITS[units] if units else "")


def spell(day: dt.date, style: str) -> str:
    """``day`` in one printed spelling."""
    y, m, d = day.year, day.month, day.day
    match style:
        case "cn":
            return f"{y}年{m}月{d}日"
        case "cn0":
            return f"{y}年{m:02d}月{d:02d}日"
        case "cn_spaced":
            return f"{y} 年 {m:02d} 月 {d:02d} 日"
        case "han":
            return "".join(HAN_DIGITS[int(c)] for c in str(y)) + f"年{han_number(m)}月{han_number(d)}日"
        case "dot":
            return f"{y}.{m}.{d}"
        case "dot0":
            return f"{y}.{m:02d}.{d:02d}"
        case "slash":
            return f"{y}/{m:02d}/{d:02d}"
        case "dash":
            return f"{y}-{m}-{d}"
        case "iso":
            return day.isoformat()
        case "yy":
            return f"{y % 100:02d}年{m}月{d}日"
        case "ug":
            return f"{y}-يىلى {m}-ئاينىڭ {d}-كۈنى"
    raise ValueError(f"unknown date style {style!r}")


def stamp_time(day: dt.date, hour: int, minute: int, second: int) -> str:
    """An e-signature timestamp: 2024-03-05 10:21:33."""
    return f"{day.isoformat()} {hour:02d}:{minute:02d}:{second:02d}"


_HAN_VALUE = {c: i for i, c in enumerate(HAN_DIGITS)} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0}


def _han_int(text: str) -> int:
    if "十" not in text:
        return int("".join(str(_HAN_VALUE[c]) for c in text))
    head, _, tail = text.partition("十")
    return (_HAN_VALUE[head] if head else 1) * 10 + (_HAN_VALUE[tail] if tail else 0)


_PATTERNS = (
    re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?<![\d.])(?P<y>\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"),
    re.compile(r"(?P<y>\d{4})[./-](?P<m>\d{1,2})[./-](?P<d>\d{1,2})(?![\d])"),
    re.compile(r"(?P<y>\d{4})-يىلى (?P<m>\d{1,2})-ئاينىڭ (?P<d>\d{1,2})-كۈنى"),
)
_HAN_PATTERN = re.compile(
    r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日"
)


def read_dates(text: str) -> list[dt.date]:
    """Every date spelled in ``text``, in the order found (styles of ``STYLES`` and timestamps)."""
    found: list[tuple[int, dt.date]] = []
    taken: list[range] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() in span for span in taken):
                continue
            year = int(m["y"])
            year = year + 2000 if year < 100 else year
            try:
                found.append((m.start(), dt.date(year, int(m["m"]), int(m["d"]))))
            except ValueError:
                continue
            taken.append(range(m.start(), m.end()))
    for m in _HAN_PATTERN.finditer(text):
        found.append((m.start(), dt.date(_han_int(m["y"]), _han_int(m["m"]), _han_int(m["d"]))))
    return [day for _, day in sorted(found, key=lambda item: item[0])]
