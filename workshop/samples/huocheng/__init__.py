"""huocheng: an independent sample family (霍城县, 察布查尔锡伯自治县, 伊宁县, 霍尔果斯市; inspection year 2025).

Theme: amounts everywhere in a long contract. See README.md.
"""

from __future__ import annotations

import random
from pathlib import Path

from .filing import write_filing
from .scenarios import SCENARIOS, build

__all__ = ["SCENARIOS", "generate"]


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every filing (or those named in ``only``) under ``out``; returns the names written.

    Filing i (1-based, in SCENARIOS order) draws from ``random.Random(seed * 1000 + i)``.
    """
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (name, spec) in enumerate(SCENARIOS.items(), start=1):
        if only and name not in only:
            continue
        filing = build(spec, name, seed, index)
        write_filing(filing, out, random.Random(seed * 1000 + index + 500))
        written.append(name)
    return written
