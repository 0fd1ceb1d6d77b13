"""The jiashi family (multi-party contracts) generates consistent filings, and its selfcheck bites."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import cn2an
import pytest

from jianzheng.models import Declaration, Truth
from jianzheng_workshop.samples.jiashi import generate
from jianzheng_workshop.samples.jiashi.numerals import capital, read_capital
from jianzheng_workshop.samples.jiashi.people import credit_code, uscc_check
from jianzheng_workshop.samples.jiashi.selfcheck import check_one

NAMES = ["js02_consortium_share_clean", "js06_consortium_whole_price"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("jiashi")
    assert generate(out, 1, NAMES) == NAMES
    return out


def test_selfcheck_passes(corpus: Path) -> None:
    for name in NAMES:
        assert check_one(corpus / name) == [], name


def test_consortium_share_is_declared_and_whole_price_is_planted(corpus: Path) -> None:
    clean = Truth.model_validate_json((corpus / NAMES[0] / "truth.json").read_text(encoding="utf-8"))
    assert clean.clean and clean.findings == []
    decl = Declaration.model_validate_json(
        (corpus / NAMES[0] / "submission/declaration.json").read_text(encoding="utf-8")
    )
    contract = next(d for d in clean.documents if d.project_id == "P1" and d.type == "contract")
    # the row declares the firm's share, which is less than the consortium's whole price
    assert decl.projects[0].contract_amount < Decimal(contract.fields["contract_amount"])
    assert any(d.type == "other" and d.project_id == "P1" for d in clean.documents)  # the 联合体协议书

    planted = Truth.model_validate_json((corpus / NAMES[1] / "truth.json").read_text(encoding="utf-8"))
    [finding] = planted.findings
    assert finding.code == "AMOUNT_MISMATCH" and finding.project_id == "P1"
    decl = Declaration.model_validate_json(
        (corpus / NAMES[1] / "submission/declaration.json").read_text(encoding="utf-8")
    )
    contract = next(d for d in planted.documents if d.project_id == "P1" and d.type == "contract")
    assert decl.projects[0].contract_amount == Decimal(contract.fields["contract_amount"])
    assert finding.file == contract.file and finding.page in contract.pages
    printed = json.loads((corpus / NAMES[1] / "printed.json").read_text(encoding="utf-8"))
    share = Decimal(printed["facts"]["P1"]["earned"])
    page = printed["files"][finding.file]["pages"][finding.page - 1]
    text = "".join(line["text"] for line in page["lines"])
    assert f"{share:,.2f}" in text and share < decl.projects[0].contract_amount


def test_selfcheck_notices_a_dropped_finding_and_a_moved_page(corpus: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / NAMES[1]
    shutil.copytree(corpus / NAMES[1], copy)
    truth = json.loads((copy / "truth.json").read_text(encoding="utf-8"))
    truth["findings"][0]["page"] += 1
    (copy / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    assert any("derived findings" in p for p in check_one(copy))
    truth["findings"] = []
    (copy / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    assert check_one(copy)


def test_capital_numerals_and_credit_codes() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        amount = Decimal(rng.randint(1, 10**9)) / (100 if rng.random() < 0.3 else 1)
        amount = amount.quantize(Decimal("0.01"))
        words = capital(amount)
        assert read_capital(words) == amount
        assert words.replace("元零", "元") == cn2an.an2cn(str(amount), "rmb").replace("元零", "元")
    code = credit_code(rng, "653129")
    assert len(code) == 18 and code.startswith("91653129") and uscc_check(code[:17]) == code[17]
