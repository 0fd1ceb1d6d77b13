"""luntai: filings of small 巴州 integrators assembled from copies of copies, faxes and certified copies.

Written without reading the checker or any other sample family; it measures how the checker
generalises. See README.md.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .scenarios import SCENARIOS

WORKERS = 2
"""Scenarios are drawn in two processes (the workshop machine has two cores)."""


def _one(args: tuple[int, int, str]) -> str:
    index, seed, out = args
    return SCENARIOS[index - 1](seed, index, Path(out))


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written.

    Scenario ``i`` (1-based) draws everything from ``random.Random(seed * 1000 + i)``.
    """
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(i, seed, str(out)) for i, s in enumerate(SCENARIOS, start=1) if not only or s.__name__ in only]
    workers = min(WORKERS, len(jobs), os.cpu_count() or 1)
    if workers <= 1:
        return [_one(job) for job in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_one, jobs))
