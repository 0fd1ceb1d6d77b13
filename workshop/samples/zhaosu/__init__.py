"""zhaosu: an independent sample family (伊犁 river valley; the declaration side as enterprises fill it)."""

from __future__ import annotations

import random
from pathlib import Path


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write the family's filings (or those named in ``only``) under ``out``; returns the names written."""
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        filing = scenario(seed * 1000 + i)
        filing.write(out, random.Random(seed * 1000 + i + 500))
        written.append(filing.name)
    return written
