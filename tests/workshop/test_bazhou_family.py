"""Smoke test of the bazhou sample family: a small planted submission generates and its truth validates."""

from __future__ import annotations

import json
from pathlib import Path

from jianzheng.models.truth import Truth
from jianzheng_workshop.samples.bazhou import generate


def test_bazhou_generates_valid_truth(tmp_path: Path) -> None:
    names = generate(tmp_path, 3, ["bz06_yanqi_party_period"])
    assert names == ["bz06_yanqi_party_period"]
    for name in names:
        truth = Truth.model_validate(json.loads((tmp_path / name / "truth.json").read_text(encoding="utf-8")))
        sub = tmp_path / name / "submission"
        assert (sub / "declaration.json").is_file()
        assert not truth.clean and truth.findings
        assert {f.code.value for f in truth.findings} == {"PARTY_MISMATCH", "ACCEPTANCE_OUT_OF_PERIOD"}
        for page in truth.pages:
            assert (sub / page.file).is_file()
        for doc in truth.documents:
            assert doc.pages
            assert doc.fields or doc.type == "other"
        kinds = {d.type for d in truth.documents}
        assert {"business_license", "audit_report", "contract", "acceptance_report"} <= kinds
