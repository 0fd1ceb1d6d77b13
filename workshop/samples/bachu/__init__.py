"""bachu: an independent sample family — invoices as the evidence of a project, as enterprises really upload them.

Written from CONTRACT.md, DESIGN.md, seeds/, a look at real-docs/, models/, workshop/samples/cli.py, pyproject.toml,
the Makefile and other families' READMEs only, without reading the checker. See README.md.
"""

from __future__ import annotations

from pathlib import Path


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``, one folder each; returns the names."""
    from .scenarios import generate as _generate

    return _generate(Path(out), seed, only)


__all__ = ["generate"]
