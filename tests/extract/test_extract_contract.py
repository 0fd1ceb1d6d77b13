"""Contract fields from pages: labels, running text, OCR spacing, signature blocks, fee tables."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from field_pages import page_of

from jianzheng.extract import extract_fields
from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.models import ContractFields, DocType, Document, Seal

FIRST = [
    "乌鲁木齐市某区政务云平台建设项目合同书",
    "合同编号：XJ-ZW-2024-017",
    "甲方（采购人）：乌鲁木齐市某区数据局",
    "乙方（供应商）：新疆天山云数信息技术|有限公司",
    "第一条 合同金额",
    "合同总价：人民币贰佰肆拾伍万元整（¥2,450,000.00）",
    "序号  费用名称  金额（元）",
    "1  软件开发费  1,200,000.00",
    "2  系统集成实施费  300,000.00",
    "3  硬件设备购置费  800,000.00",
    "4  软件购置费  150,000.00",
    "  合计  2,450,000.00",
    "甲方应于合同签订后十个工作日内支付预付款。",
]
SIGNATURE = [
    "甲方（盖章）：  乙方（盖章）：",
    "乌鲁木齐市某区数据局  新疆天山云数信息技术有限公司",
    "日期：2024年3月5日",
]


def contract(*pages) -> ContractFields:
    fields = EXTRACTORS[DocType.contract](Reading.of(list(pages)))
    assert isinstance(fields, ContractFields)
    return fields


@pytest.mark.parametrize("ocr", [False, True])
def test_every_contract_field_with_its_evidence(ocr):
    fields = contract(page_of(FIRST, ocr=ocr), page_of(SIGNATURE, number=2, ocr=ocr))
    assert fields.project_name and fields.project_name.value == "乌鲁木齐市某区政务云平台建设项目"
    assert fields.contract_number and fields.contract_number.value == "XJ-ZW-2024-017"
    assert fields.party_a and fields.party_a.value == "乌鲁木齐市某区数据局"
    assert fields.party_b and fields.party_b.value == "新疆天山云数信息技术有限公司"
    assert fields.contract_amount and fields.contract_amount.value == Decimal("2450000.00")
    assert fields.amount_in_words and fields.amount_in_words.value == "人民币贰佰肆拾伍万元整"
    assert fields.amount_in_words_value and fields.amount_in_words_value.value == Decimal("2450000.00")
    assert fields.signed_on and fields.signed_on.value == dt.date(2024, 3, 5)
    assert fields.signed_on.page == 2
    assert fields.fees and fields.fees.value.hardware_purchase == Decimal("800000.00")
    amount = fields.contract_amount
    assert amount.page == 1 and amount.bbox is not None and "合同总价" in amount.text
    assert 0 < amount.confidence <= 1


def test_amount_in_words_and_figures_on_two_lines():
    fields = contract(
        page_of(["合同价款：", "人民币（大写）：贰佰零肆万伍仟元整", "（小写）：¥2,045,000.00"])
    )
    assert fields.contract_amount and fields.contract_amount.value == Decimal("2045000.00")
    assert fields.amount_in_words and fields.amount_in_words.value == "贰佰零肆万伍仟元整"


def test_amount_in_running_text():
    fields = contract(page_of(["本合同总价款为人民币壹拾万零伍佰元整（100,500.00元），含税。"]))
    assert fields.contract_amount and fields.contract_amount.value == Decimal("100500.00")
    assert fields.amount_in_words_value and fields.amount_in_words_value.value == Decimal("100500.00")


def test_an_orders_total_is_its_amount():
    fields = contract(
        page_of(["采购订单", "订单金额合计:人民币贰佰壹拾万肆仟叁佰捌拾元整(小写:2104380.00元)。"])
    )
    assert fields.contract_amount is not None and fields.contract_amount.value == Decimal("2104380.00")
    assert fields.amount_in_words_value is not None
    assert fields.amount_in_words_value.value == Decimal("2104380.00")


def test_an_operation_contracts_annual_fee_is_its_amount():
    fields = contract(
        page_of(
            [
                "信息系统运行维护服务合同",
                "第四条服务费用:本合同年度运维服务费为人民币玖拾玖万陆仟肆佰肆拾肆元整(小写:",
                "996444.00元),按季度平均支付,乙方开具增值税发票。",
            ]
        )
    )
    assert fields.contract_amount is not None and fields.contract_amount.value == Decimal("996444.00")


@pytest.mark.parametrize(
    "clause",
    [
        [
            "年度运维服务费为人民币552,300.00元,服务期三年合同总金额为人民币(大写)壹佰陆拾伍",
            "万陆仟玖佰元整(小写:¥1,656,900.00元)。运维服务费按年度考核后支付。",
        ],
        [
            "年度运维服务费：人民币552,300.00元",
            "合同总金额：人民币壹佰陆拾伍万陆仟玖佰元整（¥1,656,900.00）",
        ],
    ],
)
def test_a_years_fee_beside_the_contracts_total_is_no_amount(clause):
    fields = contract(page_of(["信息系统运维服务项目服务合同", "本合同服务期三年。", *clause]))
    assert fields.contract_amount is not None and fields.contract_amount.value == Decimal("1656900.00")
    assert fields.amount_in_words_value is not None
    assert fields.amount_in_words_value.value == Decimal("1656900.00")


def test_a_damaged_capital_amount_is_printed_but_has_no_value():
    fields = contract(page_of(["合同总价：人民币叁任元整（¥3,000.00）"]))
    assert fields.amount_in_words and fields.amount_in_words.value == "人民币叁任元整"
    assert fields.amount_in_words_value is None
    assert fields.contract_amount and fields.contract_amount.value == Decimal("3000.00")


def test_fields_not_printed_are_omitted():
    fields = contract(page_of(["技术服务合同", "第一条 服务内容", "乙方负责系统运维。"]))
    assert fields.contract_amount is None and fields.party_a is None and fields.signed_on is None


def test_a_seal_on_a_page_is_has_seal():
    page = page_of(SIGNATURE)
    sealed = page.model_copy(update={"seals": [Seal(bbox=(100, 100, 180, 180), text="合同专用章")]})
    fields = contract(sealed)
    assert fields.has_seal and fields.has_seal.value is True
    assert fields.has_seal.bbox == (100, 100, 180, 180)


def test_extract_fields_fills_a_document_from_its_own_pages():
    pages = [
        page_of(FIRST, file="a.pdf"),
        page_of(SIGNATURE, file="a.pdf", number=2),
        page_of(["甲方：别的公司"], file="b.pdf"),
    ]
    document = Document(id="D1", file="a.pdf", pages=[1, 2], type=DocType.contract)
    filled = extract_fields(document, pages)
    assert filled.field("party_a") and filled.field("party_a").value == "乌鲁木齐市某区数据局"
    report_json = filled.model_dump(mode="json")
    assert report_json["fields"]["contract_amount"]["value"] == "2450000.00"


def test_other_documents_keep_empty_fields():
    document = Document(id="D9", file="a.pdf", pages=[1], type=DocType.other)
    assert extract_fields(document, [page_of(FIRST, file="a.pdf")]) == document


def test_an_amount_pasted_over_another_is_read_as_shown():
    page = page_of(["合同总价：  ¥4,179,400.00"])
    original = page.words[-1]
    pasted = original.model_copy(update={"text": "¥4,529,400.00"})
    shown = page.model_copy(update={"words": [*page.words, pasted]})  # drawn last, on top
    fields = contract(shown)
    assert fields.contract_amount and fields.contract_amount.value == Decimal("4529400.00")


def test_an_instalment_of_the_price_is_not_the_price():
    fields = contract(
        page_of(["付款：合同签订后甲方支付合同总价的30%，即人民币735,000.00元。", "合同总价：¥2,450,000.00"])
    )
    assert fields.contract_amount and fields.contract_amount.value == Decimal("2450000.00")


def test_without_a_readable_price_sentence_the_fee_table_total_is_the_price():
    fields = contract(page_of([line for line in FIRST if "合同总价" not in line]))
    assert fields.contract_amount and fields.contract_amount.value == Decimal("2450000.00")
    assert fields.contract_amount.confidence < 1 and "合计" in fields.contract_amount.text
    assert fields.amount_in_words is None


def test_words_pasted_over_part_of_a_span_replace_what_they_cover():
    page = page_of(["合同价款为人民币（大写）肆佰壹拾柒万玖仟肆佰元整"])
    original = page.words[0]
    x0 = original.bbox[0] + 50  # over 人民币（大写）肆佰壹拾柒万…
    pasted = original.model_copy(
        update={"text": "人民币（大写）肆佰陆拾柒万玖仟肆佰元整", "bbox": (x0, *original.bbox[1:])}
    )
    fields = contract(page.model_copy(update={"words": [original, pasted]}))
    assert fields.amount_in_words and fields.amount_in_words.value == "肆佰陆拾柒万玖仟肆佰元整"


def test_a_project_name_wrapped_onto_a_short_next_line_is_joined():
    fields = contract(
        page_of(
            [
                "项目名称：乌鲁木齐市某区政务云平台建设及数据治理",
                "项目",
                "根据《中华人民共和国民法典》及有关法律法规，双方订立本合同。",
            ]
        )
    )
    assert fields.project_name and fields.project_name.value == "乌鲁木齐市某区政务云平台建设及数据治理项目"


def test_a_project_name_is_not_joined_with_the_next_sentence():
    fields = contract(
        page_of(
            [
                "项目名称：乌鲁木齐市某区政务云平台",
                "根据《中华人民共和国民法典》及有关法律法规，双方订立本合同。",
            ]
        )
    )
    assert fields.project_name and fields.project_name.value == "乌鲁木齐市某区政务云平台"


def test_a_framework_title_over_three_lines_names_the_project_without_its_parties():
    # 甲方与乙方 + the project + 框架协议, wrapped over three title lines; no 项目名称 label.
    title = [
        "新疆维吾尔自治区第一中学与新疆中正明德信息技术股",
        "份有限公司新疆维吾尔自治区第一中学2024年度数",
        "据中心机房等级保护整改采购项目框架协议",
        "协议编号：KJXY-2024-26",
        "为保障甲方信息化建设及运行维护工作的持续开展，双方经友好协商，达成如下协议。",
    ]
    fields = contract(page_of(title, ocr=True))
    assert fields.project_name is not None
    assert fields.project_name.value == "新疆维吾尔自治区第一中学2024年度数据中心机房等级保护整改采购项目"
    assert fields.project_name.confidence < 0.8  # a title's name, not a labelled one


def test_a_framework_title_is_not_cut_inside_the_second_partys_name():
    # 信息技术科 ends like a section (科), but 技有限公司 follows: the party runs to 有限公司.
    title = [
        "昌吉回族自治州数据局与新疆锦程云帆信息技术科技有",
        "限公司昌吉回族自治州数据局2024年度数据中心机",
        "房等级保护整改采购项目框架协议",
        "协议编号：KJXY-2024-41",
        "为保障甲方信息化建设及运行维护工作的持续开展，双方经友好协商，达成如下协议。",
    ]
    fields = contract(page_of(title, ocr=True))
    assert fields.project_name is not None
    assert fields.project_name.value == "昌吉回族自治州数据局2024年度数据中心机房等级保护整改采购项目"


def test_a_work_contract_names_its_parties_as_orderer_and_contractor():
    # 承揽合同: 定作人 orders the work, 承揽人 does it (民法典 合同编 第十七章).
    fields = contract(
        page_of(
            [
                "承 揽 合 同",
                "定作人（甲方）：昌吉回族自治州人民医院",
                "承揽人（乙方）：新疆天衡数字科技有限公司",
                "甲方委托乙方承揽“昌吉回族自治州人民医院业务管理信息系统开发项目”的定制开发工作。",
            ]
        )
    )
    assert fields.party_a and fields.party_a.value == "昌吉回族自治州人民医院"
    assert fields.party_b and fields.party_b.value == "新疆天衡数字科技有限公司"


def test_the_signing_date_stated_in_a_clause():
    # No 签订日期 label and no dated signature block: 本合同于…签订 says it.
    lines = [
        "信息化项目建设合同",
        "甲方（采购单位）：昌吉回族自治州阜康市交通运输局",
        "第二条 实施周期：自合同签订之日起60日内完成。",
        "甲方应于2023年5月1日前支付预付款。",
        "第四条 本合同于2023年4月9日在乌鲁木齐签订，自双方盖章之日起生效。",
    ]
    fields = contract(page_of(lines))
    assert fields.signed_on is not None and fields.signed_on.value == dt.date(2023, 4, 9)
    assert "签订" in fields.signed_on.text or "2023年4月9日" in fields.signed_on.text


def test_a_technical_contract_states_its_price_as_remuneration():
    # 科技部 technical-service model: 技术服务报酬总额, in 万元.
    lines = [
        "技术服务合同",
        "委托方（甲方）：乌鲁木齐市沙依巴克区市场监督管理局",
        "三、技术服务报酬及其支付方式：本项目技术服务报酬总额为人民币37.90万元（含税）。",
    ]
    fields = contract(page_of(lines, ocr=True))
    assert fields.contract_amount is not None and fields.contract_amount.value == Decimal("379000.00")


def test_an_orders_total_row_gives_the_price_and_its_capital_numerals():
    # An order under a framework agreement: no price sentence, the fee table's 合计 row holds both.
    lines = [
        "订单合同",
        "甲方（采购方）  新疆维吾尔自治区第一中学",
        "序号  服务内容  金额（元）",
        "1  软件开发费  623,800.00",
        "2  系统集成实施费  143,500.00",
        "合计  柒拾陆万柒仟叁佰元整  767,300.00",
    ]
    fields = contract(page_of(lines, ocr=True, columns=[60, 110, 400]))
    assert fields.contract_amount is not None and fields.contract_amount.value == Decimal("767300.00")
    assert fields.amount_in_words is not None and fields.amount_in_words.value == "柒拾陆万柒仟叁佰元整"
    assert fields.amount_in_words_value is not None
    assert fields.amount_in_words_value.value == Decimal("767300.00")


def test_the_project_named_in_brackets_under_the_title():
    lines = [
        "政府采购合同",
        "（新和县教育局教育资源公共服务平台项目）",
        "合同编号  XHJY-2024-015",
        "采购人（甲方）  新和县教育局",
    ]
    fields = contract(page_of(lines))
    assert fields.project_name is not None
    assert fields.project_name.value == "新和县教育局教育资源公共服务平台项目"


def test_a_category_in_brackets_under_the_title_is_no_project_name():
    fields = contract(page_of(["政府采购合同", "（信息技术服务类）", "合同编号  XHJY-2024-015"]))
    assert fields.project_name is None or fields.project_name.value != "信息技术服务类"


@pytest.mark.parametrize(
    "second",
    ["合同总价（小写）：¥1,680,000.00元", "（小写）：¥1,680,000.00元", "人民币（小写） ¥1,680,000.00元"],
)
def test_a_price_stated_in_words_on_one_line_and_in_figures_on_the_next(second):
    # Each spelling on its own labelled line: both are the price, and they disagree (壹佰捌拾陆万).
    fields = contract(page_of(["第三条 合同价款", "合同总价（大写）：人民币壹佰捌拾陆万元整", second]))
    assert fields.contract_amount.value == Decimal("1680000.00")
    assert fields.amount_in_words_value.value == Decimal("1860000.00")


def test_capital_numerals_wrapped_at_the_lines_end_with_their_figures_after_them():
    # The figures in brackets after the words' last characters on the next line are the price;
    # the words say another amount (壹佰壹拾捌万 for ¥1,215,154.36).
    fields = contract(
        page_of(
            [
                "（一）甲方应向乙方支付技术服务报酬总额为（人民币大写）壹佰壹拾捌万伍仟壹佰伍拾肆",
                "元叁角陆分（¥1,215,154.36元），该报酬已包含税费。",
                "1. 合同签订后十五个工作日内，甲方支付合同总额的40%，计人民币486,061.74元；",
            ]
        )
    )
    assert fields.contract_amount.value == Decimal("1215154.36")
    assert fields.amount_in_words_value.value == Decimal("1185154.36")


def test_an_instalment_on_the_next_line_is_no_spelling_of_the_price():
    fields = contract(page_of(["合同金额：¥1,680,000.00元", "首付款：人民币伍拾万肆仟元整"]))
    assert fields.contract_amount.value == Decimal("1680000.00")
    assert fields.amount_in_words is None


def test_the_contractors_own_number_on_a_technology_contract_cover():
    # 科技部's cover leaves 合同登记编号 to the registry; the parties print their own number beside it.
    fields = contract(
        page_of(["合同登记编号：", "（受托方编号：巴SS-2024-282）", "技术开发（委托）合同"], ocr=True)
    )
    assert fields.contract_number and fields.contract_number.value == "巴SS-2024-282"


def test_a_technology_contracts_price_in_running_text_in_wan():
    fields = contract(
        page_of(
            ["第三条 研究开发经费和报酬及其支付方式", "本项目研究开发经费和报酬为人民币120.5万元。"], ocr=True
        )
    )
    assert fields.contract_amount and fields.contract_amount.value == Decimal("1205000.00")


def _bound_behind(lines: list[str]):
    """The contract's fields, its two pages scanned with a page of ``lines`` bound behind them."""
    return contract(
        page_of(FIRST, ocr=True), page_of(SIGNATURE, number=2, ocr=True), page_of(lines, number=3, ocr=True)
    )


