"""The nileke family: two filings of seed 1 generate, pass the selfcheck, carry the theme's papers where truth says,
and the selfcheck catches a broken truth."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from jianzheng.models import Truth
from jianzheng_workshop.samples.nileke import generate, selfcheck

NAMES = ["nk07_reduction_not_declared", "nk08_framework_ceiling_only"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("nileke")
    assert generate(out, 1, NAMES) == NAMES
    return out


def _truth(root: Path) -> Truth:
    return Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))


def _declared(root: Path) -> dict:
    return json.loads((root / "submission" / "declaration.json").read_text(encoding="utf-8"))


def test_selfcheck_passes(corpus: Path) -> None:
    assert selfcheck.main([str(corpus)]) == 0


def test_reduction_supplement_is_bound_and_the_row_keeps_the_original_price(corpus: Path) -> None:
    root = corpus / "nk07_reduction_not_declared"
    truth = _truth(root)
    (finding,) = truth.findings
    assert finding.code == "AMOUNT_MISMATCH" and finding.project_id == "P1" and finding.page == 4
    contract = next(d for d in truth.documents if d.type == "contract" and d.project_id == "P1")
    assert contract.pages == [1, 2, 3, 4]
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    facts = printed["documents"][contract.id]["facts"]["amendment"]
    assert facts["reduce"] and contract.fields["contract_amount"] == facts["new_total"]
    declared = _declared(root)["projects"][0]["contract_amount"]
    assert declared == facts["base_amount"] != facts["new_total"]
    runs = "".join(r["text"] for r in printed["files"][contract.file][3]["runs"])
    assert "核减" in runs and "调整后合同总价" in runs


def test_framework_ceiling_is_the_only_figure(corpus: Path) -> None:
    root = corpus / "nk08_framework_ceiling_only"
    truth = _truth(root)
    (finding,) = truth.findings
    assert finding.code == "NEEDS_REVIEW" and finding.project_id == "P1" and finding.page == 1
    contracts = [d for d in truth.documents if d.type == "contract" and d.project_id == "P1"]
    assert len(contracts) == 1 and "contract_amount" not in contracts[0].fields
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    ceiling = printed["documents"][contracts[0].id]["facts"]["ceiling"]
    assert _declared(root)["projects"][0]["contract_amount"] == ceiling
    runs = "".join(r["text"] for r in printed["files"][contracts[0].file][0]["runs"])
    assert "不超过" in runs and f"{Decimal(ceiling):,.2f}" in runs


def test_selfcheck_fails_on_a_broken_truth(corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "nk08_framework_ceiling_only"
    shutil.copytree(corpus / "nk08_framework_ceiling_only", broken)
    data = json.loads((broken / "truth.json").read_text(encoding="utf-8"))
    data["findings"] = []
    data["clean"] = True
    (broken / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(broken)
    other = tmp_path / "nk07_reduction_not_declared"
    shutil.copytree(corpus / "nk07_reduction_not_declared", other)
    data = json.loads((other / "truth.json").read_text(encoding="utf-8"))
    contract = next(d for d in data["documents"] if d["type"] == "contract")
    contract["fields"]["contract_amount"] = _declared(other)["projects"][0]["contract_amount"]
    (other / "truth.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(other)
