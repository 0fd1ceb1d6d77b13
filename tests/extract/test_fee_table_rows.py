"""Fee tables: rows mapped to the ten fee keys, text-layer spans and OCR lines alike."""

from __future__ import annotations

from decimal import Decimal

import pytest
from field_pages import page_of

from jianzheng.extract.fields.fee_table import extract_fees
from jianzheng.extract.fields.lines import page_lines

TABLE = [
    "合同价款构成如下：",
    "序号  费用名称  金额（元）  备注",
    "1  软件开发费  1,200,000.00  含源代码",
    "2  方案咨询设计费  50,000.00",
    "3  安装调试及集成费  300,000.00",
    "4  数据迁移及处理费  20,000.00",
    "5  自研硬件设备费  10,000.00",
    "6  设备采购费  800,000.00",
    "7  第三方软件采购费  150,000.00",
    "8  培训及其他费用  5,000.00",
    "  合计  2,535,000.00",
]


@pytest.mark.parametrize("ocr", [False, True])
def test_a_fee_table_maps_every_row_to_its_key(ocr):
    table = extract_fees(page_lines(page_of(TABLE, ocr=ocr)))
    assert table is not None
    fees = table.fees
    assert fees.software_development == Decimal("1200000.00")
    assert fees.consulting_design == Decimal("50000.00")
    assert fees.integration_implementation == Decimal("300000.00")
    assert fees.data_processing == Decimal("20000.00")
    assert fees.self_made_hardware == Decimal("10000.00")
    assert fees.hardware_purchase == Decimal("800000.00")
    assert fees.software_purchase == Decimal("150000.00")
    assert fees.other == Decimal("5000.00")
    assert fees.operation_service is None  # not listed: absent, not zero


def test_a_wan_unit_in_the_header_scales_the_figures():
    table = extract_fees(
        page_lines(page_of(["费用名称  金额（万元）", "软件开发费  120.00", "硬件购置费  80.5"]))
    )
    assert table is not None
    assert table.fees.software_development == Decimal("1200000.00")
    assert table.fees.hardware_purchase == Decimal("805000.00")


def test_the_money_column_is_chosen_by_its_header_not_by_position():
    lines = [
        "费用名称  数量  单价  金额",
        "运行维护费  3  100,000.00  300,000.00",
        "运营服务费  1  45,000.00  45,000.00",
    ]
    table = extract_fees(page_lines(page_of(lines, columns=[60, 180, 240, 340])))
    assert table is not None
    assert table.fees.operation_maintenance == Decimal("300000.00")
    assert table.fees.operation_service == Decimal("45000.00")


def test_fees_in_running_text():
    table = extract_fees(page_lines(page_of(["其中软件开发费120万元，硬件购置费80万元。"])))
    assert table is not None
    assert table.fees.software_development == Decimal("1200000")
    assert table.fees.hardware_purchase == Decimal("800000")


@pytest.mark.parametrize("ocr", [False, True])
def test_a_numbered_breakdown_in_running_text_names_the_other_fees(ocr):
    # An EPC agreement's 签约合同价 … 其中： list; 其他费用 is a fee only as an item of it.
    lines = [
        "1.签约合同价为：人民币（大写）壹亿贰仟肆佰玖拾叁万元整（¥124,930,000.00元）。其中：",
        "（一）勘察设计费：¥4,809,800.00元；",
        "（二）设备购置费：¥63,976,700.00元；",
        "（三）系统集成及安装调试费：¥27,821,900.00元；",
        "（四）软件开发费：¥13,604,900.00元；",
        "（五）其他费用：¥14,716,700.00元。",
    ]
    table = extract_fees(page_lines(page_of(lines, ocr=ocr)))
    assert table is not None
    assert table.fees.other == Decimal("14716700.00")
    assert table.fees.software_development == Decimal("13604900.00")


def test_other_fees_in_a_sentence_are_no_fee():
    lines = ["其中软件开发费120万元，硬件购置费80万元，其他费用5万元由甲方另行承担。"]
    table = extract_fees(page_lines(page_of(lines)))
    assert table is not None
    assert table.fees.other is None


def test_a_fee_name_wrapped_over_two_lines_of_running_text():
    lines = [
        "二、合同金额：人民币 2,372,372.45 元。其中：软件开发费 798900.00 元，软件产品购置",
        "费 680872.45 元。",
    ]
    table = extract_fees(page_lines(page_of(lines)))
    assert table is not None
    assert table.fees.software_purchase == Decimal("680872.45")
    assert table.fees.software_development == Decimal("798900.00")


