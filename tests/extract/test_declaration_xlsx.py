"""declaration.xlsx import (CONTRACT 1.2): good workbooks and each kind of bad input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jianzheng.extract import read_declaration
from jianzheng.models import Code, Declaration, Finding

PROJECT_HEADER = [
    "序号",
    "项目名称",
    "甲方单位",
    "合同签订日期",
    "验收日期",
    "项目所属领域",
    "项目实施地",
    "软件开发费",
    "咨询设计费",
    "集成实施费",
    "运行维护费",
    "数据处理费",
    "运营服务费",
    "软件和信息技术服务费合计",
    "自制硬件费",
    "硬件购置费",
    "软件购置费",
    "其他",
    "合同金额",
]


def project_row(number: int, name: str, fees: list[object], total: object, amount: object) -> list[object]:
    """A 项目汇总 row: six service fees, their total, four other fees, the contract amount."""
    return [
        number,
        name,
        "乌鲁木齐市某区数据局",
        dt.datetime(2024, 3, 5),
        "2024年11月20日",
        "党政",
        "新疆维吾尔自治区乌鲁木齐市",
        *fees[:6],
        total,
        *fees[6:],
        amount,
    ]


def good_sheets() -> dict[str, list[list[object]]]:
    return {
        "企业信息": [
            ["字段", "值"],
            ["企业名称", "新疆天山云数信息技术有限公司"],
            ["统一社会信用代码", "91650100MA78XXXXXX"],
            ["法定代表人", "王建国"],
            ["注册资本(万元)", 1000],
            ["成立日期", dt.datetime(2016, 5, 12)],
            ["资质等级", "乙级"],
            ["年检年度", "2024年"],
            ["技术人员总数", "34人"],
            ["持证人员数", 9],
            ["联系人", "张三"],
        ],
        "经营情况": [
            ["年度", "营业收入（万元）", "系统集成收入（万元）", "净利润（万元）"],
            [2023, 4800.5, 3900, -12.25],
            [2024, 5230, 4180, 310],
        ],
        "项目汇总": [
            ["2024年度计算机信息系统集成项目汇总表"],
            [
                h
                if not h.endswith("费") and h not in ("其他", "合同金额", "软件和信息技术服务费合计")
                else f"{h}(万元)"
                for h in PROJECT_HEADER
            ],
            project_row(1, "乌鲁木齐市某区政务云平台建设项目", [120, 0, 30, 0, 0, 0, 0, 80, 15, 0], 150, 245),
            project_row(
                2, "克拉玛依智慧园区安防系统集成项目", [10.5, 0, 20, 0, 0, 0, 0, 50, 0, 0], 30.5, 80.5
            ),
            ["合计", None, None, None, None, None, None, 130.5, 0, 50, 0, 0, 0, 180.5, 0, 130, 15, 0, 325.5],
        ],
        "持证人员": [
            ["姓名", "证书名称", "级别", "证书编号"],
            ["李明", "信息系统项目管理师", "高级", "S2019000123"],
        ],
        "技术创新": [
            ["类型", "名称", "编号", "取得日期"],
            ["计算机软件著作权", "天山云数政务数据交换平台V1.0", "2024SR012345", "2024-06-01"],
        ],
    }


def write_workbook(
    path: Path, sheets: dict[str, list[list[object]]], formats: dict[str, str] | None = None
) -> Path:
    """Write sheets of rows to an xlsx file; ``formats`` gives a number format per "sheet!A1" cell."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for ref, number_format in (formats or {}).items():
        sheet_name, cell = ref.split("!")
        workbook[sheet_name][cell].number_format = number_format
    workbook.save(path)
    return path


def read(
    tmp_path: Path, sheets: dict[str, list[list[object]]], **kw: object
) -> tuple[Declaration | None, list[Finding]]:
    return read_declaration(write_workbook(tmp_path / "declaration.xlsx", sheets, **kw))  # type: ignore[arg-type]


