"""`jianzheng-dev evaluate` on a tiny synthetic sample set built in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from typer.testing import CliRunner

from jianzheng_workshop.cli import app

DECLARATION = {
    "enterprise": {"name": "新疆天山云数信息技术有限公司", "inspection_year": 2024},
    "projects": [
        {
            "id": "P1",
            "name": "政务云平台建设项目",
            "fees": {"software_development": "100.00"},
            "services_total": "100.00",
            "contract_amount": "100.00",
        }
    ],
}


def write_pdf(path: Path, pages: list[str]) -> None:
    """A text-layer PDF with one Chinese line per page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page()
        page.insert_text((72, 72), text, fontname="china-s", fontsize=16)
    doc.save(path)


def make_sample(root: Path, name: str, *, declaration: bool, clean: bool, findings: list[dict]) -> None:
    submission = root / name / "submission"
    write_pdf(
        submission / "scan_01.pdf",
        [
            "技术服务合同 甲方：乌鲁木齐市某区数据局 乙方：新疆天山云数信息技术有限公司",
            "合同金额：人民币壹佰元整（¥100.00），双方签字盖章后生效。",
        ],
    )
    if declaration:
        (submission / "declaration.json").write_text(
            json.dumps(DECLARATION, ensure_ascii=False), encoding="utf-8"
        )
    truth = {
        "schema": "jianzheng.truth/1",
        "name": name,
        "clean": clean,
        "pages": [
            {"file": "scan_01.pdf", "page": 1, "type": "contract", "document": "T1"},
            {"file": "scan_01.pdf", "page": 2, "type": "contract", "document": "T1"},
        ],
        "documents": [
            {
                "id": "T1",
                "file": "scan_01.pdf",
                "pages": [1, 2],
                "type": "contract",
                "project_id": "P1",
                "fields": {"contract_amount": "100.00"},
            }
        ],
        "findings": findings,
    }
    (root / name / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def sample_set(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("JIANZHENG_DATA", str(tmp_path / "data"))
    root = tmp_path / "set"
    make_sample(root, "a_clean", declaration=True, clean=True, findings=[])
    make_sample(root, "b_nodecl", declaration=False, clean=False, findings=[{"code": "MISSING_DECLARATION"}])
    (root / "not_a_sample").mkdir()
    return root


def test_evaluate_prints_the_tables_and_writes_json(sample_set, tmp_path):
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["evaluate", str(sample_set), "--json", str(out), "--no-cache", "-v"])
    assert result.exit_code == 0, result.output
    assert "page-type accuracy" in result.stdout
    assert "MISSING_DECLARATION" in result.stdout
    assert "finding mistakes per sample" in result.stdout
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert [s["name"] for s in scores["samples"]] == ["a_clean", "b_nodecl"]
    assert scores["failed"] == 0
    assert scores["page_types"]["total"] == 4
    assert scores["findings"]["MISSING_DECLARATION"]["recall"] == 1.0
    assert scores["clean_samples"] == 1
    assert scores["findings_all"]["tp"] >= 1
    assert scores["fields"]["contract.contract_amount"]["text"]["total"] == 2


def test_evaluate_limit_scores_only_the_first_samples(sample_set, tmp_path):
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(
        app, ["evaluate", str(sample_set), "--limit", "1", "--json", str(out), "--ocr-engine", "null"]
    )
    assert result.exit_code == 0, result.output
    assert [s["name"] for s in json.loads(out.read_text())["samples"]] == ["a_clean"]


def test_evaluate_only_picks_samples_by_name(sample_set, tmp_path):
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(
        app, ["evaluate", str(sample_set), "--only", "nodecl", "--json", str(out), "--ocr-engine", "null"]
    )
    assert result.exit_code == 0, result.output
    assert [s["name"] for s in json.loads(out.read_text())["samples"]] == ["b_nodecl"]


def test_evaluate_without_samples_is_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
    missing = CliRunner().invoke(app, ["evaluate", str(tmp_path / "nope")])
    assert missing.exit_code == 2
    assert "no such sample set" in missing.stderr