def test_a_figure_wrapped_in_the_middle_of_running_text_is_read_whole():
    lines = [
        "本合同总金额为人民币11,989.0076万元。",
        "其中：软件开发费63,065,800.00元，系统集成实施费18,401,800.00元，设备购置费38,422,47",
        "6.00元。",
    ]
    table = extract_fees(page_lines(page_of(lines)))
    assert table is not None
    assert table.fees.hardware_purchase == Decimal("38422476.00")
    assert "38,422,476.00元" in table.evidence.text
    # A figure that ends its line complete is not run on into the next line's number.
    done = extract_fees(page_lines(page_of(["其中：设备购置费38,422.00元，", "6.00元为运费。"])))
    assert done is not None and done.fees.hardware_purchase == Decimal("38422.00")


@pytest.mark.parametrize("gap", ["  ", " "])  # its own cell, or set a space apart in the label's
def test_a_row_number_read_as_a_chinese_numeral_is_no_label(gap):
    lines = [
        "分项报价表  单位：元",
        "序号  分项名称  数量  单位  金额",
        f"一{gap}咨询设计服务  1  项  596,700.00",  # the 1 OCR read as 一
        "2  软件开发  1  项  294,500.00",
        "合计  891,200.00",
    ]
    table = extract_fees(page_lines(page_of(lines)))
    assert table is not None and table.fees.consulting_design == Decimal("596700.00")


def test_a_fee_name_read_close_beside_its_description_is_the_rows_label():
    # OCR set the 内容说明 cell a space from the fee's name, not a cell's gap.
    lines = [
        "序号 费用类别 内容说明  金额（元）",
        "1  软件开发费 应用系统定制开发  419,750.00",
        "3 硬件设备购置费 服务器、网络及安全设备  1,007,400.00",
        "合计  1,427,150.00",
    ]
    table = extract_fees(page_lines(page_of(lines, ocr=True)))
    assert table is not None
    assert table.fees.hardware_purchase == Decimal("1007400.00")
    assert table.fees.software_development == Decimal("419750.00")


def test_no_fee_rows_no_table():
    assert extract_fees(page_lines(page_of(["第三条 付款方式", "其他  按约定执行"]))) is None


def test_the_total_row_is_kept_beside_the_fees():
    table = extract_fees(page_lines(page_of(TABLE)))
    assert table is not None and table.total is not None
    assert table.total[0] == Decimal("2535000.00")


def test_a_bill_of_goods_is_no_fee_breakdown():
    # 产品名称 | 规格型号 | 数量 | 不含税金额 | 税率 | 税额 | 价税合计: goods and the service bought with
    # them, not the declaration's fee kinds (the enterprise classifies its own contract amount).
    goods = [
        "一、产品名称、规格型号、数量、金额",
        "序号  产品名称  规格型号  数量  不含税金额  税率  税额  价税合计",
        "1  视频会议终端  TE30-1080P  4  539,203.54  13%  70,096.46  609,300.00",
        "2  分布式存储  OceanStor 5310  2  471,681.42  13%  61,318.58  533,000.00",
        "3  系统集成及安装调试服务  项  1  1,218,820.75  6%  73,129.25  1,291,950.00",
        "  合计  2,229,705.71  204,544.29  2,434,250.00",
    ]
    assert extract_fees(page_lines(page_of(goods))) is None


def test_a_bill_of_goods_whose_model_names_wrap_is_no_fee_breakdown():
    # 供货清单 of a 设备买卖合同 (a .docx laid out in narrow cells): each model name wraps onto
    # lines of its own, so the fifth item stands a dozen lines under the 品牌及型号 header.
    goods = [
        "第一条 供货清单",
        "序号  货物名称  品牌及型号  单位  数量  单价（元）  金额（元）",
        "1  网络摄像机  海康威视  台  21  910.00  19,110.00",
        "DS-2CD3T47",
        "EWD",
        "2  门禁一体机  中控  台  16  3,060.00  48,960.00",
        "ProFace X",
        "3  UPS不间断电源  山特  台  17  9,370.00  159,290.00",
        "C10KS",
        "4  核心交换机  华为  台  10  77,600.00  776,000.00",
        "S7706",
        "5  存储设备  华为  套  15  165,170.00  2,477,550.00",
        "OceanStor",
        "5310",
        "6  安装调试及系统集成  —  项  1  410,190.00  410,190.00",
        "合计  3,891,100.00",
    ]
    assert extract_fees(page_lines(page_of(goods))) is None


@pytest.mark.parametrize("ocr", [False, True])
def test_a_procurement_contracts_items_named_by_the_goods_are_purchases(ocr):
    # 政府采购合同 一、合同标的及金额: 标的名称 names what is bought, not the fee.
    items = [
        "序号  标的名称  数量  金额（元）",
        "1  交换机、服务器及存储设备  1项  2,705,200.00",
        "2  操作系统及数据库软件  1项  231,900.00",
        "3  安装调试及集成服务  1项  594,200.00",
        "4  运维服务（一年）  1项  123,100.00",
        "  合计  3,654,400.00",
    ]
    table = extract_fees(page_lines(page_of(items, ocr=ocr, columns=[60, 100, 335, 395])))
    assert table is not None
    assert table.fees.hardware_purchase == Decimal("2705200.00")
    assert table.fees.software_purchase == Decimal("231900.00")
    assert table.fees.integration_implementation == Decimal("594200.00")
    assert table.fees.operation_maintenance == Decimal("123100.00")


