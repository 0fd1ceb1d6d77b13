"""The 喀什 (Kashgar) sample family: twelve filings written from the contract and real layouts.

``generate(out, seed, only)`` writes ``out/<name>/submission/`` and ``out/<name>/truth.json``
for every scenario (or those named in ``only``) and returns the names written.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import declaration_io, output, truth
from .scenarios import SCENARIOS
from .world import declaration


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write the family's scenarios under ``out``; deterministic for a given ``seed``.

    Scenarios run in up to two worker processes; each draws from its own seeded source,
    so the output does not depend on the order they finish in.
    """
    out.mkdir(parents=True, exist_ok=True)
    jobs = [
        (index, make.__name__)
        for index, make in enumerate(SCENARIOS, start=1)
        if not only or make.__name__ in only
    ]
    workers = min(2, os.cpu_count() or 1, len(jobs))
    if workers <= 1:
        return [write_one(out, seed, index) for index, _ in jobs]
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(write_one, [out] * len(jobs), [seed] * len(jobs), [index for index, _ in jobs]))


def write_one(out: Path, seed: int, index: int) -> str:
    """Write the ``index``-th scenario (1-based) and return its name."""
    make = SCENARIOS[index - 1]
    name = make.__name__
    rng = random.Random(seed * 1000 + index)
    scenario = make(rng)
    truth.check_thresholds(scenario)
    target = out / name
    if target.exists():
        shutil.rmtree(target)
    submission = target / "submission"
    submission.mkdir(parents=True)
    for spec in scenario.files:
        output.write(spec, submission, rng)
    declared = declaration(scenario.filing)
    if scenario.declaration_format == "xlsx":
        declaration_file = "declaration.xlsx"
        declaration_io.write_xlsx(declared, submission / declaration_file)
    else:
        declaration_file = "declaration.json"
        declaration_io.write_json(declared, submission / declaration_file)
    record = truth.build(scenario, seed, declaration_file)
    (target / "truth.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name
