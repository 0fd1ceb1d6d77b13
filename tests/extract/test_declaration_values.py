"""Cell and value parsers of the declaration importers: amounts with unit and precision, dates, counts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jianzheng.extract.declaration_values import (
    CellError,
    decimals_of_format,
    parse_amount,
    parse_count,
    parse_date_cell,
)

WAN = Decimal(10000)


@pytest.mark.parametrize(
    ("value", "factor", "number_format", "yuan", "precision"),
    [
        ("2,450,000.00", 1, None, "2450000.00", "0.01"),
        ("￥2，450，000", 1, None, "2450000", "1"),
        ("人民币 1200 元", 1, None, "1200", "1"),
        ("¥245.5万", 1, None, "2455000", "1000"),
        ("245.5万元", WAN, None, "2455000", "1000"),
        (245, WAN, "0.00", "2450000", "100"),
        (245.0, WAN, "General", "2450000", "10000"),
        (245.25, WAN, "#,##0.00_);(#,##0.00)", "2452500", "100"),
        (123.456789, WAN, None, "1234567.89", "0.01"),
        ("(1,200.00)", 1, None, "-1200.00", "0.01"),
        ("-310", WAN, None, "-3100000", "10000"),
        (0.1 + 0.2, 1, None, "0.30", "0.01"),  # binary noise below the fen is rounded away
    ],
)
def test_amounts_in_yuan_with_the_unit_of_their_last_digit(value, factor, number_format, yuan, precision):
    amount = parse_amount(value, factor=Decimal(factor), number_format=number_format)
    assert amount is not None
    assert amount.yuan == Decimal(yuan)
    assert amount.precision == Decimal(precision)


@pytest.mark.parametrize("value", ["二百万", "约200万", "12..5", "1.2.3", True, "245美元", "1.005"])
def test_what_is_not_an_amount(value):
    with pytest.raises(CellError):
        parse_amount(value)


@pytest.mark.parametrize("value", [None, "", "   "])
def test_a_blank_amount_is_none(value):
    assert parse_amount(value) is None


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_any_two_decimal_yuan_text_reads_back_exactly(value):
    amount = parse_amount(f"{value:,.2f}")
    assert amount is not None and amount.yuan == value and amount.precision == Decimal("0.01")


@pytest.mark.parametrize(
    ("text", "decimals"),
    [("General", None), ("0.00", 2), ("#,##0", 0), ('#,##0.0"万元"', 1), ("[Red]0.000", 3), ("@", None)],
)
def test_decimals_an_excel_format_shows(text, decimals):
    assert decimals_of_format(text) == decimals


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-05",
        "2024/3/5",
        "2024.03.05",
        "2024年3月5日",
        "２０２４年３月５日",
        "20240305",
        "2024-03-05 00:00:00",
        dt.datetime(2024, 3, 5, 12, 0),
        dt.date(2024, 3, 5),
        45356,
    ],
)
def test_dates_in_the_spellings_people_type(value):
    assert parse_date_cell(value) == dt.date(2024, 3, 5)


@pytest.mark.parametrize("value", ["2024-02-30", "明年", "3/5/2024", 12.5])
def test_what_is_not_a_date(value):
    with pytest.raises(CellError):
        parse_date_cell(value)


@pytest.mark.parametrize(
    ("value", "count"), [(34, 34), (34.0, 34), ("34人", 34), ("2024年", 2024), (" 9 ", 9)]
)
def test_counts(value, count):
    assert parse_count(value) == count


@pytest.mark.parametrize("value", ["三十四", 34.5, "34-35"])
def test_what_is_not_a_count(value):
    with pytest.raises(CellError):
        parse_count(value)


@pytest.mark.parametrize(
    "value",
    [
        "二〇二四年三月五日",
        "2024年03月05日",
        "２０２４－０３－０５",
        "2024-03-05 09:30",
        "2024-03-05T09:30:00",
        45356,
    ],
)
def test_a_date_cell_reads_every_spelling_the_document_parser_does(value):
    # One date parser (extract/fields/dates.py) for documents and declarations alike.
    assert parse_date_cell(value) == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("value", "why"),
    [("2024年13月40日", "不是有效日期"), ("2024-02-30", "不是有效日期"), ("2024年3月", "不是日期"),
     ("签订于2024年3月5日", "不是日期"), ("2024-03-05至2024-04-05", "不是日期")],
)  # fmt: skip
def test_a_date_cell_is_one_whole_date_to_the_day(value, why):
    with pytest.raises(CellError, match=why):
        parse_date_cell(value)
