"""Smoke test of the 北疆 sample family: one small scenario, its truth valid, its files present."""

from __future__ import annotations

import json
from pathlib import Path

from jianzheng.models.truth import Truth
from jianzheng_workshop.samples.beijiang import generate


def test_one_scenario_writes_valid_truth(tmp_path: Path) -> None:
    names = generate(tmp_path, 3, only=["bj04_amount_mismatch"])
    assert names == ["bj04_amount_mismatch"]
    root = tmp_path / "bj04_amount_mismatch"
    truth = Truth.model_validate(json.loads((root / "truth.json").read_text(encoding="utf-8")))
    assert not truth.clean
    assert [f.code.value for f in truth.findings] == ["AMOUNT_MISMATCH"]
    sub = root / "submission"
    assert (sub / "declaration.json").is_file()
    for page in truth.pages:
        assert (sub / page.file).is_file()
    for doc in truth.documents:
        assert set(doc.pages) <= {p.page for p in truth.pages if p.file == doc.file}
    assert {d.type.value for d in truth.documents} >= {
        "business_license",
        "contract",
        "acceptance_report",
        "audit_report",
    }
