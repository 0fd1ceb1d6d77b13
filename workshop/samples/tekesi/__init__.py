"""tekesi: business licences as enterprises really upload them (see README.md)."""

from __future__ import annotations

import random
from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every filing (or those named in ``only``) under ``out``; returns the names written.

    Filing *i* draws from ``random.Random(seed * 1000 + i)``: the same seed writes the same bytes
    of declaration and truth.
    """
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        filing = scenario(random.Random(seed * 1000 + index), seed)
        filing.write(out)
        written.append(filing.name)
    return written
