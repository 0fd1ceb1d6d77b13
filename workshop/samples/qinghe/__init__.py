"""qinghe: filings as office scanners, phones and office software really write them (阿勒泰地区; inspection year 2025).

Written without reading the checker; see README.md."""

from __future__ import annotations

from pathlib import Path


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .scenarios import run

    out.mkdir(parents=True, exist_ok=True)
    return run(out, seed, only)
