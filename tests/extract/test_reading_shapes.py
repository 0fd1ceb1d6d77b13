"""Values accepted only in their field's shape: party blocks with bank-account rows, category rows,
unfilled templates, names wrapped over two lines, roles named in titles and preambles."""

from __future__ import annotations

import pytest
from field_pages import page_of

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.extract.fields.parties import clean_party_name
from jianzheng.extract.fields.shapes import (
    is_generic_name,
    is_placeholder,
    is_signing_record,
    is_signing_service,
    is_third_party,
    label_word,
)
from jianzheng.models import DocType

CLIENT = "乌鲁木齐市沙依巴克区数据局"
SUPPLIER = "新疆天山云数信息技术有限公司"


def fields(doc_type: DocType, lines: list[str], **kw):
    return EXTRACTORS[doc_type](Reading.of([page_of(lines, **kw)]))


def value(field):
    return field.value if field is not None else None


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        ("______", True),
        ("＿＿＿＿＿＿", True),
        ("XXXX", True),
        ("新疆XX有限公司", True),
        ("××市××局", True),
        ("【    】", True),
        ("（  ）", True),
        ("— — —", True),
        ("", True),
        (SUPPLIER, False),
        ("新疆某某信息技术有限公司", False),
        ("乌鲁木齐市第十二中学", False),
    ],
)
def test_template_blanks(text, blank):
    assert is_placeholder(text) is blank


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("开户银行：中国工商银行乌鲁木齐分行", "开户银行"),
        ("开户行:中国建设银行新疆分行营业部", "开户行"),
        ("账号：3000 0123 4567 8901", "账号"),
        ("法定代表人", "法定代表人"),
        ("委托代理人（签字）", "委托代理人"),
        ("地 址：乌鲁木齐市新市区北京南路1号", "地址"),
        ("电话：0991-1234567", "电话"),
        (SUPPLIER, None),
        ("新疆地址测绘院", None),
    ],
)
def test_party_block_labels_are_no_names(text, label):
    assert label_word(text) == label
    if label is not None:
        assert clean_party_name(text) is None


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("系统集成项目", True),
        ("信息化工程施工", True),
        ("技术服务", True),
        ("《软件开发》", True),
        ("公开招标", True),
        ("乌鲁木齐市智慧城管平台建设项目", False),
        ("克拉玛依市政务云运维服务项目", False),
    ],
)
def test_categories_are_no_project_names(text, generic):
    assert is_generic_name(text) is generic


@pytest.mark.parametrize(
    ("name", "third"),
    [
        ("新疆中信工程监理有限公司", True),
        ("新疆维吾尔自治区软件测评中心", True),
        ("新疆信息技术产品质量检测中心", True),
        ("国家计算机网络与信息安全测试中心新疆分中心", True),
        ("新疆信息产业有限责任公司（监理部）", True),
        ("哈密市产品质量检验所", True),
        ("新疆维吾尔自治区产品质量监督检验研究院", True),
        (SUPPLIER, False),
        (CLIENT, False),
    ],
)
def test_third_parties(name, third):
    assert is_third_party(name) is third


BANK_BLOCKS = [
    [
        "甲方：" + CLIENT,
        "开户银行：中国工商银行乌鲁木齐分行",
        "账号：3000012345",
        "乙方：" + SUPPLIER,
        "开户银行：中国建设银行新疆分行",
        "账号：6500012345",
    ],
    # The names on the line under their labels, each followed by its bank-account block.
    [
        "甲方（盖章）：",
        CLIENT,
        "开户银行：中国工商银行乌鲁木齐分行",
        "乙方（盖章）：",
        SUPPLIER,
        "开户行：中国建设银行新疆分行",
    ],
    # Two columns: each party's block under it, row for row.
    [
        "甲方（盖章）：  乙方（盖章）：",
        f"{CLIENT}  {SUPPLIER}",
        "开户银行：中国工商银行乌鲁木齐分行  开户银行：中国建设银行新疆分行",
        "账号：3000012345  账号：6500012345",
    ],
    # The supplier's name left out of its block: the bank row under it is no name.
    [
        "甲方：" + CLIENT,
        "开户银行：中国工商银行乌鲁木齐分行",
        "乙方（盖章）：",
        "开户银行：中国建设银行新疆分行",
    ],
]


@pytest.mark.parametrize("ocr", [False, True])
@pytest.mark.parametrize("layout", range(len(BANK_BLOCKS)))
def test_bank_account_blocks_never_become_a_party(layout, ocr):
    found = fields(DocType.contract, BANK_BLOCKS[layout], ocr=ocr)
    assert value(found.party_a) == CLIENT
    assert value(found.party_b) in {SUPPLIER, None} and "银行" not in (value(found.party_b) or "")
    if layout < 3:
        assert value(found.party_b) == SUPPLIER


