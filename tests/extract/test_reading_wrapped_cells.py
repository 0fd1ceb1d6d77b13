"""Values in wrapped table cells and letters: the whole name, wherever its lines sit.

Acceptance forms put 建设单位 | 某局 | 承建单位 | 某公司 in one row; a long name wraps inside its
cell, so its lines stand above and below the row's labels. Acceptance letters name no party by
label: the contractor is addressed (某公司：你公司承建的…) and the client signs above the date.
"""

from __future__ import annotations

import datetime as dt

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.models import DocType, Page, TextSource, Word

CLIENT = "哈密市巴里坤哈萨克自治县住房和城乡建设局"
SUPPLIER = "新疆博远丝路数据科技有限责任公司"


def _word(text: str, x: float, y: float, source: TextSource = TextSource.text) -> Word:
    return Word(text=text, bbox=(x, y, x + 10.0 * len(text), y + 12.0), source=source)


def ocr(text: str, x: float, y: float, tall: float = 17.0) -> Word:
    """A word as OCR boxes it on a photo: ten points a character, 17 points tall."""
    return Word(text=text, bbox=(x, y, x + 10.0 * len(text), y + tall), source=TextSource.ocr)


def _acceptance(*words: Word) -> object:
    page = Page(file="a.pdf", number=1, width=595.0, height=842.0, words=list(words))
    return EXTRACTORS[DocType.acceptance_report](Reading.of([page]))


def _value(field: object) -> object:
    return getattr(field, "value", None)


def test_a_name_wrapped_around_its_label_row_is_read_whole():
    # 承建单位's name: one line above the row's labels, one below, both in its column.
    found = _acceptance(
        _word("项目竣工验收单", 230, 60),
        _word("项目名称", 60, 100),
        _word("乌鲁木齐市教育局数据中心机房等级保护整改项目", 160, 100),
        _word("新疆博远丝路数据科技有限责", 400, 128),
        _word("建设单位", 60, 136),
        _word("乌鲁木齐市教育局", 160, 136),
        _word("承建单位", 320, 136),
        _word("任公司", 400, 143),
    )
    assert _value(found.party_a) == "乌鲁木齐市教育局"
    assert _value(found.party_b) == SUPPLIER


def test_a_label_that_ocr_ran_into_the_cell_before_it_still_bounds_both_values():
    # OCR boxed 某县住 and 承建单位 as one word; each name's tail wrapped to the line below.
    ocr = TextSource.ocr
    found = _acceptance(
        _word("项目验收单", 250, 60, ocr),
        _word("建设单位", 60, 130, ocr),
        _word("哈密市巴里坤哈萨克自治县住承建单位", 160, 130, ocr),
        _word("新疆博远丝路数据科技有限责", 400, 130, ocr),
        _word("房和城乡建设局", 160, 140, ocr),
        _word("任公司", 400, 140, ocr),
    )
    assert _value(found.party_a) == CLIENT
    assert _value(found.party_b) == SUPPLIER


def test_a_three_character_role_run_into_the_name_before_it_is_still_a_label():
    # 政府采购履约验收书: OCR boxed 某中心's first line and 供应商 as one word (no blank between).
    ocr = TextSource.ocr
    found = _acceptance(
        _word("政府采购项目履约验收书", 200, 60, ocr),
        _word("采购人", 60, 130, ocr),
        _word("新疆维吾尔自治区政务服务和公供应商", 130, 130, ocr),
        _word(SUPPLIER, 350, 130, ocr),
        _word("共资源交易中心", 130, 142, ocr),
    )
    assert _value(found.party_a) == "新疆维吾尔自治区政务服务和公共资源交易中心"
    assert _value(found.party_b) == SUPPLIER


def test_a_row_whose_value_lies_beside_it_keeps_its_own_value():
    # A neighbouring line that overlaps the row but starts another cell's text is no part of it.
    found = _acceptance(
        _word("发票代码:050001700111", 400, 16),
        _word("建设单位：乌鲁木齐市教育局", 400, 26),
    )
    assert _value(found.party_a) == "乌鲁木齐市教育局"


def _letter(signer_lines: list[str], body: str, stray: str = "") -> object:
    words = [
        _word("关于头屯河区电子病历系统互联互通改造项目的验收意见", 60, 80),
        _word(f"{SUPPLIER}：", 60, 120),
        _word(body, 80, 140),
        _word("验收组一致认为：同意验收。", 80, 160),
    ]
    y = 300.0
    for line in signer_lines:
        words.append(_word(line, 320, y))
        y += 16
    if stray:  # a seal's stroke OCR read as a character, unsure
        words.append(Word(text=stray, bbox=(370, y, 380, y + 12), source=TextSource.ocr, confidence=0.63))
        y += 16
    words.append(_word("二〇二四年五月十七日", 330, y + 4))
    return _acceptance(*words)


