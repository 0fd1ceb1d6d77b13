"""jimunai: filings whose pages come off real scanners and copiers (sideways, upside down, two-up A3, skewed,
offset, folded, duplex, out of order) for 吉木乃县, 哈巴河县, 布尔津县, 福海县 and 青河县; inspection year 2025."""

from __future__ import annotations

import random
from pathlib import Path

from .filing import write
from .scenarios import SCENARIOS


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        rng = random.Random(seed * 1000 + index)
        filing = scenario(rng)
        write(filing, out, seed, rng)
        written.append(filing.name)
    return written
