"""The jimunai sample family writes consistent filings (its own selfcheck), without the checker."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from jianzheng.models.truth import Truth
from jianzheng_workshop.samples.jimunai import generate
from jianzheng_workshop.samples.jimunai.selfcheck import check_filing

NAMES = ["jm02_twoup_clean", "jm05_amount_sideways", "jm07_accept_2026_twoup"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("jimunai")
    assert generate(out, 1, NAMES) == NAMES
    return out


def _truth(folder: Path) -> Truth:
    return Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))


def _geometry(folder: Path, file: str, page: int) -> dict:
    printed = json.loads((folder / "printed.json").read_text(encoding="utf-8"))
    return printed["files"][file][page - 1]


@pytest.mark.parametrize("name", NAMES)
def test_selfcheck_passes(corpus: Path, name: str) -> None:
    assert check_filing(corpus / name) == []


def test_clean_filing_has_two_up_sheets_and_no_findings(corpus: Path) -> None:
    folder = corpus / "jm02_twoup_clean"
    truth = _truth(folder)
    assert truth.clean and truth.findings == []
    modes = {
        rec["geometry"]["mode"]
        for records in json.loads((folder / "printed.json").read_text(encoding="utf-8"))["files"].values()
        for rec in records
    }
    assert {"twoup", "book", "small"} <= modes
    # the signature page beside the acceptance report: one sheet, two documents
    shared = [
        (d1.file, p)
        for d1 in truth.documents
        for d2 in truth.documents
        if d1.id < d2.id
        for p in set(d1.pages) & set(d2.pages)
        if d1.file == d2.file
    ]
    assert shared


def test_amount_plant_sits_on_a_sideways_page(corpus: Path) -> None:
    folder = corpus / "jm05_amount_sideways"
    truth = _truth(folder)
    (finding,) = truth.findings
    assert finding.code == "AMOUNT_MISMATCH" and finding.project_id == "P1"
    assert finding.file is not None and finding.page is not None
    geo = _geometry(folder, finding.file, finding.page)
    assert geo["geometry"]["turn"] == 90
    page = pymupdf.open(folder / "submission" / finding.file)[finding.page - 1]
    assert page.rect.width > page.rect.height  # a portrait contract page stored sideways
    assert page.get_text().strip() == ""
    contract = next(d for d in truth.documents if d.type == "contract" and d.project_id == "P1")
    declared = json.loads((folder / "submission" / "declaration.json").read_text(encoding="utf-8"))
    row = declared["projects"][0]
    assert row["contract_amount"] != contract.fields["contract_amount"]
    assert "fees" not in contract.fields  # not itemised: only the amount can disagree


def test_out_of_period_acceptance_is_on_an_a3_two_up_sheet(corpus: Path) -> None:
    folder = corpus / "jm07_accept_2026_twoup"
    (finding,) = _truth(folder).findings
    assert finding.code == "ACCEPTANCE_OUT_OF_PERIOD" and finding.project_id == "P2"
    assert finding.file is not None and finding.page is not None
    rec = _geometry(folder, finding.file, finding.page)
    assert rec["geometry"]["mode"] == "twoup"
    assert [p["paper"] for p in rec["parts"]] == ["合同签字页", "项目验收报告"]
    assert any(line.startswith("2026年1月") for line in rec["parts"][1]["lines"])


def test_selfcheck_catches_a_moved_plant(corpus: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "jm05_amount_sideways"
    shutil.copytree(corpus / "jm05_amount_sideways", folder)
    data = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    data["findings"][0]["page"] += 1
    (folder / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    errors = check_filing(folder)
    assert any("derived findings" in e for e in errors)
