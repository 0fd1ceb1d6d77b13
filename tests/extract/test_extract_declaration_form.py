"""The stamped declaration form as the web system prints it: 字段/值 rows, side-by-side pairs,
figures in 万元 or 元, 甲乙丙丁 or 一级–四级 grades, labelled totals or a project table with 合计."""

from __future__ import annotations

from decimal import Decimal

import pytest
from field_pages import page_of

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.extract.fields.doctypes.declaration_form import as_count, as_grade
from jianzheng.models import DeclarationFormFields, DocType


def fields(*pages) -> DeclarationFormFields:
    found = EXTRACTORS[DocType.declaration_form](Reading.of(list(pages)))
    assert isinstance(found, DeclarationFormFields)
    return found


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("甲级", "甲"),
        ("一级", "甲"),
        ("乙级", "乙"),
        ("二级", "乙"),
        ("贰级", "乙"),
        ("丙级（三级）", "丙"),
        ("三级", "丙"),
        ("丁 级", "丁"),
        ("四级", "丁"),
        ("乙", "乙"),
    ],
)
def test_grade_spellings(text, grade):
    parsed = as_grade(text)
    assert parsed is not None and parsed[0] == grade


@pytest.mark.parametrize("text", ["待定", "高级", "", "乙方"])
def test_a_value_that_is_no_grade_is_dropped(text):
    assert as_grade(text) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [("34", 34), ("34人", 34), ("34 人", 34), ("3个", 3), ("12项", 12), ("9（其中高级3人）", 9)],
)
def test_count_spellings(text, count):
    parsed = as_count(text)
    assert parsed is not None and parsed[0] == count


@pytest.mark.parametrize("text", ["三十四", "约30人", "见附表", ""])
def test_a_value_that_is_no_count_is_dropped(text):
    assert as_count(text) is None


NAME = "新疆天山云数信息技术有限公司"
CODE = "91650100MA78A1B2C3"  # check character valid (GB 32100-2015)

FIELD_VALUE_FORM = [
    "新疆维吾尔自治区计算机信息系统集成企业（信息工程企业）年检申报表",
    "一、企业基本信息",
    "字段  值",
    f"企业名称  {NAME}",
    f"统一社会信用代码  {CODE}",
    "资质等级  二级",
    "法定代表人  王建国",
    "技术人员总数  34人",
    "持证项目经理人数  9",
    "二、近三年经营情况（单位：万元）",
    "年度  营业收入  系统集成收入  净利润",
    "2022  3,120.50  2,500.00  210.33",
    "2023  4120.50  3500.00  -12.33",
    "2024  5230.00  4180.00  310.00",
    "三、完成项目汇总",
    "完成项目数  3个",
    "合同金额合计（万元）  802.80",
    "本单位承诺以上填报内容真实、有效。",
    "申报单位（盖章）：",
]


@pytest.mark.parametrize("ocr", [False, True])
def test_a_form_of_field_value_rows_in_wan(ocr):
    found = fields(page_of(FIELD_VALUE_FORM, ocr=ocr, columns=[60, 200, 320, 440]))
    assert found.company_name is not None and found.company_name.value == NAME
    assert found.credit_code is not None and found.credit_code.value == CODE
    assert found.grade is not None and found.grade.value == "乙"
    assert found.technical_total is not None and found.technical_total.value == 34
    assert found.certified_total is not None and found.certified_total.value == 9
    assert found.project_count is not None and found.project_count.value == 3
    assert found.project_total is not None and found.project_total.value == Decimal("8028000.00")
    assert found.finance is not None
    rows = {r.year: r for r in found.finance.value}
    assert rows[2022].operating_revenue == Decimal("31205000.00")
    # A figure followed by a negative one in the next cell is no range (3500.00 -12.33).
    assert rows[2023].system_integration_revenue == Decimal("35000000.00")
    assert rows[2023].net_profit == Decimal("-123300.00")
    assert rows[2024].net_profit == Decimal("3100000.00")
    assert found.finance.confidence >= 0.9


def test_side_by_side_pairs_and_a_project_table_in_yuan():
    page = page_of(
        [
            "2024年度计算机信息系统集成企业资质年检申报表",
            f"企业名称  {NAME}  统一社会信用代码  {CODE}",
            "证书等级  丁级  法定代表人  王建国",
            "技术人员总数  8  项目管理人员人数  2",
            "近三年经营情况",
            "年度  营业收入（元）  系统集成收入（元）  净利润（元）",
            "2024  5,230,000.00  4,180,000.00  310,000.00",
            "完成项目汇总",
            "序号  项目名称  甲方单位  验收日期  合同金额（元）",
            "1  某区政务云平台建设项目  某区数据局  2024-11-20  2,450,000.00",
            "2  某医院信息化项目  某医院  2024-10-02  1,305,000.00",
            "合计  ~  ~  ~  3,755,000.00",
        ],
        columns=[60, 150, 330, 420, 500],
    )
    found = fields(page)
    assert found.company_name is not None and found.company_name.value == NAME
    assert found.grade is not None and found.grade.value == "丁"
    assert found.technical_total is not None and found.technical_total.value == 8
    assert found.certified_total is not None and found.certified_total.value == 2
    assert found.finance is not None
    (row,) = found.finance.value
    assert (row.year, row.operating_revenue) == (2024, Decimal("5230000.00"))
    assert found.project_count is not None and found.project_count.value == 2
    assert found.project_total is not None and found.project_total.value == Decimal("3755000.00")


