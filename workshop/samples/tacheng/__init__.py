"""The 塔城 sample family: twelve filings of invented firms in 塔城地区, written independently of the
checker and of every other family, to measure how the checker generalises (see README.md)."""

from __future__ import annotations

import random
from pathlib import Path

from .build import Scenario, fresh


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, build in enumerate(SCENARIOS, start=1):
        name = build.__name__
        if only and name not in only:
            continue
        fresh(out, name)
        sc = Scenario(name=name, seed=seed, root=out, rng=random.Random(seed * 1000 + index))
        build(sc)
        sc.write()
        written.append(name)
    return written