def test_work_done_on_goods_is_no_purchase():
    lines = [
        "序号  项目  金额（元）",
        "1  服务器租用  10,000.00",
        "2  设备安装调试  20,000.00",
        "3  应用软件  5,000.00",
    ]
    table = extract_fees(page_lines(page_of(lines)))
    assert table is not None
    assert table.fees.hardware_purchase is None and table.fees.software_purchase is None
    assert table.fees.integration_implementation == Decimal("20000.00")


@pytest.mark.parametrize("ocr", [False, True])
def test_rows_priced_before_tax_are_a_bill_of_quantities_not_the_declared_fees(ocr):
    # An 分项报价表 whose rows add up to a pre-tax 小计, with the tax and the 价税合计 below: the
    # declared fees add up to the price with tax, so these rows cannot be compared with them.
    lines = [
        "序号  名称  数量  单价(元)  金额(元)",
        "1  数据交换平台软件  1  1,106,893.97  1,106,893.97",
        "2  核心交换机  1  427,285.50  427,285.50",
        "3  系统集成实施服务  1  1,088,572.14  1,088,572.14",
        "小计  2,622,751.61",
        "税额(6%)  157,365.10",
        "价税合计  2,780,116.71",
    ]
    table = extract_fees(page_lines(page_of(lines, ocr=ocr)))
    assert table is not None and table.pre_tax
    assert table.fees.integration_implementation == Decimal("1088572.14")
    closed = extract_fees(page_lines(page_of(TABLE, ocr=ocr)))
    assert closed is not None and not closed.pre_tax


@pytest.mark.parametrize("ocr", [False, True])
def test_priced_before_and_after_tax_the_fee_is_the_amount_with_tax(ocr):
    lines = [
        "序号  费用名称  不含税金额  税率  税额  含税金额",
        "1  软件开发费  660,754.72  6%  39,645.28  700,400.00",
        "2  硬件设备购置费  1,256,991.15  13%  163,408.85  1,420,400.00",
        "合计  1,917,745.87  ~  203,054.13  2,120,800.00",
    ]
    table = extract_fees(page_lines(page_of(lines, ocr=ocr, columns=[60, 90, 250, 380, 440, 560])))
    assert table is not None and not table.pre_tax
    assert table.fees.software_development == Decimal("700400.00")
    assert table.fees.hardware_purchase == Decimal("1420400.00")


def test_a_price_in_capital_numerals_above_a_table_of_yuan_does_not_scale_it():
    # 贰佰零叁万元整 spells the price; the table's own header says 元.
    lines = [
        "合同总价 人民币（大写） 贰佰零叁万元整",
        "费用构成：",
        "费用项目  金额（元）",
        "软件开发费  287,000.00",
    ]
    table = extract_fees(page_lines(page_of(lines)))
    assert table is not None and table.fees.software_development == Decimal("287000.00")
    noted = extract_fees(page_lines(page_of(["单位：万元", "费用项目  金额", "软件开发费  28.70"])))
    assert noted is not None and noted.fees.software_development == Decimal("287000.00")


LOTS = [
    "第二条  合同价款",
    "序号  包号  分项内容    不含税金额（元）  税率    税额（元）    含税金额（元）",
    "1  第1包  硬件设备购置    431,946.90  13%    56,153.10    488,100.00",
    "2  第1包  系统集成及安装调试    623,944.95  9%    56,155.05    680,100.00",
    "  第1包小计    1,055,891.85    112,308.15    1,168,200.00",
    "3  第2包  系统集成及安装调试    183,486.24  9%    16,513.76    200,000.00",
    "4  第2包  运行维护服务（壹年）    485,377.36  6%    29,122.64    514,500.00",
    "  第2包小计    668,863.60    45,636.40    714,500.00",
    "  合计    1,724,755.45    157,944.55    1,882,700.00",
]


@pytest.mark.parametrize("ocr", [False, True])
def test_a_table_of_lots_adds_each_kind_of_fee_over_the_lots_and_totals_after_them(ocr):
    table = extract_fees(page_lines(page_of(LOTS, ocr=ocr)))
    assert table is not None
    assert table.fees.hardware_purchase == Decimal("488100.00")
    assert table.fees.integration_implementation == Decimal("880100.00")  # both lots' rows
    assert table.fees.operation_maintenance == Decimal("514500.00")
    assert table.total is not None and table.total[0] == Decimal("1882700.00")  # not a lot's 小计


