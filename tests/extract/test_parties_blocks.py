"""Party blocks: the label pairs, decorations, names below the label or running onto a second line."""

from __future__ import annotations

import pytest
from field_pages import page_of

from jianzheng.extract.fields.doctypes.common import Reading
from jianzheng.extract.fields.parties import clean_party_name


def parties(lines, **kw):
    reading = Reading.of([page_of(lines, **kw)])
    a, b = reading.party("a"), reading.party("b")
    return (a.value if a else None), (b.value if b else None)


@pytest.mark.parametrize(
    ("label_a", "label_b"),
    [
        ("甲方", "乙方"),
        ("发包方", "承包方"),
        ("发包人", "承包人"),
        ("委托方", "受托方"),
        ("委托人", "受托人"),
        ("采购人", "供应商"),
        ("买方", "卖方"),
        ("需方", "供方"),
        ("采购方", "供货方"),  # a 采购订单 under a framework agreement
        ("买受人", "出卖人"),  # 买卖合同 in the Civil Code's words
        ("委托方（甲方）", "受托方（乙方）"),
        ("甲方（全称）", "乙方（全称）"),
    ],
)
def test_every_label_pair_names_both_parties(label_a, label_b):
    a, b = parties([f"{label_a}：乌鲁木齐市某区数据局", f"{label_b}：新疆天山云数信息技术有限公司"])
    assert (a, b) == ("乌鲁木齐市某区数据局", "新疆天山云数信息技术有限公司")


def test_ocr_spaced_labels_and_full_width_colons():
    a, b = parties(["甲 方 ： 乌鲁木齐市某区数据局", "乙  方：新疆天山云数信息技术有限公司"], ocr=True)
    assert (a, b) == ("乌鲁木齐市某区数据局", "新疆天山云数信息技术有限公司")


def test_signature_block_with_names_under_the_labels():
    a, b = parties(["甲方（盖章）：  乙方（盖章）：", "乌鲁木齐市某区数据局  新疆天山云数信息技术有限公司"])
    assert (a, b) == ("乌鲁木齐市某区数据局", "新疆天山云数信息技术有限公司")


def test_a_name_running_onto_the_next_line_is_joined():
    a, _ = parties(["甲方：新疆维吾尔自治区乌鲁木齐市某区数据", "局", "乙方：某某有限公司"])
    assert a == "新疆维吾尔自治区乌鲁木齐市某区数据局"


def test_two_parties_on_one_line_are_split_at_the_second_label():
    a, b = parties(["甲方：乌鲁木齐市某区数据局 乙方：新疆天山云数信息技术有限公司"])
    assert (a, b) == ("乌鲁木齐市某区数据局", "新疆天山云数信息技术有限公司")


def test_an_order_forms_row_of_two_wrapped_cells_with_the_roles_in_brackets():
    # 采购订单: both names wrap in their cells; 公司 under each belongs to that column's name.
    a, b = parties(
        [
            "采购单位（甲方） 新疆哈密广恒新能源发电有限责任 供应单位（乙方） 哈密市胡杨网安电子科技有限责任",
            "~  公司  ~  公司",
        ],
        ocr=True,
        columns=[60, 140, 330, 410],
    )
    assert a == "新疆哈密广恒新能源发电有限责任公司"
    # OCR set 供应单位（乙方） a space from party A's cell: no label starts party B here (the
    # signature block names it), and party A's name never runs into it.
    assert b in (None, "哈密市胡杨网安电子科技有限责任公司")


def test_a_name_wrapped_in_its_column_beside_the_other_partys_address():
    a, b = parties(
        [
            "采购人（盖章）：塔什库尔干塔吉克自治县文化体育广  供应商（盖章）：喀什昆岗信息服务有限公司",
            "播电视和旅游局  地址：新疆喀什地区喀什市深喀大道396号",
        ],
        ocr=True,
        columns=[60, 330],
    )
    assert (a, b) == ("塔什库尔干塔吉克自治县文化体育广播电视和旅游局", "喀什昆岗信息服务有限公司")


