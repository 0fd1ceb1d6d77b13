"""aksu: an independent sample family of 阿克苏地区 filings for inspection year 2025.

Written without reading the checker or the other families; see README.md.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for scenario in SCENARIOS:
        if only and scenario.__name__ not in only:
            continue
        filing = scenario(seed)
        target = out / filing.name
        if target.exists():
            shutil.rmtree(target)
        filing.write(out)
        written.append(filing.name)
    return written
