"""Unified social credit codes: check character, and OCR confusions repaired only when unambiguous."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import uscc

from jianzheng.extract.fields.credit_code import (
    ALPHABET,
    Confusions,
    check_credit_code,
    codes_equivalent,
    confusions,
    find_credit_codes,
    is_valid_code,
)
from jianzheng.models.errors import RuleError
from jianzheng.models.rules_file import load_rules_file

# Real codes printed on the public e-invoices in ../shared/real-docs.
REAL = ["91440300MA5F5KP94F", "91120118MA06YHFMX5", "91410100170051070N"]


@pytest.mark.parametrize("code", REAL)
def test_real_codes_are_valid_as_printed(code):
    checked = check_credit_code(code)
    assert checked is not None
    assert checked.valid and checked.printed_valid and not checked.repaired
    assert checked.code == code


def test_letters_outside_the_alphabet_are_read_as_their_digit():
    checked = check_credit_code("9I44O3OOMA5F5KP94F")
    assert checked is not None
    assert checked.code == "91440300MA5F5KP94F"
    assert checked.repaired and checked.valid and not checked.printed_valid


def test_spaces_and_lower_case_are_ignored():
    checked = check_credit_code("9144 0300 ma5f 5kp9 4f")
    assert checked is not None and checked.code == "91440300MA5F5KP94F"


def test_a_code_with_a_wrong_check_character_stays_invalid():
    checked = check_credit_code("91440300MA5F5KP94A")
    assert checked is not None
    assert not checked.valid and checked.code == "91440300MA5F5KP94A"


def test_not_code_shaped_is_none():
    assert check_credit_code("9144030") is None
    assert check_credit_code("统一社会信用代码") is None


def test_codes_are_found_in_a_line():
    assert (
        find_credit_codes("统一社会信用代码 91650100MA78XXXXXX 91440300MA5F5KP94F")[1][2]
        == "91440300MA5F5KP94F"
    )


_CONFUSE = {"0": "O", "1": "I", "5": "S", "2": "Z", "8": "B"}


@st.composite
def valid_codes(draw):
    head = draw(st.sampled_from("159")) + draw(st.sampled_from("123459"))
    region = draw(st.text(alphabet="0123456789", min_size=6, max_size=6))
    rest = draw(st.text(alphabet=sorted(ALPHABET), min_size=9, max_size=9))
    body = head + region + rest
    return body + uscc.calc_check_digit(body)


@given(valid_codes())
def test_every_valid_code_checks(code):
    assert is_valid_code(code)


@given(valid_codes(), st.data())
def test_one_ocr_confusion_is_repaired_or_left_invalid_never_wrongly_repaired(code, data):
    positions = [i for i, ch in enumerate(code) if ch in _CONFUSE]
    if not positions:
        return
    at = data.draw(st.sampled_from(positions))
    printed = code[:at] + _CONFUSE[code[at]] + code[at + 1 :]
    checked = check_credit_code(printed)
    assert checked is not None
    if checked.repaired:
        assert checked.code == code
    else:
        assert not checked.valid


# The confusions are data (credit_code.toml), read by the repair here and by verify's comparison.
_REAL = "91440300MA5F5KP94F"  # a registered code (Shenzhen), as its license prints it


def test_every_confusion_pair_of_the_data_file_is_tried_either_way_round():
    table = confusions()
    for a, b in table.ocr_confusions:
        assert b in table.alternatives(a) and a in table.alternatives(b)


@pytest.mark.parametrize(
    ("printed", "declared"),
    [
        ("91440300MA5F5KP94F", "91440300MA5F5KP94F"),
        ("9I44O3OOMA5F5KP94F", "91440300MA5F5KP94F"),  # letters the code never uses
        ("91440300MA5F5KP94F", "91440300NA5F5KP94F"),  # M/N either way
        ("91440300MA5F5KP9 4F", "9144 0300 MA5F 5KP9 4F"),
    ],
)
def test_codes_that_differ_only_by_ocr_confusions_are_equivalent(printed, declared):
    assert codes_equivalent(printed, declared)
    assert codes_equivalent(declared, printed)


@pytest.mark.parametrize(("printed", "declared"), [(_REAL, "91440300MA5F5KP95F"), (_REAL, _REAL[:-1])])
def test_another_code_is_not_equivalent(printed, declared):
    assert not codes_equivalent(printed, declared)


def test_a_swap_only_the_data_file_lists_is_repaired():
    # 2 read for 7 was missing from the table the extractor once kept in code: left invalid then.
    checked = check_credit_code("916501002A00XXXXX8")
    assert checked is not None
    assert not checked.printed_valid
    assert checked.repaired and checked.code == "916501007A00XXXXX8"


def test_a_malformed_confusions_file_names_the_file_and_the_key(tmp_path):
    bad = tmp_path / "credit_code.toml"
    bad.write_text('outside_alphabet = { O = "0" }\nocr_confusions = [["0", "O"]]\n', encoding="utf-8")
    with pytest.raises(RuleError, match=r"credit_code\.toml.*ocr_confusions"):
        load_rules_file(bad, Confusions)
