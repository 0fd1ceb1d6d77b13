"""qitai: an independent sample family (奇台县, 吉木萨尔县, 木垒哈萨克自治县, 阜康市; inspection year 2025).

Theme: paper through an office ADF scanner in a hurry. Written without reading the checker (see README.md)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        rng = random.Random(seed * 1000 + index)
        filing = scenario(seed, rng)
        target = out / filing.name
        if target.exists():
            shutil.rmtree(target)
        filing.write(out)
        written.append(filing.name)
    return written
