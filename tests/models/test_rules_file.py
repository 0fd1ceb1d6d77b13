"""A rules file that does not fit its model names the file and the key, never half-loads."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ConfigDict, Field

from jianzheng.models.errors import RuleError
from jianzheng.models.rules_file import load_rules_file, parse_rules_text


class _Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_pages: int = Field(gt=0)


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limits: _Limits


def test_a_good_file_loads_into_its_model(tmp_path):
    path = tmp_path / "reading.toml"
    path.write_text("[limits]\nmax_pages = 200\n", encoding="utf-8")
    assert load_rules_file(path, _Rules).limits.max_pages == 200


def test_a_wrong_value_names_the_file_and_the_dotted_key(tmp_path):
    path = tmp_path / "reading.toml"
    path.write_text("[limits]\nmax_pages = 0\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules_file(path, _Rules)
    assert str(path) in str(caught.value)
    assert "limits.max_pages: Input should be greater than 0" in str(caught.value)


def test_a_misspelt_section_names_both_keys():
    with pytest.raises(RuleError) as caught:
        parse_rules_text("[limit]\nmax_pages = 1\n", "reading.toml", _Rules)
    message = str(caught.value)
    assert "reading.toml" in message
    assert "limits: Field required" in message and "limit: Extra inputs are not permitted" in message


def test_broken_toml_syntax_names_the_file_and_line():
    with pytest.raises(RuleError, match=r"reading\.toml .*line 1"):
        parse_rules_text("[limits\nmax_pages = 1\n", "reading.toml", _Rules)


def test_a_missing_file_is_a_rule_error_not_an_os_error(tmp_path):
    with pytest.raises(RuleError, match=r"nowhere\.toml"):
        load_rules_file(tmp_path / "nowhere.toml", _Rules)


def test_a_file_broken_everywhere_lists_the_first_keys_and_counts_the_rest():
    class Many(BaseModel):
        a: int
        b: int
        c: int
        d: int
        e: int

    with pytest.raises(RuleError) as caught:
        parse_rules_text("", "many.toml", Many)
    assert "a: Field required" in str(caught.value) and "… 2 more" in str(caught.value)
