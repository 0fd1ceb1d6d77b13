"""PDF text a viewer cannot see is kept apart from the page's words, and the page is read as shown."""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf
import pytest
from hidden_pdfs import (
    A4,
    FORGED_LAYER,
    SHOWN,
    ShownTextEngine,
    scan_with_invisible_layer,
    text_pdf,
    text_under_picture,
    write,
)
from office_files import submission
from PIL import Image

from jianzheng.extract.read import read_file
from jianzheng.models import Code, TextSource
from jianzheng.models.settings import Settings
from jianzheng.service import pipeline as pipeline_module
from jianzheng.service.pipeline import check


def _read(tmp_path: Path, data: bytes, engine: ShownTextEngine) -> list:
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    return list(read_file(path, "page.pdf", engine=engine))


def test_text_under_a_full_page_picture_is_hidden_and_the_picture_is_read(tmp_path):
    engine = ShownTextEngine(SHOWN)
    (page,) = _read(tmp_path, text_under_picture(FORGED_LAYER, SHOWN), engine)
    assert engine.calls == 1
    assert page.text_source == TextSource.ocr
    assert "人民币204.50万元" in page.text and "2,450,000" not in page.text
    assert any("2,450,000.00" in w.text for w in page.hidden_words)


def test_scan_with_invisible_ocr_layer_keeps_the_layer_apart(tmp_path):
    engine = ShownTextEngine(SHOWN)
    (page,) = _read(tmp_path, scan_with_invisible_layer(FORGED_LAYER, SHOWN), engine)
    assert engine.calls == 1
    assert "204.50万元" in page.text
    assert [w.text for w in page.hidden_words] == FORGED_LAYER


def test_normal_text_pdf_runs_no_ocr_and_hides_nothing(tmp_path):
    engine = ShownTextEngine(SHOWN)
    (page,) = _read(tmp_path, text_pdf(FORGED_LAYER), engine)
    assert engine.calls == 0
    assert page.hidden_words == [] and page.text_source == TextSource.text
    assert "2,450,000.00" in page.text


def _png(size: tuple[int, int], mode: str, colour: tuple[int, ...]) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_transparent_seal_picture_over_text_hides_nothing(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    write(page, FORGED_LAYER)
    # A seal PNG with an alpha channel over the amount line: the text shows through.
    page.insert_image(pymupdf.Rect(60, 80, 300, 200), stream=_png((200, 100), "RGBA", (255, 0, 0, 60)))
    engine = ShownTextEngine(SHOWN)
    (read,) = _read(tmp_path, doc.tobytes(), engine)
    assert engine.calls == 0 and read.hidden_words == []


def test_text_drawn_over_a_picture_is_visible(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_image(pymupdf.Rect(60, 80, 400, 200), stream=_png((300, 100), "RGB", (230, 230, 230)))
    write(page, FORGED_LAYER)
    engine = ShownTextEngine(SHOWN)
    (read,) = _read(tmp_path, doc.tobytes(), engine)
    assert engine.calls == 0 and read.hidden_words == []


def test_white_text_on_white_is_hidden_but_white_on_a_dark_band_is_not(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    write(page, SHOWN)
    page.insert_text((72, 400), "合同总价：¥2,450,000.00", fontname="china-s", fontsize=12, color=(1, 1, 1))
    page.draw_rect(pymupdf.Rect(60, 480, 400, 520), color=None, fill=(0.1, 0.2, 0.5))
    page.insert_text((72, 505), "第一章 总则与合同范围", fontname="china-s", fontsize=12, color=(1, 1, 1))
    engine = ShownTextEngine(SHOWN)
    (read,) = _read(tmp_path, doc.tobytes(), engine)
    assert [w.text for w in read.hidden_words] == ["合同总价：¥2,450,000.00"]
    assert engine.calls == 1
    assert "第一章 总则与合同范围" in read.text  # the banner's text is visible and kept


def _normal() -> bytes:
    return text_pdf(FORGED_LAYER)


@pytest.mark.parametrize(
    ("make", "found"),
    [
        (lambda: text_under_picture(FORGED_LAYER, SHOWN), True),
        (lambda: scan_with_invisible_layer(FORGED_LAYER, SHOWN), True),
        (lambda: scan_with_invisible_layer(SHOWN, SHOWN), False),
        (_normal, False),
    ],
    ids=["picture-over-text", "scan-layer-disagrees", "scan-layer-agrees", "normal-text-pdf"],
)
def test_text_layer_mismatch_through_the_pipeline(tmp_path, monkeypatch, make, found):
    engine = ShownTextEngine(SHOWN)
    # The pipeline builds its one engine and hands it to reading (and to the checks).
    monkeypatch.setattr(pipeline_module, "get_engine", lambda settings: engine)
    folder = submission(tmp_path / "sub", {"contract.pdf": make()})
    report = check(folder, settings=Settings(ocr_engine="null", use_cache=False))
    mismatches = [f for f in report.findings if f.code == Code.TEXT_LAYER_MISMATCH]
    assert len(mismatches) == (1 if found else 0)
    if found:
        assert "¥2,450,000.00" in mismatches[0].message and "204.50万元" in mismatches[0].message
    assert engine.calls == (0 if make is _normal else 1)  # a normal text PDF costs no OCR


@pytest.mark.slow
@pytest.mark.parametrize(
    ("make", "found"),
    [
        (lambda: text_under_picture(FORGED_LAYER, SHOWN), True),
        (lambda: scan_with_invisible_layer(SHOWN, SHOWN), False),
    ],
    ids=["picture-over-text", "scan-layer-agrees"],
)
def test_text_layer_mismatch_with_the_real_ocr_model(tmp_path, make, found):
    folder = submission(tmp_path / "sub", {"contract.pdf": make()})
    report = check(folder, settings=Settings(use_cache=False))
    mismatches = [f for f in report.findings if f.code == Code.TEXT_LAYER_MISMATCH]
    assert len(mismatches) == (1 if found else 0)
    if found:
        assert "¥2,450,000.00" in mismatches[0].message and "204.50万元" in mismatches[0].message
