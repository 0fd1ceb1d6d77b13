"""gongliu: an independent sample family on audit reports and financial statements — which printed
figure is the declared one (see README.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

from .scenarios import NAMES, SPECS, build

__all__ = ["NAMES", "generate"]


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every filing (or those named in ``only``) under ``out``; returns the names written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    unknown = set(only or []) - set(NAMES)
    if unknown:
        raise ValueError(f"unknown gongliu scenario(s): {', '.join(sorted(unknown))}")
    written = []
    for index, spec in enumerate(SPECS, start=1):
        if only and spec.name not in only:
            continue
        target = out / spec.name
        if target.exists():
            shutil.rmtree(target)
        written.append(build(spec, index, seed, out))
    return written
