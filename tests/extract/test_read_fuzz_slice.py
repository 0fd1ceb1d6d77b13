"""A slice of the hostile corpus (`jianzheng fuzz`): no crash, no hang, every file read or refused."""

from __future__ import annotations

import pytest

from jianzheng.service.fuzz import build_corpus, default_folders, run_corpus, seed_files


def test_thirty_hostile_files_neither_crash_nor_hang(tmp_path):
    if not seed_files(default_folders()):
        pytest.skip("no seed files (samples/corpus or ../shared/real-docs)")
    files = build_corpus(tmp_path, count=30, seed=7, folders=default_folders())
    result = run_corpus(files, timeout=30, max_pages=1)
    assert result["files"] == 30
    assert result["crashes"] == 0, result["problems"]
    assert result["hangs"] == 0, result["problems"]
    assert result["read"] + result["unreadable"] == 30
