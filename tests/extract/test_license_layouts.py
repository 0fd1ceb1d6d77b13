"""Business-license fields across the layouts in use, from pages built as OCR reads them.

Each case mirrors what the OCR reader gave on a real license (../shared/real-docs,
measured by tests/extract/real_licenses.py), with made-up companies and people.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from field_pages import page_of

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.extract.fields.doctypes.license import as_capital, as_person, as_valid_until
from jianzheng.extract.fields.doctypes.license_shape import as_address, company_type_of
from jianzheng.models import DocType


def license_fields(*lines: str, columns: list[float] | None = None) -> dict:
    fields = EXTRACTORS[DocType.business_license](
        Reading.of([page_of(list(lines), ocr=True, columns=columns)])
    )
    return {name: extracted.value for name, extracted in fields.present().items()}


def test_horizontal_license_right_column_address_after_the_scope_text():
    # 三证合一 horizontal: OCR reads 住 所 at the end of the left column's 经营范围 text,
    # and the address runs on beside the scope's next line.
    got = license_fields(
        "统一社会信用代码  91330109MA27Y7DJXX",
        "名 称 某某液压科技有限公司  注册资本壹仟万元整",
        "类 型有限责任公司(自然人投资或控股)  成立日期2016年07月18日",
        "法定代表人 张某平  营业期限2016年07月18日至长期",
        "经营范围蓄能器、液压设备配件的制 住  所 浙江省杭州市萧山区新塘街道南秀路3089号",
        "造、研发、销售;技术开发、技术咨询  神汉商业广场5023",
        "登记机关",
        columns=[60, 330],
    )
    assert got["address"] == "浙江省杭州市萧山区新塘街道南秀路3089号神汉商业广场5023"
    assert got["company_name"] == "某某液压科技有限公司"
    assert got["registered_capital"] == Decimal("10000000.00")
    assert got["valid_until"] == "长期"
    assert got["business_scope"].startswith("蓄能器")
    assert "住" not in got["business_scope"]
    assert "神汉" not in got["business_scope"]


def test_the_address_running_on_below_its_label_stays_out_of_the_scope():
    # 2019 landscape: 住所 starts on the scope's second line and its tail (2层26室) sits beside the
    # scope's third, where no label marks the right column.
    got = license_fields(
        "经营范围  计算机信息系统集成服务；软件开发；",
        "~  数据处理和存储支持服务；网络与信  住所  新疆巴音郭楞蒙古自治州长江路240号2",
        "~  息安全软件开发；计算机辅助设备  ~  2层26室",
        "~  零售；物联网技术服务。",
        columns=[60, 159, 420, 460],
    )
    assert got["business_scope"] == (
        "计算机信息系统集成服务;软件开发;数据处理和存储支持服务;网络与信息安全软件开发;计算机辅助设备零售;物联网技术服务。"
    )
    assert got["address"] == "新疆巴音郭楞蒙古自治州长江路240号22层26室"


def test_the_code_under_its_label_not_the_licence_number_beside_it():
    # 2019 layout: 证照编号 stands right of the credit code's label; the code is on the next line.
    got = license_fields(
        "统一社会信用代码  证照编号：922327574942985807",
        "91650100MA5DPBJL7B",
        "营业执照",
        "名 称 新疆天衡数字科技有限公司  注册资本人民币伍仟零捌万元整",
        columns=[46, 300],
    )
    assert got["credit_code"] == "91650100MA5DPBJL7B"


def test_the_licence_number_is_no_code_when_the_code_itself_is_unread():
    # A glare took the code under its label; the 证照编号's digits, one OCR swap from a valid
    # code, are that label's number all the same.
    got = license_fields(
        "统一社会信用代码  证照编号：736531016050261565",
        "营业执照",
        "名 称 喀什沙海星联网络科技有限公司  注册资本人民币叁佰万元整",
        columns=[46, 300],
    )
    assert got.get("credit_code") is None


def test_the_person_after_a_letter_spaced_label_that_lost_its_middle():
    # 负 责 人 on a faint scan: 责 lost, 负 boxed alone, 人 read with the name.
    got = license_fields(
        "名 称 山东千暖电器科技有限公司枣庄分公司",
        "负  人徐付生  营业场所山东省枣庄市薛城区陶庄镇岚山路中段路西28号",
        columns=[46, 60, 300],
    )
    assert got["legal_representative"] == "徐付生"


def test_a_half_read_company_name_is_no_name():
    # A redacted trade name leaves 机商务有限公司: nothing before the legal form can be a name.
    got = license_fields("名 称机商务有限公司", "类 型私营有限责任公司(自然人控股或私营性质企业控股)")
    assert "company_name" not in got


def test_an_overprinted_watermark_before_the_next_label():
    got = license_fields(
        "名 称上海某某教育科技有限公司  注册资本人民币100.0000万元整",
        "法定代表人李某锋仅限官网APP展示使用营业期限2020年11月17日至2040年11月16日",
    )
    assert got["legal_representative"] == "李某锋"
    assert got["valid_until"] == dt.date(2040, 11, 16)
    assert got["registered_capital"] == Decimal("1000000.00")


def test_a_watermark_glued_to_the_type_does_not_join_it():
    got = license_fields(
        "名 称云南某某工程咨询有限公司  注册资本 壹仟万元整",
        "类 型 有限责任公司(自然人投资或控股)公可 成立日期2010年08月02日",
    )
    assert got["company_type"] == "有限责任公司(自然人投资或控股)"
    assert got["established_on"] == dt.date(2010, 8, 2)


def test_old_license_booklet_spread_with_the_notes_page_beside_it():
    # 企业法人营业执照 副本 opened flat: the right page's 须知 shares the lines, the values
    # sit half a line low, and the dates are in Chinese numerals.
    got = license_fields(
        "企业法人营业执照  须 知",
        "注册号  4.《企业法人营业执照》不得伪造、涂改、出租、出借、转让。",
        "431300000026471  登记事项发生变化,应当向公司登记机关申请变更登记",
        "称所娄底某某竹业有限公司  6.每年三月一日至六月三十日,应当参加年度检验。",
        "住  7.《企业法人营业执照》被吊销后,不得开展与清算无关的经营活动。",
        "娄星区金谷市场55栋  办理注销登记,应当交回《企业法人营业执照》正本和副本。",
        "法定代表人姓名  《企业法人营业执照》遗失或者毁坏的,应当在公司登记机关指定的报",
        "王某志  刊上声明作废,申请补领。",
        "注册资本人民币伍佰万元整  年度检验情况",
        "实收资本人民币伍佰万元整",
        "公司类型有限责任公司",
        "成立日期",
        "二〇一〇年三月九日",
        "营业期限",
        "二〇一〇年三月九日至二〇三〇年三月八日",
        columns=[60, 330],
    )
    assert got["company_name"] == "娄底某某竹业有限公司"
    assert got["address"] == "娄星区金谷市场55栋"
    assert got["legal_representative"] == "王某志"
    assert got["registered_capital"] == Decimal("5000000.00")
    assert got["company_type"] == "有限责任公司"
    assert got["established_on"] == dt.date(2010, 3, 9)
    assert got["valid_until"] == dt.date(2030, 3, 8)
    assert "credit_code" not in got  # a 15-digit 注册号 is no 统一社会信用代码


def test_an_address_stops_at_the_facing_pages_numbered_note():
    got = license_fields(
        "称北京某某科贸有限公司  6.每年三月一日至六月三十日,应当参加年度检验。",
        "名住  7.《企业法人营业执照》被吊销后,不得开展与清算无关的经营活动。",
        "所 北京市石景山区鲁谷南路26号6层621、622、623、624 8.办理注销登记,应当交回正本和副本。",
        "房间  9.《企业法人营业执照》遗失或者毁坏的,应当在公司登记机关指定的报",
        "法定代表人姓名 张某民",
        columns=[60, 330],
    )
    assert got["address"] == "北京市石景山区鲁谷南路26号6层621、622、623、624房间"
    assert got["company_name"] == "北京某某科贸有限公司"


def test_individual_business_license():
    # 个体工商户营业执照: 字号名称, 经营者姓名, 组成形式, 经营场所, 执照有效期 自…至… on two lines.
    got = license_fields(
        "个体工商户营业执照",
        "注册号321023600367363",
        "字号名称  宝应县某某电力设备制造厂",
        "经营者姓名  周某",
        "组成形式  个人经营",
        "经营场所  柳堡镇工业集中区",
        "执照有效期:  自2011 年6 月21 日",
        "~  至2015 年6 月21 日",
        columns=[60, 155],
    )
    assert got["company_name"] == "宝应县某某电力设备制造厂"
    assert got["legal_representative"] == "周某"
    assert got["company_type"] == "个人经营"
    assert got["address"] == "柳堡镇工业集中区"
    assert got["valid_until"] == dt.date(2015, 6, 21)
    assert "credit_code" not in got and "registered_capital" not in got


def test_a_long_name_wrapped_onto_the_next_line():
    got = license_fields(
        "名 称  新疆某某某某数字科技信息技术有限", "~  公司", "类 型  有限责任公司", columns=[60, 120]
    )
    assert got["company_name"] == "新疆某某某某数字科技信息技术有限公司"


def test_labels_merged_into_a_vertical_box_leave_their_ends_before_the_values():
    # 名 企 住 of 名称 / 企业类型 / 住所 read as one box; 业类型, 所 left before the values.
    got = license_fields(
        "注册号 440301106973681",
        "称深圳市某某贸易有限公司",
        "名企住 业类型有限责任公司",
        "一所 深圳市福田区梅华路105号梅林多丽工业区1栋1楼1109",
        "法定代表人祝某",
        "成立日期二〇一三年三月十八日",
    )
    assert got["company_name"] == "深圳市某某贸易有限公司"
    assert got["company_type"] == "有限责任公司"
    assert got["address"] == "深圳市福田区梅华路105号梅林多丽工业区1栋1楼1109"
    assert got["established_on"] == dt.date(2013, 3, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("伍佰万元整", "5000000.00"),
        ("500万元人民币", "5000000.00"),
        ("(人民币)壹仟万元整", "10000000.00"),
        ("人民币100.0000万元整", "1000000.00"),
        ("贰佰万元(人民币)", "2000000.00"),
        ("美元3340.0000万", None),  # no yuan figure: omitted, not read as yuan
        ("欧元260.0000万", None),
    ],
)
def test_registered_capital_spellings(text, expected):
    parsed = as_capital(text)
    assert (parsed[0] if parsed else None) == (Decimal(expected) if expected else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("长期", "长期"),
        ("永久", "长期"),
        ("2015年03月02日 至 长期", "长期"),
        ("2015年03月02日 至 2045年03月01日", dt.date(2045, 3, 1)),
        ("二〇一五年三月二日至二〇四五年三月一日", dt.date(2045, 3, 1)),
        ("2005年3月1日至2025年2月28日", dt.date(2025, 2, 28)),
        ("2019 年 05 月 08 日 至 年 月 日", None),  # the end left blank: no term is read
    ],
)
def test_business_term_spellings(text, expected):
    parsed = as_valid_until(text)
    assert (parsed[0] if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("有限责任公司(自然人投资或控股)", "有限责任公司(自然人投资或控股)"),
        ("有限责任公司（自然人独资）", "有限责任公司(自然人独资)"),
        ("其他有限责任公司分公司", "其他有限责任公司分公司"),
        ("私营有限责任公司(自然人控股或私营性质企业控股)", "私营有限责任公司(自然人控股或私营性质企业控股)"),
        ("股份有限公司(非上市、自然人投资或控股)", "股份有限公司(非上市、自然人投资或控股)"),
        ("有限责任公司(台港澳法人独资)分支机构", "有限责任公司(台港澳法人独资)分支机构"),
        ("型所有限责任公司", "有限责任公司"),
        ("个人经营", "个人经营"),
        # A registered note misread by one character is that note; one as near two notes is left.
        ("有限责任公司(私管)", "有限责任公司(私营)"),
        ("有限责任公司(自然人投姿或控股)", "有限责任公司(自然人投资或控股)"),
        ("有限责任公司(国营)", "有限责任公司(国营)"),
        ("有限责任公司 实收资本人民币伍拾万元", "有限责任公司"),
        # The closing bracket ran off the photo's edge; the note is registered words.
        ("股份有限公司(非上市、自然人投资或控股", "股份有限公司(非上市、自然人投资或控股)"),
        ("有限责任公司(自然人投资或控", None),
        ("法 计 马冀春", None),  # a watermark over the row: no legal form, omitted
        ("2009年05月20日", None),
    ],
)
def test_company_type_has_a_legal_form(text, expected):
    parsed = company_type_of(text)
    assert (parsed[0] if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王建国", "王建国"),
        ("姓名 张永前", "张永前"),
        ("阿依古丽·买买提", "阿依古丽·买买提"),
        ("眉", None),
        ("DAVID SHI CIBEN", None),
        ("《企业法人营业执照》遗失或者毁坏的", None),
        ("欧阳某某某某", None),  # longer than a Chinese name: something else was read
    ],
)
def test_person_names_have_a_persons_shape(text, expected):
    parsed = as_person(text)
    assert (parsed[0] if parsed else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深圳市宝安区福海街道塘尾华丰科技园第8\n幢第六层", "深圳市宝安区福海街道塘尾华丰科技园第8幢第六层"),
        ("柳堡镇工业集中区", "柳堡镇工业集中区"),
        ("号楼东1105室", None),  # a fragment: no region or road
        ("东省济南市高新区舜华路2000号", None),  # no province is one character: 山 was lost
        ("《企业法人营业执照》正本", None),
    ],
)
def test_address_shape(text, expected):
    parsed = as_address(text)
    assert (parsed[0] if parsed else None) == expected


def test_a_watermark_start_after_the_scope_is_no_scope():
    got = license_fields(
        "经营范围  计算机信息系统集成;软件开发。(依法须经批准的项目,经相关部门批准后方可开展经营活动)仅供"
    )
    assert (
        got["business_scope"]
        == "计算机信息系统集成;软件开发。(依法须经批准的项目,经相关部门批准后方可开展经营活动)"
    )


def test_a_name_after_what_a_watermark_left_of_its_label():
    # 仅供资质年检使用 stamped over 名: OCR kept 金使用 (the watermark's) and 称 before the name.
    got = license_fields(
        "统一社会信用代码  91653101MA4631FL6F",
        "金使用 称 喀什多浪智慧网络科技有限公司",
        "法定代表人  张志刚",
        "经营范围  软件开发",
    )
    assert got["company_name"] == "喀什多浪智慧网络科技有限公司"


def test_an_address_after_what_a_watermark_left_of_its_label():
    # 仅供资质年检使用 stamped over 住: OCR kept 所 alone between the watermark and the address.
    got = license_fields(
        "名 称 喀什昆仑智联网络科技有限公司",
        "营业期限  2014年01月12日至长期",
        "汉供资质 所  新疆喀什地区喀什市世纪大道164号创业大厦16层16室",
        "登记机关",
    )
    assert got["address"] == "新疆喀什地区喀什市世纪大道164号创业大厦16层16室"


def test_an_address_after_the_half_of_its_label_ends_at_the_scopes_label():
    # 住 lost on a scan: 所 stands alone, right of the label column where 经营范围 starts the next row.
    got = license_fields(
        "名 称  ~  阿合奇托什干信息技术有限公司",
        "营业期限  ~  2012年07月25日至长期",
        "~  所  新疆克孜勒苏柯尔克孜自治州阿合奇县人民路98号3楼301室",
        "经营范围  ~  计算机信息系统集成;软件开发;信息技术咨询服务;网络工程",
        "~  ~  工程设计施工;计算机软硬件及辅助设备销售",
        columns=[60.0, 100.0, 150.0],
    )
    assert got["address"] == "新疆克孜勒苏柯尔克孜自治州阿合奇县人民路98号3楼301室"


def test_dates_beside_letter_spaced_labels_that_lost_characters_on_a_fax():
    # An old 企业法人营业执照 on a 1-bit scan: 成立日期 read as 成立 期, 营业期限 as 业 限, and the
    # registration office's label sharing the term's line.
    got = license_fields(
        "名  称 哈密市某某计算机系统工程有限公司",
        "成立  期 2010年03月22日",
        "业  限 2010年03月22日至2040年03月21日  登记机关",
        "二〇一五年四月七日",
    )
    assert got["established_on"] == dt.date(2010, 3, 22)
    assert got["valid_until"] == dt.date(2040, 3, 21)


def test_a_lone_date_under_no_license_label_is_no_field():
    got = license_fields("名  称 哈密市某某计算机系统工程有限公司", "日  期 2015年04月07日")
    assert "established_on" not in got
    assert "valid_until" not in got


def test_an_individual_business_is_named_by_its_trade_name_without_a_legal_form():
    # 个体工商户营业执照: 字号名称 need not end in 有限公司; a cut-off address (only its districts,
    # the rest under a watermark) is no address.
    got = license_fields(
        "个体工商户营业执照",
        "名  称某某区某某村鸿运饺子屋  到家  110105600260091",
        "经营者姓名王某东",
        "组成形式个人经营",
        "经营场 所北京市朝阳区",
    )
    assert got["company_name"] == "某某区某某村鸿运饺子屋"
    assert got["company_type"] == "个人经营"
    assert "address" not in got


def test_a_name_without_a_legal_form_on_a_company_license_is_no_name():
    got = license_fields("营业执照", "名  称某某区某某村鸿运饺子屋", "类  型有限责任公司")
    assert "company_name" not in got


def test_labels_a_photo_left_a_character_of_and_a_term_whose_label_was_lost_whole():
    # An old 企业法人营业执照 photographed: 注册资本 read as 注 资本, 成立日期 as 成, 营业期限 not at all.
    got = license_fields(
        "企业法人营业执照",
        "名  称 新疆某某数码科技有限公司",
        "法定代表人姓名 田某庆",
        "注  资 本600万元人民币",
        "资  600万元人民币",
        "成  2005年08月16日",
        "2005年08月16日至2025年08月15日",
        "登记机关",
    )
    assert got["registered_capital"] == Decimal("6000000.00")
    assert got["established_on"] == dt.date(2005, 8, 16)
    assert got["valid_until"] == dt.date(2025, 8, 15)


def test_a_lone_first_character_of_another_label_names_no_field():
    # 组 (of 组成形式) or 实 (of 实收资本) before a figure is no 成立日期 or 注册资本.
    got = license_fields("营业执照", "实  600万元人民币", "核  2005年08月16日")
    assert "registered_capital" not in got
    assert "established_on" not in got


def test_an_address_after_a_lone_所_runs_on_in_its_column():
    # OCR ran 住 into the scope's first line; 所 starts the address, which wraps under itself.
    got = license_fields(
        "法定代表人 李某英  营业期限 2012年06月18日至长期",
        "经营 范围 计算机信息系统集成服务;软件开发;住  所 新疆维吾尔自治区昌吉回族自治州昌吉市北京",
        "~  数据处理和存储支持服务;网络与信息安全  南路街道延安北路198号天池大厦12层",
        "~  技术防范系统设计施工服务。",
        "登记机关",
        columns=[60, 100, 333],
    )
    assert got["address"] == "新疆维吾尔自治区昌吉回族自治州昌吉市北京南路街道延安北路198号天池大厦12层"


def test_the_terms_end_on_its_own_line_under_a_half_lost_term():
    # An old licence cropped at its foot: the term's start beside 营业期限 half lost, its end
    # (至2018年10月26日) read as a line of its own just under it, in the value's column.
    got = license_fields(
        "企业法人营业执照",
        "名  称 上海某某冷暖设备有限公司",
        "营业期限  ~  十六日",
        "~  至2018年10月26日",
        columns=[60.0, 200.0, 300.0],
    )
    assert got["valid_until"] == dt.date(2018, 10, 26)


def test_a_to_date_line_under_the_label_column_is_no_term():
    # 至2016年10月28日 left of the 营业期限 value (a scope's wrapped 有效期至…) ends no term.
    got = license_fields("企业法人营业执照", "营业期限  十六日", "至2016年10月28日", columns=[60.0, 200.0])
    assert "valid_until" not in got


def test_an_individual_business_whose_form_was_lost_is_told_by_its_operator():
    # 组成形式's value lost to a fold: the 经营者 row still says it is an individual business.
    got = license_fields(
        "营业执照",
        "名  称某某区某某村鸿运饺子屋  到家  110105600260091",
        "经营者姓名王某东",
        "组成形",
    )
    assert got["company_name"] == "某某区某某村鸿运饺子屋"


def test_a_capital_whose_label_the_scan_lost_is_the_licenses_one_amount():
    lines = [
        "营业执照",
        "统一社会信用代码 91650205MAMJ3JBM2A",
        "名称 克拉玛依砾石滩系统集成有限公司",
        "法定代表人 王杰勇",
        "贰仟万元整",
        "成立日期 2013年02月23日",
    ]
    assert license_fields(*lines)["registered_capital"] == Decimal("20000000.00")
    # Two bare amounts: which one is the capital cannot be told.
    assert "registered_capital" not in license_fields(*lines, "人民币伍佰万元整")


def test_an_address_whose_label_a_glare_took_beside_the_scope():
    # 正本 photographed with glare: 住 所 gone, the address's two lines beside the scope's.
    got = license_fields(
        "统一社会信用代码91654003739723821L",
        "名 称 新疆博远信通信息技术有限公司  注册资本 壹仟万元整",
        "类 型 有限责任公司(自然人独资)  成立日期 2011年3月17日",
        "法定代表人 房海燕  营业期限 长期",
        "经营范围  一般项目:信息系统集成服务;信息技术咨询服务  新疆维吾尔自治区伊犁哈萨克自治州奎屯市北",
        "~  软件开发;网络技术服务;计算机系统服务;安全技  京东路336号",
        "登记机关",
        columns=[60, 140, 470],
    )
    assert got["address"] == "新疆维吾尔自治区伊犁哈萨克自治州奎屯市北京东路336号"


def test_the_address_boxed_into_the_scopes_line_right_after_its_semicolon():
    # A fax of a licence: OCR boxes the scope's first line and 住 所 beside it as one, no gap
    # left between the scope's semicolon and the label.
    got = license_fields(
        "统一社会信用代码  91652823MANDG17722",
        "名称 巴州梨城信息科技有限公司  注册资本壹仟万元整",
        "类型 有限责任公司(自然人独资)  成立日期2020年02月02日",
        "法定代表人 巴图孟和  营业期限 2020年02月02日至长期",
        "经营范围 一般项目:信息系统集成服务;软件开发;住 所新疆巴音郭楞蒙古自治州尉犁县胜利路75号",
        "信息技术咨询服务;计算机系统服务;安",
        "全技术防范系统设计施工服务;网络设备",
        "登记机关",
        columns=[60, 330],
    )
    assert got["address"] == "新疆巴音郭楞蒙古自治州尉犁县胜利路75号"
    assert got["business_scope"].startswith("一般项目:信息系统集成服务;软件开发;信息技术咨询服务")
    assert "住" not in got["business_scope"]
    # A scope that merely names a place after its semicolon (…;住所地服务) is no address.
    assert "address" not in license_fields("经营范围 软件开发;住所托管服务;物业管理", "登记机关")


def test_an_old_licence_beside_its_organisation_code_certificate_keeps_its_own_term():
    # tekesi seed 1: the 营业期限 label lost under OCR, the 组织机构代码证 on the same sheet labels
    # its own 有效期; that is the certificate's term, not the licence's.
    fields = license_fields(
        "企业法人营业执照 中华人民共和国",
        "(副本) 组织机构代码证",
        "名 称 伊犁某某网络科技有限公司 机构名称： 伊犁某某网络科技有限公司",
        "实 收 资 本 人民币叁拾万元 有效期： 自2013年09月02日至2017年09月01日",
        "成立日期 2011年04月12日",
        "2011年04月12日至2031年04月11日",
    )
    assert fields["valid_until"] == dt.date(2031, 4, 11)
    # alone, a licence's 有效期 is its term
    assert license_fields("营业执照", "有效期： 自2013年09月02日至2037年09月01日")["valid_until"] == dt.date(
        2037, 9, 1
    )


def test_the_qr_codes_caption_read_on_under_the_scope_is_no_part_of_it():
    # tekesi seed 1: a photo, the caption beside the QR code read as the scope's last line.
    fields = license_fields(
        "营业执照",
        "经营范围 一般项目：计算机信息系统集成服务；软件开发。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
        "扫描二维码登录’国家企业信用信息公示系统”了解更多登记、备案、许可、监管信",
    )
    assert fields["business_scope"].endswith("依法自主开展经营活动)") or fields["business_scope"].endswith(
        "依法自主开展经营活动）"
    )
