"""xinxing: an independent sample family (新星市 / 第十三师, 哈密市伊州区, 巴里坤县, 伊吾县; inspection year 2024).

Unit-price contracts and the money papers around them: 工程量清单 contracts with a 暂定总价 in figures and
capital numerals, 质保金 / 预付款 / 进度款 distractors, 银行电子回单, 工程款支付申请表, instalment invoices
(数电票 and paper 专票/普票) with a 红字发票 offsetting a wrong one, 结算审定单 and 中标通知书.
See README.md.
"""

from __future__ import annotations

import random
from pathlib import Path

from .scenarios import SCENARIOS, build


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .writer import write_filing

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, knobs in enumerate(SCENARIOS, start=1):
        if only and knobs.name not in only:
            continue
        scenario_seed = seed * 1000 + index
        rng = random.Random(scenario_seed)
        filing = build(knobs, rng)
        write_filing(filing, out, rng, scenario_seed)
        written.append(knobs.name)
    return written
