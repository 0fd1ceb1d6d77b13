"""OVERLAY_DETECTED and FONT_INCONSISTENT on planted text-layer PDFs."""

from __future__ import annotations

import pymupdf
from forensics_planted import contract_pdf, odd_digit_pdf, white_box

from jianzheng.models import Code
from jianzheng.verify.forensics.fonts import font_signals
from jianzheng.verify.forensics.overlay import overlay_signals
from jianzheng.verify.forensics.signals import KeyArea


def test_a_white_box_over_an_amount_quotes_the_hidden_and_the_new_text():
    area = KeyArea("contract_amount", 1, (72, 190, 400, 210), "")
    [signal] = overlay_signals(white_box(contract_pdf(), "204.50", "245.00"), "c.pdf", {1}, [area])
    assert signal.code == Code.OVERLAY_DETECTED
    assert (signal.earlier, signal.later) == ("204.50", "245.00")
    assert "「合同金额」处有白色方块盖住了原有文字「204.50」" in signal.message


def test_table_shading_under_text_is_not_an_overlay():
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(60, 80, 400, 140), color=None, fill=(0.9, 0.9, 0.9))
    page.insert_text((72, 100), "合同金额：人民币 204.50 万元", fontname="china-s", fontsize=12)
    assert overlay_signals(doc.tobytes(), "c.pdf") == []


def test_text_typed_over_other_text_is_stacked():
    doc = pymupdf.open(stream=contract_pdf(), filetype="pdf")
    page = doc[0]
    rect = page.search_for("2024年3月5日")[0]
    page.insert_text((rect.x0, rect.y1 - 2), "2024年9月9日", fontname="china-s", fontsize=12)
    [signal] = overlay_signals(doc.tobytes(), "c.pdf")
    assert "叠印" in signal.message and signal.later == "2024年9月9日"


def test_pages_without_key_fields_are_skipped():
    assert overlay_signals(white_box(contract_pdf(), "204.50", "245.00"), "c.pdf", {2}) == []


def test_a_digit_in_another_font_is_named():
    [signal] = font_signals(odd_digit_pdf(), "c.pdf")
    assert signal.code == Code.FONT_INCONSISTENT
    assert "「2,450,000.00」中的「5」" in signal.message
    x0, _, x1, _ = signal.bbox
    assert x1 - x0 < 10  # the box is the odd digit, not the line


def test_uniform_figures_in_a_latin_font_beside_chinese_text_are_fine():
    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    writer.append((72, 100), "合同金额：人民币 ", font=pymupdf.Font("china-s"), fontsize=12)
    writer.append(writer.last_point, "2,450,000.00", font=pymupdf.Font("tiro"), fontsize=12)
    writer.write_text(page)
    assert font_signals(doc.tobytes(), "c.pdf") == []
    assert font_signals(contract_pdf(), "c.pdf") == []


def test_a_statements_row_number_in_the_chinese_font_beside_latin_figures_is_another_cell():
    # 利润表: 行次 "1" typeset in the Chinese font, 本年数 and 上年数 in a Latin one, each its own cell.
    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    cjk, latin = pymupdf.Font("china-s"), pymupdf.Font("tiro")
    writer.append((72, 100), "一、营业收入", font=cjk, fontsize=9)
    writer.append((250, 100), "1", font=cjk, fontsize=9)
    writer.append((300, 100), "19,649,500.00", font=latin, fontsize=9)
    writer.append((420, 100), "17,095,065.00", font=latin, fontsize=9)
    writer.write_text(page)
    assert font_signals(doc.tobytes(), "s.pdf") == []


def test_a_key_field_in_a_style_unlike_its_line():
    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    writer.append((72, 100), "编号 2024-0137 金额 ", font=pymupdf.Font("tiro"), fontsize=12)
    writer.append(writer.last_point, "245.00", font=pymupdf.Font("helv"), fontsize=12)
    writer.write_text(page)
    data = doc.tobytes()
    amount = pymupdf.open(stream=data, filetype="pdf")[0].search_for("245.00")[0]
    area = KeyArea("contract_amount", 1, tuple(amount), "245.00")
    [signal] = font_signals(data, "c.pdf", {1}, [area])
    assert "「合同金额」的数字字体" in signal.message


def _watermarked(data: bytes, *, angle: float, opacity: float) -> bytes:
    doc = pymupdf.open(stream=data, filetype="pdf")
    page = doc[0]
    start = pymupdf.Point(80, 260)
    page.insert_text(
        start, "此复印件仅供年检使用", fontname="china-s", fontsize=40, color=(0.6, 0.6, 0.8),
        morph=(start, pymupdf.Matrix(angle)), fill_opacity=opacity,
    )  # fmt: skip
    return doc.tobytes()


def test_a_diagonal_watermark_across_the_amount_is_not_stacked_text():
    # Uploads often carry 此复印件仅供年检使用 across the page, over the amount.
    data = _watermarked(contract_pdf(), angle=30, opacity=0.45)
    assert overlay_signals(data, "c.pdf") == []
    assert font_signals(data, "c.pdf") == []


