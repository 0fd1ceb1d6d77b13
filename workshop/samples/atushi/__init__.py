"""atushi: audit reports and licences as real firms issue them (阿图什市, 阿克陶县, 乌恰县, 阿合奇县,
喀什经济开发区; inspection year 2025). See README.md."""

from __future__ import annotations

import random
from pathlib import Path

from .filing import write
from .scenarios import SPECS
from .world import build


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, spec in enumerate(SPECS, start=1):
        if only and spec.name not in only:
            continue
        filing = build(spec, seed, index)
        write(filing, out, random.Random(seed * 1000 + index + 500))
        written.append(spec.name)
    return written
