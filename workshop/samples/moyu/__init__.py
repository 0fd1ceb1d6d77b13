"""moyu — an independent sample family: money in every spelling (墨玉县, 皮山县, 洛浦县, 策勒县, 于田县, 民丰县; 2025).

See README.md. ``generate`` writes ``OUT/<scenario>/submission/``, ``truth.json`` and ``printed.json``.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .build import build
    from .scenarios import SPECS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, spec in enumerate(SPECS, start=1):
        if only and spec.name not in only:
            continue
        target = out / spec.name
        if target.exists():
            shutil.rmtree(target)
        build(spec, seed, index, out)
        written.append(spec.name)
    return written