def test_running_text_is_not_a_party():
    a, b = parties(["甲方应于合同签订后十个工作日内支付预付款。", "乙方负责系统的安装调试。"])
    assert (a, b) == (None, None)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("新疆天山云数信息技术有限公司（盖章）", "新疆天山云数信息技术有限公司"),
        ("新疆信息产业有限责任公司（监理部）", "新疆信息产业有限责任公司(监理部)"),
        ("某某有限公司 法定代表人：张三", "某某有限公司"),
        ("乌鲁木齐市某区数据局，地址：某路1号", "乌鲁木齐市某区数据局"),
        # OCR under a seal drops or misreads a character of the legal form.
        ("乌鲁木齐天池数据电子信息股份限公司", "乌鲁木齐天池数据电子信息股份有限公司"),
        ("新疆昆仑信通网络科技有限公可", "新疆昆仑信通网络科技有限公司"),
        ("新疆昆仑信通网络科技有限责公司", "新疆昆仑信通网络科技有限责任公司"),
        # A 签认表's 建设单位：某局(章 whose closing bracket OCR lost, the next label read on.
        ("吐鲁番市高昌区教育局(章 负责人:", "吐鲁番市高昌区教育局"),
        # Forms one edit from none of the list stay as printed.
        ("中国石油天然气股份公司", "中国石油天然气股份公司"),
        ("新疆某某投资有限合伙", "新疆某某投资有限合伙"),
    ],
)
def test_names_are_cleaned(raw, name):
    cleaned = clean_party_name(raw)
    assert cleaned is not None and cleaned[0] == name


def test_evidence_box_covers_the_label_and_the_name():
    reading = Reading.of([page_of(["甲方：乌鲁木齐市某区数据局"])])
    found = reading.party("a")
    assert found is not None and found.page == 1
    x0, y0, x1, y1 = found.bbox
    assert x0 == pytest.approx(60.0) and x1 > x0 and y1 > y0
    assert found.text.startswith("甲方")


def test_a_header_row_of_party_labels_over_a_row_of_names():
    page = page_of(
        [
            "~  甲方  乙方",
            "名称  巴音郭楞蒙古自治州库尔勒市市场监督管理局  阿克苏地区昆仑信通信息科技股份有限公司",
        ],
        columns=[60, 150, 400],
    )
    reading = Reading.of([page])
    a, b = reading.party("a"), reading.party("b")
    assert a and a.value == "巴音郭楞蒙古自治州库尔勒市市场监督管理局"
    assert b and b.value == "阿克苏地区昆仑信通信息科技股份有限公司"


def test_a_decoration_without_brackets_before_the_colon():
    a, b = parties(["甲方盖章：乌鲁木齐市某区数据局", "乙方签章：新疆天山云数信息技术有限公司"])
    assert (a, b) == ("乌鲁木齐市某区数据局", "新疆天山云数信息技术有限公司")


def test_a_group_over_its_subsidiarys_name_on_the_next_line_is_the_subsidiary():
    # 某集团 ends its line; the company's own name (…软件有限公司) wrapped under it.
    a, b = parties(
        [
            "委托方（甲方）：头屯河区公安局",
            "受托方（乙方）：新疆生产建设兵团第十二师数字经济发展集团",
            "绿洲金桥软件有限公司",
            "签订时间：2023年4月23日",
        ],
        ocr=True,
    )
    assert (a, b) == ("头屯河区公安局", "新疆生产建设兵团第十二师数字经济发展集团绿洲金桥软件有限公司")


def test_a_group_that_is_the_party_stays_the_group():
    # The line under it is an address, not a company: the group itself is the party.
    a, b = parties(
        ["甲方：新疆天山建设集团", "乌鲁木齐市天山区解放北路1号", "乙方：新疆天山云数信息技术有限公司"]
    )
    assert (a, b) == ("新疆天山建设集团", "新疆天山云数信息技术有限公司")


