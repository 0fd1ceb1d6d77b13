"""The label vocabulary is data: it loads, names its file when malformed, and labels match as printed."""

from __future__ import annotations

import pytest
from field_pages import page_of

from jianzheng.extract.fields.label_hits import find_labels
from jianzheng.extract.fields.labels import LABELS_FILE, load_vocabulary, vocabulary
from jianzheng.extract.fields.lines import page_lines
from jianzheng.extract.fields.locate import labelled_values
from jianzheng.models.errors import RuleError


def test_the_shipped_vocabulary_loads_with_every_fee_key():
    vocab = vocabulary()
    assert set(vocab.fees) == {
        "software_development",
        "consulting_design",
        "integration_implementation",
        "operation_maintenance",
        "data_processing",
        "operation_service",
        "self_made_hardware",
        "hardware_purchase",
        "software_purchase",
        "other",
    }
    assert "甲方" in vocab.parties.a and "乙方" in vocab.parties.b


def test_a_malformed_vocabulary_names_its_file(tmp_path):
    bad = tmp_path / "labels.toml"
    bad.write_text(LABELS_FILE.read_text(encoding="utf-8").replace("[parties]", "[partys]"), encoding="utf-8")
    with pytest.raises(RuleError, match=r"labels\.toml"):
        load_vocabulary(bad)


def test_an_unknown_fee_key_is_refused(tmp_path):
    bad = tmp_path / "labels.toml"
    bad.write_text(LABELS_FILE.read_text(encoding="utf-8") + "\n[fees.gold_plating]\n", encoding="utf-8")
    with pytest.raises(RuleError):
        load_vocabulary(bad)


KEYS = {"party_a": ["甲方"], "project_name": ["项目名称"], "company_name": ["名称"]}


def test_spaced_labels_match_and_the_longest_label_wins():
    lines = page_lines(page_of(["甲 方 ： 某某有限公司", "项目名称：政务云平台"], ocr=True))
    hits = find_labels(lines, KEYS)
    assert [(h.key, h.label) for h in hits] == [("party_a", "甲方"), ("project_name", "项目名称")]


def test_a_label_in_running_text_is_no_label():
    lines = page_lines(page_of(["本项目由甲方负责组织验收。"]))
    assert find_labels(lines, KEYS) == []


def test_the_value_is_read_beside_or_below_its_label():
    lines = page_lines(page_of(["项目名称：", "政务云平台建设项目", "甲方  某某有限公司"]))
    name = labelled_values(lines, KEYS, "project_name")
    assert [v.value.text for v in name] == ["政务云平台建设项目"] and name[0].below
    party = labelled_values(lines, KEYS, "party_a")
    assert [v.value.text for v in party] == ["某某有限公司"] and not party[0].below


def test_an_ocr_label_with_one_wrong_character_still_matches():
    lines = page_lines(page_of(["合同编亏：HT-2024-001", "项目名称：政务云平台"], ocr=True))
    keys = {"contract_number": ["合同编号"], "project_name": ["项目名称"]}
    hits = find_labels(lines, keys)
    assert [(h.key, h.label, h.fuzzy) for h in hits] == [
        ("contract_number", "合同编号", True),
        ("project_name", "项目名称", False),
    ]
    assert labelled_values(lines, keys, "contract_number")[0].value.text == "HT-2024-001"


def test_a_misread_label_boxed_apart_from_its_value_still_matches():
    # OCR boxed 经营范团 and the scope as two words on one line, a gap between them.
    page = page_of(["经营范团"], ocr=True)
    scope = page.words[0].model_copy(
        update={"text": "许可项目：第一类增值电信业务", "bbox": (120.0, 60.0, 320.0, 70.0)}
    )
    lines = page_lines(page.model_copy(update={"words": [page.words[0], scope]}))
    hits = find_labels(lines, {"business_scope": ["经营范围"]})
    assert [(h.key, h.fuzzy) for h in hits] == [("business_scope", True)]
    assert labelled_values(lines, {"business_scope": ["经营范围"]}, "business_scope")[
        0
    ].value.text.startswith("许可")


def test_prose_is_never_a_fuzzy_label():
    lines = page_lines(page_of(["合同编制说明如下", "合同编写人员"], ocr=True))
    assert find_labels(lines, {"contract_number": ["合同编号"]}) == []
