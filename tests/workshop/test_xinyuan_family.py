"""The xinyuan family: two filings of seed 1 generate, pass the selfcheck, carry their bilingual plant where truth
says, and the selfcheck catches a broken truth."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest

from jianzheng.models import Truth
from jianzheng_workshop.samples.xinyuan import generate, selfcheck
from jianzheng_workshop.samples.xinyuan.numerals import figures, read_ug_words

NAMES = ["xy05_amount_chinese_changed", "xy09_acceptance_rectify"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xinyuan")
    assert generate(out, 1, NAMES) == NAMES
    return out


def _truth(root: Path) -> Truth:
    return Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))


def test_selfcheck_passes(corpus: Path) -> None:
    assert selfcheck.main([str(corpus)]) == 0


def test_chinese_price_differs_while_the_uyghur_clause_keeps_the_declared_one(corpus: Path) -> None:
    root = corpus / "xy05_amount_chinese_changed"
    truth = _truth(root)
    (finding,) = truth.findings
    assert finding.code == "AMOUNT_MISMATCH" and finding.project_id == "P1" and finding.page == 1
    declared = json.loads((root / "submission" / "declaration.json").read_text(encoding="utf-8"))
    declared_amount = Decimal(declared["projects"][0]["contract_amount"])
    contract = next(d for d in truth.documents if d.type == "contract" and d.project_id == "P1")
    printed_amount = Decimal(contract.fields["contract_amount"])
    assert printed_amount < declared_amount
    text = pymupdf.open(root / "submission" / contract.file)[0].get_text()
    assert figures(printed_amount) in text and figures(declared_amount) not in text
    record = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    runs = record["files"][contract.file][0]["runs"]
    clause = next(r for r in runs if r["tag"] == "amount_second")
    assert clause["lang"] == "ug" and read_ug_words(clause["text"]) == int(declared_amount)
    assert any("以汉文文本为准" in r["text"] for r in record["files"][contract.file][1]["runs"])


def test_failed_acceptance_is_a_bilingual_scan(corpus: Path) -> None:
    root = corpus / "xy09_acceptance_rectify"
    truth = _truth(root)
    (finding,) = truth.findings
    assert finding.code == "ACCEPTANCE_NOT_PASSED" and finding.page == 3
    acceptance = next(d for d in truth.documents if d.type == "acceptance_report" and d.project_id == "P1")
    assert acceptance.fields["conclusion"] == "failed" and acceptance.scanned
    assert not pymupdf.open(root / "submission" / acceptance.file)[2].get_text().strip()
    record = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    langs = {r["lang"] for r in record["files"][acceptance.file][2]["runs"]}
    assert {"zh", "ug", "sym"} <= langs


def test_selfcheck_fails_on_a_broken_truth(corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "xy09_acceptance_rectify"
    shutil.copytree(corpus / "xy09_acceptance_rectify", broken)
    data = json.loads((broken / "truth.json").read_text(encoding="utf-8"))
    data["findings"] = []
    data["clean"] = True
    (broken / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(broken)
    other = tmp_path / "xy05"
    shutil.copytree(corpus / "xy05_amount_chinese_changed", other)
    data = json.loads((other / "truth.json").read_text(encoding="utf-8"))
    contract = next(d for d in data["documents"] if d["type"] == "contract")
    contract["fields"]["contract_amount"] = "1.00"
    (other / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(other)
