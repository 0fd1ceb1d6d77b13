"""The fukang family generates seed 1 and its truth agrees with what its PDFs draw (selfcheck)."""

from pathlib import Path

from jianzheng_workshop.samples.fukang import generate
from jianzheng_workshop.samples.fukang.selfcheck import check


def test_fukang_seed_1_selfcheck(tmp_path: Path) -> None:
    names = generate(tmp_path, 1)
    assert len(names) == 10
    assert check(tmp_path) == []
