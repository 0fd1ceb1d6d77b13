"""The qitai sample family generates and its truth agrees with what it drew (no checker involved)."""

from __future__ import annotations

from pathlib import Path

from jianzheng_workshop.samples.qitai import generate
from jianzheng_workshop.samples.qitai.selfcheck import check_set

SOME = ["qt03_marks_clean", "qt05_fee_appendix", "qt10_refeed"]


def test_seed_1_generates_and_selfchecks(tmp_path: Path) -> None:
    """Three of the ten filings (one clean, two planted) keep the test near 30 s on a shared machine."""
    names = generate(tmp_path, 1, SOME)
    assert names == SOME
    results = check_set(tmp_path)
    assert results == {name: [] for name in SOME}
