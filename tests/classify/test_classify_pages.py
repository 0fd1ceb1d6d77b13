"""One page at a time: the type its cues point to, with a confidence; weak pages are other, never forced."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from classify_builders import (
    ACCEPTANCE,
    AUDIT_OPINION,
    AUDIT_SIGN,
    BALANCE_SHEET,
    CONTRACT_FIRST,
    INCOME_STATEMENT,
    INVOICE,
    LICENSE,
    SOFTWARE_COPYRIGHT,
    VISA,
    make_page,
)

from jianzheng.classify import classify_pages
from jianzheng.classify.pages import classify_page
from jianzheng.models import DocType, Page, PageCode, Seal, TextSource, Word

FIXTURE = Path(__file__).with_name("data") / "real_docs_pages.json"

PAGES = {
    DocType.contract: CONTRACT_FIRST,
    DocType.acceptance_report: ACCEPTANCE,
    DocType.invoice: INVOICE,
    DocType.business_license: LICENSE,
    DocType.audit_report: AUDIT_OPINION,
    DocType.financial_statement: BALANCE_SHEET,
    DocType.ip_certificate: SOFTWARE_COPYRIGHT,
}


@pytest.mark.parametrize("doc_type", list(PAGES))
@pytest.mark.parametrize("ocr", [False, True], ids=["text", "ocr"])
def test_each_kind_of_first_page_is_recognised_by_its_title(doc_type, ocr):
    verdict = classify_page(make_page(PAGES[doc_type], ocr=ocr))
    assert verdict.type == doc_type
    assert verdict.confidence > 0.9
    assert verdict.title is not None and verdict.title.type == doc_type


@pytest.mark.parametrize("doc_type", list(PAGES))
def test_without_its_title_a_page_is_still_recognised_by_its_labels(doc_type):
    lines = [line for line in PAGES[doc_type] if not line.startswith("# ")]
    verdict = classify_page(make_page(lines, ocr=True))
    assert verdict.type == doc_type
    assert verdict.title is None


def test_characters_split_by_spaces_still_match():
    verdict = classify_page(make_page(INCOME_STATEMENT, ocr=True, spaced=True))
    assert verdict.type == DocType.financial_statement
    assert verdict.title is not None and verdict.title.phrase == "利润表"


def test_a_title_with_one_misread_character_still_counts():
    page = make_page(["# 营业执煦", *LICENSE[1:]], ocr=True)
    verdict = classify_page(page)
    assert verdict.type == DocType.business_license
    assert verdict.title is not None and verdict.title.phrase == "营业执照"


def test_a_label_line_near_the_top_is_not_a_title():
    # 合同编号 on the second line names a contract, but as a label, not as this page's title.
    lines = ["项目名称：政务云平台建设项目", "合同编号：HT-2024-0317", *ACCEPTANCE[2:]]
    verdict = classify_page(make_page(lines, ocr=True))
    assert verdict.title is None
    assert verdict.type == DocType.acceptance_report


@pytest.mark.parametrize(
    "lines", [[], ["2024"], ["第 3 页"], ["张三", "李四"]], ids=["blank", "a-year", "page-number", "names"]
)
def test_a_page_with_little_text_is_other_at_low_confidence(lines):
    verdict = classify_page(make_page(lines, ocr=True))
    assert verdict.type == DocType.other
    assert not verdict.decided
    assert verdict.confidence <= 0.3


def test_a_permit_that_looks_like_a_license_is_other():
    lines = [
        "# 食品经营许可证",
        "经营者名称：某某火锅店",
        "社会信用代码：91650100MA78XXXXXX",
        "法定代表人（负责人）：张三",
    ]
    assert classify_page(make_page(lines, ocr=True)).type == DocType.other


def test_an_audit_report_printed_two_pages_to_a_sheet_is_an_audit_report():
    # Its opinion on the left, its 利润表 on the right: the statement scores a little higher, but the
    # sheet is the audit report's (CONTRACT 2.1: a statement bound in a report belongs to it).
    pairs = zip(AUDIT_OPINION[1:], INCOME_STATEMENT[1:], strict=False)
    sheet = ["# 利润表", "# 审计报告", *(f"{a} {b}" for a, b in pairs), *AUDIT_SIGN[:1]]
    verdict = classify_page(make_page(sheet, ocr=True))
    assert verdict.type == DocType.audit_report and verdict.confidence > 0.9
    assert classify_page(make_page(INCOME_STATEMENT, ocr=True)).type == DocType.financial_statement


def test_a_goods_received_form_is_no_acceptance_of_the_project():
    lines = [
        "# 设备到货验收单",
        "项目名称：乌尔禾区灌区信息化项目",
        "合同编号：KLMY-2024-JC711 到货日期：2024-11-12",
        "序号 设备名称 规格型号 数量 外观检查 备注",
        "到货验收意见：设备外包装完好，型号、数量与合同清单一致，同意签收。设备安装调试及系统终验另行组织。",
        "收货单位（签字）： 供货单位（签字）：",
    ]
    assert classify_page(make_page(lines, ocr=True)).type == DocType.other
    # Its title line also holds 验收单; the document is typed as the page's evidence says.
    assert [d.type for d in classify_pages([make_page(lines, ocr=True)])] == [DocType.other]
    # The project's own acceptance certificate after it still is one.
    certificate = ["# 验收证书", "项目名称：乌尔禾区灌区信息化项目", "验收结论：验收合格", "建设单位（盖章）"]
    assert classify_page(make_page(certificate, ocr=True)).type == DocType.acceptance_report


def test_a_goods_contracts_arrival_form_with_its_verdict_is_its_acceptance():
    lines = [
        "# 设备到货验收单",
        "项目名称 库车市融媒体中心演播室网络设备采购项目 合同编号 KCRM-2024-133",
        "采购单位 库车市融媒体中心 供货单位 阿克苏玉龙数智智能科技有限公司",
        "到货日期 2024年10月9日 验收日期 2024年10月9日",
        "序号 设备名称 规格型号 单位 数量 验收情况",
        "验收结论：货物品牌、规格型号、数量与合同一致，外观完好无损，随机资料齐全，通电测试正常，验收合格。",
        "采购单位（盖章） 供货单位（盖章）",
    ]
    assert classify_page(make_page(lines, ocr=True, seals=2)).type == DocType.acceptance_report
    assert [d.type for d in classify_pages([make_page(lines, ocr=True, seals=2)])] == [
        DocType.acceptance_report
    ]


def test_seal_text_and_qr_code_add_to_the_evidence():
    lines = INVOICE[2:6]
    plain = classify_page(make_page(lines, ocr=True))
    sealed = make_page(lines, ocr=True, seals=1, seal_text="新疆天山云数信息技术有限公司 发票专用章")
    sealed = sealed.model_copy(update={"codes": [PageCode(payload="01,04,...", bbox=(20, 20, 80, 80))]})
    boosted = classify_page(sealed)
    assert boosted.type == DocType.invoice
    assert boosted.scores[DocType.invoice] > plain.scores[DocType.invoice] + 4


def test_a_page_turned_upright_by_extraction_classifies_as_any_other():
    page = make_page(LICENSE, ocr=True).model_copy(update={"rotation": 90})
    assert classify_page(page).type == DocType.business_license


def _records() -> list[dict]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("record", _records(), ids=lambda r: f"{r['page']['file']}#{r['page']['number']}")
def test_real_scans_and_photos_as_extraction_read_them(record):
    """Licenses (photos, old and new styles), a balance sheet, e-invoice renders and OFDs, permits."""
    verdict = classify_page(Page.model_validate(record["page"]))
    assert verdict.type == DocType(record["expected"])
    if verdict.type != DocType.other:
        assert verdict.confidence > 0.85


def _pdf_pages(path: Path) -> list[Page]:
    pages = []
    with pymupdf.open(path) as doc:
        for pdf_page in doc:
            words = [
                Word(text=span["text"], bbox=tuple(span["bbox"]), size=span["size"], source=TextSource.text)
                for block in pdf_page.get_text("dict")["blocks"]
                for line in block.get("lines", [])
                for span in line["spans"]
                if span["text"].strip()
            ]
            rect = pdf_page.rect
            pages.append(
                Page(
                    file=path.name,
                    number=pdf_page.number + 1,
                    width=rect.width,
                    height=rect.height,
                    words=words,
                )
            )
    return pages


def test_real_e_invoice_pdfs_from_their_text_layer(real_docs):
    for name in ["henan_vat_e_invoice.pdf", "shenzhen_vat_e_invoice.pdf"]:
        (page,) = _pdf_pages(real_docs / "invoice" / name)
        verdict = classify_page(page)
        assert verdict.type == DocType.invoice, name
        assert verdict.title is not None


def test_a_seal_alone_decides_nothing():
    page = Page(
        file="x.jpg",
        number=1,
        width=595,
        height=842,
        words=[Word(text="盖章", bbox=(100, 100, 130, 112))],
        seals=[Seal(bbox=(80, 80, 180, 180))],
    )
    assert classify_page(page).type == DocType.other


def test_a_shorter_word_is_no_misread_title():
    # 销售方 shares three characters with 销售合同; a misread title keeps its length.
    page = make_page(["# 销售方", *INVOICE[1:]], ocr=True)
    verdict = classify_page(page)
    assert verdict.title is None or verdict.title.type != DocType.contract
    assert verdict.type == DocType.invoice


def test_an_official_letter_of_acceptance_starts_a_document_of_its_own():
    from jianzheng.classify import classify_pages
    from jianzheng.models import Page, Word

    def page(number: int, lines: list[str]) -> Page:
        words = [
            Word(text=t, bbox=(60, 60 + 22 * i, 60 + 12 * len(t), 76 + 22 * i)) for i, t in enumerate(lines)
        ]
        return Page(file="验收.pdf", number=number, width=595, height=842, words=words)

    form = page(1, ["信息化项目验收报告单", "项目名称 某某系统项目", "建设单位 某某局", "承建单位 某某有限公司",
                    "验收日期 2023年05月11日", "验收地点 阿克苏地区库车市卫星路884号", "验收方式 现场验收",
                    "验收内容：依据合同及技术规范，验收组对系统功能、性能、设备数量与配置、文档资料、培训情况",
                    "进行了逐项检查，系统运行稳定，各项指标满足合同要求。", "验收结论：验收合格",
                    "验收组意见：项目建设内容已全部完成，文档资料齐全，同意通过验收并交付使用。",
                    "验收组成员签字：", "建设单位（盖章） 日期：", "承建单位（盖章） 日期：2023年5月11日"])  # fmt: skip
    letter = page(2, ["关于巴里坤哈萨克自治县住房和城乡建设局网络安全态势感知平台项目的验收意见",
                      "某某有限公司：", "你公司承建的项目已按合同约定完成建设任务。经认真讨论，形成验收意见如下：",
                      "验收组一致认为：同意验收。", "二〇二三年六月十八日"])  # fmt: skip
    documents = classify_pages([form, letter])
    assert [(d.type, d.pages) for d in documents] == [("acceptance_report", [1]), ("acceptance_report", [2])]


@pytest.mark.parametrize("ocr", [False, True])
def test_a_bundles_table_of_contents_is_none_of_the_papers_it_lists(ocr):
    # 目录 of a 合同及验收资料 bundle: its rows name 合同书, 验收报告 and 发票 with their pages.
    toc = [
        "# 目 录",
        "序号 资料名称 页码",
        "1 1.阜康市人民医院院内网络及安全设备⋯合同书 3-5",
        "2 1.阜康市人民医院院内网络及安全设备⋯初步验收报告 6",
        "3 1.阜康市人民医院院内网络及安全设备⋯竣工（终验）验收报告 7-8",
        "4 2.阜康市自然资源局不动产登记信息系⋯增值税普通发票 15",
    ]
    verdict = classify_page(make_page(toc, ocr=ocr))
    assert verdict.type == DocType.other
    assert verdict.decided
    assert verdict.title is None


def test_a_bank_receipt_is_other_and_opens_its_own_document():
    # 付款凭证 bound after an acceptance: two 网上银行电子回单 on one sheet.
    receipt = [
        "# 中国农业银行网上银行电子回单",
        "回单编号：74833056790941 打印日期：2024-02-26",
        "付款人 户名 新疆生产建设兵团第六师五家渠市数据局 收款人户名 新疆北庭数智信息技术有限公司",
        "金额（大写） 人民币壹佰叁拾肆万壹仟零伍拾柒元陆角 金额（小写） ¥1,341,057.60",
        "用途 第六师五家渠市数据局政务云平台扩容项目进度款",
    ]
    verdict = classify_page(make_page(receipt, ocr=True))
    assert verdict.type == DocType.other
    assert verdict.title is not None and verdict.title.type == DocType.other


def test_a_payment_request_naming_the_project_and_its_price_is_other():
    # GB 50500's 工程款支付申请（核准）表: the project's name and an amount, but no contract.
    request = [
        "# 工程款支付申请（核准）表",
        "工程名称：伊吾县教育局中小学校园网络及多媒体教室项目 编号：ZF-01",
        "致：伊吾县教育局（发包人全称）",
        "我方于2024年4月12日至2024年5月17日期间已完成了设备安装及布线等合同约定工作，根据施工合",
        "同的约定，现申请支付本周期的合同款额为（大写）叁拾伍万捌仟玖佰叁拾柒元伍角陆分（小写¥",
        "358,937.56元），请予核准。",
        "序号 名称 申请金额（元） 复核金额（元）",
        "1 累计已完成的合同价款 897,343.92",
    ]
    assert classify_page(make_page(request, ocr=True)).type == DocType.other


def test_a_works_visa_citing_its_contract_is_no_contract():
    # nileke's 工程签证单 filed without its contract: it prints the contract's number and price.
    assert classify_page(make_page(VISA, ocr=True)).type == DocType.other


def test_a_licence_sharing_its_sheet_with_the_legal_representatives_id_card_is_a_licence():
    # tekesi seed 1: 营业执照+法人身份证.pdf, the ID card copy under the licence.
    licence = [  # as OCR read the sheet: the title beside the code, the labels' characters apart
        "统一社会信用代码 了解更多登记",
        "91654026MA76XJAM0N",
        "# 营业执照",
        "（副本）",
        "名 称 新疆天马计算机系统工程有限公司 注册资本 人民币壹佰万元整",
        "类 型 有限责任公司（自然人投资或控股） 成立日期 2019年11月24日",
        "法定代表人 别克·加尔肯 营业期限 2019年11月24日至长期",
        "准文件或许可证件为准） 登记机关",
    ]
    card = ["# 居民身份证", "姓名 别克·加尔肯", "性别 男 民族 哈萨克", "公民身份号码 654026197004016211"]
    assert classify_page(make_page([*licence, *card], ocr=True)).type == DocType.business_license
    assert classify_page(make_page(card, ocr=True)).type == DocType.other