def test_an_acceptance_letter_names_its_addressee_and_signer():
    found = _letter(
        ["新疆维吾尔自治区政务服务和公共资", "源交易中心"],
        "你公司承建的项目已完成。新疆维吾尔自治区政务服务和公共资源交易中心组织专家组成验收组。",
    )
    assert _value(found.party_b) == SUPPLIER
    assert _value(found.party_a) == "新疆维吾尔自治区政务服务和公共资源交易中心"


def test_a_letter_that_does_not_say_who_built_or_organised_names_no_party():
    found = _letter(["乌鲁木齐市数据局"], "现将有关事项通知如下。")
    assert found.party_a is None
    assert found.party_b is None


def test_a_letter_names_its_project_in_its_sentence_when_its_title_runs_off_the_page():
    found = _letter(
        ["乌鲁木齐市数据局"],
        "你公司承建的乌鲁木齐市数据局2024年度政务云平台运维服务采购项目已按合同约定完成。乌鲁木齐市数据局组织验收。",
    )
    assert _value(found.project_name) == "乌鲁木齐市数据局2024年度政务云平台运维服务采购项目"
    assert _value(found.party_a) == "乌鲁木齐市数据局"


def test_a_cell_wrapped_over_three_lines_is_read_whole():
    # 承建单位's name: a line above the row, one beside the label, and 有限公司 under the row.
    found = _acceptance(
        ocr("项目竣工验收单", 233, 57),
        ocr("新疆生产建设兵团第十二师数", 393, 128),
        ocr("建设单位", 66, 138),
        ocr("头屯河区公安局", 162, 139),
        ocr("承建单位", 301, 142),
        ocr("字经济发展集团绿洲金桥软件", 390, 140),
        ocr("有限公司", 392, 155),
        ocr("合同编号", 66, 177),
        ocr("见合同", 162, 176),
        ocr("验收日期", 301, 177),
        ocr("2023年08月17日", 391, 178),
    )
    assert _value(found.party_a) == "头屯河区公安局"
    assert _value(found.party_b) == "新疆生产建设兵团第十二师数字经济发展集团绿洲金桥软件有限公司"


def test_a_row_labelled_in_unknown_words_is_not_part_of_the_cell_under_it():
    # 依据协议 is no label we know, but it stands in the label column: its number is its own row's.
    found = _acceptance(
        ocr("项目验收单", 233, 57),
        ocr("依据协议", 63, 120),
        ocr("KJXY-2024-41", 174, 120),
        ocr("项目名称", 65, 144, 25.0),
        ocr("昌吉回族自治州数据局2024年度数据中心机房等级保护整改采购项目（第一批", 174, 144, 25.0),
        ocr("）", 177, 163, 13.0),
    )
    assert (
        _value(found.project_name) == "昌吉回族自治州数据局2024年度数据中心机房等级保护整改采购项目(第一批)"
    )


def test_a_signer_blurred_by_its_seal_takes_the_spelling_of_the_letters_sentence():
    # The seal over the signature turned 吉 into 言; the sentence names the organiser plainly.
    found = _letter(
        ["昌言回族自治州数据局"],
        "你公司承建的项目已完成。2024年4月28日，昌吉回族自治州数据局组织相关部门及专家组成验收组。",
    )
    assert _value(found.party_a) == "昌吉回族自治州数据局"


def test_a_signer_missing_a_character_under_its_seal_takes_the_sentences_spelling():
    found = _letter(
        ["水磨沟区卫生健康委会"],
        "你公司承建的项目已完成。2024年6月15日，水磨沟区卫生健康委员会组织相关部门及专家组成验收组。",
    )
    assert _value(found.party_a) == "水磨沟区卫生健康委员会"


def test_a_seals_stray_stroke_between_signer_and_date_is_skipped():
    found = _letter(
        ["阿克苏地区库车市数据局"],
        "你公司承建的项目已完成。阿克苏地区库车市数据局组织相关部门及专家组成验收组。",
        stray="食",
    )
    assert _value(found.party_a) == "阿克苏地区库车市数据局"