def only_messages(findings: list[Finding]) -> list[str]:
    assert all(f.code == Code.DECLARATION_INVALID for f in findings)
    return [f.message for f in findings]


def test_a_good_workbook_reads_in_yuan_with_ids_from_the_number_column(tmp_path):
    declaration, findings = read(tmp_path, good_sheets())
    assert findings == []
    assert declaration is not None
    enterprise = declaration.enterprise
    assert enterprise.name == "新疆天山云数信息技术有限公司"
    assert enterprise.registered_capital == Decimal("10000000")
    assert enterprise.established_on == dt.date(2016, 5, 12)
    assert enterprise.grade == "乙"
    assert enterprise.inspection_year == 2024
    assert enterprise.staff.technical_total == 34
    assert enterprise.staff.certified_total == 9
    assert enterprise.staff.certificates[0].certificate == "信息系统项目管理师"
    assert [f.year for f in declaration.finance] == [2023, 2024]
    assert declaration.finance[0].operating_revenue == Decimal("48005000")
    assert declaration.finance[0].net_profit == Decimal("-122500")
    assert [p.id for p in declaration.projects] == ["P1", "P2"]  # the 合计 row is not a project
    p1, p2 = declaration.projects
    assert p1.contract_amount == Decimal("2450000")
    assert p1.fees.software_development == Decimal("1200000")
    assert p1.fees.hardware_purchase == Decimal("800000")
    assert p1.services_total == Decimal("1500000")
    assert p1.signed_on == dt.date(2024, 3, 5)
    assert p1.accepted_on == dt.date(2024, 11, 20)
    assert p1.client == "乌鲁木齐市某区数据局"
    assert p2.fees.software_development == Decimal("105000")
    assert declaration.innovations[0].kind == "software_copyright"
    assert declaration.innovations[0].obtained_on == dt.date(2024, 6, 1)


def test_precision_is_the_unit_of_the_last_digit_typed(tmp_path):
    sheets = good_sheets()
    declaration, _ = read(tmp_path, sheets, formats={"项目汇总!S3": "0.00", "项目汇总!S4": "General"})
    assert declaration is not None
    precision = declaration.precision
    assert precision["projects.P1.contract_amount"] == Decimal("100")  # 245.00 万元: to the hundred yuan
    assert precision["projects.P2.contract_amount"] == Decimal("1000")  # 80.5 万元 as typed
    assert precision["projects.P1.fees.software_development"] == Decimal("10000")  # 120 万元
    assert precision["finance.2023.net_profit"] == Decimal("100")  # -12.25 万元
    assert precision["enterprise.registered_capital"] == Decimal("10000")


def test_yuan_headers_and_text_amounts(tmp_path):
    sheets = good_sheets()
    rows = sheets["项目汇总"]
    rows[1] = [*PROJECT_HEADER[:-1], "合同金额（元）"]
    rows[2] = project_row(
        1, "项目甲", ["1,200,000.00", 0, 300000, 0, 0, 0, 0, 800000, 150000, 0], 1500000, "¥2,450,000.00"
    )
    rows[3] = project_row(2, "项目乙", [0] * 10, 0, "80.5万")  # a unit in the cell wins over the header's
    declaration, findings = read(tmp_path, sheets)
    assert findings == []
    assert declaration is not None
    assert declaration.projects[0].contract_amount == Decimal("2450000.00")
    assert declaration.precision["projects.P1.contract_amount"] == Decimal("0.01")
    assert declaration.precision["projects.P1.fees.software_development"] == Decimal("0.01")
    assert declaration.precision["projects.P1.fees.hardware_purchase"] == Decimal("1")
    assert declaration.projects[1].contract_amount == Decimal("805000")


def test_header_spellings_and_a_title_row_are_accepted(tmp_path):
    sheets = good_sheets()
    header = [h if h != "运行维护费" else "运维费" for h in sheets["项目汇总"][1]]
    header[2] = "甲方"
    sheets["项目汇总"][1] = header
    declaration, findings = read(tmp_path, sheets)
    assert findings == []
    assert declaration is not None
    assert declaration.projects[0].client == "乌鲁木齐市某区数据局"


