"""The "wild" sample family: submissions written independently of the checker and of the other
two families, to measure how the checker generalises (see README.md)."""

from __future__ import annotations

import random
from pathlib import Path


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every wild scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .scenarios import SCENARIOS
    from .writer import write

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        sub_seed = seed * 1000 + index
        built = scenario(random.Random(sub_seed))
        write(built, out, sub_seed)
        written.append(built.name)
    return written
