"""The zhaosu family generates and its selfcheck holds (seed 1, three filings)."""

from pathlib import Path

from jianzheng_workshop.samples.zhaosu import generate
from jianzheng_workshop.samples.zhaosu.selfcheck import selfcheck


def test_zhaosu_seed1_selfcheck(tmp_path: Path) -> None:
    names = generate(tmp_path, 1, ["zs02_wan_workbook_clean", "zs05_sum_typo", "zs07_consolidated_declared"])
    assert len(names) == 3
    results = selfcheck(tmp_path)
    assert results and all(not v for v in results.values()), results
