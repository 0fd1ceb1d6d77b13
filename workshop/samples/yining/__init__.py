"""yining: bilingual Uyghur–Chinese (and Kazakh–Chinese) papers of public bodies in 伊宁市 and the counties of
the Ili prefecture, filed by invented local system-integration firms (inspection year 2025).

``generate(out, seed, only)`` writes ``out/<name>/submission/`` and ``out/<name>/truth.json`` for each scenario;
scenario *i* draws from ``random.Random(seed * 1000 + i)``.
"""

from __future__ import annotations

import multiprocessing
import random
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from jianzheng.models import Code

from .filing import write
from .scenarios import SCENARIOS, Knobs, build

PLANTS: dict[str, tuple[Code, str | None, str, str]] = {
    "party": (
        Code.PARTY_MISMATCH,
        "P1",
        "contract:party",
        "甲方 prints 伊宁县人民医院; the row declares 伊宁市人民医院, whose Uyghur name the party block's second line keeps",
    ),
    "seal": (
        Code.SEAL_MISSING,
        "P1",
        "acceptance:acceptance",
        "项目验收报告 with both 盖章 blocks empty (signatures only)",
    ),
    "amount": (
        Code.AMOUNT_MISMATCH,
        "P1",
        "contract:amount",
        "declared contract_amount has two digits of the 万 part swapped against the contract's words and figures",
    ),
    "period": (
        Code.ACCEPTANCE_OUT_OF_PERIOD,
        "P1",
        "acceptance:acceptance",
        "accepted (and declared) in January 2026, inspection year 2025",
    ),
    "failed": (
        Code.ACCEPTANCE_NOT_PASSED,
        "P1",
        "acceptance:acceptance",
        "验收意见: 不同意通过验收，整改后重新组织验收",
    ),
    "licence": (
        Code.LICENSE_FIELD_MISMATCH,
        None,
        "licence",
        "the licence names another legal representative than the declaration",
    ),
}


def generate_one(k: Knobs, index: int, out: Path, seed: int) -> str:
    rng = random.Random(seed * 1000 + index)
    filing = build(k, rng)
    target = out / k.name
    if target.exists():
        shutil.rmtree(target)
    write(
        filing,
        out,
        rng,
        licence_jpg=k.licence_jpg,
        audit_scanned=k.audit_scanned,
        decl=k.decl,
        seed=seed,
        plant=PLANTS[k.plant] if k.plant else None,
    )
    return k.name


def generate(out: Path, seed: int = 1, only: list[str] | None = None, workers: int = 2) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written.

    Scenarios run on ``workers`` processes (each scenario owns its random stream, so the output does not
    depend on the order they finish in)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(k, index) for index, k in enumerate(SCENARIOS, start=1) if not only or k.name in only]
    if workers <= 1 or len(jobs) <= 1:
        return [generate_one(k, index, out, seed) for k, index in jobs]
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        futures = [pool.submit(generate_one, k, index, out, seed) for k, index in jobs]
        return [fut.result() for fut in futures]
