"""Which kind of file an attachment is, from its first bytes (never from its name)."""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum

from jianzheng.models.errors import UnreadableFile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class FileKind(StrEnum):
    pdf = "pdf"
    image = "image"
    ofd = "ofd"
    xml = "xml"
    docx = "docx"
    xlsx = "xlsx"
    ole = "ole"
    """An OLE2 compound file: .doc, .wps, .xls, or an encrypted .docx/.xlsx."""


_IMAGE_MAGIC = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"BM",
    b"II*\x00",  # TIFF little-endian
    b"MM\x00*",  # TIFF big-endian
    b"GIF87a",
    b"GIF89a",
)


def sniff(data: bytes) -> FileKind:
    """The kind of file ``data`` holds; UnreadableFile when it is empty or not a supported type."""
    if not data.strip():
        raise UnreadableFile("文件为空")
    # PDF readers accept the header anywhere in the first KB (some scanners prepend junk).
    if b"%PDF-" in data[:1024]:
        return FileKind.pdf
    if data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return FileKind.image
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if data.startswith(OLE_MAGIC):
        return FileKind.ole
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<?xml") or head.startswith(b"<"):
        return FileKind.xml
    raise UnreadableFile(f"不支持的文件类型（文件头 {data[:8].hex(' ')}）")


def _sniff_zip(data: bytes) -> FileKind:
    """A zip is an OFD when it holds OFD.xml at its root, a Word or Excel file by its main part."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError) as exc:
        raise UnreadableFile(f"压缩包损坏：{exc}") from exc
    if "OFD.xml" in names:
        return FileKind.ofd
    if "word/document.xml" in names:
        return FileKind.docx
    if "xl/workbook.xml" in names:
        return FileKind.xlsx
    if "ppt/presentation.xml" in names:
        raise UnreadableFile("演示文稿不是受支持的附件类型，请另存为 PDF 后上传")
    raise UnreadableFile("压缩包不是 OFD 文件（缺少 OFD.xml）")
