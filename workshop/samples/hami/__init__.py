"""The 哈密 (Hami) sample family: filings written independently of the checker and of the other
families, to measure how the checker reads papers nobody on the project has seen.

``generate(out, seed, only)`` writes each scenario as ``out/<name>/submission/`` (declaration and
attachments) and ``out/<name>/truth.json``. See README.md.
"""

from __future__ import annotations

from pathlib import Path

from .scenarios import SCENARIOS


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for scenario in SCENARIOS:
        if only and scenario.__name__ not in only:
            continue
        written.append(scenario(out, seed))
    return written


__all__ = ["SCENARIOS", "generate"]