def test_a_unit_line_above_the_table_applies_to_columns_without_one(tmp_path):
    sheets = good_sheets()
    sheets["项目汇总"][0] = ["2024年度项目汇总表", None, None, "金额单位：万元"]
    sheets["项目汇总"][1] = list(PROJECT_HEADER)
    sheets["经营情况"] = [
        ["（单位：万元）"],
        ["年度", "营业收入", "系统集成收入", "净利润(元)"],
        [2024, 5230, 4180, 3100000],
    ]
    declaration, findings = read(tmp_path, sheets)
    assert findings == []
    assert declaration is not None
    assert declaration.projects[0].contract_amount == Decimal("2450000")
    assert declaration.finance[0].operating_revenue == Decimal("52300000")
    assert declaration.finance[0].net_profit == Decimal("3100000")  # the column's own unit wins


def test_a_header_over_two_rows_and_rows_that_are_not_projects(tmp_path):
    sheets = good_sheets()
    upper = [h if not h.endswith("费") and h != "其他" else None for h in PROJECT_HEADER]
    upper[7] = "费用明细（万元）"
    lower = [h if h.endswith("费") or h == "其他" else None for h in PROJECT_HEADER]
    upper[-1] = "合同金额(万元)"
    upper[13] = "软件和信息技术服务费合计(万元)"
    lower = [f"{h}(万元)" if h else None for h in lower]
    lower[13] = None
    projects = sheets["项目汇总"][2:4]
    sheets["项目汇总"] = [
        upper,
        lower,
        *projects,
        [3] + [None] * 18,  # a pre-numbered empty row of the template
        ["注：金额单位为万元，合同金额须与合同一致。"],
        [None, "填表人：张三"],
    ]
    declaration, findings = read(tmp_path, sheets)
    assert findings == []
    assert declaration is not None
    assert [p.id for p in declaration.projects] == ["P1", "P2"]
    assert declaration.projects[0].fees.software_development == Decimal("1200000")
    assert declaration.projects[0].contract_amount == Decimal("2450000")


def test_enterprise_fields_laid_out_across_one_row(tmp_path):
    sheets = good_sheets()
    rows = sheets["企业信息"][1:]
    sheets["企业信息"] = [[label for label, _ in rows], [value for _, value in rows]]
    declaration, findings = read(tmp_path, sheets)
    assert findings == []
    assert declaration is not None
    assert declaration.enterprise.name == "新疆天山云数信息技术有限公司"
    assert declaration.enterprise.registered_capital == Decimal("10000000")
    assert declaration.enterprise.staff.technical_total == 34


def test_a_label_merged_over_two_columns_pushes_its_value_right(tmp_path):
    sheets = good_sheets()
    sheets["企业信息"] = [[label, None, value] for label, value in sheets["企业信息"]]
    declaration, findings = read(tmp_path, sheets)
    assert findings == []
    assert declaration is not None and declaration.enterprise.inspection_year == 2024


def test_totals_stored_as_formulas_without_results_are_computed_like_the_form(tmp_path):
    sheets = good_sheets()
    for row in (3, 4):
        sheets["项目汇总"][row - 1][13] = f"=SUM(H{row}:M{row})"
        sheets["项目汇总"][row - 1][18] = f"=N{row}+O{row}+P{row}+Q{row}+R{row}"
    declaration, findings = read(tmp_path, sheets)  # openpyxl stores formulas without results
    assert findings == []
    assert declaration is not None
    assert declaration.projects[0].services_total == Decimal("1500000")
    assert declaration.projects[0].contract_amount == Decimal("2450000")
    assert declaration.precision["projects.P2.contract_amount"] == Decimal("1000")


def test_a_fee_that_is_a_formula_without_result_is_reported(tmp_path):
    sheets = good_sheets()
    sheets["项目汇总"][2][7] = "=A1*2"
    declaration, findings = read(tmp_path, sheets)
    assert declaration is None
    assert "项目汇总 第3行 软件开发费(万元)：公式“=A1*2”没有计算结果" in only_messages(findings)[0]


