"""Text-layer PDFs, OFD and XML e-invoices, multi-page TIFF and EXIF orientation."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import numpy as np
import pymupdf
from ocr_fakes import FakeEngine
from PIL import Image

from jianzheng.extract.read import read_file
from jianzheng.models import TextSource


def _read(path: Path, engine=None) -> list:
    return list(read_file(path, path.name, engine=engine or FakeEngine()))


def test_invoice_text_layer_is_read_exactly(real_docs):
    path = real_docs / "invoice" / "henan_vat_e_invoice.pdf"
    engine = FakeEngine()
    (page,) = _read(path, engine)
    assert page.text_source == TextSource.text and engine.calls == 0
    with pymupdf.open(path) as doc:
        layer = "".join(doc[0].get_text().split())
    read, printed = Counter("".join(page.text.split())), Counter(layer)
    assert not read - printed  # nothing invented
    # Only the 监制章's ring glyphs where they cross the printed title are left out (the seal's).
    assert set(printed - read) <= set("全国统一发票监制章") and sum((printed - read).values()) <= 8
    assert "32321709" in page.text and "041001900111" in page.text
    # the e-invoice's QR code is decoded from the page image, with its payload and box
    assert any("32321709" in code.payload for code in page.codes)


def test_ofd_invoice_pages(real_docs):
    pages = _read(real_docs / "ofd" / "ofdsharp_einv_jiangsu.ofd")
    assert len(pages) == 1
    text = pages[0].text
    assert "发票号码" in text and "25577301" in text and "四川长虹电器股份有限公司" in text
    assert all(0 <= w.bbox[0] < w.bbox[2] <= pages[0].width + 20 for w in pages[0].words)


def test_ofd_invoice_qr_code_is_decoded_from_its_picture(real_docs):
    pages = _read(real_docs / "ofd" / "ofdrw_einv_999.ofd")
    (code,) = pages[0].codes
    assert "12235358" in code.payload  # the invoice number, as printed on the page
    assert 0 <= code.bbox[0] < code.bbox[2] < pages[0].width / 2  # top left, where invoices put it


def test_xml_e_invoice_reads_as_labelled_lines(real_docs):
    (page,) = _read(real_docs / "ofd" / "ofdsharp_einv_jiangsu.original_invoice.xml")
    assert "发票号码：25577301" in page.text
    assert "销售方名称：南京爱洋文化传播有限公司" in page.text
    # the XML states the QR payload outright (GraphCode); it is kept as the page's code
    assert page.codes and "25577301" in page.codes[0].payload


def test_multi_page_tiff_counts_frames_as_pages(tmp_path):
    frames = [Image.new("RGB", (850, 1100), "white") for _ in range(3)]
    path = tmp_path / "bundle.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(100, 100))
    pages = _read(path)
    assert [p.number for p in pages] == [1, 2, 3]
    assert all(p.text_source == TextSource.ocr and p.image_based for p in pages)
    assert round(pages[0].width) == 612  # 850 px at 100 DPI is 8.5 inches


def test_exif_orientation_is_honoured(tmp_path):
    image = Image.new("RGB", (600, 400), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: display rotated 90° clockwise
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes(), dpi=(150, 150))
    path = tmp_path / "photo.jpg"
    path.write_bytes(buffer.getvalue())
    (page,) = _read(path)
    assert page.height > page.width  # 400 × 600 as displayed


def test_a_sixteen_bit_grey_png_keeps_its_ink():
    # qinghe seed 1: a licence saved as a 16-bit grey PNG read as a white page (no licence found).
    from jianzheng.extract.readers.image import on_white

    levels = np.full((40, 60), 60000, np.uint16)
    levels[10:30, 10:50] = 5000  # dark print on light paper
    buffer = io.BytesIO()
    Image.fromarray(levels).save(buffer, "PNG")
    with Image.open(io.BytesIO(buffer.getvalue())) as image:
        assert image.mode.startswith("I")
        rgb = np.asarray(on_white(image))
    assert rgb.shape == (40, 60, 3)
    assert rgb[20, 20].tolist() == [19, 19, 19] and rgb[0, 0].tolist() == [234, 234, 234]


def test_blank_image_has_no_words_with_null_engine(tmp_path):
    from jianzheng.extract.ocr import NullOcrEngine

    path = tmp_path / "blank.png"
    Image.fromarray(np.full((300, 200, 3), 255, np.uint8)).save(path)
    (page,) = _read(path, NullOcrEngine())
    assert page.words == [] and page.quality is not None


def test_a_one_bit_scan_is_known_as_one_in_a_tiff_and_in_a_pdf(tmp_path):
    # A fax or an MFP's black-and-white mode keeps no grey: a pale seal may be gone from it.
    sheet = Image.new("L", (850, 1100), 255)
    sheet.paste(0, (100, 100, 700, 140))
    one_bit = sheet.convert("1")
    tiff = tmp_path / "fax.tif"
    one_bit.save(tiff, compression="group4", dpi=(100, 100))
    buffer = io.BytesIO()
    one_bit.save(buffer, format="PNG")
    with pymupdf.open() as doc:
        page = doc.new_page(width=612, height=792)
        page.insert_image(page.rect, stream=buffer.getvalue())
        pdf = tmp_path / "mfp.pdf"
        doc.save(pdf)
    grey = tmp_path / "grey.png"
    sheet.save(grey, dpi=(100, 100))
    for path in (tiff, pdf):
        (read,) = _read(path)
        assert read.quality is not None and not read.quality.seals_certain, path.name
    (read,) = _read(grey)
    assert read.quality is not None and read.quality.seals_certain


def test_a_photo_on_a_page_larger_than_any_paper_is_measured_as_an_a4_sheet(tmp_path):
    # An image-to-PDF tool put a 1,463 x 2,034 px phone photo on a 1,463 x 2,034 pt page (72 dpi,
    # 72 cm tall): the sheet it shows is A4, so it was taken at ~174 dpi, not 72.
    rng = np.random.default_rng(0)
    photo = np.full((2034, 1463, 3), 235, np.uint8)
    for y in range(200, 1800, 60):
        photo[y : y + 18, 150:1300] = rng.integers(0, 90, (18, 1150, 1), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(photo).save(buffer, format="JPEG", quality=90)
    with pymupdf.open() as doc:
        page = doc.new_page(width=1463, height=2034)
        page.insert_image(page.rect, stream=buffer.getvalue())
        pdf = tmp_path / "photo.pdf"
        doc.save(pdf)
    (read,) = _read(pdf)
    assert read.quality is not None
    assert 165 <= (read.quality.dpi or 0) <= 185
    assert not any("分辨率" in reason for reason in read.quality.reasons)
    assert (round(read.width), round(read.height)) == (1463, 2034)  # evidence stays in the page's own points


def test_a_scan_on_a_paper_sized_page_keeps_its_own_resolution(tmp_path):
    with pymupdf.open() as doc:
        page = doc.new_page(width=595, height=842)
        buffer = io.BytesIO()
        Image.fromarray(np.full((702, 496, 3), 240, np.uint8)).save(buffer, format="PNG")
        page.insert_image(page.rect, stream=buffer.getvalue())
        pdf = tmp_path / "low.pdf"
        doc.save(pdf)
    (read,) = _read(pdf)
    assert read.quality is not None and round(read.quality.dpi or 0) == 60


def test_columns_aligned_with_typed_spaces_are_cells_apart(tmp_path):
    # A rule-less table typed in a word processor: one span per row, its columns padded with spaces.
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    row = "1      软件开发费            361,000.00      含源代码交付"
    page.insert_text((72, 100), row, fontname="china-s", fontsize=10.5)
    page.insert_text((72, 130), "合 同 金 额：人民币陆拾贰万元整", fontname="china-s", fontsize=10.5)
    path = tmp_path / "合同.pdf"
    pdf.save(path)
    pages = _read(path)
    texts = [w.text for w in pages[0].words]
    assert {"1", "软件开发费", "361,000.00", "含源代码交付"} <= set(texts)
    # Letter-spacing with single spaces keeps the label one word.
    assert "合 同 金 额：人民币陆拾贰万元整" in texts
    left = {w.text: w.bbox[0] for w in pages[0].words}
    assert left["1"] < left["软件开发费"] < left["361,000.00"] - 100 < left["含源代码交付"]


def test_a_diagonal_watermark_in_the_text_layer_hides_no_ocr_words_under_it():
    from jianzheng.extract.scan import merge_text_layer
    from jianzheng.models import Page, Word

    ocr = [
        Word(
            text="名称 奎屯博畅信息工程有限公司",
            bbox=(60, 150, 300, 162),
            source=TextSource.ocr,
            confidence=0.99,
        ),
        Word(text="注册资本 叁仟万元整", bbox=(480, 150, 640, 162), source=TextSource.ocr, confidence=0.99),
    ]
    page = Page(file="执照.pdf", number=1, width=842, height=595, words=ocr, text_source=TextSource.ocr)
    # 仅供2024年度年检使用 typed at 30°: its box is a rectangle 179 pt tall for 30-pt print.
    watermark = Word(text="仅供2024年度年检使用", bbox=(61, 69, 349, 248), size=30.0, source=TextSource.text)
    merged = merge_text_layer(page, [watermark])
    assert {w.text for w in merged.words} >= {w.text for w in ocr}
    # A level line of the layer still stands for the OCR words beneath it.
    level = Word(
        text="名称 奎屯博畅信息工程有限公司", bbox=(58, 148, 302, 164), size=12.0, source=TextSource.text
    )
    assert [w.text for w in merge_text_layer(page, [level]).words].count("名称 奎屯博畅信息工程有限公司") == 1


def test_glyphs_set_one_by_one_read_in_the_order_a_viewer_sees_them(tmp_path):
    # A printer that sets each glyph apart emits 年月日 as one run and the figures between them as
    # others: read span by span, 2024年4月27日 came out as 2024年月427日.
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    x, y = 162.0, 270.0
    placed: list[tuple[float, str, str]] = []
    for piece in ("2024", "年", "4", "月", "27", "日"):
        font = "china-s" if piece in "年月日" else "helv"
        placed.append((x, piece, font))
        x += pymupdf.get_text_length(piece, fontname=font, fontsize=10)
    writer = pymupdf.TextWriter(page.rect)
    han = pymupdf.Font("china-s")
    for at, piece, _font in [p for p in placed if p[2] == "china-s"]:
        writer.append((at, y), piece, font=han, fontsize=10)  # 年, 月, 日 in one text object
    writer.write_text(page)
    for at, piece, font in [p for p in placed if p[2] == "helv"]:
        page.insert_text((at, y), piece, fontname=font, fontsize=10)
    page.insert_text(
        (72, 120), "项目竣工验收报告：验收小组一致同意通过验收。", fontname="china-s", fontsize=12
    )
    path = tmp_path / "验收.pdf"
    pdf.save(path)
    [read] = _read(path)
    assert read.text_source == TextSource.text
    assert "".join(read.text.split("\n")[-1].split()) == "2024年4月27日"


def test_a_figure_the_text_layer_lacks_in_a_line_it_holds_is_taken_from_ocr():
    # The price drawn as outlines: the layer holds the line but for the figure, OCR the whole line.
    from jianzheng.extract.scan import merge_text_layer
    from jianzheng.models import Page, Word

    line = "合同总价：人民币（大写）玖拾壹万壹仟捌佰元整（小写：¥911,800.00）"
    ocr = [Word(text=line, bbox=(90, 353, 426, 367), source=TextSource.ocr, confidence=0.98)]
    page = Page(file="合同.pdf", number=1, width=595, height=842, words=ocr, text_source=TextSource.ocr)
    layer = [
        Word(text=line[:26], bbox=(90, 353, 363, 367), size=10.5, source=TextSource.text),
        Word(text="）", bbox=(420, 353, 426, 367), size=10.5, source=TextSource.text),
    ]
    merged = merge_text_layer(page, layer)
    added = [w for w in merged.words if w.source == TextSource.ocr]
    assert [w.text for w in added] == ["¥911,800.00"]
    assert merged.text_source == TextSource.mixed
    # A line the layer holds whole adds nothing.
    whole = [Word(text=line, bbox=(90, 353, 426, 367), size=10.5, source=TextSource.text)]
    assert merge_text_layer(page, whole).words == whole
