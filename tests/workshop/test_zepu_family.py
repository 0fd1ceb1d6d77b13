"""The zepu family: three filings of seed 1 generate, pass the selfcheck, plant where truth says, show the
theme's pen and stamp work, and the selfcheck catches a broken truth."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from jianzheng.models import Truth
from jianzheng_workshop.samples.zepu import generate, selfcheck

NAMES = ["zp03_initialled_correction_clean", "zp06_cloned_seal", "zp07_failed_by_pen"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("zepu")
    assert generate(out, 1, NAMES) == NAMES
    return out


def _truth(root: Path) -> Truth:
    return Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))


def _marks(root: Path, file: str, page: int) -> list[dict]:
    record = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    return record["files"][file][page - 1]["marks"]


def test_selfcheck_passes(corpus: Path) -> None:
    assert selfcheck.main([str(corpus)]) == 0


def test_every_attachment_is_a_scan(corpus: Path) -> None:
    for name in NAMES:
        truth = _truth(corpus / name)
        assert truth.pages and all(page.scanned for page in truth.pages)


def test_clean_filing_carries_an_initialled_price_correction(corpus: Path) -> None:
    root = corpus / "zp03_initialled_correction_clean"
    truth = _truth(root)
    assert truth.clean and not truth.findings
    record = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    plant = record["plants"][0]
    assert plant["kind"] == "honest_correction"
    contract = next(d for d in truth.documents if d.type == "contract" and d.project_id == "P1")
    assert contract.fields["contract_amount"] == plant["written"] != plant["struck"]
    kinds = {m["kind"] for m in _marks(root, contract.file, 1)}
    assert {"strike", "correction_stamp"} <= kinds
    declared = json.loads((root / "submission" / "declaration.json").read_text(encoding="utf-8"))
    assert declared["projects"][0]["contract_amount"] == plant["written"]


def test_cloned_seal_planted_on_the_acceptance_page(corpus: Path) -> None:
    root = corpus / "zp06_cloned_seal"
    truth = _truth(root)
    (finding,) = truth.findings
    assert finding.code == "IMAGE_TAMPERED" and finding.page == 4
    page = next(p for p in truth.pages if p.file == finding.file and p.page == 4)
    assert page.type == "acceptance_report"
    seals = [m for m in _marks(root, finding.file, 4) if m["kind"] == "seal"]
    clones = [m for m in seals if "cloned_from" in m]
    assert len(clones) == 1
    assert sum(m["wear_seed"] == clones[0]["wear_seed"] for m in seals) == 2


def test_failed_acceptance_ticked_by_pen(corpus: Path) -> None:
    root = corpus / "zp07_failed_by_pen"
    truth = _truth(root)
    (finding,) = truth.findings
    assert finding.code == "ACCEPTANCE_NOT_PASSED" and finding.file.endswith(".jpg")
    acceptance = next(d for d in truth.documents if d.file == finding.file)
    assert acceptance.fields["conclusion"] == "failed"
    record = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    runs = record["files"][finding.file][0]["runs"]
    assert any(r["kind"] == "hand" and "不满足合同要求" in r["text"] for r in runs)
    assert any(m["kind"] == "fingerprint" for m in _marks(root, finding.file, 1))
    assert sum(m["kind"] == "tick" for m in _marks(root, finding.file, 1)) == 2


def test_selfcheck_fails_on_a_broken_truth(corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "zp07_failed_by_pen"
    shutil.copytree(corpus / "zp07_failed_by_pen", broken)
    data = json.loads((broken / "truth.json").read_text(encoding="utf-8"))
    data["findings"] = []
    data["clean"] = True
    (broken / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(broken)
    data = json.loads(
        (corpus / "zp03_initialled_correction_clean" / "truth.json").read_text(encoding="utf-8")
    )
    contract = next(d for d in data["documents"] if d["type"] == "contract")
    contract["fields"]["contract_amount"] = "1.00"
    other = tmp_path / "zp03"
    shutil.copytree(corpus / "zp03_initialled_correction_clean", other)
    (other / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(other)
