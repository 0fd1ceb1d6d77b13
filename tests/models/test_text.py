"""Text normalisation in one module: the folds every stage compares text after."""

from __future__ import annotations

import pytest

from jianzheng.models.text import compact, compact_lower, fold, is_han, normalise


@pytest.mark.parametrize(
    ("printed", "normalised"),
    [
        ("合同金额：￥２，４５０，０００．００", "合同金额:¥2,450,000.00"),
        ("（副本）", "(副本)"),
        ("ＰＤＦ", "PDF"),
    ],
)
def test_full_width_forms_fold_to_ascii_and_ideographs_stay(printed, normalised):
    assert normalise(printed) == normalised


def test_the_ideographic_full_stop_and_chinese_comma_stay():
    assert normalise("验收合格。甲方、乙方") == "验收合格。甲方、乙方"


def test_compact_removes_the_spaces_ocr_puts_between_characters():
    assert compact("甲 方 ：  新疆天山云数\u3000信息技术有限公司") == "甲方:新疆天山云数信息技术有限公司"


def test_compact_lower_is_how_cues_and_labels_are_matched():
    assert compact_lower("增值税 电子普通发票 PDF") == "增值税电子普通发票pdf"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("新疆天山云数信息技术有限公司", "新疆 天山云数（信息技术）有限公司"),
        ("阿不都·热合曼", "阿不都热合曼"),
        ("91650100ma78xxxxx1", "9165 0100 MA78 XXXX X1"),
    ],
)
def test_fold_keeps_the_skeleton_of_a_name_or_number(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("char", "han"), [("鉴", True), ("〇", True), ("㐀", True), ("A", False), ("：", False)]
)
def test_is_han(char, han):
    assert is_han(char) is han
