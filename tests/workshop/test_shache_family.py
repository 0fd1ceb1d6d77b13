"""The shache sample family generates and its truth agrees with what it drew (no checker involved)."""

from __future__ import annotations

from pathlib import Path

from jianzheng_workshop.samples.shache import generate
from jianzheng_workshop.samples.shache.selfcheck import check


def test_shache_seed1_selfcheck(tmp_path: Path) -> None:
    names = generate(
        tmp_path, 1, ["sh04_watermark_clean", "sh05_other_firm_acceptance", "sh08_unsealed_acceptance"]
    )
    assert len(names) == 3
    results = check(tmp_path)
    assert results and all(not errs for errs in results.values()), results
