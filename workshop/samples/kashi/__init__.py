"""The 喀什 (Kashgar) sample family: twelve filings written from the contract and real layouts.

``generate(out, seed, only)`` writes ``out/<name>/submission/`` and ``out/<name>/truth.json``
for every scenario (or those named in ``only``) and returns the names written.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from . import declaration_io, output, truth
from .scenarios import SCENARIOS
from .world import declaration


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write the family's scenarios under ``out``; deterministic for a given ``seed``."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for index, make in enumerate(SCENARIOS, start=1):
        name = make.__name__
        if only and name not in only:
            continue
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
        (target / "truth.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(name)
    return written
