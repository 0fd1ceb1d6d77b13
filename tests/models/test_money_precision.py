"""CONTRACT 1.1's money rule in its one module: precisions of declared and printed amounts, and agreement."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jianzheng.models.money import (
    amounts_agree,
    money_precision,
    parse_money,
    parse_typed,
    precision_of,
    round_to,
    unit_factor,
    unit_note,
)


@pytest.mark.parametrize(
    ("typed", "number", "unit"),
    [
        ("2,450,000.00", "2450000.00", None),
        ("￥2，450，000", "2450000", None),
        ("¥245.00万", "245.00", "万"),
        ("人民币 1200 元", "1200", "元"),
        ("RMB 396.29万元", "396.29", "万元"),
        ("(1,200.00)", "-1200.00", None),
        ("２４５万元", "245", "万元"),  # full-width digits typed with a Chinese input method
    ],
)
def test_a_typed_amount_keeps_its_digits_and_its_unit(typed, number, unit):
    parsed = parse_typed(typed)
    assert parsed is not None
    assert str(parsed[0]) == number
    assert parsed[1] == unit


@pytest.mark.parametrize("typed", ["二百万", "约200万", "12..5", "1.2.3", ""])
def test_what_is_not_a_typed_amount(typed):
    assert parse_typed(typed) is None


@pytest.mark.parametrize(
    ("unit", "yuan"),
    [("万元", 10_000), ("万", 10_000), ("人民币万元", 10_000), ("万元人民币", 10_000), ("RMB", 1),
     ("千元", 1_000), ("人民币千元", 1_000), ("百万元", 1_000_000), ("亿元", 100_000_000), (" 万 元 ", 10_000)],
)  # fmt: skip
def test_units_of_documents_and_declarations_are_one_table(unit, yuan):
    assert unit_factor(unit) == Decimal(yuan)


def test_an_unknown_unit_is_none():
    assert unit_factor("美元") is None


@pytest.mark.parametrize(
    ("header", "unit", "yuan"),
    [
        ("金额单位：千元", "千元", 1_000),
        ("单位：人民币万元", "人民币万元", 10_000),
        ("合同金额（万元）", "万元", 10_000),
    ],
)
def test_a_header_note_names_its_unit(header, unit, yuan):
    assert unit_note(header) == (unit, Decimal(yuan))


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2450000.00", "0.01"), ("2450000", "1"), ("245.5", "0.1"), ("2.45E+6", "1E+4")],
)
def test_a_declared_figure_is_as_precise_as_its_last_digit(value, precision):
    assert precision_of(Decimal(value)) == Decimal(precision)


@pytest.mark.parametrize(
    ("printed", "precision"),
    [("396.29万元", "100"), ("¥3,962,949.86", "0.01"), ("245万元", "10000"), ("贰佰伍拾万元整", "1"),
     ("壹佰贰拾叁元肆角伍分", "0.01"), ("396.29 单位：万元", "100")],
)  # fmt: skip
def test_a_printed_amount_is_as_precise_as_its_last_digit(printed, precision):
    assert money_precision(printed) == Decimal(precision)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        # CONTRACT 1.1's own examples: the coarser of the two precisions decides.
        ("396.29万元", "3962949.86", True),
        ("396.30万元", "3962949.86", False),
        ("¥2,450,030.00", "2450000", True),  # a declaration typed as 245 万元 (precision 10000)
        ("贰佰肆拾伍万元整", "2450000.00", True),
        ("¥2,450,000.01", "2450000.00", False),
    ],
)
def test_two_amounts_agree_at_the_coarser_of_their_precisions(a, b, agree):
    printed = parse_money(a)
    assert printed is not None
    declared_unit = Decimal(10_000) if b == "2450000" else precision_of(Decimal(b))
    assert amounts_agree(printed, money_precision(a), Decimal(b), declared_unit) is agree
    assert amounts_agree(Decimal(b), declared_unit, printed, money_precision(a)) is agree


def test_no_precision_is_finer_than_the_fen():
    assert amounts_agree(Decimal("1.004"), Decimal("0.001"), Decimal("1.00"), Decimal("0.001"))


def test_rounding_is_half_up_to_the_unit():
    assert round_to(Decimal("3962950"), Decimal(100)) == Decimal("3963000")
    assert round_to(Decimal("3962949.86"), Decimal(100)) == Decimal("3962900")


@pytest.mark.parametrize("value", ["1e999999999", "1e-999999999", "1E+1000000"])
def test_an_exponent_no_amount_has_is_a_value_error(value):
    with pytest.raises(ValueError, match="out of any amount's range"):
        precision_of(Decimal(value))