def test_a_signer_unlike_the_organiser_names_no_client():
    found = _letter(
        ["乌鲁木齐市教育局"],
        "你公司承建的项目已完成。2024年4月28日，昌吉回族自治州数据局组织相关部门及专家组成验收组。",
    )
    assert found.party_a is None


def test_a_label_cell_ocr_read_close_beside_a_wrapped_value_ends_it():
    # 项目名称 | 疏附县…调度设 / 备采购项目 | 合同编号 | SFYJ-…: the cells stand closer than a cell's
    # gap, but 合同编号 is a box of its own, a label, not part of the name.
    found = _acceptance(
        ocr("设备到货验收单", 224, 58),
        ocr("项目名称", 83, 99, 22.0),
        ocr("疏附县应急管理局应急指挥调度设", 130, 99),
        ocr("合同编号", 290, 99),
        ocr("SFYJ-2024-009", 340, 99),
        ocr("备采购项目", 141, 111),
        ocr("采购单位", 83, 134),
        ocr("疏附县应急管理局", 130, 134),
    )
    assert _value(found.project_name) == "疏附县应急管理局应急指挥调度设备采购项目"


def test_the_tail_of_the_row_above_is_not_part_of_the_cell_below():
    # 项目名称's cell wraps (…设备采购 / 项目(一期)); the 采购单位 cell under it wraps too (…(于田 /
    # 县乡村振兴局)). The first tail touches the second row but stands beside the first.
    found = _acceptance(
        ocr("设备到货验收单", 224, 59),
        ocr("项目名称", 83, 100, 25.0),
        ocr("于田县乡村振兴监测网络设备采购", 130, 100),
        ocr("合同编号", 290, 100),
        ocr("YTNY-2024-080", 340, 100),
        ocr("项目(一期)", 130, 113),
        ocr("采购单位", 83, 135, 25.0),
        ocr("和田地区于田县农业农村局(于田", 130, 135),
        ocr("供货单位", 290, 135),
        ocr("和田塔河云图信息技术有限公司", 340, 135),
        ocr("县乡村振兴局)", 130, 147),
    )
    assert _value(found.party_a) == "和田地区于田县农业农村局(于田县乡村振兴局)"
    assert _value(found.project_name) == "于田县乡村振兴监测网络设备采购项目(一期)"


def _contract(*words: Word) -> object:
    page = Page(file="c.pdf", number=1, width=595.0, height=842.0, words=list(words))
    return EXTRACTORS[DocType.contract](Reading.of([page]))


def test_a_project_name_wrapped_over_three_lines_of_its_cell_beside_a_place():
    # 项目名称 sits beside the middle line of its cell; 项目地点 and its value share that line.
    found = _contract(
        ocr("合同书", 270, 60),
        ocr("奎屯市人民医院数据中心机房动", 150, 100),
        ocr("项目名称", 60, 118),
        ocr("力环境监控及网络安全等级保护", 150, 118),
        ocr("项目地点", 330, 118),
        ocr("新疆伊犁州奎屯市", 420, 118),
        ocr("整改项目", 150, 136),
        ocr("甲方", 60, 170),
        ocr("奎屯市人民医院", 150, 170),
    )
    assert _value(found.project_name) == "奎屯市人民医院数据中心机房动力环境监控及网络安全等级保护整改项目"


def test_a_photographed_row_leaning_into_the_next_is_not_its_wrapped_line():
    # A photo packs the rows of a 监理意见表: 施工单位's row and 监理单位's overlap in height, but the
    # lower one has its own label in the label column: a row of its own, not the long name's tail.
    found = _acceptance(
        ocr("工程竣工验收监理意见表", 200, 40),
        ocr("建设单位", 60, 100),
        ocr("克拉玛依市交通运输局", 160, 100),
        ocr("施工单位", 60, 112),
        ocr("新疆维吾尔自治区信息产业投资控股集团华软锦程通信技术有限公司", 160, 112),
        ocr("监理单位", 60, 124),
        ocr("新疆建科工程监理咨询有限公司", 160, 124),
    )
    assert _value(found.party_b) == "新疆维吾尔自治区信息产业投资控股集团华软锦程通信技术有限公司"
    assert _value(found.third_party) == "新疆建科工程监理咨询有限公司"