def test_ocr_joining_the_serial_and_the_name_still_counts_the_rows():
    page = page_of(
        [
            "三、完成项目汇总",
            "序号 项目名称  甲方单位  验收日期 合同金额(万元)",
            "1 某区政务云平台建设项目  某区数据局  2024-11-20  245.00",
            "2 某医院信息化项目  某医院  2024-10-02  130.50",
            "合计  ~  ~  375.50",
        ],
        ocr=True,
        columns=[60, 260, 380, 480],
    )
    found = fields(page)
    assert found.project_count is not None and found.project_count.value == 2
    assert found.project_total is not None and found.project_total.value == Decimal("3755000.00")


def test_a_total_row_that_opens_with_the_count():
    page = page_of(
        [
            "已完成项目汇总(单位:元)",
            "序号  项目名称  甲方单位  验收日期  合同金额",
            "1  某区政务云平台建设项目  某区数据局  2024-11-20  2,450,000.00",
            "2  某医院信息化项目  某医院  2024-10-02  1,305,000.00",
            "项目数:2个  ~  合计  ~  3,755,000.00",
        ],
        columns=[60, 150, 330, 420, 500],
    )
    found = fields(page)
    assert found.project_total is not None and found.project_total.value == Decimal("3755000.00")
    assert found.project_count is not None and found.project_count.value == 2


def test_a_total_row_that_counts_the_projects_in_its_label():
    page = page_of(
        [
            "二、系统集成项目汇总(单位:万元)",
            "序号  项目名称  甲方单位  合同金额",
            "1  某区政务云平台建设项目  某区数据局  12768.00",
            "2  某医院信息化项目  某医院  126.30",
            "合计:共2个项目  ~  ~  12894.30",
        ],
        columns=[60, 150, 330, 500],
    )
    found = fields(page)
    assert found.project_count is not None and found.project_count.value == 2
    assert found.project_total is not None and found.project_total.value == Decimal("128943000.00")


def test_a_closing_row_labelled_only_with_the_count_is_the_total_not_a_project():
    page = page_of(
        [
            "序号  项目名称  甲方单位  验收日期  合同金额(元)",
            "1  某医院智慧病房及医疗物联网  某医院  2025-09-26  4,262,466.00",
            "2  某局信息系统运维服务项目  某局  2025-12-26  996,444.00",
            "共2个项目  ~  ~  ~  5,258,910.00",
        ],
        ocr=True,
        columns=[60, 100, 280, 380, 500],
    )
    found = fields(page)
    assert found.project_count is not None and found.project_count.value == 2
    assert found.project_total is not None and found.project_total.value == Decimal("5258910.00")


def test_a_total_whose_label_ocr_lost_is_the_sum_under_the_column_not_a_project():
    page = page_of(
        [
            "序号  项目名称  甲方单位  验收日期  合同金额",
            "1  某县疾控中心实验室信息管理系统及  某县疾控中心  2025-10-30  1,811,924.00",
            "~  网络改造项目",
            "2  某医院互联网医院平台软件开  某医院  2025-11-28  3,308,000.00",
            "~  发项目",
            "~  ~  ~  ~  5,119,924.00",
        ],
        ocr=True,
        columns=[60, 100, 280, 380, 500],
    )
    found = fields(page)
    assert found.project_count is not None and found.project_count.value == 2
    assert found.project_total is not None and found.project_total.value == Decimal("5119924.00")


def test_a_total_row_with_its_count_in_brackets_and_a_client_wrapped_over_two_lines():
    page = page_of(
        [
            "2025年度完成系统集成项目汇总(单位:万元)",
            "序号 项目名称  甲方单位  合同金额",
            "1 某县智慧旅游服务平台建设项目  某县文化体育广播电视和  67.90",
            "~  旅游局",
            "2 某县人民医院等级保护运维服务项目  某县人民医院  28.60",
            "合计(2项)  ~  96.50",
        ],
        ocr=True,
        columns=[60, 330, 500],
    )
    found = fields(page)
    assert found.project_count is not None and found.project_count.value == 2
    assert found.project_total is not None and found.project_total.value == Decimal("965000.00")


