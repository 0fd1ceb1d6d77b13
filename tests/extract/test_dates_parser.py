"""Date parsing: the spellings that Chinese documents and OCR produce."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jianzheng.extract.fields.dates import PartialDate, find_dates, parse_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年3月5日", D(2024, 3, 5)),
        ("2024.3.5", D(2024, 3, 5)),
        ("2024-03-05", D(2024, 3, 5)),
        ("2024/03/05", D(2024, 3, 5)),
        ("２０２４年０３月０５日", D(2024, 3, 5)),
        ("二〇二四年三月五日", D(2024, 3, 5)),
        ("二零二四年十二月三十一日", D(2024, 12, 31)),
        ("二O二四年十月二十日", D(2024, 10, 20)),
        ("2024 年 3 月 5 日", D(2024, 3, 5)),
        ("20 24年4月1日", D(2024, 4, 1)),  # a handwritten year OCR set apart
        ("日期:2023年8日2日", D(2023, 8, 2)),  # a handwritten 月 OCR read as 日
        ("2021 年 09  月 06 日", D(2021, 9, 6)),
        ("2019  09  19", D(2019, 9, 19)),
        ("2019  09  19年 月 日", D(2019, 9, 19)),
        ("签订日期：2024年3月5日", D(2024, 3, 5)),
        ("签订日期:2025-01.16", D(2025, 1, 16)),  # a fax's dash read as a dot
        ("2024年03月", PartialDate(2024, 3)),
        ("二〇二四年三月", PartialDate(2024, 3)),
    ],
)
def test_real_world_spellings(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["2024年2月1", "2024-02-30", "2024年13月1日", "1850年1月1日", "合同编号 2024-0017", "2024/3-5", "abc"],
)
def test_impossible_or_absent_dates_are_none(text):
    assert parse_date(text) is None


def test_a_business_term_gives_both_dates_in_order():
    found = find_dates("营业期限：2016年05月12日至2046年05月11日")
    assert [f.value for f in found] == [D(2016, 5, 12), D(2046, 5, 11)]


def test_month_precision_has_a_first_day():
    assert PartialDate(2024, 3).first_day() == D(2024, 3, 1)


_CN = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[units] if units else "")


dates = st.dates(min_value=D(1950, 1, 1), max_value=D(2099, 12, 31))


@given(dates)
def test_numeric_forms_round_trip(day):
    for text in (
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}年{day.month:02d}月{day.day:02d}日",
        day.isoformat(),
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
        f"{day.year} 年 {day.month} 月 {day.day} 日",
    ):
        assert parse_date(text) == day, text


@given(dates)
def test_chinese_numeral_form_round_trips(day):
    year = "".join(_CN[int(c)] for c in str(day.year))
    assert parse_date(f"{year}年{_cn_small(day.month)}月{_cn_small(day.day)}日") == day
