import json

from jianzheng.models import Declaration, Truth
from jianzheng_workshop.samples.turpan import generate
from jianzheng_workshop.samples.turpan.selfcheck import check_scenario, page_count


def test_one_scenario_validates(tmp_path):
    names = generate(tmp_path, 1, ["tp07_party_and_seal"])
    assert names == ["tp07_party_and_seal"]
    root = tmp_path / names[0]
    sub = root / "submission"
    Declaration.model_validate_json((sub / "declaration.json").read_text(encoding="utf-8"))
    truth = Truth.model_validate(json.loads((root / "truth.json").read_text(encoding="utf-8")))
    assert not truth.clean
    assert {f.code for f in truth.findings} == {"PARTY_MISMATCH", "SEAL_MISSING"}
    for doc in truth.documents:
        path = sub / doc.file
        assert path.is_file()
        assert page_count(path) >= max(doc.pages) >= 1
    assert check_scenario(root) == []


def test_generation_is_deterministic(tmp_path):
    generate(tmp_path / "a", 3, ["tp05_amount_and_date"])
    generate(tmp_path / "b", 3, ["tp05_amount_and_date"])

    def read(p):
        return (p / "tp05_amount_and_date" / "submission" / "declaration.json").read_text(encoding="utf-8")

    assert read(tmp_path / "a") == read(tmp_path / "b")
