import json

from jianzheng.models import Declaration, Truth
from jianzheng_workshop.samples.hotan import generate
from jianzheng_workshop.samples.hotan.selfcheck import check_scenario, page_count


def test_one_scenario_validates(tmp_path):
    names = generate(tmp_path, 1, ["ht07_acceptance_minfeng"])
    assert names == ["ht07_acceptance_minfeng"]
    root = tmp_path / names[0]
    sub = root / "submission"
    Declaration.model_validate_json((sub / "declaration.json").read_text(encoding="utf-8"))
    truth = Truth.model_validate(json.loads((root / "truth.json").read_text(encoding="utf-8")))
    assert not truth.clean
    assert {f.code for f in truth.findings} == {"ACCEPTANCE_NOT_PASSED", "ACCEPTANCE_OUT_OF_PERIOD"}
    for doc in truth.documents:
        path = sub / doc.file
        assert path.is_file()
        assert page_count(path) >= max(doc.pages) >= 1
    assert check_scenario(root) == []