def test_a_price_changed_by_a_supplementary_agreement_bound_after_the_contract():
    fields = _bound_behind(
        [
            "补充协议",
            "一、原合同总价人民币贰佰肆拾伍万元整（¥2,450,000.00元）变更为人民币叁",
            "佰叁拾万壹仟叁佰元整（¥3,301,300.00元），增加的内容为数据治理模块。",
            "甲方（盖章）        乙方（盖章）",
            "日期：2024年8月15日        日期：2024年8月15日",
        ]
    )
    assert fields.contract_amount and fields.contract_amount.value == Decimal("3301300.00")
    assert fields.amount_in_words_value and fields.amount_in_words_value.value == Decimal("3301300.00")
    # Signed later, on its own date: the contract's signing date is still its own.
    assert fields.signed_on and str(fields.signed_on.value) == "2024-03-05"


def test_a_new_total_under_its_own_label_below_the_original_title_in_two_lines():
    # The original's title in 《》 wraps over two lines above 补充协议; the new total has its label.
    fields = _bound_behind(
        [
            "协议编号：CBCEGAHT〔2025〕36号-BC01",
            "《察布查尔锡伯自治县公安局指挥",
            "中心大屏显示系统建设项目合同》",
            "补充协议",
            "原合同总价为人民币2,450,000.00元。现因墙面实测尺寸小于设计尺寸，相应核减。",
            "本次核减合同价款人民币（大写）捌万壹仟陆佰元整（小写：¥81,600.00）。",
            "调整后合同总价为人民币（大写）贰佰叁拾陆万捌仟肆佰元整（小写：¥2,368,400.00）。",
            "1. 调整后的合同价款按原合同约定的付款方式和比例支付。",
            "日期：2025年5月9日        日期：2025年5月9日",
        ]
    )
    assert fields.contract_amount and fields.contract_amount.value == Decimal("2368400.00")
    assert fields.amount_in_words_value and fields.amount_in_words_value.value == Decimal("2368400.00")
    assert fields.signed_on and str(fields.signed_on.value) == "2024-03-05"


