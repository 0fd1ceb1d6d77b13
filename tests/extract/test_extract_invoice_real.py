"""Invoice fields from the text layer of real VAT e-invoice PDFs (../shared/real-docs/invoice)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from field_pages import page_of, pdf_pages

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.models import DocType, PageCode

# What each invoice prints, read off the documents by a person.
EXPECTED = {
    "henan_vat_e_invoice.pdf": (
        "32321709",
        dt.date(2019, 9, 19),
        "个人",
        "郑州京东优凯贸易有限公司",
        "103.50",
    ),
    "shenzhen_vat_e_invoice.pdf": (
        "63435756",
        dt.date(2021, 9, 6),
        "个人",
        "深圳市即客思维科技有限公司",
        "2169.00",
    ),
    "tianjin_huolala_vat_e_invoices_29p.pdf": (
        "76293190",
        dt.date(2021, 12, 29),
        "河南省第一建筑工程集团有限责任公司",
        "天津货拉拉科技有限公司",
        "49.60",
    ),
}


def invoice(pages):
    return EXTRACTORS[DocType.invoice](Reading.of(pages))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_e_invoice_fields(real_docs, name):
    pages = pdf_pages(real_docs / "invoice" / name)
    fields = invoice(pages[:1])
    number, issued, buyer, seller, total = EXPECTED[name]
    assert fields.invoice_number and fields.invoice_number.value == number
    assert fields.issued_on and fields.issued_on.value == issued
    assert fields.buyer and fields.buyer.value == buyer
    assert fields.seller and fields.seller.value == seller
    assert fields.total_amount and fields.total_amount.value == Decimal(total)
    box = fields.total_amount.bbox
    assert (
        box is not None and 0 <= box[0] < box[2] <= pages[0].width and 0 <= box[1] < box[3] <= pages[0].height
    )


def test_every_page_of_a_bundle_of_invoices_reads(real_docs):
    pages = pdf_pages(real_docs / "invoice" / "tianjin_huolala_vat_e_invoices_29p.pdf")
    numbers = {invoice([page]).invoice_number.value for page in pages}  # type: ignore[union-attr]
    assert len(numbers) == len(pages) == 29


def test_digital_e_invoice_layout_buyer_left_seller_right():
    page = page_of(
        [
            "电子发票（普通发票）  发票号码：24652000000012345678",
            "开票日期：2024年07月01日",
            "购买方信息  名称：乌鲁木齐市某区数据局  销售方信息  名称：新疆天山云数信息技术有限公司",
            "价税合计（大写）  壹佰壹拾叁万贰仟壹佰陆拾元整  （小写）¥1132160.00",
        ]
    ).model_copy(
        update={
            "codes": [
                PageCode(
                    payload="01,32,,24652000000012345678,1132160.00,20240701,,504C", bbox=(20, 20, 80, 80)
                )
            ]
        }
    )
    fields = invoice([page])
    assert fields.invoice_number and fields.invoice_number.value == "24652000000012345678"
    assert fields.buyer and fields.buyer.value == "乌鲁木齐市某区数据局"
    assert fields.seller and fields.seller.value == "新疆天山云数信息技术有限公司"
    assert fields.total_amount and fields.total_amount.value == Decimal("1132160.00")
    assert fields.qr and fields.qr.value.startswith("01,32,,2465")


def _ocr_word(text: str, x: float, y: float):
    from jianzheng.models import TextSource, Word

    return Word(text=text, bbox=(x, y, x + 10.0 * len(text), y + 18.0), source=TextSource.ocr)


def _photo_invoice(*words):
    from jianzheng.models import Page

    return invoice([Page(file="发票.jpg", number=1, width=842.0, height=595.0, words=list(words))])


def test_a_photo_turned_a_degree_keeps_the_buyer_left_and_the_seller_right():
    # The seller's 名称 stands eight points above the buyer's on their row; its long name wrapped
    # in its narrow box, 有限公司 on the line under it.
    fields = _photo_invoice(
        _ocr_word("购买", 46, 110),
        _ocr_word("名称：昌吉回族自治州数据局", 81, 116),
        _ocr_word("销售", 394, 109),
        _ocr_word("名称：新疆生产建设兵团第十二师数字经济发展集团绿洲金桥软件", 428, 108),
        _ocr_word("方信", 46, 131),
        _ocr_word("有限公司", 428, 131),
    )
    assert fields.buyer and fields.buyer.value == "昌吉回族自治州数据局"
    assert (
        fields.seller
        and fields.seller.value == "新疆生产建设兵团第十二师数字经济发展集团绿洲金桥软件有限公司"
    )


def test_a_desk_camera_turned_further_reads_the_sellers_row_first_yet_the_buyer_stays_left():
    # Nine points higher, the seller's 名称 row (small print, 11 points) is a line of its own above
    # the buyer's.
    from jianzheng.models import TextSource, Word

    def small(text: str, x: float, y: float) -> Word:
        return Word(text=text, bbox=(x, y, x + 7.0 * len(text), y + 11.0), source=TextSource.ocr)

    fields = _photo_invoice(
        small("销 名称：喀什多浪智慧网络科技有限公司", 336, 136),
        small("名称：疏附县人民医院", 85, 145),
    )
    assert fields.buyer and fields.buyer.value == "疏附县人民医院"
    assert fields.seller and fields.seller.value == "喀什多浪智慧网络科技有限公司"


def test_an_old_invoice_stacks_the_seller_under_the_buyer():
    fields = _photo_invoice(
        _ocr_word("名 称：乌鲁木齐市水务局", 65, 112),
        _ocr_word("名 称：新疆天山信息科技有限公司", 65, 284),
    )
    assert fields.buyer and fields.buyer.value == "乌鲁木齐市水务局"
    assert fields.seller and fields.seller.value == "新疆天山信息科技有限公司"


def test_a_name_that_goes_on_in_the_next_box_is_not_joined_with_the_line_under_it():
    # OCR cut the seller's name into two boxes of one line and lost what lay between: the line
    # under it (有限公司) is not where the name continues, so no name is made up.
    fields = _photo_invoice(
        _ocr_word("名称：乌鲁木齐市新市区数据局", 126, 173),
        _ocr_word("名称：新疆维吾尔自治", 446, 173),
        _ocr_word("业投资控股集团融智信达数据科技", 589, 174),
        _ocr_word("有限公司", 446, 192),
    )
    assert fields.seller is not None and fields.seller.value == "新疆维吾尔自治"
    assert fields.seller.confidence < 0.8  # a cut name, not sure enough to accuse anyone


def test_a_side_label_boxed_with_the_first_character_of_its_name_label():
    # The classic 专用发票: 销 (of 销售方, one character a line) boxed with 名 of 名 称：.
    fields = _photo_invoice(
        _ocr_word("名 称：", 65, 112),
        _ocr_word("乌鲁木齐市水务局", 150, 112),
        _ocr_word("销名", 45, 284),
        _ocr_word("称：", 80, 284),
        _ocr_word("新疆瀚海信息工程有限公司", 150, 284),
        _ocr_word("项目名称：乌鲁木齐市水务局网络安", 420, 284),
    )
    assert fields.buyer and fields.buyer.value == "乌鲁木齐市水务局"
    assert fields.seller and fields.seller.value == "新疆瀚海信息工程有限公司"
