"""昌吉回族自治州 (inspection year 2025): an independent sample family for measuring the checker.

``generate(out, seed, only)`` writes each scenario to ``out/<name>/submission/`` with its
``out/<name>/truth.json`` and returns the names written (two worker processes at most).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .scenes_clean import (
    cj01_changji_procurement,
    cj03_hutubi_technology,
    cj06_mulei_framework,
    cj09_fukang_large,
)
from .scenes_forensic import cj10_changji_duplicate, cj11_hutubi_pasted, cj12_qitai_audit_form
from .scenes_planted import (
    cj02_fukang_construction,
    cj04_manas_fees,
    cj05_qitai_parties,
    cj07_jimsar_expired,
    cj08_changji_words,
)

Scenario = Callable[[Path, int], str]

SCENARIOS: tuple[Scenario, ...] = (
    cj01_changji_procurement,
    cj02_fukang_construction,
    cj03_hutubi_technology,
    cj04_manas_fees,
    cj05_qitai_parties,
    cj06_mulei_framework,
    cj07_jimsar_expired,
    cj08_changji_words,
    cj09_fukang_large,
    cj10_changji_duplicate,
    cj11_hutubi_pasted,
    cj12_qitai_audit_form,
)


def _run(args: tuple[int, Path, int]) -> str:
    index, out, seed = args
    return SCENARIOS[index](out, seed * 1000 + index + 1)


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    chosen = [k for k, s in enumerate(SCENARIOS) if not only or s.__name__ in only]
    for k in chosen:
        target = out / SCENARIOS[k].__name__
        if target.exists():
            shutil.rmtree(target)
    jobs = [(k, out, seed) for k in chosen]
    if len(jobs) <= 1:
        return [_run(job) for job in jobs]
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(_run, jobs))