@pytest.mark.parametrize(
    "lines",
    [
        ["甲方：__________________", "乙方：__________________"],
        ["甲方（盖章）：XXXX有限公司", "乙方（盖章）：XX市XX局"],
        ["采购人：【                】", "供应商：＿＿＿＿＿＿＿＿"],
        ["甲方：", "法定代表人：", "乙方：", "委托代理人："],
    ],
)
def test_an_unfilled_template_names_no_party(lines):
    found = fields(DocType.contract, lines)
    assert (found.party_a, found.party_b) == (None, None)


@pytest.mark.parametrize(
    ("lines", "a", "b"),
    [
        # The client named in the title of a framework agreement; no party block.
        (
            [f"{CLIENT}与{SUPPLIER}", "信息化建设战略合作框架协议", "双方本着平等互利的原则达成如下协议："],
            CLIENT,
            SUPPLIER,
        ),
        ([f"{SUPPLIER}与{CLIENT}信息化运维服务框架协议", "双方经友好协商达成如下协议："], CLIENT, SUPPLIER),
        # Role words beside the names in the title or the preamble.
        ([f"{SUPPLIER}（乙方）与{CLIENT}（甲方）", "技术服务合同"], CLIENT, SUPPLIER),
        ([f"{CLIENT}委托{SUPPLIER}承担智慧社区平台建设项目的开发工作，双方签订本合同。"], CLIENT, SUPPLIER),
        ([f"{CLIENT}（以下简称“采购人”）与{SUPPLIER}（以下简称“供应商”）签订本合同。"], CLIENT, SUPPLIER),
        # 委托 wrapped over the line break: its 托 is no part of the supplier's name.
        (
            [
                f"根据有关法律法规，{CLIENT}（以下简称“甲方”）委",
                f"托{SUPPLIER}（以下简称“乙方”）承担平台建设。",
            ],
            CLIENT,
            SUPPLIER,
        ),
    ],
)
def test_roles_from_titles_and_preambles(lines, a, b):
    found = fields(DocType.contract, lines)
    assert (value(found.party_a), value(found.party_b)) == (a, b)


def test_two_companies_in_a_title_say_nothing_about_roles():
    other = "新疆昆仑信通网络科技有限公司"
    found = fields(DocType.contract, [f"{other}与{SUPPLIER}软件开发合作框架协议"])
    assert (found.party_a, found.party_b) == (None, None)


def test_role_words_in_the_preamble_outweigh_a_block_read_the_other_way_round():
    lines = [
        f"{CLIENT}（甲方）与{SUPPLIER}（乙方）签订本协议。",
        "签字盖章：",
        "甲方：" + SUPPLIER,
        "乙方：" + CLIENT,
    ]
    found = fields(DocType.contract, lines)
    assert (value(found.party_a), value(found.party_b)) == (CLIENT, SUPPLIER)


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        # A category row after the name row, and before it.
        (
            ["项目名称：克拉玛依市政务云运维服务项目", "项目类别：系统集成项目"],
            "克拉玛依市政务云运维服务项目",
        ),
        (
            ["项目类别：系统集成项目", "工程类别：信息化工程施工", "工程名称：克拉玛依市政务云运维服务项目"],
            "克拉玛依市政务云运维服务项目",
        ),
        (["合同类型：技术服务", "项目名称：克拉玛依市政务云运维服务项目"], "克拉玛依市政务云运维服务项目"),
        # Label and value in separate table cells, a category cell after them.
        (
            ["项目名称    克拉玛依市政务云运维服务项目    项目类别    系统集成项目"],
            "克拉玛依市政务云运维服务项目",
        ),
        # The value on the line under its label.
        (["项目名称：", "克拉玛依市政务云运维服务项目"], "克拉玛依市政务云运维服务项目"),
        # Wrapped names: a line that does not end as a name does, and one that could.
        (
            ["项目名称：乌鲁木齐市沙依巴克区智慧社区综合服务平台", "建设项目", "合同编号：HT-2024-001"],
            "乌鲁木齐市沙依巴克区智慧社区综合服务平台建设项目",
        ),
        (
            [
                "项目名称：乌鲁木齐市沙依巴克区城市运行管理系统",
                "运维服务项目（二期）",
                "合同编号：HT-2024-001",
            ],
            "乌鲁木齐市沙依巴克区城市运行管理系统运维服务项目（二期）",
        ),
    ],
)
@pytest.mark.parametrize("doc_type", [DocType.contract, DocType.acceptance_report])
def test_project_names(lines, name, doc_type):
    assert value(fields(doc_type, lines).project_name) == name.replace("（", "(").replace("）", ")")


@pytest.mark.parametrize(
    "lines",
    [
        ["项目名称：系统集成项目"],
        ["项目名称：______________________"],
        ["项目名称：【      】"],
        ["项目类别：信息化工程施工"],
    ],
)
def test_no_project_name_rather_than_a_category_or_a_blank(lines):
    assert fields(DocType.contract, lines).project_name is None


