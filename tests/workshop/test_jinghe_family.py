"""The jinghe sample family (who the parties are as names vary): two filings generate, hold together,
plant where the truth says, and the selfcheck notices a broken truth."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from jianzheng.models import Truth
from jianzheng_workshop.samples.cli import FAMILIES
from jianzheng_workshop.samples.cli import generate as cli_generate
from jianzheng_workshop.samples.jinghe import selfcheck
from jianzheng_workshop.samples.jinghe.names import uscc_valid

NAMES = ["jh01_renamed_firm_clean", "jh05_lookalike_party_b"]


def _truth(root: Path) -> Truth:
    return Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))


def _decl(root: Path) -> dict:
    return json.loads((root / "submission" / "declaration.json").read_text(encoding="utf-8"))


def _printed(root: Path, file: str, page: int) -> str:
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    return "".join(r["text"] for r in printed["files"][file]["pages"][page - 1]["runs"])


def test_jinghe_filings_are_consistent(tmp_path: Path) -> None:
    assert "jinghe" in FAMILIES
    assert cli_generate(tmp_path, 1, NAMES, "jinghe") == NAMES
    assert selfcheck.main([str(tmp_path)]) == 0

    # jh01: the contract of P1 is signed under the former name, the licence carries the new one, and
    # the registrar's notice naming both is filed beside the licence; nothing is planted
    renamed = tmp_path / NAMES[0]
    t, decl = _truth(renamed), _decl(renamed)
    assert t.clean and t.findings == []
    lic = next(d for d in t.documents if d.type.value == "business_license")
    assert lic.fields["company_name"] == decl["enterprise"]["name"]
    assert (
        uscc_valid(lic.fields["credit_code"])
        and lic.fields["credit_code"] == decl["enterprise"]["credit_code"]
    )
    contract = next(d for d in t.documents if d.type.value == "contract" and d.project_id == "P1")
    assert contract.fields["party_b"] != decl["enterprise"]["name"]
    assert decl["enterprise"]["credit_code"] in _printed(renamed, contract.file, contract.pages[0])
    notice = next(d for d in t.documents if d.type.value == "other")
    assert notice.file == lic.file
    notice_text = _printed(renamed, notice.file, notice.pages[0])
    assert contract.fields["party_b"] in notice_text and decl["enterprise"]["name"] in notice_text
    accept = next(d for d in t.documents if d.type.value == "acceptance_report" and d.project_id == "P1")
    assert accept.fields["party_b"] == decl["enterprise"]["name"]
    assert contract.fields["signed_on"] < "2025-01-01" <= accept.fields["accepted_on"]

    # jh05: P1's 乙方 differs from the enterprise in one character of its name and in its code
    look = tmp_path / NAMES[1]
    t, decl = _truth(look), _decl(look)
    contract = next(d for d in t.documents if d.type.value == "contract" and d.project_id == "P1")
    assert not t.clean
    assert [(f.code.value, f.project_id, f.file, f.page) for f in t.findings] == [
        ("PARTY_MISMATCH", "P1", contract.file, contract.pages[0])
    ]
    mine, theirs = decl["enterprise"]["name"], contract.fields["party_b"]
    assert len(mine) == len(theirs) and sum(a != b for a, b in zip(mine, theirs, strict=True)) == 1
    page_text = _printed(look, contract.file, contract.pages[0])
    assert theirs in page_text and decl["enterprise"]["credit_code"] not in page_text
    accept = next(d for d in t.documents if d.type.value == "acceptance_report" and d.project_id == "P1")
    assert "party_b" not in accept.fields
    with pymupdf.open(look / "submission" / contract.file) as pdf:
        layer = pdf[contract.pages[0] - 1].get_text()
        assert (theirs in "".join(layer.split())) if not contract.scanned else not layer.strip()

    # the selfcheck is not a rubber stamp
    root = look
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    truth["findings"], truth["clean"] = [], True
    (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure, match="PARTY_MISMATCH"):
        selfcheck.check_filing(root)
    truth = json.loads((renamed / "truth.json").read_text(encoding="utf-8"))
    for d in truth["documents"]:
        if d["type"] == "contract" and d["project_id"] == "P1":
            d["fields"]["party_b"] = d["fields"]["party_b"][:-3] + "分公司"
    (renamed / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure, match="not printed"):
        selfcheck.check_filing(renamed)
    assert selfcheck.main([str(tmp_path)]) == 1
