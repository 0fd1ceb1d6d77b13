"""`jianzheng bench` runs on the fixed page set and reports the numbers it promises."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from jianzheng.service.bench import REAL_DOCS, fixed_pages
from jianzheng.service.cli import app


def test_page_set_is_fixed(tmp_path):
    if not REAL_DOCS.is_dir():
        pytest.skip("../shared/real-docs is not here")
    first, second = fixed_pages(samples=tmp_path), fixed_pages(samples=tmp_path)
    assert [n for n, _ in first.text] == [n for n, _ in second.text]
    assert [n for n, _ in first.scans] == [n for n, _ in second.scans]
    assert first.text and first.scans


def test_bench_with_the_null_engine_reports_every_figure(tmp_path):
    if not REAL_DOCS.is_dir():
        pytest.skip("../shared/real-docs is not here")
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(
        app, ["bench", "--engine", "null", "--no-baseline", "--out", str(out), "--samples", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    numbers = json.loads(out.read_text(encoding="utf-8"))
    assert numbers["text_layer"]["pages"] > 0 and numbers["text_layer"]["mean_ms"] < 1000
    assert numbers["scanned"]["pages"] > 0
    assert numbers["submission"]["pages_per_s"] > 0
    assert numbers["peak_rss_mb"] > 0
