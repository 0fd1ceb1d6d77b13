"""An error only on a plain statement of the document; otherwise NEEDS_REVIEW (CONTRACT 2)."""

from __future__ import annotations

from decimal import Decimal

from verify_builders import codes, context, contract, declaration, project_row, run

from jianzheng.models import Code, Extracted, Finding, Page, PageQuality, TextSource, Word
from jianzheng.models.money import amounts_agree
from jianzheng.verify import CheckContext
from jianzheng.verify.checks.contract import amounts, parties, signing
from jianzheng.verify.compare import field_unit
from jianzheng.verify.registry import one_per_cause


def with_pages(ctx: CheckContext, texts: dict[int, list[str]], *, readable: bool = True) -> CheckContext:
    """The context with the contract's pages holding these lines (one word per line)."""
    pages = {}
    for number, lines in texts.items():
        words = [
            Word(text=t, bbox=(72, 100 + 20 * i, 500, 114 + 20 * i), source=TextSource.ocr)
            for i, t in enumerate(lines)
        ]
        quality = PageQuality(dpi=200 if readable else 61, readable=readable)
        pages[("scan_01.pdf", number)] = Page(
            file="scan_01.pdf", number=number, width=595, height=842, words=words, quality=quality
        )
    return CheckContext(
        declaration=ctx.declaration, documents=ctx.documents, matches=ctx.matches, pages=pages
    )


def scanned(doc, **field_updates):
    fields = doc.fields.model_copy(update=field_updates)
    return doc.model_copy(update={"text_source": TextSource.ocr, "fields": fields})


def test_coarser_precision_both_ways():
    # A contract printing 396.29万元 agrees with the exact declared figure, and vice versa.
    assert amounts_agree(Decimal("3962900"), Decimal("100"), Decimal("3962949.86"), Decimal("0.01"))
    assert not amounts_agree(Decimal("3962900"), Decimal("0.01"), Decimal("3962949.86"), Decimal("0.01"))
    read = Extracted(value=Decimal("3962900.00"), page=1, text="合同金额：396.29万元")
    assert field_unit(read) == Decimal("100")
    # A statement kept in 万元: the cell prints 13805.05, the field holds yuan.
    cell = Extracted(value=Decimal("138050500.00"), page=1, text="一、营业收入 1 13805.05")
    assert field_unit(cell) == Decimal("100")
    # A loss in accounting brackets, in 千元: exact to the thousand, whatever its sign.
    loss = Extracted(value=Decimal("-2328000.00"), page=1, text="四、净利润 10 (2,328（单位：千元）")
    assert field_unit(loss) == Decimal("1000")
    assert amounts_agree(loss.value, field_unit(loss), Decimal("-2328213.40"), Decimal("0.01"))


def test_a_contract_in_wan_beside_an_exact_declared_amount_is_no_mismatch():
    decl = declaration(projects=[project_row(amount="3962949.86")])
    doc = contract(amount=None)
    doc = doc.model_copy(
        update={
            "fields": doc.fields.model_copy(
                update={
                    "contract_amount": Extracted(
                        value=Decimal("3962900.00"), page=1, text="合同总价：396.29万元"
                    )
                }
            )
        }
    )
    assert run(amounts.contract_amount, context(decl, [doc])) == []


def test_the_declared_amount_stated_anywhere_in_the_contract_passes():
    # Extraction read the first instalment as the amount; the total stands on page 2.
    doc = scanned(contract(amount="735000.00"))
    ctx = with_pages(
        context(declaration(), [doc]),
        {1: ["第三条 付款方式", "首付款 ¥735,000.00"], 2: ["合同总价：人民币贰佰肆拾伍万元整"]},
    )
    assert run(amounts.contract_amount, ctx) == []


def test_a_confident_different_amount_is_an_error_and_an_unsure_one_needs_review():
    plain = scanned(contract(amount="2045000.00"))
    ctx = with_pages(context(declaration(), [plain]), {1: ["合同总价：¥2,045,000.00"]})
    assert codes(run(amounts.contract_amount, ctx)) == ["AMOUNT_MISMATCH"]

    read = plain.fields.contract_amount.model_copy(update={"confidence": 0.55})
    unsure = scanned(plain, contract_amount=read)
    found = run(
        amounts.contract_amount,
        with_pages(context(declaration(), [unsure]), {1: ["合同总价：¥2,045,000.00"]}),
    )
    assert codes(found) == ["NEEDS_REVIEW"]
    review = found[0]
    assert review.check == Code.AMOUNT_MISMATCH and review.severity == "warning"
    assert "置信度" in review.message and "204.50 万元" in review.message and review.evidence[0].page == 1


