"""xinyuan: an independent sample family of bilingual (Chinese–Uyghur, Chinese–Kazakh) papers of 伊犁 (README.md)."""

from __future__ import annotations

from pathlib import Path

from .scenarios import SCENARIOS

__all__ = ["SCENARIOS", "generate"]


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        filing = scenario(seed, index)
        filing.write(out)
        written.append(filing.name)
    return written
