"""The 巴州 sample family: a system-integration company in Korla, Luntai, Yuli, Ruoqiang, Qiemo, Yanqi, Hejing or Bohu
and its 2023–2025 papers.

Written independently of the checker and of the other families; see README.md.
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
        written.append(scenario(out, seed))
    return written
