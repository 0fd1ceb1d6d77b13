"""Every kind of bad attachment becomes UnreadableFile with a reason, and FILE_UNREADABLE in a run."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pikepdf
import pymupdf
import pytest
from ocr_fakes import FakeEngine
from PIL import Image

from jianzheng.extract import find_submission, read_pages
from jianzheng.extract.read import read_file
from jianzheng.models import Code
from jianzheng.models.errors import UnreadableFile
from jianzheng.models.settings import Settings
from jianzheng_workshop.fuzz import bombs


def _pdf(text: str = "合同金额：人民币贰佰肆拾伍万元整（¥2,450,000.00）甲方乙方签订日期") -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text, fontname="china-s", fontsize=11)
    return doc.tobytes()


def _read(tmp_path: Path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_file(path, name, engine=FakeEngine()))


def _reason(tmp_path: Path, name: str, data: bytes) -> str:
    with pytest.raises(UnreadableFile) as caught:
        _read(tmp_path, name, data)
    return str(caught.value)


def test_empty_file(tmp_path):
    assert "为空" in _reason(tmp_path, "empty.pdf", b"")


def test_corrupt_pdf(tmp_path):
    data = bytearray(_pdf())
    data[20:400] = b"\x00" * 380  # the objects are gone, the header stays
    data[-200:] = b"\x00" * 200
    with pytest.raises(UnreadableFile):
        _read(tmp_path, "broken.pdf", bytes(data[:30]) + b"garbage" * 10)


def test_truncated_pdf(tmp_path):
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page().insert_text(
            (72, 72), "合同金额：人民币贰佰肆拾伍万元整甲方乙方签订日期验收", fontname="china-s"
        )
    data = doc.tobytes()
    # The cross-reference table and trailer at the end are lost: MuPDF could rebuild a partial file.
    assert "截断" in _reason(tmp_path, "upload.pdf", data[:-300])


def test_truncated_jpeg(tmp_path):
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buffer, "JPEG")
    reason = _reason(tmp_path, "scan.jpg", buffer.getvalue()[:200])
    assert "图像" in reason


def test_encrypted_pdf(tmp_path):
    source = io.BytesIO(_pdf())
    out = io.BytesIO()
    with pikepdf.open(source) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(owner="o", user="secret"))
    assert "加密" in _reason(tmp_path, "locked.pdf", out.getvalue())


def test_zero_page_pdf(tmp_path):
    assert "没有页面" in _reason(tmp_path, "zero.pdf", bombs()["zero_pages.pdf"])


def test_wrong_extension_is_read_by_content(tmp_path):
    pages = _read(tmp_path, "contract.jpg", _pdf())
    assert len(pages) == 1 and "合同金额" in pages[0].text


def test_text_named_pdf_is_unsupported(tmp_path):
    assert "不支持" in _reason(tmp_path, "contract.pdf", b"this is a plain text file, not a PDF")


def test_office_document_is_refused_with_advice(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert "请另存为 PDF" in _reason(tmp_path, "contract.pdf", buffer.getvalue())


@pytest.mark.parametrize(
    "name",
    [
        "bomb_png_100k.png",
        "bomb_pdf_huge_page.pdf",
        "bomb_zip.ofd",
        "bomb_xml_laughs.xml",
        "bomb_tiff_200k.tif",
    ],
)
def test_bombs_are_refused_not_rendered(tmp_path, name):
    assert _reason(tmp_path, name, bombs()[name])


def test_huge_page_count_is_refused(tmp_path):
    assert "页数" in _reason(tmp_path, "many.pdf", bombs()["bomb_pdf_2100_pages.pdf"])


def test_unreadable_file_becomes_a_finding_and_the_rest_goes_on(tmp_path):
    (tmp_path / "good.pdf").write_bytes(_pdf())
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\n broken")
    pages, findings = read_pages(
        find_submission(tmp_path), settings=Settings(ocr_engine="null", use_cache=False)
    )
    assert [p.file for p in pages] == ["good.pdf"]
    assert [f.code for f in findings] == [Code.FILE_UNREADABLE]
    assert findings[0].evidence[0].file == "bad.pdf"
    assert "bad.pdf" in findings[0].message


def test_a_parser_error_on_hostile_input_is_contained(tmp_path, monkeypatch):
    from jianzheng.extract import read as read_module
    from jianzheng.extract.readers.sniff import FileKind

    def explode(data, rules):
        raise KeyError("a decoder's own error")

    monkeypatch.setitem(read_module._READERS, FileKind.pdf, explode)
    (tmp_path / "odd.pdf").write_bytes(_pdf())
    pages, findings = read_pages(
        find_submission(tmp_path), settings=Settings(ocr_engine="null", use_cache=False)
    )
    assert pages == [] and [f.code for f in findings] == [Code.FILE_UNREADABLE]
    assert "KeyError" in findings[0].message


def test_a_declaration_workbook_beside_the_json_is_its_export_not_an_attachment(tmp_path):
    (tmp_path / "declaration.json").write_text("{}", encoding="utf-8")
    (tmp_path / "declaration.xlsx").write_bytes(b"PK")
    (tmp_path / "contract.pdf").write_bytes(_pdf())
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "declaration.xlsx").write_bytes(b"PK")  # a file in a folder is uploaded evidence
    found = find_submission(tmp_path)
    assert found.declaration == tmp_path / "declaration.json"
    assert [p.relative_to(tmp_path).as_posix() for p in found.attachments] == [
        "contract.pdf",
        "scans/declaration.xlsx",
    ]
