"""The hejing family generates and its selfcheck holds (seed 1: a clean e-signed filing, a white-boxed price)."""

from pathlib import Path

from jianzheng_workshop.samples.hejing import generate
from jianzheng_workshop.samples.hejing.selfcheck import selfcheck


def test_hejing_seed1_selfcheck(tmp_path: Path) -> None:
    names = generate(tmp_path, 1, ["hj02_esigned_revision_clean", "hj06_white_box_amount"])
    assert len(names) == 2
    results = selfcheck(tmp_path)
    assert results and all(not v for v in results.values()), results
