"""北疆 sample family: a mid-size integrator in northern Xinjiang, papers 2023–2025 (README.md).

Written independently of the checker and of the other families, to measure how the checker
generalises to documents nobody on the project has seen.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    from .bundle import Book
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        name = scenario.__name__
        if only and name not in only:
            continue
        target = out / name
        if target.exists():
            shutil.rmtree(target)
        sub_seed = seed * 1000 + index
        book = Book(name=name, seed=sub_seed, root=out)
        book.sub.mkdir(parents=True, exist_ok=True)
        scenario(book, random.Random(sub_seed))
        book.save()
        written.append(name)
    return written
