"""Bounded declarations: names, ids, counts, rows and nesting outside the form's range are DECLARATION_INVALID."""

from __future__ import annotations

import copy
import json
from pathlib import Path

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


@pytest.mark.parametrize("amount", ["1e999999999", "1e-999999999", "1E+1000000"])
def test_an_exponent_beyond_decimal_arithmetic_is_invalid_not_a_crash(tmp_path, amount):
    """Found by tests/service/test_hostile_declarations.py: these raised decimal.InvalidOperation
    (a 500 on an enterprise's upload, a failed job on a reviewer's)."""
    data = copy.deepcopy(BASE)
    data["projects"][0]["contract_amount"] = amount
    declaration, findings = _read(tmp_path, data)
    assert declaration is None
    [finding] = findings
    where = f"申报数据有误：declaration.json projects[1].contract_amount：'{amount}' "
    assert finding.message in (where + "不是金额", where + "超过两位小数（分以下）")


@pytest.mark.parametrize("amount", [1e30, -1e30, 1e300, 9 * 10**31, "9" * 32])
def test_a_huge_amount_in_a_spreadsheet_is_invalid_not_a_crash(tmp_path, amount):
    """An Excel cell of 1e30 or 32 digits raised decimal.InvalidOperation while rounding to the fen."""
    from openpyxl import load_workbook

    sample = "samples/corpus/s02_clean_scanned/submission/declaration.xlsx"
    book = load_workbook(Path(__file__).resolve().parents[2] / sample)
    book["项目汇总"].cell(2, 19).value = amount  # 合同金额(万元) of the first project
    path = tmp_path / "declaration.xlsx"
    book.save(path)
    declaration, findings = read_declaration(path)
    assert declaration is None
    [finding] = findings
    assert finding.message.startswith("申报数据有误：declaration.xlsx 项目汇总 第2行 合同金额(万元)：")
    assert finding.message.endswith("超出允许范围（金额最多 10^12 元）")
