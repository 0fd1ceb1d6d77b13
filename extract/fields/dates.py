"""Dates as printed on Chinese documents → ``datetime.date`` (or a month-precision ``PartialDate``).

2024年3月5日 · 2024.3.5 · 2024-03-05 · 2024/03/05 · 二〇二四年三月五日 ·
2024年03月 (month only) · 2024 年 3 月 5 日 (OCR spaces) · 2019 09 19 (an
e-invoice's date cell, digits beside pre-printed 年月日).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from jianzheng.models.text import normalise

MIN_YEAR, MAX_YEAR = 1949, 2100

_CN_DIGITS = {"〇": 0, "零": 0, "O": 0, "o": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN = "〇零Oo一二三四五六七八九"

# Before 年, OCR may set a handwritten year's digits apart (20 24年4月1日), and read a handwritten
# 月 as the 日 it resembles (2023年8日2日: only a month can stand between 年 and a day).
# A low-resolution scan (a fax) may read one of a date's dashes as the dot it resembles (2025-01.16).
_NUMERIC = re.compile(
    r"(?<!\d)(?:(?P<y>\d{4})\s*(?P<sep>[-./])\s*(?P<m>\d{1,2})\s*(?P<sep2>[-./])"
    r"\s*(?P<d>\d{1,2})(?!\d)"
    r"|(?P<y2>\d(?: ?\d){3})\s*年\s*(?P<m2>\d{1,2})\s*[月日]\s*(?P<d2>\d{1,2})\s*日)"
)
_YEAR_MONTH = re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)")
_CHINESE = re.compile(
    rf"(?P<y>[{_CN}]{{4}})\s*年\s*(?P<m>[十{_CN}]{{1,2}})\s*月\s*(?:(?P<d>[十{_CN}]{{1,3}})\s*日)?"
)
_SPACED = re.compile(r"^(?P<y>\d{4})\s+(?P<m>\d{1,2})\s+(?P<d>\d{1,2})(?:\s*[年月日]\s*)*$")


@dataclass(frozen=True)
class PartialDate:
    """A date printed to the month only (2024年03月)."""

    year: int
    month: int

    def first_day(self) -> dt.date:
        """The month's first day, for comparisons that need a date."""
        return dt.date(self.year, self.month, 1)


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line: its value and where it is in the normalised text."""

    value: dt.date | PartialDate
    start: int
    end: int
    text: str


def _small_cn(text: str) -> int | None:
    """一 … 三十一 written in Chinese numerals (十 as tens)."""
    if "十" in text:
        tens, _, units = text.partition("十")
        if "十" in units:
            return None
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        u = _CN_DIGITS.get(units, -1) if units else 0
        return None if t < 0 or u < 0 else t * 10 + u
    if len(text) == 1:
        return _CN_DIGITS.get(text)
    if len(text) == 2 and all(c in _CN_DIGITS for c in text):  # 〇五 for 05
        return _CN_DIGITS[text[0]] * 10 + _CN_DIGITS[text[1]]
    return None


def _make(year: int, month: int, day: int | None) -> dt.date | PartialDate | None:
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12:
        return None
    if day is None:
        return PartialDate(year, month)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every date in a line, in order; impossible dates (2024-02-30) are skipped."""
    s = normalise(text)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], value: dt.date | PartialDate | None) -> None:
        if value is None or any(a < match.end() and match.start() < b for a, b in taken):
            return
        taken.append((match.start(), match.end()))
        found.append(FoundDate(value, match.start(), match.end(), match.group(0).strip()))

    # 2024年2月1 without 日 is left alone: OCR may have cut the day short (2月1[1日]).
    for match in _NUMERIC.finditer(s):
        if match["sep"] != match["sep2"] and {match["sep"], match["sep2"]} != {"-", "."}:
            continue
        month, day = match["m"] or match["m2"], match["d"] or match["d2"]
        year = (match["y"] or match["y2"]).replace(" ", "")
        add(match, _make(int(year), int(month), int(day)))
    for match in _YEAR_MONTH.finditer(s):
        add(match, _make(int(match["y"]), int(match["m"]), None))
    for match in _CHINESE.finditer(s):
        year = "".join(str(_CN_DIGITS[c]) for c in match["y"])
        month = _small_cn(match["m"])
        day = _small_cn(match["d"]) if match["d"] else None
        if month is not None and (day is not None or not match["d"]):
            add(match, _make(int(year), month, day))
    return sorted(found, key=lambda f: f.start)


def parse_date(text: str) -> dt.date | PartialDate | None:
    """The first date a text states, or None.

    >>> parse_date("2024年3月5日")
    datetime.date(2024, 3, 5)
    >>> parse_date("二〇二四年三月五日")
    datetime.date(2024, 3, 5)
    >>> parse_date("2024年03月")
    PartialDate(year=2024, month=3)
    """
    s = normalise(text).strip()
    spaced = _SPACED.match(s)
    if spaced:
        return _make(int(spaced["y"]), int(spaced["m"]), int(spaced["d"]))
    found = find_dates(s)
    return found[0].value if found else None


def full_date(value: dt.date | PartialDate | None) -> dt.date | None:
    """The value when it is a whole date, else None."""
    return value if isinstance(value, dt.date) else None
