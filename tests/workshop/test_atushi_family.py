"""The atushi sample family writes consistent filings (its own selfcheck), without the checker."""

from __future__ import annotations

import json
from pathlib import Path

from jianzheng_workshop.samples.atushi import generate
from jianzheng_workshop.samples.atushi.scenarios import SPECS
from jianzheng_workshop.samples.atushi.selfcheck import check_filing

# three filings whose audit reports are born digital (the scanned ones take longer): a clean one
# with the firm's papers scanned inside, a report for the wrong year, a licence whose capital differs
NAMES = ["at01_born_digital_clean", "at06_wrong_year_report", "at09_licence_capital"]


def test_three_filings_pass_their_selfcheck(tmp_path: Path) -> None:
    assert generate(tmp_path, 1, NAMES) == NAMES
    for name in NAMES:
        assert check_filing(tmp_path / name) == [], name
    codes = {}
    for name in NAMES:
        truth = json.loads((tmp_path / name / "truth.json").read_text(encoding="utf-8"))
        codes[name] = [(f["code"], f["file"], f["page"]) for f in truth["findings"]]
        assert truth["clean"] == (not truth["findings"])
    assert codes == {
        "at01_born_digital_clean": [],
        "at06_wrong_year_report": [("AUDIT_REPORT_MISSING", None, None)],
        "at09_licence_capital": [("LICENSE_FIELD_MISMATCH", "营业执照正副本.pdf", 1)],
    }


def test_four_clean_six_planted_one_cause_each() -> None:
    plants = [s.plant for s in SPECS]
    assert len(SPECS) == 10
    assert plants.count(None) == 4
    planted = [p for p in plants if p]
    assert len(planted) == len(set(planted)) == 6
