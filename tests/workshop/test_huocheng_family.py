"""The huocheng family generates and its selfcheck holds (seed 1, three filings)."""

from pathlib import Path

from jianzheng_workshop.samples.huocheng import generate
from jianzheng_workshop.samples.huocheng.selfcheck import selfcheck


def test_huocheng_seed1_selfcheck(tmp_path: Path) -> None:
    names = generate(tmp_path, 1, ["hc03_supplement_clean", "hc05_pretax_declared", "hc08_words_transposed"])
    assert len(names) == 3
    results = selfcheck(tmp_path)
    assert sorted(results) == sorted(names)
    assert all(not problems for problems in results.values()), results