def test_a_page_too_poor_to_read_never_yields_an_error():
    doc = scanned(contract(amount="2045000.00"))
    ctx = with_pages(context(declaration(), [doc]), {1: ["合同总价：¥2,045,000.00"]}, readable=False)
    found = run(amounts.contract_amount, ctx)
    assert codes(found) == ["NEEDS_REVIEW"] and "质量过低" in found[0].message


def test_no_amount_read_and_the_declared_one_nowhere_needs_review():
    doc = scanned(contract(amount=None))
    found = run(amounts.contract_amount, with_pages(context(declaration(), [doc]), {1: ["合同总价：见附件"]}))
    assert codes(found) == ["NEEDS_REVIEW"] and found[0].check == Code.AMOUNT_MISMATCH


def test_a_party_named_anywhere_in_the_contract_is_that_party():
    # The reader lost party B under a seal; the name stands in the signature block.
    doc = scanned(contract(party_b=None))
    lines = ["乙方（盖章）：", "新疆天山云数信息技术有限公司", "开户银行：中国工商银行乌鲁木齐分行"]
    ctx = with_pages(context(declaration(), [doc]), {1: lines, 3: ["乌鲁木齐市沙依巴克区数据局"]})
    assert run(parties.contract_parties, ctx) == []


def test_a_name_found_only_away_from_a_label_that_names_another_party_needs_review():
    # A subcontract: 甲方 is the general contractor; the declared client is named only in the recitals.
    doc = contract(party_a="新疆建工集团有限公司")
    lines = [
        "甲方（总承包人）：新疆建工集团有限公司",
        "鉴于甲方承建乌鲁木齐市沙依巴克区数据局政务云平台建设项目",
    ]
    found = run(parties.contract_parties, with_pages(context(declaration(), [doc]), {1: lines}))
    assert codes(found) == ["NEEDS_REVIEW"] and "新疆建工集团有限公司" in found[0].message


def test_a_client_named_only_inside_its_project_name_is_not_party_a():
    # A subcontract: 发包人 is the general contractor; the declared client heads the project's
    # name (its 政务云 project) and stands nowhere else. The document plainly names another 甲方.
    name = "乌鲁木齐市沙依巴克区数据局政务云平台建设项目"
    doc = contract(party_a="新疆建工集团有限公司", name=name)
    lines = [f"项目名称：{name}", "发包人（全称）：新疆建工集团有限公司"]
    decl = declaration(projects=[project_row(name=name)])
    found = run(parties.contract_parties, with_pages(context(decl, [doc]), {1: lines}))
    assert codes(found) == ["PARTY_MISMATCH"] and "新疆建工集团有限公司" in found[0].message


def test_merged_rows_match_every_contract_and_compare_the_sum():
    decl = declaration(projects=[project_row(amount="2450000.00")])
    first = contract("D2", amount="1450000.00", name="沙依巴克区政务云平台建设项目（一期）")
    second = contract(
        "D4", amount="1000000.00", name="沙依巴克区政务云平台建设项目（二期）", file="scan_02.pdf"
    )
    ctx = context(decl, [first, second])
    assert ctx.matches[0].documents[:2] == ["D2", "D4"]
    assert run(amounts.contract_amount, ctx) == []


def test_a_row_naming_how_many_it_merges_is_held_to_that_many_contracts_sum():
    # nileke's 3所学校合并申报: each school's contract names its school, not the row; the row declares
    # more than the three add up to, and says plainly it is these three.
    name = "察布查尔锡伯自治县中小学智慧教室建设项目（3所学校合并申报）"
    client = "察布查尔锡伯自治县教育局"
    schools = ["堆齐牛录乡中心学校", "孙扎齐牛录乡中心学校", "纳达齐牛录乡中心学校"]
    docs = [
        contract(f"D{i}", amount=a, name=f"{s}智慧教室建设项目", party_a=client, file=f"P1-{i}.pdf")
        for i, (s, a) in enumerate(zip(schools, ["420000.00", "380000.00", "300000.00"], strict=True), 2)
    ]
    decl = declaration(projects=[project_row(name=name, client=client, amount="1300000.00")])
    ctx = context(decl, docs)
    assert ctx.matches[0].documents == ["D2", "D3", "D4"]
    (found,) = run(amounts.contract_amount, ctx)
    assert found.code == Code.AMOUNT_MISMATCH and found.found == "1100000.00"
    assert "3 份合同金额之和" in found.message
    # Two of the three filed: which contracts make the row cannot be told.
    ctx = context(decl, docs[:2])
    assert all(f.code != Code.AMOUNT_MISMATCH for f in run(amounts.contract_amount, ctx))


