"""The one sniffer: what the service stores a file as and which reader extract picks agree.

An image is whatever the image reader reads; GIF and WebP included (the service's own sniffer
once called them "bin" while extract read them).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from ocr_fakes import FakeEngine
from PIL import Image

from jianzheng.extract.read import read_file
from jianzheng.extract.readers.sniff import IMAGE_MEDIA, SUPPORTED, FileKind, sniff, sniff_file, sniff_media
from jianzheng.models.errors import UnreadableFile

PILLOW_FORMATS = {"jpg": "JPEG", "png": "PNG", "tif": "TIFF", "bmp": "BMP", "gif": "GIF", "webp": "WEBP"}


def _image(media: str, frames: int = 1) -> bytes:
    out = io.BytesIO()
    pictures = [Image.new("RGB", (300, 200), (255, 255 - 40 * i, 255)) for i in range(frames)]
    pictures[0].save(out, PILLOW_FORMATS[media], save_all=frames > 1, append_images=pictures[1:])
    return out.getvalue()


@pytest.mark.parametrize("media", IMAGE_MEDIA)
def test_every_image_the_reader_reads_is_an_image_to_both_sides(media, tmp_path):
    data = _image(media)
    path = tmp_path / f"scan.{media}"
    path.write_bytes(data)
    assert sniff(data) == FileKind.image
    assert sniff_file(path) == media
    assert media in SUPPORTED
    pages = list(read_file(path, path.name, engine=FakeEngine()))
    assert len(pages) == 1 and pages[0].image_based


@pytest.mark.parametrize("media", ["gif", "webp"])
def test_an_animated_gif_or_webp_reads_one_page_a_frame(media, tmp_path):
    path = tmp_path / f"bundle.{media}"
    path.write_bytes(_image(media, frames=2))
    assert [p.number for p in read_file(path, path.name, engine=FakeEngine())] == [1, 2]


def _zip(names: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "media", "kind"),
    [
        (b"junk before the header %PDF-1.7\n", "pdf", FileKind.pdf),
        (_zip(["OFD.xml", "Doc_0/Document.xml"]), "ofd", FileKind.ofd),
        (_zip(["word/document.xml"]), "docx", FileKind.docx),
        (_zip(["xl/workbook.xml"]), "xlsx", FileKind.xlsx),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "doc", FileKind.ole),
        (b'\xef\xbb\xbf<?xml version="1.0"?><EInvoice/>', "xml", FileKind.xml),
    ],
)
def test_documents_by_their_content(data, media, kind):
    assert sniff_media(io.BytesIO(data)) == media
    assert sniff(data) == kind


@pytest.mark.parametrize(
    ("data", "media", "why"),
    [
        (_zip(["ppt/presentation.xml"]), "pptx", "演示文稿"),
        (_zip(["readme.txt"]), "zip", "压缩包不是 OFD 文件"),
        (b"PK\x03\x04 broken", "bin", "压缩包损坏"),
        (b'{"enterprise": {}}', "json", "不支持的文件类型"),
        (b"MZ\x90\x00 a program", "bin", "不支持的文件类型"),
    ],
)
def test_what_extract_does_not_read_is_named_by_both_sides(data, media, why):
    assert sniff_media(io.BytesIO(data)) == media
    with pytest.raises(UnreadableFile, match=why):
        sniff(data)


def test_an_empty_file_is_unreadable(tmp_path: Path):
    with pytest.raises(UnreadableFile, match="文件为空"):
        sniff(b"  \n")
