"""hoxut: staged acceptance as sectors really do it (乌什县, 温宿县, 拜城县, 新和县, 沙雅县; inspection year 2025).

Written from CONTRACT, DESIGN, seeds and models only, never tuned on the checker; see README.md.
"""

from __future__ import annotations

from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for scenario in SCENARIOS:
        if only and scenario.__name__ not in only:
            continue
        filing = scenario(seed)
        filing.write(out)
        written.append(filing.name)
    return written