def test_a_wrapped_name_does_not_take_the_next_sentence():
    lines = ["项目名称：克拉玛依市政务云运维服务项目", "一、服务内容：乙方负责平台的日常运维。"]
    assert value(fields(DocType.contract, lines).project_name) == "克拉玛依市政务云运维服务项目"


@pytest.mark.parametrize(
    "lines",
    [
        [f"甲方    {CLIENT}", f"乙方    {SUPPLIER}"],
        [f"委托方（甲方）    {CLIENT}    受托方（乙方）    {SUPPLIER}"],
        ["需方：", CLIENT, "供方：", SUPPLIER],
    ],
)
def test_party_values_in_the_next_cell_or_on_the_next_line(lines):
    found = fields(DocType.contract, lines)
    assert (value(found.party_a), value(found.party_b)) == (CLIENT, SUPPLIER)


@pytest.mark.parametrize("garbled", ["盗基应急管理题", "张三", "乌鲁木齐"])
def test_a_party_value_that_is_no_organisations_name_is_dropped(garbled):
    found = fields(DocType.contract, [f"甲方：{garbled}", f"乙方：{SUPPLIER}"], ocr=True)
    assert found.party_a is None
    assert value(found.party_b) == SUPPLIER


def test_a_category_read_on_from_the_name_label_is_no_name():
    assert fields(DocType.acceptance_report, ["验收项目类别：系统集成"]).project_name is None


@pytest.mark.parametrize("ocr", [False, True])
def test_a_branch_wrapped_after_its_parents_name_is_joined(ocr):
    lines = [f"乙方：{SUPPLIER}", "乌鲁木齐分公司", f"甲方：{CLIENT}", "新疆分局下属单位"]
    found = fields(DocType.contract, lines, ocr=ocr)
    assert value(found.party_b) == SUPPLIER + "乌鲁木齐分公司"
    assert value(found.party_a) == CLIENT


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        (
            "关于巴里坤县住房和城乡建设局网络安全态势感知平台项目的验收意见",
            "巴里坤县住房和城乡建设局网络安全态势感知平台项目",
        ),
        ("关于某某局政务云平台建设项目验收报告", "某某局政务云平台建设项目"),
        (
            "温宿县人力资源和社会保障局农田水利物联网监测平台采购项目。",
            "温宿县人力资源和社会保障局农田水利物联网监测平台采购项目",
        ),
    ],
)
def test_a_project_name_from_a_letters_title_or_a_sentence_keeps_only_the_name(printed, name):
    from jianzheng.extract.fields.doctypes.contract import as_project_name

    assert as_project_name(printed) == (name, 1.0)


def test_a_letters_title_gives_the_project_name_alone():
    from jianzheng.extract.fields.doctypes.contract import _name_from_title

    assert _name_from_title("关于克拉玛依市白碱滩区水利局视频监控系统扩容项目的验收意见") == (
        "克拉玛依市白碱滩区水利局视频监控系统扩容项目"
    )


def test_a_name_ends_where_the_other_partys_role_begins_on_the_same_line():
    # A signature page read across both columns: 甲方(采购人) 某中心( 乙方(供应商) 某公司.
    name, certainty = clean_party_name(
        "巴里坤哈萨克自治县融媒体中心(乙方(供应商)巴里坤伊州信息技术有限公司"
    ) or ("", 0)
    assert name == "巴里坤哈萨克自治县融媒体中心" and certainty < 0.9  # what wrapped beneath is lost
    # A role word inside a name, not standing as a label, is part of the name.
    assert clean_party_name("某某供应商管理有限公司") == ("某某供应商管理有限公司", 1.0)


def test_a_consortium_members_role_after_its_name_is_no_part_of_it():
    assert clean_party_name("新疆胡杨信息技术有限责任公司(联合体牵头人)") == (
        "新疆胡杨信息技术有限责任公司",
        1.0,
    )
    assert clean_party_name("和田某某建设工程有限公司（联合体成员）") == ("和田某某建设工程有限公司", 1.0)
    assert clean_party_name("新疆某某(集团)有限公司") == ("新疆某某(集团)有限公司", 1.0)


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("电子签署证据报告 签署方 签署时间 证书序列号 文件哈希（SHA-256）", True),
        ("签署记录  数字证书序列号 7A3F…  文件数字摘要", True),
        ("甲方（盖章）： 乙方（盖章）： 签署时间：2024-05-13 10:21:07", False),
    ],
)
def test_an_e_signing_platforms_evidence_report_is_known_by_its_words(text, record):
    assert is_signing_record(text) is record
    assert is_signing_service("某某电子签约平台") and not is_signing_service(CLIENT)