def test_a_project_name_in_a_clause_ends_at_its_full_stop():
    fields = contract(
        page_of(
            ["第一条 项目概况", "项目名称：若羌县医共体信息化平台建设项目。实施地点：新疆巴音郭楞"], ocr=True
        )
    )
    assert fields.project_name and fields.project_name.value == "若羌县医共体信息化平台建设项目"


def test_a_handwritten_date_the_reader_split_from_its_row_under_a_seal():
    # 日期 | 2024.3.2 | 日期 | 2024年3月2日 written by hand, one glyph a word, each a little off the
    # line, with each seal's ring text over the date: the reader set the supplier's date on a line
    # of its own, level with the row.
    from jianzheng.models import Page, Word

    def word(text: str, x0: float, y0: float, x1: float, y1: float) -> Word:
        return Word(text=text, bbox=(x0, y0, x1, y1))

    hand = [("2", 399.9, 298.3, 407.6, 313.7), ("0", 407.3, 297.4, 415.1, 314.2),
            ("2", 415.8, 298.1, 423.5, 315.8), ("4", 422.7, 297.7, 431.8, 314.8),
            ("年", 430.4, 298.5, 444.1, 314.5), ("3", 444.2, 298.5, 451.0, 314.4),
            ("月", 451.2, 297.4, 463.8, 312.5), ("2", 462.3, 296.1, 472.0, 314.7),
            ("日", 470.0, 297.8, 483.1, 312.9)]  # fmt: skip
    page = Page(
        file="c.pdf",
        number=1,
        width=595.0,
        height=842.0,
        words=[
            word("甲方（采购人）", 45, 140, 120, 152),
            word("哈密市中心医院", 150, 140, 230, 152),
            word("乙方（供应商）", 305, 140, 380, 152),
            word("哈密丝路数联科技有限公司", 400, 140, 530, 152),
            # The rows between, and the seals' ring characters the reader boxed one by one.
            word("法定代表人或委托代理人", 45, 170, 150, 182),
            word("法定代表人或委托代理人", 305, 170, 410, 182),
            word("联系人", 45, 200, 75, 212),
            word("刘疆", 150, 200, 170, 212),
            word("联系人", 305, 200, 335, 212),
            word("帕尔哈提·肉孜", 400, 200, 470, 212),
            *(
                word(ch, 190 + 12 * (i % 3), 215 + 9 * i, 200 + 12 * (i % 3), 224 + 9 * i)
                for i, ch in enumerate("市医密院路限哈丝")
            ),
            word("日期", 45.3, 298.0, 65.3, 310.0),
            word("日期", 305.3, 298.0, 325.3, 310.0),
            *(word(*glyph) for glyph in hand),
            word("合同专用章", 179.3, 299.3, 223.3, 309.8),
            word("合同专用章", 439.3, 295.3, 483.3, 305.8),
        ],
    )
    found = contract(page).signed_on
    assert found is not None and found.value == dt.date(2024, 3, 2)


