"""Contract checks on a declared project and its matched contract."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from verify_builders import (
    ENTERPRISE,
    acceptance,
    codes,
    context,
    contract,
    declaration,
    ex,
    project_row,
    run,
)

from jianzheng.models import Page, TextSource, Word
from jianzheng.verify.checks.contract import amounts, parties, signing


def test_amount_mismatch_message_in_wan():
    found = run(amounts.contract_amount, context(declaration(), [contract(amount="2045000.00")]))
    assert codes(found) == ["AMOUNT_MISMATCH"]
    assert found[0].message == "合同金额与申报不一致：申报 245.00 万元，合同 204.50 万元"
    assert found[0].declared == "2450000.00" and found[0].found == "2045000.00"
    assert found[0].project_id == "P1"
    assert found[0].evidence[0].text.startswith("合同总价")


def test_amount_declared_in_wan_matches_to_the_nearest_hundred_yuan():
    decl = declaration(precision={"projects.P1.contract_amount": Decimal("100")})
    assert run(amounts.contract_amount, context(decl, [contract(amount="2450030.00")])) == []
    assert codes(run(amounts.contract_amount, context(decl, [contract(amount="2450300.00")]))) == [
        "AMOUNT_MISMATCH"
    ]
    assert codes(run(amounts.contract_amount, context(declaration(), [contract(amount="2450030.00")]))) == [
        "AMOUNT_MISMATCH"
    ]


def test_fee_mismatch_lists_every_differing_fee_in_one_finding():
    fees = {
        "software_development": "1000000.00",
        "hardware_purchase": "1000000.00",
        "integration_implementation": "300000.00",
        "software_purchase": "150000.00",
    }
    found = run(amounts.contract_fees, context(declaration(), [contract(fees=fees)]))
    assert codes(found) == ["FEE_MISMATCH"]
    assert "软件开发费 申报 120.00 万元，合同 100.00 万元" in found[0].message
    assert "硬件购置费 申报 80.00 万元，合同 100.00 万元" in found[0].message
    same = {"software_development": "1200000.00", "hardware_purchase": "800000.00"}
    assert run(amounts.contract_fees, context(declaration(), [contract(fees=same)])) == []


def test_a_fee_table_kept_in_wan_agrees_with_exact_declared_fees_to_the_hundred_yuan():
    # moyu seed 1: a table under 单位：万元 prints 120.00 for 1,200,034.56 declared (CONTRACT 1.1).
    declared = {
        "software_development": "1200034.56",
        "integration_implementation": "299980.00",
        "hardware_purchase": "799985.44",
        "software_purchase": "150000.00",
    }
    decl = declaration([project_row(fees=declared)])
    table = contract(fees={k: str(round(Decimal(v), -2)) for k, v in declared.items()})
    fees = table.fields.fees.model_copy(
        update={
            "text": "1 应用软件开发费 120.00；2 集成实施费 30.00；3 硬件设备购置费 80.00；4 软件购置费 15.00"
        }
    )
    wan_table = table.model_copy(update={"fields": table.fields.model_copy(update={"fees": fees})})
    assert run(amounts.contract_fees, context(decl, [wan_table])) == []
    # Printed to the yuan, the same table is exact and 34.56 yuan apart is a difference.
    assert codes(run(amounts.contract_fees, context(decl, [table]))) == ["FEE_MISMATCH"]


def test_fees_of_a_contract_whose_amount_is_unread_are_compared_only_when_they_make_up_the_row():
    # One order of a merged framework row (its amount unread) itemises its own part only: no
    # FEE_MISMATCH. A table that adds up to the declared 245 万元 is the whole row's.
    part = {"software_development": "600000.00", "hardware_purchase": "400000.00"}
    assert run(amounts.contract_fees, context(declaration(), [contract(amount=None, fees=part)])) == []
    whole = {"software_development": "1400000.00", "hardware_purchase": "1050000.00"}
    found = run(amounts.contract_fees, context(declaration(), [contract(amount=None, fees=whole)]))
    assert codes(found) == ["FEE_MISMATCH"]


def test_a_rows_contracts_are_compared_fee_by_fee_only_when_their_tables_add_up_to_it():
    # Two orders of one declared row (245 万元): their tables summed are the row's fees. A
    # framework's unit price list beside one order adds up to nothing declared: not compared.
    first = contract("D2", amount="1450000.00", fees={"software_development": "1450000.00"})
    second = contract("D3", amount="1000000.00", fees={"hardware_purchase": "1000000.00"})
    found = run(amounts.contract_fees, context(declaration(), [first, second]))
    assert codes(found) == ["FEE_MISMATCH"]  # declared 120 万 / 80 万, the orders 145 万 / 100 万
    prices = contract("D2", amount=None, fees={"integration_implementation": "1200.00"})
    order = contract("D3", amount=None, fees={"hardware_purchase": "1604380.00"})
    assert run(amounts.contract_fees, context(declaration(), [prices, order])) == []


def test_amount_words_mismatch_but_an_unreadable_capital_amount_is_not_one():
    found = run(amounts.contract_amount_words, context(declaration(), [contract(words="2045000.00")]))
    assert codes(found) == ["AMOUNT_WORDS_MISMATCH"]
    assert found[0].project_id == "P1"
    assert run(amounts.contract_amount_words, context(declaration(), [contract(words="2450000.00")])) == []
    assert run(amounts.contract_amount_words, context(declaration(), [contract(words=None)])) == []


def test_capital_numerals_whose_own_figures_stand_beside_them_agree_whatever_amount_was_read():
    # A three-year service contract: the year's fee read as the amount, the total's words and
    # figures printed together on the lines the words were read from (ex's place: y 400-418).
    document = contract(amount="552300.00", words="1656900.00", file="om.pdf")
    page = Page(
        file="om.pdf",
        number=1,
        width=595.0,
        height=842.0,
        words=[
            Word(
                text="年度运维服务费为人民币552,300.00元,服务期三年合同总金额为人民币(大写)壹佰陆拾伍",
                bbox=(60.0, 400.0, 520.0, 418.0),
            ),
            Word(text="万陆仟玖佰元整(小写:¥1,656,900.00元)。", bbox=(60.0, 420.0, 300.0, 438.0)),
        ],
    )
    ctx = replace(context(declaration(), [document]), pages={page.key: page})
    assert run(amounts.contract_amount_words, ctx) == []
    # Figures far from the words (another clause's instalment) do not speak for them.
    far = page.model_copy(
        update={
            "words": [page.words[0], page.words[1].model_copy(update={"bbox": (60.0, 700.0, 300.0, 718.0)})]
        }
    )
    elsewhere = replace(context(declaration(), [document]), pages={far.key: far})
    assert codes(run(amounts.contract_amount_words, elsewhere)) == ["AMOUNT_WORDS_MISMATCH"]


def _amended(declared: str):
    # A contract of 1,623,640.00 and its 补充协议 that changed the price to 1,769,240.00 (the
    # amount read), both in the document's text.
    document = contract(amount="1769240.00", file="bundle.pdf")
    page = Page(
        file="bundle.pdf",
        number=1,
        width=595.0,
        height=842.0,
        words=[
            Word(
                text="第二条 合同总价：人民币壹佰陆拾贰万叁仟陆佰肆拾元整（¥1,623,640.00）",
                bbox=(60, 100, 520, 118),
            ),
            Word(text="补充协议", bbox=(260, 300, 340, 318)),
            Word(
                text="一、原合同总价人民币壹佰陆拾贰万叁仟陆佰肆拾元整（¥1,623,640.00）调整为",
                bbox=(60, 400, 520, 418),
            ),
            Word(text="人民币壹佰柒拾陆万玖仟贰佰肆拾元整（¥1,769,240.00）。", bbox=(60, 420, 400, 438)),
        ],
    )
    rows = [project_row(amount=declared)]
    return replace(context(declaration(rows), [document]), pages={page.key: page})


def test_a_declared_price_a_bound_supplementary_agreement_replaced_is_a_mismatch():
    [finding] = run(amounts.contract_amount, _amended("1623640.00"))
    assert finding.code == "AMOUNT_MISMATCH"
    assert "补充协议变更前的原合同金额" in finding.message
    # The amended price declared is the contract's.
    assert run(amounts.contract_amount, _amended("1769240.00")) == []


def _priced(declared: str):
    # A contract of 1,444,038.00 with tax, its price before tax and an instalment printed too.
    document = contract(amount="1444038.00", file="long.pdf")
    lines = [
        "3.1 本合同总价(含税)为人民币¥1,444,038.00元(大写:壹佰肆拾肆万肆仟零叁拾捌元整),其中不",
        "含税金额为人民币¥1,362,300.00元,增值税税额为人民币¥81,738.00元。",
        "(2)系统上线试运行满一个月后,甲方支付合同总价的30%,即人民币¥433,211.40元(大写:",
        "肆拾叁万叁仟贰佰壹拾壹元肆角整);",
    ]
    words = [Word(text=t, bbox=(60, 100 + 20 * i, 540, 118 + 20 * i)) for i, t in enumerate(lines)]
    page = Page(file="long.pdf", number=1, width=595.0, height=842.0, words=words)
    rows = [project_row(amount=declared)]
    return replace(context(declaration(rows), [document]), pages={page.key: page})


def test_a_declared_amount_the_contract_prints_only_as_a_part_of_its_price_is_a_mismatch():
    for part, said in (("1362300.00", "不含税金额"), ("433211.40", "合同总价的30%")):
        [finding] = run(amounts.contract_amount, _priced(part))
        assert finding.code == "AMOUNT_MISMATCH" and finding.severity == "error"
        assert "只是价款的一部分" in finding.message and said in finding.message
    # The price itself declared: found where the contract states its price.
    assert run(amounts.contract_amount, _priced("1444038.00")) == []


def _words(amount: str, words: str, value: str, source: TextSource):
    document = contract(amount=amount, words=value)
    fields = document.fields.model_copy(update={"amount_in_words": ex(words)})
    return document.model_copy(update={"fields": fields, "text_source": source})


def test_a_scanned_capital_amount_one_character_off_its_figures_is_left_to_a_reviewer():
    # OCR dropped the 壹 of 贰佰柒拾壹万元整 (a long run of look-alike ideographs).
    slipped = _words("2710000.00", "人民币贰佰柒拾万元整", "2700000.00", TextSource.ocr)
    found = run(amounts.contract_amount_words, context(declaration(), [slipped]))
    assert codes(found) == ["NEEDS_REVIEW"] and found[0].check == "AMOUNT_WORDS_MISMATCH"
    # The same words in a text layer are what the document says.
    typed = _words("2710000.00", "人民币贰佰柒拾万元整", "2700000.00", TextSource.text)
    assert codes(run(amounts.contract_amount_words, context(declaration(), [typed]))) == [
        "AMOUNT_WORDS_MISMATCH"
    ]
    # One numeral written for another (玖 for 捌) is how words are altered, and no OCR slip; words
    # that differ by more are another amount, scanned or not.
    for altered in (
        _words("1381000.00", "人民币壹佰叁拾玖万壹仟元整", "1391000.00", TextSource.ocr),
        _words("2450000.00", "人民币贰佰零肆万伍仟元整", "2045000.00", TextSource.ocr),
    ):
        found = run(amounts.contract_amount_words, context(declaration(), [altered]))
        assert codes(found) == ["AMOUNT_WORDS_MISMATCH"]


def test_party_mismatch_for_party_b_and_for_party_a():
    wrong_b = contract(party_b="新疆某某科技有限公司")
    found = run(parties.contract_parties, context(declaration(), [wrong_b]))
    assert codes(found) == ["PARTY_MISMATCH"] and "乙方" in found[0].message
    wrong_a = contract(party_a="乌鲁木齐市沙依巴克区教育局")
    found = run(parties.contract_parties, context(declaration(), [wrong_a]))
    assert codes(found) == ["PARTY_MISMATCH"] and "甲方" in found[0].message
    spelled = contract(party_b=ENTERPRISE.replace("有限公司", "有限责任公司"))
    assert run(parties.contract_parties, context(declaration(), [spelled])) == []


def test_a_merged_rows_clients_declared_together_are_each_a_client():
    # CONTRACT 1.1: 布尔津县、哈巴河县第一中学 lists both schools; each contract names one of them.
    row = project_row(client="布尔津县、哈巴河县第一中学")
    for school in ("布尔津县第一中学", "哈巴河县第一中学"):
        scanned = contract(party_a=school).model_copy(update={"text_source": TextSource.ocr})
        assert run(parties.contract_parties, context(declaration([row]), [scanned])) == []
    other = contract(party_a="吉木乃县第一中学")
    assert codes(run(parties.contract_parties, context(declaration([row]), [other]))) == ["PARTY_MISMATCH"]


def test_a_bingtuan_body_declared_without_its_superiors_is_the_party_its_contract_names_in_full():
    # 兵团 bodies: the contract prints 新疆生产建设兵团第三师…, the filing the everyday name.
    full = "新疆生产建设兵团第三师图木舒克市疾病预防控制中心"
    for declared in ("图木舒克市疾病预防控制中心", "第三师图木舒克市疾病预防控制中心"):
        row = project_row(client=declared)
        assert run(parties.contract_parties, context(declaration([row]), [contract(party_a=full)])) == []
    # Another city's body under the same division is another party; a bare 教育局 is no body's name.
    row = project_row(client="第三师图木舒克市疾病预防控制中心")
    other = contract(party_a="新疆生产建设兵团第三师阿拉尔市疾病预防控制中心")
    assert codes(run(parties.contract_parties, context(declaration([row]), [other]))) == ["PARTY_MISMATCH"]
    from jianzheng.verify.normalise import same_company

    assert not same_company("新疆维吾尔自治区教育局", "教育局")


def test_on_a_scan_a_name_with_characters_lost_under_a_seal_cannot_decide():
    # ENTERPRISE is 新疆天山云数信息技术有限公司; a seal covered 云数 and OCR misread 技 as 拔.
    scanned = [c.model_copy(update={"text_source": TextSource.ocr}) for c in (
        contract(party_b="新疆天山信息拔术有限公司"),
        contract(party_b="新疆某某科技有限公司"),
    )]  # fmt: skip
    lost, other = (run(parties.contract_parties, context(declaration(), [c])) for c in scanned)
    assert codes(lost) == ["NEEDS_REVIEW"]
    assert lost[0].check == "PARTY_MISMATCH" and lost[0].severity == "warning"
    assert codes(other) == ["PARTY_MISMATCH"]
    # A text layer prints what it was given: the shorter name is another party there.
    printed = contract(party_b="新疆天山信息拔术有限公司")
    assert codes(run(parties.contract_parties, context(declaration(), [printed]))) == ["PARTY_MISMATCH"]


def test_project_name_mismatch_for_a_weak_name_match_only():
    weak = contract(name="沙依巴克区电子政务外网升级改造")
    found = run(signing.contract_project_name, context(declaration(), [weak]))
    assert codes(found) == ["PROJECT_NAME_MISMATCH"]
    reworded = contract(name="沙依巴克区政务云平台建设项目合同")
    assert run(signing.contract_project_name, context(declaration(), [reworded])) == []


def test_a_framework_row_with_its_orders_is_not_compared_by_name():
    # One merged row: a framework agreement (no amount) and two orders that add up to it; the
    # declared name carries a note (框架协议项下订单合并), no contract's own name.
    decl = declaration(
        projects=[
            project_row(
                name="某县公安局视频监控及网络设备扩容项目（框架协议项下订单合并）",
                client="某县公安局",
                amount="3430830.00",
            )
        ]
    )
    framework = contract("D2", name="某县公安局视频监控及网络设备扩容项目", party_a="某县公安局", amount=None)
    first = contract(
        "D3", name="某县公安局视频监控及网络设备扩容项目(第一批)", party_a="某县公安局", amount="1326450.00"
    )
    second = contract(
        "D4", name="某县公安局视频监控及网络设备扩容项目(第二批)", party_a="某县公安局", amount="2104380.00"
    )
    ctx = context(decl, [framework, first, second])
    assert set(ctx.matches[0].documents) == {"D2", "D3", "D4"}
    assert run(signing.contract_project_name, ctx) == []


def test_signing_date_mismatch():
    found = run(signing.contract_signed_on, context(declaration(), [contract(signed="2024-04-05")]))
    assert codes(found) == ["DATE_MISMATCH"]
    assert found[0].declared == "2024-03-05" and found[0].found == "2024-04-05"
    assert run(signing.contract_signed_on, context(declaration(), [contract()])) == []


def test_contract_seal_missing_only_when_extraction_says_so():
    assert codes(run(signing.contract_seal, context(declaration(), [contract(seal=False)]))) == [
        "SEAL_MISSING"
    ]
    assert run(signing.contract_seal, context(declaration(), [contract(seal=True)])) == []
    assert run(signing.contract_seal, context(declaration(), [contract(seal=None)])) == []


def test_a_contract_whose_pages_were_uploaded_one_file_each_is_sealed_where_its_signature_page_is():
    first = contract(seal=False, file="合同/合同第1页.jpg", pages=[1])
    middle = contract(
        "D5",
        name=None,
        party_a=None,
        party_b=None,
        signed=None,
        seal=False,
        file="合同/合同第2页.jpg",
        pages=[1],
    )
    signed = contract("D6", name=None, amount=None, seal=True, file="合同/合同第3页.jpg", pages=[1])
    ctx = context(declaration(), [first, middle, signed])
    assert [d.id for d in ctx.with_pieces(first)] == ["D2", "D5", "D6"]
    assert set(ctx.matches[0].documents) == {"D2", "D5", "D6"}
    assert run(signing.contract_seal, ctx) == []
    # A page naming another party A, or another project, is no page of this contract.
    stranger = contract("D7", name=None, party_a="和田地区财政局", amount=None, seal=True, file="另一份.jpg")
    alone = context(declaration(), [first, stranger])
    assert alone.with_pieces(first) == [first]
    assert codes(run(signing.contract_seal, alone)) == ["SEAL_MISSING"]


def test_a_check_that_cannot_decide_asserts_nothing():
    bare = contract(name=None, party_a=None, party_b=None, amount="2450000.00", signed=None)
    ctx = context(declaration(projects=[project_row()]), [bare, acceptance()])
    for fn in (signing.contract_project_name, signing.contract_signed_on, amounts.contract_fees):
        assert run(fn, ctx) == []
    # No party could be read and the document names neither: a reviewer must look (CONTRACT 2).
    unread = run(parties.contract_parties, ctx)
    assert codes(unread) == ["NEEDS_REVIEW", "NEEDS_REVIEW"]
    assert {f.check for f in unread} == {"PARTY_MISMATCH"}


def test_a_shared_client_prefix_does_not_hide_a_different_project_name():
    decl = declaration(projects=[project_row(name="哈密市人民医院信息化建设项目", client="哈密市人民医院")])
    doc = contract(name="哈密市人民医院智慧医院信息化升级改造项目", party_a="哈密市人民医院")
    ctx = context(decl, [doc])
    assert ctx.matches and ctx.matches[0].documents == ["D2"]
    assert codes(run(signing.contract_project_name, ctx)) == ["PROJECT_NAME_MISMATCH"]


def test_a_declared_name_without_the_client_prefix_is_the_same_project():
    decl = declaration(
        projects=[project_row(name="统计局数字档案馆系统建设", client="新疆维吾尔自治区统计局")]
    )
    doc = contract(name="新疆维吾尔自治区统计局数字档案馆系统建设项目", party_a="新疆维吾尔自治区统计局")
    assert run(signing.contract_project_name, context(decl, [doc])) == []


def test_a_party_read_as_a_bare_label_cannot_decide():
    for misread in ("乙方", "甲方 乙方", "采购人（盖章）"):
        doc = contract(party_a=misread)
        ctx = context(declaration(), [doc])
        assert ctx.matches and ctx.matches[0].documents == ["D2"]
        assert codes(run(parties.contract_parties, ctx)) == ["NEEDS_REVIEW"]


def test_on_a_scan_an_unsure_reading_close_to_the_declared_name_cannot_decide():
    # Read under a seal: two characters misread (云数 as 去教), confidence 0.58.
    doc = contract(party_b="新疆天山去教信息技术有限公司").model_copy(update={"text_source": TextSource.ocr})
    party_b = doc.fields.party_b
    unsure = doc.model_copy(
        update={
            "fields": doc.fields.model_copy(
                update={"party_b": party_b.model_copy(update={"confidence": 0.58})}
            )
        }
    )
    assert codes(run(parties.contract_parties, context(declaration(), [unsure]))) == ["NEEDS_REVIEW"]
    # Read clearly, the same name is another company's.
    assert codes(run(parties.contract_parties, context(declaration(), [doc]))) == ["PARTY_MISMATCH"]


def test_a_contract_photographed_page_by_page_is_read_whole_for_its_amount():
    first = contract(amount=None, file="合同/1.jpg", pages=[1])
    priced = contract("D5", name=None, party_b=None, signed=None, file="合同/2.jpg", pages=[1])
    ctx = context(declaration(), [first, priced])
    assert run(amounts.contract_amount, ctx) == []
    # The price on the later photo differs: a reviewer must look, at the photo it stands on.
    wrong = contract(
        "D5", name=None, party_b=None, signed=None, file="合同/2.jpg", amount="2045000.00", pages=[1]
    )
    ctx = context(declaration(), [first, wrong])
    found = run(amounts.contract_amount, ctx)
    assert codes(found) == ["NEEDS_REVIEW"] and found[0].documents == ["D5"]
