"""shache: evidence that reached the enterprise through a phone (WeChat, 钉钉), uploaded as images.

An independent sample family (莎车县, 叶城县, 泽普县, 麦盖提县, 巴楚县; inspection year 2025), written without
reading the checker. ``generate`` writes ``OUT/<name>/submission/``, ``truth.json`` and ``printed.json``.
"""

from __future__ import annotations

from pathlib import Path


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        filing = scenario(seed * 1000 + index)
        filing.write(out, filing.declaration())
        written.append(filing.name)
    return written
