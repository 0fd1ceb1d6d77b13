"""The fresh sample family: what it writes parses, holds together and repeats per seed."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest

from jianzheng.models import Truth
from jianzheng.models.declaration import Declaration
from jianzheng.models.document import FIELDS_BY_TYPE
from jianzheng_workshop.samples.fresh import generate

SCENARIO = "f09_forensics"


def _digest(folder: Path) -> dict[str, str]:
    """Per file: the bytes of what is deterministic (images, JSON), the text of each PDF page."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(folder).as_posix()
        if path.suffix == ".pdf":
            with pymupdf.open(path) as doc:
                out[rel] = hashlib.sha256("\f".join(p.get_text() for p in doc).encode()).hexdigest()
        else:
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fresh")
    assert generate(root, 5, [SCENARIO]) == [SCENARIO]
    return root / SCENARIO


def test_truth_parses_and_points_at_real_pages(written: Path) -> None:
    truth = Truth.model_validate_json((written / "truth.json").read_text(encoding="utf-8"))
    assert truth.name == SCENARIO and not truth.clean
    assert {f.code.value for f in truth.findings} == {"PDF_EDITED", "DUPLICATE_DOCUMENT"}
    pages = {}
    for doc in truth.documents:
        path = written / "submission" / doc.file
        assert path.is_file(), doc.file
        count = pymupdf.open(path).page_count
        assert max(doc.pages) <= count
        for p in doc.pages:
            pages[(doc.file, p)] = doc.id
        # every truth field is a field of that document type, with a value its model accepts
        fields_cls = FIELDS_BY_TYPE[doc.type]
        fields_cls.model_validate({k: {"value": v, "page": doc.pages[0]} for k, v in doc.fields.items()})
    assert {(p.file, p.page): p.document for p in truth.pages} == pages


def test_declaration_holds_its_identities(written: Path) -> None:
    raw = json.loads((written / "submission" / "declaration.json").read_text(encoding="utf-8"))
    declaration = Declaration.model_validate(raw)
    for project in declaration.projects:
        assert project.fees.total() == project.contract_amount
        assert project.fees.services_sum() == project.services_total


def test_edited_contract_is_an_incremental_save_that_matches_the_declaration(written: Path) -> None:
    path = written / "submission" / "施工合同（盖章版）.pdf"
    assert path.read_bytes().count(b"%%EOF") == 2
    truth = json.loads((written / "truth.json").read_text(encoding="utf-8"))
    contract = next(d for d in truth["documents"] if d["file"] == path.name)
    declared = json.loads((written / "submission" / "declaration.json").read_text(encoding="utf-8"))
    p1 = next(p for p in declared["projects"] if p["id"] == "P1")
    assert Decimal(contract["fields"]["contract_amount"]) == Decimal(p1["contract_amount"])
    text = pymupdf.open(path)[0].get_text().replace("\n", "")
    assert f"¥{Decimal(p1['contract_amount']):,.2f}" in text


def test_same_seed_same_submission(written: Path, tmp_path: Path) -> None:
    generate(tmp_path, 5, [SCENARIO])
    assert _digest(tmp_path / SCENARIO) == _digest(written)
