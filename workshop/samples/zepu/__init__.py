"""zepu: an independent sample family (泽普县, 莎车县, 叶城县, 麦盖提县; inspection year 2025).

Pen and stamp on paper: hand-filled acceptance forms, signatures with red fingerprints, initialled
corrections, white-out, 骑缝章, faint and double-struck seals, certification stamps, highlighter, sticky
notes, staples, punch holes and creases, all scanned; beside them, one forger's edit or one real problem
per planted filing. See README.md.
"""

from __future__ import annotations

from pathlib import Path

from .scenarios import SCENARIOS


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every filing (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        written.append(scenario(out, seed, index))
    return written
