"""The gongliu family: two born-digital filings of seed 1 generate, pass the selfcheck, carry the theme's
look-alikes (last year's column beside this year's; one report auditing two years, in 千元), and the
selfcheck catches a broken truth."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from jianzheng.models import Truth
from jianzheng_workshop.samples.gongliu import generate, selfcheck

NAMES = ["gl03_two_year_report_clean", "gl05_prior_year_revenue"]


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


def test_two_year_report_covers_both_years(corpus: Path) -> None:
    root = corpus / "gl03_two_year_report_clean"
    truth = _truth(root)
    assert truth.clean and not truth.findings
    (report,) = [d for d in truth.documents if d.type == "audit_report"]
    assert report.fields["fiscal_year"] == 2025 and not report.scanned
    audit = _printed(root)["audits"][0]
    assert audit["years"] == [2024, 2025] and audit["unit"] == "1000"
    declared = json.loads((root / "submission" / "declaration.json").read_text(encoding="utf-8"))
    for row in declared["finance"]:
        cell = next(
            c
            for c in audit["cells"]
            if c["statement"] == "income"
            and c["label"] == "一、营业收入"
            and c["header"] == f"{row['year']}年度"
        )
        printed = Decimal(cell["text"].replace(",", "")) * 1000
        exact = Decimal(row["operating_revenue"])
        assert printed != exact and abs(printed - exact) <= 500  # equal at 千元 precision only
    assert report.fields["operating_revenue"].endswith("000.00")


def test_selfcheck_fails_on_a_broken_truth(corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "gl05_prior_year_revenue"
    shutil.copytree(corpus / "gl05_prior_year_revenue", broken)
    data = json.loads((broken / "truth.json").read_text(encoding="utf-8"))
    data["findings"], data["clean"] = [], True
    (broken / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(broken)
    other = tmp_path / "gl03_two_year_report_clean"
    shutil.copytree(corpus / "gl03_two_year_report_clean", other)
    data = json.loads((other / "truth.json").read_text(encoding="utf-8"))
    report = next(d for d in data["documents"] if d["type"] == "audit_report")
    report["fields"]["operating_revenue"] = "1.00"
    (other / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(other)
