"""Which kind of file an attachment is, from its first bytes (never from its name)."""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum

from jianzheng.models.errors import UnreadableFile


class FileKind(StrEnum):
    pdf = "pdf"
    image = "image"
    ofd = "ofd"
    xml = "xml"


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
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<?xml") or head.startswith(b"<"):
        return FileKind.xml
    raise UnreadableFile(f"不支持的文件类型（文件头 {data[:8].hex(' ')}）")


def _sniff_zip(data: bytes) -> FileKind:
    """A zip is an OFD when it holds OFD.xml at its root; a .docx or .xlsx is not read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError) as exc:
        raise UnreadableFile(f"压缩包损坏：{exc}") from exc
    if "OFD.xml" in names:
        return FileKind.ofd
    if "word/document.xml" in names or "xl/workbook.xml" in names:
        raise UnreadableFile("Office 文档不是受支持的附件类型，请转换为 PDF")
    raise UnreadableFile("压缩包不是 OFD 文件（缺少 OFD.xml）")