def test_a_bound_supplements_new_total_supersedes_the_declared_original_price():
    # nileke's 核减: the supplement restates the original price, then the new total under its label.
    doc = contract(amount="725500.00")
    lines = [
        "鉴于甲乙双方于2025年3月28日签订了《指挥中心大屏显示系统建设项目合同》，原合同总价为人民币",
        "807,100.00元。现因墙面实测尺寸小于设计尺寸，大屏显示面积相应核减，经双方友好协商，",
        "本次核减合同价款人民币（大写）捌万壹仟陆佰元整（小写：¥81,600.00）。",
        "调整后合同总价为人民币（大写）柒拾贰万伍仟伍佰元整（小写：¥725,500.00）。",
    ]
    decl = declaration(projects=[project_row(amount="807100.00")])
    found = run(amounts.contract_amount, with_pages(context(decl, [doc]), {3: lines}))
    assert codes(found) == ["AMOUNT_MISMATCH"] and "补充协议" in found[0].message


def test_a_framework_ceiling_declared_as_the_amount_needs_review_and_its_price_list_is_no_fee_table():
    # nileke's 框架协议 alone: unit prices and a ceiling, the orders not filed.
    doc = contract(
        amount="2600000.00", fees={"hardware_purchase": "15800.00", "software_purchase": "45500.00"}
    )
    lines = [
        "1. 本协议为单价框架协议，不约定采购数量和合同总价。",
        "2. 协议有效期内采购总金额不超过人民币（大写）贰佰陆拾万元整（小写：¥2,600,000.00），",
        "以实际订单结算金额为准，甲方不承诺采购总量。",
    ]
    decl = declaration(projects=[project_row(amount="2600000.00")])
    ctx = with_pages(context(decl, [doc]), {1: lines})
    (found,) = run(amounts.contract_amount, ctx)
    assert found.code == Code.NEEDS_REVIEW and found.check == Code.AMOUNT_MISMATCH
    assert "采购上限" in found.message and found.evidence[0].page == 1
    assert run(amounts.contract_fees, ctx) == []
    # The same figure stated as the price is the price.
    priced = with_pages(
        context(decl, [doc]), {1: ["合同总价为人民币（大写）贰佰陆拾万元整（小写：¥2,600,000.00）。"]}
    )
    assert run(amounts.contract_amount, priced) == []


def finding(page: int, message: str = "灰度扫描页中局部纸底带有颜色") -> Finding:
    from jianzheng.models import Evidence

    return Finding(
        code=Code.IMAGE_TAMPERED,
        documents=["D1"],
        message=message,
        evidence=[Evidence(document="D1", file="a.pdf", page=page, bbox=(10, 10 * page, 50, 20 * page))],
    )


def test_one_finding_per_cause_with_a_count():
    merged = one_per_cause([finding(1), finding(1), finding(1), finding(2), finding(1, "另一原因")])
    assert len(merged) == 3
    first = merged[0]
    assert first.count == 3 and len(first.evidence) == 3 and first.message.endswith("（共 3 处）")


def test_one_stranger_in_the_enterprises_place_on_a_projects_papers_is_one_finding():
    from jianzheng.models import Evidence

    def party(doc: str, page: int, paper: str, found: str = "可克达拉市塞湖安防工程有限公司") -> Finding:
        return Finding(
            code=Code.PARTY_MISMATCH,
            project_id="P1",
            documents=[doc],
            declared="可克达拉市塞湖智能科技有限公司",
            found=found,
            message=f"{paper}与申报企业不一致",
            evidence=[Evidence(document=doc, file="P1.pdf", page=page)],
        )

    merged = one_per_cause(
        [party("D2", 1, "合同乙方"), party("D5", 9, "发票销售方"), party("D6", 10, "发票销售方")]
    )
    assert len(merged) == 1
    assert merged[0].count == 3 and merged[0].documents == ["D2", "D5", "D6"]
    assert merged[0].message.startswith("合同乙方")
    # Another company on another paper is another cause.
    assert (
        len(one_per_cause([party("D2", 1, "合同乙方"), party("D5", 9, "发票销售方", "某某商贸有限公司")]))
        == 2
    )


def test_a_framework_agreement_joins_its_orders_row_and_dates_it():
    # 框架协议 (parties and date, no amount) and two orders that add up to the row, in one file.
    decl = declaration(projects=[project_row(amount="2450000.00", signed="2024-03-05")])
    framework = contract(
        "D2", name="远程会诊系统框架协议", amount=None, signed="2024-03-05", file="框架协议及订单.pdf"
    )
    first = contract("D3", amount="1450000.00", signed="2024-03-20", file="框架协议及订单.pdf")
    second = contract("D4", amount="1000000.00", signed="2024-05-31", file="框架协议及订单.pdf")
    ctx = context(decl, [framework, first, second])
    assert set(ctx.matches[0].documents) == {"D2", "D3", "D4"}
    assert run(amounts.contract_amount, ctx) == []
    # The declared date is the framework's; the first order's own date is no mismatch.
    pages = {("框架协议及订单.pdf", 3): Page(file="框架协议及订单.pdf", number=3, width=595, height=842,
             words=[Word(text="签订日期：2024年3月5日", bbox=(72, 700, 300, 714))])}  # fmt: skip
    dated = CheckContext(declaration=decl, documents=ctx.documents, matches=ctx.matches, pages=pages)
    assert run(signing.contract_signed_on, dated) == []