def test_a_seal_over_the_label_line_leaves_the_name_under_it_to_the_party():
    # OCR read the seal's arc (数字技术股) beside 乙方（盖章）; the name is printed on the next line.
    a, b = parties(
        [
            "甲方（盖章）：  乙方（盖章）数字技术股",
            "玛纳斯县人力资源和社会保障局  乌鲁木齐中正绿洲数字技术股份有限公司",
            "地址：玛纳斯县长春中路65号  地址：库车市西虹东路265号",
        ],
        ocr=True,
        columns=[60, 300],
    )
    assert (a, b) == ("玛纳斯县人力资源和社会保障局", "乌鲁木齐中正绿洲数字技术股份有限公司")


def test_a_title_of_four_lines_names_both_parties():
    a, b = parties(
        [
            "昌吉回族自治州玛纳斯县人力资源和社会保障局与乌鲁",
            "木齐中正绿洲数字技术股份有限公司昌吉回族自治州玛",
            "纳斯县人力资源和社会保障局2024年度档案数字化",
            "加工及管理系统采购项目框架协议",
            "协议编号：KJXY-2024-90",
        ],
        ocr=True,
    )
    assert (a, b) == ("昌吉回族自治州玛纳斯县人力资源和社会保障局", "乌鲁木齐中正绿洲数字技术股份有限公司")


@pytest.mark.parametrize(
    "name",
    [
        "和田昆仑智联网络安全技术有限公司",
        "于田县农业农村局",
        "若羌县教育局",
        "可克达拉市数据局",
        "同方股份有限公司",
        "和田地区于田县农业农村局(于田县乡村振兴局)",
    ],
)
def test_a_name_may_start_with_a_character_that_also_opens_a_clause(name):
    # 和田 (Hotan), 于田, 若羌 and 可克达拉 are places; 同方 is a company.
    assert clean_party_name(name) == (name, 1.0)
    a, b = parties(["委托方（甲方）：墨玉县融媒体中心", f"受托方（乙方）：{name}"])
    assert a == "墨玉县融媒体中心"
    assert b == name


@pytest.mark.parametrize(
    "clause", ["应于合同签订后支付", "由新疆某科技有限公司负责", "与新疆某科技有限公司签订"]
)
def test_a_clause_is_no_name(clause):
    assert clean_party_name(clause) is None


def test_a_name_with_its_second_name_in_brackets_is_read_whole():
    # 某中心（县广播电视台）: a whole name, preferred over a shorter reading of the signature row.
    client = "巴里坤哈萨克自治县融媒体中心(县广播电视台)"
    lines = [
        "系统集成项目合同书",
        f"甲方（采购人）：{client}",
        "乙方（供应商）：巴里坤坎儿井智能科技有限责任公司",
        "第一条 项目内容",
        "甲方（采购人）  巴里坤哈萨克自治县融媒体中心（  乙方（供应商）  巴里坤坎儿井智能科技有限责任公司",
        "县广播电视台）",
    ]
    assert parties(lines)[0] == client
    assert (
        clean_party_name("新疆信息产品质量监督检验研究院(国家信息安全产品质量检验检测中心(新疆))") is not None
    )


def test_the_role_a_party_is_defined_as_is_no_part_of_its_name():
    lines = [
        "需方：克拉玛依市独山子区城市管理局（以下简称甲方）",
        "供方：新疆天山云数信息技术有限公司（以下简称乙方）",
    ]
    assert parties(lines) == ("克拉玛依市独山子区城市管理局", "新疆天山云数信息技术有限公司")


@pytest.mark.parametrize("rows", [3, 4])
def test_a_party_form_whose_role_cell_spans_the_name_address_and_contact_rows(rows):
    # 政府采购合同 form: 采购人 / 供应商 in a merged cell left of 名称, 地址, 联系人 (and 电话); the role
    # prints level with a middle row, the name on the 名称 row above it.
    def block(role: str, name: str) -> list[str]:
        middle = [f"{role}  地址  新疆塔城地区乌苏市", "~  联系人  梁斌涛"]
        return [f"~  名称  {name}", *middle, *(["~  电话  0901-8512345"] if rows == 4 else [])]

    lines = [
        "政府采购合同",
        *block("采购人", "乌苏市教育局"),
        *block("供应商", "新疆峰峦智创信息技术有限公司"),
    ]
    assert parties(lines, columns=[60, 110, 160]) == ("乌苏市教育局", "新疆峰峦智创信息技术有限公司")


