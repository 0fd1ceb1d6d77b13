"""The kashi sample family writes a submission whose declaration and truth are well-formed."""

import json
from pathlib import Path

from jianzheng.models import Declaration, Truth
from jianzheng_workshop.samples.kashi import generate


def test_one_scenario_validates(tmp_path: Path) -> None:
    names = generate(tmp_path, 1, ["k07_old_name_acceptance_first"])
    assert names == ["k07_old_name_acceptance_first"]
    root = tmp_path / names[0]
    submission = root / "submission"
    declaration = Declaration.model_validate_json(
        (submission / "declaration.json").read_text(encoding="utf-8")
    )
    assert declaration.enterprise.inspection_year == 2025
    raw = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    truth = Truth.model_validate(raw)
    assert not truth.clean and raw["expected_findings"]
    assert truth.documents
    for document in raw["documents"]:
        assert (submission / document["file"]).is_file(), document["file"]
        assert document["pages"] and min(document["pages"]) >= 1
    for finding in raw["expected_findings"]:
        assert (submission / finding["file"]).is_file()
