"""Looking for a declared value in a document's words before comparing fields (CONTRACT 2)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from verify_builders import contract

from jianzheng.models import Page, Word
from jianzheng.verify.lookup import (
    DocLine,
    document_lines,
    find_amount,
    find_date,
    find_name,
    find_project_name,
)


def lines(*texts: str, page: int = 1) -> list[DocLine]:
    return [
        DocLine(page, t, (72.0, 100.0 + 20 * i, 500.0, 114.0 + 20 * i), 0.98) for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    "printed",
    [
        "合同总价：人民币贰佰肆拾伍万元整",
        "合同金额（含税）：¥2,450,000.00元",
        "总价款 2450000 元",
        "合同价款为245万元",
        "合同金额：245.00万元",
        "（小写：2,450,000.00）",
    ],
)
def test_the_declared_amount_is_found_in_every_spelling(printed: str):
    found = find_amount(lines("第三条 合同价款", printed), Decimal("2450000.00"), Decimal("0.01"))
    assert found is not None and found.line.text == printed


def test_an_amount_printed_in_wan_agrees_with_an_exact_declared_figure():
    # CONTRACT 1.1: 396.29万元 is exact to 100 yuan, so it states 3,962,949.86.
    found = find_amount(lines("合同总金额：396.29万元"), Decimal("3962949.86"), Decimal("0.01"))
    assert found is not None and found.printed == "396.29万元"


def test_another_amount_is_not_the_declared_one():
    assert (
        find_amount(
            lines("合同总价：贰佰零肆万伍仟元整（¥2,045,000.00）"), Decimal("2450000"), Decimal("0.01")
        )
        is None
    )
    # Zero is never looked for: a 0 stands on every page.
    assert find_amount(lines("其他费用：0.00元"), Decimal("0"), Decimal("0.01")) is None


def test_a_name_is_found_across_widths_brackets_legal_forms_and_a_wrapped_line():
    name = "新疆天山云数（集团）信息技术有限责任公司"
    assert find_name(lines("乙方：新疆天山云数(集团)信息技术有限公司"), name) is not None
    wrapped = lines("乙方（盖章）：新疆天山云数（集团）信息", "技术有限责任公司")
    assert find_name(wrapped, name) is not None
    # One OCR slip in a long name is still the name; another company is not.
    assert find_name(lines("承包人：新疆天山云数（集团）信息技朮有限责任公司"), name) is not None
    assert find_name(lines("承包人：新疆昆仑数据科技有限公司"), name) is None


def test_a_project_name_is_found_whole_in_a_sentence_or_wrapped():
    text = lines("甲方委托乙方承建沙依巴克区政务云平台建设项目，双方达成如下协议")
    assert find_project_name(text, "沙依巴克区政务云平台建设项目") is not None
    assert find_project_name(text, "沙依巴克区智慧城管平台运维服务项目") is None
    wrapped = lines("项目名称：新疆维吾尔自治区卫生健康委员会2024年", "度农田水利物联网监测平台采购项目")
    assert find_project_name(wrapped, "新疆维吾尔自治区卫生健康委员会2024年度农田水利物联网监测平台采购项目")


def test_the_clients_other_project_is_not_the_declared_one():
    # Two projects of one client share most of their name: a slip's worth of difference is another project.
    text = lines(
        "项目名称：阿克苏地区自然资源局信息中心机房建设项目", "阿克苏地区自然资源局智慧水务调度系统建设项目"
    )
    assert find_project_name(text, "阿克苏地区自然资源局信息化建设项目") is None


@pytest.mark.parametrize(
    "printed", ["签订日期：2024年3月5日", "2024-03-05", "二〇二四年三月五日", "日期：2024.03.05"]
)
def test_a_date_is_found_in_every_spelling(printed: str):
    assert find_date(lines(printed), dt.date(2024, 3, 5)) is not None


def test_document_lines_come_from_the_documents_own_pages_only():
    doc = contract()
    words = [
        Word(text="合同总价：", bbox=(72, 100, 150, 114)),
        Word(text="¥2,450,000.00", bbox=(152, 100, 260, 114)),
    ]
    pages = {
        ("scan_01.pdf", 1): Page(file="scan_01.pdf", number=1, width=595, height=842, words=words),
        ("other.pdf", 1): Page(file="other.pdf", number=1, width=595, height=842, words=words),
    }
    got = document_lines(pages, doc)
    assert [(ln.page, ln.text) for ln in got] == [(1, "合同总价： ¥2,450,000.00")]
    assert got[0].bbox == (72, 100, 260, 114)


def test_a_sister_company_registered_in_another_place_is_not_the_declared_one():
    # 和田安信… for 新疆安信…: the place name differs whole, which no OCR slip does.
    doc = lines("供应商(乙方):和田安信智能科技有限责任公司", "账号：6160575795841411")
    assert find_name(doc, "新疆安信智能科技有限公司") is None
    # An OCR slip inside the name still finds it.
    assert find_name(lines("乙方：新疆安信智能科枝有限公司"), "新疆安信智能科技有限公司") is not None
