"""The bachu family (invoices as project evidence) generates consistent filings, and its selfcheck bites."""

from __future__ import annotations

import json
import random
import shutil
from decimal import Decimal
from pathlib import Path

import cn2an
import pytest

from jianzheng.models import Truth
from jianzheng_workshop.samples.bachu import generate
from jianzheng_workshop.samples.bachu.numerals import capital, read_capital
from jianzheng_workshop.samples.bachu.people import credit_code, uscc_valid
from jianzheng_workshop.samples.bachu.selfcheck import check_one

NAMES = ["bc03_awat_ofd_xml_clean", "bc06_tumxuk_qr_amount"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bachu")
    assert generate(out, 1, NAMES) == NAMES
    return out


def _truth(root: Path) -> Truth:
    return Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))


def test_selfcheck_passes(corpus: Path) -> None:
    for name in NAMES:
        assert check_one(corpus / name) == [], name


def test_ofd_xml_and_workbook_filing_is_clean(corpus: Path) -> None:
    root = corpus / NAMES[0]
    truth = _truth(root)
    assert truth.clean and truth.findings == []
    sub = root / "submission"
    assert (sub / "declaration.xlsx").exists() and not (sub / "declaration.json").exists()
    invoices = [d for d in truth.documents if d.type == "invoice"]
    suffixes = sorted(Path(d.file).suffix for d in invoices)
    assert suffixes == [".ofd", ".pdf", ".xml"]
    xml = next(d for d in invoices if d.file.endswith(".xml"))
    assert "qr" not in xml.fields and xml.pages == [1]
    # the works contract's one invoice: 金额 below the contract, 价税合计 equal to it
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    p2 = next(i for i in printed["invoices"] if i["project_id"] == "P2")
    amount = Decimal(printed["facts"]["projects"]["P2"]["contract_amount"])
    assert Decimal(p2["amount"]) < amount == Decimal(p2["total"])
    assert {ln["rate"] for ln in p2["lines"]} == {"0.09", "0.13"}


def test_qr_plant_is_where_truth_says(corpus: Path) -> None:
    root = corpus / NAMES[1]
    truth = _truth(root)
    [finding] = truth.findings
    assert finding.code == "QR_MISMATCH" and finding.project_id == "P1" and finding.page == 1
    doc = next(d for d in truth.documents if d.file == finding.file)
    payload_amount = Decimal(doc.fields["qr"].split(",")[4])
    assert payload_amount * 10 == pytest.approx(Decimal(doc.fields["total_amount"]), abs=Decimal("0.1"))
    assert finding.note.startswith("warning:")


def test_selfcheck_notices_broken_truth(corpus: Path, tmp_path: Path) -> None:
    copy = tmp_path / NAMES[1]
    shutil.copytree(corpus / NAMES[1], copy)
    path = copy / "truth.json"
    truth = json.loads(path.read_text(encoding="utf-8"))
    truth["findings"][0]["page"] = 2
    path.write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    assert any("derived findings" in p for p in check_one(copy))
    truth["findings"] = []
    invoice = next(d for d in truth["documents"] if d["type"] == "invoice")
    invoice["fields"]["total_amount"] = "1.00"
    path.write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    problems = check_one(copy)
    assert any("not printed" in p for p in problems) and any("derived findings" in p for p in problems)


def test_capital_numerals_and_credit_codes() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        amount = (Decimal(rng.randint(1, 10**11)) / 100).quantize(Decimal("0.01"))
        words = capital(amount, "圆")
        assert read_capital(words) == amount
        whole = amount.to_integral_value(rounding="ROUND_DOWN")
        if whole:  # an independent reader agrees on the yuan part
            yuan = capital(whole, "元").removesuffix("整")
            assert Decimal(str(cn2an.cn2an(yuan, "smart"))) == whole
    for region in ("653130", "659003", "652928", "652929"):
        for prefix in ("91", "11"):
            code = credit_code(rng, region, prefix)
            assert uscc_valid(code) and code[2:8] == region


def test_registered_with_the_samples_command() -> None:
    from jianzheng_workshop.samples.cli import FAMILIES

    assert "bachu" in FAMILIES