def test_a_fee_name_with_a_wrapped_note_in_brackets_is_read_by_its_name():
    table = extract_fees(
        page_lines(
            page_of(
                [
                    "工程量清单投标报价汇总表",
                    "序号  费用名称  金额（元）  备注",
                    "1  设备及材料购置费  1,270,121.99  前端摄像机、存储",
                    "2  其他费用（安全文明施工费、专业工程  114,769.55  安全文明施工费30,590.55",
                    "  暂估价、暂列金额）",
                    "  合计  1,384,891.54",
                ],
                ocr=True,
            )
        )
    )
    assert table is not None and table.fees.other == Decimal("114769.55")


def test_a_scanned_header_boxed_as_one_cell_still_marks_the_column_with_tax():
    # OCR joined 不含税金额 | 税率 | 税额 | 含税金额 into one box; the clause's heading above (合同价款)
    # is no column.
    table = extract_fees(
        page_lines(
            page_of(
                [
                    "第二条 合同价款",
                    "序号 包号 分项内容  不含税金额(元) 税率 税额(元) 含税金额(元)",
                    "1 第1包 硬件设备购置  326,725.66 13% 42,474.34  369,200.00",
                    "2 第1包 系统集成及安装调试  542,568.81 9% 48,831.19  591,400.00",
                    "合计  869,294.47 91,305.53  960,600.00",
                ],
                ocr=True,
                columns=[60.0, 250.0, 420.0],
            )
        )
    )
    assert table is not None
    assert table.fees.hardware_purchase == Decimal("369200.00")
    assert table.fees.integration_implementation == Decimal("591400.00")


GROUPED = [
    "附件：分项报价单",
    "序号  费用类别  内容  数量  金额（元）",
    "1  软件开发费  数据接口开发  1套  87,576.00",
    "2  移动端应用开发  1套  145,960.00",
    "3  业务管理平台定制开发  1套  350,302.00",
    "软件开发费小计  583,838.00",
    "4  集成实施费  综合布线施工  1项  454,907.00",
    "5  系统联调及割接  1项  80,278.00",
    "集成实施费小计  535,185.00",
    "6  硬件购置费  机架式服务器  23台  77,845.00",
    "7  接入交换机  4台  583,838.00",
    "8  UPS电源  4台  116,768.00",
    "硬件购置费小计  778,451.00",
    "合计  1,897,474.00",
]


@pytest.mark.parametrize("ocr", [False, True])
def test_a_category_spanning_its_items_is_priced_by_its_subtotal(ocr):
    # The category's cell spans its items' rows (merged); the first item's figure is no fee.
    table = extract_fees(page_lines(page_of(GROUPED, ocr=ocr)))
    assert table is not None
    assert table.fees.software_development == Decimal("583838.00")
    assert table.fees.integration_implementation == Decimal("535185.00")
    assert table.fees.hardware_purchase == Decimal("778451.00")
    assert table.total is not None and table.total[0] == Decimal("1897474.00")


def test_a_breakdown_with_a_fee_column_is_read_though_it_lists_goods_and_models():
    rows = [
        "序号  费用类别  名称及规格  单位  数量  单价  金额  备注",
        "1  集成实施费  安装调试及系统联调  项  1  186,000.00  186,000.00",
        "2.1  硬件购置费  接入交换机 S5735-S24T4X  台  2  8,900.00  17,800.00",
        "2.2  机架式服务器 2U双路  台  3  38,300.00  114,900.00",
        "硬件购置费小计  132,700.00",
        "合计  318,700.00",
    ]
    table = extract_fees(page_lines(page_of(rows, ocr=True)))
    assert table is not None
    assert table.fees.integration_implementation == Decimal("186000.00")
    assert table.fees.hardware_purchase == Decimal("132700.00")
    # Without the fee column it is a bill of goods, whose item names are no fees.
    goods = [rows[0].replace("费用类别", "货物名称"), *rows[1:]]
    bill = extract_fees(page_lines(page_of(goods, ocr=True)))
    assert bill is None or bill.fees.integration_implementation is None


def test_a_clause_heading_after_the_tables_total_is_no_fee():
    # zepu seed 1: 九、其他 on the next page, a stray figure read beside it.
    lines = [
        "序号 费用名称 金额（元）",
        "1 硬件购置费 94,400.00",
        "2 集成实施费 217,100.00",
        "3 软件开发费 105,600.00",
        "合计 417,100.00",
        "九、其他 1299461",
    ]
    table = extract_fees(page_lines(page_of(lines, ocr=True)))
    assert table is not None
    assert table.fees.other is None or table.fees.other == 0
    assert table.fees.hardware_purchase == Decimal("94400.00")
