"""Business-license checks, each alone on a small hand-built submission."""

from __future__ import annotations

from verify_builders import CODE, codes, context, declaration, license_doc, run, valid_code

from jianzheng.verify.checks import license as lic


def test_license_missing_when_no_license_is_attached():
    assert codes(run(lic.license_missing, context(declaration(), []))) == ["LICENSE_MISSING"]
    assert run(lic.license_missing, context(declaration(), [license_doc()])) == []


def test_license_name_mismatch_but_not_for_company_form_or_bracket_spellings():
    found = run(lic.license_name, context(declaration(), [license_doc(name="新疆天山云数科技有限公司")]))
    assert codes(found) == ["LICENSE_NAME_MISMATCH"]
    assert found[0].evidence[0].document == "D1" and found[0].evidence[0].bbox is not None
    same = license_doc(name="新疆天山云数信息技术有限责任公司")
    assert run(lic.license_name, context(declaration(), [same])) == []
    decl = declaration(name="新疆天山云数（乌鲁木齐）信息技术有限公司")
    assert (
        run(lic.license_name, context(decl, [license_doc(name="新疆天山云数(乌鲁木齐)信息技术有限公司")]))
        == []
    )


def _one_off(text_source: str, confidence: float):
    found = license_doc(name="新疆天山云教信息技术有限公司", text_source=text_source)  # 教 for 数
    name = found.fields.company_name.model_copy(update={"confidence": confidence})
    return found.model_copy(update={"fields": found.fields.model_copy(update={"company_name": name})})


def test_a_name_one_character_off_is_a_slip_only_where_ocr_was_unsure_of_it():
    assert run(lic.license_name, context(declaration(), [_one_off("ocr", 0.9)])) == []
    sure = run(lic.license_name, context(declaration(), [_one_off("ocr", 0.999)]))
    assert codes(sure) == ["NEEDS_REVIEW"] and sure[0].check == "LICENSE_NAME_MISMATCH"
    printed = run(lic.license_name, context(declaration(), [_one_off("text", 1.0)]))
    assert codes(printed) == ["LICENSE_NAME_MISMATCH"] and printed[0].severity == "error"


def test_credit_code_invalid_check_character():
    body = "91650100MA78A1B2C"
    wrong = body + ("0" if CODE[-1] != "0" else "1")
    decl = declaration(credit_code=wrong)
    assert codes(run(lic.license_credit_code, context(decl, [license_doc(code=wrong)]))) == [
        "CREDIT_CODE_INVALID"
    ]
    assert run(lic.license_credit_code, context(declaration(), [license_doc()])) == []


def test_ocr_confusions_are_ruled_out_before_a_code_is_invalid_or_different():
    misread = CODE.replace("8", "B", 1)  # 9165O1OOMA7B… as OCR might read it
    misread = misread.replace("0", "O")
    doc = license_doc(code=misread, text_source="ocr")
    assert run(lic.license_credit_code, context(declaration(), [doc])) == []


def test_credit_code_mismatch_with_the_declared_code():
    other = valid_code("91650104MA79K8L9X")
    found = run(lic.license_credit_code, context(declaration(), [license_doc(code=other)]))
    assert codes(found) == ["CREDIT_CODE_MISMATCH"]
    assert found[0].declared == CODE and found[0].found == other


def test_license_expired_before_the_inspection_years_end_but_long_term_never_expires():
    found = run(lic.license_expired, context(declaration(), [license_doc(until="2024-06-30")]))
    assert codes(found) == ["LICENSE_EXPIRED"]
    assert "2024-06-30" in found[0].message
    assert run(lic.license_expired, context(declaration(), [license_doc(until="2036-05-11")])) == []
    assert run(lic.license_expired, context(declaration(), [license_doc(until="长期")])) == []


def test_license_field_mismatch_one_finding_per_field():
    doc = license_doc(legal="李建华", capital="5000000.00", established="2016-05-21")
    found = run(lic.license_fields, context(declaration(), [doc]))
    assert codes(found) == ["LICENSE_FIELD_MISMATCH"] * 3
    assert any(
        "注册资本" in f.message and "1000.00 万元" in f.message and "500.00 万元" in f.message for f in found
    )
    assert run(lic.license_fields, context(declaration(), [license_doc(legal="王 建国")])) == []


def test_registered_capital_typed_in_wan_matches_at_its_precision():
    from decimal import Decimal

    decl = declaration(
        registered_capital="10000000", precision={"enterprise.registered_capital": Decimal("10000")}
    )
    doc = license_doc(capital="10000400.00")
    assert run(lic.license_fields, context(decl, [doc])) == []


def test_the_enterprises_own_license_is_chosen_among_several():
    partner = license_doc("D9", name="新疆某某商贸有限公司", code=valid_code("91650100MA7000000"))
    ctx = context(declaration(), [partner, license_doc()])
    assert run(lic.license_name, ctx) == []
    assert run(lic.license_credit_code, ctx) == []


def test_an_invalid_code_is_found_even_when_the_reader_corrected_its_value():
    from verify_builders import ex

    body = "91650106MAFU21AB9"
    good = valid_code(body)
    wrong = body + ("0" if good[-1] != "0" else "1")
    doc = license_doc(code=good, text_source="ocr")
    corrected = doc.fields.model_copy(update={"credit_code": ex(good, text=f"统一社会信用代码 {wrong}")})
    doc = doc.model_copy(update={"fields": corrected})
    found = run(lic.license_credit_code, context(declaration(credit_code=wrong), [doc]))
    assert codes(found) == ["CREDIT_CODE_INVALID"]
    assert found[0].found == wrong


def test_an_unsure_reading_of_another_code_is_one_question_not_an_invalid_code():
    # J read as I (outside the code's alphabet) at confidence 0.54: neither invalid nor different
    # for certain; one NEEDS_REVIEW that names the comparison.
    read = CODE[:10] + "I" + CODE[11:]
    doc = license_doc(code=read, text_source="ocr")
    fields = doc.fields.model_copy(
        update={"credit_code": doc.fields.credit_code.model_copy(update={"confidence": 0.54})}  # type: ignore[union-attr]
    )
    found = run(lic.license_credit_code, context(declaration(), [doc.model_copy(update={"fields": fields})]))
    assert codes(found) == ["NEEDS_REVIEW"]
    assert found[0].check == "CREDIT_CODE_MISMATCH"


def test_an_unsure_reading_that_is_the_declared_code_to_the_letter_lets_the_check_character_decide():
    # jinghe seed 1: a phone photo read at 0.54, every character the declared code's, whose check
    # character is wrong: the filing states one invalid code twice.
    body = "91652722MAL6H1EJ0"
    good = valid_code(body)
    wrong = body + ("0" if good[-1] != "0" else "1")
    doc = license_doc(code=wrong, text_source="ocr")
    fields = doc.fields.model_copy(
        update={"credit_code": doc.fields.credit_code.model_copy(update={"confidence": 0.54})}  # type: ignore[union-attr]
    )
    unsure = doc.model_copy(update={"fields": fields})
    found = run(lic.license_credit_code, context(declaration(credit_code=wrong), [unsure]))
    assert codes(found) == ["CREDIT_CODE_INVALID"]
