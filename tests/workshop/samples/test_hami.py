"""The 哈密 sample family writes valid truth, a valid declaration and every file its truth names."""

import json
from decimal import Decimal

from jianzheng.models.declaration import Declaration
from jianzheng.models.finding import Code
from jianzheng.models.truth import Truth
from jianzheng_workshop.samples.hami import generate
from jianzheng_workshop.samples.hami.codes import uscc_valid
from jianzheng_workshop.samples.hami.numerals import capital


def test_two_scenarios_write_truth_and_files(tmp_path):
    names = generate(tmp_path, 3, ["hm05_amount_differs", "hm08_no_acceptance_docx"])
    assert names == ["hm05_amount_differs", "hm08_no_acceptance_docx"]
    for name in names:
        folder = tmp_path / name
        truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
        assert truth.name == name and truth.seed == 3 and not truth.clean
        decl = Declaration.model_validate(
            json.loads((folder / "submission" / "declaration.json").read_text(encoding="utf-8"))
        )
        assert decl.enterprise.credit_code and uscc_valid(decl.enterprise.credit_code)
        for doc in truth.documents:
            assert (folder / "submission" / doc.file).is_file(), doc.file
        assert {p.document for p in truth.pages} == {d.id for d in truth.documents}
        for finding in truth.findings:
            if finding.file:
                assert (folder / "submission" / finding.file).is_file()
    amounts = json.loads((tmp_path / "hm05_amount_differs" / "truth.json").read_text(encoding="utf-8"))
    codes = [f["code"] for f in amounts["findings"]]
    assert codes == [Code.AMOUNT_MISMATCH.value]
    docx = Truth.model_validate_json(
        (tmp_path / "hm08_no_acceptance_docx" / "truth.json").read_text(encoding="utf-8")
    )
    assert {f.code for f in docx.findings} == {Code.SEAL_MISSING, Code.ACCEPTANCE_MISSING}


def test_capital_numerals():
    assert capital(Decimal("1234500")) == "壹佰贰拾叁万肆仟伍佰元整"
    assert capital(Decimal("108560000")) == "壹亿零捌佰伍拾陆万元整"
    assert capital(Decimal("1005000")) == "壹佰万零伍仟元整"
    assert capital(Decimal("1200000.07")) == "壹佰贰拾万元零柒分"
