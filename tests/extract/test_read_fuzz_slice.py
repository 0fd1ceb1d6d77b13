"""A slice of the hostile corpus (`jianzheng-dev fuzz`): no crash, no hang, every file read or refused."""

from __future__ import annotations

import pytest
from conftest import REAL_DOCS, SAMPLES

from jianzheng_workshop.fuzz import build_corpus, run_corpus, seed_files

# The committed samples and, where present, ../shared/real-docs (what the README's fuzz run mutates).
FOLDERS = [SAMPLES, REAL_DOCS]


def test_thirty_hostile_files_neither_crash_nor_hang(tmp_path):
    if not seed_files(FOLDERS):
        pytest.skip("no seed files (samples/corpus or ../shared/real-docs)")
    files = build_corpus(tmp_path, count=30, seed=7, folders=FOLDERS)
    result = run_corpus(files, timeout=30, max_pages=1)
    assert result["files"] == 30
    assert result["crashes"] == 0, result["problems"]
    assert result["hangs"] == 0, result["problems"]
    assert result["read"] + result["unreadable"] == 30
