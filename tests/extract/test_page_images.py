"""extract's PageImages: later stages get a page's picture and a file's bytes from here, made once."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image

from jianzheng.extract import PageImages, find_submission
from jianzheng.extract.readers import pdf as pdf_reader


def _pdf(pages: int = 2) -> bytes:
    doc = pymupdf.open()
    for number in range(1, pages + 1):
        page = doc.new_page(width=595, height=842)
        page.insert_text((72, 100), f"第 {number} 页 合同金额 2,450,000.00")
    return doc.tobytes()


def test_a_page_is_rendered_once_at_each_dpi(monkeypatch):
    calls = []
    original = pdf_reader.render_page

    def counting(pdf_page, dpi, max_pixels, *, gray=False):
        calls.append((pdf_page.number, dpi, gray))
        return original(pdf_page, dpi, max_pixels, gray=gray)

    monkeypatch.setattr("jianzheng.extract.page_images.render_page", counting)
    images = PageImages({"a.pdf": _pdf()})
    first = images.render("a.pdf", 2, 72)
    again = images.render("a.pdf", 2, 72)
    assert first is again and calls == [(1, 72, False)]
    rgb, dpi = first
    assert rgb.shape == (842, 595, 3) and dpi == 72
    gray, _ = images.gray("a.pdf", 2, 36)
    assert gray.ndim == 2 and gray.shape == (421, 298)
    assert len(calls) == 2


def test_an_image_file_keeps_its_own_resolution():
    out = io.BytesIO()
    Image.new("RGB", (827, 1169), (250, 250, 250)).save(out, format="PNG")
    images = PageImages({"scan.png": out.getvalue()})
    rgb, dpi = images.render("scan.png", 1, 300)
    assert rgb.shape == (1169, 827, 3) and round(dpi) == 100
    gray, _ = images.gray("scan.png", 1, 36)
    assert gray.shape == (1169, 827) and np.all(gray == 250)
    assert images.render("scan.png", 2, 100) is None


def test_files_without_a_picture_or_gone_give_none(tmp_path: Path):
    images = PageImages(
        {"gone.pdf": tmp_path / "gone.pdf", "note.xml": b"<Invoice/>", "broken.pdf": b"%PDF-1.7 x"}
    )
    assert images.data("gone.pdf") is None and images.render("gone.pdf", 1, 72) is None
    assert images.render("note.xml", 1, 72) is None
    assert images.render("broken.pdf", 1, 72) is None
    assert images.render("unknown.pdf", 1, 72) is None


def test_a_submission_folder_names_its_files_as_the_pages_do(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "合同.pdf").write_bytes(_pdf(1))
    images = PageImages.of(find_submission(tmp_path))
    assert images.files() == ["sub/合同.pdf"]
    assert images.data("sub/合同.pdf") == (tmp_path / "sub" / "合同.pdf").read_bytes()
    assert images.render("sub/合同.pdf", 1, 50) is not None
