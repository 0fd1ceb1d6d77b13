"""Cutting files into documents: titles start documents, continuation pages join the one before."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
from classify_builders import (
    ACCEPTANCE,
    AUDIT_COVER,
    AUDIT_OPINION,
    AUDIT_SIGN,
    BALANCE_SHEET,
    CONTRACT_CLAUSES,
    CONTRACT_FIRST,
    INCOME_STATEMENT,
    INVOICE,
    INVOICE_2,
    LICENSE,
    SIGNATURE,
    SOFTWARE_COPYRIGHT,
    VISA,
    make_file,
    make_page,
)

from jianzheng.classify import classify_pages
from jianzheng.models import DocType, Page, PageQuality, TextSource, Word


def _shape(documents) -> list[tuple[str, list[int], str]]:
    return [(d.file, d.pages, d.type.value) for d in documents]


def test_a_scanned_bundle_of_contract_acceptance_and_invoices():
    pages = make_file(
        "项目1.pdf", [CONTRACT_FIRST, CONTRACT_CLAUSES, SIGNATURE, ACCEPTANCE, INVOICE, INVOICE_2], ocr=True
    )
    documents = classify_pages(pages)
    assert _shape(documents) == [
        ("项目1.pdf", [1, 2, 3], "contract"),
        ("项目1.pdf", [4], "acceptance_report"),
        ("项目1.pdf", [5], "invoice"),
        ("项目1.pdf", [6], "invoice"),
    ]
    assert [d.id for d in documents] == ["D1", "D2", "D3", "D4"]
    assert all(d.text_source == TextSource.ocr for d in documents)
    assert documents[0].type_confidence > 0.9


def test_two_contracts_in_one_file_are_two_documents():
    pages = make_file("合同.pdf", [CONTRACT_FIRST, CONTRACT_CLAUSES, SIGNATURE, CONTRACT_FIRST, SIGNATURE])
    assert _shape(classify_pages(pages)) == [
        ("合同.pdf", [1, 2, 3], "contract"),
        ("合同.pdf", [4, 5], "contract"),
    ]


SUPPLEMENT = [
    "补充协议",
    "甲方：乌鲁木齐市某区数据局",
    "乙方：新疆天山云数信息技术有限公司",
    "甲乙双方于2024年3月5日签订了《某区政务云平台建设项目合同》，经双方协商一致，就合同价款变更如下：",
    "一、原合同总价人民币贰佰肆拾伍万元整（¥2,450,000.00元）变更为人民币贰佰陆拾万元整（¥2,600,000.00元）。",
    "甲方（盖章）        乙方（盖章）",
]


def test_a_supplementary_agreement_after_its_contract_is_part_of_it_and_alone_a_contract():
    pages = make_file("合同+补充协议+验收.pdf", [CONTRACT_FIRST, SIGNATURE, SUPPLEMENT, ACCEPTANCE], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("合同+补充协议+验收.pdf", [1, 2, 3], "contract"),
        ("合同+补充协议+验收.pdf", [4], "acceptance_report"),
    ]
    alone = make_file("补充协议.pdf", [SUPPLEMENT], ocr=True)
    assert _shape(classify_pages(alone)) == [("补充协议.pdf", [1], "contract")]


def test_a_stack_scanned_last_page_first_is_read_backwards():
    # The signature page, the clauses, then the cover: one contract, read from its cover.
    pages = make_file("合同（扫描）.pdf", [SIGNATURE, CONTRACT_CLAUSES, CONTRACT_FIRST, ACCEPTANCE], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("合同（扫描）.pdf", [3, 2, 1], "contract"),
        ("合同（扫描）.pdf", [4], "acceptance_report"),
    ]


def test_a_signature_page_after_an_acceptance_report_stays_with_it():
    # The signature block reads like a contract's, but on its own it is weak: it takes the type before it.
    pages = make_file("验收.pdf", [ACCEPTANCE, SIGNATURE], ocr=True, seals=2)
    assert _shape(classify_pages(pages)) == [("验收.pdf", [1, 2], "acceptance_report")]


def test_an_audit_report_carries_its_statements_and_a_second_report_starts_anew():
    report = [AUDIT_COVER, AUDIT_OPINION, AUDIT_SIGN, BALANCE_SHEET, INCOME_STATEMENT]
    pages = make_file("审计.pdf", [*report, *report], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("审计.pdf", [1, 2, 3, 4, 5], "audit_report"),
        ("审计.pdf", [6, 7, 8, 9, 10], "audit_report"),
    ]


def test_statements_uploaded_on_their_own_are_one_document_each():
    pages = make_file("报表.pdf", [BALANCE_SHEET, INCOME_STATEMENT])
    assert _shape(classify_pages(pages)) == [
        ("报表.pdf", [1], "financial_statement"),
        ("报表.pdf", [2], "financial_statement"),
    ]


def test_documents_never_span_files_and_come_out_in_file_and_page_order():
    a = make_file("a.pdf", [CONTRACT_FIRST, CONTRACT_CLAUSES])
    b = make_file("b.pdf", [CONTRACT_CLAUSES, SIGNATURE])
    documents = classify_pages([a[1], b[1], a[0], b[0]])
    assert _shape(documents) == [("a.pdf", [1, 2], "contract"), ("b.pdf", [1, 2], "contract")]
    assert [d.id for d in documents] == ["D1", "D2"]


def test_a_cover_page_and_the_title_repeated_on_the_next_page_are_one_contract():
    cover = [
        "# 乌鲁木齐市某区政务云平台建设项目合同书",
        "甲方：乌鲁木齐市某区数据局",
        "乙方：新疆天山云数信息技术有限公司",
    ]
    pages = make_file("合同.pdf", [cover, CONTRACT_FIRST, CONTRACT_CLAUSES])
    assert _shape(classify_pages(pages)) == [("合同.pdf", [1, 2, 3], "contract")]


def test_a_printed_page_number_continues_a_repeated_title():
    second = [*CONTRACT_FIRST, *[""] * 0, "第 2 页 共 3 页"]
    page = make_page(second, file="c.pdf", number=2)
    # Put the page number in the footer, where printed page numbers are.
    words = [*page.words[:-1], Word(text="第 2 页 共 3 页", bbox=(280, 800, 330, 812), size=9)]
    page = page.model_copy(update={"words": words})
    pages = [make_page(CONTRACT_FIRST, file="c.pdf"), page]
    assert _shape(classify_pages(pages)) == [("c.pdf", [1, 2], "contract")]


def test_a_running_header_in_small_print_does_not_start_a_document():
    header = CONTRACT_FIRST[0][2:]  # the title, set as an ordinary line
    pages = make_file("c.pdf", [CONTRACT_FIRST, [header, *CONTRACT_CLAUSES]])
    assert _shape(classify_pages(pages)) == [("c.pdf", [1, 2], "contract")]


def test_an_untitled_page_with_strong_evidence_of_another_type_starts_a_document():
    untitled_acceptance = ACCEPTANCE[1:]
    pages = make_file("p.pdf", [CONTRACT_FIRST, SIGNATURE, untitled_acceptance], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("p.pdf", [1, 2], "contract"),
        ("p.pdf", [3], "acceptance_report"),
    ]


def test_blank_pages_join_the_document_before_them():
    pages = make_file("l.pdf", [LICENSE, [], SOFTWARE_COPYRIGHT, ["2023"]], ocr=True)
    documents = classify_pages(pages)
    assert _shape(documents) == [("l.pdf", [1, 2], "business_license"), ("l.pdf", [3, 4], "ip_certificate")]
    assert documents[0].type_confidence > 0.9


def test_an_undecidable_first_page_lets_the_pages_after_it_decide():
    pages = make_file("c.pdf", [["扫描件"], CONTRACT_CLAUSES, SIGNATURE], ocr=True)
    assert _shape(classify_pages(pages)) == [("c.pdf", [1, 2, 3], "contract")]


def test_a_file_of_nothing_readable_is_other_with_low_confidence():
    (document,) = classify_pages(make_file("photo.jpg", [["IMG"]], ocr=True))
    assert document.type == DocType.other
    assert document.type_confidence <= 0.3


def test_text_source_and_worst_quality_come_from_the_pages():
    text_page = make_page(CONTRACT_FIRST, file="m.pdf", number=1)
    scan = make_page(CONTRACT_CLAUSES, file="m.pdf", number=2, ocr=True)
    good, bad = PageQuality(dpi=300, blur=0.1), PageQuality(dpi=100, blur=0.6, readable=False)
    text_page = text_page.model_copy(update={"quality": good})
    scan = scan.model_copy(update={"quality": bad})
    (document,) = classify_pages([text_page, scan])
    assert document.text_source == TextSource.mixed
    assert document.quality == bad


def test_a_real_file_of_29_e_invoices_is_29_invoices(real_docs):
    path = real_docs / "invoice" / "tianjin_huolala_vat_e_invoices_29p.pdf"
    pages = []
    with pymupdf.open(path) as pdf:
        for pdf_page in pdf:
            words = [
                Word(text=s["text"], bbox=tuple(s["bbox"]), size=s["size"])
                for b in pdf_page.get_text("dict")["blocks"]
                for line in b.get("lines", [])
                for s in line["spans"]
                if s["text"].strip()
            ]
            pages.append(
                Page(
                    file=path.name,
                    number=pdf_page.number + 1,
                    width=pdf_page.rect.width,
                    height=pdf_page.rect.height,
                    words=words,
                )
            )
    documents = classify_pages(pages)
    assert len(documents) == 29
    assert {d.type for d in documents} == {DocType.invoice}


def test_clause_headings_that_name_other_documents_do_not_start_them():
    clauses = [
        "# 第八条 竣工验收",
        "乙方开具发票",
        "项目完成后，甲方组织验收，验收合格后出具验收报告。",
        "第九条 违约责任：任何一方违反本合同约定，应承担违约责任。",
        "第十条 争议解决：双方友好协商解决。",
    ]
    pages = make_file("c.pdf", [CONTRACT_FIRST, clauses, SIGNATURE], ocr=True)
    assert _shape(classify_pages(pages)) == [("c.pdf", [1, 2, 3], "contract")]


def test_an_audit_report_keeps_its_notes_and_its_firms_licence_but_not_the_companys():
    notes = ["# 财务报表附注", "一、公司基本情况", "二、财务报表的编制基础", "三、重要会计政策和会计估计"]
    firm_licence = ["# 营业执照", "名称 新疆某某会计师事务所（特殊普通合伙）", *LICENSE[4:]]
    report = [AUDIT_OPINION, AUDIT_SIGN, BALANCE_SHEET, notes, firm_licence]
    pages = make_file("审计.pdf", [*report, LICENSE], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("审计.pdf", [1, 2, 3, 4, 5], "audit_report"),
        ("审计.pdf", [6], "business_license"),
    ]


def test_an_invoices_goods_list_stays_with_the_invoice():
    goods_list = [
        "# 销售货物或者提供应税劳务、服务清单",
        "购买方名称：乌鲁木齐市某区数据局",
        "销售方名称：新疆天山云数信息技术有限公司",
        "所属增值税电子普通发票代码：065002100111 号码：01234567 共1页 第1页",
        "序号 货物（劳务）名称 规格型号 单位 数量 单价 金额 税率 税额",
    ]
    pages = make_file("发票.pdf", [INVOICE, goods_list, INVOICE], ocr=True)
    assert _shape(classify_pages(pages)) == [("发票.pdf", [1, 2], "invoice"), ("发票.pdf", [3], "invoice")]


def test_each_real_scan_photo_and_ofd_is_one_document_of_its_type():
    records = json.loads(
        (Path(__file__).with_name("data") / "real_docs_pages.json").read_text(encoding="utf-8")
    )
    expected = {r["page"]["file"]: DocType(r["expected"]) for r in records}
    documents = classify_pages([Page.model_validate(r["page"]) for r in records])
    assert {d.file: d.type for d in documents} == expected
    assert len(documents) == len(expected)  # multi-page OFD invoices keep their goods lists


def test_a_section_title_of_an_acceptance_report_continues_it_but_opens_one_after_a_contract():
    opinion = [
        "# 验收意见",
        "经验收组审查，系统功能完整，运行稳定，同意通过验收。",
        "验收组组长（签字）：",
        "2024年11月20日",
    ]
    pages = make_file("p.pdf", [CONTRACT_FIRST, SIGNATURE, ACCEPTANCE, opinion, opinion], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("p.pdf", [1, 2], "contract"),
        ("p.pdf", [3, 4, 5], "acceptance_report"),
    ]
    pages = make_file("q.pdf", [CONTRACT_FIRST, SIGNATURE, opinion], ocr=True)
    assert _shape(classify_pages(pages))[-1] == ("q.pdf", [3], "acceptance_report")


def test_consecutive_invoices_whose_titles_were_cropped_are_told_apart_by_first_page_labels():
    pages = make_file("发票.pdf", [CONTRACT_FIRST, SIGNATURE, INVOICE[1:], INVOICE_2[1:]], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("发票.pdf", [1, 2], "contract"),
        ("发票.pdf", [3], "invoice"),
        ("发票.pdf", [4], "invoice"),
    ]


def test_consecutive_invoices_whose_title_ran_into_the_number_line_are_told_apart():
    # OCR set 电子发票(普通发票) on one line with 发票号码, left of centre in body size: not a title set
    # apart, but each page shows the first-page labels again.
    def invoice(number: int, invoice_number: str) -> Page:
        page = make_page(["电子发票(普通发票)", *INVOICE[2:]], file="发票.pdf", number=number, ocr=True)
        title = page.words[0]
        _x0, y0, x1, y1 = title.bbox
        label = Word(
            text=f"发票号码:{invoice_number}", bbox=(x1 + 300, y0, x1 + 480, y1), source=TextSource.ocr
        )
        return page.model_copy(update={"words": [title, label, *page.words[1:]]})

    pages = [invoice(1, "24651000000011242878"), invoice(2, "24651000000871511265")]
    assert _shape(classify_pages(pages)) == [("发票.pdf", [1], "invoice"), ("发票.pdf", [2], "invoice")]


def test_a_contracts_first_page_fed_twice_stays_one_contract():
    pages = make_file("SCAN0569.pdf", [CONTRACT_FIRST, CONTRACT_FIRST, CONTRACT_CLAUSES, SIGNATURE], ocr=True)
    assert _shape(classify_pages(pages)) == [("SCAN0569.pdf", [1, 2, 3, 4], "contract")]


def test_a_contracts_price_appendix_bound_after_invoices_opens_a_contract_again():
    appendix = [
        "附件：",
        "# 阜康市应急管理局森林草原防火监测项目报价明细",
        "合同编号：阜康2025-JC-155",
        "序号  费用类别  名称及规格  单位  数量  单价  金额",
        "1  软件开发费  监测平台软件  套  1  125,100.00  125,100.00",
        "合计  469,100.00",
    ]
    pages = make_file("SCAN0039.pdf", [CONTRACT_FIRST, SIGNATURE, INVOICE, appendix], ocr=True)
    assert _shape(classify_pages(pages))[-1] == ("SCAN0039.pdf", [4], "contract")
    # Right after its contract, it is part of it.
    pages = make_file("SCAN0040.pdf", [CONTRACT_FIRST, SIGNATURE, appendix], ocr=True)
    assert _shape(classify_pages(pages)) == [("SCAN0040.pdf", [1, 2, 3], "contract")]


def test_a_page_that_opens_with_a_later_clause_continues_its_document():
    # GF-2017-0201 prints 合同编号 in article 六, on the second page, whose stamps OCR may read as a
    # large 合同: a page that begins mid-way through the clauses continues, whatever follows.
    from jianzheng.classify.pages import classify_page

    for first_line in ["四、词语含义", "第五条 付款方式", "3.工程质量标准"]:
        page = make_page(
            [first_line, "本协议书中词语含义与通用合同条款中赋予的含义相同。", "六、合同编号：XJZC2023-426"]
        )
        assert classify_page(page).continues, first_line
    assert not classify_page(make_page(["# 技术服务合同", "一、项目内容", "二、合同金额"])).continues


LETTER = [
    "于伊犁哈萨克自治州交通运输局数据中心机房等级保护整改采购项目的验收意",  # a title run off the page
    "新疆天山云数信息技术有限公司：",
    "你公司承建的伊犁哈萨克自治州交通运输局数据中心机房等级保护整改采购项目已按合同约定完成建设任务。",
    "伊犁哈萨克自治州交通运输局组织相关部门及专家组成验收组，形成验收意见如下：",
    "验收组一致认为：同意验收。",
    "伊犁哈萨克自治州交通运输局",
    "二〇二四年六月二十日",
]


def test_an_acceptance_letter_after_a_form_is_a_document_of_its_own():
    # Two projects' acceptance in one file: a form, then a letter to the contractor whose title
    # ran off the page. The letter's addressee and 你公司承建的 open a document.
    pages = make_file("验收.pdf", [ACCEPTANCE, LETTER])
    assert _shape(classify_pages(pages)) == [
        ("验收.pdf", [1], "acceptance_report"),
        ("验收.pdf", [2], "acceptance_report"),
    ]


FRAMEWORK = [
    "# 2025年度信息化设备及技术服务框架协议",
    "协议编号：KJXY-2025-03",
    "甲方：哈密市某区数据局",
    "乙方：新疆天山云数信息技术有限公司",
    "经双方友好协商，就甲方在协议有效期内向乙方采购信息化设备及相关技术服务事宜，签订本框架协议。",
    "第一条 具体采购内容、数量及金额以甲方下达的采购订单为准。",
]
ORDER = [
    "# 采购订单",
    "订单编号：HM-XXJC-2025-167  框架协议编号：KJXY-2025-03",
    "项目名称 哈密市某区视频监控系统项目",
    "采购单位（甲方） 哈密市某区数据局  供应单位（乙方） 新疆天山云数信息技术有限公司",
    "下单日期 2025年3月2日",
    "合计（小写） ¥1,469,000.00",
]


def test_an_order_after_its_framework_agreement_is_a_contract_of_its_own():
    # The order carries the project's amount and date; the framework fixes only the terms.
    pages = make_file("框架协议及订单.pdf", [FRAMEWORK, CONTRACT_CLAUSES, ORDER], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("框架协议及订单.pdf", [1, 2], "contract"),
        ("框架协议及订单.pdf", [3], "contract"),
    ]


def test_one_page_orders_under_a_framework_are_one_contract_each():
    # 框架合作协议 on two pages, then three orders of one page each: an order states its amount, so it
    # is no cover for the next order's repeated title, nor a stack to be read backwards.
    framework = ["# 框架合作协议", *FRAMEWORK[1:]]
    orders = [[f"# 采购订单(第{n}批)", *ORDER[1:-1], f"订单金额：¥{n}69,000.00元"] for n in (1, 2, 3)]
    pages = make_file("框架协议及订单.pdf", [framework, CONTRACT_CLAUSES, *orders], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("框架协议及订单.pdf", [1, 2], "contract"),
        *[("框架协议及订单.pdf", [n], "contract") for n in (3, 4, 5)],
    ]


ORG_CODE = [
    "中华人民共和国",
    "# 组织机构代码证",
    "（副本）",
    "代码 75661744-9",
    "机构名称 新疆天山云数信息技术有限公司",
    "机构类型 企业法人",
    "有效期 自2015年04月13日至2019年04月13日",
    "颁发单位 哈密地区质量技术监督局",
]


def test_an_organisation_code_certificate_after_an_old_licence_is_no_part_of_it():
    # Before 三证合一 a firm had three certificates; the code certificate's 有效期 is not the
    # licence's business term.
    pages = make_file("营业执照及组织机构代码证.tif", [LICENSE, ORG_CODE], ocr=True)
    assert _shape(classify_pages(pages)) == [
        ("营业执照及组织机构代码证.tif", [1], "business_license"),
        ("营业执照及组织机构代码证.tif", [2], "other"),
    ]


def test_two_forms_scanned_on_one_sheet_are_two_documents_each_on_its_part():
    from jianzheng.extract.documents import extract_documents

    first = [*ACCEPTANCE, "验收内容 设备到货及安装 符合", "系统功能 符合", "技术文档及培训 符合"]
    second = [line.replace("2024年11月20日", "2024年12月5日") for line in ACCEPTANCE]
    page = make_page(first + second, ocr=True)
    documents = classify_pages([page])
    assert [(d.type, d.pages) for d in documents] == [(DocType.acceptance_report, [1])] * 2
    upper, lower = (d.region for d in documents)
    assert upper is not None and lower is not None and upper[3] <= lower[1]
    filled, _ = extract_documents(documents, [page])
    dates = [d.fields.accepted_on.value.isoformat() for d in filled]  # type: ignore[union-attr]
    assert dates == ["2024-11-20", "2024-12-05"]


def test_a_contract_that_prints_its_title_twice_is_one_document():
    page = make_page([*CONTRACT_FIRST, *CONTRACT_FIRST[:1], *CONTRACT_CLAUSES], ocr=True)
    documents = classify_pages([page])
    assert len(documents) == 1 and documents[0].region is None


def test_a_users_trial_report_before_the_acceptance_is_no_acceptance_report():
    trial = [
        "# 用户使用报告",
        "某项目由某公司承建，于2025年8月26日起进入试运行阶段，试运行期84天。",
        "试运行期间系统运行稳定，用户反馈良好，具备组织验收条件。",
        "使用单位：某地区第一中学",
        "2025年10月1日",
    ]
    documents = classify_pages(make_file("trial.pdf", [trial, ACCEPTANCE], ocr=True))
    assert [(d.type, d.pages) for d in documents] == [(DocType.other, [1]), (DocType.acceptance_report, [2])]


def test_the_blank_acceptance_form_a_contract_appends_is_a_page_of_the_contract():
    # maigaiti seed 1: 附件3：项目验收报告（格式）, dates 年 月 日 and the boxes unfilled.
    form = [
        "附件3：",
        "# 项目验收报告（格式）",
        "项目名称 麦盖提县融媒体中心融媒体建设项目",
        "建设单位",
        "承建单位",
        "验收日期 年 月 日",
        "验收结论 □合格 □不合格",
        "验收意见：",
        "建设单位（盖章）： 承建单位（盖章）：",
    ]
    documents = classify_pages(make_file("合同.pdf", [CONTRACT_FIRST, SIGNATURE, form], ocr=True))
    assert _shape(documents) == [("合同.pdf", [1, 2, 3], "contract")]
    filled = classify_pages(make_file("合同.pdf", [CONTRACT_FIRST, SIGNATURE, ACCEPTANCE], ocr=True))
    assert _shape(filled)[-1] == ("合同.pdf", [3], "acceptance_report")


def test_a_works_visa_bound_behind_its_contract_is_a_page_of_it_and_alone_is_other():
    bound = classify_pages(make_file("合同.pdf", [CONTRACT_FIRST, SIGNATURE, VISA], ocr=True))
    assert _shape(bound) == [("合同.pdf", [1, 2, 3], "contract")]
    alone = classify_pages(make_file("签证单及验收.pdf", [VISA, ACCEPTANCE], ocr=True))
    assert _shape(alone) == [
        ("签证单及验收.pdf", [1], "other"),
        ("签证单及验收.pdf", [2], "acceptance_report"),
    ]
