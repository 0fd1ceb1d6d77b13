"""Generation is deterministic and writes what the truth says."""

from jianzheng.models.truth import Truth
from jianzheng_workshop.samples.cli import generate


def test_same_seed_same_truth(tmp_path):
    generate(tmp_path / "a", seed=5, only=["s13_bad_xlsx"])
    generate(tmp_path / "b", seed=5, only=["s13_bad_xlsx"])
    a = (tmp_path / "a" / "s13_bad_xlsx" / "truth.json").read_text(encoding="utf-8")
    b = (tmp_path / "b" / "s13_bad_xlsx" / "truth.json").read_text(encoding="utf-8")
    assert a == b
    truth = Truth.model_validate_json(a)
    assert truth.findings[0].code == "DECLARATION_INVALID"
    assert (tmp_path / "a" / "s13_bad_xlsx" / "submission" / "declaration.xlsx").is_file()
