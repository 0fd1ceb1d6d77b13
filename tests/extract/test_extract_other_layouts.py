"""Fields as other issuers print them: prices inside clauses, quotation tables, signature blocks,
acceptance letters and expert opinions, audit reports addressed 致：… and signed by a branch."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from field_pages import page_of

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.extract.fields.fee_table import extract_fees
from jianzheng.extract.fields.lines import page_lines
from jianzheng.models import AcceptanceConclusion, DocType
from jianzheng.models.money import find_amounts


def fields(doc_type: DocType, *pages):
    return EXTRACTORS[doc_type](Reading.of(list(pages)))


QUOTE = [
    "附：分项报价表",
    "序号  名称  单位  数量  单价（元）  金额（元）",
    "1  软件定制开发  项  1  1,200,000.00  1,200,000.00",
    "2  服务器及网络设备采购  批  1  800,000.00  800,000.00",
    "3  系统集成与实施  项  1  300,000.00  300,000.00",
    "4  运维服务（一年）  年  1  90,000.00  90,000.00",
    "5  自研智能终端  套  1  60,000.00  60,000.00",
    "6  培训及其他  项  1  5,000.00  5,000.00",
    "  合计（含税）  2,455,000.00",
]


@pytest.mark.parametrize("ocr", [False, True])
def test_a_quotation_table_names_rows_by_the_work_not_the_fee(ocr):
    table = extract_fees(page_lines(page_of(QUOTE, ocr=ocr)))
    assert table is not None
    fees = table.fees
    assert fees.software_development == Decimal("1200000.00")
    assert fees.hardware_purchase == Decimal("800000.00")
    assert fees.integration_implementation == Decimal("300000.00")
    assert fees.operation_maintenance == Decimal("90000.00")
    assert fees.self_made_hardware == Decimal("60000.00")
    assert fees.other == Decimal("5000.00")
    assert table.total is not None and table.total[0] == Decimal("2455000.00")


def test_unnumbered_prose_with_an_amount_is_no_fee_row():
    lines = page_lines(page_of(["系统集成与实施由乙方负责  300,000.00元"]))
    assert extract_fees(lines) is None


def test_an_amount_starts_at_its_first_digit_not_at_the_blank_before_it():
    (amount,) = find_amounts("\t869,738.73", bare=True)
    assert amount.start == 1 and amount.text == "869,738.73"


def test_a_price_clause_whose_capital_amount_wraps_onto_the_next_line():
    page = page_of(
        [
            "第二条 合同价款及支付",
            "2.1 双方确认，本项目合同总价为5,877,200.00元（人民币伍佰捌拾柒万柒仟贰佰元",
            "整），供方不得以任何理由要求增加费用。",
        ]
    )
    found = fields(DocType.contract, page)
    assert found.contract_amount.value == Decimal("5877200.00")
    assert found.amount_in_words.value == "人民币伍佰捌拾柒万柒仟贰佰元整"
    assert found.amount_in_words_value.value == Decimal("5877200.00")


def test_parties_only_in_the_signature_block_with_name_rows():
    page = page_of(
        [
            "（本页无正文，为合同签署页）",
            "需方（盖章）：  供方（盖章）：",
            "名称：|新疆博格达能源集团有限公司  名称：新疆天山云数软件股份有限公司",
            "法定代表人：唐杰  法定代表人：段敏",
            "签订日期：二〇二四年一月十五日  签订日期：二〇二四年一月十五日",
        ],
        columns=[60, 315],
    )
    found = fields(DocType.contract, page)
    assert found.party_a.value == "新疆博格达能源集团有限公司"
    assert found.party_b.value == "新疆天山云数软件股份有限公司"
    assert found.signed_on.value == dt.date(2024, 1, 15)


def test_an_acceptance_letter_names_the_project_in_quotes_across_a_line_break():
    page = page_of(
        [
            "竣工验收证明",
            "兹证明，由新疆准噶尔软件有限公司承建的我单位“伊宁市市场监督",
            "管理局数据中心机房改造工程”已按合同约定完成全部建设内容，并于",
            "二〇二四年十月二十八日通过我单位组织的竣工验收，验收合格。",
            "建设单位（盖章）：",
            "伊宁市市场监督管理局",
            "承建单位：新疆准噶尔软件有限公司",
        ]
    )
    found = fields(DocType.acceptance_report, page)
    assert found.project_name.value == "伊宁市市场监督管理局数据中心机房改造工程"
    assert found.conclusion.value == AcceptanceConclusion.passed
    assert found.party_b.value == "新疆准噶尔软件有限公司"


def test_a_supplementary_agreement_names_its_project_by_the_contract_it_cites():
    page = page_of(
        [
            "补充协议",
            "协议编号：KLMY-2024-JC711-BC01",
            "甲方 克拉玛依市乌尔禾区水利局",
            "乙方 克拉玛依市昆仑信创智能科技有限公司",
            "甲乙双方于二〇二四年十月二十四日签订《乌尔禾区灌区信息化项目采购合同》（合同编号：KLMY-20",
            "24-JC711，以下简称“原合同”）。经双方协商一致，就原合同有关事项补充约定如下：",
            "一、依据《中华人民共和国民法典》，原合同价款及付款方式不作调整，仍按原合同执行。",
        ]
    )
    assert fields(DocType.contract, page).project_name.value == "乌尔禾区灌区信息化项目"


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [
        (["验收组一致同意该项目", "通过终验。"], AcceptanceConclusion.passed),
        (
            ["性能指标未达到合同要求，验收组不同意通过", "验收，请承建单位限期整改。"],
            AcceptanceConclusion.failed,
        ),
    ],
)
def test_the_expert_groups_opinion_wrapped_over_lines(verdict, expected):
    page = page_of(
        [
            "项目终验报告",
            "项目名称：某区政务云平台建设项目",
            "验收组意见：",
            "验收组听取了承建单位的建设情况汇报，查阅了项目文档。",
            *verdict,
            "专家签字：",
        ]
    )
    assert fields(DocType.acceptance_report, page).conclusion.value == expected


def test_an_audit_report_addressed_with_致_and_signed_by_a_branch():
    page = page_of(
        [
            "审计报告",
            "中审众恒新审字（2025）第0123号",
            "致：新疆天池数据电子信息有限责任公司全体股东",
            "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司。",
            "中审众恒会计师事务所（特殊普通合伙）新疆分所",
        ]
    )
    found = fields(DocType.audit_report, page)
    assert found.company_name.value == "新疆天池数据电子信息有限责任公司"
    assert found.audit_firm.value == "中审众恒会计师事务所(特殊普通合伙)新疆分所"


# OCR often drops 一 (a single thin stroke): 一、营业收入 is then read 、营业收入.
@pytest.mark.parametrize("numeral", ["一、", "、"])
def test_an_income_statement_with_notes_and_both_periods_filled(numeral):
    statement = page_of(
        [
            "利润表",
            "编制单位：新疆某信息技术有限公司  2024年度  单位：元",
            "项目  附注  本期金额  上期金额",
            f"{numeral}营业收入  五、25  15,869,097.01  15,837,222.45",
            "四、净利润  ~  869,738.73  1,790,832.25",
        ],
        columns=[60, 280, 330, 460],
        number=2,
    )
    report = page_of(["审计报告", "我们审计了新疆某信息技术有限公司财务报表"])
    found = fields(DocType.audit_report, report, statement)
    assert found.operating_revenue.value == Decimal("15869097.01")
    assert found.net_profit.value == Decimal("869738.73")


def test_a_small_enterprises_statement_takes_the_years_column_and_a_december_loss_beside_it():
    statement = page_of(
        [
            "利润表",
            "编制单位：新疆某信息技术有限公司  2024年度  单位：元",
            "项目  行次  本年累计金额  本月金额",
            "一、营业收入  1  9,314,710.68  1,016,234.94",
            "四、净利润(净亏损以“-”号填列)  32  1,235,767.47  -410,255.08",
        ],
        columns=[60, 280, 330, 460],
        number=2,
    )
    report = page_of(["审计报告", "我们审计了新疆某信息技术有限公司财务报表"])
    assert fields(DocType.audit_report, report, statement).net_profit.value == Decimal("1235767.47")


def test_a_notes_table_takes_the_unit_the_notes_state_once():
    notes = page_of(["财务报表附注", "（除特别注明外，金额单位为人民币万元）", "一、公司基本情况"], number=3)
    segment = page_of(
        [
            "财务报表附注",
            "主营业务收入按业务类别列示：",
            "项目  本期发生额  上期发生额",
            "系统集成收入  2,006.87  1,696.17",
        ],
        columns=[60, 330, 460],
        number=4,
    )
    report = page_of(["审计报告", "我们审计了新疆某信息技术有限公司财务报表"])
    found = fields(DocType.audit_report, report, notes, segment)
    assert found.system_integration_revenue.value == Decimal("20068700.00")
    assert "万元" in (found.system_integration_revenue.text or "")


def test_a_statement_in_thousands_far_below_its_header_and_its_row_numbers():
    # 千元: the net profit is three digits, fifteen rows under 本期金额; a 行次 column stands between.
    rows = [f"{name}  {n}  {n * 11:,}  {n * 9:,}" for n, name in enumerate(["营业成本"] * 15, start=2)]
    statement = page_of(
        [
            "利润表",
            "编制单位：新疆某信息技术有限公司  2024年度  单位：千元",
            "项目  行次  本期金额  上期金额",
            "一、营业收入  1  14,198  12,131",
            *rows,
            "四、净利润  19  937  824",
            "其中：持续经营净利润  20",
        ],
        columns=[60, 280, 330, 460],
        number=2,
    )
    report = page_of(["审计报告", "我们审计了新疆某信息技术有限公司财务报表"])
    found = fields(DocType.audit_report, report, statement)
    assert found.operating_revenue.value == Decimal("14198000")
    assert found.net_profit.value == Decimal("937000")


def test_a_loss_in_accounting_brackets_is_negative():
    statement = page_of(
        [
            "损益表",
            "编制单位：新疆某信息技术有限公司  2025年度  单位：千元",
            "项目  行次  本期金额  上期金额",
            "一、营业收入  1  26,742  24,100",
            "四、净利润  10  (2,328)  (2,726)",
        ],
        columns=[60, 280, 330, 460],
        number=2,
    )
    report = page_of(["审计报告", "我们审计了新疆某信息技术有限公司财务报表"])
    found = fields(DocType.audit_report, report, statement)
    assert found.net_profit.value == Decimal("-2328000")
    assert found.operating_revenue.value == Decimal("26742000")


def test_a_preamble_defines_the_client_when_a_seal_covers_its_name_in_the_signature_block():
    first = page_of(
        [
            "采购合同",
            "合同号：HT20230485",
            "乌鲁木齐市沙依巴克区市场监督管理局（以下简称“需方”）与供方依据《中华人民共和国民法典》等法律法规，就",
            "“某区数据中心机房改造工程”有关事宜，经友好协商，达成如下协议：",
        ]
    )
    signature = page_of(
        [
            "需方（盖章）：  供方（盖章）：",
            "名称：乌鲁木齐  名称：新疆天山云数软件股份有限公司",
        ],
        columns=[60, 315],
        number=2,
    )
    found = fields(DocType.contract, first, signature)
    assert found.party_a.value == "乌鲁木齐市沙依巴克区市场监督管理局"
    assert found.party_a.page == 1
    assert found.party_b.value == "新疆天山云数软件股份有限公司"


def test_a_value_running_into_the_next_columns_label_ends_at_its_colon():
    from jianzheng.extract.fields.parties import clean_party_name

    assert clean_party_name("理局 名称:吐鲁番天 公司") == ("理局名称", 0.6)
    assert clean_party_name("名称：新疆某信息技术有限公司") == ("新疆某信息技术有限公司", 1.0)


def test_an_invoice_total_whose_decimal_point_ocr_lost_is_settled_by_words_and_the_total_row():
    page = page_of(
        [
            "新疆增值税电子普通发票",
            "发票号码：60432165",
            "合计  ¥2183018.87  ¥130981.13",
            "价税合计（大写） 贰佰叁拾壹万肆仟元整  （小写）¥23140000",
        ],
        ocr=True,
    )
    found = fields(DocType.invoice, page)
    assert found.total_amount.value == Decimal("2314000.00")


def test_a_photographed_one_item_invoice_whose_figure_lost_digits_is_settled_by_its_item_row():
    page = page_of(
        [
            "电子发票（普通发票） 发票号码：25654664817173201544",
            "项目名称  金额  税率  税额",
            "*信息技术服务*系统集成服务  530,094.34  6%  31,805.66",
            "价税合计（大写）伍拾陆万壹仟玖佰元整  （小写）51,900.0",
        ],
        ocr=True,
    )
    assert fields(DocType.invoice, page).total_amount.value == Decimal("561900.00")


def test_an_invoice_whose_words_alone_disagree_keeps_its_figure():
    page = page_of(
        [
            "合计  ¥2183018.87  ¥130981.13",
            "价税合计（大写） 贰佰万元整  （小写）¥2314000.00",
        ]
    )
    assert fields(DocType.invoice, page).total_amount.value == Decimal("2314000.00")


def test_ocr_reads_an_opening_quote_as_a_closing_one():
    page = page_of(
        [
            "项目验收证明",
            "兹证明，由某信息科技股份有限公司承建的我单位”乌鲁木齐市农业",
            "农村局会议室音视频系统集成项目”已按合同约定完成全部建设内容。",
        ],
        ocr=True,
    )
    assert (
        fields(DocType.acceptance_report, page).project_name.value
        == "乌鲁木齐市农业农村局会议室音视频系统集成项目"
    )


def test_names_read_under_a_seal_give_way_to_the_preamble_or_are_left_out():
    from jianzheng.models import Seal

    first = page_of(
        [
            "乌鲁木齐市水务局（以下简称”采购方”）与服务方依据《中华人民共和国民法典》，经友好协商，达成如下协议："
        ],
        ocr=True,
    )
    signature = page_of(
        ["采购方（盖章）：  服务方（盖章）：", "名称：乌鲁木市∴务局  名称：新疆天山"],
        columns=[60, 315],
        number=2,
        ocr=True,
        seals=[Seal(bbox=(60, 60, 560, 110))],
    )
    found = fields(DocType.contract, first, signature)
    assert found.party_a.value == "乌鲁木齐市水务局"
    assert found.party_b is None  # 新疆天山: what the seal left of the name


def test_a_price_figure_wrapped_after_its_decimal_point():
    page = page_of(
        [
            "2.1 本合同总价款为人民币（大写）贰佰肆拾叁万伍仟叁佰元整（小写：2,435,300.",
            "00元），该价款为含税价。",
        ]
    )
    found = fields(DocType.contract, page)
    assert found.contract_amount.value == Decimal("2435300.00")


def test_a_piece_of_a_broken_figure_is_no_amount():
    assert find_amounts("（小写：2,435,300.") == []
    assert find_amounts("首期100万元,2个月内付清")[0].value == Decimal(1000000)  # a unit ends a figure


def test_a_form_whose_tick_ocr_lost_still_says_which_option_is_left():
    page = page_of(["项目验收单", "验收结论  □合格 不合格"], ocr=True)
    assert fields(DocType.acceptance_report, page).conclusion.value == AcceptanceConclusion.failed


def test_an_acceptance_date_stated_in_a_wrapped_sentence_wins_over_the_letters_date():
    page = page_of(
        [
            "项目验收证明",
            "兹证明，由某公司承建的我单位“某系统集成项目”已按合同约定完成全部建设内容，并于20",
            "24年02月07日通过我单位组织的竣工验收，验收合格。",
            "建设单位（盖章）：",
            "2024年03月01日",
        ]
    )
    assert fields(DocType.acceptance_report, page).accepted_on.value == dt.date(2024, 2, 7)


def test_pieces_run_together_under_a_seal_are_no_name():
    from jianzheng.models import Seal

    signature = page_of(
        ["委托人（盖章）：  受托人（盖章）：", "~  乌鲁木齐图网络科：有责任公司"],
        columns=[60, 315],
        ocr=True,
        seals=[Seal(bbox=(300, 60, 560, 110))],
    )
    assert fields(DocType.contract, signature).party_b is None


def test_an_audit_firm_whose_所_a_seal_took_is_named_whole_but_less_sure():
    page = page_of(
        [
            "审计报告",
            "天正审字〔2026〕第401号",
            "新疆雪峰网络科技股份有限公司全体股东：",
            "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司。",
            "新疆天正会计师事务（普通合伙）    中国注册会计师：",
        ]
    )
    firm = fields(DocType.audit_report, page).audit_firm
    assert firm.value == "新疆天正会计师事务所(普通合伙)" and firm.confidence < 0.9


@pytest.mark.parametrize(
    "printed, name",
    [
        ("新疆天正华信会计师 伙务所（普通合伙）", "新疆天正华信会计师事务所(普通合伙)"),
        ("新疆昆仑信达会大师事务所有限公司", "新疆昆仑信达会计师事务所有限公司"),
        ("新疆天正华信会师事务所（普通合伙）", "新疆天正华信会计师事务所(普通合伙)"),
        ("克州帕米尔会认事务所有限责任公司", "克州帕米尔会计师事务所有限责任公司"),
    ],
)
def test_an_audit_firm_with_one_character_misread_under_its_seal_is_named_whole_but_less_sure(printed, name):
    page = page_of(
        [
            "审计报告",
            "我们按照中国注册会计师审计准则的规定执行了审计工作。",
            f"{printed}    中国注册会计师：李国庆",
        ],
        ocr=True,
    )
    firm = fields(DocType.audit_report, page).audit_firm
    assert firm.value == name and firm.confidence < 0.9
