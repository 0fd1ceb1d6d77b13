"""The hejing family: forgery and reuse as spot auditors find them, beside the honest look-alikes.

``generate(out, seed, only)`` writes ``OUT/<name>/submission/``, ``truth.json`` and ``printed.json``
for each scenario (see README.md) and returns the names written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .scenarios import NAMES, SCENARIOS


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (name, scenario) in enumerate(zip(NAMES, SCENARIOS, strict=True), start=1):
        if only and name not in only:
            continue
        target = out / name
        if target.exists():
            shutil.rmtree(target)
        filing, clean = scenario(seed, index)
        if filing.name != name:
            raise RuntimeError(f"scenario {index} is named {filing.name}, expected {name}")
        filing.write(out, clean)
        written.append(name)
    return written
