"""fukang: born-digital filings whose structure is not plain text on a page (forms, stamp annotations, rotated
and cropped pages, layers, fonts without ToUnicode, embedded and separate XML invoices, incremental updates)."""

from __future__ import annotations

import shutil
from pathlib import Path


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    from .scenarios import SCENARIOS

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for scenario in SCENARIOS:
        if only and scenario.__name__ not in only:
            continue
        filing = scenario(seed)
        target = out / filing.name
        if target.exists():
            shutil.rmtree(target)
        filing.write(out)
        written.append(filing.name)
    return written
