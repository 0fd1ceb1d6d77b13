import json

from jianzheng.models import Declaration, Truth
from jianzheng_workshop.samples.karamay import NAMES, generate
from jianzheng_workshop.samples.karamay.selfcheck import check_scenario, page_count


def test_one_scenario_validates(tmp_path):
    names = generate(tmp_path, 1, ["ky06_date_party"])
    assert names == ["ky06_date_party"]
    root = tmp_path / names[0]
    sub = root / "submission"
    Declaration.model_validate_json((sub / "declaration.json").read_text(encoding="utf-8"))
    truth = Truth.model_validate(json.loads((root / "truth.json").read_text(encoding="utf-8")))
    assert not truth.clean
    assert {f.code for f in truth.findings} == {"DATE_MISMATCH", "PARTY_MISMATCH"}
    for doc in truth.documents:
        path = sub / doc.file
        assert path.is_file()
        assert page_count(path) >= max(doc.pages) >= 1
    assert check_scenario(root) == []


def test_a_clean_scenario_agrees_with_its_declaration(tmp_path):
    generate(tmp_path, 2, ["ky02_clean_threeparty_wan"])
    root = tmp_path / "ky02_clean_threeparty_wan"
    truth = Truth.model_validate(json.loads((root / "truth.json").read_text(encoding="utf-8")))
    assert truth.clean and not truth.findings
    assert check_scenario(root) == []


def test_generation_is_deterministic(tmp_path):
    generate(tmp_path / "a", 3, ["ky05_amount_mismatch"])
    generate(tmp_path / "b", 3, ["ky05_amount_mismatch"])

    def read(p, name):
        return (p / "ky05_amount_mismatch" / name).read_text(encoding="utf-8")

    for name in ("submission/declaration.json", "truth.json"):
        assert read(tmp_path / "a", name) == read(tmp_path / "b", name)


def test_twelve_scenarios_four_clean():
    assert len(NAMES) == 12
    assert sum("clean" in n for n in NAMES) == 4