def test_an_order_without_the_project_name_is_the_rows_contract_beside_its_framework():
    # The framework names the project and outscores its one order, which states the amount only:
    # the row is checked against the order, and neither paper is left unmatched.
    from jianzheng.verify.checks import evidence as ev

    decl = declaration(projects=[project_row(amount="1608300.00", signed="2024-03-01")])
    framework = contract("D2", amount=None, signed=None, file="框架协议及订单.pdf")
    order = contract(
        "D3",
        name=None,
        party_a="乌鲁木齐市沙依巴克区数局",
        amount="1608300.00",
        signed="2024-03-01",
        file="框架协议及订单.pdf",
    )
    ctx = context(decl, [framework, order])
    assert ctx.matches[0].documents == ["D3", "D2"]
    assert run(amounts.contract_amount, ctx) == []
    assert run(ev.document_unmatched, ctx) == []


def test_a_subcontract_naming_the_enterprise_as_party_a_is_one_party_mismatch():
    # 分包合同: the enterprise placed the work with another company; its name stands on the page,
    # but as 甲方. Found in the wrong role is not found.
    from verify_builders import ENTERPRISE

    doc = contract(party_a=ENTERPRISE, party_b="新疆昆仑数据科技有限公司")
    lines = [f"甲方（发包人）：{ENTERPRISE}", "乙方（分包人）：新疆昆仑数据科技有限公司"]
    ctx = with_pages(context(declaration(), [doc]), {1: lines})
    found = run(parties.contract_parties, ctx)
    assert codes(found) == ["PARTY_MISMATCH"] and "乙方" in found[0].message


def test_a_project_name_cut_at_a_line_end_still_matches_on_client_and_date():
    from jianzheng.verify.match import name_cut_short

    assert name_cut_short(
        "新疆维吾尔自治区卫生健康委员会2024年",
        "新疆维吾尔自治区卫生健康委员会2024年度农田水利物联网监测平台采购项目",
    )
    doc = contract(name="乌鲁木齐市沙依巴克区政务云", amount=None)
    assert context(declaration(), [doc]).matches[0].documents == ["D2"]


def test_a_row_without_a_matched_contract_but_with_its_clients_contract_unmatched_needs_review():
    from jianzheng.verify.checks import evidence as ev

    # The client's contract names another project and states no amount: it matches no row.
    stranger = contract(name="某某医院远程会诊系统", amount=None, signed=None)
    ctx = context(declaration(), [stranger])
    assert ctx.matches == []
    found = run(ev.project_evidence_missing, ctx)
    assert codes(found) == ["NEEDS_REVIEW"] and found[0].check == "PROJECT_EVIDENCE_MISSING"
    # With no contract of that client at all, the row is plainly unbacked.
    other = contract(name="某某医院远程会诊系统", party_a="哈密市人民医院", amount=None, signed=None)
    assert codes(run(ev.project_evidence_missing, context(declaration(), [other]))) == [
        "PROJECT_EVIDENCE_MISSING"
    ]


def test_an_unmatched_framework_in_the_rows_file_still_dates_the_row():
    decl = declaration(projects=[project_row(amount="2450000.00", signed="2024-03-05")])

    def on_page(doc, number):
        return doc.model_copy(update={"pages": [number]})

    framework = contract(
        "D2", name="台运维服务项目框架", party_a=None, amount=None, signed=None, file="f.pdf"
    )
    first = contract("D3", amount="1450000.00", signed="2024-03-20", file="f.pdf")
    second = contract("D4", amount="1000000.00", signed="2024-05-31", file="f.pdf")
    ctx = context(decl, [on_page(framework, 1), on_page(first, 2), on_page(second, 3)])
    assert "D2" not in ctx.matches[0].documents
    # Only the framework's page states the declared date.
    pages = {("f.pdf", 1): Page(file="f.pdf", number=1, width=595, height=842,
             words=[Word(text="签订日期：2024年3月5日", bbox=(72, 700, 300, 714))])}  # fmt: skip
    dated = CheckContext(declaration=decl, documents=ctx.documents, matches=ctx.matches, pages=pages)
    assert run(signing.contract_signed_on, dated) == []