def test_a_testing_centre_whose_name_wraps_under_its_label_is_read_whole():
    # 检测单位: …新疆分中心检 / 测中心: the name runs on; cut at its first 中心 it names another body.
    found = _acceptance(
        ocr("测试报告", 250, 40),
        ocr("项目名称:", 60, 80),
        ocr("克拉玛依市人民医院远程会诊系统项目", 150, 80),
        ocr("检测单位:", 60, 104),
        ocr("国家计算机网络与信息安全管理中心新疆分中心检", 150, 104),
        ocr("测中心", 60, 126),
    )
    assert _value(found.third_party) == "国家计算机网络与信息安全管理中心新疆分中心检测中心"


def test_a_sentence_a_photo_made_tall_is_no_title_of_a_letter():
    # A phone photo's perspective left the letter's first sentence taller than its title.
    found = _acceptance(
        ocr("关于木垒县人民医院网络安全等级保护运维服务项目的", 100, 40),
        ocr("验收意见", 250, 62),
        ocr("2025年12月18日，木垒哈萨克自治县人民医院组织召开验收会。", 60, 100),
        ocr("验收组听取了承建单位的建设情况汇报，审阅了项目文档，现场查看了系统运", 60, 122, tall=24.0),
        ocr("验收组一致认为，该项目同意验收。", 60, 150),
    )
    assert _value(found.project_name) == "木垒县人民医院网络安全等级保护运维服务项目"


def test_a_report_titled_only_终验报告_is_named_by_the_line_above_its_title():
    found = _acceptance(
        ocr("昌吉市水资源监测调度系统开发项目", 150, 60, tall=22.0),
        ocr("终验报告", 240, 90, tall=26.0),
        ocr("建设单位: 昌吉市水利局", 100, 160),
        ocr("承建单位: 新疆昌吉恒远网络工程有限公司", 100, 185),
        ocr("验收时间: 2025年10月21日", 100, 210),
    )
    assert _value(found.project_name) == "昌吉市水资源监测调度系统开发项目"


def test_a_cover_whose_project_name_wraps_over_two_lines_above_终验报告_is_read_whole():
    found = _acceptance(
        ocr("库车市人民医院新院区信息化基础设施及智能化弱", 80, 60, tall=22.0),
        ocr("电系统工程", 250, 84, tall=22.0),
        ocr("终验报告", 240, 120, tall=26.0),
        ocr("建设单位: 库车市人民医院", 100, 190),
        ocr("2025年10月15日", 240, 400),
    )
    assert _value(found.project_name) == "库车市人民医院新院区信息化基础设施及智能化弱电系统工程"


def test_a_bare_title_with_stray_strokes_beside_it_still_names_the_project_above():
    found = _acceptance(
        ocr("柯坪县融媒体中心新媒体指挥调度平台建设项目", 100, 60, tall=22.0),
        ocr("初验报告", 240, 90, tall=26.0),
        ocr("只三", 420, 92, tall=20.0),
        ocr("建设单位: 柯坪县融媒体中心", 100, 160),
    )
    assert _value(found.project_name) == "柯坪县融媒体中心新媒体指挥调度平台建设项目"


def test_a_company_line_above_a_cover_name_is_not_joined_to_it():
    found = _acceptance(
        ocr("新疆某某信息技术有限公司", 200, 40, tall=17.0),
        ocr("昌吉市水资源监测调度系统开发项目", 150, 80, tall=22.0),
        ocr("终验报告", 240, 110, tall=26.0),
    )
    assert _value(found.project_name) == "昌吉市水资源监测调度系统开发项目"


def test_a_letter_naming_the_contractor_in_brackets_after_its_role_names_party_b():
    found = _acceptance(
        ocr("关于某县疾控中心实验室信息管理系统开发项目的", 100, 40),
        ocr("验收意见", 250, 62),
        ocr("2025年10月9日，某县疾病预防控制中心组织召开某县疾控中心实验室信", 60, 100),
        ocr("息管理系统开发项目验收会。验收组由5名专家及建设单位、承建单位(新疆天山北", 60, 122),
        ocr("麓信息工程有限公司)代表组成。", 60, 144),
        ocr("验收组一致认为，该项目同意验收。", 60, 166),
        ocr("某县疾病预防控制中心", 300, 220),
        ocr("二〇二五年十月九日", 300, 242),
    )
    assert _value(found.party_b) == "新疆天山北麓信息工程有限公司"
    assert _value(found.party_a) == "某县疾病预防控制中心"


