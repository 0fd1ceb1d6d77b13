"""Bounded declarations: names, ids, counts, rows and nesting outside the form's range are DECLARATION_INVALID."""

from __future__ import annotations

import copy
import json

import pytest

from jianzheng.extract import read_declaration
from jianzheng.extract.declaration import too_deep

BASE = {
    "enterprise": {
        "name": "新疆天山云数信息技术有限公司",
        "credit_code": "91650100MA78XXXXXX",
        "inspection_year": 2024,
    },
    "projects": [{"id": "P1", "name": "政务云平台建设项目", "contract_amount": "100.00"}],
}


def _read(tmp_path, data):
    path = tmp_path / "declaration.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return read_declaration(path)


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("enterprise", "name"), "某" * 201, "enterprise.name：过长：201 个字符，最多 200 个"),
        (("enterprise", "credit_code"), "9" * 41, "enterprise.credit_code：过长：41 个字符，最多 40 个"),
        (
            ("enterprise", "inspection_year"),
            20240,
            "enterprise.inspection_year：20240 超出允许范围：不能大于 2200",
        ),
        (("projects", 0, "id"), "P" * 41, "projects[1].id：过长：41 个字符，最多 40 个"),
        (("projects", 0, "client"), "甲" * 201, "projects[1].client：过长：201 个字符，最多 200 个"),
    ],
)
def test_a_value_out_of_bounds_names_its_field(tmp_path, where, value, message):
    data = copy.deepcopy(BASE)
    target = data
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    declaration, findings = _read(tmp_path, data)
    assert declaration is None
    assert [f.message for f in findings] == [f"申报数据有误：declaration.json {message}"]


def test_a_negative_staff_count_and_too_many_rows_are_refused(tmp_path):
    data = copy.deepcopy(BASE)
    data["enterprise"]["staff"] = {"technical_total": -3}
    data["projects"] = [{"id": f"P{n}", "name": "项目"} for n in range(2001)]
    _, findings = _read(tmp_path, data)
    assert [f.message for f in findings] == [
        "申报数据有误：declaration.json enterprise.staff.technical_total：-3 超出允许范围：不能小于 0",
        "申报数据有误：declaration.json projects：条目过多：最多 2000 条",
    ]


def test_the_forms_own_nesting_is_within_bounds(tmp_path):
    data = copy.deepcopy(BASE)
    data["enterprise"]["staff"] = {"certificates": [{"holder": "李明", "certificate": "信息系统项目管理师"}]}
    declaration, findings = _read(tmp_path, data)
    assert findings == [] and declaration is not None


def test_too_deep_names_the_keys_leading_there_and_ignores_brackets_in_text():
    assert too_deep('{"a": {"b": "[[[[[[", "c": [[]]}}', limit=4) is None
    assert too_deep('{"a": {"b": "x", "c": [[[]]]}}', limit=4) == "a.c…"
    assert too_deep("[" * 5 + "]" * 5, limit=4) == "(根)"
