"""Which kind of file an attachment is, from its content (never from its name or a Content-Type).

The one sniffer of the product: the service's upload intake stores a file
under the media it names (``sniff_media``), and extract picks the reader for
it (``sniff``). An image is any format the image reader (Pillow) reads: JPEG,
PNG, BMP, TIFF, GIF and WebP, so the intake accepts exactly what extract reads.
"""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from jianzheng.models.errors import UnreadableFile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HEAD_BYTES = 2048
"""Bytes the magic numbers are looked for in (a PDF header may follow up to 1 KB of junk)."""


class FileKind(StrEnum):
    pdf = "pdf"
    image = "image"
    ofd = "ofd"
    xml = "xml"
    docx = "docx"
    xlsx = "xlsx"
    ole = "ole"
    """An OLE2 compound file: .doc, .wps, .xls, or an encrypted .docx/.xlsx."""


_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tif"),  # little-endian
    (b"MM\x00*", "tif"),  # big-endian
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
)
IMAGE_MEDIA = ("jpg", "png", "tif", "bmp", "gif", "webp")
"""Media the image reader reads, one page a frame."""

# The media each kind of attachment is stored as; json and zip are a declaration and an archive,
# which the service reads itself; "bin" is anything else.
_KIND_OF_MEDIA: dict[str, FileKind] = {
    "pdf": FileKind.pdf,
    **dict.fromkeys(IMAGE_MEDIA, FileKind.image),
    "ofd": FileKind.ofd,
    "xml": FileKind.xml,
    "docx": FileKind.docx,
    "xlsx": FileKind.xlsx,
    "doc": FileKind.ole,
}
SUPPORTED = tuple(_KIND_OF_MEDIA)
"""Attachment media the pipeline reads; anything else is stored and reported as unreadable."""

_ZIP_PARTS = (("OFD.xml", "ofd"), ("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"))


def _head_media(head: bytes) -> str:
    """The media a file's first bytes say, a zip not yet looked into."""
    # PDF readers accept the header anywhere in the first KB (some scanners prepend junk).
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, media in _IMAGE_MAGIC:
        if head.startswith(magic):
            return media
    if head.startswith(b"BM") and len(head) > 14:  # the 14-byte file header comes first
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "doc"  # an OLE2 compound file: .doc, .wps, .xls (extract reads or refuses it clearly)
    text = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<?xml") or text.startswith(b"<"):
        return "xml"
    if text.startswith(b"{"):
        return "json"
    return "bin"


def _zip_media(stream: BinaryIO) -> str:
    """A zip by its main part: an OFD, a Word or Excel file, a presentation, or a plain zip.

    Raises the zip library's errors for a broken archive; callers say what that means to them.
    """
    with zipfile.ZipFile(stream) as archive:
        names = set(archive.namelist())
    for part, media in _ZIP_PARTS:
        if part in names:
            return media
    return "pptx" if "ppt/presentation.xml" in names else "zip"


_BROKEN_ZIP = (zipfile.BadZipFile, NotImplementedError, OSError, ValueError)


def sniff_media(stream: BinaryIO) -> str:
    """The media a file holds, from its content: pdf, jpg, png, tif, bmp, gif, webp, ofd, xml,
    docx, xlsx, doc, pptx, json, zip or bin (a broken zip is bin)."""
    media = _head_media(stream.read(HEAD_BYTES))
    if media != "zip":
        return media
    stream.seek(0)
    try:
        return _zip_media(stream)
    except _BROKEN_ZIP:
        return "bin"


def sniff_file(path: Path) -> str:
    """The media of a stored file (``sniff_media``)."""
    with path.open("rb") as stream:
        return sniff_media(stream)


def sniff(data: bytes) -> FileKind:
    """The kind of file ``data`` holds; UnreadableFile when it is empty or not a supported type."""
    if not data.strip():
        raise UnreadableFile("文件为空")
    media = _head_media(data[:HEAD_BYTES])
    if media == "zip":
        try:
            media = _zip_media(io.BytesIO(data))
        except _BROKEN_ZIP as exc:
            raise UnreadableFile(f"压缩包损坏：{exc}") from exc
        if media == "pptx":
            raise UnreadableFile("演示文稿不是受支持的附件类型，请另存为 PDF 后上传")
        if media == "zip":
            raise UnreadableFile("压缩包不是 OFD 文件（缺少 OFD.xml）")
    kind = _KIND_OF_MEDIA.get(media)
    if kind is None:
        raise UnreadableFile(f"不支持的文件类型（文件头 {data[:8].hex(' ')}）")
    return kind