def test_non_numeric_money_names_file_sheet_row_and_column(tmp_path):
    sheets = good_sheets()
    sheets["项目汇总"][3][-1] = "二百万"
    declaration, findings = read(tmp_path, sheets)
    assert declaration is None
    assert only_messages(findings) == [
        "申报数据有误：declaration.xlsx 项目汇总 第4行 合同金额(万元)：'二百万' 不是金额"
    ]


def test_a_missing_sheet_is_named(tmp_path):
    sheets = good_sheets()
    del sheets["经营情况"]
    declaration, findings = read(tmp_path, sheets)
    assert declaration is None
    assert only_messages(findings) == ["申报数据有误：declaration.xlsx：缺少工作表“经营情况”"]


def test_a_missing_column_is_named_never_a_silent_zero(tmp_path):
    sheets = good_sheets()
    column = PROJECT_HEADER.index("硬件购置费")
    sheets["项目汇总"] = [[c for i, c in enumerate(row) if i != column] for row in sheets["项目汇总"]]
    declaration, findings = read(tmp_path, sheets)
    assert declaration is None
    (message,) = only_messages(findings)
    assert "项目汇总" in message and "第2行" in message and "缺少必填列“硬件购置费”" in message


def test_a_bad_date_is_reported_with_its_cell(tmp_path):
    sheets = good_sheets()
    sheets["项目汇总"][2][4] = "2024年13月40日"
    sheets["项目汇总"][3][3] = "去年春天"
    declaration, findings = read(tmp_path, sheets)
    assert declaration is None
    messages = only_messages(findings)
    assert len(messages) == 2  # one finding per problem: the import goes on after the first
    assert "项目汇总 第3行 验收日期：'2024年13月40日' 不是有效日期" in messages[0]
    assert "项目汇总 第4行 合同签订日期：'去年春天' 不是日期" in messages[1]


def test_an_unknown_unit_is_an_error_naming_the_column(tmp_path):
    sheets = good_sheets()
    sheets["项目汇总"][1][-1] = "合同金额(美元)"
    declaration, findings = read(tmp_path, sheets)
    assert declaration is None
    (message,) = only_messages(findings)
    assert "合同金额(美元)" in message and "单位“美元”无法识别" in message


def test_duplicate_project_numbers_are_refused(tmp_path):
    sheets = good_sheets()
    sheets["项目汇总"][3][0] = 1
    declaration, findings = read(tmp_path, sheets)
    assert declaration is None
    (message,) = only_messages(findings)
    assert "第4行" in message and "P1" in message and "重复" in message


def test_missing_enterprise_name_and_bad_grade(tmp_path):
    sheets = good_sheets()
    sheets["企业信息"] = [r for r in sheets["企业信息"] if r[0] != "企业名称"]
    sheets["企业信息"][5][1] = "特级"
    declaration, findings = read(tmp_path, sheets)
    assert declaration is None
    messages = only_messages(findings)
    assert any("企业信息 第6行 资质等级：'特级' 不是资质等级" in m for m in messages)
    assert any("企业信息：缺少“企业名称”" in m for m in messages)


def test_sub_fen_amounts_are_refused(tmp_path):
    sheets = good_sheets()
    sheets["项目汇总"][1][-1] = "合同金额(元)"
    sheets["项目汇总"][2][-1] = "2450000.005"
    declaration, findings = read(tmp_path, sheets)
    assert declaration is None
    assert "分以下" in only_messages(findings)[0]


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", b"\x00" * 100])
def test_a_corrupt_workbook_is_one_finding(tmp_path, content):
    path = tmp_path / "declaration.xlsx"
    path.write_bytes(content)
    declaration, findings = read_declaration(path)
    assert declaration is None
    (message,) = only_messages(findings)
    assert message.startswith("申报数据有误：declaration.xlsx：文件无法打开")
