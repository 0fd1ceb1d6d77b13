"""Acceptance, license, audit, statement and IP-certificate fields from built pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from field_pages import page_of

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.models import DocType, PageCode, Seal


def fields_of(doc_type, *pages):
    return EXTRACTORS[doc_type](Reading.of(list(pages)))


def values(fields):
    return {name: extracted.value for name, extracted in fields.present().items()}


ACCEPTANCE = [
    "项目验收报告",
    "项目名称：乌鲁木齐市某区政务云平台建设项目",
    "建设单位：乌鲁木齐市某区数据局",
    "承建单位：新疆天山云数信息技术有限公司",
    "监理单位：新疆正信工程监理有限公司",
    "验收日期：2024 年 11 月 20 日",
    "验收结论：",
]


@pytest.mark.parametrize(
    ("conclusion", "expected"),
    [
        ("☑ 验收合格   □ 验收不合格", "passed"),
        ("□ 验收合格   ☑ 验收不合格", "failed"),
        ("经验收小组审查，同意通过验收。", "passed"),
        ("系统存在重大缺陷，验收不合格，限期整改。", "failed"),
        ("基本合格，同意通过验收，遗留问题限期整改。", "passed"),
        ("存在问题，请承建单位限期整改。", "failed"),
        ("整改后复验合格，同意通过验收。", "passed"),  # the re-inspection passed
        ("存在问题，整改后复验。", "failed"),  # a re-inspection still to come
        ("整改后复验不合格。", "failed"),
    ],
)
def test_acceptance_conclusion_from_ticks_or_wording(conclusion, expected):
    got = values(fields_of(DocType.acceptance_report, page_of([*ACCEPTANCE, conclusion], ocr=True)))
    assert got["conclusion"] == expected
    assert got["project_name"] == "乌鲁木齐市某区政务云平台建设项目"
    assert got["party_a"] == "乌鲁木齐市某区数据局"
    assert got["party_b"] == "新疆天山云数信息技术有限公司"
    assert got["third_party"] == "新疆正信工程监理有限公司"
    assert got["accepted_on"] == dt.date(2024, 11, 20)


def test_a_test_reports_verdict_is_its_conclusion():
    report = [
        "测试报告",
        "项目名称  某区视频监控系统扩容采购项目",
        "测试结论  经测试，被测系统功能、性能均符合要求，测试结论为：通过。",
    ]
    assert values(fields_of(DocType.acceptance_report, page_of(report, ocr=True)))["conclusion"] == "passed"


def test_tests_that_passed_do_not_pass_an_acceptance_that_failed():
    lines = ["测试结论：各项功能测试通过。", "验收结论：系统存在重大缺陷，验收不合格，限期整改。"]
    got = values(fields_of(DocType.acceptance_report, page_of([*ACCEPTANCE[:-1], *lines], ocr=True)))
    assert got["conclusion"] == "failed"


def test_acceptance_seal_from_the_page():
    page = page_of([*ACCEPTANCE, "验收合格"]).model_copy(update={"seals": [Seal(bbox=(300, 600, 380, 680))]})
    assert values(fields_of(DocType.acceptance_report, page))["has_seal"] is True
    assert values(fields_of(DocType.acceptance_report, page_of(ACCEPTANCE, ocr=True)))["has_seal"] is False


def test_license_as_ocr_reads_it_labels_without_colons():
    page = page_of(
        [
            "营业执照",
            "统一社会信用代码  9I44O3OOMA5F5KP94F",
            "名 称  深圳市即客思维科技有限公司",
            "类 型  有限责任公司（自然人投资或控股）",
            "法定代表人  王建国",
            "注册资本  人民币壹仟万元整",
            "成立日期  2016年05月12日",
            "营业期限  2016年05月12日至长期",
            "住 所  新疆维吾尔自治区乌鲁木齐市天山区解放北路178号",
            "经营范围  计算机信息系统集成；软件开发；",
            "信息技术咨询服务。",
            "登记机关  2019年06月28日",
        ],
        ocr=True,
    )
    got = values(fields_of(DocType.business_license, page))
    assert got["credit_code"] == "91440300MA5F5KP94F"  # OCR confusions repaired
    assert got["company_name"] == "深圳市即客思维科技有限公司"
    assert got["company_type"] == "有限责任公司(自然人投资或控股)"
    assert got["legal_representative"] == "王建国"
    assert got["registered_capital"] == Decimal("10000000.00")
    assert got["established_on"] == dt.date(2016, 5, 12)
    assert got["valid_until"] == "长期"
    assert got["address"] == "新疆维吾尔自治区乌鲁木齐市天山区解放北路178号"
    assert got["business_scope"] == "计算机信息系统集成;软件开发;信息技术咨询服务。"


def test_license_term_with_an_end_date():
    page = page_of(["营业期限：2016年05月12日 至 2046年05月11日"])
    assert values(fields_of(DocType.business_license, page))["valid_until"] == dt.date(2046, 5, 11)


AUDIT = [
    "审计报告",
    "新华审字[2025]第00123号",
    "新疆天山云数信息技术有限公司全体股东：",
    "一、审计意见",
    "我们审计了新疆天山云数信息技术有限公司2024年12月31日的资产负债表，2024年度的利润表。",
    "我们认为，后附的财务报表在所有重大方面公允反映了公司的财务状况。",
    "新疆新华会计师事务所（特殊普通合伙）  中国注册会计师：张三",
]
INCOME = [
    "利润表",
    "编制单位：新疆天山云数信息技术有限公司  2024年度  单位：元",
    "项目  附注  本期金额  上期金额",
    "一、营业收入  五、30  52,300,000.00  48,000,000.00",
    "减：营业成本  ~  40,000,000.00  37,000,000.00",
    "四、净利润  ~  3,100,000.00  2,800,000.00",
]


def test_audit_report_with_its_bound_income_statement():
    got = values(
        fields_of(
            DocType.audit_report, page_of(AUDIT), page_of(INCOME, number=2, columns=[60, 200, 280, 400])
        )
    )
    assert got["audit_firm"] == "新疆新华会计师事务所(特殊普通合伙)"
    assert got["report_number"] == "新华审字[2025]第00123号"
    assert got["fiscal_year"] == 2024
    assert got["opinion"] == "unqualified"
    assert got["operating_revenue"] == Decimal("52300000.00")
    assert got["net_profit"] == Decimal("3100000.00")
    assert got["consolidated"] is False
    assert got["company_name"] == "新疆天山云数信息技术有限公司"


def test_an_income_statement_scanned_beside_a_note_keeps_its_own_headings():
    # jimunai seed 1: a two-up sheet, the 利润表 left and a note's 本期发生额 | 上期发生额 right,
    # that heading nearer the 净利润 row than the statement's own.
    spread = [
        "利润表",
        "编制单位：新疆天山云数信息技术有限公司  2024年度  单位：元",
        "项目  附注  本期金额  上期金额",
        "一、营业收入  五、30  52,300,000.00  48,000,000.00",
        "减：营业成本  ~  40,000,000.00  37,000,000.00  项目  本期发生额  上期发生额",
        "四、净利润  ~  3,100,000.00  2,800,000.00",
    ]
    page = page_of(spread, number=2, columns=[60, 200, 280, 400, 660, 900, 1040])
    got = values(fields_of(DocType.audit_report, page_of(AUDIT), page))
    assert got["net_profit"] == Decimal("3100000.00")


@pytest.mark.parametrize(
    ("sentence", "opinion"),
    [
        ("二、形成保留意见的基础", "qualified"),
        ("我们不对后附的财务报表发表审计意见。二、形成无法表示意见的基础", "disclaimer"),
        ("二、形成否定意见的基础", "adverse"),
    ],
)
def test_audit_opinion_from_its_wording(sentence, opinion):
    got = values(fields_of(DocType.audit_report, page_of([*AUDIT[:4], sentence])))
    assert got["opinion"] == opinion


@pytest.mark.parametrize(
    ("wrapped", "opinion"),
    [
        (
            [
                "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反",
                "映了贵公司的财务状况。",
            ],
            "unqualified",
        ),
        (["二、形成保", "留意见的基础"], "qualified"),
        (["我们对贵公司财务报表发表无", "保留意见。"], "unqualified"),
    ],
)
def test_audit_opinion_wrapped_over_two_lines(wrapped, opinion):
    page = page_of(["审计报告", "新疆某某信息技术有限公司全体股东：", "一、审计意见", *wrapped])
    assert values(fields_of(DocType.audit_report, page))["opinion"] == opinion


def test_statement_in_wan_yuan_is_scaled():
    page = page_of(
        [
            "资产负债表",
            "编制单位：新疆天山云数信息技术有限公司  2024年12月31日  单位：万元",
            "资产总计  8,650.25  7,900.00",
        ]
    )
    got = values(fields_of(DocType.financial_statement, page))
    assert got["statement_kind"] == "balance_sheet"
    assert got["total_assets"] == Decimal("86502500.00")
    assert got["fiscal_year"] == 2024
    assert got["company_name"] == "新疆天山云数信息技术有限公司"


def test_software_copyright_certificate():
    page = page_of(
        [
            "中华人民共和国国家版权局",
            "计算机软件著作权登记证书",
            "证书号：软著登字第1234567号",
            "软件名称：天山云数政务数据共享交换平台V1.0",
            "著作权人：新疆天山云数信息技术有限公司",
            "登记号：2024SR0123456",
            "登记日期：2024年05月20日",
        ]
    )
    got = values(fields_of(DocType.ip_certificate, page))
    assert got["kind"] == "software_copyright"
    assert got["title"] == "天山云数政务数据共享交换平台V1.0"
    assert got["number"] == "2024SR0123456"  # the registration number, not the certificate serial
    assert got["holder"] == "新疆天山云数信息技术有限公司"
    assert got["issued_on"] == dt.date(2024, 5, 20)


def test_license_values_whose_spaced_labels_ocr_lost_are_read_by_their_shape():
    # OCR took the letter-spaced labels 名 称 / 类 型 / 住 所 as one vertical box
    # (名类住) and left 称, 型所 in front of the values.
    page = page_of(
        [
            "营业执照",
            "统一社会信用代码91441900595830037Q",
            "称 广东某某膳食管理有限公司",
            "名类住  型所  有限责任公司(自然人投资或控股)",
            "东莞市南城街道周溪隆溪路5号高盛科技园一",
            "期之C座一层101室",
            "法定代表人  杨某",
            "注册资本  人民币柒仟柒佰柒拾柒万元",
        ],
        ocr=True,
    )
    got = values(fields_of(DocType.business_license, page))
    assert got["company_name"] == "广东某某膳食管理有限公司"
    assert got["company_type"] == "有限责任公司(自然人投资或控股)"
    assert got["address"] == "东莞市南城街道周溪隆溪路5号高盛科技园一期之C座一层101室"
    assert got["legal_representative"] == "杨某"
    assert got["registered_capital"] == Decimal("77770000.00")


def test_a_name_beside_the_second_column_is_read_by_its_shape():
    # A two-column license: 名 and 类 merged into one box, 称 left before the name,
    # and 成立日期 printed on the same line in the right column.
    page = page_of(
        [
            "营业执照",
            "统一社会信用代码  91370403MA94FU6H8D",
            "名类",
            "称山东千暖电器科技有限公司枣庄分公司  成立日期2021年07月12日",
            "型其他有限责任公司分公司  营业期限2021年07月12日至长期",
        ],
        ocr=True,
    )
    got = values(fields_of(DocType.business_license, page))
    assert got["company_name"] == "山东千暖电器科技有限公司枣庄分公司"
    assert got["established_on"] == dt.date(2021, 7, 12)


def test_what_the_print_lost_is_taken_from_the_licenses_qr_code():
    # Glare took the printed code; the QR code (a provincial text payload) still decodes.
    page = page_of(["营业执照", "(副统本会信用代码93301007474708 (1/1)", "负责人  黄某某"], ocr=True)
    payload = "统一社会信用代码：91330100749475470B,企业注册号:330100500004161;企业名称:上海某某食品有限公司杭州分公司;"
    page = page.model_copy(update={"codes": [PageCode(payload=payload, bbox=(400, 60, 460, 120))]})
    got = values(fields_of(DocType.business_license, page))
    assert got["credit_code"] == "91330100749475470B"
    assert got["company_name"] == "上海某某食品有限公司杭州分公司"


def test_what_the_scanner_cut_off_an_invoice_is_taken_from_its_qr_code():
    # A 专用发票 is wider than the A4 glass: its number and date ran off the scan's edge.
    page = page_of(["新疆增值税专用发票  No 985530", "发票号码：985530", "开票日期：2024年"], ocr=True)
    payload = "01,01,6500244130,98553054,1010880.53,20240519,,3A33"
    page = page.model_copy(update={"codes": [PageCode(payload=payload, bbox=(40, 40, 100, 100))]})
    got = values(fields_of(DocType.invoice, page))
    assert got["invoice_number"] == "98553054"
    assert got["issued_on"] == dt.date(2024, 5, 19)


@pytest.mark.parametrize(
    "head", ["6500231130  新疆增值税专用发票  No 74332180", "新疆增值税专用发票  №74332180"]
)
def test_a_paper_vat_invoice_without_a_number_label_prints_it_after_no(head):
    page = page_of([head, "发 票 联  开票日期：2024年04月24日", "名  称：库车市数据局"], ocr=True)
    got = values(fields_of(DocType.invoice, page))
    assert got["invoice_number"] == "74332180"
    # The 发票代码 before it (ten digits) is no number.
    assert got["invoice_number"] != "6500231130"


def test_a_sellers_row_under_a_buyers_row_that_could_not_be_read_is_still_the_seller():
    page = page_of(
        [
            "新疆增值税专用发票  No 12486243",
            "购 名 称 霍城县公安局  密<++602<*+>44<8/0/4-445358>4",
            "价税合计（大写）  伍拾壹万捌仟肆佰贰拾肆元整  （小写）¥518424.00",
            "销 名 称：霍城县锡伯电子工程有限公司",
        ],
        ocr=True,
    )
    got = values(fields_of(DocType.invoice, page))
    assert got.get("buyer") != "霍城县锡伯电子工程有限公司"
    assert got["seller"] == "霍城县锡伯电子工程有限公司"


@pytest.mark.parametrize("value", ["姓名 张永前", "张永前"])
def test_old_licenses_print_姓名_after_the_label(value):
    page = page_of([f"法定代表人姓名  {value}"], ocr=True)
    assert values(fields_of(DocType.business_license, page))["legal_representative"] == "张永前"


def test_a_diagonal_watermark_does_not_break_the_line_it_crosses():
    page = page_of(["经营范围  计算机信息系统集成；软件开发。", "登记机关  2019年05月11日"])
    mark = page.words[0].model_copy(
        update={"text": "仅供2024年度年检使用，他用无效", "bbox": (80.0, 20.0, 520.0, 400.0)}
    )
    marked = page.model_copy(update={"words": [*page.words[:1], mark, *page.words[1:]]})
    assert (
        values(fields_of(DocType.business_license, marked))["business_scope"]
        == "计算机信息系统集成;软件开发。"
    )


def test_an_invoice_name_row_whose_名_ocr_lost_is_still_the_seller():
    # The seller's 名 称 sat under the seal's edge: OCR kept 销 | 称： and the name.
    page = page_of(
        [
            "新疆增值税专用发票",
            "购  名  称：乌鲁木齐某区数据局",
            "买  纳税人识别号：116500005536363510",
            "价税合计（大写）  玖拾捌万伍仟玖佰叁拾伍元整  （小写）¥985935.00",
            "销  称：  新疆金穗信息工程有限公司",
            "售  纳税人识别号：91650100MAQFNUPR5D",
        ],
        ocr=True,
    )
    got = values(fields_of(DocType.invoice, page))
    assert got["buyer"] == "乌鲁木齐某区数据局"
    assert got["seller"] == "新疆金穗信息工程有限公司"


def test_a_report_number_run_into_the_firms_name_in_the_header():
    header = ["新疆天诚有限责任会计师事务所  天诚审字〔2026〕第0062号", *AUDIT]
    got = values(fields_of(DocType.audit_report, page_of(header)))
    assert got["report_number"] == "天诚审字〔2026〕第0062号"
