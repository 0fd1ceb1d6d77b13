"""PDF pages as a viewer shows them: form checkboxes (live and flattened) and /Rotate pages."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from ocr_fakes import FakeEngine

from jianzheng.extract.fields.labels import vocabulary
from jianzheng.extract.read import read_file
from jianzheng.extract.readers.pdf_checkboxes import symbol_text
from jianzheng.models import TextSource


def _page(path: Path):
    (page,) = list(read_file(path, path.name, engine=FakeEngine()))
    return page


def _form(path: Path, *, live: bool, ticked: str) -> Path:
    """An acceptance form's conclusion row: 合格 and 不合格 as text, each with a checkbox before it."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text(
        (72, 60),
        "项目竣工验收报告  项目名称：昌吉市自然资源局政务服务大厅智能排队系统项目",
        fontname="china-s",
        fontsize=11,
    )
    page.insert_text(
        (72, 80), "验收意见：系统功能及性能满足合同要求，文档资料齐全。", fontname="china-s", fontsize=11
    )
    page.insert_text((72, 100), "验收结论", fontname="china-s", fontsize=11)
    for x, option in ((190, "合格"), (290, "不合格")):
        page.insert_text((x + 16, 100), option, fontname="china-s", fontsize=11)
        box = pymupdf.Rect(x, 90, x + 10, 100)
        if live:
            widget = pymupdf.Widget()
            widget.field_type = pymupdf.PDF_WIDGET_TYPE_CHECKBOX
            widget.field_name = option
            widget.rect = box
            widget.field_value = option == ticked
            page.add_widget(widget)
        else:
            page.draw_rect(box, color=(0, 0, 0), width=0.8)
            if option == ticked:  # a tick drawn inside the box
                page.draw_polyline([(x + 2, 95), (x + 4, 98), (x + 9, 91)], color=(0, 0, 0), width=1)
    doc.save(path)
    return path


def _ticks(text: str) -> dict[str, bool]:
    """Each option of the row and whether the box before it is ticked."""
    cues = vocabulary()
    row = text.replace(" ", "").split("验收结论")[-1]
    return {
        option: row[row.index(option) - 1] in cues.cue("checkbox_checked")
        for option in ("不合格", "合格")
        if row.index(option) > 0
        and row[row.index(option) - 1] in (*cues.cue("checkbox_checked"), *cues.cue("checkbox_empty"))
    }


def test_a_live_forms_ticked_checkbox_reads_as_a_ticked_box(tmp_path):
    # The field's tick is a ZapfDingbats "3" in its appearance; the unticked field draws nothing.
    page = _page(_form(tmp_path / "live.pdf", live=True, ticked="合格"))
    assert page.text_source == TextSource.text
    assert _ticks(page.text) == {"合格": True, "不合格": False}


def test_a_flattened_forms_drawn_tick_reads_as_a_ticked_box(tmp_path):
    page = _page(_form(tmp_path / "flat.pdf", live=False, ticked="不合格"))
    assert _ticks(page.text) == {"合格": False, "不合格": True}


def test_symbol_fonts_read_as_the_boxes_they_draw():
    assert symbol_text("Wingdings2", "R") == "☑" and symbol_text("Wingdings2", "\uf0a3") == "□"
    assert symbol_text("Wingdings-Regular", "\uf0fe") == "☑"
    assert symbol_text("ZapfDingbats", "4") == "✔"
    assert symbol_text("SimSun", "R") == "R"


def test_a_page_stored_with_rotate_90_reads_left_to_right(tmp_path):
    # A landscape fee table saved as a portrait page turned by /Rotate: the viewer shows rows.
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((72, 100), "硬件购置费 761,888.00", fontname="china-s", fontsize=11)
    page.insert_text((72, 130), "软件购置费 217,682.00", fontname="china-s", fontsize=11)
    doc.save(tmp_path / "flat.pdf")
    # The same content stored portrait, drawn turned, and shown landscape by /Rotate 90.
    turned = pymupdf.open()
    portrait = turned.new_page(width=595, height=842)
    portrait.show_pdf_page(portrait.rect, pymupdf.open(tmp_path / "flat.pdf"), 0, rotate=-90)
    portrait.set_rotation(90)
    turned.save(tmp_path / "turned.pdf")
    read = _page(tmp_path / "turned.pdf")
    assert (read.width, read.height) == (842, 595)
    lines = [ln.replace(" ", "") for ln in read.text.splitlines()]
    assert "硬件购置费761,888.00" in lines and "软件购置费217,682.00" in lines
    first = next(w for w in read.words if "硬件" in w.text)
    assert first.bbox[2] - first.bbox[0] > first.bbox[3] - first.bbox[1]  # a row, not a column
