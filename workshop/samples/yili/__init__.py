"""The yili sample family: filings of system-integration firms of the Ili Kazakh Autonomous Prefecture.

Written independently of the checker and of the other families; see README.md.
"""

from __future__ import annotations

import json
import random
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .binder import Built, FileSpec, bind, write_truth, write_xlsx
from .scenarios import SCENARIOS


def _one(out: Path, seed: int, index: int) -> str:
    make = SCENARIOS[index]
    rng = random.Random(seed * 1000 + index + 1)
    sc = make(rng)
    root = out / sc.name
    if root.exists():
        shutil.rmtree(root)
    sub = root / "submission"
    sub.mkdir(parents=True)
    if sc.fmt == "xlsx":
        write_xlsx(sub / "declaration.xlsx", sc.decl)
    else:
        (sub / "declaration.json").write_text(
            json.dumps(sc.decl, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    bound: list[tuple[FileSpec, list[Built]]] = []
    for n, spec in enumerate(sc.files):
        built, _ = bind(sub, spec, seed * 7919 + index * 97 + n)
        bound.append((spec, built))
    write_truth(root, sc.name, seed, sc.clean, bound, sc.planted)
    return sc.name


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    wanted = [i for i, make in enumerate(SCENARIOS) if not only or make.__name__ in only]
    if len(wanted) <= 1:
        return [_one(out, seed, i) for i in wanted]
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(_one, [out] * len(wanted), [seed] * len(wanted), wanted))
