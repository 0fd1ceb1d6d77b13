"""The qinghe sample family: two filings generate, hold together, and the selfcheck notices a broken truth."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
from PIL import Image

from jianzheng.models import Truth
from jianzheng_workshop.samples.cli import FAMILIES
from jianzheng_workshop.samples.cli import generate as cli_generate
from jianzheng_workshop.samples.qinghe import selfcheck

NAMES = ["qh07_encrypted_invoice", "qh10_cropped_party"]


def test_qinghe_filings_are_consistent(tmp_path: Path) -> None:
    assert "qinghe" in FAMILIES
    written = cli_generate(tmp_path, 1, NAMES, "qinghe")
    assert written == NAMES
    assert selfcheck.main([str(tmp_path)]) == 0

    enc = Truth.model_validate_json((tmp_path / NAMES[0] / "truth.json").read_text(encoding="utf-8"))
    assert [(f.code.value, f.file) for f in enc.findings] == [("FILE_UNREADABLE", "项目2/发票.pdf")]
    assert not any(p.file == "项目2/发票.pdf" for p in enc.pages)
    assert {d.project_id for d in enc.documents if d.type.value == "acceptance_report"} == {"P1", "P2"}
    with pymupdf.open(tmp_path / NAMES[0] / "submission" / "项目2" / "发票.pdf") as doc:
        assert doc.needs_pass

    party = Truth.model_validate_json((tmp_path / NAMES[1] / "truth.json").read_text(encoding="utf-8"))
    assert [(f.code.value, f.file, f.page, f.project_id) for f in party.findings] == [
        ("PARTY_MISMATCH", "项目1/合同扫描（裁边）.pdf", 1, "P1")
    ]
    decl = json.loads((tmp_path / NAMES[1] / "submission" / "declaration.json").read_text(encoding="utf-8"))
    contract = next(d for d in party.documents if d.type.value == "contract" and d.project_id == "P1")
    assert contract.fields["party_a"] != decl["projects"][0]["client"]
    with pymupdf.open(tmp_path / NAMES[1] / "submission" / "项目1" / "合同扫描（裁边）.pdf") as doc:
        page = doc[0]
        assert page.cropbox.width < page.mediabox.width and page.cropbox.height < page.mediabox.height
    with Image.open(tmp_path / NAMES[1] / "submission" / "营业执照.png") as im:
        assert im.mode == "I;16"

    # the selfcheck is not a rubber stamp: a plant moved to another page no longer matches its own reading
    root = tmp_path / NAMES[1]
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    truth["findings"][0]["page"] = 2
    (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    try:
        selfcheck.check_filing(root)
    except selfcheck.Failure as exc:
        assert "derived findings" in str(exc)
    else:
        raise AssertionError("a plant on the wrong page passed the selfcheck")
