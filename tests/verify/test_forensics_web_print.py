"""OVERLAY_DETECTED on a page printed from a web browser: its layout is no edit, a white box over an amount is."""

from __future__ import annotations

import pymupdf

from jianzheng.models import Code
from jianzheng.verify.forensics.overlay import overlay_signals

URL = "https://www.ccgp.gov.cn/cggg/dfgg/gkzb/202405/t20240506_21934562.htm"
BODY = [
    "新疆维吾尔自治区政府采购中心关于信息化系统集成项目的公开招标公告",
    "项目编号：XJZC-2024-0312  采购方式：公开招标",
    "预算金额：1,280,000.00 元  最高限价：1,250,000.00 元",
    "投标截止时间：2024年05月28日 10:30（北京时间）",
]


def web_print(*, edit: bool = False) -> bytes:
    """Two pages as a browser prints them: date and title on top, URL and page count below.

    Page 2 carries the site's fixed header bar, painted over the text that runs under it
    (a light box with the site's name written on it), a table whose header background
    is painted after the caption that overflows into it, and a title running into the date.
    """
    doc = pymupdf.open()
    for number in (1, 2):
        page = doc.new_page()
        page.insert_text((20, 18), "2024/5/6 10:23", fontsize=8, fontname="helv")
        page.insert_text((52, 18), "政府采购公告_中国政府采购网", fontsize=8, fontname="china-s")
        y = 60.0
        for line in BODY:
            page.insert_text((40, y), line, fontsize=11, fontname="china-s")
            y += 24
        page.insert_text((40, 175), "采购需求一览表（单位：元）", fontsize=11, fontname="china-s")
        page.draw_rect(pymupdf.Rect(36, 166, 560, 190), color=None, fill=(0.92, 0.94, 0.97))
        page.insert_text((40, 184), "序号  品目  数量  单价  合计", fontsize=11, fontname="china-s")
        if number == 2:
            page.draw_rect(pymupdf.Rect(0, 40, page.rect.width, 90), color=None, fill=(1, 1, 1))
            page.insert_text(
                (40, 70), "中国政府采购网  首页  政策法规  采购公告", fontsize=12, fontname="china-s"
            )
        page.insert_text((20, page.rect.height - 12), URL, fontsize=8, fontname="helv")
        page.insert_text(
            (page.rect.width - 40, page.rect.height - 12), f"{number}/2", fontsize=8, fontname="helv"
        )
    if edit:
        page = doc[0]
        rect = page.search_for("1,280,000.00")[0]
        page.draw_rect(
            pymupdf.Rect(rect.x0 - 1, rect.y0 - 1, rect.x1 + 1, rect.y1 + 1), color=None, fill=(1, 1, 1)
        )
        page.insert_text((rect.x0, rect.y1 - 2), "2,180,000.00", fontsize=11, fontname="helv")
    return doc.tobytes()


def test_a_web_print_with_its_fixed_header_and_backgrounds_gets_no_overlay_warning():
    assert overlay_signals(web_print(), "notice.pdf") == []


def test_the_same_layout_without_the_browser_margins_is_judged():
    # Without the URL and date in the margins the fixed bar over text is a box over text.
    doc = pymupdf.open(stream=web_print(), filetype="pdf")
    for page in doc:
        for rect in page.search_for(URL) + page.search_for("2024/5/6 10:23"):
            page.add_redact_annot(rect)
        page.apply_redactions()
    assert any(s.page == 2 for s in overlay_signals(doc.tobytes(), "notice.pdf"))


def test_a_white_box_over_an_amount_of_a_web_print_is_still_found():
    signals = overlay_signals(web_print(edit=True), "notice.pdf")
    assert [(s.code, s.page, s.earlier) for s in signals] == [(Code.OVERLAY_DETECTED, 1, "1,280,000.00")]
