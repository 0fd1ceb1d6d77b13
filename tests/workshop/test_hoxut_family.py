"""The hoxut family (staged acceptance) generates and its selfcheck holds (seed 1, three filings)."""

import json
from pathlib import Path

from jianzheng_workshop.samples.hoxut import generate
from jianzheng_workshop.samples.hoxut.scenarios import SCENARIOS
from jianzheng_workshop.samples.hoxut.selfcheck import main


def test_hoxut_seed1_selfcheck(tmp_path: Path) -> None:
    chosen = ["hx04_xinhe_workbook_clean", "hx06_wushi_preliminary_only", "hx09_xinhe_other_signer"]
    assert generate(tmp_path, 1, chosen) == chosen
    assert main([str(tmp_path)]) == 0
    truth = json.loads((tmp_path / "hx06_wushi_preliminary_only" / "truth.json").read_text(encoding="utf-8"))
    assert not truth["clean"]
    assert [(f["code"], f["project_id"]) for f in truth["findings"]] == [("ACCEPTANCE_NOT_PASSED", "P1")]


def test_hoxut_plants_do_not_move_with_the_seed() -> None:
    for scenario in (s for s in SCENARIOS if s.__name__.startswith(("hx05", "hx07", "hx10"))):
        one, two = scenario(1), scenario(2)
        assert one.name == two.name
        assert [(p["code"], p["project_id"], p["file"], p["page"]) for p in one.plants] == [
            (p["code"], p["project_id"], p["file"], p["page"]) for p in two.plants
        ]
        assert len(one.plants) == 1