def test_a_letter_title_whose_short_last_line_ocr_boxed_taller_is_read_whole():
    found = _acceptance(
        ocr("关于阜康市“十五五”数字政府建设规划咨询项目的", 100, 69, tall=21.6),
        ocr("验收意见", 250, 89, tall=28.4),
        ocr("2025年9月12日,阜康市人民政府办公室组织召开阜康市“十五五”数字政府建设", 60, 131),
        ocr("规划咨询项目验收会。", 60, 153),
        ocr("验收组一致认为，该项目同意验收。", 60, 175),
    )
    assert _value(found.project_name) == "阜康市“十五五”数字政府建设规划咨询项目"


def test_a_bracketed_stage_in_a_report_title_is_no_part_of_the_project():
    found = _acceptance(
        ocr("阜康市城市运行管理服务平台(城市大脑)建设项目竣工验收(终验)报告", 80, 60, tall=24.0),
        ocr("建设单位: 阜康市数据局", 100, 120),
        ocr("验收结论: 验收合格", 100, 145),
    )
    assert _value(found.project_name) == "阜康市城市运行管理服务平台(城市大脑)建设项目"


def test_a_cover_date_dates_a_report_whose_signature_dates_cannot_be_read():
    cover = Page(
        file="a.pdf",
        number=1,
        width=595.0,
        height=842.0,
        words=[
            ocr("某县数据中心扩容项目", 200, 80),
            ocr("终验报告", 240, 110),
            ocr("2025年10月15日", 240, 400),
        ],
    )
    body = Page(
        file="a.pdf",
        number=2,
        width=595.0,
        height=842.0,
        words=[
            ocr("验收结论:验收合格。", 60, 80),
            ocr("建设单位(盖章)", 60, 300),
            ocr("年2月 日10 15", 60, 330),
        ],
    )
    found = EXTRACTORS[DocType.acceptance_report](Reading.of([cover, body]))
    assert _value(found.accepted_on) == dt.date(2025, 10, 15)
    assert found.accepted_on is not None and found.accepted_on.confidence < 0.8


def test_a_letter_naming_the_contractor_who_built_the_project_in_its_sentence_names_party_b():
    found = _acceptance(
        ocr("某地区水利局", 240, 40),
        ocr("验收意见", 250, 62),
        ocr("2025年12月26日,我单位组织有关专家和人员对阿克苏天衡信息技术有限公司承建的“某地区", 60, 100),
        ocr("水利局2025年度信息系统运维服务项目”进行了验收。", 60, 122),
        ocr("验收组一致认为该项目验收合格。", 60, 144),
        ocr("某地区水利局", 300, 220),
        ocr("二〇二五年十二月二十六日", 300, 242),
    )
    assert _value(found.party_b) == "阿克苏天衡信息技术有限公司"


def test_a_certificate_whose_sentence_opens_with_the_contractor_names_party_b():
    found = _acceptance(
        ocr("验收证书", 250, 40),
        ocr("证书编号:YS-2025-321", 60, 70),
        ocr("克拉玛依百口泉电子工程有限公司承建的“乌尔禾区警务数据机房改造采购项目”(合同编", 60, 100),
        ocr("号:KLMY-2025-XX382),已按合同约定完成全部建设内容。克拉玛依市乌尔禾区公安分", 60, 122),
        ocr("局于二〇二五年七月十六日组织验收小组进行了竣工验收。", 60, 144),
        ocr("验收结论:验收合格", 60, 166),
        ocr("建设单位:克拉玛依市乌尔禾区公安分局", 300, 220),
        ocr("2025年07月16日", 300, 242),
    )
    assert _value(found.party_b) == "克拉玛依百口泉电子工程有限公司"
    assert _value(found.party_a) == "克拉玛依市乌尔禾区公安分局"


def test_a_client_read_under_its_seal_is_spelt_as_the_certificates_sentence_spells_it():
    under_seal = ocr("建设单位克拉玛依布乌尔禾区水利局", 300, 220).model_copy(update={"confidence": 0.68})
    found = _acceptance(
        ocr("验收证书", 250, 40),
        ocr("克拉玛依市昆仑信创智能科技有限公司承建的“乌尔禾区灌区信息化项目”,已按合同约定完成全", 60, 100),
        ocr(
            "部建设内容。克拉玛依市乌尔禾区水利局于二〇二五年二月二十八日组织验收小组进行了竣工验收。",
            60,
            122,
        ),
        ocr("验收结论:验收合格", 60, 144),
        under_seal,
        ocr("2025年02月28日", 300, 242),
    )
    assert _value(found.party_a) == "克拉玛依市乌尔禾区水利局"
    assert found.party_a is not None and found.party_a.confidence < 0.8  # still no ground for an error


