"""The tekesi sample family: business licences as enterprises upload them (three seed-1 filings)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pymupdf
import pytest
import zxingcpp
from PIL import Image
from stdnum.cn import uscc

from jianzheng.models import Truth
from jianzheng_workshop.samples.tekesi import generate
from jianzheng_workshop.samples.tekesi.selfcheck import Failure, check_filing, main

NAMES = ["tk01_horizontal_colour_clean", "tk07_partnership_bad_check", "tk10_bank_permit_not_licence"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tekesi")
    assert generate(out, 1, NAMES) == NAMES
    return out


def _truth(root: Path) -> Truth:
    return Truth.model_validate_json((root / "truth.json").read_text("utf-8"))


def _declaration(root: Path) -> dict:
    return json.loads((root / "submission" / "declaration.json").read_text("utf-8"))


def test_the_selfcheck_passes_on_every_filing(corpus: Path):
    assert main([str(corpus)]) == 0


def test_a_colour_scan_of_the_horizontal_copy_with_a_working_qr(corpus: Path):
    root = corpus / NAMES[0]
    truth = _truth(root)
    assert truth.clean and not truth.findings
    (lic,) = [d for d in truth.documents if d.type == "business_license"]
    assert lic.scanned and lic.fields["credit_code"] == _declaration(root)["enterprise"]["credit_code"]
    assert lic.fields["valid_until"] == "长期" and lic.fields["company_type"].startswith("有限责任公司")
    with pymupdf.open(root / "submission" / lic.file) as doc:
        page = doc[0]
        assert not page.get_text().strip()  # a scan: no text layer
        assert page.rect.width > page.rect.height  # the landscape 横版 copy
        pix = page.get_pixmap(dpi=200)
        img = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)
    assert (
        pix.n == 3 and np.abs(img[..., 0].astype(int) - img[..., 2].astype(int)).max() > 60
    )  # colour (red seal)
    assert lic.fields["qr"] in [r.text for r in zxingcpp.read_barcodes(img)]
    printed = json.loads((root / "printed.json").read_text("utf-8"))
    assert printed["documents"][lic.id]["registered_capital"].endswith(("万元整", "万元"))


def test_the_partnership_photo_carries_a_code_that_fails_its_check(corpus: Path):
    root = corpus / NAMES[1]
    truth = _truth(root)
    (finding,) = truth.findings
    (lic,) = [d for d in truth.documents if d.type == "business_license"]
    assert finding.code == "CREDIT_CODE_INVALID" and (finding.file, finding.page) == (lic.file, 1)
    assert lic.file.endswith(".jpg") and Image.open(root / "submission" / lic.file).size == (1800, 2400)
    assert not uscc.is_valid(lic.fields["credit_code"])
    assert lic.fields["credit_code"] == _declaration(root)["enterprise"]["credit_code"]
    assert lic.fields["company_type"] == "有限合伙企业" and "（有限合伙）" in lic.fields["company_name"]
    printed = json.loads((root / "printed.json").read_text("utf-8"))
    assert lic.fields["credit_code"] in printed["files"][lic.file][0]["lines"]


def test_a_bank_permit_named_like_a_licence_is_no_licence(corpus: Path):
    root = corpus / NAMES[2]
    truth = _truth(root)
    assert [f.code for f in truth.findings] == ["LICENSE_MISSING"]
    assert not [d for d in truth.documents if d.type == "business_license"]
    assert (root / "submission" / "营业执照.jpg").exists()
    printed = json.loads((root / "printed.json").read_text("utf-8"))
    assert "开户许可证" in printed["files"]["营业执照.jpg"][0]["lines"]


def test_the_selfcheck_rejects_a_broken_truth(corpus: Path, tmp_path: Path):
    root = tmp_path / NAMES[0]
    shutil.copytree(corpus / NAMES[0], root)
    data = json.loads((root / "truth.json").read_text("utf-8"))
    lic = next(d for d in data["documents"] if d["type"] == "business_license")
    code = lic["fields"]["credit_code"]
    lic["fields"]["credit_code"] = code[:10] + ("1" if code[10] != "1" else "2") + code[11:]
    (root / "truth.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(Failure):
        check_filing(root)

    root = tmp_path / NAMES[1]
    shutil.copytree(corpus / NAMES[1], root)
    data = json.loads((root / "truth.json").read_text("utf-8"))
    data["findings"] = []
    data["clean"] = True
    (root / "truth.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(Failure, match="derived findings"):
        check_filing(root)
