"""Smoke test of the nanjiang sample family: a small submission generates and its truth validates."""

from __future__ import annotations

import json
from pathlib import Path

from jianzheng.models.truth import Truth
from jianzheng_workshop.samples.nanjiang import generate


def test_nanjiang_generates_valid_truth(tmp_path: Path) -> None:
    names = generate(tmp_path, 3, ["nj08_audit_seal"])
    assert names == ["nj08_audit_seal"]
    for name in names:
        truth = Truth.model_validate(json.loads((tmp_path / name / "truth.json").read_text(encoding="utf-8")))
        sub = tmp_path / name / "submission"
        assert (sub / "declaration.json").is_file()
        assert not truth.clean and truth.findings
        for page in truth.pages:
            assert (sub / page.file).is_file()
        for doc in truth.documents:
            assert doc.pages and doc.fields
        kinds = {d.type for d in truth.documents}
        assert {"business_license", "audit_report", "contract"} <= kinds
