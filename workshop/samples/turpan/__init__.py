"""吐鲁番 (Turpan) sample family: twelve filings from 高昌区, 鄯善县 and 托克逊县, inspection year 2025.

Written without reading the checker or any other family; see README.md.
"""

from __future__ import annotations

import random
from pathlib import Path

from .filing import Filing
from .scenarios import SCENARIOS


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those in ``only``) under ``out``; returns the names written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        name = scenario.__name__
        if only and name not in only:
            continue
        filing = Filing(name, out, seed, random.Random(seed * 1000 + index))
        filing.start()
        scenario(filing)
        written.append(name)
    return written