def test_a_short_figure_set_flush_right_under_a_narrow_header_is_a_row():
    from jianzheng.models import Page, Word

    def word(text: str, x: float, y: float) -> Word:
        width = sum(5.5 if ord(c) < 0x2E80 else 10.0 for c in text)
        return Word(text=text, bbox=(x, y, x + width, y + 10.0))

    rows = [("1", "某区政务云平台建设项目", "12623.00"), ("2", "某医院信息化项目", "182.90")]
    words = [word("二、系统集成项目汇总(单位:万元)", 60, 40)]
    words += [word("序号", 60, 60), word("项目名称", 100, 60), word("合同金额", 453, 60)]
    for at, (serial, name, amount) in enumerate(rows):
        y = 80 + 20 * at
        words += [word(serial, 60, y), word(name, 100, y), word(amount, 523 - 5.5 * len(amount), y)]
    words += [word("合计:共2个项目", 60, 120), word("12805.90", 479, 120)]
    found = fields(Page(file="form.pdf", number=1, width=595.0, height=842.0, words=words))
    assert found.project_count is not None and found.project_count.value == 2
    assert found.project_count.confidence >= 0.9


def test_years_across_the_top():
    page = page_of(
        [
            "经营情况（单位：万元）",
            "项目  2022年  2023年  2024年",
            "营业收入  3120.50  4120.50  5230.00",
            "其中：系统集成收入  2500.00  3500.00  4180.00",
            "净利润  210.33  -12.33  310.00",
        ],
        columns=[60, 220, 320, 420],
    )
    found = fields(page)
    assert found.finance is not None
    rows = {r.year: r for r in found.finance.value}
    assert rows[2024].operating_revenue == Decimal("52300000.00")
    assert rows[2023].net_profit == Decimal("-123300.00")
    assert rows[2022].system_integration_revenue == Decimal("25000000.00")


def test_a_table_without_a_unit_reads_yuan_but_unsure():
    page = page_of(
        ["年度  营业收入  系统集成收入  净利润", "2024  5230.00  4180.00  310.00"],
        columns=[60, 160, 300, 440],
    )
    found = fields(page)
    assert found.finance is not None and found.finance.value[0].operating_revenue == Decimal("5230.00")
    assert found.finance.confidence < 0.8


def test_values_that_do_not_look_like_their_field_are_left_out():
    page = page_of(["资质等级  待评定", "技术人员总数  见附表", "合同金额合计  另附"], columns=[60, 200])
    found = fields(page)
    assert found.grade is None and found.technical_total is None and found.project_total is None


def test_a_text_layer_form_without_a_seal_reads_has_seal_false():
    found = fields(page_of(FIELD_VALUE_FORM))
    assert found.has_seal is not None and found.has_seal.value is False


@pytest.mark.parametrize("seed", range(8))
def test_generated_forms_read_back_exactly_from_their_text_layer(seed, tmp_path):
    """Every layout the sample template draws (pairs or rows, 万元 or 元, totals or a project table)."""
    import random

    from field_pages import pdf_pages

    from jianzheng_workshop.samples.kit import Kit
    from jianzheng_workshop.samples.world import make_world
    from jianzheng_workshop.scoring import normalise_value

    rng = random.Random(seed)
    world = make_world(rng, grade=rng.choice("甲乙丙丁"), n_projects=rng.randint(1, 5))
    kit = Kit(world, rng, seed)
    rendered = kit.render_declaration_form(kit.declaration_form(seal=rng.random() < 0.5))
    path = tmp_path / "form.pdf"
    rendered.doc.save(path)
    found = fields(*pdf_pages(path))
    for name, expected in rendered.fields.items():
        if name == "has_seal":
            continue  # a seal image needs the page reader's seal finder, not a text layer
        value = getattr(found, name)
        assert value is not None, name
        assert normalise_value(value.value) == normalise_value(expected), name


def test_ocr_joining_the_year_and_the_first_figure_still_reads_the_row():
    page = page_of(
        ["年度  营业收入(万元)  系统集成收入(万元)  净利润(万元)", "2024 1,081.29  ~  754.51  94.99"],
        ocr=True,
        columns=[60, 160, 300, 440],
    )
    found = fields(page)
    assert found.finance is not None
    (row,) = found.finance.value
    assert row.operating_revenue == Decimal("10812900.00") and row.net_profit == Decimal("949900.00")


