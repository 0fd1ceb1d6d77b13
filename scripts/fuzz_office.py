"""Mutated Word and Excel files read without the pipeline's net: crashes are exceptions other than
UnreadableFile. Two kinds: mutated bytes of the whole package (zip damage), and well-zipped
packages with one XML part mutated (parser damage). Seeds come from tests/extract/office_files.py.

    .venv/bin/python scripts/fuzz_office.py [COUNT]
"""

from __future__ import annotations

import collections
import io
import random
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "extract"))

from office_files import contract_docx, statement_xlsx

from jianzheng.extract.read import source_pages
from jianzheng.extract.reading_rules import rules
from jianzheng.models.errors import UnreadableFile
from jianzheng_workshop.fuzz import bit_flips, overwrite_block, splice_header, truncate

Mutator = Callable[[bytes, random.Random], bytes]


def mutate_part(data: bytes, rnd: random.Random) -> bytes:
    """The package re-zipped with one XML part's bytes mutated."""
    source = zipfile.ZipFile(io.BytesIO(data))
    victim = rnd.choice([n for n in source.namelist() if n.endswith((".xml", ".rels"))])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            body = source.read(name)
            if name == victim:
                body = rnd.choice([bit_flips, truncate, overwrite_block])(body, rnd)
            target.writestr(name, body)
    return out.getvalue()


def run(count: int, mutators: list[Mutator], seed: int) -> str:
    """Read ``count`` mutated files; a line of counts, the slowest read and the crashes."""
    rnd = random.Random(seed)
    seeds = [contract_docx(), statement_xlsx()]
    tally: collections.Counter[str] = collections.Counter()
    crashes: collections.Counter[str] = collections.Counter()
    slowest = 0.0
    for _ in range(count):
        data = rnd.choice(mutators)(rnd.choice(seeds), rnd)
        started = time.perf_counter()
        try:
            list(source_pages(data, rules()))
            tally["read"] += 1
        except UnreadableFile:
            tally["unreadable"] += 1
        except Exception as exc:  # what this script counts
            tally["crash"] += 1
            crashes[f"{type(exc).__name__}: {str(exc)[:100]}"] += 1
        slowest = max(slowest, time.perf_counter() - started)
    lines = [f"{dict(tally)}, slowest {slowest:.2f} s"] + [f"  {n} {k}" for k, n in crashes.most_common(10)]
    return "\n".join(lines)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    print("package bytes:", run(count, [bit_flips, truncate, overwrite_block, splice_header], seed=0))
    print("XML parts:    ", run(count, [mutate_part], seed=1))
