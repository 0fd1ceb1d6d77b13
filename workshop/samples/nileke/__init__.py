"""nileke: an independent sample family on a contract's life — 补充协议, 框架协议 with 采购订单, merged rows,
合同变更确认单 / 工程签证单 and yearly renewals (尼勒克县, 伊宁县, 察布查尔锡伯自治县, 霍城县; inspection year 2025).

Written without reading the checker; see README.md.
"""

from __future__ import annotations

import random
from pathlib import Path

from .filing import write
from .scenarios import SCENARIOS


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``, one folder each; return the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        filing = scenario(seed)
        write(out, filing, random.Random(seed * 7919 + index))
        written.append(filing.name)
    return written
