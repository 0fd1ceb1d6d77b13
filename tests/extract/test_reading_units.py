"""Amounts in capital numerals, in 万元, and statement figures under a header's unit; fields read
from pages too poor to trust."""

from __future__ import annotations

from decimal import Decimal

import pytest
from field_pages import page_of

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.models import DocType, PageQuality
from jianzheng.models.money import money_precision, parse_capital, printed_unit, unit_note


def fields(doc_type: DocType, *pages):
    return EXTRACTORS[doc_type](Reading.of(list(pages)))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("贰佰伍拾万元整", "2500000.00"),
        ("贰佰伍拾万元", "2500000.00"),
        ("人民币贰佰伍拾万元整", "2500000.00"),
        ("壹亿零伍拾万元", "100500000.00"),
        ("壹亿零伍拾万元整", "100500000.00"),
        ("叁拾玖万陆仟贰佰玖拾元捌角陆分", "396290.86"),
        ("壹拾万零伍佰元整", "100500.00"),
        ("拾万元整", "100000.00"),
        ("壹仟零伍元整", "1005.00"),
        ("贰仟万元整", "20000000.00"),
        ("伍元零伍分", "5.05"),
        ("零元整", "0.00"),
        # Damaged or ambiguous: unreadable, never another number.
        ("贰佰伍拾万万元", None),
        ("壹佰伍万元", None),
        ("叁任元整", None),
    ],
)
def test_capital_numerals_parse_exactly(text, amount):
    parsed = parse_capital(text)
    assert (parsed.quantize(Decimal("0.01")) if parsed is not None else None) == (
        Decimal(amount) if amount else None
    )


@pytest.mark.parametrize(
    ("text", "unit", "precision"),
    [
        ("396.29万元", "10000", "100"),
        ("¥2,450,000.00", "1", "0.01"),
        ("贰佰伍拾万元整", "1", "1"),
        ("叁拾玖万陆仟贰佰玖拾元捌角陆分", "1", "0.01"),
        ("营业收入 396.29（单位：万元）", "10000", "100"),
        ("营业收入 1,234.5（单位：千元）", "1000", "100"),
        ("合同金额（万元）：250.00", "10000", "100"),
    ],
)
def test_the_printed_unit_and_precision_stay_knowable(text, unit, precision):
    assert printed_unit(text) == Decimal(unit)
    assert money_precision(text) == Decimal(precision)


@pytest.mark.parametrize(
    ("header", "factor"),
    [
        ("单位：元", 1),
        ("单位：人民币元", 1),
        ("单位:人民币元", 1),
        ("金额单位：千元", 1000),
        ("单位：万元", 10000),
        ("编制单位：新疆天山云数信息技术有限公司      单位：万元", 10000),
        ("项目  行次  本期金额（万元）", 10000),
        ("金额单位：人民币百万元", 1000000),
    ],
)
def test_header_unit_notes(header, factor):
    note = unit_note(header)
    assert note is not None and note[1] == Decimal(factor)


def test_no_unit_note_in_a_name():
    assert unit_note("编制单位：新疆天山云数信息技术有限公司") is None


@pytest.mark.parametrize(
    ("unit_line", "revenue", "shown"),
    [
        ("单位：元", "3962900.00", None),
        ("金额单位：千元", "3962900.00", "千元"),
        ("单位：万元", "3962900.00", "万元"),
    ],
)
def test_statement_figures_in_the_headers_unit(unit_line, revenue, shown):
    figure = {"单位：元": "3,962,900.00", "金额单位：千元": "3,962.90", "单位：万元": "396.29"}[unit_line]
    page = page_of(
        [
            "利润表",
            "2024年度",
            f"编制单位：新疆天山云数信息技术有限公司    {unit_line}",
            "项目    本期金额    上期金额",
            f"一、营业收入    {figure}    {figure}",
        ]
    )
    found = fields(DocType.financial_statement, page)
    assert found.operating_revenue.value == Decimal(revenue)
    if shown is not None:
        assert f"单位：{shown}" in found.operating_revenue.text
        assert printed_unit(found.operating_revenue.text) > 1


def test_a_consolidated_statement_gives_the_companys_own_column():
    # 合并及母公司利润表: the headings set close together; seed 001 takes the company's own figures.
    page = page_of(
        [
            "合 并 及 母 公 司 利 润 表",
            "编制单位：新疆西域软件技术有限公司    2024年度    单位：人民币元",
            "项    目    本期金额（合并） 本期金额（母公司） 上期金额（母公司）",
            "一、营业总收入    30,706,452.97    22,413,469.32    18,603,179.54",
            "五、净利润    2,350,240.87    1,926,426.94    1,541,141.55",
        ]
    )
    found = fields(DocType.financial_statement, page)
    assert found.operating_revenue.value == Decimal("22413469.32")
    assert found.net_profit.value == Decimal("1926426.94")


def test_a_contract_price_under_a_wan_yuan_label_is_read_in_yuan():
    page = page_of(
        ["项目名称：克拉玛依市政务云运维服务项目", "合同金额（万元）：250.00（大写：贰佰伍拾万元整）"]
    )
    found = fields(DocType.contract, page)
    assert found.contract_amount.value == Decimal("2500000.00")
    assert found.amount_in_words_value.value == Decimal("2500000.00")
    assert money_precision(found.contract_amount.text) == Decimal(100)


