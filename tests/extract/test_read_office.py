"""Word and Excel attachments read as text-layer pages, through the reader and the whole pipeline."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm
from ocr_fakes import FakeEngine
from office_files import (
    contract_docx,
    deleted_run,
    docx_bytes,
    statement_xlsx,
    submission,
    text_box_run,
)

from jianzheng.extract.read import read_file
from jianzheng.extract.readers.sniff import FileKind, sniff
from jianzheng.models import DocType, TextSource
from jianzheng.models.settings import Settings
from jianzheng.service.pipeline import check


def _read(tmp_path: Path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_file(path, name, engine=FakeEngine()))


def test_office_files_are_known_by_content_not_name():
    assert sniff(contract_docx()) == FileKind.docx
    assert sniff(statement_xlsx()) == FileKind.xlsx
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) == FileKind.ole


def test_contract_docx_through_the_pipeline(tmp_path):
    folder = submission(tmp_path / "sub", {"项目合同（终稿）.docx": contract_docx()})
    report = check(folder, settings=Settings(ocr_engine="null", use_cache=False), today=dt.date(2025, 3, 1))
    contracts = [d for d in report.documents if d.type == DocType.contract]
    assert len(contracts) == 1
    fields = contracts[0].fields
    assert fields.contract_amount.value == Decimal("2000000.00")
    assert fields.party_a.value == "乌鲁木齐市某区数据局"
    assert fields.party_b.value == "新疆天山云数信息技术有限公司"
    assert fields.signed_on.value == dt.date(2024, 3, 5)
    # Evidence sits on the synthesised page, on the line where label and value were laid out.
    x0, y0, x1, y1 = fields.contract_amount.bbox
    assert 0 <= x0 < x1 <= 595 and 0 <= y0 < y1 <= 842
    codes = {f.code for f in report.findings}
    assert "AMOUNT_MISMATCH" not in codes and "PARTY_MISMATCH" not in codes and "FILE_UNREADABLE" not in codes


def test_table_row_reads_as_one_line_label_then_value(tmp_path):
    page, _ = _read(tmp_path, "c.docx", contract_docx())
    lines = page.text.splitlines()
    assert "甲方（采购人）： 乌鲁木齐市某区数据局" in lines
    assert "合同总价： 人民币贰佰万元整（¥2,000,000.00）" in lines
    assert page.text_source == TextSource.text
    assert lines.index("甲方（采购人）： 乌鲁木齐市某区数据局") < lines.index("签订日期： 2024年3月5日")


def test_explicit_page_break_starts_a_page_and_header_footer_count(tmp_path):
    first, second = _read(tmp_path, "c.docx", contract_docx())
    assert (first.number, second.number) == (1, 2)
    assert "合同编号：XJ-ZW-2024-017" in first.text
    assert "甲方（盖章）" in second.text and "甲方（盖章）" not in first.text
    assert "第 1 页" in second.text  # the footer, read once at the end
    # Lines laid out top to bottom inside the page.
    tops = [w.bbox[1] for w in first.words]
    assert tops == sorted(tops) and all(w.bbox[3] <= first.height for w in first.words)


def test_hidden_text_is_not_read(tmp_path):
    pages = _read(tmp_path, "c.docx", contract_docx(hidden="合同总价：¥9,999,999.00"))
    assert not any("9,999,999" in p.text for p in pages)


def test_hidden_style_deleted_text_and_text_boxes(tmp_path):
    document = docx.Document()
    style = document.styles.add_style("秘密", 2)  # a character style that hides its text
    style.font.hidden = True
    paragraph = document.add_paragraph("甲方：乌鲁木齐市某区数据局")
    paragraph.add_run("（隐藏的补充条款）", style="秘密")
    paragraph._p.append(deleted_run("（删除的条款）"))
    document.add_paragraph("见右侧文本框")._p.append(text_box_run("验收结论：合格"))
    (page,) = _read(tmp_path, "t.docx", docx_bytes(document))
    assert "甲方：乌鲁木齐市某区数据局" in page.text
    assert "隐藏" not in page.text and "删除" not in page.text
    assert page.text.count("验收结论：合格") == 1  # the text box once, not its fallback copy too


def test_long_document_breaks_into_pages(tmp_path):
    document = docx.Document()
    for n in range(120):
        document.add_paragraph(f"第{n + 1}条 双方约定的条款内容。")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("签署页")
    pages = _read(tmp_path, "long.docx", docx_bytes(document))
    assert len(pages) >= 3 and pages[-1].text == "签署页"
    assert all(w.bbox[3] <= p.height for p in pages for w in p.words)


def test_statement_xlsx_reads_rows_as_lines_with_cached_values(tmp_path):
    pages = _read(tmp_path, "statement.xlsx", statement_xlsx())
    assert [p.number for p in pages] == [1, 2]  # the hidden sheet is not read
    lines = pages[0].text.splitlines()
    assert "营业收入 52,300,000.00 41,000,000.50" in lines
    assert "净利润 2,450,000.00 1,000,000.00" in lines  # the formula's cached value
    assert "B4-B5" not in pages[0].text
    assert "报出日期 2025年3月5日" in lines
    assert "隐藏的工作表" not in " ".join(p.text for p in pages)
    assert pages[1].text == "附注一 公司基本情况"
    # Columns line up: every figure of the 本期金额 column starts at the same x.
    column = [w.bbox[0] for w in pages[0].words if w.text.startswith(("52,300", "40,000", "2,450"))]
    assert len(column) == 3 and len(set(column)) == 1


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (2450000, "#,##0.00", "2,450,000.00"),
        (2450000.0, "General", "2450000"),
        (0.1 + 0.2, "General", "0.3"),
        (1234.5, "¥#,##0.00;¥-#,##0.00", "¥1,234.50"),
        (0.125, "0.0%", "12.5%"),
        (dt.datetime(2024, 3, 5), "yyyy-mm-dd", "2024年3月5日"),
        (True, "General", "TRUE"),
        ("  甲方  名称 ", "General", "甲方 名称"),
    ],
)
def test_cell_text_is_what_excel_shows(value, fmt, shown):
    from jianzheng.extract.readers.xlsx import cell_text

    assert cell_text(value, fmt) == shown


def _seal_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 320), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 310, 310), outline=(220, 20, 30), width=12)
    star = [(160, 90), (180, 150), (240, 150), (190, 185), (210, 245), (160, 210), (110, 245), (130, 185)]
    draw.polygon([*star, (80, 150), (140, 150)], fill=(220, 20, 30))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_seal_picture_in_the_text_is_found_where_it_is_placed(tmp_path):
    document = docx.Document()
    document.add_paragraph("乙方（盖章）：新疆天山云数信息技术有限公司")
    document.add_paragraph().add_run().add_picture(io.BytesIO(_seal_png()), width=Mm(40))
    document.add_paragraph("日期：2024年3月5日")
    (page,) = _read(tmp_path, "signed.docx", docx_bytes(document))
    (seal,) = page.seals
    name, date = page.words
    assert name.bbox[3] <= seal.bbox[1] + 4 and seal.bbox[3] <= date.bbox[1] + 4  # between the two lines
    assert 100 < (seal.bbox[2] - seal.bbox[0]) < 125  # 40 mm is 113 pt


def test_pasted_page_scan_becomes_a_page_of_its_own(tmp_path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (1240, 1754), "white").save(buffer, "PNG")
    document = docx.Document()
    document.add_paragraph("验收报告扫描件如下：")
    document.add_paragraph().add_run().add_picture(io.BytesIO(buffer.getvalue()), width=Mm(150))
    engine = FakeEngine("验收结论：合格")
    path = tmp_path / "with_scan.docx"
    path.write_bytes(docx_bytes(document))
    text, scan = list(read_file(path, path.name, engine=engine))
    assert text.text == "验收报告扫描件如下：" and not text.image_based
    assert scan.number == 2 and scan.image_based and "验收结论：合格" in scan.text


def test_acceptance_report_docx_through_the_pipeline(tmp_path):
    document = docx.Document()
    document.add_heading("项目验收报告", 1)
    rows = [
        ("项目名称", "乌鲁木齐市某区政务云平台建设项目"),
        ("建设单位", "乌鲁木齐市某区数据局"),
        ("承建单位", "新疆天山云数信息技术有限公司"),
        ("验收日期", "2024年11月20日"),
        ("验收结论", "经验收小组审查，同意通过验收。"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for r, (label, value) in enumerate(rows):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = value
    folder = submission(tmp_path / "sub", {"合同.docx": contract_docx(), "验收.docx": docx_bytes(document)})
    report = check(folder, settings=Settings(ocr_engine="null", use_cache=False), today=dt.date(2025, 3, 1))
    (acceptance,) = [d for d in report.documents if d.type == DocType.acceptance_report]
    assert acceptance.fields.accepted_on.value == dt.date(2024, 11, 20)
    assert acceptance.fields.conclusion.value == "passed"
    codes = {f.code for f in report.findings}
    assert not codes & {"ACCEPTANCE_MISSING", "DATE_MISMATCH", "ACCEPTANCE_NOT_PASSED", "DOCUMENT_UNMATCHED"}


def test_word_own_page_breaks_are_kept(tmp_path):
    document = docx.Document()
    document.add_paragraph("第一页的内容")
    paragraph = document.add_paragraph("第二页开头")
    paragraph.runs[0]._r.insert(0, parse_xml(f"<w:lastRenderedPageBreak {nsdecls('w')}/>"))
    first, second = _read(tmp_path, "saved.docx", docx_bytes(document))
    assert (first.text, second.text) == ("第一页的内容", "第二页开头")


def test_hidden_rows_and_columns_are_not_read(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (
        ["项目", "本期金额", "调整前"],
        ["营业收入", "52,300,000.00", "99,999,999.00"],
        ["净利润", "1", "2"],
    ):
        sheet.append(row)
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["C"].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    (page,) = _read(tmp_path, "hidden.xlsx", buffer.getvalue())
    assert page.text.splitlines() == ["项目 本期金额", "营业收入 52,300,000.00"]


def test_a_transparent_picture_is_laid_on_white_paper():
    # A red seal cut out as a transparent PNG (as pasted into Word files) must stay red on white,
    # not become a red ring on black.
    from PIL import Image

    from jianzheng.extract.readers.image import on_white

    seal = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    for x in range(40):
        seal.putpixel((x, 20), (220, 30, 30, 255))
    flat = on_white(seal)
    assert flat.mode == "RGB"
    assert flat.getpixel((0, 0)) == (255, 255, 255)
    assert flat.getpixel((5, 20)) == (220, 30, 30)


def test_a_seal_in_a_signature_table_cell_is_found_like_a_pdfs():
    # Word contracts put each party's seal in the signature table's cells, often as a transparent PNG.
    import io

    import docx
    from docx.shared import Cm
    from PIL import Image, ImageDraw

    from jianzheng.extract.readers.docx import iter_docx
    from jianzheng.extract.reading_rules import rules
    from jianzheng.extract.seal_mask import find_seals

    ring = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    pen = ImageDraw.Draw(ring)
    pen.ellipse((10, 10, 290, 290), outline=(215, 35, 40, 255), width=12)
    pen.regular_polygon((150, 150, 50), 5, fill=(215, 35, 40, 255))
    png = io.BytesIO()
    ring.save(png, "PNG")

    document = docx.Document()
    document.add_paragraph("甲方（盖章）：某某局    乙方（盖章）：某某有限公司")
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].paragraphs[0].add_run().add_picture(io.BytesIO(png.getvalue()), width=Cm(4))
    cells[1].paragraphs[0].text = "2024年3月5日"
    data = io.BytesIO()
    document.save(data)

    pages = list(iter_docx(data.getvalue(), rules()))
    regions = [(p, box) for p in pages for box in p.image_regions]
    assert len(regions) == 1
    page, box = regions[0]
    assert page.render_region is not None
    seals, _ = find_seals(page.render_region(150, box), 150, rules().seal)
    assert len(seals) == 1