def test_a_client_whose_reading_under_the_seal_lost_a_character_is_spelt_whole():
    under_seal = ocr("建设单位克拉玛依市乌尔禾区文化体育播电视和旅游局", 300, 220).model_copy(
        update={"confidence": 0.7}
    )
    found = _acceptance(
        ocr("验收证书", 250, 40),
        ocr(
            "某公司承建的“乌尔禾区景区智慧票务系统工程”已按合同约定完成。克拉玛依市乌尔禾区文化体育", 60, 100
        ),
        ocr("广播电视和旅游局于二〇二五年三月一日组织验收小组进行了竣工验收。", 60, 122),
        ocr("验收结论:验收合格", 60, 144),
        under_seal,
    )
    assert _value(found.party_a) == "克拉玛依市乌尔禾区文化体育广播电视和旅游局"


def test_a_name_cell_wrapped_beside_the_next_columns_value_is_read_whole():
    # 项目名称 | 某设备采购 合同编号 on the row's first line; 项目 | WSEZ-2024-078 on its second.
    found = _acceptance(
        ocr("设备到货验收单", 220, 60),
        ocr("项目名称", 84, 100),
        ocr("温宿县第二中学录播教室设备采购", 142, 100),
        ocr("合同编号", 315, 100),
        ocr("项目", 142, 116),
        ocr("WSEZ-2024-078", 372, 116),
        ocr("采购单位", 84, 140),
        ocr("温宿县第二中学", 142, 140),
    )
    assert _value(found.project_name) == "温宿县第二中学录播教室设备采购项目"
    # A row's label cell under the name is no part of it.
    labelled = _acceptance(
        ocr("设备到货验收单", 220, 60),
        ocr("项目名称", 84, 100),
        ocr("温宿县第二中学录播教室设备更新", 142, 100),
        ocr("建设地点", 84, 116),
        ocr("温宿县", 142, 116),
    )
    assert _value(labelled.project_name) == "温宿县第二中学录播教室设备更新"


def _order(*row: Word) -> object:
    """A photographed 采购订单 with the given 项目名称 row and its 下单日期 row under it."""
    words = [ocr("采购订单", 250, 60), *row, ocr("下单日期", 73, 190), ocr("2024年7月27日", 143, 190)]
    page = Page(file="订单.pdf", number=1, width=595.0, height=842.0, words=words)
    return EXTRACTORS[DocType.contract](Reading.of([page]))


def test_a_wrapped_name_stops_where_the_next_cell_starts_close_beside_it():
    # An order's row: 项目名称 | 某设备采购项 | 依据协议 | 《框架采购协议》… with narrow padding (OCR
    # joins the first two cells with a space); the name's last character wrapped under it.
    found = _order(
        ocr("项目名称", 74, 155),
        ocr("乌苏市教育局网络安全设备采购项", 143, 155),
        ocr("依据协议", 300, 155),
        ocr("《框架采购协议》WSKJ-2024-010", 375, 155),
        ocr("目", 143, 163),
    )
    assert _value(found.project_name) == "乌苏市教育局网络安全设备采购项目"


def test_a_name_wrapped_over_three_lines_of_a_narrow_cell_is_read_whole():
    # A .docx acceptance form: 项目名称 | 独山子区人民医院数据 / 中心服务器及存储设备 / 采购项目 | 合同编号 | ….
    found = _acceptance(
        _word("项目验收报告", 56, 56),
        _word("项目名称", 56, 80),
        _word("独山子区人民医院数据", 181, 80),
        _word("合同编号", 306, 80),
        _word("DSZCG-2024995", 431, 80),
        _word("中心服务器及存储设备", 181, 96),
        _word("采购项目", 181, 112),
        _word("采购单位", 56, 128),
        _word("克拉玛依市独山子区人民医院", 181, 128),
    )
    assert _value(found.project_name) == "独山子区人民医院数据中心服务器及存储设备采购项目"


def test_a_name_stops_before_the_next_cell_set_close_beside_it():
    # 项目名称 | 某设备采购项目 | 依据协议 | 《框架采购协议》… on one OCR line, one space between the cells.
    found = _order(
        ocr("项目名称", 74, 155),
        ocr("乌苏市教育局信息化设备采购项目", 143, 155),
        ocr("依据协议《框架采购协议》WSKJ-2024-018", 300, 155),
    )
    assert _value(found.project_name) == "乌苏市教育局信息化设备采购项目"