def test_the_works_planned_dates_are_no_signing_date():
    # 计划竣工日期：… ends in 日期 (the signature block's label) but is the works' date.
    lines = [
        "建设工程施工合同",
        "发包人（全称）：哈密市伊州区人民政府",
        "承包人（全称）：新疆胡杨科创网络科技有限公司",
        "计划开工日期：2025年1月18日；计划竣工日期：2025年6月4日。",
        "本合同于2025年1月12日订立。",
        "发包人（盖章）  承包人（盖章）",
    ]
    found = contract(page_of(lines)).signed_on
    assert found is not None and found.value == dt.date(2025, 1, 12)


def _set_large(page, text: str):
    """The page with the word ``text`` set larger than the body, as a title is."""
    tall = [
        w.model_copy(update={"bbox": (w.bbox[0], w.bbox[1] - 4, w.bbox[2] + 8, w.bbox[3] + 4)})
        if w.text == text
        else w
        for w in page.words
    ]
    return page.model_copy(update={"words": tall})


def test_the_project_on_its_own_line_above_a_bare_title():
    page = page_of(
        [
            "合同编号：SFJY-2025-711",
            "疏附县智慧教育云平台建设项目",
            "合 同 书",
            "甲方：疏附县教育局",
            "乙方：喀什丝路云联信息技术有限公司",
            "甲乙双方根据《中华人民共和国民法典》及相关法律法规，经友好协商，订立本合同。",
        ],
        ocr=True,
    )
    # The title set large, the project's line above it in the body's size.
    fields = contract(_set_large(page, "合 同 书"))
    assert fields.project_name is not None
    assert fields.project_name.value == "疏附县智慧教育云平台建设项目"


