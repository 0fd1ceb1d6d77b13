"""Money parsing: figures and capital numerals as printed, strict on damaged capitals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jianzheng.models.money import (
    find_amounts,
    find_capital_runs,
    money_precision,
    parse_capital,
    parse_figure,
    parse_money,
)
from jianzheng.models.money.capital import one_slip_from

SPELLINGS = [
    ("¥2,450,000.00", "2450000"),
    ("￥２，４５０，０００．００", "2450000"),
    ("2450000元", "2450000"),
    ("245万元", "2450000"),
    ("245.00万", "2450000"),
    ("245.5 万元", "2455000"),
    ("RMB 1,234.56", "1234.56"),
    ("人民币贰佰肆拾伍万元整", "2450000"),
    ("贰佰零肆万伍仟元整", "2045000"),
    ("壹拾万零伍佰元整", "100500"),
    ("拾万元整", "100000"),
    ("叁仟元整", "3000"),
    ("壹佰贰拾叁元肆角伍分", "123.45"),
    ("人民币（大写）贰佰肆拾伍万元整", "2450000"),
    ("人民币(大写):贰佰肆拾伍万元整", "2450000"),
    ("壹佰零叁圆伍角", "103.5"),
    ("肆拾玖圆陆角整", "49.6"),
    ("壹仟零伍拾元", "1050"),
    ("壹万零伍元", "10005"),
    ("壹亿贰仟万元整", "120000000"),
    ("陆元零伍分", "6.05"),
    ("陆拾参万肆仟玖佰元整", "634900"),  # 参 (參 simplified) written or OCR-read for 叁
    ("伍角", "0.5"),
    ("(1,234.00)", "-1234"),
    ("478,328.423.92", "478328423.92"),  # OCR read a thousands comma as a dot
    ("545.184,036.20", "545184036.20"),
]


@pytest.mark.parametrize(("text", "expected"), SPELLINGS)
def test_real_world_spellings_parse_to_decimal(text, expected):
    value = parse_money(text)
    assert isinstance(value, Decimal)
    assert value == Decimal(expected)


@pytest.mark.parametrize(
    "damaged",
    [
        "叁任元整",  # OCR read 仟 as 任
        "叁仟仟元整",  # doubled unit
        "伍佰叁仟元整",  # units out of order
        "壹万伍元",  # ambiguous bare digit (10005 or 15000?)
        "壹佰伍元",  # ambiguous bare digit (105 or 150?)
        "贰叁佰元",  # two digits in a row
        "壹佰零叁拾万元整",  # 零 that skips no place (壹佰叁拾 with a stray 零)
        "壹拾零伍元",  # the same before a bare digit
        "贰佰万万元",  # doubled section marker
        "元元",
    ],
)
def test_damaged_capital_amounts_are_unreadable_not_wrong(damaged):
    assert parse_capital(damaged) is None


def test_a_damaged_run_in_a_line_is_reported_unreadable_not_shortened():
    runs = find_capital_runs("合同总价为人民币叁任伍佰元整，乙方应于")
    assert len(runs) == 1
    assert runs[0].text == "叁任伍佰元整"
    assert runs[0].value is None


def test_a_line_with_words_and_figures_gives_both():
    amounts = find_amounts("合同总价：人民币贰佰肆拾伍万元整（¥2,450,000.00）")
    assert [(a.kind, a.value) for a in amounts] == [
        ("capital", Decimal(2450000)),
        ("figure", Decimal(2450000)),
    ]


def test_a_loss_in_the_next_cell_is_its_own_figure_not_a_range():
    amounts = find_amounts("1,235,767.47\t-410,255.08", bare=True)
    assert [a.value for a in amounts] == [Decimal("1235767.47"), Decimal("-410255.08")]
    assert [a.value for a in find_amounts("2024-05", bare=True)] == [Decimal(5)]


def test_dates_and_percentages_are_not_amounts():
    assert find_amounts("2024.03 支付合同总价的30%") == []


def test_figures_with_more_than_two_decimals_are_no_money():
    assert parse_figure("1919.469027") is None


def test_zeros_past_the_cents_are_no_more_precision():
    # A 万元 column kept to four places prints 236.0400: the same 236.04.
    assert parse_figure("236.0400") == Decimal("236.04")
    assert [a.value for a in find_amounts("1 软件开发费 236.0400", bare=True)][-1] == Decimal("236.04")
    assert parse_figure("236.0412") is None


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("245万元", "10000"),
        ("245.00万", "100"),
        ("2450000元", "1"),
        ("¥2,450,000.00", "0.01"),
        ("贰佰元整", "1"),
    ],
)
def test_precision_is_the_place_of_the_last_printed_digit(text, precision):
    assert money_precision(text) == Decimal(precision)


# ── round trips ─────────────────────────────────────────────────────────

_DIG = "零壹贰叁肆伍陆柒捌玖"


def _group(n: int) -> str:
    out, zero, started = "", False, False
    for unit, place in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        digit = n // place % 10
        if digit == 0:
            zero = zero or started
            continue
        out += ("零" if zero else "") + _DIG[digit] + unit
        started, zero = True, False
    return out


def capital(value: Decimal) -> str:
    """Bank-style capital numerals, as a reference renderer for the round trip."""
    cents = int(value * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    words, gap = "", False
    for marker, size in (("亿", 10**8), ("万", 10**4), ("", 1)):
        group = yuan // size % 10000
        if group == 0:
            gap = gap or bool(words)
            continue
        words += ("零" if words and (gap or group < 1000) else "") + _group(group) + marker
        gap = False
    words = (words or "零") + "元"
    if jiao == fen == 0:
        return words + "整"
    if jiao:
        words += _DIG[jiao] + "角"
    if fen:
        words += ("零" if not jiao else "") + _DIG[fen] + "分"
    return words


amounts = st.integers(min_value=1, max_value=99_999_999_999).map(lambda c: Decimal(c) / 100)


@given(amounts)
def test_capital_numerals_round_trip(value):
    assert parse_capital(capital(value)) == value


@given(amounts)
def test_figures_round_trip(value):
    assert parse_figure(f"¥{value:,.2f}") == value
    assert parse_figure(f"{value:.2f}元") == value


@given(st.integers(min_value=1, max_value=9_999_999))
def test_wan_figures_round_trip(hundreds):
    value = Decimal(hundreds) * 100
    assert parse_figure(f"{value / 10000:.2f}万元") == value


@given(amounts, st.data())
def test_one_damaged_character_never_reads_as_a_number(value, data):
    words = capital(value)
    at = data.draw(st.integers(min_value=0, max_value=len(words) - 1))
    damaged = words[:at] + "任" + words[at + 1 :]
    assert parse_capital(damaged) is None


def test_a_transposed_amount_in_words_is_no_ocr_slip():
    # 壹佰叁拾万捌仟 (1308000) written 壹佰零叁万捌仟 (1038000): putting back 拾 would give
    # 壹佰零叁拾万捌仟, which no one writes; a dropped character restored gives a real spelling.
    assert not one_slip_from("壹佰零叁万捌仟元整", Decimal("1308000"))
    assert one_slip_from("贰佰柒拾万元整", Decimal("2710000"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("合同金额 ¥3 586 200.00", "3586200"),
        ("RMB 1 234 567.50", "1234567.50"),
        ("共计 3 586 200.00 元", "3586200"),
    ],
)
def test_thousands_set_apart_by_blanks_with_a_sign_or_yuan(text, expected):
    [amount] = find_amounts(text)
    assert amount.value == Decimal(expected)
    assert text[amount.start : amount.end].strip().replace(" ", "").startswith(("¥", "RMB", "3"))


def test_thousands_set_apart_by_blanks_after_a_xiaoxie_label():
    # moyu seed 1: 叁拾万零捌佰元正（小写：300 800.00） read its 小写 as 800.00.
    text = "人民币（大写）叁拾万零捌佰元正（小写：300 800.00）"
    assert [a.value for a in find_amounts(text)] == [Decimal("300800"), Decimal("300800")]
    [figure] = [a for a in find_amounts(text) if a.kind == "figure"]
    assert text[figure.start : figure.end] == "300 800.00"


def test_blank_set_figures_without_sign_or_unit_give_no_piece_of_themselves():
    # 3 586 200.00 bare may be a quantity beside a price or one figure: its 200.00 is neither.
    assert find_amounts("3 586 200.00") == []
    assert [a.value for a in find_amounts("10 200.00")] == [Decimal("200")]