@pytest.mark.parametrize(
    ("upper", "lower"), [("新疆汇泽恒达智能科技", "有限公司"), ("新疆额敏远山网维信息科", "技有限公司")]
)
def test_a_name_closed_by_a_bracketed_second_name_takes_nothing_from_the_row_below(upper, lower):
    # The row below holds the contractor's name wrapped in its cell, its label level with the gap;
    # its upper half may itself end like a name (…信息科).
    lines = ["建设单位  额敏县人民医院（额敏县中医医院）", f"~  {upper}", "承建单位", f"~  {lower}"]
    assert parties(lines, columns=[60, 160])[0] == "额敏县人民医院(额敏县中医医院)"


def test_a_party_named_only_in_the_title_beside_one_named_in_a_block():
    # 某医院与某公司…采购合同: the body says only 买方/卖方; the seller signs by name, the buyer
    # leaves its line blank for the seal. The title names the buyer.
    a, b = parties(
        [
            "克拉玛依市独山子区人民医院与新疆博远信通智能科技有限公司",
            "数据中心服务器及存储设备采购合同",
            "合同编号：DSZCG-2024995",
            "第一条 供货清单",
            "买方（盖章）：",
            "卖方（盖章）：新疆博",
        ]
    )
    assert (a, b) == ("克拉玛依市独山子区人民医院", "新疆博远信通智能科技有限公司")


@pytest.mark.parametrize("client", ["第三师四十四团", "新疆生产建设兵团第一师十团", "第三师图木舒克市教育局"])
def test_a_bingtuan_regiment_is_an_organisation(client):
    # 兵团's regiments (团场) sign contracts in their own name: 第三师四十四团.
    a, b = parties(["委托方（甲方）：" + client, "受托方（乙方）：新疆前海信息技术有限公司"])
    assert (a, b) == (client, "新疆前海信息技术有限公司")


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("限公司", False),
        ("公司", False),
        ("有限公司", False),
        ("税务局", True),
        ("天马智能科技有限公司", True),
    ],
)
def test_the_tail_of_a_name_wrapped_in_its_cell_is_no_organisation(name, organisation):
    from jianzheng.extract.fields.parties import is_org_name

    assert is_org_name(name) is organisation


def test_a_subcontract_names_its_owner_above_its_parties():
    # jiashi seed 1: 建设单位（项目业主） heads a 专业分包合同 whose 甲方 is the prime contractor.
    a, b = parties(
        [
            "建设单位（项目业主）：岳普湖县农业农村局",
            "甲方（承包人）：喀什地区雪莲信通建工集团有限公司",
            "乙方（分包人）：新疆疏附慕士塔格数科数字科技有限公司",
        ]
    )
    assert (a, b) == ("喀什地区雪莲信通建工集团有限公司", "新疆疏附慕士塔格数科数字科技有限公司")
    # Without another party-A label the owner is party A, as on most acceptance forms.
    assert (
        parties(["建设单位：岳普湖县农业农村局", "承建单位：新疆疏附慕士塔格数科数字科技有限公司"])[0]
        == "岳普湖县农业农村局"
    )


def test_a_former_name_noted_after_the_name_is_no_part_of_it():
    from jianzheng.extract.fields.parties import clean_party_name

    assert clean_party_name("博乐市数据局（原博乐市信息中心）") == ("博乐市数据局", 1.0)
    assert clean_party_name("新疆某某科技有限公司(曾用名：新疆某某电子有限公司)") == (
        "新疆某某科技有限公司",
        1.0,
    )
    assert clean_party_name("新疆原野科技有限公司") == ("新疆原野科技有限公司", 1.0)
