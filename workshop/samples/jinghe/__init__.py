"""jinghe: an independent sample family on who the parties are as names vary on paper (renamed
firms, clients renamed by 机构改革, branches, brackets, look-alike names). See README.md."""

from __future__ import annotations

import random
from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every filing (or those named in ``only``) under ``out``; returns the names written."""
    from .filing import Filing
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        name = scenario.__name__
        if only and name not in only:
            continue
        filing = Filing(name, seed, random.Random(seed * 1000 + index))
        scenario(filing)
        filing.write(out)
        written.append(name)
    return written