def test_a_contract_price_in_wan_yuan_keeps_what_was_printed():
    page = page_of(["合同总价：人民币396.29万元（大写：叁佰玖拾陆万贰仟玖佰元整）"])
    found = fields(DocType.contract, page)
    assert found.contract_amount.value == Decimal("3962900.00")
    assert "396.29万元" in found.contract_amount.text
    assert money_precision(found.contract_amount.text) == Decimal(100)


LOW = ["甲方：容县应急管理局", "乙方：新疆天山云数信息技术有限公司", "合同总价：¥2,450,000.00"]


@pytest.mark.parametrize(
    ("quality", "trusted"),
    [
        (PageQuality(dpi=200.0), True),
        (PageQuality(dpi=61.0, readable=False), False),
        (PageQuality(dpi=61.0), False),
        (PageQuality(dpi=300.0, blur=0.95, readable=False), False),
    ],
)
def test_fields_from_a_poor_scan_carry_a_low_confidence(quality, trusted):
    found = fields(DocType.contract, page_of(LOW, ocr=True, quality=quality))
    assert found.party_a.value == "容县应急管理局"
    for field in (found.party_a, found.party_b, found.contract_amount):
        assert (field.confidence > 0.4) is trusted
        assert field.confidence <= 0.4 or trusted


def test_a_value_read_with_low_ocr_confidence_is_untrusted():
    page = page_of(LOW, ocr=True, quality=PageQuality(dpi=200.0))
    words = [w.model_copy(update={"confidence": 0.45}) if "应急" in w.text else w for w in page.words]
    found = fields(DocType.contract, page.model_copy(update={"words": words}))
    assert found.party_a.confidence <= 0.4
    assert found.party_b.confidence > 0.4


def test_text_layer_pages_are_trusted_whatever_their_quality_says():
    found = fields(DocType.contract, page_of(LOW, quality=PageQuality(dpi=61.0, readable=False)))
    assert found.party_a.confidence == 1.0


def _statement(rows: list[list[tuple[float, str]]]):
    """A text-layer statement page whose cells stand where a real one sets them: (x, text) each."""
    from jianzheng.models import Page, Word

    def width(text: str) -> float:
        return sum(5.5 if ch.isascii() else 10.0 for ch in text)

    words = [
        Word(text=text, bbox=(x, 60.0 + 20 * i, x + width(text), 71.0 + 20 * i))
        for i, row in enumerate(rows)
        for x, text in row
    ]
    return fields(
        DocType.financial_statement, Page(file="审计报告.pdf", number=1, width=595, height=842, words=words)
    )


def test_a_row_number_under_a_heading_set_with_it_is_not_the_figure():
    # 行次 and 本期金额 in one cell; the figures right-aligned, right of their headings.
    found = _statement(
        [
            [(265, "利  润  表")],
            [(69, "编制单位：新疆某科技有限公司"), (300, "2024年度"), (420, "单位：元")],
            [(72, "项    目"), (281, "行次 本期金额"), (422, "上期金额")],
            [(72, "一、营业收入"), (307, "1"), (360, "22,653,889.37"), (465, "16,537,339.24")],
            [(72, "四、净利润"), (303, "13"), (369, "3,837,682.13"), (474, "2,450,089.50")],
        ]
    )
    assert found.operating_revenue.value == Decimal("22653889.37")
    assert found.net_profit.value == Decimal("3837682.13")


def test_last_years_column_first_and_figures_set_right_of_their_headings():
    found = _statement(
        [
            [(260, "利润表")],
            [(60, "编制单位：新疆某科技有限公司"), (300, "2024年度"), (400, "单位：万元")],
            [(60, "项目"), (275, "行次 上年同期"), (421, "本年累计")],
            [(63, "四、净利润(净亏损以“-”号填列)"), (297, "13"), (388, "512.32"), (495, "821.91")],
        ]
    )
    assert found.net_profit.value == Decimal("8219100.00")


@pytest.mark.parametrize(
    "header",
    [
        [(66, "项目"), (250, "合并 本期金额"), (400, "母公司 本期金额")],
        [(66, "项目"), (250, "合并本期金额 母公司本期金额")],
    ],
)
def test_the_companys_own_column_named_before_its_heading(header):
    # 合并 本期金额 | 母公司 本期金额 on one header row (a scan reads it as one line): the group word
    # before a period heading names that column, not the one before it.
    found = _statement(
        [
            [(226, "合并及母公司利润表")],
            [(63, "编制单位：新疆某科技有限公司"), (300, "2024年度"), (420, "单位：万元")],
            header,
            [(66, "一、营业收入"), (270, "2,180.59"), (420, "1,820.19")],
        ]
    )
    assert found.operating_revenue.value == Decimal("18201900.00")


def test_the_companys_own_group_of_a_two_row_header():
    # 合并 | 母公司 over 本期金额 上期金额 本期金额 上期金额: seed 001 takes the company's own figures.
    found = _statement(
        [
            [(226, "合并及母公司利润表")],
            [(63, "编制单位：新疆某科技有限公司"), (300, "2024年度"), (420, "单位：元")],
            [(66, "项    目"), (250, "合并"), (420, "母公司")],
            [(218, "本期金额"), (300, "上期金额"), (390, "本期金额"), (470, "上期金额")],
            [
                (66, "一、营业收入"),
                (210, "72,064,379.58"),
                (292, "55,588,520.78"),
                (382, "46,673,820.97"),
                (462, "39,392,704.90"),
            ],
        ]
    )
    assert found.operating_revenue.value == Decimal("46673820.97")
