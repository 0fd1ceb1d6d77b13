"""The eleven filings in the order their seeds are drawn: scenario i uses random.Random(seed * 1000 + i)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .clean import lt01_archive_copies, lt02_fax_received, lt03_bw_reprints, lt04_mixed_good_poor
from .planted import (
    lt05_fax_amount,
    lt06_copy_party,
    lt07_archive_2023,
    lt08_copy_no_seal,
    lt09_pasted_amount,
    lt10_reused_acceptance,
    lt11_old_licence,
)

Scenario = Callable[[int, int, Path], str]

SCENARIOS: tuple[Scenario, ...] = (
    lt01_archive_copies,
    lt02_fax_received,
    lt03_bw_reprints,
    lt04_mixed_good_poor,
    lt05_fax_amount,
    lt06_copy_party,
    lt07_archive_2023,
    lt08_copy_no_seal,
    lt09_pasted_amount,
    lt10_reused_acceptance,
    lt11_old_licence,
)
