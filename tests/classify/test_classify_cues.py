"""The cue file is data: it loads into pydantic, and a malformed one fails loudly, naming the file."""

from __future__ import annotations

import pytest
from classify_builders import LICENSE, make_page

from jianzheng.classify.cues import CUES_FILE, default_cues, load_cues
from jianzheng.classify.pages import classify_page
from jianzheng.models import DocType
from jianzheng.models.errors import RuleError


def test_the_shipped_cues_cover_every_document_type():
    cues = default_cues()
    assert set(cues.types) == set(DocType)
    for doc_type in DocType:
        assert cues.types[doc_type].titles, f"{doc_type} has no title cues"
    assert cues.types[DocType.invoice].titles["增值税专用发票"] > cues.types[DocType.invoice].titles["发票"]


def test_a_toml_syntax_error_names_the_file(tmp_path):
    bad = tmp_path / "cues.toml"
    bad.write_text("[thresholds\ntemperature = 2", encoding="utf-8")
    with pytest.raises(RuleError, match=r"cues\.toml"):
        load_cues(bad)


def test_a_negative_weight_is_refused(tmp_path):
    text = CUES_FILE.read_text(encoding="utf-8").replace('"营业执照" = 9.0', '"营业执照" = -9.0')
    bad = tmp_path / "negative.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=r"negative\.toml"):
        load_cues(bad)


def test_a_missing_document_type_is_refused(tmp_path):
    text = CUES_FILE.read_text(encoding="utf-8").replace("[types.ip_certificate]", "[types.unknown_thing]")
    bad = tmp_path / "renamed.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=r"renamed\.toml"):
        load_cues(bad)


def test_a_cue_file_can_be_swapped_for_another(tmp_path):
    # Without its title and label cues a license page has no evidence left and falls back to other.
    text = CUES_FILE.read_text(encoding="utf-8")
    start = text.index("[types.business_license]")
    end = text.index("[types.audit_report]")
    emptied = text[:start] + "[types.business_license]\n\n" + text[end:]
    path = tmp_path / "cues.toml"
    path.write_text(emptied, encoding="utf-8")
    verdict = classify_page(make_page(LICENSE), load_cues(path))
    assert verdict.type == DocType.other
    assert classify_page(make_page(LICENSE)).type == DocType.business_license