def test_a_project_table_running_on_to_the_next_page_counts_every_row():
    head = "序号  项目名称  甲方单位  验收日期  合同金额（万元）"
    first = page_of(
        ["三、完成项目汇总", head, *[f"{i}  项目{i}  单位{i}  2024-10-02  100.00" for i in range(1, 4)]],
        columns=[60, 150, 330, 420, 500],
    )
    second = page_of(
        [head, "4  项目4  单位4  2024-10-02  100.00", "合计  ~  ~  ~  400.00"],
        number=2,
        columns=[60, 150, 330, 420, 500],
    )
    found = fields(first, second)
    assert found.project_count is not None and found.project_count.value == 4
    assert found.project_count.confidence >= 0.9
    assert found.project_total is not None and found.project_total.value == Decimal("4000000.00")
    # Without its 合计 row the table may go on: the count is kept, but unsure.
    cut = fields(first)
    assert cut.project_count is not None and cut.project_count.confidence < 0.8


def test_rows_are_counted_by_their_amounts_not_their_serials_or_wrapped_names():
    page = page_of(
        [
            "序号  项目名称  甲方单位  验收日期  合同金额（万元）",
            "~  阿克苏地区供电公司交通运行监测  阿克苏地区供电公司  2024-02-02  390.00",
            "~  系统集成项目",
            "2  某医院智能电网运维管理平台项目  某医院  2024-11-23  412.80",
            "合计  ~  ~  ~  802.80",
        ],
        ocr=True,
        columns=[60, 90, 330, 420, 500],
    )
    found = fields(page)
    assert found.project_count is not None and found.project_count.value == 2
    # The rows add up to the 合计 row: the table was read whole although a serial was lost.
    assert found.project_count.confidence >= 0.85


def test_header_cells_joined_by_ocr_are_split_at_their_blank():
    page = page_of(
        ["年度  营业收入(万元) 系统集成收入(万元)  净利润(万元)", "2024  2,192.49  1,930.91  161.53"],
        ocr=True,
        columns=[60, 160, 240, 380],
    )
    found = fields(page)
    assert found.finance is not None
    (row,) = found.finance.value
    assert row.system_integration_revenue == Decimal("19309100.00")
    assert row.net_profit == Decimal("1615300.00")


def test_labels_with_their_unit_notes_and_other_wordings():
    # Another issuer's form: 持证人员总数（人）, 申报项目数（个）, 项目合同总额（万元）.
    lines = [
        "新疆维吾尔自治区信息系统集成企业2023年度年检申报表",
        f"企业名称  {NAME}",
        f"统一社会信用代码  {CODE}",
        "资质等级  丁级",
        "技术人员总数（人）  27",
        "持证人员总数（人）  1",
        "申报项目数（个）  3",
        "项目合同总额（万元）  544.74",
    ]
    found = fields(page_of(lines, columns=[60, 260]))
    assert found.certified_total is not None and found.certified_total.value == 1
    assert found.project_count is not None and found.project_count.value == 3
    assert found.project_total is not None and found.project_total.value == Decimal("5447400.00")


def test_a_count_after_a_unit_whose_closing_bracket_ocr_lost():
    # 持证人员总数（人） read as 持证人员总数(人 7: the unit is still the label's, the 7 its value.
    page = page_of(["技术人员总数(人) 22  持证人员总数(人 7"], columns=[60, 300], ocr=True)
    found = fields(page)
    assert found.technical_total is not None and found.technical_total.value == 22
    assert found.certified_total is not None and found.certified_total.value == 7


def test_counts_under_a_header_row_that_also_names_the_year():
    # 技术人员总数(人) | 持证人员总数(人) | 年检年度 over 6 | 2 | 2025: the year's label is no count.
    form = fields(
        page_of(
            [
                "新疆维吾尔自治区计算机信息系统集成企业2025年度年检申报表",
                "技术人员总数(人)  持证人员总数(人)  年检年度",
                "6  2  2025",
            ],
            columns=[60, 220, 400],
        )
    )
    assert form.technical_total is not None and form.technical_total.value == 6
    assert form.certified_total is not None and form.certified_total.value == 2


@pytest.mark.parametrize(
    ("closing", "total"),
    [
        ("合计：项目2个，合同总额3,755,000.00元", "3755000.00"),
        ("合计：项目2个，合同总额375.50 万元", "3755000.00"),
    ],
)
def test_a_closing_row_that_states_its_total_in_words_across_the_table(closing, total):
    page = page_of(
        [
            "序号  项目名称  甲方单位  合同金额  签订日期",
            "1  某区政务云平台建设项目  某区数据局  2,450,000.00  2024-11-20",
            "2  某医院信息化项目  某医院  1,305,000.00  2024-10-02",
            closing,
            "本企业承诺：以上填报内容及上传附件真实、准确、完整。",
        ],
        columns=[60, 150, 330, 420, 500],
    )
    found = fields(page)
    assert found.project_total is not None and found.project_total.value == Decimal(total)
    assert found.project_count is not None and found.project_count.value == 2