def test_the_project_on_its_own_line_above_a_government_procurement_contracts_title():
    # bachu seed 1: the project's name, then 政府采购合同 set larger, then the contract's number.
    page = page_of(
        [
            "柯坪县人民医院信息系统运维服务（2025—2026年度）项目",
            "政府采购合同",
            "合同编号：KPYY-CG-2025-008",
            "甲方（采购人）柯坪县人民医院",
            "乙方（供应商）新疆昆岳计算机系统有限公司",
        ],
        ocr=True,
    )
    fields = contract(_set_large(page, "政府采购合同"))
    assert fields.project_name is not None
    assert fields.project_name.value == "柯坪县人民医院信息系统运维服务(2025—2026年度)项目"


def test_a_government_procurement_contract_names_its_project_in_the_opening_sentence():
    fields = contract(
        page_of(
            [
                "政府采购合同",
                "合同编号  KSGA-CG-2025-60",
                "采购人（甲方） 喀什市公安局  供应商（乙方） 喀什恒通达电子工程有限公司",
                "根据《中华人民共和国政府采购法》《中华人民共和国民法典》及喀什市公安局社区警务室视频专",
                "网项目（公开招标）的采购结果，甲乙双方经协商一致，签订本合同。",
            ],
            ocr=True,
        )
    )
    assert fields.project_name is not None
    assert fields.project_name.value == "喀什市公安局社区警务室视频专网项目"


