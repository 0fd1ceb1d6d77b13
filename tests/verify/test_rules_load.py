"""The rules data files load, and a malformed one fails loudly with its name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jianzheng.models import Grade
from jianzheng.models.errors import RuleError
from jianzheng.verify.rules import certificate_list, load_certificate_list, load_inspection_rules, rules


def test_shipped_rules_follow_seed_000():
    grades = rules().grades
    assert (grades[Grade.jia].technical_staff, grades[Grade.yi].technical_staff) == (40, 30)
    assert (grades[Grade.bing].technical_staff, grades[Grade.ding].technical_staff) == (20, 6)
    assert (
        grades[Grade.jia].certified_staff,
        grades[Grade.yi].certified_staff,
        grades[Grade.bing].certified_staff,
    ) == (12, 8, 5)
    assert grades[Grade.yi].three_year_projects == Decimal("10000000")
    assert grades[Grade.ding].three_year_projects is None and grades[Grade.ding].certified_staff is None
    assert rules().money.default_unit == Decimal("0.01")
    names = {c.name for c in certificate_list().certificates}
    assert {"信息系统项目管理师", "系统集成项目管理工程师", "HCIE 专家级网络工程师"} <= names


def test_malformed_toml_raises_rule_error_naming_the_file(tmp_path):
    bad = tmp_path / "inspection.toml"
    bad.write_text("[money\ndefault_unit = 1", encoding="utf-8")
    with pytest.raises(RuleError, match=r"inspection\.toml"):
        load_inspection_rules(bad)


def test_a_wrong_value_raises_rule_error_naming_the_file_and_key(tmp_path):
    bad = tmp_path / "certificates.toml"
    bad.write_text('[[certificates]]\nlevel = "高级"\n', encoding="utf-8")
    with pytest.raises(RuleError, match=r"certificates\.toml.*name"):
        load_certificate_list(bad)
