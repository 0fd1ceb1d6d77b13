"""The 和田地区 (Hotan) sample family: twelve filings for inspection year 2025, written independently
of the checker and of the other families, to measure how the checker generalises."""

from __future__ import annotations

from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .scenarios import run

    out.mkdir(parents=True, exist_ok=True)
    return run(out, seed, only)