def test_a_project_name_split_by_glare_is_read_unsure():
    found = contract(
        page_of(
            [
                "木垒县人民医院网络安全等级保护运维服务合同",
                "项目名称:  木垒县人民医  等级保护运维服务项目",
                "甲方(服务采购方): 木垒哈萨克自治县人民医院",
            ],
            ocr=True,
        )
    )
    assert found.project_name is not None and found.project_name.confidence < 0.8


def test_one_name_under_both_roles_names_neither_party():
    # A photo's layout put each role's label beside the supplier's name: which is which is not read.
    found = contract(
        page_of(
            [
                "运维服务合同",
                "甲方(盖章):  新疆木垒云岭通信技术有限公司",
                "乙方(盖章):  新疆木垒云岭通信技术有限公司",
            ],
            ocr=True,
        )
    )
    assert found.party_a is None and found.party_b is None


def test_a_fee_table_that_makes_up_the_price_gives_the_fees_it_leaves_out_as_zero():
    table = ["费用项目  金额（元）", "软件开发费  287,000.00", "硬件设备购置费  1,449,000.00"]
    whole = contract(page_of(["合同总价：¥1,736,000.00元", *table]))
    assert whole.fees.value.software_development == Decimal("287000.00")
    assert whole.fees.value.consulting_design == Decimal("0.00")  # itemised whole: none of it
    part = contract(page_of(["合同总价：¥2,000,000.00元", *table]))
    assert part.fees.value.consulting_design is None  # a part of the price: nothing said of the rest


