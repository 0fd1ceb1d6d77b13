"""The ``fresh`` sample family: submissions drawn independently of the checker and of the other
families, to measure how it generalises to papers nobody on the project has seen (README.md)."""

from __future__ import annotations

import shutil
from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every fresh scenario (or those named in ``only``) under ``out``; returns the names."""
    from .scenarios import SCENARIOS, write

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (scenario, form) in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        target = out / scenario.__name__
        if target.exists():
            shutil.rmtree(target)
        written.append(write(out, seed, index, scenario, form))
    return written