def test_opaque_level_text_over_the_amount_is_still_stacked():
    assert overlay_signals(_watermarked(contract_pdf(), angle=0, opacity=1.0), "c.pdf")


def test_a_year_column_that_a_long_name_runs_into_is_a_collision_not_an_edit():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text(
        (72, 100), "编制单位：伊犁哈萨克自治州亚欧信达智能科技有限责任公司", fontname="china-s", fontsize=11
    )
    end = page.search_for("公司")[0]
    page.insert_text((end.x0 + 4, 100), "2024年12月31日", fontname="china-s", fontsize=11)
    assert overlay_signals(doc.tobytes(), "statement.pdf") == []


def test_a_date_column_whose_year_lands_on_the_end_of_a_long_name_is_a_collision():
    # The date is typeset in pieces (figures in a Latin font, 年月日 in a Chinese one) and
    # starts inside the name's last characters: 年 lands on 公 or 司.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text(
        (50, 100),
        "编制单位：伊犁哈萨克自治州亚欧信达计算机系统工程股份有限公司",
        fontname="china-s",
        fontsize=9.5,
    )
    end = page.search_for("公司")[0].x1
    x = end - 35
    for piece, font in (
        ("2023", "tiro"),
        ("年", "china-s"),
        ("12", "tiro"),
        ("月", "china-s"),
        ("31", "tiro"),
        ("日", "china-s"),
    ):
        page.insert_text((x, 100), piece, fontname=font, fontsize=9.5)
        x += pymupdf.get_text_length(piece, fontname=font, fontsize=9.5)
    assert overlay_signals(doc.tobytes(), "statement.pdf") == []


def _date_with(over: str, color: tuple[float, float, float]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 300), "日期：二〇二四年三月二日", fontname="china-s", fontsize=12)
    month = page.search_for("年三月二日")[0]
    page.insert_text((month.x0, 300), over, fontname="china-s", fontsize=12, color=color)
    return doc.tobytes()


def test_an_electronic_seals_words_over_the_signing_date_are_a_stamp_not_an_edit():
    # 合同专用章 typeset as text by the e-seal, over the date it was stamped beside.
    assert overlay_signals(_date_with("合同专用章", (0.9, 0, 0)), "contract.pdf") == []
    # Other characters typed over the date are stacked text.
    found = overlay_signals(_date_with("合同变更日", (0, 0, 0)), "contract.pdf")
    assert [s.code for s in found] == [Code.OVERLAY_DETECTED]
    # Any words in the seal's red (电子签章, the firm's name on its ring) are the seal's.
    assert overlay_signals(_date_with("电子签章", (0.86, 0.08, 0.1)), "contract.pdf") == []


def test_a_date_whose_every_digit_has_its_own_size_is_handwriting_not_a_retyped_value():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 300), "签订日期：", fontname="china-s", fontsize=11)
    x = 140.0
    for digit, size in zip("2024.3.2", (11.3, 10.9, 11.8, 12.8, 11.4, 11.7, 11.4, 13.4), strict=True):
        page.insert_text((x, 300), digit, fontname="helv", fontsize=size)
        x += size * 0.6
    assert font_signals(doc.tobytes(), "contract.pdf") == []
    # One digit in another size among uniform ones is still named.
    assert font_signals(odd_digit_pdf(), "contract.pdf") != []


def test_an_electronic_seals_red_star_over_the_signers_name_is_the_seal():
    # A vector seal's filled star lands on the signing bureau's name, as a paper seal's would.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 440), "第十师北屯市政务服务和数据管理局", fontname="china-s", fontsize=12)
    name = page.search_for("务和")[0]
    star = pymupdf.Rect(name.x0, name.y0 - 2, name.x0 + 17, name.y0 + 14)
    page.draw_rect(star, color=(0.86, 0.08, 0.1), fill=(0.86, 0.08, 0.1))
    assert overlay_signals(doc.tobytes(), "验收意见.pdf") == []
    # The same box in white is a cover-up.
    page.draw_rect(star, color=None, fill=(1, 1, 1))
    assert [s.code for s in overlay_signals(doc.tobytes(), "验收意见.pdf")] == [Code.OVERLAY_DETECTED]


def test_a_number_too_long_for_its_cell_running_under_the_next_label_is_a_collision():
    # 奎屯市自然资源局采字〔2024〕112号 ends under the first character of the next cell's 合同金额.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((162, 240), "奎屯市自然资源局采字〔2024〕112号", fontname="china-s", fontsize=10)
    end = page.search_for("号")[0]
    page.insert_text((end.x0 + 1, 240), "合同金额", fontname="china-s", fontsize=10.5)
    assert overlay_signals(doc.tobytes(), "acceptance.pdf") == []
    # Typed over the number from its start, a new one is still stacked text.
    page.insert_text((162, 240), "奎屯市自然资源局采字〔2024〕118号", fontname="china-s", fontsize=10)
    signals = overlay_signals(doc.tobytes(), "acceptance.pdf")
    assert signals and all(s.later == "奎屯市自然资源局采字〔2024〕118号" for s in signals)