def test_a_price_list_before_a_discount_is_no_breakdown_of_the_price():
    # 合计 1,503,041.00 above 优惠后总价 1,391,705.00: the items price the list, not the contract.
    lines = [
        "序号 名称  金额（元）",
        "1 系统集成实施费  232,384.00",
        "2 硬件设备购置费  1,270,657.00",
        "合计  1,503,041.00",
        "合同总价：¥1,391,705.00元",
    ]
    assert contract(page_of(lines)).fees is None
    # A fee the price clause names in passing (其中：系统集成实施费…) is still the contract's.
    named = contract(page_of(["合同总价：¥2,783,500.00元。其中：系统集成实施费1097500.00元。"]))
    assert named.fees is not None and named.fees.value.integration_implementation == Decimal("1097500.00")


def test_a_signature_date_read_through_a_seal_gives_way_to_the_clearly_read_one():
    # Both parties dated 2024年5月11日; the seal over 乙方's date merged 合同专(用章) into it and dropped a
    # 1, read less surely. The clearly read date is the contract's.
    from jianzheng.models import Page, Word

    def word(text, x0, y0, confidence=0.99):
        return Word(text=text, bbox=(x0, y0, x0 + 12 * len(text), y0 + 12), confidence=confidence)

    page = Page(
        file="c.pdf",
        number=2,
        width=595.0,
        height=842.0,
        text_source="ocr",
        words=[
            word("甲方（盖章）：", 60, 500),
            word("乙方（盖章）：", 320, 500),
            word("日期：2024年5月11日", 60, 560),
            word("日期：合同专2024年5月1日", 320, 560, confidence=0.86),
        ],
    )
    found = contract(page).signed_on
    assert found is not None and found.value == dt.date(2024, 5, 11)


def test_a_contract_grid_states_the_figure_and_a_later_clause_the_words():
    grid = page_of(
        [
            "合同要素表",
            "合同名称  温泉县网络安全等级保护整改项目",
            "甲方  温泉县人民政府办公室",
            "乙方  温泉县博通信息工程有限公司",
            "合同金额  ¥3 586 200.00",  # thousands set apart by blanks
            "签订日期  2025年03月17日",
        ],
        ocr=True,
    )
    clause = page_of(
        ["第三条 合同价款", "本合同总价为人民币（大写）叁佰伍拾捌万陆仟贰佰元整（小写：¥3,586,200.00）"],
        number=2,
        ocr=True,
    )
    fields = contract(grid, clause)
    assert fields.contract_amount and fields.contract_amount.value == Decimal("3586200")
    assert fields.amount_in_words and fields.amount_in_words.value.endswith("叁佰伍拾捌万陆仟贰佰元整")
    assert fields.amount_in_words_value and fields.amount_in_words_value.value == Decimal("3586200")


def test_a_grid_in_wan_takes_the_words_of_a_clause_equal_at_its_precision():
    grid = page_of(["合同要素表", "合同金额  68.46万元（含税）"], ocr=True)
    clause = page_of(
        ["本合同总价为人民币（大写）陆拾捌万肆仟陆佰肆拾贰元捌角（小写：¥684,642.80）"], number=2, ocr=True
    )
    fields = contract(grid, clause)
    assert fields.amount_in_words_value and fields.amount_in_words_value.value == Decimal("684642.80")
    # A clause stating another price lends the grid no words.
    other = page_of(["本合同总价为人民币（大写）柒拾万元整（小写：¥700,000.00）"], number=2, ocr=True)
    assert contract(grid, other).amount_in_words is None


def test_a_name_wrapped_onto_a_line_ending_the_sentence_is_joined():
    fields = contract(
        page_of(
            [
                "建设工程专业分包合同",
                "第一条 项目名称",
                "项目名称:乌鲁木齐经济技术开发区(头屯河区)图书馆新院区建设项目智能化系统专业分",
                "包工程。",
                "第二条 合同金额",
            ]
        )
    )
    assert fields.project_name is not None
    assert (
        fields.project_name.value
        == "乌鲁木齐经济技术开发区(头屯河区)图书馆新院区建设项目智能化系统专业分包工程"
    )


