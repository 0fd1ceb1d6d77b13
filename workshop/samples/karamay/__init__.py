"""Karamay (克拉玛依) sample family: twelve filings of inspection year 2025, written apart from the checker.

``generate(out, seed, only)`` writes ``OUT/<scenario>/submission/`` and ``OUT/<scenario>/truth.json``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .scenarios import SCENARIOS

NAMES = tuple(f.__name__ for f in SCENARIOS)


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for index, make in enumerate(SCENARIOS, start=1):
        name = make.__name__
        if only and name not in only:
            continue
        filing = make(seed, index)
        target = out / name
        if target.exists():
            shutil.rmtree(target)
        filing.write(out)
        written.append(name)
    return written


__all__ = ["NAMES", "generate"]
