"""The wild sample family: deterministic, its truth valid and complete, its plants listed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from jianzheng.models import Truth
from jianzheng_workshop.samples.wild import generate
from jianzheng_workshop.samples.wild.acceptance import PASSES
from jianzheng_workshop.samples.wild.numerals import capital, in_units, upper_date

SMALL = ["w06_acceptance", "w09_forensics"]


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _pages(path: Path) -> int:
    if path.suffix == ".pdf":
        return len(pymupdf.open(path))
    if path.suffix == ".docx":
        return 2
    with Image.open(path) as image:
        return getattr(image, "n_frames", 1)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wild")
    assert generate(out, seed=3, only=SMALL) == SMALL
    return out


def test_generation_is_deterministic(generated: Path, tmp_path: Path) -> None:
    # w09 holds the incrementally saved PDF, whose /ID must not be drawn afresh
    generate(tmp_path, seed=3, only=SMALL[1:])
    assert _digest(tmp_path / SMALL[1]) == _digest(generated / SMALL[1])


def test_every_truth_validates_and_covers_every_page(generated: Path) -> None:
    for name in SMALL:
        truth = Truth.model_validate_json((generated / name / "truth.json").read_text(encoding="utf-8"))
        submission = generated / name / "submission"
        attachments = [
            p for p in submission.rglob("*") if p.is_file() and not p.name.startswith("declaration.")
        ]
        expected = {(str(p.relative_to(submission)), n) for p in attachments for n in range(1, _pages(p) + 1)}
        assert {(p.file, p.page) for p in truth.pages} == expected
        ids = {d.id for d in truth.documents}
        assert all(p.document in ids for p in truth.pages)


def test_planted_findings_are_listed(generated: Path) -> None:
    codes = {
        name: sorted(f["code"] for f in json.loads((generated / name / "truth.json").read_text())["findings"])
        for name in SMALL
    }
    assert codes["w06_acceptance"] == ["ACCEPTANCE_MISSING", "ACCEPTANCE_NOT_PASSED", "SEAL_MISSING"]
    assert codes["w09_forensics"] == ["DUPLICATE_DOCUMENT", "IMAGE_TAMPERED", "IMAGE_TAMPERED", "PDF_EDITED"]


def test_forged_contract_truth_is_what_the_page_shows(generated: Path) -> None:
    truth = json.loads((generated / "w09_forensics" / "truth.json").read_text())
    declared = json.loads((generated / "w09_forensics" / "submission" / "declaration.json").read_text())
    amounts = {p["id"]: p["contract_amount"] for p in declared["projects"]}
    edited = next(d for d in truth["documents"] if d["file"] == "合同3.pdf")
    assert edited["fields"]["contract_amount"] == amounts["P3"]
    text = pymupdf.open(generated / "w09_forensics" / "submission" / "合同3.pdf")[1].get_text()
    assert f"{Decimal(amounts['P3']):,.2f}" in text


def test_capital_numerals_follow_the_bookkeeping_rules() -> None:
    assert capital(Decimal("2500000")) == "贰佰伍拾万元整"
    assert capital(Decimal("100010")) == "壹拾万零壹拾元整"
    assert capital(Decimal("1305500")) == "壹佰叁拾万零伍仟伍佰元整"
    assert capital(Decimal("1030000")) == "壹佰零叁万元整"
    assert capital(Decimal("3962949.86")) == "叁佰玖拾陆万贰仟玖佰肆拾玖元捌角陆分"
    assert capital(Decimal("200000000"), "圆") == "贰亿圆整"
    assert in_units(Decimal("3962949.86"), 10000) == Decimal("396.29")
    assert upper_date(dt.date(2024, 10, 25)) == "二〇二四年十月二十五日"


def test_only_clear_conclusions_pass() -> None:
    assert PASSES["基本合格，同意通过验收"] and not PASSES["整改后复验"]
