"""The gongliu family: two filings of seed 1 generate, pass the selfcheck, carry the theme's look-alikes
(last year's column beside this year's, 营业总收入 beside 营业收入, a workbook in 万元), and the selfcheck
catches a broken truth."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from jianzheng.models import Truth
from jianzheng_workshop.samples.gongliu import generate, selfcheck

NAMES = ["gl04_total_revenue_xlsx_clean", "gl05_prior_year_revenue"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gongliu")
    assert generate(out, 1, NAMES) == NAMES
    return out


def _truth(root: Path) -> Truth:
    return Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))


def _printed(root: Path) -> dict:
    return json.loads((root / "printed.json").read_text(encoding="utf-8"))


def test_selfcheck_passes(corpus: Path) -> None:
    assert selfcheck.main([str(corpus)]) == 0


def test_prior_year_column_declared(corpus: Path) -> None:
    root = corpus / "gl05_prior_year_revenue"
    truth = _truth(root)
    (finding,) = truth.findings
    assert finding.code == "AUDIT_FIGURE_MISMATCH" and finding.project_id is None
    audit = _printed(root)["audits"][0]
    assert audit["roles"][finding.page - 1] == "income_own"
    cells = [c for c in audit["cells"] if c["page"] == finding.page and c["label"] == "一、营业收入"]
    current = next(c for c in cells if c["header"] == "本期金额")
    prior = next(c for c in cells if c["header"] == "上期金额")
    declared = json.loads((root / "submission" / "declaration.json").read_text(encoding="utf-8"))
    assert declared["finance"][0]["operating_revenue"] == prior["value"] != current["value"]
    report = next(d for d in truth.documents if d.type == "audit_report")
    assert report.fields["operating_revenue"] == current["value"] and not report.scanned


def test_total_revenue_lookalike_is_clean(corpus: Path) -> None:
    root = corpus / "gl04_total_revenue_xlsx_clean"
    truth = _truth(root)
    assert truth.clean and not truth.findings
    assert (root / "submission" / "declaration.xlsx").exists()
    audit = _printed(root)["audits"][0]
    cells = {
        c["label"]: c for c in audit["cells"] if c["statement"] == "income" and c["header"] == "本期金额"
    }
    assert Decimal(cells["一、营业总收入"]["value"]) > Decimal(cells["其中：营业收入"]["value"])
    report = next(d for d in truth.documents if d.type == "audit_report")
    assert report.scanned and report.fields["operating_revenue"] == cells["其中：营业收入"]["value"]
    assert "system_integration_revenue" not in report.fields  # the note prints no 系统集成收入 subtotal


def test_selfcheck_fails_on_a_broken_truth(corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "gl05_prior_year_revenue"
    shutil.copytree(corpus / "gl05_prior_year_revenue", broken)
    data = json.loads((broken / "truth.json").read_text(encoding="utf-8"))
    data["findings"], data["clean"] = [], True
    (broken / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(broken)
    other = tmp_path / "gl04_total_revenue_xlsx_clean"
    shutil.copytree(corpus / "gl04_total_revenue_xlsx_clean", other)
    data = json.loads((other / "truth.json").read_text(encoding="utf-8"))
    report = next(d for d in data["documents"] if d["type"] == "audit_report")
    report["fields"]["operating_revenue"] = "1.00"
    (other / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(other)
