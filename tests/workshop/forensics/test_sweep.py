"""The per-condition sweep: amounts pasted back into sample pages scanned with the optics' blur."""

from __future__ import annotations

import re

from jianzheng_workshop.forensics.sweep import amount_pages, sweep


def test_amounts_are_found_on_the_corpus_text_contracts(samples_dir):
    pages = amount_pages(samples_dir, limit=3)
    assert len(pages) == 3
    assert all(path.suffix == ".pdf" and amount[0].isdigit() for path, _, amount in pages)


def test_pastes_into_soft_scans_are_found_and_the_same_pages_unpasted_are_not(samples_dir):
    table = sweep(samples_dir, [0.8], pages=3)
    counts = re.findall(r"pastes found (\d)/3, clean pages warned (\d)/3", table)
    assert len(counts) == 2  # the page alone, and with its figures read
    assert all(int(found) >= 2 and warned == "0" for found, warned in counts)
