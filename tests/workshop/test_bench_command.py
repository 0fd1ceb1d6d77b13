"""`jianzheng-dev bench` runs on the fixed page set and reports the numbers it promises."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from jianzheng_workshop.bench import fixed_pages
from jianzheng_workshop.cli import app


def test_page_set_is_fixed(tmp_path, real_docs):
    first, second = fixed_pages(tmp_path, real_docs), fixed_pages(tmp_path, real_docs)
    assert [n for n, _ in first.text] == [n for n, _ in second.text]
    assert [n for n, _ in first.scans] == [n for n, _ in second.scans]
    assert first.text and first.scans


def test_bench_with_the_null_engine_reports_every_figure(tmp_path, real_docs):
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(
        app,
        [
            "bench",
            "--real-docs",
            str(real_docs),
            "--engine",
            "null",
            "--no-baseline",
            "--out",
            str(out),
            "--samples",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    numbers = json.loads(out.read_text(encoding="utf-8"))
    assert numbers["text_layer"]["pages"] > 0 and numbers["text_layer"]["mean_ms"] < 1000
    assert numbers["scanned"]["pages"] > 0
    assert numbers["submission"]["pages_per_s"] > 0
    assert numbers["peak_rss_mb"] > 0


def test_bench_names_the_real_documents_it_needs(tmp_path):
    missing = CliRunner().invoke(app, ["bench", "--engine", "null", "--samples", str(tmp_path)])
    assert missing.exit_code == 2 and "--real-docs" in missing.output
    nowhere = CliRunner().invoke(app, ["bench", "--real-docs", str(tmp_path / "nope"), "--engine", "null"])
    assert nowhere.exit_code == 2 and "no folder" in nowhere.output
