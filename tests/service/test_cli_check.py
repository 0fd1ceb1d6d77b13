"""`jianzheng check`: exit codes, the summary, --json, --out and --html."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from jianzheng.models import ProjectStatus, ProjectVerdict, Report
from jianzheng.service.cli import app, print_summary

DECLARATION = {
    "enterprise": {"name": "新疆天山云数信息技术有限公司", "inspection_year": 2024},
    "projects": [
        {
            "id": "P1",
            "name": "政务云平台建设项目",
            "fees": {"software_development": "1500000.00"},
            "services_total": "1500000.00",
            "contract_amount": "2450000.00",
        }
    ],
}


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JIANZHENG_DATA", str(tmp_path / "data"))


@pytest.fixture
def declared_only(tmp_path) -> Path:
    folder = tmp_path / "sub"
    folder.mkdir()
    (folder / "declaration.json").write_text(json.dumps(DECLARATION, ensure_ascii=False), encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_a_path_that_does_not_exist_is_exit_2_with_one_line(tmp_path):
    result = run("check", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("jianzheng: ")
    assert "Traceback" not in result.output


def test_an_empty_folder_is_exit_2(tmp_path):
    result = run("check", tmp_path)
    assert result.exit_code == 2
    assert "nothing to check" in result.stderr


def test_a_file_instead_of_a_folder_is_exit_2(tmp_path):
    path = tmp_path / "declaration.json"
    path.write_text("{}", encoding="utf-8")
    assert run("check", path).exit_code == 2


def test_a_folder_with_only_a_declaration_is_checked(declared_only):
    result = run("check", declared_only)
    assert result.exit_code == 0, result.output
    assert "新疆天山云数信息技术有限公司" in result.stdout
    assert "P1" in result.stdout and "missing" in result.stdout
    assert "DECLARED_SUM_MISMATCH" in result.stdout  # 1500000 of fees against 2450000 declared


def test_json_prints_the_report(declared_only):
    result = run("check", declared_only, "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["schema"] == "jianzheng.report/1"
    assert [p["status"] for p in report["projects"]] == ["missing"]
    # A finding on the declared rows points the reviewer at the declaration file itself.
    [sums] = [f for f in report["findings"] if f["code"] == "DECLARED_SUM_MISMATCH"]
    assert sums["evidence"][0]["file"] == "declaration.json"


def test_out_and_html_write_files(declared_only, tmp_path):
    out, html = tmp_path / "r.json", tmp_path / "r.html"
    result = run("check", declared_only, "--out", out, "--html", html)
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["submission"]["inspection_year"] == 2024
    page = html.read_text(encoding="utf-8")
    assert "政务云平台建设项目" in page and "缺少材料" in page


def test_out_and_html_folders_are_made_as_needed(declared_only, tmp_path):
    # `make demo` on a fresh clone writes into out/, which does not exist yet.
    out, html = tmp_path / "out" / "r.json", tmp_path / "out" / "html" / "r.html"
    assert run("check", declared_only, "--out", out, "--html", html).exit_code == 0
    assert out.is_file() and html.is_file()


def test_an_invalid_declaration_is_a_finding_not_a_failure(tmp_path):
    folder = tmp_path / "sub"
    folder.mkdir()
    (folder / "declaration.json").write_text('{"enterprise": {"name": 1}}', encoding="utf-8")
    result = run("check", folder, "--json")
    assert result.exit_code == 0
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert "DECLARATION_INVALID" in codes


@pytest.mark.parametrize("status", list(ProjectStatus))
def test_the_summary_marks_every_row_status(status):
    # A row a check could not decide (review) prints like any other: the summary never crashes.
    report = Report(projects=[ProjectVerdict(project_id="P1", status=status)])
    out = StringIO()
    print_summary(report, Console(file=out, width=120))
    assert "P1" in out.getvalue()
