"""jiashi: filings whose contracts have more than two parties (三方协议, 联合体, 分包, 采购代理, 框架协议 + 任务单).

Written without reading the checker; see README.md. ``generate`` writes ``OUT/<scenario>/submission/`` and
``OUT/<scenario>/truth.json`` (plus ``printed.json`` for the selfcheck).
"""

from __future__ import annotations

from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .filing import write_all

    return write_all(out, seed, only)


__all__ = ["generate"]