def test_a_price_cell_of_two_lines_beside_its_label_gives_both_spellings():
    # 政府采购合同's party table: 合同金额 | 人民币（大写）… over （小写）¥…, the label at the cell's middle.
    page = page_of(
        [
            "供应商（乙方）  新疆前海信息技术有限公司",
            "人民币（大写）伍佰伍拾陆万伍仟陆佰肆拾伍元伍角陆分",
            "合同金额",
            "（小写）¥5,565,645.56元",
        ]
    )
    found = EXTRACTORS[DocType.contract](Reading.of([page]))
    assert found.contract_amount.value == Decimal("5565645.56")
    assert found.amount_in_words.value == "伍佰伍拾陆万伍仟陆佰肆拾伍元伍角陆分"


def test_a_supplementary_agreement_bound_after_the_contract_needs_its_own_seals():
    seal = Seal(bbox=(100, 300, 200, 400), text="乌鲁木齐市某区数据局")
    supplement = [
        "补充协议",
        "一、交货地点变更为奇台县老奇台镇人民政府院内。",
        "甲方（盖章）        乙方（盖章）",
        "日期：2024年8月15日        日期：2024年8月15日",
    ]
    sealed_contract = page_of(SIGNATURE, number=2, ocr=True, seals=[seal])
    unsealed = contract(page_of(FIRST, ocr=True), sealed_contract, page_of(supplement, number=3, ocr=True))
    assert unsealed.has_seal is not None and unsealed.has_seal.value is False and unsealed.has_seal.page == 3
    both = contract(
        page_of(FIRST, ocr=True), sealed_contract, page_of(supplement, number=3, ocr=True, seals=[seal])
    )
    assert both.has_seal is not None and both.has_seal.value is True


def test_a_clause_naming_the_seal_is_no_seal_but_a_rings_text_is():
    clause = "本合同一式肆份，经双方法定代表人或授权代表签字并加盖公章或合同专用章后生效。"
    unsealed = contract(page_of([*FIRST, clause, "甲方（盖章）：        乙方（盖章）："]))
    assert unsealed.has_seal is not None and unsealed.has_seal.value is False
    ring = contract(page_of([*FIRST, clause, "新疆天衡数字技术有限公司合同专用章"]))
    assert ring.has_seal is not None and ring.has_seal.value is True


def test_a_viewer_apps_title_bar_above_a_screenshot_is_no_title():
    # A phone screenshot of the contract in a chat app: the bar names the file, cut at its start.
    screenshot = [
        "13:55  4G  22",
        "党建信息平台建设项目合同.pdf",
        "山东援疆麦盖提县基层党建信息平台建设项目",
        "合 同 书",
        *FIRST[1:4],
    ]
    fields = contract(page_of(screenshot, ocr=True))
    assert fields.project_name is not None and ".pdf" not in fields.project_name.value
    assert fields.project_name.value == "山东援疆麦盖提县基层党建信息平台建设项目"


def test_a_number_line_under_a_price_breakdowns_heading_is_no_title():
    # qitai seed 1: 某项目报价明细 / 合同编号：… 单位：元; the number's line named no project (the
    # heading and the number were joined as one: …项目报价明细合同编号:…单位:元).
    page = [
        "阜康市教育局中小学智慧校园网络改造项目报价明细",
        "合同编号：FK2025-JC-122  单位：元",
        "序号  名称  数量  金额",
        "1  核心交换机  2  186,000.00",
    ]
    fields = contract(page_of(page, ocr=True))
    assert fields.contract_number is not None and fields.contract_number.value == "FK2025-JC-122"
    assert fields.project_name is None or "合同编号" not in fields.project_name.value


def test_party_a_under_its_label_as_ocr_misreads_it():
    # 甲方 read as 申方 on a soft scan of a framework agreement (hami seed 1).
    fields = contract(
        page_of(
            [
                "2017年度信息化设备及技术服务框架协议",
                "申方：哈密市自然资源局",
                "乙方：哈密市云岭恒通智能科技有限公司",
            ],
            ocr=True,
        )
    )
    assert fields.party_a and fields.party_a.value == "哈密市自然资源局"
    assert fields.party_b and fields.party_b.value == "哈密市云岭恒通智能科技有限公司"
