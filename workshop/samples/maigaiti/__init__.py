"""maigaiti: an independent sample family whose theme is dates as the papers really print them."""

from __future__ import annotations

from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every filing (or those named in ``only``) under ``out``; returns the names written."""
    from .filing import write
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for recipe in SCENARIOS:
        if only and recipe.__name__ not in only:
            continue
        filing = recipe(seed)
        write(filing, out)
        written.append(filing.name)
    return written
